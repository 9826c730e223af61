from .views import browse, dashboard, introductions, manage

app_name = "opportunities"
urlpatterns = browse.urlpatterns + manage.urlpatterns + introductions.urlpatterns + dashboard.urlpatterns
