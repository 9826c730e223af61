"""Articles are tagged with translated topics, so each reader sees topics in their own language only."""

import pytest
from django.core.exceptions import ValidationError

from news.models import NewsTopic
from tests.factories import NewsPageFactory


def _article_with_topics(site_tree):
    tax = NewsTopic.objects.create(slug="tax", name_en="Tax", name_zh_hans="税收")
    legacy = NewsTopic.objects.create(slug="legacy", name_en="Legacy tag")  # migrated tag, not yet translated
    article = NewsPageFactory(parent=site_tree["news"], slug="cit-guide", slug_zh_hans="cit-guide")
    article.topics = [tax, legacy]
    article.save_revision().publish()
    return article


def test_chinese_article_shows_chinese_topic_names_and_no_english_tags(client, site_tree):
    _article_with_topics(site_tree)
    html = client.get("/zh-hans/news/cit-guide/").content.decode()
    assert ">税收</a>" in html
    assert "Legacy tag" not in html and ">Tax</a>" not in html


def test_english_article_shows_english_topic_names(client, site_tree):
    _article_with_topics(site_tree)
    html = client.get("/en/news/cit-guide/").content.decode()
    assert '<a class="tag" href="/en/news/?topic=tax">Tax</a>' in html
    assert "税收" not in html


def test_topic_link_lists_the_articles_with_that_topic(client, site_tree):
    _article_with_topics(site_tree)
    NewsPageFactory(parent=site_tree["news"], title_en="Unrelated launch")
    html = client.get("/en/news/?topic=tax").content.decode()
    assert "1 article" in html and "Unrelated launch" not in html


def test_unknown_topic_in_the_filter_is_not_an_error(client, site_tree):
    assert client.get("/en/news/?topic=nope").status_code == 200


def test_a_topic_needs_both_names(db):
    with pytest.raises(ValidationError):
        NewsTopic(slug="half", name_en="Half").full_clean()


def test_editor_adds_a_topic_with_both_names_in_the_admin(client, db):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-chief-123"))
    form = client.get("/admin/snippets/news/newstopic/add/").content.decode()
    assert 'name="name_en"' in form and 'name="name_zh_hans"' in form
    client.post("/admin/snippets/news/newstopic/add/", {"name_en": "Tax", "name_zh_hans": "税收", "slug": "tax"})
    assert NewsTopic.objects.get(slug="tax").name_zh_hans == "税收"


def test_editor_cannot_add_a_topic_without_its_chinese_name(client, db):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-chief-123"))
    response = client.post("/admin/snippets/news/newstopic/add/", {"name_en": "Tax", "name_zh_hans": "", "slug": "tax"})
    assert response.status_code == 200
    assert not NewsTopic.objects.exists()


def test_migrating_tags_names_each_topic_in_its_language_and_keeps_long_slugs_apart(site_tree):
    """The data migration of issue 10 (free-form tags to topics), run against the historical models."""
    import importlib
    from types import SimpleNamespace

    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    migration = importlib.import_module("news.migrations.0004_news_topics")
    historical = MigrationLoader(connection).project_state(("news", "0004_news_topics")).apps
    first, second = NewsPageFactory(parent=site_tree["news"]), NewsPageFactory(parent=site_tree["news"])
    long_slug = "offshore-innovation-and-cross-border-data-rules-for-hainan"  # 58 characters
    tags = [
        SimpleNamespace(pk=1, slug="tax", name="Tax"),
        SimpleNamespace(pk=2, slug="自贸港", name="自贸港政策"),
        SimpleNamespace(pk=3, slug=long_slug, name="Cross-border data"),
        SimpleNamespace(pk=4, slug=long_slug + "-2", name="Cross-border data, part two"),
    ]
    tagged = [
        SimpleNamespace(tag=tags[0], content_object_id=first.pk),
        SimpleNamespace(tag=tags[1], content_object_id=first.pk),
        SimpleNamespace(tag=tags[2], content_object_id=first.pk),
        SimpleNamespace(tag=tags[3], content_object_id=second.pk),
        SimpleNamespace(tag=tags[0], content_object_id=second.pk),
    ]

    class OldTags:
        class objects:  # noqa: N801 (stands in for a manager)
            @staticmethod
            def select_related(*names):
                return SimpleNamespace(order_by=lambda *fields: tagged)

    class Apps:
        @staticmethod
        def get_model(app_label, name):
            return OldTags if name == "NewsPageTag" else historical.get_model(app_label, name)

    migration.tags_to_topics(Apps, None)

    topics = {topic.name: topic for topic in NewsTopic.objects.all()}
    assert (topics["Tax"].name_en, topics["Tax"].name_zh_hans) == ("Tax", None)
    assert (topics["自贸港政策"].name_en, topics["自贸港政策"].name_zh_hans) == (None, "自贸港政策")
    assert topics["Cross-border data"].slug == long_slug[:50]
    assert topics["Cross-border data, part two"].slug == long_slug[:48] + "-2"
    assert sorted(t.slug for t in NewsTopic.objects.get(pk=topics["Tax"].pk).news_pages.all()) == sorted(
        [first.slug, second.slug]
    )
    assert {t.name for t in first.topics.all()} == {"Tax", "自贸港政策", "Cross-border data"}
