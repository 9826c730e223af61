"""The demo marketplace: enough organisations and public listings, in both languages, matching each other."""

import pytest
from django.core import mail
from django.db import transaction

from accounts.models import Organisation
from demo import marketplace as data
from demo.marketplace_loader import load_marketplace
from opportunities.models import Listing, ListingKind, Match
from sectors.models import Sector

pytestmark = pytest.mark.django_db

ENGLISH_CONTACT = "priya.raman@lumina-vision.example.com"
CHINESE_CONTACT = "chenzhiyuan@kangrui-medical.example.cn"


@pytest.fixture(scope="module")
def marketplace(django_db_setup, django_db_blocker):
    """Loaded once for this module (it takes seconds) inside a transaction rolled back at the end.

    Each test still runs in its own savepoint, so what one test changes, the next does not see.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_marketplace()
        transaction.set_rollback(True)


def _counts():
    return {model.__name__: model.objects.count() for model in (Organisation, Listing, Match)}


def test_demo_marketplace_has_twenty_organisations_and_forty_public_listings(marketplace):
    assert Organisation.objects.count() >= 20
    assert Listing.objects.public().count() >= 40


def test_demo_listings_cover_every_kind(marketplace):
    kinds = set(Listing.objects.public().values_list("kind", flat=True))
    assert kinds == set(ListingKind.values)


def test_demo_listings_cover_every_sector(marketplace):
    sectors = set(Listing.objects.public().values_list("sectors__code", flat=True))
    assert sectors == set(Sector.objects.values_list("code", flat=True))


def test_demo_listings_are_about_half_in_each_language(marketplace):
    public = Listing.objects.public()
    chinese = public.filter(original_language="zh-hans").count()
    assert 0.4 <= chinese / public.count() <= 0.6


def test_some_demo_listings_have_no_translation_so_the_original_language_shows(marketplace):
    public = Listing.objects.public()
    assert public.filter(translated_title="").exists()
    assert public.exclude(translated_title="").exists()


def test_every_demo_subfield_belongs_to_one_of_its_listings_sectors(marketplace):
    for listing in Listing.objects.prefetch_related("sectors", "subfields"):
        sector_ids = {sector.pk for sector in listing.sectors.all()}
        assert all(subfield.sector_id in sector_ids for subfield in listing.subfields.all()), listing.title


def test_every_demo_listing_has_its_codes(marketplace):
    """A code misspelt in the data would silently drop a tag; every tag in the data must exist."""
    for item in data.LISTINGS:
        listing = Listing.objects.get(title=item["title"])
        assert listing.keywords.count() == len(item["keywords"]), item["key"]
        assert listing.subfields.count() == len(item["subfields"]), item["key"]
        assert listing.cooperation_types.count() == len(item["cooperation"]), item["key"]
        assert listing.target_regions.count() == len(item["target_regions"]), item["key"]


def test_loading_the_demo_marketplace_twice_changes_nothing(marketplace):
    before = _counts()
    second = load_marketplace()
    assert _counts() == before
    assert (second["organisations"], second["users"], second["listings"]) == (0, 0, 0)


@pytest.mark.parametrize("email", [ENGLISH_CONTACT, CHINESE_CONTACT])
def test_demo_users_log_in_with_the_printed_password(client, marketplace, email):
    client.post("/en/accounts/login/", {"login": email, "password": marketplace["password"]})
    assert "_auth_user_id" in client.session


def test_demo_users_belong_to_their_organisation_and_read_its_language(marketplace):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.select_related("profile__organisation").get(email=CHINESE_CONTACT)
    assert user.profile.organisation.name == "海南康瑞医疗集团有限公司"
    assert user.profile.preferred_language == "zh-hans"


def test_demo_chinese_requests_match_english_offers(marketplace):
    pytest.importorskip("opportunities.matching")
    cross_language = Match.objects.filter(listing__original_language="zh-hans", candidate__original_language="en")
    assert cross_language.count() >= 10


def test_chinese_ai_imaging_request_is_matched_first_with_the_singapore_offer(marketplace):
    pytest.importorskip("opportunities.matching")
    request = Listing.objects.get(title="引进基层医院AI胸部CT与眼底影像辅助诊断技术")
    best = Match.objects.filter(listing=request).select_related("candidate__organisation").first()
    assert best.candidate.organisation.name == "Lumina Vision Health Pte. Ltd."


def test_demo_users_are_not_emailed_about_demo_matches(marketplace):
    matching = pytest.importorskip("opportunities.match_alerts")
    mail.outbox.clear()
    matching.send_match_alerts()
    assert mail.outbox == []


OBVIOUS_PAIRS = [  # (listing, the partner a person would expect among its first three matches)
    ("kangrui-ai-imaging", "lumina-screening-offer"),
    ("lumina-series-a", "yelin-fund"),
    ("lvyuan-pbat-supply", "biopoly-compounds"),  # the PBAT mulch request and the PBAT compound offer
    ("biopoly-compounds", "lvyuan-pbat-supply"),
    ("lvyuan-expansion", "alpine-growth"),
    ("yunqi-pre-a", "pacific-bridge-fund"),
    ("marine-peptides-rd", "coral-coast-peptides"),
    ("nanyao-asean-distributors", "nusantara-sourcing"),
    ("haizhi-fruit-robot", "fenland-picking"),
    ("jinpeng-battery-export", "siam-battery-supplier"),
    ("jinpeng-design-outsourcing", "kansai-design-services"),
    ("qingshui-aquaculture-iot", "aquasense-buoys"),
]


@pytest.mark.parametrize("listing_key, partner_key", OBVIOUS_PAIRS)
def test_the_demo_marketplaces_obvious_pairs_match(marketplace, listing_key, partner_key):
    titles = {item["key"]: item["title"] for item in data.LISTINGS}
    listing = Listing.objects.get(title=titles[listing_key])
    top_three = [
        match.candidate.title for match in Match.objects.filter(listing=listing).select_related("candidate")[:3]
    ]
    assert titles[partner_key] in top_three
