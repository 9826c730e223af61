from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Sector


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "code", "sort_order"]
    search_fields = ["name", "code"]
    search_backend_name = None  # a database query over both fields: the search index holds no codes


register_snippet(SectorViewSet)
