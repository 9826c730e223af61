"""The sector snippets in the admin, and the sectors section of the home page (through home's hook)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.chrome import section_path
from home.hooks import HOME_PAGE_SECTIONS

from .models import Sector, SectorIndexPage, sectors_with_subfields


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


@hooks.register(HOME_PAGE_SECTIONS)
def home_sectors(home_page, request):
    return {"sectors": sectors_with_subfields(request), "sector_index_path": section_path(request, SectorIndexPage)}
