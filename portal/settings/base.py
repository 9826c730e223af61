"""Settings shared by every environment. Environment modules override what differs."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .object_storage import object_storage_settings

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",") if h]

INSTALLED_APPS = [
    # modeltranslation must come before the admin and before the apps it patches.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "core",
    "home",
    "accounts",
    "sectors",
    "vocabulary",
    "news",
    "policies",
    "parks",
    "events",
    "opportunities",
    "services",
    "payments",
    "challenges",
    "judging",
    "competitions",
    "search",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",  # editors pin results for a query (search/)
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # widget templates for FORM_RENDERER
    "core.late_wiring",  # last: purges on every snippet and setting (core/page_purge.py)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.page_cache.PageCacheMiddleware",  # anonymous visitors' pages; before anything per-user
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",  # Wagtail admin: username + password
    "allauth.account.auth_backends.AuthenticationBackend",  # the public site: email + password
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.site_chrome",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Public forms render through includes/form_field.html and the GOV.UK error summary (core/form_rendering.py).
FORM_RENDERER = "core.form_rendering.PortalFormRenderer"

# The site settings model that core (which imports no app) reads the operator's name from, as AUTH_USER_MODEL names the user.
PORTAL_SITE_SETTINGS_MODEL = "home.SiteSettings"

# SQLite is the zero-setup default; DATABASE_URL switches to PostgreSQL. Connections persist for a
# minute and are checked before reuse, so a database restart does not fail the next request.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes write at once (web workers, the task worker). WAL lets readers go on while one
    # writes; IMMEDIATE takes the write lock when a transaction starts, so a second writer waits (up to
    # `timeout` seconds) instead of failing with "database is locked" halfway through its transaction.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),  # options given in DATABASE_URL win
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches every worker of a machine shares, so rate limits count once and a page is rendered once.
# Without REDIS_URL: "default" (rate limits, fragments, facet counts) is the database cache table
# (created by home's migration 0004) and "pages" (core/page_cache.py) files under CACHE_DIR. With
# REDIS_URL both live in Redis, shared by every machine. While Redis is unreachable, core/cache.py
# answers "default" from the database table, so rate limits keep counting, and "pages" from nothing,
# so pages are served uncached; the short timeouts keep a dead Redis from stalling requests.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_DIR = Path(os.environ.get("CACHE_DIR", BASE_DIR / ".cache"))
_REDIS_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": _REDIS_OPTIONS,
        },
        "pages": {
            "BACKEND": "core.cache.BestEffortRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal-pages",
            "OPTIONS": _REDIS_OPTIONS,
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_cache_fallback",
            "OPTIONS": {"MAX_ENTRIES": 100_000},  # rate-limit counters must not be culled early
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(CACHE_DIR / "pages"),
            "OPTIONS": {"MAX_ENTRIES": 5_000},
        },
    }
# The page cache for anonymous visitors (core/page_cache.py). PAGE_CACHE=0 turns it off (Varnish alone).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "1") == "1"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_EXCLUDED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/healthz",
    "/payments/",
    "/documents/",
    "/media/",
    "/en/search/",  # every search is counted for "popular searches"
    "/zh-hans/search/",
)

# Varnish in front (deploy/varnish.vcl): where PURGE and BAN go, e.g. http://127.0.0.1:6081, or several
# such URLs separated by commas (one Varnish per machine). core/frontend_cache.py sends them.
VARNISH_URL = os.environ.get("VARNISH_URL", "")
if VARNISH_URL:
    WAGTAILFRONTENDCACHE = {
        f"varnish{number}": {"BACKEND": "core.frontend_cache.VarnishBackend", "LOCATION": location.strip()}
        for number, location in enumerate(VARNISH_URL.split(","), start=1)
        if location.strip()
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "accounts.password_validators.MinimumLengthValidator"},  # Django's, with a translated message
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English is the default and the fallback; Simplified Chinese is first-class.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文")]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "zh-hans")
LOCALE_PATHS = [BASE_DIR / "locale"]
# PRC usage for the regions django-countries names as countries; the codes stay, so stored data is unchanged.
# Our catalogue (LOCALE_PATHS) translates these names, ahead of django-countries' own.
COUNTRIES_OVERRIDE = {
    "TW": _("Taiwan, China"),
    "HK": _("Hong Kong SAR, China"),
    "MO": _("Macao SAR, China"),
}
TIME_ZONE = "Asia/Shanghai"
# One date format per language ("31 March 2027" / "2027年3月31日"), in pages, emails and the admin.
FORMAT_MODULE_PATH = ["portal.formats"]
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# With AWS_STORAGE_BUCKET_NAME set, uploads go to S3-compatible buckets instead: this replaces MEDIA_URL and
# the default storage and adds "private_uploads" (see object_storage.py for every variable).
globals().update(object_storage_settings(os.environ, STORAGES))
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# The site's public origin. Every absolute link (emails, canonical and hreflang tags, the sitemap) is
# built on it by core/links.py, never on the Host a request came with. Production must set it.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000")

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Haikou Offshore Platform <noreply@localhost>")

# Accounts (django-allauth): email login, mandatory verification, rate limits on every entry point.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"  # links on PORTAL_BASE_URL, the platform's name in subjects
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.signup_forms.SignupDetailsForm"  # name, phone, job title, consent
ACCOUNT_USER_DISPLAY = "accounts.selectors.display_name"  # a person's name in allauth's pages and messages
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_RATE_LIMITS = {
    "signup": "5/m/ip",
    "login": "20/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "5/m/ip,3/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "opportunities:dashboard"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

# Background work (emails, expiry, digests). The embedded default is the database queue, run by
# `manage.py db_worker --backend background` (core's command: it puts back the tasks of a worker that died).
# TASKS_BACKEND=rq (needs REDIS_URL) puts it on Redis through django-tasks-rq, run by
# `manage.py rqworker --with-scheduler default`: jobs are retried when their worker dies, and parked in the
# database while Redis is down (core/task_backends.py, core/task_workers.py).
# Wagtail's own search-index updates stay on the immediate backend so publishing needs no worker.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
if TASKS_BACKEND == "rq":
    if not REDIS_URL:
        raise ImproperlyConfigured("TASKS_BACKEND=rq needs REDIS_URL.")
    INSTALLED_APPS += ["django_rq"]
    _BACKGROUND_TASKS = {"BACKEND": "core.task_backends.RQTaskBackend", "QUEUES": ["default"]}
    # Short socket timeouts: an enqueue while Redis is unreachable parks the task instead of hanging the request.
    _RQ_URL = f"{REDIS_URL}{'&' if '?' in REDIS_URL else '?'}socket_connect_timeout=2&socket_timeout=5"
    RQ_QUEUES = {"default": {"URL": _RQ_URL, "DEFAULT_TIMEOUT": 3600}}  # a task may run for an hour
    RQ = {"JOB_CLASS": "django_tasks_rq.Job", "WORKER_CLASS": "core.task_workers.TaskWorker"}
elif TASKS_BACKEND == "database":
    _BACKGROUND_TASKS = {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
else:
    raise ImproperlyConfigured("TASKS_BACKEND must be 'database' or 'rq'.")
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": _BACKGROUND_TASKS,
}

# Wagtail
WAGTAIL_SITE_NAME = _("Haikou International Offshore Innovation and Entrepreneurship Platform")
WAGTAIL_I18N_ENABLED = False  # translation is per field, by django-modeltranslation
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no staff email hashes to a third party (and the CSP allows none)
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# Search engine: the embedded database backend unless ELASTICSEARCH_URL is set (see search/).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX = os.environ.get("ELASTICSEARCH_INDEX", "portal-search")  # the alias readers and writers use

# Stripe (used by services/). Empty keys mean online payment is unavailable.
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "https://api.stripe.com")
STRIPE_JS_URL = os.environ.get("STRIPE_JS_URL", "https://js.stripe.com/v3/")

# The parks maps (parks/maps.py, parks/static/parks/park_map.js). The tile hosts are allowed in the CSP's img-src
# (core/csp.py). PARKS_MAP_PROVIDER=tianditu is the production choice in mainland China: Tianditu (天地图, the
# national platform) is reachable there and its tiles are CGCS2000, which matches our WGS-84 coordinates to well
# under a metre. It needs a free browser key (TIANDITU_KEY, restricted to the site's domain in Tianditu's console);
# its labels come in Chinese and English. Amap/AutoNavi tiles are reachable too but drawn in GCJ-02, which moves
# every WGS-84 marker by roughly 300-500 m in Haikou, so they are not offered. OpenStreetMap, the default, suits
# overseas hosting and development. If tiles fail, the map says so and the list and addresses remain.
PARKS_MAP_PROVIDER = os.environ.get("PARKS_MAP_PROVIDER", "osm")
if PARKS_MAP_PROVIDER == "tianditu":
    _TIANDITU_KEY = os.environ.get("TIANDITU_KEY", "")
    if not _TIANDITU_KEY:
        raise ImproperlyConfigured(
            "PARKS_MAP_PROVIDER=tianditu needs TIANDITU_KEY (a free key from lbs.tianditu.gov.cn)."
        )
    _TIANDITU_LAYER = (
        "https://t{s}.tianditu.gov.cn/%(layer)s_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
        "&LAYER=%(layer)s&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}"
        "&TILECOL={x}&tk=" + _TIANDITU_KEY
    )
    PARKS_MAP_TILES = {
        "url": _TIANDITU_LAYER % {"layer": "vec"},
        "labels": {"en": _TIANDITU_LAYER % {"layer": "eva"}, "zh-hans": _TIANDITU_LAYER % {"layer": "cva"}},
        "subdomains": "01234567",
        "max_zoom": 18,
        # Tianditu's terms ask for its name and the map's review number (审图号) as published on its site.
        "attribution": os.environ.get("PARKS_MAP_ATTRIBUTION", "© 天地图 Tianditu"),
    }
else:
    PARKS_MAP_TILES = {
        "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "labels": {},  # language code → a label layer drawn over the base tiles
        "subdomains": "",
        "max_zoom": 19,
        "attribution": "© OpenStreetMap contributors",
    }
# The map opens on the parks inside this box (Haikou's municipal area, south-west and north-east corners);
# stations abroad stay on the map and in the list.
PARKS_MAP_HOME_AREA = ((19.52, 110.07), (20.17, 110.72))

# Content-Security-Policy (django-csp) and Permissions-Policy, in every environment, so the tests and bin/run
# run under the headers production sends. Scripts and styles come from this site only: no inline script, no
# style attribute, no eval. core/csp.py adds the tile, media and static hosts; the pay page adds what Stripe.js
# needs (payments/csp.py). The admins get a policy of their own, below.
EMBED_FRAME_SOURCES = [  # video embeds in page bodies (core.blocks.ContentStreamBlock); other embeds stay blank
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # Leaflet blanks a removed tile with a data: image
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": EMBED_FRAME_SOURCES,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Wagtail's and Django's admin templates carry inline scripts and styles, and Wagtail previews pages in a frame.
ADMIN_CONTENT_SECURITY_POLICY = {
    "PATH_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "frame-src": [SELF, *EMBED_FRAME_SOURCES],
        "frame-ancestors": [SELF],
    },
}
# Nothing here uses these features; an injected script or a framed page must not ask for them either.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
    ]
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
