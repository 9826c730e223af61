"""Admin additions: the translation status report and the contact messages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import ContactMessageViewSet, TranslationReportView


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path("reports/translations/", TranslationReportView.as_view(), name="translation_report"),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="translation_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(_("Translation status"), reverse("translation_report"), icon_name="globe", order=750)


@hooks.register("register_admin_viewset")
def register_contact_message_viewset():
    return ContactMessageViewSet("contact_messages")
