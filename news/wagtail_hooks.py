from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.chrome import section_path
from home.hooks import HOME_NEWS, HOME_PAGE_SECTIONS
from sectors.hooks import SECTOR_PAGE_SECTIONS

from .models import NewsCategory, NewsIndexPage, NewsTopic
from .selectors import latest_news, news_for_sector


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


@hooks.register(HOME_PAGE_SECTIONS)
def home_latest_news(home_page, request):
    articles = latest_news(HOME_NEWS)
    return {"latest_news": articles, "news_index_path": section_path(request, NewsIndexPage) if articles else None}


@hooks.register(SECTOR_PAGE_SECTIONS, order=10)
def sector_news(sector, limit):
    return {"news": news_for_sector(sector, limit)}
