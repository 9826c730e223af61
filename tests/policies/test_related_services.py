"""A policy links to the services that act on it, and each such service links back."""

from tests.factories import PolicyPageFactory
from tests.services.factories import ServiceIndexPageFactory, ServicePageFactory


def _work_permit_pair(site_tree):
    services = ServiceIndexPageFactory(parent=site_tree["home"])
    service = ServicePageFactory(parent=services, slug="work-permit-and-visa", title_en="Work permit and visa")
    policy = PolicyPageFactory(parent=site_tree["policies"], slug="work-permit", title_en="Work permit facilitation")
    policy.related_services = [service]
    policy.save_revision().publish()
    return policy, service


def test_policy_page_lists_the_services_that_help_with_it(client, site_tree):
    _work_permit_pair(site_tree)
    html = client.get("/en/policies/work-permit/").content.decode()
    assert "Services that help with this policy" in html
    assert '<a href="/en/services/work-permit-and-visa/">Work permit and visa</a>' in html


def test_service_page_lists_the_policies_it_acts_on(client, site_tree):
    _work_permit_pair(site_tree)
    html = client.get("/en/services/work-permit-and-visa/").content.decode()
    assert "Related policies" in html
    assert '<a href="/en/policies/work-permit/">Work permit facilitation</a>' in html


def test_unpublished_service_is_not_linked_from_the_policy(client, site_tree):
    _policy, service = _work_permit_pair(site_tree)
    service.unpublish()
    assert "Services that help with this policy" not in client.get("/en/policies/work-permit/").content.decode()


def test_policy_without_linked_services_shows_no_empty_section(client, site_tree):
    PolicyPageFactory(parent=site_tree["policies"], slug="tax")
    assert "Services that help with this policy" not in client.get("/en/policies/tax/").content.decode()
