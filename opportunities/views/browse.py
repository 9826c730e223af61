"""Views: browsing listings. (Being built; the placeholder stays until the browse page lands.)"""

from django.shortcuts import render
from django.urls import path


def coming_soon(request):
    return render(request, "opportunities/coming_soon.html")


urlpatterns = [path("", coming_soon, name="index")]
