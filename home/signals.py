from django.dispatch import receiver
from wagtail.signals import page_published

from .translation_status import record_publish


@receiver(page_published)
def track_translation_state(sender, instance, revision=None, **kwargs):
    record_publish(instance)
