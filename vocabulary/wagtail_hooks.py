from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CooperationType, GlossaryTerm, Region, TechnologyKeyword


class CooperationTypeViewSet(SnippetViewSet):
    model = CooperationType
    icon = "link"
    list_display = ["name", "code"]


class TechnologyKeywordViewSet(SnippetViewSet):
    model = TechnologyKeyword
    icon = "tag"
    list_display = ["name", "code", "sector", "subfield"]
    search_fields = ["name", "code"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["name", "code", "keyword"]
    search_fields = ["name", "code", "synonyms"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "code", "is_global"]


class VocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "list-ul"
    menu_order = 310
    items = (CooperationTypeViewSet, TechnologyKeywordViewSet, GlossaryTermViewSet, RegionViewSet)


register_snippet(VocabularyGroup)
