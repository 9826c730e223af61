"""Views: the public list of challenges, the challenge page, and its Q&A (asking and answering).

Thin: each view parses the request, asks ``access`` who may see what, calls ``questions`` (the rules of
the Q&A) or ``selectors`` (the reads), and renders. A question refused for being asked too often answers
429 with the typed text kept in the form.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import rate_limits
from core.cards import card_rows
from core.pagination import paginate

from .. import access, hooks, outreach, questions, selectors
from ..choices import CHALLENGE_TYPE_HELP, AnswerVisibility, ChallengeType
from ..filters import ChallengeFilter
from ..models import Question
from ..question_forms import AnswerForm, QuestionForm
from ..solver_panel import solver_panel

CHALLENGES_PER_PAGE = 12


def challenge_list(request):
    challenge_filter = ChallengeFilter(request.GET, queryset=selectors.public_challenges())
    return render(
        request,
        "challenges/challenge_list.html",
        {
            "filter": challenge_filter,
            "challenges": paginate(request, challenge_filter.qs, CHALLENGES_PER_PAGE, rows=card_rows),
        },
    )


def _challenge_page(request, challenge, question_form=None, status=200):
    user = request.user
    may_ask = questions.may_ask(user, challenge)
    is_manager = access.manages(user, challenge)
    context = {
        **solver_panel(user, challenge),
        "challenge": challenge,
        "is_manager": is_manager,
        # The seeker and staff see which published offers fit: their owners are potential solvers.
        "suggested_solvers": outreach.suggested_solvers(challenge, limit=5) if is_manager else [],
        "type_help": CHALLENGE_TYPE_HELP.get(ChallengeType(challenge.challenge_type), ""),
        "phases": selectors.phases_of(challenge),
        "page_links": hooks.page_links(challenge),
        "amendments": selectors.amendments_of(challenge),
        "public_answers": selectors.public_answers(challenge),
        "own_questions": selectors.questions_asked_by(user, challenge),
        "may_see_confidential": access.may_see_confidential(user, challenge),
        "may_ask": may_ask,
        "question_form": (question_form or QuestionForm()) if may_ask else None,
    }
    return render(request, "challenges/challenge_detail.html", context, status=status)


def challenge_detail(request, pk):
    challenge = access.visible_challenge_or_404(request.user, pk, selectors.challenge_page_queryset())
    if request.method == "POST":
        return _ask(request, challenge)
    return _challenge_page(request, challenge)


def _ask(request, challenge):
    """A registrant's question, from the form on the challenge page."""
    if not request.user.is_authenticated:
        return redirect_to_login(challenge_url(challenge))
    if not questions.may_ask(request.user, challenge):
        messages.error(request, _("Only registered solvers can ask questions. Register for the challenge first."))
        return redirect("challenges:detail", pk=challenge.pk)
    form = QuestionForm(request.POST)
    if not form.is_valid():
        return _challenge_page(request, challenge, question_form=form, status=400)
    if not rate_limits.consume(
        rate_limits.rate_keys("challenge-question", request), questions.QUESTIONS_PER_HOUR, 60 * 60
    ):
        form.add_error(
            None,
            ValidationError(
                _(
                    "You have asked %(limit)d questions in the last hour, the most allowed. Please try again "
                    "later; your question is kept below."
                )
                % {"limit": questions.QUESTIONS_PER_HOUR},
                code="rate_limited",
            ),
        )
        return _challenge_page(request, challenge, question_form=form, status=429)
    questions.ask_question(challenge, request.user, form.cleaned_data["text"])
    messages.success(request, _("Your question was sent. We will show the answer under “Your questions”."))
    return redirect(challenge_url(challenge) + "#your-questions")


def challenge_url(challenge):
    return reverse("challenges:detail", args=[challenge.pk])


def question_list(request, pk):
    """GET: the seeker's and staff's page of every question. POST: a registrant asks a question."""
    if request.method == "POST":
        challenge = access.visible_challenge_or_404(request.user, pk, selectors.challenge_page_queryset())
        return _ask(request, challenge)
    challenge = access.managed_challenge_or_404(request.user, pk, selectors.challenge_page_queryset())
    return _questions_page(request, challenge)


def _questions_page(request, challenge, failed_form=None, failed_question=None, status=200):
    rows = []
    for question in selectors.all_questions(challenge):
        if failed_question is not None and question.pk == failed_question.pk:
            form = failed_form
        else:
            form = AnswerForm(instance=question, prefix=f"q{question.pk}")
        rows.append({"question": question, "form": form})
    return render(request, "challenges/questions.html", {"challenge": challenge, "rows": rows}, status=status)


@require_POST
def answer_question(request, pk, question_pk):
    challenge = access.managed_challenge_or_404(request.user, pk, selectors.challenge_page_queryset())
    question = get_object_or_404(Question.objects.filter(challenge=challenge), pk=question_pk)
    form = AnswerForm(request.POST, instance=question, prefix=f"q{question.pk}")
    if not form.is_valid():
        return _questions_page(request, challenge, failed_form=form, failed_question=question, status=400)
    questions.answer_question(question, request.user, form.cleaned_data["answer"], form.cleaned_data["visibility"])
    messages.success(
        request,
        _("Answer published. Every registrant is told by email.")
        if question.visibility == AnswerVisibility.PUBLIC
        else _("Answer sent to the person who asked."),
    )
    return redirect(reverse("challenges:questions", args=[challenge.pk]) + f"#question-{question.pk}")
