"""List cards are kept as fragments, one per version of what they show, so a list renders only what changed."""

from tests.accounts.factories import OrganisationFactory
from tests.factories import NewsPageFactory, PolicyPageFactory
from tests.opportunities.factories import ListingFactory


def test_an_articles_card_shows_a_published_change_at_once_in_both_languages(client, site_tree):
    article = NewsPageFactory(parent=site_tree["news"], title_en="Port opens", title_zh_hans="港口开放")
    NewsPageFactory(parent=site_tree["news"], title_en="Visa rules eased", title_zh_hans="签证放宽")
    assert "Port opens</a>" in client.get("/en/news/").content.decode()
    assert "港口开放</a>" in client.get("/zh-hans/news/").content.decode()

    article.title_en = "Port opens early"
    article.title_zh_hans = "港口提前开放"
    article.save_revision().publish()

    english = client.get("/en/news/").content.decode()
    chinese = client.get("/zh-hans/news/").content.decode()
    assert "Port opens early</a>" in english and "Visa rules eased</a>" in english
    assert "港口提前开放</a>" in chinese and "签证放宽</a>" in chinese


def test_a_policy_card_and_the_home_pages_cards_follow_their_pages(client, site_tree):
    policy = PolicyPageFactory(parent=site_tree["policies"], title_en="Tax holiday", title_zh_hans="免税期")
    assert "Tax holiday</a>" in client.get("/en/policies/").content.decode()
    policy.title_en = "Tax holiday extended"
    policy.save_revision().publish()
    assert "Tax holiday extended</a>" in client.get("/en/policies/").content.decode()


def test_a_listing_card_shows_its_organisation_verified_at_once(client, db):
    organisation = OrganisationFactory(name="Blue Ocean Labs", is_verified=False)
    ListingFactory(organisation=organisation, title="Ocean sensors")
    before = client.get("/en/opportunities/").content.decode()
    assert "Blue Ocean Labs" in before and "Verified</span>" not in before
    organisation.is_verified = True
    organisation.save()
    assert "Verified</span>" in client.get("/en/opportunities/").content.decode()
