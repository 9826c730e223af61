"""The judged set of ``bench/matching_quality.py``: listings as real users post them, and an expert's judgement.

Pure Python literals. Organisations and people are fictional. Every listing is written the way a user
of the marketplace writes one: in one language, or in two when its owner gave a translation; tagged
with the real vocabulary codes (``demo/sectors.py``, ``demo/marketplace.py``), often imperfectly (a
close keyword instead of the exact one, a forgotten sector, no keyword at all), because that is what
users do. Where the vocabulary has no term for what a listing is about, it carries the closest one.

``ORGANISATIONS``: key → name, country (ISO code), city and kind.

``LISTINGS``: every listing, published. ``text`` maps a language to ``(title, summary)``; the first
language is the one the owner wrote in, a second one is the owner's own translation. The description
is the summary (scoring reads titles and summaries). ``subfields``, ``keywords`` and ``regions`` may
be left out (users skip them); ``budget`` is ``(from, up to, currency)`` when stated.

``JUDGEMENTS``: request key → the listings of the set that are acceptable partners for it (complete:
a listing not named is not one), why, and hand-noted traits. ``near-miss``: the set holds listings
that share broad terms (sector, "AI", "licence agreement", a region) but do not fit;
``imperfect-tags``: the request or its partner is tagged with a close but different term, or misses
one; ``same-org-decoy``: the requester's own organisation has a fitting listing, which must never be
matched. Whether a pair crosses languages or kinds is worked out by the script. A request with no
partner is one no listing of the set serves: it must get no strong match.

The judgement is about what a person would want to be introduced to, not about what the codes say.
"""

ORGANISATIONS = {
    # --- Overseas ---
    "kielo": {"name": "Kielo Learning Oy", "country": "FI", "city": "Helsinki", "kind": "startup"},
    "northern-lights": {"name": "Northern Lights Games Oy", "country": "FI", "city": "Oulu", "kind": "startup"},
    "saimaa": {
        "name": "Saimaa University of Technology — Biomaterials Group",
        "country": "FI",
        "city": "Lappeenranta",
        "kind": "research",
    },
    "pelto": {"name": "Pelto Biomaterials Oy", "country": "FI", "city": "Tampere", "kind": "startup"},
    "hiilitase": {"name": "Hiilitase Analytics Oy", "country": "FI", "city": "Espoo", "kind": "startup"},
    "arktika": {"name": "Arktika Medical Oy", "country": "FI", "city": "Oulu", "kind": "sme"},
    "simulo": {"name": "Simulo XR Oy", "country": "FI", "city": "Tampere", "kind": "startup"},
    "pulsewave": {"name": "Pulsewave Medical AS", "country": "NO", "city": "Trondheim", "kind": "startup"},
    "havbruk": {"name": "Havbruk Sensor AS", "country": "NO", "city": "Bergen", "kind": "sme"},
    "vestkyst": {"name": "Vestkyst Composite Design AS", "country": "NO", "city": "Ålesund", "kind": "sme"},
    "nordnet": {"name": "Nordic Net Circularity AS", "country": "NO", "city": "Tromsø", "kind": "sme"},
    "iris": {"name": "Iris Medical AI Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "startup"},
    "merlion": {"name": "Merlion Conversational AI Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "startup"},
    "dataguard": {"name": "Straits Data Guard Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "startup"},
    "paylink": {"name": "Straits PayLink Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "startup"},
    "tropical-passive": {
        "name": "Tropical Passive Architects Pte. Ltd.",
        "country": "SG",
        "city": "Singapore",
        "kind": "sme",
    },
    "coolgrid": {"name": "CoolGrid Analytics Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "startup"},
    "osteo3d": {"name": "Osteo3D Medical Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "sme"},
    "lenscraft": {"name": "LensCraft AR Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "startup"},
    "clearsight": {"name": "ClearSight Optics Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "sme"},
    "seri": {"name": "Seri Halal Cosmetics Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "sme"},
    "huayu": {"name": "HuaYu Learning Content Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "sme"},
    "lattice": {"name": "Lattice UX Studio Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "sme"},
    "meridian": {
        "name": "Meridian Medical Translation Pte. Ltd.",
        "country": "SG",
        "city": "Singapore",
        "kind": "service-provider",
    },
    "lionheart": {
        "name": "Lionheart Cell Therapeutics Pte. Ltd.",
        "country": "SG",
        "city": "Singapore",
        "kind": "startup",
    },
    "aqualoop": {"name": "AquaLoop Water Systems Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "sme"},
    "kampong-angels": {"name": "Kampong Angels Network", "country": "SG", "city": "Singapore", "kind": "investor"},
    "lastmile": {"name": "LastMile Logic Pte. Ltd.", "country": "SG", "city": "Singapore", "kind": "startup"},
    "skycheck": {
        "name": "SkyCheck Inspection Pte. Ltd.",
        "country": "SG",
        "city": "Singapore",
        "kind": "service-provider",
    },
    "titanform": {"name": "TitanForm Additive GmbH", "country": "DE", "city": "Aachen", "kind": "sme"},
    "rheinland": {"name": "Rheinland Biopolymere GmbH", "country": "DE", "city": "Ludwigshafen", "kind": "sme"},
    "kompostix": {"name": "Kompostix GmbH", "country": "DE", "city": "Berlin", "kind": "startup"},
    "pharmaline": {"name": "Pharmaline Systems GmbH", "country": "DE", "city": "Darmstadt", "kind": "sme"},
    "thermodrive": {"name": "Thermodrive Automotive GmbH", "country": "DE", "city": "Stuttgart", "kind": "sme"},
    "energiehaus": {"name": "Energiehaus Contracting GmbH", "country": "DE", "city": "Hamburg", "kind": "sme"},
    "agrosight": {"name": "Agrosight GmbH", "country": "DE", "city": "Munich", "kind": "startup"},
    "bioprozess": {"name": "BioProzess CDMO GmbH", "country": "DE", "city": "Marburg", "kind": "enterprise"},
    "schweisstec": {"name": "Schweisstec Robotik GmbH", "country": "DE", "city": "Chemnitz", "kind": "sme"},
    "ramanx": {"name": "RamanX Analytik GmbH", "country": "DE", "city": "Jena", "kind": "startup"},
    "rhein-main": {
        "name": "Rhein-Main University Hospital — Gene Therapy Unit",
        "country": "DE",
        "city": "Frankfurt am Main",
        "kind": "research",
    },
    "orbitlink": {"name": "OrbitLink Ground Systems GmbH", "country": "DE", "city": "Bremen", "kind": "sme"},
    "passivbau": {"name": "PassivBau Digital GmbH", "country": "DE", "city": "Freiburg", "kind": "startup"},
    "dermalux": {"name": "Dermalux Lasertechnik GmbH", "country": "DE", "city": "Munich", "kind": "sme"},
    "machinewatch": {"name": "MachineWatch Sensorik GmbH", "country": "DE", "city": "Dresden", "kind": "startup"},
    "borneo-bazaar": {"name": "Borneo Bazaar Sdn. Bhd.", "country": "MY", "city": "Kuching", "kind": "sme"},
    "sihat": {"name": "Sihat Pharmacy Sdn. Bhd.", "country": "MY", "city": "George Town", "kind": "enterprise"},
    "segar": {"name": "Segar Mart Sdn. Bhd.", "country": "MY", "city": "Johor Bahru", "kind": "enterprise"},
    "tebu": {"name": "Tebu Green Packaging Sdn. Bhd.", "country": "MY", "city": "Ipoh", "kind": "sme"},
    "lembah": {
        "name": "Lembah Rubber Plantations Berhad",
        "country": "MY",
        "city": "Kuala Lumpur",
        "kind": "enterprise",
    },
    "klinik-rakyat": {
        "name": "Klinik Rakyat Group Sdn. Bhd.",
        "country": "MY",
        "city": "Kuala Lumpur",
        "kind": "enterprise",
    },
    "utm": {
        "name": "Universiti Tropika Malaysia — Herbal Research Centre",
        "country": "MY",
        "city": "Serdang",
        "kind": "research",
    },
    "sawitbio": {"name": "SawitBio Polymers Sdn. Bhd.", "country": "MY", "city": "Kuantan", "kind": "startup"},
    "durian-king": {"name": "Durian King Orchards Sdn. Bhd.", "country": "MY", "city": "Raub", "kind": "sme"},
    "shelfeye": {"name": "ShelfEye Vision Sdn. Bhd.", "country": "MY", "city": "Kuala Lumpur", "kind": "startup"},
    "volga": {"name": "Volga Speech Technologies LLC", "country": "RU", "city": "Kazan", "kind": "sme"},
    "neva": {"name": "Neva Pharm JSC", "country": "RU", "city": "Saint Petersburg", "kind": "enterprise"},
    "taiga": {"name": "Taiga Naturals LLC", "country": "RU", "city": "Novosibirsk", "kind": "sme"},
    "polar-orbit": {"name": "Polar Orbit Data LLC", "country": "RU", "city": "Moscow", "kind": "startup"},
    "ledgerport": {"name": "Ledgerport B.V.", "country": "NL", "city": "Rotterdam", "kind": "startup"},
    "circulair": {"name": "Circulair PHA B.V.", "country": "NL", "city": "Eindhoven", "kind": "startup"},
    "baltic-secure": {"name": "Baltic Secure OÜ", "country": "EE", "city": "Tallinn", "kind": "sme"},
    "bluebuoy": {"name": "BlueBuoy Analytics Ltd.", "country": "IL", "city": "Haifa", "kind": "startup"},
    "cascade": {"name": "Cascade Sorting Robotics Inc.", "country": "CA", "city": "Vancouver", "kind": "sme"},
    "orchard-hands": {"name": "Orchard Hands Robotics Ltd", "country": "GB", "city": "Cambridge", "kind": "startup"},
    "kyoto-form": {"name": "Kyoto Form Design K.K.", "country": "JP", "city": "Kyoto", "kind": "sme"},
    "saebyeok": {"name": "Saebyeok Semiconductor Inc.", "country": "KR", "city": "Seongnam", "kind": "startup"},
    "radiocore": {"name": "Radiocore Semiconductor IP Oy", "country": "FI", "city": "Oulu", "kind": "startup"},
    "k-cycle": {"name": "K-Cycle Battery Materials Co., Ltd.", "country": "KR", "city": "Ulsan", "kind": "sme"},
    "pacific-crest": {"name": "Pacific Crest Ventures", "country": "US", "city": "San Francisco", "kind": "investor"},
    "lakeshore": {"name": "Lakeshore Climate Partners AG", "country": "CH", "city": "Zurich", "kind": "investor"},
    "coralsea": {
        "name": "Coral Sea University — Marine Bioproducts Lab",
        "country": "AU",
        "city": "Townsville",
        "kind": "research",
    },
    "rhone": {"name": "Rhône Diagnostics SAS", "country": "FR", "city": "Lyon", "kind": "sme"},
    "chaophraya": {"name": "Chao Phraya EV Parts Co., Ltd.", "country": "TH", "city": "Bangkok", "kind": "enterprise"},
    "nusa": {"name": "PT Nusa Rumput Laut", "country": "ID", "city": "Makassar", "kind": "sme"},
    # --- Haikou and Hainan ---
    "yeyu": {"name": "海口椰屿体验设计有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "yiqiao": {"name": "海南译桥语言科技有限公司", "country": "CN", "city": "Haikou", "kind": "service-provider"},
    "zhiyu": {"name": "海口智语科技有限公司", "country": "CN", "city": "Haikou", "kind": "startup"},
    "yelin-games": {"name": "海口椰林互动娱乐有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "yangpu-logistics": {"name": "海南洋浦港航物流有限公司", "country": "CN", "city": "Danzhou", "kind": "enterprise"},
    "nongchain": {"name": "海南农链科技有限公司", "country": "CN", "city": "Haikou", "kind": "startup"},
    "youxuan": {"name": "海南跨境优选电子商务有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "huandao": {"name": "海南环岛免税品集团有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "xinchuang": {"name": "海口信创云数据服务有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "haiyun": {"name": "海南国际离岸数据中心有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "tanhui": {"name": "海口碳惠科技有限公司", "country": "CN", "city": "Haikou", "kind": "startup"},
    "smartcity": {"name": "海口城市物联科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "yilian-5g": {"name": "海南移联5G专网科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "chengmai-coop": {"name": "澄迈县热带水果种植专业合作社", "country": "CN", "city": "Chengmai", "kind": "sme"},
    "nongfei": {"name": "海南农飞植保科技有限公司", "country": "CN", "city": "Ding'an", "kind": "sme"},
    "guozhi": {"name": "海南果智机器人科技有限公司", "country": "CN", "city": "Haikou", "kind": "startup"},
    "xiangke": {"name": "海南橡科智能装备有限公司", "country": "CN", "city": "Danzhou", "kind": "startup"},
    "lingshui-fishery": {"name": "海南陵水深海渔业有限公司", "country": "CN", "city": "Lingshui", "kind": "enterprise"},
    "bihai": {"name": "海南碧海环境监测技术有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "hnu-coral": {"name": "海南大学珊瑚礁研究中心", "country": "CN", "city": "Haikou", "kind": "research"},
    "tmi": {"name": "海南热带海洋学院海洋生物研究所", "country": "CN", "city": "Sanya", "kind": "research"},
    "rainforest": {
        "name": "海南热带雨林国家公园生态监测中心",
        "country": "CN",
        "city": "Wuzhishan",
        "kind": "research",
    },
    "qingkong": {"name": "海南青空环境科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "renhe": {"name": "海南仁和医院集团有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "yunyi": {"name": "海南云医远程医疗科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "xinlian": {"name": "海南心联医疗科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "mingtong": {"name": "博鳌乐城明瞳国际眼科医院", "country": "CN", "city": "Qionghai", "kind": "enterprise"},
    "lecheng-access": {
        "name": "海南乐城医械准入服务有限公司",
        "country": "CN",
        "city": "Qionghai",
        "kind": "service-provider",
    },
    "kanggu": {"name": "海南康骨医疗科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "suzao": {"name": "海口速造三维科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "huajian": {"name": "海口华检生物科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "rezhen": {"name": "海南热诊生物技术有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "wuzhishan": {"name": "海南五指山南药健康产业有限公司", "country": "CN", "city": "Wuzhishan", "kind": "sme"},
    "nanyao-clinical": {"name": "海南省南药临床研究中心", "country": "CN", "city": "Haikou", "kind": "research"},
    "yedao": {"name": "海南椰岛药业有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "boyuan": {"name": "海口博源生物制药有限公司", "country": "CN", "city": "Haikou", "kind": "startup"},
    "noni": {"name": "海南诺丽生物科技有限公司", "country": "CN", "city": "Wanning", "kind": "sme"},
    "yexiang": {"name": "海南椰乡饮品有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "yeyun-carbon": {"name": "海南椰韵活性炭有限公司", "country": "CN", "city": "Wenchang", "kind": "sme"},
    "lvtian": {"name": "海南绿田降解材料有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "zheyuan": {"name": "海南蔗源环保科技有限公司", "country": "CN", "city": "Lingao", "kind": "sme"},
    "lvxunhuan": {"name": "海口绿循环有机资源有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "chengjian": {"name": "海口城建再生资源有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "lanhai": {"name": "海口蓝海再生科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "ganghang": {"name": "海口港航集团有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "guanlan": {"name": "海口观澜酒店管理集团有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "guanghe": {"name": "海南光合新能源科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "sanyawan": {"name": "海南三亚湾滨海度假区开发有限公司", "country": "CN", "city": "Sanya", "kind": "enterprise"},
    "haidan": {"name": "海南海淡水务有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "suqi": {"name": "海口速骑电动车有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "daoyu": {"name": "海南岛屿三维数字创意有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "shiguang": {"name": "海口拾光品牌设计有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "xindao": {"name": "海南芯岛微电子有限公司", "country": "CN", "city": "Haikou", "kind": "startup"},
    "xintu-eda": {"name": "海南芯途电子设计自动化有限公司", "country": "CN", "city": "Haikou", "kind": "startup"},
    "gaoxin-fund": {"name": "海口高新区科创天使投资基金", "country": "CN", "city": "Haikou", "kind": "investor"},
    "nanhai-fund": {
        "name": "海南南海健康产业投资基金管理有限公司",
        "country": "CN",
        "city": "Haikou",
        "kind": "investor",
    },
    "lanse-fund": {
        "name": "海南蓝色海洋产业投资基金管理有限公司",
        "country": "CN",
        "city": "Sanya",
        "kind": "investor",
    },
    "jiangong": {"name": "海南建工绿色产业投资有限公司", "country": "CN", "city": "Haikou", "kind": "investor"},
    "haixia-pe": {"name": "海南海峡医药并购投资基金", "country": "CN", "city": "Haikou", "kind": "investor"},
    "pengcheng": {"name": "海口鹏程新能源科技有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "chineng": {"name": "海南驰能电机有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "yecheng-auto": {"name": "海口椰城新能源汽车有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "yaogu": {"name": "海口药谷制药有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "zhicang": {"name": "海口智仓物流装备有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "lingqiao": {"name": "海口灵巧机器人有限公司", "country": "CN", "city": "Haikou", "kind": "startup"},
    "lanwan": {"name": "海南蓝湾游艇制造有限公司", "country": "CN", "city": "Sanya", "kind": "sme"},
    "lixian": {"name": "海口国际离岸创新孵化中心", "country": "CN", "city": "Haikou", "kind": "park"},
    "qiongzhi-ip": {
        "name": "海南琼知知识产权代理有限公司",
        "country": "CN",
        "city": "Haikou",
        "kind": "service-provider",
    },
    "zhixin-lab": {"name": "海南质信检测认证有限公司", "country": "CN", "city": "Haikou", "kind": "service-provider"},
    "qiongzhou-ferry": {"name": "海口琼州海峡轮渡有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
    "wenchang-rocket": {"name": "海南文昌星际动力科技有限公司", "country": "CN", "city": "Wenchang", "kind": "startup"},
    "dianlian": {"name": "海南电联充电科技有限公司", "country": "CN", "city": "Haikou", "kind": "sme"},
    "baisha-tea": {"name": "海南白沙茶业有限公司", "country": "CN", "city": "Baisha", "kind": "sme"},
    "haikou-bus": {"name": "海口公交集团有限公司", "country": "CN", "city": "Haikou", "kind": "enterprise"},
}

LISTINGS = [
    # ============================================================================================
    # Digital economy: localisation, games, trade documents, e-commerce, chatbots, data compliance
    {
        "key": "kielo-localisation",
        "org": "kielo",
        "kind": "tech-request",
        "text": {
            "en": (
                "Chinese localisation of a children's English-learning app, including a WeChat mini-program",
                "Kielo teaches English to children aged 4 to 10 through songs and speech games, and 1.2 million "
                "families in Europe use it. We plan to launch in China next year and need a partner who can "
                "localise the interface and content, rebuild the app as a WeChat mini-program and run user tests "
                "with Chinese parents.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["it-innovation"],
        "keywords": ["natural-language-processing", "cloud-computing"],
        "cooperation": ["technical-cooperation", "services"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "yeyu-ux-service",
        "org": "yeyu",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "海外App入华本地化体验设计：中文界面与文案、微信小程序改版、本地用户测试",
                "椰屿是海口的用户体验设计工作室，已为20多款海外教育、健康和消费类App完成中国市场本地化。"
                "我们提供用户研究、界面与文案本地化、微信小程序设计开发和可用性测试，可按项目或长期服务合作。",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["digital-creative-design"],
        "keywords": ["ux-design", "digital-creative"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["eu", "global"],
        "stage": "market",
    },
    {
        "key": "yiqiao-localisation",
        "org": "yiqiao",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "软件与应用本地化服务：界面翻译、术语管理、中文配音及国内应用商店上架",
                "译桥拥有60名专职译员和本地化工程师，支持英、日、韩、俄及东南亚语种与中文互译，"
                "为海外软件、教育和游戏企业提供界面与内容本地化、中文配音、内容合规审核和应用商店上架服务。",
            ),
            "en": (
                "Software and app localisation for China: translation, terminology, Chinese voice-over, app stores",
                "Our 60 translators and localisation engineers work between Chinese and English, Japanese, Korean, "
                "Russian and South-East Asian languages. We localise interfaces and content for software, "
                "education and game companies, record Chinese voice-overs, check content compliance and publish "
                "apps in Chinese app stores.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "keywords": ["natural-language-processing"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "lattice-fintech-ux",
        "org": "lattice",
        "kind": "business-offer",
        "text": {
            "en": (
                "UX research and product design for banking and fintech apps in South-East Asia",
                "Lattice is a 30-person UX studio. We design onboarding, payments and wealth-management apps for "
                "banks and fintechs in Singapore, Malaysia and Indonesia, from user research to design systems, "
                "and take on product companies that need a long-term design partner.",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["digital-creative-design"],
        "keywords": ["ux-design"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["asean", "global"],
        "stage": "market",
    },
    {
        "key": "huayu-mandarin-content",
        "org": "huayu",
        "kind": "business-offer",
        "text": {
            "en": (
                "Mandarin-learning content for language apps: graded readers, audio and exercises under licence",
                "We license 1,800 graded Mandarin readers with native audio, exercises and teacher notes to "
                "language-learning apps and schools, delivered through an API or as files.",
            ),
        },
        "sectors": ["digital-economy", "industrial-design"],
        "subfields": ["digital-creative-design"],
        "keywords": ["digital-creative"],
        "cooperation": ["licence", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "meridian-medical-translation",
        "org": "meridian",
        "kind": "business-offer",
        "text": {
            "en": (
                "English–Chinese translation of medical-device dossiers and clinical documents",
                "Certified medical translators for NMPA, HSA and CE dossiers, instructions for use, clinical "
                "study protocols and labels, with a second-linguist review and terminology databases.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["services"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "zhiyu-bank-chatbot",
        "org": "zhiyu",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "面向银行和政务热线的中文智能客服大模型，支持私有化部署",
                "自研中文对话大模型，已在省内3家银行和12345政务服务热线上线，可自动解答业务咨询、识别投诉工单并转人工，"
                "支持私有化部署和知识库快速构建。寻求金融、政务领域的技术许可与系统集成伙伴。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["artificial-intelligence", "natural-language-processing", "cloud-computing"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "northern-lights-publishing",
        "org": "northern-lights",
        "kind": "business-request",
        "text": {
            "en": (
                "Co-publisher wanted in mainland China for our cosy farming game",
                "Our farming and crafting game has 3 million players on Steam and mobile. We are looking for a "
                "Chinese co-publisher who can apply for the game licence, adapt the game for Chinese players, run "
                "live operations and promote it on Chinese app stores and video platforms.",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["digital-creative-design"],
        "keywords": ["digital-creative"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "yelin-game-publisher",
        "org": "yelin-games",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "海外精品游戏国内联合发行：版号申报、本地化运营与渠道推广",
                "椰林互动是海口的游戏发行商，已联合发行11款海外独立游戏。我们负责版号申报、内容本地化、"
                "长线运营以及应用商店、短视频平台的推广，按收入分成与海外开发商合作。",
            ),
            "en": (
                "Co-publishing of overseas games in China: game licence, localisation, live operations and marketing",
                "Yelin Interactive has co-published 11 foreign indie games in China. We apply for the game licence, "
                "adapt the content, run live operations and promote games on app stores and short-video platforms, "
                "sharing revenue with the developer.",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["digital-creative-design", "digital-trade"],
        "keywords": ["digital-creative"],
        "cooperation": ["distribution", "commercial-agreement", "services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "yangpu-ebl",
        "org": "yangpu-logistics",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "引进电子提单与跨境贸易单证区块链平台",
                "洋浦港每年处理集装箱超过200万标箱，纸质提单流转平均需要5天。我们希望引进符合国际标准的电子提单平台，"
                "与船公司、货代和银行对接，在洋浦保税港区先行试点，可采用技术许可或技术合作方式。",
            ),
            "en": (
                "Electronic bills of lading and a blockchain trade-document platform wanted for Yangpu port",
                "Yangpu handles more than 2 million TEU a year and paper bills of lading take five days to circulate. "
                "We want an eBL platform that meets international standards, connected to carriers, forwarders and "
                "banks, piloted in the Yangpu bonded port area under a licence or technical cooperation.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["blockchain", "digital-trade"],
        "keywords": ["blockchain", "cross-border-ecommerce"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["eu", "global"],
        "stage": "pilot",
    },
    {
        "key": "ledgerport-ebl",
        "org": "ledgerport",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Electronic bills of lading on a permissioned blockchain: licence for ports and forwarders",
                "Our DCSA-compliant eBL platform lets carriers, forwarders, banks and customs exchange title "
                "documents in minutes. It runs at two European ports, and we license it to port operators and "
                "logistics groups in Asia with integration support.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["blockchain", "digital-trade"],
        "keywords": ["blockchain", "trade-digitalisation", "cybersecurity"],
        "cooperation": ["licence", "technology-transfer"],
        "regions": ["rcep", "global"],
        "stage": "market",
    },
    {
        "key": "nongchain-traceability",
        "org": "nongchain",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "基于区块链的热带农产品溯源平台",
                "为芒果、荔枝、咖啡等热带农产品提供“一物一码”区块链溯源，记录种植、采收、冷链和销售全过程，"
                "已服务省内40多家合作社和电商品牌，可授权使用或提供SaaS服务。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["blockchain", "iot"],
        "keywords": ["blockchain", "iot", "big-data"],
        "cooperation": ["licence", "services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "paylink-b2b-payments",
        "org": "paylink",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Cross-border B2B payments and FX API for trading companies",
                "One API to collect, convert and pay out in 30 currencies, with invoice matching and settlement "
                "records on a shared ledger. Licensed in Singapore; we look for trading platforms in China and "
                "ASEAN to integrate it.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade", "blockchain"],
        "keywords": ["trade-digitalisation", "cross-border-ecommerce", "blockchain"],
        "cooperation": ["licence", "commercial-agreement"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "borneo-bazaar-crossborder",
        "org": "borneo-bazaar",
        "kind": "business-request",
        "text": {
            "en": (
                "Hainan bonded-warehouse operator wanted to sell Sarawak bird's nest and pepper online in China",
                "We export edible bird's nest, white pepper and rainforest honey from Sarawak. We want a partner in "
                "the Hainan Free Trade Port who can hold our stock in a bonded warehouse, open and run our stores "
                "on Chinese cross-border e-commerce platforms and handle customs clearance.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "keywords": ["cross-border-ecommerce"],
        "cooperation": ["distribution", "services"],
        "regions": ["hainan-ftp", "greater-china"],
        "stage": "market",
    },
    {
        "key": "youxuan-crossborder-service",
        "org": "youxuan",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "海口综保区跨境电商一站式代运营：保税仓储、跨境平台开店与清关",
                "为海外品牌提供海口综合保税区保税仓储、天猫国际和抖音跨境店铺开设与代运营、跨境支付结算和清关服务，"
                "已服务东南亚、俄罗斯和欧洲的60多个食品、保健品与美妆品牌。",
            ),
            "en": (
                "Cross-border e-commerce operations from the Haikou bonded zone: warehousing, store operation, customs",
                "Bonded warehousing in the Haikou Comprehensive Bonded Zone, opening and running Tmall Global and "
                "Douyin cross-border stores, payment settlement and customs clearance for more than 60 food, health "
                "and beauty brands from South-East Asia, Russia and Europe.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "keywords": ["cross-border-ecommerce", "trade-digitalisation"],
        "cooperation": ["services", "distribution", "commercial-agreement"],
        "regions": ["asean", "global"],
        "stage": "market",
    },
    {
        "key": "taiga-pine-nut-oil",
        "org": "taiga",
        "kind": "business-request",
        "text": {
            "en": (
                "Partner wanted to import and sell Siberian pine-nut oil and cedar-nut snacks in China",
                "Taiga Naturals makes cold-pressed pine-nut oil, cedar-nut milk and snacks from wild Siberian "
                "forests. We look for an importer or cross-border e-commerce operator who can bring our products "
                "to Chinese consumers through Hainan.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "huandao-multilingual-chatbot",
        "org": "huandao",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "离岛免税商城多语种智能客服（中、英、俄、韩）技术需求",
                "离岛免税线上商城和机场、市内门店每天接待大量境外游客，现有客服只能使用中文和英文。"
                "我们需要支持俄语、韩语的智能客服，能回答提货、限额和退换货问题，并与现有会员系统对接。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["artificial-intelligence", "natural-language-processing"],
        "cooperation": ["technical-cooperation", "licence"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "volga-multilingual-assistant",
        "org": "volga",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Multilingual voice and chat assistant for retail and travel: Russian, English, Chinese, Korean",
                "Our assistant answers customers by chat and voice in eight languages and hands over to staff "
                "when needed. Airports, hotel chains and retailers in Russia and Central Asia use it; we license "
                "it with on-premises deployment and connectors to loyalty systems.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["natural-language-processing", "artificial-intelligence", "cloud-computing"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "merlion-retail-ai",
        "org": "merlion",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Retail conversational AI in 12 languages, with templates for duty-free and travel retail",
                "Chat and messaging assistants for retailers that answer order, pickup and returns questions "
                "in 12 languages. Used by travel-retail shops at two Asian airports.",
            ),
            "zh-hans": (
                "面向零售的12种语言对话式AI，内置免税及旅游零售场景模板",
                "为零售企业提供聊天与即时通讯智能助手，可用12种语言解答订单、提货和退换货问题，已在两家亚洲机场的旅游零售门店使用。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["natural-language-processing", "artificial-intelligence"],
        "cooperation": ["licence", "services"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "dataguard-reseller",
        "org": "dataguard",
        "kind": "business-request",
        "text": {
            "en": (
                "Reseller and integration partner wanted in Hainan for our PIPL compliance software",
                "Straits Data Guard maps personal data across a company's systems, runs privacy impact "
                "assessments and prepares cross-border transfer filings under China's PIPL and Singapore's "
                "PDPA. We need a Hainan partner to resell, deploy and support it for local companies.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["it-innovation", "big-data"],
        "keywords": ["cybersecurity", "cloud-computing"],
        "cooperation": ["distribution", "services"],
        "regions": ["hainan-ftp", "greater-china"],
        "stage": "market",
    },
    {
        "key": "xinchuang-integrator",
        "org": "xinchuang",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "政企信创系统集成与数据安全合规服务，诚招海外软件产品代理合作",
                "信创云是省内政企客户的系统集成商，提供信创适配、数据安全评估和数据出境合规咨询。"
                "我们希望代理优秀的海外数据安全和合规软件产品，负责本地销售、部署实施与售后支持。",
            ),
            "en": (
                "IT integration and data-compliance services in Hainan: we want to resell foreign software",
                "We integrate IT systems for government and enterprise customers in Hainan and advise on data "
                "security and cross-border data rules. We look for foreign data-security and compliance software to "
                "sell, deploy and support locally.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["it-innovation"],
        "keywords": ["cybersecurity"],
        "cooperation": ["distribution", "services", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "baltic-pentest",
        "org": "baltic-secure",
        "kind": "business-offer",
        "text": {
            "en": (
                "Penetration testing and security audits for fintech and e-commerce platforms",
                "Our certified testers audit web and mobile apps, payment systems and cloud setups, and help "
                "teams fix what we find. We work remotely for clients in Europe and Asia.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["it-innovation"],
        "keywords": ["cybersecurity"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "haiyun-offshore-cloud",
        "org": "haiyun",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "离岸数据中心与国际互联网数据专用通道云服务",
                "依托海南国际互联网数据专用通道，为出海企业和海外企业提供低时延国际链路、云主机和合规托管服务，"
                "支持数据跨境业务的安全评估与备案。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["big-data", "digital-trade"],
        "keywords": ["cloud-computing", "cybersecurity"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "yilian-private-5g",
        "org": "yilian-5g",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "港口、园区和工厂5G专网建设与运维服务",
                "为港口码头、产业园区和工厂建设5G专网，提供网络规划、设备部署与长期运维，已在洋浦和海口综保区交付6个项目。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["iot"],
        "keywords": ["5g", "iot", "edge-computing"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["hainan-ftp", "asean"],
        "stage": "market",
    },
    {
        "key": "orbitlink-ground-station",
        "org": "orbitlink",
        "kind": "business-request",
        "text": {
            "en": (
                "Site and hosting partner wanted for a satellite ground station near Wenchang",
                "OrbitLink operates ground stations for Earth-observation satellites. We want to place two "
                "antennas near Wenchang and need a local partner who can provide a licensed site, power, fibre "
                "and on-site staff under a long-term hosting agreement.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["iot", "big-data"],
        "keywords": ["5g", "iot"],
        "cooperation": ["services", "joint-venture"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "polar-orbit-ais",
        "org": "polar-orbit",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Satellite AIS vessel-tracking data and port-call analytics",
                "Global vessel positions from our satellite AIS constellation, refreshed every 10 minutes, with "
                "port-call and fleet analytics for shipping companies, ports and insurers.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["big-data"],
        "keywords": ["big-data", "iot"],
        "cooperation": ["licence", "services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "lastmile-route-optimisation",
        "org": "lastmile",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Route optimisation for last-mile parcel delivery",
                "Our planner builds delivery routes for e-commerce parcel vans and riders in minutes, cutting "
                "distance driven by 18% for couriers in Singapore and Jakarta.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai", "big-data"],
        "keywords": ["artificial-intelligence", "big-data"],
        "cooperation": ["licence", "services"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "smartcity-iot-platform",
        "org": "smartcity",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "城市物联网感知平台：路灯、井盖、积水与管网在线监测",
                "为城市管理部门提供物联网感知终端和统一管理平台，实时监测路灯、井盖、道路积水和地下管网，已在海口多个城区部署。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["iot", "big-data"],
        "keywords": ["iot", "big-data", "edge-computing"],
        "cooperation": ["services", "licence"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "haikou-bus-dispatch",
        "org": "haikou-bus",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "新能源公交智能排班调度与客流预测系统技术需求",
                "公交集团运营2300辆新能源公交车，旅游旺季客流波动大。我们需要基于刷卡和车载客流数据的客流预测、"
                "智能排班和实时调度系统，并能结合车辆充电计划安排发车。",
            ),
        },
        "sectors": ["digital-economy", "advanced-manufacturing"],
        "subfields": ["big-data", "ai", "new-energy-vehicles"],
        "keywords": ["artificial-intelligence", "big-data", "new-energy-vehicles"],
        "cooperation": ["technical-cooperation", "licence"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "chengmai-orchard-pests",
        "org": "chengmai-coop",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "热带果园病虫害无人机多光谱识别与精准施药技术",
                "合作社管理芒果、荔枝果园1.2万亩，炭疽病和蓟马常在发现时已大面积扩散。"
                "希望引进无人机多光谱巡园和AI病虫害早期识别技术，并生成处方图指导精准施药。",
            ),
        },
        "sectors": ["digital-economy", "advanced-manufacturing"],
        "subfields": ["ai", "iot"],
        "keywords": ["computer-vision", "agricultural-automation"],
        "cooperation": ["technical-cooperation", "licence"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "agrosight-orchard-drones",
        "org": "agrosight",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Multispectral drone scouting that finds orchard pests and disease two weeks early",
                "Our drones and models spot anthracnose, mites and water stress in fruit orchards before they are "
                "visible, and turn the findings into variable-rate spraying maps. Used on 40,000 hectares in "
                "Spain, Brazil and Vietnam.",
            ),
        },
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "subfields": ["ai"],
        "keywords": ["computer-vision", "agricultural-automation", "big-data"],
        "cooperation": ["licence", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "nongfei-spraying-service",
        "org": "nongfei",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "植保无人机飞防作业服务，覆盖全岛槟榔、荔枝、芒果园",
                "拥有植保无人机120架、飞手80名，为种植户提供统防统治飞防作业，按亩收费。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics"],
        "keywords": ["agricultural-automation"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "shelfeye-retail-vision",
        "org": "shelfeye",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Computer-vision shelf analytics for supermarkets and convenience stores",
                "Cameras and models that detect empty shelves, wrong prices and planogram errors in real time, "
                "running in 900 stores in Malaysia and Thailand.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["computer-vision", "artificial-intelligence", "edge-computing"],
        "cooperation": ["licence", "distribution"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    # ============================================================================================
    # Robots in the field and the factory
    {
        "key": "guozhi-fruit-sorting",
        "org": "guozhi",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "芒果、荔枝智能分拣与柔性抓取机器人技术需求",
                "我们为省内水果收购站和冷链企业开发分拣包装线，芒果和荔枝易碰伤，现有机械爪损伤率超过8%。"
                "寻求柔性抓取和视觉分级技术的许可或合作开发，目标损伤率低于2%。",
            ),
            "en": (
                "Soft-grip robots and vision grading for mangoes and lychees",
                "We build sorting and packing lines for fruit buyers; our mechanical grippers bruise more than 8% of "
                "mangoes and lychees. We want to license or co-develop soft gripping and vision grading to get below "
                "2%.",
            ),
        },
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "subfields": ["robotics", "ai"],
        "keywords": ["robotics", "machine-vision", "computer-vision"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["eu", "uk-switzerland", "global"],
        "stage": "prototype",
    },
    {
        "key": "orchard-hands-picking",
        "org": "orchard-hands",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Soft-grip robot cells that grade and pack mangoes, lychees and avocados without bruising",
                "Our grippers and grading vision handle fragile tropical fruit at 60 pieces a minute with under "
                "1.5% damage. They run in packing houses in the UK, Spain and Kenya, and we license the technology "
                "or supply complete cells.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics"],
        "keywords": ["robotics", "agricultural-automation"],
        "cooperation": ["licence", "technical-cooperation", "distribution"],
        "regions": ["greater-china", "asean", "africa"],
        "stage": "market",
    },
    {
        "key": "orchard-hands-soft-landing",
        "org": "orchard-hands",
        "kind": "business-request",
        "text": {
            "en": (
                "Soft-landing partner wanted in Haikou: office, company registration and pilot farms",
                "We plan to open a small Haikou office next year. We need help with company registration, work "
                "permits, a desk in an incubator and introductions to fruit packing houses for a first pilot.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics"],
        "keywords": ["robotics", "agricultural-automation"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "lixian-soft-landing",
        "org": "lixian",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "海外创新团队海口落地一站式服务：办公空间、公司注册、签证与应用场景对接",
                "孵化中心为海外初创企业提供免租工位、外资企业注册、工作许可与人才认定申请，"
                "并对接园区、医院、农业基地等应用场景开展首个试点项目。",
            ),
        },
        "sectors": ["digital-economy", "biomedicine", "green-tech", "advanced-manufacturing", "industrial-design"],
        "subfields": ["ai", "medical-devices", "biodegradable-materials", "robotics", "chip-design"],
        "keywords": ["artificial-intelligence", "robotics", "agricultural-automation", "chip-design"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "schweisstec-welding-robots",
        "org": "schweisstec",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Vision-guided welding robots for steel structures and shipbuilding",
                "Our robots find the seam with 3D vision and weld beams, panels and hull blocks without "
                "teaching. We look for licensees and integrators in Asia.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics", "smart-manufacturing"],
        "keywords": ["robotics", "machine-vision", "smart-manufacturing"],
        "cooperation": ["licence", "distribution", "technical-cooperation"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "lingqiao-cobots",
        "org": "lingqiao",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "协作机器人及视觉引导上下料解决方案",
                "自研六轴协作机器人，配合3D视觉实现机床上下料、装箱和码垛，适用于中小批量电子与五金加工企业。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics", "smart-manufacturing"],
        "keywords": ["robotics", "machine-vision", "smart-manufacturing"],
        "cooperation": ["commercial-agreement", "distribution", "licence"],
        "regions": ["asean", "global"],
        "stage": "market",
    },
    {
        "key": "lembah-rubber-tapping",
        "org": "lembah",
        "kind": "tech-request",
        "text": {
            "en": (
                "Automated rubber tapping for 12,000 hectares of plantations",
                "We cannot find enough skilled tappers, and a third of our trees go untapped in some months. We "
                "want to trial machines that tap rubber trees automatically at night and would buy several "
                "thousand units if a pilot on 50 hectares succeeds.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics"],
        "keywords": ["agricultural-automation"],
        "cooperation": ["technical-cooperation", "commercial-agreement"],
        "regions": ["greater-china", "asean"],
        "stage": "pilot",
    },
    {
        "key": "xiangke-tapping-robot",
        "org": "xiangke",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "智能割胶机器人：轨道式自动割胶，夜间无人作业",
                "橡科割胶机器人沿轨道在胶树间移动，按树围和树皮状态自动控制割深与耗皮量，单台可管理300株，"
                "已在儋州和西双版纳胶园试用两年，寻求东南亚胶园试点、许可和本地化生产合作。",
            ),
            "en": (
                "Rubber-tapping robot: rail-guided automatic tapping at night",
                "Our robot moves along a rail between rubber trees and controls tapping depth and bark use for each "
                "tree; one unit serves 300 trees. Two years of trials in Danzhou and Xishuangbanna; we seek pilots, "
                "licensees and local production partners in South-East Asia.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics", "smart-manufacturing"],
        "keywords": ["robotics", "machine-vision"],
        "cooperation": ["licence", "manufacturing", "distribution"],
        "regions": ["asean"],
        "stage": "pilot",
    },
    {
        "key": "skycheck-drone-inspection",
        "org": "skycheck",
        "kind": "business-offer",
        "text": {
            "en": (
                "Drone inspection services for ports, bridges and wind farms",
                "Certified pilots and AI defect reports for cranes, quay walls, bridges and turbine blades "
                "across South-East Asia.",
            ),
        },
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "subfields": ["robotics", "ai"],
        "keywords": ["computer-vision", "robotics"],
        "cooperation": ["services"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "yaogu-pharma-mes",
        "org": "yaogu",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "制药车间MES与数据完整性系统升级（满足GMP及美国FDA 21 CFR Part 11）",
                "我司固体制剂车间计划申请美国FDA认证，需要引进制药行业MES、电子批记录和设备数据采集系统，"
                "实现生产全过程数据完整性，希望与有欧美药厂实施经验的供应商合作。",
            ),
        },
        "sectors": ["advanced-manufacturing", "biomedicine"],
        "subfields": ["smart-manufacturing"],
        "keywords": ["smart-manufacturing", "iot", "big-data"],
        "cooperation": ["technical-cooperation", "services"],
        "regions": ["eu", "global"],
        "stage": "pilot",
    },
    {
        "key": "pharmaline-mes",
        "org": "pharmaline",
        "kind": "tech-offer",
        "text": {
            "en": (
                "GMP-ready MES and electronic batch records for pharmaceutical plants",
                "Our manufacturing execution system runs in 70 plants in Europe and the US, with validated "
                "electronic batch records, equipment integration and audit trails that meet EU GMP Annex 11 and "
                "FDA 21 CFR Part 11.",
            ),
        },
        "sectors": ["advanced-manufacturing", "biomedicine"],
        "subfields": ["smart-manufacturing"],
        "keywords": ["smart-manufacturing", "cloud-computing"],
        "cooperation": ["licence", "services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "zhicang-warehouse-agv",
        "org": "zhicang",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "智能仓储AGV与WMS仓储管理系统",
                "提供潜伏式AGV、四向穿梭车和仓储管理软件，适用于电商仓、冷链仓和工厂原料库，支持与ERP系统对接。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["smart-manufacturing", "robotics"],
        "keywords": ["smart-manufacturing", "robotics", "iot"],
        "cooperation": ["commercial-agreement", "technical-cooperation"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "machinewatch-condition-monitoring",
        "org": "machinewatch",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Wireless vibration sensors that predict failures of pumps, fans and motors",
                "Battery-powered sensors and edge analytics that warn maintenance teams weeks before a bearing "
                "fails. Used in chemical, food and water plants.",
            ),
        },
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "subfields": ["smart-manufacturing", "iot"],
        "keywords": ["iot", "edge-computing", "smart-manufacturing"],
        "cooperation": ["licence", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "lanwan-yacht-composites",
        "org": "lanwan",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "游艇碳纤维复合材料船体轻量化设计与真空灌注工艺技术需求",
                "我司生产12至20米玻璃钢游艇，计划推出碳纤维复合材料新船型，需要船体结构轻量化设计和真空灌注成型工艺，"
                "可采用技术转让或技术合作方式。",
            ),
        },
        "sectors": ["advanced-manufacturing", "industrial-design"],
        "subfields": ["equipment-design", "smart-manufacturing"],
        "keywords": ["industrial-design"],
        "cooperation": ["technical-cooperation", "technology-transfer"],
        "regions": ["eu", "global"],
        "stage": "prototype",
    },
    {
        "key": "vestkyst-composite-hulls",
        "org": "vestkyst",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Lightweight composite hull design and vacuum-infusion process transfer for boat builders",
                "We design carbon and glass-fibre hulls for yachts and fast ferries and transfer the vacuum "
                "infusion process to the builder's yard, including moulds, training and quality plans.",
            ),
        },
        "sectors": ["advanced-manufacturing", "industrial-design"],
        "subfields": ["equipment-design"],
        "keywords": ["industrial-design", "smart-manufacturing"],
        "cooperation": ["technology-transfer", "licence", "technical-cooperation"],
        "regions": ["global"],
        "stage": "market",
    },
    # ============================================================================================
    # Water, coasts and the sea
    {
        "key": "lingshui-cage-water-quality",
        "org": "lingshui-fishery",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "深远海网箱养殖水质在线监测与预警浮标技术需求",
                "公司在陵水近海运营40口深水网箱，夏季低氧和赤潮多次造成死鱼。需要可长期在海上工作的水质监测浮标，"
                "实时监测溶解氧、温度、盐度和叶绿素，并在手机上预警。",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "iot"],
        "keywords": ["water-quality", "iot", "marine-ecology"],
        "cooperation": ["technical-cooperation", "licence"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "bluebuoy-water-buoys",
        "org": "bluebuoy",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Solar-powered water-quality buoys with anti-fouling sensors and a cloud alert platform",
                "Our buoys measure dissolved oxygen, pH, salinity, turbidity and algae every minute and alert "
                "fish farms and water utilities by phone. They stay at sea for six months without cleaning.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["water-quality", "environmental-monitoring", "iot"],
        "cooperation": ["licence", "distribution", "technical-cooperation"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "havbruk-cage-sensors",
        "org": "havbruk",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Cage-side oxygen sensors and feeding analytics for fish farms, now adapted to warm water",
                "Sensor strings and cameras in each cage measure oxygen and temperature at depth and watch how "
                "the fish eat, so feeding stops before pellets are wasted. Proven on Norwegian salmon farms and "
                "now tested in warm water.",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "big-data"],
        "keywords": ["water-quality", "big-data", "artificial-intelligence"],
        "cooperation": ["licence", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "havbruk-typhoon-cages",
        "org": "havbruk",
        "kind": "rd-request",
        "text": {
            "en": (
                "Partner wanted to adapt offshore fish-farm monitoring and feeding to typhoon waters",
                "Our cage monitoring and feeding systems were built for Norwegian fjords. We look for a fish "
                "farm in the South China Sea to co-develop moorings, sensor housings and remote feeding that "
                "survive typhoons, sharing the results.",
            ),
        },
        "sectors": ["green-tech", "advanced-manufacturing"],
        "subfields": ["environmental-equipment"],
        "keywords": ["marine-ecology", "iot"],
        "cooperation": ["rd-cooperation"],
        "regions": ["greater-china", "asean"],
        "stage": "prototype",
    },
    {
        "key": "lingshui-typhoon-cage-rd",
        "org": "lingshui-fishery",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "抗台风深远海养殖网箱结构与智能投喂系统联合研发",
                "南海台风季长，现有网箱和投喂设备损坏严重。我们希望与国内外企业或科研机构联合研发抗台风网箱系泊结构、"
                "远程智能投喂和水下监测系统，在陵水海域开展示范。",
            ),
        },
        "sectors": ["advanced-manufacturing", "green-tech"],
        "subfields": ["smart-manufacturing", "environmental-equipment"],
        "keywords": ["marine-ecology", "iot", "smart-manufacturing"],
        "cooperation": ["rd-cooperation", "technical-cooperation"],
        "regions": ["global"],
        "stage": "prototype",
    },
    {
        "key": "bihai-red-tide-platform",
        "org": "bihai",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "近岸海域生态在线监测站与赤潮预警大数据平台",
                "岸基和浮标式监测站在线监测营养盐、叶绿素和藻类密度，结合气象与海流数据提前3天预警赤潮，"
                "服务沿海市县海洋部门和滨海浴场。",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "big-data"],
        "keywords": ["environmental-monitoring", "marine-ecology", "water-quality", "big-data"],
        "cooperation": ["technical-cooperation", "services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "bihai-microplastics",
        "org": "bihai",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "海水和沉积物微塑料快速检测技术需求",
                "海洋部门委托我们开展近岸微塑料调查，人工镜检每个样品需要一天。寻求能自动计数并识别微塑料材质的检测设备或方法，"
                "希望单个样品检测时间缩短到1小时以内。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["environmental-monitoring", "marine-ecology", "water-quality"],
        "cooperation": ["technical-cooperation", "licence"],
        "regions": ["global"],
        "stage": "prototype",
    },
    {
        "key": "ramanx-microplastics",
        "org": "ramanx",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Automated Raman analyser that counts and identifies microplastics in 30 minutes",
                "Filter the sample, load it, and the analyser images every particle down to 10 µm and names its "
                "polymer. Environmental labs in six EU countries use it for seawater, sediment and drinking water.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring", "environmental-equipment"],
        "keywords": ["environmental-monitoring"],
        "cooperation": ["distribution", "licence"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "qingkong-air-stations",
        "org": "qingkong",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "网格化大气污染微型监测站",
                "低成本微型站在线监测PM2.5、臭氧和VOCs，按街道网格部署，为生态环境部门和工业园区提供污染溯源。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["environmental-monitoring", "iot"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "hnu-coral-restoration-rd",
        "org": "hnu-coral",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "珊瑚礁生态修复与长期监测国际联合研究伙伴征集",
                "研究中心在三亚和西沙开展珊瑚移植修复已有8年，现希望与国外团队合作，在珊瑚幼体培育、"
                "礁区水下长期监测和修复效果评估方面联合申请项目、共享数据。",
            ),
            "en": (
                "International research partners wanted for coral-reef restoration and long-term monitoring",
                "For eight years we have transplanted corals in Sanya and the Xisha Islands. We want to work with "
                "foreign teams on coral larval rearing, long-term underwater monitoring and assessment of "
                "restoration, applying for projects and sharing data together.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["marine-ecology", "environmental-monitoring"],
        "cooperation": ["rd-cooperation"],
        "regions": ["oceania", "global"],
        "stage": "research",
    },
    {
        "key": "bluebuoy-reef-sensors-rd",
        "org": "bluebuoy",
        "kind": "rd-request",
        "text": {
            "en": (
                "Field-testing partner for low-cost coral-reef sensors in tropical waters",
                "We are developing small sensor nodes that log temperature, light and acidity on coral reefs for a "
                "year. We look for a reef research group to test them at their sites and publish the results "
                "with us.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["marine-ecology", "water-quality", "environmental-monitoring"],
        "cooperation": ["rd-cooperation", "technical-cooperation"],
        "regions": ["hainan-ftp", "asean", "oceania"],
        "stage": "prototype",
    },
    {
        "key": "coralsea-larval-seeding-rd",
        "org": "coralsea",
        "kind": "rd-request",
        "text": {
            "en": (
                "Research partner for coral larval seeding trials in the South China Sea",
                "Our lab has seeded coral larvae on damaged reefs of the Great Barrier Reef since 2016. We want to "
                "run joint trials with a Chinese reef restoration team and compare methods across both seas.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["marine-ecology"],
        "cooperation": ["rd-cooperation"],
        "regions": ["greater-china", "rcep"],
        "stage": "research",
    },
    {
        "key": "rainforest-fire-detection",
        "org": "rainforest",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "热带雨林国家公园森林火情早期识别技术需求",
                "国家公园面积4400平方公里，山高林密，人工巡护难以及时发现火情。需要基于瞭望塔摄像头的烟火自动识别、"
                "定位和报警系统，能适应雾气和高湿度环境。",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "ai"],
        "keywords": ["computer-vision", "environmental-monitoring", "iot"],
        "cooperation": ["technical-cooperation", "licence"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "haidan-ro-membranes",
        "org": "haidan",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "海岛反渗透海水淡化膜及能量回收装置国产化技术需求",
                "公司为南海岛礁和沿海乡镇建设运营海水淡化站，进口反渗透膜和能量回收装置成本高、供货周期长。"
                "寻求膜元件制造和能量回收装置的技术转让或合作开发，在海南建设生产线。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-equipment"],
        "keywords": ["water-quality", "energy-efficiency"],
        "cooperation": ["technical-cooperation", "technology-transfer"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "aqualoop-resort-wastewater",
        "org": "aqualoop",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Containerised membrane bioreactors for wastewater reuse at resorts and on islands",
                "Plug-in MBR units treat 50 to 2,000 m³ a day to irrigation or toilet-flushing quality, remotely "
                "monitored. Installed at 30 resorts in the Maldives, Indonesia and Thailand.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-equipment"],
        "keywords": ["water-quality", "energy-efficiency"],
        "cooperation": ["distribution", "licence", "services"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    # ============================================================================================
    # Biomedicine: devices, diagnostics, drugs, herbal and marine products
    {
        "key": "renhe-ecg-screening",
        "org": "renhe",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "县域医共体可穿戴心电贴及AI心律失常筛查技术需求",
                "集团牵头建设覆盖6个县的医共体，基层房颤漏诊率高。我们希望引进可连续佩戴数天的单导联心电贴，"
                "结合AI自动识别房颤等心律失常，数据回传县医院心电中心统一出具报告。",
            ),
        },
        "sectors": ["biomedicine", "digital-economy"],
        "subfields": ["ai"],
        "keywords": ["artificial-intelligence", "telemedicine", "iot"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "pulsewave-ecg-patch",
        "org": "pulsewave",
        "kind": "tech-offer",
        "text": {
            "en": (
                "14-day wearable ECG patch with automatic arrhythmia detection, CE-marked",
                "A single-lead patch records the heart for up to 14 days; our algorithms flag atrial fibrillation "
                "and other arrhythmias and cardiologists review them online. Used by 120 clinics in Norway and "
                "Germany; we seek licensees and distributors in China.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "keywords": ["telemedicine", "iot"],
        "cooperation": ["licence", "distribution"],
        "regions": ["greater-china", "eu"],
        "stage": "market",
    },
    {
        "key": "xinlian-holter-service",
        "org": "xinlian",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "动态心电记录仪与远程心电诊断中心建设方案",
                "提供24至72小时动态心电记录仪、AI心电分析软件和远程心电诊断平台，帮助县级医院建设区域心电中心，"
                "已在省内20家乡镇卫生院使用。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices", "ai"],
        "keywords": ["telemedicine", "artificial-intelligence"],
        "cooperation": ["commercial-agreement", "technical-cooperation"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "iris-lung-retina-screening",
        "org": "iris",
        "kind": "tech-offer",
        "text": {
            "en": (
                "AI screening for lung nodules on chest CT and diabetic retinopathy: licensing and local partners",
                "CE-marked software that finds lung nodules on chest CT and grades diabetic retinopathy from "
                "fundus photographs, validated on 120,000 Asian patients. We seek hospital groups in China and "
                "ASEAN for licensing and joint clinical validation.",
            ),
        },
        "sectors": ["digital-economy", "biomedicine"],
        "subfields": ["ai", "medical-devices"],
        "keywords": ["artificial-intelligence", "medical-imaging", "computer-vision"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "renhe-ct-nodules",
        "org": "renhe",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "基层医院胸部CT肺结节AI辅助诊断软件引进",
                "集团下属26家基层医院每年完成约20万例胸部CT，放射科医生不足。希望引进已获认证的肺结节AI辅助诊断软件，"
                "支持私有化部署并与现有PACS对接，配合开展本地验证和注册。",
            ),
        },
        "sectors": ["digital-economy", "biomedicine"],
        "subfields": ["ai", "medical-devices"],
        "keywords": ["artificial-intelligence", "medical-imaging", "computer-vision"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["asean", "global"],
        "stage": "pilot",
    },
    {
        "key": "yunyi-telemedicine",
        "org": "yunyi",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "互联网医院远程会诊平台：视频问诊、电子处方与药品配送",
                "为医院建设互联网医院，支持视频问诊、多学科远程会诊、电子处方流转和药品配送到家，已接入省内30家医疗机构。",
            ),
        },
        "sectors": ["biomedicine", "digital-economy"],
        "subfields": ["big-data"],
        "keywords": ["telemedicine", "cloud-computing"],
        "cooperation": ["services", "licence"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "mingtong-myopia-products",
        "org": "mingtong",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "引进海外已上市青少年近视防控产品（离焦镜片、低浓度阿托品等），依托乐城先行区先行先试",
                "医院位于博鳌乐城国际医疗旅游先行区，可使用国外已上市、国内尚未获批的药械。"
                "我们希望引进海外近视防控产品，开展真实世界研究并负责在华推广。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "clearsight-myopia-lenses",
        "org": "clearsight",
        "kind": "business-offer",
        "text": {
            "en": (
                "Myopia-control spectacle lenses for children: distributor and Boao Lecheng partner wanted",
                "Our defocus lenses slow myopia progression in children by about 55% in a three-year trial. "
                "They are CE-marked and sold in 14 countries; we want a hospital partner in Boao Lecheng and "
                "distributors in China.",
            ),
            "zh-hans": (
                "儿童近视防控离焦镜片：寻求经销商及博鳌乐城合作医院",
                "离焦镜片三年临床试验显示可使儿童近视进展减缓约55%，已获CE认证并在14个国家销售，现寻求博鳌乐城合作医院和国内经销商。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["distribution", "licence", "commercial-agreement"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "dermalux-lasers",
        "org": "dermalux",
        "kind": "business-offer",
        "text": {
            "en": (
                "Dermatology and aesthetic lasers: exclusive distributor wanted for Hainan and South China",
                "Picosecond and fractional lasers for pigment, scars and skin rejuvenation, CE-marked and FDA "
                "cleared. We offer training, demo units and marketing support.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "arktika-lecheng-regulatory",
        "org": "arktika",
        "kind": "business-request",
        "text": {
            "en": (
                "Regulatory partner wanted for early access in Boao Lecheng and NMPA registration",
                "Our handheld ultrasound device measures bone density at the wrist without radiation. We need a "
                "partner who can handle the special import approval for Boao Lecheng, organise real-world data "
                "collection there and prepare our NMPA registration.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["hainan-ftp", "greater-china"],
        "stage": "market",
    },
    {
        "key": "lecheng-access-service",
        "org": "lecheng-access",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "乐城先行区特许药械进口申报、真实世界数据研究与注册申报一站式服务",
                "我们协助海外药械企业办理博鳌乐城特许药械进口审批，对接先行区医院开展真实世界数据研究，"
                "并利用研究数据准备国家药监局注册申报，已服务40多个海外产品。",
            ),
            "en": (
                "Boao Lecheng special import approval, real-world data studies and NMPA registration",
                "We help foreign drug and device makers obtain special import approval in Boao Lecheng, run "
                "real-world data studies with the zone's hospitals and use the data for their NMPA registration; more "
                "than 40 products so far.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices", "chemical-drugs"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "kanggu-titanium-implants",
        "org": "kanggu",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "寻求个性化钛合金骨科植入物供应与海南本地化生产合作",
                "我司为省内骨科医院提供植入物配送和手术跟台服务，髋臼杯、椎间融合器和骨肿瘤修复假体的个性化需求增长很快。"
                "希望与海外厂商合作供货，并在海南建设本地生产能力。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["manufacturing", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "titanform-ebm-implants",
        "org": "titanform",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Electron-beam melting of porous titanium implants: process licence and contract manufacturing",
                "We print acetabular cups, spinal cages and patient-specific implants in Ti6Al4V with trabecular "
                "structures that bone grows into, under ISO 13485. We license the process with training, or "
                "manufacture for partners.",
            ),
        },
        "sectors": ["advanced-manufacturing", "biomedicine"],
        "subfields": ["smart-manufacturing", "medical-devices"],
        "keywords": ["additive-manufacturing"],
        "cooperation": ["licence", "manufacturing", "technology-transfer"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "osteo3d-patient-implants",
        "org": "osteo3d",
        "kind": "business-offer",
        "text": {
            "en": (
                "Patient-specific 3D-printed titanium implants: distribution and local production partners in China",
                "We design and print custom titanium implants from the patient's CT within ten days, approved by "
                "HSA and CE-marked. We seek orthopaedic distributors in China and a partner to set up local "
                "production.",
            ),
            "zh-hans": (
                "个性化3D打印钛合金植入物：寻求中国经销商及本地生产合作伙伴",
                "根据患者CT在十天内设计并打印个性化钛合金植入物，已获新加坡HSA批准和CE认证，寻求国内骨科经销商和本地化生产伙伴。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "keywords": ["additive-manufacturing"],
        "cooperation": ["distribution", "manufacturing", "commercial-agreement"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "suzao-rapid-prototyping",
        "org": "suzao",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "工业设计手板与3D打印快速成型服务",
                "提供光固化、尼龙粉末烧结和金属3D打印手板、小批量试制和后处理，24小时交付，服务家电、电子和文创企业。",
            ),
        },
        "sectors": ["industrial-design", "advanced-manufacturing"],
        "subfields": ["equipment-design"],
        "keywords": ["additive-manufacturing", "industrial-design"],
        "cooperation": ["services", "manufacturing"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "huajian-ivd-brand",
        "org": "huajian",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "寻求国际体外诊断品牌引进及本地化委托生产合作",
                "我司在省内二级以上医院拥有稳定的检验科渠道，希望引进欧洲分子诊断试剂品牌，先以代理方式进入市场，"
                "再通过委托生产或技术许可在海南本地化生产。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics"],
        "keywords": ["in-vitro-diagnostics", "point-of-care-testing"],
        "cooperation": ["distribution", "manufacturing", "licence"],
        "regions": ["eu", "global"],
        "stage": "market",
    },
    {
        "key": "rhone-molecular-kits",
        "org": "rhone",
        "kind": "business-offer",
        "text": {
            "en": (
                "Molecular test kits for tropical and respiratory infections: distributors and local production",
                "Real-time PCR kits for dengue, zika, chikungunya, influenza and RSV, CE-IVD marked and used by "
                "hospital laboratories in 30 countries. We seek distributors in China and ASEAN and a partner for "
                "contract manufacturing.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics"],
        "keywords": ["in-vitro-diagnostics"],
        "cooperation": ["distribution", "manufacturing", "licence"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "klinik-rakyat-dengue-tests",
        "org": "klinik-rakyat",
        "kind": "business-request",
        "text": {
            "en": (
                "Supplier wanted: low-cost dengue NS1 and IgG/IgM rapid tests for 140 clinics",
                "Our clinics see thousands of fever patients each monsoon season. We want a manufacturer of "
                "registered dengue rapid test cassettes that give a result in 15 minutes, for an annual supply "
                "contract.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics"],
        "keywords": ["point-of-care-testing"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["greater-china", "rcep"],
        "stage": "market",
    },
    {
        "key": "rezhen-dengue-rapid-tests",
        "org": "rezhen",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "登革热NS1抗原及IgG/IgM抗体快速检测试剂盒，寻求东盟经销商和医疗机构客户",
                "胶体金法快速检测试剂盒15分钟出结果，已取得国内注册证和马来西亚、泰国注册，年产能2000万人份。",
            ),
            "en": (
                "Dengue NS1 antigen and IgG/IgM rapid tests: ASEAN distributors and clinic customers wanted",
                "Colloidal-gold rapid tests with results in 15 minutes, registered in China, Malaysia and Thailand; "
                "capacity of 20 million tests a year.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics"],
        "keywords": ["in-vitro-diagnostics", "point-of-care-testing"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["asean"],
        "stage": "market",
    },
    {
        "key": "lionheart-nk-cells",
        "org": "lionheart",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Allogeneic NK-cell therapy platform available for licensing in China",
                "Off-the-shelf natural-killer cells from cord blood, in phase I for solid tumours in Singapore. "
                "We license the manufacturing process to partners with GMP cell facilities.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics"],
        "keywords": ["cell-therapy"],
        "cooperation": ["licence", "technology-transfer"],
        "regions": ["greater-china"],
        "stage": "research",
    },
    {
        "key": "rhein-main-gene-therapy-rd",
        "org": "rhein-main",
        "kind": "rd-request",
        "text": {
            "en": (
                "Clinical partner wanted for an AAV gene-therapy trial in inherited retinal disease",
                "Our AAV vector restores a missing gene in patients with retinitis pigmentosa. After phase I in "
                "Germany we look for an ophthalmology centre in Asia with genetically diagnosed patients to join "
                "a phase II trial.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics"],
        "keywords": ["cell-therapy"],
        "cooperation": ["rd-cooperation"],
        "regions": ["greater-china", "global"],
        "stage": "research",
    },
    {
        "key": "boyuan-antibody-cmc",
        "org": "boyuan",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "双特异性抗体细胞株构建及工艺开发合作伙伴征集",
                "公司有两个双抗分子处于临床前阶段，需要合作方完成高表达细胞株构建、上下游工艺开发和中试放大，"
                "为中美双报的IND申报准备CMC资料。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics"],
        "keywords": ["antibodies"],
        "cooperation": ["rd-cooperation", "technical-cooperation"],
        "regions": ["eu", "global"],
        "stage": "research",
    },
    {
        "key": "bioprozess-antibody-cdmo",
        "org": "bioprozess",
        "kind": "business-offer",
        "text": {
            "en": (
                "Cell-line development and GMP process development for antibodies: CDMO services for Asian biotechs",
                "From DNA to a stable high-titre CHO cell line in 14 weeks, then upstream and downstream process "
                "development, scale-up to 2,000 L and the CMC package for IND filings in the US, EU and China.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics"],
        "keywords": ["antibodies"],
        "cooperation": ["services", "manufacturing"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "neva-sustained-release-licence",
        "org": "neva",
        "kind": "business-request",
        "text": {
            "en": (
                "In-licensing oral sustained-release formulations for the Eurasian Economic Union market",
                "Neva Pharm makes generic medicines for Russia and Central Asia. We want to license patented "
                "sustained-release pellet or tablet technologies for cardiovascular and diabetes drugs and "
                "manufacture them in St Petersburg.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["chemical-drugs"],
        "keywords": ["drug-delivery"],
        "cooperation": ["licence", "commercial-agreement"],
        "regions": ["greater-china", "global"],
        "stage": "market",
    },
    {
        "key": "yedao-sustained-release-pellets",
        "org": "yedao",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "口服缓释微丸制剂技术（已授权发明专利）对外许可",
                "自主开发的多单元缓释微丸平台可实现12至24小时平稳释药，已用于两个心血管和降糖仿制药品种，"
                "拥有3项授权发明专利，可对外许可并提供工艺转移。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["chemical-drugs"],
        "keywords": ["drug-delivery"],
        "cooperation": ["licence", "technology-transfer"],
        "regions": ["asean", "eu"],
        "stage": "market",
    },
    {
        "key": "coralsea-marine-peptides",
        "org": "coralsea",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Marine-derived anti-inflammatory peptides available for licensing or co-development",
                "Peptides from reef sponges that calm skin and gut inflammation in preclinical models, with "
                "patents filed in Australia, China and the US.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics", "chemical-drugs"],
        "keywords": ["marine-bioactives", "drug-delivery"],
        "cooperation": ["licence", "rd-cooperation"],
        "regions": ["rcep", "greater-china"],
        "stage": "research",
    },
    {
        "key": "tmi-anti-inflammatory-rd",
        "org": "tmi",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "征集海洋天然产物抗炎活性化合物联合研发伙伴",
                "研究所已建立南海海洋生物提取物库，含3000多个样品，发现多个具有抗炎活性的先导化合物。"
                "希望与国内外高校和企业在活性验证、结构优化和成药性评价方面联合研发。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics", "chemical-drugs"],
        "keywords": ["marine-bioactives"],
        "cooperation": ["rd-cooperation", "technology-transfer"],
        "regions": ["oceania", "rcep", "global"],
        "stage": "research",
    },
    {
        "key": "tmi-microalgae-dha",
        "org": "tmi",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "热带海洋微藻高密度培养及DHA提取技术转让",
                "利用南海本土微藻藻株，在开放跑道池和光生物反应器中实现高密度培养，DHA含量达干重的18%，"
                "已完成百吨级中试，可技术转让或合作建厂。",
            ),
            "en": (
                "High-density cultivation of tropical marine microalgae and DHA extraction: technology transfer",
                "Native South China Sea strains grown at high density in raceway ponds and photobioreactors, with DHA "
                "at 18% of dry weight; a 100-tonne pilot is done and we transfer the technology or build a plant "
                "together.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["microalgae", "functional-foods", "marine-bioactives"],
        "cooperation": ["technology-transfer", "licence"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "coralsea-microalgae-scale-up-rd",
        "org": "coralsea",
        "kind": "rd-request",
        "text": {
            "en": (
                "Partner wanted to scale up tropical microalgae cultivation for omega-3 oils",
                "Our strains grow fast at 30 °C and above. We look for a partner with pilot ponds or "
                "photobioreactors in a tropical climate to co-develop cultivation and oil extraction at scale.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["microalgae", "functional-foods"],
        "cooperation": ["rd-cooperation", "joint-venture"],
        "regions": ["hainan-ftp", "asean"],
        "stage": "pilot",
    },
    {
        "key": "sihat-herbal-health-foods",
        "org": "sihat",
        "kind": "business-request",
        "text": {
            "en": (
                "Sourcing Hainan herbal health foods for 300 pharmacies in Malaysia",
                "Our customers ask for Chinese herbal teas and health foods. We want a Hainan maker of registered, "
                "packaged products, such as agarwood tea, sharpleaf galangal or Chinese ginseng drinks, who can "
                "export to Malaysia with halal certification.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["traditional-chinese-medicine"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "wuzhishan-nanyao-health-foods",
        "org": "wuzhishan",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "五指山南药保健食品（沉香茶、益智仁、牛大力）寻求东盟进口商和经销商",
                "公司拥有南药种植基地5000亩和保健食品GMP车间，产品已获清真认证，希望在马来西亚、新加坡和印尼寻找进口商和连锁药房合作。",
            ),
            "en": (
                "Hainan herbal health foods (agarwood tea, sharpleaf galangal, millettia) seek ASEAN importers",
                "We grow southern Chinese medicinal herbs on 330 hectares and make halal-certified health foods in "
                "our GMP plant, and look for importers and pharmacy chains in Malaysia, Singapore and Indonesia.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["chinese-medicine", "health-foods"],
        "keywords": ["traditional-chinese-medicine", "functional-foods"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["asean"],
        "stage": "market",
    },
    {
        "key": "noni-extract-supply",
        "org": "noni",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "诺丽果酵素与提取物原料供应",
                "万宁诺丽果种植基地直供诺丽果原浆、酵素和冻干粉原料，可为保健食品和饮料企业提供OEM代工。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods"],
        "cooperation": ["commercial-agreement", "manufacturing"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "utm-herbal-clinical-rd",
        "org": "utm",
        "kind": "rd-request",
        "text": {
            "en": (
                "Clinical research partner for herbal formulas that improve metabolic health",
                "We have two herbal formulas, based on tongkat ali and sharpleaf galangal, that lowered blood "
                "glucose in animal studies. We look for a Chinese medicine research centre to design and run "
                "joint clinical studies.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["chinese-medicine", "health-foods"],
        "keywords": ["traditional-chinese-medicine"],
        "cooperation": ["rd-cooperation"],
        "regions": ["greater-china", "rcep"],
        "stage": "research",
    },
    {
        "key": "nanyao-metabolic-clinical-rd",
        "org": "nanyao-clinical",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "南药复方防治代谢综合征临床研究国际合作",
                "中心依托省中医院开展南药临床研究，正在筹备益智仁、牛大力复方干预糖尿病前期的多中心临床试验，"
                "希望与东盟国家的大学和医院合作，共同设计方案、入组患者并发表成果。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["chinese-medicine", "health-foods"],
        "keywords": ["traditional-chinese-medicine", "functional-foods"],
        "cooperation": ["rd-cooperation", "technical-cooperation"],
        "regions": ["asean", "global"],
        "stage": "research",
    },
    {
        "key": "yexiang-coconut-water-hpp",
        "org": "yexiang",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "NFC椰子水非热杀菌保鲜技术需求",
                "我司年产椰子水饮料8万吨，热杀菌后风味损失明显。希望引进超高压（HPP）等非热杀菌技术和配套设备，"
                "使NFC椰子水冷藏保质期达到45天以上。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods"],
        "cooperation": ["technical-cooperation", "licence"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "yeyun-coconut-shell-carbon",
        "org": "yeyun-carbon",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "椰壳活性炭供应：饮用水净化、食品脱色与黄金提取",
                "以文昌椰壳为原料生产颗粒和粉状活性炭，碘值1000以上，可按客户要求定制粒度和灰分。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["water-quality", "solid-waste"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "seri-halal-contract-maker",
        "org": "seri",
        "kind": "business-request",
        "text": {
            "en": (
                "Contract manufacturer wanted in Hainan for halal-certified skincare",
                "We sell halal skincare in Singapore, Malaysia and the Middle East and want to move production of "
                "serums and creams to a certified cosmetics factory in the Hainan Free Trade Port.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods"],
        "cooperation": ["manufacturing", "commercial-agreement"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    # ============================================================================================
    # Biodegradable materials, waste and recycling
    {
        "key": "lvtian-mulch-formulation",
        "org": "lvtian",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "适应海南高温高湿气候的全生物降解地膜配方及吹膜工艺技术需求",
                "全岛禁塑后农户改用全生物降解地膜，但现有地膜在高温高湿条件下30天左右就开始破裂。"
                "我们需要能保证90至120天有效覆盖期、收获后在土壤中完全降解的地膜配方和吹膜工艺。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["bio-based-polymers"],
        "cooperation": ["technical-cooperation", "technology-transfer"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "lvtian-compostable-bags",
        "org": "lvtian",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "全生物降解购物袋、垃圾袋OEM供应，符合GB/T 38082",
                "年产全生物降解购物袋、垃圾袋和保鲜袋1.2万吨，可按客户品牌定制印刷，已出口新加坡和马来西亚连锁超市。",
            ),
            "en": (
                "Compostable carrier bags and bin liners, OEM supply to GB/T 38082",
                "12,000 tonnes a year of compostable carrier bags, bin liners and produce bags, printed with the "
                "customer's brand; we already supply supermarket chains in Singapore and Malaysia.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["biodegradable-plastics"],
        "cooperation": ["commercial-agreement", "manufacturing", "distribution"],
        "regions": ["asean", "global"],
        "stage": "market",
    },
    {
        "key": "lvtian-expansion-round",
        "org": "lvtian",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "全生物降解农用地膜扩产项目股权融资5000万元",
                "为满足海南及东盟市场对全生物降解地膜的需求，我司计划新建年产1万吨地膜生产线，拟出让不超过20%股权，"
                "欢迎关注循环经济和新材料的投资机构。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["biodegradable-plastics", "bio-based-polymers"],
        "cooperation": ["investment", "joint-venture"],
        "regions": ["global"],
        "stage": "market",
        "budget": (40_000_000, 60_000_000, "CNY"),
    },
    {
        "key": "rheinland-pbat-compounds",
        "org": "rheinland",
        "kind": "business-offer",
        "text": {
            "en": (
                "Certified compostable PBAT compounds for mulch film and carrier bags: supply and local compounding",
                "We supply EN 13432-certified PBAT/PLA compounds in blown-film grades. Our tropical mulch grade "
                "keeps its strength for 100 days in hot, humid fields and then degrades fully in the soil. We look "
                "for film makers as customers and a partner in Hainan to compound under licence.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["biodegradable-plastics", "bio-based-polymers"],
        "cooperation": ["commercial-agreement", "manufacturing", "distribution"],
        "regions": ["greater-china", "hainan-ftp", "asean"],
        "stage": "market",
    },
    {
        "key": "pelto-soil-mulch",
        "org": "pelto",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Soil-biodegradable mulch film formulation with a tunable 60–150 day lifetime",
                "Our additive package and film recipe let growers choose how long the mulch lasts before it "
                "breaks down in the field. Field trials in Finland, Spain and Morocco; we license the formulation "
                "with technical support on the customer's blown-film line.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["biodegradable-plastics"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "kompostix-pla-cutlery",
        "org": "kompostix",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Heat-resistant PLA cutlery: licence of the formulation and injection-moulding process",
                "Our crystallised PLA cutlery withstands 95 °C, is certified home-compostable and runs on "
                "standard injection-moulding machines. Licence agreement with process transfer.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["biodegradable-plastics", "bio-based-polymers"],
        "cooperation": ["licence", "technology-transfer"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "circulair-pha",
        "org": "circulair",
        "kind": "tech-offer",
        "text": {
            "en": (
                "PHA bioplastic from food waste that degrades in seawater",
                "Bacteria turn food-processing waste into PHA granules for packaging and coatings that break down "
                "in the sea within months. We license the fermentation process.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials", "solid-waste-reuse"],
        "keywords": ["biodegradable-plastics", "bio-based-polymers", "solid-waste"],
        "cooperation": ["licence", "joint-venture"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "sawitbio-palm-polymers",
        "org": "sawitbio",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Bio-based polyols and resins from palm-oil biomass",
                "We convert empty fruit bunches from palm-oil mills into bio-based polyols for foams, coatings "
                "and adhesives, and license the process to biomass owners.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["bio-based-polymers", "solid-waste"],
        "cooperation": ["licence", "joint-venture"],
        "regions": ["asean", "greater-china"],
        "stage": "pilot",
    },
    {
        "key": "segar-compostable-bags",
        "org": "segar",
        "kind": "business-request",
        "text": {
            "en": (
                "Supplier wanted: certified compostable carrier bags and produce bags for 85 supermarkets",
                "Malaysia is phasing out plastic bags and our customers want compostable ones. We need about "
                "600 tonnes a year of printed carrier bags and produce roll bags, certified to EN 13432 or an "
                "equivalent standard.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["biodegradable-plastics"],
        "cooperation": ["commercial-agreement"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "zheyuan-bagasse-tableware",
        "org": "zheyuan",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "甘蔗渣纸浆模塑环保餐具成型及无氟防油技术需求",
                "临高糖厂每年产生甘蔗渣约20万吨，我们计划建设纸浆模塑餐具生产线，需要湿压成型工艺、"
                "不含PFAS的防油防水技术以及成套设备选型方面的合作。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials", "solid-waste-reuse"],
        "keywords": ["biodegradable-plastics", "solid-waste"],
        "cooperation": ["technology-transfer", "technical-cooperation"],
        "regions": ["asean", "global"],
        "stage": "prototype",
    },
    {
        "key": "tebu-bagasse-moulding",
        "org": "tebu",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Bagasse moulded-fibre tableware: PFAS-free oil barrier and turnkey moulding lines",
                "We make plates, bowls and clamshells from sugar-cane bagasse and transfer the whole process: "
                "wet-press moulding, our PFAS-free oil and water barrier, and line layout.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["solid-waste"],
        "cooperation": ["technology-transfer", "manufacturing"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "lvxunhuan-composting",
        "org": "lvxunhuan",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "餐厨垃圾与可降解塑料制品工业堆肥处理服务",
                "日处理能力300吨，可接收餐厨垃圾、园林废弃物和可降解塑料制品，产出有机肥，为酒店、商超和园区提供收运处理。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse", "biodegradable-materials"],
        "keywords": ["solid-waste", "biodegradable-plastics"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "chengjian-cdw-sorting",
        "org": "chengjian",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "建筑垃圾智能分选与高品质再生骨料技术需求",
                "海口每年产生建筑垃圾约600万吨，现有生产线靠人工分拣，再生骨料杂质多、售价低。"
                "我们希望引进基于机器视觉的智能分选机器人和再生骨料提质工艺。",
            ),
            "en": (
                "Intelligent sorting of construction waste and high-quality recycled aggregate",
                "Haikou produces about 6 million tonnes of construction waste a year. Our lines sort by hand and the "
                "recycled aggregate is impure and cheap; we want machine-vision sorting robots and a process to "
                "upgrade the aggregate.",
            ),
        },
        "sectors": ["green-tech", "advanced-manufacturing"],
        "subfields": ["solid-waste-reuse", "robotics"],
        "keywords": ["construction-waste", "solid-waste", "machine-vision"],
        "cooperation": ["licence", "joint-venture", "technical-cooperation"],
        "regions": ["north-america", "eu", "global"],
        "stage": "pilot",
    },
    {
        "key": "cascade-cdw-robots",
        "org": "cascade",
        "kind": "tech-offer",
        "text": {
            "en": (
                "AI-guided robotic sorting for construction and demolition waste",
                "Our robots pick wood, metal, plastics and gypsum from mixed construction waste at 70 picks a "
                "minute, so the rest can be crushed into clean recycled aggregate. 45 lines in North America.",
            ),
        },
        "sectors": ["green-tech", "advanced-manufacturing"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["construction-waste", "robotics", "machine-vision", "artificial-intelligence"],
        "cooperation": ["licence", "joint-venture", "distribution"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "chengjian-factory-round",
        "org": "chengjian",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "建筑垃圾资源化智能工厂升级项目引资8000万元",
                "公司年处理建筑垃圾150万吨，计划建设智能分选和再生建材生产线，拟引入战略投资8000万元，也欢迎合资共建。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["construction-waste", "solid-waste", "carbon-management"],
        "cooperation": ["investment", "joint-venture"],
        "regions": ["global"],
        "stage": "market",
        "budget": (60_000_000, 80_000_000, "CNY"),
    },
    {
        "key": "nordnet-fishing-nets",
        "org": "nordnet",
        "kind": "business-request",
        "text": {
            "en": (
                "Collection and recycling partner wanted for used fishing nets and ropes in Hainan",
                "We turn old nylon nets into raw material for clothing brands. We want a partner in Hainan to "
                "collect nets from fishing ports and fish farms, clean them and recycle them, with an offtake "
                "agreement for the nylon.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["solid-waste"],
        "cooperation": ["commercial-agreement", "joint-venture"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "lanhai-net-recycling",
        "org": "lanhai",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "废旧渔网及海洋塑料回收再生尼龙颗粒，寻求海外品牌和合作伙伴",
                "我们在全省12个渔港设有回收点，年回收废旧渔网和缆绳3000吨，经清洗、解聚生产再生尼龙颗粒，"
                "希望与海外品牌签订长期采购协议或合资扩建产线。",
            ),
            "en": (
                "Recycled nylon from old fishing nets and marine plastics: brands and partners wanted",
                "Collection points in 12 fishing ports gather 3,000 tonnes of nets and ropes a year, which we clean "
                "and depolymerise into recycled nylon. We seek long-term buyers and joint-venture partners.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["solid-waste", "marine-ecology"],
        "cooperation": ["commercial-agreement", "distribution", "joint-venture"],
        "regions": ["eu", "global"],
        "stage": "market",
    },
    {
        "key": "k-cycle-battery-recycling",
        "org": "k-cycle",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Hydrometallurgical recycling of LFP and NMC batteries",
                "Our process recovers 95% of lithium and more than 98% of nickel and cobalt from spent batteries "
                "and production scrap. Licence or joint venture.",
            ),
        },
        "sectors": ["green-tech", "advanced-manufacturing"],
        "subfields": ["solid-waste-reuse", "new-energy-vehicles"],
        "keywords": ["battery", "solid-waste"],
        "cooperation": ["licence", "joint-venture"],
        "regions": ["greater-china", "asean"],
        "stage": "pilot",
    },
    {
        "key": "zhixin-testing-lab",
        "org": "zhixin-lab",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "第三方检测认证服务：可降解材料、医疗器械、电子电器",
                "CMA、CNAS资质实验室，提供可降解材料降解性能、医疗器械生物相容性和电子电器安全检测，出具国际互认报告。",
            ),
        },
        "sectors": ["green-tech", "biomedicine", "advanced-manufacturing"],
        "subfields": ["biodegradable-materials", "medical-devices"],
        "keywords": ["biodegradable-plastics"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "qiongzhi-ip-services",
        "org": "qiongzhi-ip",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "知识产权与技术许可法律服务：专利布局、许可谈判与技术进出口登记",
                "为海内外企业提供专利申请与布局、技术许可合同起草与谈判、技术进出口合同登记和知识产权尽职调查服务。",
            ),
        },
        "sectors": ["digital-economy", "biomedicine", "green-tech", "advanced-manufacturing", "industrial-design"],
        "cooperation": ["services", "licence", "technology-transfer"],
        "regions": ["global"],
        "stage": "market",
    },
    # ============================================================================================
    # Carbon, energy and buildings
    {
        "key": "ganghang-port-carbon",
        "org": "ganghang",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "港口碳排放核算与碳管理数字化平台",
                "集团旗下码头、船舶和车队的能耗数据分散在多个系统中，欧洲航运客户要求提供经核证的碳排放数据。"
                "我们需要覆盖范围一至范围三的碳核算平台，能自动采集数据并出具符合国际标准的报告。",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "big-data"],
        "keywords": ["carbon-management", "big-data"],
        "cooperation": ["technical-cooperation", "licence"],
        "regions": ["eu", "global"],
        "stage": "pilot",
    },
    {
        "key": "hiilitase-carbon-accounting",
        "org": "hiilitase",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Scope 1–3 carbon accounting for ports and logistics, with verifiable reports for EU customers",
                "Our platform pulls fuel, power and shipment data from terminal, fleet and ERP systems and "
                "produces GHG Protocol and ISO 14083 reports that auditors can verify.",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["big-data"],
        "keywords": ["carbon-management", "cloud-computing"],
        "cooperation": ["licence", "services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "tanhui-carbon-points",
        "org": "tanhui",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "区块链碳普惠平台：记录市民绿色出行与低碳消费",
                "为城市和企业搭建碳普惠平台，记录公交出行、垃圾分类等低碳行为并兑换积分，碳减排量上链存证。",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["blockchain"],
        "keywords": ["carbon-management", "blockchain"],
        "cooperation": ["services", "licence"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "guanlan-hotel-chillers",
        "org": "guanlan",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "酒店中央空调系统节能改造合作（合同能源管理）",
                "集团在海口和三亚有9家酒店，空调用电占总能耗的一半以上。希望以合同能源管理方式改造冷水机组和控制系统，"
                "由合作方投资并分享节能收益。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-equipment"],
        "keywords": ["energy-efficiency"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "energiehaus-performance-contracts",
        "org": "energiehaus",
        "kind": "business-offer",
        "text": {
            "en": (
                "Energy-performance contracting for hotels and hospitals: we finance, retrofit and guarantee savings",
                "We audit the building, replace chillers, pumps and controls at our cost, and are paid from the "
                "guaranteed savings over 8 to 12 years. 140 buildings in Europe and the Middle East.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-equipment"],
        "keywords": ["energy-efficiency", "carbon-management"],
        "cooperation": ["services", "investment", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "coolgrid-chiller-ai",
        "org": "coolgrid",
        "kind": "tech-offer",
        "text": {
            "en": (
                "AI control for chilled-water plants in tropical buildings: 20–30% less energy",
                "Our software learns how a building's chillers, pumps and cooling towers behave and runs them at "
                "the lowest energy for the comfort needed. Installed in 60 hotels, malls and hospitals in "
                "Singapore and Malaysia.",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["ai", "iot"],
        "keywords": ["energy-efficiency", "artificial-intelligence", "iot"],
        "cooperation": ["licence", "services"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "guanghe-solar-microgrid",
        "org": "guanghe",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "园区屋顶光伏与储能微电网整体解决方案",
                "为工业园区、酒店和学校提供屋顶光伏、储能和能量管理系统，可采用合同能源管理模式，已建成项目80多个。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-equipment"],
        "keywords": ["energy-efficiency", "carbon-management", "battery"],
        "cooperation": ["services", "investment"],
        "regions": ["hainan-ftp", "asean"],
        "stage": "market",
    },
    {
        "key": "sanyawan-passive-design",
        "org": "sanyawan",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "热带滨海度假酒店绿色建筑与被动式降温设计",
                "我司将在三亚湾新建一座400间客房的度假酒店，希望采用遮阳、自然通风和热带景观等被动式降温设计，"
                "降低空调能耗并取得绿色建筑三星认证，现寻找有热带项目经验的建筑设计团队。",
            ),
        },
        "sectors": ["industrial-design", "green-tech"],
        "subfields": ["architectural-design"],
        "keywords": ["green-building", "energy-efficiency"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["global"],
        "stage": "idea",
    },
    {
        "key": "tropical-passive-architecture",
        "org": "tropical-passive",
        "kind": "business-offer",
        "text": {
            "en": (
                "Passive-cooling architecture for tropical resorts and campuses",
                "Deep eaves, cross-ventilation, shaded courtyards and planted façades that cut cooling loads by a "
                "third. Our resorts in Bali, Phuket and Sentosa hold Green Mark Platinum.",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["architectural-design"],
        "keywords": ["green-building"],
        "cooperation": ["services"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "sanyawan-resort-equity",
        "org": "sanyawan",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "三亚湾生态度假区开发项目股权融资3亿元",
                "项目占地320亩，包括度假酒店、商业街和滨海公园，已取得土地使用权，拟引入股权投资3亿元，"
                "欢迎旅游地产和文旅投资机构洽谈。",
            ),
        },
        "sectors": ["industrial-design", "green-tech"],
        "subfields": ["architectural-design"],
        "keywords": ["green-building"],
        "cooperation": ["investment", "joint-venture"],
        "regions": ["global"],
        "stage": "idea",
        "budget": (300_000_000, 300_000_000, "CNY"),
    },
    # ============================================================================================
    # Industrial design, XR and chips
    {
        "key": "suqi-scooter-design",
        "org": "suqi",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "电动两轮车新车型外观与人机工程设计外包",
                "我司计划明年推出面向东南亚市场的两款电动踏板车，需要外观造型、人机工程和CMF设计，"
                "并配合结构工程师完成可量产的设计数据。",
            ),
        },
        "sectors": ["industrial-design", "advanced-manufacturing"],
        "subfields": ["equipment-design", "new-energy-vehicles"],
        "keywords": ["industrial-design", "electric-two-wheelers", "ux-design"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["east-asia", "eu", "global"],
        "stage": "idea",
    },
    {
        "key": "kyoto-vehicle-design",
        "org": "kyoto-form",
        "kind": "business-offer",
        "text": {
            "en": (
                "Industrial design for electric scooters, vehicles and machinery, from concept to tooling",
                "Our 25 designers have styled scooters, small EVs and farm machinery for Japanese and Asian makers, "
                "covering exterior, ergonomics, colours and materials and tooling-ready surfaces.",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["equipment-design"],
        "keywords": ["industrial-design"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "kyoto-3d-visualisation",
        "org": "kyoto-form",
        "kind": "business-request",
        "text": {
            "en": (
                "Local partner wanted for 3D product visualisation and virtual showrooms for Chinese clients",
                "Our Chinese clients want photoreal renders, animations and online virtual showrooms of the "
                "products we design for them. We look for a studio in China to produce them with us.",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["digital-creative-design"],
        "keywords": ["digital-creative", "extended-reality"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "daoyu-3d-showrooms",
        "org": "daoyu",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "三维产品可视化与线上虚拟展厅设计服务",
                "为制造企业和品牌制作产品三维渲染、动画和可交互的线上虚拟展厅，支持网页、小程序和VR头显浏览。",
            ),
            "en": (
                "3D product visualisation and online virtual showrooms",
                "Photoreal renders, animations and interactive online showrooms of products for manufacturers and "
                "brands, viewable on the web, in mini-programs and on VR headsets.",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["digital-creative-design"],
        "keywords": ["digital-creative", "extended-reality", "ux-design"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["east-asia", "eu", "global"],
        "stage": "market",
    },
    {
        "key": "shiguang-brand-design",
        "org": "shiguang",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "品牌视觉识别与包装设计服务",
                "为消费品、食品和文旅企业提供品牌标志、视觉识别系统和包装设计，服务过60多个海南本土品牌。",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["digital-creative-design"],
        "keywords": ["digital-creative", "industrial-design"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "huandao-ar-try-on",
        "org": "huandao",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "免税店美妆AR虚拟试妆技术需求",
                "顾客在免税店和线上商城选购口红、眼影时希望先看上妆效果。我们需要能在小程序和门店魔镜中运行的AR虚拟试妆技术，"
                "支持上千个色号快速上架。",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["digital-creative-design", "ai"],
        "keywords": ["extended-reality", "computer-vision"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "lenscraft-ar-try-on",
        "org": "lenscraft",
        "kind": "tech-offer",
        "text": {
            "en": (
                "AR virtual try-on SDK for cosmetics and eyewear, running in mini-programs and smart mirrors",
                "Face tracking and true-to-colour rendering of lipsticks, eyeshadows and glasses, with a catalogue "
                "tool that adds a new shade in minutes. Used by beauty brands in Singapore, Korea and Thailand.",
            ),
            "zh-hans": (
                "美妆与眼镜AR虚拟试戴SDK，支持小程序和智能魔镜",
                "人脸追踪与真实色彩渲染口红、眼影和眼镜，新色号几分钟即可上架，已服务新加坡、韩国和泰国的美妆品牌。",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["digital-creative-design"],
        "keywords": ["extended-reality", "computer-vision", "artificial-intelligence"],
        "cooperation": ["licence"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "simulo-vr-training",
        "org": "simulo",
        "kind": "tech-offer",
        "text": {
            "en": (
                "VR safety-training simulators for ports, plants and construction sites",
                "Trainees practise crane signalling, confined-space entry and fire response in VR; trainers see "
                "every mistake. Licensed per headset.",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["digital-creative-design"],
        "keywords": ["extended-reality"],
        "cooperation": ["licence", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "xindao-riscv-npu-ip",
        "org": "xindao",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "物联网低功耗芯片RISC-V处理器及NPU神经网络加速IP授权",
                "我们正在设计用于智能表计和可穿戴设备的低功耗SoC，需要授权一款低功耗RISC-V处理器核和端侧神经网络加速IP，"
                "并获得集成支持。",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["chip-design", "iot"],
        "keywords": ["chip-design", "risc-v", "edge-computing"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["east-asia", "eu", "north-america"],
        "stage": "prototype",
    },
    {
        "key": "saebyeok-npu-ip",
        "org": "saebyeok",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Sub-milliwatt RISC-V neural accelerator IP for IoT chips",
                "A RISC-V core with a tiny neural accelerator that runs keyword spotting and anomaly detection at "
                "under 1 mW, silicon-proven on 22 nm. Licensed with integration support.",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["chip-design", "ai", "iot"],
        "keywords": ["chip-design", "risc-v", "edge-computing", "artificial-intelligence"],
        "cooperation": ["licence", "rd-cooperation", "technical-cooperation"],
        "regions": ["greater-china", "rcep"],
        "stage": "prototype",
    },
    {
        "key": "radiocore-ble-ip",
        "org": "radiocore",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Bluetooth LE and sub-GHz radio IP for low-power IoT SoCs",
                "Silicon-proven radio IP with the lowest receive current in its class, for meters, tags and "
                "wearables. Licence with integration support.",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["chip-design", "iot"],
        "keywords": ["chip-design", "iot", "edge-computing"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["greater-china", "east-asia"],
        "stage": "market",
    },
    {
        "key": "xintu-eda-tools",
        "org": "xintu-eda",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "国产数字芯片设计EDA工具与流片服务",
                "提供逻辑综合、时序分析等国产EDA工具及设计服务，协助初创企业完成从设计到流片的全过程。",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["chip-design"],
        "keywords": ["chip-design"],
        "cooperation": ["licence", "services"],
        "regions": ["global"],
        "stage": "market",
    },
    # ============================================================================================
    # Vehicles, batteries and transport
    {
        "key": "chaophraya-lfp-supply",
        "org": "chaophraya",
        "kind": "business-request",
        "text": {
            "en": (
                "Supplier wanted: LFP battery packs and BMS for electric motorcycles",
                "We assemble electric motorcycles for Thai delivery fleets and need 30,000 LFP packs a year "
                "(72 V, 40 Ah) with a BMS that talks to our swap cabinets.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["battery", "electric-two-wheelers"],
        "cooperation": ["commercial-agreement", "manufacturing"],
        "regions": ["greater-china", "hainan-ftp", "rcep"],
        "stage": "market",
    },
    {
        "key": "pengcheng-lfp-packs",
        "org": "pengcheng",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "磷酸铁锂动力电池包及BMS出口东盟，寻求整车厂和分销伙伴",
                "年产两轮车和微型车用磷酸铁锂电池包50万套，支持换电协议定制BMS，已为越南和印尼整车厂批量供货。",
            ),
            "en": (
                "LFP battery packs and BMS for export to ASEAN: vehicle makers and distributors wanted",
                "500,000 LFP packs a year for two-wheelers and micro cars, with BMS customised to battery-swap "
                "protocols; already supplied in volume to makers in Vietnam and Indonesia.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["battery", "new-energy-vehicles"],
        "cooperation": ["commercial-agreement", "distribution", "manufacturing"],
        "regions": ["asean"],
        "stage": "market",
    },
    {
        "key": "chaophraya-battery-analytics",
        "org": "chaophraya",
        "kind": "tech-request",
        "text": {
            "en": (
                "Battery-health analytics wanted for a fleet of 20,000 swap batteries",
                "We need software that reads BMS data from our swap cabinets, predicts each battery's state of "
                "health and warns us before a pack fails or becomes unsafe.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["battery", "electric-two-wheelers"],
        "cooperation": ["licence", "services"],
        "regions": ["greater-china", "rcep"],
        "stage": "market",
    },
    {
        "key": "pengcheng-cloud-bms",
        "org": "pengcheng",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "基于大数据的动力电池健康度评估与云端BMS平台",
                "平台接入电池包和换电柜数据，评估健康度与剩余寿命，提前预警热失控风险，已管理12万块电池。",
            ),
            "en": (
                "Cloud BMS platform that estimates battery health from fleet data",
                "Our platform reads data from packs and swap cabinets, estimates state of health and remaining "
                "life, and warns of thermal-runaway risk. 120,000 batteries are connected.",
            ),
        },
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "subfields": ["new-energy-vehicles", "big-data"],
        "keywords": ["battery", "big-data", "artificial-intelligence"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["asean", "global"],
        "stage": "market",
    },
    {
        "key": "chineng-scooter-motors",
        "org": "chineng",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "电动两轮车轮毂电机与控制器供应",
                "年产轮毂电机和控制器80万套，功率800W至5kW，可按整车厂要求匹配电池和仪表协议。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["electric-two-wheelers", "new-energy-vehicles"],
        "cooperation": ["commercial-agreement", "manufacturing"],
        "regions": ["asean", "global"],
        "stage": "market",
    },
    {
        "key": "yecheng-ev-thermal",
        "org": "yecheng-auto",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "适应热带高温高湿环境的电动汽车电池热管理与热泵空调技术",
                "海南夏季高温高湿，我司电动车空调能耗大、快充时电池温度过高。希望引进整车热管理集成和热泵空调技术，"
                "可采用技术许可、联合开发或合资方式。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["new-energy-vehicles", "battery", "energy-efficiency"],
        "cooperation": ["technical-cooperation", "licence", "joint-venture"],
        "regions": ["eu", "global"],
        "stage": "prototype",
    },
    {
        "key": "thermodrive-heat-pumps",
        "org": "thermodrive",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Integrated heat-pump thermal management for electric vehicles in hot climates",
                "One module cools the cabin, battery and motor and recovers heat, keeping the battery below 35 °C "
                "during fast charging at 45 °C outside. Ready for licence or joint development.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["new-energy-vehicles", "energy-efficiency"],
        "cooperation": ["licence", "technical-cooperation", "joint-venture"],
        "regions": ["greater-china", "asean"],
        "stage": "pilot",
    },
    {
        "key": "qiongzhou-ferry-hydrogen",
        "org": "qiongzhou-ferry",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "琼州海峡客滚船氢燃料电池动力系统技术需求",
                "公司运营琼州海峡客滚船30艘，计划试点建造一艘零排放客滚船，需要船用氢燃料电池动力系统、储氢和加注方案。",
            ),
        },
        "sectors": ["advanced-manufacturing", "green-tech"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["new-energy-vehicles", "battery", "energy-efficiency"],
        "cooperation": ["technical-cooperation", "joint-venture"],
        "regions": ["eu", "global"],
        "stage": "prototype",
    },
    # ============================================================================================
    # Investment
    {
        "key": "xindao-angel-round",
        "org": "xindao",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "物联网低功耗芯片设计初创企业天使+轮融资3000万元",
                "团队来自国内外头部芯片企业，首款智能表计SoC已完成流片验证，拟融资3000万元用于第二款芯片研发和量产导入。",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["chip-design", "iot"],
        "keywords": ["chip-design", "iot", "risc-v"],
        "cooperation": ["investment"],
        "regions": ["global"],
        "stage": "prototype",
        "budget": (20_000_000, 30_000_000, "CNY"),
    },
    {
        "key": "iris-series-a",
        "org": "iris",
        "kind": "investment-request",
        "text": {
            "en": (
                "Series A: USD 6 million to register our AI screening in China and open a Hainan subsidiary",
                "40 paying clinics in Singapore and Indonesia, USD 1.1 million annual recurring revenue. We welcome "
                "investors with hospital networks in China.",
            ),
            "zh-hans": (
                "A轮融资600万美元：在华注册AI筛查产品并设立海南子公司",
                "已在新加坡和印尼拥有40家付费诊所，年经常性收入110万美元，欢迎拥有国内医院资源的投资方。",
            ),
        },
        "sectors": ["digital-economy", "biomedicine"],
        "subfields": ["ai", "medical-devices"],
        "keywords": ["artificial-intelligence", "medical-imaging"],
        "cooperation": ["investment"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
        "budget": (5_000_000, 7_000_000, "USD"),
    },
    {
        "key": "pulsewave-china-round",
        "org": "pulsewave",
        "kind": "investment-request",
        "text": {
            "en": (
                "Strategic investor wanted for our China entry: EUR 3 million",
                "We are raising EUR 3 million to register our ECG patch in China, set up assembly in Hainan and "
                "build a cardiology reading service. We prefer an investor with hospital networks.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "keywords": ["telemedicine"],
        "cooperation": ["investment", "joint-venture"],
        "regions": ["greater-china"],
        "stage": "market",
        "budget": (2_500_000, 3_500_000, "EUR"),
    },
    {
        "key": "bluebuoy-seed-extension",
        "org": "bluebuoy",
        "kind": "investment-request",
        "text": {
            "en": (
                "USD 2 million seed extension to open an Asia-Pacific hub in Hainan",
                "BlueBuoy's water-quality buoys are sold in Israel, Greece and Vietnam. The round pays for a "
                "Hainan hub for sales and service to fish farms in China and South-East Asia.",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "subfields": ["environmental-monitoring", "iot"],
        "keywords": ["water-quality", "iot"],
        "cooperation": ["investment"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
        "budget": (1_500_000, 2_500_000, "USD"),
    },
    {
        "key": "passivbau-seed",
        "org": "passivbau",
        "kind": "investment-request",
        "text": {
            "en": (
                "Seed round of EUR 1.5 million for passive-house design software, with an Asia-Pacific office",
                "Our BIM plug-in checks a building design against passive-house targets while the architect "
                "draws. We want a strategic investor from the building industry in Asia.",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "subfields": ["architectural-design"],
        "keywords": ["green-building", "energy-efficiency"],
        "cooperation": ["investment"],
        "regions": ["greater-china", "asean"],
        "stage": "prototype",
        "budget": (1_200_000, 1_800_000, "EUR"),
    },
    {
        "key": "wenchang-rocket-series-a",
        "org": "wenchang-rocket",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "商业航天液体火箭发动机研制A轮融资2亿元",
                "公司研制可重复使用液氧甲烷发动机，已完成整机试车，本轮融资2亿元用于飞行验证和文昌总装基地建设。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["smart-manufacturing"],
        "keywords": ["additive-manufacturing"],
        "cooperation": ["investment"],
        "regions": ["global"],
        "stage": "prototype",
        "budget": (200_000_000, 200_000_000, "CNY"),
    },
    {
        "key": "pacific-crest-fund",
        "org": "pacific-crest",
        "kind": "investment-offer",
        "text": {
            "en": (
                "Seed and Series A for cross-border digital trade, health tech and semiconductor design",
                "We back founders building between North America and Asia, leading rounds of USD 1–8 million in "
                "digital trade, health technology and chip design.",
            ),
        },
        "sectors": ["digital-economy", "biomedicine", "industrial-design"],
        "subfields": ["digital-trade", "ai", "chip-design", "medical-devices"],
        "keywords": ["trade-digitalisation", "artificial-intelligence", "chip-design", "medical-imaging"],
        "cooperation": ["investment"],
        "regions": ["greater-china", "asean", "north-america"],
        "stage": "prototype",
        "budget": (1_000_000, 8_000_000, "USD"),
    },
    {
        "key": "gaoxin-angel-fund",
        "org": "gaoxin-fund",
        "kind": "investment-offer",
        "text": {
            "zh-hans": (
                "高新区科创天使基金：投资数字经济与集成电路早期项目",
                "基金单笔投资300万至2000万元，重点投资人工智能、物联网和集成电路设计领域在海口落地的早期企业。",
            ),
        },
        "sectors": ["digital-economy", "industrial-design"],
        "subfields": ["ai", "iot", "chip-design"],
        "keywords": ["artificial-intelligence", "iot", "chip-design"],
        "cooperation": ["investment"],
        "regions": ["global"],
        "stage": "prototype",
        "budget": (3_000_000, 20_000_000, "CNY"),
    },
    {
        "key": "nanhai-health-fund",
        "org": "nanhai-fund",
        "kind": "investment-offer",
        "text": {
            "zh-hans": (
                "健康产业基金：投资医疗器械、体外诊断与数字医疗，支持海外企业落地博鳌乐城",
                "基金规模20亿元，单笔投资1000万至8000万元，重点关注已有海外上市产品、计划进入中国市场的医疗器械和数字医疗企业，"
                "可协助对接乐城先行区医院和省内医院集团。",
            ),
            "en": (
                "Health-industry fund for medical devices, diagnostics and digital health entering China",
                "A RMB 2 billion fund investing RMB 10–80 million per company in device and digital-health firms with "
                "products on the market abroad that plan to enter China; we connect them with Boao Lecheng and Hainan "
                "hospital groups.",
            ),
        },
        "sectors": ["biomedicine", "digital-economy"],
        "subfields": ["medical-devices", "diagnostics", "ai"],
        "keywords": ["medical-imaging", "in-vitro-diagnostics", "telemedicine"],
        "cooperation": ["investment"],
        "regions": ["global"],
        "stage": "pilot",
        "budget": (10_000_000, 80_000_000, "CNY"),
    },
    {
        "key": "haixia-pharma-buyout",
        "org": "haixia-pe",
        "kind": "investment-offer",
        "text": {
            "zh-hans": (
                "医药健康并购基金：投资已盈利的医药与医疗器械企业",
                "单笔投资1亿元以上，投资已实现盈利、年收入超过3亿元的医药制造和医疗器械企业，以控股或并购为主。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["chemical-drugs", "medical-devices"],
        "keywords": ["medical-imaging", "drug-delivery"],
        "cooperation": ["investment"],
        "regions": ["global"],
        "stage": "market",
        "budget": (100_000_000, 500_000_000, "CNY"),
    },
    {
        "key": "lakeshore-climate-fund",
        "org": "lakeshore",
        "kind": "investment-offer",
        "text": {
            "en": (
                "Growth equity for circular materials, recycling and clean mobility in Asia",
                "We invest USD 5–30 million in profitable or near-profitable companies that replace fossil "
                "plastics, recycle waste into materials or electrify transport.",
            ),
        },
        "sectors": ["green-tech", "advanced-manufacturing"],
        "subfields": ["biodegradable-materials", "solid-waste-reuse", "new-energy-vehicles"],
        "keywords": ["biodegradable-plastics", "solid-waste", "construction-waste", "battery", "carbon-management"],
        "cooperation": ["investment"],
        "regions": ["greater-china", "asean", "rcep"],
        "stage": "market",
        "budget": (5_000_000, 30_000_000, "USD"),
    },
    {
        "key": "lanse-marine-fund",
        "org": "lanse-fund",
        "kind": "investment-offer",
        "text": {
            "zh-hans": (
                "蓝色经济基金：投资海洋牧场、海洋监测装备与海洋生物医药",
                "基金单笔投资500万至5000万元，重点投资深远海养殖、海洋环境监测装备和海洋生物资源利用企业，欢迎海外团队来琼落地。",
            ),
            "en": (
                "Blue-economy fund: offshore aquaculture, marine monitoring equipment and marine bioproducts",
                "RMB 5–50 million per company in offshore fish farming, marine monitoring equipment and marine "
                "bioresources. Overseas teams moving to Hainan are welcome.",
            ),
        },
        "sectors": ["green-tech", "biomedicine", "advanced-manufacturing"],
        "subfields": ["environmental-monitoring", "environmental-equipment"],
        "keywords": ["marine-ecology", "water-quality", "marine-bioactives", "microalgae"],
        "cooperation": ["investment"],
        "regions": ["global"],
        "stage": "pilot",
        "budget": (5_000_000, 50_000_000, "CNY"),
    },
    {
        "key": "jiangong-green-building-fund",
        "org": "jiangong",
        "kind": "investment-offer",
        "text": {
            "zh-hans": (
                "投资绿色建筑、装配式建筑、建筑节能和建筑垃圾资源化科技企业",
                "建工集团产业投资平台，单笔投资500万至5000万元，并可开放集团工程项目作为应用场景。只投资科技型企业，不参与房地产开发项目。",
            ),
        },
        "sectors": ["industrial-design", "green-tech"],
        "subfields": ["architectural-design", "solid-waste-reuse"],
        "keywords": ["green-building", "energy-efficiency", "construction-waste"],
        "cooperation": ["investment", "joint-venture"],
        "regions": ["global"],
        "stage": "prototype",
        "budget": (5_000_000, 50_000_000, "CNY"),
    },
    {
        "key": "kampong-angels",
        "org": "kampong-angels",
        "kind": "investment-offer",
        "text": {
            "en": (
                "Angel network for ASEAN consumer and fintech startups",
                "120 angels who invest USD 50,000 to 500,000 in pre-seed and seed rounds of consumer, fintech and "
                "e-commerce startups in South-East Asia.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "keywords": ["cross-border-ecommerce", "artificial-intelligence"],
        "cooperation": ["investment"],
        "regions": ["asean"],
        "stage": "idea",
        "budget": (50_000, 500_000, "USD"),
    },
    # ============================================================================================
    # Seaweed materials (R&D)
    {
        "key": "tmi-seaweed-films-rd",
        "org": "tmi",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "海藻基可降解包装膜联合研发",
                "研究所掌握江蓠、麒麟菜等热带海藻的规模化养殖和多糖提取技术，希望与国外高校或企业合作开发海藻基可食用、"
                "可降解包装膜，共同申请项目并在海南开展中试。",
            ),
            "en": (
                "Joint R&D of biodegradable seaweed-based packaging films",
                "We farm tropical red seaweeds at scale and extract their polysaccharides, and want to co-develop "
                "edible, biodegradable seaweed films with a foreign university or company, with a pilot in Hainan.",
            ),
        },
        "sectors": ["green-tech", "biomedicine"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["bio-based-polymers", "marine-bioactives"],
        "cooperation": ["rd-cooperation", "technology-transfer"],
        "regions": ["eu", "global"],
        "stage": "research",
    },
    {
        "key": "saimaa-seaweed-films-rd",
        "org": "saimaa",
        "kind": "rd-request",
        "text": {
            "en": (
                "Co-develop seaweed-based packaging films: tropical feedstock and a pilot partner wanted",
                "Our group makes flexible, heat-sealable films from seaweed polysaccharides in the lab. We need a "
                "reliable supply of tropical red seaweed and a partner to co-develop the films and run a pilot "
                "line.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["bio-based-polymers", "biodegradable-plastics"],
        "cooperation": ["rd-cooperation"],
        "regions": ["greater-china", "asean"],
        "stage": "research",
    },
    {
        "key": "nusa-seaweed-supply",
        "org": "nusa",
        "kind": "business-offer",
        "text": {
            "en": (
                "Cultivated tropical red seaweed (Eucheuma, Gracilaria) for food, cosmetics and bio-materials",
                "Our 2,400 farmers in Sulawesi grow and dry red seaweed to agreed specifications; we ship 6,000 "
                "tonnes a year and welcome long-term supply contracts with material developers.",
            ),
        },
        "sectors": ["green-tech", "biomedicine"],
        "subfields": ["biodegradable-materials"],
        "keywords": ["marine-bioactives"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    # ============================================================================================
    # More sellers and service firms that share broad codes with the requests above
    {
        "key": "dianlian-depot-charging",
        "org": "dianlian",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "公交场站与物流园区充电桩建设运营服务",
                "为公交、物流和网约车企业建设直流快充场站，提供有序充电管理平台和长期运维，可采用投资建设、分成运营模式。",
            ),
        },
        "sectors": ["advanced-manufacturing", "green-tech"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["new-energy-vehicles", "energy-efficiency", "big-data"],
        "cooperation": ["services", "investment", "commercial-agreement"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "durian-king-exports",
        "org": "durian-king",
        "kind": "business-offer",
        "text": {
            "en": (
                "Frozen Musang King durian and durian snacks: importers wanted in China",
                "Whole frozen durians, pulp and freeze-dried snacks from our orchards in Pahang, with export "
                "registration for China. We look for importers and cross-border sellers.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods", "cross-border-ecommerce"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "baisha-green-tea",
        "org": "baisha-tea",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "白沙绿茶及热带花草茶出口，寻求海外经销商",
                "白沙高山茶园有机绿茶、红茶和斑兰、香茅花草茶，已获欧盟有机认证，寻求东南亚和欧洲的茶叶经销商与连锁零售商。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["asean", "eu"],
        "stage": "market",
    },
]

NEAR_MISS, IMPERFECT_TAGS, SAME_ORG_DECOY = "near-miss", "imperfect-tags", "same-org-decoy"

JUDGEMENTS = {
    # --- Digital economy ---
    "kielo-localisation": {
        "partners": ["yeyu-ux-service", "yiqiao-localisation"],
        "why": "A Haikou UX studio that localises foreign apps (mini-programs, user tests) and a localisation "
        "agency do the job. A fintech UX studio in Singapore, Mandarin content, a bank chatbot and medical "
        "translation only share words or codes.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "northern-lights-publishing": {
        "partners": ["yelin-game-publisher"],
        "why": "Only a publisher applies for the game licence and runs operations; the localisation agency and "
        "design studios do a part at most.",
        "traits": [NEAR_MISS],
    },
    "yangpu-ebl": {
        "partners": ["ledgerport-ebl"],
        "why": "An eBL platform for ports. Blockchain traceability of fruit and a payments API share the "
        "blockchain codes only.",
        "traits": [NEAR_MISS],
    },
    "borneo-bazaar-crossborder": {
        "partners": ["youxuan-crossborder-service"],
        "why": "A bonded-warehouse cross-border e-commerce operator in Haikou. The payments API is a tool, not the "
        "operator.",
        "traits": [NEAR_MISS],
    },
    "taiga-pine-nut-oil": {
        "partners": ["youxuan-crossborder-service"],
        "why": "A cross-border operator that already sells Russian food brands. The request is tagged as health "
        "foods, as are the Hainan health-food sellers, who sell rather than buy.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "huandao-multilingual-chatbot": {
        "partners": ["volga-multilingual-assistant", "merlion-retail-ai"],
        "why": "Both assistants speak Russian and Korean and serve retail. The bank chatbot is Chinese only.",
        "traits": [NEAR_MISS],
    },
    "dataguard-reseller": {
        "partners": ["xinchuang-integrator"],
        "why": "An integrator that wants to resell foreign compliance software. A pentest firm, a data centre and "
        "the soft-landing desk are not resellers.",
        "traits": [NEAR_MISS],
    },
    "orbitlink-ground-station": {
        "partners": [],
        "why": "Nobody in the set offers a licensed site for antennas near Wenchang; 5G private networks and "
        "satellite AIS data only share codes.",
        "traits": [NEAR_MISS],
    },
    "haikou-bus-dispatch": {
        "partners": [],
        "why": "No offer does bus scheduling or ridership forecasting. Parcel routing and battery analytics share "
        "AI, big data and new-energy vehicles.",
        "traits": [NEAR_MISS],
    },
    "chengmai-orchard-pests": {
        "partners": ["agrosight-orchard-drones"],
        "why": "Multispectral drone scouting of orchard disease with spraying maps. A spraying service does not "
        "detect anything, and fruit-packing robots and shelf cameras share computer vision only.",
        "traits": [NEAR_MISS],
    },
    # --- Robots ---
    "guozhi-fruit-sorting": {
        "partners": ["orchard-hands-picking"],
        "why": "Soft grippers and grading vision for tropical fruit. Welding robots and cobots share robotics and "
        "machine vision.",
        "traits": [NEAR_MISS],
    },
    "lembah-rubber-tapping": {
        "partners": ["xiangke-tapping-robot"],
        "why": "A rubber-tapping robot. The request ticks agricultural automation only, the offer robotics and "
        "machine vision.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "orchard-hands-soft-landing": {
        "partners": ["lixian-soft-landing"],
        "why": "The incubator's soft-landing service is exactly what is asked.",
        "traits": [],
    },
    "yaogu-pharma-mes": {
        "partners": ["pharmaline-mes"],
        "why": "A GMP MES with electronic batch records. Warehouse AGVs, vibration sensors and an IT integrator "
        "share smart-manufacturing or IoT codes.",
        "traits": [NEAR_MISS],
    },
    "lanwan-yacht-composites": {
        "partners": ["vestkyst-composite-hulls"],
        "why": "Composite hull design and vacuum-infusion transfer for boat builders.",
        "traits": [NEAR_MISS],
    },
    # --- Water and the sea ---
    "lingshui-cage-water-quality": {
        "partners": ["bluebuoy-water-buoys", "havbruk-cage-sensors", "bihai-red-tide-platform"],
        "why": "Offshore buoys for fish farms, cage-side oxygen sensors, and buoy stations that warn of the red "
        "tides the farm names. Air stations and city IoT share monitoring codes only.",
        "traits": [NEAR_MISS],
    },
    "bihai-microplastics": {
        "partners": ["ramanx-microplastics"],
        "why": "An automated microplastics analyser. The requester's own red-tide platform must not be offered "
        "back to it, and water-quality buoys do not measure microplastics.",
        "traits": [SAME_ORG_DECOY, NEAR_MISS],
    },
    "hnu-coral-restoration-rd": {
        "partners": ["bluebuoy-reef-sensors-rd", "coralsea-larval-seeding-rd"],
        "why": "Reef sensor field tests and coral larval seeding trials are both joint reef research.",
        "traits": [],
    },
    "bluebuoy-reef-sensors-rd": {
        "partners": ["hnu-coral-restoration-rd"],
        "why": "A reef research group with sites. BlueBuoy's own buoys share every code.",
        "traits": [SAME_ORG_DECOY],
    },
    "coralsea-larval-seeding-rd": {
        "partners": ["hnu-coral-restoration-rd"],
        "why": "A Chinese reef restoration team.",
        "traits": [],
    },
    "lingshui-typhoon-cage-rd": {
        "partners": ["havbruk-typhoon-cages", "havbruk-cage-sensors"],
        "why": "Havbruk wants to co-develop typhoon-proof cage systems, and its feeding analytics cover the "
        "smart-feeding part.",
        "traits": [],
    },
    "havbruk-typhoon-cages": {
        "partners": ["lingshui-typhoon-cage-rd"],
        "why": "A South China Sea fish farm that wants the same joint development. Havbruk's own sensors are its own.",
        "traits": [SAME_ORG_DECOY],
    },
    "rainforest-fire-detection": {
        "partners": [],
        "why": "No offer detects smoke or fire. Orchard drones, shelf cameras and air stations share computer "
        "vision or monitoring.",
        "traits": [NEAR_MISS],
    },
    "haidan-ro-membranes": {
        "partners": [],
        "why": "No offer makes RO membranes or energy recovery devices; the MBR units treat wastewater.",
        "traits": [NEAR_MISS],
    },
    # --- Biomedicine ---
    "renhe-ecg-screening": {
        "partners": ["pulsewave-ecg-patch", "xinlian-holter-service"],
        "why": "A wearable ECG patch with arrhythmia detection, and a Holter-plus-remote-ECG centre. The AI "
        "lung-nodule screening shares AI and sectors only. The request forgot the medical-device sub-field; "
        "the patch does not tick AI.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "renhe-ct-nodules": {
        "partners": ["iris-lung-retina-screening"],
        "why": "Certified lung-nodule AI for chest CT.",
        "traits": [NEAR_MISS],
    },
    "mingtong-myopia-products": {
        "partners": ["clearsight-myopia-lenses"],
        "why": "Myopia-control lenses for Boao Lecheng. Aesthetic lasers are medical devices for distribution "
        "too, and nothing else.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "arktika-lecheng-regulatory": {
        "partners": ["lecheng-access-service"],
        "why": "Lecheng special import approval, real-world data and NMPA filing. Medical translation and the "
        "soft-landing desk do a part at most.",
        "traits": [NEAR_MISS],
    },
    "kanggu-titanium-implants": {
        "partners": ["titanform-ebm-implants", "osteo3d-patient-implants"],
        "why": "Porous titanium implants printed by electron-beam melting, and a maker of patient-specific "
        "printed implants. The request names no keyword; the rapid-prototyping bureau prints plastic parts.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "huajian-ivd-brand": {
        "partners": ["rhone-molecular-kits"],
        "why": "A European molecular-diagnostics brand looking for distributors and contract manufacturing. The "
        "Hainan rapid-test maker is a local maker, not a brand to bring in.",
        "traits": [NEAR_MISS],
    },
    "klinik-rakyat-dengue-tests": {
        "partners": ["rezhen-dengue-rapid-tests"],
        "why": "Dengue rapid cassettes registered in Malaysia. PCR kits need a laboratory.",
        "traits": [NEAR_MISS],
    },
    "rhein-main-gene-therapy-rd": {
        "partners": [],
        "why": "No ophthalmology trial centre in the set. The request ticks cell therapy, which the NK-cell "
        "licence also ticks.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "boyuan-antibody-cmc": {
        "partners": ["bioprozess-antibody-cdmo"],
        "why": "Antibody cell-line and process development as CDMO services. Marine peptides and marine compound "
        "research share biologics.",
        "traits": [NEAR_MISS],
    },
    "neva-sustained-release-licence": {
        "partners": ["yedao-sustained-release-pellets"],
        "why": "Patented sustained-release pellets offered for licence. Marine peptides tick drug delivery.",
        "traits": [NEAR_MISS],
    },
    "tmi-anti-inflammatory-rd": {
        "partners": ["coralsea-marine-peptides"],
        "why": "Marine anti-inflammatory peptides for co-development. The institute's own microalgae offer "
        "shares marine bioactives.",
        "traits": [SAME_ORG_DECOY],
    },
    "coralsea-microalgae-scale-up-rd": {
        "partners": ["tmi-microalgae-dha"],
        "why": "Tropical microalgae cultivation at pilot scale in Hainan.",
        "traits": [],
    },
    "sihat-herbal-health-foods": {
        "partners": ["wuzhishan-nanyao-health-foods"],
        "why": "Packaged, halal-certified Hainan herbal health foods for export. Noni raw materials are "
        "ingredients, not pharmacy products.",
        "traits": [NEAR_MISS],
    },
    "utm-herbal-clinical-rd": {
        "partners": ["nanyao-metabolic-clinical-rd"],
        "why": "A Chinese medicine clinical centre running metabolic trials of the same herbs.",
        "traits": [],
    },
    "nanyao-metabolic-clinical-rd": {
        "partners": ["utm-herbal-clinical-rd"],
        "why": "An ASEAN university with herbal formulas for metabolic health.",
        "traits": [NEAR_MISS],
    },
    "yexiang-coconut-water-hpp": {
        "partners": [],
        "why": "No offer does non-thermal pasteurisation. Coconut-shell carbon shares the word coconut, and "
        "health-food makers share functional foods.",
        "traits": [NEAR_MISS],
    },
    "seri-halal-contract-maker": {
        "partners": [],
        "why": "No cosmetics factory in the set. Health-food makers (one halal-certified, one doing OEM) share "
        "the health-food tags the request chose for want of a cosmetics term.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    # --- Materials, waste, energy, buildings ---
    "lvtian-mulch-formulation": {
        "partners": ["rheinland-pbat-compounds", "pelto-soil-mulch"],
        "why": "A tropical PBAT mulch grade (a business offer of compounds) and a soil-biodegradable mulch "
        "formulation for licence. PLA cutlery, PHA and palm polyols share the material codes; the request ticks "
        "bio-based polymers instead of biodegradable plastics; its own bag business is no partner.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS, SAME_ORG_DECOY],
    },
    "segar-compostable-bags": {
        "partners": ["lvtian-compostable-bags"],
        "why": "A maker of certified compostable bags that already exports to Malaysia. Compounds and cutlery are "
        "not bags.",
        "traits": [NEAR_MISS],
    },
    "lvtian-expansion-round": {
        "partners": ["lakeshore-climate-fund"],
        "why": "Growth equity for circular materials, at the right ticket size.",
        "traits": [NEAR_MISS],
    },
    "zheyuan-bagasse-tableware": {
        "partners": ["tebu-bagasse-moulding"],
        "why": "Bagasse moulding with a PFAS-free barrier. The request ticks biodegradable plastics for bagasse, "
        "which PLA cutlery shares.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "tmi-seaweed-films-rd": {
        "partners": ["saimaa-seaweed-films-rd"],
        "why": "A university developing seaweed films that needs tropical seaweed know-how. The institute's own "
        "marine listings are its own.",
        "traits": [SAME_ORG_DECOY, NEAR_MISS],
    },
    "saimaa-seaweed-films-rd": {
        "partners": ["tmi-seaweed-films-rd", "nusa-seaweed-supply"],
        "why": "A Hainan institute that farms seaweed and wants the same films, and a seaweed supplier (a "
        "business offer). PLA cutlery and PBAT compounds share the material codes.",
        "traits": [NEAR_MISS],
    },
    "chengjian-cdw-sorting": {
        "partners": ["cascade-cdw-robots"],
        "why": "Robotic sorting of construction waste. Welding robots and cobots share robotics and machine vision.",
        "traits": [NEAR_MISS],
    },
    "chengjian-factory-round": {
        "partners": ["lakeshore-climate-fund", "jiangong-green-building-fund"],
        "why": "A circular-economy growth fund and a construction group's fund that invests in recycling of "
        "construction waste.",
        "traits": [],
    },
    "nordnet-fishing-nets": {
        "partners": ["lanhai-net-recycling"],
        "why": "A Haikou recycler of fishing nets looking for foreign brands.",
        "traits": [],
    },
    "ganghang-port-carbon": {
        "partners": ["hiilitase-carbon-accounting"],
        "why": "Scope 1–3 carbon accounting for ports. A carbon-points app for citizens shares carbon management.",
        "traits": [NEAR_MISS],
    },
    "guanlan-hotel-chillers": {
        "partners": ["energiehaus-performance-contracts", "coolgrid-chiller-ai"],
        "why": "Energy-performance contracts for hotel chillers, and AI chiller control (a technology offer). "
        "Rooftop solar and resort architecture save energy differently.",
        "traits": [NEAR_MISS],
    },
    "sanyawan-passive-design": {
        "partners": ["tropical-passive-architecture"],
        "why": "Passive-cooling architects with tropical resorts.",
        "traits": [NEAR_MISS],
    },
    "sanyawan-resort-equity": {
        "partners": [],
        "why": "A real-estate project: no fund in the set invests in property development (the construction "
        "group's fund says so).",
        "traits": [NEAR_MISS],
    },
    "passivbau-seed": {
        "partners": ["jiangong-green-building-fund"],
        "why": "A construction group's fund for green-building technology at the right size.",
        "traits": [NEAR_MISS],
    },
    # --- Design, XR, chips ---
    "suqi-scooter-design": {
        "partners": ["kyoto-vehicle-design"],
        "why": "Scooter and vehicle industrial designers. Motors, 3D renders and UX studios do not style scooters.",
        "traits": [NEAR_MISS],
    },
    "kyoto-3d-visualisation": {
        "partners": ["daoyu-3d-showrooms"],
        "why": "A studio for renders and virtual showrooms. Kyoto's own design offer is its own.",
        "traits": [SAME_ORG_DECOY, NEAR_MISS],
    },
    "huandao-ar-try-on": {
        "partners": ["lenscraft-ar-try-on"],
        "why": "An AR try-on SDK for cosmetics. VR training and shelf cameras share XR or computer vision.",
        "traits": [NEAR_MISS],
    },
    "xindao-riscv-npu-ip": {
        "partners": ["saebyeok-npu-ip"],
        "why": "RISC-V core with a neural accelerator, licensed. Radio IP and EDA tools share chip design.",
        "traits": [NEAR_MISS],
    },
    "xindao-angel-round": {
        "partners": ["gaoxin-angel-fund", "pacific-crest-fund"],
        "why": "An angel fund for chip design in Haikou and a VC that invests in chip design.",
        "traits": [],
    },
    # --- Vehicles ---
    "chaophraya-lfp-supply": {
        "partners": ["pengcheng-lfp-packs"],
        "why": "LFP packs with swap-ready BMS for two-wheelers. Hub motors are another part.",
        "traits": [NEAR_MISS],
    },
    "chaophraya-battery-analytics": {
        "partners": ["pengcheng-cloud-bms"],
        "why": "Battery health from swap-cabinet data. Battery recycling, fish-farm analytics and parcel routing "
        "share big data or batteries.",
        "traits": [NEAR_MISS],
    },
    "yecheng-ev-thermal": {
        "partners": ["thermodrive-heat-pumps"],
        "why": "Heat-pump thermal management for EVs in hot climates. Battery analytics and building chiller AI "
        "share batteries or energy efficiency.",
        "traits": [NEAR_MISS],
    },
    "qiongzhou-ferry-hydrogen": {
        "partners": [],
        "why": "No offer of marine fuel cells or hydrogen. EV thermal systems, battery packs and composite hulls "
        "share vehicle and energy codes.",
        "traits": [NEAR_MISS],
    },
    # --- Investment ---
    "iris-series-a": {
        "partners": ["pacific-crest-fund", "nanhai-health-fund"],
        "why": "A health-tech VC and a health fund that helps foreign firms enter Hainan. The buyout fund wants "
        "profitable companies and RMB 100 million tickets.",
        "traits": [NEAR_MISS],
    },
    "pulsewave-china-round": {
        "partners": ["nanhai-health-fund"],
        "why": "A health fund with hospital networks for foreign device makers. The buyout fund is far too "
        "late-stage; Pacific Crest backs North America–Asia founders.",
        "traits": [NEAR_MISS],
    },
    "bluebuoy-seed-extension": {
        "partners": ["lanse-marine-fund"],
        "why": "A blue-economy fund that invests in marine monitoring equipment and welcomes foreign teams.",
        "traits": [NEAR_MISS],
    },
    "wenchang-rocket-series-a": {
        "partners": [],
        "why": "No fund in the set invests in aerospace, nor at RMB 200 million.",
        "traits": [NEAR_MISS],
    },
}
