"""Demo data: news and offshore updates, in English and Simplified Chinese.

Pure Python literals. ``days_ago`` is relative to the day the demo is loaded.
Figures are illustrative demo content based on the seed planning documents.
"""

# The topics articles are tagged with: (slug, English name, Chinese name).
TOPICS = [
    ("artificial-intelligence", "Artificial intelligence", "人工智能"),
    ("competitions", "Competitions", "创新创业大赛"),
    ("cross-border-data", "Cross-border data", "数据跨境"),
    ("cross-border-finance", "Cross-border finance", "跨境金融"),
    ("customs", "Customs", "海关"),
    ("design", "Design", "设计"),
    ("drug-development", "Drug development", "药物研发"),
    ("events-and-forums", "Events and forums", "活动与论坛"),
    ("guides", "Guides", "办事指南"),
    ("incubation", "Incubation", "孵化"),
    ("international-cooperation", "International cooperation", "国际合作"),
    ("investment", "Investment", "投融资"),
    ("marine-economy", "Marine economy", "海洋经济"),
    ("new-materials", "New materials", "新材料"),
    ("offshore-innovation", "Offshore innovation", "离岸创新"),
    ("parks", "Parks", "园区"),
    ("regional-cooperation", "Regional cooperation", "区域合作"),
    ("robotics", "Robotics", "机器人"),
    ("soft-landing", "Soft landing", "落地服务"),
    ("talent", "Talent", "人才"),
    ("tax", "Tax", "税收"),
]

NEWS = [
    {
        "slug": "offshore-platform-goes-live",
        "days_ago": 2,
        "category": "park-news",
        "sectors": ["digital-economy", "biomedicine"],
        "topics": ["offshore-innovation", "soft-landing"],
        "title_en": "Haikou International Offshore Innovation & Entrepreneurship Platform goes live",
        "title_zh": "海口国际离岸创新创业平台正式上线运行",
        "intro_en": (
            "The bilingual platform brings offshore news, a policy directory, a park map and "
            "soft-landing services for overseas teams together in one place."
        ),
        "intro_zh": "平台以中英双语集中提供离岸资讯、政策指导目录、园区地图和面向海外团队的落地服务。",
        "body_en": [
            "The Haikou International Offshore Innovation & Entrepreneurship Platform went live "
            "this week. Set out in Haikou's 14th Five-Year Plan for high-tech industry, the "
            "platform collects offshore news from around the world, connects offshore supply "
            "and demand, and helps enterprises solve innovation problems with the help of a "
            "global community of experts.",
            "Overseas startups can browse a searchable directory of Free Trade Port policies, "
            "find parks and offshore innovation stations by sector, and post technology, "
            "business or investment needs. Local enterprises can publish innovation challenges "
            "and invite solvers anywhere in the world to submit proposals.",
            "The platform also offers a catalogue of soft-landing services, from company "
            "registration and work permits to intellectual property and office space. Overseas "
            "teams can request a service online and follow its progress until the work is done.",
        ],
        "body_zh": [
            "本周，海口国际离岸创新创业平台正式上线运行。平台是《海口市“十四五”高新技术产业"
            "发展规划》提出的重点建设任务，将收集全球离岸资讯、沟通离岸供给需求，并汇集全球"
            "群体智慧，帮助企业解决创新难题。",
            "海外初创企业可以在平台上检索自贸港政策指导目录，按产业领域查找园区和离岸创新驿站，"
            "并发布技术、业务或投资需求；本地企业则可以发布创新难题，邀请全球解题者提交方案。",
            "平台同时提供落地服务目录，涵盖公司注册、工作许可、知识产权、办公空间等事项。"
            "海外团队可在线申请服务，并全程跟踪办理进度。",
        ],
    },
    {
        "slug": "ai-medical-imaging-remote-diagnosis",
        "days_ago": 6,
        "category": "investment",
        "sectors": ["digital-economy", "biomedicine"],
        "topics": ["artificial-intelligence", "investment"],
        "title_en": "Fuxing City AI medical imaging startup closes Series A to expand remote diagnosis",
        "title_zh": "复兴城人工智能医学影像企业完成A轮融资，拓展远程影像诊断",
        "intro_en": (
            "A Haikou team whose algorithms read CT and X-ray images will use the funding to "
            "connect more county hospitals across Hainan to its remote diagnosis service."
        ),
        "intro_zh": "这家利用算法辅助判读CT和X光影像的海口团队，将以本轮资金接入更多海南县级医院开展远程影像诊断。",
        "body_en": [
            "An AI medical imaging company based in Fuxing City Internet Industrial Park has "
            "closed a Series A round led by a Haikou-based venture fund. Founded by returnees "
            "from Singapore and Germany, the company develops algorithms that flag lung "
            "nodules, fractures and signs of stroke on CT and X-ray images within seconds.",
            "Its cloud platform already supports remote image diagnosis for a number of "
            "county-level hospitals, where radiologists are in short supply. The new funding "
            "will extend the service to more hospitals and support a clinical study with a "
            "tertiary hospital in Haikou.",
            "Haikou's high-tech plan names remote imaging diagnosis and AI-driven public health "
            "monitoring as priorities for smart healthcare. The company also plans to register "
            "its software as a medical device, with support from the Yaogu medical device "
            "registration service.",
        ],
        "body_zh": [
            "入驻复兴城互联网信息产业园的一家人工智能医学影像企业近日完成A轮融资，由海口本地"
            "一家创投基金领投。企业创始团队分别来自新加坡和德国的海归人才，其算法可在数秒内"
            "从CT和X光影像中识别肺结节、骨折和脑卒中征象。",
            "企业的云平台已为多家放射科医生紧缺的县级医院提供远程影像诊断支持。本轮资金将用于"
            "把服务拓展到更多医院，并与海口一家三甲医院开展临床研究。",
            "《海口市“十四五”高新技术产业发展规划》将远程影像诊断和人工智能驱动的公共卫生"
            "监控列为智慧医疗的重点方向。该企业还计划在药谷医疗器械注册服务的支持下，"
            "将其软件申报为医疗器械产品。",
        ],
    },
    {
        "slug": "guide-15-percent-corporate-income-tax",
        "days_ago": 11,
        "category": "policy-updates",
        "sectors": ["digital-economy", "advanced-manufacturing"],
        "topics": ["tax", "guides"],
        "title_en": "A practical guide to the Free Trade Port's 15% corporate income tax",
        "title_zh": "一文读懂自贸港15%企业所得税优惠政策",
        "intro_en": (
            "Enterprises in encouraged industries that operate substantively in Hainan pay "
            "corporate income tax at 15% instead of 25%. Here is what overseas founders need "
            "to know."
        ),
        "intro_zh": "在海南实质性运营的鼓励类产业企业，企业所得税可按15%而非25%征收。海外创业者需要了解以下要点。",
        "body_en": [
            "Enterprises registered in the Hainan Free Trade Port whose main business falls "
            "within the catalogue of encouraged industries, and which operate substantively in "
            "Hainan, pay corporate income tax at a reduced rate of 15%. The standard rate "
            "elsewhere in China is 25%.",
            "Substantive operation means that production, staff, accounts and assets are "
            "actually managed in Hainan. Encouraged-industry income should normally account for "
            "at least 60% of total revenue. Digital economy, biomedicine, environmental "
            "protection and advanced manufacturing projects are all well represented in the "
            "catalogue.",
            "The platform's policy directory sets out the conditions and the supporting "
            "documents required. Overseas teams can also book a free consultation with a tax "
            "adviser through the soft-landing service catalogue before they register a "
            "company.",
        ],
        "body_zh": [
            "注册在海南自由贸易港、主营业务属于鼓励类产业目录并在海南实质性运营的企业，可减按"
            "15%的税率征收企业所得税，而全国标准税率为25%。",
            "实质性运营是指企业的生产经营、人员、账务、财产等在海南实施实质性全面管理和控制。"
            "鼓励类产业收入一般应占企业收入总额的60%以上。数字经济、生物医药、节能环保和先进"
            "制造等领域在目录中都有较多条目。",
            "平台政策指导目录详细列出了适用条件和所需材料。海外团队在注册公司前，还可通过落地"
            "服务目录预约税务顾问免费咨询。",
        ],
    },
    {
        "slug": "talent-income-tax-cap-applications-open",
        "days_ago": 19,
        "category": "policy-updates",
        "sectors": ["digital-economy", "industrial-design"],
        "topics": ["talent", "tax"],
        "title_en": "Applications open for the 15% cap on individual income tax for high-end talent",
        "title_zh": "高端紧缺人才个人所得税15%封顶政策开始受理申报",
        "intro_en": (
            "Eligible high-end and in-demand professionals working in Hainan can have the "
            "portion of their individual income tax above 15% waived."
        ),
        "intro_zh": "在海南工作的符合条件的高端人才和紧缺人才，其个人所得税实际税负超过15%的部分予以免征。",
        "body_en": [
            "Haikou's tax and talent authorities have opened this year's applications under the "
            "Free Trade Port's individual income tax policy for high-end and in-demand talent. "
            "For eligible individuals, the portion of the effective tax burden on their "
            "comprehensive and business income that exceeds 15% is waived.",
            "The policy applies to Chinese and foreign nationals alike. Applicants must work "
            "in Hainan and meet the talent criteria set by the province, which take into "
            "account income, qualifications and the employer's industry.",
            "Foreign founders and engineers can check the criteria in the policy directory. "
            "The Haikou Overseas Enterprise Service Centre offers help with the application in "
            "English every Tuesday and Thursday afternoon.",
        ],
        "body_zh": [
            "海口市税务和人才部门近日启动本年度自贸港高端紧缺人才个人所得税优惠政策申报工作。"
            "对符合条件的个人，其综合所得和经营所得实际税负超过15%的部分予以免征。",
            "该政策同时适用于中国籍和外籍人员。申报人须在海南工作，并符合海南省认定的人才标准，"
            "认定时综合考虑收入水平、资历及用人单位所属行业等因素。",
            "外籍创业者和工程师可在政策指导目录中查询具体条件。海口海外企业服务中心每周二、周四下午提供英文申报辅导。",
        ],
    },
    {
        "slug": "meian-biodegradable-materials-line",
        "days_ago": 26,
        "category": "park-news",
        "sectors": ["green-tech"],
        "topics": ["new-materials", "parks"],
        "title_en": "New fully biodegradable materials line starts production in Meian",
        "title_zh": "美安生态科技新城全生物降解材料新产线投产",
        "intro_en": (
            "The line produces PBAT and PLA compounds for shopping bags, tableware and "
            "agricultural film, supporting Hainan's ban on single-use plastics."
        ),
        "intro_zh": "新产线生产PBAT和PLA改性材料，用于购物袋、餐具和农用地膜，助力海南“全面禁塑”。",
        "body_en": [
            "A new production line for fully biodegradable materials has started operating in "
            "Meian Eco-Tech New City, part of Haikou National High-tech Zone. It compounds PBAT "
            "and PLA into resins for shopping bags, tableware and mulch film.",
            "The project responds to Hainan's list of banned single-use plastic products and "
            "to the plan's call for a demonstration base that brings the upstream and "
            "downstream of the degradable-materials chain together. The operator is working "
            "with a European partner on bagasse and bamboo-fibre tableware.",
            "The zone's biodegradable plastics R&D platform will test the line's products for "
            "material performance and degradation. Overseas materials companies interested in "
            "joint development can post a cooperation request on this platform.",
        ],
        "body_zh": [
            "位于海口国家高新区的美安生态科技新城近日新增一条全生物降解材料产线并正式投产，"
            "将PBAT和PLA改性为树脂，用于生产购物袋、餐具和农用地膜。",
            "项目落实海南禁止生产销售使用一次性不可降解塑料制品名录的要求，也呼应了规划中关于"
            "建设可降解材料及制品产业集聚示范基地、引导上下游产业链集聚的部署。企业正与一家"
            "欧洲合作方联合开发甘蔗渣和竹纤维餐具。",
            "高新区生物降解塑料研发平台将为新产线产品提供材料性能和降解性能检测。有意联合开发的"
            "海外材料企业可以在本平台发布合作需求。",
        ],
    },
    {
        "slug": "yaogu-shared-formulation-platform",
        "days_ago": 37,
        "category": "park-news",
        "sectors": ["biomedicine"],
        "topics": ["drug-development", "parks"],
        "title_en": "Yaogu opens a shared platform for complex formulation R&D",
        "title_zh": "药谷工业园复杂制剂共享研发平台启用",
        "intro_en": (
            "Startups can now rent pilot-scale equipment for liposomes, microspheres and "
            "controlled-release products by the day instead of building their own labs."
        ),
        "intro_zh": "初创企业可按天租用脂质体、微球和缓控释制剂的中试设备，无需自建实验室。",
        "body_en": [
            "Yaogu Industrial Park has opened a shared R&D platform for complex formulations. "
            "It houses pilot-scale equipment for liposomes, microspheres, emulsions and "
            "controlled-release products, which startups can book by the day.",
            "The platform is run with a contract research organisation that also offers "
            "bioequivalence studies, clinical trial management and registration services. "
            "This is the full-chain support for new drug development that the plan asks for.",
            "Overseas biotech teams can use the platform to run pilot batches while they set "
            "up a Hainan entity. The park's investment office can also advise on importing "
            "research materials through the Haikou Comprehensive Bonded Zone.",
        ],
        "body_zh": [
            "药谷工业园复杂制剂共享研发平台近日启用，配备脂质体、微球、乳剂和缓控释制剂等中试"
            "设备，初创企业可按天预约使用。",
            "平台与一家合同研究组织（CRO）联合运营，同时提供生物等效性研究、临床试验管理和注册"
            "申报服务，正是规划提出的新药创制全链条服务体系。",
            "海外生物技术团队在设立海南主体期间即可借助平台开展中试生产。园区招商部门还可就通过"
            "海口综合保税区进口研发物料提供咨询。",
        ],
    },
    {
        "slug": "singapore-offshore-innovation-station",
        "days_ago": 52,
        "category": "global-offshore",
        "sectors": ["digital-economy", "biomedicine"],
        "topics": ["international-cooperation", "offshore-innovation"],
        "title_en": "Haikou opens an offshore innovation station in Singapore",
        "title_zh": "海口国际离岸创新驿站（新加坡）揭牌",
        "intro_en": (
            "The station gives Southeast Asian startups a first point of contact with Haikou's "
            "parks, policies and investors before they travel to Hainan."
        ),
        "intro_zh": "驿站为东南亚初创企业在赴琼之前对接海口园区、政策和投资机构提供第一站服务。",
        "body_en": [
            "Haikou's first offshore innovation station in Southeast Asia opened in Singapore's "
            "one-north district. The station is run with a local accelerator and focuses on "
            "digital health, fintech and digital trade.",
            "Teams that sign up can take part in online matchmaking with Haikou enterprises, "
            "receive policy briefings and apply for a fast-track place at a Haikou incubator. "
            "The station also hosts monthly office hours with visiting Haikou park managers.",
            "Offshore innovation stations are part of the plan's international offshore "
            "innovation project, which encourages partners to build stations and youth "
            "entrepreneurship bases. More stations are in preparation in Europe and North "
            "America.",
        ],
        "body_zh": [
            "海口在东南亚设立的首个国际离岸创新驿站在新加坡纬壹科技城揭牌。驿站与当地一家加速器"
            "合作运营，重点关注数字健康、金融科技和数字贸易领域。",
            "入驻团队可参加与海口企业的线上对接会，获得政策解读，并申请海口孵化器的快速入驻通道。"
            "驿站每月还会邀请海口园区负责人到场举办面对面交流。",
            "国际离岸创新驿站是规划中“国际离岸双创工程”的重要内容，鼓励各方建设离岸创新驿站和"
            "青年创新创业基地。欧洲和北美的驿站正在筹建之中。",
        ],
    },
    {
        "slug": "silicon-valley-station-first-cohort",
        "days_ago": 68,
        "category": "global-offshore",
        "sectors": ["digital-economy", "advanced-manufacturing"],
        "topics": ["international-cooperation", "incubation"],
        "title_en": "Silicon Valley offshore innovation station welcomes its first cohort of 12 teams",
        "title_zh": "硅谷离岸创新驿站迎来首批12支入驻团队",
        "intro_en": (
            "The teams work on robotics, chip design and industrial IoT, and can work with "
            "Haikou partners without relocating in the early stages."
        ),
        "intro_zh": "首批团队聚焦机器人、芯片设计和工业物联网，在早期阶段无需迁移即可与海口合作方开展合作。",
        "body_en": [
            "The offshore innovation station in Santa Clara, California, has welcomed its "
            "first cohort of 12 teams. Their projects range from service robots and industrial "
            "IoT sensors to automotive chip design.",
            "Under the offshore model, teams keep their research in the United States while "
            "they test products and find customers in Hainan through the platform. Several "
            "teams have already been matched with manufacturers in Haima Industrial Park and "
            "Shiziling Industrial Park.",
            "Teams that later set up in Haikou can use the zero-tariff policy on production "
            "equipment and the 15% corporate income tax rate for encouraged industries. "
            "Applications for the second cohort will open next quarter.",
        ],
        "body_zh": [
            "位于美国加州圣克拉拉的离岸创新驿站迎来首批12支入驻团队，项目涵盖服务机器人、工业"
            "物联网传感器和车载芯片设计等方向。",
            "按照离岸创新模式，团队研发仍在美国进行，同时通过平台在海南开展产品测试、对接客户。"
            "已有多支团队与海马工业园和狮子岭工业园的制造企业达成对接。",
            "团队日后落户海口，可享受自用生产设备“零关税”和鼓励类产业15%企业所得税等政策。"
            "第二批入驻申请将于下季度启动。",
        ],
    },
    {
        "slug": "jiangdong-offshore-innovation-centre",
        "days_ago": 84,
        "category": "park-news",
        "sectors": ["digital-economy", "industrial-design"],
        "topics": ["offshore-innovation", "parks"],
        "title_en": "Jiangdong New Area fits out its international offshore innovation centre",
        "title_zh": "江东新区国际离岸创新创业中心完成装修进入招商阶段",
        "intro_en": (
            "The centre offers flexible offices, shared labs and a one-stop service hall for "
            "overseas teams, and is now accepting applications."
        ),
        "intro_zh": "中心为海外团队提供灵活办公空间、共享实验室和一站式服务大厅，现已开放入驻申请。",
        "body_en": [
            "The international offshore innovation centre in Jiangdong New Area has finished "
            "its fit-out and is now accepting tenants. The building offers flexible offices, "
            "shared laboratories and a service hall for company registration, permits and "
            "banking.",
            "Jiangdong New Area is positioned as Haikou's core area for high-tech services, "
            "including R&D and design, intellectual property, testing and technology transfer. "
            "Its statutory-body model allows the area to recruit professionals worldwide.",
            "Priority is given to teams in R&D services, design and the digital economy. "
            "Eligible teams may receive rent-free space for up to one year.",
        ],
        "body_zh": [
            "江东新区国际离岸创新创业中心已完成装修，正式进入招商阶段。中心提供灵活办公空间、"
            "共享实验室，并设有办理公司注册、许可审批和银行开户的综合服务大厅。",
            "江东新区定位为海口高新技术服务核心承载区，重点发展研发设计、知识产权、检验检测和"
            "技术转移等高新技术服务业，并通过“法定机构+市场运作”模式面向全球招聘人才。",
            "中心优先接纳研发服务、设计和数字经济领域的团队，符合条件的团队最长可享受一年免租。",
        ],
    },
    {
        "slug": "zhangjiang-haikou-biomedicine-cooperation",
        "days_ago": 97,
        "category": "investment",
        "sectors": ["biomedicine"],
        "topics": ["regional-cooperation", "drug-development"],
        "title_en": "Shanghai Zhangjiang and Haikou High-tech Zone sign biomedicine cooperation plan",
        "title_zh": "上海张江与海口高新区签署生物医药合作计划",
        "intro_en": (
            "The plan covers joint incubation, technology transfer and shared clinical "
            "resources between the two national high-tech zones."
        ),
        "intro_zh": "合作计划涵盖两个国家高新区之间的联合孵化、技术转移和临床资源共享。",
        "body_en": [
            "Shanghai Zhangjiang National High-tech Zone and Haikou National High-tech Zone "
            "have signed a cooperation plan for biomedicine. It was agreed under the Hainan "
            "Open Innovation Cooperation Mechanism issued by the Ministry of Science and "
            "Technology and the Hainan Provincial Government.",
            "Under the plan, Zhangjiang incubators will refer biotech companies that need "
            "international market access to Haikou, while Yaogu will offer pilot production "
            "and registration support. The two zones will also share technology transfer "
            "listings.",
            "The mechanism pairs Hainan with partner regions according to their strengths: "
            "Shanghai for clinical medicine and deep-sea science, Sichuan for biomedicine, "
            "and Guangdong and Shenzhen for information technology and advanced manufacturing.",
        ],
        "body_zh": [
            "上海张江国家高新区与海口国家高新区签署生物医药合作计划。该计划是落实科技部与海南省"
            "人民政府《海南开放创新合作机制》的具体举措。",
            "根据计划，张江孵化器将把有国际市场准入需求的生物医药企业推荐至海口，药谷则提供中试"
            "生产和注册申报支持；两个高新区还将共享技术转移项目信息。",
            "合作机制按照优势互补原则为海南对接合作地区：上海侧重临床医学和深远海等领域，四川"
            "侧重生物医药，广东和深圳侧重信息产业和先进制造业。",
        ],
    },
    {
        "slug": "shenzhen-robotics-firm-sets-up-in-haikou",
        "days_ago": 61,
        "category": "investment",
        "sectors": ["advanced-manufacturing"],
        "topics": ["robotics", "customs"],
        "title_en": "Shenzhen service-robot maker sets up assembly base in Haikou",
        "title_zh": "深圳服务机器人企业在海口设立组装基地",
        "intro_en": (
            "The company will assemble cleaning and hospitality robots from imported parts, "
            "using the duty exemption for products with more than 30% local value added."
        ),
        "intro_zh": "企业将利用进口零部件组装清洁和酒店服务机器人，享受加工增值超过30%免征关税政策。",
        "body_en": [
            "A Shenzhen service-robot maker is setting up an assembly base in Shiziling "
            "Industrial Park. It will build cleaning and hospitality robots for hotels and "
            "resorts in Hainan and for export to Southeast Asia.",
            "The company will import precision reducers, servo motors and lidar sensors. Goods "
            "processed in the Free Trade Port with more than 30% value added can enter the "
            "mainland free of import duty, which makes local assembly competitive.",
            "The project reflects the cooperation between Hainan and Shenzhen on advanced "
            "manufacturing set out in the Hainan Open Innovation Cooperation Mechanism.",
        ],
        "body_zh": [
            "深圳一家服务机器人企业正在狮子岭工业园建设组装基地，生产面向海南酒店和度假区的清洁"
            "机器人和服务机器人，并出口东南亚。",
            "企业将进口精密减速器、伺服电机和激光雷达等部件。在自贸港加工增值超过30%的货物进入"
            "内地免征进口关税，使本地组装更具竞争力。",
            "该项目是《海南开放创新合作机制》中海南与深圳开展先进制造业合作的具体体现。",
        ],
    },
    {
        "slug": "zero-tariff-equipment-high-tech-zone",
        "days_ago": 131,
        "category": "policy-updates",
        "sectors": ["advanced-manufacturing", "biomedicine"],
        "topics": ["customs", "tax"],
        "title_en": "High-tech zone manufacturers save on imported equipment under the zero-tariff list",
        "title_zh": "高新区制造企业借助“零关税”清单降低设备进口成本",
        "intro_en": (
            "Manufacturers in Haikou National High-tech Zone have imported production "
            "equipment free of import duty, import VAT and consumption tax."
        ),
        "intro_zh": "海口国家高新区制造企业进口生产设备，免征进口关税、进口环节增值税和消费税。",
        "body_en": [
            "Manufacturers in Haikou National High-tech Zone are making use of the Free "
            "Trade Port's zero-tariff policy for self-use production equipment. Qualifying "
            "equipment is exempt from import duty, import VAT and consumption tax.",
            "Recent imports include an automated filling line for a pharmaceutical company and "
            "inspection equipment for a new-energy vehicle parts supplier. Customs officers "
            "offer pre-declaration guidance so that companies can check eligibility in advance.",
            "Enterprises registered in Hainan with independent legal-person status can apply. "
            "Equipment imported duty-free is subject to supervision and may not be transferred "
            "outside the rules during the supervision period.",
        ],
        "body_zh": [
            "海口国家高新区的制造企业正积极用好自贸港自用生产设备“零关税”政策，符合条件的"
            "设备免征进口关税、进口环节增值税和消费税。",
            "近期进口的设备包括一家制药企业的自动化灌装线和一家新能源汽车零部件企业的检测设备。"
            "海关提供申报前指导，帮助企业提前确认设备是否符合条件。",
            "在海南注册登记并具有独立法人资格的企业均可申请。免税进口的设备在监管期内接受海关监管，不得违规转让。",
        ],
    },
    {
        "slug": "cross-border-data-pilot-fuxing-city",
        "days_ago": 44,
        "category": "policy-updates",
        "sectors": ["digital-economy"],
        "topics": ["cross-border-data", "guides"],
        "title_en": "Fuxing City pilots a compliance service for cross-border data",
        "title_zh": "复兴城试点跨境数据合规服务",
        "intro_en": (
            "Startups that need to send data abroad can get an assessment, a standard contract "
            "template and secure transfer through a single service window."
        ),
        "intro_zh": "需要数据出境的初创企业可在同一服务窗口获得评估、标准合同模板和安全传输服务。",
        "body_en": [
            "Fuxing City Internet Industrial Park has started a pilot service that helps "
            "enterprises move data across borders in compliance with the law. The service "
            "brings data classification, risk assessment, standard contract filing and secure "
            "transfer together in one window.",
            "The pilot supports the plan's goals of building the Hainan Free Trade Port "
            "offshore data centre and developing digital trade. Early users include a "
            "cross-border e-commerce platform and a clinical research company.",
            "Overseas teams that plan to process personal data in Haikou can request an "
            "initial assessment through the soft-landing service catalogue.",
        ],
        "body_zh": [
            "复兴城互联网信息产业园启动跨境数据合规服务试点，为企业依法开展数据出境提供数据分类"
            "分级、风险评估、标准合同备案和安全传输“一窗通办”服务。",
            "试点服务于规划中建设“海南自贸港离岸数据中心”和发展数字贸易的目标。首批用户包括"
            "一家跨境电商平台和一家临床研究企业。",
            "计划在海口处理个人信息的海外团队，可通过落地服务目录申请初步评估。",
        ],
    },
    {
        "slug": "offshore-competition-finals-recap",
        "days_ago": 118,
        "category": "events-recap",
        "sectors": ["digital-economy", "industrial-design"],
        "topics": ["competitions", "incubation"],
        "title_en": "Offshore innovation competition finals: 30 teams from 14 countries compete in Haikou",
        "title_zh": "国际离岸创新创业大赛总决赛落幕，14个国家30支团队同台竞技",
        "intro_en": (
            "A marine drug-discovery team from Norway and a Chinese-German environmental "
            "sensor startup took the top prizes."
        ),
        "intro_zh": "来自挪威的海洋药物研发团队和一家中德合资环境传感器企业分获一等奖。",
        "body_en": [
            "The finals of the international offshore innovation and entrepreneurship "
            "competition were held at Fuxing City. Thirty teams from 14 countries and regions "
            "presented their projects to judges from investment funds, parks and industry.",
            "First prizes went to a Norwegian team developing antifungal drugs from marine "
            "microorganisms and a Chinese-German startup making online water-quality sensors "
            "for coastal waters. Both teams plan to set up in Haikou within the year.",
            "Prize-winners receive cash awards, a year of free incubation and help with company "
            "registration and work permits. Entries for this year's competition are now open.",
        ],
        "body_zh": [
            "国际离岸创新创业大赛总决赛在复兴城举行。来自14个国家和地区的30支团队向来自投资"
            "机构、园区和产业界的评委展示了各自项目。",
            "一等奖由挪威一支利用海洋微生物研发抗真菌药物的团队，以及一家为近海水域研发在线"
            "水质传感器的中德合资初创企业获得。两支团队均计划年内落户海口。",
            "获奖团队将获得奖金、一年免费孵化，以及公司注册和工作许可办理协助。本年度大赛报名现已开启。",
        ],
    },
    {
        "slug": "industrial-design-week-chip-design",
        "days_ago": 149,
        "category": "events-recap",
        "sectors": ["industrial-design", "advanced-manufacturing"],
        "topics": ["design", "events-and-forums"],
        "title_en": "Design week puts chip design and tourism equipment in the spotlight",
        "title_zh": "工业设计周聚焦芯片设计与旅游装备设计",
        "intro_en": (
            "Designers and engineers met at Mission Hills to discuss how Haikou can build a "
            "design cluster with global reach."
        ),
        "intro_zh": "设计师和工程师齐聚观澜湖，共商海口如何打造具有全球影响力的设计产业集群。",
        "body_en": [
            "Haikou's industrial design week was held at the Mission Hills tourism park, with "
            "forums on chip design, tourism equipment and digital creative design. More than "
            "400 designers, engineers and investors took part.",
            "Speakers discussed chips for smart electric vehicles, IoT hardware and medical "
            "testing devices, as well as the design of sightseeing boats, RVs and diving "
            "equipment for Hainan's tourism industry.",
            "The plan aims for an industrial design output of RMB 5 billion by 2025, with "
            "20 high-tech enterprises in design and two provincial industrial design centres.",
        ],
        "body_zh": [
            "海口工业设计周在观澜湖旅游园区举办，设置芯片设计、旅游装备设计和数字创意设计等"
            "论坛，吸引400余名设计师、工程师和投资人参加。",
            "与会嘉宾围绕智能电动车车载芯片、物联网智能硬件芯片和医疗检测芯片展开讨论，并探讨"
            "面向海南旅游业的观光艇、旅游房车和潜水装备设计。",
            "根据规划，到2025年海口工业设计产值规模将达到50亿元，设计领域高新技术企业达到20家，"
            "建设省级工业设计中心2家。",
        ],
    },
    {
        "slug": "green-fund-backs-water-monitoring-startup",
        "days_ago": 176,
        "category": "investment",
        "sectors": ["green-tech", "digital-economy"],
        "topics": ["investment", "marine-economy"],
        "title_en": "Offshore innovation fund backs a marine water-quality monitoring startup",
        "title_zh": "离岸创新基金投资海洋水质监测初创企业",
        "intro_en": (
            "The startup combines low-cost sensors with an IoT platform to monitor water "
            "quality and oil spills along Hainan's coast."
        ),
        "intro_zh": "该企业将低成本传感器与物联网平台相结合，监测海南沿海水质和溢油情况。",
        "body_en": [
            "A fund supporting offshore innovation in Haikou has made a seed investment in a "
            "startup that monitors coastal water quality. The team was founded by researchers "
            "who returned from Australia.",
            "Its buoys measure organic pollutants, bacteria and heavy metals and send the data "
            "over an IoT network. The system can also detect oil spills and alert the "
            "authorities within minutes.",
            "Marine water-quality sensors and oil-spill detection are named in the plan as "
            "priorities for environmental monitoring. The startup is based in Yunlong "
            "Industrial Park, which focuses on energy saving and environmental protection.",
        ],
        "body_zh": [
            "一只支持海口离岸创新的基金近日完成对一家近海水质监测初创企业的种子轮投资。该企业由"
            "从澳大利亚回国的科研人员创立。",
            "企业研发的浮标可监测有机污染物、细菌和重金属，并通过物联网回传数据，还能发现海上"
            "溢油并在数分钟内向主管部门报警。",
            "海洋水质传感器和海上溢油检测是规划中环境监测领域的重点方向。企业落户于以节能环保产业为主导的云龙产业园。",
        ],
    },
    {
        "slug": "ft-accounts-for-overseas-founders",
        "days_ago": 158,
        "category": "policy-updates",
        "sectors": ["digital-economy", "biomedicine"],
        "topics": ["cross-border-finance", "guides"],
        "title_en": "How overseas founders can open a free trade (FT) account in Hainan",
        "title_zh": "海外创业者如何在海南开立自由贸易（FT）账户",
        "intro_en": (
            "FT accounts make cross-border payments, investment and financing easier for "
            "companies that trade and raise money internationally."
        ),
        "intro_zh": "FT账户为开展国际贸易和跨境融资的企业提供更便利的跨境收付、投资和融资服务。",
        "body_en": [
            "Banks in Hainan can open free trade (FT) accounts for enterprises registered in "
            "the Free Trade Port and for qualifying overseas entities. FT accounts make "
            "cross-border receipts and payments, investment and financing more convenient.",
            "For startups with overseas investors, an FT account can simplify the receipt of "
            "foreign capital and paying overseas suppliers. Funds can move between an FT "
            "account and overseas accounts with relatively few restrictions.",
            "Several banks in Haikou offer English-language account opening. The platform's "
            "service catalogue lists banks that work with early-stage companies.",
        ],
        "body_zh": [
            "海南的银行可为在自贸港注册的企业和符合条件的境外机构开立自由贸易（FT）账户，为跨境"
            "收付、投资和融资提供便利。",
            "对于有境外投资人的初创企业，FT账户可简化外资入账和向境外供应商付款的流程。FT账户"
            "与境外账户之间的资金划转限制相对较少。",
            "海口多家银行可提供英文开户服务，平台服务目录列出了面向早期企业的合作银行。",
        ],
    },
]
