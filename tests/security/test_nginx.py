"""deploy/nginx.conf in a real nginx, in front of a real Varnish (deploy/varnish.vcl) in front of the live
server, as deployed: client addresses, media headers, TLS, purging.

The shipped site file is used as it is, with only its ports, certificate and the two /srv/portal/ paths
swapped for this test's. Clients connect from different loopback addresses (127.0.0.2, 127.0.0.3) so
nginx sees different peers, as it would see different people.
"""

import http.client
import io
import os
import ssl
import subprocess
import time
from pathlib import Path

import pytest
import requests
from PIL import Image
from requests.adapters import HTTPAdapter

from tests.scaleout.varnish_fixtures import running_varnish
from tests.server_process import free_port

ROOT = Path(__file__).resolve().parents[2]
NGINX = "/usr/sbin/nginx"
SITE_FILE = ROOT / "deploy" / "nginx.conf"
SIGNUPS_PER_MINUTE = 5  # ACCOUNT_RATE_LIMITS["signup"]
SECRET = "private attachment, never served by nginx"

# Requests go to the test's self-signed certificate (verify=False on each: a session's setting loses to
# REQUESTS_CA_BUNDLE).
pytestmark = pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")


def render_site_file(upstream_port, http_port, https_port, certificate, key, static_root, media_root):
    """The shipped site file with this test's ports and paths; each placeholder must be there exactly once."""
    text = SITE_FILE.read_text()
    swaps = {
        "server 127.0.0.1:6081;": f"server 127.0.0.1:{upstream_port};",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen 443 ssl;": f"listen 127.0.0.1:{https_port} ssl;",
        "/etc/letsencrypt/live/offshore.example.cn/fullchain.pem": str(certificate),
        "/etc/letsencrypt/live/offshore.example.cn/privkey.pem": str(key),
        "/srv/portal/staticfiles/": f"{static_root}/",
        "/srv/portal/media/": f"{media_root}/",
    }
    for placeholder, value in swaps.items():
        assert text.count(placeholder) == 1, placeholder
        text = text.replace(placeholder, value)
    return text


def main_config(directory, site_file):
    """What /etc/nginx/nginx.conf gives a site file, with every path in ``directory``."""
    temp_paths = "\n".join(
        f"    {name}_temp_path {directory}/{name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;" if os.geteuid() == 0 else ""  # workers would run as nobody, who cannot read tmp_path
    return f"""{user}
daemon off;
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    access_log {directory}/access.log;
{temp_paths}
    include {site_file};
}}
"""


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def varnish(live_server, tmp_path_factory, django_db_setup, django_db_blocker):
    """Varnish with the shipped VCL, both its web nodes being the live server.

    Its health probes ask /healthz, which queries the database: the live server may use it for as long
    as Varnish runs, not only during each test, or Varnish would take it out between tests.
    """
    port = int(live_server.url.rsplit(":", 1)[1])
    with django_db_blocker.unblock(), running_varnish(tmp_path_factory.mktemp("varnish"), [port, port]) as running:
        yield running


@pytest.fixture(scope="module")
def nginx(varnish, tmp_path_factory):
    """nginx on two free loopback ports, in front of Varnish in front of the live server; yields its URLs."""
    directory = tmp_path_factory.mktemp("nginx")
    static_root, media_root = directory / "staticfiles", directory / "media"
    (static_root / "css").mkdir(parents=True)
    (static_root / "css" / "portal.css").write_text("body { color: black; }")
    for folder in ("uploads", "images", "documents"):
        (media_root / folder).mkdir(parents=True)
    (media_root / "uploads" / "page.html").write_text("<script>alert(document.cookie)</script>")
    (media_root / "uploads" / "drawing.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'
    )
    (media_root / "images" / "photo.png").write_bytes(png_bytes())
    (media_root / "images" / "PHOTO.JPG").write_bytes(png_bytes())
    (media_root / "documents" / "contract.pdf").write_text("%PDF-1.4 private document")
    (directory / "media-private").mkdir()  # production's PRIVATE_MEDIA_ROOT default: MEDIA_ROOT + "-private"
    (directory / "media-private" / "secret.txt").write_text(SECRET)

    certificate, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=offshore.example.cn",
            "-keyout",
            str(key),
            "-out",
            str(certificate),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    http_port, https_port = free_port(), free_port()
    upstream_port = int(varnish.url.rsplit(":", 1)[1])
    site_file = directory / "site.conf"
    site_file.write_text(
        render_site_file(upstream_port, http_port, https_port, certificate, key, static_root, media_root)
    )
    config = directory / "nginx.conf"
    config.write_text(main_config(directory, site_file))
    command = [NGINX, "-c", str(config), "-p", str(directory), "-e", str(directory / "error.log")]
    check = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr

    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base_url = f"https://127.0.0.1:{https_port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                requests.get(f"{base_url}/static/css/portal.css", verify=False, timeout=2)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError((directory / "error.log").read_text()) from None
                time.sleep(0.05)
        yield {"https": base_url, "http": f"http://127.0.0.1:{http_port}", "https_port": https_port, "varnish": varnish}
    finally:
        process.terminate()
        process.wait(timeout=15)


class FromAddress(HTTPAdapter):
    """Connect from a chosen loopback address, so nginx sees a different client."""

    def __init__(self, address):
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def client_at(address):
    session = requests.Session()
    session.mount("https://", FromAddress(address))
    return session


def sign_up(session, base_url, number, spoofed_forwarded_for):
    form = session.get(f"{base_url}/en/accounts/signup/", verify=False, timeout=20)
    password = "Offshore-Haikou-2025"
    return session.post(
        f"{base_url}/en/accounts/signup/",
        allow_redirects=False,
        verify=False,
        timeout=20,
        headers={"X-Forwarded-For": spoofed_forwarded_for, "Referer": form.url},
        data={
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "password1": password,
            "password2": password,
            "email": f"nginx-founder{number}@example.com",
            "full_name": "Test Founder",
            "consent": "on",
        },
    )


def raw_get(nginx, path):
    """GET ``path`` byte for byte (requests would normalise ``..`` away); returns (status, body)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    connection = http.client.HTTPSConnection("127.0.0.1", nginx["https_port"], context=context, timeout=20)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read().decode(errors="replace")
    finally:
        connection.close()


# The client's real address --------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_signups_through_nginx_are_limited_per_real_client_whatever_forwarded_for_says(nginx, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2  # TRUSTED_PROXY_COUNT=2, as the site file says: nginx and Varnish
    attacker, bystander = client_at("127.0.0.2"), client_at("127.0.0.3")

    attempts = [
        sign_up(attacker, nginx["https"], number, f"198.51.100.{number}").status_code
        for number in range(SIGNUPS_PER_MINUTE + 1)
    ]
    bystanders_attempt = sign_up(bystander, nginx["https"], 99, "198.51.100.99").status_code

    assert attempts == [302] * SIGNUPS_PER_MINUTE + [429]
    assert bystanders_attempt == 302


@pytest.mark.parametrize("method", ["PURGE", "BAN"])
def test_nobody_outside_can_purge_the_cache_through_nginx(nginx, method):
    bans_before = nginx["varnish"].counters()["MAIN.bans_added"]

    response = requests.request(method, f"{nginx['https']}/en/", verify=False, timeout=20)

    assert response.status_code == 405
    assert nginx["varnish"].counters()["MAIN.bans_added"] == bans_before


def test_plain_http_is_redirected_to_https(nginx):
    response = requests.get(f"{nginx['http']}/en/", allow_redirects=False, timeout=20)

    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://")


# Media and static files -----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/media/uploads/page.html", "/media/uploads/drawing.svg"])
def test_uploaded_pages_and_scripts_are_only_downloaded_never_rendered(nginx, path):
    response = requests.get(f"{nginx['https']}{path}", verify=False, timeout=20)

    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == "attachment"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Type"] == "application/octet-stream"


@pytest.mark.parametrize(
    "path, content_type", [("/media/images/photo.png", "image/png"), ("/media/images/PHOTO.JPG", "image/jpeg")]
)
def test_uploaded_images_are_shown_inline_with_nosniff(nginx, path, content_type):
    response = requests.get(f"{nginx['https']}{path}", verify=False, timeout=20)

    assert response.status_code == 200
    assert response.headers["Content-Type"] == content_type
    assert "Content-Disposition" not in response.headers
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "/media-private/secret.txt",
        "/media/../media-private/secret.txt",
        "/media/..%2fmedia-private/secret.txt",
        "/media..%2fmedia-private/secret.txt",
        "/media/%2e%2e/media-private/secret.txt",
    ],
)
def test_private_media_is_never_served(nginx, path):
    status, body = raw_get(nginx, path)

    assert SECRET not in body
    assert status != 200 or "<html" in body.lower()  # at most a page of the site, from Django


def test_wagtail_documents_are_not_served_past_their_permission_check(nginx):
    response = requests.get(f"{nginx['https']}/media/documents/contract.pdf", verify=False, timeout=20)

    assert response.status_code == 404
    assert "private document" not in response.text


def test_static_files_are_served_by_nginx_with_nosniff(nginx):
    response = requests.get(f"{nginx['https']}/static/css/portal.css", verify=False, timeout=20)

    assert response.status_code == 200
    assert response.text == "body { color: black; }"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
