"""Queries per page, latency, CPU time and req/s of the judging and competition pages, at two data volumes.

    python bench/judging.py [--runs 30] [--show-plans] [--save NAME]
    # DATABASE_URL unset: challenges.py's throwaway SQLite file, /tmp/bench_challenges.sqlite3 (migrated here)

Builds one competition (创业大赛) and its judging with ``bulk_create`` inside a transaction that is rolled
back at the end, so any database is left as it was. The competition is a closed challenge with two tracks and
the four-question application form of ``tests.competitions.factories.competition_with_form``; every entry is
a sent submission with its ``Evaluation`` and an ``Application`` (tracks alternate). Two phases of five
weighted criteria (three 0–10 scales, a 1–5 rating and a yes/no): the online round (written review of
every eligible entry) and the pitch round (the finalists and winners, on an agenda of ``PitchSlot`` rows, one
in ten not scheduled yet). Every judge is ready (agreement accepted, conflicts declared) and scores every
entry of a phase's pool, except recusals (one pair in 23) and, for the bench judge, one entry in four not
scored yet; one judge scores one entry in six at the bottom of every scale, so the standings have outliers
to reconcile. Three winners with awards and a published winners' announcement; the results are published
with ``competitions.results.publish`` (called at the pitch round's close, as the phases are open for the
judges' pages, then dated now). Other competitions fill the archive (three in four, results published)
and the list of current ones (one in four, taking applications).

Volumes: 20 entries × 3 judges (4 other competitions), then topped up to 400 entries × 5 judges
(40 other competitions): the new judges score the earlier entries too, so only the volume changes.

Pages, through Django's test client (warm; queries counted on the second request; then --runs requests):
the judge's phase page (online and pitch round) and entry page (an entry they scored), the staff's
standings on the judging desk (both rounds; worked out over every entry, shown 50 a page), the
public winners' page, and the competition pages (detail, results, archive, index) where their URL names
resolve; one that does not is skipped with "not available: <name>".

Each page reports what ``bench/challenges.py`` reports (its ``measure``): queries, ``SQL ms`` (the page's
SELECTs run again alone), median and p95 wall time, median CPU time, req/s (one client, sequential) and
the ratio to the middleware floor (``/robots.txt``). Exits 1 if a page's query count differs between the
two volumes, and prints the queries whose number changed.

Settings: portal.settings.dev with DJANGO_DEBUG=0, as challenges.py.
"""

import argparse
import contextlib
import datetime
import io
import json
import os
import re
import sys
import time
from collections import Counter
from typing import NamedTuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402

DEFAULT_DATABASE_URL = "sqlite:////tmp/bench_challenges.sqlite3"  # challenges.py's: one migration serves both


class Volume(NamedTuple):
    entries: int  # sent submissions (applications) to the measured competition
    judges: int  # judges of each of its two rounds
    others: int  # other competitions: three in four with published results, one in four open


VOLUMES = {"small": Volume(20, 3, 4), "large": Volume(400, 5, 40)}
WINNERS = 3  # entries 0, 1 and 2
CRITERIA = (  # English and Chinese name, kind, highest score, weight
    ("Problem and market", "问题与市场", "scale", 10, 3),
    ("Team", "团队", "scale", 10, 2),
    ("Business model", "商业模式", "rating", 5, 2),
    ("Technology", "技术", "scale", 10, 2),
    ("Plans to land in Haikou", "落地海口计划", "yes-no", 1, 1),
)
COMPETITION_PAGES = (  # URL name, whether it takes the measured competition's pk, what the page must show
    ("competitions:detail", True, "competition"),
    ("competitions:results", True, "winner"),
    ("competitions:archive", False, "competition"),
    ("competitions:index", False, "Bench competition 3"),
)
DAY = datetime.timedelta(days=1)


def _status(index):
    """Where entry ``index`` stands: 3 winners, then finalists, not selected, ineligible, shortlisted, eligible."""
    from judging.models import EntryStatus

    if index < WINNERS:
        return EntryStatus.WINNER
    return {0: EntryStatus.FINALIST, 1: EntryStatus.NOT_SELECTED, 3: EntryStatus.SHORTLISTED}.get(
        index % 5, EntryStatus.INELIGIBLE if index % 20 == 2 else EntryStatus.ELIGIBLE
    )


def _users(prefix, names, **fields):
    """Users ``<prefix>-<n>`` with a profile giving each a name (bulk_create sends no signal to make one)."""
    from django.contrib.auth import get_user_model

    from accounts.models import Profile

    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"{prefix}-{key}", email=f"{prefix}-{key}@example.com", password="!", **fields)
        for key in names
    )
    Profile.objects.bulk_create(
        Profile(user=user, full_name=f"{prefix.title()} {key}") for user, key in zip(users, names, strict=True)
    )
    return users


def _competition(now):
    """The measured competition, its two rounds with their rubrics, its staff and its seeker."""
    from judging.models import Criterion, EntryStatus, EvaluationPhase, PhaseKind
    from tests.competitions.factories import competition_with_form, valid_answers

    (staff,) = _users("bench-staff", [0], is_staff=True, is_superuser=True)
    (seeker,) = _users("bench-seeker", [0])
    competition, tracks, questions = competition_with_form(
        owner=seeker,
        title_en="Bench competition: offshore startups in Haikou",
        title_zh_hans="测试大赛：海口离岸创业",
        publish_at=now - 60 * DAY,
        submission_deadline=now - 10 * DAY,
    )
    phases = {}
    for kind, name_en, name_zh, pool, position in (
        (PhaseKind.REVIEW, "Online round", "线上评审", EntryStatus.ELIGIBLE, 1),
        (PhaseKind.PITCH, "Pitch round", "路演评审", EntryStatus.FINALIST, 2),
    ):
        phase = EvaluationPhase.objects.create(
            challenge=competition.challenge,
            name_en=name_en,
            name_zh_hans=name_zh,
            kind=kind,
            position=position,
            entry_status=pool,
            closes_at=now + 7 * position * DAY,
        )
        criteria = Criterion.objects.bulk_create(
            Criterion(phase=phase, name_en=en, name_zh_hans=zh, kind=k, scale_max=top, weight=weight, position=n)
            for n, (en, zh, k, top, weight) in enumerate(CRITERIA, start=1)
        )
        phases[kind] = (phase, criteria, [])  # the third: (judge number, assignment)
    return {
        "staff": staff,
        "seeker": seeker,
        "competition": competition,
        "challenge": competition.challenge,
        "tracks": list(tracks.values()),
        "answers": valid_answers(questions),
        "phases": phases,
        "judges": _users("bench-judge", range(VOLUMES["large"].judges)),
        "entries": [],  # (number, submission, status)
        "slots": 0,
    }


def _entries(ctx, start, stop, now):
    """Entries ``start``..``stop - 1``: a solver each, their registration, sent submission, evaluation, application."""
    from challenges.choices import SubmissionStatus
    from challenges.models import Registration, Submission
    from competitions.models import Application
    from judging.models import Evaluation

    challenge, numbers = ctx["challenge"], range(start, stop)
    registrations = Registration.objects.bulk_create(
        Registration(
            challenge=challenge,
            user=solver,
            agreement_version=challenge.agreement_version(),
            accepted_at=now - 30 * DAY,
            team_name=f"Team {number}" if number % 3 == 0 else "",
        )
        for number, solver in zip(numbers, _users("bench-founder", numbers), strict=True)
    )
    submissions = Submission.objects.bulk_create(
        (
            Submission(
                challenge=challenge,
                registration=registration,
                title=f"Bench startup {number}: cold-chain logistics for tropical fruit",
                abstract="Solar-powered cold rooms at the farm gate, rented by the hour through an app.",
                abstract_is_public=number % 2 == 0,
                proposal="Business plan: market, team, finances, milestones and the first Haikou pilot. " * 30,
                status=SubmissionStatus.SUBMITTED,
                reference=f"HIC-BENCH-{number:06d}",
                submitted_at=now - 12 * DAY,
            )
            for number, registration in zip(numbers, registrations, strict=True)
        ),
        batch_size=500,
    )
    entries = [(number, submission, _status(number)) for number, submission in zip(numbers, submissions, strict=True)]
    Evaluation.objects.bulk_create(
        Evaluation(submission=submission, status=status) for _n, submission, status in entries
    )
    Application.objects.bulk_create(
        Application(
            submission=submission,
            competition=ctx["competition"],
            track=ctx["tracks"][number % 2],
            answers=ctx["answers"],
        )
        for number, submission, _status in entries
    )
    return entries


def _value(criterion, entry, judge, position):
    """A judge's score: the entry's quality, ±1 on a 0–10 scale; judge 1 gives the lowest on one entry in six."""
    low, high = criterion.min_value, criterion.max_value
    if judge == 1 and entry % 6 == 0:
        return low
    quality = (entry * 37 + position * 11) % 100 / 100
    disagreement = judge % 3 - 1 if high == 10 else 0
    return min(high, max(low, low + round(quality * (high - low)) + disagreement))


def _reviews(phase, criteria, pairs, now):
    """Recusals and reviews (with a score per criterion) for ``pairs`` of (judge, entry) in the phase's pool."""
    from judging.models import CriterionScore, EntryStatus, PhaseKind, Recusal, RecusalReason, Review

    scored = set(phase.pool_statuses())
    if phase.kind == PhaseKind.REVIEW:
        scored.add(EntryStatus.NOT_SELECTED)  # scored in the online round, then not selected
    recusals, reviews, keys = [], [], []
    for (judge, assignment), (number, submission, status) in pairs:
        if status not in scored:
            continue
        if (number + 2 * judge) % 23 == 11:
            recusals.append(
                Recusal(assignment=assignment, submission=submission, reason=RecusalReason.DECLARED_ENTRANT)
            )
        elif not (judge == 0 and number % 4 == 3):  # the bench judge has not scored every entry yet
            keys.append((number, judge))
            reviews.append(
                Review(
                    assignment=assignment,
                    submission=submission,
                    comment=f"Bench review {number}-{judge}: a strong team; the market size needs evidence.",
                    language="en",
                    submitted_at=now - DAY,
                )
            )
    Recusal.objects.bulk_create(recusals)
    Review.objects.bulk_create(reviews, batch_size=500)
    CriterionScore.objects.bulk_create(
        (
            CriterionScore(review=review, criterion=criterion, value=_value(criterion, number, judge, position))
            for review, (number, judge) in zip(reviews, keys, strict=True)
            for position, criterion in enumerate(criteria)
        ),
        batch_size=2000,
    )


def _top_up(ctx, volume, now):
    """Entries and judges up to ``volume``: new judges score every entry, every judge the new entries."""
    from judging.conflicts import AGREEMENT_VERSION
    from judging.models import JudgeAssignment, PhaseKind, PitchSlot

    earlier = ctx["entries"]
    added = _entries(ctx, len(earlier), volume.entries, now)
    for phase, criteria, assignments in ctx["phases"].values():
        first_new = len(assignments)
        created = JudgeAssignment.objects.bulk_create(
            JudgeAssignment(
                phase=phase,
                judge=judge,
                agreement_version=AGREEMENT_VERSION,
                agreement_accepted_at=now - 5 * DAY,
                conflicts_declared_at=now - 5 * DAY,
            )
            for judge in ctx["judges"][first_new : volume.judges]
        )
        assignments += enumerate(created, start=first_new)
        pairs = [(judge, entry) for judge in assignments[:first_new] for entry in added]
        pairs += [(judge, entry) for judge in assignments[first_new:] for entry in earlier + added]
        _reviews(phase, criteria, pairs, now)
    pitch = ctx["phases"][PhaseKind.PITCH][0]
    slots = []
    for _number, submission, status in added:
        if status not in pitch.pool_statuses():
            continue
        if ctx["slots"] % 10 != 9:  # one in ten is not on the agenda yet
            starts = now + 10 * DAY + ctx["slots"] * datetime.timedelta(minutes=20)
            remote = ctx["slots"] % 2
            slots.append(
                PitchSlot(
                    phase=pitch,
                    submission=submission,
                    starts_at=starts,
                    ends_at=starts + datetime.timedelta(minutes=15),
                    room="" if remote else "Haikou pitch room A",
                    online_link=f"https://meet.example.com/bench-{ctx['slots']}" if remote else "",
                )
            )
        ctx["slots"] += 1
    PitchSlot.objects.bulk_create(slots)
    ctx["entries"] = earlier + added


def _winners(ctx, now):
    """Awards for the three winners and the published winners' announcement."""
    from judging.announcements import publish_announcement
    from judging.models import Award

    Award.objects.bulk_create(
        Award(
            submission=submission,
            challenge=ctx["challenge"],
            amount=300_000 - 100_000 * number,
            description=f"Prize {number + 1}",
            due_on=(now + 30 * DAY).date(),
            awarded_at=now - DAY,
            awarded_by=ctx["staff"],
        )
        for number, submission, _status in ctx["entries"][:WINNERS]
    )
    publish_announcement(
        ctx["challenge"],
        ctx["staff"],
        "Three startups will pilot with us in Haikou.",
        "三家初创企业将在海口与我们试点。",
    )


def _other_competitions(ctx, start, stop, now):
    """Competitions ``start``..``stop - 1`` with two tracks and three entries: past ones (three in four) with
    their results published, the others taking applications."""
    from challenges.choices import SubmissionStatus
    from challenges.models import Challenge, Registration, Submission
    from competitions.models import Application, Competition, ResultEntry, Track
    from tests.challenges.factories import ChallengeFactory

    numbers = range(start, stop)
    challenges = Challenge.objects.bulk_create(
        ChallengeFactory.build(
            owner=ctx["seeker"],
            organisation=ctx["challenge"].organisation,
            title_en=f"Bench competition {n}",
            publish_at=now - (400 + n) * DAY,
            submission_deadline=now + (10 + n) * DAY if n % 4 == 3 else now - (300 + n) * DAY,
        )
        for n in numbers
    )
    competitions = Competition.objects.bulk_create(
        Competition(
            challenge=challenge,
            edition=2026 if n % 4 == 3 else 2025 - n % 6,
            results_published_at=None if n % 4 == 3 else now - (200 + n) * DAY,
        )
        for n, challenge in zip(numbers, challenges, strict=True)
    )
    tracks = Track.objects.bulk_create(
        Track(competition=competition, name_en=name, name_zh_hans=name, sort_order=k)
        for competition in competitions
        for k, name in enumerate(("Haikou", "Overseas"))
    )
    founders = [entry[1].registration.user for entry in ctx["entries"][:3]]
    registrations = Registration.objects.bulk_create(
        Registration(challenge=challenge, user=founder, agreement_version="bench", accepted_at=now - 320 * DAY)
        for challenge in challenges
        for founder in founders
    )
    submissions = Submission.objects.bulk_create(
        Submission(
            challenge_id=registration.challenge_id,
            registration=registration,
            title=f"Bench entry {registration.pk}",
            abstract="A past entrant.",
            proposal="A past business plan.",
            status=SubmissionStatus.SUBMITTED,
            reference=f"HIC-BENCH-A{registration.pk:06d}",
            submitted_at=now - 310 * DAY,
        )
        for registration in registrations
    )
    applications = Application.objects.bulk_create(
        Application(submission=submission, competition=competitions[index // 3], track=tracks[index // 3 * 2])
        for index, submission in enumerate(submissions)
    )
    ResultEntry.objects.bulk_create(
        ResultEntry(
            competition=application.competition,
            track=application.track,
            application=application,
            rank=index % 3 + 1,
            online_score=80.0 - index % 3,
            entry_status="winner" if index % 3 == 0 else "finalist",
            entrant_name=f"Founder {index % 3}",
            project_title=application.submission.title,
        )
        for index, application in enumerate(applications)
        if application.competition.has_results
    )


def _publish_results(ctx, now):
    """``results.publish`` as staff would once the rounds close; dated now, as the rounds are open for the judges."""
    from competitions.models import Competition
    from competitions.results import publish
    from judging.models import PhaseKind

    closes = ctx["phases"][PhaseKind.PITCH][0].closes_at
    publish(ctx["competition"], ctx["staff"], now=closes + datetime.timedelta(minutes=1))
    Competition.objects.filter(pk=ctx["competition"].pk).update(results_published_at=now)


def volume_counts(ctx):
    from challenges.models import Submission
    from competitions.models import Competition, ResultEntry
    from judging.models import CriterionScore, JudgeAssignment, PitchSlot, Recusal, Review

    return {
        "entries": Submission.objects.filter(challenge=ctx["challenge"]).count(),
        "judge assignments": JudgeAssignment.objects.filter(phase__challenge=ctx["challenge"]).count(),
        "reviews": Review.objects.count(),
        "scores": CriterionScore.objects.count(),
        "recusals": Recusal.objects.count(),
        "pitch slots": PitchSlot.objects.count(),
        "results": ResultEntry.objects.count(),
        "competitions with results": Competition.objects.with_results().count(),
    }


def pages(ctx):
    """``(label, client, url, checks)`` for every page, and the URL names that do not resolve (yet)."""
    from django.test import Client
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    from judging.models import PhaseKind

    judge, staff, anonymous = Client(), Client(), Client()
    judge.force_login(ctx["judges"][0])
    staff.force_login(ctx["staff"])
    _n, first, _status = ctx["entries"][0]
    challenge = ctx["challenge"]
    found, missing = [], []
    with translation.override("en"):
        for kind, round_name in ((PhaseKind.REVIEW, "online"), (PhaseKind.PITCH, "pitch")):
            phase, _criteria, assignments = ctx["phases"][kind]
            own = assignments[0][1].pk
            found += [
                (f"phase page, {round_name}", judge, reverse("judging:phase", args=[own]), {"expect": first.reference}),
                (
                    f"entry page, {round_name}",
                    judge,
                    reverse("judging:entry", args=[own, first.pk]),
                    {"expect": first.title},
                ),
                (
                    f"desk standings, {round_name}",
                    staff,
                    reverse("judging_desk:standings", args=[challenge.pk, phase.pk]),
                    {"expect": phase.name},
                ),
            ]
        found.append(
            ("winners page", anonymous, reverse("judging:winners", args=[challenge.pk]), {"expect": first.title})
        )
        shown = {"competition": challenge.title, "winner": first.title}
        for name, takes_pk, expect in COMPETITION_PAGES:
            expect = shown.get(expect, expect)
            try:
                url = reverse(name, args=[ctx["competition"].pk] if takes_pk else [])
            except NoReverseMatch:
                missing.append(name)
            else:
                found.append((name, anonymous, url, {"expect": expect}))
    return found, missing


def _shape(sql):
    """The query with its values blanked, so the same query for another row reads the same."""
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"\b\d+(?:\.\d+)?\b", "?", sql)
    return re.sub(r"\(\s*\?(?:\s*,\s*\?)*\s*\)", "(…)", sql)


def count_changes(rows):
    """Lines naming each page whose query count differs between the volumes, and the queries that repeat more."""
    small = {row["label"]: row for row in rows if row["volume"] == "small"}
    lines = []
    for row in rows:
        before = small.get(row["label"])
        if row["volume"] != "large" or before is None or before["queries"] == row["queries"]:
            continue
        lines.append(f"{row['label']} ({row['url']}): {before['queries']} → {row['queries']} queries")
        was, now = Counter(map(_shape, before["sql"])), Counter(map(_shape, row["sql"]))
        lines += [
            f"    {was[sql]}× → {now[sql]}×  {sql[:300]}" for sql in sorted(set(was) | set(now)) if was[sql] != now[sql]
        ]
    return lines


def markdown_table(headers, rows):
    """A Markdown table; the first column left-aligned, the others right-aligned."""
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells):
        return (
            "| "
            + " | ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            )
            + " |"
        )

    rule = "|" + "|".join("-" * (w + 2) if i == 0 else "-" * (w + 1) + ":" for i, w in enumerate(widths)) + "|"
    return "\n".join([line(headers), rule, *map(line, rows)])


def report(rows, floors):
    headers = ["page", "entries", "judges", "queries", "SQL ms", "median ms", "p95 ms", "CPU ms", "req/s", "× floor"]
    cells = [
        [
            row["label"],
            str(row["entries"]),
            str(row["judges"]),
            str(row["queries"]),
            f"{row['sql_ms']:.1f}",
            f"{row['median_ms']:.1f}",
            f"{row['p95_ms']:.1f}",
            f"{row['cpu_ms']:.1f}",
            f"{row['rps']:.0f}",
            f"{row['median_ms'] / floors[row['volume']]['median_ms']:.1f}",
        ]
        for row in rows
    ]
    return markdown_table(headers, cells)


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="timed requests per page and volume")
    parser.add_argument("--show-plans", action="store_true", help="print the plan of every query at the large volume")
    parser.add_argument("--save", metavar="NAME", help="also write bench/results/NAME.txt and NAME.json")
    return parser.parse_args(argv)


def _migrate():
    """Migrate the database (quietly: modeltranslation's schema sync prints even at verbosity 0); seconds taken."""
    from django.core.management import call_command

    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("migrate", interactive=False, verbosity=0)
    return time.perf_counter() - started


def _build(ctx, name, target, earlier, now):
    """Top the data up to ``target``; seconds taken."""
    started = time.perf_counter()
    _top_up(ctx, target, now)
    _other_competitions(ctx, earlier, target.others, now)
    if name == "small":
        _winners(ctx, now)
    _publish_results(ctx, now)
    return time.perf_counter() - started


def _measure_pages(ctx, name, target, args, notes):
    """A row per page at this volume; pages that do not resolve or answer (competitions' being written) go to ``notes``."""
    from bench.challenges import measure, show_plans

    page_list, missing = pages(ctx)
    if name == "small":
        notes += [f"not available: {url_name}" for url_name in missing]
    rows = []
    for label, client, url, checks in page_list:
        try:
            result = measure(client, url, args.runs, **checks)
        except (SystemExit, Exception) as error:
            if not label.startswith("competitions:"):
                raise
            notes.append(f"not available: {label} ({error}, {name} volume)")
            continue
        rows.append({"label": label, "volume": name, "entries": target.entries, "judges": target.judges, **result})
        if name == "large" and args.show_plans:
            print(f"\n== {label}: {url}")
            show_plans(result["sql"])
    return rows


def _header(args, migrated, build_times, counts, floors, floor_url):
    import django
    import wagtail

    lines = [
        f"Database: {_setup.describe_database()}   settings: portal.settings.dev (DEBUG off)   "
        f"Django {django.get_version()}, Wagtail {wagtail.__version__}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} at the end",
        f"migrate {migrated:.1f} s; data built with bulk_create in a transaction, rolled back at the end: "
        + ", ".join(f"{v.entries} entries × {v.judges} judges in {build_times[n]:.1f} s" for n, v in VOLUMES.items()),
    ]
    lines += [f"Volume {n}: " + ", ".join(f"{key} {value}" for key, value in counts[n].items()) for n in VOLUMES]
    lines += [
        f"Per round: {len(CRITERIA)} weighted criteria; online round: every eligible entry, pitch round: finalists "
        f"and {WINNERS} winners; one entry in four not yet scored by the bench judge.",
        f"In process (Django test Client), warm; queries = second request; times over {args.runs} requests; "
        "req/s = one client, sequential.",
        f"Middleware floor {floor_url}: "
        + ", ".join(f"{floors[n]['median_ms']:.2f} ms median, {floors[n]['queries']} queries ({n})" for n in VOLUMES),
    ]
    return lines


def _save(name, text, results):
    """``bench/results/<name>.txt`` (the table) and ``.json`` (every number and query)."""
    _setup.RESULTS_DIR.mkdir(exist_ok=True)
    (_setup.RESULTS_DIR / f"{name}.txt").write_text(text + "\n")
    (_setup.RESULTS_DIR / f"{name}.json").write_text(json.dumps(results, indent=1, default=str))


def main(argv=None):
    args = _arguments(argv)
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    os.environ.setdefault("DJANGO_DEBUG", "0")
    _setup.configure("portal.settings.dev")

    from django.db import transaction
    from django.test import Client
    from django.utils import timezone

    from bench.challenges import FLOOR_URL, Rollback, measure  # imported after setup: its name is an app's

    migrated = _migrate()
    now = timezone.now()
    rows, floors, counts, build_times, notes = [], {}, {}, {}, []
    try:
        with transaction.atomic():
            ctx = _competition(now)
            others = 0
            for name, target in VOLUMES.items():
                build_times[name] = _build(ctx, name, target, others, now)
                others = target.others
                counts[name] = volume_counts(ctx)
                floors[name] = measure(Client(), FLOOR_URL, args.runs)
                rows += _measure_pages(ctx, name, target, args, notes)
            raise Rollback
    except Rollback:
        pass

    header = _header(args, migrated, build_times, counts, floors, FLOOR_URL)
    text = "\n".join([*header, "", report(rows, floors), *notes])
    print(text)
    changed = count_changes(rows)
    print(
        "\nQuery counts changed with volume:\n  " + "\n  ".join(changed)
        if changed
        else "\nQuery counts are the same at both volumes on every page."
    )
    if args.save:
        _save(args.save, text, {"floors": floors, "rows": rows})
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
