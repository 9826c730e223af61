"""Events and competitions, split into upcoming and past, each downloadable as iCalendar."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from core.blocks import ContentStreamBlock
from core.cards import Card, card_rows
from core.pagination import paginate, without_bodies
from search.page_context import DetailPageContext
from search.searchable import Searchable, text_search_fields

from .calendar import event_to_ics


class EventKind(models.TextChoices):
    EVENT = "event", _("Event")
    COMPETITION = "competition", _("Competition")
    TRAINING = "training", _("Training")


class EventPageQuerySet(PageQuerySet):
    def in_index(self, index_page):
        """Live events under ``index_page``, with their sectors."""
        return without_bodies(self.live().descendant_of(index_page).prefetch_related("sectors"))

    def upcoming(self):
        """Events that have not ended yet, soonest first."""
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")

    def past(self):
        """Events that have ended, most recent first."""
        return self.filter(ends_at__lt=timezone.now()).order_by("-starts_at", "-pk")


class EventIndexPage(RoutablePageMixin, Page):
    """Lists upcoming events, with past events one click away."""

    intro = models.TextField(verbose_name=_("Intro"), blank=True, help_text=_("Shown above the list of events."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event index page")

    @path("", name="upcoming")
    def upcoming_events(self, request):
        events = EventPage.objects.in_index(self).upcoming()
        return self.render(
            request, context_overrides={"events": paginate(request, events, rows=card_rows), "showing_past": False}
        )

    @path("past/", name="past")
    def past_events(self, request):
        events = EventPage.objects.in_index(self).past()
        return self.render(
            request, context_overrides={"events": paginate(request, events, rows=card_rows), "showing_past": True}
        )


class EventPage(Card, DetailPageContext, Searchable, RoutablePageMixin, Page):
    """One event or competition: when, where, who organises it and how to register."""

    search_kind = "event"
    search_text_fields = ["intro", "venue", "organiser", "body"]
    search_date_field = "starts_at"
    search_sectors_field = "sectors"

    kind = models.CharField(verbose_name=_("Type"), max_length=20, choices=EventKind.choices, default=EventKind.EVENT)
    starts_at = models.DateTimeField(verbose_name=_("Starts"))
    ends_at = models.DateTimeField(verbose_name=_("Ends"))
    venue = models.CharField(
        verbose_name=_("Venue"), max_length=300, blank=True, help_text=_("Leave empty for online-only events.")
    )
    is_online = models.BooleanField(
        verbose_name=_("Online"), default=False, help_text=_("Tick if people can join online.")
    )
    organiser = models.CharField(verbose_name=_("Organiser"), max_length=200)
    registration_url = models.URLField(verbose_name=_("Registration URL"), blank=True)
    sectors = ParentalManyToManyField(
        "sectors.Sector", verbose_name=_("Sectors"), blank=True, related_name="event_pages"
    )
    intro = models.TextField(verbose_name=_("Intro"), help_text=_("One-paragraph summary shown in lists."))
    body = StreamField(ContentStreamBlock(), verbose_name=_("Body"), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("venue"),
                FieldPanel("is_online"),
                FieldPanel("organiser"),
                FieldPanel("registration_url"),
                FieldPanel("sectors"),
            ],
            heading=_("Event facts"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = (
        Page.search_fields
        + text_search_fields(search_text_fields)
        + [
            index.FilterField("starts_at"),
        ]
    )
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(EventPageQuerySet)()

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The event cannot end before it starts.")})

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @path("")
    def event_detail(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def ics(self, request):
        response = HttpResponse(event_to_ics(self, request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response
