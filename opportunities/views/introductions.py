"""Views: introductions. (Being built.)"""

urlpatterns = []
