"""Wagtail admin of the site: the translation status report and the contact messages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_viewsets import ReadableInspectView

from .models import ContactMessage
from .selectors import translation_problems


class TranslationProblemColumn(Column):
    cell_template_name = "home/admin/translation_problem_cell.html"


class TranslationReportView(ReportView):
    """Pages whose Chinese or English translation is missing or older than the other language."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    list_export = ["page.title", "missing_languages", "en_updated_at", "zh_hans_updated_at"]
    export_headings = {
        "page.title": _("Page"),
        "missing_languages": _("Missing languages"),
        "en_updated_at": _("English updated"),
        "zh_hans_updated_at": _("Chinese updated"),
    }
    columns = [
        TitleColumn(
            "page", label=_("Page"), accessor="page.title", url_name="wagtailadmin_pages:edit", id_accessor="page_id"
        ),
        TranslationProblemColumn("problem", label=_("Problem"), accessor="pk"),
        DateColumn("en_updated_at", label=_("English updated")),
        DateColumn("zh_hans_updated_at", label=_("Chinese updated")),
    ]

    def get_queryset(self):
        return translation_problems()

    def get_filename(self):
        return "translation-status"


class ContactMessageViewSet(ModelViewSet):
    """Messages from the contact form, for staff to read and mark handled; their text cannot be edited."""

    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    add_to_admin_menu = True
    menu_order = 850
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView  # Yes/No, Beijing time with the zone
    list_display = ["name", "email", "topic", "created_at", "handled"]
    list_filter = ["topic", "handled", "language"]
    search_fields = ["name", "email", "organisation", "message"]
    list_export = ["created_at", "name", "email", "organisation", "topic", "language", "message", "handled"]
    form_fields = ["handled"]
    copy_view_enabled = False
    ordering = "-created_at"
    export_filename = "contact-messages"

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        # Messages come only from the public form: no "add" page.
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]
