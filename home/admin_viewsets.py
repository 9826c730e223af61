"""Shared pieces of our Wagtail admin viewsets."""

from django.utils.functional import cached_property
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.permissions import policy_registry


class RecordPageURLFinder(ModelAdminURLFinder):
    """Links a record to its own admin page, if the user may take ``permission`` on it."""

    permission = "change"

    def get_edit_url(self, instance):
        policy = policy_registry.get(instance)
        if self.user and policy and not policy.user_has_permission_for_instance(self.user, self.permission,
                                                                                  instance):
            return None
        return self.construct_edit_url(instance)


class RecordPageMixin:
    """For a ModelViewSet whose records are reviewed or handled on ``record_view_name``, not edited.

    Wagtail's other admin pages (where an organisation is used, the history) link each record to its edit
    view; without one, they would fail to build the link. They link to the record's page instead.
    """

    record_view_name = "review"
    record_permission = "change"

    @cached_property
    def url_finder_class(self):
        return type("RecordPageURLFinder", (RecordPageURLFinder,), {
            "edit_url_name": self.get_url_name(self.record_view_name), "permission": self.record_permission})
