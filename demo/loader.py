"""Loads the demo site: vocabulary, section pages, content pages, images, settings and users.

Every step is create-if-missing, so loading twice changes nothing. Content comes from the
data modules beside this file, each written in English and Chinese from the seed documents.
"""

import datetime
import io
import os
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone, translation
from wagtail.images.models import Image
from wagtail.models import (Collection, GroupApprovalTask, GroupPagePermission, Locale, Page, Site, Workflow,
                            WorkflowPage, WorkflowTask)

from events.models import EventIndexPage, EventPage
from home.models import HomePage, SiteSettings, StandardPage
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsTopic
from parks.models import ParkIndexPage, ParkPage
from policies.models import PolicyIndexPage, PolicyPage
from search.indexing import rebuild_index
from sectors.models import Sector, SectorIndexPage, SubField

from . import events as events_data
from . import news as news_data
from . import pages as pages_data
from . import parks as parks_data
from . import policies as policies_data
from . import sectors as sectors_data
from .marketplace_loader import load_marketplace

ADMIN_USERNAME = "admin"
DEFAULT_ADMIN_PASSWORD = "offshore-demo-2026"
SECTOR_COLOURS = {
    "digital-economy": (11, 92, 173), "biomedicine": (15, 123, 108), "green-tech": (46, 125, 50),
    "advanced-manufacturing": (94, 53, 177), "industrial-design": (173, 72, 11),
}


def _bilingual(obj, field, data, key=None):
    key = key or field
    setattr(obj, f"{field}_en", data[f"{key}_en"])
    setattr(obj, f"{field}_zh_hans", data[f"{key}_zh"])


def _paragraphs(texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def _blocks(blocks):
    stream = []
    for kind, value in blocks:
        stream.append({"type": kind, "value": value})
    return stream


def _publish(parent, page):
    """Add ``page`` under ``parent`` and publish it, firing the same signals as the admin."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug_en=slug).first()


def load_sectors():
    for order, data in enumerate(sectors_data.SECTORS):
        sector = Sector.objects.filter(code=data["code"]).first()
        if sector is None:
            sector = Sector(code=data["code"], sort_order=order)
            _bilingual(sector, "name", data)
            _bilingual(sector, "description", data)
            sector.save()
        for sub_order, sub in enumerate(data["subfields"]):
            if not SubField.objects.filter(code=sub["code"]).exists():
                subfield = SubField(sector=sector, code=sub["code"], sort_order=sub_order)
                _bilingual(subfield, "name", sub)
                subfield.save()
    for data in sectors_data.NEWS_CATEGORIES:
        if not NewsCategory.objects.filter(slug=data["slug"]).exists():
            category = NewsCategory(slug=data["slug"])
            _bilingual(category, "name", data)
            category.save()


def _sector_image(code):
    """A plain coloured banner per sector, generated so the demo needs no image files."""
    title = f"Demo banner: {code}"
    image = Image.objects.filter(title=title).first()
    if image:
        return image
    from PIL import Image as PILImage, ImageDraw

    colour = SECTOR_COLOURS.get(code, (60, 60, 60))
    canvas = PILImage.new("RGB", (1200, 675), colour)
    draw = ImageDraw.Draw(canvas)
    for i in range(0, 1200, 60):
        draw.line([(i, 675), (i + 400, 0)], fill=tuple(min(255, c + 25) for c in colour), width=18)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=80)
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"demo-{code}.jpg")
    image.save()
    return image


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
        data = pages_data.HOME
        home = HomePage(slug="home")
        with translation.override("en"):
            home.title = data["title_en"]
        home.title_zh_hans = data["title_zh"]
        home.slug_en = "home"
        _bilingual(home, "hero_heading", data)
        _bilingual(home, "hero_text", data)
        _publish(root, home)
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.save()
        else:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                                site_name="Haikou Offshore Innovation Platform")
        if old_root and old_root.pk != home.pk and not old_root.specific_class == HomePage:
            old_root.delete()
    return home


def _section(home, model, key, show_in_menus=True):
    data = pages_data.SECTION_PAGES[key]
    page = _child(home, model, data["slug"])
    if page is None:
        page = model(slug=data["slug"], show_in_menus=show_in_menus)
        page.slug_en = data["slug"]
        _bilingual(page, "title", data)
        _bilingual(page, "intro", data)
        _publish(home, page)
    return page


def _page(parent, model, data, **fields):
    page = _child(parent, model, data["slug"])
    if page is not None:
        return page, False
    page = model(slug=data["slug"], **fields)
    page.slug_en = data["slug"]
    _bilingual(page, "title", data)
    return page, True


def _set_sectors(page, codes):
    page.sectors = list(Sector.objects.filter(code__in=codes))


def load_news_topics():
    for slug, name_en, name_zh in news_data.TOPICS:
        if not NewsTopic.objects.filter(slug=slug).exists():
            NewsTopic.objects.create(slug=slug, name_en=name_en, name_zh_hans=name_zh)


def load_news(index):
    load_news_topics()
    today = timezone.localdate()
    for data in news_data.NEWS:
        page, is_new = _page(index, NewsPage, data, date=today - datetime.timedelta(days=data["days_ago"]))
        if not is_new:
            continue
        _bilingual(page, "intro", data)
        page.body_en = _paragraphs(data["body_en"])
        page.body_zh_hans = _paragraphs(data["body_zh"])
        page.category = NewsCategory.objects.filter(slug=data["category"]).first()
        page.lead_image = _sector_image(data["sectors"][0]) if data["sectors"] else None
        _set_sectors(page, data["sectors"])
        page.topics = list(NewsTopic.objects.filter(slug__in=data["topics"]))
        _publish(index, page)


def load_policies(index):
    for data in policies_data.POLICIES:
        page, is_new = _page(
            index, PolicyPage, data, policy_type=data["policy_type"], official_url=data["official_url"],
            effective_date=_date(data["effective"]), expiry_date=_date(data["expires"]))
        if not is_new:
            continue
        _bilingual(page, "issuing_authority", data, "authority")
        _bilingual(page, "applies_to", data)
        _bilingual(page, "summary", data)
        page.body_en = _paragraphs(data["body_en"])
        page.body_zh_hans = _paragraphs(data["body_zh"])
        _set_sectors(page, data["sectors"])
        _publish(index, page)


def link_policies_to_services(index):
    """Link each demo policy to the services that act on it, unless editors already chose some."""
    from services.models import ServicePage

    for data in policies_data.POLICIES:
        page = _child(index, PolicyPage, data["slug"])
        if page is None or not data.get("services") or page.related_services.exists():
            continue
        page.related_services = list(ServicePage.objects.filter(slug_en__in=data["services"]))
        page.save_revision().publish()


def load_parks(index):
    for data in parks_data.PARKS:
        page, is_new = _page(
            index, ParkPage, data, park_type=data["park_type"], latitude=Decimal(f"{data['lat']:.6f}"),
            longitude=Decimal(f"{data['lng']:.6f}"), contact_phone=data["phone"], contact_email=data["email"],
            website=data["website"])
        if not is_new:
            continue
        _bilingual(page, "intro", data)
        _bilingual(page, "address", data)
        page.facilities_en = "\n".join(data["facilities_en"])
        page.facilities_zh_hans = "\n".join(data["facilities_zh"])
        _set_sectors(page, data["sectors"])
        _publish(index, page)


def load_events(index):
    today = timezone.localdate()
    tz = timezone.get_current_timezone()
    for data in events_data.EVENTS:
        hour, minute = (int(part) for part in data["start_time"].split(":"))
        starts_at = datetime.datetime.combine(
            today + datetime.timedelta(days=data["start_offset_days"]), datetime.time(hour, minute), tzinfo=tz)
        page, is_new = _page(
            index, EventPage, data, kind=data["kind"], starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=data["duration_hours"]), is_online=data["is_online"],
            registration_url=data["registration_url"])
        if not is_new:
            continue
        _bilingual(page, "venue", data)
        _bilingual(page, "organiser", data)
        _bilingual(page, "intro", data)
        page.body_en = _paragraphs(data["body_en"])
        page.body_zh_hans = _paragraphs(data["body_zh"])
        _set_sectors(page, data["sectors"])
        _publish(index, page)


def load_standard_pages(home):
    pages = {}
    for data in pages_data.STANDARD_PAGES:
        page, is_new = _page(home, StandardPage, data, show_in_menus=data["slug"] == "about")
        if is_new:
            _bilingual(page, "intro", data)
            page.body_en = _blocks(data["body_en"])
            page.body_zh_hans = _blocks(data["body_zh"])
            _publish(home, page)
        pages[data["slug"]] = page
    return pages


def load_site_settings(home, standard_pages):
    site = Site.objects.get(root_page=home)
    settings_obj = SiteSettings.for_site(site)
    if settings_obj.contact_email:
        return
    data = pages_data.SITE_SETTINGS
    _bilingual(settings_obj, "tagline", data)
    _bilingual(settings_obj, "address", data)
    for field in ("contact_email", "contact_phone", "wechat_account", "linkedin_url", "weibo_url", "x_url"):
        setattr(settings_obj, field, data[field])
    settings_obj.footer_links = [{"type": "page", "value": page.pk} for page in standard_pages.values()]
    settings_obj.save()


def ensure_groups_and_workflow(home):
    """Editors submit, moderators approve: Wagtail creates both groups; make sure they are complete."""
    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    snippet_perms = Permission.objects.filter(
        content_type__app_label__in=["sectors", "news", "wagtailimages", "wagtaildocs"],
        codename__regex=r"^(add|change|choose)_")
    for group in (editors, moderators):
        group.permissions.add(admin_access, *snippet_perms)
    # Moderators run the listing and report queues (Moderation menu); editors do not see them.
    moderators.permissions.add(*Permission.objects.filter(
        content_type__app_label="opportunities", codename__in=["change_listing", "change_listingreport"]))
    page_permissions = {editors: ["add_page", "change_page"],
                        moderators: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]}
    root = Page.get_first_root_node()
    for group, codenames in page_permissions.items():
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            if not GroupPagePermission.objects.filter(group=group, permission=permission).exists():
                GroupPagePermission.objects.create(group=group, page=root, permission=permission)
    workflow = Workflow.objects.filter(name="Moderators approval").first()
    if workflow is None:
        workflow = Workflow.objects.create(name="Moderators approval")
        task = GroupApprovalTask.objects.create(name="Moderators approval")
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if not WorkflowPage.objects.filter(page=Page.get_first_root_node()).exists() and not \
            WorkflowPage.objects.filter(page=home).exists():
        WorkflowPage.objects.create(workflow=workflow, page=home)
    return editors, moderators


def ensure_users(editors, moderators):
    """The admin (superuser) plus one demo editor and one demo moderator. Existing passwords are kept."""
    User = get_user_model()
    password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD)
    created = {}
    for username, group, is_superuser in ((ADMIN_USERNAME, None, True), ("editor", editors, False),
                                          ("moderator", moderators, False)):
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(username=username, email=f"{username}@offshore-haikou.example.cn",
                                            password=password, is_staff=True, is_superuser=is_superuser)
            created[username] = True
        if group:
            user.groups.add(group)
    return password, created


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


@transaction.atomic
def load_demo_content():
    """Load everything. Returns the admin login, and whether its password was set by this run."""
    from .services_loader import load_services  # imported here: it builds on this module's helpers
    from .compliance_loader import load_compliance  # likewise

    with translation.override("en"):
        load_sectors()
        home = ensure_home_page()
        news_index = _section(home, NewsIndexPage, "news")
        policy_index = _section(home, PolicyIndexPage, "policies")
        park_index = _section(home, ParkIndexPage, "parks")
        event_index = _section(home, EventIndexPage, "events")
        _section(home, SectorIndexPage, "sectors")
        load_news(news_index)
        load_policies(policy_index)
        load_parks(park_index)
        load_events(event_index)
        standard_pages = load_standard_pages(home)
        load_site_settings(home, standard_pages)
        editors, moderators = ensure_groups_and_workflow(home)
        load_compliance(home)  # after the groups: moderators answer contact messages
        password, created = ensure_users(editors, moderators)
        marketplace = load_marketplace()
        services = load_services(home)
        link_policies_to_services(policy_index)
        rebuild_index()  # search: everything above is findable at once, Elasticsearch included when set
    return {"username": ADMIN_USERNAME, "password": password, "created": created, "marketplace": marketplace,
            "services": services}
