"""Queries per page, latency, CPU time and req/s of the challenge pages, at two volumes of challenges.

    python bench/challenges.py [--runs 30] [--show-plans] [--save NAME]
    # DATABASE_URL unset: a throwaway SQLite file, /tmp/bench_challenges.sqlite3 (migrated on first use)
    # or: export DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_challenges   (migrated here too)

Builds the data with ``bulk_create`` inside a transaction that is rolled back at the end, so any
database is left as it was. First the small volume (10 challenges, 200 submissions), then it tops up
to the issue's volume (1,000 challenges, 20,000 submissions). Every challenge has the same shape, so
only the total volume changes: 25 registrations, 20 submissions (14 sent, 4 drafts, 2 withdrawn),
4 questions (2 answered publicly, 1 privately, 1 waiting), 3 phases, 1 amendment, 2 sectors and
2 keywords; nine in ten are open, one in ten closed. 500 solvers share the registrations, 50 seekers
the challenges.

Pages, through Django's test client (warm; queries counted on the second request; then --runs
requests): the index (plain, filtered, page 2, Chinese), a challenge page as an anonymous reader and
as a registered solver (team lead, one sent submission, a team of two invitations, a question asked),
and the seeker's "My challenges" (the seeker owns 10 challenges at both volumes). At the large
volume it also measures "My challenges" for a seeker with 100 challenges: that page is not
paginated, so it is the one whose time grows with the seeker's own list.

Each page reports its queries, the time they take run again on their own (``SQL ms``: the part that
could grow with data), median and p95 wall time, median CPU time of this process (``time.process_time``:
Python and SQLite both run in it), req/s (one client, one after the other) and the ratio of its median
to the middleware floor: ``/robots.txt``, a view that touches neither the database nor a template,
measured in the same run, so the ratio says how much of a page is the page itself. Exits 1 if a
page's query count differs between the two volumes.

Settings: portal.settings.dev with DJANGO_DEBUG=0 (no collectstatic needed; templates cached as in
production; locmem cache). --show-plans prints SQLite's or PostgreSQL's plan of every query of every
page at the large volume.
"""

import argparse
import contextlib
import datetime
import io
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402

DEFAULT_DATABASE_URL = "sqlite:////tmp/bench_challenges.sqlite3"
SMALL, LARGE = 10, 1000  # challenges; submissions are 20 per challenge
REGISTRATIONS_PER_CHALLENGE = 25
SUBMISSIONS_PER_CHALLENGE = 20
SOLVERS, SEEKERS, SECTORS, KEYWORDS = 500, 50, 8, 24
BIG_SEEKER_CHALLENGES = 100
FLOOR_URL = "/robots.txt"


class Rollback(Exception):
    pass


def _people():
    """The bench users: seekers with organisations (profiles), solvers, and the vocabularies."""
    from django.contrib.auth import get_user_model

    from accounts.models import Organisation, Profile
    from sectors.models import Sector
    from vocabulary.models import TechnologyKeyword

    User = get_user_model()
    sectors = Sector.objects.bulk_create(
        Sector(code=f"bench-sector-{n}", name_en=f"Bench sector {n}", name_zh_hans=f"测试行业{n}", sort_order=n)
        for n in range(SECTORS)
    )
    keywords = TechnologyKeyword.objects.bulk_create(
        TechnologyKeyword(
            code=f"bench-kw-{n}", name_en=f"Keyword {n}", name_zh_hans=f"关键词{n}", sector=sectors[n % SECTORS]
        )
        for n in range(KEYWORDS)
    )
    organisations = Organisation.objects.bulk_create(
        Organisation(name=f"Haikou bench enterprise {n}", kind="enterprise", country="CN", city="Haikou")
        for n in range(SEEKERS)
    )
    seekers = User.objects.bulk_create(
        User(username=f"bench-seeker-{n}", email=f"bench-seeker-{n}@example.com", password="!") for n in range(SEEKERS)
    )
    Profile.objects.bulk_create(
        Profile(user=user, organisation=organisation) for user, organisation in zip(seekers, organisations, strict=True)
    )
    solvers = User.objects.bulk_create(
        User(username=f"bench-solver-{n}", email=f"bench-solver-{n}@example.com", password="!") for n in range(SOLVERS)
    )
    return {
        "sectors": sectors,
        "keywords": keywords,
        "organisations": organisations,
        "seekers": seekers,
        "solvers": solvers,
    }


def _owner_index(index):
    """Challenges 0–9 are seeker 0's (the bench seeker); seeker 1 owns 100; the others share the rest."""
    if index < SMALL:
        return 0
    if index < SMALL + BIG_SEEKER_CHALLENGES:
        return 1
    return 2 + index % (SEEKERS - 2)


def _challenges(people, start, stop, now):
    """Challenges ``start``..``stop - 1`` with their sectors, keywords, phases, amendments and solvers."""
    from challenges.choices import (
        AnswerVisibility,
        ChallengeType,
        Entrant,
        InvitationStatus,
        IPModel,
        NonCashAward,
        Status,
        SubmissionStatus,
    )
    from challenges.models import (
        Challenge,
        ChallengeAmendment,
        ChallengePhase,
        Question,
        Registration,
        Submission,
        TeamInvitation,
    )

    day = datetime.timedelta(days=1)
    types = list(ChallengeType.values)
    rows = []
    for n in range(start, stop):
        owner = _owner_index(n)
        closed = n % 10 == 9
        rows.append(
            Challenge(
                owner=people["seekers"][owner],
                organisation=people["organisations"][owner],
                title_en=f"Bench challenge {n}: biodegradable mulch film",
                title_zh_hans=f"测试挑战{n}：可降解地膜",
                summary_en="A mulch film that degrades within one growing season in tropical soil.",
                summary_zh_hans="一个生长季内在热带土壤中可完全降解的地膜。",
                problem_en="Plastic mulch film stays in the soil for decades. " * 20,
                problem_zh_hans="塑料地膜在土壤中残留数十年。" * 20,
                must_do_en="Degrade within 120 days in tropical soil.",
                must_do_zh_hans="在热带土壤中120天内降解。",
                confidential_details_en="BENCH-CONFIDENTIAL: our current supplier's film costs 18,000 CNY a tonne.",
                confidential_details_zh_hans="BENCH-CONFIDENTIAL：现有供应商地膜价格为每吨18000元。",
                challenge_type=types[n % len(types)],
                trl_wanted=1 + n % 9,
                award_amount=200_000 if n % 3 else None,
                non_cash_awards=[NonCashAward.PILOT_CONTRACT] if n % 2 else [],
                entrants=[Entrant.INDIVIDUALS, Entrant.TEAMS, Entrant.ORGANISATIONS],
                ip_model=list(IPModel.values)[n % len(IPModel.values)],
                allows_multiple_submissions=n % 4 == 0,
                status=Status.APPROVED,
                submitted_at=now - 40 * day,
                approved_at=now - 35 * day,
                publish_at=now - (30 + n % 300) * day,
                submission_deadline=now + (-1 - n % 20 if closed else 7 + n % 60) * day,
            )
        )
    created = Challenge.objects.bulk_create(rows, batch_size=500)

    sectors, keywords, solvers = people["sectors"], people["keywords"], people["solvers"]
    Challenge.sectors.through.objects.bulk_create(
        [
            Challenge.sectors.through(challenge=c, sector=sectors[(n + k) % SECTORS])
            for n, c in enumerate(created, start)
            for k in (0, 3)
        ],
        batch_size=2000,
    )
    Challenge.keywords.through.objects.bulk_create(
        [
            Challenge.keywords.through(challenge=c, technologykeyword=keywords[(n + k) % KEYWORDS])
            for n, c in enumerate(created, start)
            for k in (0, 8)
        ],
        batch_size=2000,
    )
    ChallengePhase.objects.bulk_create(
        [
            ChallengePhase(challenge=c, name_en=name_en, name_zh_hans=name_zh, ends_at=c.submission_deadline + offset)
            for c in created
            for name_en, name_zh, offset in (
                ("Questions", "答疑", -3 * day),
                ("Submissions", "提交", datetime.timedelta()),
                ("Judging", "评审", 30 * day),
            )
        ],
        batch_size=2000,
    )
    ChallengeAmendment.objects.bulk_create(
        [
            ChallengeAmendment(
                challenge=c,
                author=c.owner,
                note_en="The deadline moved by a week.",
                note_zh_hans="截止日期推迟一周。",
                changed_fields=["submission_deadline"],
            )
            for c in created
        ],
        batch_size=2000,
    )

    registrations = Registration.objects.bulk_create(
        [
            Registration(
                challenge=c,
                user=solvers[(7 * n + j) % SOLVERS],
                agreement_version=c.agreement_version(),
                accepted_at=now - 10 * day,
                withdrawn_at=now - day if j == REGISTRATIONS_PER_CHALLENGE - 1 else None,
            )
            for n, c in enumerate(created, start)
            for j in range(REGISTRATIONS_PER_CHALLENGE)
        ],
        batch_size=2000,
    )
    submissions = []
    for index, registration in enumerate(registrations):
        j = index % REGISTRATIONS_PER_CHALLENGE
        if j >= SUBMISSIONS_PER_CHALLENGE:
            continue
        status = SubmissionStatus.SUBMITTED if j % 10 < 7 else SubmissionStatus.DRAFT
        if j % 10 == 9:
            status = SubmissionStatus.WITHDRAWN
        sent = status != SubmissionStatus.DRAFT
        submissions.append(
            Submission(
                challenge_id=registration.challenge_id,
                registration=registration,
                title=f"Cassava-starch film {index}",
                abstract="A film of cassava starch and PBAT that breaks down in 90 days.",
                abstract_is_public=j % 2 == 0,
                proposal="Full technical proposal: materials, process, field-trial plan. " * 30,
                status=status,
                reference=f"CH-BENCH-{registration.pk:07d}" if sent else None,
                submitted_at=now - 2 * day if sent else None,
            )
        )
    Submission.objects.bulk_create(submissions, batch_size=1000)
    # Registration 0 of each challenge leads a team of two: one member accepted, one invitation pending.
    TeamInvitation.objects.bulk_create(
        [
            TeamInvitation(
                registration=registration,
                email=f"member-{registration.pk}-{k}@example.com",
                award_share=20,
                member=solvers[(registration.user_id + 250 + k) % SOLVERS] if k == 0 else None,
                status=InvitationStatus.ACCEPTED if k == 0 else InvitationStatus.PENDING,
                responded_at=now - day if k == 0 else None,
            )
            for index, registration in enumerate(registrations)
            if index % REGISTRATIONS_PER_CHALLENGE == 0
            for k in (0, 1)
        ],
        batch_size=2000,
    )
    questions = []
    for index, registration in enumerate(registrations):
        j = index % REGISTRATIONS_PER_CHALLENGE
        if j >= 4:
            continue
        answered = j < 3
        questions.append(
            Question(
                challenge_id=registration.challenge_id,
                asker_id=registration.user_id,
                text=f"Question {j}: which soil temperatures should the film withstand?",
                language="en",
                answer="Between 20 and 45 °C at 5 cm depth." if answered else "",
                visibility=AnswerVisibility.PRIVATE if j == 2 else AnswerVisibility.PUBLIC,
                answered_at=now - day if answered else None,
            )
        )
    Question.objects.bulk_create(questions, batch_size=2000)
    return created


def volume():
    from challenges.models import Challenge, Question, Registration, Submission

    return {
        "challenges": Challenge.objects.count(),
        "public": Challenge.objects.public().count(),
        "registrations": Registration.objects.count(),
        "submissions": Submission.objects.count(),
        "questions": Question.objects.count(),
    }


def measure(client, url, runs, expect=None, refuse=None):
    """Queries of the second request, then wall and CPU time of ``runs`` more."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    body = response.content.decode()
    if expect and expect not in body:
        raise SystemExit(f"{url}: {expect!r} is missing from the page")
    if refuse and refuse in body:
        raise SystemExit(f"{url}: {refuse!r} is on the page and must not be")
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    queries = [q["sql"] for q in ctx.captured_queries]
    wall, cpu = [], []
    started_all = time.perf_counter()
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        cpu.append((time.process_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    elapsed = time.perf_counter() - started_all
    return {
        "url": url,
        "queries": len(queries),
        "sql_ms": sql_time(queries),
        "median_ms": statistics.median(wall),
        "p95_ms": statistics.quantiles(wall, n=20)[-1] if runs >= 2 else wall[0],
        "cpu_ms": statistics.median(cpu),
        "rps": runs / elapsed,
        "bytes": len(response.content),
        "sql": queries,
    }


def sql_time(sql_list, repeats=5):
    """The page's SELECTs run again on their own and fetched in full: median ms of ``repeats`` passes."""
    from django.db import connection

    passes = []
    for _ in range(repeats):
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for sql in sql_list:
                if sql.lstrip().upper().startswith("SELECT"):
                    cursor.execute(sql)
                    cursor.fetchall()
        passes.append((time.perf_counter() - started) * 1000)
    return statistics.median(passes)


def show_plans(sql_list):
    """Print the database's plan of each query (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN)."""
    from django.db import connection

    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    for sql in sql_list:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        print("    " + sql[:300] + (" …" if len(sql) > 300 else ""))
        with connection.cursor() as cursor:
            cursor.execute(explain + sql)
            for row in cursor.fetchall():
                print("      → " + " | ".join(str(part) for part in row))


def pages(people, detail_pk):
    from django.test import Client

    from challenges.models import Challenge

    anonymous = Client()
    solver, seeker, big_seeker = Client(), Client(), Client()
    solver.force_login(people["solvers"][0])
    seeker.force_login(people["seekers"][0])
    big_seeker.force_login(people["seekers"][1])
    sector = people["sectors"][0].code
    detail = f"/en/challenges/{detail_pk}/"
    title = Challenge.objects.get(pk=detail_pk).title_en
    return [
        ("index", anonymous, "/en/challenges/", {}),
        ("index, filtered", anonymous, f"/en/challenges/?sector={sector}&type=ideation&status=open", {}),
        ("index, page 2", anonymous, "/en/challenges/?page=2", {}),
        ("index (zh-hans)", anonymous, "/zh-hans/challenges/", {}),
        ("detail, anonymous", anonymous, detail, {"expect": title, "refuse": "BENCH-CONFIDENTIAL"}),
        ("detail, registered solver", solver, detail, {"expect": "BENCH-CONFIDENTIAL"}),
        ("my challenges (10 own)", seeker, "/en/challenges/mine/", {"expect": title}),
        ("my challenges (100 own)", big_seeker, "/en/challenges/mine/", {}),
    ]


def report(header, rows, floor_by_volume):
    lines = [*header, ""]
    lines.append(
        "| page                        | challenges | submissions | queries | SQL ms | median ms | p95 ms | CPU ms |"
        " req/s | × floor |"
    )
    lines.append(
        "|-----------------------------|-----------:|------------:|--------:|-------:|----------:|-------:|-------:|"
        "------:|--------:|"
    )
    for row in rows:
        floor = floor_by_volume[row["volume"]]["median_ms"]
        lines.append(
            f"| {row['label']:27} | {row['challenges']:10} | {row['submissions']:11} | {row['queries']:7} |"
            f" {row['sql_ms']:6.1f} | {row['median_ms']:9.1f} | {row['p95_ms']:6.1f} | {row['cpu_ms']:6.1f} |"
            f" {row['rps']:5.0f} |"
            f" {row['median_ms'] / floor:7.1f} |"
        )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="timed requests per page and volume")
    parser.add_argument("--show-plans", action="store_true", help="print the plan of every query at the large volume")
    parser.add_argument("--save", metavar="NAME", help="also write bench/results/NAME.txt and NAME.json")
    args = parser.parse_args(argv)
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    os.environ.setdefault("DJANGO_DEBUG", "0")
    _setup.configure("portal.settings.dev")

    import django
    import wagtail
    from django.core.management import call_command
    from django.db import transaction
    from django.test import Client
    from django.utils import timezone

    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # modeltranslation's schema sync prints even at verbosity 0
        call_command("migrate", interactive=False, verbosity=0)
    migrated = time.perf_counter() - started
    now = timezone.now()
    rows, floors, volumes, changed = [], {}, {}, []
    try:
        with transaction.atomic():
            people = _people()
            build_times = {}
            for target in (SMALL, LARGE):
                started = time.perf_counter()
                existing = SMALL if target == LARGE else 0
                created = _challenges(people, existing, target, now)
                build_times[target] = time.perf_counter() - started
                if target == SMALL:
                    detail_pk = created[0].pk
                    page_list = pages(people, detail_pk)
                volumes[target] = volume()
                floors[target] = measure(Client(), FLOOR_URL, args.runs)
                for label, client, url, checks in page_list:
                    if label == "my challenges (100 own)" and target == SMALL:
                        continue  # seeker 1 has no challenges yet
                    result = measure(client, url, args.runs, **checks)
                    rows.append(
                        {
                            "label": label,
                            "volume": target,
                            "challenges": volumes[target]["challenges"],
                            "submissions": volumes[target]["submissions"],
                            **result,
                        }
                    )
                    if target == LARGE and args.show_plans:
                        print(f"\n== {label}: {url}")
                        show_plans(result["sql"])
            raise Rollback
    except Rollback:
        pass

    small_counts = {row["label"]: row["queries"] for row in rows if row["volume"] == SMALL}
    for row in rows:
        if row["volume"] == LARGE and row["label"] in small_counts and row["queries"] != small_counts[row["label"]]:
            changed.append(f"{row['label']}: {small_counts[row['label']]} → {row['queries']} queries")

    header = [
        f"Database: {_setup.describe_database()}   settings: portal.settings.dev (DEBUG off)   "
        f"Django {django.get_version()}, Wagtail {wagtail.__version__}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} at the end",
        f"migrate {migrated:.1f} s; data built with bulk_create in a transaction, rolled back at the end: "
        + ", ".join(f"{v} challenges in {build_times[v]:.1f} s" for v in (SMALL, LARGE)),
    ]
    for target in (SMALL, LARGE):
        header.append(f"Volume {target}: " + ", ".join(f"{key} {value}" for key, value in volumes[target].items()))
    header.append(
        f"Per challenge: {REGISTRATIONS_PER_CHALLENGE} registrations, {SUBMISSIONS_PER_CHALLENGE} submissions, "
        f"4 questions, 3 phases; {SOLVERS} solvers, {SEEKERS} seekers"
    )
    header.append(
        f"In process (Django test Client), warm; queries = second request; times over {args.runs} requests; "
        "req/s = one client, sequential."
    )
    header.append(
        "Middleware floor "
        + FLOOR_URL
        + ": "
        + ", ".join(
            f"{floors[v]['median_ms']:.2f} ms median, {floors[v]['queries']} queries ({v} challenges)"
            for v in (SMALL, LARGE)
        )
    )
    text = report(header, rows, floors)
    print(text)
    if changed:
        print("\nQuery counts changed with volume:\n  " + "\n  ".join(changed))
    else:
        print("\nQuery counts are the same at both volumes on every page.")
    if args.save:
        _setup.RESULTS_DIR.mkdir(exist_ok=True)
        (_setup.RESULTS_DIR / f"{args.save}.txt").write_text(text + "\n")
        (_setup.RESULTS_DIR / f"{args.save}.json").write_text(
            json.dumps({"floors": floors, "rows": rows}, indent=1, default=str)
        )
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
