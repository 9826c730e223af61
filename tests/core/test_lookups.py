"""Values no column can hold (ids too big, text too long, NUL bytes) match nothing, in every query and form.

The lookups are in core/lookups.py; tests/security/test_bad_input.py sends such values to every form.
"""

import pytest
from django.db import connection

from accounts.models import Organisation
from news.models import NewsPage
from opportunities.models import Listing
from sectors.models import Sector
from tests.accounts.factories import UserFactory
from tests.factories import SectorFactory

pytestmark = pytest.mark.django_db

TOO_BIG = 99999999999999999999  # above 2**63 - 1


def test_a_list_of_ids_keeps_the_ones_a_column_can_hold():
    sector = SectorFactory()
    assert list(Sector.objects.filter(pk__in=[TOO_BIG, sector.pk])) == [sector]
    assert not Sector.objects.filter(pk__in=[TOO_BIG, str(TOO_BIG)]).exists()
    assert Sector.objects.exclude(pk__in=[TOO_BIG]).get() == sector


def test_an_id_too_big_matches_nothing_through_a_relation():
    assert not Listing.objects.filter(organisation=TOO_BIG).exists()
    assert not Listing.objects.filter(organisation__in=[TOO_BIG]).exists()
    assert not NewsPage.objects.filter(pk=TOO_BIG).exists()  # a page's pk is its link to the Page row


def test_text_longer_than_its_column_matches_nothing():
    SectorFactory(code="digital-economy", name_en="Digital Economy")
    assert not Sector.objects.filter(name_en__icontains="x" * 100_000).exists()
    assert not Sector.objects.filter(code__in=["x" * 51]).exists()
    assert Sector.objects.filter(name_en__icontains="digital economy").exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="only PostgreSQL refuses NUL bytes in text")
def test_text_with_a_nul_byte_matches_nothing():
    SectorFactory(code="digital-economy")
    assert not Sector.objects.filter(code="digital\x00economy").exists()
    assert not Sector.objects.filter(code__in=["digital\x00economy"]).exists()
    assert Sector.objects.exclude(name_en__icontains="\x00").exists()


def test_an_impossible_sector_id_in_the_organisation_form_is_an_invalid_choice(client):
    client.force_login(UserFactory())
    response = client.post(
        "/en/account/organisation/",
        {
            "name": "Blue Reef Robotics",
            "kind": "startup",
            "country": "SG",
            "city": "Singapore",
            "description": "Underwater inspection robots.",
            "sectors": [str(TOO_BIG)],
        },
    )
    assert response.status_code == 200
    assert (
        f"Select a valid choice. {TOO_BIG} is not one of the available choices."
        in response.context["form"].errors["sectors"]
    )
    assert not Organisation.objects.exists()
