"""Parallel pay clicks never fail a payer: no database lock is held while Stripe answers.

First, end to end on the embedded default (an SQLite file) as a small install runs it: gunicorn
(2 workers x 4 threads) and ``manage.py db_worker --backend background`` as separate processes on
one SQLite file, localstripe as Stripe (which posts its webhook to the site too). Eight tabs of one
logged-in payer click "Pay" at once: each asks for the PaymentIntent, then each confirms it with its
own card. Before the fix five parallel clicks gave ``[200, 500, 500, 500, 500]`` ("database is
locked") and left extra PaymentIntents at Stripe: the payer could not tell whether they had been charged.

Then, in the test process: no transaction is open during any call to Stripe, and the claim that
makes parallel clicks share one attempt neither blocks a payer forever nor answers with an error page.
"""

import datetime
import json
import os
import random
import sqlite3
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
import stripe
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from payments import claims
from payments.charges import confirm_payment, refund_payment, start_payment, sync_payment
from payments.models import Payment, PaymentStatus
from tests.server_process import manage, running_gunicorn, running_process, site_env
from tests.stripe_server import PUBLISHABLE_KEY, SECRET_KEY, WEBHOOK_SECRET

from .stripe_calls import DECLINED, VISA, WEBHOOK_PATH, card, confirm_in_browser, intent_at_stripe

TABS = 8
PASSWORD = "pay-in-parallel-2026"
IN_PROGRESS = "already in progress"  # words of the "payment already in progress" answer (409)
WORKER_TASKS = 1000  # enough queued work to keep the worker writing while the clicks run


# --- Run in the site's own process by `manage.py shell -c`, on the site's database. ---


def prepare_database():
    """Migrate, then add the home page, a paid service, the payer's verified account, their request
    awaiting card payment, and a queue of work for the worker. Prints the request's id and reference.

    localstripe outlives this database (one per test session), so the request's id is random: its
    PaymentIntents at Stripe are told apart from other tests' by it.
    """
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import transaction

    from demo.site_loader import ensure_home_page
    from payments.tasks import cancel_stale_payment_intents
    from services.models import Currency, PaymentMethod, RequestStatus
    from tests.services.factories import ServiceIndexPageFactory, ServicePageFactory, ServiceRequestFactory

    call_command("migrate", "--noinput", verbosity=0)
    with transaction.atomic():
        service = ServicePageFactory(
            parent=ServiceIndexPageFactory(parent=ensure_home_page()),
            title_en="Company registration",
            slug="company-registration",
            turnaround_days=15,
            price_amount=150000,
            price_currency=Currency.CNY,
        )
        payer = get_user_model().objects.create_user("payer", "payer@example.sg", PASSWORD)
        EmailAddress.objects.create(user=payer, email=payer.email, verified=True, primary=True)
        service_request = ServiceRequestFactory(
            id=random.randint(10**6, 10**8),
            service=service,
            requester=payer,
            contact_email=payer.email,
            status=RequestStatus.AWAITING_PAYMENT,
            payment_method=PaymentMethod.CARD,
            due_on=None,
        )
        for _ in range(WORKER_TASKS):
            cancel_stale_payment_intents.enqueue()
    print(json.dumps({"id": service_request.pk, "reference": service_request.reference}))


# --- The payer's tabs ---


def _logged_in_session(base):
    session = requests.Session()
    session.get(f"{base}/en/accounts/login/", timeout=30).raise_for_status()
    response = session.post(
        f"{base}/en/accounts/login/",
        timeout=30,
        allow_redirects=False,
        data={"login": "payer@example.sg", "password": PASSWORD, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
    )
    assert response.status_code == 302, "the payer could not log in"
    return session


def _tab(logged_in):
    """Another tab of the same browser: the same login and CSRF cookies.

    Each request opens its own connection. A kept-alive one that gunicorn closes (after its two idle
    seconds) just as a click is sent makes the click fail with a reset the payer never sees: a browser
    retries it on a new connection, requests does not retry a POST.
    """
    tab = requests.Session()
    tab.cookies.update(logged_in.cookies)
    tab.headers["X-CSRFToken"] = logged_in.cookies["csrftoken"]
    tab.headers["Connection"] = "close"
    return tab


def _answer(response):
    try:
        body = response.json()
    except ValueError:
        body = {}
    return {"http": response.status_code, **body}


def _click_together(tabs, click):
    """Every tab runs ``click(tab, index)`` at the same moment; their answers, in tab order."""
    start = threading.Barrier(len(tabs))

    def run(index):
        start.wait()
        try:
            return _answer(click(tabs[index], index))
        except requests.RequestException as error:  # shown in the tests' failure messages, not as a setup error
            return {"http": None, "error": repr(error)}

    with ThreadPoolExecutor(len(tabs)) as pool:
        return list(pool.map(run, range(len(tabs))))


def _card_token(stripe_url):
    response = requests.post(
        f"{stripe_url}/v1/tokens",
        timeout=10,
        data={
            "card[number]": VISA,
            "card[exp_month]": "12",
            "card[exp_year]": "2030",
            "card[cvc]": "123",
            "key": PUBLISHABLE_KEY,
        },
    )
    response.raise_for_status()
    return response.json()["card"]["id"]


def _stripe_list(stripe_url, resource):
    response = requests.get(f"{stripe_url}/v1/{resource}", params={"limit": 100}, timeout=10, auth=(SECRET_KEY, ""))
    response.raise_for_status()
    return response.json()["data"]


def _tasks_done(database):
    """How many queued tasks the worker has finished (read straight from the SQLite file)."""
    with sqlite3.connect(database, timeout=20) as connection:
        return connection.execute(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'SUCCESSFUL'"
        ).fetchone()[0]


def _wait_for_worker(database, seconds=90):
    deadline = time.monotonic() + seconds
    while not _tasks_done(database):
        assert time.monotonic() < deadline, "the worker never started on its queue"
        time.sleep(0.2)


# The live site below always runs on a SQLite file of its own, whatever DATABASE_URL says: run it once,
# in bin/test's SQLite pass, not again in the PostgreSQL pass.
in_the_sqlite_pass = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the live SQLite site runs in the SQLite pass of bin/test (it ignores DATABASE_URL)",
)


@pytest.fixture(scope="module")
def parallel_clicks(tmp_path_factory, localstripe):
    """Eight tabs click "Pay" at once while the worker works through its queue; what each was answered."""
    directory = tmp_path_factory.mktemp("sqlite-site")
    database = directory / "portal.sqlite3"
    env = site_env(
        f"sqlite:///{database}",
        STRIPE_SECRET_KEY=SECRET_KEY,
        STRIPE_PUBLISHABLE_KEY=PUBLISHABLE_KEY,
        STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
        STRIPE_API_BASE=localstripe.url,
        STRIPE_JS_URL=localstripe.js_url,
    )
    output = manage(
        env,
        "shell",
        "--no-imports",
        "-c",
        "from tests.payments.test_concurrent_payments import prepare_database; prepare_database()",
    )
    service_request = json.loads(output.splitlines()[-1])  # after what the migrations printed
    worker = [
        sys.executable,
        "manage.py",
        "db_worker",
        "--backend",
        "background",
        "--interval",
        "0.05",
        "--no-startup-delay",
    ]
    with (
        running_gunicorn(env, directory / "gunicorn.log") as base,
        localstripe.webhooks_to(f"{base}{WEBHOOK_PATH}"),
        running_process(worker, env, directory / "worker.log"),
    ):
        payer = _logged_in_session(base)
        tabs = [_tab(payer) for _ in range(TABS)]
        pay_url = f"{base}/en/payments/{service_request['reference']}"
        for tab in tabs:
            tab.get(f"{pay_url}/", timeout=30).raise_for_status()
        cards = [_card_token(localstripe.url) for _ in tabs]
        _wait_for_worker(database)

        tasks_before = _tasks_done(database)
        started = _click_together(tabs, lambda tab, i: tab.post(f"{pay_url}/intent/", timeout=60))
        intents = {answer["payment_intent"] for answer in started if answer["http"] == 200}
        confirmed = []
        if len(intents) == 1:
            [intent] = intents
            confirmed = _click_together(
                tabs,
                lambda tab, i: tab.post(
                    f"{pay_url}/confirm/", data={"payment_intent": intent, "payment_method": cards[i]}, timeout=60
                ),
            )
        tasks_during = _tasks_done(database) - tasks_before
        time.sleep(3)  # localstripe posts payment_intent.succeeded a second after the charge
    return {
        "request": service_request,
        "started": started,
        "confirmed": confirmed,
        "database": database,
        "tasks_during": tasks_during,
        "logs": (directory / "gunicorn.log").read_text() + (directory / "worker.log").read_text(),
    }


def _proper(answer):
    return answer["http"] == 200 or (answer["http"] == 409 and IN_PROGRESS in answer.get("message", ""))


@in_the_sqlite_pass
def test_the_worker_was_working_while_the_payer_clicked(parallel_clicks):
    assert parallel_clicks["tasks_during"] > 0  # else the other tests here prove less than they claim


@in_the_sqlite_pass
def test_every_parallel_pay_click_gets_a_payment_or_an_in_progress_answer(parallel_clicks):
    clicks = parallel_clicks["started"] + parallel_clicks["confirmed"]

    assert len(clicks) == 2 * TABS, f"no single PaymentIntent to confirm: {parallel_clicks['started']}"
    assert all(_proper(answer) for answer in clicks), (
        [answer["http"] for answer in clicks],
        parallel_clicks["logs"][-3000:],
    )
    assert "database is locked" not in parallel_clicks["logs"]


@in_the_sqlite_pass
def test_parallel_pay_clicks_all_get_the_same_payment_intent(parallel_clicks):
    answered = [answer for answer in parallel_clicks["started"] if answer["http"] == 200]

    assert answered, parallel_clicks["started"]
    assert len({answer["payment_intent"] for answer in answered}) == 1


@in_the_sqlite_pass
def test_parallel_pay_clicks_create_one_payment_intent_and_charge_the_card_once(parallel_clicks, localstripe):
    request_id = str(parallel_clicks["request"]["id"])
    intents = [
        intent
        for intent in _stripe_list(localstripe.url, "payment_intents")
        if intent["metadata"].get("service_request") == request_id
    ]
    charges = [
        charge
        for charge in _stripe_list(localstripe.url, "charges")
        if charge["payment_intent"] in {intent["id"] for intent in intents}
    ]

    assert len(intents) == 1
    assert intents[0]["status"] == "succeeded"
    assert [charge["status"] for charge in charges] == ["succeeded"]


@in_the_sqlite_pass
def test_parallel_pay_clicks_mark_the_request_paid_once(parallel_clicks):
    request_id = parallel_clicks["request"]["id"]
    with sqlite3.connect(parallel_clicks["database"], timeout=20) as database:
        [status] = database.execute("SELECT status FROM services_servicerequest WHERE id = ?", [request_id]).fetchone()
        payments = database.execute("SELECT status FROM payments_payment WHERE request_id = ?", [request_id]).fetchall()
        paid_entries = database.execute(
            "SELECT count(*) FROM services_statuschange WHERE request_id = ? AND to_status = 'paid'", [request_id]
        ).fetchone()[0]

    assert status == "paid"
    assert payments == [("succeeded",)]
    assert paid_entries == 1


# --- In the test process ---


@pytest.fixture
def stripe_calls_seen(monkeypatch):
    """Each call the site makes to Stripe, as (method, path, whether a database transaction was open)."""
    seen = []
    make_http_client = stripe.new_default_http_client

    def spying_http_client(*args, **kwargs):
        http_client = make_http_client(*args, **kwargs)
        send = http_client.request_with_retries

        def recording(method, url, *send_args, **send_kwargs):
            seen.append((method, url.split("/v1/", 1)[-1], connection.in_atomic_block))
            return send(method, url, *send_args, **send_kwargs)

        http_client.request_with_retries = recording
        return http_client

    monkeypatch.setattr(stripe, "new_default_http_client", spying_http_client)
    return seen


def _calls_inside_a_transaction(seen):
    return [(method, path) for method, path, in_transaction in seen if in_transaction]


# Real transactions: inside the usual per-test transaction every call would look "inside" one.
@pytest.mark.django_db(transaction=True)
def test_no_transaction_is_open_while_stripe_creates_confirms_or_checks_a_payment(awaiting_request, stripe_calls_seen):
    declined = start_payment(awaiting_request)
    confirm_payment(declined, card(DECLINED))
    payment = start_payment(awaiting_request)  # checks and cancels the declined attempt, creates another
    confirm_payment(payment, card(VISA))
    sync_payment(payment)

    assert {method for method, *_ in stripe_calls_seen} == {"get", "post"}
    assert len(stripe_calls_seen) >= 8
    assert _calls_inside_a_transaction(stripe_calls_seen) == []


@pytest.mark.django_db(transaction=True)
def test_no_transaction_is_open_while_stripe_refunds_a_payment(awaiting_request, stripe_calls_seen):
    from django.contrib.auth import get_user_model

    payment = start_payment(awaiting_request)
    confirm_in_browser(payment, VISA)
    refund_payment(sync_payment(payment), by=get_user_model().objects.create_user("desk", "desk@example.org"))

    assert any(path == "refunds" for _, path, _ in stripe_calls_seen)
    assert _calls_inside_a_transaction(stripe_calls_seen) == []


def _attempt_being_created(service_request, started):
    """What a parallel click leaves while Stripe has not yet answered its create (or after it died)."""
    return Payment.objects.create(
        request=service_request,
        attempt=1,
        amount=service_request.amount,
        currency=service_request.currency,
        status=PaymentStatus.CREATING,
        stripe_call_started_at=started,
    )


@pytest.mark.django_db
def test_a_click_while_another_creates_the_payment_is_told_it_is_in_progress(
    requester_client, awaiting_request, monkeypatch
):
    monkeypatch.setattr(claims, "WAIT_SECONDS", 0.3)  # the other click never finishes here
    _attempt_being_created(awaiting_request, timezone.now())

    response = requester_client.post(reverse("payments:intent", args=[awaiting_request.reference]))

    assert response.status_code == 409
    assert "already in progress" in response.json()["message"]
    assert Payment.objects.filter(request=awaiting_request).count() == 1


@pytest.mark.django_db
def test_a_click_while_another_confirms_the_payment_is_told_it_is_in_progress(
    requester_client, awaiting_request, monkeypatch
):
    monkeypatch.setattr(claims, "WAIT_SECONDS", 0.3)
    payment = start_payment(awaiting_request)
    assert claims.claim(payment) is not None  # the other click's confirm, still waiting for Stripe

    response = requester_client.post(
        reverse("payments:confirm", args=[awaiting_request.reference]),
        {"payment_intent": payment.stripe_payment_intent_id, "payment_method": card(VISA)},
    )

    assert response.status_code == 409
    assert "already in progress" in response.json()["message"]
    assert intent_at_stripe(payment).status == "requires_payment_method"  # nothing was charged by this click


@pytest.mark.django_db
def test_an_attempt_left_half_created_by_a_dead_process_does_not_block_paying(awaiting_request):
    _attempt_being_created(awaiting_request, timezone.now() - claims.CLAIM_EXPIRES - datetime.timedelta(seconds=1))

    payment = start_payment(awaiting_request)

    assert (payment.attempt, payment.status) == (1, PaymentStatus.REQUIRES_PAYMENT)
    assert intent_at_stripe(payment).metadata["attempt"] == "1"
    assert Payment.objects.filter(request=awaiting_request).count() == 1
