from django.shortcuts import render


def coming_soon(request):
    """Placeholder for the listings marketplace until it launches; explains what is coming."""
    return render(request, "opportunities/coming_soon.html")
