"""Shared fixtures: a published site tree (home and section pages), users, and a Chromium browser."""

import datetime

import pytest
from django.core.cache import cache, caches
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from events.models import EventIndexPage
from home.models import HomePage, LegalPage
from news.models import NewsIndexPage
from opportunities import match_lexicon
from parks.models import ParkIndexPage
from policies.models import PolicyIndexPage
from sectors.models import SectorIndexPage
from tests.stripe_server import localstripe, stripe_settings  # noqa: F401  (one fake Stripe per session)


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached values and pages must not leak from one test into the next."""
    cache.clear()
    caches["pages"].clear()


@pytest.fixture(autouse=True)
def fresh_matching_vocabulary():
    """Matching reads the vocabulary of this test's database, not a snapshot left by the previous test."""
    match_lexicon.forget()


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in the default language, whatever the previous request activated."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def site_tree(db):
    """Home page as the default site's root, with the news, policy, park, event and sector sections."""
    from demo.site_loader import ensure_wagtail_roots

    with translation.override("en"):
        ensure_wagtail_roots()  # an earlier transactional test's flush removed what Wagtail's migrations made
        root = Page.get_first_root_node()
        home = _publish_child(
            root,
            HomePage(
                title_en="Home",
                title_zh_hans="首页",
                slug="home",
                hero_heading_en="Build your company in Haikou",
                hero_heading_zh_hans="在海口创业",
            ),
        )
        if not Site.objects.update(root_page=home):
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        # update() bypasses the signals that would forget the old root (Wagtail's and modeltranslation's
        # per-language copies); page.url and the page caches' purges need the new one.
        Site.clear_site_root_paths_cache()
        cache.delete_many([f"wagtail_site_root_paths_{code}" for code in ("en", "zh-hans")])
        sections = {"home": home}
        for key, model, title_en, title_zh in (
            ("news", NewsIndexPage, "News", "新闻"),
            ("policies", PolicyIndexPage, "Policies", "政策"),
            ("parks", ParkIndexPage, "Parks", "园区"),
            ("events", EventIndexPage, "Events", "活动"),
            ("sectors", SectorIndexPage, "Sectors", "产业"),
        ):
            sections[key] = _publish_child(
                home, model(title_en=title_en, title_zh_hans=title_zh, slug=key, show_in_menus=True)
            )
    return sections


@pytest.fixture
def committed(site_tree, django_capture_on_commit_callbacks):
    """``with committed():`` runs a change's after-commit purges, as its committed transaction would.

    What the fixtures queued (the site settings row too, made on first use) runs first: their
    transactions would have committed before anyone asked for a page.
    """
    from home.models import SiteSettings
    from tests.commits import run_pending_callbacks

    SiteSettings.for_site(site_tree["home"].get_site())
    run_pending_callbacks()

    def commit():
        run_pending_callbacks()
        return django_capture_on_commit_callbacks(execute=True)

    return commit


@pytest.fixture
def demo_content(db):
    """The full bilingual demo site, as `manage.py load_demo_content` loads it."""
    from demo.loader import load_demo_content

    return load_demo_content()


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    """The demo site loaded once for a whole test module and rolled back after it.

    For modules whose tests only read the demo (each test still runs in its own savepoint). Loading
    the demo takes seconds, so loading it per test would dominate the suite's run time.
    """
    from demo.loader import load_demo_content

    with django_db_blocker.unblock(), transaction.atomic():
        yield load_demo_content()
        transaction.set_rollback(True)


@pytest.fixture
def legal_pages(site_tree):
    """A live privacy policy (version 2026-12-01) and terms of use (version 3.0) under the home page."""
    pages = {}
    with translation.override("en"):
        for kind, version, title_en, title_zh, slug in (
            (LegalPage.Kind.PRIVACY, "2026-12-01", "Privacy policy", "隐私政策", "privacy"),
            (LegalPage.Kind.TERMS, "3.0", "Terms of use", "使用条款", "terms"),
        ):
            page = LegalPage(
                kind=kind,
                version=version,
                effective_date=datetime.date(2026, 12, 1),
                title_en=title_en,
                title_zh_hans=title_zh,
                slug=slug,
            )
            site_tree["home"].add_child(instance=page)
            page.save_revision().publish()
            pages[str(kind)] = page
    return pages
