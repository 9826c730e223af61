"""Loads the legal pages, the contact page, and the operator and filing numbers in the site settings.

Create-if-missing like the rest of the demo. An older demo's "contact" standard page is replaced
by the contact form page under the same slug, and the footer links follow.
"""

import datetime

from django.contrib.auth.models import Group, Permission
from wagtail.models import Site

from home.models import ContactPage, LegalPage, SiteSettings, StandardPage

from . import legal as legal_data
from .builders import blocks, child_page, publish, set_bilingual


def load_legal_pages(home):
    """One live page per legal kind, in English and Chinese."""
    pages = {}
    for data in legal_data.LEGAL_PAGES:
        page = LegalPage.objects.filter(kind=data["kind"]).first()
        if page is None:
            page = LegalPage(
                kind=data["kind"],
                slug=data["slug"],
                version=data["version"],
                effective_date=datetime.date.fromisoformat(data["effective_date"]),
            )
            page.slug_en = data["slug"]
            set_bilingual(page, "title", data)
            set_bilingual(page, "intro", data)
            page.body_en = blocks(data["body_en"])
            page.body_zh_hans = blocks(data["body_zh"])
            publish(home, page)
        pages[data["kind"]] = page
    return pages


def load_contact_page(home):
    """The contact form page, replacing a plain "contact" standard page left by an older demo."""
    page = ContactPage.objects.child_of(home).first()
    if page is not None:
        return page
    data = legal_data.CONTACT_PAGE
    old = child_page(home, StandardPage, data["slug"])
    if old is not None:
        old.delete()
    page = ContactPage(slug=data["slug"])
    page.slug_en = data["slug"]
    set_bilingual(page, "title", data)
    set_bilingual(page, "intro", data)
    set_bilingual(page, "thank_you_text", data)
    page.body_en = blocks(data["body_en"])
    page.body_zh_hans = blocks(data["body_zh"])
    return publish(home, page)


def load_compliance_settings(home, contact_page):
    """Operator and filing numbers if not set yet; the contact page in the footer links, dead links dropped."""
    settings_obj = SiteSettings.for_site(Site.objects.get(root_page=home))
    if not settings_obj.operator_name_en:
        set_bilingual(settings_obj, "operator_name", legal_data.OPERATOR, key="operator_name")
    for field, value in legal_data.FILINGS.items():
        if not getattr(settings_obj, field):
            setattr(settings_obj, field, value)
    linked = [block.value.pk for block in settings_obj.footer_links if block.value is not None]
    if contact_page.pk not in linked:
        linked.append(contact_page.pk)
    settings_obj.footer_links = [{"type": "page", "value": pk} for pk in linked]
    settings_obj.save()


def let_moderators_answer_messages():
    """Moderators read contact messages and mark them handled (Contact messages in the admin)."""
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None:
        moderators.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="home", codename__in=["view_contactmessage", "change_contactmessage"]
            )
        )


def load_compliance(home):
    """The legal pages, the contact page and the compliance settings; moderators get the contact messages."""
    load_legal_pages(home)
    load_compliance_settings(home, load_contact_page(home))
    let_moderators_answer_messages()
