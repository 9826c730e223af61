"""Loads the demo service catalogue: the catalogue and provider index pages, providers, services with
their extra request-form fields, and a "Service desk" group with a demo user who handles requests.

Create-if-missing throughout, keyed on English slugs, group and user names, so a second run changes
nothing. Data lives in ``services.py``. ``loader.load_demo_content`` calls it after the home page,
the sections and the demo users exist.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import translation

from services.models import ProviderIndexPage, ProviderPage, ServiceFormField, ServiceIndexPage, ServicePage

from . import services as data
from .builders import demo_password, index_page, page_or_new, paragraphs, publish, set_bilingual

SERVICE_DESK_GROUP = "Service desk"
SERVICE_DESK_USERNAME = "servicedesk"


def load_providers(provider_index):
    """Every demo provider, keyed by its ``key`` in the data module."""
    providers = {}
    for item in data.PROVIDERS:
        page, is_new = page_or_new(
            provider_index,
            ProviderPage,
            item,
            provider_type=item["provider_type"],
            languages=item["languages"],
            contact_email=item["email"],
            contact_phone=item["phone"],
            website=item["website"],
        )
        if is_new:
            set_bilingual(page, "intro", item)
            set_bilingual(page, "address", item)
            page.body_en = paragraphs(item["body_en"])
            page.body_zh_hans = paragraphs(item["body_zh"])
            publish(provider_index, page)
        providers[item["key"]] = page
    return providers


def _form_field(order, item):
    field = ServiceFormField(sort_order=order, field_type=item["field_type"], required=item["required"])
    set_bilingual(field, "label", item)
    set_bilingual(field, "help_text", item, "help")
    field.choices_en = "\n".join(item.get("choices_en", []))
    field.choices_zh_hans = "\n".join(item.get("choices_zh", []))
    return field


def load_service_pages(service_index, providers):
    for item in data.SERVICES:
        page, is_new = page_or_new(
            service_index,
            ServicePage,
            item,
            category=item["category"],
            provider=providers[item["provider"]],
            price_amount=item["price_amount"],
            price_currency=item["price_currency"],
            turnaround_days=item["turnaround_days"],
        )
        if not is_new:
            continue
        set_bilingual(page, "summary", item)
        set_bilingual(page, "form_intro", item)
        page.included_en = "\n".join(item["included_en"])
        page.included_zh_hans = "\n".join(item["included_zh"])
        page.required_documents_en = "\n".join(item["documents_en"])
        page.required_documents_zh_hans = "\n".join(item["documents_zh"])
        page.body_en = paragraphs(item["body_en"])
        page.body_zh_hans = paragraphs(item["body_zh"])
        # Saved with the page; AbstractFormField.save derives clean_name from the English label,
        # which is why loading runs with English active.
        page.form_fields = [_form_field(order, field) for order, field in enumerate(item["form_fields"])]
        publish(service_index, page)


def ensure_service_desk():
    """A group that may open the admin and handle service requests, given to the demo moderator and to
    a dedicated 'servicedesk' user (same demo password; an existing user keeps theirs)."""
    group, _ = Group.objects.get_or_create(name=SERVICE_DESK_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="services", codename="handle_servicerequest"),
    )
    User = get_user_model()
    user = User.objects.filter(username=SERVICE_DESK_USERNAME).first()
    if user is None:
        user = User.objects.create_user(
            username=SERVICE_DESK_USERNAME,
            email=f"{SERVICE_DESK_USERNAME}@offshore-haikou.example.cn",
            password=demo_password(),
            is_staff=True,
        )
    user.groups.add(group)
    moderator = User.objects.filter(username="moderator").first()
    if moderator is not None:
        moderator.groups.add(group)
    return group


def load_services(home):
    """Load the catalogue under ``home``. Returns counts for the command's summary."""
    with translation.override("en"):
        service_index = index_page(home, ServiceIndexPage, data.SERVICE_INDEX, show_in_menus=True)
        provider_index = index_page(service_index, ProviderIndexPage, data.PROVIDER_INDEX)
        providers = load_providers(provider_index)
        load_service_pages(service_index, providers)
        ensure_service_desk()
    services = ServicePage.objects.live().descendant_of(service_index)
    return {
        "services": services.count(),
        "paid": services.filter(price_amount__gt=0).count(),
        "providers": ProviderPage.objects.live().descendant_of(provider_index).count(),
        "service_desk_user": SERVICE_DESK_USERNAME,
        "password": demo_password(),
    }
