from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsCategory, NewsTopic


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "folder-open-inverse"
    list_display = ["name", "slug"]


register_snippet(NewsCategoryViewSet)


class NewsTopicViewSet(SnippetViewSet):
    model = NewsTopic
    icon = "tag"
    list_display = ["name_en", "name_zh_hans", "slug"]


register_snippet(NewsTopicViewSet)
