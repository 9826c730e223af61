"""A local S3-compatible server (moto's server mode) and the site's uploads pointed at it.

The server is real HTTP on a free loopback port: uploads, ACLs and bucket policies go through boto3 and
django-storages exactly as against a provider. Moto refuses an unsigned GET of a private object, but it
checks neither the signature nor the expiry of a presigned URL, so tests read the expiry from the URL.
"""

import contextlib
import logging
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass

import boto3
from django.conf import settings
from django.test import override_settings
from moto.server import ThreadedMotoServer

from portal.settings.object_storage import object_storage_settings
from tests.server_process import free_port

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "portal-test", "AWS_SECRET_ACCESS_KEY": "portal-test-secret"}
REGION = "us-east-1"


@dataclass
class ObjectStore:
    """The running server: its endpoint and an S3 client with the site's credentials."""

    endpoint: str
    client: object

    def new_bucket(self):
        name = f"portal-{uuid.uuid4().hex[:12]}"
        self.client.create_bucket(Bucket=name)
        return name

    def env(self, public_bucket, private_bucket="", **extra):
        """The environment variables a deployment would set to use these buckets."""
        return {
            "AWS_STORAGE_BUCKET_NAME": public_bucket,
            "AWS_PRIVATE_STORAGE_BUCKET_NAME": private_bucket,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": REGION,
            **CREDENTIALS,
            **extra,
        }


@contextlib.contextmanager
def running_object_store():
    """moto's S3 on 127.0.0.1:<free port>, for the block."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one log line per request otherwise
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    try:
        yield ObjectStore(endpoint=endpoint, client=client)
    finally:
        server.stop()


@contextlib.contextmanager
def uploads_in_buckets(env):
    """The settings portal/settings/base.py derives from ``env``, in force for the block."""
    with override_settings(**object_storage_settings(env, settings.STORAGES)):
        yield


def unsigned_get(url):
    """(status, headers, body) of a plain GET with no credentials, as any browser would send."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, b""
