"""The request form: fixed contact fields plus each service's editor-defined extra fields."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder

from accounts.consent import SENSITIVE_CONSENT_FIELD, require_sensitive_consent, sensitive_upload_consent_field
from core.i18n import current_language_code
from core.pending_uploads import KeepsUploadsMixin
from core.uploads import ACCEPT_ATTRIBUTE, validate_upload

from .models import ServiceRequest


class ContentCheckedFileField(forms.FileField):
    """A PDF, PNG or JPEG of at most 5 MB, judged by its bytes; the real type is kept on the file."""

    widget = forms.FileInput(attrs={"accept": ACCEPT_ATTRIBUTE})

    def clean(self, data, initial=None):
        uploaded = super().clean(data, initial)
        if uploaded:
            uploaded.checked_content_type = validate_upload(uploaded)
        return uploaded


class ServiceFormBuilder(FormBuilder):
    """Wagtail's form builder plus file uploads, with native date pickers."""

    def create_file_field(self, field, options):
        options.pop("initial", None)
        options["help_text"] = options.get("help_text") or _("PDF, PNG or JPEG, at most 5 MB.")
        return ContentCheckedFileField(**options)

    def create_date_field(self, field, options):
        options.setdefault("widget", forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
        return forms.DateField(**options)

    def create_datetime_field(self, field, options):
        options.setdefault("widget", forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))
        return forms.DateTimeField(input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"], **options)


class RequestContactForm(forms.ModelForm):
    """Who is asking and how to reach them: the same fields on every service's request form."""

    class Meta:
        model = ServiceRequest
        fields = [
            "contact_name",
            "contact_email",
            "contact_phone",
            "organisation_name",
            "country",
            "preferred_language",
            "details",
        ]
        widgets = {"details": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "contact_email": _("We send the confirmation and every update here."),
            "preferred_language": _("The language of our emails to you."),
            "details": _("Anything that helps us prepare: your plans, dates, questions."),
        }
        error_messages = {
            "contact_name": {"required": _("Tell us your name.")},
            "contact_email": {
                "required": _("Give an email address so we can reach you."),
                "invalid": _("Enter a valid email address, like name@example.com."),
            },
            "country": {
                "required": _("Choose the country you are based in."),
                "invalid_choice": _("Choose a country from the list."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = self.initial.get("preferred_language", current_language_code())
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["organisation_name"].widget.attrs["autocomplete"] = "organization"


def _answer_text(value):
    """An answer as text for the request record (dates in ISO form, lists joined, yes/no for checkboxes)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "name") and hasattr(value, "size"):  # an uploaded file: keep its name
        return value.name
    return str(value)


class ServiceRequestForm:
    """The contact form and the service's extra-fields form (prefix ``extra``), validated as one.

    The prefix keeps an editor's field named e.g. “Email” from clashing with the contact fields.
    """

    prefix = "extra"

    def __init__(self, service, data=None, files=None, initial=None, uploads_owner=None):
        self.service = service
        self.contact = RequestContactForm(data, initial=initial or {})
        self.extra_fields = list(service.form_fields.all())
        built_class = ServiceFormBuilder(self.extra_fields).get_form_class()
        # Documents that pass their checks survive an error elsewhere in the form (core.pending_uploads).
        extra_form_class = type(built_class.__name__, (KeepsUploadsMixin, built_class), {})
        self.extra = extra_form_class(data, files, prefix=self.prefix, page=service, uploads_owner=uploads_owner)
        self.consent_given = False
        if self.has_file_fields:  # documents may be a passport or ID: PIPL asks for separate consent
            self.consent_purpose = gettext("handling your request for “%(service)s”") % {"service": service.title}
            self.extra.fields[SENSITIVE_CONSENT_FIELD] = sensitive_upload_consent_field(self.consent_purpose)

    def is_valid(self):
        # Validate both so every error shows at once.
        valid = all([self.contact.is_valid(), self.extra.is_valid()])
        if self.has_file_fields:
            file_fields = [field.clean_name for field in self.extra_fields if field.field_type == "file"]
            self.consent_given = require_sensitive_consent(self.extra, file_fields)
            valid = valid and not self.extra.errors
        if not valid:  # an error in either form: keep the documents that passed their checks
            self.extra.keep_valid_uploads()
        return valid

    @property
    def errors(self):
        return {**self.contact.errors, **self.extra.errors}

    def release_kept_uploads(self):
        self.extra.release_kept_uploads()

    @property
    def has_file_fields(self):
        return any(field.field_type == "file" for field in self.extra_fields)

    def add_error(self, error):
        self.contact.add_error(None, error)
        self.extra.keep_valid_uploads()

    def answers(self):
        """``[{name, label, value}]`` for every extra field, in the editor's order."""
        return [
            {
                "name": field.clean_name,
                "label": str(field.label),
                "value": _answer_text(self.extra.cleaned_data.get(field.clean_name)),
            }
            for field in self.extra_fields
        ]

    def attachments(self):
        """``[(field_name, uploaded_file, content_type)]`` for the file fields that got a file."""
        return [
            (field.clean_name, uploaded, uploaded.checked_content_type)
            for field in self.extra_fields
            if field.field_type == "file"
            for uploaded in [self.extra.cleaned_data.get(field.clean_name)]
            if uploaded
        ]


def document_field():
    """The optional document of a thread message: checked like the request form's attachments."""
    return ContentCheckedFileField(
        label=_("Attach a document"), required=False, help_text=_("PDF, PNG or JPEG, at most 5 MB.")
    )


class MessageForm(forms.Form):
    """A message in a request's thread, with an optional document.

    The requester's form (``service_request`` given) asks for separate consent before a document goes
    with it, as it may hold sensitive personal information (a passport, an ID); staff's form does not.
    """

    body = forms.CharField(
        label=_("Your message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write a message before sending.")},
    )

    def __init__(self, *args, service_request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"] = document_field()
        self.asks_consent = service_request is not None
        if self.asks_consent:
            self.consent_purpose = gettext("handling your service request %(reference)s") % {
                "reference": service_request.reference
            }
            self.fields[SENSITIVE_CONSENT_FIELD] = sensitive_upload_consent_field(self.consent_purpose)

    def clean(self):
        cleaned = super().clean()
        self.consent_given = self.asks_consent and require_sensitive_consent(self, ["document"])
        return cleaned

    @property
    def document_must_be_chosen_again(self):
        """A form sent back with errors does not keep its file: the page says so."""
        return self.is_bound and bool(self.errors) and bool(self.files.get(self.add_prefix("document")))

    def documents(self):
        """``[(uploaded_file, content_type)]``: the checked document, if one was attached."""
        document = self.cleaned_data.get("document")
        return [(document, document.checked_content_type)] if document else []
