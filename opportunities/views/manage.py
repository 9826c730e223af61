"""Views: manage. (Being built.)"""

urlpatterns = []
