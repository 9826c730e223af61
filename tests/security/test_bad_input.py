"""Hostile input never causes a server error or a half-saved record, in any form, filter, parameter or URL.

A crawler (tests/security/crawler.py) walks the demo site as an anonymous visitor, as a member with an
organisation, and as a superuser in our admin views, and collects every form and every query parameter it
finds. Each field and parameter is then sent out-of-range ids, negative and non-numeric numbers, invalid
dates, NUL bytes, invalid UTF-8, 100,000-character strings and repeated values; and every route of the
project is asked for an id no database can hold, or a NUL byte and a long string where it takes text.
New forms and pages are covered once a link reaches them; the run prints how many inputs it sent.

Each request runs in a savepoint that is rolled back, so one input never changes what the next one sees.
"""

import itertools
import re
import shutil
import time
import traceback
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import urlencode, urlsplit

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection, transaction
from django.template.base import Template
from django.test import Client
from django.test.utils import _TestState
from django.urls import URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from django.utils import translation

from accounts.models import Organisation
from opportunities import introductions
from opportunities.models import Listing, Status
from opportunities.saved_searches import save_search
from services.models import RequestStatus, ServicePage
from tests.opportunities.factories import ListingFactory, ListingReportFactory
from tests.services.factories import ServiceRequestFactory

from .crawler import crawl, page_kind

pytestmark = pytest.mark.django_db

OVERFLOW = "99999999999999999999"  # above 2**63 - 1: no database integer column can hold it
BAD_VALUES = [
    ("overflow", OVERFLOW),
    ("int64 + 1", "9223372036854775808"),
    ("negative overflow", "-" + OVERFLOW),
    ("negative", "-1"),
    ("zero", "0"),
    ("not a number", "abc"),
    ("huge float", "1e400"),
    ("invalid date", "2024-02-30"),
    ("far date", "99999-12-31"),
    ("NUL byte", "a\x00b"),
    ("100,000 characters", "x" * 100_000),
    ("markup", '"><script>alert(1)</script>'),
    ("unicode", "离岸\u202e\ufeff"),
]
# Sent as they are, undecoded: invalid UTF-8, a NUL byte, an overlong encoding.
RAW_VALUES = [("invalid UTF-8", "%ff%fe"), ("raw NUL", "%00"), ("overlong UTF-8", "%c0%af")]
RAW_KINDS = {kind for kind, _value in RAW_VALUES}
# Every form and parameter set gets the kinds most likely to break something, and two of the others in turn.
ALWAYS_SENT = ("overflow", "NUL byte", "100,000 characters")
ROTATED_PER_FORM = 2
CSRF_FIELD = "csrfmiddlewaretoken"
FORMSET_ROW = re.compile(r"-[1-9][0-9]*-")  # the second and later rows of a formset: the first stands for them
# A formset's form count, alone out of range, makes Django build its cap of 2,000 forms (seconds of work);
# the counts get the all-fields passes only, where the other bad values stop the formset sooner.
FORMSET_COUNT = re.compile(r"-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$")
REPEATS = 50
ADMIN_PREFIXES = (
    "/admin/services/requests/",
    "/admin/moderation/",
    "/admin/organisations/",
    "/admin/snippets/",
    "/admin/reports/search-terms/",
    "/admin/reports/translations/",
)
PUBLIC_PREFIXES = ("/en/", "/zh-hans/")
NEVER_SUBMITTED = ("/accounts/logout/", "/admin/logout/")
NOT_CRAWLED = ("/copy/",)  # the admin's "copy" page is its "add" form, filled in
# Parameters of addresses no page links to: the autocomplete script's, and the sitemap's pages.
UNLINKED_PARAMETERS = {"/en/search/suggest/": ["q"], "/zh-hans/search/suggest/": ["q"], "/sitemap-pages.xml": ["p"]}
# What our project stores: a POST answered with an error must not have added a row to any of these.
PROJECT_APPS = (
    "accounts",
    "opportunities",
    "services",
    "payments",
    "search",
    "news",
    "events",
    "parks",
    "policies",
    "sectors",
    "vocabulary",
    "home",
)
CONVERTER = re.compile(r"<(\w+):\w+>")
CONVERTER_PART = re.compile(r"<(?:(\w+):)?\w+>")
# Percent-encoded, as in a URL. Front servers refuse longer request lines (nginx: 8 KB), and each of the
# project's routes is matched against the path, so the long one stays at that size (one 100,000-character
# path is in REGEX_ROUTE_URLS).
URL_TEXT_VALUES = [("NUL byte", "a%00b"), ("8,000 characters", "x" * 8_000)]
SKIPPED_ROUTES = ("django-admin/",)  # Django's own admin, not ours
# Routes written as regular expressions, which project_routes() cannot fill in.
REGEX_ROUTE_URLS = [
    ("id out of range in URL", f"/documents/{OVERFLOW}/report.pdf"),
    ("id out of range in URL", f"/admin/pages/{OVERFLOW}/revisions/compare/live...latest/"),
    ("NUL byte in URL", "/en/accounts/confirm-email/a%00b/"),
    ("NUL byte in URL", "/en/accounts/password/reset/key/1-a%00b/"),
    ("NUL byte in URL", "/en/news/a%00b/"),
    ("100,000 characters in URL", "/zh-hans/" + "x" * 100_000 + "/"),
]


@dataclass
class Target:
    """Something to send bad input to: a form (with the values a browser would send) or a page's parameters."""

    client: Client
    who: str
    method: str
    url: str
    defaults: list
    names: list
    multipart: bool = False


@dataclass
class Attack:
    sent: int = 0  # bad inputs: one bad value in one field or parameter
    requests: int = 0
    kinds: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)
    tables: list = field(default_factory=list)

    def send_fields(self, target, names, bad):
        """``names`` all set to one bad value in one request; if that fails, each field alone, to name it."""
        kind, value = bad
        keep = [(name, default) for name, default in target.defaults if name not in names]
        fields = " ".join(names) if len(names) < 4 else f"{len(names)} fields"
        if kind in RAW_KINDS:  # percent-encoded already: sent as it is, undecoded
            ok = self.send(
                target, kind, keep, raw="&".join(f"{name}={value}" for name in names), inputs=len(names), fields=fields
            )
        else:
            ok = self.send(target, kind, keep + [(name, value) for name in names], inputs=len(names), fields=fields)
        if not ok and len(names) > 1:
            combined = len(self.failures) - 1
            for name in names:
                self.send_fields(target, [name], bad)
            if len(self.failures) > combined + 1:
                del self.failures[combined]  # the single-field failures say more than the combined one

    def send(self, target, kind, pairs=(), raw="", inputs=1, fields=""):
        """One request, rolled back afterwards so that no input changes what the next one sees.

        Returns whether the answer was fine: no server error, and nothing saved by a refused POST.
        """
        body = urlencode(list(pairs))
        if raw:
            body = "&".join(part for part in (body, raw) if part)
        cache.clear()  # rate limits must not turn the rest of the run into 429s
        self.requests += 1
        self.sent += inputs
        self.kinds[kind] += inputs
        label = f"{target.who} {target.method.upper()} {_shorten(urlsplit(target.url).path, 120)} {fields} [{kind}]"
        with transaction.atomic():
            before = self._row_counts() if target.method == "post" else None
            try:
                response = self._request(target, body, pairs, raw)
            except Exception:  # noqa: BLE001 -- every server error is collected, then reported together
                self.failures.append(f"{label}\n{_last_frames()}")
                transaction.set_rollback(True)
                return False
            self.statuses[response.status_code] += 1
            failures = len(self.failures)
            if response.status_code >= 500:
                self.failures.append(f"{label}: HTTP {response.status_code}")
            elif before is not None and not 300 <= response.status_code < 400:
                added = {
                    name: after - before[name] for name, after in self._row_counts().items() if after > before[name]
                }
                if added:
                    self.failures.append(f"{label}: answered {response.status_code} but saved {added}")
            transaction.set_rollback(True)
        return len(self.failures) == failures

    def _request(self, target, body, pairs, raw):
        path = urlsplit(target.url).path
        if target.method == "get":
            return target.client.get(path + ("?" + body if body else ""))
        if target.multipart and not raw:  # undecodable bytes can only be sent form-encoded
            data = {}
            for name, value in pairs:
                data.setdefault(name, []).append(value)
            return target.client.post(path, data)
        return target.client.post(path, body, content_type="application/x-www-form-urlencoded")

    def _row_counts(self):
        if not self.tables:
            models = [model for label in PROJECT_APPS for model in apps.get_app_config(label).get_models()]
            models += [
                get_user_model(),
                apps.get_model("wagtailcore", "Page"),
                apps.get_model("wagtailcore", "Revision"),
            ]
            self.tables = sorted({model._meta.db_table for model in models if model._meta.managed})
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {quote(table)})" for table in self.tables))
            return dict(zip(self.tables, cursor.fetchone()))

    def report(self):
        lines = [
            f"{self.sent} bad inputs sent in {self.requests} requests; statuses {dict(sorted(self.statuses.items()))}",
            "kinds: " + ", ".join(f"{kind} {count}" for kind, count in sorted(self.kinds.items())),
        ]
        if self.failures:
            lines.append(f"{len(self.failures)} failures:")
            lines.extend(self.failures)
        return "\n".join(lines)


def _shorten(text, limit=160):
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def _last_frames(trace=None, lines=14):
    """The end of a traceback, each line shortened: the 100,000-character values would drown the report."""
    trace = trace or traceback.format_exc()
    return "\n".join(_shorten(line, 300) for line in trace.splitlines()[-lines:])


# --- the world to crawl --------------------------------------------------------------------------------


def _member_world():
    """A demo member with something on every member page: their own draft, an introduction each way,
    a saved search and two service requests (one awaiting payment)."""
    member = get_user_model().objects.get(email="priya.raman@lumina-vision.example.com")
    organisation = member.profile.organisation
    others = Listing.objects.public().exclude(organisation=organisation).select_related("owner")
    outgoing = introductions.express_interest(others[0], member, "We would like to talk about this.")
    own = Listing.objects.public().filter(organisation=organisation).first()
    incoming = introductions.express_interest(own, others[1].owner, "Could we meet in Haikou?")
    draft = ListingFactory(organisation=organisation, owner=member, status=Status.DRAFT)
    save_search(member, "AI in Haikou", {"q": "AI"})
    services = ServicePage.objects.live()
    paid = ServiceRequestFactory(
        requester=member, service=services.filter(price_amount__gt=0).first(), status=RequestStatus.AWAITING_PAYMENT
    )
    free = ServiceRequestFactory(requester=member, service=services.filter(price_amount=0).first())
    seeds = [
        reverse("accounts:profile"),
        reverse("accounts:organisation"),
        reverse("accounts:organisation_detail", args=[organisation.pk]),
        reverse("opportunities:create"),
        reverse("opportunities:my_listings"),
        reverse("opportunities:dashboard"),
        reverse("opportunities:saved_searches"),
        reverse("opportunities:edit", args=[draft.pk]),
        reverse("opportunities:detail", args=[others[2].pk]),
        reverse("opportunities:express_interest", args=[others[2].pk]),
        reverse("opportunities:report_listing", args=[others[2].pk]),
        reverse("opportunities:interest_detail", args=[outgoing.pk]),
        reverse("opportunities:interest_detail", args=[incoming.pk]),
        reverse("services:my_requests"),
        reverse("services:detail", args=[paid.reference]),
        reverse("services:detail", args=[free.reference]),
        reverse("payments:pay", args=[paid.reference]),
        reverse("account_email"),
        reverse("account_change_password"),
    ]
    return member, seeds


def _admin_world():
    """The superuser, with a listing waiting for moderation and a report to review."""
    admin = get_user_model().objects.get(username="admin")
    submitted = ListingFactory(status=Status.SUBMITTED, organisation=Organisation.objects.first())
    report = ListingReportFactory(listing=Listing.objects.public().first())
    seeds = [
        reverse("service_requests:index"),
        reverse("listing_moderation:index"),
        reverse("listing_moderation:review", args=[submitted.pk]),
        reverse("listing_reports:index"),
        reverse("listing_reports:review", args=[report.pk]),
        reverse("organisations:index"),
        reverse("search_terms_report"),
        reverse("translation_report"),
    ]
    for model in (
        "sectors.Sector",
        "vocabulary.CooperationType",
        "vocabulary.TechnologyKeyword",
        "vocabulary.Region",
        "news.NewsCategory",
        "news.NewsTopic",
    ):
        app_label, model_name = model.lower().split(".")
        seeds += [
            reverse(f"wagtailsnippets_{app_label}_{model_name}:list"),
            reverse(f"wagtailsnippets_{app_label}_{model_name}:add"),
        ]
    request = ServiceRequestFactory(service=ServicePage.objects.live().first())
    seeds.append(reverse("service_requests:handle", args=[request.pk]))
    return admin, seeds


def _client(user=None):
    client = Client(raise_request_exception=True, enforce_csrf_checks=True)
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def _in_both_languages(paths):
    result = []
    for path in paths:
        result.append(path)
        if path.startswith("/en/"):
            result.append("/zh-hans/" + path.removeprefix("/en/"))
    return result


def discover_targets():
    """Crawl as each kind of visitor; return the deduplicated forms and parameter sets to attack."""
    with translation.override("en"):
        member, member_seeds = _member_world()
        admin, admin_seeds = _admin_world()
        public_seeds = [
            "/en/",
            "/zh-hans/",
            reverse("account_login"),
            reverse("account_signup"),
            reverse("account_reset_password"),
            reverse("search:search") + "?q=Haikou",
            reverse("opportunities:index"),
        ]
    visitors = [
        ("anonymous", _client(), _in_both_languages(public_seeds), PUBLIC_PREFIXES),
        ("member", _client(member), member_seeds, PUBLIC_PREFIXES),
        ("superuser", _client(admin), admin_seeds, ADMIN_PREFIXES),
    ]
    targets, pages, errors, visited = {}, 0, [], Counter()
    for who, client, seeds, prefixes in visitors:
        # Public pages differ between the languages (their own slugs); a member's pages only in their words.
        result = crawl(
            client, seeds, prefixes, skip=NEVER_SUBMITTED + NOT_CRAWLED, visited=visited, by_language=who == "anonymous"
        )
        pages += len(result.pages)
        errors += [f"{who} GET {url} [crawling]\n{_last_frames(trace)}" for url, trace in result.errors]
        for form in result.forms:
            path = urlsplit(form.action).path
            if path.endswith(NEVER_SUBMITTED):
                continue
            _add_target(
                targets, Target(client, who, form.method, form.action, form.defaults, form.names, form.multipart)
            )
        for path, names in result.parameters.items():
            _add_target(targets, Target(client, who, "get", path, [], sorted(names)))
    anonymous = visitors[0][1]
    for path, names in UNLINKED_PARAMETERS.items():
        _add_target(targets, Target(anonymous, "anonymous", "get", path, [], list(names)))
    return list(targets.values()), pages, visitors, errors


def _add_target(targets, target):
    """One target per kind of form: what renders it, its method and (for a POST) its fields.

    A GET form and the links to the same page merge into one target with every parameter name seen, so
    the search page is attacked once, not once per combination of facets in its links.
    """
    path = urlsplit(target.url).path
    kind = page_kind(path) or path
    if target.method == "get":
        key = ("get", kind)
    else:  # the add and edit forms of one model are the same form: attack it once
        key = ("post", kind.split(":")[0], tuple(sorted(name for name in target.names if not FORMSET_ROW.search(name))))
    existing = targets.get(key)
    if existing is None:
        if target.method == "get" and "page" not in target.names:
            target.names.append("page")
        targets[key] = target
    else:
        existing.names += [name for name in target.names if name not in existing.names]
        existing.defaults = existing.defaults or target.defaults


def project_routes(patterns=None, prefix=""):
    """Every route of the project (``path()`` syntax) with at least one parameter, as ``en/news/<int:pk>/``."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for pattern in patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            route = prefix + pattern.pattern.language_prefix
        elif isinstance(pattern.pattern, RoutePattern):
            route = prefix + str(pattern.pattern)
        else:
            continue  # the few regular-expression routes are in REGEX_ROUTE_URLS
        if isinstance(pattern, URLResolver):
            yield from project_routes(pattern.url_patterns, route)
        elif "<" in route and not route.startswith(SKIPPED_ROUTES):
            yield route


def urls_with_bad_parameters():
    """``(kind, url)``: each route with an id no column can hold, and with text a lookup must survive."""
    urls = set(REGEX_ROUTE_URLS)
    for route in project_routes():
        converters = set(CONVERTER.findall(route))
        if "int" in converters:
            urls.add(("id out of range in URL", _fill(route, {"int": OVERFLOW})))
        if converters - {"int"}:
            for kind, value in URL_TEXT_VALUES:
                urls.add((kind + " in URL", _fill(route, {"int": "1", "str": value, "slug": value, "path": value})))
    return sorted(urls)


def _fill(route, values):
    return "/" + CONVERTER_PART.sub(lambda match: values.get(match.group(1) or "str", "x"), route)


def attack_target(attack, target, rotation):
    """Every field at once with each of ALWAYS_SENT and two other kinds; for a POST, each field alone with one
    kind (the others as a browser would send them, so the form gets past its other checks); then every
    field repeated."""
    names = [name for name in target.names if name != CSRF_FIELD and not FORMSET_ROW.search(name)]
    if not names:
        names = [CSRF_FIELD] if target.method == "post" else ["page"]
    always = [bad for bad in BAD_VALUES if bad[0] in ALWAYS_SENT]
    for bad in always + [next(rotation) for _ in range(ROTATED_PER_FORM)]:
        attack.send_fields(target, names, bad)
    if target.method == "post":  # GET filters clean each parameter on its own: all at once is the same test
        for name in names:
            if not FORMSET_COUNT.search(name):
                attack.send_fields(target, [name], next(rotation))
    attack.send(
        target,
        "repeated parameters",
        target.defaults + [(name, value) for name in names for value in ["1", OVERFLOW, "abc"] * (REPEATS // 3)],
        inputs=len(names),
        fields=f"{len(names)} fields",
    )


def attack_urls(attack, visitors):
    """Bad parameters in every URL, as a member and as a superuser (who gets past every permission check);
    the public pages are POSTed to as well, with a valid CSRF token, for the views that only take a POST."""
    urls = urls_with_bad_parameters()
    for who, client, _seeds, _prefixes in visitors[1:]:
        token = client.cookies["csrftoken"].value
        for kind, url in urls:
            if who == "member" and url.startswith("/admin/"):
                continue
            attack.send(Target(client, who, "get", url, [], []), kind)
            if not url.startswith("/admin/"):
                attack.send(Target(client, who, "post", url, [], []), kind, [(CSRF_FIELD, token)])
    return len(urls)


@contextmanager
def _templates_not_recorded():
    """The test client records every rendered template and a copy of its context, which doubles the cost of
    an admin page; the attack looks at status codes and rows only."""
    recording = Template._render
    Template._render = getattr(_TestState, "saved_data", SimpleNamespace(template_render=recording)).template_render
    try:
        yield
    finally:
        Template._render = recording


def run_attack():
    with _templates_not_recorded():
        return _run_attack()


def _run_attack():
    started = time.monotonic()
    targets, pages, visitors, errors = discover_targets()
    crawled = time.monotonic()
    attack = Attack(failures=errors)
    rotation = itertools.cycle([bad for bad in BAD_VALUES + RAW_VALUES if bad[0] not in ALWAYS_SENT])
    for target in targets:
        attack_target(attack, target, rotation)
    urls = attack_urls(attack, visitors)
    summary = (
        f"crawled {pages} pages in {crawled - started:.0f} s; attacked {len(targets)} forms and parameter "
        f"sets ({sum(len(t.names) for t in targets)} fields) and {urls} URLs with parameters in "
        f"{time.monotonic() - crawled:.0f} s"
    )
    return attack, summary


def test_a_thousand_bad_inputs_cause_no_server_error_and_save_nothing(demo_module, settings, tmp_path):
    # Uploads made by the attack land in tmp_path; the demo's images go with them, for its pages' renditions.
    shutil.copytree(settings.MEDIA_ROOT / "original_images", tmp_path / "media" / "original_images")
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    attack, summary = run_attack()
    print(summary)
    print(attack.report())
    assert attack.sent >= 1000, summary
    assert not attack.failures, attack.report()
