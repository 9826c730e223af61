from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("profile/", views.profile_edit, name="profile"),
    path("organisation/", views.organisation_edit, name="organisation"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation_detail"),
]
