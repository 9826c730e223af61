"""The public and owner pages of the marketplace, under ``/<language>/opportunities/``."""

from django.urls import path

from .views import browse, dashboard, introductions, manage, match_feedback

app_name = "opportunities"
urlpatterns = [
    # Browsing and saved searches
    path("", browse.listing_list, name="index"),
    path("<int:pk>/", browse.listing_detail, name="detail"),
    path("attachments/<int:pk>/", browse.attachment_download, name="attachment"),
    path("saved-searches/", browse.saved_search_list, name="saved_searches"),
    path("saved-searches/new/", browse.saved_search_create, name="saved_search_create"),
    path("saved-searches/<int:pk>/delete/", browse.saved_search_delete, name="saved_search_delete"),
    # The owner's listings
    path("new/", manage.create, name="create"),
    path("mine/", manage.my_listings, name="my_listings"),
    path("<int:pk>/edit/", manage.edit, name="edit"),
    path("<int:pk>/submit/", manage.submit, name="submit"),
    path("<int:pk>/changes/withdraw/", manage.withdraw_change, name="withdraw_change"),
    path("<int:pk>/close/", manage.close, name="close"),
    path("renew/<str:token>/", manage.renew, name="renew"),
    path("attachments/<int:pk>/delete/", manage.attachment_delete, name="attachment_delete"),
    # Introductions, reports and the impact page
    path("impact/", introductions.impact, name="impact"),
    path("<int:pk>/interest/", introductions.express_interest, name="express_interest"),
    path("<int:pk>/report/", introductions.report_listing, name="report_listing"),
    path("introductions/<int:pk>/", introductions.interest_detail, name="interest_detail"),
    path("introductions/<int:pk>/respond/", introductions.interest_respond, name="interest_respond"),
    path("introductions/<int:pk>/message/", introductions.interest_message, name="interest_message"),
    path(
        "introductions/<int:pk>/messages/<int:message_pk>/attachment/",
        introductions.interest_attachment,
        name="interest_attachment",
    ),
    path("introductions/<int:pk>/outcome/", introductions.interest_outcome, name="interest_outcome"),
    path("introductions/<int:pk>/withdraw/", introductions.interest_withdraw, name="interest_withdraw"),
    # The dashboard and the match-email opt-out
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("unsubscribe/<str:token>/", dashboard.unsubscribe, name="unsubscribe"),
    path("matches/<int:listing_pk>/<int:candidate_pk>/feedback/", match_feedback.match_feedback, name="match_feedback"),
    path(
        "matches/<int:listing_pk>/<int:candidate_pk>/feedback/undo/",
        match_feedback.match_feedback_undo,
        name="match_feedback_undo",
    ),
]
