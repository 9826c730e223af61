"""Views: a judge's assignments, their declaration, the entries of a phase, and scoring one entry.

Thin on purpose: who may see what is ``access`` (anything else is a 404), the declaration and recusals are
``conflicts``, and scoring is ``reviews.save_review``, which checks the closing date and the rubric itself.
A judge sees only their own assignments and reviews; with anonymous judging, never who sent an entry.
"""

import posixpath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import F, Min, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.selectors import display_name, organisation_of
from core.dates import datetime_with_zone
from core.media import stored_file_response
from core.pagination import paginate

from .. import access, conflicts, pitches, reviews
from ..choices import PhaseKind
from ..forms import DeclarationForm, ReviewForm

ENTRIES_PER_PAGE = 20


@login_required
def my_assignments(request):
    """The signed-in user's assignments, each with its phase, closing time and progress."""
    page = paginate(request, reviews.assignments_of(request.user))
    rows = []
    for assignment in page:
        scored, total = reviews.progress(assignment) if assignment.is_ready else (None, None)
        rows.append({"assignment": assignment, "scored": scored, "total": total})
    return render(request, "judging/judge/my_assignments.html", {"assignments": page, "rows": rows})


@login_required
def declaration(request, pk):
    """GET shows the agreement and the declaration; POST records them (once: declarations are final)."""
    assignment = access.own_assignment_or_404(request.user, pk)
    if assignment.is_ready:
        if request.method == "POST":
            messages.info(request, _("Your declaration is already recorded and cannot be changed."))
            return redirect("judging:declaration", pk=assignment.pk)
        return render(
            request,
            "judging/judge/declaration.html",
            {
                "assignment": assignment,
                "phase": assignment.phase,
                "challenge": assignment.phase.challenge,
                "agreement_text": conflicts.AGREEMENT_TEXT,
                "agreement_version": assignment.agreement_version,
                # under anonymous judging, which names matched an entrant would say who entered
                "declared_organisations": []
                if access.is_anonymous(assignment.phase.challenge)
                else list(assignment.declared_organisations.order_by("name")),
            },
        )
    challenge = assignment.phase.challenge
    if timezone.now() < challenge.submission_deadline:  # entries still coming in: nobody to declare yet
        return render(
            request,
            "judging/judge/declaration.html",
            {
                "assignment": assignment,
                "phase": assignment.phase,
                "challenge": challenge,
                "agreement_text": conflicts.AGREEMENT_TEXT,
                "agreement_version": conflicts.AGREEMENT_VERSION,
                "too_early": conflicts.entries_not_in_yet(challenge),
            },
            status=400 if request.method == "POST" else 200,
        )
    form = DeclarationForm(assignment, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        conflicts.declare(assignment, form.declared_organisations(), form.declared_links_text())
        messages.success(request, _("Thank you. Your declaration is recorded, and the entries are open to you."))
        recused = reviews.recused_count(assignment)
        if recused:
            messages.info(
                request,
                ngettext(
                    "Because of your links, you were recused from %(count)d entry.",
                    "Because of your links, you were recused from %(count)d entries.",
                    recused,
                )
                % {"count": recused},
            )
        return redirect("judging:phase", pk=assignment.pk)
    return render(
        request,
        "judging/judge/declaration.html",
        {
            "assignment": assignment,
            "phase": assignment.phase,
            "challenge": assignment.phase.challenge,
            "agreement_text": form.agreement_text,
            "agreement_version": form.agreement_version,
            "form": form,
        },
        status=400 if form.is_bound else 200,
    )


def _ready_assignment(request, pk):
    """The user's own ready assignment, or None when they must declare first (404 if not theirs)."""
    assignment = access.own_assignment_or_404(request.user, pk)
    return assignment if assignment.is_ready else None


@login_required
def phase(request, pk):
    """The entries the judge scores (their recusals are counted, never listed), with their progress."""
    assignment = _ready_assignment(request, pk)
    if assignment is None:
        return redirect("judging:declaration", pk=pk)
    phase = assignment.phase
    found = access.judged_entries(assignment).only("pk", "reference", "title")
    is_pitch = phase.kind == PhaseKind.PITCH
    if is_pitch:  # a panel scores on the day in agenda order; entries not yet scheduled come last
        found = found.annotate(slot_start=Min("pitch_slots__starts_at", filter=Q(pitch_slots__phase=phase))).order_by(
            F("slot_start").asc(nulls_last=True), "reference", "pk"
        )
    entries = paginate(request, found, ENTRIES_PER_PAGE)
    slots = pitches.slots_by_entry(phase, [entry.pk for entry in entries]) if is_pitch else {}
    for entry in entries:
        entry.slot = slots.get(entry.pk)
    scored, total = reviews.progress(assignment)
    return render(
        request,
        "judging/judge/phase.html",
        {
            "assignment": assignment,
            "phase": assignment.phase,
            "challenge": assignment.phase.challenge,
            "entries": entries,
            "scored_ids": reviews.scored_ids(assignment, entries),
            "scored": scored,
            "total": total,
            "recused": reviews.recused_count(assignment),
            "is_open": assignment.phase.is_open(),
        },
    )


def _attachments(submission, anonymous):
    """``[(attachment, name shown)]``: with anonymous judging a neutral name, as a file name may say who wrote it."""
    found = submission.attachments.order_by("uploaded_at", "pk")
    if not anonymous:
        return [(attachment, attachment.original_name) for attachment in found]
    return [
        (attachment, f"{submission.reference}-{number}{posixpath.splitext(attachment.original_name)[1].lower()}")
        for number, attachment in enumerate(found, start=1)
    ]


def _member_name(member):
    """The member's name as others see it, but never their email address (judges are not their contacts)."""
    name = display_name(member)
    return _("Name not given") if name == member.email else name


def _entrants(submission):
    """Who sent the entry: the team's name and each member with their organisation (never for anonymous judging)."""
    return {
        "team_name": submission.registration.team_name,
        "members": [
            {"name": _member_name(member), "organisation": organisation_of(member)}
            for member in conflicts.team_members(submission)
        ],
    }


def _entry_page(request, assignment, submission, review, form, status=200):
    challenge = assignment.phase.challenge
    anonymous = access.is_anonymous(challenge)
    is_open = assignment.phase.is_open()
    values = {score.criterion_id: score.value for score in review.scores.all()} if review else {}
    return render(
        request,
        "judging/judge/entry.html",
        {
            "assignment": assignment,
            "phase": assignment.phase,
            "challenge": challenge,
            "submission": submission,
            "attachments": _attachments(submission, anonymous),
            "entrants": None if anonymous else _entrants(submission),
            "anonymous": anonymous,
            "review": review,
            "is_open": is_open,
            "form": form if is_open else None,
            "own_scores": [(criterion, values.get(criterion.pk)) for criterion in assignment.phase.criteria.all()],
        },
        status=status,
    )


@login_required
def entry(request, pk, submission_pk):
    """An entry and the judge's review form (their earlier scores to revise); read-only once the phase closes."""
    assignment = _ready_assignment(request, pk)
    if assignment is None:
        return redirect("judging:declaration", pk=pk)
    submission = access.judged_entry_or_404(assignment, submission_pk)
    review = reviews.own_review(assignment, submission)
    if request.method != "POST":
        return _entry_page(request, assignment, submission, review, ReviewForm(assignment.phase, review))
    form = ReviewForm(assignment.phase, review, request.POST)
    if form.is_valid():
        try:
            reviews.save_review(assignment, submission, form.scores(), form.cleaned_data["comment"], get_language())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Your scores for %(reference)s are saved. You can revise them until %(date)s.")
                % {"reference": submission.reference, "date": datetime_with_zone(assignment.phase.closes_at)},
            )
            return redirect("judging:phase", pk=assignment.pk)
    return _entry_page(request, assignment, submission, review, form, status=400)


@login_required
@require_POST
def declare_conflict(request, pk, submission_pk):
    """The judge flags a conflict with one entry: they are recused from it and it leaves their list."""
    assignment = access.ready_assignment_or_404(request.user, pk)
    submission = access.judged_entry_or_404(assignment, submission_pk)
    try:
        conflicts.declare_conflict_with(assignment, submission)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("judging:entry", pk=assignment.pk, submission_pk=submission.pk)
    messages.success(
        request,
        _("You are recused from %(reference)s. It no longer appears in your list, and you cannot open it.")
        % {"reference": submission.reference},
    )
    return redirect("judging:phase", pk=assignment.pk)


@login_required
def attachment(request, pk, submission_pk, attachment_pk):
    """A file of an entry the judge may open; private, under the media header policy; else 404."""
    assignment = access.ready_assignment_or_404(request.user, pk)
    submission = access.judged_entry_or_404(assignment, submission_pk)
    for found, name in _attachments(submission, access.is_anonymous(assignment.phase.challenge)):
        if found.pk == attachment_pk:
            return stored_file_response(found.file, found.content_type, filename=name)
    raise Http404
