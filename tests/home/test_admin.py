import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-chief-123")
    client.force_login(user)
    return client


@pytest.fixture
def about_page(site_tree):
    page = StandardPage(title_en="About", title_zh_hans="", slug="about", intro_en="Who we are")
    site_tree["home"].add_child(instance=page)
    page.save_revision().publish()
    return page


def _edit_form(**overrides):
    data = {
        "title_en": "About the platform",
        "title_zh_hans": "关于平台",
        "slug_en": "about",
        "slug_zh_hans": "",
        "intro_en": "Who we are",
        "intro_zh_hans": "我们是谁",
        "body_en": streamfield([("paragraph", rich_text("<p>We connect founders.</p>"))]),
        "body_zh_hans": streamfield([("paragraph", rich_text("<p>我们连接创业者。</p>"))]),
        "seo_title_en": "",
        "seo_title_zh_hans": "",
        "search_description_en": "",
        "search_description_zh_hans": "",
        "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
    }
    data.update(overrides)
    return nested_form_data(data)


def test_edit_view_has_a_field_per_language(admin_client, about_page):
    html = admin_client.get(f"/admin/pages/{about_page.pk}/edit/").content.decode()
    for name in ("title_en", "title_zh_hans", "intro_en", "intro_zh_hans", "slug_en", "slug_zh_hans"):
        assert f'name="{name}"' in html


def test_editor_translates_a_page_in_the_admin_and_readers_see_it(admin_client, client, about_page):
    response = admin_client.post(f"/admin/pages/{about_page.pk}/edit/", {**_edit_form(), "action-publish": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    chinese = client.get("/zh-hans/about/").content.decode()
    assert "关于平台" in chinese and "我们连接创业者。" in chinese
    assert "We connect founders." in client.get("/en/about/").content.decode()


def test_translation_report_lists_a_page_missing_its_chinese_title(admin_client, about_page):
    html = admin_client.get("/admin/reports/translations/results/").content.decode()
    assert "About" in html
    assert "Missing: 简体中文" in html


def test_translation_report_flags_chinese_that_is_older_than_the_english(admin_client, about_page):
    admin_client.post(f"/admin/pages/{about_page.pk}/edit/", {**_edit_form(), "action-publish": "1"})
    html = admin_client.get("/admin/reports/translations/results/").content.decode()
    assert "About the platform" not in html  # both languages complete and equally fresh

    admin_client.post(
        f"/admin/pages/{about_page.pk}/edit/", {**_edit_form(intro_en="Who we are, updated"), "action-publish": "1"}
    )
    html = admin_client.get("/admin/reports/translations/results/").content.decode()
    assert "About the platform" in html
    assert "Outdated: 简体中文" in html


def test_editors_submit_for_moderation_rather_than_publish(client, about_page):
    from django.contrib.auth.models import Group

    editor = get_user_model().objects.create_user("ed", "ed@example.org", "pw-ed-123456")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.post(f"/admin/pages/{about_page.pk}/edit/", {**_edit_form(), "action-submit": "1"})
    assert response.status_code == 302
    about_page.refresh_from_db()
    assert about_page.current_workflow_state is not None
    assert about_page.current_workflow_state.status == "in_progress"
    assert "关于平台" not in client.get("/zh-hans/about/").content.decode()
