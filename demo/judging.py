"""Demo data for judging: one finished challenge, from its entries to the winner's deal, in both languages.

The challenge closed ``closed_days_ago`` days before the first load. Its entrants are marketplace
organisations' contact people (``marketplace.py``). Two external experts judge the shortlist; a third
judge works for one entrant's organisation and is recused from that entry automatically. Staff shortlist
three entries, reconcile one outlying score, pick a winner, send every entrant feedback, award and pay the
prize, publish the winners' page and introduce the winner to the seeker, who records a pilot.
"""

CHALLENGE = {
    "key": "microplastics",
    "organisation": "海南清水环境监测技术有限公司",
    "owner": "lijing@qingshui-env.example.cn",
    "title_en": "Low-cost microplastics monitoring for Hainan's coastal waters",
    "title_zh": "海南近岸海域微塑料低成本监测",
    "summary_en": (
        "Hainan's coastal monitoring stations count microplastics by hand under a microscope, a few samples a "
        "month. We looked for a method that counts and sizes particles of 20 µm to 5 mm on site, at a tenth "
        "of today's cost per sample."
    ),
    "summary_zh": (
        "海南近岸监测站目前依靠人工显微镜计数微塑料，每月仅能分析少量样品。我们征集一种可在现场对20微米至"
        "5毫米颗粒计数和测量粒径的方法，单样成本降至现有的十分之一。"
    ),
    "problem_en": (
        "Manual counting takes a trained analyst four hours per sample and cannot keep up with the provincial "
        "monitoring plan, which asks for weekly data at 40 stations from 2027."
    ),
    "problem_zh": "人工计数每个样品需要专业人员四小时，无法满足省级监测方案自2027年起40个站位每周一次的数据要求。",
    "must_do_en": (
        "Count and size particles from 20 µm to 5 mm in filtered seawater.\n"
        "Tell plastic from sand, shell and organic debris with at least 90 % accuracy against FTIR."
    ),
    "must_do_zh": "对过滤海水中20微米至5毫米的颗粒进行计数与粒径测量；\n与傅里叶红外光谱相比，区分塑料与沙粒、贝壳及有机碎屑的准确率不低于90%。",
    "award_amount": 300_000,
    "award_currency": "CNY",
    "closed_days_ago": 45,
    "published_days_ago": 120,
}

PHASE = {
    "name_en": "Expert review of the shortlist",
    "name_zh": "入围方案专家评审",
    "closed_days_ago": 20,
}

CRITERIA = [
    {
        "name_en": "Accuracy against FTIR",
        "name_zh": "与红外光谱比对的准确性",
        "guidance_en": "How convincing is the evidence that plastics are told apart from sand and debris?",
        "guidance_zh": "区分塑料与沙粒、碎屑的证据是否充分？",
        "kind": "scale",
        "scale_max": 10,
        "weight": 3,
    },
    {
        "name_en": "Cost per sample",
        "name_zh": "单样成本",
        "guidance_en": "",
        "guidance_zh": "",
        "kind": "rating",
        "scale_max": 5,
        "weight": 2,
    },
    {
        "name_en": "Can run on a monitoring boat",
        "name_zh": "可在监测船上运行",
        "guidance_en": "",
        "guidance_zh": "",
        "kind": "yes-no",
        "scale_max": 1,
        "weight": 1,
    },
]

# External experts who judge; ``organisation`` names a marketplace organisation or None (independent).
JUDGES = [
    {
        "email": "helen.ward@marine-expert.example.com",
        "full_name": "Dr Helen Ward",
        "language": "en",
        "organisation": None,
    },
    {
        "email": "zhoujian@ocean-expert.example.cn",
        "full_name": "周健",
        "language": "zh-hans",
        "organisation": None,
    },
    {
        "email": "zhangmin@haizhi-robot.example.cn",  # works for an entrant's organisation: recused from it
        "full_name": "张敏",
        "language": "zh-hans",
        "organisation": "海南海智机器人科技有限公司",
    },
]

# Entries; ``status`` is where each ends, ``scores`` per judge (in CRITERIA order; none from a recused judge),
# ``feedback`` its reason.
ENTRIES = [
    {
        "user": "noa@aquasense.example.com",
        "title": "Flow-through holographic imaging with on-board plastic classification",
        "abstract": (
            "A digital holographic microscope in a flow cell images every particle in a 1-litre sample in "
            "eight minutes; a classifier trained on 40,000 FTIR-labelled particles tells plastics apart."
        ),
        "abstract_is_public": True,
        "status": "winner",
        "scores": {
            "helen.ward@marine-expert.example.com": [9, 4, 1],
            "zhoujian@ocean-expert.example.cn": [8, 5, 1],
            "zhangmin@haizhi-robot.example.cn": [8, 4, 1],
        },
        "feedback": "selected",
        "feedback_text": "Strong validation data and a credible plan for the boat trial.",
    },
    {
        "user": "wujunjie@haizhi-robot.example.cn",
        "title": "水下机器人自动采样与荧光染色计数",
        "abstract": "水下机器人按航线自动采样，尼罗红荧光染色后由嵌入式相机计数。",
        "abstract_is_public": False,
        "status": "not-selected",
        "scores": {"helen.ward@marine-expert.example.com": [6, 4, 1], "zhoujian@ocean-expert.example.cn": [2, 2, 0]},
        "feedback": "not-mature",
        "feedback_text": "荧光染色对部分有机物存在误判，建议补充与红外光谱的比对数据后再次参赛。",
        "outlier_note_en": "Checked with both judges: the low score reflects the missing FTIR comparison; kept.",
    },
    {
        "user": "jiwon.park@hanbit-semi.example.com",
        "title": "Impedance-spectroscopy chip for particle typing",
        "abstract": "A microfluidic chip that types particles by their electrical impedance at four frequencies.",
        "abstract_is_public": False,
        "status": "not-selected",
        "scores": {
            "helen.ward@marine-expert.example.com": [5, 5, 1],
            "zhoujian@ocean-expert.example.cn": [6, 4, 1],
            "zhangmin@haizhi-robot.example.cn": [6, 4, 1],
        },
        "feedback": "better-alternatives",
        "feedback_text": "Promising and cheap, but the particle range stops at 500 µm.",
    },
    {
        "user": "eleanor.shaw@fenland-robotics.example.com",
        "title": "Hyperspectral conveyor for dried filter papers",
        "abstract": "Dried filters pass under a short-wave infrared camera that maps polymer types.",
        "abstract_is_public": False,
        "status": "ineligible",
        "ineligible_reason": "Needs a shore laboratory: the brief asks for on-site counting.",
        "feedback": "out-of-scope",
        "feedback_text": "",
    },
]

SEEKER_STATEMENT = {
    "en": (
        "AquaSense's instrument gave us in eight minutes what took our analysts a day. We start a pilot at "
        "four stations this spring."
    ),
    "zh": "AquaSense的设备八分钟即可完成我们分析人员一整天的工作。今年春季我们将在四个站位开展试点。",
}

AWARD = {"due_days_after_close": 60, "paid_days_ago": 5, "signed_days_ago": 15}
DEAL = {"outcome": "pilot", "value": 450_000, "currency": "CNY"}  # value in whole units, as CHALLENGE's award
