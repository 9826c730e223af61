"""Loads the demo marketplace: vocabularies, organisations with one member each, and published listings.

Create-if-missing throughout, keyed on stable fields (vocabulary codes, organisation names, user emails,
and a listing's organisation and title), so a second run changes nothing; vocabulary terms that exist
are left as they are, except that a keyword without a broader sub-field gets one. Data lives in
``marketplace.py`` and ``glossary.py``. ``loader.load_demo_content`` calls it after the sectors and
users exist.
"""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from accounts.models import Organisation, Profile
from opportunities import match_index
from opportunities.matching import refresh_matches
from opportunities.models import Listing, Match, Status
from sectors.models import Sector, SubField
from vocabulary.models import CooperationType, GlossaryTerm, Region, TechnologyKeyword

from . import marketplace as data
from .builders import demo_password
from .glossary import GLOSSARY
from .sectors_loader import load_sectors


def _term(model, item, sort_order, **fields):
    term = model.objects.filter(code=item["code"]).first()
    if term is not None:
        return term, False
    term = model(
        code=item["code"], sort_order=sort_order, name_en=item["name_en"], name_zh_hans=item["name_zh"], **fields
    )
    term.save()
    return term, True


def _keyword(item, sort_order, sectors, subfields):
    """A technology keyword with its sector and broader sub-field; returns whether it was created.

    A keyword loaded before sub-fields existed gets its sub-field now; one an editor has set is kept.
    """
    subfield = subfields.get(item.get("subfield"))
    keyword, created = _term(TechnologyKeyword, item, sort_order, sector=sectors.get(item["sector"]), subfield=subfield)
    if not created and keyword.subfield_id is None and subfield is not None:
        keyword.subfield = subfield
        keyword.save(update_fields=["subfield"])
    return created


def _glossary_term(item, sort_order, keywords):
    """A glossary term with its other wordings (one a line) and the keyword it means; returns whether created."""
    fields = {"synonyms": "\n".join(item["synonyms"]), "keyword": keywords.get(item["keyword"])}
    return _term(GlossaryTerm, item, sort_order, **fields)[1]


def load_vocabularies():
    """Cooperation types, technology keywords, regions and the glossary. Returns how many terms were created."""
    created = 0
    for order, item in enumerate(data.COOPERATION_TYPES):
        created += _term(CooperationType, item, order)[1]
    sectors = {sector.code: sector for sector in Sector.objects.all()}
    subfields = {subfield.code: subfield for subfield in SubField.objects.all()}
    for order, item in enumerate(data.KEYWORDS):
        created += _keyword(item, order, sectors, subfields)
    for order, item in enumerate(data.REGIONS):
        created += _term(Region, item, order, is_global=item["is_global"], countries=item["countries"])[1]
    keywords = {keyword.code: keyword for keyword in TechnologyKeyword.objects.all()}
    for order, item in enumerate(GLOSSARY):
        created += _glossary_term(item, order, keywords)
    return created


def _organisation(item):
    organisation = Organisation.objects.filter(name=item["name"]).first()
    if organisation is not None:
        return organisation, False
    organisation = Organisation.objects.create(
        name=item["name"],
        kind=item["kind"],
        country=item["country"],
        city=item["city"],
        founded_year=item["founded_year"],
        size=item["size"],
        website=item["website"],
        description=item["description"],
        is_verified=item["is_verified"],
        verified_at=timezone.now() if item["is_verified"] else None,
    )
    organisation.sectors.set(Sector.objects.filter(code__in=item["sectors"]))
    return organisation, True


def _member(organisation, contact, password):
    """The organisation's contact person: a user who can log in at once (verified email) and a profile.

    An existing user keeps their password, as the demo admin does.
    """
    User = get_user_model()
    user = User.objects.filter(email__iexact=contact["email"]).first()
    created = user is None
    if created:
        user = User.objects.create_user(username=contact["email"], email=contact["email"], password=password)
    if not EmailAddress.objects.filter(user=user, email__iexact=contact["email"]).exists():
        EmailAddress.objects.create(user=user, email=contact["email"], verified=True, primary=True)
    profile, _ = Profile.objects.get_or_create(user=user)
    if profile.organisation_id is None:
        profile.organisation = organisation
        profile.full_name = contact["full_name"]
        profile.job_title = contact["job_title"]
        profile.phone = contact["phone"]
        profile.preferred_language = contact["language"]
        profile.save()
    return user, created


def _listing(item, organisation, owner, vocab):
    listing = Listing.objects.filter(organisation=organisation, title=item["title"]).first()
    if listing is not None:
        return listing, False
    published_at = timezone.now() - datetime.timedelta(days=item["posted_days_ago"])
    listing = Listing.objects.create(
        owner=owner,
        organisation=organisation,
        kind=item["kind"],
        title=item["title"],
        summary=item["summary"],
        description=item["description"],
        original_language=item["original_language"],
        translated_title=item["translated_title"],
        translated_summary=item["translated_summary"],
        stage=item["stage"],
        ip_status=item["ip_status"],
        budget_min=item["budget_min"],
        budget_max=item["budget_max"],
        budget_currency=item["budget_currency"] or "CNY",
        deadline=timezone.localdate() + datetime.timedelta(days=item["deadline_days"]),
        is_anonymous=item["is_anonymous"],
        status=Status.PUBLISHED,
        submitted_at=published_at,
        published_at=published_at,
    )
    listing.sectors.set([vocab["sectors"][code] for code in item["sectors"]])
    listing.subfields.set([vocab["subfields"][code] for code in item["subfields"]])
    listing.keywords.set([vocab["keywords"][code] for code in item["keywords"]])
    listing.cooperation_types.set([vocab["cooperation"][code] for code in item["cooperation"]])
    listing.target_regions.set([vocab["regions"][code] for code in item["target_regions"]])
    return listing, True


def _vocabulary_by_code():
    return {
        "sectors": {term.code: term for term in Sector.objects.all()},
        "subfields": {term.code: term for term in SubField.objects.all()},
        "keywords": {term.code: term for term in TechnologyKeyword.objects.all()},
        "cooperation": {term.code: term for term in CooperationType.objects.all()},
        "regions": {term.code: term for term in Region.objects.all()},
    }


def _refresh_demo_matches(listings):
    """Score demo listings with the matching service.

    The matching index is rebuilt first, so that every listing is scored against all the others with
    the rarity of terms among all of them. Demo matches are marked as already notified: they are part
    of the furniture, not news to email the fictional owners about.
    """
    match_index.rebuild()
    for listing in listings:
        refresh_matches(listing)
    Match.objects.filter(Q(listing__in=listings) | Q(candidate__in=listings), notified_at__isnull=True).update(
        notified_at=timezone.now()
    )


@transaction.atomic
def load_marketplace():
    """Load the demo marketplace.

    Returns how many vocabulary terms, organisations, users and listings this run created, the number
    of matches among demo listings, the demo users' password and two sample logins (English, Chinese).
    Loads the sectors first, so it also works on its own.
    """
    password = demo_password()
    with translation.override("en"):
        load_sectors()
        vocabulary_created = load_vocabularies()
        vocab = _vocabulary_by_code()
        organisations, owners = {}, {}
        counts = {"vocabulary": vocabulary_created, "organisations": 0, "users": 0, "listings": 0}
        for item in data.ORGANISATIONS:
            organisation, org_created = _organisation(item)
            owner, user_created = _member(organisation, item["contact"], password)
            organisations[item["key"]], owners[item["key"]] = organisation, owner
            counts["organisations"] += org_created
            counts["users"] += user_created
        demo_listings, to_refresh = [], []
        for item in data.LISTINGS:
            listing, created = _listing(item, organisations[item["org"]], owners[item["org"]], vocab)
            counts["listings"] += created
            demo_listings.append(listing)
            if created or not Match.objects.filter(listing=listing).exists():
                to_refresh.append(listing)
        _refresh_demo_matches(to_refresh)
        counts["matches"] = Match.objects.filter(listing__in=demo_listings).count()
    by_key = {item["key"]: item for item in data.ORGANISATIONS}
    counts["password"] = password
    counts["sample_logins"] = [by_key[key]["contact"]["email"] for key in ("lumina", "kangrui")]
    return counts
