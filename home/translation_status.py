"""Tracks, per page, when each language's content last changed and which languages are missing.

Recorded at every publish, so the admin report is one query rather than a walk over revisions.
"""

import hashlib
import json
import re

from django.conf import settings
from django.utils import timezone
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from .models import PageTranslationState

# Optional page fields: an empty value here is not a missing translation.
OPTIONAL_FIELDS = {"slug", "url_path", "seo_title", "search_description"}
RICH_TEXT_BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def _state_field(language):
    return language.replace("-", "_")


def translated_values(page):
    """``{language: {field: value}}`` for every translated content field of ``page``."""
    try:
        fields = translator.get_options_for_model(type(page)).all_fields
    except NotRegistered:
        fields = {}
    names = sorted(name for name in fields if name not in OPTIONAL_FIELDS)
    values = {}
    for language, _name in settings.LANGUAGES:
        values[language] = {}
        for name in names:
            raw = getattr(page, build_localized_fieldname(name, language), None)
            if hasattr(raw, "get_prep_value"):  # StreamValue
                raw = _without_block_ids(raw.get_prep_value())
            values[language][name] = raw
    return values


def _without_block_ids(value):
    """Stream data minus block ids and rich-text block keys, which change on every admin save."""
    if isinstance(value, list):
        return [_without_block_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_block_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, str):
        return RICH_TEXT_BLOCK_KEY.sub("", value)
    return value


def _is_empty(value):
    return value in (None, "", [], {})


def missing_languages(values):
    """Languages lacking the title, or lacking a field that another language has filled."""
    filled_anywhere = {name for per_field in values.values() for name, v in per_field.items() if not _is_empty(v)}
    missing = []
    for language, per_field in values.items():
        if _is_empty(per_field.get("title")) or any(_is_empty(per_field.get(name)) for name in filled_anywhere):
            missing.append(language)
    return missing


def _fingerprint(per_field):
    return hashlib.sha256(json.dumps(per_field, sort_keys=True, default=str).encode()).hexdigest()


def record_publish(page, when=None):
    """Update the page's translation state after a publish of ``page`` (a specific page instance)."""
    when = when or timezone.now()
    values = translated_values(page)
    state, _created = PageTranslationState.objects.get_or_create(page_id=page.pk)
    for language, per_field in values.items():
        prefix = _state_field(language)
        fingerprint = _fingerprint(per_field)
        if getattr(state, f"{prefix}_fingerprint") != fingerprint:
            setattr(state, f"{prefix}_fingerprint", fingerprint)
            if not all(_is_empty(v) for v in per_field.values()):
                setattr(state, f"{prefix}_updated_at", when)
    state.missing_languages = ",".join(missing_languages(values))
    state.save()
    return state


def untranslated_notice(page, language):
    """What to tell a reader of ``page`` in ``language`` when that language's content is missing.

    None when the page is complete in ``language``. Otherwise ``{"language": <the language the content
    is shown in instead>, "partial": <True when only some fields are missing>}``. Worked out from the
    page's own fields (no query), so it is always in step with what the reader sees.
    """
    values = translated_values(page)
    if language not in values:
        return None
    missing = missing_languages(values)
    if language not in missing:
        return None
    complete = [code for code in values if code not in missing]
    if not complete:
        return None
    fallback = next((code for code in settings.MODELTRANSLATION_FALLBACK_LANGUAGES if code in complete), complete[0])
    return {"language": fallback, "partial": not _is_empty(values[language].get("title"))}
