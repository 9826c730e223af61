"""The contact page: a fixed form that stores each message, emails the team and confirms to the sender."""

import pytest
from django.core import mail
from wagtail.models import Site

from home.contact import MESSAGES_PER_HOUR
from home.models import ContactMessage, ContactPage, SiteSettings
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db

TEAM = "hello@offshore-haikou.example.cn"


class ContactPageFactory(PageFactory):
    class Meta:
        model = ContactPage

    title_en = "Contact us"
    title_zh_hans = "联系我们"
    slug = "contact"
    intro_en = "Write to the platform team."
    intro_zh_hans = "欢迎给平台团队留言。"


@pytest.fixture
def contact_page(site_tree):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = TEAM
    settings.save()
    return ContactPageFactory(parent=site_tree["home"])


def valid_message(**fields):
    return {
        "name": "Amelia Hart",
        "email": "amelia@example.com",
        "organisation": "Lumina Vision",
        "topic": "services",
        "message": "We would like to register a company in Haikou.",
        "privacy_consent": "on",
        **fields,
    }


def test_a_valid_message_is_stored_and_the_sender_sees_thanks(client, contact_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/contact/", valid_message(), follow=True)
    message = ContactMessage.objects.get()
    assert (message.name, message.email, message.topic, message.language) == (
        "Amelia Hart",
        "amelia@example.com",
        "services",
        "en",
    )
    assert "Thank you, your message has been sent" in response.content.decode()


def test_the_team_gets_the_message_and_the_sender_a_confirmation(
    client, contact_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/contact/", valid_message())
    by_recipient = {email.to[0]: email for email in mail.outbox}
    assert set(by_recipient) == {TEAM, "amelia@example.com"}
    assert "We would like to register a company in Haikou." in by_recipient[TEAM].body
    assert "Amelia Hart" in by_recipient[TEAM].subject
    assert "We have received your message" in by_recipient["amelia@example.com"].subject


def test_a_chinese_sender_gets_the_confirmation_in_chinese(client, contact_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/zh-hans/contact/", valid_message(name="王思琪", email="wang@example.cn"))
    confirmation = next(email for email in mail.outbox if email.to == ["wang@example.cn"])
    assert ContactMessage.objects.get().language == "zh-hans"
    assert confirmation.subject == "我们已收到您的留言"  # needs the translation merge
    assert confirmation.body.startswith("尊敬的用户：")


def test_the_confirmation_to_the_typed_address_echoes_nothing_the_sender_wrote(
    client, contact_page, django_capture_on_commit_callbacks
):
    relayed = "Claim your prize at prize.example"
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/contact/", valid_message(name=relayed, email="stranger@example.com", message=relayed))
    confirmation = next(email for email in mail.outbox if email.to == ["stranger@example.com"])
    parts = [confirmation.subject, confirmation.body] + [content for content, _type in confirmation.alternatives]
    assert not any(relayed in part for part in parts)
    assert confirmation.body.startswith("Hello,")


def test_the_teams_subject_shows_the_name_as_typed_not_html_escaped(
    client, contact_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/contact/", valid_message(name="Hart & O'Neil"))
    team_copy = next(email for email in mail.outbox if email.to == [TEAM])
    assert "Hart & O'Neil" in team_copy.subject


def test_an_invalid_message_shows_the_errors_and_keeps_what_was_typed(client, contact_page):
    response = client.post("/en/contact/", valid_message(email="not-an-address", privacy_consent=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert 'href="#id_email"' in html and 'href="#id_privacy_consent"' in html
    assert 'value="Amelia Hart"' in html
    assert "We would like to register a company in Haikou." in html
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_the_privacy_consent_is_required(client, contact_page):
    data = valid_message()
    del data["privacy_consent"]
    response = client.post("/en/contact/", data)
    assert "Tick the box to agree to the privacy notice" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_the_consent_links_to_the_live_privacy_policy(client, contact_page, site_tree):
    from tests.home.test_legal_pages import legal_page

    legal_page(site_tree, "privacy", version="2026-12-01")
    html = client.get("/en/contact/").content.decode()
    assert '<a href="/en/privacy/">Read the privacy notice</a>' in html
    client.post("/en/contact/", valid_message())
    assert ContactMessage.objects.get().privacy_version == "2026-12-01"


def test_sending_is_limited_per_client(client, contact_page):
    for _ in range(MESSAGES_PER_HOUR):
        client.post("/en/contact/", valid_message())
    response = client.post("/en/contact/", valid_message())
    assert "the most allowed" in response.content.decode()
    assert ContactMessage.objects.count() == MESSAGES_PER_HOUR


def test_a_filled_honeypot_looks_sent_but_stores_nothing(client, contact_page):
    response = client.post("/en/contact/", valid_message(website="http://spam.example"))
    assert response.status_code == 302
    assert not ContactMessage.objects.exists()


@pytest.mark.parametrize(
    "junk",
    [
        {"topic": "no-such-topic"},
        {"message": "x" * 20_000},
        {"email": "a@" + "b" * 300 + ".com"},
        {"name": "\x00"},
    ],
)
def test_junk_input_gives_a_form_error_not_a_server_error(client, contact_page, junk):
    response = client.post("/en/contact/", valid_message(**junk))
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_repeated_fields_do_not_cause_a_server_error(client, contact_page):
    response = client.post("/en/contact/", valid_message(topic=["services", "bogus"], name=["a", "b"]))
    assert response.status_code == 200
    assert not ContactMessage.objects.exists()


def test_other_methods_are_refused(client, contact_page):
    assert client.put("/en/contact/").status_code == 405
