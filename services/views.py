from django.shortcuts import render


def coming_soon(request):
    """Placeholder for the service catalogue until it launches; points to the contact page meanwhile."""
    return render(request, "services/coming_soon.html")
