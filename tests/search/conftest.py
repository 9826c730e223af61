"""Search fixtures: the embedded backend, a forgetful engine, and a few bilingual pages to find."""

import pytest

from search import engine
from tests.factories import NewsPageFactory, ParkPageFactory, PolicyPageFactory


@pytest.fixture(autouse=True)
def fresh_engine():
    """No Elasticsearch outage recorded by one test leaks into the next."""
    engine.reset()
    yield
    engine.reset()


@pytest.fixture
def embedded_search(settings):
    """Search answered by the database backend, whatever the environment configures."""
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture
def platform_pages(site_tree):
    """A news item about the platform, a park and a policy, each in English and Chinese."""
    news = NewsPageFactory(
        parent=site_tree["news"],
        slug="platform-live",
        title_en="Offshore innovation platform goes live",
        title_zh_hans="海口国际离岸创新创业平台正式上线",
        intro_en="The bilingual platform brings news, policies and parks together for overseas founders.",
        intro_zh_hans="双语平台为海外创业者汇集资讯、政策和园区信息。",
    )
    park = ParkPageFactory(
        parent=site_tree["parks"],
        slug="yaogu",
        title_en="Yaogu Industrial Park",
        title_zh_hans="药谷工业园",
        intro_en="Shared laboratories for pharmaceutical start-ups.",
        intro_zh_hans="为医药初创企业提供共享实验室。",
    )
    policy = PolicyPageFactory(
        parent=site_tree["policies"],
        slug="company-registration",
        title_en="Company registration made simple",
        title_zh_hans="企业注册便利化措施",
        summary_en="Foreign founders can complete registration online in three days.",
        summary_zh_hans="外国创业者可在三天内在线完成企业注册。",
    )
    return {"news": news, "park": park, "policy": policy}
