"""Queries per page and in-process latency of the service pages, at two volumes of service requests.

    export DATABASE_URL=sqlite:////tmp/bench.sqlite3     # a database with the demo loaded (bin/run, fill_volume.py)
    python bench/services.py [--requests 2000] [--runs 20]

Measures (warm; median of --runs requests through Django's test client) the catalogue, a service
page, its request form, a requester's "My service requests" and status page, and the staff list in
the admin, with 10 and then with --requests service requests (created inside a transaction that is
rolled back, so the database is left as it was). Prints one line per page and volume.
"""

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402


class Rollback(Exception):
    pass


def _requests(count, service, requester):
    from services.models import RequestStatus, ServiceRequest

    statuses = [RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS, RequestStatus.COMPLETED]
    rows = [
        ServiceRequest(
            service=service,
            service_title=service.title,
            requester=requester if n % 2 else None,
            contact_name=f"Requester {n}",
            contact_email=f"r{n}@example.com",
            country="SG",
            status=statuses[n % 3],
            amount=service.price_amount,
            currency=service.price_currency,
        )
        for n in range(count)
    ]
    created = ServiceRequest.objects.bulk_create(rows, batch_size=1000)
    for row in created:
        row.reference = f"SR-2026-{row.pk:06d}"
    ServiceRequest.objects.bulk_update(created, ["reference"], batch_size=1000)
    return created


def measure(client, url, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    connection.queries_log.clear()  # a full log (DEBUG logs every query) would hide the new ones
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return len(ctx.captured_queries), statistics.median(timings)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    _setup.configure("portal.settings.dev")

    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.test import Client

    from services.models import ServiceIndexPage, ServicePage
    from tests.accounts.factories import UserFactory

    try:
        with transaction.atomic():
            service = ServicePage.objects.live().get(slug_en="company-registration")
            requester = UserFactory(email="bench-requester@example.com")
            staff = get_user_model().objects.get(username="admin")
            own = _requests(10, service, requester)
            requester_client, staff_client = Client(), Client()
            requester_client.force_login(requester)
            staff_client.force_login(staff)
            pages = [
                ("catalogue (en)", requester_client, ServiceIndexPage.objects.live().get().url),
                ("service page", requester_client, service.url),
                ("request form", requester_client, service.url + "request/"),
                ("my service requests", requester_client, "/en/service-requests/"),
                ("status page", requester_client, f"/en/service-requests/{own[1].reference}/"),
                ("admin list", staff_client, "/admin/services/requests/"),
            ]
            for volume in (10, 10 + args.requests):
                if volume > 10:
                    _requests(args.requests, service, requester)
                for name, client, url in pages:
                    queries, median = measure(client, url, args.runs)
                    print(f"{name:22} {volume:6} requests: {queries:3} queries, median {median:6.1f} ms")
            raise Rollback
    except Rollback:
        pass


if __name__ == "__main__":
    main()
