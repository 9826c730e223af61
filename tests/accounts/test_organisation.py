"""Creating and editing one's own organisation, and its public page."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from accounts.models import Organisation, Profile
from tests.factories import SectorFactory

from .factories import OrganisationFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


def _png(size=(64, 64), noise=False):
    if noise:  # random pixels do not compress, so the file is as large as the raw image
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (11, 92, 173))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _form(**overrides):
    data = {
        "name": "Blue Reef Robotics",
        "kind": "startup",
        "country": "SG",
        "city": "Singapore",
        "founded_year": "2019",
        "size": "10-49",
        "website": "https://bluereef.example.com",
        "description": "Underwater inspection robots.",
    }
    data.update(overrides)
    return data


@pytest.fixture
def member_client(client):
    user = UserFactory()
    client.force_login(user)
    client.user = user
    return client


def test_organisation_page_requires_login(client):
    response = client.get("/en/account/organisation/")
    assert response["Location"].startswith("/en/accounts/login/")


def test_user_without_organisation_creates_one_and_acts_for_it(member_client):
    sector = SectorFactory(code="digital-economy", name_en="Digital economy")
    response = member_client.post("/en/account/organisation/", _form(sectors=[sector.pk]))
    organisation = Organisation.objects.get(name="Blue Reef Robotics")
    assert response["Location"] == f"/en/account/organisations/{organisation.pk}/"
    assert Profile.objects.get(user=member_client.user).organisation == organisation
    assert list(organisation.sectors.all()) == [sector]


def test_user_with_an_organisation_edits_it_instead_of_creating_another(member_client):
    organisation = OrganisationFactory(name="Old name")
    make_member(member_client.user, organisation)
    member_client.post("/en/account/organisation/", _form(name="New name"))
    organisation.refresh_from_db()
    assert organisation.name == "New name"
    assert Organisation.objects.count() == 1


def test_edit_form_is_filled_with_the_users_organisation(member_client):
    make_member(member_client.user, OrganisationFactory(name="Coral Analytics"))
    assert 'value="Coral Analytics"' in member_client.get("/en/account/organisation/").content.decode()


def test_founding_year_in_the_future_is_rejected(member_client):
    response = member_client.post("/en/account/organisation/", _form(founded_year="2999"))
    assert "The founding year cannot be in the future." in response.content.decode()
    assert not Organisation.objects.exists()


def test_founding_year_before_1800_is_rejected(member_client):
    response = member_client.post("/en/account/organisation/", _form(founded_year="1066"))
    assert "Ensure this value is greater than or equal to 1800." in response.content.decode()
    assert not Organisation.objects.exists()


def test_required_fields_are_explained(member_client):
    response = member_client.post("/en/account/organisation/", _form(name="", country=""))
    html = response.content.decode()
    # Each message shows beside its field and, as a link to it, in the error summary at the top.
    assert html.count('<p class="field-error">This field is required.</p>') == 2
    assert html.count('<a href="#id_name">') == 1


def test_png_logo_is_accepted(member_client):
    logo = SimpleUploadedFile("logo.png", _png(), content_type="image/png")
    member_client.post("/en/account/organisation/", _form(logo=logo))
    assert Organisation.objects.get().logo.name.startswith("logos/")


def test_text_file_renamed_png_is_rejected_as_logo(member_client):
    fake = SimpleUploadedFile("logo.png", b"this is not an image at all", content_type="image/png")
    response = member_client.post("/en/account/organisation/", _form(logo=fake))
    assert "Upload a PNG, JPEG or WebP image." in response.content.decode()
    assert not Organisation.objects.exists()


def test_gif_logo_is_rejected(member_client):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, format="GIF")
    gif = SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")
    response = member_client.post("/en/account/organisation/", _form(logo=gif))
    assert "Upload a PNG, JPEG or WebP image." in response.content.decode()


def test_logo_over_2_mb_is_rejected(member_client):
    content = _png(size=(1000, 1000), noise=True)
    assert len(content) > 2 * 1024 * 1024
    big = SimpleUploadedFile("logo.png", content, content_type="image/png")
    response = member_client.post("/en/account/organisation/", _form(logo=big))
    assert "The logo must be 2 MB or smaller." in response.content.decode()
    assert not Organisation.objects.exists()


def test_user_can_only_edit_their_own_organisation(member_client):
    """The edit page takes no id: posting it never touches someone else's organisation."""
    other = OrganisationFactory(name="Someone else's")
    make_member(UserFactory(), other)
    make_member(member_client.user, OrganisationFactory(name="Mine"))
    member_client.post(f"/en/account/organisation/?pk={other.pk}", _form(name="Hijacked", id=other.pk))
    other.refresh_from_db()
    assert other.name == "Someone else's"
    assert Profile.objects.get(user=member_client.user).organisation.name == "Hijacked"


def test_public_page_shows_the_organisation(client):
    organisation = OrganisationFactory(
        name="Coral Analytics", kind="research", country="MY", sectors=[SectorFactory(name_en="Marine science")]
    )
    html = client.get(f"/en/account/organisations/{organisation.pk}/").content.decode()
    for text in (
        "Coral Analytics",
        "University or research institute",
        "Malaysia",
        "Marine science",
        "We build offshore software for global customers.",
    ):
        assert text in html


def test_public_page_escapes_what_members_wrote(client):
    organisation = OrganisationFactory(name="<script>alert(1)</script>", description="<b>bold</b>")
    html = client.get(f"/en/account/organisations/{organisation.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


def test_unverified_organisation_has_no_badge(client):
    organisation = OrganisationFactory()
    html = client.get(f"/en/account/organisations/{organisation.pk}/").content.decode()
    assert 'class="badge"' not in html


def test_unknown_organisation_is_404(client):
    assert client.get("/en/account/organisations/999999/").status_code == 404
