"""The topics under an article, in the reader's language only."""

from django import template

from core.i18n import current_language_code

register = template.Library()


@register.inclusion_tag("news/includes/topics.html", takes_context=True)
def news_topics(context, article):
    """Topic links to the news list filtered by that topic; topics not named in this language are left out."""
    index = article.get_parent()
    return {"topics": article.topics_in(current_language_code()), "index": index, "request": context.get("request")}
