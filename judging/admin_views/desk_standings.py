"""The desk's standings of a phase: progress ("3 of 5 scored"), averages, spread and ranking; each judge's
part; outliers flagged for reconciliation, with a form per review (``reconciliation``); and the exports."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import exports
from ..admin_forms import ReconcileForm
from ..models import Review
from ..reconciliation import reconcile
from ..standings import OUTLIER_POINTS, phase_standings
from .desk_base import PhaseView, desk_url, error_summary
from .outcomes_base import int_or_none

SHEETS = {"shortlist": exports.shortlist, "score-sheet": exports.score_sheet}


RECONCILIATIONS_PER_PAGE = 20  # each is a form: a page of them, not hundreds, whatever the phase's size
RANKING_PER_PAGE = 50  # the ranking is worked out over every entry; a page of it is shown
OUTLIERS_PARAMETER = "outliers"  # the reconciliation list's page, beside the ranking's "page"


def reconciliation_items(standings):
    """``[(entry, review_standing)]``: every outlier, and every review already reconciled or left out."""
    return [
        (entry, item)
        for entry in standings.entries
        for item in entry.reviews
        if item.is_outlier or item.review.excluded or item.review.reconciled_at
    ]


def reconciliation_page_of(index):
    """The page of the reconciliation list that item ``index`` (from 0) is on."""
    return index // RECONCILIATIONS_PER_PAGE + 1


def reconciliation_page(items, number, bound=None):
    """The page of ``items`` asked for, or the one holding the review whose ``bound`` form has errors."""
    if bound is not None:
        for index, (_entry, item) in enumerate(items):
            if bound.prefix == f"review-{item.review.pk}":
                number = reconciliation_page_of(index)
    return Paginator(items, RECONCILIATIONS_PER_PAGE).get_page(number)


def reconciliation_rows(page, bound=None):
    """``[(entry, review_standing, form)]`` for one page of reconciliation items."""
    rows = []
    for entry, item in page:
        review = item.review
        if bound is not None and bound.prefix == f"review-{review.pk}":
            form = bound
        else:
            form = ReconcileForm(
                prefix=f"review-{review.pk}", initial={"note": review.reconciliation_note, "exclude": review.excluded}
            )
        rows.append((entry, item, form))
    return rows


class StandingsView(PhaseView):
    page_title = gettext_lazy("Standings")
    template_name = "judging/admin/standings.html"

    def render_page(self, bound=None, status=200):
        standings = phase_standings(self.phase)
        items = reconciliation_items(standings)
        page = reconciliation_page(items, self.request.GET.get(OUTLIERS_PARAMETER), bound)
        ranking = Paginator(standings.entries, RANKING_PER_PAGE).get_page(self.request.GET.get("page"))
        outlier_pages = {item.review.pk: reconciliation_page_of(index) for index, (_e, item) in enumerate(items)}
        for entry in ranking:  # the ranking's "n outliers" link opens the reconciliation page that lists them
            outliers = entry.outliers
            entry.outliers_page = outlier_pages.get(outliers[0].review.pk) if outliers else None
        context = self.get_context_data(
            standings=standings,
            ranking=ranking,
            reconciliation=reconciliation_rows(page, bound),
            reconciliation_page=page,
            error_items=error_summary(bound),
            outlier_points=OUTLIER_POINTS,
            exports=[
                (label, desk_url("export", self.challenge.pk, self.phase.pk, sheet, export_format), export_format)
                for sheet, label in (("shortlist", _("Shortlist")), ("score-sheet", _("Score sheet")))
                for export_format in exports.FORMATS
            ],
        )
        return self.render_to_response(context, status=status)

    def get(self, request, pk, phase_pk):
        return self.render_page()


class ReconcileView(StandingsView):
    http_method_names = ["post"]

    def post(self, request, pk, phase_pk, review_pk):
        review = get_object_or_404(Review, pk=review_pk, assignment__phase=self.phase)
        form = ReconcileForm(request.POST, prefix=f"review-{review.pk}")
        if not form.is_valid():
            return self.render_page(form, status=400)
        try:
            reconcile(review, request.user, form.cleaned_data["note"], exclude=form.cleaned_data["exclude"])
        except ValidationError as error:
            form.add_error("note", error)
            return self.render_page(form, status=400)
        if review.excluded:
            messages.success(request, _("The note was saved and the review is left out of the averages."))
        else:
            messages.success(request, _("The note was saved; the review counts in the averages."))
        page = int_or_none(self.request.GET.get(OUTLIERS_PARAMETER))
        query = f"?{OUTLIERS_PARAMETER}={page}" if page and 0 < page < 100_000 else ""
        return redirect(desk_url("standings", self.challenge.pk, self.phase.pk) + f"{query}#review-{review.pk}")


class ExportView(PhaseView):
    def get(self, request, pk, phase_pk, sheet, export_format):
        if sheet not in SHEETS or export_format not in exports.FORMATS:
            raise Http404
        return exports.export_response(SHEETS[sheet](self.phase), export_format)
