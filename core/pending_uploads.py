"""Uploads that survive a validation error, so nobody has to choose a file twice.

When a form with file fields fails validation, each file that passed its own checks is stored privately
(``core.storage.private_uploads``, under ``pending/`` and a generated name) and the page carries a signed
token for it in a hidden field ``<field>-kept``. The token names the owner (the user, or the session of a
visitor who is not logged in), the field and the stored file, and expires after ``MAX_AGE``. On the next
submission the form takes the kept file as if it had been chosen again, unless a new file replaces it or
the box ``<field>-drop`` drops it. ``remove_abandoned`` (``manage.py clear_pending_uploads``) deletes
pending files older than ``MAX_AGE``.

Use it by mixing ``KeepsUploadsMixin`` into a form and passing ``uploads_owner=owner_of(request)``; call
``form.release_kept_uploads()`` once the files are saved for good.
"""

import dataclasses
import datetime
import posixpath

from django import forms
from django.core import signing
from django.core.exceptions import SuspiciousFileOperation
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from .storage import private_uploads
from .uploads import GENERATED_NAME

PENDING_DIRECTORY = "pending"
MAX_AGE = datetime.timedelta(hours=6)
SALT = "core.pending_uploads"
# The code of the error ``accounts.consent.require_sensitive_consent`` adds: no file is kept without that consent.
CONSENT_REFUSED_CODE = "sensitive_consent_required"


@dataclasses.dataclass(frozen=True)
class KeptUpload:
    """A file kept for its owner between two submissions of a form."""

    token: str
    name: str  # the name the owner chose it under, only ever shown back to them
    size: int
    stored_name: str


class KeptFile(File):
    """A kept upload opened for the form: it validates and saves like a freshly uploaded file."""

    def __init__(self, kept_upload):
        super().__init__(private_uploads.open(kept_upload.stored_name, "rb"), name=kept_upload.name)
        self.kept_upload = kept_upload


def owner_of(request):
    """Who pending uploads belong to: the signed-in user, else this browser's session (created if need be)."""
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    if request.session.session_key is None:
        request.session.save()
    return f"session:{request.session.session_key}"


def keep(uploaded_file, owner, field_name):
    """Store ``uploaded_file`` privately and return its KeptUpload, or None when it cannot be stored."""
    try:
        uploaded_file.seek(0)
        stored_name = private_uploads.save(posixpath.join(PENDING_DIRECTORY, "upload"), uploaded_file)
    except (SuspiciousFileOperation, OSError):
        return None
    name, size = posixpath.basename(uploaded_file.name or "")[:255], uploaded_file.size
    token = signing.dumps(
        {"owner": owner, "field": field_name, "stored": stored_name, "name": name, "size": size}, salt=SALT
    )
    return KeptUpload(token=token, name=name, size=size, stored_name=stored_name)


def load(token, owner, field_name):
    """The KeptUpload a token stands for, or None if it is forged, expired, someone else's or gone."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("owner") != owner or payload.get("field") != field_name:
        return None
    stored_name = str(payload.get("stored", ""))
    directory, base = posixpath.split(stored_name)
    if directory != PENDING_DIRECTORY or not GENERATED_NAME.match(base) or not private_uploads.exists(stored_name):
        return None
    return KeptUpload(
        token=token, name=str(payload.get("name", "")), size=int(payload.get("size", 0)), stored_name=stored_name
    )


def discard(kept_upload):
    """Delete a kept file (after the transaction, so a rolled-back save still finds it)."""
    transaction.on_commit(lambda: private_uploads.delete(kept_upload.stored_name))


def remove_abandoned(now=None):
    """Delete pending files older than MAX_AGE (their tokens have expired); return how many."""
    cutoff = (now or timezone.now()) - MAX_AGE
    try:
        names = private_uploads.listdir(PENDING_DIRECTORY)[1]
    except FileNotFoundError:
        return 0
    removed = 0
    for name in names:
        path = posixpath.join(PENDING_DIRECTORY, name)
        if private_uploads.get_modified_time(path) < cutoff:
            private_uploads.delete(path)
            removed += 1
    return removed


def _getlist(mapping, key):
    if hasattr(mapping, "getlist"):
        return mapping.getlist(key)
    value = mapping.get(key)
    return [] if value is None else value if isinstance(value, (list, tuple)) else [value]


class KeepsUploadsMixin:
    """For a form with file fields: files that passed their checks survive a failed submission."""

    def __init__(self, *args, uploads_owner=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.uploads_owner = uploads_owner
        self.kept_uploads = {}  # field name -> [KeptUpload]
        self.lost_uploads = set()  # field names whose file could not be kept
        self._uploads_settled = False
        self._uploads_dropped = False
        if self.is_bound and uploads_owner:
            self._take_back_kept_uploads()

    def file_field_names(self):
        return [name for name, field in self.fields.items() if isinstance(field, forms.FileField)]

    def _take_back_kept_uploads(self):
        """Put the kept files of the last submission into ``self.files``.

        A new file replaces the kept one of a single-file field; a multiple-file field takes the kept files
        and the new ones together (its own validation then counts them all). Dropped files are discarded.
        """
        files = None
        for name in self.file_field_names():
            html_name = self.add_prefix(name)
            multiple = getattr(self.fields[name].widget, "allow_multiple_selected", False)
            tokens = _getlist(self.data, f"{html_name}-kept")
            dropped = set(_getlist(self.data, f"{html_name}-drop"))
            fresh = [file for file in _getlist(self.files, html_name) if file]
            replaced = bool(fresh) and not multiple
            kept = []
            for token in tokens:
                upload = load(token, self.uploads_owner, html_name)
                if upload is None:
                    if not replaced:  # a new file replaces it anyway
                        self.lost_uploads.add(name)
                elif upload.token in dropped or replaced:
                    discard(upload)
                else:
                    kept.append(upload)
            if kept:
                if files is None:
                    files = self.files.copy() if hasattr(self.files, "copy") else MultiValueDict(self.files)
                files.setlist(html_name, [KeptFile(upload) for upload in kept] + fresh)
        if files is not None:
            self.files = files

    def full_clean(self):
        self._uploads_settled = False
        super().full_clean()
        self._uploads_settled = True
        if self._errors:
            self.keep_valid_uploads()

    def add_error(self, field, error):
        super().add_error(field, error)
        if self._uploads_settled:  # an error found after validation, such as a failed save in the view
            self.keep_valid_uploads()

    def keep_valid_uploads(self):
        """After a failed submission: keep each file of a field without errors, for the next attempt.

        Not when the separate consent for sensitive documents was refused: nothing is held without it,
        so the files already kept are deleted and the person is asked to choose them again.
        """
        if not self.uploads_owner:
            return
        if self._consent_refused():
            self._drop_uploads_without_consent()
            return
        for name in self.file_field_names():
            if name in self.kept_uploads and not self.errors.get(name):
                continue  # already kept (add_error after full_clean)
            if self.errors.get(name):  # files kept earlier passed their checks then: they stay kept
                values = [file for file in _getlist(self.files, self.add_prefix(name)) if isinstance(file, KeptFile)]
            else:
                value = self.cleaned_data.get(name)
                values = value if isinstance(value, (list, tuple)) else [value] if value else []
            kept = []
            for file in values:
                if isinstance(file, KeptFile):
                    kept.append(file.kept_upload)
                elif isinstance(file, UploadedFile):
                    upload = keep(file, self.uploads_owner, self.add_prefix(name))
                    if upload is None:
                        self.lost_uploads.add(name)
                    else:
                        kept.append(upload)
            if kept:
                self.kept_uploads[name] = kept

    def _consent_refused(self):
        return any(error.code == CONSENT_REFUSED_CODE for errors in self.errors.as_data().values() for error in errors)

    def _drop_uploads_without_consent(self):
        if self._uploads_dropped:
            return
        self._uploads_dropped = True
        for name in self.file_field_names():
            value = self.cleaned_data.get(name) if hasattr(self, "cleaned_data") else None
            values = value if isinstance(value, (list, tuple)) else [value] if value else []
            had_files = bool(values) or name in self.kept_uploads
            uploads = self.kept_uploads.pop(name, [])
            for file in values:
                if isinstance(file, KeptFile):
                    file.close()
                    uploads.append(file.kept_upload)
            for upload in {upload.stored_name: upload for upload in uploads}.values():
                discard(upload)
            if had_files:
                self.lost_uploads.add(name)

    def release_kept_uploads(self):
        """Once the form's files are saved for good, delete the pending copies they came from."""
        for name in self.file_field_names():
            value = self.cleaned_data.get(name) if hasattr(self, "cleaned_data") else None
            for file in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(file, KeptFile):
                    file.close()
                    discard(file.kept_upload)


def kept_for(bound_field):
    """What the template shows for a file field: its kept files, their field names, whether one was lost and
    whether new files join the kept ones (a multiple-file field) or replace them."""
    form = bound_field.form
    if not isinstance(form, KeepsUploadsMixin):
        return {}
    return {
        "files": form.kept_uploads.get(bound_field.name, []),
        "lost": bound_field.name in form.lost_uploads,
        "token_name": f"{bound_field.html_name}-kept",
        "drop_name": f"{bound_field.html_name}-drop",
        "multiple": getattr(bound_field.field.widget, "allow_multiple_selected", False),
    }
