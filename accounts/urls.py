from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("profile/", views.profile_edit, name="profile"),
    path("profile/complete/", views.complete_profile, name="complete_profile"),
    path("organisation/", views.organisation_edit, name="organisation"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation_detail"),
    path("verification/resend/", views.resend_verification, name="resend_verification"),
    path("your-data/", views.your_data, name="your_data"),
    path("your-data/download/", views.download_data, name="download_data"),
    path("delete/", views.delete_account, name="delete_account"),
]
