"""Demo data for the marketplace: vocabularies, organisations and their listings.

Pure Python literals, loaded by ``marketplace_loader.py``. Organisations and people are fictional;
websites, emails and phone numbers use reserved example domains and numbers. Foreign organisations
write in English and Haikou/Hainan ones in Chinese, and many listings come in complementary pairs
across the two languages (a Chinese request and an English offer with the same codes), so that
cross-language matches show on a fresh install.
"""

COOPERATION_TYPES = [
    {"code": "licence", "name_en": "Licence agreement", "name_zh": "许可"},
    {"code": "joint-venture", "name_en": "Joint venture", "name_zh": "合资"},
    {"code": "rd-cooperation", "name_en": "R&D cooperation", "name_zh": "研发合作"},
    {"code": "technical-cooperation", "name_en": "Technical cooperation", "name_zh": "技术合作"},
    {"code": "distribution", "name_en": "Distribution", "name_zh": "分销"},
    {"code": "manufacturing", "name_en": "Manufacturing or subcontracting", "name_zh": "制造/外包"},
    {"code": "investment", "name_en": "Investment", "name_zh": "投资"},
    {"code": "commercial-agreement", "name_en": "Commercial agreement", "name_zh": "商业协议"},
    {"code": "technology-transfer", "name_en": "Technology transfer", "name_zh": "技术转移"},
    {"code": "services", "name_en": "Services", "name_zh": "服务合作"},
]

KEYWORDS = [
    # Digital economy
    {
        "code": "artificial-intelligence",
        "name_en": "Artificial intelligence",
        "name_zh": "人工智能",
        "sector": "digital-economy",
        "subfield": "ai",
    },
    {
        "code": "computer-vision",
        "name_en": "Computer vision",
        "name_zh": "计算机视觉",
        "sector": "digital-economy",
        "subfield": "ai",
    },
    {
        "code": "natural-language-processing",
        "name_en": "Natural language processing",
        "name_zh": "自然语言处理",
        "sector": "digital-economy",
        "subfield": "ai",
    },
    {
        "code": "blockchain",
        "name_en": "Blockchain",
        "name_zh": "区块链",
        "sector": "digital-economy",
        "subfield": "blockchain",
    },
    {
        "code": "iot",
        "name_en": "Internet of Things",
        "name_zh": "物联网",
        "sector": "digital-economy",
        "subfield": "iot",
    },
    {
        "code": "big-data",
        "name_en": "Big data analytics",
        "name_zh": "大数据分析",
        "sector": "digital-economy",
        "subfield": "big-data",
    },
    {"code": "cloud-computing", "name_en": "Cloud computing", "name_zh": "云计算", "sector": "digital-economy"},
    {
        "code": "cybersecurity",
        "name_en": "Cybersecurity",
        "name_zh": "网络安全",
        "sector": "digital-economy",
        "subfield": "it-innovation",
    },
    {
        "code": "cross-border-ecommerce",
        "name_en": "Cross-border e-commerce",
        "name_zh": "跨境电商",
        "sector": "digital-economy",
        "subfield": "digital-trade",
    },
    {
        "code": "trade-digitalisation",
        "name_en": "Trade digitalisation",
        "name_zh": "贸易数字化",
        "sector": "digital-economy",
        "subfield": "digital-trade",
    },
    {
        "code": "edge-computing",
        "name_en": "Edge computing",
        "name_zh": "边缘计算",
        "sector": "digital-economy",
        "subfield": "iot",
    },
    {"code": "5g", "name_en": "5G communications", "name_zh": "5G通信", "sector": "digital-economy"},
    # Modern biomedicine
    {
        "code": "medical-imaging",
        "name_en": "Medical imaging",
        "name_zh": "医学影像",
        "sector": "biomedicine",
        "subfield": "medical-devices",
    },
    {
        "code": "drug-delivery",
        "name_en": "Drug delivery",
        "name_zh": "药物递送",
        "sector": "biomedicine",
        "subfield": "chemical-drugs",
    },
    {
        "code": "in-vitro-diagnostics",
        "name_en": "In-vitro diagnostics",
        "name_zh": "体外诊断",
        "sector": "biomedicine",
        "subfield": "diagnostics",
    },
    {
        "code": "point-of-care-testing",
        "name_en": "Point-of-care testing",
        "name_zh": "即时检验（POCT）",
        "sector": "biomedicine",
        "subfield": "diagnostics",
    },
    {
        "code": "antibodies",
        "name_en": "Antibody therapeutics",
        "name_zh": "抗体药物",
        "sector": "biomedicine",
        "subfield": "biologics",
    },
    {
        "code": "cell-therapy",
        "name_en": "Cell therapy",
        "name_zh": "细胞治疗",
        "sector": "biomedicine",
        "subfield": "biologics",
    },
    {
        "code": "traditional-chinese-medicine",
        "name_en": "Traditional Chinese medicine",
        "name_zh": "中医药",
        "sector": "biomedicine",
        "subfield": "chinese-medicine",
    },
    {
        "code": "functional-foods",
        "name_en": "Functional foods",
        "name_zh": "功能性食品",
        "sector": "biomedicine",
        "subfield": "health-foods",
    },
    {
        "code": "marine-bioactives",
        "name_en": "Marine bioactives",
        "name_zh": "海洋生物活性物质",
        "sector": "biomedicine",
    },
    {"code": "microalgae", "name_en": "Microalgae", "name_zh": "微藻", "sector": "biomedicine"},
    {"code": "telemedicine", "name_en": "Telemedicine", "name_zh": "远程医疗", "sector": "biomedicine"},
    # Energy saving and environmental protection
    {
        "code": "biodegradable-plastics",
        "name_en": "Biodegradable plastics",
        "name_zh": "全生物降解材料",
        "sector": "green-tech",
        "subfield": "biodegradable-materials",
    },
    {
        "code": "bio-based-polymers",
        "name_en": "Bio-based polymers",
        "name_zh": "生物基高分子",
        "sector": "green-tech",
        "subfield": "biodegradable-materials",
    },
    {
        "code": "solid-waste",
        "name_en": "Solid-waste recycling",
        "name_zh": "固体废物资源化",
        "sector": "green-tech",
        "subfield": "solid-waste-reuse",
    },
    {
        "code": "construction-waste",
        "name_en": "Construction waste",
        "name_zh": "建筑垃圾",
        "sector": "green-tech",
        "subfield": "solid-waste-reuse",
    },
    {
        "code": "environmental-monitoring",
        "name_en": "Environmental monitoring",
        "name_zh": "环境监测",
        "sector": "green-tech",
        "subfield": "environmental-monitoring",
    },
    {
        "code": "water-quality",
        "name_en": "Water quality",
        "name_zh": "水质监测与治理",
        "sector": "green-tech",
        "subfield": "environmental-monitoring",
    },
    {
        "code": "marine-ecology",
        "name_en": "Marine ecology",
        "name_zh": "海洋生态",
        "sector": "green-tech",
        "subfield": "environmental-monitoring",
    },
    {"code": "carbon-management", "name_en": "Carbon management", "name_zh": "碳管理", "sector": "green-tech"},
    {"code": "energy-efficiency", "name_en": "Energy efficiency", "name_zh": "节能", "sector": "green-tech"},
    # Advanced manufacturing
    {
        "code": "robotics",
        "name_en": "Robotics",
        "name_zh": "机器人",
        "sector": "advanced-manufacturing",
        "subfield": "robotics",
    },
    {
        "code": "machine-vision",
        "name_en": "Machine vision",
        "name_zh": "机器视觉",
        "sector": "advanced-manufacturing",
        "subfield": "smart-manufacturing",
    },
    {
        "code": "new-energy-vehicles",
        "name_en": "New-energy vehicles",
        "name_zh": "新能源汽车",
        "sector": "advanced-manufacturing",
        "subfield": "new-energy-vehicles",
    },
    {
        "code": "battery",
        "name_en": "Batteries and battery management",
        "name_zh": "动力电池与电池管理",
        "sector": "advanced-manufacturing",
        "subfield": "new-energy-vehicles",
    },
    {
        "code": "electric-two-wheelers",
        "name_en": "Electric two-wheelers",
        "name_zh": "电动两轮车",
        "sector": "advanced-manufacturing",
    },
    {
        "code": "smart-manufacturing",
        "name_en": "Smart manufacturing",
        "name_zh": "智能制造",
        "sector": "advanced-manufacturing",
        "subfield": "smart-manufacturing",
    },
    {
        "code": "additive-manufacturing",
        "name_en": "Additive manufacturing",
        "name_zh": "增材制造",
        "sector": "advanced-manufacturing",
        "subfield": "smart-manufacturing",
    },
    {
        "code": "agricultural-automation",
        "name_en": "Agricultural automation",
        "name_zh": "农业自动化",
        "sector": "advanced-manufacturing",
    },
    # Modern industrial design
    {
        "code": "chip-design",
        "name_en": "Chip design",
        "name_zh": "芯片设计",
        "sector": "industrial-design",
        "subfield": "chip-design",
    },
    {
        "code": "risc-v",
        "name_en": "RISC-V",
        "name_zh": "RISC-V架构",
        "sector": "industrial-design",
        "subfield": "chip-design",
    },
    {"code": "industrial-design", "name_en": "Industrial design", "name_zh": "工业设计", "sector": "industrial-design"},
    {
        "code": "digital-creative",
        "name_en": "Digital creative design",
        "name_zh": "数字创意",
        "sector": "industrial-design",
        "subfield": "digital-creative-design",
    },
    {
        "code": "extended-reality",
        "name_en": "Extended reality (VR/AR)",
        "name_zh": "虚拟现实与增强现实",
        "sector": "industrial-design",
        "subfield": "digital-creative-design",
    },
    {
        "code": "ux-design",
        "name_en": "User-experience design",
        "name_zh": "用户体验设计",
        "sector": "industrial-design",
        "subfield": "digital-creative-design",
    },
    {
        "code": "green-building",
        "name_en": "Green building design",
        "name_zh": "绿色建筑设计",
        "sector": "industrial-design",
        "subfield": "architectural-design",
    },
]

_ASEAN = ["SG", "MY", "TH", "ID", "VN", "PH", "KH", "LA", "MM", "BN"]
_EU = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
]

REGIONS = [
    {"code": "global", "name_en": "Worldwide", "name_zh": "全球", "is_global": True, "countries": []},
    {"code": "asean", "name_en": "ASEAN", "name_zh": "东盟", "is_global": False, "countries": _ASEAN},
    {
        "code": "rcep",
        "name_en": "RCEP countries",
        "name_zh": "RCEP成员国",
        "is_global": False,
        "countries": _ASEAN + ["CN", "JP", "KR", "AU", "NZ"],
    },
    {
        "code": "greater-china",
        "name_en": "China, incl. Hong Kong, Macao and Taiwan",
        "name_zh": "中国（含港澳台地区）",
        "is_global": False,
        "countries": ["CN", "HK", "MO", "TW"],
    },
    {
        "code": "hainan-ftp",
        "name_en": "Hainan Free Trade Port",
        "name_zh": "海南自由贸易港",
        "is_global": False,
        "countries": ["CN"],
    },
    {
        "code": "east-asia",
        "name_en": "Japan and Korea",
        "name_zh": "日韩",
        "is_global": False,
        "countries": ["JP", "KR"],
    },
    {"code": "eu", "name_en": "European Union", "name_zh": "欧盟", "is_global": False, "countries": _EU},
    {
        "code": "uk-switzerland",
        "name_en": "United Kingdom and Switzerland",
        "name_zh": "英国与瑞士",
        "is_global": False,
        "countries": ["GB", "CH"],
    },
    {
        "code": "north-america",
        "name_en": "North America",
        "name_zh": "北美",
        "is_global": False,
        "countries": ["US", "CA"],
    },
    {
        "code": "middle-east",
        "name_en": "Middle East",
        "name_zh": "中东",
        "is_global": False,
        "countries": ["AE", "SA", "QA", "KW", "OM", "BH", "IL", "JO", "TR"],
    },
    {
        "code": "africa",
        "name_en": "Africa",
        "name_zh": "非洲",
        "is_global": False,
        "countries": ["ZA", "NG", "KE", "EG", "MA", "ET", "GH", "TZ", "RW"],
    },
    {"code": "oceania", "name_en": "Oceania", "name_zh": "大洋洲", "is_global": False, "countries": ["AU", "NZ"]},
]

ORGANISATIONS = [
    # --- Foreign startups, SMEs, universities and investors (English) ---
    {
        "key": "lumina",
        "name": "Lumina Vision Health Pte. Ltd.",
        "kind": "startup",
        "country": "SG",
        "city": "Singapore",
        "founded_year": 2019,
        "size": "10-49",
        "sectors": ["digital-economy", "biomedicine"],
        "website": "https://lumina-vision.example.com",
        "description": (
            "Lumina builds AI software that reads chest CT scans and retinal photographs, so that "
            "community clinics can screen for lung nodules and diabetic retinopathy without a specialist "
            "on site. Our products are in use at 40 clinics in Singapore and Indonesia."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Priya Raman",
            "job_title": "Head of Partnerships",
            "email": "priya.raman@lumina-vision.example.com",
            "phone": "+65 6555 0101",
            "language": "en",
        },
    },
    {
        "key": "biopoly",
        "name": "BioPoly Werkstoffe GmbH",
        "kind": "sme",
        "country": "DE",
        "city": "Mannheim",
        "founded_year": 2011,
        "size": "50-249",
        "sectors": ["green-tech"],
        "website": "https://biopoly.example.com",
        "description": (
            "BioPoly develops and compounds certified compostable materials based on PBAT, PLA and PHA for "
            "film, injection moulding and paper coating. We supply converters in 18 countries and hold "
            "EN 13432 and TÜV OK compost certificates for our main grades."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Jonas Hartmann",
            "job_title": "Business Development Manager, Asia",
            "email": "j.hartmann@biopoly.example.com",
            "phone": "+49 621 5550 1020",
            "language": "en",
        },
    },
    {
        "key": "pacific-bridge",
        "name": "Pacific Bridge Ventures",
        "kind": "investor",
        "country": "US",
        "city": "San Francisco",
        "founded_year": 2014,
        "size": "10-49",
        "sectors": ["digital-economy", "biomedicine"],
        "website": "https://pacificbridge.example.com",
        "description": (
            "Pacific Bridge Ventures is an early-stage venture fund that backs founders building "
            "cross-border businesses between North America and Asia. We invest in digital trade, "
            "health technology and semiconductor design, typically leading Seed and Series A rounds."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Daniel Okafor",
            "job_title": "Partner",
            "email": "daniel@pacificbridge.example.com",
            "phone": "+1 415 555 0142",
            "language": "en",
        },
    },
    {
        "key": "fenland",
        "name": "Fenland Robotics Ltd",
        "kind": "startup",
        "country": "GB",
        "city": "Cambridge",
        "founded_year": 2018,
        "size": "10-49",
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "website": "https://fenland-robotics.example.com",
        "description": (
            "A Cambridge spin-out making vision-guided robot arms that pick and pack soft, irregular produce "
            "such as strawberries, mangoes and lychees. Our grippers and grading software run in packing "
            "houses in the UK, Spain and Kenya."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Eleanor Shaw",
            "job_title": "Chief Executive Officer",
            "email": "eleanor.shaw@fenland-robotics.example.com",
            "phone": "+44 1223 555 018",
            "language": "en",
        },
    },
    {
        "key": "aquasense",
        "name": "AquaSense Analytics Ltd.",
        "kind": "startup",
        "country": "IL",
        "city": "Haifa",
        "founded_year": 2017,
        "size": "10-49",
        "sectors": ["green-tech", "digital-economy"],
        "website": "https://aquasense.example.com",
        "description": (
            "AquaSense makes solar-powered sensor buoys and a cloud platform that track dissolved oxygen, "
            "pH, salinity, turbidity and algae in real time. Fish farms, water utilities and marine parks "
            "use our alerts to act before water quality becomes a problem."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Noa Ben-David",
            "job_title": "VP Business Development",
            "email": "noa@aquasense.example.com",
            "phone": "+972 4 555 0177",
            "language": "en",
        },
    },
    {
        "key": "nusantara",
        "name": "Nusantara Herbal Sdn. Bhd.",
        "kind": "sme",
        "country": "MY",
        "city": "Kuala Lumpur",
        "founded_year": 2009,
        "size": "50-249",
        "sectors": ["biomedicine"],
        "website": "https://nusantara-herbal.example.com",
        "description": (
            "Nusantara Herbal imports and distributes herbal supplements and health foods to more than "
            "600 pharmacies and wellness stores across Malaysia and Brunei. We handle product registration "
            "with the Malaysian regulator, halal certification and retail marketing."
        ),
        "is_verified": False,
        "contact": {
            "full_name": "Aisyah Rahman",
            "job_title": "Sourcing Director",
            "email": "aisyah@nusantara-herbal.example.com",
            "phone": "+60 3 5555 0190",
            "language": "en",
        },
    },
    {
        "key": "siam-ev",
        "name": "Siam EV Components Co., Ltd.",
        "kind": "enterprise",
        "country": "TH",
        "city": "Rayong",
        "founded_year": 2015,
        "size": "250+",
        "sectors": ["advanced-manufacturing"],
        "website": "https://siam-ev.example.com",
        "description": (
            "Siam EV assembles electric motorcycles and three-wheelers for Thai delivery fleets and supplies "
            "battery swapping stations in Bangkok. Our plant in the Eastern Economic Corridor produces "
            "60,000 vehicles a year."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Somchai Wattana",
            "job_title": "Procurement Manager",
            "email": "somchai.w@siam-ev.example.com",
            "phone": "+66 38 555 021",
            "language": "en",
        },
    },
    {
        "key": "coral-coast",
        "name": "Coral Coast University — Marine Bioproducts Lab",
        "kind": "research",
        "country": "AU",
        "city": "Townsville",
        "founded_year": 1998,
        "size": "10-49",
        "sectors": ["biomedicine", "green-tech"],
        "website": "https://marine-bioproducts.example.edu.au",
        "description": (
            "A university research group that discovers bioactive compounds in tropical marine organisms "
            "and grows microalgae at pilot scale. We license our compound libraries and work with industry "
            "on joint projects supported by national research grants."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Dr. Matthew Collins",
            "job_title": "Laboratory Director",
            "email": "m.collins@marine-bioproducts.example.com",
            "phone": "+61 7 5555 0134",
            "language": "en",
        },
    },
    {
        "key": "diagnostix",
        "name": "Diagnostix Lyon SAS",
        "kind": "sme",
        "country": "FR",
        "city": "Lyon",
        "founded_year": 2012,
        "size": "50-249",
        "sectors": ["biomedicine"],
        "website": "https://diagnostix-lyon.example.com",
        "description": (
            "Diagnostix Lyon designs and manufactures molecular diagnostic kits for respiratory and tropical "
            "infections, including isothermal tests that give results in 20 minutes at the point of care. "
            "Our kits carry CE-IVDR marking."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Camille Moreau",
            "job_title": "International Sales Director",
            "email": "camille.moreau@diagnostix-lyon.example.com",
            "phone": "+33 4 72 55 50 12",
            "language": "en",
        },
    },
    {
        "key": "kansai-design",
        "name": "Kansai Precision Design K.K.",
        "kind": "sme",
        "country": "JP",
        "city": "Osaka",
        "founded_year": 2006,
        "size": "10-49",
        "sectors": ["industrial-design", "advanced-manufacturing"],
        "website": "https://kansai-design.example.com",
        "description": (
            "An industrial design studio for machinery, vehicles and medical equipment. We take products "
            "from concept sketches through ergonomics, styling and design for manufacture, and have won "
            "Good Design awards for electric scooters and laboratory instruments."
        ),
        "is_verified": False,
        "contact": {
            "full_name": "Kenji Takahashi",
            "job_title": "Design Director",
            "email": "k.takahashi@kansai-design.example.com",
            "phone": "+81 6 5555 0163",
            "language": "en",
        },
    },
    {
        "key": "hanbit",
        "name": "Hanbit Semiconductor Design Inc.",
        "kind": "startup",
        "country": "KR",
        "city": "Seongnam",
        "founded_year": 2020,
        "size": "10-49",
        "sectors": ["industrial-design", "digital-economy"],
        "website": "https://hanbit-semi.example.com",
        "description": (
            "Hanbit designs low-power neural processing units for battery-powered devices. Our RISC-V based "
            "accelerator IP runs keyword spotting and image classification under one milliwatt and has been "
            "taped out on 22 nm."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Park Ji-won",
            "job_title": "Co-founder and CTO",
            "email": "jiwon.park@hanbit-semi.example.com",
            "phone": "+82 31 555 0188",
            "language": "en",
        },
    },
    {
        "key": "alpine-climate",
        "name": "Alpine Climate Partners AG",
        "kind": "investor",
        "country": "CH",
        "city": "Zurich",
        "founded_year": 2016,
        "size": "10-49",
        "sectors": ["green-tech", "advanced-manufacturing"],
        "website": "https://alpine-climate.example.com",
        "description": (
            "Alpine Climate Partners manages a growth-equity fund for companies that cut emissions and waste: "
            "circular materials, recycling technology and clean mobility. We co-invest with local partners "
            "in Europe and Asia."
        ),
        "is_verified": True,
        "contact": {
            "full_name": "Lukas Brunner",
            "job_title": "Investment Director",
            "email": "lukas.brunner@alpine-climate.example.com",
            "phone": "+41 44 555 01 77",
            "language": "en",
        },
    },
    {
        "key": "boreal",
        "name": "Boreal Circular Technologies Inc.",
        "kind": "sme",
        "country": "CA",
        "city": "Vancouver",
        "founded_year": 2013,
        "size": "50-249",
        "sectors": ["green-tech", "advanced-manufacturing"],
        "website": "https://boreal-circular.example.com",
        "description": (
            "Boreal builds AI-guided sorting lines for construction and demolition waste. Hyperspectral "
            "cameras and robotic pickers separate concrete, wood, metals and plastics, raising recovery rates "
            "above 90 per cent at 24 plants in North America."
        ),
        "is_verified": False,
        "contact": {
            "full_name": "Sarah Thompson",
            "job_title": "Director, International Projects",
            "email": "sarah.thompson@boreal-circular.example.com",
            "phone": "+1 604 555 0119",
            "language": "en",
        },
    },
    {
        "key": "ledger-trade",
        "name": "Ledger Trade Labs B.V.",
        "kind": "startup",
        "country": "NL",
        "city": "Rotterdam",
        "founded_year": 2019,
        "size": "10-49",
        "sectors": ["digital-economy"],
        "website": "https://ledgertrade.example.com",
        "description": (
            "Ledger Trade Labs runs a blockchain platform for electronic bills of lading and trade documents, "
            "used by freight forwarders and banks in the port of Rotterdam. Our platform follows the MLETR "
            "model law and connects to customs systems."
        ),
        "is_verified": False,
        "contact": {
            "full_name": "Pieter de Vries",
            "job_title": "Chief Commercial Officer",
            "email": "pieter@ledgertrade.example.com",
            "phone": "+31 10 555 0126",
            "language": "en",
        },
    },
    # --- Haikou and Hainan enterprises, parks and institutes (Chinese) ---
    {
        "key": "kangrui",
        "name": "海南康瑞医疗集团有限公司",
        "kind": "enterprise",
        "country": "CN",
        "city": "海口",
        "founded_year": 2008,
        "size": "250+",
        "sectors": ["biomedicine", "digital-economy"],
        "website": "https://kangrui-medical.example.cn",
        "description": (
            "康瑞医疗集团在海口及海南各市县运营3家综合医院和26家社区卫生服务中心，致力于推动优质医疗资源"
            "下沉基层，正在建设覆盖全省的远程影像诊断和检验中心。"
        ),
        "is_verified": True,
        "contact": {
            "full_name": "陈志远",
            "job_title": "信息化建设部主任",
            "email": "chenzhiyuan@kangrui-medical.example.cn",
            "phone": "+86 898 6555 0101",
            "language": "zh-hans",
        },
    },
    {
        "key": "lvyuan",
        "name": "海南绿源降解材料有限公司",
        "kind": "enterprise",
        "country": "CN",
        "city": "海口",
        "founded_year": 2019,
        "size": "50-249",
        "sectors": ["green-tech"],
        "website": "https://lvyuan-bio.example.cn",
        "description": (
            "公司位于海口国家高新区美安生态科技新城，主营全生物降解购物袋、农用地膜和餐饮具的生产，"
            "年产能2万吨，是海南“禁塑”替代品重点供应企业之一。"
        ),
        "is_verified": True,
        "contact": {
            "full_name": "林晓峰",
            "job_title": "采购与技术副总经理",
            "email": "linxiaofeng@lvyuan-bio.example.cn",
            "phone": "+86 898 6555 0102",
            "language": "zh-hans",
        },
    },
    {
        "key": "yunqi",
        "name": "海口云启数字科技有限公司",
        "kind": "startup",
        "country": "CN",
        "city": "海口",
        "founded_year": 2021,
        "size": "10-49",
        "sectors": ["digital-economy"],
        "website": "https://yunqi-digital.example.cn",
        "description": (
            "云启数字入驻复兴城互联网信息产业园，专注自由贸易港跨境贸易数字化，自主研发的区块链溯源与"
            "单证平台已服务海口综合保税区内60余家进出口企业。"
        ),
        "is_verified": True,
        "contact": {
            "full_name": "王思琪",
            "job_title": "创始人兼首席执行官",
            "email": "wangsiqi@yunqi-digital.example.cn",
            "phone": "+86 898 6555 0103",
            "language": "zh-hans",
        },
    },
    {
        "key": "kangzhi",
        "name": "海南康智生物医药有限公司",
        "kind": "enterprise",
        "country": "CN",
        "city": "海口",
        "founded_year": 2005,
        "size": "250+",
        "sectors": ["biomedicine"],
        "website": "https://kangzhi-pharma.example.cn",
        "description": (
            "康智生物医药位于海口药谷工业园，拥有口服固体制剂、注射剂和诊断试剂GMP生产线，"
            "产品覆盖心脑血管、抗感染和体外诊断领域，设有省级企业技术中心。"
        ),
        "is_verified": True,
        "contact": {
            "full_name": "刘敏",
            "job_title": "国际合作部经理",
            "email": "liumin@kangzhi-pharma.example.cn",
            "phone": "+86 898 6555 0104",
            "language": "zh-hans",
        },
    },
    {
        "key": "marine-institute",
        "name": "海口热带海洋生物技术研究院",
        "kind": "research",
        "country": "CN",
        "city": "海口",
        "founded_year": 2012,
        "size": "50-249",
        "sectors": ["biomedicine", "green-tech"],
        "website": "https://tropical-marine.example.cn",
        "description": (
            "研究院从事热带海洋生物资源开发与生态保护研究，建有海洋微藻中试基地和海洋天然产物化合物库，"
            "与多家药企共建联合实验室。"
        ),
        "is_verified": True,
        "contact": {
            "full_name": "黄海燕",
            "job_title": "科研合作处处长",
            "email": "huanghaiyan@tropical-marine.example.cn",
            "phone": "+86 898 6555 0105",
            "language": "zh-hans",
        },
    },
    {
        "key": "nanyao",
        "name": "海南南药本草科技有限公司",
        "kind": "sme",
        "country": "CN",
        "city": "海口",
        "founded_year": 2014,
        "size": "50-249",
        "sectors": ["biomedicine"],
        "website": "https://nanyao-bencao.example.cn",
        "description": (
            "公司以海南特色南药（益智、槟榔花、牛大力、沉香等）为原料，研发生产现代中药配方颗粒和"
            "保健食品，拥有12个保健食品批准文号。"
        ),
        "is_verified": False,
        "contact": {
            "full_name": "符永青",
            "job_title": "国际市场总监",
            "email": "fuyongqing@nanyao-bencao.example.cn",
            "phone": "+86 898 6555 0106",
            "language": "zh-hans",
        },
    },
    {
        "key": "haizhi-robot",
        "name": "海南海智机器人科技有限公司",
        "kind": "startup",
        "country": "CN",
        "city": "海口",
        "founded_year": 2022,
        "size": "10-49",
        "sectors": ["advanced-manufacturing"],
        "website": "https://haizhi-robot.example.cn",
        "description": (
            "海智机器人专注热带农业和农产品加工自动化，为芒果、菠萝、荔枝等热带水果分拣包装企业提供整线自动化解决方案。"
        ),
        "is_verified": False,
        "contact": {
            "full_name": "吴俊杰",
            "job_title": "技术总监",
            "email": "wujunjie@haizhi-robot.example.cn",
            "phone": "+86 898 6555 0107",
            "language": "zh-hans",
        },
    },
    {
        "key": "jinpeng-ev",
        "name": "海口金鹏新能源汽车科技有限公司",
        "kind": "enterprise",
        "country": "CN",
        "city": "海口",
        "founded_year": 2016,
        "size": "250+",
        "sectors": ["advanced-manufacturing"],
        "website": "https://jinpeng-ev.example.cn",
        "description": (
            "金鹏新能源位于海马工业园，生产磷酸铁锂动力电池包、电池管理系统和电动两轮车整车，"
            "利用自贸港“加工增值免关税”政策面向东盟市场出口。"
        ),
        "is_verified": True,
        "contact": {
            "full_name": "张伟",
            "job_title": "海外业务部总经理",
            "email": "zhangwei@jinpeng-ev.example.cn",
            "phone": "+86 898 6555 0108",
            "language": "zh-hans",
        },
    },
    {
        "key": "qingshui",
        "name": "海南清水环境监测技术有限公司",
        "kind": "sme",
        "country": "CN",
        "city": "海口",
        "founded_year": 2013,
        "size": "50-249",
        "sectors": ["green-tech", "digital-economy"],
        "website": "https://qingshui-env.example.cn",
        "description": (
            "清水环境为海南各市县提供水环境、近岸海域和大气在线监测运维服务，运营全省120余个自动监测站点，"
            "具备CMA检测资质。"
        ),
        "is_verified": True,
        "contact": {
            "full_name": "李静",
            "job_title": "研发中心主任",
            "email": "lijing@qingshui-env.example.cn",
            "phone": "+86 898 6555 0109",
            "language": "zh-hans",
        },
    },
    {
        "key": "xinhai-micro",
        "name": "海南芯海微电子有限公司",
        "kind": "startup",
        "country": "CN",
        "city": "海口",
        "founded_year": 2022,
        "size": "10-49",
        "sectors": ["industrial-design", "digital-economy"],
        "website": "https://xinhai-micro.example.cn",
        "description": (
            "芯海微电子落户江东新区，团队来自国内头部芯片企业，专注物联网低功耗无线SoC芯片设计，"
            "首款蓝牙/星闪双模芯片已完成流片验证。"
        ),
        "is_verified": False,
        "contact": {
            "full_name": "赵晨",
            "job_title": "首席执行官",
            "email": "zhaochen@xinhai-micro.example.cn",
            "phone": "+86 898 6555 0110",
            "language": "zh-hans",
        },
    },
    {
        "key": "daoyu-design",
        "name": "海南岛屿创意设计有限公司",
        "kind": "sme",
        "country": "CN",
        "city": "海口",
        "founded_year": 2017,
        "size": "10-49",
        "sectors": ["industrial-design", "digital-economy"],
        "website": "https://daoyu-design.example.cn",
        "description": (
            "岛屿创意是一家数字创意设计公司，提供三维产品可视化、虚拟展厅、数字孪生园区和品牌视觉设计服务，"
            "客户包括省内多个重点园区和出口企业。"
        ),
        "is_verified": False,
        "contact": {
            "full_name": "邢雨桐",
            "job_title": "创意总监",
            "email": "xingyutong@daoyu-design.example.cn",
            "phone": "+86 898 6555 0111",
            "language": "zh-hans",
        },
    },
    {
        "key": "yelin-capital",
        "name": "海南椰林创业投资基金管理有限公司",
        "kind": "investor",
        "country": "CN",
        "city": "海口",
        "founded_year": 2020,
        "size": "10-49",
        "sectors": ["digital-economy", "biomedicine"],
        "website": "https://yelin-capital.example.cn",
        "description": (
            "椰林创投管理自贸港科技创新天使基金和成长基金，重点投资数字经济、生物医药和绿色低碳领域，"
            "欢迎计划落地海南的海外初创团队。"
        ),
        "is_verified": True,
        "contact": {
            "full_name": "周子航",
            "job_title": "投资总监",
            "email": "zhouzihang@yelin-capital.example.cn",
            "phone": "+86 898 6555 0112",
            "language": "zh-hans",
        },
    },
    {
        "key": "offshore-incubator",
        "name": "海口国际离岸创新孵化中心",
        "kind": "park",
        "country": "CN",
        "city": "海口",
        "founded_year": 2021,
        "size": "10-49",
        "sectors": ["digital-economy", "biomedicine"],
        "website": "https://offshore-incubator.example.cn",
        "description": (
            "孵化中心位于海口国家高新区，是面向海外创新创业团队的离岸孵化载体，提供办公空间、企业注册、"
            "外籍人才工作许可、知识产权和融资对接等一站式落地服务。"
        ),
        "is_verified": True,
        "contact": {
            "full_name": "郑雅文",
            "job_title": "国际服务部经理",
            "email": "zhengyawen@offshore-incubator.example.cn",
            "phone": "+86 898 6555 0113",
            "language": "zh-hans",
        },
    },
    {
        "key": "xunhuan",
        "name": "海南循环再生资源科技有限公司",
        "kind": "enterprise",
        "country": "CN",
        "city": "海口",
        "founded_year": 2015,
        "size": "50-249",
        "sectors": ["green-tech"],
        "website": "https://xunhuan-recycle.example.cn",
        "description": (
            "公司从事建筑垃圾和一般工业固体废物资源化利用，在海口运营年处理能力100万吨的再生骨料工厂，"
            "产品用于市政道路和装配式建筑构件。"
        ),
        "is_verified": False,
        "contact": {
            "full_name": "蔡国栋",
            "job_title": "总经理",
            "email": "caiguodong@xunhuan-recycle.example.cn",
            "phone": "+86 898 6555 0114",
            "language": "zh-hans",
        },
    },
]


def _text(*paragraphs):
    return "\n\n".join(paragraphs)


# Each listing's ``org`` is an organisation key; ``original_language`` is that organisation's language.
# Comments name the listing it is meant to meet on the other side of the language line.
LISTINGS = [
    # --- AI medical imaging: Chinese request ↔ Singapore offer, Singapore investment request ↔ Hainan fund ---
    {
        "key": "kangrui-ai-imaging",
        "org": "kangrui",
        "kind": "tech-request",
        "original_language": "zh-hans",
        "title": "引进基层医院AI胸部CT与眼底影像辅助诊断技术",
        "summary": (
            "为集团26家社区卫生服务中心引进人工智能影像辅助诊断软件，覆盖肺结节筛查和糖尿病视网膜病变筛查。"
            "希望与已在海外完成临床验证的团队合作，在海南完成本地化验证和注册。"
        ),
        "description": _text(
            "背景：集团正在建设覆盖全省的远程影像诊断中心。基层机构每年产生约30万例胸部CT和眼底照片，"
            "放射科和眼科医生严重不足，报告平均需要3天才能返回。",
            "技术需求：1. 肺结节检出与随访管理，敏感度不低于95%；2. 糖尿病视网膜病变分级筛查；"
            "3. 支持私有化部署，可通过DICOM与现有PACS系统对接；4. 已取得或愿意配合申请国内医疗器械注册证。",
            "合作方式：技术许可或技术合作。可依托海南博鳌乐城国际医疗旅游先行区政策开展真实世界数据研究，"
            "我方提供临床场景、数据标注团队和注册申报支持。欢迎东盟及其他国家和地区的团队联系。",
        ),
        "translated_title": "AI-assisted chest CT and retinal screening wanted for community hospitals",
        "translated_summary": (
            "We want to bring AI imaging software for lung-nodule and diabetic-retinopathy screening to our 26 "
            "community health centres, working with a team whose product is already clinically validated abroad "
            "to localise and register it in Hainan."
        ),
        "sectors": ["digital-economy", "biomedicine"],
        "subfields": ["ai", "medical-devices"],
        "keywords": ["artificial-intelligence", "medical-imaging", "computer-vision", "telemedicine"],
        "cooperation": ["licence", "technical-cooperation"],
        "target_regions": ["asean", "global"],
        "stage": "pilot",
        "ip_status": "none",
        "budget_min": 2_000_000,
        "budget_max": 5_000_000,
        "budget_currency": "CNY",
        "deadline_days": 180,
        "posted_days_ago": 3,
        "is_anonymous": False,
    },
    {
        "key": "lumina-screening-offer",
        "org": "lumina",
        "kind": "tech-offer",
        "original_language": "en",
        "title": "AI screening for lung nodules and diabetic retinopathy: licensing and local partners wanted",
        "summary": (
            "CE-marked AI software that finds lung nodules on chest CT and grades diabetic retinopathy from "
            "fundus photographs, validated on 120,000 Asian patients. We seek hospital groups and distributors "
            "in China and ASEAN for licensing and joint clinical validation."
        ),
        "description": _text(
            "The technology: two deep-learning models trained on multi-centre Asian data. Lung-nodule detection "
            "reaches 96.4% sensitivity at one false positive per scan; diabetic-retinopathy grading reaches an "
            "AUC of 0.97 against a panel of three ophthalmologists.",
            "Deployment: on premises on a single GPU server or in a private cloud, connected to PACS through "
            "DICOM and to hospital systems through HL7 FHIR. Reports are available in English, Chinese and Malay.",
            "Status: on the market in Singapore and Indonesia (CE Class IIa, HSA registered). Registration with "
            "China's NMPA has not started; we are looking for a hospital group or medical IT partner to run a "
            "local validation study, under a licence or technical cooperation agreement.",
        ),
        "translated_title": "肺结节与糖尿病视网膜病变AI筛查软件：寻求技术许可及本地合作伙伴",
        "translated_summary": (
            "已获CE认证的AI软件，可在胸部CT上检出肺结节并对眼底照片进行糖网分级，已在12万名亚洲患者数据上验证。"
            "现寻求中国及东盟的医院集团和经销商开展技术许可和联合临床验证。"
        ),
        "sectors": ["digital-economy", "biomedicine"],
        "subfields": ["ai", "medical-devices"],
        "keywords": ["artificial-intelligence", "medical-imaging", "computer-vision"],
        "cooperation": ["licence", "technical-cooperation", "distribution"],
        "target_regions": ["greater-china", "asean"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 200,
        "posted_days_ago": 12,
        "is_anonymous": False,
    },
    {
        "key": "lumina-series-a",
        "org": "lumina",
        "kind": "investment-request",
        "original_language": "en",
        "title": "Series A: USD 5 million to take AI screening to 300 clinics across Asia",
        "summary": (
            "Lumina is raising a USD 5 million Series A to register its products in China, open a Hainan "
            "subsidiary and grow from 40 to 300 clinics. We welcome investors with healthcare networks in "
            "China and South-East Asia."
        ),
        "description": _text(
            "Traction: 40 paying clinics in Singapore and Indonesia, annual recurring revenue of USD 1.1 million, "
            "growing 2.4 times year on year. Gross margin is above 80%.",
            "Use of funds: NMPA registration and a local validation study (35%), a Hainan subsidiary with a "
            "deployment and support team (30%), sales in Vietnam and Thailand (20%), research (15%).",
            "We are looking for a lead or co-investor who can open doors to hospital groups and county-level "
            "health systems. A data room is available after a short call.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["digital-economy", "biomedicine"],
        "subfields": ["ai", "medical-devices"],
        "keywords": ["artificial-intelligence", "medical-imaging", "telemedicine"],
        "cooperation": ["investment"],
        "target_regions": ["greater-china", "asean", "north-america"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": 4_000_000,
        "budget_max": 6_000_000,
        "budget_currency": "USD",
        "deadline_days": 120,
        "posted_days_ago": 20,
        "is_anonymous": False,
    },
    {
        "key": "yelin-fund",
        "org": "yelin-capital",
        "kind": "investment-offer",
        "original_language": "zh-hans",
        "title": "自贸港科技创新基金：投资拟落地海南的数字经济、医疗科技与绿色低碳初创企业",
        "summary": (
            "椰林创投旗下天使基金和成长基金单笔投资500万至3000万元人民币，重点关注人工智能、医疗科技、"
            "区块链和环境监测项目，支持海外团队在海南设立主体并对接本地医院、园区和政府应用场景。"
        ),
        "description": _text(
            "基金规模：天使基金5亿元、成长基金15亿元，出资方包括市级引导基金和省内龙头企业。",
            "投资方向：数字经济（人工智能、区块链、跨境数字贸易）、生物医药（医学影像、体外诊断、创新器械）、"
            "绿色低碳（环境监测、水处理、降解材料）。优先考虑已有海外产品或收入、计划在海南设立研发或运营中心的团队。",
            "增值服务：协助办理外资企业注册、QFLP资金跨境、人才认定和住房补贴申请，对接三甲医院、"
            "综合保税区和国家高新区的示范应用场景。",
        ),
        "translated_title": (
            "Hainan FTP innovation fund: investing in digital, health-tech and low-carbon startups moving to Hainan"
        ),
        "translated_summary": (
            "Our angel and growth funds invest RMB 5–30 million per company in AI, health technology, blockchain "
            "and environmental monitoring, and help overseas teams set up in Hainan and reach local hospitals, "
            "parks and public-sector pilot projects."
        ),
        "sectors": ["digital-economy", "biomedicine", "green-tech"],
        "subfields": ["ai", "blockchain", "medical-devices", "diagnostics", "environmental-monitoring"],
        "keywords": [
            "artificial-intelligence",
            "medical-imaging",
            "blockchain",
            "environmental-monitoring",
            "water-quality",
        ],
        "cooperation": ["investment"],
        "target_regions": ["global"],
        "stage": "prototype",
        "ip_status": "none",
        "budget_min": 5_000_000,
        "budget_max": 30_000_000,
        "budget_currency": "CNY",
        "deadline_days": 300,
        "posted_days_ago": 30,
        "is_anonymous": False,
    },
    # --- Biodegradable materials: Chinese business request ↔ German business offer; Chinese investment ↔ Swiss fund ---
    {
        "key": "lvyuan-pbat-supply",
        "org": "lvyuan",
        "kind": "business-request",
        "original_language": "zh-hans",
        "title": "寻求全生物降解改性料（PBAT/PLA）稳定供应商及配方技术合作",
        "summary": (
            "我司每年需要PBAT/PLA改性料约1.5万吨，用于购物袋和农用地膜生产。希望与拥有国际认证的海外材料企业"
            "签订长期供货协议，并在配方改良、耐候性和降解周期控制方面开展技术合作。"
        ),
        "description": _text(
            "现状：海南全面禁塑后，当地购物袋和地膜需求快速增长，但国内改性料批次稳定性不足，"
            "地膜在高温高湿条件下过早破裂的问题影响了农户使用。",
            "需求：1. 符合GB/T 41010及EN 13432的吹膜级改性料，年供应量不少于1万吨；"
            "2. 针对热带气候的地膜配方，保证90至120天的有效覆盖期；3. 可考虑在海南设立改性造粒产线，"
            "利用自贸港加工增值免关税政策辐射东盟市场。",
            "合作方式：长期供货协议、技术合作或委托加工，条件成熟时可成立合资公司。",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["biodegradable-plastics", "bio-based-polymers"],
        "cooperation": ["commercial-agreement", "technical-cooperation", "manufacturing"],
        "target_regions": ["eu", "global"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 150,
        "posted_days_ago": 5,
        "is_anonymous": False,
    },
    {
        "key": "biopoly-compounds",
        "org": "biopoly",
        "kind": "business-offer",
        "original_language": "en",
        "title": "Certified compostable PBAT/PLA compounds: converters and a manufacturing partner wanted in Asia",
        "summary": (
            "BioPoly supplies EN 13432-certified PBAT/PLA compounds for carrier bags, mulch film and food-service "
            "ware. We are looking for film converters as long-term customers and for a partner in Hainan to "
            "compound our grades locally for China and ASEAN."
        ),
        "description": _text(
            "Products: blown-film grades for carrier bags and mulch film (10–25 µm), injection-moulding grades "
            "for cutlery, and paper-coating grades. Our tropical mulch grade keeps its strength for 100 days "
            "in hot, humid fields and then degrades fully in the soil.",
            "What we offer: long-term supply contracts with stable batch quality, application engineering on "
            "the customer's line, and help with certification in the target market.",
            "What we look for: converters in China and South-East Asia, and a manufacturing partner in the "
            "Hainan Free Trade Port to compound under licence, using the zero-tariff regime for goods with "
            "30% value added locally.",
        ),
        "translated_title": "可堆肥认证PBAT/PLA改性料：寻求亚洲地区制品企业客户及本地生产伙伴",
        "translated_summary": (
            "BioPoly供应通过EN 13432认证的PBAT/PLA改性料，适用于购物袋、农用地膜和餐饮具。"
            "现寻求吹膜制品企业作为长期客户，并寻找海南本地伙伴进行授权改性生产，辐射中国和东盟市场。"
        ),
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["biodegradable-plastics", "bio-based-polymers"],
        "cooperation": ["commercial-agreement", "manufacturing", "distribution"],
        "target_regions": ["greater-china", "hainan-ftp", "asean"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 240,
        "posted_days_ago": 9,
        "is_anonymous": False,
    },
    {
        "key": "lvyuan-expansion",
        "org": "lvyuan",
        "kind": "investment-request",
        "original_language": "zh-hans",
        "title": "全生物降解农用地膜扩产项目股权融资5000万元",
        "summary": (
            "为满足海南及东盟市场对全生物降解地膜的需求，我司计划新建年产1万吨地膜生产线，"
            "拟出让不超过20%股权融资5000万元，欢迎关注循环经济的国内外投资机构。"
        ),
        "description": _text(
            "经营情况：2023年营业收入2.3亿元，净利润率约8%，客户包括省内主要连锁超市和农业合作社。",
            "资金用途：新建地膜生产线及配套仓储（60%），研发中心与检测实验室（20%），东盟市场渠道建设（20%）。",
            "我们希望引入具有材料行业资源或国际市场渠道的投资方，也欢迎以合资方式共同建设东盟生产基地。",
        ),
        "translated_title": "RMB 50 million equity round to expand biodegradable mulch-film production",
        "translated_summary": (
            "To meet demand for fully biodegradable mulch film in Hainan and ASEAN we plan a new 10,000-tonne line "
            "and are raising RMB 50 million for up to 20% of the company. Investors focused on the circular "
            "economy are welcome."
        ),
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["biodegradable-plastics", "bio-based-polymers", "carbon-management"],
        "cooperation": ["investment", "joint-venture"],
        "target_regions": ["global"],
        "stage": "market",
        "ip_status": "pending",
        "budget_min": 40_000_000,
        "budget_max": 60_000_000,
        "budget_currency": "CNY",
        "deadline_days": 200,
        "posted_days_ago": 14,
        "is_anonymous": False,
    },
    {
        "key": "alpine-growth",
        "org": "alpine-climate",
        "kind": "investment-offer",
        "original_language": "en",
        "title": "Growth equity for circular materials, recycling and clean-mobility companies in Asia",
        "summary": (
            "EUR 3–15 million minority stakes in profitable or near-profitable companies in biodegradable "
            "materials, recycling technology and electric mobility. We co-invest with local funds and help "
            "portfolio companies enter European markets."
        ),
        "description": _text(
            "Fund: EUR 420 million, backed by European pension funds and family offices, with an Article 9 "
            "sustainability classification.",
            "What we look for: revenues above EUR 10 million or a clear path there, measurable reductions in "
            "emissions or waste, and founders open to international governance standards.",
            "Beyond capital: introductions to European buyers and certification bodies, carbon accounting "
            "support, and a network of industrial partners in Germany, Switzerland and the Nordics.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["green-tech", "advanced-manufacturing"],
        "subfields": ["biodegradable-materials", "solid-waste-reuse", "new-energy-vehicles"],
        "keywords": ["biodegradable-plastics", "solid-waste", "construction-waste", "battery", "carbon-management"],
        "cooperation": ["investment"],
        "target_regions": ["greater-china", "asean", "rcep"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": 3_000_000,
        "budget_max": 15_000_000,
        "budget_currency": "EUR",
        "deadline_days": 270,
        "posted_days_ago": 25,
        "is_anonymous": False,
    },
    # --- Blockchain trade documents: Haikou startup ↔ US fund and Dutch platform ---
    {
        "key": "yunqi-pre-a",
        "org": "yunqi",
        "kind": "investment-request",
        "original_language": "zh-hans",
        "title": "区块链跨境贸易单证平台Pre-A轮融资1500万元",
        "summary": (
            "云启数字的区块链溯源与电子单证平台已服务海口综合保税区60余家进出口企业，"
            "现开启Pre-A轮融资1500万元，用于拓展东盟航线客户和对接国际银行贸易融资网络。"
        ),
        "description": _text(
            "产品：基于联盟链的货物溯源、电子原产地证、电子提单和跨境结算辅助系统，与海关、港口和银行系统对接，"
            "单票单证处理时间由2天缩短至2小时。",
            "经营数据：2023年签约客户63家，年经常性收入680万元，同比增长170%。",
            "融资计划：出让10%至15%股权，资金用于东盟市场拓展（40%）、产品研发（35%）和合规与安全认证（25%）。"
            "欢迎关注跨境数字贸易的海外投资机构。",
        ),
        "translated_title": "Pre-A round of RMB 15 million for a blockchain cross-border trade-document platform",
        "translated_summary": (
            "Yunqi's blockchain traceability and e-document platform serves more than 60 importers and exporters "
            "in the Haikou Comprehensive Bonded Zone. We are raising RMB 15 million to win customers on ASEAN "
            "shipping routes and connect to international trade-finance banks."
        ),
        "sectors": ["digital-economy"],
        "subfields": ["blockchain", "digital-trade"],
        "keywords": ["blockchain", "trade-digitalisation", "cross-border-ecommerce"],
        "cooperation": ["investment"],
        "target_regions": ["global"],
        "stage": "market",
        "ip_status": "other",
        "budget_min": 10_000_000,
        "budget_max": 20_000_000,
        "budget_currency": "CNY",
        "deadline_days": 160,
        "posted_days_ago": 6,
        "is_anonymous": False,
    },
    {
        "key": "pacific-bridge-fund",
        "org": "pacific-bridge",
        "kind": "investment-offer",
        "original_language": "en",
        "title": "Seed and Series A funding for cross-border digital trade, health-tech and chip-design startups",
        "summary": (
            "We lead Seed and Series A rounds of USD 1–5 million for teams that connect North American and Asian "
            "markets: digital trade and blockchain infrastructure, AI in healthcare, and semiconductor design."
        ),
        "description": _text(
            "Fund III: USD 180 million, 30 portfolio companies across the US, Singapore, Korea and China.",
            "Focus: trade digitalisation (electronic documents, trade finance, cross-border e-commerce), "
            "health technology (medical imaging, diagnostics) and chip design for edge AI and IoT.",
            "How we work: we lead or co-lead, take a board seat, and help with US go-to-market, hiring and "
            "follow-on fundraising. We are keen to meet founders in the Hainan Free Trade Port.",
        ),
        "translated_title": "种子轮及A轮投资：聚焦跨境数字贸易、医疗科技和芯片设计初创企业",
        "translated_summary": (
            "我们领投100万至500万美元的种子轮和A轮，投资连接北美与亚洲市场的团队，方向包括数字贸易与区块链基础设施、"
            "医疗人工智能和芯片设计。"
        ),
        "sectors": ["digital-economy", "biomedicine", "industrial-design"],
        "subfields": ["blockchain", "digital-trade", "ai", "medical-devices", "chip-design"],
        "keywords": [
            "blockchain",
            "trade-digitalisation",
            "cross-border-ecommerce",
            "artificial-intelligence",
            "medical-imaging",
            "chip-design",
        ],
        "cooperation": ["investment"],
        "target_regions": ["greater-china", "asean", "north-america"],
        "stage": "prototype",
        "ip_status": "none",
        "budget_min": 1_000_000,
        "budget_max": 5_000_000,
        "budget_currency": "USD",
        "deadline_days": 300,
        "posted_days_ago": 40,
        "is_anonymous": False,
    },
    {
        "key": "yunqi-ebl-partner",
        "org": "yunqi",
        "kind": "business-offer",
        "original_language": "zh-hans",
        "title": "诚邀海外技术伙伴共建海口综保区国际电子提单网络",
        "summary": (
            "我们为海口综合保税区企业提供区块链溯源和电子单证服务，现寻求具备国际电子提单（eBL）经验的海外伙伴，"
            "共同对接国际航运公司和银行网络，可成立合资公司运营。"
        ),
        "description": _text(
            "我方资源：综保区内60余家签约企业、与海关和港口系统的数据接口、本地运营与客服团队。",
            "合作设想：引入符合《电子可转让记录示范法》（MLETR）的电子提单平台，与我方单证系统互联互通，"
            "先在海口至新加坡、鹿特丹航线试点，再推广至洋浦港。",
            "合作方式：合资经营、技术合作或商业代理协议均可商谈。",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["digital-economy"],
        "subfields": ["blockchain", "digital-trade"],
        "keywords": ["blockchain", "trade-digitalisation"],
        "cooperation": ["joint-venture", "technical-cooperation", "commercial-agreement"],
        "target_regions": ["eu", "global"],
        "stage": "market",
        "ip_status": "other",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 120,
        "posted_days_ago": 8,
        "is_anonymous": False,
    },
    {
        "key": "ledger-hainan-partner",
        "org": "ledger-trade",
        "kind": "business-request",
        "original_language": "en",
        "title": "Seeking a Hainan partner to launch electronic bills of lading in the Free Trade Port",
        "summary": (
            "We want a local partner, such as a trade-platform operator or bonded-zone service company, to "
            "deploy our MLETR-compliant eBL platform for shipments between Hainan, Rotterdam and ASEAN ports, "
            "possibly through a joint venture."
        ),
        "description": _text(
            "Our platform issues, endorses and surrenders electronic bills of lading and other trade documents; "
            "it is used by 140 forwarders and four banks, and links to the Dutch customs system.",
            "We look for a partner with customers in a bonded zone, data links to Chinese customs and port "
            "systems, and a local operations team. Together we would pilot one shipping route and then scale.",
            "We are open to a joint venture, a technical cooperation agreement or a reseller agreement.",
        ),
        "translated_title": "寻求海南合作伙伴，在自由贸易港推出国际电子提单服务",
        "translated_summary": (
            "我们希望与海南本地的贸易平台运营商或综保区服务企业合作，部署符合MLETR的电子提单平台，"
            "服务海南与鹿特丹及东盟港口之间的货运，可考虑成立合资公司。"
        ),
        "sectors": ["digital-economy"],
        "subfields": ["blockchain", "digital-trade"],
        "keywords": ["blockchain", "trade-digitalisation", "cross-border-ecommerce"],
        "cooperation": ["joint-venture", "commercial-agreement", "technical-cooperation"],
        "target_regions": ["hainan-ftp", "greater-china"],
        "stage": "market",
        "ip_status": "other",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 150,
        "posted_days_ago": 2,
        "is_anonymous": False,
    },
    {
        "key": "ledger-platform-licence",
        "org": "ledger-trade",
        "kind": "tech-offer",
        "original_language": "en",
        "title": "Licence our blockchain trade-document platform for bonded zones and ports",
        "summary": (
            "A white-label platform for electronic bills of lading, certificates of origin and letters of credit, "
            "built on a permissioned ledger with end-to-end encryption. Available for licence to port "
            "authorities, bonded-zone operators and banks."
        ),
        "description": _text(
            "Features: document issuance and transfer of title, role-based access, audit trail, APIs for "
            "customs, carriers and banks, and deployment in the customer's own data centre to meet data "
            "localisation rules.",
            "Security: ISO 27001 certified; independent penetration tests twice a year.",
            "We offer a licence with technology transfer and training, or a hosted service run by a local partner.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["digital-economy"],
        "subfields": ["blockchain", "digital-trade"],
        "keywords": ["blockchain", "trade-digitalisation", "cybersecurity"],
        "cooperation": ["licence", "technology-transfer"],
        "target_regions": ["rcep", "global"],
        "stage": "market",
        "ip_status": "other",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 210,
        "posted_days_ago": 33,
        "is_anonymous": False,
    },
    # --- Diagnostics: Chinese requests ↔ French offers ---
    {
        "key": "kangzhi-ivd-partner",
        "org": "kangzhi",
        "kind": "business-request",
        "original_language": "zh-hans",
        "title": "寻求国际体外诊断试剂合作伙伴：品牌引进与本地化委托生产",
        "summary": (
            "康智在海口药谷工业园拥有诊断试剂GMP车间，希望引进海外成熟的分子诊断产品，"
            "以合资或委托生产方式在海南实现本地化生产，并借助我司渠道覆盖国内和东盟市场。"
        ),
        "description": _text(
            "我方条件：2000平方米诊断试剂GMP车间、冷链物流体系，覆盖国内1800家医疗机构的销售网络，"
            "以及熟悉NMPA注册流程的法规团队。",
            "合作产品方向：呼吸道病原体多重检测、登革热等热带传染病检测、等温扩增即时检测（POCT）试剂盒。",
            "合作方式：产品授权引进、委托生产（CMO）、区域独家分销或合资建厂均可商谈。",
        ),
        "translated_title": (
            "International IVD partner wanted: product in-licensing and contract manufacturing in Hainan"
        ),
        "translated_summary": (
            "Kangzhi runs a GMP diagnostics plant in Haikou's pharmaceutical valley and wants to bring proven "
            "molecular diagnostic products from abroad into local production, through a joint venture or "
            "contract manufacturing, and sell them in China and ASEAN through our channels."
        ),
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics"],
        "keywords": ["in-vitro-diagnostics", "point-of-care-testing"],
        "cooperation": ["manufacturing", "distribution", "joint-venture", "licence"],
        "target_regions": ["eu", "global"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 180,
        "posted_days_ago": 10,
        "is_anonymous": False,
    },
    {
        "key": "diagnostix-distribution",
        "org": "diagnostix",
        "kind": "business-offer",
        "original_language": "en",
        "title": "Molecular test kits for tropical and respiratory infections: distributor and contract "
        "manufacturer wanted in China",
        "summary": (
            "CE-IVDR marked multiplex PCR kits for respiratory pathogens and for dengue, Zika and chikungunya. "
            "We are looking for a distributor and a GMP contract manufacturer in China, ideally in the Hainan "
            "Free Trade Port, to serve Chinese and ASEAN markets."
        ),
        "description": _text(
            "Portfolio: 14 real-time PCR kits, including a 21-target respiratory panel and a tropical-fever "
            "panel that tells dengue serotypes apart. All kits run on the common open PCR instruments.",
            "We offer: technology transfer for local manufacture, support for NMPA registration, training for "
            "sales and laboratory staff, and co-marketing.",
            "We look for: a partner with an IVD GMP facility and a hospital sales network, under a distribution "
            "and contract manufacturing agreement.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics"],
        "keywords": ["in-vitro-diagnostics", "point-of-care-testing"],
        "cooperation": ["distribution", "manufacturing", "licence"],
        "target_regions": ["greater-china", "asean"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 190,
        "posted_days_ago": 18,
        "is_anonymous": False,
    },
    {
        "key": "diagnostix-isothermal",
        "org": "diagnostix",
        "kind": "tech-offer",
        "original_language": "en",
        "title": "20-minute isothermal test platform for point-of-care use: licence available",
        "summary": (
            "A battery-powered reader and freeze-dried cartridges that detect viral and bacterial infections by "
            "isothermal amplification in 20 minutes, without a laboratory. Licence and technology transfer "
            "available for Asia-Pacific."
        ),
        "description": _text(
            "Performance: 97% sensitivity and 99% specificity against laboratory PCR for influenza A/B, RSV and "
            "SARS-CoV-2; a dengue cartridge is in clinical evaluation.",
            "Why it suits primary care: cartridges are stable for 12 months at 30 °C, the reader weighs 600 g and "
            "results upload to hospital systems over Wi-Fi or 4G.",
            "We offer an exclusive regional licence with technology transfer, or co-development of new "
            "cartridges for tropical diseases.",
        ),
        "translated_title": "20分钟出结果的等温扩增即时检测平台：可提供技术许可",
        "translated_summary": (
            "电池供电的检测仪配合冻干试剂卡，无需实验室即可在20分钟内通过等温扩增检出病毒和细菌感染。"
            "可在亚太地区提供技术许可和技术转移。"
        ),
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics", "medical-devices"],
        "keywords": ["point-of-care-testing", "in-vitro-diagnostics"],
        "cooperation": ["licence", "technology-transfer"],
        "target_regions": ["rcep", "greater-china"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 220,
        "posted_days_ago": 27,
        "is_anonymous": False,
    },
    {
        "key": "kangrui-poct",
        "org": "kangrui",
        "kind": "tech-request",
        "original_language": "zh-hans",
        "title": "基层医疗机构快速分子检测（POCT）技术需求",
        "summary": (
            "为社区卫生服务中心引进可在30分钟内出结果的呼吸道感染和登革热等热带传染病分子检测技术，"
            "要求操作简便、无需专业PCR实验室，检测结果可接入集团区域检验信息平台。"
        ),
        "description": _text(
            "海南每年雨季登革热和呼吸道感染高发，基层机构样本需送往中心实验室检测，平均等待24小时以上。",
            "需求指标：检测时间不超过30分钟；灵敏度不低于95%；试剂常温保存；设备可联网上传结果。",
            "拟首批在10家社区卫生服务中心试点，可采用设备与试剂采购、技术许可或联合注册等方式合作。",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics", "medical-devices"],
        "keywords": ["point-of-care-testing", "in-vitro-diagnostics", "telemedicine"],
        "cooperation": ["technical-cooperation", "licence", "commercial-agreement"],
        "target_regions": ["eu", "global"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": 1_000_000,
        "budget_max": 3_000_000,
        "budget_currency": "CNY",
        "deadline_days": 90,
        "posted_days_ago": 4,
        "is_anonymous": True,
    },
    {
        "key": "kangzhi-controlled-release",
        "org": "kangzhi",
        "kind": "tech-offer",
        "original_language": "zh-hans",
        "title": "口服缓释微丸制剂技术（已授权发明专利）对外许可",
        "summary": (
            "多层包衣缓释微丸技术平台，可实现12至24小时平稳释药，已应用于两个上市品种。"
            "寻求海外药企开展品种授权或技术转移，共同开拓东盟和欧洲市场。"
        ),
        "description": _text(
            "技术特点：采用流化床多层包衣工艺，释药曲线可按需调整，批间差异小于5%，适用于水溶性和难溶性药物。",
            "知识产权：已获授权中国发明专利3项，PCT国际申请1项。",
            "合作方式：技术许可、技术转移或合作开发新品种，我方可提供中试放大和GMP生产支持。",
        ),
        "translated_title": "Oral controlled-release pellet technology (patented) available for licence",
        "translated_summary": (
            "A multi-layer coated pellet platform that releases drugs evenly over 12 to 24 hours, already used in "
            "two marketed products. We seek pharmaceutical companies abroad for product licensing or technology "
            "transfer, to enter ASEAN and European markets together."
        ),
        "sectors": ["biomedicine"],
        "subfields": ["chemical-drugs"],
        "keywords": ["drug-delivery"],
        "cooperation": ["licence", "technology-transfer"],
        "target_regions": ["asean", "eu"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 240,
        "posted_days_ago": 45,
        "is_anonymous": False,
    },
    # --- Marine bioactives and microalgae: Hainan institute ↔ Australian university ---
    {
        "key": "marine-peptides-rd",
        "org": "marine-institute",
        "kind": "rd-request",
        "original_language": "zh-hans",
        "title": "征集海洋天然产物抗炎活性化合物联合研发伙伴",
        "summary": (
            "研究院拟联合海外高校或企业，围绕热带海洋来源的抗炎多肽和小分子开展活性筛选、结构优化和成药性评价，"
            "可共同申请国家及海南省国际科技合作项目。"
        ),
        "description": _text(
            "研究基础：已建成包含3200个海洋天然产物的化合物库，拥有高通量筛选平台和海洋生物样本资源库。",
            "合作内容：共享化合物库与筛选数据，联合开展抗炎、创面修复方向的先导化合物优化和动物药效研究。",
            "合作方式：联合研发，成果按贡献共享知识产权；条件成熟后可向药谷企业进行技术转移。",
        ),
        "translated_title": "R&D partners wanted for anti-inflammatory compounds from tropical marine organisms",
        "translated_summary": (
            "Our institute seeks universities or companies abroad to screen, optimise and evaluate "
            "anti-inflammatory peptides and small molecules from tropical marine sources, and to apply together "
            "for national and Hainan international cooperation grants."
        ),
        "sectors": ["biomedicine"],
        "subfields": ["biologics", "chemical-drugs"],
        "keywords": ["marine-bioactives"],
        "cooperation": ["rd-cooperation", "technology-transfer"],
        "target_regions": ["oceania", "rcep", "global"],
        "stage": "research",
        "ip_status": "pending",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 250,
        "posted_days_ago": 15,
        "is_anonymous": False,
    },
    {
        "key": "coral-coast-peptides",
        "org": "coral-coast",
        "kind": "tech-offer",
        "original_language": "en",
        "title": "Marine-derived anti-inflammatory peptides available for licensing and co-development",
        "summary": (
            "A library of 450 peptides from reef sponges and soft corals, 12 of them with confirmed "
            "anti-inflammatory activity in cell and mouse models. Open to licensing and joint development "
            "with partners in the Asia-Pacific."
        ),
        "description": _text(
            "The lead series inhibits TNF-α and IL-6 release at low micromolar concentrations and speeds up "
            "wound healing in mice, with no toxicity seen at ten times the effective dose.",
            "Intellectual property: two provisional patent applications cover the lead series and their "
            "synthetic analogues.",
            "We look for a pharmaceutical partner or research institute to co-develop the series towards a "
            "topical product, and can apply jointly for bilateral research funding.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["biomedicine"],
        "subfields": ["biologics", "chemical-drugs"],
        "keywords": ["marine-bioactives", "drug-delivery"],
        "cooperation": ["licence", "rd-cooperation"],
        "target_regions": ["rcep", "greater-china"],
        "stage": "research",
        "ip_status": "pending",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 280,
        "posted_days_ago": 22,
        "is_anonymous": False,
    },
    {
        "key": "marine-microalgae-dha",
        "org": "marine-institute",
        "kind": "tech-offer",
        "original_language": "zh-hans",
        "title": "热带海洋微藻高密度培养及DHA提取技术转让",
        "summary": (
            "自主选育的裂殖壶菌株及高密度发酵工艺，DHA占总脂肪酸45%以上，已完成50立方米中试。"
            "可用于保健食品、特医食品和水产饲料，寻求技术转让或许可合作。"
        ),
        "description": _text(
            "技术指标：发酵周期96小时，生物量大于120克/升，DHA产率较行业平均水平提高约30%。",
            "知识产权：菌株保藏及发明专利2项已授权。",
            "合作方式：技术转让、独占或普通许可，可提供菌种、工艺包和现场技术指导。",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["microalgae", "functional-foods", "marine-bioactives"],
        "cooperation": ["technology-transfer", "licence"],
        "target_regions": ["global"],
        "stage": "pilot",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 200,
        "posted_days_ago": 35,
        "is_anonymous": False,
    },
    {
        "key": "coral-coast-microalgae-rd",
        "org": "coral-coast",
        "kind": "rd-request",
        "original_language": "en",
        "title": "Partner wanted to scale up tropical microalgae cultivation for omega-3 oils",
        "summary": (
            "Our lab has high-yield tropical microalgae strains for omega-3 oils and natural pigments. We seek an "
            "industrial or research partner in a tropical region with fermentation or pond facilities to take "
            "production from pilot to commercial scale."
        ),
        "description": _text(
            "Our strains grow fast at 28–34 °C and accumulate DHA and astaxanthin; we have run them in 1,000-litre "
            "photobioreactors.",
            "We need a partner with fermentation capacity above 20 m³ or open ponds, food-grade processing and "
            "experience with health-food regulation.",
            "We propose a joint R&D project, with a possible joint venture for commercial production.",
        ),
        "translated_title": "寻求合作伙伴放大热带微藻培养规模，生产Omega-3油脂",
        "translated_summary": (
            "我们拥有可高产Omega-3油脂和天然色素的热带微藻株，现寻求热带地区拥有发酵或跑道池设施的企业或研究机构，"
            "共同将生产从中试放大到商业规模。"
        ),
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["microalgae", "functional-foods"],
        "cooperation": ["rd-cooperation", "joint-venture"],
        "target_regions": ["hainan-ftp", "asean"],
        "stage": "pilot",
        "ip_status": "pending",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 160,
        "posted_days_ago": 11,
        "is_anonymous": False,
    },
    # --- Herbal health foods: Hainan maker ↔ Malaysian distributor ---
    {
        "key": "nanyao-asean-distributors",
        "org": "nanyao",
        "kind": "business-offer",
        "original_language": "zh-hans",
        "title": "海南南药保健食品寻求东盟地区进口商和经销商",
        "summary": (
            "我司益智仁、牛大力等南药系列保健食品和中药配方颗粒拥有国内批准文号和出口备案，"
            "现寻求马来西亚、新加坡、泰国等地的进口经销伙伴，可配合办理清真认证并开发联合品牌。"
        ),
        "description": _text(
            "产品线：改善睡眠、增强免疫、护肝等12款保健食品，以及30余种中药配方颗粒，均在GMP车间生产，"
            "具备重金属和农残第三方检测报告。",
            "支持政策：提供东盟各国注册所需技术资料，配合完成清真认证，首年给予市场推广费用支持。",
            "合作方式：区域独家或非独家经销协议，也可为合作伙伴提供OEM贴牌生产。",
        ),
        "translated_title": "Hainan herbal health foods: importers and distributors wanted in ASEAN",
        "translated_summary": (
            "Our health foods and granules made from Hainan's southern herbs hold Chinese approvals and export "
            "registrations. We seek importers and distributors in Malaysia, Singapore and Thailand, and can help "
            "with halal certification and co-branding."
        ),
        "sectors": ["biomedicine"],
        "subfields": ["chinese-medicine", "health-foods"],
        "keywords": ["traditional-chinese-medicine", "functional-foods"],
        "cooperation": ["distribution", "commercial-agreement"],
        "target_regions": ["asean"],
        "stage": "market",
        "ip_status": "other",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 210,
        "posted_days_ago": 7,
        "is_anonymous": False,
    },
    {
        "key": "nusantara-sourcing",
        "org": "nusantara",
        "kind": "business-request",
        "original_language": "en",
        "title": "Sourcing modern Chinese herbal health foods for 600 pharmacies in Malaysia",
        "summary": (
            "We are looking for manufacturers of herbal supplements and concentrated granules with export "
            "experience to supply our pharmacy network in Malaysia and Brunei. Halal certification or readiness "
            "to obtain it is required."
        ),
        "description": _text(
            "Demand: sleep, immunity and liver-support products are our fastest-growing categories; we expect "
            "to list 10–15 new products over the next year.",
            "Requirements: GMP manufacturing, heavy-metal and pesticide test reports, English labelling, and "
            "support for registration with Malaysia's drug regulator.",
            "We offer exclusive distribution agreements with minimum annual orders and joint marketing.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["biomedicine"],
        "subfields": ["chinese-medicine", "health-foods"],
        "keywords": ["traditional-chinese-medicine", "functional-foods"],
        "cooperation": ["distribution", "commercial-agreement"],
        "target_regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": 500_000,
        "budget_max": 1_500_000,
        "budget_currency": "USD",
        "deadline_days": 130,
        "posted_days_ago": 13,
        "is_anonymous": False,
    },
    # --- Fruit-picking robots: Haikou startup ↔ UK spin-out, plus the incubator's soft-landing offer ---
    {
        "key": "haizhi-fruit-robot",
        "org": "haizhi-robot",
        "kind": "tech-request",
        "original_language": "zh-hans",
        "title": "热带水果智能分拣机器人视觉抓取技术需求",
        "summary": (
            "芒果、荔枝等热带水果表皮易损、形状不规则，我司需要引进基于机器视觉的柔性抓取与品质分级技术，"
            "用于改造海南及东盟客户的分拣包装线，可采用技术许可或联合开发。"
        ),
        "description": _text(
            "现状：客户分拣包装线以人工为主，高峰期每天需处理200吨水果，人工成本高且分级标准不一致。",
            "技术需求：抓取破损率低于0.5%，单臂每小时不少于1800次抓取，能按大小、颜色和表面瑕疵分级。",
            "合作方式：技术许可、联合开发或核心部件采购，我方负责系统集成和本地客户服务。",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "subfields": ["robotics", "smart-manufacturing", "ai"],
        "keywords": ["robotics", "machine-vision", "agricultural-automation", "computer-vision"],
        "cooperation": ["licence", "technical-cooperation", "rd-cooperation"],
        "target_regions": ["eu", "uk-switzerland", "global"],
        "stage": "prototype",
        "ip_status": "none",
        "budget_min": 1_000_000,
        "budget_max": 3_000_000,
        "budget_currency": "CNY",
        "deadline_days": 140,
        "posted_days_ago": 6,
        "is_anonymous": False,
    },
    {
        "key": "fenland-picking",
        "org": "fenland",
        "kind": "tech-offer",
        "original_language": "en",
        "title": "Soft-touch robotic picking and grading for fragile fruit",
        "summary": (
            "Vision-guided robot arms with soft grippers that pick, grade and pack fragile, irregular fruit "
            "at 2,000 picks an hour with less than 0.3% damage. Available for licence or through integration "
            "partners in China, ASEAN and Africa."
        ),
        "description": _text(
            "How it works: 3D cameras and a neural network find each fruit and judge size, colour and blemishes; "
            "a pneumatic soft gripper adapts to the fruit's shape and places it in the right grade.",
            "Proven with strawberries, avocados and mangoes in packing houses in the UK, Spain and Kenya.",
            "We look for system integrators who will license the picking module and grading software, and for "
            "pilot customers in tropical-fruit packing.",
        ),
        "translated_title": "面向易损水果的柔性机器人抓取与分级技术",
        "translated_summary": (
            "采用视觉引导和柔性夹爪的机器人手臂，每小时可抓取、分级和包装易损、不规则水果2000个，损伤率低于0.3%。"
            "可通过技术许可或与中国、东盟及非洲的集成商合作提供。"
        ),
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "subfields": ["robotics", "ai"],
        "keywords": ["robotics", "machine-vision", "agricultural-automation", "computer-vision"],
        "cooperation": ["licence", "technical-cooperation", "distribution"],
        "target_regions": ["greater-china", "asean", "africa"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 260,
        "posted_days_ago": 21,
        "is_anonymous": False,
    },
    {
        "key": "fenland-soft-landing",
        "org": "fenland",
        "kind": "business-request",
        "original_language": "en",
        "title": "Looking for a soft-landing partner in Haikou: office, company set-up and pilot customers",
        "summary": (
            "We plan a Hainan subsidiary to serve tropical-fruit packers in southern China and ASEAN. We need an "
            "incubator or park that can help with company registration, work permits for two engineers, a small "
            "workshop and introductions to pilot customers."
        ),
        "description": _text(
            "Timeline: we would like to register the company and have engineers on site within six months.",
            "Needs: a 100–200 m² workshop with a loading door, registration of a wholly foreign-owned enterprise, "
            "work and residence permits, and advice on the Free Trade Port's tax incentives.",
            "We will pay market rates for services and are open to an incubator taking a small equity stake.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics"],
        "keywords": ["robotics", "agricultural-automation"],
        "cooperation": ["services", "commercial-agreement"],
        "target_regions": ["hainan-ftp"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 100,
        "posted_days_ago": 1,
        "is_anonymous": False,
    },
    {
        "key": "incubator-soft-landing",
        "org": "offshore-incubator",
        "kind": "business-offer",
        "original_language": "zh-hans",
        "title": "海外创新团队海口落地一站式服务：办公空间、注册、签证与场景对接",
        "summary": (
            "孵化中心为拟落地海南的海外初创团队提供6个月免租工位、公司注册代办、外籍人才工作许可、"
            "知识产权和融资对接服务，并协助对接园区企业开展应用场景试点。"
        ),
        "description": _text(
            "空间：海口国家高新区内8000平方米孵化载体，含联合办公区、小型中试车间和路演厅。",
            "服务：外商投资企业注册、银行开户、外籍人才工作许可和居留许可、知识产权申请、财税与法律咨询，"
            "以及与本地投资机构和龙头企业的对接活动。",
            "对象：人工智能、生物医药、节能环保、先进制造和工业设计领域的海外团队，已入驻团队来自12个国家。",
        ),
        "translated_title": (
            "Soft landing in Haikou for overseas teams: workspace, registration, visas and pilot customers"
        ),
        "translated_summary": (
            "Our incubator offers overseas startups moving to Hainan six months of free desks, company "
            "registration, work permits for foreign staff, IP and financing support, and introductions to "
            "local companies for pilot projects."
        ),
        "sectors": ["digital-economy", "biomedicine", "green-tech", "advanced-manufacturing", "industrial-design"],
        "subfields": ["ai", "medical-devices", "biodegradable-materials", "robotics", "chip-design"],
        "keywords": ["artificial-intelligence", "robotics", "agricultural-automation", "chip-design"],
        "cooperation": ["services", "commercial-agreement"],
        "target_regions": ["global"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 300,
        "posted_days_ago": 50,
        "is_anonymous": False,
    },
    # --- Electric two-wheelers: Haikou battery maker ↔ Thai assembler; design outsourcing ↔ Osaka studio ---
    {
        "key": "jinpeng-battery-export",
        "org": "jinpeng-ev",
        "kind": "business-offer",
        "original_language": "zh-hans",
        "title": "磷酸铁锂动力电池包及BMS出口东盟，寻求整车厂和分销伙伴",
        "summary": (
            "我司为电动两轮车、三轮车和换电柜提供48V/60V/72V磷酸铁锂电池包和电池管理系统，循环寿命2000次以上，"
            "通过UN38.3和IEC 62133认证。借助自贸港加工增值免关税政策，为东盟客户提供有竞争力的价格和本地化售后。"
        ),
        "description": _text(
            "产能：两条自动化电池包产线，年产能50万套，支持按客户车型定制外形尺寸和通信协议。",
            "质量：IP67防护，-20至60摄氏度工作温度，BMS支持远程监控和换电柜通信。",
            "合作方式：长期供货协议、区域分销或在东盟设立组装厂（技术授权加关键部件供应）。",
        ),
        "translated_title": "LFP battery packs and BMS for export to ASEAN: vehicle makers and distributors wanted",
        "translated_summary": (
            "We make 48/60/72 V LFP battery packs and battery management systems for electric two- and "
            "three-wheelers and swap cabinets, rated for over 2,000 cycles and certified to UN38.3 and "
            "IEC 62133. Free Trade Port tariff rules let us offer ASEAN customers competitive prices and local "
            "after-sales service."
        ),
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["battery", "electric-two-wheelers", "new-energy-vehicles"],
        "cooperation": ["commercial-agreement", "distribution", "manufacturing"],
        "target_regions": ["asean"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 230,
        "posted_days_ago": 16,
        "is_anonymous": False,
    },
    {
        "key": "siam-battery-supplier",
        "org": "siam-ev",
        "kind": "business-request",
        "original_language": "en",
        "title": "Supplier wanted: LFP battery packs and BMS for electric motorcycles and swap stations",
        "summary": (
            "Siam EV needs a second source of 72 V LFP battery packs with BMS for 60,000 electric motorcycles a "
            "year and our Bangkok battery-swap network. Suppliers able to ship duty-free under ASEAN–China "
            "rules are preferred."
        ),
        "description": _text(
            "Specification: 72 V, 30–40 Ah LFP packs, at least 2,000 cycles, IP67, CAN communication with our "
            "swap cabinets, UN38.3 and IEC 62133 certified.",
            "Volume: about 8,000 packs a month from the third quarter, with a two-year framework agreement.",
            "We will audit shortlisted factories and can share our cabinet protocol under NDA.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["battery", "electric-two-wheelers", "new-energy-vehicles"],
        "cooperation": ["commercial-agreement", "manufacturing"],
        "target_regions": ["greater-china", "hainan-ftp", "rcep"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": 8_000_000,
        "budget_max": 12_000_000,
        "budget_currency": "USD",
        "deadline_days": 110,
        "posted_days_ago": 3,
        "is_anonymous": False,
    },
    {
        "key": "siam-battery-analytics",
        "org": "siam-ev",
        "kind": "tech-request",
        "original_language": "en",
        "title": "Battery-health analytics for a fleet of 20,000 swap batteries",
        "summary": (
            "We need software that predicts the state of health and remaining life of each battery in our swap "
            "network from BMS data, so we can retire weak packs early and plan purchases. Licence or joint "
            "development."
        ),
        "description": _text(
            "Data: our cabinets log voltage, current and temperature every 10 seconds for each of 20,000 packs; "
            "three years of history are available.",
            "Requirements: state-of-health estimates within 3%, alerts for packs at risk of thermal events, and "
            "an API to our fleet management system.",
            "We are open to licensing an existing platform or to a joint development project.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "subfields": ["new-energy-vehicles", "big-data"],
        "keywords": ["battery", "big-data", "artificial-intelligence", "electric-two-wheelers"],
        "cooperation": ["licence", "technical-cooperation"],
        "target_regions": ["greater-china", "rcep"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": 200_000,
        "budget_max": 600_000,
        "budget_currency": "USD",
        "deadline_days": 150,
        "posted_days_ago": 8,
        "is_anonymous": False,
    },
    {
        "key": "jinpeng-battery-cloud",
        "org": "jinpeng-ev",
        "kind": "tech-offer",
        "original_language": "zh-hans",
        "title": "基于大数据的动力电池健康度评估与云端BMS平台",
        "summary": (
            "平台接入电池管理系统实时数据，利用机器学习模型评估电池健康度（SOH）和剩余寿命，提前预警热失控风险，"
            "已管理10万余块电动两轮车和换电电池。"
        ),
        "description": _text(
            "技术指标：SOH估算误差小于3%，热失控风险提前72小时预警，支持主流BMS通信协议接入。",
            "应用案例：服务省内外4家换电运营商，电池提前退役率下降约20%。",
            "合作方式：软件许可、私有化部署或联合开发，可提供英文界面和海外数据中心部署。",
        ),
        "translated_title": "Cloud BMS platform that rates battery health from big data",
        "translated_summary": (
            "Our platform takes live BMS data and uses machine-learning models to estimate each battery's state "
            "of health and remaining life and to warn of thermal-runaway risk. It already manages more than "
            "100,000 two-wheeler and swap batteries."
        ),
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "subfields": ["new-energy-vehicles", "big-data"],
        "keywords": ["battery", "big-data", "artificial-intelligence", "electric-two-wheelers"],
        "cooperation": ["licence", "technical-cooperation"],
        "target_regions": ["asean", "global"],
        "stage": "market",
        "ip_status": "other",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 190,
        "posted_days_ago": 19,
        "is_anonymous": False,
    },
    {
        "key": "jinpeng-design-outsourcing",
        "org": "jinpeng-ev",
        "kind": "business-request",
        "original_language": "zh-hans",
        "title": "电动两轮车新车型外观与人机工程设计外包",
        "summary": (
            "为面向东盟市场的新一代电动摩托车寻找工业设计合作伙伴，负责造型设计、人机工程、CMF方案和可制造性评审，"
            "希望合作方有两轮车或交通工具设计经验。"
        ),
        "description": _text(
            "项目范围：两款车型（通勤型和外卖配送型）的概念设计、油泥模型、三维数据和CMF方案。",
            "要求：有摩托车、电动车或其他交通工具设计案例；能适应东南亚用户的体型和使用习惯；项目周期约8个月。",
            "合作方式：设计服务合同，设计团队可远程协作，关键评审节点在海口进行。",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["industrial-design", "advanced-manufacturing"],
        "subfields": ["equipment-design", "new-energy-vehicles"],
        "keywords": ["industrial-design", "electric-two-wheelers", "ux-design"],
        "cooperation": ["services", "commercial-agreement"],
        "target_regions": ["east-asia", "eu", "global"],
        "stage": "idea",
        "ip_status": "none",
        "budget_min": 800_000,
        "budget_max": 1_500_000,
        "budget_currency": "CNY",
        "deadline_days": 75,
        "posted_days_ago": 5,
        "is_anonymous": False,
    },
    {
        "key": "kansai-design-services",
        "org": "kansai-design",
        "kind": "business-offer",
        "original_language": "en",
        "title": "Industrial design for vehicles and machinery, from concept to design for manufacture",
        "summary": (
            "Our Osaka studio designs electric scooters, motorcycles, machinery and medical equipment: styling, "
            "ergonomics, colour and materials, and engineering reviews for manufacture. We are looking for "
            "manufacturers in China and ASEAN."
        ),
        "description": _text(
            "Track record: 120 products launched, including three electric scooters for markets in Japan and "
            "Taiwan, China, and a range of laboratory instruments.",
            "Services: user research, concept sketches, clay and 3D models, CMF, and design-for-manufacture "
            "reviews with the client's engineers.",
            "We work remotely with on-site workshops at key milestones, under fixed-price design contracts.",
        ),
        "translated_title": "交通工具与装备工业设计：从概念到可制造性设计",
        "translated_summary": (
            "我们位于大阪的设计工作室为电动滑板车、摩托车、机械和医疗设备提供造型、人机工程、色彩材料（CMF）"
            "及可制造性评审服务，现寻求中国和东盟的制造企业客户。"
        ),
        "sectors": ["industrial-design", "advanced-manufacturing"],
        "subfields": ["equipment-design", "new-energy-vehicles"],
        "keywords": ["industrial-design", "electric-two-wheelers", "ux-design"],
        "cooperation": ["services", "commercial-agreement"],
        "target_regions": ["greater-china", "asean"],
        "stage": "market",
        "ip_status": "other",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 200,
        "posted_days_ago": 24,
        "is_anonymous": False,
    },
    {
        "key": "kansai-xr-partner",
        "org": "kansai-design",
        "kind": "business-request",
        "original_language": "en",
        "title": "Local partner wanted for 3D product visualisation and virtual showrooms in China",
        "summary": (
            "We need a Chinese digital-creative studio to build interactive 3D configurators and XR showrooms "
            "for our clients' machinery, in Chinese, for trade fairs and online sales."
        ),
        "description": _text(
            "Our Japanese clients are entering the Chinese market and need product presentations that work on "
            "WeChat, in browsers and on VR headsets at trade fairs.",
            "We supply CAD data and design guidelines; the partner builds real-time 3D models, configurators "
            "and virtual showrooms, and localises the content.",
            "We expect four to six projects a year under a framework services agreement.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["industrial-design"],
        "subfields": ["digital-creative-design"],
        "keywords": ["digital-creative", "extended-reality", "industrial-design"],
        "cooperation": ["services", "commercial-agreement"],
        "target_regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": 50_000,
        "budget_max": 200_000,
        "budget_currency": "USD",
        "deadline_days": 120,
        "posted_days_ago": 10,
        "is_anonymous": False,
    },
    {
        "key": "daoyu-xr-services",
        "org": "daoyu-design",
        "kind": "business-offer",
        "original_language": "zh-hans",
        "title": "三维产品可视化与虚拟展厅设计服务，面向出海企业及海外品牌",
        "summary": (
            "我们为装备、消费电子和文旅客户提供实时三维产品展示、在线配置器、VR/AR虚拟展厅和数字孪生园区设计服务，"
            "支持中英日多语种内容，欢迎海外品牌和设计机构合作。"
        ),
        "description": _text(
            "案例：为省内重点园区打造数字孪生招商展厅，为出口装备企业制作多语种三维配置器，为国际会展提供VR展台。",
            "能力：三维建模与实时渲染团队30人，熟悉微信小程序、网页和主流头显设备开发。",
            "合作方式：项目制设计服务或年度框架协议，可作为海外设计机构的中国本地执行伙伴。",
        ),
        "translated_title": "3D product visualisation and virtual showrooms for exporters and overseas brands",
        "translated_summary": (
            "We build real-time 3D product displays, online configurators, VR/AR showrooms and digital twins of "
            "industrial parks for machinery, electronics and tourism clients, in Chinese, English and Japanese. "
            "Overseas brands and design studios are welcome."
        ),
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["digital-creative-design"],
        "keywords": ["digital-creative", "extended-reality", "ux-design"],
        "cooperation": ["services", "commercial-agreement"],
        "target_regions": ["east-asia", "eu", "global"],
        "stage": "market",
        "ip_status": "other",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 180,
        "posted_days_ago": 17,
        "is_anonymous": False,
    },
    # --- Water-quality monitoring: Hainan SME ↔ Israeli startup, in both directions ---
    {
        "key": "qingshui-aquaculture-iot",
        "org": "qingshui",
        "kind": "tech-request",
        "original_language": "zh-hans",
        "title": "近海水产养殖水质在线监测物联网浮标技术需求",
        "summary": (
            "为文昌、陵水等地近海养殖区部署200套水质在线监测浮标，需要低功耗、抗生物附着、可长期无人值守的"
            "多参数传感器和预警平台技术，欢迎有海外应用案例的团队合作。"
        ),
        "description": _text(
            "背景：近海网箱和深水养殖快速发展，夏季高温易发生缺氧和赤潮，养殖户急需实时预警。",
            "技术需求：监测溶解氧、pH、盐度、浊度和叶绿素；传感器免维护周期不少于3个月；"
            "太阳能供电，支持4G/北斗通信；平台具备预警和数据开放接口。",
            "合作方式：技术许可、本地化生产或技术合作，我方负责安装运维和政府项目对接。",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "iot"],
        "keywords": ["water-quality", "environmental-monitoring", "iot", "marine-ecology"],
        "cooperation": ["technical-cooperation", "licence", "manufacturing"],
        "target_regions": ["middle-east", "eu", "global"],
        "stage": "pilot",
        "ip_status": "none",
        "budget_min": 3_000_000,
        "budget_max": 6_000_000,
        "budget_currency": "CNY",
        "deadline_days": 170,
        "posted_days_ago": 9,
        "is_anonymous": False,
    },
    {
        "key": "aquasense-buoys",
        "org": "aquasense",
        "kind": "tech-offer",
        "original_language": "en",
        "title": "Solar-powered water-quality buoys with anti-fouling sensors and an early-warning cloud",
        "summary": (
            "Multi-parameter buoys that measure dissolved oxygen, pH, salinity, turbidity and chlorophyll for six "
            "months without cleaning, with a cloud platform that warns fish farmers of low oxygen and algal "
            "blooms. Licence, distribution or local assembly."
        ),
        "description": _text(
            "Technology: optical sensors behind a patented ultrasonic anti-fouling window, solar power with five "
            "days of battery reserve, and LTE or satellite links.",
            "Results: 900 buoys installed at fish farms in Israel, Greece, Norway and Vietnam; customers report "
            "40% fewer fish losses from oxygen events.",
            "We look for partners in China and South-East Asia to distribute, assemble locally or license the "
            "technology, and to run installation and maintenance.",
        ),
        "translated_title": "太阳能水质监测浮标：抗生物附着传感器与云端预警平台",
        "translated_summary": (
            "多参数浮标可连续六个月免清洗监测溶解氧、pH、盐度、浊度和叶绿素，配套云平台可向养殖户预警缺氧和藻华。"
            "可采用技术许可、分销或本地组装方式合作。"
        ),
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "iot"],
        "keywords": ["water-quality", "environmental-monitoring", "iot", "marine-ecology"],
        "cooperation": ["licence", "distribution", "manufacturing", "technical-cooperation"],
        "target_regions": ["asean", "greater-china"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 250,
        "posted_days_ago": 28,
        "is_anonymous": False,
    },
    {
        "key": "aquasense-reef-trial",
        "org": "aquasense",
        "kind": "rd-request",
        "original_language": "en",
        "title": "Field-testing partner for coral-reef monitoring sensors in tropical waters",
        "summary": (
            "We are developing a low-cost sensor node that tracks temperature, light and acidity on coral reefs to "
            "predict bleaching. We seek a partner with monitoring stations and a field team in tropical waters to "
            "run a 12-month trial."
        ),
        "description": _text(
            "The prototype logs every five minutes and sends data by acoustic modem to a surface buoy; "
            "our bleaching-risk model has been trained on Red Sea data.",
            "The partner would host 20 nodes at existing monitoring sites, service them quarterly and share "
            "reference measurements.",
            "Results and co-authored publications would be shared; we can apply together for research funding.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["marine-ecology", "environmental-monitoring", "water-quality"],
        "cooperation": ["rd-cooperation", "technical-cooperation"],
        "target_regions": ["hainan-ftp", "asean", "oceania"],
        "stage": "prototype",
        "ip_status": "pending",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 140,
        "posted_days_ago": 14,
        "is_anonymous": False,
    },
    {
        "key": "qingshui-coastal-stations",
        "org": "qingshui",
        "kind": "tech-offer",
        "original_language": "zh-hans",
        "title": "近岸海域生态在线监测站及大数据预警平台",
        "summary": (
            "自主研发的岸基与浮标一体化监测站，可连续监测水温、盐度、叶绿素、溶解氧和营养盐，"
            "配套大数据预警平台已在海南12个近岸海域点位稳定运行三年以上，可为合作方提供野外测试场地和运维团队。"
        ),
        "description": _text(
            "系统组成：岸基站、浮标站、数据传输和大数据分析预警平台，支持赤潮、缺氧和珊瑚白化风险预警。",
            "运维能力：在海口、文昌、三亚等地设有运维站点，可为海外团队的新型传感器提供野外比测和长期运行测试。",
            "合作方式：技术合作、联合研发或监测运维服务。",
        ),
        "translated_title": "Coastal ecological monitoring stations with a big-data early-warning platform",
        "translated_summary": (
            "Our integrated shore and buoy stations measure temperature, salinity, chlorophyll, dissolved oxygen "
            "and nutrients. The early-warning platform has run at 12 coastal sites in Hainan for over three years, "
            "and we can offer partners field test sites and a maintenance team."
        ),
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "big-data"],
        "keywords": ["environmental-monitoring", "marine-ecology", "water-quality", "big-data"],
        "cooperation": ["technical-cooperation", "rd-cooperation", "services"],
        "target_regions": ["global"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 220,
        "posted_days_ago": 38,
        "is_anonymous": False,
    },
    {
        "key": "aquasense-seed-extension",
        "org": "aquasense",
        "kind": "investment-request",
        "original_language": "en",
        "title": "USD 2 million seed extension to open an Asia-Pacific hub",
        "summary": (
            "A water-quality monitoring company with 900 buoys installed is raising USD 2 million to open an "
            "Asia-Pacific office, assemble buoys locally and serve aquaculture customers in China and ASEAN."
        ),
        "description": _text(
            "Revenue of USD 1.8 million last year, 60% of it recurring from monitoring subscriptions.",
            "Use of funds: a regional hub with assembly and service (50%), sales in China, Vietnam and Indonesia "
            "(30%), and working capital (20%).",
            "We prefer investors who can help with government aquaculture programmes and local manufacturing.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "iot"],
        "keywords": ["water-quality", "iot", "environmental-monitoring"],
        "cooperation": ["investment"],
        "target_regions": ["asean", "greater-china", "rcep"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": 1_500_000,
        "budget_max": 2_500_000,
        "budget_currency": "USD",
        "deadline_days": 90,
        "posted_days_ago": 26,
        "is_anonymous": True,
    },
    # --- Edge-AI chips: Haikou chip startup ↔ Korean IP vendor and US fund ---
    {
        "key": "xinhai-edge-ai-chip",
        "org": "xinhai-micro",
        "kind": "rd-request",
        "original_language": "zh-hans",
        "title": "联合研发面向物联网终端的端侧AI低功耗芯片",
        "summary": (
            "我司拟在自研物联网无线SoC中集成低功耗神经网络加速单元，寻求拥有RISC-V加速器IP的海外团队联合设计，"
            "实现语音唤醒和图像识别功耗低于1毫瓦，可采用IP授权加联合研发模式。"
        ),
        "description": _text(
            "项目基础：首款蓝牙/星闪双模SoC已在22纳米工艺完成流片验证，已有智能家居和可穿戴客户意向订单。",
            "合作内容：加速器IP集成、软件工具链移植、低功耗优化和联合流片验证，目标12个月内完成样片。",
            "合作方式：IP授权加联合研发，可在江东新区共建联合实验室，申请自贸港集成电路扶持资金。",
        ),
        "translated_title": "Co-develop a low-power edge-AI chip for IoT devices",
        "translated_summary": (
            "We plan to add a low-power neural accelerator to our own IoT wireless SoC and seek an overseas team "
            "with RISC-V accelerator IP to co-design it, reaching under one milliwatt for keyword spotting and "
            "image recognition, under an IP licence plus joint development."
        ),
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["chip-design", "iot", "ai"],
        "keywords": ["chip-design", "risc-v", "edge-computing", "artificial-intelligence", "iot"],
        "cooperation": ["rd-cooperation", "licence"],
        "target_regions": ["east-asia", "eu", "north-america"],
        "stage": "research",
        "ip_status": "pending",
        "budget_min": 3_000_000,
        "budget_max": 8_000_000,
        "budget_currency": "CNY",
        "deadline_days": 160,
        "posted_days_ago": 12,
        "is_anonymous": False,
    },
    {
        "key": "hanbit-npu-ip",
        "org": "hanbit",
        "kind": "tech-offer",
        "original_language": "en",
        "title": "Sub-milliwatt RISC-V neural accelerator IP for IoT chips",
        "summary": (
            "Silicon-proven neural processing IP that runs keyword spotting and image classification under one "
            "milliwatt, with a RISC-V control core and a compiler for TensorFlow Lite and PyTorch models. "
            "Licence with integration support."
        ),
        "description": _text(
            "Performance: 0.4 mW for always-on keyword spotting and 0.9 mW for person detection at 1 frame per "
            "second, measured on 22 nm silicon.",
            "Deliverables: RTL, verification suite, FPGA reference design, compiler and model zoo, with "
            "engineering support through tape-out.",
            "We license per design with royalties, and welcome joint development with SoC teams in China and "
            "South-East Asia.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["chip-design", "ai", "iot"],
        "keywords": ["chip-design", "risc-v", "edge-computing", "artificial-intelligence"],
        "cooperation": ["licence", "rd-cooperation", "technical-cooperation"],
        "target_regions": ["greater-china", "rcep"],
        "stage": "prototype",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 280,
        "posted_days_ago": 31,
        "is_anonymous": False,
    },
    {
        "key": "hanbit-agri-nodes",
        "org": "hanbit",
        "kind": "rd-request",
        "original_language": "en",
        "title": "Co-develop smart-agriculture sensor nodes with an IoT module maker",
        "summary": (
            "We want to build battery-free sensor nodes that detect pests and crop stress on the device, using "
            "our neural accelerator. We seek an IoT module maker or SoC team to co-develop a reference design "
            "for tropical plantations."
        ),
        "description": _text(
            "The node would classify insect images and leaf colour locally and send only alerts, running for "
            "years on a small solar cell.",
            "We bring the accelerator IP and models; the partner brings a wireless SoC or module, field sites and "
            "manufacturing.",
            "Joint R&D with shared IP, aimed at a pilot in a tropical region within 18 months.",
        ),
        "translated_title": "联合物联网模组厂商开发智慧农业传感节点",
        "translated_summary": (
            "我们计划利用自有神经网络加速器，开发可在端侧识别病虫害和作物胁迫的免电池传感节点，"
            "现寻求物联网模组厂商或SoC团队联合开发面向热带种植园的参考设计。"
        ),
        "sectors": ["digital-economy", "industrial-design"],
        "subfields": ["iot", "chip-design"],
        "keywords": ["iot", "edge-computing", "chip-design", "agricultural-automation"],
        "cooperation": ["rd-cooperation"],
        "target_regions": ["greater-china", "asean"],
        "stage": "prototype",
        "ip_status": "pending",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 180,
        "posted_days_ago": 4,
        "is_anonymous": False,
    },
    {
        "key": "xinhai-angel-plus",
        "org": "xinhai-micro",
        "kind": "investment-request",
        "original_language": "zh-hans",
        "title": "物联网芯片设计初创企业天使+轮融资3000万元",
        "summary": (
            "芯海微电子首款物联网无线SoC已流片成功，现开启天使+轮融资3000万元，用于第二代端侧AI芯片研发和量产导入，"
            "欢迎半导体领域的境内外投资机构。"
        ),
        "description": _text(
            "团队：核心成员12人，均有十年以上芯片设计经验，已申请发明专利9项。",
            "进展：首款芯片完成流片和客户送样，获得3家智能家居客户的设计导入。",
            "资金用途：第二代芯片研发和流片（60%）、量产测试（25%）、市场推广（15%）。",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["chip-design", "iot"],
        "keywords": ["chip-design", "iot", "risc-v"],
        "cooperation": ["investment"],
        "target_regions": ["global"],
        "stage": "prototype",
        "ip_status": "pending",
        "budget_min": 25_000_000,
        "budget_max": 35_000_000,
        "budget_currency": "CNY",
        "deadline_days": 130,
        "posted_days_ago": 2,
        "is_anonymous": False,
    },
    # --- Construction waste: Hainan recycler ↔ Canadian sorting lines and Swiss fund ---
    {
        "key": "xunhuan-smart-sorting",
        "org": "xunhuan",
        "kind": "tech-request",
        "original_language": "zh-hans",
        "title": "建筑垃圾智能分选与高品质再生骨料技术需求",
        "summary": (
            "我司现有生产线以人工分拣为主，木材、塑料等轻物质杂质含量偏高。希望引进基于机器视觉和机器人的智能分选技术，"
            "将再生骨料杂质率降到0.5%以下，可采用设备采购加技术许可或合资方式。"
        ),
        "description": _text(
            "现状：年处理建筑垃圾100万吨，再生骨料主要用于道路基层，高附加值的混凝土用骨料因杂质率偏高无法达标。",
            "技术需求：高光谱或视觉识别加机器人分拣，处理能力每小时不少于150吨，适应海南高温高湿环境。",
            "合作方式：技术许可、设备采购或合资建设示范线，可申请海南省固废资源化示范项目支持。",
        ),
        "translated_title": "Smart sorting for construction waste and high-grade recycled aggregate",
        "translated_summary": (
            "Our line relies on manual picking and leaves too much wood and plastic in the aggregate. We want "
            "machine-vision and robotic sorting that brings impurities below 0.5%, through equipment purchase "
            "with a licence, or a joint venture."
        ),
        "sectors": ["green-tech", "advanced-manufacturing"],
        "subfields": ["solid-waste-reuse", "robotics"],
        "keywords": ["construction-waste", "solid-waste", "machine-vision", "robotics"],
        "cooperation": ["licence", "joint-venture", "technical-cooperation"],
        "target_regions": ["north-america", "eu", "global"],
        "stage": "pilot",
        "ip_status": "none",
        "budget_min": 10_000_000,
        "budget_max": 20_000_000,
        "budget_currency": "CNY",
        "deadline_days": 200,
        "posted_days_ago": 20,
        "is_anonymous": False,
    },
    {
        "key": "boreal-sorting-lines",
        "org": "boreal",
        "kind": "tech-offer",
        "original_language": "en",
        "title": "AI-guided sorting lines for construction and demolition waste",
        "summary": (
            "Hyperspectral cameras and robotic pickers that separate concrete, wood, metals and plastics from "
            "construction waste at 150 tonnes an hour, producing aggregate with under 0.5% impurities. Licence, "
            "joint venture or turnkey supply."
        ),
        "description": _text(
            "Results: 24 plants in Canada and the United States, average recovery above 90%, and recycled "
            "aggregate accepted for structural concrete.",
            "The system: a hyperspectral and 3D vision module, AI classification trained on 40 million images, "
            "and four-arm robotic picking stations that fit existing lines.",
            "We look for recyclers in Asia for turnkey projects, licensing with local assembly, or a joint venture.",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["green-tech", "advanced-manufacturing"],
        "subfields": ["solid-waste-reuse", "robotics"],
        "keywords": ["construction-waste", "solid-waste", "machine-vision", "robotics", "artificial-intelligence"],
        "cooperation": ["licence", "joint-venture", "distribution"],
        "target_regions": ["greater-china", "asean"],
        "stage": "market",
        "ip_status": "granted",
        "budget_min": None,
        "budget_max": None,
        "budget_currency": None,
        "deadline_days": 240,
        "posted_days_ago": 42,
        "is_anonymous": False,
    },
    {
        "key": "xunhuan-plant-upgrade",
        "org": "xunhuan",
        "kind": "investment-request",
        "original_language": "zh-hans",
        "title": "建筑垃圾资源化智能工厂升级项目引资8000万元",
        "summary": (
            "某海口固废资源化企业计划将现有再生骨料工厂升级为智能分选工厂，并新建装配式再生建材构件产线，"
            "拟引入战略投资8000万元，可采用股权投资或合资方式。"
        ),
        "description": _text(
            "项目概况：总投资1.2亿元，建成后年处理建筑垃圾150万吨，高品质再生骨料占比由30%提升至70%。",
            "收益预测：达产后年营业收入约1.5亿元，投资回收期约6年，年减少碳排放约12万吨。",
            "合作方式：股权投资或合资设立项目公司，欢迎关注循环经济和碳减排的境内外投资机构。",
        ),
        "translated_title": "",
        "translated_summary": "",
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["construction-waste", "solid-waste", "carbon-management"],
        "cooperation": ["investment", "joint-venture"],
        "target_regions": ["global"],
        "stage": "market",
        "ip_status": "none",
        "budget_min": 60_000_000,
        "budget_max": 80_000_000,
        "budget_currency": "CNY",
        "deadline_days": 240,
        "posted_days_ago": 29,
        "is_anonymous": True,
    },
]
