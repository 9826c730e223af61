"""Relevance over the demo content: queries a reader would type, each with the item they want in the top 3.

The demo is loaded once for the whole module (``demo_module``: it takes a while) inside a transaction
that is rolled back at the end, so nothing leaks into other tests. Half of the queries are in Chinese.
"""

import pytest

from core.text import HAN
from search import engine
from search.backends.base import SearchQuery

QUERIES = [
    # English: news
    ("offshore platform goes live", "Haikou International Offshore Innovation & Entrepreneurship Platform goes live"),
    (
        "AI medical imaging Series A",
        "Fuxing City AI medical imaging startup closes Series A to expand remote diagnosis",
    ),
    # English: policies
    ("corporate income tax", "15% Corporate Income Tax for Encouraged-industry Enterprises"),
    ("individual income tax cap talent", "15% Cap on Individual Income Tax for High-end and In-demand Talent"),
    ("work permit for foreigners", "Foreigners' Work Permit Facilitation in the Hainan Free Trade Port"),
    ("visa-free entry", "Visa-free Entry and Residence Facilitation for Foreign Talent"),
    ("soft-landing grant", "Haikou Offshore Innovation Soft-landing Grant"),
    ("zero tariff equipment", "Zero Tariffs on Self-use Production Equipment"),
    ("patent fast-track", "Patent Fast-track Pre-examination at the China (Hainan) IP Protection Centre"),
    ("cross-border data flow", "Cross-border Data Flow Facilitation in the Hainan Free Trade Port"),
    ("FT account", "Free Trade (FT) Accounts for Cross-border Finance"),
    (
        "negative list foreign investment",
        "Special Administrative Measures for Foreign Investment Access in the Hainan Free Trade Port",
    ),
    # English: parks
    ("Yaogu", "Yaogu Industrial Park"),
    ("Singapore innovation station", "Haikou International Offshore Innovation Station (Singapore)"),
    ("bonded zone", "Haikou Comprehensive Bonded Zone"),
    ("aerospace city", "Wenchang International Aerospace City"),
    # English: events
    ("biodegradable matchmaking", "Fully biodegradable materials supply and demand matchmaking day"),
    ("bootcamp for foreign founders", "Soft-landing bootcamp for foreign founders"),
    # English: marketplace listings
    (
        "lung nodule screening",
        "AI screening for lung nodules and diabetic retinopathy: licensing and local partners wanted",
    ),
    ("LFP battery packs", "Supplier wanted: LFP battery packs and BMS for electric motorcycles and swap stations"),
    ("coral reef monitoring", "Field-testing partner for coral-reef monitoring sensors in tropical waters"),
    # English: services and providers
    ("register a company", "Company registration"),
    ("law firm", "Qiongzhou Strait International Law Firm"),
    # Chinese: news
    ("离岸创新创业平台", "海口国际离岸创新创业平台正式上线运行"),
    ("人工智能医学影像", "复兴城人工智能医学影像企业完成A轮融资，拓展远程影像诊断"),
    ("企业所得税优惠", "一文读懂自贸港15%企业所得税优惠政策"),
    # Chinese: policies
    ("人才个人所得税", "海南自由贸易港高端紧缺人才个人所得税实际税负超过15%部分免征"),
    ("外国人工作许可", "外国人来琼工作许可便利化措施"),
    ("入境免签", "入境免签及外籍人才停居留便利政策"),
    ("落地资助", "海口国际离岸创新创业落地资助"),
    ("零关税", "海南自由贸易港自用生产设备“零关税”政策"),
    ("专利快速预审", "中国（海南）知识产权保护中心专利快速预审"),
    ("数据跨境流动", "海南自由贸易港数据跨境流动便利化措施"),
    ("自由贸易账户", "自由贸易账户（FT账户）"),
    # Chinese: parks
    ("药谷", "药谷工业园"),
    ("新加坡驿站", "海口国际离岸创新驿站（新加坡）"),
    ("综合保税区", "海口综合保税区"),
    ("航天城", "文昌国际航天城"),
    # Chinese: events
    ("生物降解材料对接会", "全生物降解材料供需对接会"),
    ("创业者训练营", "外籍创业者落地训练营"),
    # Chinese: marketplace listings
    ("电子提单", "诚邀海外技术伙伴共建海口综保区国际电子提单网络"),
    ("建筑垃圾分选", "建筑垃圾智能分选与高品质再生骨料技术需求"),
    ("微藻DHA", "热带海洋微藻高密度培养及DHA提取技术转让"),
    # Chinese: services and providers
    ("公司注册", "公司注册"),
    ("律师事务所", "琼州海峡国际律师事务所"),
    # Mixed
    ("AI 医疗", "引进基层医院AI胸部CT与眼底影像辅助诊断技术"),
]


@pytest.fixture(scope="module")
def database_search_only():
    """The embedded backend answers (and the demo loader indexes into it only), for the whole module."""
    from django.conf import settings

    saved_url, settings.ELASTICSEARCH_URL = settings.ELASTICSEARCH_URL, ""
    engine.reset()
    yield
    settings.ELASTICSEARCH_URL = saved_url
    engine.reset()


@pytest.fixture(scope="module")
def demo_index(database_search_only, demo_module):
    """The demo site and its search index, loaded once for this module and rolled back afterwards."""
    return demo_module


def test_the_queries_are_half_chinese():
    chinese = [text for text, _title in QUERIES if HAN.search(text)]
    assert len(QUERIES) >= 30 and len(chinese) >= len(QUERIES) / 2


@pytest.mark.parametrize("text, expected", QUERIES, ids=[text for text, _title in QUERIES])
def test_expected_item_is_in_the_top_three(demo_index, db, text, expected):
    language = "zh-hans" if HAN.search(text) else "en"
    top_three = [hit.title for hit in engine.search(SearchQuery(text=text, language=language)).hits[:3]]
    assert expected in top_three


def test_demo_loader_leaves_every_content_type_searchable(demo_index, db):
    results = engine.search(SearchQuery(text="Haikou", language="en"))
    assert {value.value for value in results.facets["content_type"]} >= {
        "news",
        "policy",
        "park",
        "event",
        "listing",
        "service",
        "provider",
    }
