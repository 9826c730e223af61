"""The competitions app's Wagtail admin: editing a competition, its tracks and application form (``editing``),
and each competition's results desk: standings, publishing, invitations into soft-landing (``results_desk``).

Permission is the Competition model's (``competitions.change_competition`` and the others, given to staff
groups); the write functions (``results``, ``invitations``) check again that the user is staff.
"""
