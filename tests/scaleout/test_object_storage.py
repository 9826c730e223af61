"""Uploads in S3-compatible object storage (issue 15, media for several machines), against moto's server.

Public files (logos, Wagtail's images and renditions) are public objects at stable unsigned URLs under
MEDIA_URL, which the CSP allows for images. Private files (attachments) are private objects: a browser
reaches one only through the permission-checked view, which redirects to a URL signed for 60 seconds.
Every object keeps the header policy of core.media.
"""

import io
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.documents.models import Document
from wagtail.images.models import Image as WagtailImage

from core.uploads import GENERATED_NAME
from opportunities.models import Status
from tests.accounts.factories import OrganisationFactory
from tests.opportunities.factories import ListingFactory, UserFactory
from tests.opportunities.test_attachment_access import PDF, attach, download

from .s3_fixtures import running_object_store, unsigned_get, uploads_in_buckets

pytestmark = pytest.mark.django_db

PUBLIC_READ = "http://acs.amazonaws.com/groups/global/AllUsers"


def png_bytes(size=(24, 16)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 92, 173)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def object_store():
    with running_object_store() as store:
        yield store


@pytest.fixture
def buckets(object_store):
    """A fresh public and private bucket, and the site's uploads in them (the settings from their env)."""
    public, private = object_store.new_bucket(), object_store.new_bucket()
    with uploads_in_buckets(object_store.env(public, private)):
        yield {"public": public, "private": private}


def object_url(object_store, bucket, key):
    return f"{object_store.endpoint}/{bucket}/{key}"


def has_public_grant(object_store, bucket, key):
    grants = object_store.client.get_object_acl(Bucket=bucket, Key=key)["Grants"]
    return any(grant["Grantee"].get("URI") == PUBLIC_READ for grant in grants)


# Public files


def test_a_logo_is_stored_in_the_public_bucket_under_a_generated_name(object_store, buckets):
    organisation = OrganisationFactory()
    organisation.logo.save("our logo.html", ContentFile(png_bytes()), save=True)

    directory, _, name = organisation.logo.name.rpartition("/")
    assert directory == "logos" and GENERATED_NAME.match(name) and name.endswith(".png")
    object_store.client.head_object(Bucket=buckets["public"], Key=organisation.logo.name)


def test_a_logo_is_fetched_at_its_url_without_any_signature(object_store, buckets, settings):
    organisation = OrganisationFactory()
    organisation.logo.save("logo.png", ContentFile(png_bytes()), save=True)

    url = organisation.logo.url
    status, headers, body = unsigned_get(url)

    assert url == f"{settings.MEDIA_URL}{organisation.logo.name}" and not urlsplit(url).query
    assert status == 200 and Image.open(io.BytesIO(body)).size == (24, 16)
    assert headers["Content-Type"] == "image/png" and "Content-Disposition" not in headers
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_a_wagtail_image_and_its_rendition_are_public(object_store, buckets):
    image = WagtailImage.objects.create(title="Harbour", file=ImageFile(io.BytesIO(png_bytes()), name="harbour.png"))
    rendition = image.get_rendition("fill-8x8")

    for url in (image.file.url, rendition.url):
        status, headers, body = unsigned_get(url)
        assert (status, headers["Content-Type"]) == (200, "image/png")
    assert Image.open(io.BytesIO(body)).size == (8, 8)


def test_the_csp_allows_images_from_the_public_bucket(client, object_store, buckets):
    img_src = next(
        directive.split()[1:]
        for directive in client.get("/robots.txt")["Content-Security-Policy"].split(";")
        if directive.split()[0] == "img-src"
    )

    assert object_store.endpoint in img_src


def test_a_second_image_with_the_same_file_name_does_not_replace_the_first(object_store, buckets):
    first = WagtailImage.objects.create(title="One", file=ImageFile(io.BytesIO(png_bytes((5, 5))), name="photo.png"))
    second = WagtailImage.objects.create(title="Two", file=ImageFile(io.BytesIO(png_bytes((7, 7))), name="photo.png"))

    assert first.file.name != second.file.name
    assert Image.open(io.BytesIO(unsigned_get(first.file.url)[2])).size == (5, 5)


def test_wagtail_documents_are_private_objects_served_by_the_site(client, object_store, buckets):
    document = Document.objects.create(title="Guide", file=ContentFile(b"%PDF-1.4 guide", name="guide.pdf"))

    assert unsigned_get(object_url(object_store, buckets["public"], document.file.name))[0] == 403
    response = client.get(document.url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 guide"


# Private files


def test_an_attachment_is_a_private_object_that_an_unsigned_request_cannot_read(object_store, buckets):
    attachment = attach(ListingFactory(status=Status.DRAFT))

    key = attachment.file.name
    assert key.startswith("listing-attachments/") and GENERATED_NAME.match(key.rpartition("/")[2])
    assert unsigned_get(object_url(object_store, buckets["private"], key))[0] == 403
    assert not has_public_grant(object_store, buckets["private"], key)


def test_a_stored_attachment_carries_the_safe_headers(object_store, buckets):
    attachment = attach(ListingFactory(status=Status.DRAFT))

    stored = object_store.client.head_object(Bucket=buckets["private"], Key=attachment.file.name)

    assert (stored["ContentType"], stored["ContentDisposition"], stored["CacheControl"]) == (
        "application/pdf",
        "attachment",
        "private, no-store",
    )


def test_the_owner_is_redirected_to_a_url_signed_for_a_minute(client, object_store, buckets):
    listing = ListingFactory(status=Status.DRAFT)
    attachment = attach(listing)
    client.force_login(listing.owner)

    response = download(client, attachment)

    assert response.status_code == 302 and response["Cache-Control"] == "private, no-store"
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == object_url(
        object_store, buckets["private"], attachment.file.name
    )
    query = parse_qs(location.query)
    assert query["X-Amz-Expires"] == ["60"] and query["X-Amz-Signature"]


def test_the_signed_url_sends_the_file_as_a_download_under_its_own_name(client, object_store, buckets):
    listing = ListingFactory(status=Status.DRAFT)
    attachment = attach(listing)
    client.force_login(listing.owner)

    status, headers, body = unsigned_get(download(client, attachment)["Location"])

    assert (status, body) == (200, PDF)
    assert headers["Content-Disposition"] == 'attachment; filename="brochure.pdf"'
    assert headers["Content-Type"] == "application/pdf"


def test_another_member_gets_404_and_no_url(client, object_store, buckets):
    attachment = attach(ListingFactory(status=Status.DRAFT))
    client.force_login(UserFactory())

    response = download(client, attachment)

    assert response.status_code == 404 and "Location" not in response


def test_with_one_bucket_private_files_are_private_objects_under_their_own_prefix(object_store):
    bucket = object_store.new_bucket()
    with uploads_in_buckets(object_store.env(bucket)):
        attachment = attach(ListingFactory(status=Status.DRAFT))

    key = f"private/{attachment.file.name}"
    object_store.client.head_object(Bucket=bucket, Key=key)
    assert unsigned_get(object_url(object_store, bucket, key))[0] == 403


def test_without_acls_a_bucket_policy_decides_what_is_public(client, object_store):
    """Buckets with ACLs disabled (AWS's default): no ACL is sent; the public bucket's policy opens logos/."""
    public, private = object_store.new_bucket(), object_store.new_bucket()
    object_store.client.put_bucket_policy(
        Bucket=public,
        Policy=(
            '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", '
            f'"Action": "s3:GetObject", "Resource": "arn:aws:s3:::{public}/logos/*"}}]}}'
        ),
    )
    with uploads_in_buckets(object_store.env(public, private, AWS_S3_USE_ACLS="0")):
        organisation = OrganisationFactory()
        organisation.logo.save("logo.png", ContentFile(png_bytes()), save=True)
        listing = ListingFactory(status=Status.DRAFT)
        attachment = attach(listing)
        client.force_login(listing.owner)
        logo_url, signed_url = organisation.logo.url, download(client, attachment)["Location"]

    assert unsigned_get(logo_url)[0] == 200
    assert unsigned_get(object_url(object_store, private, attachment.file.name))[0] == 403
    status, _, body = unsigned_get(signed_url)
    assert (status, body) == (200, PDF)
