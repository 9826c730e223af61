"""Every public page's context is computed before its template renders: no query runs inside a template.

Querysets evaluated in templates were most of what uncached pages cost (issue 15), and they hide N+1
queries from the views' query counts. Measured on the demo site, anonymous, in both languages, on the
second request (the first builds the shared fragments: menus, footer, vocabularies, filter forms). The one
exception is a list of cards (core.cards): when a card is missing from the process's memory (a new process,
a publish), the list reads its rows in one query to draw it; that is checked with the cards forgotten.
"""

import contextvars

import pytest
from django.db import connection
from django.template.backends.django import Template
from django.utils import translation
from wagtail.models import Page

from challenges.models import Challenge
from competitions.models import Competition
from core import cards, fragments
from opportunities.models import Listing
from sectors.models import Sector, SectorIndexPage

pytestmark = pytest.mark.django_db

_rendering = contextvars.ContextVar("rendering", default=False)
_drawing_cards = contextvars.ContextVar("drawing_cards", default=False)


@pytest.fixture
def template_queries(monkeypatch):
    """``(where, sql)`` of every query run while a template renders (nested includes count as the outer
    template): ``where`` is "cards" for a card list reading its rows (``core.cards.draw``), else "template"."""
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
            queries.append(("cards" if _drawing_cards.get() else "template", sql))
        return execute(sql, params, many, context)

    draw = cards.draw

    def drawing_cards(read):
        token = _drawing_cards.set(True)
        try:
            return draw(read)
        finally:
            _drawing_cards.reset(token)

    monkeypatch.setattr(Template, "render", rendering)
    monkeypatch.setattr(cards, "draw", drawing_cards)
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
        template_queries.clear()
        assert client.get(url).status_code == 200, url
        if template_queries:
            found[url] = [sql[:120] for _where, sql in template_queries]
    assert not found, found


def test_cards_missing_from_memory_are_read_in_one_query_per_list(demo_module, client, template_queries):
    """With every card forgotten, the only queries in a template are the card lists' reads, one per list (and
    its prefetches), never one per card."""
    found = {}
    card_reads = {}
    for url in public_urls():
        assert client.get(url).status_code == 200, url
        fragments.forget_memory()  # as in a new process, or after a publish
        template_queries.clear()
        assert client.get(url).status_code == 200, url
        if others := [sql[:120] for where, sql in template_queries if where == "template"]:
            found[url] = others
        card_reads[url] = sum(where == "cards" for where, _sql in template_queries)
    assert not found, found
    listing = next(url for url in card_reads if url.startswith("/en/opportunities/") and url != "/en/opportunities/")
    assert card_reads[listing] == 5  # the listing's five vocabularies, for its facts
    assert 1 <= card_reads["/en/news/"] <= 2  # the articles (and their renditions), nothing per article
    assert card_reads["/en/"] >= 3  # news, parks and events are card lists
