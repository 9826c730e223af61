"""Every public form renders the same way: GOV.UK's error summary, "(optional)" markers and "Choose…" selects."""

import re
from html.parser import HTMLParser

import pytest
from django import forms
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from tests.opportunities.factories import make_member
from tests.opportunities.test_manage import listing_data, vocabulary  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


class PageStructure(HTMLParser):
    """The ids on a page, the error summary's links and the attributes of every input, select and textarea."""

    def __init__(self, html):
        super().__init__()
        self.ids, self.summary_links, self.inputs, self.summary = set(), [], {}, None
        self._in_summary = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "data-error-summary" in attrs:
            self.summary, self._in_summary = attrs, 1
        elif self._in_summary and tag == "div":
            self._in_summary += 1
        if self._in_summary and tag == "a":
            self.summary_links.append(attrs["href"])
        if tag in ("input", "select", "textarea") and "id" in attrs:
            self.inputs[attrs["id"]] = attrs

    def handle_endtag(self, tag):
        if self._in_summary and tag == "div":
            self._in_summary -= 1


@pytest.fixture
def member(client):
    user = make_member()
    client.force_login(user)
    return user


def post_listing_with_errors(client, vocabulary, language="en"):
    data = listing_data(vocabulary, title="", sectors=[], budget_min="900", budget_max="100")
    with translation.override(language):
        return client.post(reverse("opportunities:create"), data)


def test_error_summary_links_point_to_inputs_that_exist(client, member, vocabulary):
    page = PageStructure(post_listing_with_errors(client, vocabulary).content.decode())

    assert page.summary_links == ["#id_title", "#id_sectors_0", "#id_budget_max"]
    assert all(link[1:] in page.ids for link in page.summary_links)


def test_error_summary_is_an_alert_that_can_take_the_focus(client, member, vocabulary):
    html = post_listing_with_errors(client, vocabulary).content.decode()
    page = PageStructure(html)

    assert page.summary["role"] == "alert"
    assert page.summary["tabindex"] == "-1"
    assert '<h2 id="error-summary-title" class="error-summary-title">There is a problem</h2>' in html
    assert html.index("data-error-summary") < html.index('id="id_title"')  # at the top of the form


def test_page_title_says_there_is_an_error(client, member, vocabulary):
    html = post_listing_with_errors(client, vocabulary).content.decode()

    assert re.search(r"<title>Error: Post a listing", html)
    assert "<title>Error:" not in client.get(reverse("opportunities:create")).content.decode()


def test_each_field_shows_its_error_and_points_its_input_at_it(client, member, vocabulary):
    page = PageStructure(post_listing_with_errors(client, vocabulary).content.decode())

    title = page.inputs["id_title"]
    assert title["aria-invalid"] == "true"
    assert "id_title_errors" in title["aria-describedby"].split()
    assert "id_title_errors" in page.ids


def test_non_field_errors_come_first_in_the_summary():
    class BookingForm(forms.Form):
        name = forms.CharField()

        def clean(self):
            raise forms.ValidationError("The hall is closed that day.")

    form = BookingForm({})
    html = Template("{% load form_tags %}{% error_summary form %}").render(Context({"form": form}))

    assert html.index("The hall is closed that day.") < html.index('href="#id_name"')


def test_selects_offer_choose_instead_of_dashes(client, member):
    html = client.get(reverse("opportunities:create")).content.decode()

    assert '<option value="" selected>Choose…</option>' in html
    assert "---------" not in html


def test_selects_offer_choose_in_chinese(client, member):
    html = client.get("/zh-hans" + reverse("opportunities:create")[3:]).content.decode()

    assert "---------" not in html
    assert "请选择…" in html  # passes once the Chinese catalogue has the new string


def test_optional_fields_are_marked_and_required_ones_carry_required(client, member):
    page = PageStructure(client.get(reverse("opportunities:create")).content.decode())
    html = client.get(reverse("opportunities:create")).content.decode()

    assert re.search(r'<label for="id_budget_min">[^<]*<span class="optional">\(optional\)</span></label>', html)
    assert re.search(r'<label for="id_title">Title</label>', html)
    assert page.inputs["id_title"]["aria-required"] == "true"
    assert "required" in page.inputs["id_title"]
    assert "required" not in page.inputs["id_budget_min"]


def test_a_whole_form_rendered_with_form_tag_gets_the_shared_templates():
    class NewsletterForm(forms.Form):
        email = forms.EmailField(label="Email address")
        topic = forms.ChoiceField(choices=[("", "---------"), ("parks", "Parks")], required=False)

    html = Template("{{ form }}").render(Context({"form": NewsletterForm({"email": "nope"})}))

    assert "data-error-summary" in html
    assert 'href="#id_email"' in html
    assert '<option value="" selected>Choose…</option>' in html
    assert '<span class="optional">(optional)</span>' in html
