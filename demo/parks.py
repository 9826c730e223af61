"""Demo data: parks, zones, offshore innovation stations, an incubator and a service centre.

Pure Python literals. Addresses, phone numbers and coordinates are illustrative demo values;
email and website domains use the reserved-style ``example.cn``.
"""

PARKS = [
    # --- Haikou National High-tech Zone and its seven parks -------------------------------
    {
        "slug": "haikou-national-high-tech-zone",
        "title_en": "Haikou National High-tech Zone",
        "title_zh": "海口国家高新技术产业开发区",
        "park_type": "zone",
        "sectors": ["biomedicine", "digital-economy"],
        "intro_en": (
            "Haikou's national-level high-tech zone brings together seven parks focused on "
            "medical devices, biomedicine, low-carbon manufacturing, new-generation IT, "
            "new-energy vehicles and environmental protection. It is one of the lead parks "
            "for Hainan's international offshore innovation pilot zone."
        ),
        "intro_zh": (
            "海口国家高新区下辖七个园区，以医疗器械、生物医药、低碳制造、新一代信息技术、新能源"
            "汽车和生态环保等产业为主导。高新区是海南国际离岸创新创业示范区建设的重点依托园区。"
        ),
        "address_en": "No. 168 Nanhai Avenue, Xiuying District, Haikou, Hainan",
        "address_zh": "海南省海口市秀英区南海大道168号",
        "lat": 20.0052,
        "lng": 110.2851,
        "phone": "+86 898 6868 1001",
        "email": "invest@hnhtz.example.cn",
        "website": "https://www.hnhtz.example.cn",
        "facilities_en": [
            "One-stop government service hall",
            "National-level business incubator",
            "Biodegradable plastics R&D platform",
            "Talent apartments",
        ],
        "facilities_zh": ["政务服务一站式大厅", "国家级科技企业孵化器", "生物降解塑料研发平台", "人才公寓"],
    },
    {
        "slug": "meian-eco-tech-new-city",
        "title_en": "Meian Eco-Tech New City",
        "title_zh": "美安生态科技新城",
        "park_type": "park",
        "sectors": ["biomedicine", "advanced-manufacturing"],
        "intro_en": (
            "Meian focuses on pharmaceuticals, medical devices and advanced manufacturing, "
            "including drug R&D and certification and modern logistics. It is also home to "
            "new-energy vehicle R&D and fully biodegradable materials production."
        ),
        "intro_zh": (
            "美安生态科技新城以医药及医疗器械、先进制造为主导，重点发展医药生产研发与认证、"
            "医疗器械研发生产和现代物流等产业，同时布局新能源汽车研发生产和全生物降解材料生产。"
        ),
        "address_en": "No. 1 Meian Yiheng Road, Xiuying District, Haikou, Hainan",
        "address_zh": "海南省海口市秀英区美安一横路1号",
        "lat": 19.9318,
        "lng": 110.2284,
        "phone": "+86 898 6868 1012",
        "email": "meian@hnhtz.example.cn",
        "website": "https://meian.hnhtz.example.cn",
        "facilities_en": [
            "Standard GMP-ready factory buildings",
            "Medical device testing centre",
            "Biodegradable materials demonstration base",
            "Logistics and cold-chain warehousing",
        ],
        "facilities_zh": ["符合GMP要求的标准厂房", "医疗器械检测中心", "可降解材料示范基地", "物流及冷链仓储"],
    },
    {
        "slug": "yaogu-industrial-park",
        "title_en": "Yaogu Industrial Park",
        "title_zh": "药谷工业园",
        "park_type": "park",
        "sectors": ["biomedicine"],
        "intro_en": (
            "Yaogu, Haikou's pharmaceutical valley, concentrates on pharmaceutical and health "
            "product manufacturing and R&D, including Li ethnic medicine. It hosts shared "
            "formulation and registration services for drug developers."
        ),
        "intro_zh": (
            "药谷工业园以生物医药和保健品生产制造为主导，重点发展医药生产研发、保健品研发生产"
            "和黎药产业，并为药企提供制剂共享研发和注册申报服务。"
        ),
        "address_en": "No. 1 Yaogu Yiheng Road, Xiuying District, Haikou, Hainan",
        "address_zh": "海南省海口市秀英区药谷一横路1号",
        "lat": 19.9853,
        "lng": 110.2746,
        "phone": "+86 898 6868 1023",
        "email": "yaogu@hnhtz.example.cn",
        "website": "https://yaogu.hnhtz.example.cn",
        "facilities_en": [
            "Shared complex-formulation pilot platform",
            "Drug registration service desk",
            "Bioequivalence study centre",
            "Quality control laboratories",
        ],
        "facilities_zh": ["复杂制剂共享中试平台", "药品注册申报服务窗口", "生物等效性研究中心", "质量检测实验室"],
    },
    {
        "slug": "haima-industrial-park",
        "title_en": "Haima Industrial Park",
        "title_zh": "海马工业园",
        "park_type": "park",
        "sectors": ["advanced-manufacturing"],
        "intro_en": (
            "Haima Industrial Park is built around the automotive industry, with a focus on "
            "new-energy vehicle production and R&D. Auto parts manufacturing and automotive "
            "logistics complete the local supply chain."
        ),
        "intro_zh": (
            "海马工业园以汽车工业为主导，重点发展环保新能源汽车的生产和研发，以及汽车零配件生产和汽车物流等配套产业。"
        ),
        "address_en": "No. 12 Jinpan Road, Longhua District, Haikou, Hainan",
        "address_zh": "海南省海口市龙华区金盘路12号",
        "lat": 20.0081,
        "lng": 110.3052,
        "phone": "+86 898 6868 1034",
        "email": "haima@hnhtz.example.cn",
        "website": "https://haima.hnhtz.example.cn",
        "facilities_en": [
            "Vehicle assembly and test tracks",
            "Battery testing laboratory",
            "Auto parts supplier cluster",
        ],
        "facilities_zh": ["整车装配线及试车跑道", "动力电池检测实验室", "汽车零部件配套集群"],
    },
    {
        "slug": "shiziling-industrial-park",
        "title_en": "Shiziling Industrial Park",
        "title_zh": "狮子岭工业园",
        "park_type": "park",
        "sectors": ["advanced-manufacturing", "green-tech"],
        "intro_en": (
            "Shiziling focuses on high-end food processing, new materials and new energy. It "
            "also develops electrical equipment, electronic information and light packaging "
            "industries."
        ),
        "intro_zh": ("狮子岭工业园以高端食品加工、新材料、新能源为主导，同时发展电气装备、电子信息和轻工包装等产业。"),
        "address_en": "No. 18 Shiziling Avenue, Xiuying District, Haikou, Hainan",
        "address_zh": "海南省海口市秀英区狮子岭大道18号",
        "lat": 19.9747,
        "lng": 110.2052,
        "phone": "+86 898 6868 1045",
        "email": "shiziling@hnhtz.example.cn",
        "website": "https://shiziling.hnhtz.example.cn",
        "facilities_en": [
            "Multi-storey standard factories",
            "Electrical equipment test centre",
            "Shared warehousing",
        ],
        "facilities_zh": ["多层标准厂房", "电气装备检测中心", "共享仓储"],
    },
    {
        "slug": "yunlong-industrial-park",
        "title_en": "Yunlong Industrial Park",
        "title_zh": "云龙产业园",
        "park_type": "park",
        "sectors": ["green-tech"],
        "intro_en": (
            "Yunlong specialises in energy saving and environmental protection. Its companies "
            "develop and apply degradable new materials and energy-saving and environmental "
            "technologies."
        ),
        "intro_zh": "云龙产业园以节能环保等先进制造业为主导，重点发展降解新材料以及节能环保技术的开发与应用。",
        "address_en": "No. 6 Yuanqu Avenue, Yunlong Town, Qiongshan District, Haikou, Hainan",
        "address_zh": "海南省海口市琼山区云龙镇园区大道6号",
        "lat": 19.8624,
        "lng": 110.4983,
        "phone": "+86 898 6868 1056",
        "email": "yunlong@hnhtz.example.cn",
        "website": "https://yunlong.hnhtz.example.cn",
        "facilities_en": [
            "Environmental equipment pilot plant",
            "Degradation testing laboratory",
            "Composting and recycling demonstration site",
        ],
        "facilities_zh": ["环保装备中试基地", "降解性能检测实验室", "堆肥与回收利用示范场"],
    },
    {
        "slug": "mission-hills-tourism-park",
        "title_en": "Mission Hills Tourism Park",
        "title_zh": "观澜湖旅游园区",
        "park_type": "park",
        "sectors": ["industrial-design", "digital-economy"],
        "intro_en": (
            "Mission Hills is built around sports and leisure tourism, including golf and "
            "football events. It also develops film and performing arts, business leisure "
            "and creative design."
        ),
        "intro_zh": (
            "观澜湖旅游园区以体育休闲旅游为主导，重点发展高尔夫、足球等运动赛事，以及影视文化"
            "演艺、商务休闲和创意设计等领域。"
        ),
        "address_en": "No. 1 Guanlanhu Avenue, Longhua District, Haikou, Hainan",
        "address_zh": "海南省海口市龙华区观澜湖大道1号",
        "lat": 19.9151,
        "lng": 110.3003,
        "phone": "+86 898 6868 1067",
        "email": "missionhills@hnhtz.example.cn",
        "website": "https://missionhills.hnhtz.example.cn",
        "facilities_en": [
            "Film studios and post-production centre",
            "Design exhibition hall",
            "Conference and event venues",
        ],
        "facilities_zh": ["影视拍摄基地及后期制作中心", "设计展厅", "会议及活动场馆"],
    },
    {
        "slug": "west-coast-headquarters-district",
        "title_en": "Haikou West Coast Headquarters Economic District",
        "title_zh": "海口西海岸总部经济区",
        "park_type": "park",
        "sectors": ["digital-economy"],
        "intro_en": (
            "The West Coast district hosts the headquarters of high-tech enterprises and "
            "modern business services such as international finance, trade, logistics and "
            "professional services. It is Haikou's cluster for headquarters, IT and modern "
            "services."
        ),
        "intro_zh": (
            "海口西海岸总部经济区以高新技术企业总部为特色，发展国际金融服务、国际贸易及物流、"
            "国际专业服务等现代高技术商务服务，打造以总部经济、信息技术和现代服务为主的集聚区。"
        ),
        "address_en": "No. 99 Binhai Avenue West, Xiuying District, Haikou, Hainan",
        "address_zh": "海南省海口市秀英区滨海大道西段99号",
        "lat": 20.0296,
        "lng": 110.2307,
        "phone": "+86 898 6868 1078",
        "email": "westcoast@hnhtz.example.cn",
        "website": "https://westcoast.hnhtz.example.cn",
        "facilities_en": [
            "Grade-A headquarters offices",
            "International law and accounting firms",
            "Sea-view business club",
        ],
        "facilities_zh": ["甲级总部办公楼", "国际律师及会计师事务所", "海景商务会所"],
    },
    # --- Other Haikou zones and parks ---------------------------------------------------------
    {
        "slug": "jiangdong-new-area",
        "title_en": "Jiangdong New Area",
        "title_zh": "江东新区",
        "park_type": "zone",
        "sectors": ["digital-economy", "industrial-design"],
        "intro_en": (
            "Jiangdong New Area is Haikou's core area for high-tech services, including R&D "
            "and design, intellectual property, testing, technology finance and technology "
            "transfer. It is building a first-class international offshore innovation centre "
            "alongside aviation technology and aircraft maintenance industries."
        ),
        "intro_zh": (
            "江东新区是海口高新技术服务核心承载区，重点发展研发设计、知识产权、检验检测、科技金融"
            "和技术转移等高新技术服务业，布局构建一流的国际离岸创新创业中心，并集聚发展航空科技"
            "及飞机维修等产业。"
        ),
        "address_en": "No. 6 Jiangdong Avenue, Meilan District, Haikou, Hainan",
        "address_zh": "海南省海口市美兰区江东大道6号",
        "lat": 20.0408,
        "lng": 110.4702,
        "phone": "+86 898 6868 2001",
        "email": "invest@jiangdong.example.cn",
        "website": "https://www.jiangdong.example.cn",
        "facilities_en": [
            "International offshore innovation centre",
            "Shared laboratories",
            "Higher-education and research cluster",
            "Service hall for registration and permits",
        ],
        "facilities_zh": ["国际离岸创新创业中心", "共享实验室", "国家高教科研组团", "注册及许可综合服务大厅"],
    },
    {
        "slug": "haikou-comprehensive-bonded-zone",
        "title_en": "Haikou Comprehensive Bonded Zone",
        "title_zh": "海口综合保税区",
        "park_type": "zone",
        "sectors": ["advanced-manufacturing", "biomedicine"],
        "intro_en": (
            "With years of experience in bonded operations and special customs supervision, "
            "the zone develops cross-border e-commerce, cold-chain logistics, bonded futures "
            "delivery and bonded leasing. It is a demonstration zone for combining the real "
            "economy with the digital economy."
        ),
        "intro_zh": (
            "海口综合保税区发挥多年综合保税和特殊监管的成熟经验，发展跨境电商、冷链物流、保税期货"
            "交割和保税融资租赁等新业态，建设实体经济与数字经济有机融合的产业示范区。"
        ),
        "address_en": "No. 9 Baoshui Road, Xiuying District, Haikou, Hainan",
        "address_zh": "海南省海口市秀英区保税路9号",
        "lat": 20.0044,
        "lng": 110.2452,
        "phone": "+86 898 6868 2012",
        "email": "service@hkbondedzone.example.cn",
        "website": "https://www.hkbondedzone.example.cn",
        "facilities_en": [
            "Bonded warehouses",
            "Cross-border e-commerce supervision centre",
            "Smart cold-chain logistics",
        ],
        "facilities_zh": ["保税仓库", "跨境电商监管中心", "智慧冷链物流"],
    },
    {
        "slug": "fuxing-city-internet-industrial-park",
        "title_en": "Fuxing City Internet Industrial Park",
        "title_zh": "复兴城互联网信息产业园",
        "park_type": "park",
        "sectors": ["digital-economy"],
        "intro_en": (
            "Jointly built by government and enterprise, Fuxing City hosts a national base "
            "for overseas talent's offshore innovation, a national incubator and a national "
            "blockchain pilot zone. It focuses on fintech, smart IoT, digital trade, blockchain "
            "and international offshore innovation."
        ),
        "intro_zh": (
            "复兴城互联网信息产业园“政企共建”，拥有国家海外人才离岸创新创业基地、国家级科技企业"
            "孵化器和国家区块链试验区等载体，重点发展金融科技、智能物联、数字贸易、区块链和国际"
            "离岸创新创业。"
        ),
        "address_en": "No. 32 Binhai Avenue, Longhua District, Haikou, Hainan",
        "address_zh": "海南省海口市龙华区滨海大道32号",
        "lat": 20.0382,
        "lng": 110.3221,
        "phone": "+86 898 6868 2023",
        "email": "hello@fuxingcity.example.cn",
        "website": "https://www.fuxingcity.example.cn",
        "facilities_en": [
            "Offshore innovation base for overseas talent",
            "Co-working space",
            "Cross-border data compliance service window",
            "Roadshow hall",
        ],
        "facilities_zh": ["海外人才离岸创新创业基地", "联合办公空间", "跨境数据合规服务窗口", "路演大厅"],
    },
    {
        "slug": "hainan-future-industrial-park",
        "title_en": "Hainan Future Industrial Park",
        "title_zh": "海南未来产业园",
        "park_type": "park",
        "sectors": ["digital-economy", "biomedicine"],
        "intro_en": (
            "The park targets emerging industries of the future, such as digital creativity, "
            "quantum communication, brain-inspired computing, telemedicine, life sciences and "
            "fintech. It aims to become a headquarters base for global high-tech firms and an "
            "incubator for the fusion of virtual reality and AI."
        ),
        "intro_zh": (
            "海南未来产业园围绕未来新兴产业，重点发展数字创意、量子通信、类脑研究、远程医疗、生命"
            "健康和金融科技等产业，努力打造全球高科技企业总部基地和虚拟现实与人工智能融合发展的"
            "创新培育区。"
        ),
        "address_en": "No. 21 Lingshan Avenue, Meilan District, Haikou, Hainan",
        "address_zh": "海南省海口市美兰区灵山大道21号",
        "lat": 20.0051,
        "lng": 110.4196,
        "phone": "+86 898 6868 2034",
        "email": "info@futurepark.example.cn",
        "website": "https://www.futurepark.example.cn",
        "facilities_en": [
            "VR and AI innovation lab",
            "Telemedicine demonstration centre",
            "Headquarters office towers",
        ],
        "facilities_zh": ["虚拟现实与人工智能创新实验室", "远程医疗示范中心", "总部办公楼宇"],
    },
    # --- Other pilot parks named in the Hainan Open Innovation Cooperation Mechanism -----------
    {
        "slug": "yangpu-economic-development-zone",
        "title_en": "Yangpu Economic Development Zone",
        "title_zh": "洋浦经济开发区",
        "park_type": "zone",
        "sectors": ["advanced-manufacturing", "green-tech"],
        "intro_en": (
            "Yangpu, on Hainan's north-western coast, is a deep-water port and industrial zone "
            "and a pilot area for Free Trade Port policies. It is one of the parks named for "
            "building Hainan's international offshore innovation pilot zone."
        ),
        "intro_zh": (
            "洋浦经济开发区位于海南西北部，是深水港口和产业园区，也是自贸港政策的先行先试区域，"
            "被列为推进海南国际离岸创新创业先行区建设的依托园区之一。"
        ),
        "address_en": "Yangpu Economic Development Zone Administrative Committee, Yangpu, Danzhou, Hainan",
        "address_zh": "海南省儋州市洋浦经济开发区管理委员会",
        "lat": 19.7300,
        "lng": 109.2000,
        "phone": "+86 898 2882 1000",
        "email": "invest@yangpu.example.cn",
        "website": "https://www.yangpu.example.cn",
        "facilities_en": [
            "Deep-water port",
            "Bonded port area",
            "New materials industrial cluster",
        ],
        "facilities_zh": ["深水港口", "保税港区", "新材料产业集群"],
    },
    {
        "slug": "sanya-yazhou-bay-science-and-technology-city",
        "title_en": "Sanya Yazhou Bay Science and Technology City",
        "title_zh": "三亚崖州湾科技城",
        "park_type": "zone",
        "sectors": ["advanced-manufacturing", "biomedicine"],
        "intro_en": (
            "Yazhou Bay focuses on deep-sea science and technology and the seed industry, with "
            "universities and research institutes on site. Under the cooperation mechanism, it "
            "works with the Pearl River Delta and Shenzhen on shared innovation platforms."
        ),
        "intro_zh": (
            "三亚崖州湾科技城聚焦深海科技和种业创新，集聚多所高校和科研院所。根据合作机制，科技城"
            "与珠三角、深圳国家自主创新示范区共建共享科技产业平台。"
        ),
        "address_en": "Yazhou Bay Science and Technology City, Yazhou District, Sanya, Hainan",
        "address_zh": "海南省三亚市崖州区崖州湾科技城",
        "lat": 18.3900,
        "lng": 109.1800,
        "phone": "+86 898 8866 1000",
        "email": "invest@yazhoubay.example.cn",
        "website": "https://www.yazhoubay.example.cn",
        "facilities_en": [
            "Deep-sea equipment test facilities",
            "University research campus",
            "Startup incubator",
        ],
        "facilities_zh": ["深海装备试验设施", "高校科研园区", "创业孵化器"],
    },
    {
        "slug": "wenchang-international-aerospace-city",
        "title_en": "Wenchang International Aerospace City",
        "title_zh": "文昌国际航天城",
        "park_type": "zone",
        "sectors": ["advanced-manufacturing", "digital-economy"],
        "intro_en": (
            "Next to the Wenchang space launch site, the aerospace city develops aerospace "
            "manufacturing, satellite applications and space-related data services. It is one "
            "of the parks supporting Hainan's offshore innovation pilot zone."
        ),
        "intro_zh": (
            "文昌国际航天城毗邻文昌航天发射场，发展航天制造、卫星应用和航天数据服务等产业，"
            "是支撑海南离岸创新创业先行区建设的依托园区之一。"
        ),
        "address_en": "Wenchang International Aerospace City, Wenchang, Hainan",
        "address_zh": "海南省文昌市文昌国际航天城",
        "lat": 19.6100,
        "lng": 110.9500,
        "phone": "+86 898 6332 1000",
        "email": "invest@wenchang-aerospace.example.cn",
        "website": "https://www.wenchang-aerospace.example.cn",
        "facilities_en": [
            "Satellite data application centre",
            "Aerospace component manufacturing",
            "Launch-viewing visitor centre",
        ],
        "facilities_zh": ["卫星数据应用中心", "航天零部件制造基地", "火箭发射观礼中心"],
    },
    {
        "slug": "hainan-ecological-software-park",
        "title_en": "Hainan Ecological Software Park",
        "title_zh": "海南生态软件园",
        "park_type": "park",
        "sectors": ["digital-economy"],
        "intro_en": (
            "Located in Chengmai, west of Haikou, the software park is one of Hainan's main "
            "digital economy clusters, with companies in blockchain, digital culture and "
            "internet services. It is a designated park for the offshore innovation pilot zone."
        ),
        "intro_zh": (
            "海南生态软件园位于海口以西的澄迈县，是海南主要的数字经济产业集聚区之一，汇聚区块链、"
            "数字文化和互联网服务等领域企业，是离岸创新创业先行区的依托园区。"
        ),
        "address_en": "Hainan Ecological Software Park, Laocheng Town, Chengmai County, Hainan",
        "address_zh": "海南省澄迈县老城镇海南生态软件园",
        "lat": 19.7500,
        "lng": 109.9600,
        "phone": "+86 898 6771 1000",
        "email": "service@hnesp.example.cn",
        "website": "https://www.hnesp.example.cn",
        "facilities_en": [
            "Blockchain pilot zone",
            "Data centre",
            "Talent apartments and international school",
        ],
        "facilities_zh": ["区块链试验区", "数据中心", "人才公寓及国际学校"],
    },
    # --- Offshore innovation stations ---------------------------------------------------------
    {
        "slug": "singapore-offshore-innovation-station",
        "title_en": "Haikou International Offshore Innovation Station (Singapore)",
        "title_zh": "海口国际离岸创新驿站（新加坡）",
        "park_type": "station",
        "sectors": ["digital-economy", "biomedicine"],
        "intro_en": (
            "The Singapore station is the first point of contact for Southeast Asian startups "
            "interested in Haikou. It offers policy briefings, online matchmaking and fast-track "
            "places at Haikou incubators."
        ),
        "intro_zh": (
            "新加坡驿站是东南亚初创企业对接海口的第一站，提供政策解读、线上对接和海口孵化器快速入驻通道等服务。"
        ),
        "address_en": "1 Fusionopolis Way, #20-10, Singapore 138632",
        "address_zh": "新加坡纬壹科技城启汇城道1号20-10室，邮编138632",
        "lat": 1.2990,
        "lng": 103.7876,
        "phone": "+65 6800 1234",
        "email": "singapore@offshore-haikou.example.cn",
        "website": "https://sg.offshore-haikou.example.cn",
        "facilities_en": [
            "Hot desks for visiting teams",
            "Monthly office hours with Haikou parks",
            "Video link to Haikou partners",
        ],
        "facilities_zh": ["来访团队共享工位", "海口园区每月面对面交流", "与海口合作方的视频对接室"],
    },
    {
        "slug": "silicon-valley-offshore-innovation-station",
        "title_en": "Haikou International Offshore Innovation Station (Silicon Valley)",
        "title_zh": "海口国际离岸创新驿站（硅谷）",
        "park_type": "station",
        "sectors": ["digital-economy", "advanced-manufacturing"],
        "intro_en": (
            "The Silicon Valley station supports teams in robotics, chip design and industrial "
            "IoT that want to test products and find customers in Hainan. Teams keep their R&D "
            "in the United States during the early stages."
        ),
        "intro_zh": (
            "硅谷驿站支持机器人、芯片设计和工业物联网领域的团队在海南开展产品测试、对接客户，"
            "团队在早期阶段可将研发留在美国。"
        ),
        "address_en": "3150 Scott Boulevard, Suite 200, Santa Clara, CA 95054, USA",
        "address_zh": "美国加利福尼亚州圣克拉拉市斯科特大道3150号200室，邮编95054",
        "lat": 37.3786,
        "lng": -121.9756,
        "phone": "+1 408 555 0188",
        "email": "siliconvalley@offshore-haikou.example.cn",
        "website": "https://sv.offshore-haikou.example.cn",
        "facilities_en": [
            "Cohort programme for 12 teams a year",
            "Prototype lab access",
            "Investor demo days",
        ],
        "facilities_zh": ["每年12支团队的驻站计划", "样机实验室使用权限", "投资人路演日"],
    },
    # --- Incubator and service centre ----------------------------------------------------------
    {
        "slug": "haikou-high-tech-zone-incubation-centre",
        "title_en": "Haikou National High-tech Zone Entrepreneurship Incubation Centre",
        "title_zh": "海口国家高新区创业孵化中心",
        "park_type": "incubator",
        "sectors": ["digital-economy", "biomedicine"],
        "intro_en": (
            "A national-level technology business incubator, the centre offers offices, "
            "shared labs and mentoring for early-stage teams. It runs a dedicated track for "
            "overseas founders and competition winners."
        ),
        "intro_zh": (
            "中心是国家级科技企业孵化器，为早期团队提供办公场地、共享实验室和创业辅导，并设有面向"
            "海外创业者和创业大赛获奖团队的专门通道。"
        ),
        "address_en": "Block B, Innovation Building, No. 266 Nanhai Avenue, Xiuying District, Haikou, Hainan",
        "address_zh": "海南省海口市秀英区南海大道266号创新大厦B座",
        "lat": 20.0104,
        "lng": 110.2903,
        "phone": "+86 898 6868 3001",
        "email": "incubator@hnhtz.example.cn",
        "website": "https://incubator.hnhtz.example.cn",
        "facilities_en": [
            "Furnished offices and co-working desks",
            "Shared wet and electronics labs",
            "Mentor and investor network",
            "Free company registration support",
        ],
        "facilities_zh": [
            "拎包入住办公室及联合办公工位",
            "共享生物实验室和电子实验室",
            "创业导师及投资人网络",
            "免费公司注册协助",
        ],
    },
    {
        "slug": "haikou-overseas-enterprise-service-centre",
        "title_en": "Haikou Overseas Enterprise Service Centre & Foreigners' Work Service Zone",
        "title_zh": "海口海外企业服务中心（外国人工作服务专区）",
        "park_type": "service-centre",
        "sectors": ["digital-economy", "biomedicine"],
        "intro_en": (
            "The centre helps overseas enterprises and foreign professionals settle in Haikou, "
            "from company registration and banking to work and residence permits. Its "
            "foreigners' work service zone handles permit applications in a single window."
        ),
        "intro_zh": (
            "中心为海外企业和外籍专业人才落户海口提供公司注册、银行开户、工作许可和居留许可等"
            "全流程服务，外国人工作服务专区实行许可事项“一窗受理”。"
        ),
        "address_en": "1F, No. 55 Guomao Avenue, Longhua District, Haikou, Hainan",
        "address_zh": "海南省海口市龙华区国贸大道55号1楼",
        "lat": 20.0281,
        "lng": 110.3184,
        "phone": "+86 898 6868 0100",
        "email": "service@offshore-haikou.example.cn",
        "website": "https://service.offshore-haikou.example.cn",
        "facilities_en": [
            "Work and residence permit window",
            "English and Russian-speaking advisers",
            "International legal services desk",
            "Tax and banking consultations",
        ],
        "facilities_zh": ["工作及居留许可受理窗口", "英语、俄语服务专员", "国际法律服务台", "税务及银行咨询"],
    },
]
