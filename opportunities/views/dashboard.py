"""Views: dashboard. (Being built.)"""

urlpatterns = []
