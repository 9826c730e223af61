"""Public views: the catalogue, the request form, and the requester's status pages (filled in next)."""
from django.shortcuts import render


def catalogue(request, index_page):
    return index_page.render(request)


def request_form(request, service):
    return service.render(request)
