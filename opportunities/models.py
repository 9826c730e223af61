"""Listings (offers and requests), their matches, expressions of interest and reports.

A listing is written in one language (``original_language``) with an optional translation of its
title and summary. Everything that matching uses (sectors, sub-fields, keywords, cooperation types,
regions, stage) is a shared code, so listings in different languages can match.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.cards import Card
from core.storage import private_uploads
from search.searchable import Searchable


class ListingKind(models.TextChoices):
    TECHNOLOGY_OFFER = "tech-offer", _("Technology offer")
    TECHNOLOGY_REQUEST = "tech-request", _("Technology request")
    BUSINESS_OFFER = "business-offer", _("Business offer")
    BUSINESS_REQUEST = "business-request", _("Business request")
    RD_REQUEST = "rd-request", _("R&D partner request")
    INVESTMENT_OFFER = "investment-offer", _("Investment offer")
    INVESTMENT_REQUEST = "investment-request", _("Investment request")


# Which kinds meet which, as in real partnering. The table is symmetric (tests check it): a
# technology request is met by technology offers, by business offers of products or services and
# by R&D partners; a business request by business offers and technology offers; investment requests
# by investment offers; R&D partner requests meet each other, technology offers and requests, and
# business offers (contract research, testing). Listings of one organisation never match (scoring).
_K = ListingKind
COMPLEMENTARY_KINDS = {
    _K.TECHNOLOGY_OFFER: [_K.TECHNOLOGY_REQUEST, _K.BUSINESS_REQUEST, _K.RD_REQUEST],
    _K.TECHNOLOGY_REQUEST: [_K.TECHNOLOGY_OFFER, _K.BUSINESS_OFFER, _K.RD_REQUEST],
    _K.BUSINESS_OFFER: [_K.BUSINESS_REQUEST, _K.TECHNOLOGY_REQUEST, _K.RD_REQUEST],
    _K.BUSINESS_REQUEST: [_K.BUSINESS_OFFER, _K.TECHNOLOGY_OFFER],
    _K.RD_REQUEST: [_K.RD_REQUEST, _K.TECHNOLOGY_OFFER, _K.TECHNOLOGY_REQUEST, _K.BUSINESS_OFFER],
    _K.INVESTMENT_OFFER: [_K.INVESTMENT_REQUEST],
    _K.INVESTMENT_REQUEST: [_K.INVESTMENT_OFFER],
}


# The order of matches everywhere (the matcher, the stored matches, the dashboard): best score
# first, then the newer candidate.
MATCH_ORDER = ("-score", "-candidate_id")


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    RESEARCH = "research", _("Under research")
    PROTOTYPE = "prototype", _("Prototype")
    PILOT = "pilot", _("Pilot or field tested")
    MARKET = "market", _("On the market")


STAGE_ORDER = [choice.value for choice in Stage]


class IPStatus(models.TextChoices):
    NONE = "none", _("No IP protection")
    PENDING = "pending", _("Patent(s) applied for")
    GRANTED = "granted", _("Patent(s) granted")
    SECRET = "secret", _("Secret know-how")
    OTHER = "other", _("Other (copyright, trademark...)")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Awaiting moderation")
    PUBLISHED = "published", _("Published")
    RETURNED = "returned", _("Returned for changes")
    EXPIRED = "expired", _("Expired")
    CLOSED = "closed", _("Closed")


class Currency(models.TextChoices):
    CNY = "CNY", "CNY"
    USD = "USD", "USD"
    EUR = "EUR", "EUR"


class ListingQuerySet(models.QuerySet):
    def public(self):
        """Published and not past their deadline: the only listings anyone but the owner may see."""
        return self.filter(status=Status.PUBLISHED, deadline__gte=timezone.localdate())


class Listing(Card, Searchable, models.Model):
    # What a listing's card shows that can change: the listing, and its organisation's name and badges.
    card_key_fields = (
        "pk",
        "updated_at",
        *(f"organisation__{name}" for name in ("name", "is_verified", "country", "kind")),
    )
    search_kind = "listing"
    search_date_field = "published_at"
    search_sectors_field = "sectors"
    search_keyword_fields = ["subfields", "keywords"]
    search_url_name = "opportunities:detail"
    search_expiry_field = "deadline"
    # Reminder flags and matching bookkeeping: saving only these changes nothing a reader can search.
    search_unsearched_fields = frozenset({"reminder_14_sent", "reminder_3_sent", "renewal_token", "updated_at"})

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="listings")
    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.CASCADE, related_name="listings")
    kind = models.CharField(_("type"), max_length=20, choices=ListingKind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600)
    description = models.TextField(_("description"), max_length=10_000)
    original_language = models.CharField(_("written in"), max_length=10, choices=settings.LANGUAGES)
    translated_title = models.CharField(_("title in the other language"), max_length=200, blank=True)
    translated_summary = models.TextField(_("summary in the other language"), max_length=600, blank=True)
    sectors = models.ManyToManyField("sectors.Sector", related_name="listings", verbose_name=_("sectors"))
    subfields = models.ManyToManyField(
        "sectors.SubField", blank=True, related_name="listings", verbose_name=_("sub-fields")
    )
    keywords = models.ManyToManyField(
        "vocabulary.TechnologyKeyword", blank=True, related_name="listings", verbose_name=_("technology keywords")
    )
    cooperation_types = models.ManyToManyField(
        "vocabulary.CooperationType", related_name="listings", verbose_name=_("cooperation types")
    )
    target_regions = models.ManyToManyField(
        "vocabulary.Region", blank=True, related_name="listings", verbose_name=_("target countries and regions")
    )
    stage = models.CharField(_("stage of development"), max_length=20, choices=Stage.choices)
    ip_status = models.CharField(_("IP status"), max_length=20, choices=IPStatus.choices, default=IPStatus.NONE)
    budget_min = models.PositiveBigIntegerField(_("budget or amount from"), null=True, blank=True)
    budget_max = models.PositiveBigIntegerField(_("budget or amount up to"), null=True, blank=True)
    budget_currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY)
    deadline = models.DateField(_("deadline"), help_text=_("The listing expires after this day."))
    is_anonymous = models.BooleanField(
        _("hide my organisation's name"),
        default=False,
        help_text=_("Readers see the country and type only, and can contact you only through the platform."),
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True)
    return_reason = models.TextField(_("reason for returning"), blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    reminder_14_sent = models.BooleanField(default=False)
    reminder_3_sent = models.BooleanField(default=False)
    renewal_token = models.CharField(max_length=64, default=secrets.token_urlsafe, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ListingQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "deadline", "kind"]),
            # The browse page's order, newest first, with the deadline for the "still open" test: its page of
            # keys is one walk along this index however many listings there are (core.pagination).
            models.Index(fields=["status", "-published_at", "-id", "deadline"], name="listing_browse_order_idx"),
        ]
        verbose_name = _("listing")
        verbose_name_plural = _("listings")

    def __str__(self):
        return self.title

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED and self.deadline >= timezone.localdate()

    @classmethod
    def search_rows(cls):
        return cls.search_prefetch(cls.objects.public().select_related("organisation"))

    def search_is_public(self):
        return self.is_public

    def search_versions(self):
        """The original text, and the translated title and summary when the owner gave one."""
        organisation = "" if self.is_anonymous else self.organisation.name
        versions = [(self.original_language, self.title, [self.summary, self.description, organisation])]
        if self.translated_title:
            other = next((code for code, _name in settings.LANGUAGES if code != self.original_language), None)
            if other:
                versions.append((other, self.translated_title, [self.translated_summary or self.summary, organisation]))
        return versions

    def shown_in(self, language=None):
        """Title and summary in ``language`` when a translation exists, else the original.

        Returns ``(title, summary, is_original)``.
        """
        language = language or get_language()
        if language != self.original_language and self.translated_title:
            return self.translated_title, self.translated_summary or self.summary, False
        return self.title, self.summary, True

    @property
    def change_under_review(self):
        """The owner's proposed edit of this published listing (pending or returned), or None."""
        try:
            return self.pending_change
        except ListingChange.DoesNotExist:
            return None


class ListingChangeStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    RETURNED = "returned", _("Returned for changes")


class ListingChange(models.Model):
    """An owner's edit of a published listing, held back until a moderator approves it.

    Readers keep seeing the published row while the edit waits. The edit is a JSON object of only the
    fields that differ from the published version (many-to-many fields as lists of ids), plus the files
    uploaded with it (``ListingAttachment.change``), rather than a second draft ``Listing`` row: every
    query over listings (public, browse, search, matching, sitemap, counts) stays as it is with no
    "is this a draft copy" filter to forget, and approving writes only what the owner changed, so a
    renewal made meanwhile is not undone. One per listing; ``opportunities.pending_changes`` handles it.
    """

    listing = models.OneToOneField(Listing, on_delete=models.CASCADE, related_name="pending_change")
    changed_fields = models.JSONField(default=dict, help_text="Field name → proposed value (ids for m2m).")
    status = models.CharField(
        max_length=20, choices=ListingChangeStatus.choices, default=ListingChangeStatus.PENDING, db_index=True
    )
    return_reason = models.TextField(_("reason for returning"), blank=True)
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")

    def __str__(self):
        return str(self.listing)

    @property
    def is_pending(self):
        return self.status == ListingChangeStatus.PENDING


class ListingAttachment(models.Model):
    """A file attached to a listing. Private storage: it is sent by ``opportunities:attachment``, which
    applies the listing's visibility (anyone while the listing is public, else its owner and moderators)."""

    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="attachments")
    # Set while the file belongs to a proposed change: then only the owner and moderators may see it.
    change = models.ForeignKey(
        ListingChange, on_delete=models.CASCADE, null=True, blank=True, related_name="new_attachments"
    )
    file = models.FileField(upload_to="listing-attachments/%Y/%m/", storage=private_uploads)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")

    def __str__(self):
        return self.original_name


class Match(models.Model):
    """A scored pair of complementary listings; stored once per direction for fast dashboards."""

    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="matches")
    candidate = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField()
    reasons = models.JSONField(default=dict, help_text="What the score is made of, by vocabulary.")
    created_at = models.DateTimeField(auto_now_add=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        unique_together = [("listing", "candidate")]
        ordering = list(MATCH_ORDER)
        verbose_name = _("match")
        verbose_name_plural = _("matches")


class MatchTerm(models.Model):
    """One row of the matching index: a public listing holds a term (a concept, a code or a word).

    ``match_index`` writes the rows when a listing becomes public and removes them when it stops
    being public; ``scoring`` reads candidates from them by term, so an old listing is as findable as
    a new one. ``kind`` and ``organisation_id`` are copied from the listing so that the lookup needs
    no join.
    """

    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=80)
    weight = models.FloatField(help_text="How strongly the listing holds the term, 0–1.")
    kind = models.CharField(max_length=20, choices=ListingKind.choices)
    organisation_id = models.BigIntegerField()

    class Meta:
        # Covering the candidate lookup (by term and kind, summing weights per listing): no table reads.
        indexes = [
            models.Index(fields=["term", "kind", "organisation_id", "listing", "weight"], name="matchterm_lookup")
        ]
        constraints = [models.UniqueConstraint(fields=["listing", "term"], name="matchterm_listing_term")]


class MatchTermStat(models.Model):
    """How many indexed listings hold a term (the term ``*`` counts the indexed listings themselves).

    Kept up to date by ``match_index`` as listings are indexed and removed, so that the rarity of a
    term is one lookup rather than a count over the index.
    """

    term = models.CharField(max_length=80, primary_key=True)
    listings = models.PositiveIntegerField(default=0)


class FeedbackVerdict(models.TextChoices):
    USEFUL = "useful", _("Useful")
    NOT_RELEVANT = "not-relevant", _("Not relevant")


class FeedbackReason(models.TextChoices):
    NONE = "", _("No reason given")
    GOOD_FIT = "good-fit", _("What we need")
    WRONG_FIELD = "wrong-field", _("Different technology or field")
    WRONG_KIND = "wrong-kind", _("Not the kind of partner we want")
    WRONG_STAGE = "wrong-stage", _("Wrong stage of development")
    WRONG_REGION = "wrong-region", _("Wrong country or market")
    WRONG_BUDGET = "wrong-budget", _("Budget does not fit")
    ALREADY_KNOWN = "already-known", _("We already know them")


class MatchFeedback(models.Model):
    """An owner's verdict on a suggested match, kept as labelled data for judging the matcher.

    It names the two listings rather than the stored ``Match`` row, which is replaced whenever
    matches are refreshed, and keeps the score and reasons the owner saw. "Not relevant" hides the
    match from that listing for good.
    """

    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="match_feedback")
    candidate = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    verdict = models.CharField(_("verdict"), max_length=20, choices=FeedbackVerdict.choices)
    reason = models.CharField(_("reason"), max_length=20, choices=FeedbackReason.choices, blank=True, default="")
    score = models.PositiveSmallIntegerField(_("score shown"))
    reasons = models.JSONField(_("reasons shown"), default=dict)
    created_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["listing", "candidate"], name="matchfeedback_once_per_pair")]
        verbose_name = _("match feedback")
        verbose_name_plural = _("match feedback")

    def __str__(self):
        return f"{self.listing_id} → {self.candidate_id}: {self.verdict}"


class InterestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a reply")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Outcome(models.TextChoices):
    NONE = "", _("Not recorded")
    NEGOTIATING = "negotiating", _("In negotiation")
    AGREEMENT = "agreement", _("Agreement signed")
    NO_DEAL = "no-deal", _("No deal")


class ExpressionOfInterest(models.Model):
    """A request for an introduction; contact details are revealed to both sides only on acceptance."""

    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="interests")
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interests_sent")
    sender_organisation = models.ForeignKey("accounts.Organisation", on_delete=models.CASCADE, related_name="+")
    message = models.TextField(_("message"), max_length=3000)
    status = models.CharField(
        max_length=20, choices=InterestStatus.choices, default=InterestStatus.PENDING, db_index=True
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")


class IntroductionMessage(models.Model):
    interest = models.ForeignKey(ExpressionOfInterest, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(_("message"), max_length=5000)
    # One optional document, checked by content like listing attachments; only the two parties may fetch it
    # (``opportunities:interest_attachment``).
    attachment = models.FileField(
        _("attachment"), upload_to="introduction-attachments/%Y/%m/", storage=private_uploads, blank=True
    )
    attachment_name = models.CharField(max_length=255, blank=True)
    attachment_type = models.CharField(max_length=50, blank=True)
    attachment_size = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("message")


class NoticeKind(models.TextChoices):
    INTEREST = "interest", _("Expression of interest")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    MESSAGE = "message", _("Message")


class IntroductionNotice(models.Model):
    """Something one party of an introduction hears about by email: at once, or in the next digest.

    Kept until emailed, so nothing is lost when several arrive within a digest window
    (opportunities/introduction_notices.py).
    """

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    interest = models.ForeignKey(ExpressionOfInterest, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=20, choices=NoticeKind.choices)
    message = models.ForeignKey(IntroductionMessage, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("introduction notice")


class ReportReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Abusive or offensive")
    MISLEADING = "misleading", _("Misleading or fraudulent")
    OTHER = "other", _("Something else")


class ListingReport(models.Model):
    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("details"), max_length=2000, blank=True)
    is_resolved = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("listing report")


class SavedSearch(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(_("name"), max_length=100)
    query = models.JSONField(help_text="The browse page's filter parameters.")
    last_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
