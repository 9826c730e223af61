from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import page_cache

from .chrome import shown_in_frame
from .translation_status import record_publish


@receiver(page_published)
def track_translation_state(sender, instance, revision=None, **kwargs):
    record_publish(instance)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def purge_when_the_frame_changes(sender, instance, **kwargs):
    """Every page shows the menu, the sections' addresses and the footer: when one of their pages changes, purge all.

    That also retires the frame's fragments (home.chrome), which are keyed by the site generation.
    """
    if shown_in_frame(instance):
        page_cache.purge_everything()


@receiver(pre_delete)
def purge_when_a_frame_page_is_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live and shown_in_frame(instance):
        page_cache.purge_everything()
