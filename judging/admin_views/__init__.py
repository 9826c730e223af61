"""The judging app's Wagtail admin: the judging desk (``desk``) and awards, announcements, deals (``outcomes``)."""
