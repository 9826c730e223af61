"""Demo data: events, competitions and training.

Pure Python literals. ``start_offset_days`` is relative to the day the demo is loaded
(negative = past, positive = upcoming). Two events are past and four are upcoming.
"""

EVENTS = [
    {
        "slug": "ftp-tax-briefing-for-overseas-founders",
        "kind": "training",
        "start_offset_days": -88,
        "start_time": "14:00",
        "duration_hours": 3,
        "venue_en": "",
        "venue_zh": "",
        "is_online": True,
        "organiser_en": "Haikou Overseas Enterprise Service Centre",
        "organiser_zh": "海口海外企业服务中心",
        "registration_url": "https://offshore-haikou.example.cn/events/ftp-tax-briefing",
        "sectors": ["digital-economy", "biomedicine"],
        "title_en": "Webinar: Free Trade Port tax policies for overseas founders",
        "title_zh": "线上讲座：面向海外创业者的自贸港税收政策解读",
        "intro_en": (
            "Tax advisers explained the 15% corporate income tax rate, the 15% cap on "
            "individual income tax and what substantive operation means in practice."
        ),
        "intro_zh": "税务顾问讲解了15%企业所得税、个人所得税15%封顶政策，以及实质性运营的具体要求。",
        "body_en": [
            "More than 200 founders and finance managers from 18 countries joined the webinar. "
            "Speakers walked through the conditions for the 15% corporate income tax rate, the "
            "catalogue of encouraged industries and the documents needed to prove substantive "
            "operation in Hainan.",
            "The second half covered the individual income tax cap for high-end and in-demand "
            "talent and answered questions about payroll for foreign employees. The recording "
            "and slides are available to registered platform users.",
        ],
        "body_zh": [
            "来自18个国家的200余名创业者和财务负责人参加了本次线上讲座。主讲嘉宾详细介绍了15%"
            "企业所得税的适用条件、鼓励类产业目录，以及证明在海南实质性运营所需的材料。",
            "下半场讲解了高端紧缺人才个人所得税优惠政策，并解答了外籍员工薪酬发放等问题。"
            "平台注册用户可观看回放并下载讲义。",
        ],
    },
    {
        "slug": "biodegradable-materials-matchmaking-day",
        "kind": "event",
        "start_offset_days": -34,
        "start_time": "09:30",
        "duration_hours": 7,
        "venue_en": "Exhibition Hall, Meian Eco-Tech New City, Xiuying District, Haikou",
        "venue_zh": "海口市秀英区美安生态科技新城展示中心",
        "is_online": False,
        "organiser_en": "Haikou National High-tech Zone Administrative Committee",
        "organiser_zh": "海口国家高新区管委会",
        "registration_url": "https://offshore-haikou.example.cn/events/biodegradable-matchmaking",
        "sectors": ["green-tech"],
        "title_en": "Fully biodegradable materials supply and demand matchmaking day",
        "title_zh": "全生物降解材料供需对接会",
        "intro_en": (
            "Materials producers, packaging makers and overseas technology providers met to "
            "find partners along the biodegradable materials chain."
        ),
        "intro_zh": "材料生产企业、包装制品企业与海外技术方齐聚一堂，寻找全生物降解产业链上下游合作伙伴。",
        "body_en": [
            "Sixty enterprises took part, including PLA and PBAT producers, tableware and "
            "film manufacturers, and technology providers from Germany, Italy and Japan. "
            "Organisers arranged more than 120 one-to-one meetings in advance through the "
            "platform.",
            "Eleven cooperation agreements were signed on the day, covering bagasse tableware, "
            "agricultural mulch film and degradation testing. Follow-up needs remain open on "
            "the platform for companies that could not attend.",
        ],
        "body_zh": [
            "60家企业参加了对接会，包括PLA和PBAT材料生产企业、餐具和膜材制品企业，以及来自德国、"
            "意大利和日本的技术提供方。主办方提前通过平台安排了120余场一对一洽谈。",
            "当天共签署11项合作协议，涉及甘蔗渣餐具、农用地膜和降解性能检测等领域。未能到场的"
            "企业仍可在平台上查看并回应后续合作需求。",
        ],
    },
    {
        "slug": "soft-landing-bootcamp-foreign-founders",
        "kind": "training",
        "start_offset_days": 12,
        "start_time": "09:30",
        "duration_hours": 32,
        "venue_en": "Haikou Overseas Enterprise Service Centre, 1F, No. 55 Guomao Avenue, Longhua District, Haikou",
        "venue_zh": "海口市龙华区国贸大道55号1楼 海口海外企业服务中心",
        "is_online": False,
        "organiser_en": "Haikou Overseas Enterprise Service Centre",
        "organiser_zh": "海口海外企业服务中心",
        "registration_url": "https://offshore-haikou.example.cn/events/soft-landing-bootcamp",
        "sectors": ["digital-economy", "biomedicine"],
        "title_en": "Soft-landing bootcamp for foreign founders",
        "title_zh": "外籍创业者落地训练营",
        "intro_en": ("A two-day, hands-on programme on setting up and running a company in Haikou, taught in English."),
        "intro_zh": "为期两天的英文实务课程，帮助外籍创业者掌握在海口设立和运营企业的要点。",
        "body_en": [
            "Day one covers company registration, the foreign investment negative list, work "
            "and residence permits, and opening FT and ordinary bank accounts. Officials from "
            "the foreigners' work service zone will check participants' documents on site.",
            "Day two focuses on tax incentives, intellectual property, hiring and finding "
            "office space, followed by a visit to Fuxing City and the High-tech Zone "
            "incubation centre. Places are limited to 40 founders.",
        ],
        "body_zh": [
            "第一天讲解公司注册、外商投资负面清单、工作许可和居留许可，以及开立FT账户和普通银行"
            "账户等内容，外国人工作服务专区工作人员将现场为学员预审材料。",
            "第二天聚焦税收优惠、知识产权、招聘和办公选址，随后参观复兴城和高新区创业孵化中心。名额限40人。",
        ],
    },
    {
        "slug": "ai-medical-imaging-demo-day",
        "kind": "event",
        "start_offset_days": 26,
        "start_time": "15:00",
        "duration_hours": 2,
        "venue_en": "",
        "venue_zh": "",
        "is_online": True,
        "organiser_en": "Fuxing City Internet Industrial Park; Haikou International Offshore Innovation Station (Singapore)",
        "organiser_zh": "复兴城互联网信息产业园、海口国际离岸创新驿站（新加坡）",
        "registration_url": "https://offshore-haikou.example.cn/events/ai-medical-imaging-demo-day",
        "sectors": ["digital-economy", "biomedicine"],
        "title_en": "Online demo day: AI in medical imaging and remote diagnosis",
        "title_zh": "线上路演日：人工智能医学影像与远程诊断",
        "intro_en": (
            "Eight startups from Haikou and Singapore present AI tools for imaging diagnosis "
            "to hospitals, investors and device makers."
        ),
        "intro_zh": "来自海口和新加坡的8家初创企业向医院、投资机构和器械企业展示人工智能影像诊断工具。",
        "body_en": [
            "Each team has eight minutes to present and seven minutes for questions. Projects "
            "include lung nodule detection, fracture triage, pathology slide analysis and a "
            "cloud platform for county hospitals.",
            "A panel of radiologists and regulatory experts will discuss clinical validation "
            "and registering AI software as a medical device in China. The session runs in "
            "English with Chinese interpretation.",
        ],
        "body_zh": [
            "每支团队有8分钟展示和7分钟答辩时间，项目涵盖肺结节检测、骨折分诊、病理切片分析以及"
            "面向县级医院的云平台等。",
            "放射科专家和注册法规专家将围绕临床验证和人工智能软件在中国申报医疗器械等话题展开"
            "讨论。活动以英文进行，并提供中文同传。",
        ],
    },
    {
        "slug": "international-offshore-innovation-competition-finals",
        "kind": "competition",
        "start_offset_days": 45,
        "start_time": "09:00",
        "duration_hours": 33,
        "venue_en": "Roadshow Hall, Fuxing City Internet Industrial Park, No. 32 Binhai Avenue, Longhua District, Haikou",
        "venue_zh": "海口市龙华区滨海大道32号 复兴城互联网信息产业园路演大厅",
        "is_online": False,
        "organiser_en": "Haikou Municipal Bureau of Science, Technology, Industry and Information Technology",
        "organiser_zh": "海口市科学技术工业信息化局",
        "registration_url": "https://offshore-haikou.example.cn/events/offshore-competition",
        "sectors": ["digital-economy", "advanced-manufacturing"],
        "title_en": "International Offshore Innovation & Entrepreneurship Competition: Finals",
        "title_zh": "国际离岸创新创业大赛总决赛",
        "intro_en": (
            "Finalists from around the world compete for prizes, free incubation and a fast "
            "track to setting up in Haikou."
        ),
        "intro_zh": "来自全球的决赛团队将角逐奖金、免费孵化和落户海口快速通道。",
        "body_en": [
            "The competition is open to teams in the five key sectors: digital economy, "
            "modern biomedicine, energy saving and environmental protection, advanced "
            "manufacturing and modern industrial design. Preliminary rounds are held online "
            "and at offshore innovation stations in Singapore and Silicon Valley.",
            "Winners receive cash prizes, a year of free incubation, priority for the Haikou "
            "offshore innovation soft-landing grant and help with company registration and "
            "work permits. Finalists' travel to Haikou is covered by the organisers.",
        ],
        "body_zh": [
            "大赛面向数字经济、现代生物医药、节能环保、先进制造和现代工业设计五大重点领域的团队。"
            "初赛在线上以及新加坡、硅谷离岸创新驿站同步举行。",
            "获奖团队将获得奖金、一年免费孵化、海口国际离岸创新创业落地资助优先支持，以及公司注册"
            "和工作许可办理协助。决赛团队赴海口的差旅费用由主办方承担。",
        ],
    },
    {
        "slug": "partner-regions-open-innovation-matchmaking",
        "kind": "event",
        "start_offset_days": 68,
        "start_time": "13:30",
        "duration_hours": 5,
        "venue_en": "International Offshore Innovation Centre, No. 6 Jiangdong Avenue, Meilan District, Haikou",
        "venue_zh": "海口市美兰区江东大道6号 国际离岸创新创业中心",
        "is_online": False,
        "organiser_en": "Hainan Provincial Department of Science and Technology; Jiangdong New Area Administration",
        "organiser_zh": "海南省科学技术厅、江东新区管理局",
        "registration_url": "https://offshore-haikou.example.cn/events/partner-regions-matchmaking",
        "sectors": ["biomedicine", "advanced-manufacturing"],
        "title_en": "Open innovation matchmaking with partner regions",
        "title_zh": "开放创新合作地区项目对接会",
        "intro_en": (
            "Universities, parks and companies from Shanghai, Beijing, Guangdong, Shenzhen, "
            "Sichuan and Hunan meet Hainan enterprises to agree joint projects."
        ),
        "intro_zh": "来自上海、北京、广东、深圳、四川和湖南的高校、园区和企业与海南企业面对面洽谈合作项目。",
        "body_en": [
            "The matchmaking session is part of the Hainan Open Innovation Cooperation "
            "Mechanism, which pairs Hainan with partner regions according to their strengths. "
            "Tables are grouped by field: information technology and advanced manufacturing, "
            "biomedicine and clinical medicine, and new materials and marine equipment.",
            "Hainan enterprises can publish their technology needs on the platform in advance "
            "so that partner institutions come prepared. Technology transfer agencies will be "
            "on hand to help draft cooperation agreements.",
        ],
        "body_zh": [
            "对接会是落实《海南开放创新合作机制》的具体活动，该机制按照优势互补原则推动海南与各"
            "合作地区开展合作。现场按信息产业与先进制造、生物医药与临床医学、新材料与海洋装备等"
            "领域分区洽谈。",
            "海南企业可提前在平台发布技术需求，以便合作方有针对性地准备。现场还有技术转移机构协助起草合作协议。",
        ],
    },
]
