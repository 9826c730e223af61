from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = _("Opportunities")

    def ready(self):
        """Matching rereads the vocabulary after any change to it and forgets deleted listings; pages are purged."""
        from sectors.models import Sector, SubField
        from vocabulary.models import CooperationType, GlossaryTerm, Region, TechnologyKeyword

        from . import page_purge
        from .match_index import listing_deleted
        from .models import Listing
        from .tasks import vocabulary_changed

        for model in (Sector, SubField, TechnologyKeyword, GlossaryTerm, CooperationType, Region):
            for signal in (post_save, post_delete):
                signal.connect(vocabulary_changed, sender=model, dispatch_uid=f"matching-{model.__name__}-{signal}")
        pre_delete.connect(listing_deleted, sender=Listing, dispatch_uid="matching-listing-deleted")
        post_save.connect(page_purge.listing_saved, sender=Listing, dispatch_uid="purge-listing-saved")
        pre_delete.connect(page_purge.listing_deleted, sender=Listing, dispatch_uid="purge-listing-deleted")
