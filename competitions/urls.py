"""Competitions' public and applicant pages, under ``/<language>/competitions/`` (views/)."""

from django.urls import path

from .views import apply, browse, soft_landing

app_name = "competitions"
urlpatterns = [
    # The current competitions, the archive, a competition's page and its results (views/browse.py)
    path("", browse.competition_list, name="index"),
    path("archive/", browse.archive, name="archive"),
    path("<int:pk>/", browse.competition_detail, name="detail"),
    path("<int:pk>/results/", browse.results, name="results"),
    # Applicants: the application form and their application (views/apply.py)
    path("<int:pk>/apply/", apply.apply, name="apply"),
    path("<int:pk>/application/", apply.application, name="application"),
    # A finalist's or winner's invitation into the soft-landing services (views/soft_landing.py)
    path("soft-landing/<str:token>/", soft_landing.soft_landing, name="soft_landing"),
]
