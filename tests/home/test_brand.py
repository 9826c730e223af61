"""The brand: a bilingual wordmark in the header (not an "HK" tile) and a favicon at /favicon.ico."""

from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image

pytestmark = pytest.mark.django_db

IMG = Path(settings.BASE_DIR) / "portal" / "static" / "img"


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("en", "Haikou International Offshore Innovation Platform", "海口国际离岸创新创业平台"),
        ("zh-hans", "海口国际离岸创新创业平台", "Haikou International Offshore Innovation Platform"),
    ],
)
def test_header_names_the_platform_in_both_languages_reader_language_first(client, site_tree, language, first, second):
    html = client.get(f"/{language}/").content.decode()
    brand = html[html.index('<a class="brand"') :]
    brand = brand[: brand.index("</a>")]
    assert ">HK<" not in brand
    assert "brand-mark.svg" in brand and 'alt=""' in brand  # the mark is decoration; the text is the name
    assert brand.index(first) < brand.index(second)


def test_favicon_ico_at_the_root_leads_to_the_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("img/favicon.ico")
    assert client.get(response["Location"]).status_code == 200


def test_favicon_ico_holds_the_usual_sizes():
    with Image.open(IMG / "favicon.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48)} <= icon.ico.sizes()


def test_wordmark_svg_carries_both_names_as_text():
    svg = (IMG / "wordmark.svg").read_text()
    assert ">海口国际离岸创新创业平台</text>" in svg
    assert ">Haikou International Offshore Innovation Platform</text>" in svg
