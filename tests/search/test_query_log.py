"""What readers search for is counted, and editors read it in Reports → Search terms."""

import re

import pytest
from django.contrib.auth import get_user_model

from search.models import SearchQueryLog
from search.query_log import record_search

pytestmark = pytest.mark.usefixtures("embedded_search")


def test_each_search_counts_once_per_query_language_and_day(client, platform_pages):
    client.get("/en/search/?q=Yaogu")
    client.get("/en/search/?q=yaogu ")
    client.get("/zh-hans/search/?q=yaogu")
    rows = {(row.query, row.language): (row.hits, row.result_count) for row in SearchQueryLog.objects.all()}
    assert rows == {("yaogu", "en"): (2, 1), ("yaogu", "zh-hans"): (1, 1)}


def test_refining_or_paging_a_search_is_not_counted_again(client, platform_pages):
    client.get("/en/search/?q=yaogu")
    client.get("/en/search/?q=yaogu&type=park")
    client.get("/en/search/?q=yaogu&page=2")
    assert SearchQueryLog.objects.get().hits == 1


def test_a_search_without_results_is_logged_with_zero_results(client, platform_pages):
    client.get("/en/search/?q=spaceport")
    assert SearchQueryLog.objects.get(query="spaceport").result_count == 0


def test_logging_a_search_is_one_statement(db, django_assert_num_queries):
    record_search("vaccine", "en", 3)
    with django_assert_num_queries(3):  # the upsert inside a savepoint and its release
        record_search("Vaccine", "en", 4)
    assert SearchQueryLog.objects.get().hits == 2


@pytest.fixture
def admin_client(client, db):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(admin)
    return client


def _cell(text):
    return re.compile(rf"<td[^>]*>\s*{text}\s*</td>")


def _log(query, hits, results, language="en"):
    for _ in range(hits):
        record_search(query, language, results)


def test_report_lists_popular_searches_first(admin_client):
    _log("tax", 5, 12)
    _log("visa", 2, 3)
    html = admin_client.get("/admin/reports/search-terms/").content.decode()
    assert "Search terms" in html
    assert _cell("tax").search(html).start() < _cell("visa").search(html).start()


def test_report_filters_searches_that_found_nothing(admin_client):
    _log("tax", 5, 12)
    _log("spaceport", 2, 0)
    html = admin_client.get("/admin/reports/search-terms/?results=none").content.decode()
    assert _cell("spaceport").search(html) and not _cell("tax").search(html)


def test_report_is_under_the_reports_menu_once(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert html.count("/admin/reports/search-terms/") == 1
    assert "/admin/searchpicks/search-terms/" not in html


def test_report_is_closed_to_editors_without_permission(client, db):
    from django.contrib.auth.models import Permission

    editor = get_user_model().objects.create_user("ed", "ed@example.com", "pw", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get("/admin/reports/search-terms/")
    assert response.status_code in (302, 403)
