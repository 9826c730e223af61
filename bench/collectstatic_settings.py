"""Production settings with a static storage that tolerates a missing JS source map.

Used ONLY by bench/pages.py to run collectstatic when the real production collectstatic fails on
``parks/vendor/leaflet/leaflet.js`` (its ``//# sourceMappingURL=leaflet.js.map`` points at a file
that is not vendored). The manifest this writes is read unchanged by the real
``whitenoise.storage.CompressedManifestStaticFilesStorage`` that gunicorn serves with.
"""

from portal.settings.production import *  # noqa: F401,F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "collectstatic_settings.NoJsSourceMapStorage"},
}

from whitenoise.storage import CompressedManifestStaticFilesStorage  # noqa: E402


class NoJsSourceMapStorage(CompressedManifestStaticFilesStorage):
    """Rewrite CSS url()s as usual, but leave JS sourceMappingURL comments alone."""

    patterns = tuple((ext, rules) for ext, rules in CompressedManifestStaticFilesStorage.patterns if ext != "*.js")
