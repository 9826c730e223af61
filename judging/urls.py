"""The judge's pages, under ``/<language>/judging/``: assignments, the declaration, entries and scoring."""

from django.urls import path

from .views import deals, entrant, judge, public

app_name = "judging"
urlpatterns = [
    path("", judge.my_assignments, name="my_assignments"),
    path("<int:pk>/declaration/", judge.declaration, name="declaration"),
    path("<int:pk>/", judge.phase, name="phase"),
    path("<int:pk>/entries/<int:submission_pk>/", judge.entry, name="entry"),
    path("<int:pk>/entries/<int:submission_pk>/conflict/", judge.declare_conflict, name="declare_conflict"),
    path(
        "<int:pk>/entries/<int:submission_pk>/attachments/<int:attachment_pk>/",
        judge.attachment,
        name="attachment",
    ),
    # What judging ends in: the entrant's feedback, the public winners, a deal (views/entrant, public, deals)
    path("feedback/<int:submission_pk>/", entrant.feedback, name="feedback"),
    path("winners/<int:challenge_pk>/", public.winners, name="winners"),
    path("deals/<int:pk>/", deals.deal, name="deal"),
]
