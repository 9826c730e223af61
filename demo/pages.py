"""Demo data: home page, section index pages, standard pages and site settings.

Pure Python literals. Standard page bodies are lists of blocks:
``("heading", "text")``, ``("paragraph", "<p>html</p>")`` or
``("faq", {"question": "...", "answer": "<p>...</p>"})``.
"""

HOME = {
    "title_en": "Home",
    "title_zh": "首页",
    "hero_heading_en": "Innovate from anywhere. Launch in Haikou.",
    "hero_heading_zh": "全球创新，落地海口",
    "hero_text_en": (
        "The Haikou International Offshore Innovation & Entrepreneurship Platform connects "
        "overseas startups with Hainan Free Trade Port policies, parks, partners and "
        "soft-landing services, so you can start working with China before you move here."
    ),
    "hero_text_zh": (
        "海口国际离岸创新创业平台为海外初创企业对接海南自由贸易港政策、园区、合作伙伴和落地"
        "服务，让全球创新团队“人未到、业先行”。"
    ),
}

SECTION_PAGES = {
    "news": {
        "slug": "news",
        "title_en": "News & Offshore Updates",
        "title_zh": "新闻与离岸动态",
        "intro_en": (
            "Policy changes, park news, investment and global offshore innovation updates, "
            "collected and edited by the platform team."
        ),
        "intro_zh": "平台团队收集整理的政策动态、园区资讯、投资合作和全球离岸创新动态。",
    },
    "policies": {
        "slug": "policies",
        "title_en": "Policy Directory",
        "title_zh": "政策指导目录",
        "intro_en": (
            "The offshore innovation and entrepreneurship policy guidance directory: tax, "
            "talent and visas, funding, customs, IP, data, finance and market access in the "
            "Hainan Free Trade Port. Filter by type and sector."
        ),
        "intro_zh": (
            "离岸创新创业政策指导目录，涵盖海南自由贸易港税收、人才与签证、资金扶持、海关贸易、"
            "知识产权、数据、金融和市场准入等政策，可按类型和产业领域筛选。"
        ),
    },
    "parks": {
        "slug": "parks",
        "title_en": "Parks, Stations & Incubators",
        "title_zh": "园区、驿站与孵化器",
        "intro_en": (
            "Find Haikou's parks and zones, Hainan's offshore innovation pilot parks, our "
            "offshore innovation stations abroad, incubators and service centres on the map."
        ),
        "intro_zh": "在地图上查找海口各园区、海南离岸创新创业先行园区、海外离岸创新驿站、孵化器和服务中心。",
    },
    "events": {
        "slug": "events",
        "title_en": "Events & Competitions",
        "title_zh": "活动与大赛",
        "intro_en": (
            "Competitions, matchmaking days, training and webinars for founders, enterprises "
            "and investors, in Haikou and online."
        ),
        "intro_zh": "面向创业者、企业和投资机构的创业大赛、对接会、培训和线上讲座，线下在海口，线上全球可参与。",
    },
    "sectors": {
        "slug": "sectors",
        "title_en": "Key Sectors",
        "title_zh": "重点产业",
        "intro_en": (
            "Haikou's five key high-tech sectors: digital economy, modern biomedicine, energy "
            "saving and environmental protection, advanced manufacturing and modern industrial "
            "design."
        ),
        "intro_zh": "海口五大高新技术重点产业领域：数字经济、现代生物医药、节能环保、先进制造和现代工业设计。",
    },
}

STANDARD_PAGES = [
    {
        "slug": "about",
        "title_en": "About the Platform",
        "title_zh": "关于平台",
        "intro_en": (
            "A one-stop platform that helps global innovators work with Haikou and the Hainan Free Trade Port."
        ),
        "intro_zh": "帮助全球创新者对接海口和海南自由贸易港的一站式平台。",
        "body_en": [
            ("heading", "Why we exist"),
            (
                "paragraph",
                "<p>The Haikou International Offshore Innovation &amp; Entrepreneurship Platform "
                "is a key task in Haikou's 14th Five-Year Plan for high-tech industry "
                "(2021&ndash;2025). It supports Hainan's international offshore innovation "
                "pilot zone, set out in the Hainan Open Innovation Cooperation Mechanism "
                "issued by the Ministry of Science and Technology and the Hainan Provincial "
                "Government.</p>",
            ),
            ("heading", "What we do"),
            (
                "paragraph",
                "<p>We collect offshore news from around the world and publish updates. We "
                "connect offshore supply and demand and create opportunities for "
                "cooperation. We gather the wisdom of a global community to solve "
                "enterprises' innovation problems, and we track technology frontiers in "
                "Haikou's five key sectors.</p>",
            ),
            (
                "paragraph",
                "<p>Overseas teams can use the platform to find policies and parks, post "
                "technology and investment needs, respond to innovation challenges and "
                "request soft-landing services such as company registration, work permits, "
                "intellectual property and legal support.</p>",
            ),
            ("heading", "Our goal"),
            (
                "paragraph",
                "<p>By 2025, the construction and operation of Haikou's international "
                "offshore innovation centre aims to reach first-class international and "
                "domestic standards.</p>",
            ),
        ],
        "body_zh": [
            ("heading", "平台定位"),
            (
                "paragraph",
                "<p>海口国际离岸创新创业平台是《海口市“十四五”高新技术产业发展规划（2021—2025年）》"
                "确定的重点任务，服务于科技部、海南省人民政府《海南开放创新合作机制》提出的海南国际"
                "离岸创新创业示范区建设。</p>",
            ),
            ("heading", "平台职能"),
            (
                "paragraph",
                "<p>平台收集全球离岸资讯，整理发布离岸动态；沟通离岸供给需求，创造离岸合作机遇；"
                "汇集全球群体智慧，解决企业创新难题；跟踪五大重点产业的技术前沿。</p>",
            ),
            (
                "paragraph",
                "<p>海外团队可以通过平台查询政策和园区，发布技术和投资需求，参与创新难题征集，并在线"
                "申请公司注册、工作许可、知识产权和法律咨询等落地服务。</p>",
            ),
            ("heading", "发展目标"),
            (
                "paragraph",
                "<p>到2025年，海口国际离岸创新创业中心的建设和运营达到国际和国内一流水平。</p>",
            ),
        ],
    },
    {
        "slug": "faq",
        "title_en": "Frequently Asked Questions",
        "title_zh": "常见问题",
        "intro_en": "Answers to the questions overseas founders ask us most often.",
        "intro_zh": "海外创业者最常咨询的问题解答。",
        "body_en": [
            (
                "faq",
                {
                    "question": "Do I need a visa to visit Haikou?",
                    "answer": (
                        "<p>Nationals of 59 countries can enter Hainan without a visa and stay "
                        "for up to 30 days for business visits, exhibitions and tourism. To "
                        "work in Haikou you will need a work permit and a residence permit, "
                        "which the Foreigners' Work Service Zone can help you apply for.</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "How do I register a company in Haikou?",
                    "answer": (
                        "<p>Most sectors are open to wholly foreign-owned companies under the "
                        "Free Trade Port's negative list, and registration is by filing. "
                        "Request the company registration service in our service catalogue "
                        "and an adviser will help with the name check, documents, bank "
                        "account and tax registration. It usually takes one to two weeks.</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "What tax incentives are available?",
                    "answer": (
                        "<p>Enterprises in encouraged industries that operate substantively in "
                        "Hainan pay corporate income tax at 15%. For eligible high-end and "
                        "in-demand talent, individual income tax above an effective rate of "
                        "15% is waived. See the policy directory for conditions.</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "How do I post a collaboration need?",
                    "answer": (
                        "<p>Create a free account, choose &ldquo;Post a need&rdquo; and "
                        "describe what you offer or seek: technology, business partners, R&amp;D "
                        "partners or investment. Our team reviews each listing within two "
                        "working days, and can broker an introduction when there is a good "
                        "match.</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "Does the platform charge fees?",
                    "answer": (
                        "<p>Browsing, posting needs, responding to challenges and attending "
                        "most events are free. Some soft-landing services provided by partner "
                        "firms, such as legal, accounting or translation work, are charged. "
                        "The price is shown before you confirm, and you can pay online by "
                        "card.</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "Which languages does the platform support?",
                    "answer": (
                        "<p>The platform is available in English and Simplified Chinese. Our "
                        "advisers work in both languages, and the Overseas Enterprise Service "
                        "Centre can also arrange help in Russian and other languages on "
                        "request.</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "Do I have to move to Haikou to use the platform?",
                    "answer": (
                        "<p>No. The offshore model lets you keep your team abroad while you "
                        "find partners, test products and meet investors in Hainan. Our "
                        "offshore innovation stations in Singapore and Silicon Valley can "
                        "support you locally.</p>"
                    ),
                },
            ),
        ],
        "body_zh": [
            (
                "faq",
                {
                    "question": "来海口需要办理签证吗？",
                    "answer": (
                        "<p>59个国家的公民可免签入境海南，停留不超过30天，事由包括商务访问、会展和"
                        "旅游等。如需在海口工作，须办理工作许可和居留许可，外国人工作服务专区可协助"
                        "办理。</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "如何在海口注册公司？",
                    "answer": (
                        "<p>根据海南自由贸易港外商投资负面清单，大多数领域允许设立外商独资企业，"
                        "实行备案管理。您可在服务目录中申请公司注册服务，顾问将协助办理名称核准、"
                        "材料准备、银行开户和税务登记，一般需要一到两周。</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "可以享受哪些税收优惠？",
                    "answer": (
                        "<p>在海南实质性运营的鼓励类产业企业，减按15%征收企业所得税；符合条件的"
                        "高端紧缺人才，个人所得税实际税负超过15%的部分予以免征。具体条件请查阅"
                        "政策指导目录。</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "如何发布合作需求？",
                    "answer": (
                        "<p>免费注册账号后，点击“发布需求”，填写您可提供或正在寻找的技术、业务"
                        "伙伴、研发伙伴或投资。平台团队将在两个工作日内完成审核，匹配合适时可为"
                        "双方牵线对接。</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "平台收费吗？",
                    "answer": (
                        "<p>浏览信息、发布需求、参与难题征集和参加大部分活动均免费。由合作机构提供"
                        "的部分落地服务，如法律、财务或翻译服务，需要付费；确认前会显示价格，"
                        "并支持在线刷卡支付。</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "平台支持哪些语言？",
                    "answer": (
                        "<p>平台提供英文和简体中文两种语言，顾问可使用中英文服务。如有需要，海外"
                        "企业服务中心还可安排俄语等其他语种协助。</p>"
                    ),
                },
            ),
            (
                "faq",
                {
                    "question": "使用平台必须搬到海口吗？",
                    "answer": (
                        "<p>不需要。离岸模式下，您的团队可以留在海外，同时在海南寻找合作伙伴、"
                        "测试产品、对接投资。新加坡和硅谷的离岸创新驿站也可为您提供当地支持。</p>"
                    ),
                },
            ),
        ],
    },
]

SITE_SETTINGS = {
    "tagline_en": "Innovate from anywhere. Launch in Haikou.",
    "tagline_zh": "全球创新，落地海口",
    "contact_email": "hello@offshore-haikou.example.cn",
    "contact_phone": "+86 898 6868 0000",
    "address_en": (
        "3F, Innovation Building, Fuxing City Internet Industrial Park, No. 32 Binhai Avenue, "
        "Longhua District, Haikou, Hainan 570105, China"
    ),
    "address_zh": "海南省海口市龙华区滨海大道32号 复兴城互联网信息产业园创新大厦3楼",
    "wechat_account": "HaikouOffshoreInnovation",
    "linkedin_url": "https://www.linkedin.com/company/haikou-offshore-innovation",
    "weibo_url": "https://weibo.com/haikouoffshore",
    "x_url": "https://x.com/HaikouOffshore",
}
