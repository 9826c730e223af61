"""Demo data for competitions: last year's International Offshore Innovation & Entrepreneurship Competition, finished.

Pure Python literals, loaded by ``competitions_loader.py``. This is the edition whose finals the news recap
describes (``news.py``, 118 days ago: a Norwegian marine drug-discovery team and a Chinese-German water-quality
sensor startup took the first prizes); the finals in the events (``events.py``) are the next edition's. The
organiser is the demo offshore incubator (``marketplace.py``). Times are days before the first load, at the
hour given (Beijing time).

Six startups applied, three in each track, through the form's six questions; two independent judges scored
the online round, the top two of each track pitched at the finals (Haikou teams in the room, overseas teams
online), and one winner per track was chosen. Project titles and summaries carry both languages, the
applicant's own first, since a submission's title is one field.
"""

CHALLENGE = {
    "organisation": "海口国际离岸创新孵化中心",
    "owner": "zhengyawen@offshore-incubator.example.cn",
    "title_en": "International Offshore Innovation & Entrepreneurship Competition",
    "title_zh": "国际离岸创新创业大赛",
    "summary_en": (
        "An entrepreneurship competition for startups in Hainan's key sectors, in two tracks: teams based in "
        "Haikou, and overseas teams ready to set up in the Free Trade Port. Business plans are scored online; "
        "the best teams of each track pitch at the finals in Haikou."
    ),
    "summary_zh": (
        "面向海南重点产业领域初创企业的创业大赛，设海口赛区和海外赛区：海口本地团队，以及有意落户自贸港的"
        "海外团队。商业计划书线上评审，各赛区优秀团队赴海口参加总决赛路演。"
    ),
    "problem_en": (
        "Haikou wants more founders to build their companies here. The competition looks for startups with a "
        "real product, a first market and a team that can grow in Hainan: marine technology, tropical "
        "agriculture, digital trade, biomedicine and the other key sectors of the Free Trade Port."
    ),
    "problem_zh": (
        "海口希望吸引更多创业者在此创办和发展企业。大赛寻找已有真实产品、明确首个市场、团队能在海南成长的"
        "初创企业，领域包括海洋科技、热带农业、数字贸易、生物医药及自贸港其他重点产业。"
    ),
    "background_en": (
        "The competition is run each year by the Haikou International Offshore Innovation Incubation Centre "
        "with the city's science and technology bureau. Preliminary rounds are held online and at the offshore "
        "innovation stations in Singapore and Silicon Valley."
    ),
    "background_zh": (
        "大赛由海口国际离岸创新孵化中心联合海口市科技主管部门每年举办，初赛在线上以及新加坡、硅谷离岸创新驿站同步进行。"
    ),
    "must_do_en": (
        "Be a team of at least two full-time members, at seed or Series A stage.\n"
        "Send a business plan covering market, technology, business model, team and finance.\n"
        "Be ready to register a company in Haikou within twelve months if the team wins."
    ),
    "must_do_zh": (
        "团队至少有两名全职成员，处于种子轮或A轮阶段；\n"
        "提交涵盖市场、技术、商业模式、团队和财务的商业计划书；\n"
        "获奖团队须在十二个月内在海口注册公司。"
    ),
    "non_cash_award_details_en": (
        "Each track winner receives a year of free incubation at the centre and the city's soft-landing package: "
        "help with company registration, work permits and the first office."
    ),
    "non_cash_award_details_zh": "各赛区冠军获得孵化中心一年免费孵化，以及海口落地服务包：协助公司注册、工作许可办理和首个办公场所。",
    "award_amount": 200_000,
    "award_currency": "CNY",
    "non_cash_awards": ["office-space", "soft-landing"],
    "sectors": ["digital-economy", "biomedicine", "green-tech", "advanced-manufacturing", "industrial-design"],
    "published_days_ago": 230,
    "closed_days_ago": 170,  # applications close at 17:00
}

COMPETITION = {
    "results_note_en": (
        "The finals were held at Haikou Fortune Plaza, with the overseas finalists pitching online. Each track's "
        "winner receives 200,000 yuan, a year of free incubation and the soft-landing package; both winners "
        "plan to set up in Haikou within the year."
    ),
    "results_note_zh": (
        "总决赛在海口财富广场举行，海外赛区决赛团队通过线上方式路演。各赛区冠军获得20万元奖金、一年免费孵化和"
        "落地服务包，两支冠军团队均计划年内落户海口。"
    ),
}

# The challenge's public timeline; ``days_ago`` and ``hour`` place each step's end.
TIMELINE = [
    {"name_en": "Applications close", "name_zh": "报名截止", "days_ago": 170, "hour": 17},
    {"name_en": "Online round of business plans", "name_zh": "商业计划书线上评审", "days_ago": 140, "hour": 17},
    {"name_en": "Finals in Haikou", "name_zh": "海口总决赛", "days_ago": 119, "hour": 18},
    {"name_en": "Results published", "name_zh": "公布大赛结果", "days_ago": 118, "hour": 10},
]

TRACKS = [
    {
        "key": "haikou",
        "name_en": "Haikou",
        "name_zh": "海口赛区",
        "description_en": "Startups registered or based in Haikou, including joint ventures with overseas founders.",
        "description_zh": "在海口注册或落地的初创企业，包括与海外创始人合办的企业。",
    },
    {
        "key": "overseas",
        "name_en": "Overseas",
        "name_zh": "海外赛区",
        "description_en": "Teams based outside mainland China that plan to set up in the Hainan Free Trade Port.",
        "description_zh": "总部位于中国大陆以外、计划落户海南自由贸易港的团队。",
    },
]

# The application form, in the order shown. ``key`` names a question in APPLICANTS' answers.
QUESTIONS = [
    {
        "key": "market",
        "section": "business-plan",
        "kind": "number",
        "required": True,
        "label_en": "Size of your first target market (million yuan a year)",
        "label_zh": "首个目标市场规模（百万元/年）",
        "help_text_en": "The market you sell to in the next three years, not the whole industry.",
        "help_text_zh": "指未来三年内实际面向的市场，而非整个行业。",
    },
    {
        "key": "customers",
        "section": "business-plan",
        "kind": "long-text",
        "required": True,
        "label_en": "Who are your first customers, and what do they pay for?",
        "label_zh": "首批客户是谁？他们为什么付费？",
    },
    {
        "key": "team_size",
        "section": "team",
        "kind": "number",
        "required": True,
        "label_en": "How many full-time members does your team have?",
        "label_zh": "团队有多少名全职成员？",
        "rule_operator": "at-least",
        "rule_value": "2",
        "rule_message_en": "Teams need at least two full-time members to enter.",
        "rule_message_zh": "参赛团队至少应有两名全职成员。",
    },
    {
        "key": "stage",
        "section": "stage",
        "kind": "choice",
        "required": True,
        "label_en": "What stage is your company at?",
        "label_zh": "企业目前处于哪个阶段？",
        "options_en": "Idea\nSeed\nSeries A\nSeries B",
        "options_zh": "创意阶段\n种子轮\nA轮\nB轮",
        "rule_operator": "one-of",
        "rule_value": "Seed\nSeries A",
        "rule_message_en": "This competition is for startups at seed or Series A stage.",
        "rule_message_zh": "本大赛面向种子轮或A轮阶段的初创企业。",
    },
    {
        "key": "funding",
        "section": "funding",
        "kind": "number",
        "required": False,
        "label_en": "Investment you are seeking in this round (yuan)",
        "label_zh": "本轮拟融资金额（元）",
        "help_text_en": "Leave empty if you are not raising now.",
        "help_text_zh": "暂无融资计划可不填。",
        "rule_operator": "at-most",
        "rule_value": "5000000",
        "rule_message_en": "The competition's investor matching covers rounds of up to 5 million yuan.",
        "rule_message_zh": "大赛投资对接仅面向500万元及以下的融资轮次。",
    },
    {
        "key": "haikou_company",
        "section": "other",
        "kind": "yes-no",
        "required": True,
        "label_en": "Will you register or expand a company in Haikou within twelve months if you win?",
        "label_zh": "如获奖，是否会在十二个月内在海口注册或扩大公司业务？",
    },
]

# Two independent experts who judge both rounds; reviews are written in their language.
JUDGES = [
    {
        "email": "sophie.laurent@bluewave-capital.example.com",
        "full_name": "Sophie Laurent",
        "language": "en",
    },
    {
        "email": "huangzhiyuan@nanhai-angels.example.cn",
        "full_name": "黄志远",
        "language": "zh-hans",
    },
]

ONLINE_ROUND = {
    "name_en": "Online round: business plans",
    "name_zh": "线上评审：商业计划书",
    "closed_days_ago": 140,
    "scored_days_ago": 146,
}

# Each online-round score is out of 10, weighted as below.
ONLINE_CRITERIA = [
    {
        "name_en": "Market",
        "name_zh": "市场",
        "guidance_en": "Is the first market real, sized with evidence and reachable by this team?",
        "guidance_zh": "首个市场是否真实存在、规模有据可查，团队能否切实进入？",
        "weight": 25,
    },
    {
        "name_en": "Technology",
        "name_zh": "技术",
        "guidance_en": "How new is it, how well protected, and how far along (prototype, pilot, sales)?",
        "guidance_zh": "技术的创新性、知识产权保护情况以及成熟程度（样机、试点、销售）如何？",
        "weight": 25,
    },
    {
        "name_en": "Business model",
        "name_zh": "商业模式",
        "guidance_en": "Who pays, how much and how often; are the margins credible?",
        "guidance_zh": "谁付费、付多少、多久付一次；毛利率是否可信？",
        "weight": 20,
    },
    {
        "name_en": "Team",
        "name_zh": "团队",
        "guidance_en": "Does the team have the skills to build and sell it, full time?",
        "guidance_zh": "团队是否全职投入，并具备研发和销售所需的能力？",
        "weight": 20,
    },
    {
        "name_en": "Finance",
        "name_zh": "财务",
        "guidance_en": "Are the plan's figures consistent, and is the money sought matched to milestones?",
        "guidance_zh": "财务数据是否前后一致，融资需求是否与里程碑相匹配？",
        "weight": 10,
    },
]

PITCH_ROUND = {
    "name_en": "Finals: pitch to the panel",
    "name_zh": "总决赛：现场路演",
    "days_ago": 119,  # the finals day; scoring closes at 18:00
    "closes_hour": 18,
    "room": "Haikou Fortune Plaza, Room 3",
    "online_link": "https://meeting.offshore-haikou.example.cn/finals/overseas",
    "first_slot": "09:00",
    "slot_minutes": 20,
    "gap_minutes": 10,
}

PITCH_CRITERIA = [
    {
        "name_en": "Pitch",
        "name_zh": "路演表现",
        "guidance_en": "Clear problem, product and ask, within the eight minutes.",
        "guidance_zh": "八分钟内是否清楚讲明问题、产品和融资需求。",
        "weight": 2,
    },
    {
        "name_en": "Answers to the panel",
        "name_zh": "答辩",
        "guidance_en": "Did the team answer the panel's questions directly and with evidence?",
        "guidance_zh": "团队能否直接、有据地回答评委提问？",
        "weight": 1,
    },
    {
        "name_en": "Plan for Haikou",
        "name_zh": "海口落地计划",
        "guidance_en": "How soon and how concretely will the company build its business in Haikou?",
        "guidance_zh": "企业在海口开展业务的时间安排和具体计划是否明确可行？",
        "weight": 2,
    },
]

RESULTS_PUBLISHED = {"days_ago": 118, "hour": 10}

# The startups, in their track's order. ``status`` is where each ends; ``online`` and ``pitch`` give each
# judge's scores in the criteria's order, and ``comment`` each judge's review in their language.
APPLICANTS = [
    {
        "track": "haikou",
        "email": "chenhao@lance-sensing.example.cn",
        "full_name": "陈浩",
        "language": "zh-hans",
        "team_name": "蓝测科技 BlueProbe Sensing",
        "title_en": "Online water-quality sensors for coastal aquaculture",
        "title_zh": "面向近海养殖的在线水质传感器",
        "summary_en": (
            "A Chinese-German team in Haikou builds buoy-mounted sensors that report dissolved oxygen, pH, "
            "salinity and ammonia every ten minutes, with alerts to farmers' phones before fish die off."
        ),
        "summary_zh": (
            "海口中德联合团队研发浮标式传感器，每十分钟上报溶解氧、pH、盐度和氨氮数据，在鱼类大量死亡前"
            "向养殖户手机发出预警。"
        ),
        "answers": {
            "market": "420",
            "customers": "海南东部的石斑鱼和金鲳鱼网箱养殖企业，按每个浮标每年的数据服务付费。",
            "team_size": "7",
            "stage": "Series A",
            "funding": "3000000",
            "haikou_company": "yes",
        },
        "status": "winner",
        "online": {
            "sophie.laurent@bluewave-capital.example.com": [8, 8, 8, 7, 7],
            "huangzhiyuan@nanhai-angels.example.cn": [9, 8, 7, 8, 7],
        },
        "pitch": {
            "sophie.laurent@bluewave-capital.example.com": [9, 9, 8],
            "huangzhiyuan@nanhai-angels.example.cn": [8, 9, 9],
        },
        "comment_en": "Paying customers already, and a sensible plan to build the buoys in Haikou.",
        "comment_zh": "已有付费客户，在海口组装浮标的计划切实可行。",
    },
    {
        "track": "haikou",
        "email": "lixiaoyu@yetian-agri.example.cn",
        "full_name": "李晓雨",
        "language": "zh-hans",
        "team_name": "椰田智农 Yetian AgriTech",
        "title_en": "AI pest detection and precision spraying for tropical orchards",
        "title_zh": "热带果园病虫害AI识别与精准施药",
        "summary_en": (
            "Cameras on orchard drones recognise anthracnose and fruit-fly damage on mango and lychee trees, "
            "so growers spray only the trees that need it and cut pesticide use by a third."
        ),
        "summary_zh": "果园无人机搭载摄像头识别芒果、荔枝树的炭疽病和果蝇危害，果农只对需要的果树施药，农药用量减少三分之一。",
        "answers": {
            "market": "260",
            "customers": "三亚、陵水的芒果合作社，按亩按季购买巡检和施药服务。",
            "team_size": "5",
            "stage": "Seed",
            "funding": "2000000",
            "haikou_company": "yes",
        },
        "status": "finalist",
        "online": {
            "sophie.laurent@bluewave-capital.example.com": [7, 7, 7, 8, 6],
            "huangzhiyuan@nanhai-angels.example.cn": [8, 7, 6, 7, 6],
        },
        "pitch": {
            "sophie.laurent@bluewave-capital.example.com": [8, 7, 7],
            "huangzhiyuan@nanhai-angels.example.cn": [7, 7, 8],
        },
        "comment_en": "A real need among growers; the model needs more labelled images from the dry season.",
        "comment_zh": "果农需求真实，模型还需要补充旱季的标注图像。",
    },
    {
        "track": "haikou",
        "email": "wangfang@haifu-bio.example.cn",
        "full_name": "王芳",
        "language": "zh-hans",
        "team_name": "海肤生物 Haifu Bio",
        "title_en": "Tilapia-skin collagen dressings for burns",
        "title_zh": "罗非鱼皮胶原蛋白烧伤敷料",
        "summary_en": (
            "Collagen from the skins of Hainan's farmed tilapia, a by-product today, made into sterile "
            "dressings for second-degree burns; animal studies are complete."
        ),
        "summary_zh": "利用海南养殖罗非鱼加工副产品鱼皮提取胶原蛋白，制成用于二度烧伤的无菌敷料，已完成动物实验。",
        "answers": {
            "market": "150",
            "customers": "省内三甲医院烧伤科，取得医疗器械注册证后按片采购。",
            "team_size": "4",
            "stage": "Seed",
            "funding": "",
            "haikou_company": "yes",
        },
        "status": "not-selected",
        "online": {
            "sophie.laurent@bluewave-capital.example.com": [6, 7, 5, 6, 5],
            "huangzhiyuan@nanhai-angels.example.cn": [5, 6, 6, 6, 5],
        },
        "comment_en": "Good science; the path to a Class III device registration is long and not yet costed.",
        "comment_zh": "科研基础扎实，但三类医疗器械注册周期长，相关费用尚未测算。",
    },
    {
        "track": "overseas",
        "email": "ingrid.haugen@arktika-marine.example.com",
        "full_name": "Dr Ingrid Haugen",
        "language": "en",
        "team_name": "Arktika Marine Therapeutics",
        "title_en": "Antifungal drug leads from Arctic marine microorganisms",
        "title_zh": "源自北极海洋微生物的抗真菌候选药物",
        "summary_en": (
            "A team from Tromsø screens bacteria from Arctic sediments for compounds active against "
            "drug-resistant Candida auris; two leads are in preclinical tests, and tropical strains from the "
            "South China Sea would widen the library."
        ),
        "summary_zh": (
            "来自特罗姆瑟的团队从北极沉积物细菌中筛选可抑制耐药耳念珠菌的化合物，两种先导化合物已进入临床前"
            "研究；南海热带菌株将进一步扩充菌株库。"
        ),
        "answers": {
            "market": "1800",
            "customers": "Licensing partners among mid-sized pharmaceutical companies, after phase I.",
            "team_size": "6",
            "stage": "Seed",
            "funding": "5000000",
            "haikou_company": "yes",
        },
        "status": "winner",
        "online": {
            "sophie.laurent@bluewave-capital.example.com": [8, 9, 7, 8, 7],
            "huangzhiyuan@nanhai-angels.example.cn": [8, 9, 8, 8, 6],
        },
        "pitch": {
            "sophie.laurent@bluewave-capital.example.com": [9, 8, 9],
            "huangzhiyuan@nanhai-angels.example.cn": [9, 9, 8],
        },
        "comment_en": "Strong science and a clear reason to work with Haikou's marine biology institutes.",
        "comment_zh": "科研实力强，与海口海洋生物研究机构合作的理由充分。",
    },
    {
        "track": "overseas",
        "email": "tan.weiling@selat-trade.example.com",
        "full_name": "Tan Wei Ling",
        "language": "en",
        "team_name": "Selat Trade Cloud",
        "title_en": "Customs-ready digital trade documents for Free Trade Port imports",
        "title_zh": "面向自贸港进口的数字化报关单证平台",
        "summary_en": (
            "A Singapore platform that turns suppliers' invoices and packing lists into the declarations Hainan "
            "customs expects for zero-tariff imports, cutting clearance from days to hours."
        ),
        "summary_zh": "新加坡团队开发的平台，将供应商发票和装箱单自动转换为海南零关税进口所需的报关材料，通关时间由数天缩短至数小时。",
        "answers": {
            "market": "600",
            "customers": "Southeast Asian exporters of fruit and seafood who ship to Haikou, per declaration.",
            "team_size": "9",
            "stage": "Series A",
            "funding": "4500000",
            "haikou_company": "yes",
        },
        "status": "finalist",
        "online": {
            "sophie.laurent@bluewave-capital.example.com": [8, 7, 8, 7, 7],
            "huangzhiyuan@nanhai-angels.example.cn": [7, 7, 8, 8, 7],
        },
        "pitch": {
            "sophie.laurent@bluewave-capital.example.com": [8, 7, 8],
            "huangzhiyuan@nanhai-angels.example.cn": [7, 8, 8],
        },
        "comment_en": "A clear customer and revenue; the moat against the customs brokers' own tools is thin.",
        "comment_zh": "客户和收入清晰，但相对报关行自有工具的竞争壁垒较弱。",
    },
    {
        "track": "overseas",
        "email": "somchai.r@verdant-roots.example.com",
        "full_name": "Somchai Rattanakul",
        "language": "en",
        "team_name": "Verdant Roots Agritech",
        "title_en": "Low-cost soil sensors for durian and banana plantations",
        "title_zh": "榴莲和香蕉种植园低成本土壤传感器",
        "summary_en": (
            "Thai-made soil moisture and nutrient probes that cost a fifth of imported ones, with irrigation "
            "advice in the grower's language."
        ),
        "summary_zh": "泰国团队生产的土壤墒情和养分探头，成本仅为进口产品的五分之一，并以种植户的语言提供灌溉建议。",
        "answers": {
            "market": "90",
            "customers": "Durian plantations in eastern Thailand; Hainan banana farms next.",
            "team_size": "3",
            "stage": "Seed",
            "funding": "1200000",
            "haikou_company": "no",
        },
        "status": "not-selected",
        "online": {
            "sophie.laurent@bluewave-capital.example.com": [6, 6, 5, 6, 5],
            "huangzhiyuan@nanhai-angels.example.cn": [6, 7, 5, 5, 5],
        },
        "comment_en": "Cheap and useful hardware; no plan yet for customers or a company in Hainan.",
        "comment_zh": "硬件成本低、实用，但尚无在海南开拓客户或设立公司的计划。",
    },
]
