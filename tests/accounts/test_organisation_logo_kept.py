"""A logo chosen on the organisation form survives an error elsewhere in the form."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.models import Organisation

from .test_organisation import _form, _png, member_client  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

URL = "/en/account/organisation/"


def test_a_logo_is_kept_across_an_error_and_saved_on_resubmit(member_client):
    logo = SimpleUploadedFile("reef.png", _png(), content_type="image/png")
    first = member_client.post(URL, {**_form(name=""), "logo": logo})
    html = first.content.decode()
    token = re.search(r'name="logo-kept" value="([^"]+)"', html).group(1)
    assert "You chose reef.png" in html

    member_client.post(URL, {**_form(), "logo-kept": token})

    organisation = Organisation.objects.get(name="Blue Reef Robotics")
    assert organisation.logo.name.startswith("logos/") and organisation.logo.name.endswith(".png")
