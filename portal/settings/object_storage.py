"""Uploads in S3-compatible object storage when the environment names a bucket; the file system otherwise.

With AWS_STORAGE_BUCKET_NAME set, every machine reads and writes the same buckets (``core.object_storage``):

AWS_STORAGE_BUCKET_NAME           the public bucket: Wagtail's images and renditions, organisation logos
                                  (public-read objects) and Wagtail's documents (private objects).
AWS_PRIVATE_STORAGE_BUCKET_NAME   the private bucket: attachments of listings, service requests, introductions
                                  and challenge submissions, and uploads kept between two submissions of a
                                  form. Unset: the public bucket under ``private/``, as private objects; use
                                  a bucket of its own when a CDN or a bucket policy reads the public one.
AWS_S3_ENDPOINT_URL               the S3 API of a provider other than AWS (MinIO, Aliyun OSS, Tencent COS).
AWS_S3_REGION_NAME                the buckets' region (default us-east-1); signatures depend on it.
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY
                                  the site's key; unset, boto3 looks for one itself (e.g. an instance role).
AWS_S3_CUSTOM_DOMAIN              the host (and path) that serves the public bucket, e.g. a CDN:
                                  media.offshore.example.cn. Never used for private files; a CDN that reads
                                  the bucket with credentials of its own must not serve documents/.
AWS_S3_USE_ACLS                   1 (default): public files are uploaded public-read and private ones private.
                                  0: no ACL is sent (buckets with ACLs disabled); the public bucket's policy
                                  must then allow anonymous reads of original_images/, images/ and logos/ only.

Public files are at ``MEDIA_URL + name``: https://<AWS_S3_CUSTOM_DOMAIN>/, else <endpoint>/<bucket>/
(path style), else AWS's https://<bucket>.s3.<region>.amazonaws.com/. The CSP (core/csp.py) allows that
origin for images. Private files are reached only through the views that check who is asking, which
redirect to a URL signed for 60 seconds.
"""


def object_storage_settings(env, storages):
    """The settings to lay over the file-system ones, from ``env``; {} when no bucket is named.

    ``storages`` is the STORAGES to extend (its ``staticfiles`` stays as it is).
    """
    bucket = env.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return {}
    region = env.get("AWS_S3_REGION_NAME") or "us-east-1"
    endpoint = env.get("AWS_S3_ENDPOINT_URL", "").rstrip("/")
    custom_domain = env.get("AWS_S3_CUSTOM_DOMAIN", "").strip("/")
    if custom_domain:
        media_url = f"https://{custom_domain}/"
    elif endpoint:
        media_url = f"{endpoint}/{bucket}/"
    else:
        media_url = f"https://{bucket}.s3.{region}.amazonaws.com{'.cn' if region.startswith('cn-') else ''}/"
    scheme, public_host_and_path = media_url.rstrip("/").split("//", 1)
    # Public URLs are built from MEDIA_URL, never signed: stable, and what the CSP and core.links expect.
    public = {"bucket_name": bucket, "custom_domain": public_host_and_path, "url_protocol": scheme}
    private_bucket = env.get("AWS_PRIVATE_STORAGE_BUCKET_NAME") or bucket
    private = {"bucket_name": private_bucket, "location": "" if private_bucket != bucket else "private"}
    if env.get("AWS_S3_USE_ACLS", "1") == "0":
        public["default_acl"] = private["default_acl"] = None
    return {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_PRIVATE_STORAGE_BUCKET_NAME": private_bucket,
        "AWS_S3_ENDPOINT_URL": endpoint or None,
        "AWS_S3_REGION_NAME": region,
        "AWS_S3_SIGNATURE_VERSION": "s3v4",
        "AWS_ACCESS_KEY_ID": env.get("AWS_ACCESS_KEY_ID") or None,
        "AWS_SECRET_ACCESS_KEY": env.get("AWS_SECRET_ACCESS_KEY") or None,
        "MEDIA_URL": media_url,
        "STORAGES": {
            **storages,
            "default": {"BACKEND": "core.object_storage.PublicMediaStorage", "OPTIONS": public},
            "private_uploads": {"BACKEND": "core.object_storage.PrivateObjectStorage", "OPTIONS": private},
        },
        # Not "redirect": a document's URL in the public bucket would skip the collection's privacy.
        "WAGTAILDOCS_SERVE_METHOD": "serve_view",
    }
