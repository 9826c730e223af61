"""The listing form: sub-fields grouped by sector and checked on the server, the keyword list, collapsed extras."""

import re

import pytest
from django.urls import reverse

from tests.factories import SectorFactory
from tests.opportunities.factories import SubFieldFactory, TechnologyKeywordFactory, make_member
from tests.opportunities.test_manage import listing_data, vocabulary  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    user = make_member()
    client.force_login(user)
    return user


def test_without_javascript_every_sectors_sub_fields_are_listed_under_their_sector(client, member, vocabulary):
    other = SectorFactory(name_en="Modern Biomedicine")
    SubFieldFactory(sector=other, name_en="Medical devices")

    html = client.get(reverse("opportunities:create")).content.decode()

    groups = re.findall(r'<fieldset class="subfield-group" data-sector="(\d+)">\s*<legend>([^<]+)</legend>', html)
    assert {int(pk) for pk, _ in groups} == {vocabulary["sector"].pk, other.pk}
    assert "Modern Biomedicine" in [name for _, name in groups]
    assert re.search(r'data-sector="%d">.*?Medical devices' % other.pk, html, re.S)


def test_a_sub_field_of_a_sector_not_chosen_is_rejected_with_a_clear_error(client, member, vocabulary):
    stray = SubFieldFactory(sector=SectorFactory(), name_en="Gene therapy")

    response = client.post(
        reverse("opportunities:create"), listing_data(vocabulary, subfields=[vocabulary["subfield"].pk, stray.pk])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "“Gene therapy” does not belong to the sectors you chose." in html
    assert 'href="#id_subfields_0"' in html and 'id="id_subfields_0"' in html


def test_sub_fields_of_the_chosen_sectors_are_saved(client, member, vocabulary):
    response = client.post(reverse("opportunities:create"), listing_data(vocabulary))

    assert response.status_code == 302


def test_the_keyword_list_is_a_plain_checkbox_list_with_a_filter_label_for_the_script(client, member):
    TechnologyKeywordFactory(name_en="Blockchain")

    html = client.get(reverse("opportunities:create")).content.decode()

    assert re.search(r'<div id="id_keywords">.*?Blockchain', html, re.S)
    assert 'data-keyword-filter-label="Filter the keywords"' in html
    assert "opportunities/listing_form.js" in html


def test_the_translation_fields_are_collapsed_until_they_hold_something(client, member, vocabulary):
    empty = client.get(reverse("opportunities:create")).content.decode()
    with_error = client.post(
        reverse("opportunities:create"), listing_data(vocabulary, translated_summary="Résumé")
    ).content.decode()

    assert re.search(r'<details class="form-optional">\s*<summary>Add a translation', empty)
    assert re.search(r'<details class="form-optional" open>\s*<summary>Add a translation', with_error)
    assert "Add the translated title too, or leave both empty." in with_error
