from django.urls import path

app_name = "services"
urlpatterns = []
