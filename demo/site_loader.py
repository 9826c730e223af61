"""Loads the site's frame: Wagtail's roots, the home page, the section index pages, the standard pages
and the site settings. Data lives in ``pages.py``.
"""

from django.utils import translation
from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage, SiteSettings, StandardPage

from . import pages as data
from .builders import blocks, index_page, page_or_new, publish, set_bilingual


def ensure_wagtail_roots():
    """Wagtail's migrations create a default locale, a root collection and a root page; a flushed
    database (``manage.py flush``, transactional tests) has none of them."""
    Locale.objects.get_or_create(language_code="en")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))


def ensure_home_page():
    """Replace Wagtail's welcome page with our HomePage as the default site's root."""
    home = HomePage.objects.first()
    if home is None:
        ensure_wagtail_roots()
        root = Page.get_first_root_node()
        item = data.HOME
        home = HomePage(slug="home")
        with translation.override("en"):
            home.title = item["title_en"]
        home.title_zh_hans = item["title_zh"]
        home.slug_en = "home"
        set_bilingual(home, "hero_heading", item)
        set_bilingual(home, "hero_text", item)
        publish(root, home)
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.save()
        else:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Haikou Offshore Innovation Platform",
            )
        if old_root and old_root.pk != home.pk and old_root.specific_class != HomePage:
            old_root.delete()
    return home


def section(home, model, key):
    """The section index page ``key`` of ``pages.SECTION_PAGES`` (in the menus), created if missing."""
    return index_page(home, model, data.SECTION_PAGES[key], show_in_menus=True)


def load_standard_pages(home):
    """The standard pages under ``home`` (About is in the menus), keyed by slug."""
    pages = {}
    for item in data.STANDARD_PAGES:
        page, is_new = page_or_new(home, StandardPage, item, show_in_menus=item["slug"] == "about")
        if is_new:
            set_bilingual(page, "intro", item)
            page.body_en = blocks(item["body_en"])
            page.body_zh_hans = blocks(item["body_zh"])
            publish(home, page)
        pages[item["slug"]] = page
    return pages


def load_site_settings(home, standard_pages):
    """Tagline, address, contacts and footer links, unless an editor has already set a contact email."""
    site = Site.objects.get(root_page=home)
    settings_obj = SiteSettings.for_site(site)
    if settings_obj.contact_email:
        return
    item = data.SITE_SETTINGS
    set_bilingual(settings_obj, "tagline", item)
    set_bilingual(settings_obj, "address", item)
    for field in ("contact_email", "contact_phone", "wechat_account", "linkedin_url", "weibo_url", "x_url"):
        setattr(settings_obj, field, item[field])
    settings_obj.footer_links = [{"type": "page", "value": page.pk} for page in standard_pages.values()]
    settings_obj.save()
