"""Demo data: the five key sectors of Haikou's high-tech plan and the news categories.

Pure Python literals; drawn from Section 5 (五、重点领域) of Haikou's 14th Five-Year Plan
for high-tech industry (2021-2025).
"""

SECTORS = [
    {
        "code": "digital-economy",
        "name_en": "Digital Economy",
        "name_zh": "数字经济",
        "description_en": (
            "Building on the Free Trade Port's open international internet services and "
            "high-speed networks, Haikou is developing IoT, blockchain, big data, AI and 5G "
            "industries. The city aims to become the core of the Hainan Free Trade Port's "
            "digital economy, with its digital industry exceeding RMB 100 billion by 2025."
        ),
        "description_zh": (
            "依托自贸港逐步完善的高速泛在网络和国际互联网业务开放的便利，海口重点发展物联网、"
            "区块链、大数据、人工智能、5G等数字经济相关产业。目标是打造海南自由贸易港数字经济"
            "发展核心区，力争到2025年数字产业规模突破1000亿元。"
        ),
        "subfields": [
            {"code": "iot", "name_en": "Internet of Things", "name_zh": "物联网"},
            {"code": "blockchain", "name_en": "Blockchain", "name_zh": "区块链"},
            {"code": "big-data", "name_en": "Big Data", "name_zh": "大数据"},
            {"code": "ai", "name_en": "Artificial Intelligence", "name_zh": "人工智能"},
            {"code": "digital-trade", "name_en": "Digital Trade", "name_zh": "数字贸易"},
            {
                "code": "it-innovation",
                "name_en": "IT Application Innovation",
                "name_zh": "信息技术应用创新（信创）",
            },
        ],
    },
    {
        "code": "biomedicine",
        "name_en": "Modern Biomedicine",
        "name_zh": "现代生物医药",
        "description_en": (
            "Anchored by the Yaogu pharmaceutical valley and a base for commercialising major "
            "new drugs, Haikou is moving its pharmaceutical industry towards high-end "
            "formulations, biologics, modern Chinese medicine, diagnostics and advanced "
            "medical devices. The target is an output of more than RMB 50 billion by 2025."
        ),
        "description_zh": (
            "海口充分发挥药谷的集聚优势，以海南重大新药创制成果转化基地为依托，推动医药产业"
            "向高端化学制剂药、生物药、现代中药、诊断制剂和高端医疗器械等方向升级延伸。"
            "力争到2025年全市现代医药产业产值突破500亿元。"
        ),
        "subfields": [
            {"code": "chemical-drugs", "name_en": "Advanced Chemical Drugs", "name_zh": "高端化学制剂药"},
            {"code": "biologics", "name_en": "Biologics", "name_zh": "生物药"},
            {
                "code": "chinese-medicine",
                "name_en": "Modern and Ethnic Chinese Medicine",
                "name_zh": "现代中药与民族药",
            },
            {
                "code": "diagnostics",
                "name_en": "Diagnostics and Pharmaceutical Excipients",
                "name_zh": "诊断试剂和药用辅料",
            },
            {"code": "medical-devices", "name_en": "High-end Medical Devices", "name_zh": "高端医疗器械"},
            {
                "code": "health-foods",
                "name_en": "Health Foods and Foods for Special Medical Purposes",
                "name_zh": "保健品和特医食品",
            },
        ],
    },
    {
        "code": "green-tech",
        "name_en": "Energy Saving & Environmental Protection",
        "name_zh": "节能环保",
        "description_en": (
            "In step with Hainan's island-wide ban on non-degradable plastics and the Free "
            "Trade Port's low-carbon goals, Haikou is focusing on fully biodegradable "
            "materials, energy-saving technology and environmental monitoring and remediation. "
            "The sector aims for an output of more than RMB 40 billion by 2025."
        ),
        "description_zh": (
            "围绕海南“全面禁塑”和自贸港低碳发展要求，海口依托高新区产业园重点发展全生物降解、"
            "节能环保、环境监测与治理等先进环保产业。力争到2025年产值超过400亿元。"
        ),
        "subfields": [
            {
                "code": "biodegradable-materials",
                "name_en": "Fully Biodegradable Materials",
                "name_zh": "全生物降解材料",
            },
            {
                "code": "solid-waste-reuse",
                "name_en": "Industrial Solid-waste Reuse",
                "name_zh": "工业固体废物资源化利用",
            },
            {
                "code": "environmental-equipment",
                "name_en": "Environmental Technology and Equipment",
                "name_zh": "环保技术与装备",
            },
            {
                "code": "environmental-monitoring",
                "name_en": "Environmental Monitoring and Remediation",
                "name_zh": "环境监测与治理",
            },
        ],
    },
    {
        "code": "advanced-manufacturing",
        "name_en": "Advanced Manufacturing",
        "name_zh": "先进制造",
        "description_en": (
            "Haikou is growing new-energy vehicles, smart manufacturing and robotics, making "
            "use of the Free Trade Port's zero-tariff regime and the duty exemption for goods "
            "with more than 30% value added locally. The sector targets an output of more "
            "than RMB 20 billion by 2025."
        ),
        "description_zh": (
            "海口重点发展新能源汽车、智能制造、机器人等先进制造产业，充分利用自贸港零关税和"
            "含进口料件产品加工增值超过30%免征关税的政策红利。力争到2025年实现产值超过200亿元。"
        ),
        "subfields": [
            {"code": "new-energy-vehicles", "name_en": "New-energy Vehicles", "name_zh": "新能源汽车"},
            {"code": "smart-manufacturing", "name_en": "Smart Manufacturing", "name_zh": "智能制造"},
            {"code": "robotics", "name_en": "Robotics", "name_zh": "机器人"},
        ],
    },
    {
        "code": "industrial-design",
        "name_en": "Modern Industrial Design",
        "name_zh": "现代工业设计",
        "description_en": (
            "Seizing the opportunity of Hainan's ambition to become an international design "
            "island, Haikou is attracting world-class design teams with its open talent, "
            "residence and personal-tax policies. The city is building a design cluster "
            "covering equipment design, chip design, digital creative design and "
            "architectural and environmental design."
        ),
        "description_zh": (
            "紧抓海南建设国际设计岛的机遇，海口利用自贸港开放的人才和停居留政策以及个人所得税"
            "优惠，积极招揽国际知名工业设计团队。目标是形成覆盖装备工业设计、芯片设计、数字创意"
            "设计和环境建筑设计的特色工业设计产业集群。"
        ),
        "subfields": [
            {"code": "equipment-design", "name_en": "Equipment Design", "name_zh": "装备工业设计"},
            {"code": "chip-design", "name_en": "Chip Design", "name_zh": "芯片设计"},
            {
                "code": "digital-creative-design",
                "name_en": "Digital Creative Design",
                "name_zh": "数字创意设计",
            },
            {
                "code": "architectural-design",
                "name_en": "Architectural and Environmental Design",
                "name_zh": "环境建筑设计",
            },
        ],
    },
]

NEWS_CATEGORIES = [
    {"slug": "policy-updates", "name_en": "Policy Updates", "name_zh": "政策动态"},
    {"slug": "park-news", "name_en": "Park News", "name_zh": "园区资讯"},
    {"slug": "global-offshore", "name_en": "Global Offshore Updates", "name_zh": "全球离岸动态"},
    {"slug": "events-recap", "name_en": "Event Recaps", "name_zh": "活动回顾"},
    {"slug": "investment", "name_en": "Investment & Cooperation", "name_zh": "投资合作"},
]
