"""A second, held-out judged set for ``bench/matching_quality.py --set holdout``, written blind to the first.

Same format and rules as ``matching_judged.py``: pure Python literals; organisations and people are
fictional; every listing is written the way a user writes one, in one language or in two when its
owner gave a translation, and tagged with the real vocabulary codes (``demo/sectors.py``,
``demo/marketplace.py``), often imperfectly. Where the vocabulary has no term (rubber latex, betel
nut, seeds, ships, rockets, pet food, cosmetics), a listing carries the closest one its owner would
pick. Its topics lean away from the first set's: tropical crops, marine industry, duty-free retail,
Boao Lecheng, green building, payments, animation, schools, battery swapping, chips, Wenchang
aerospace, Yazhou Bay seed breeding, cosmetics and pet food.

``ORGANISATIONS``: key → name, country (ISO code), city and kind.

``LISTINGS``: every listing, published. ``text`` maps a language to ``(title, summary)``; the first
language is the one the owner wrote in, a second one is the owner's own translation. ``subfields``,
``keywords`` and ``regions`` may be left out; ``budget`` is ``(from, up to, currency)`` when stated.

``JUDGEMENTS``: request key → the acceptable partners in the set (complete: a listing not named is
not one), why, and traits (``near-miss``, ``imperfect-tags``, ``same-org-decoy``, as in the first
set). A request with no partner is one no listing of the set serves: it must get no strong match.
The judgement is about what a person would want to be introduced to, not about what the codes say.
"""

ORGANISATIONS = {
    # --- Hainan and the rest of China ---
    "nongken-rubber": {"name": "海南农垦天胶加工集团", "country": "CN", "city": "海口", "kind": "enterprise"},
    "qiongzhong-feiyi": {"name": "琼中飞翼植保科技有限公司", "country": "CN", "city": "琼中", "kind": "sme"},
    "pengcheng-robot": {"name": "深圳鹏程仓储机器人有限公司", "country": "CN", "city": "深圳", "kind": "sme"},
    "wanning-betel": {"name": "万宁市槟榔产业协会", "country": "CN", "city": "万宁", "kind": "service-provider"},
    "tunchang-coop": {"name": "屯昌县南吕槟榔种植专业合作社", "country": "CN", "city": "屯昌", "kind": "sme"},
    "foshan-kongneng": {"name": "佛山空能热泵设备有限公司", "country": "CN", "city": "佛山", "kind": "sme"},
    "yeguo-beverage": {"name": "文昌椰果饮品有限公司", "country": "CN", "city": "文昌", "kind": "sme"},
    "wenchang-tanye": {"name": "文昌炭业椰壳活性炭厂", "country": "CN", "city": "文昌", "kind": "sme"},
    "sanya-mango": {"name": "三亚芒果出口联合体", "country": "CN", "city": "三亚", "kind": "sme"},
    "baoting-agri": {"name": "保亭热带农业发展有限公司", "country": "CN", "city": "保亭", "kind": "enterprise"},
    "ledong-fruit": {"name": "乐东果蔬出口服务中心", "country": "CN", "city": "乐东", "kind": "service-provider"},
    "lianxin-trace": {"name": "海口链信溯源科技有限公司", "country": "CN", "city": "海口", "kind": "startup"},
    "lingshui-grouper": {"name": "陵水新村港石斑鱼养殖有限公司", "country": "CN", "city": "陵水", "kind": "sme"},
    "zhanjiang-shuichan": {"name": "湛江蓝湾水产工程有限公司", "country": "CN", "city": "湛江", "kind": "sme"},
    "haikou-water-monitor": {"name": "海口清源水环境监测有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "lingao-deepsea": {"name": "临高深蓝渔业装备有限公司", "country": "CN", "city": "临高", "kind": "enterprise"},
    "hainan-blue-fund": {"name": "海南蓝色海洋产业投资基金", "country": "CN", "city": "海口", "kind": "investor"},
    "haikou-fish-vaccine": {"name": "海口鱼康生物科技有限公司", "country": "CN", "city": "海口", "kind": "startup"},
    "chengmai-tilapia": {"name": "澄迈罗非鱼加工有限公司", "country": "CN", "city": "澄迈", "kind": "enterprise"},
    "dongfang-wind": {"name": "东方海上风电运维有限公司", "country": "CN", "city": "东方", "kind": "enterprise"},
    "yangpu-shipyard": {"name": "洋浦南海船舶修造有限公司", "country": "CN", "city": "洋浦", "kind": "enterprise"},
    "qiongzhou-ferry": {"name": "琼州海峡轮渡运输公司", "country": "CN", "city": "海口", "kind": "enterprise"},
    "mindong-marine": {"name": "闽东船舶动力电池有限公司", "country": "CN", "city": "宁德", "kind": "enterprise"},
    "nanhai-ocean": {"name": "南海海洋科学研究院", "country": "CN", "city": "三亚", "kind": "research"},
    "wenchang-xingtu": {"name": "文昌星图遥感数据服务有限公司", "country": "CN", "city": "文昌", "kind": "startup"},
    "haidao-duty-free": {"name": "海岛免税购物中心", "country": "CN", "city": "海口", "kind": "enterprise"},
    "haikou-anshi": {"name": "海口安视智能科技有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "lvhuan": {"name": "海南绿环餐厨设备有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "qiongpin-brand": {"name": "琼品国际品牌管理有限公司", "country": "CN", "city": "三亚", "kind": "service-provider"},
    "lecheng-hospital": {"name": "博鳌乐城国际医院", "country": "CN", "city": "琼海", "kind": "enterprise"},
    "yijian-health": {"name": "医健通互联网医院", "country": "CN", "city": "海口", "kind": "startup"},
    "yangpu-baoshui": {"name": "洋浦保税仓储物流有限公司", "country": "CN", "city": "洋浦", "kind": "service-provider"},
    "maixiang-tech": {"name": "脉象智能科技（海口）有限公司", "country": "CN", "city": "海口", "kind": "startup"},
    "qiongyao-granules": {"name": "琼药配方颗粒有限公司", "country": "CN", "city": "海口", "kind": "enterprise"},
    "wuzhishan-li": {"name": "五指山黎族医药研究所", "country": "CN", "city": "五指山", "kind": "research"},
    "yecheng-hospital": {"name": "椰城医院超声医学科", "country": "CN", "city": "海口", "kind": "enterprise"},
    "qiongbei-hospitals": {"name": "琼北县域医共体", "country": "CN", "city": "定安", "kind": "enterprise"},
    "haikou-design-institute": {
        "name": "海口市建筑设计研究院",
        "country": "CN",
        "city": "海口",
        "kind": "service-provider",
    },
    "lingnan-green": {
        "name": "岭南湿热气候绿色建筑设计事务所",
        "country": "CN",
        "city": "广州",
        "kind": "service-provider",
    },
    "sanya-construction": {"name": "三亚海棠湾度假建设有限公司", "country": "CN", "city": "三亚", "kind": "enterprise"},
    "haikou-zaisheng": {"name": "海口再生建材有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "haikou-waimao": {"name": "海口椰风外贸有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "kuajingtong": {"name": "跨境通支付科技有限公司", "country": "CN", "city": "杭州", "kind": "enterprise"},
    "shuzi-pay": {"name": "海南数字人民币应用创新中心", "country": "CN", "city": "海口", "kind": "service-provider"},
    "yezi-live": {"name": "椰子直播电商基地", "country": "CN", "city": "海口", "kind": "park"},
    "yehai-animation": {"name": "椰海动画制作有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "underwater-museum": {"name": "南海水下考古展示中心", "country": "CN", "city": "琼海", "kind": "research"},
    "guangzhou-vr-seats": {"name": "广州幻动VR设备有限公司", "country": "CN", "city": "广州", "kind": "sme"},
    "chongyi-pet": {"name": "宠医连锁宠物医院", "country": "CN", "city": "海口", "kind": "enterprise"},
    "yelin-education": {"name": "椰林国际教育集团", "country": "CN", "city": "陵水", "kind": "enterprise"},
    "hanyu-online": {"name": "汉语云课堂", "country": "CN", "city": "海口", "kind": "startup"},
    "fawen-ai": {"name": "法文智能科技有限公司", "country": "CN", "city": "海口", "kind": "startup"},
    "qiongdian-swap": {"name": "琼电换电科技有限公司", "country": "CN", "city": "海口", "kind": "enterprise"},
    "xunhuan-battery": {"name": "循环动力电池再生科技有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "haikou-chongdian": {"name": "海口快充充电网络有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "boao-transit": {"name": "博鳌公共交通有限公司", "country": "CN", "city": "琼海", "kind": "enterprise"},
    "xinhai-riscv": {"name": "芯海微电子（海南）有限公司", "country": "CN", "city": "海口", "kind": "startup"},
    "haikou-xinrui": {"name": "海口芯睿传感科技有限公司", "country": "CN", "city": "海口", "kind": "startup"},
    "qiongxin-materials": {"name": "琼芯电子材料有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "dongguan-aoi": {"name": "东莞精检视觉设备有限公司", "country": "CN", "city": "东莞", "kind": "sme"},
    "wenchang-rocket": {"name": "文昌星河商业航天有限公司", "country": "CN", "city": "文昌", "kind": "enterprise"},
    "xian-fuhe": {"name": "西安复合压力容器有限公司", "country": "CN", "city": "西安", "kind": "enterprise"},
    "xiamen-carbon": {"name": "厦门碳纤科技有限公司", "country": "CN", "city": "厦门", "kind": "sme"},
    "danzhou-fishery": {"name": "儋州白马井远洋渔业合作社", "country": "CN", "city": "儋州", "kind": "sme"},
    "qiong5g": {"name": "琼联5G专网科技有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "yazhou-lab": {"name": "崖州湾种业实验室耐盐水稻团队", "country": "CN", "city": "三亚", "kind": "research"},
    "nanfan-breeding": {"name": "南繁玉米育种科技有限公司", "country": "CN", "city": "乐东", "kind": "enterprise"},
    "sanya-zhongye": {"name": "三亚众业种苗有限公司", "country": "CN", "city": "三亚", "kind": "sme"},
    "yeshu-cosmetics": {"name": "椰树美妆生物科技有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    "haiyang-meifu": {"name": "海洋美肤化妆品有限公司", "country": "CN", "city": "海口", "kind": "startup"},
    "chengmai-pet": {"name": "澄迈萌宠食品有限公司", "country": "CN", "city": "澄迈", "kind": "sme"},
    "qiongchong-petfood": {"name": "琼宠宠物食品有限公司", "country": "CN", "city": "海口", "kind": "sme"},
    # --- Overseas ---
    "selangor-latex": {
        "name": "Selangor Latex Technologies Sdn Bhd",
        "country": "MY",
        "city": "Shah Alam",
        "kind": "sme",
    },
    "kerala-plantdx": {
        "name": "Malabar Plant Diagnostics Pvt Ltd",
        "country": "IN",
        "city": "Kochi",
        "kind": "startup",
    },
    "hanbit-dx": {"name": "Hanbit Diagnostics Co., Ltd.", "country": "KR", "city": "Daejeon", "kind": "sme"},
    "thermadry": {"name": "Thermadry Co., Ltd.", "country": "TH", "city": "Chonburi", "kind": "sme"},
    "gebaeudeiq": {"name": "GebäudeIQ GmbH", "country": "DE", "city": "Munich", "kind": "startup"},
    "siam-coco-machinery": {
        "name": "Siam Coco Machinery Co., Ltd.",
        "country": "TH",
        "city": "Ratchaburi",
        "kind": "sme",
    },
    "klarvand": {"name": "Klarvand Filters A/S", "country": "DK", "city": "Aarhus", "kind": "sme"},
    "gulf-fresh": {"name": "Gulf Fresh Logistics FZE", "country": "AE", "city": "Dubai", "kind": "service-provider"},
    "pharmafreight": {
        "name": "PharmaFreight Rotterdam B.V.",
        "country": "NL",
        "city": "Rotterdam",
        "kind": "service-provider",
    },
    "musang-agro": {
        "name": "Musang Agro Consulting Sdn Bhd",
        "country": "MY",
        "city": "Raub",
        "kind": "service-provider",
    },
    "formosa-postharvest": {
        "name": "Formosa Postharvest Engineering Co.",
        "country": "TW",
        "city": "Tainan",
        "kind": "sme",
    },
    "nusantara-foods": {"name": "Nusantara Snack Foods Sdn Bhd", "country": "MY", "city": "Johor Bahru", "kind": "sme"},
    "rheinland-reifen": {"name": "Rheinland Reifenwerke AG", "country": "DE", "city": "Cologne", "kind": "enterprise"},
    "blavand": {"name": "Blåvand Aquatech ApS", "country": "DK", "city": "Esbjerg", "kind": "sme"},
    "tidewater": {"name": "Tidewater Agrifood Ventures", "country": "SG", "city": "Singapore", "kind": "investor"},
    "lumiere-hk": {"name": "Lumière Skin Lab Ltd", "country": "HK", "city": "Hong Kong", "kind": "sme"},
    "algaria": {"name": "Algaria ehf.", "country": "IS", "city": "Reykjavík", "kind": "startup"},
    "noordzee-coatings": {"name": "Noordzee Coatings B.V.", "country": "NL", "city": "Vlissingen", "kind": "sme"},
    "skrog-robotics": {"name": "Skrog Robotics AS", "country": "NO", "city": "Stavanger", "kind": "startup"},
    "straits-ship": {
        "name": "Straits Ship Management Pte Ltd",
        "country": "SG",
        "city": "Singapore",
        "kind": "enterprise",
    },
    "oresund-marine": {"name": "Öresund Marine Energy AB", "country": "SE", "city": "Malmö", "kind": "sme"},
    "southcoast-uni": {
        "name": "University of the South Coast — School of Ocean Sciences",
        "country": "GB",
        "city": "Plymouth",
        "kind": "research",
    },
    "tasman-uni": {"name": "Tasman Coastal Research Centre", "country": "AU", "city": "Hobart", "kind": "research"},
    "reef-renewal": {"name": "Reef Renewal Foundation", "country": "AU", "city": "Townsville", "kind": "research"},
    "aforo": {"name": "Aforo Retail Analytics S.L.", "country": "ES", "city": "Barcelona", "kind": "startup"},
    "coralbay-resorts": {"name": "Coral Bay Resorts Group", "country": "SG", "city": "Singapore", "kind": "enterprise"},
    "monsoon-climate": {
        "name": "Monsoon Climate Infrastructure Fund",
        "country": "SG",
        "city": "Singapore",
        "kind": "investor",
    },
    "pelletteria-arno": {"name": "Pelletteria Arno S.r.l.", "country": "IT", "city": "Florence", "kind": "sme"},
    "cardiaflow": {"name": "CardiaFlow Inc.", "country": "US", "city": "Minneapolis", "kind": "startup"},
    "vistula-cro": {
        "name": "Vistula Clinical Research Sp. z o.o.",
        "country": "PL",
        "city": "Warsaw",
        "kind": "service-provider",
    },
    "barossa-ridge": {"name": "Barossa Ridge Wines Pty Ltd", "country": "AU", "city": "Tanunda", "kind": "sme"},
    "harmony-tcm": {"name": "Harmony TCM Clinics Pte Ltd", "country": "SG", "city": "Singapore", "kind": "enterprise"},
    "victoria-angels": {
        "name": "Victoria Harbour MedTech Angels",
        "country": "HK",
        "city": "Hong Kong",
        "kind": "investor",
    },
    "glykos": {"name": "Glykos ApS", "country": "DK", "city": "Odense", "kind": "startup"},
    "sonomind": {"name": "SonoMind Inc.", "country": "KR", "city": "Seoul", "kind": "startup"},
    "histolytix": {"name": "Histolytix GmbH", "country": "DE", "city": "Heidelberg", "kind": "startup"},
    "skylift": {"name": "Skylift Medical Drones Ltd", "country": "GB", "city": "Bristol", "kind": "startup"},
    "verdant-tropics": {
        "name": "Verdant Tropics Architects Pte Ltd",
        "country": "SG",
        "city": "Singapore",
        "kind": "service-provider",
    },
    "holzmodul": {"name": "Holzmodul Bau GmbH", "country": "AT", "city": "Graz", "kind": "sme"},
    "payloom": {"name": "Payloom Pte Ltd", "country": "SG", "city": "Singapore", "kind": "startup"},
    "nimbus-digital": {"name": "Nimbus Digital Assets FZCO", "country": "AE", "city": "Dubai", "kind": "startup"},
    "dewdrop-lab": {"name": "Dewdrop Lab Co., Ltd.", "country": "KR", "city": "Seoul", "kind": "startup"},
    "lumen-animation": {"name": "Studio Lumen Animation SAS", "country": "FR", "city": "Angoulême", "kind": "sme"},
    "virtuaal": {"name": "Virtuaal Heritage OÜ", "country": "EE", "city": "Tallinn", "kind": "startup"},
    "brickbot": {"name": "BrickBot Education Ltd", "country": "GB", "city": "Cambridge", "kind": "sme"},
    "cendekia": {"name": "Cendekia EdTech Sdn Bhd", "country": "MY", "city": "Kuala Lumpur", "kind": "startup"},
    "redwood-peak": {"name": "Redwood Peak Capital", "country": "US", "city": "Palo Alto", "kind": "investor"},
    "ojek-listrik": {"name": "PT Ojek Listrik Nusantara", "country": "ID", "city": "Jakarta", "kind": "enterprise"},
    "siam-solar": {
        "name": "Siam Solar Farms Co., Ltd.",
        "country": "TH",
        "city": "Nakhon Ratchasima",
        "kind": "enterprise",
    },
    "sensilica": {"name": "Sensilica Ltd.", "country": "IL", "city": "Haifa", "kind": "startup"},
    "penang-packaging": {
        "name": "Penang Advanced Packaging Sdn Bhd",
        "country": "MY",
        "city": "Bayan Lepas",
        "kind": "enterprise",
    },
    "hsinchu-analog": {
        "name": "Hsinchu Analog Design Services Inc.",
        "country": "TW",
        "city": "Hsinchu",
        "kind": "service-provider",
    },
    "compositi-aero": {"name": "Compositi Aerospaziali S.p.A.", "country": "IT", "city": "Turin", "kind": "enterprise"},
    "orbilink": {"name": "OrbiLink S.A.", "country": "LU", "city": "Luxembourg", "kind": "startup"},
    "chiangmai-space": {
        "name": "Chiang Mai University Space Lab",
        "country": "TH",
        "city": "Chiang Mai",
        "kind": "research",
    },
    "luzon-rice": {"name": "Luzon Rice Research Institute", "country": "PH", "city": "Los Baños", "kind": "research"},
    "phenoflan": {"name": "PhenoFlan NV", "country": "BE", "city": "Ghent", "kind": "startup"},
    "rift-seeds": {"name": "Rift Valley Seeds Ltd", "country": "KE", "city": "Nakuru", "kind": "sme"},
    "calanque": {"name": "Calanque Cosmétiques SAS", "country": "FR", "city": "Marseille", "kind": "sme"},
    "alpenfilter": {"name": "AlpenFilter AG", "country": "CH", "city": "Basel", "kind": "sme"},
    "nekomura": {"name": "Nekomura Pet Supplies K.K.", "country": "JP", "city": "Osaka", "kind": "enterprise"},
    "larvae-nl": {"name": "Larvae Proteins B.V.", "country": "NL", "city": "Wageningen", "kind": "startup"},
}

LISTINGS = [
    # ============================================================================================
    # Tropical crops: rubber latex, betel nut, coconut, mango, durian
    {
        "key": "nongken-latex-preservation",
        "org": "nongken-rubber",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "寻求天然胶乳无氨或低氨保存技术",
                "我集团浓缩胶乳厂目前用氨和TT/ZnO保存鲜胶乳，车间氨味重、工人投诉多，下游手套和气球客户也希望"
                "去掉亚硝胺风险。寻求已在工厂验证过的无氨/低氨保存剂和工艺，可技术许可或合作改造一条生产线。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-equipment"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["asean", "global"],
        "stage": "market",
        "budget": (500000, 2000000, "CNY"),
    },
    {
        "key": "nongken-low-ammonia-formula",
        "org": "nongken-rubber",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "低氨胶乳复合保存剂（中试），寻求产业化合作",
                "集团橡胶研究所研制的低氨复合保存剂，氨含量降至0.2%以下，已完成200吨中试，胶乳机械稳定度达标。"
                "寻求胶乳加工厂或助剂企业共同推进产业化。",
            ),
        },
        "sectors": ["green-tech"],
        "keywords": ["bio-based-polymers"],
        "cooperation": ["technology-transfer", "rd-cooperation"],
        "regions": ["hainan-ftp", "asean"],
        "stage": "pilot",
    },
    {
        "key": "selangor-ammonia-free-latex",
        "org": "selangor-latex",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Ammonia-free preservation system for natural rubber latex — licensing",
                "Our ammonia-free preservative replaces NH3 and TMTD/ZnO in field and concentrated latex. It has "
                "run in three Malaysian concentrate plants since 2021, removes nitrosamine precursors and keeps "
                "MST above 650 s. We license the formulation and help plants convert.",
            ),
        },
        "sectors": ["green-tech", "advanced-manufacturing"],
        "keywords": ["bio-based-polymers"],
        "cooperation": ["licence", "technical-cooperation"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "qiongzhong-plant-protection-drones",
        "org": "qiongzhong-feiyi",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "山地植保无人机：槟榔、橡胶林精准施药",
                "针对海南中部山区槟榔园和橡胶林研发的仿地飞行植保无人机，载药30升，可防治槟榔黄化病媒介昆虫和"
                "橡胶白粉病，作业效率是人工的40倍。寻求各市县种植合作社和农垦单位合作。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["agricultural-automation", "robotics"],
        "cooperation": ["services", "distribution"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "pengcheng-picking-robot",
        "org": "pengcheng-robot",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "仓储拣选机器人及视觉抓取系统",
                "自主移动机器人加3D视觉机械臂，适用于电商仓和保税仓的拆零拣选，单机每小时600件。提供整体方案与租赁。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics"],
        "keywords": ["robotics", "machine-vision"],
        "cooperation": ["commercial-agreement", "services"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "wanning-betel-yellowing",
        "org": "wanning-betel",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "槟榔黄化病早期快速检测，寻求研发合作伙伴",
                "黄化病已造成万宁、琼海大量槟榔园减产甚至毁园。协会希望联合国内外科研机构，开发田间可用的植原体"
                "早期快速检测方法，帮助农户及早清除病株，欢迎有棕榈类植物病害检测经验的团队。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics"],
        "keywords": ["in-vitro-diagnostics"],
        "cooperation": ["rd-cooperation"],
        "regions": ["global"],
        "stage": "research",
    },
    {
        "key": "malabar-phytoplasma-lamp",
        "org": "kerala-plantdx",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Field LAMP kit for phytoplasma diseases of palms (arecanut yellow leaf, coconut root wilt)",
                "A 30-minute isothermal test that detects phytoplasma in leaf tissue before symptoms show, read by "
                "colour change without a lab. Validated on 4,000 arecanut and coconut palms in Kerala and Karnataka. "
                "We seek partners to adapt it to local strains and distribute it.",
            ),
        },
        "sectors": ["biomedicine"],
        "keywords": ["point-of-care-testing"],
        "cooperation": ["technical-cooperation", "distribution", "rd-cooperation"],
        "regions": ["asean", "global"],
        "stage": "pilot",
    },
    {
        "key": "hanbit-lamp-poct",
        "org": "hanbit-dx",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Isothermal (LAMP) rapid tests for respiratory infections at the point of care",
                "CE-marked LAMP cartridges for influenza A/B, RSV and SARS-CoV-2 on a palm-sized reader, results "
                "in 20 minutes. Looking for hospital and pharmacy distributors in Asia.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["diagnostics"],
        "keywords": ["point-of-care-testing", "in-vitro-diagnostics"],
        "cooperation": ["distribution"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "tunchang-betel-drying",
        "org": "tunchang-coop",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "求购槟榔热泵烘干设备，替代烟熏烤房",
                "合作社每年烘干青果约3000吨，现用柴火烟熏烤房，环保检查不过关，果品也有烟味。想采购或租用空气能"
                "热泵烘干房，每批5吨左右，要求温湿度可控、电费低。",
            ),
        },
        "sectors": ["green-tech"],
        "keywords": ["energy-efficiency"],
        "cooperation": ["commercial-agreement"],
        "regions": ["greater-china"],
        "stage": "market",
        "budget": (300000, 800000, "CNY"),
    },
    {
        "key": "thermadry-heat-pump-dryers",
        "org": "thermadry",
        "kind": "business-offer",
        "text": {
            "en": (
                "Heat-pump dryers for fruit, nuts and spices",
                "Closed-loop heat-pump drying chambers (1–10 t per batch) with humidity control, using 60% less "
                "energy than diesel or wood-fired kilns. Installed at longan, areca and cashew processors in "
                "Thailand and Vietnam. Seeking buyers and an agent in South China.",
            ),
        },
        "sectors": ["advanced-manufacturing", "green-tech"],
        "keywords": ["energy-efficiency"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "foshan-heat-pump-dryer",
        "org": "foshan-kongneng",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "空气能热泵烘干房（农产品专用）",
                "适用于槟榔、胡椒、咖啡豆、菌菇等农产品烘干，智能温湿度曲线，比燃煤省电费50%以上，可分期或租赁，"
                "在海南已有30多个合作社用户。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-equipment"],
        "keywords": ["energy-efficiency", "agricultural-automation"],
        "cooperation": ["commercial-agreement", "services"],
        "regions": ["hainan-ftp", "greater-china"],
        "stage": "market",
    },
    {
        "key": "gebaeudeiq-bems",
        "org": "gebaeudeiq",
        "kind": "tech-offer",
        "text": {
            "en": (
                "AI building energy management for offices and campuses",
                "Cloud software that learns occupancy patterns and tunes HVAC set-points, cutting energy use by "
                "15–25% in office buildings. We look for system integrators in Asia.",
            ),
        },
        "sectors": ["green-tech", "digital-economy"],
        "keywords": ["energy-efficiency", "artificial-intelligence"],
        "cooperation": ["licence", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "yeguo-coconut-trimming",
        "org": "yeguo-beverage",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "寻求嫩椰子自动削皮、钻石切造型设备",
                "我们出口鲜嫩椰子到内地商超，目前全靠人工削皮造型，每人每天不到400个，还常有工伤。寻求自动削皮"
                "和开口造型设备或整线方案，产能每小时800个以上。",
            ),
            "en": (
                "Looking for automatic young-coconut trimming and diamond-cut machines",
                "We ship fresh young coconuts to supermarkets in mainland China and trim them all by hand: under 400 "
                "nuts per worker a day, with frequent injuries. We need automatic trimming and shaping machines or a "
                "whole line, 800 nuts an hour or more.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["smart-manufacturing"],
        "cooperation": ["commercial-agreement", "technical-cooperation"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "siam-coconut-machines",
        "org": "siam-coco-machinery",
        "kind": "business-offer",
        "text": {
            "en": (
                "Young coconut trimming, diamond-cut and punching machines",
                "Semi-automatic and automatic machines for aromatic young coconuts: peeling, diamond shaping and "
                "easy-open punching, up to 1,200 nuts per hour per line. Exported to 14 countries; we supply, "
                "install and train.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["agricultural-automation"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "klarvand-coconut-carbon",
        "org": "klarvand",
        "kind": "business-request",
        "text": {
            "en": (
                "Sourcing coconut-shell activated carbon for drinking-water filters",
                "We make jug and under-sink filters for European retailers and need 400 t a year of coconut-shell "
                "granular activated carbon (iodine number ≥ 1000, food-contact certified). Looking for a direct "
                "producer with stable quality and export experience.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-equipment"],
        "keywords": ["water-quality"],
        "cooperation": ["commercial-agreement"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "tanye-coconut-carbon",
        "org": "wenchang-tanye",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "椰壳颗粒活性炭、净水级，年产5000吨，可出口",
                "以海南及东南亚椰壳为原料，碘值1000-1200，适用于饮用水净化、食品脱色和黄金提取，已通过食品接触"
                "材料检测，产品出口欧洲和中东，可按客户规格定制粒度。",
            ),
        },
        "sectors": ["green-tech"],
        "keywords": ["solid-waste"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "sanya-mango-cold-chain",
        "org": "sanya-mango",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "三亚芒果出口中东，寻找冷链物流和收货方",
                "联合体有贵妃芒、金煌芒基地8000亩，今年计划首次出口迪拜和利雅得。需要熟悉中东生鲜进口清关的冷链"
                "物流合作方，负责冷柜海运或空运、目的港清关和冷库，最好也能对接当地批发商。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "cooperation": ["services", "distribution"],
        "regions": ["middle-east"],
        "stage": "market",
    },
    {
        "key": "gulf-fresh-reefer",
        "org": "gulf-fresh",
        "kind": "business-offer",
        "text": {
            "en": (
                "Fresh produce import, customs and cold storage in the UAE and Saudi Arabia",
                "We handle reefer containers and air cargo of fresh fruit from Asia into Jebel Ali and Riyadh: "
                "phytosanitary clearance, cold storage and delivery to wholesalers and supermarkets. Mangoes, "
                "durians and cherries are our main lines.",
            ),
        },
        "sectors": ["digital-economy"],
        "keywords": ["trade-digitalisation"],
        "cooperation": ["services", "distribution"],
        "regions": ["middle-east", "asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "pharmafreight-gdp",
        "org": "pharmafreight",
        "kind": "business-offer",
        "text": {
            "en": (
                "GDP-certified cold-chain logistics for pharmaceuticals and biologics",
                "Temperature-controlled transport (2–8 °C and −20 °C) for vaccines, biologics and clinical trial "
                "material across Europe, with validated packaging and real-time data loggers.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics"],
        "keywords": ["iot"],
        "cooperation": ["services"],
        "regions": ["eu", "global"],
        "stage": "market",
    },
    {
        "key": "baoting-durian-cultivation",
        "org": "baoting-agri",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "保亭榴莲种植技术攻关，诚邀东南亚专家合作",
                "公司在保亭、三亚种植榴莲1200亩，已挂果三年，但台风后倒伏、花期不稳、果实品质不均。希望与有"
                "猫山王等品种栽培经验的马来西亚或泰国专家合作，开展嫁接苗、矮化修剪和水肥管理的联合试验。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "cooperation": ["rd-cooperation", "technical-cooperation"],
        "regions": ["asean"],
        "stage": "pilot",
    },
    {
        "key": "musang-durian-agronomy",
        "org": "musang-agro",
        "kind": "business-offer",
        "text": {
            "en": (
                "Durian orchard agronomy: Musang King grafting, canopy management and fertigation",
                "Agronomists from Raub with 20 years of Musang King and Black Thorn cultivation. We advise new "
                "orchards abroad on grafted seedlings, low canopy pruning against wind, flowering induction and "
                "fertigation, and run on-site trials.",
            ),
            "zh-hans": (
                "榴莲果园种植技术服务：猫山王嫁接、树形管理与水肥一体化",
                "来自劳勿的农艺团队，有20年猫山王、黑刺栽培经验，为海外新果园提供嫁接苗、抗风矮化修剪、催花和"
                "水肥一体化指导，并可驻场开展试验。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["agricultural-automation"],
        "cooperation": ["services", "technical-cooperation"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "ledong-mango-quarantine",
        "org": "ledong-fruit",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "芒果出口日韩检疫处理：寻求蒸热处理（VHT）设备与技术",
                "日本、韩国要求芒果经蒸热处理杀灭实蝇后才能进口。中心计划在乐东建一座检疫处理站，寻求通过日韩"
                "官方认可的蒸热处理设备和工艺，含安装、验证和操作培训。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "cooperation": ["technology-transfer", "commercial-agreement"],
        "regions": ["east-asia", "asean"],
        "stage": "idea",
        "budget": (2000000, 6000000, "CNY"),
    },
    {
        "key": "formosa-vapour-heat",
        "org": "formosa-postharvest",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Vapour heat treatment (VHT) plants for fruit-fly quarantine",
                "Our VHT chambers are approved by Japan's MAFF and Korea's APQA for mango, papaya and lychee exports, "
                "with 30 plants in Taiwan, Thailand, the Philippines and Vietnam. Turnkey supply, validation runs "
                "with the inspectors, and operator training.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["equipment-design"],
        "keywords": ["smart-manufacturing"],
        "cooperation": ["technology-transfer", "commercial-agreement", "services"],
        "regions": ["asean", "greater-china", "east-asia"],
        "stage": "market",
    },
    {
        "key": "nusantara-freeze-dried-durian",
        "org": "nusantara-foods",
        "kind": "business-request",
        "text": {
            "en": (
                "OEM wanted: food-grade freeze-drying of durian in Hainan",
                "We sell freeze-dried durian chips in Malaysia and Singapore and want to produce in Hainan for the "
                "Chinese market, using Hainan-grown durian. Looking for a food factory with SC licence and "
                "freeze-drying lines of 2 t/day that can produce under our brand.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods"],
        "cooperation": ["manufacturing"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "rheinland-eudr-rubber",
        "org": "rheinland-reifen",
        "kind": "business-request",
        "text": {
            "en": (
                "Buying EUDR-compliant natural rubber (TSR 20) with plot geolocation",
                "From 2025 our tyre plants may only buy rubber whose plantations are geolocated and deforestation-"
                "free under the EU Deforestation Regulation. We are looking for rubber processors that can already "
                "supply 5,000 t a year with that due-diligence data. We buy rubber, we do not need software.",
            ),
        },
        "sectors": ["green-tech"],
        "keywords": ["carbon-management", "blockchain"],
        "cooperation": ["commercial-agreement"],
        "regions": ["asean", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "lianxin-fruit-traceability",
        "org": "lianxin-trace",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "农产品区块链溯源平台：一物一码",
                "为热带水果、咖啡和茶叶品牌提供区块链溯源，果园、采摘、加工、物流全流程上链，消费者扫码可查，"
                "已服务30多家海南农业企业。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["blockchain"],
        "keywords": ["blockchain", "iot"],
        "cooperation": ["services"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    # ============================================================================================
    # Marine: aquaculture, marine ingredients, offshore wind, ships and ferries, ocean science
    {
        "key": "lingshui-grouper-ras",
        "org": "lingshui-grouper",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "石斑鱼工厂化循环水养殖系统改造",
                "公司现有流水养殖车间6000平方米，用水量大、病害多。计划改造为循环水养殖（RAS），需要生物滤池、"
                "增氧、杀菌和水质在线监测的整体设计与设备，希望对方有海水鱼RAS的实际案例。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["water-quality", "iot"],
        "cooperation": ["technical-cooperation", "commercial-agreement"],
        "regions": ["greater-china", "eu"],
        "stage": "market",
        "budget": (3000000, 8000000, "CNY"),
    },
    {
        "key": "blavand-marine-ras",
        "org": "blavand",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Recirculating aquaculture systems (RAS) for marine fish",
                "We design and build RAS for sea bass, turbot and grouper: moving-bed biofilters, ozone and UV, "
                "CO2 stripping and sensor-based water-quality control. 40 farms built in Europe and Asia; we offer "
                "design, equipment and start-up support.",
            ),
        },
        "sectors": ["green-tech", "advanced-manufacturing"],
        "keywords": ["water-quality", "energy-efficiency"],
        "cooperation": ["technical-cooperation", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "zhanjiang-ras-engineering",
        "org": "zhanjiang-shuichan",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "海水工厂化循环水养殖工程总包",
                "专做石斑鱼、东星斑、南美白对虾的循环水车间设计与施工，含微滤机、生物滤池、蛋白分离器和智能水质"
                "监控，在广东、海南、福建完成40多个项目，节水90%以上。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["iot"],
        "cooperation": ["commercial-agreement", "services"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "qingyuan-reservoir-buoys",
        "org": "haikou-water-monitor",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "水库蓝藻水华在线监测浮标",
                "为自来水公司和水务局提供饮用水源地多参数监测浮标，实时监测叶绿素、藻蓝素、溶解氧和浊度，提前"
                "预警藻类暴发，已在松涛水库等地运行。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["water-quality", "environmental-monitoring", "iot"],
        "cooperation": ["commercial-agreement", "services"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "lingao-deep-sea-cage-round",
        "org": "lingao-deepsea",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "深远海养殖平台项目，寻求2亿元股权融资",
                "公司自主设计的半潜式养殖平台已在临高海域运行一年，单平台养殖水体6万立方米，养殖卵形鲳鲹和军曹鱼。"
                "计划再建3座平台，寻求产业资本或政府引导基金投资。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["equipment-design"],
        "cooperation": ["investment"],
        "regions": ["greater-china"],
        "stage": "pilot",
        "budget": (150000000, 200000000, "CNY"),
    },
    {
        "key": "hainan-blue-fund",
        "org": "hainan-blue-fund",
        "kind": "investment-offer",
        "text": {
            "zh-hans": (
                "海洋产业投资：深远海养殖、海洋装备、海洋生物医药",
                "基金规模30亿元，重点投资深远海养殖装备、海洋工程、海洋生物医药与水产动保企业，单笔投资3000万元"
                "至3亿元，优先支持落地海南的项目。",
            ),
        },
        "sectors": ["advanced-manufacturing", "biomedicine"],
        "keywords": ["marine-bioactives", "marine-ecology"],
        "cooperation": ["investment"],
        "regions": ["hainan-ftp"],
        "stage": "market",
        "budget": (30000000, 300000000, "CNY"),
    },
    {
        "key": "yukang-fish-vaccine-round",
        "org": "haikou-fish-vaccine",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "石斑鱼神经坏死病毒疫苗，A轮融资3000万元",
                "我们研发的石斑鱼病毒性神经坏死病灭活疫苗已拿到临床试验批件，田间试验保护率85%。本轮资金用于"
                "GMP车间和新兽药注册，寻求关注水产动保和海洋生物医药的投资机构。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics"],
        "cooperation": ["investment"],
        "regions": ["greater-china", "asean"],
        "stage": "pilot",
        "budget": (30000000, 30000000, "CNY"),
    },
    {
        "key": "tidewater-agrifood-vc",
        "org": "tidewater",
        "kind": "investment-offer",
        "text": {
            "en": (
                "Seed and Series A funding for aquaculture and agrifood biotech in Asia",
                "We back founders in fish health, feed, breeding genetics and alternative proteins, USD 1–5 million "
                "per company, across Southeast Asia and southern China. We do not fund capital-heavy farms, vessels "
                "or plantations.",
            ),
            "zh-hans": (
                "投资亚洲水产养殖与农业食品生物技术：种子轮和A轮",
                "关注鱼类健康、饲料、育种遗传和替代蛋白，单个项目100万至500万美元，覆盖东南亚和华南。不投资重资产"
                "的养殖场、船舶和种植园。",
            ),
        },
        "sectors": ["biomedicine"],
        "keywords": ["functional-foods", "marine-bioactives"],
        "cooperation": ["investment"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
        "budget": (1000000, 5000000, "USD"),
    },
    {
        "key": "lumiere-marine-collagen",
        "org": "lumiere-hk",
        "kind": "business-request",
        "text": {
            "en": (
                "Supplier wanted: low-molecular marine collagen peptide from fish skin",
                "We make oral beauty drinks and serums and need a reliable supplier of marine collagen peptide "
                "(under 1,000 Da, from fish skin or scales, halal preferred) with full traceability, 20 t a year.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods"],
        "cooperation": ["commercial-agreement"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "chengmai-tilapia-collagen",
        "org": "chengmai-tilapia",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "罗非鱼皮胶原蛋白肽，小分子，可出口",
                "依托自有罗非鱼加工厂的鱼皮原料，年产胶原蛋白肽800吨，平均分子量800道尔顿以下，有清真和HACCP认证，"
                "可供应口服美容、食品和化妆品客户。",
            ),
        },
        "sectors": ["biomedicine"],
        "keywords": ["marine-bioactives"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "algaria-astaxanthin",
        "org": "algaria",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Natural astaxanthin from microalgae grown with geothermal energy",
                "Haematococcus astaxanthin oleoresin and beadlets for supplements and skincare, produced in closed "
                "photobioreactors. We look for ingredient distributors and brand partners in Asia.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["microalgae", "marine-bioactives"],
        "cooperation": ["distribution", "licence"],
        "regions": ["greater-china", "east-asia"],
        "stage": "market",
    },
    {
        "key": "dongfang-offshore-corrosion",
        "org": "dongfang-wind",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "海上风电基础防腐与检测：高温高盐环境",
                "我司运维的东方海上风电场已投运4年，导管架飞溅区和塔筒底部腐蚀比预期快。寻求适合热带高盐雾海域的"
                "重防腐涂层修复方案和无人机、水下检测服务。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["environmental-monitoring"],
        "cooperation": ["technical-cooperation", "services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "noordzee-offshore-coatings",
        "org": "noordzee-coatings",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Corrosion protection and inspection for offshore wind foundations",
                "Splash-zone coating systems and repair methods applied in the North Sea and Taiwan Strait, plus drone "
                "and ROV inspection of monopiles and jackets with corrosion mapping. We opened a Shanghai office and "
                "look for wind-farm operators in China.",
            ),
            "zh-hans": (
                "海上风电基础防腐与检测",
                "飞溅区重防腐涂层体系和现场修复工艺，已用于北海和台湾海峡风场，并提供单桩、导管架的无人机与ROV"
                "检测和腐蚀评估。已设立上海办公室，寻求国内风场运营商合作。",
            ),
        },
        "sectors": ["green-tech", "advanced-manufacturing"],
        "keywords": ["environmental-monitoring"],
        "cooperation": ["services", "technical-cooperation"],
        "regions": ["greater-china", "eu"],
        "stage": "market",
    },
    {
        "key": "skrog-hull-cleaning",
        "org": "skrog-robotics",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Robotic in-water hull cleaning for ships in port",
                "Our crawler robot removes biofouling from ship hulls during port stays, captures the debris and "
                "reports hull condition, saving 5–10% fuel. Seeking port service partners in Asia.",
            ),
        },
        "sectors": ["advanced-manufacturing", "green-tech"],
        "subfields": ["robotics"],
        "keywords": ["robotics", "marine-ecology"],
        "cooperation": ["services", "joint-venture"],
        "regions": ["asean", "greater-china"],
        "stage": "pilot",
    },
    {
        "key": "straits-yangpu-drydock",
        "org": "straits-ship",
        "kind": "business-request",
        "text": {
            "en": (
                "Ship repair and drydocking in Yangpu for our bulk carriers",
                "We manage 35 Supramax and Handysize bulk carriers trading to South China. We want a yard in Yangpu "
                "for scheduled drydockings, class surveys and voyage repairs, ideally with bonded bunkering nearby.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "yangpu-ship-repair",
        "org": "yangpu-shipyard",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "洋浦船舶修理、坞修与改装服务",
                "拥有10万吨级浮船坞两座，承接散货船、油轮和集装箱船的坞修、特检、脱硫塔改装和航修，可协调保税"
                "燃油加注，外籍船舶修理享受自贸港保税政策。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["equipment-design"],
        "cooperation": ["services"],
        "regions": ["global", "asean"],
        "stage": "market",
    },
    {
        "key": "qiongzhou-electric-ferry",
        "org": "qiongzhou-ferry",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "琼州海峡客滚船电动化：寻求船用动力电池与混合动力系统",
                "公司计划将两艘客滚船改造为油电混合动力，并新建一艘纯电动客滚船，航程约25海里。需要通过船级社认证"
                "的船用锂电池系统、能量管理和岸电快充方案。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["battery", "new-energy-vehicles"],
        "cooperation": ["technical-cooperation", "commercial-agreement"],
        "regions": ["greater-china", "eu"],
        "stage": "idea",
    },
    {
        "key": "oresund-marine-battery",
        "org": "oresund-marine",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Class-approved marine battery systems for ferries",
                "Liquid-cooled LFP battery rooms, energy management and automated shore charging for electric and "
                "hybrid ferries, approved by DNV and BV. 18 ferries in Scandinavia run on our systems.",
            ),
        },
        "sectors": ["advanced-manufacturing", "green-tech"],
        "keywords": ["battery", "energy-efficiency"],
        "cooperation": ["commercial-agreement", "technical-cooperation"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "mindong-marine-battery",
        "org": "mindong-marine",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "船用磷酸铁锂电池系统（CCS认证）",
                "为内河和沿海电动船舶提供电池舱、BMS和能量管理系统，已获中国船级社型式认可，配套电动渡船、游船和"
                "港作拖轮50余艘。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["battery"],
        "cooperation": ["commercial-agreement"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "southcoast-lingshui-programme",
        "org": "southcoast-uni",
        "kind": "rd-request",
        "text": {
            "en": (
                "Partner wanted for a joint ocean-science programme and field station in Hainan",
                "Our School of Ocean Sciences wants to set up a joint master's programme in tropical marine science "
                "in the Lingshui international education zone, with a shared field station for student research "
                "on mangroves and reef fish. We look for a Hainan marine institute or university.",
            ),
        },
        "sectors": ["green-tech"],
        "keywords": ["marine-ecology"],
        "cooperation": ["rd-cooperation", "joint-venture"],
        "regions": ["hainan-ftp"],
        "stage": "idea",
    },
    {
        "key": "nanhai-international-partner",
        "org": "nanhai-ocean",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "寻求海外高校合作共建热带海洋科学联合学位项目",
                "研究院在陵水有海洋观测站和实验基地，拟与境外高校在陵水黎安国际教育创新试验区合作举办热带海洋"
                "科学硕士项目，联合培养研究生，共同开展红树林与珊瑚礁生态研究。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-monitoring"],
        "keywords": ["marine-ecology"],
        "cooperation": ["rd-cooperation"],
        "regions": ["uk-switzerland", "eu", "oceania"],
        "stage": "idea",
    },
    {
        "key": "tasman-seagrass-mapping",
        "org": "tasman-uni",
        "kind": "rd-request",
        "text": {
            "en": (
                "Seagrass mapping from satellite imagery along Hainan's east coast",
                "We study seagrass loss across the Indo-Pacific and need a partner with high-resolution multispectral "
                "imagery of Hainan's coast (Wenchang to Lingshui) and local ground-truthing, to build a joint "
                "time series for 2018–2025.",
            ),
        },
        "sectors": ["green-tech"],
        "keywords": ["marine-ecology", "big-data"],
        "cooperation": ["rd-cooperation"],
        "regions": ["hainan-ftp", "greater-china"],
        "stage": "research",
    },
    {
        "key": "xingtu-remote-sensing",
        "org": "wenchang-xingtu",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "卫星遥感数据与海岸带监测服务",
                "接收和处理多颗国产高分辨率光学和雷达卫星数据，提供海岸线变化、红树林、海草床、养殖区和农作物"
                "监测服务，可结合无人机和现场调查做地面验证。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["big-data"],
        "keywords": ["big-data", "environmental-monitoring"],
        "cooperation": ["services", "rd-cooperation"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "reef-renewal-coral-vision",
        "org": "reef-renewal",
        "kind": "tech-request",
        "text": {
            "en": (
                "Computer vision to count and size coral recruits on settlement tiles",
                "Our restoration sites produce 50,000 photos of settlement tiles a season, and volunteers count "
                "baby corals by hand. We need software that detects, counts and measures coral recruits in "
                "underwater photos, trained or trainable on our images.",
            ),
        },
        "sectors": ["digital-economy", "green-tech"],
        "subfields": ["ai"],
        "keywords": ["computer-vision", "marine-ecology"],
        "cooperation": ["technical-cooperation", "rd-cooperation"],
        "regions": ["global"],
        "stage": "research",
    },
    # ============================================================================================
    # Tourism, duty-free retail, Boao Lecheng, bonded logistics
    {
        "key": "haidao-store-footfall",
        "org": "haidao-duty-free",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "免税店客流分析：热力图、动线和排队时长",
                "我们在海口有两家离岛免税店，想知道顾客在各品牌专柜的停留时间、动线和收银排队情况，用于调整陈列和"
                "排班。寻求基于现有摄像头的客流分析系统，不采集人脸身份信息。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["computer-vision", "big-data"],
        "cooperation": ["commercial-agreement"],
        "regions": ["greater-china", "eu"],
        "stage": "market",
    },
    {
        "key": "aforo-footfall-analytics",
        "org": "aforo",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Anonymous footfall, dwell-time and queue analytics for large stores",
                "Our edge software turns existing CCTV into heat maps, shopper paths, dwell time per brand zone and "
                "checkout queue alerts, without identifying anyone. Used by airport and travel-retail stores in Spain, "
                "Portugal and the Gulf.",
            ),
        },
        "sectors": ["digital-economy"],
        "keywords": ["computer-vision", "edge-computing"],
        "cooperation": ["licence", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "anshi-face-access",
        "org": "haikou-anshi",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "人脸识别门禁与考勤终端",
                "支持口罩识别和活体检测的人脸门禁、考勤一体机，适用于写字楼、工地和学校，可对接公安和园区管理平台。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["computer-vision", "artificial-intelligence"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "coralbay-resort-food-waste",
        "org": "coralbay-resorts",
        "kind": "business-request",
        "text": {
            "en": (
                "On-site food-waste treatment for our Sanya resorts",
                "Our three resorts in Sanya produce about 4 t of kitchen waste a day. We want on-site units that "
                "dewater and digest or compost it, to cut haulage and meet our zero-waste target, supplied and "
                "maintained by a local company.",
            ),
            "zh-hans": (
                "三亚度假酒店餐厨垃圾就地处理",
                "我们在三亚的三家度假酒店每天产生约4吨餐厨垃圾，希望引进就地脱水、生化处理或堆肥设备，减少外运并"
                "实现零废弃目标，需要本地企业供货和维护。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["solid-waste"],
        "cooperation": ["commercial-agreement", "services"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "lvhuan-food-waste-units",
        "org": "lvhuan",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "餐厨垃圾就地减量处理设备：酒店、学校、食堂",
                "日处理0.5-5吨的一体化餐厨垃圾处理机，分拣、脱水、生物降解，减量90%，出料可做有机肥，已在海南"
                "60多家酒店和学校使用，提供设备销售、租赁和运维托管。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["environmental-equipment"],
        "keywords": ["solid-waste"],
        "cooperation": ["commercial-agreement", "services"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "lvhuan-project-finance",
        "org": "lvhuan",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "县域餐厨垃圾处理项目融资5000万元",
                "我司拟在海南6个市县以BOT方式建设餐厨垃圾处理站，已签约3个。寻求项目融资或股权投资，用于设备投入，"
                "项目收益来自政府处理费和有机肥销售。",
            ),
        },
        "sectors": ["green-tech"],
        "keywords": ["solid-waste", "carbon-management"],
        "cooperation": ["investment"],
        "regions": ["hainan-ftp"],
        "stage": "pilot",
        "budget": (50000000, 50000000, "CNY"),
    },
    {
        "key": "monsoon-climate-fund",
        "org": "monsoon-climate",
        "kind": "investment-offer",
        "text": {
            "en": (
                "Project finance for waste-to-value and energy-efficiency infrastructure",
                "We finance operating and contracted projects — organic waste treatment, biogas, energy-efficiency "
                "retrofits, rooftop solar — in Southeast Asia and southern China, USD 3–20 million per project, debt "
                "or equity.",
            ),
        },
        "sectors": ["green-tech"],
        "keywords": ["carbon-management", "energy-efficiency"],
        "cooperation": ["investment"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
        "budget": (3000000, 20000000, "USD"),
    },
    {
        "key": "arno-duty-free-entry",
        "org": "pelletteria-arno",
        "kind": "business-request",
        "text": {
            "en": (
                "Florentine leather goods brand seeks entry into Hainan's offshore duty-free stores",
                "We make handbags and small leather goods, sold in 60 boutiques in Europe. We want to be listed in "
                "Hainan's offshore duty-free malls through an experienced brand agent who handles listing, stock and "
                "counter staff. Physical stores only, not online marketplaces.",
            ),
        },
        "sectors": ["industrial-design"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "qiongpin-brand-agency",
        "org": "qiongpin-brand",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "国际品牌入驻离岛免税渠道代理服务",
                "为海外化妆品、皮具、腕表品牌办理离岛免税店入驻、备货、保税仓储和专柜运营，与海口、三亚、琼海多家"
                "免税店有长期合作，已代理20多个欧洲品牌。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "cooperation": ["distribution", "services"],
        "regions": ["eu", "global"],
        "stage": "market",
    },
    {
        "key": "cardiaflow-lecheng-access",
        "org": "cardiaflow",
        "kind": "business-request",
        "text": {
            "en": (
                "Early access in Boao Lecheng for our transcatheter heart valve",
                "Our valve is FDA-approved but not yet registered in China. We want a hospital in the Boao Lecheng "
                "pilot zone to use it under the urgent-import policy and collect real-world data that can support "
                "our NMPA registration.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["commercial-agreement", "services"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "lecheng-hospital-rwd",
        "org": "lecheng-hospital",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "乐城先行区进口创新药械临床使用与真实世界数据研究",
                "我院可申请特许进口国外已上市、国内未注册的药品和医疗器械，开展临床应用，并按真实世界数据试点要求"
                "收集数据，支持企业在国内注册。已完成心血管、眼科、肿瘤等30多个产品。",
            ),
            "en": (
                "Clinical use of imported innovative drugs and devices with real-world data studies, Boao Lecheng",
                "We can apply for special import of drugs and devices approved abroad but not registered in China, "
                "use them in patients and collect real-world data for registration. 30+ products so far in "
                "cardiology, ophthalmology and oncology.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices", "chemical-drugs"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "vistula-device-trials",
        "org": "vistula-cro",
        "kind": "business-offer",
        "text": {
            "en": (
                "Medical device clinical investigations under EU MDR",
                "Full-service CRO for device trials in Poland and Central Europe: protocol, ethics and competent "
                "authority submissions, monitoring and clinical evaluation reports.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["services"],
        "regions": ["eu", "north-america"],
        "stage": "market",
    },
    {
        "key": "yijian-internet-hospital",
        "org": "yijian-health",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "互联网医院平台：在线问诊、电子处方与药品配送",
                "为医院和连锁药店搭建互联网医院，支持视频问诊、处方流转、医保支付和药品到家，已接入海南20多家医院。",
            ),
        },
        "sectors": ["biomedicine", "digital-economy"],
        "keywords": ["telemedicine", "cloud-computing"],
        "cooperation": ["services", "licence"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "barossa-bonded-wine",
        "org": "barossa-ridge",
        "kind": "business-request",
        "text": {
            "en": (
                "Bonded storage and B2B distribution of Australian wine in Hainan",
                "We want to hold stock in a bonded warehouse in Hainan, pay duty only when wine leaves for hotels "
                "and restaurants on the island, and find a logistics partner that also handles customs and "
                "temperature-controlled storage.",
            ),
        },
        "sectors": ["digital-economy"],
        "keywords": ["cross-border-ecommerce"],
        "cooperation": ["services", "distribution"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "yangpu-bonded-warehouse",
        "org": "yangpu-baoshui",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "洋浦保税仓储：恒温库、报关报检、岛内配送",
                "保税港区内恒温恒湿仓库2万平方米，适合葡萄酒、食品和化妆品，提供报关报检、分批出区完税和全岛配送。",
            ),
            "en": (
                "Bonded warehousing in Yangpu: temperature-controlled, customs, island-wide delivery",
                "20,000 m² of temperature- and humidity-controlled bonded space for wine, food and cosmetics; customs "
                "declaration, duty paid on release in batches, and delivery across Hainan.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    # ============================================================================================
    # Medical devices and TCM
    {
        "key": "harmony-tcm-diagnostic-devices",
        "org": "harmony-tcm",
        "kind": "business-request",
        "text": {
            "en": (
                "Digital pulse and tongue diagnosis devices for our TCM clinics",
                "We run 22 TCM clinics in Singapore and Malaysia and want to equip them with digital pulse-wave and "
                "tongue-image devices that produce a report our physicians can use, with an English interface and "
                "HSA registration or support to obtain it.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["chinese-medicine"],
        "keywords": ["traditional-chinese-medicine"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "maixiang-pulse-device",
        "org": "maixiang-tech",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "中医智能脉诊仪与舌诊仪，寻求海外经销",
                "压力传感阵列采集寸关尺脉象，结合舌象图像分析生成中医体质报告，已取得二类医疗器械注册证，支持"
                "中英文界面，寻求东南亚中医诊所连锁和经销商。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "keywords": ["artificial-intelligence"],
        "cooperation": ["distribution"],
        "regions": ["asean"],
        "stage": "market",
    },
    {
        "key": "maixiang-angel-round",
        "org": "maixiang-tech",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "智能脉诊设备公司，天使轮融资800万元",
                "产品已上市，年销售额600万元，本轮资金用于海外注册和新一代可穿戴脉诊手环研发，寻求医疗器械领域"
                "的天使投资人或机构。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["investment"],
        "regions": ["greater-china"],
        "stage": "market",
        "budget": (8000000, 8000000, "CNY"),
    },
    {
        "key": "victoria-medtech-angels",
        "org": "victoria-angels",
        "kind": "investment-offer",
        "text": {
            "en": (
                "Angel and seed funding for medical device startups in the Greater Bay Area and Hainan",
                "Our 40 members, mostly clinicians and device executives, invest HKD 2–10 million in device "
                "companies with a first product or a registration path, and help with Hong Kong and ASEAN market "
                "entry.",
            ),
            "zh-hans": (
                "投资大湾区和海南的医疗器械初创企业：天使轮和种子轮",
                "40位成员多为临床医生和器械企业高管，单笔投资200万至1000万港元，关注已有首款产品或明确注册路径的"
                "器械公司，并协助开拓香港和东盟市场。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "cooperation": ["investment"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
        "budget": (2000000, 10000000, "CNY"),
    },
    {
        "key": "glykos-cgm",
        "org": "glykos",
        "kind": "tech-offer",
        "text": {
            "en": (
                "14-day continuous glucose monitor seeking Asian partners",
                "A calibration-free CGM sensor with smartphone app, CE-marked. We look for a manufacturing partner "
                "and distributors for diabetes clinics in Asia.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "keywords": ["iot"],
        "cooperation": ["manufacturing", "distribution"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "qiongyao-granules-export",
        "org": "qiongyao-granules",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "中药配方颗粒出口，寻求海外中医诊所客户",
                "可供应600余种单味中药配方颗粒，符合国家标准，已出口新加坡、马来西亚和澳大利亚，可协助办理当地注册。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["chinese-medicine"],
        "keywords": ["traditional-chinese-medicine"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["asean", "oceania"],
        "stage": "market",
    },
    {
        "key": "wuzhishan-li-medicine",
        "org": "wuzhishan-li",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "黎族药材药效物质与质量标准研究，寻求合作",
                "研究所收集了黎族民间常用药材120余种，希望与药学院或研发机构合作，开展重点品种的药效物质基础、"
                "药理毒理和质量标准研究，为进入地方药材标准做准备。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["chinese-medicine"],
        "keywords": ["traditional-chinese-medicine"],
        "cooperation": ["rd-cooperation"],
        "regions": ["greater-china"],
        "stage": "research",
    },
    {
        "key": "yecheng-thyroid-ultrasound-ai",
        "org": "yecheng-hospital",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "甲状腺结节超声AI辅助诊断，寻求合作",
                "我科每年做甲状腺超声检查4万例，基层转诊来的图像质量参差不齐。希望引进能实时标注结节并给出TI-RADS"
                "分级建议的AI辅助诊断软件，需有医疗器械注册证或可合作开展临床验证。",
            ),
        },
        "sectors": ["biomedicine", "digital-economy"],
        "subfields": ["medical-devices", "ai"],
        "keywords": ["medical-imaging", "artificial-intelligence"],
        "cooperation": ["technical-cooperation", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "sonomind-thyroid-ai",
        "org": "sonomind",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Real-time AI for thyroid and breast ultrasound",
                "Our software marks nodules on the live ultrasound image and suggests a TI-RADS or BI-RADS category; "
                "approved by Korea's MFDS and CE-marked, used in 300 hospitals. We seek Chinese hospital partners "
                "for a registration study.",
            ),
            "zh-hans": (
                "甲状腺和乳腺超声实时AI辅助诊断",
                "软件在实时超声图像上标记结节并给出TI-RADS或BI-RADS分级建议，已获韩国MFDS批准和CE认证，在300家医院"
                "使用，寻求国内医院合作开展注册临床试验。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "keywords": ["medical-imaging", "computer-vision"],
        "cooperation": ["rd-cooperation", "licence"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "histolytix-pathology-ai",
        "org": "histolytix",
        "kind": "tech-offer",
        "text": {
            "en": (
                "AI for digital pathology: prostate and breast biopsies",
                "Deep-learning software that grades prostate biopsies and quantifies breast cancer biomarkers on "
                "whole-slide images, CE-IVD. Seeking distributors and hospital partners in Asia.",
            ),
        },
        "sectors": ["biomedicine", "digital-economy"],
        "subfields": ["ai", "diagnostics"],
        "keywords": ["artificial-intelligence", "medical-imaging"],
        "cooperation": ["distribution", "licence"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "qiongbei-drone-samples",
        "org": "qiongbei-hospitals",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "医疗无人机配送：乡镇卫生院检验样本送达县医院",
                "医共体下属18家乡镇卫生院的血液和病理样本每天靠车辆送到县医院，雨季路况差。计划开通无人机航线，"
                "需要具备医疗物资运输经验的无人机、温控箱和航线运营方案。",
            ),
        },
        "sectors": ["advanced-manufacturing", "biomedicine"],
        "keywords": ["robotics"],
        "cooperation": ["services", "technical-cooperation"],
        "regions": ["global"],
        "stage": "idea",
    },
    {
        "key": "skylift-medical-drones",
        "org": "skylift",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Drone delivery network for pathology samples and blood",
                "Fixed-wing VTOL drones with temperature-controlled payload boxes, flying samples between rural "
                "clinics and labs for NHS trusts since 2022. We provide aircraft, route approval support and operations.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics"],
        "keywords": ["iot"],
        "cooperation": ["services", "licence"],
        "regions": ["global"],
        "stage": "pilot",
    },
    # ============================================================================================
    # Green building
    {
        "key": "haikou-passive-cooling-school",
        "org": "haikou-design-institute",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "热带地区近零能耗学校设计：寻求被动式降温与遮阳技术咨询",
                "我院承接海口一所24班中学的设计，业主要求按近零能耗建筑标准。希望与有湿热气候设计经验的团队合作，"
                "做自然通风、遮阳、屋顶隔热和能耗模拟，协助申报绿色建筑三星。",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["architectural-design"],
        "keywords": ["green-building", "energy-efficiency"],
        "cooperation": ["technical-cooperation", "services"],
        "regions": ["asean", "greater-china"],
        "stage": "idea",
    },
    {
        "key": "verdant-tropics-consultancy",
        "org": "verdant-tropics",
        "kind": "business-offer",
        "text": {
            "en": (
                "Passive design for hot, humid climates: schools, offices, campuses",
                "We design naturally ventilated, deeply shaded buildings for the tropics and run daylight, airflow "
                "and energy simulations, with 40 Green Mark Platinum projects in Singapore and Malaysia. We also "
                "consult for local design institutes.",
            ),
            "zh-hans": (
                "湿热气候被动式建筑设计：学校、办公、园区",
                "专注热带地区自然通风、深遮阳建筑设计和采光、风环境、能耗模拟，在新加坡和马来西亚完成40个绿色标志"
                "白金级项目，也为当地设计院提供咨询。",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["architectural-design"],
        "keywords": ["green-building"],
        "cooperation": ["services"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "lingnan-green-design",
        "org": "lingnan-green",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "夏热冬暖地区绿色建筑与近零能耗咨询",
                "为设计院和开发商提供岭南、海南地区的绿色建筑星级咨询、被动式节能设计和能耗模拟，已完成近零能耗"
                "学校、医院项目12个。",
            ),
        },
        "sectors": ["industrial-design", "green-tech"],
        "keywords": ["green-building", "energy-efficiency"],
        "cooperation": ["services"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "haitang-prefab-villas",
        "org": "sanya-construction",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "度假别墅装配式建造技术：抗台风、防潮、防白蚁",
                "海棠湾度假项目有80栋独栋别墅，工期紧，想采用工厂预制模块化建造。寻求能抵御17级台风、适应高湿和"
                "白蚁环境的装配式结构体系，可技术引进或合作生产。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["smart-manufacturing"],
        "cooperation": ["technology-transfer", "joint-venture"],
        "regions": ["global"],
        "stage": "idea",
    },
    {
        "key": "holzmodul-clt-modules",
        "org": "holzmodul",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Prefabricated CLT timber modules for resorts and housing",
                "Factory-built cross-laminated timber modules, treated against termites and moisture and tested for "
                "cyclone wind loads in Queensland. We license our system and help partners set up a module factory.",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["architectural-design"],
        "keywords": ["green-building"],
        "cooperation": ["licence", "technology-transfer"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "zaisheng-recycled-aggregate",
        "org": "haikou-zaisheng",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "建筑垃圾再生骨料与透水砖",
                "年处理建筑垃圾100万吨，生产再生骨料、再生砖和透水铺装材料，可用于市政道路和海绵城市项目。",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["construction-waste", "green-building"],
        "cooperation": ["commercial-agreement"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    # ============================================================================================
    # Payments and cross-border commerce
    {
        "key": "yefeng-multicurrency-collection",
        "org": "haikou-waimao",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "跨境电商多币种收款与结汇",
                "我们在亚马逊、Shopee和Lazada上卖椰子制品和咖啡，回款慢、手续费高。需要能开美元、欧元、新币本地"
                "收款账户、快速合规结汇并支持自贸港多功能自由贸易账户的收款方案。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "keywords": ["cross-border-ecommerce"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "payloom-collection-accounts",
        "org": "payloom",
        "kind": "business-offer",
        "text": {
            "en": (
                "Multi-currency collection accounts for Chinese marketplace sellers",
                "Local USD, EUR, GBP and SGD receiving accounts for sellers on Amazon, Shopee, Lazada and TikTok Shop, "
                "with same-day conversion and compliant repatriation to mainland China. Licensed in Singapore and "
                "Hong Kong.",
            ),
        },
        "sectors": ["digital-economy"],
        "keywords": ["trade-digitalisation"],
        "cooperation": ["services"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "kuajingtong-payments",
        "org": "kuajingtong",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "跨境收款：多平台店铺回款、低费率结汇",
                "持有支付牌照，为跨境电商卖家提供全球主要平台的多币种收款、结汇和供应商付款，费率0.3%起，"
                "服务卖家超过50万家。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "keywords": ["cross-border-ecommerce", "trade-digitalisation"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "nimbus-crypto-onramp",
        "org": "nimbus-digital",
        "kind": "business-offer",
        "text": {
            "en": (
                "Stablecoin payment rails for cross-border merchants",
                "Accept USDT and USDC from buyers worldwide and settle instantly; our on-ramp and off-ramp are "
                "licensed in Dubai. Looking for merchant partners in Asia.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["blockchain"],
        "keywords": ["blockchain", "cross-border-ecommerce"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "ecny-tourist-wallet",
        "org": "shuzi-pay",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "数字人民币商户受理与境外游客钱包",
                "帮助酒店、景区和免税店开通数字人民币收款，支持境外游客用护照开立钱包消费，提供收银系统改造。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["digital-trade"],
        "keywords": ["trade-digitalisation"],
        "cooperation": ["services"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "dewdrop-douyin-livestream",
        "org": "dewdrop-lab",
        "kind": "business-request",
        "text": {
            "en": (
                "Korean indie skincare brand looking for a Douyin live-streaming partner",
                "We sell cica and rice-water skincare in Korea and Japan and want to start in China through live "
                "commerce: hosts, studio, bonded stock for cross-border orders and campaign planning.",
            ),
        },
        "sectors": ["digital-economy"],
        "keywords": ["cross-border-ecommerce"],
        "cooperation": ["services", "distribution"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "yezi-livestream-base",
        "org": "yezi-live",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "海外品牌直播电商孵化：主播、直播间、保税仓一站式",
                "基地有直播间60个、签约主播200名，为海外美妆、食品品牌提供抖音、淘宝直播代运营，配套保税仓和"
                "跨境电商清关。",
            ),
            "en": (
                "Live-commerce launch for foreign brands: hosts, studios and bonded stock",
                "60 studios and 200 contracted hosts. We run Douyin and Taobao live commerce for foreign beauty and "
                "food brands, with a bonded warehouse and cross-border customs clearance.",
            ),
        },
        "sectors": ["digital-economy"],
        "keywords": ["cross-border-ecommerce", "digital-creative"],
        "cooperation": ["services"],
        "regions": ["global", "east-asia"],
        "stage": "market",
    },
    # ============================================================================================
    # Digital content, museums and education
    {
        "key": "lumen-series-coproduction",
        "org": "lumen-animation",
        "kind": "business-request",
        "text": {
            "en": (
                "Chinese animation studio wanted for a 52 × 11' children's series",
                "Our pre-school series about ocean animals is financed in France. We seek a Chinese studio for "
                "2D animation production (layout, animation, compositing) as co-producer, which would also let the "
                "series qualify for Chinese broadcast quotas.",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["digital-creative-design"],
        "keywords": ["digital-creative"],
        "cooperation": ["joint-venture", "services"],
        "regions": ["greater-china"],
        "stage": "prototype",
    },
    {
        "key": "lumen-production-services",
        "org": "lumen-animation",
        "kind": "business-offer",
        "text": {
            "en": (
                "2D animation production services from Angoulême",
                "Our 70 artists produce 2D series and features for broadcasters: storyboard, layout, animation and "
                "compositing. Open to co-productions with Asian studios.",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["digital-creative-design"],
        "keywords": ["digital-creative"],
        "cooperation": ["services", "joint-venture"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "yehai-animation-studio",
        "org": "yehai-animation",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "二维动画中期制作与合拍",
                "团队120人，承接电视动画系列片的设计稿、原画动画和合成，为法国、加拿大和日本公司代工过十余部作品，"
                "可作为中方合拍方申报。",
            ),
        },
        "sectors": ["industrial-design"],
        "keywords": ["digital-creative"],
        "cooperation": ["services", "joint-venture"],
        "regions": ["eu", "north-america"],
        "stage": "market",
    },
    {
        "key": "museum-shipwreck-xr",
        "org": "underwater-museum",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "南海沉船考古沉浸式展览：VR/AR展陈方案征集",
                "我们计划做一个“华光礁沉船”常设展，希望观众戴VR头显潜入水下考古现场，用手机AR看文物复原。寻求有"
                "博物馆数字展陈经验的团队，负责三维重建、内容制作和设备集成。",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["digital-creative-design"],
        "keywords": ["extended-reality"],
        "cooperation": ["services", "technical-cooperation"],
        "regions": ["global"],
        "stage": "idea",
        "budget": (1500000, 3000000, "CNY"),
    },
    {
        "key": "virtuaal-heritage-xr",
        "org": "virtuaal",
        "kind": "tech-offer",
        "text": {
            "en": (
                "VR and AR exhibitions for museums and heritage sites",
                "We turn photogrammetry and scans into immersive museum exhibits: free-roam VR dives to wrecks, AR "
                "reconstructions of objects on visitors' phones. Projects in Tallinn, Gdańsk and Stockholm maritime "
                "museums.",
            ),
        },
        "sectors": ["industrial-design", "digital-economy"],
        "keywords": ["extended-reality", "digital-creative"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "huandong-vr-seats",
        "org": "guangzhou-vr-seats",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "VR动感座椅和飞行模拟设备，游乐场和景区",
                "六自由度VR动感座椅、飞行影院和太空舱体验设备，配套片源，适用于主题乐园、景区和商场，寻求代理商。",
            ),
        },
        "sectors": ["advanced-manufacturing", "industrial-design"],
        "keywords": ["extended-reality"],
        "cooperation": ["distribution"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "chongyi-pet-clinic-round",
        "org": "chongyi-pet",
        "kind": "investment-request",
        "text": {
            "zh-hans": (
                "连锁宠物医院B轮融资5000万元",
                "在海南有14家宠物医院，年营收8000万元，计划三年内开到50家并建设影像和检验中心，寻求消费或医疗"
                "领域投资机构。",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["medical-devices"],
        "keywords": ["medical-imaging"],
        "cooperation": ["investment"],
        "regions": ["hainan-ftp"],
        "stage": "market",
        "budget": (50000000, 50000000, "CNY"),
    },
    {
        "key": "yelin-stem-robot-kits",
        "org": "yelin-education",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "国际学校STEM课程：采购机器人编程套件和英文课程",
                "集团在陵水和海口有3所国际学校，要为小学三年级到初中开设机器人编程课，需要配套英文教材、教师培训"
                "和比赛支持的套件，约1500套。",
            ),
            "en": (
                "STEM for our international schools: robotics coding kits with English curriculum",
                "Our group runs three international schools in Lingshui and Haikou and needs about 1,500 robotics "
                "coding kits for Grade 3 to Grade 9, with an English curriculum, teacher training and competition "
                "support.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["robotics"],
        "keywords": ["robotics"],
        "cooperation": ["commercial-agreement"],
        "regions": ["uk-switzerland", "global"],
        "stage": "market",
    },
    {
        "key": "yelin-kits-trading",
        "org": "yelin-education",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "代理进口STEM机器人编程套件及双语课程",
                "集团教育装备公司代理两款海外机器人编程套件，含双语课程和师资培训，面向海南中小学和培训机构供货。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["robotics"],
        "cooperation": ["distribution"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "brickbot-stem-kits",
        "org": "brickbot",
        "kind": "business-offer",
        "text": {
            "en": (
                "Robotics coding kits and curriculum for schools, ages 8–15",
                "Buildable robots programmed in Scratch and Python, with 120 lesson plans aligned to the Cambridge and "
                "IB curricula, teacher training and an international competition. Used in 2,000 schools; seeking "
                "school groups and distributors in Asia.",
            ),
        },
        "sectors": ["industrial-design"],
        "keywords": ["robotics", "digital-creative"],
        "cooperation": ["commercial-agreement", "distribution"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "hanyu-online-tutoring",
        "org": "hanyu-online",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "海外华裔青少年在线中文课",
                "一对一和小班在线中文课程，面向6-15岁海外华裔和外国学生，老师均有国际中文教师资格证。",
            ),
        },
        "sectors": ["digital-economy"],
        "keywords": ["cloud-computing"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "cendekia-chinese-essay-ai",
        "org": "cendekia",
        "kind": "tech-request",
        "text": {
            "en": (
                "AI that scores Chinese essays written by primary pupils",
                "Our learning platform serves 300 Chinese-medium primary schools in Malaysia. We want an engine that "
                "grades pupils' Chinese compositions, marks wrong characters and grammar, and gives feedback a "
                "child understands, licensed through an API.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["natural-language-processing", "artificial-intelligence"],
        "cooperation": ["licence"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "fawen-contract-review",
        "org": "fawen-ai",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "合同智能审查：中英文外贸合同风险识别",
                "基于大语言模型的合同审查系统，自动识别外贸合同中的付款、违约和管辖条款风险，支持中英文，可私有化"
                "部署或API调用。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["natural-language-processing", "artificial-intelligence"],
        "cooperation": ["licence", "services"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "redwood-ai-fund",
        "org": "redwood-peak",
        "kind": "investment-offer",
        "text": {
            "en": (
                "Seed to Series A for enterprise AI software",
                "We invest USD 2–8 million in B2B AI software companies — copilots, data infrastructure, AI for "
                "finance and logistics — in the US and Southeast Asia.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["ai"],
        "keywords": ["artificial-intelligence", "cloud-computing"],
        "cooperation": ["investment"],
        "regions": ["north-america", "asean"],
        "stage": "market",
        "budget": (2000000, 8000000, "USD"),
    },
    # ============================================================================================
    # New-energy vehicles and batteries
    {
        "key": "ojek-battery-swap",
        "org": "ojek-listrik",
        "kind": "business-request",
        "text": {
            "en": (
                "Battery-swap stations for our electric ride-hailing cars in Jakarta",
                "We run 3,000 electric taxis and lose hours a day to charging. We want a partner with proven "
                "battery-swap stations for passenger cars to supply and co-operate 40 stations in Greater Jakarta.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["new-energy-vehicles", "battery"],
        "cooperation": ["joint-venture", "technical-cooperation"],
        "regions": ["greater-china"],
        "stage": "pilot",
    },
    {
        "key": "qiongdian-swap-stations",
        "org": "qiongdian-swap",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "乘用车换电站技术输出",
                "3分钟全自动换电，已在海口运营出租车和网约车换电站45座，兼容多款车型底盘电池包。可输出换电站设备、"
                "电池管理云平台和运营经验，欢迎东南亚合作伙伴。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["battery", "new-energy-vehicles", "cloud-computing"],
        "cooperation": ["technology-transfer", "joint-venture"],
        "regions": ["asean"],
        "stage": "market",
    },
    {
        "key": "siam-second-life-storage",
        "org": "siam-solar",
        "kind": "business-request",
        "text": {
            "en": (
                "Second-life EV batteries for storage at our solar farms",
                "We operate 300 MW of solar in Thailand and want 40 MWh of storage at lower cost than new cells. "
                "Looking for a supplier of graded, repackaged second-life EV battery modules with BMS and warranty.",
            ),
        },
        "sectors": ["green-tech"],
        "keywords": ["battery", "energy-efficiency"],
        "cooperation": ["commercial-agreement"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "xunhuan-second-life-packs",
        "org": "xunhuan-battery",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "退役动力电池梯次利用储能产品",
                "回收海南出租车退役磷酸铁锂电池，经检测分选、重组为储能电池柜，配BMS和三年质保，适用于光伏电站和"
                "工商业储能，可出口。",
            ),
        },
        "sectors": ["green-tech", "advanced-manufacturing"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["battery", "solid-waste"],
        "cooperation": ["commercial-agreement"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
    {
        "key": "kuaichong-charging-network",
        "org": "haikou-chongdian",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "新能源汽车充电站建设运营",
                "在海南运营超充站300座，为物业、车队和景区提供充电站投资建设与运营，快充桩功率120-480千瓦。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["new-energy-vehicles"],
        "cooperation": ["services", "investment"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "boao-hydrogen-buses",
        "org": "boao-transit",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "氢燃料电池公交车及加氢站示范",
                "为打造零碳示范区，公司计划引进20辆氢燃料电池公交车并建设一座加氢站，寻求燃料电池客车整车、"
                "加氢站设备和绿氢供应方。",
            ),
        },
        "sectors": ["advanced-manufacturing", "green-tech"],
        "subfields": ["new-energy-vehicles"],
        "keywords": ["new-energy-vehicles", "carbon-management"],
        "cooperation": ["commercial-agreement", "technical-cooperation"],
        "regions": ["global"],
        "stage": "idea",
    },
    # ============================================================================================
    # Semiconductors
    {
        "key": "sensilica-riscv-core",
        "org": "sensilica",
        "kind": "tech-request",
        "text": {
            "en": (
                "Licensing a low-power RISC-V core for a sensor SoC",
                "We are taping out a gas-sensor SoC and need a 32-bit RISC-V microcontroller core with under 10 µA/MHz, "
                "sleep modes and a proven toolchain, licensed with support.",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["chip-design"],
        "keywords": ["risc-v", "chip-design"],
        "cooperation": ["licence"],
        "regions": ["global"],
        "stage": "prototype",
    },
    {
        "key": "xinhai-riscv-ip",
        "org": "xinhai-riscv",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "超低功耗RISC-V处理器IP授权",
                "自研32位RISC-V内核，动态功耗低至6微安/兆赫，支持多级休眠，已在十余款物联网芯片中量产，提供工具链"
                "和技术支持，可授权海外客户。",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["chip-design"],
        "keywords": ["risc-v", "iot"],
        "cooperation": ["licence"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "xinrui-mems-packaging",
        "org": "haikou-xinrui",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "MEMS传感器芯片封装测试外包，寻求东南亚封测厂",
                "我司MEMS压力传感器芯片已流片，年需求约500万颗，需要有MEMS封装和标定测试能力的封测厂，优先考虑"
                "马来西亚、泰国等地以便出口客户。",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["chip-design"],
        "keywords": ["chip-design"],
        "cooperation": ["manufacturing"],
        "regions": ["asean"],
        "stage": "prototype",
    },
    {
        "key": "penang-mems-osat",
        "org": "penang-packaging",
        "kind": "business-offer",
        "text": {
            "en": (
                "MEMS and sensor packaging, calibration and test (OSAT)",
                "Cavity packaging, wafer-level packaging and pressure/temperature calibration for MEMS sensors, "
                "automotive-qualified, 200 million units a year. New customers from China welcome.",
            ),
            "zh-hans": (
                "MEMS传感器封装、标定与测试外包",
                "提供空腔封装、晶圆级封装和压力、温度标定测试，通过车规认证，年产能2亿颗，欢迎中国客户。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["smart-manufacturing"],
        "cooperation": ["manufacturing", "services"],
        "regions": ["greater-china", "global"],
        "stage": "market",
    },
    {
        "key": "hsinchu-analog-design",
        "org": "hsinchu-analog",
        "kind": "business-offer",
        "text": {
            "en": (
                "Analog and mixed-signal chip design services",
                "Design of ADCs, PMICs and sensor front-ends from specification to tape-out, on TSMC and UMC "
                "processes.",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["chip-design"],
        "keywords": ["chip-design"],
        "cooperation": ["services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "qiongxin-euv-photoresist",
        "org": "qiongxin-materials",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "寻求EUV光刻胶技术合作",
                "公司从事半导体湿化学品，计划进入先进制程光刻胶，寻求EUV光刻胶配方和树脂合成技术的合作或转让。",
            ),
        },
        "sectors": ["industrial-design"],
        "subfields": ["chip-design"],
        "keywords": ["chip-design"],
        "cooperation": ["technology-transfer", "rd-cooperation"],
        "regions": ["global"],
        "stage": "research",
    },
    {
        "key": "jingjian-pcb-aoi",
        "org": "dongguan-aoi",
        "kind": "tech-offer",
        "text": {
            "zh-hans": (
                "PCB与半导体封装AOI自动光学检测设备",
                "基于深度学习的AOI设备，检测PCB焊点、引线框架和封装外观缺陷，误报率低于0.5%。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["smart-manufacturing"],
        "keywords": ["machine-vision", "artificial-intelligence"],
        "cooperation": ["commercial-agreement"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    # ============================================================================================
    # Aerospace (Wenchang), satellites
    {
        "key": "xinghe-copv-supply",
        "org": "wenchang-rocket",
        "kind": "business-request",
        "text": {
            "zh-hans": (
                "采购运载火箭用碳纤维缠绕复合材料气瓶（COPV）",
                "公司液体运载火箭需要增压用高压氦气瓶，35MPa，容积20-80升，要求有航天飞行经历或完整鉴定试验。"
                "寻求长期供应商，可接受国外供应商。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "cooperation": ["commercial-agreement", "manufacturing"],
        "regions": ["global"],
        "stage": "pilot",
    },
    {
        "key": "compositi-copv",
        "org": "compositi-aero",
        "kind": "business-offer",
        "text": {
            "en": (
                "Composite overwrapped pressure vessels for launchers and satellites",
                "Carbon-fibre COPVs with titanium or aluminium liners for helium and xenon, 30–70 MPa, flight heritage "
                "on European launchers and 40 satellites. We supply qualified standard sizes and custom designs.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["equipment-design"],
        "cooperation": ["commercial-agreement", "manufacturing"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "xian-fuhe-copv",
        "org": "xian-fuhe",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "航天用复合材料缠绕气瓶",
                "铝内胆和钛内胆碳纤维缠绕气瓶，工作压力23-40MPa，已配套多型运载火箭和卫星，可按需设计并完成鉴定试验。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "cooperation": ["commercial-agreement", "manufacturing"],
        "regions": ["greater-china"],
        "stage": "market",
    },
    {
        "key": "xiamen-carbon-frames",
        "org": "xiamen-carbon",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "碳纤维自行车架及复合材料零件代工",
                "碳纤维预浸料模压成型，生产公路车架、轮组和无人机机臂，为欧美品牌代工，月产能1万件。",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "keywords": ["smart-manufacturing"],
        "cooperation": ["manufacturing"],
        "regions": ["eu", "north-america"],
        "stage": "market",
    },
    {
        "key": "danzhou-fishing-satellite-iot",
        "org": "danzhou-fishery",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "远海渔船卫星物联网：位置、渔获和船员安全数据回传",
                "合作社有120艘渔船在南沙海域作业，离岸后没有手机信号。需要低成本的卫星物联网终端和数据平台，回传"
                "位置、渔获日志和紧急报警，月通信费要便宜。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["iot"],
        "keywords": ["iot", "5g"],
        "cooperation": ["commercial-agreement", "technical-cooperation"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "orbilink-satellite-iot",
        "org": "orbilink",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Low-cost satellite IoT terminals for vessels and remote assets",
                "Direct-to-satellite IoT modems with solar power and a data platform for position reports, catch logs "
                "and SOS messages, from USD 5 a month per terminal. Fishing fleets in Indonesia and Chile use them.",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["iot"],
        "keywords": ["iot", "edge-computing"],
        "cooperation": ["distribution", "commercial-agreement"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "qiong5g-port-network",
        "org": "qiong5g",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "港口和码头5G专网建设",
                "为港口、渔港和工业园区建设5G专网，支持岸桥远程操控、视频监控和设备联网，已服务洋浦、新海港等项目。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["iot"],
        "keywords": ["5g", "iot"],
        "cooperation": ["services"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "chiangmai-cubesat-launch",
        "org": "chiangmai-space",
        "kind": "business-request",
        "text": {
            "en": (
                "Rideshare launch wanted for a 3U CubeSat from Wenchang",
                "Our university's 3U Earth-observation CubeSat will be ready in 2026. We look for a launch provider "
                "or integrator offering rideshare to sun-synchronous orbit from Wenchang, including deployer and "
                "export paperwork.",
            ),
        },
        "sectors": ["advanced-manufacturing"],
        "subfields": ["equipment-design"],
        "keywords": ["big-data"],
        "cooperation": ["services", "commercial-agreement"],
        "regions": ["hainan-ftp", "greater-china"],
        "stage": "prototype",
    },
    # ============================================================================================
    # Seed breeding (Nanfan, Yazhou Bay)
    {
        "key": "yazhou-saline-rice",
        "org": "yazhou-lab",
        "kind": "rd-request",
        "text": {
            "zh-hans": (
                "耐盐碱水稻种质交换与海外多点试验合作",
                "团队已培育出一批耐盐水稻新品系，希望与东南亚沿海国家的水稻研究机构合作，交换耐盐种质，并在"
                "受海水倒灌影响的稻区开展多点田间试验。",
            ),
        },
        "sectors": ["biomedicine"],
        "cooperation": ["rd-cooperation"],
        "regions": ["asean"],
        "stage": "research",
    },
    {
        "key": "luzon-saline-rice",
        "org": "luzon-rice",
        "kind": "rd-request",
        "text": {
            "en": (
                "Research partner wanted on salt-tolerant rice for coastal deltas",
                "Sea-water intrusion is ruining rice fields in Luzon and the Mekong delta. We seek a breeding "
                "programme with salt-tolerant lines to exchange germplasm and run joint multi-location trials.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics"],
        "cooperation": ["rd-cooperation", "technology-transfer"],
        "regions": ["greater-china", "global"],
        "stage": "research",
    },
    {
        "key": "nanfan-corn-phenotyping",
        "org": "nanfan-breeding",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "玉米育种小区高通量表型采集",
                "每年冬季在乐东南繁基地种植2万个育种小区，株高、叶色、抽雄期都靠人工记录。寻求无人机多光谱或田间"
                "表型平台，能按小区自动提取性状数据。",
            ),
        },
        "sectors": ["digital-economy"],
        "subfields": ["big-data"],
        "keywords": ["computer-vision", "agricultural-automation"],
        "cooperation": ["technical-cooperation", "services"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "phenoflan-plot-phenotyping",
        "org": "phenoflan",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Drone and field phenotyping for breeding trials",
                "Multispectral and RGB drone flights processed per plot: plant height, canopy cover, greenness and "
                "flowering date for thousands of breeding plots, delivered as a dataset linked to the trial design. "
                "Used by maize and wheat breeders in Europe and Latin America.",
            ),
        },
        "sectors": ["digital-economy"],
        "keywords": ["computer-vision", "big-data"],
        "cooperation": ["services", "licence"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "rift-tropical-vegetable-seeds",
        "org": "rift-seeds",
        "kind": "business-request",
        "text": {
            "en": (
                "Distributor seeks hybrid vegetable seeds for the tropics",
                "We distribute seeds to 2,000 agro-dealers in Kenya, Uganda and Tanzania and look for hybrid hot "
                "pepper, melon and cucumber varieties bred for heat and disease pressure, to trial and then import.",
            ),
        },
        "sectors": ["biomedicine"],
        "cooperation": ["distribution"],
        "regions": ["greater-china", "hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "zhongye-tropical-seeds",
        "org": "sanya-zhongye",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "热带瓜菜杂交种子出口：辣椒、甜瓜、黄瓜",
                "在三亚南繁基地选育的耐热、抗病辣椒、甜瓜和黄瓜杂交品种，已出口东南亚和南亚，寻求海外种子经销商。",
            ),
            "en": (
                "Hybrid tropical vegetable seeds for export: pepper, melon, cucumber",
                "Heat-tolerant, disease-resistant hybrid pepper, melon and cucumber varieties bred at our Sanya base, "
                "already sold in Southeast and South Asia. Seeking seed distributors abroad.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["biologics"],
        "cooperation": ["distribution"],
        "regions": ["asean", "africa"],
        "stage": "market",
    },
    # ============================================================================================
    # Cosmetics and pet food
    {
        "key": "calanque-china-oem",
        "org": "calanque",
        "kind": "business-request",
        "text": {
            "en": (
                "French natural skincare brand seeks a cosmetics OEM in Hainan",
                "We want to produce our serums and creams in Hainan for the Chinese market, so that local value added "
                "exempts them from import duty. We need a GMPC-certified factory that can work to our formulas and "
                "handle NMPA filing.",
            ),
        },
        "sectors": ["biomedicine"],
        "cooperation": ["manufacturing"],
        "regions": ["hainan-ftp"],
        "stage": "market",
    },
    {
        "key": "yeshu-cosmetics-oem",
        "org": "yeshu-cosmetics",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "化妆品代工：精华、面霜、防晒，可办理备案",
                "海口国家高新区的化妆品工厂，持有化妆品生产许可证，年产能5000万支，擅长椰子、诺丽等热带植物原料，"
                "承接海外品牌按自有配方代工，协助办理国产普通化妆品备案。",
            ),
            "en": (
                "Cosmetics OEM in Haikou: serums, creams, sunscreens, with NMPA filing",
                "Licensed cosmetics factory in the Haikou high-tech zone, 50 million units a year, experienced with "
                "coconut and noni ingredients. We produce to overseas brands' own formulas and handle NMPA filing.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "cooperation": ["manufacturing"],
        "regions": ["eu", "east-asia"],
        "stage": "market",
    },
    {
        "key": "haiyang-reef-safe-sunscreen",
        "org": "haiyang-meifu",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "珊瑚友好型防晒配方技术，寻求防晒剂供应和配方合作",
                "我们是海口的新锐防晒品牌，想推出不含氧苯酮和甲氧基肉桂酸辛酯的“珊瑚友好”防晒霜，SPF50、肤感清爽。"
                "寻求新型防晒剂供应商和配方技术支持。",
            ),
        },
        "sectors": ["biomedicine"],
        "keywords": ["marine-ecology"],
        "cooperation": ["technical-cooperation", "commercial-agreement"],
        "regions": ["eu", "uk-switzerland"],
        "stage": "prototype",
    },
    {
        "key": "alpenfilter-reef-safe-uv",
        "org": "alpenfilter",
        "kind": "tech-offer",
        "text": {
            "en": (
                "Reef-safe UV filters and sunscreen formulation support",
                "Our broad-spectrum organic UV filters pass coral toxicity tests and let brands reach SPF 50 without "
                "oxybenzone or octinoxate. We supply the filters and our lab helps brands formulate.",
            ),
        },
        "sectors": ["biomedicine", "green-tech"],
        "keywords": ["marine-ecology"],
        "cooperation": ["commercial-agreement", "technical-cooperation"],
        "regions": ["global"],
        "stage": "market",
    },
    {
        "key": "nekomura-fish-cat-treats",
        "org": "nekomura",
        "kind": "business-request",
        "text": {
            "en": (
                "OEM partner for freeze-dried fish treats for cats",
                "Our 180 pet stores in Japan want a private-label line of freeze-dried fish treats for cats, single "
                "ingredient, with export certificates for Japan. 60 t in the first year.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods"],
        "cooperation": ["manufacturing"],
        "regions": ["greater-china", "asean"],
        "stage": "market",
    },
    {
        "key": "chengmai-freeze-dried-pet-treats",
        "org": "chengmai-pet",
        "kind": "business-offer",
        "text": {
            "zh-hans": (
                "冻干宠物零食代工：罗非鱼、鸡胸、虾",
                "拥有冻干生产线8条，专做猫狗冻干零食，原料用本地罗非鱼和对虾，已取得出口日本、韩国的注册，承接"
                "海外品牌贴牌。",
            ),
        },
        "sectors": ["biomedicine"],
        "cooperation": ["manufacturing"],
        "regions": ["east-asia"],
        "stage": "market",
    },
    {
        "key": "qiongchong-novel-protein",
        "org": "qiongchong-petfood",
        "kind": "tech-request",
        "text": {
            "zh-hans": (
                "低敏犬粮新蛋白原料：昆虫蛋白等",
                "我们要开发一款低敏犬粮，需要不常见的蛋白来源，例如黑水虻昆虫蛋白粉，要求稳定供货和安全评估资料。",
            ),
            "en": (
                "Novel protein for a hypoallergenic dog food: insect protein or similar",
                "We are developing a hypoallergenic dog food and need an uncommon protein source such as black soldier "
                "fly meal, with reliable supply and safety data.",
            ),
        },
        "sectors": ["biomedicine"],
        "subfields": ["health-foods"],
        "keywords": ["functional-foods"],
        "cooperation": ["commercial-agreement", "technical-cooperation"],
        "regions": ["global"],
        "stage": "prototype",
    },
    {
        "key": "larvae-insect-protein",
        "org": "larvae-nl",
        "kind": "business-offer",
        "text": {
            "en": (
                "Black soldier fly protein meal and oil for pet food",
                "Defatted insect meal (55% protein) and larvae oil from larvae reared on food-industry by-products, "
                "EU-approved for pet food, with digestibility and allergen data. Seeking pet food makers in Asia.",
            ),
        },
        "sectors": ["green-tech"],
        "subfields": ["solid-waste-reuse"],
        "keywords": ["solid-waste"],
        "cooperation": ["commercial-agreement"],
        "regions": ["asean", "greater-china"],
        "stage": "market",
    },
]

NEAR_MISS, IMPERFECT_TAGS, SAME_ORG_DECOY = "near-miss", "imperfect-tags", "same-org-decoy"

JUDGEMENTS = {
    # --- Tropical crops ---
    "nongken-latex-preservation": {
        "partners": ["selangor-ammonia-free-latex"],
        "why": "The Malaysian licensor has an ammonia-free latex preservative running in plants. The group's own "
        "institute has a low-ammonia formula (same organisation); the plantation drones only mention rubber.",
        "traits": [SAME_ORG_DECOY, IMPERFECT_TAGS, NEAR_MISS],
    },
    "wanning-betel-yellowing": {
        "partners": ["malabar-phytoplasma-lamp"],
        "why": "A field LAMP test for arecanut yellow leaf phytoplasma is exactly the need. The Korean LAMP "
        "cartridges test people for flu; the drones spray, they do not detect.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "tunchang-betel-drying": {
        "partners": ["thermadry-heat-pump-dryers", "foshan-heat-pump-dryer"],
        "why": "Both sell heat-pump dryers for areca and other crops. Office-building energy software and "
        "quarantine steam chambers share only the energy and heat words.",
        "traits": [NEAR_MISS],
    },
    "yeguo-coconut-trimming": {
        "partners": ["siam-coconut-machines"],
        "why": "The Thai maker builds young-coconut trimming and diamond-cut machines. Warehouse picking robots "
        "and PCB inspection share the automation codes only.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "klarvand-coconut-carbon": {
        "partners": ["tanye-coconut-carbon"],
        "why": "A Wenchang coconut-shell activated-carbon plant with food-contact tests and exports. Water "
        "monitoring buoys and RAS share the water-quality tag, not the material.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    "sanya-mango-cold-chain": {
        "partners": ["gulf-fresh-reefer"],
        "why": "A Dubai/Riyadh fresh-produce importer and cold-chain operator. Pharmaceutical GDP logistics in "
        "Europe is cold chain of another trade.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "baoting-durian-cultivation": {
        "partners": ["musang-durian-agronomy"],
        "why": "Raub agronomists with Musang King know-how, who run trials abroad. The vegetable seed exporter "
        "and the freeze-dried durian OEM request share the crop or the tropics only.",
        "traits": [IMPERFECT_TAGS],
    },
    "ledong-mango-quarantine": {
        "partners": ["formosa-vapour-heat"],
        "why": "VHT plants approved by Japan and Korea. Heat-pump dryers heat fruit for another purpose; the "
        "Middle East cold chain is logistics.",
        "traits": [NEAR_MISS],
    },
    "nusantara-freeze-dried-durian": {
        "partners": [],
        "why": "No food-grade freeze-drying OEM in the set: the freeze-dried pet treat factory makes pet food, the "
        "cosmetics OEM makes creams, and the durian agronomists grow fruit.",
        "traits": [NEAR_MISS],
    },
    "rheinland-eudr-rubber": {
        "partners": [],
        "why": "The tyre maker buys rubber; no listing sells rubber. The latex preservative, the Nongken formula "
        "and the fruit traceability platform are technology, which it says it does not want.",
        "traits": [NEAR_MISS],
    },
    # --- Marine ---
    "lingshui-grouper-ras": {
        "partners": ["blavand-marine-ras", "zhanjiang-ras-engineering"],
        "why": "Two builders of marine-fish RAS (one Danish, one in Zhanjiang with grouper farms). Reservoir algae "
        "buoys share water-quality monitoring only.",
        "traits": [NEAR_MISS],
    },
    "lingao-deep-sea-cage-round": {
        "partners": ["hainan-blue-fund"],
        "why": "The Hainan marine fund invests in deep-sea aquaculture equipment at this size. Tidewater excludes "
        "capital-heavy farms and vessels; the climate fund finances waste and energy projects.",
        "traits": [NEAR_MISS],
    },
    "yukang-fish-vaccine-round": {
        "partners": ["tidewater-agrifood-vc", "hainan-blue-fund"],
        "why": "Both invest in fish health. The medtech angels invest in human devices; the AI fund in software.",
        "traits": [NEAR_MISS],
    },
    "lumiere-marine-collagen": {
        "partners": ["chengmai-tilapia-collagen"],
        "why": "A tilapia-skin collagen peptide maker with halal certification. Astaxanthin is another marine "
        "beauty ingredient; the cosmetics OEM does not sell ingredients.",
        "traits": [NEAR_MISS],
    },
    "dongfang-offshore-corrosion": {
        "partners": ["noordzee-offshore-coatings"],
        "why": "Splash-zone coatings and monopile inspection. Hull-cleaning robots work on ships in port.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "straits-yangpu-drydock": {
        "partners": ["yangpu-ship-repair"],
        "why": "The Yangpu yard drydocks bulk carriers and arranges bonded bunkers. Hull cleaning is not a "
        "drydocking; the bonded warehouse stores goods.",
        "traits": [NEAR_MISS],
    },
    "qiongzhou-electric-ferry": {
        "partners": ["oresund-marine-battery", "mindong-marine-battery"],
        "why": "Class-approved marine battery systems, one with ferry references, one CCS-approved. Car charging, "
        "car battery swapping and second-life packs are not marine systems.",
        "traits": [NEAR_MISS],
    },
    "southcoast-lingshui-programme": {
        "partners": ["nanhai-international-partner"],
        "why": "The Sanya institute wants exactly this: a joint tropical marine master's in Lingshui with a field "
        "station. The seagrass and coral requests are research of other institutions.",
        "traits": [NEAR_MISS],
    },
    "nanhai-international-partner": {
        "partners": ["southcoast-lingshui-programme"],
        "why": "The mirror of the UK school's request. The seagrass mappers want imagery, not a degree programme.",
        "traits": [NEAR_MISS],
    },
    "tasman-seagrass-mapping": {
        "partners": ["xingtu-remote-sensing"],
        "why": "A Wenchang satellite-data company that maps seagrass beds and does ground truthing. The satellite "
        "IoT modems carry messages, not images.",
        "traits": [],
    },
    "reef-renewal-coral-vision": {
        "partners": [],
        "why": "No one detects corals in photos: the vision listings count shoppers, grade biopsies, read faces or "
        "inspect PCBs, and the marine listings are not software.",
        "traits": [NEAR_MISS],
    },
    # --- Tourism, retail, Lecheng, bonded logistics ---
    "haidao-store-footfall": {
        "partners": ["aforo-footfall-analytics"],
        "why": "Anonymous footfall, dwell and queue analytics for travel retail from existing cameras. Face "
        "access terminals identify people, which the store rules out.",
        "traits": [NEAR_MISS],
    },
    "coralbay-resort-food-waste": {
        "partners": ["lvhuan-food-waste-units"],
        "why": "On-site kitchen-waste units already in Hainan hotels, sold and maintained locally. Recycled "
        "aggregate is construction waste; insect protein is an ingredient seller.",
        "traits": [NEAR_MISS],
    },
    "lvhuan-project-finance": {
        "partners": ["monsoon-climate-fund"],
        "why": "Project finance for organic-waste plants in southern China. The marine fund and the AI fund "
        "invest elsewhere.",
        "traits": [NEAR_MISS],
    },
    "arno-duty-free-entry": {
        "partners": ["qiongpin-brand-agency"],
        "why": "A brand agent for leather goods in the offshore duty-free stores. Live-streaming is online, which "
        "the brand rules out; the bonded warehouse only stores.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "cardiaflow-lecheng-access": {
        "partners": ["lecheng-hospital-rwd"],
        "why": "The Lecheng hospital does special import and real-world data for registration. A Polish CRO runs "
        "EU trials; the internet hospital prescribes online.",
        "traits": [NEAR_MISS],
    },
    "barossa-bonded-wine": {
        "partners": ["yangpu-bonded-warehouse"],
        "why": "Temperature-controlled bonded storage with duty paid on release and island delivery. The duty-free "
        "agent handles cosmetics, leather and watches for shops, not wine for restaurants.",
        "traits": [IMPERFECT_TAGS],
    },
    # --- Medical devices and TCM ---
    "harmony-tcm-diagnostic-devices": {
        "partners": ["maixiang-pulse-device"],
        "why": "Registered pulse and tongue devices with an English interface, looking for ASEAN clinics. "
        "Granules are medicine, not devices; a glucose monitor is not TCM diagnosis.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "maixiang-angel-round": {
        "partners": ["victoria-medtech-angels"],
        "why": "Device angels in the Greater Bay Area and Hainan at this ticket size. The AI software fund does "
        "not invest in devices.",
        "traits": [NEAR_MISS],
    },
    "wuzhishan-li-medicine": {
        "partners": [],
        "why": "No pharmacology or standards research partner in the set: the granules maker sells, the pulse "
        "device is a device, the CRO runs device trials.",
        "traits": [NEAR_MISS],
    },
    "yecheng-thyroid-ultrasound-ai": {
        "partners": ["sonomind-thyroid-ai"],
        "why": "Real-time thyroid ultrasound AI that seeks a Chinese registration study. Pathology AI reads "
        "biopsy slides, not ultrasound.",
        "traits": [NEAR_MISS],
    },
    "qiongbei-drone-samples": {
        "partners": ["skylift-medical-drones"],
        "why": "A medical sample drone network with temperature-controlled boxes. Crop-spraying drones are not "
        "medical logistics.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    # --- Green building ---
    "haikou-passive-cooling-school": {
        "partners": ["verdant-tropics-consultancy", "lingnan-green-design"],
        "why": "Two passive-design consultancies for hot, humid climates with school projects. CLT modules and "
        "recycled aggregate are building products.",
        "traits": [NEAR_MISS],
    },
    "haitang-prefab-villas": {
        "partners": ["holzmodul-clt-modules"],
        "why": "Prefab modules treated against termites and tested for cyclones, licensed with factory set-up. "
        "The design consultancies do not build; recycled aggregate is not a structural system.",
        "traits": [IMPERFECT_TAGS, NEAR_MISS],
    },
    # --- Payments and cross-border commerce ---
    "yefeng-multicurrency-collection": {
        "partners": ["payloom-collection-accounts", "kuajingtong-payments"],
        "why": "Both give marketplace sellers multi-currency collection and repatriation. Stablecoin rails are "
        "not lawful for a mainland seller; e-CNY acceptance is for domestic shops.",
        "traits": [NEAR_MISS],
    },
    "dewdrop-douyin-livestream": {
        "partners": ["yezi-livestream-base"],
        "why": "A live-commerce base with hosts and bonded stock for foreign beauty brands. The duty-free agent is "
        "offline; the OEM makes products.",
        "traits": [NEAR_MISS],
    },
    # --- Digital content and education ---
    "lumen-series-coproduction": {
        "partners": ["yehai-animation-studio"],
        "why": "A Haikou 2D studio that has produced for French companies and can be the Chinese co-producer. "
        "Lumen's own services listing fits but is its own; museum XR and VR seats are other media.",
        "traits": [SAME_ORG_DECOY, NEAR_MISS],
    },
    "museum-shipwreck-xr": {
        "partners": ["virtuaal-heritage-xr"],
        "why": "Museum VR wreck dives and AR reconstructions. VR motion seats are amusement hardware; the 2D "
        "animation studio makes TV series.",
        "traits": [NEAR_MISS],
    },
    "chongyi-pet-clinic-round": {
        "partners": [],
        "why": "No investor for pet clinics: the medtech angels fund human devices at seed, Tidewater fish health "
        "and proteins, the others marine, climate and AI.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "yelin-stem-robot-kits": {
        "partners": ["brickbot-stem-kits"],
        "why": "School robotics kits with Cambridge/IB lessons and teacher training. The group's own kit trading "
        "arm fits but is the same organisation; warehouse robots and Chinese tutoring do not.",
        "traits": [SAME_ORG_DECOY, NEAR_MISS, IMPERFECT_TAGS],
    },
    "cendekia-chinese-essay-ai": {
        "partners": [],
        "why": "No Chinese essay scoring engine: the contract-review NLP reads trade contracts, the tutors teach "
        "by video.",
        "traits": [NEAR_MISS],
    },
    # --- New-energy vehicles ---
    "ojek-battery-swap": {
        "partners": ["qiongdian-swap-stations"],
        "why": "A car battery-swap operator exporting stations to ASEAN. Charging stations are what the fleet "
        "wants to replace.",
        "traits": [NEAR_MISS],
    },
    "siam-second-life-storage": {
        "partners": ["xunhuan-second-life-packs"],
        "why": "Graded second-life LFP storage cabinets with BMS and warranty, for export. Ferry batteries are new "
        "marine systems.",
        "traits": [NEAR_MISS],
    },
    "boao-hydrogen-buses": {
        "partners": [],
        "why": "No fuel-cell bus, refuelling or hydrogen supplier in the set; batteries, charging and swapping "
        "share the vehicle codes only.",
        "traits": [NEAR_MISS],
    },
    # --- Semiconductors ---
    "sensilica-riscv-core": {
        "partners": ["xinhai-riscv-ip"],
        "why": "An ultra-low-power 32-bit RISC-V core licensed abroad. Analog design services and packaging are "
        "other steps.",
        "traits": [NEAR_MISS],
    },
    "xinrui-mems-packaging": {
        "partners": ["penang-mems-osat"],
        "why": "A Penang OSAT with MEMS packaging and calibration. Analog design services design chips; AOI "
        "machines inspect.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "qiongxin-euv-photoresist": {
        "partners": [],
        "why": "No resist chemistry in the set: a RISC-V core, design services, packaging and AOI share the chip "
        "codes only.",
        "traits": [NEAR_MISS],
    },
    # --- Aerospace ---
    "xinghe-copv-supply": {
        "partners": ["compositi-copv", "xian-fuhe-copv"],
        "why": "Two flight-qualified COPV makers. Carbon bike frames share the fibre, not the qualification.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "danzhou-fishing-satellite-iot": {
        "partners": ["orbilink-satellite-iot"],
        "why": "Cheap satellite IoT terminals already used by fishing fleets. A port 5G network has no coverage "
        "offshore; remote-sensing imagery is not communication.",
        "traits": [NEAR_MISS],
    },
    "chiangmai-cubesat-launch": {
        "partners": [],
        "why": "No launch provider offers rideshare: the rocket company posted a supply request, and COPVs, "
        "imagery and IoT modems are not launches.",
        "traits": [NEAR_MISS],
    },
    # --- Seed breeding ---
    "yazhou-saline-rice": {
        "partners": ["luzon-saline-rice"],
        "why": "The Philippine institute wants to exchange salt-tolerant germplasm and run joint trials.",
        "traits": [IMPERFECT_TAGS],
    },
    "luzon-saline-rice": {
        "partners": ["yazhou-saline-rice"],
        "why": "The Yazhou Bay team has salt-tolerant lines and wants trials in coastal Southeast Asia. The seed "
        "exporter sells vegetable hybrids.",
        "traits": [IMPERFECT_TAGS],
    },
    "nanfan-corn-phenotyping": {
        "partners": ["phenoflan-plot-phenotyping"],
        "why": "Plot-level drone phenotyping for maize breeders. Spraying drones and satellite imagery cannot "
        "measure 20,000 small plots.",
        "traits": [NEAR_MISS],
    },
    "rift-tropical-vegetable-seeds": {
        "partners": ["zhongye-tropical-seeds"],
        "why": "Heat-tolerant pepper, melon and cucumber hybrids seeking distributors abroad.",
        "traits": [IMPERFECT_TAGS],
    },
    # --- Cosmetics and pet food ---
    "calanque-china-oem": {
        "partners": ["yeshu-cosmetics-oem"],
        "why": "A licensed Haikou cosmetics factory producing to brands' formulas with NMPA filing. The pet-treat "
        "OEM and the livestream base are other services.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "haiyang-reef-safe-sunscreen": {
        "partners": ["alpenfilter-reef-safe-uv"],
        "why": "Reef-safe UV filters with formulation help. Astaxanthin is an antioxidant, not a UV filter.",
        "traits": [NEAR_MISS, IMPERFECT_TAGS],
    },
    "nekomura-fish-cat-treats": {
        "partners": ["chengmai-freeze-dried-pet-treats"],
        "why": "A freeze-dried pet treat OEM using tilapia, registered for Japan. The tilapia collagen maker and "
        "the insect meal supplier sell ingredients.",
        "traits": [NEAR_MISS],
    },
    "qiongchong-novel-protein": {
        "partners": ["larvae-insect-protein"],
        "why": "Black soldier fly meal approved for pet food, with allergen data; its owner tagged it as waste reuse.",
        "traits": [IMPERFECT_TAGS],
    },
}
