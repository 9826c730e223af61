"""Under gunicorn and the production settings (DEBUG off), public media is served with its header policy.

Before, portal/urls.py served MEDIA_URL only when DEBUG was on, so logos and Wagtail images were 404
in production. The files are made here by the test process; gunicorn reads the same MEDIA_ROOT.
"""

import io
import os
import urllib.error
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images.models import Image as WagtailImage

from core.storage import public_uploads
from tests.home.test_deploy import PRODUCTION_ENV
from tests.server_process import running_gunicorn

pytestmark = pytest.mark.django_db


def png_bytes(size=(64, 48)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 92, 173)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def production_site(tmp_path_factory):
    """gunicorn under the production settings, once for the module; yields (base URL, its MEDIA_ROOT)."""
    root = tmp_path_factory.mktemp("production")
    env = {
        **os.environ,
        **PRODUCTION_ENV,
        "ALLOWED_HOSTS": "offshore.example.cn,127.0.0.1",
        "PORTAL_BASE_URL": "https://offshore.example.cn",
        "DATABASE_URL": f"sqlite:///{root / 'site.sqlite3'}",
        "MEDIA_ROOT": str(root / "media"),
        "SECURE_SSL_REDIRECT": "0",
        "LOG_LEVEL": "WARNING",
    }  # the readiness probe speaks plain http
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    with running_gunicorn(env, root / "gunicorn.log", workers=1, threads=2) as url:
        yield url, root / "media"


@pytest.fixture
def media_root(settings, production_site):
    """This test process writes where gunicorn reads."""
    settings.MEDIA_ROOT = production_site[1]
    return settings.MEDIA_ROOT


def fetch(base_url, path):
    request = urllib.request.Request(
        base_url + path, headers={"Host": "offshore.example.cn", "X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_logo_is_served_in_production(media_root, production_site):
    name = public_uploads.save("logos/logo.png", ContentFile(png_bytes()))

    status, headers, body = fetch(production_site[0], f"/media/{name}")

    assert status == 200
    assert (headers["Content-Type"], headers["X-Content-Type-Options"]) == ("image/png", "nosniff")
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert body == (media_root / name).read_bytes()


def test_wagtail_image_rendition_is_served_in_production(media_root, production_site):
    image = WagtailImage.objects.create(title="Harbour", file=ImageFile(io.BytesIO(png_bytes()), name="harbour.png"))
    rendition = image.get_rendition("fill-32x32")

    status, headers, body = fetch(production_site[0], rendition.url)

    assert status == 200
    assert (headers["Content-Type"], headers["X-Content-Type-Options"]) == ("image/png", "nosniff")
    assert headers["Cache-Control"] == "public, max-age=86400"
    assert Image.open(io.BytesIO(body)).size == (32, 32)


def test_non_image_is_a_download_in_production(media_root, production_site):
    (media_root / "avatar_images").mkdir(parents=True, exist_ok=True)
    (media_root / "avatar_images" / "x.html").write_bytes(b"<script>alert(document.cookie)</script>")

    status, headers, _ = fetch(production_site[0], "/media/avatar_images/x.html")

    assert status == 200
    assert headers["Content-Disposition"].startswith("attachment")
    assert headers["X-Content-Type-Options"] == "nosniff"
