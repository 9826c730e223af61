"""Matching quality on a judged set: does the right partner come first, and do hopeless requests stay quiet?

    python bench/matching_quality.py [--verbose] [--set judged|holdout]
    # DATABASE_URL unset: a throwaway SQLite file, /tmp/bench_matching_quality.sqlite3 (migrated on first use)
    # or: export DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_matching_quality   (migrated here too)

Builds the judged set of ``matching_judged.py``, or with ``--set holdout`` the held-out set of
``matching_holdout.py`` written blind to it (organisations, their owners and published listings,
tagged with the real vocabulary, which it loads from the demo data if missing) inside a transaction
that is rolled back at the end, so any database is left as it was; other public listings are
hidden for the run. For every judged request it calls ``opportunities.scoring.compute_matches(listing,
limit=10)`` and compares the ranking with the expert's acceptable partners:

* Hit@1, Hit@3, MRR (first partner's reciprocal rank, 0 outside the top 10) and recall@10, over the
  requests that have partners;
* the judged pairs that can never be matched: the partner's kind is not in
  ``COMPLEMENTARY_KINDS[request kind]``, or both listings belong to one organisation;
* the strong matches (score at or above ``match_alerts.STRONG_MATCH``, the threshold for alert
  emails) given to requests that have no partner, and those given to other requests that are not
  partners;
* ties (equal scores within a request's top 10), and the same figures by kind of request and trait.

It reads the scorer through its public API only (``compute_matches``, ``COMPLEMENTARY_KINDS``,
``STRONG_MATCH``, and ``match_index.rebuild`` once the set is built), so it keeps working when scoring is rewritten. It is a measurement: it exits 0
whatever the figures, next to which it prints the targets of issue 14.
"""

import argparse
import contextlib
import datetime
import importlib
import io
import os
import statistics
import sys
import zlib
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402
import matching_judged as judged  # noqa: E402  (main() swaps in the set that --set names)

JUDGED_SETS = {"judged": "matching_judged", "holdout": "matching_holdout"}  # --set → module in bench/

DEFAULT_DATABASE_URL = "sqlite:////tmp/bench_matching_quality.sqlite3"
TOP = 10
VOCABULARY_FIELDS = {  # listing data key → (Listing many-to-many field, vocabulary key)
    "sectors": "sectors",
    "subfields": "subfields",
    "keywords": "keywords",
    "cooperation": "cooperation_types",
    "regions": "target_regions",
}


class Rollback(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Building the set


def _vocabulary():
    """``{data key: {code: term}}``, loading the demo vocabulary first where it is missing."""
    from django.utils import translation

    from demo.marketplace_loader import load_vocabularies
    from demo.sectors_loader import load_sectors
    from sectors.models import Sector, SubField
    from vocabulary.models import CooperationType, Region, TechnologyKeyword

    with translation.override("en"):
        load_sectors()
        load_vocabularies()
    models = {
        "sectors": Sector,
        "subfields": SubField,
        "keywords": TechnologyKeyword,
        "cooperation": CooperationType,
        "regions": Region,
    }
    return {key: {term.code: term for term in model.objects.all()} for key, model in models.items()}


def check(vocab):
    """Raise ``ValueError`` naming every unknown code, kind, stage, organisation or listing of the set."""
    from opportunities.models import ListingKind, Stage

    problems = []
    keys = {item["key"] for item in judged.LISTINGS}
    if len(keys) != len(judged.LISTINGS):
        problems.append("duplicate listing keys")
    for item in judged.LISTINGS:
        where = item["key"]
        if item["org"] not in judged.ORGANISATIONS:
            problems.append(f"{where}: unknown organisation {item['org']}")
        if item["kind"] not in ListingKind.values:
            problems.append(f"{where}: unknown kind {item['kind']}")
        if item["stage"] not in Stage.values:
            problems.append(f"{where}: unknown stage {item['stage']}")
        if not item["sectors"] or not item["cooperation"]:
            problems.append(f"{where}: sectors and cooperation types are required")
        if not set(item["text"]) <= {"en", "zh-hans"} or not item["text"]:
            problems.append(f"{where}: text must be in en and/or zh-hans")
        for data_key in VOCABULARY_FIELDS:
            problems += [
                f"{where}: unknown {data_key} code {code}"
                for code in item.get(data_key, [])
                if code not in vocab[data_key]
            ]
    by_key = {item["key"]: item for item in judged.LISTINGS}
    for request, judgement in judged.JUDGEMENTS.items():
        if request not in by_key:
            problems.append(f"judgement for unknown listing {request}")
            continue
        for partner in judgement["partners"]:
            if partner not in by_key:
                problems.append(f"{request}: unknown partner {partner}")
            elif by_key[partner]["org"] == by_key[request]["org"]:
                problems.append(f"{request}: partner {partner} is of the same organisation")
    if problems:
        raise ValueError("The judged set does not fit the vocabulary or itself:\n  " + "\n  ".join(problems))


def build(vocab, now):
    """Create the organisations, one owner each, and the published listings; returns ``{key: Listing pk}``."""
    from django.contrib.auth import get_user_model

    from accounts.models import Organisation
    from opportunities.models import Listing, Status

    User = get_user_model()
    org_keys = list(judged.ORGANISATIONS)
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(name=org["name"], kind=org["kind"], country=org["country"], city=org["city"])
            for org in judged.ORGANISATIONS.values()
        ]
    )
    users = User.objects.bulk_create(
        [
            User(username=f"matching-quality-{key}", email=f"{key}@matching-quality.example.com", password="!")
            for key in org_keys
        ]
    )
    if any(obj.pk is None for obj in (*organisations, *users)):  # backends that do not return ids
        organisations = list(Organisation.objects.filter(name__in=[o["name"] for o in judged.ORGANISATIONS.values()]))
        users = list(User.objects.filter(username__startswith="matching-quality-").order_by("pk"))
    org_ids = {org_keys[index]: org.pk for index, org in enumerate(organisations)}
    owner_ids = {org_keys[index]: user.pk for index, user in enumerate(users)}

    rows = []
    for item in judged.LISTINGS:
        (language, (title, summary)), *translation = item["text"].items()
        translated_title, translated_summary = translation[0][1] if translation else ("", "")
        seed = zlib.crc32(item["key"].encode())  # a stable publication date unrelated to the list order
        published_at = now - datetime.timedelta(days=seed % 120, minutes=seed % 1440)
        budget_min, budget_max, currency = item.get("budget", (None, None, "CNY"))
        rows.append(
            Listing(
                owner_id=owner_ids[item["org"]],
                organisation_id=org_ids[item["org"]],
                kind=item["kind"],
                title=title,
                summary=summary,
                description=summary,
                original_language=language,
                translated_title=translated_title,
                translated_summary=translated_summary,
                stage=item["stage"],
                budget_min=budget_min,
                budget_max=budget_max,
                budget_currency=currency,
                deadline=now.date() + datetime.timedelta(days=200),
                status=Status.PUBLISHED,
                submitted_at=published_at,
                published_at=published_at,
            )
        )
    Listing.objects.bulk_create(rows)  # no signals: the site's search index is not touched
    pks = {item["key"]: row.pk for item, row in zip(judged.LISTINGS, rows, strict=True)}
    for data_key, field_name in VOCABULARY_FIELDS.items():
        m2m = Listing._meta.get_field(field_name)
        through = m2m.remote_field.through
        term_column = m2m.m2m_reverse_field_name() + "_id"
        through.objects.bulk_create(
            [
                through(listing_id=pks[item["key"]], **{term_column: vocab[data_key][code].pk})
                for item in judged.LISTINGS
                for code in item.get(data_key, [])
            ]
        )
    return pks


# ---------------------------------------------------------------------------------------------
# Measuring


def _languages(item):
    return set(item["text"])


def _family(kind):
    return kind.split("-")[0]  # tech, business, rd, investment


def evaluate(pks):
    """Run ``compute_matches`` for every judged request; returns one dict per request."""
    from opportunities.match_alerts import STRONG_MATCH
    from opportunities.models import COMPLEMENTARY_KINDS, Listing
    from opportunities.scoring import compute_matches

    by_key = {item["key"]: item for item in judged.LISTINGS}
    key_of = {pk: key for key, pk in pks.items()}
    rows = []
    for request_key, judgement in judged.JUDGEMENTS.items():
        item = by_key[request_key]
        listing = Listing.objects.select_related("organisation").get(pk=pks[request_key])
        results = compute_matches(listing, limit=TOP)
        got = [(key_of.get(result.candidate.pk, f"other:{result.candidate.pk}"), result.score) for result in results]
        partners = judgement["partners"]
        ranks = [position for position, (key, _score) in enumerate(got, start=1) if key in partners]
        unreachable = []
        for partner in partners:
            if by_key[partner]["org"] == item["org"]:
                unreachable.append((partner, "same organisation"))
            elif by_key[partner]["kind"] not in COMPLEMENTARY_KINDS.get(item["kind"], ()):
                unreachable.append((partner, f"{item['kind']} is not matched with {by_key[partner]['kind']}"))
        scores = [score for _key, score in got]
        first_score = got[ranks[0] - 1][1] if ranks else None
        rows.append(
            {
                "key": request_key,
                "item": item,
                "partners": partners,
                "got": got,
                "ranks": ranks,
                "unreachable": unreachable,
                "strong": [(key, score) for key, score in got if score >= STRONG_MATCH],
                "same_org": [key for key, _score in got if key in by_key and by_key[key]["org"] == item["org"]],
                "tie_groups": [score for score, count in Counter(scores).items() if count > 1],
                "top_tied": len(scores) > 1 and scores[0] == scores[1],
                "partner_tied": first_score is not None
                and any(score == first_score for key, score in got if key not in partners),
                "cross_language": bool(partners)
                and all(not _languages(item) & _languages(by_key[partner]) for partner in partners),
                "cross_kind": any(_family(by_key[partner]["kind"]) != _family(item["kind"]) for partner in partners),
                "traits": judgement.get("traits", []),
            }
        )
    return rows, STRONG_MATCH


def quality(rows):
    """Hit@1, Hit@3, MRR and recall@10 over the rows that have partners (None when there are none)."""
    rows = [row for row in rows if row["partners"]]
    if not rows:
        return None
    return {
        "n": len(rows),
        "Hit@1": sum(1 for row in rows if row["ranks"] and row["ranks"][0] == 1) / len(rows),
        "Hit@3": sum(1 for row in rows if row["ranks"] and row["ranks"][0] <= 3) / len(rows),
        "MRR": statistics.fmean(1 / row["ranks"][0] if row["ranks"] else 0 for row in rows),
        "recall@10": statistics.fmean(len(row["ranks"]) / len(row["partners"]) for row in rows),
    }


# ---------------------------------------------------------------------------------------------
# Reporting


def _verdict(met):
    return "met" if met else "MISSED"


def _label(key):
    item = next((item for item in judged.LISTINGS if item["key"] == key), None)
    if item is None:
        return key
    country = judged.ORGANISATIONS[item["org"]]["country"]
    return f"{key} ({item['kind']}, {'+'.join(sorted(item['text']))}, {country})"


def report(rows, strong_match, verbose):
    lines = []
    with_partners = [row for row in rows if row["partners"]]
    without = [row for row in rows if not row["partners"]]
    pairs = sum(len(row["partners"]) for row in with_partners)
    cross_kind_pairs = sum(
        1
        for row in with_partners
        for partner in row["partners"]
        if _family(next(i for i in judged.LISTINGS if i["key"] == partner)["kind"]) != _family(row["item"]["kind"])
    )
    offers = len(judged.LISTINGS) - len(rows)
    lines.append(
        f"Judged set: {len(judged.LISTINGS)} listings of {len(judged.ORGANISATIONS)} organisations "
        f"({len(rows)} judged requests, {offers} other listings); {len(with_partners)} requests with "
        f"{pairs} acceptable pairs ({cross_kind_pairs} across kinds), {len(without)} with no partner; "
        f"{sum(row['cross_language'] for row in with_partners)} requests whose partners are all written only "
        "in the other language."
    )
    kinds = Counter(row["item"]["kind"] for row in rows)
    lines.append("Requests by kind: " + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())))
    lines.append(
        f"Scorer: opportunities.scoring.compute_matches(listing, limit={TOP}); strong match = score ≥ {strong_match} "
        "(opportunities.match_alerts.STRONG_MATCH, the alert-email threshold)."
    )
    figures = quality(rows)
    unreachable = [(row["key"], partner, why) for row in rows for partner, why in row["unreachable"]]
    strong_hopeless = [(row["key"], key, score) for row in without for key, score in row["strong"]]
    strong_wrong = [
        (row["key"], key, score) for row in with_partners for key, score in row["strong"] if key not in row["partners"]
    ]
    same_org = [(row["key"], key) for row in rows for key in row["same_org"]]
    lines.append("")
    lines.append(f"| {'measure':<54} | {'value':<18} | target  |        |")
    lines.append(f"|{'-' * 56}|{'-' * 20}|---------|--------|")

    def line(name, value, target="", met=None):
        lines.append(f"| {name:<54} | {value:<18} | {target:<7} | {'' if met is None else _verdict(met):<6} |")

    line("Hit@1", f"{figures['Hit@1']:.2f}", "≥ 0.80", figures["Hit@1"] >= 0.8)
    line("Hit@3", f"{figures['Hit@3']:.2f}", "≥ 0.95", figures["Hit@3"] >= 0.95)
    line("MRR", f"{figures['MRR']:.2f}", "≥ 0.85", figures["MRR"] >= 0.85)
    line("recall@10", f"{figures['recall@10']:.2f}")
    line("judged pairs that can never be matched", f"{len(unreachable)} of {pairs}", "0", not unreachable)
    line(
        "strong matches given to requests with no partner",
        f"{len(strong_hopeless)} ({len({r for r, _k, _s in strong_hopeless})} of {len(without)} req.)",
        "0",
        not strong_hopeless,
    )
    line("strong matches that are not partners (other requests)", str(len(strong_wrong)))
    line("matches with the requester's own organisation", str(len(same_org)), "0", not same_org)
    line("requests with equal scores in their top 10", f"{sum(bool(r['tie_groups']) for r in rows)} of {len(rows)}")
    line("  of which rank 1 and rank 2 tie", str(sum(row["top_tied"] for row in rows)))
    line("  first partner tied with a non-partner", str(sum(row["partner_tied"] for row in rows)))
    line("groups of equal scores (all top 10s)", str(sum(len(row["tie_groups"]) for row in rows)))

    lines.append("")
    lines.append("By group of requests with partners (Hit@1 / Hit@3 / MRR / recall@10, requests):")
    groups = {
        **{f"kind {kind}": lambda row, kind=kind: row["item"]["kind"] == kind for kind in sorted(kinds)},
        "partners only in the other language": lambda row: row["cross_language"],
        "some partner in the same language": lambda row: not row["cross_language"],
        "some partner of another kind": lambda row: row["cross_kind"],
        "partners of the complementary kind only": lambda row: not row["cross_kind"],
        **{
            f"trait {trait}": lambda row, trait=trait: trait in row["traits"]
            for trait in (judged.NEAR_MISS, judged.IMPERFECT_TAGS, judged.SAME_ORG_DECOY)
        },
    }
    for name, belongs in groups.items():
        group = quality([row for row in with_partners if belongs(row)])
        if group:
            lines.append(
                f"  {name:<40} {group['Hit@1']:.2f} / {group['Hit@3']:.2f} / {group['MRR']:.2f} / "
                f"{group['recall@10']:.2f}   ({group['n']})"
            )

    lines.append("")
    lines.append(f"Judged pairs that can never be matched ({len(unreachable)}):")
    lines += [f"  {_label(request)} → {_label(partner)}: {why}" for request, partner, why in unreachable] or ["  none"]
    lines.append("")
    lines.append(f"Strong matches given to requests with no partner ({len(strong_hopeless)}):")
    lines += [f"  {request} → {score} {_label(key)}" for request, key, score in strong_hopeless] or ["  none"]
    if same_org:
        lines.append("")
        lines.append("Matches with the requester's own organisation:")
        lines += [f"  {request} → {key}" for request, key in same_org]

    if verbose:
        lines.append("")
        lines.append("Per request (rank of the first partner; top 3 with scores, + partner, - not a partner):")
        for row in rows:
            first = f"#{row['ranks'][0]}" if row["ranks"] else ("—" if not row["partners"] else "miss")
            lines.append(f"{first:>5} {_label(row['key'])}")
            lines.append(f"        expected: {', '.join(row['partners']) or 'no partner'}")
            top = [f"{score} {'+' if key in row['partners'] else '-'}{key}" for key, score in row["got"][:3]]
            lines.append(f"        got: {'  '.join(top) or 'nothing'}")
            if row["unreachable"]:
                lines.append(f"        unreachable: {', '.join(partner for partner, _why in row['unreachable'])}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="print each request's expected and top 3 matches")
    parser.add_argument(
        "--set", choices=sorted(JUDGED_SETS), default="judged", help="the judged set (default) or the held-out one"
    )
    args = parser.parse_args(argv)
    global judged
    judged = importlib.import_module(JUDGED_SETS[args.set])
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    os.environ.setdefault("DJANGO_DEBUG", "0")
    _setup.configure("portal.settings.dev")

    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone

    from opportunities import match_index
    from opportunities.models import Listing, Status

    with contextlib.redirect_stdout(io.StringIO()):  # modeltranslation's schema sync prints even at verbosity 0
        call_command("migrate", interactive=False, verbosity=0)
    print(f"Database: {_setup.describe_database()}   (data built in a transaction, rolled back at the end)")
    try:
        with transaction.atomic():
            hidden = Listing.objects.filter(status=Status.PUBLISHED).update(status=Status.CLOSED)
            if hidden:
                print(f"Hid {hidden} public listings already in the database for the run.")
            vocab = _vocabulary()
            check(vocab)
            pks = build(vocab, timezone.now())
            match_index.rebuild()  # the matcher finds candidates in its index of public listings
            rows, strong_match = evaluate(pks)
            raise Rollback
    except Rollback:
        pass
    print(report(rows, strong_match, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
