"""What the competitions admin's own pages share: the URL namespace, the staff check and the competition
from the URL, with breadcrumbs back to the list."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..access import is_competition_staff
from ..models import Competition

NAMESPACE = "competition_admin"


def admin_url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


class CompetitionDeskView(WagtailAdminTemplateMixin, View):
    """A page about one competition (``pk`` in the URL); anyone without the permission is refused."""

    header_icon = "list-ol"

    def dispatch(self, request, *args, **kwargs):
        if not is_competition_staff(request.user):
            raise PermissionDenied
        self.competition = get_object_or_404(Competition.objects.select_related("challenge"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.competition)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": admin_url("index"), "label": _("Competitions")},
            {"url": admin_url("edit", self.competition.pk), "label": str(self.competition)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(competition=self.competition, **kwargs)
