"""Uploads in S3-compatible buckets (django-storages), for sites that run on several machines.

``portal/settings/object_storage.py`` names these backends in ``STORAGES`` when AWS_STORAGE_BUCKET_NAME is
set; nothing imports this module otherwise, so boto3 (0.4 s and 35 MB at import) is loaded only then.
The promises of the file system hold in a bucket too:

- ``PublicMediaStorage`` (``default``: Wagtail's images and renditions, organisation logos through
  ``core.storage.public_uploads``) writes public-read objects, reached at stable unsigned URLs under
  MEDIA_URL. Wagtail's documents are the exception: private objects, which Django streams after the
  collection's privacy check (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``), as it does from disk.
- ``PrivateObjectStorage`` (``private_uploads``) writes private objects and has only signed URLs, valid
  for ``SIGNED_URL_SECONDS``, which ``core.media.stored_file_response`` hands out after the permission check.
- Every object carries the header policy of ``core.media``: its real type, ``attachment`` unless it is a
  public image, and a Cache-Control, so even a leaked URL never renders a file as a page.

A bucket whose public reads come from a bucket policy rather than ACLs sets ``default_acl`` to None
(``AWS_S3_USE_ACLS=0``): then no ACL is sent, and the policy must cover only the public prefixes.
"""

import posixpath

from storages.backends.s3 import S3Storage

from .media import (
    IMMUTABLE,
    INLINE_TYPES,
    NOT_PUBLIC_DIRECTORIES,
    PRIVATE,
    REVALIDATE_DAILY,
    content_type_for,
)
from .uploads import GENERATED_NAME

SIGNED_URL_SECONDS = 60


def object_headers(name, *, private):
    """The headers an object stored under ``name`` is sent with, as S3 upload parameters."""
    content_type = content_type_for(name)
    if private:
        cache_control = PRIVATE
    else:
        # As core.media: a generated name is never reused, an editor's file name may be.
        cache_control = IMMUTABLE if GENERATED_NAME.match(posixpath.basename(name)) else REVALIDATE_DAILY
    headers = {"ContentType": content_type, "CacheControl": cache_control}
    if private or content_type not in INLINE_TYPES:
        headers["ContentDisposition"] = "attachment"
    return headers


class PublicMediaStorage(S3Storage):
    """The public bucket: public-read objects at unsigned URLs, except Wagtail's documents."""

    querystring_auth = False
    default_acl = "public-read"
    file_overwrite = False  # Wagtail keeps editors' file names: a second "photo.jpg" gets a suffix

    def get_object_parameters(self, name):
        private = posixpath.normpath(name).split("/", 1)[0] in NOT_PUBLIC_DIRECTORIES
        parameters = {**super().get_object_parameters(name), **object_headers(name, private=private)}
        if private and self.default_acl:
            parameters["ACL"] = "private"
        return parameters


class PrivateObjectStorage(S3Storage):
    """The private bucket (or prefix): private objects, reached only through short-lived signed URLs."""

    querystring_auth = True
    querystring_expire = SIGNED_URL_SECONDS
    custom_domain = None  # a public domain would give unsigned URLs
    default_acl = "private"
    file_overwrite = False
    signature_version = "s3v4"

    def get_object_parameters(self, name):
        return {**super().get_object_parameters(name), **object_headers(name, private=True)}

    def download_url(self, name, *, content_type, disposition):
        """A signed GET that expires in SIGNED_URL_SECONDS and makes the bucket send these headers."""
        return self.url(
            name, parameters={"ResponseContentType": content_type, "ResponseContentDisposition": disposition}
        )
