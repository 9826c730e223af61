"""Every page carries a Content-Security-Policy and a Permissions-Policy, the same in every environment.

Public pages run scripts and styles from this site only; the pay page adds exactly what Stripe.js needs,
from the Stripe settings; the admins, whose templates carry inline scripts, get their own policy.
"""

import json

import pytest
from django.urls import reverse

from tests.accounts.factories import UserFactory
from tests.factories import NewsPageFactory
from tests.home.test_deploy import _manage
from tests.payments.conftest import awaiting_request, requester_client  # noqa: F401
from tests.services.conftest import paid_service, provider, provider_index, service_index  # noqa: F401

pytestmark = pytest.mark.django_db

UNSAFE = ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "https:", "http:")


def policy_of(response, header="Content-Security-Policy"):
    """The header as directive → list of sources."""
    assert header in response, f"no {header} header"
    directives = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_strict(policy, directives=("script-src", "style-src", "connect-src")):
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    for directive in directives:
        assert not set(policy[directive]) & set(UNSAFE), (directive, policy[directive])


def test_public_page_runs_only_this_sites_scripts_and_styles(client, site_tree):
    policy = policy_of(client.get("/en/"))
    assert_strict(policy)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]


def test_parks_map_may_load_its_tiles(client, site_tree, settings):
    policy = policy_of(client.get("/en/parks/"))
    assert "https://tile.openstreetmap.org" in policy["img-src"]
    assert settings.PARKS_MAP_TILES["url"].startswith("https://tile.openstreetmap.org/")


def test_account_page_carries_the_same_policy(client, site_tree):
    client.force_login(UserFactory())
    response = client.get("/en/account/profile/")
    assert response.status_code == 200
    assert_strict(policy_of(response))


def test_pay_page_allows_stripe_js_where_settings_point_it(
    requester_client,
    awaiting_request,  # noqa: F811
    localstripe,
):
    response = requester_client.get(reverse("payments:pay", args=[awaiting_request.reference]))
    assert response.status_code == 200
    assert localstripe.js_url.encode() in response.content
    policy = policy_of(response)
    assert_strict(policy, directives=("script-src", "connect-src"))
    for directive in ("script-src", "frame-src", "connect-src"):
        assert localstripe.url in policy[directive], directive
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]  # Stripe.js styles the elements around its frames


def test_pay_page_allows_stripes_own_hosts_in_production(
    requester_client,
    awaiting_request,  # noqa: F811
    settings,
):
    settings.STRIPE_JS_URL = "https://js.stripe.com/v3/"
    settings.STRIPE_API_BASE = "https://api.stripe.com"
    policy = policy_of(requester_client.get(reverse("payments:pay", args=[awaiting_request.reference])))
    assert policy["script-src"] == ["'self'", "https://js.stripe.com", "https://*.js.stripe.com"]
    assert {"https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"} <= set(policy["frame-src"])
    assert policy["connect-src"] == ["'self'", "https://api.stripe.com"]


def test_other_pages_do_not_allow_stripe(client, site_tree, stripe_settings, localstripe):
    policy = policy_of(client.get("/en/"))
    assert not any(localstripe.url in sources for sources in policy.values())


def test_media_served_from_another_host_may_be_shown(client, site_tree, settings):
    settings.MEDIA_URL = "https://media.haikou-offshore.example.cn/media/"
    policy = policy_of(client.get("/en/"))
    assert "https://media.haikou-offshore.example.cn" in policy["img-src"]
    assert "https://media.haikou-offshore.example.cn" not in policy["script-src"]


def test_wagtail_admin_gets_the_admin_policy(client):
    policy = policy_of(client.get("/admin/login/"))
    # Wagtail's templates carry inline scripts and styles; nothing else is loosened.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]


def test_wagtail_preview_keeps_the_public_policy_but_may_be_framed_by_the_admin(site_tree):
    story = NewsPageFactory(parent=site_tree["news"])
    policy = policy_of(story.make_preview_request())
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_permissions_policy_turns_off_what_the_site_never_uses(client, site_tree):
    response = client.get("/en/")
    features = dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "serial", "display-capture"):
        assert features[feature] == "()", feature


def test_production_sends_the_policies_the_tests_run_under(settings):
    script = (
        "import json; from django.conf import settings as s; print(json.dumps("
        "[s.CONTENT_SECURITY_POLICY, s.ADMIN_CONTENT_SECURITY_POLICY, s.PERMISSIONS_POLICY, s.MIDDLEWARE]))"
    )
    result = _manage("shell", "--no-imports", "-c", script)
    assert result.returncode == 0, result.stderr
    csp, admin_csp, permissions, middleware = json.loads(result.stdout.strip().splitlines()[-1])
    assert csp == json.loads(json.dumps(settings.CONTENT_SECURITY_POLICY))
    assert admin_csp == json.loads(json.dumps(settings.ADMIN_CONTENT_SECURITY_POLICY))
    assert permissions == settings.PERMISSIONS_POLICY
    for name in ("core.csp.ContentSecurityPolicyMiddleware", "django_permissions_policy.PermissionsPolicyMiddleware"):
        assert name in middleware
