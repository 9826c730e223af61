"""The matching index: public listings are in it, others are not, and term counts stay right."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from opportunities import lifecycle, match_index, match_lexicon
from opportunities.match_index import LISTINGS, index_listing, rebuild
from opportunities.match_terms import listing_terms
from opportunities.models import ListingKind, MatchTerm, MatchTermStat, Status
from opportunities.scoring import compute_matches
from opportunities.tasks import rebuild_match_index
from tests.factories import SectorFactory
from tests.opportunities.factories import ListingFactory, TechnologyKeywordFactory
from vocabulary.models import GlossaryTerm


@pytest.fixture
def keyword(db):
    return TechnologyKeywordFactory(code="pbat", name_en="PBAT compounds", name_zh_hans="PBAT改性料")


def offer(keyword, **fields):
    return ListingFactory(sectors=[SectorFactory(code="green")], keywords=[keyword], title="PBAT film", **fields)


def holders(term):
    return MatchTermStat.objects.filter(term=term).values_list("listings", flat=True).first() or 0


def test_a_public_listing_is_indexed_with_its_tags_and_words(keyword):
    listing = offer(keyword)
    terms = set(MatchTerm.objects.filter(listing=listing).values_list("term", flat=True))
    assert {"k:pbat", "s:green", "w:film"} <= terms
    assert holders("k:pbat") == 1 and holders(LISTINGS) == 1


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED])
def test_a_listing_that_is_not_public_is_not_indexed(keyword, status):
    offer(keyword, status=status)
    assert not MatchTerm.objects.exists() and holders(LISTINGS) == 0


def test_closing_a_listing_takes_it_out_of_the_index(keyword):
    listing = offer(keyword)
    lifecycle.close_listing(listing, listing.owner)
    assert not MatchTerm.objects.filter(listing=listing).exists()
    assert holders("k:pbat") == 0 and holders(LISTINGS) == 0


def test_expiry_takes_listings_out_and_renewal_puts_them_back(keyword, django_capture_on_commit_callbacks):
    listing = offer(keyword, deadline=timezone.localdate() + datetime.timedelta(days=1))
    assert lifecycle.expire_due_listings(today=timezone.localdate() + datetime.timedelta(days=2)) == 1
    assert not MatchTerm.objects.filter(listing=listing).exists()
    listing.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.renew_listing(listing)
    task = DBTaskResult.objects.get(task_path="opportunities.tasks.refresh_listing_matches")
    assert task.args_kwargs["args"] == [listing.pk]  # the worker re-indexes and re-matches it


def test_reindexing_an_edited_listing_updates_the_counts(keyword):
    listing = offer(keyword)
    other = TechnologyKeywordFactory(code="pla", name_en="PLA resin", name_zh_hans="PLA树脂")
    listing.keywords.set([other])
    index_listing(listing)
    assert holders("k:pbat") == 0 and holders("k:pla") == 1 and holders(LISTINGS) == 1


def test_rebuild_gives_the_same_index_as_indexing_one_by_one(keyword):
    for _ in range(3):
        offer(keyword)
    ListingFactory(status=Status.CLOSED, keywords=[keyword])
    before = sorted(MatchTerm.objects.values_list("listing_id", "term", "weight"))
    counts = dict(MatchTermStat.objects.exclude(term__in=match_index.BOOKKEEPING).values_list("term", "listings"))
    assert rebuild() == 3
    assert sorted(MatchTerm.objects.values_list("listing_id", "term", "weight")) == before
    assert (
        dict(MatchTermStat.objects.exclude(term__in=match_index.BOOKKEEPING).values_list("term", "listings")) == counts
    )


def test_the_rebuild_command_indexes_listings_the_index_missed(keyword, capsys):
    listing = offer(keyword, indexed=False)
    request = ListingFactory(kind=ListingKind.TECHNOLOGY_REQUEST, keywords=[keyword], indexed=False)
    assert compute_matches(request) == []
    call_command("rebuild_match_index")
    assert "Indexed 2 public listings" in capsys.readouterr().out
    assert [result.candidate for result in compute_matches(request)] == [listing]


def test_a_vocabulary_change_makes_every_worker_reread_the_vocabulary(keyword):
    """The version in the database changes, so another process's snapshot is rebuilt on its next match."""
    match_lexicon.lexicon()
    version = match_lexicon.current_version()
    keyword.name_en = "PBAT compound"
    keyword.save()
    assert match_lexicon.current_version() == version + 1
    assert match_lexicon.lexicon().name("k:pbat", "en") == "PBAT compound"


def test_a_vocabulary_change_queues_one_rebuild_that_reads_listings_again(keyword, django_capture_on_commit_callbacks):
    listing = ListingFactory(keywords=[keyword], title="Film", summary="")
    with django_capture_on_commit_callbacks(execute=True):
        GlossaryTerm.objects.create(code="pbat-film", name_en="film", name_zh_hans="薄膜")
    [task] = DBTaskResult.objects.filter(task_path="opportunities.tasks.rebuild_match_index")
    assert "g:pbat-film" not in set(MatchTerm.objects.filter(listing=listing).values_list("term", flat=True))
    assert rebuild_match_index.call() == 1
    assert "g:pbat-film" in set(MatchTerm.objects.filter(listing=listing).values_list("term", flat=True))
    assert rebuild_match_index.call() == 0  # a second queued run finds the index current


def test_deleting_a_listing_takes_it_out_of_the_counts(keyword):
    listing = offer(keyword)
    offer(keyword)
    listing.delete()
    assert holders("k:pbat") == 1 and holders(LISTINGS) == 1


def test_a_wording_mixing_scripts_is_found_in_chinese_text(db):
    GlossaryTerm.objects.create(code="5g-modules", name_en="5G modules", name_zh_hans="5G通信模组")
    request = ListingFactory(title="寻求5G通信模组", summary="", indexed=False)
    assert "g:5g-modules" in listing_terms(request)


def test_removing_listings_that_are_not_indexed_changes_nothing(keyword):
    offer(keyword)
    match_index.remove_listings([999_999])
    assert holders(LISTINGS) == 1
