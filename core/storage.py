"""Where uploads are stored: every file field of ours uses one of the two storages here.

Both run ``core.uploads.sanitised`` on each file before writing it and store it under a generated name
whose extension comes from the sniffed content, never from the client. Where the bytes then go is the
settings' choice (``STORAGES``, read on every call):

- ``public_uploads`` (organisation logos) writes through the ``default`` storage, as Wagtail's images do:
  MEDIA_ROOT, served by ``core.media``, or the public bucket (``core.object_storage``).
- ``private_uploads`` (attachments of listings, service requests and submissions; pending uploads) writes
  through ``STORAGES["private_uploads"]`` when the settings name one (the private bucket), else beside
  MEDIA_ROOT (``private_media_root``). It has no public URL: its files reach a browser only through views
  that check who is asking, which send the bytes themselves or redirect to a signed URL that soon expires
  (``download_url``, used by ``core.media.stored_file_response``).

A test walks every model's file fields and fails for any field that uses another storage.
"""

import os
import posixpath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, InvalidStorageError, Storage, storages
from django.utils.deconstruct import deconstructible

from . import uploads


class SanitisedUploadStorage:
    """Mixin for a Storage: content checked and cleaned, name generated, before anything is written."""

    def save(self, name, content, max_length=None):
        clean, content_type = uploads.sanitised(content)
        directory = posixpath.dirname(name if name is not None else "")
        return super().save(
            posixpath.join(directory, uploads.generated_name(content_type)), clean, max_length=max_length
        )


def private_media_root():
    """``PRIVATE_MEDIA_ROOT``, else ``<MEDIA_ROOT>-private``: outside MEDIA_ROOT, so no media server reaches it."""
    return os.path.abspath(str(getattr(settings, "PRIVATE_MEDIA_ROOT", None) or f"{settings.MEDIA_ROOT}-private"))


class PrivateFileSystemStorage(FileSystemStorage):
    """Private files on this machine's disk, under ``private_media_root()``: no URL at all."""

    @property
    def base_location(self):
        return private_media_root()

    @property
    def location(self):
        return private_media_root()

    @property
    def base_url(self):
        return None


class ConfiguredStorage(Storage):
    """A Storage that hands every operation to the backend the settings choose at the time of the call.

    File fields hold one storage object from import on; reading the choice per call lets the settings (and
    a test's ``override_settings``) move the files without a migration.
    """

    def backend(self):
        raise NotImplementedError

    def download_url(self, name, *, content_type, disposition):
        """A short-lived URL that sends the file with these headers, or None where Django sends the bytes."""
        download_url = getattr(self.backend(), "download_url", None)
        return download_url(name, content_type=content_type, disposition=disposition) if download_url else None

    def open(self, name, mode="rb"):
        return self.backend().open(name, mode)

    def save(self, name, content, max_length=None):
        return self.backend().save(name, content, max_length=max_length)

    def get_valid_name(self, name):
        return self.backend().get_valid_name(name)

    def get_available_name(self, name, max_length=None):
        return self.backend().get_available_name(name, max_length=max_length)

    def generate_filename(self, filename):
        return self.backend().generate_filename(filename)

    def path(self, name):
        return self.backend().path(name)

    def delete(self, name):
        return self.backend().delete(name)

    def exists(self, name):
        return self.backend().exists(name)

    def listdir(self, path):
        return self.backend().listdir(path)

    def size(self, name):
        return self.backend().size(name)

    def url(self, name):
        return self.backend().url(name)

    def get_accessed_time(self, name):
        return self.backend().get_accessed_time(name)

    def get_created_time(self, name):
        return self.backend().get_created_time(name)

    def get_modified_time(self, name):
        return self.backend().get_modified_time(name)


@deconstructible(path="core.storage.PublicUploadStorage")
class PublicUploadStorage(SanitisedUploadStorage, ConfiguredStorage):
    """Uploads anyone may fetch, such as organisation logos: where Wagtail's images go (``STORAGES["default"]``)."""

    def backend(self):
        return storages["default"]


_private_file_system = PrivateFileSystemStorage()


@deconstructible(path="core.storage.PrivateUploadStorage")
class PrivateUploadStorage(SanitisedUploadStorage, ConfiguredStorage):
    """Uploads only some people may see (listing and service-request attachments): no public URL.

    ``STORAGES["private_uploads"]`` when the settings name it (a private bucket), else the private directory.
    """

    def backend(self):
        try:
            return storages["private_uploads"]
        except InvalidStorageError:
            return _private_file_system


public_uploads = PublicUploadStorage()
private_uploads = PrivateUploadStorage()
