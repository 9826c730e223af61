"""Sending stored files to browsers: one header policy for every path that serves them.

``stored_file_response`` is the policy: the real Content-Type, ``X-Content-Type-Options: nosniff``, images
(PNG, JPEG, WebP, GIF) inline and anything else as a download, so a file can never run as a page of this
site. The public media view (``public_media``, for MEDIA_URL) and the permission-checked attachment
downloads all build their responses with it; deploy/nginx copies it for /media/, and ``core.object_storage``
writes it onto every object in a bucket. A private file in a bucket is not streamed through Django: once the
view has checked who is asking, the answer is a redirect to a signed URL that expires within a minute and
makes the bucket send these same headers.
"""

import mimetypes
import re
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseNotModified, HttpResponseRedirect
from django.urls import re_path
from django.utils.http import content_disposition_header, http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

from .storage import private_media_root
from .uploads import GENERATED_NAME

INLINE_TYPES = frozenset({"image/png", "image/jpeg", "image/webp", "image/gif"})
IMMUTABLE = "public, max-age=31536000, immutable"
# Wagtail images and renditions keep editors' file names, which a later upload may reuse.
REVALIDATE_DAILY = "public, max-age=86400"
PRIVATE = "private, no-store"
# Wagtail documents are served by /documents/, which applies collection privacy; never behind its back.
NOT_PUBLIC_DIRECTORIES = frozenset({"documents"})


def content_type_for(name):
    """The type a file name stands for; a compressed or unknown file is just bytes (never decoded by the browser)."""
    content_type, encoding = mimetypes.guess_type(name)
    if encoding or not content_type:
        return "application/octet-stream"
    return content_type


def apply_header_policy(response, content_type, cache_control):
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = cache_control
    if content_type not in INLINE_TYPES and "Content-Disposition" not in response:
        response["Content-Disposition"] = "attachment"
    return response


def stored_file_response(stored, content_type, *, filename="", cache_control=PRIVATE):
    """A response sending ``stored`` (a FieldFile or a Path) as ``content_type`` under the header policy.

    ``filename`` is what the browser saves it as (the uploader's own name for attachments). A file
    missing from disk is a 404, not a 500. A file in a private bucket is a redirect to a signed URL instead.
    """
    if signed := signed_download(stored, content_type, filename):
        return signed
    try:
        file = stored.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        file, content_type=content_type, as_attachment=content_type not in INLINE_TYPES, filename=filename
    )
    return apply_header_policy(response, content_type, cache_control)


def signed_download(stored, content_type, filename):
    """A redirect to a short-lived signed URL for ``stored``, when its storage has such URLs; else None.

    The URL makes the bucket answer with the type and disposition this policy gives (the file's own name
    included), and the redirect itself is never cached: it stops working within a minute.
    """
    download_url = getattr(getattr(stored, "storage", None), "download_url", None)
    as_attachment = content_type not in INLINE_TYPES
    disposition = content_disposition_header(as_attachment, PurePosixPath(filename).name) or "inline"
    url = download_url and download_url(stored.name, content_type=content_type, disposition=disposition)
    if not url:
        return None
    response = HttpResponseRedirect(url)
    response["Cache-Control"] = PRIVATE
    return response


def public_media_file(path):
    """The file under MEDIA_ROOT that ``MEDIA_URL + path`` names, or None for anything else.

    Refuses absolute paths, ``..``, hidden files, symlinks leading out of MEDIA_ROOT, the private root
    (even if configured inside MEDIA_ROOT) and Wagtail's documents.
    """
    if not path or path.startswith("/") or "\\" in path or "\x00" in path:
        return None
    parts = PurePosixPath(path).parts
    if not parts or any(part.startswith(".") for part in parts) or parts[0] in NOT_PUBLIC_DIRECTORIES:
        return None
    root = Path(settings.MEDIA_ROOT).resolve()
    full_path = root.joinpath(*parts).resolve()
    if not full_path.is_relative_to(root) or full_path.is_relative_to(Path(private_media_root()).resolve()):
        return None
    return full_path if full_path.is_file() else None


@require_safe
def public_media(request, path):
    """MEDIA_URL in every environment (gunicorn has no other server for it); conditional GET by Last-Modified."""
    full_path = public_media_file(path)
    if full_path is None:
        raise Http404
    content_type = content_type_for(full_path.name)
    # A generated name is random and never reused, so the bytes behind it never change.
    cache_control = IMMUTABLE if GENERATED_NAME.match(full_path.name) else REVALIDATE_DAILY
    modified = full_path.stat().st_mtime
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), modified):
        return apply_header_policy(HttpResponseNotModified(), content_type, cache_control)
    response = stored_file_response(full_path, content_type, cache_control=cache_control)
    response["Last-Modified"] = http_date(modified)
    return response


def media_urlpatterns():
    """The route for MEDIA_URL, unless media lives on another host (an absolute MEDIA_URL)."""
    if not settings.MEDIA_URL.startswith("/") or settings.MEDIA_URL == "/":
        return []
    return [re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", public_media, name="public_media")]
