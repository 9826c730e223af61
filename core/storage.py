"""Where uploads are stored: every file field of ours uses one of the two storages here.

Both run ``core.uploads.sanitised`` on each file before writing it and store it under a generated name
whose extension comes from the sniffed content, never from the client. ``public_uploads`` writes under
MEDIA_ROOT (served by ``core.media``); ``private_uploads`` writes beside it and has no URL: its files
reach a browser only through views that check who is asking. A test walks every model's file fields and
fails for any field that uses another storage.
"""

import os
import posixpath

from django.conf import settings
from django.core.files.storage import FileSystemStorage

from . import uploads


class SanitisedUploadStorage:
    """Mixin for a Storage: content checked and cleaned, name generated, before anything is written."""

    def save(self, name, content, max_length=None):
        clean, content_type = uploads.sanitised(content)
        directory = posixpath.dirname(name if name is not None else "")
        return super().save(
            posixpath.join(directory, uploads.generated_name(content_type)), clean, max_length=max_length
        )


class PublicUploadStorage(SanitisedUploadStorage, FileSystemStorage):
    """Uploads anyone may fetch, such as organisation logos: under MEDIA_ROOT."""


def private_media_root():
    """``PRIVATE_MEDIA_ROOT``, else ``<MEDIA_ROOT>-private``: outside MEDIA_ROOT, so no media server reaches it."""
    return os.path.abspath(str(getattr(settings, "PRIVATE_MEDIA_ROOT", None) or f"{settings.MEDIA_ROOT}-private"))


class PrivateUploadStorage(SanitisedUploadStorage, FileSystemStorage):
    """Uploads only some people may see (listing and service-request attachments): no public URL."""

    @property
    def base_location(self):
        return private_media_root()

    @property
    def location(self):
        return private_media_root()

    @property
    def base_url(self):
        return None


public_uploads = PublicUploadStorage()
private_uploads = PrivateUploadStorage()
