"""Account pages work in Chinese, with allauth's own Chinese text, and link to each other."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from .factories import OrganisationFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


def test_login_page_is_in_chinese(client):
    html = client.get("/zh-hans/accounts/login/").content.decode()
    assert '<html lang="zh-hans">' in html
    assert "登录" in html and "忘记密码？" in html


def test_signup_page_is_in_chinese(client):
    assert "注册" in client.get("/zh-hans/accounts/signup/").content.decode()


def test_password_reset_page_is_in_chinese(client):
    assert "重置密码" in client.get("/zh-hans/accounts/password/reset/").content.decode()


def test_failed_login_error_is_in_chinese(client):
    user = UserFactory()
    html = client.post("/zh-hans/accounts/login/", {"login": user.email, "password": "wrong"}).content.decode()
    assert "您输入的电子邮箱或密码不正确。" in html


def test_account_pages_render_in_chinese(client):
    client.force_login(make_member(UserFactory(), OrganisationFactory()))
    for url in (
        "/zh-hans/account/profile/",
        "/zh-hans/account/organisation/",
        "/zh-hans/accounts/email/",
        "/zh-hans/accounts/password/change/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert '<html lang="zh-hans">' in response.content.decode()


def test_organisation_form_lists_countries_in_chinese(client):
    client.force_login(UserFactory())
    assert "新加坡" in client.get("/zh-hans/account/organisation/").content.decode()


def test_public_organisation_page_in_chinese_shows_country_in_chinese(client):
    organisation = OrganisationFactory(country="SG")
    assert "新加坡" in client.get(f"/zh-hans/account/organisations/{organisation.pk}/").content.decode()


def _nav(user):
    request = RequestFactory().get("/en/")
    request.user = user
    return render_to_string("includes/account_nav.html", {"user": user}, request=request)


def test_account_nav_offers_login_and_signup_to_visitors():
    html = _nav(AnonymousUser())
    assert 'href="/en/accounts/login/' in html and 'href="/en/accounts/signup/"' in html


def test_account_nav_offers_organisation_and_logout_to_members():
    html = _nav(UserFactory())
    assert 'href="/en/account/organisation/"' in html
    assert '<form class="logout-form" method="post" action="/en/accounts/logout/">' in html


def test_account_nav_links_stay_in_the_page_language():
    with translation.override("zh-hans"):
        html = _nav(AnonymousUser())
    assert 'href="/zh-hans/accounts/signup/"' in html
