"""A member's marketplace records in their data export, and what happens to them when they delete their account.

Registered with the accounts hooks (``accounts.hooks``) in ``wagtail_hooks.py``.
"""

from django.db.models import Prefetch

from accounts.account_deletion import delete_files_on_commit
from accounts.data_export import exported_file, exported_time

from .lifecycle import close_listing
from .models import (
    ExpressionOfInterest,
    IntroductionMessage,
    IntroductionNotice,
    Listing,
    ListingAttachment,
    MatchFeedback,
    Status,
)


def _message_attachment(message):
    if not message.attachment:
        return None
    return {"name": message.attachment_name, "content_type": message.attachment_type, "size": message.attachment_size}


def _pending_change(listing):
    change = getattr(listing, "pending_change", None)
    if change is None:
        return None
    return {
        "status": change.status,
        "changed_fields": change.changed_fields,
        "submitted_at": exported_time(change.submitted_at),
        "return_reason": change.return_reason,
    }


def _listings(user):
    listings = (
        Listing.objects.filter(owner=user)
        .select_related("organisation", "pending_change")
        .prefetch_related("sectors", "attachments")
        .order_by("pk")
    )
    return [
        {
            "id": listing.pk,
            "title": listing.title,
            "summary": listing.summary,
            "description": listing.description,
            "type": listing.kind,
            "status": listing.status,
            "stage": listing.stage,
            "deadline": exported_time(listing.deadline),
            "organisation": listing.organisation.name,
            "sectors": [sector.code for sector in listing.sectors.all()],
            "created_at": exported_time(listing.created_at),
            "published_at": exported_time(listing.published_at),
            "attachments": [exported_file(attachment) for attachment in listing.attachments.all()],
            "proposed_change": _pending_change(listing),
        }
        for listing in listings
    ]


def _interests(user):
    interests = (
        ExpressionOfInterest.objects.filter(sender=user)
        .select_related("listing")
        .order_by("pk")
        .prefetch_related(Prefetch("messages", queryset=IntroductionMessage.objects.filter(author=user)))
    )
    sent = [
        {
            "id": interest.pk,
            "listing": interest.listing.title,
            "message": interest.message,
            "status": interest.status,
            "outcome": interest.outcome,
            "sent_at": exported_time(interest.created_at),
            "messages": [
                {
                    "body": message.body,
                    "attachment": _message_attachment(message),
                    "sent_at": exported_time(message.created_at),
                }
                for message in interest.messages.all()
            ],
        }
        for interest in interests
    ]
    # Messages in introductions to the user's own listings, which the queryset above does not reach.
    replies = (
        IntroductionMessage.objects.filter(author=user)
        .exclude(interest__sender=user)
        .select_related("interest__listing")
        .order_by("pk")
    )
    return sent, [
        {
            "listing": message.interest.listing.title,
            "body": message.body,
            "attachment": _message_attachment(message),
            "sent_at": exported_time(message.created_at),
        }
        for message in replies
    ]


def _match_feedback(user):
    """The verdicts given on the matches of the user's listings."""
    rows = MatchFeedback.objects.filter(listing__owner=user).select_related("listing", "candidate").order_by("pk")
    return [
        {
            "listing": feedback.listing.title,
            "match": feedback.candidate.title,
            "verdict": feedback.verdict,
            "reason": feedback.reason,
            "score_shown": feedback.score,
            "given_at": exported_time(feedback.created_at),
        }
        for feedback in rows
    ]


def export_marketplace_records(user):
    """The export's marketplace sections: listings, introductions both ways, match feedback, saved searches."""
    interests_sent, other_messages = _interests(user)
    return {
        "listings": _listings(user),
        "expressions_of_interest": interests_sent,
        "introduction_messages_on_your_listings": other_messages,
        "match_feedback": _match_feedback(user),
        "saved_searches": [
            {"name": search.name, "filters": search.query, "created_at": exported_time(search.created_at)}
            for search in user.saved_searches.order_by("pk")
        ],
    }


def withdraw_listings(user):
    """Close each open listing as its owner would: out of search and matching at once, any proposed
    change dropped."""
    for listing in Listing.objects.filter(owner=user).exclude(status=Status.CLOSED):
        close_listing(listing, user)
    attachments = list(ListingAttachment.objects.filter(listing__owner=user))
    delete_files_on_commit([attachment.file for attachment in attachments])
    ListingAttachment.objects.filter(pk__in=[attachment.pk for attachment in attachments]).delete()


def unlink_match_feedback(user):
    """The person's verdicts on matches are kept as labelled data, with nobody named as their author."""
    MatchFeedback.objects.filter(user=user).update(user=None)


def delete_message_attachments(user):
    """Files the person attached to introduction messages go; the message text stays with the partner."""
    messages = list(IntroductionMessage.objects.filter(author=user).exclude(attachment=""))
    delete_files_on_commit([message.attachment for message in messages])
    IntroductionMessage.objects.filter(pk__in=[message.pk for message in messages]).update(
        attachment="", attachment_name="", attachment_type="", attachment_size=0
    )


def forget_searches_and_notices(user):
    """Saved searches and pending introduction notices exist only for the person: they go."""
    user.saved_searches.all().delete()
    IntroductionNotice.objects.filter(recipient=user).delete()
