"""Every public page's context is computed before its template renders: no query runs inside a template.

Querysets evaluated in templates were most of what uncached pages cost (issue 15), and they hide N+1
queries from the views' query counts. Measured on the demo site, anonymous, in both languages, on the
second request (the first builds the shared fragments: menus, footer, vocabularies, filter forms), with
the list cards rendered again (they live in each process's memory, and a publish renders them anew).
"""

import contextvars

import pytest
from django.db import connection
from django.template.backends.django import Template
from django.utils import translation
from wagtail.models import Page

from challenges.models import Challenge
from competitions.models import Competition
from core import fragments
from opportunities.models import Listing
from sectors.models import Sector, SectorIndexPage

pytestmark = pytest.mark.django_db

_rendering = contextvars.ContextVar("rendering", default=False)


@pytest.fixture
def template_queries(monkeypatch):
    """The SQL of every query run while a template renders (nested includes count as the outer template)."""
    render = Template.render
    queries = []

    def rendering(self, *args, **kwargs):
        token = _rendering.set(True)
        try:
            return render(self, *args, **kwargs)
        finally:
            _rendering.reset(token)

    def record(execute, sql, params, many, context):
        if _rendering.get():
            queries.append(sql)
        return execute(sql, params, many, context)

    monkeypatch.setattr(Template, "render", rendering)
    with connection.execute_wrapper(record):
        yield queries


def public_urls():
    """One page of each kind in the tree, the marketplace's lists and details, a sector and search, per language."""
    first_of_kind = {}
    for page in Page.objects.live().public().specific().order_by("path"):
        first_of_kind.setdefault(type(page).__name__, page)
    listing = Listing.objects.public().order_by("pk").first()
    challenge = Challenge.objects.filter(status="approved").order_by("pk").first()
    competition = Competition.objects.order_by("pk").first()
    sector_index = SectorIndexPage.objects.live().first()
    urls = []
    for language in ("en", "zh-hans"):
        with translation.override(language):
            urls += [url for page in first_of_kind.values() if (url := page.get_url())]  # None: outside every site
            urls.append(sector_index.sector_url(Sector.objects.order_by("pk").first()))
        prefix = f"/{language}"
        urls += [f"{prefix}/opportunities/", f"{prefix}/opportunities/{listing.pk}/"]
        urls += [f"{prefix}/challenges/", f"{prefix}/challenges/{challenge.pk}/"]
        urls += [f"{prefix}/competitions/", f"{prefix}/competitions/{competition.pk}/"]
        urls += [f"{prefix}/search/?q=tax", f"{prefix}/sitemap/"]
    return urls


def test_no_public_page_runs_a_query_while_its_template_renders(demo_module, client, template_queries):
    urls = public_urls()
    assert len(urls) > 40  # every kind of page, twice
    found = {}
    for url in urls:
        assert client.get(url).status_code == 200, url
        fragments.forget_memory()  # the cards render again, as after a publish; the frame stays in the cache
        template_queries.clear()
        assert client.get(url).status_code == 200, url
        if template_queries:
            found[url] = [sql[:120] for sql in template_queries]
    assert not found, found
