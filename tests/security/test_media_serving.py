"""Public media (MEDIA_URL) is served by Django in every environment, under one header policy, and only
files under MEDIA_ROOT: never the private attachments, Wagtail's documents, hidden files or anything
a crafted path reaches outside."""

import io
import os

import pytest
from django.core.files.base import ContentFile
from django.utils.http import http_date
from PIL import Image

from core.storage import private_uploads, public_uploads

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def write(root, name, content):
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def test_uploaded_logo_is_served_inline_as_png_and_cached_for_good(client):
    name = public_uploads.save("logos/logo.png", ContentFile(png_bytes()))

    response = client.get(f"/media/{name}")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert b"".join(response.streaming_content) == public_uploads.open(name).read()


def test_editor_named_image_is_cached_for_a_day_only(client, media_root):
    write(media_root, "original_images/harbour.png", png_bytes())

    response = client.get("/media/original_images/harbour.png")

    assert (response.status_code, response["Content-Type"]) == (200, "image/png")
    assert response["Cache-Control"] == "public, max-age=86400"


@pytest.mark.parametrize(
    "name, content_type",
    [
        ("logos/x.html", "text/html"),
        ("logos/x.svg", "image/svg+xml"),
        ("original_images/notes.txt", "text/plain"),
        ("logos/page.html.gz", "application/octet-stream"),
    ],
)
def test_anything_but_a_raster_image_is_sent_as_a_download(client, media_root, name, content_type):
    write(media_root, name, b"<script>alert(1)</script>")

    response = client.get(f"/media/{name}")

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Encoding" not in response


def test_unchanged_file_answers_a_conditional_get_with_304(client, media_root):
    path = write(media_root, "original_images/harbour.png", png_bytes())

    response = client.get(
        "/media/original_images/harbour.png", HTTP_IF_MODIFIED_SINCE=http_date(os.stat(path).st_mtime)
    )

    assert response.status_code == 304
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "/media/../media-private/listing-attachments/secret.pdf",
        "/media/%2e%2e/media-private/listing-attachments/secret.pdf",
        "/media/..%2fmedia-private/listing-attachments/secret.pdf",
        "/media/logos/..%2f..%2fmedia-private/listing-attachments/secret.pdf",
        "/media/%2Fetc/passwd",
        "/media//etc/passwd",
        "/media/logos%5c..%5c..%5cmedia-private/listing-attachments/secret.pdf",
    ],
)
def test_crafted_paths_reach_nothing_outside_media_root(client, media_root, path):
    write(media_root.parent / "media-private", "listing-attachments/secret.pdf", b"%PDF-1.4 secret")

    response = client.get(path)

    assert response.status_code == 404


def test_private_attachments_are_not_served_even_when_their_root_is_inside_media_root(client, settings, media_root):
    settings.PRIVATE_MEDIA_ROOT = str(media_root / "private")
    name = private_uploads.save("listing-attachments/a.pdf", ContentFile(b"%PDF-1.4 secret"))

    response = client.get(f"/media/private/{name}")

    assert (media_root / "private" / name).exists()
    assert response.status_code == 404


def test_symlink_out_of_media_root_is_not_followed(client, media_root, tmp_path):
    outside = write(tmp_path, "elsewhere/secret.png", png_bytes())
    (media_root / "logos").mkdir()
    (media_root / "logos" / "link.png").symlink_to(outside)

    assert client.get("/media/logos/link.png").status_code == 404


def test_wagtail_documents_are_only_served_by_their_own_view(client, media_root):
    write(media_root, "documents/board-minutes.pdf", b"%PDF-1.4 private collection")

    assert client.get("/media/documents/board-minutes.pdf").status_code == 404


@pytest.mark.parametrize("path", ["/media/.env", "/media/logos/.hidden.png", "/media/logos/", "/media/missing.png"])
def test_hidden_files_directories_and_missing_files_are_not_found(client, media_root, path):
    write(media_root, ".env", b"SECRET_KEY=x")
    write(media_root, "logos/.hidden.png", png_bytes())

    # A directory's 404 is redirected to the language-prefixed path first, like any unknown path.
    assert client.get(path, follow=True).status_code == 404


def test_media_cannot_be_written_to(client, media_root):
    write(media_root, "original_images/harbour.png", png_bytes())

    assert client.post("/media/original_images/harbour.png").status_code == 405
