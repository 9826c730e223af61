"""The winners' announcement: a public page of a challenge's winners, published by staff once awards are made.

It shows each winner (the team's name, or the solver's), their organisation, the award, the abstract when
the entrant allowed it, and the seeker's statement in the reader's language. Staff may have a draft news
item made with it (under the first live news section, titled in both languages); editors finish and
publish that in the Wagtail admin as they do any news.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from wagtail.coreutils import find_available_slug

from challenges.access import is_challenge_staff
from news.models import NewsIndexPage, NewsPage

from .models import Award, WinnerAnnouncement

STATEMENT_MAX_LENGTH = WinnerAnnouncement._meta.get_field("seeker_statement").max_length
# The news item's title and intro, translated into every language when it is made (zh-Hans: "%(title)s获奖名单").
NEWS_TITLE = gettext_noop("Winners of %(title)s")
NEWS_INTRO = gettext_noop(
    "The winners of the innovation challenge “%(title)s” are announced, with the award and the seeker's statement."
)


def _suffix(language):
    return language.replace("-", "_")


def _require_staff(user):
    if not is_challenge_staff(user):
        raise PermissionDenied(_("Only the platform's challenge staff can do this."))


def _clean_statement(text):
    text = (text or "").strip()
    if len(text) > STATEMENT_MAX_LENGTH:
        raise ValidationError(
            _("Keep the statement under %(limit)d characters.") % {"limit": STATEMENT_MAX_LENGTH}, code="max_length"
        )
    return text


@transaction.atomic
def publish_announcement(challenge, user, seeker_statement_en, seeker_statement_zh_hans, make_news_item=False):
    """Publish (or update) the winners' page; with ``make_news_item``, also make a draft news item once."""
    _require_staff(user)
    if not Award.objects.filter(challenge=challenge).exists():
        raise ValidationError(_("Make at least one award before announcing the winners."), code="no_award")
    announcement, _created = WinnerAnnouncement.objects.select_for_update().get_or_create(challenge=challenge)
    announcement.seeker_statement_en = _clean_statement(seeker_statement_en)
    announcement.seeker_statement_zh_hans = _clean_statement(seeker_statement_zh_hans)
    if announcement.published_at is None:
        announcement.published_at = timezone.now()
        announcement.published_by = user
    if make_news_item and announcement.news_page_id is None:
        announcement.news_page = draft_news_item(challenge)
    announcement.save()
    return announcement


def _in_each_language(challenge, message):
    """``{"en": ..., "zh_hans": ...}``: ``message`` (a gettext string with ``%(title)s``) in every language."""
    texts = {}
    for language, _name in settings.LANGUAGES:
        title = getattr(challenge, f"title_{_suffix(language)}") or challenge.title
        with translation.override(language):
            texts[_suffix(language)] = _(message) % {"title": title}
    return texts


def draft_news_item(challenge):
    """A draft news page "Winners of <challenge>" under the first live news section; editors publish it."""
    index = NewsIndexPage.objects.live().order_by("path").first()
    if index is None:
        raise ValidationError(
            _("There is no live news section to put the news item in. Publish one, or leave the box unticked."),
            code="no_news_section",
        )
    titles = _in_each_language(challenge, NEWS_TITLE)
    intros = _in_each_language(challenge, NEWS_INTRO)
    page = NewsPage(
        slug=find_available_slug(index, f"winners-{challenge.pk}"),
        live=False,
        **{f"title_{suffix}": text for suffix, text in titles.items()},
        **{f"intro_{suffix}": text for suffix, text in intros.items()},
    )
    index.add_child(instance=page)
    page.save_revision()
    return page
