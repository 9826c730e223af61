"""A small same-site crawler for the bad-input test: it follows links and collects every form and query parameter.

Pages are grouped by what renders them (the URL's view name, or the Wagtail page type) and one page of each
kind is visited, so forty listing pages cost as much as one while a new kind of page is always found.
"""

import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

from django.conf import settings
from django.http import Http404
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import get_language_from_path
from wagtail.models import Site

SKIPPED_EXTENSIONS = (
    ".xml",
    ".txt",
    ".css",
    ".js",
    ".png",
    ".jpg",
    ".jpeg",
    ".svg",
    ".webp",
    ".ico",
    ".pdf",
    ".csv",
    ".xlsx",
    ".ics",
)


@dataclass
class Form:
    """A form as a browser would submit it: the defaults it would send and the choices it offers."""

    action: str
    method: str
    multipart: bool
    defaults: list = field(default_factory=list)  # (name, value) pairs, in document order
    choices: dict = field(default_factory=lambda: defaultdict(list))

    @property
    def names(self):
        return list(dict.fromkeys([name for name, _value in self.defaults] + list(self.choices)))


class _PageParser(HTMLParser):
    """The links of a page and its forms, with what a browser would submit for each."""

    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.links = []
        self.forms = []
        self._form = None
        self._select = None
        self._textarea = None
        self._submit_seen = False
        self._in_template = 0  # <template> holds forms added by script (formset rows): a browser sends none

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "template":
            self._in_template += 1
        elif self._in_template:
            return
        elif tag == "a" and attrs.get("href"):
            self.links.append(urljoin(self.base, attrs["href"]))
        elif tag == "form":
            self._form = Form(
                action=urljoin(self.base, attrs.get("action") or self.base),
                method=(attrs.get("method") or "get").lower(),
                multipart="multipart" in attrs.get("enctype", ""),
            )
            self._submit_seen = False
            self.forms.append(self._form)
        elif tag == "option" and self._select is not None:
            self._option(attrs)
        elif self._form is None or "name" not in attrs or "disabled" in attrs:
            return
        elif tag == "input":
            self._input(attrs)
        elif tag == "button" and attrs.get("type", "submit") == "submit":
            self._form.choices[attrs["name"]].append(attrs.get("value", ""))
            if not self._submit_seen:  # a browser sends the button that was clicked: the first one here
                self._form.defaults.append((attrs["name"], attrs.get("value", "")))
                self._submit_seen = True
        elif tag == "select":
            self._select = {"name": attrs["name"], "first": None, "selected": [], "multiple": "multiple" in attrs}
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]

    def _input(self, attrs):
        kind, name, value = attrs.get("type", "text").lower(), attrs["name"], attrs.get("value", "")
        if kind in ("checkbox", "radio"):
            self._form.choices[name].append(value or "on")
            if "checked" in attrs:
                self._form.defaults.append((name, value or "on"))
        elif kind in ("submit", "image"):
            self._form.choices[name].append(value)
        elif kind != "reset":
            self._form.defaults.append((name, value))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "template":
            self._in_template -= 1
        elif self._in_template:
            return
        elif tag == "form":
            self._form = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            self._form.defaults.append(tuple(self._textarea))
            self._textarea = None
        elif tag == "select" and self._select is not None and self._form is not None:
            select = self._select
            chosen = select["selected"] or ([] if select["multiple"] or select["first"] is None else [select["first"]])
            self._form.defaults.extend((select["name"], value) for value in chosen)
            self._select = None

    def _option(self, attrs):
        select = self._select
        value = attrs.get("value", "")
        self._form.choices[select["name"]].append(value)
        if select["first"] is None:
            select["first"] = value
        if "selected" in attrs:
            select["selected"].append(value)


def parse_page(url, html):
    parser = _PageParser(url)
    parser.feed(html)
    parser.close()
    return parser.links, parser.forms


def page_kind(path):
    """What renders ``path``: the URL name, or for Wagtail's catch-all route the page's type."""
    with translation.override(get_language_from_path(path) or settings.LANGUAGE_CODE):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        if match.url_name != "wagtail_serve":
            return match.view_name
        page = _page_at(match.args[0] if match.args else match.kwargs.get("path", ""))
        return f"page:{type(page).__name__}" if page else None


def _page_at(page_path):
    site = Site.objects.get(is_default_site=True)
    try:
        return site.root_page.specific.route(None, [part for part in page_path.split("/") if part]).page
    except Http404:
        return None


@dataclass
class Crawl:
    pages: list = field(default_factory=list)  # paths visited
    forms: list = field(default_factory=list)
    parameters: dict = field(default_factory=lambda: defaultdict(set))  # path -> query parameter names in links
    status: dict = field(default_factory=lambda: defaultdict(int))
    errors: list = field(default_factory=list)  # (url, traceback) of pages that raised


def crawl(client, seeds, prefixes, skip=(), visited=None, by_language=False, limit=300):
    """Visit ``seeds`` and the links under ``prefixes``: one page of each kind (per language if
    ``by_language``), leaving out kinds in ``visited`` (a Counter shared with other visitors' crawls), paths
    containing any of ``skip`` and downloads (``?export=``)."""
    result = Crawl()
    visited = Counter() if visited is None else visited
    queue, seen_paths = [(url, True) for url in seeds], set()
    while queue and len(result.pages) < limit:
        url, is_seed = queue.pop(0)
        parts = urlsplit(url)
        if parts.netloc not in ("", "testserver") or not parts.path.startswith(prefixes):
            continue
        if any(part in parts.path for part in skip) or parts.path.endswith(SKIPPED_EXTENSIONS):
            continue
        names = {name for name, _value in parse_qsl(parts.query, keep_blank_values=True)}
        if names:
            result.parameters[parts.path] |= names
        key = (parts.path, "&".join(sorted(names)))
        if key in seen_paths or "export" in names:
            continue
        seen_paths.add(key)
        kind = page_kind(parts.path)
        bucket = (get_language_from_path(parts.path) if by_language else None, kind, bool(parts.query))
        if kind is None or (visited[bucket] and not is_seed):
            continue
        visited[bucket] += 1
        result.pages.append(url)
        try:
            response = client.get(url)
        except Exception:  # noqa: BLE001 -- a page that fails is reported, and the crawl goes on
            result.errors.append((url, traceback.format_exc()))
            continue
        result.status[response.status_code] += 1
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        links, forms = parse_page(parts.path + ("?" + parts.query if parts.query else ""), response.content.decode())
        queue.extend((link, False) for link in links)
        result.forms.extend(forms)
    return result
