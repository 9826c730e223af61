"""Search speed of the embedded backend with 100,000 indexed documents in English and Chinese.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search   # or sqlite:////tmp/bench_search.sqlite3
    python manage.py migrate --noinput          # this script does NOT migrate
    python bench/search.py [--documents 100000 --queries 200 --refill]

Fills the index (once: it tops up to ``--documents`` bench documents, whose ids start with ``bench:``)
with synthetic documents written straight into the index through the backend, as indexing does: 40 %
of the items in both languages, the rest in one; every content type; 1–2 of 5 sectors; dates over
three years; listings with deadlines. Words are drawn from a skewed distribution, so a few (Haikou,
海口, innovation, 创新...) are in most documents, as in real text, and most are rare.

Then it runs ``--queries`` varied searches (English, Chinese, mixed; a quarter with filters; some
second pages) through ``DatabaseBackend.search`` once to warm up and once timed, and prints the median
and p95 latency, the number of SQL queries per search and the spread of result counts; then the same
for autocomplete prefixes.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402

PREFIX = "bench:"
BATCH = 1_000
CONTENT_TYPES = ["news", "policy", "park", "event", "service", "provider", "listing"]
SECTORS = ["digital-economy", "biomedicine", "green-tech", "advanced-manufacturing", "industrial-design"]

EN_COMMON = "haikou innovation offshore platform hainan free trade port startup founders".split()
EN_WORDS = (
    "company registration visa work permit talent tax income corporate incentive subsidy grant funding "
    "investment venture capital angel series seed park zone incubator accelerator station laboratory "
    "office space data cross-border compliance privacy cloud computing artificial intelligence machine "
    "learning vision imaging medical diagnosis hospital clinic vaccine antibody pharmaceutical formulation "
    "biodegradable plastics recycling waste construction battery electric vehicle charging solar hydrogen "
    "marine aquaculture coral reef seaweed microalgae sensor monitoring water quality drone robot "
    "manufacturing assembly automation design chip semiconductor blockchain trade logistics customs tariff "
    "bonded warehouse export import distribution licence patent trademark intellectual property law firm "
    "accounting audit bank account finance payment insurance tourism aerospace satellite software "
    "ecommerce retail agriculture tropical fruit coffee rubber fisheries shipping container education "
    "training bootcamp competition matchmaking conference forum delegation partnership cooperation joint "
    "research development prototype pilot market expansion asean singapore malaysia europe germany silicon "
    "valley shenzhen shanghai guangzhou beijing yangpu sanya wenchang jiangdong fuxing yaogu meian"
).split()
ZH_COMMON = "海口 创新 离岸 平台 海南 自贸港 创业 企业".split()
ZH_WORDS = (
    "公司 注册 签证 工作许可 人才 税收 所得税 优惠 补贴 资助 融资 投资 天使 风险投资 园区 孵化器 加速器 驿站 实验室 "
    "办公空间 数据 跨境 合规 隐私 云计算 人工智能 机器学习 视觉 医学影像 医疗 诊断 医院 诊所 疫苗 抗体 制药 制剂 "
    "生物降解 塑料 回收 建筑垃圾 电池 电动汽车 充电 光伏 氢能 海洋 水产养殖 珊瑚礁 海藻 微藻 传感器 监测 水质 "
    "无人机 机器人 制造 组装 自动化 设计 芯片 半导体 区块链 贸易 物流 海关 关税 保税 仓库 出口 进口 分销 许可 专利 "
    "商标 知识产权 律师事务所 会计 审计 银行账户 金融 支付 保险 旅游 航天 卫星 软件 电商 零售 农业 热带水果 咖啡 "
    "橡胶 渔业 航运 集装箱 教育 培训 训练营 大赛 对接会 论坛 代表团 合作 联合研发 原型 试点 市场 拓展 东盟 新加坡 "
    "马来西亚 欧洲 德国 硅谷 深圳 上海 广州 北京 洋浦 三亚 文昌 江东 复兴城 药谷 美安"
).split()


def _pick(rng, common, words, count):
    """``count`` words: a common one now and then, otherwise a skewed draw from the long list."""
    chosen = []
    for _ in range(count):
        if common and rng.random() < 0.15:
            chosen.append(rng.choice(common))
        else:
            chosen.append(words[min(int(rng.expovariate(1 / 25)), len(words) - 1)])
    return chosen


def _text(rng, language, count):
    if language == "en":
        words = _pick(rng, EN_COMMON, EN_WORDS, count)
        sentences = [" ".join(words[i : i + 12]).capitalize() + "." for i in range(0, len(words), 12)]
        return " ".join(sentences)
    words = _pick(rng, ZH_COMMON, ZH_WORDS, count)
    return "。".join("".join(words[i : i + 8]) for i in range(0, len(words), 8)) + "。"


def documents(count, start=0, seed=7):
    """Synthetic SearchDocuments ``start`` to ``count`` (the same ones on every run)."""
    from search.backends.base import SearchDocument

    today = datetime.date.today()
    bilingual = int(count * 0.8)  # documents below this index come in en/zh pairs (40 % of items)
    for index in range(start, count):
        rng = random.Random(seed * 1_000_003 + (index // 2 if index < bilingual else index))
        item = index // 2 if index < bilingual else index
        if index < bilingual:
            language = "en" if index % 2 == 0 else "zh-hans"
        else:
            language = rng.choice(["en", "zh-hans"])
        content_type = rng.choice(CONTENT_TYPES)
        sectors = tuple(rng.sample(SECTORS, rng.choice([1, 1, 2])))
        date = today - datetime.timedelta(days=rng.randrange(-60, 1100))
        text_rng = random.Random(index)
        yield SearchDocument(
            doc_id=f"{PREFIX}{item}:{language}",
            content_type=content_type,
            object_key=f"{PREFIX}{item}",
            language=language,
            title=_text(text_rng, language, text_rng.randint(4, 8)).rstrip(".。"),
            text=_text(text_rng, language, text_rng.randint(40, 140)),
            url=f"/{language}/bench/{item}/",
            date=date,
            sectors=sectors,
            keywords=tuple(_pick(text_rng, [], EN_WORDS if language == "en" else ZH_WORDS, 3)),
            expires=today + datetime.timedelta(days=rng.randrange(-30, 300)) if content_type == "listing" else None,
        )


def fill(target, refill=False, log=print):
    from django.db import connection

    from search.backends.database import DatabaseBackend
    from search.models import IndexEntry

    if refill:
        IndexEntry.objects.filter(doc_id__startswith=PREFIX).delete()
    existing = IndexEntry.objects.filter(doc_id__startswith=PREFIX).count()
    if existing >= target:
        log(f"index already holds {existing} bench documents")
        return
    backend = DatabaseBackend()
    started = time.perf_counter()
    batch = []
    for document in documents(target, start=existing):
        batch.append(document)
        if len(batch) == BATCH:
            backend.index_documents(batch)
            batch = []
    if batch:
        backend.index_documents(batch)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE search_indexentry")
        else:
            cursor.execute("INSERT INTO search_indexentry_fts(search_indexentry_fts) VALUES ('optimize')")
            cursor.execute("ANALYZE")
    log(f"filled {target - existing} documents in {time.perf_counter() - started:.1f} s")


def queries(count, seed=11):
    """``count`` varied SearchQuery objects: English, Chinese and mixed text, some filtered, some paged."""
    from search.backends.base import SearchQuery

    rng = random.Random(seed)
    today = datetime.date.today()
    made = []
    for index in range(count):
        kind = index % 4
        if kind == 0:
            text = " ".join(rng.sample(EN_WORDS, rng.choice([1, 2, 2, 3])))
            language = "en"
        elif kind == 1:
            text = "".join(rng.sample(ZH_WORDS, rng.choice([1, 1, 2])))
            language = "zh-hans"
        elif kind == 2:
            text = f"{rng.choice(EN_WORDS)} {rng.choice(ZH_WORDS)}"
            language = rng.choice(["en", "zh-hans"])
        else:  # the most common words: the worst case for ranking and counting
            text = rng.choice(EN_COMMON + ZH_COMMON)
            language = "zh-hans" if text in ZH_COMMON else "en"
        query = SearchQuery(text=text, language=language)
        if index % 4 == 1 or index % 7 == 0:
            filter_kind = rng.randrange(4)
            if filter_kind == 0:
                query.content_types = [rng.choice(CONTENT_TYPES)]
            elif filter_kind == 1:
                query.sectors = [rng.choice(SECTORS)]
            elif filter_kind == 2:
                query.languages = [language]
            else:
                query.date_from, query.date_to = today - datetime.timedelta(days=365), today
        if index % 10 == 9:
            query.page = 2
        made.append(query)
    return made


def _time(calls):
    """Run each call; return the results, the times in ms and the set of SQL query counts per call."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    results, timings, query_counts = [], [], set()
    for call in calls:
        with CaptureQueriesContext(connection) as context:
            started = time.perf_counter()
            results.append(call())
            timings.append((time.perf_counter() - started) * 1000)
        query_counts.add(len(context.captured_queries))
    return results, timings, query_counts


def _summary(name, timings, query_counts):
    timings = sorted(timings)
    p95 = timings[max(0, int(round(len(timings) * 0.95)) - 1)]
    return (
        f"{name}: {len(timings)} runs, median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
        f"max {timings[-1]:.1f} ms, SQL queries per call {sorted(query_counts)}"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000, help="bench documents in the index")
    parser.add_argument("--queries", type=int, default=200, help="searches to time")
    parser.add_argument("--refill", action="store_true", help="delete the bench documents and fill again")
    args = parser.parse_args(argv)
    _setup.configure("portal.settings.dev")

    from search.backends.database import DatabaseBackend
    from search.models import IndexEntry

    print(f"Database: {_setup.describe_database()}")
    fill(args.documents, refill=args.refill)
    print(
        f"Index: {IndexEntry.objects.count()} documents, "
        f"{IndexEntry.objects.values('object_key').distinct().count()} items"
    )
    backend = DatabaseBackend()
    searches = queries(args.queries)
    for query in searches:  # warm up: jieba's dictionary, the stemmer, the database's caches
        backend.search(query)
    results, timings, counts = _time([lambda query=query: backend.search(query) for query in searches])
    print(_summary("search", timings, counts))
    totals = sorted(result.total for result in results)
    print(
        f"  results per search: median {statistics.median(totals):.0f}, max {totals[-1]}, "
        f"{sum(not total for total in totals)} with none, {sum(not r.exact_total for r in results)} capped"
    )
    slowest = sorted(zip(timings, searches, strict=True), key=lambda pair: -pair[0])[:5]
    print("  slowest: " + "; ".join(f"{ms:.0f} ms {q.text!r}" for ms, q in slowest))
    prefixes = [query.text.split()[0][:3] if query.language == "en" else query.text[:2] for query in searches[:100]]
    _results, timings, counts = _time([lambda prefix=prefix: backend.autocomplete(prefix, "en") for prefix in prefixes])
    print(_summary("autocomplete", timings, counts))


if __name__ == "__main__":
    main()
