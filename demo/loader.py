"""Loads the whole demo site, part by part, in the order the parts depend on each other.

Each part has a data module (``news.py``) and a loader (``news_loader.py``) built from the shared
functions in ``builders.py``. Every step is create-if-missing, so loading twice changes nothing.
"""

from django.db import transaction
from django.utils import translation

from events.models import EventIndexPage
from news.models import NewsIndexPage
from parks.models import ParkIndexPage
from policies.models import PolicyIndexPage
from search.indexing import rebuild_index
from sectors.models import SectorIndexPage

from .challenges_loader import load_challenges
from .competitions_loader import load_competitions
from .compliance_loader import load_compliance
from .events_loader import load_events
from .judging_loader import load_judging
from .marketplace_loader import load_marketplace
from .news_loader import load_news
from .parks_loader import load_parks
from .policies_loader import link_policies_to_services, load_policies
from .sectors_loader import load_sectors
from .services_loader import load_services
from .site_loader import ensure_home_page, load_site_settings, load_standard_pages, section
from .staff_loader import ADMIN_USERNAME, ensure_groups_and_workflow, ensure_users


@transaction.atomic
def load_demo_content():
    """Load everything. Returns the admin login, and whether its password was set by this run.

    The result also holds the marketplace's, the service catalogue's, the challenges', the judging's and the
    competition's summaries, which the ``load_demo_content`` command prints.
    """
    with translation.override("en"):
        load_sectors()
        home = ensure_home_page()
        news_index = section(home, NewsIndexPage, "news")
        policy_index = section(home, PolicyIndexPage, "policies")
        park_index = section(home, ParkIndexPage, "parks")
        event_index = section(home, EventIndexPage, "events")
        section(home, SectorIndexPage, "sectors")
        load_news(news_index)
        load_policies(policy_index)
        load_parks(park_index)
        load_events(event_index)
        standard_pages = load_standard_pages(home)
        load_site_settings(home, standard_pages)
        editors, moderators = ensure_groups_and_workflow(home)
        load_compliance(home)  # after the groups: moderators answer contact messages
        password, created = ensure_users(editors, moderators)
        marketplace = load_marketplace()
        services = load_services(home)
        challenges = load_challenges()  # after the marketplace's organisations and users, and the moderator
        judging = load_judging()  # after the challenges loader gave the moderators the challenge permission
        competitions = load_competitions()  # after the judging demo, with the same moderator at the desk
        link_policies_to_services(policy_index)  # after the services it links to
        rebuild_index()  # search: everything above is findable at once, Elasticsearch included when set
    return {
        "username": ADMIN_USERNAME,
        "password": password,
        "created": created,
        "marketplace": marketplace,
        "services": services,
        "challenges": challenges,
        "judging": judging,
        "competitions": competitions,
    }
