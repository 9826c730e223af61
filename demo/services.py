"""Demo data: the soft-landing service catalogue and its provider directory, in English and Chinese.

Pure Python literals. Providers are fictitious (their domains use the reserved-style ``example.cn``);
the Haikou Overseas Enterprise Service Centre is the one the park directory also lists. Prices are
fixed fees in minor units (fen or cents): ``380000`` with ``"CNY"`` is CNY 3,800.00, and ``0`` is free.
Each service's ``form_fields`` are its extra request-form questions, as an editor would define them:
``choices_en`` and ``choices_zh`` are parallel lists for dropdowns.
"""

SERVICE_INDEX = {
    "slug": "services",
    "title_en": "Soft-landing Services",
    "title_zh": "落地服务",
    "intro_en": (
        "Company registration, work permits for foreign talent, IP filing, legal and tax advice, "
        "financing introductions and office space for teams coming to Haikou. Request a service "
        "online, pay fixed fees by card, and follow your request until the work is done."
    ),
    "intro_zh": (
        "为来海口发展的团队提供公司注册、外国人来琼工作许可、知识产权申请、法律与财税咨询、融资对接和"
        "办公空间等服务。在线提交申请，固定收费服务可刷卡支付，并可随时查看办理进度。"
    ),
}

PROVIDER_INDEX = {
    "slug": "providers",
    "title_en": "Service Providers",
    "title_zh": "服务机构",
    "intro_en": (
        "The law firms, agencies, service centres, accounting firms, investor networks and park "
        "operators that deliver the platform's soft-landing services."
    ),
    "intro_zh": "为平台提供落地服务的律师事务所、代理机构、服务中心、会计师事务所、投资人网络和园区运营机构。",
}

PROVIDERS = [
    {
        "key": "service-centre",
        "slug": "haikou-overseas-enterprise-service-centre",
        "provider_type": "service-centre",
        "title_en": "Haikou Overseas Enterprise Service Centre",
        "title_zh": "海口海外企业服务中心",
        "languages": "English, 中文, Русский",
        "intro_en": (
            "The platform's own one-stop centre for overseas enterprises and foreign professionals: "
            "company set-up guidance, work and residence permits through the foreigners' work "
            "service zone, banking and soft-landing packages."
        ),
        "intro_zh": (
            "平台自营的海外企业一站式服务中心，提供企业落户指导、外国人工作服务专区的工作许可和居留许可"
            "办理、银行开户协助及落地服务套餐。"
        ),
        "address_en": "1F, No. 55 Guomao Avenue, Longhua District, Haikou, Hainan",
        "address_zh": "海南省海口市龙华区国贸大道55号1楼",
        "email": "service@offshore-haikou.example.cn",
        "phone": "+86 898 6868 0100",
        "website": "https://service.offshore-haikou.example.cn",
        "body_en": [
            "The centre was set up under Haikou's plan for an international offshore innovation "
            "and entrepreneurship system, which calls for overseas enterprise service centres to "
            "make starting a business in Haikou easy for teams from abroad.",
            "Advisers speak English, Chinese and Russian. Permit applications are handled in a "
            "single window, and the centre coordinates with the market regulation, tax, public "
            "security and human resources authorities on your behalf.",
        ],
        "body_zh": [
            "中心依据海口构建国际离岸双创体系的部署设立，旨在通过海外企业服务中心为海外团队来海口创业提供便利化服务。",
            "服务专员可使用英语、中文和俄语沟通。许可事项“一窗受理”，中心代为与市场监管、税务、公安出入境"
            "和人力资源社会保障等部门沟通协调。",
        ],
    },
    {
        "key": "law-firm",
        "slug": "qiongzhou-strait-international-law-firm",
        "provider_type": "law-firm",
        "title_en": "Qiongzhou Strait International Law Firm",
        "title_zh": "琼州海峡国际律师事务所",
        "languages": "English, 中文, Français",
        "intro_en": (
            "A Haikou law firm for cross-border business: foreign investment, company formation, "
            "employment of foreign staff, contracts, data compliance and dispute resolution in the "
            "Hainan Free Trade Port."
        ),
        "intro_zh": "专注跨境业务的海口律师事务所，业务涵盖外商投资、公司设立、外籍员工聘用、合同、数据合规及海南自由贸易港争议解决。",
        "address_en": "18F, Tower B, West Coast Headquarters Building, Binhai Avenue, Xiuying District, Haikou",
        "address_zh": "海南省海口市秀英区滨海大道西海岸总部大厦B座18楼",
        "email": "intake@qslaw.example.cn",
        "phone": "+86 898 6866 2020",
        "website": "https://www.qslaw.example.cn",
        "body_en": [
            "Our partners have advised overseas startups and multinationals on setting up in "
            "Hainan since the Free Trade Port's master plan was published in 2020.",
            "We work in English, Chinese and French, and draft bilingual documents so that you "
            "always know what you sign.",
        ],
        "body_zh": [
            "自2020年《海南自由贸易港建设总体方案》发布以来，我所合伙人已为众多海外初创企业和跨国公司提供"
            "落户海南的法律服务。",
            "我们可使用英语、中文和法语工作，并起草中英双语文件，确保客户清楚了解所签署的每一份文件。",
        ],
    },
    {
        "key": "ip-agency",
        "slug": "blue-ocean-ip-agency",
        "provider_type": "agency",
        "title_en": "Blue Ocean IP Agency (Hainan)",
        "title_zh": "海南蓝洋知识产权代理有限公司",
        "languages": "English, 中文, 日本語",
        "intro_en": (
            "Trademark, patent and software copyright filings in China for overseas applicants, "
            "with searches before filing and monitoring afterwards."
        ),
        "intro_zh": "为境外申请人办理中国商标、专利和软件著作权申请，提供申请前检索和申请后监测服务。",
        "address_en": "Room 1206, Innovation Building, Fuxing City Internet Industrial Park, Longhua District, Haikou",
        "address_zh": "海南省海口市龙华区复兴城互联网信息产业园创新大厦1206室",
        "email": "filings@blueocean-ip.example.cn",
        "phone": "+86 898 6855 7310",
        "website": "https://www.blueocean-ip.example.cn",
        "body_en": [
            "Our patent attorneys cover digital technology, medical devices, biomedicine and new "
            "materials, the fields in which most offshore innovation teams file.",
            "China uses a first-to-file system, so we advise overseas teams to file their Chinese "
            "trademarks before they start talking to partners here.",
        ],
        "body_zh": [
            "我们的专利代理师覆盖数字技术、医疗器械、生物医药和新材料等领域，这也是离岸创新团队最常申请的领域。",
            "中国商标实行申请在先原则，因此我们建议海外团队在与国内合作方接洽之前先提交中国商标申请。",
        ],
    },
    {
        "key": "accounting-firm",
        "slug": "nanhai-bridge-accounting-and-tax",
        "provider_type": "accounting-firm",
        "title_en": "Nanhai Bridge Accounting & Tax Advisers",
        "title_zh": "海南南海桥财税咨询有限公司",
        "languages": "English, 中文",
        "intro_en": (
            "Bookkeeping, tax registration and filings, payroll and Free Trade Port tax-incentive "
            "applications for foreign-invested companies in Haikou."
        ),
        "intro_zh": "为海口外商投资企业提供记账、税务登记与申报、薪酬核算以及自由贸易港税收优惠申请服务。",
        "address_en": "9F, No. 8 Guoxing Avenue, Meilan District, Haikou, Hainan",
        "address_zh": "海南省海口市美兰区国兴大道8号9楼",
        "email": "hello@nanhaibridge.example.cn",
        "phone": "+86 898 6533 4180",
        "website": "https://www.nanhaibridge.example.cn",
        "body_en": [
            "We keep your books in Chinese and report to you in English every month, so head "
            "office sees the same numbers as the tax bureau.",
            "We also check whether your company qualifies for the Free Trade Port's 15% corporate "
            "income tax rate for encouraged industries and prepare the supporting documents.",
        ],
        "body_zh": [
            "我们按中国会计准则记账，每月向您提供英文报告，让境外总部与税务机关看到的是同一套数据。",
            "我们还会评估贵公司能否享受自由贸易港鼓励类产业企业15%企业所得税优惠，并准备相关证明材料。",
        ],
    },
    {
        "key": "investor-network",
        "slug": "haikou-offshore-angel-network",
        "provider_type": "investor-network",
        "title_en": "Haikou Offshore Angel Network",
        "title_zh": "海口离岸天使投资人联盟",
        "languages": "English, 中文",
        "intro_en": (
            "A network of angel investors, venture funds and bank technology-lending desks that "
            "meets overseas founders at monthly pitch sessions in Haikou and online."
        ),
        "intro_zh": "由天使投资人、创业投资基金和银行科技金融部门组成的投资网络，每月在海口及线上举办路演，对接海外创业者。",
        "address_en": "5F, Jiangdong Innovation Space, Jiangdong New Area, Haikou, Hainan",
        "address_zh": "海南省海口市江东新区江东创新空间5楼",
        "email": "pitch@offshore-angels.example.cn",
        "phone": "+86 898 6599 2606",
        "website": "https://www.offshore-angels.example.cn",
        "body_en": [
            "Members invest in the five key sectors of Haikou's high-tech plan: digital economy, "
            "modern biomedicine, energy saving and environmental protection, advanced "
            "manufacturing and modern industrial design.",
            "Introductions are free for founders. Investors decide independently, and the network "
            "takes no fee from the money raised.",
        ],
        "body_zh": [
            "成员重点投资海口高新技术产业规划确定的五大领域：数字经济、现代生物医药、节能环保、先进制造和现代工业设计。",
            "对接服务对创业者免费。投资决策由投资方独立作出，联盟不从融资额中收取任何费用。",
        ],
    },
    {
        "key": "park-operator",
        "slug": "jiangdong-innovation-space-operations",
        "provider_type": "park-operator",
        "title_en": "Jiangdong Innovation Space Operations Co.",
        "title_zh": "海口江东创新空间运营有限公司",
        "languages": "English, 中文",
        "intro_en": (
            "Operates co-working floors, furnished offices and shared labs for offshore innovation "
            "teams in Jiangdong New Area and the Fuxing City Internet Industrial Park."
        ),
        "intro_zh": "在江东新区和复兴城互联网信息产业园运营联合办公空间、拎包入住办公室和共享实验室，服务离岸创新团队。",
        "address_en": "1F, Jiangdong Innovation Space, Jiangdong New Area, Haikou, Hainan",
        "address_zh": "海南省海口市江东新区江东创新空间1楼",
        "email": "spaces@jd-innovation.example.cn",
        "phone": "+86 898 6599 1001",
        "website": "https://www.jd-innovation.example.cn",
        "body_en": [
            "Desks and offices can be used as a registered business address, which a new company "
            "needs before it applies for its business licence.",
            "Viewings are available in person or by video call for teams that have not yet arrived.",
        ],
        "body_zh": [
            "办公工位和办公室可用作企业注册地址，这是新公司申领营业执照前的必要条件。",
            "尚未抵达海口的团队可通过视频看房，也可预约现场参观。",
        ],
    },
]

SERVICES = [
    {
        "slug": "company-registration",
        "category": "company-registration",
        "provider": "law-firm",
        "price_amount": 380000,  # CNY 3,800.00
        "price_currency": "CNY",
        "turnaround_days": 15,
        "title_en": "Company registration",
        "title_zh": "公司注册",
        "summary_en": (
            "We set up your wholly foreign-owned enterprise in Haikou: name check, business licence, "
            "company seals, foreign-investment report, tax registration and bank account."
        ),
        "summary_zh": "为您在海口设立外商独资企业：名称核准、营业执照、公司印章、外商投资信息报告、税务登记及银行开户。",
        "included_en": [
            "Company name check and business scope drafting",
            "Bilingual articles of association",
            "Business licence from the Haikou market regulation administration",
            "Company seals and foreign-investment information report",
            "Tax registration and help opening the company bank account",
        ],
        "included_zh": [
            "企业名称核准及经营范围拟定",
            "中英双语公司章程",
            "海口市市场监督管理局核发的营业执照",
            "公司印章刻制及外商投资信息报告",
            "税务登记及协助开立公司银行账户",
        ],
        "documents_en": [
            "Passport of the legal representative and of each individual investor",
            "Certificate of incorporation of the parent company, with apostille",
            "Lease agreement for the registered address in Haikou",
            "Three proposed company names in Chinese",
        ],
        "documents_zh": [
            "法定代表人及每位自然人投资者的护照",
            "母公司注册证书（经海牙认证）",
            "海口注册地址租赁合同",
            "三个备选中文企业名称",
        ],
        "body_en": [
            "Hainan Free Trade Port applies a short negative list to foreign investment: outside it, "
            "foreign investors register on the same terms as Chinese ones, and most companies get "
            "their business licence within a week of a complete application.",
            "The fee covers our work and the filing itself. Bank charges and the cost of notarising "
            "documents abroad are not included.",
        ],
        "body_zh": [
            "海南自由贸易港实行外商投资准入负面清单管理，清单之外的领域按照内外资一致原则办理登记，"
            "材料齐全后多数企业可在一周内领取营业执照。",
            "本服务费用涵盖我们的服务及登记办理本身，不含银行费用和境外文件公证认证费用。",
        ],
        "form_intro_en": (
            "Tell us about the company you want to set up. A lawyer reviews your request within two "
            "working days and tells you which documents to prepare."
        ),
        "form_intro_zh": "请介绍您拟设立的公司。律师将在两个工作日内审阅您的申请，并告知需要准备的材料。",
        "form_fields": [
            {
                "label_en": "Proposed company name",
                "label_zh": "拟用公司名称",
                "field_type": "singleline",
                "required": True,
                "help_en": "In English, and in Chinese if you have one.",
                "help_zh": "请填写英文名称，如已有中文名称也请一并填写。",
            },
            {
                "label_en": "Company type",
                "label_zh": "企业类型",
                "field_type": "dropdown",
                "required": False,
                "help_en": "Not sure? Choose the first; the lawyer will advise.",
                "help_zh": "如不确定，请选择第一项，律师将提供建议。",
                "choices_en": [
                    "Wholly foreign-owned enterprise",
                    "Sino-foreign joint venture",
                    "Representative office",
                ],
                "choices_zh": ["外商独资企业", "中外合资企业", "外国企业常驻代表机构"],
            },
            {
                "label_en": "Planned business activities",
                "label_zh": "拟经营业务",
                "field_type": "multiline",
                "required": False,
                "help_en": "What the company will sell or do in China.",
                "help_zh": "公司在中国将销售的产品或开展的业务。",
            },
            {
                "label_en": "Passport scan",
                "label_zh": "护照扫描件",
                "field_type": "file",
                "required": False,
                "help_en": "The legal representative's passport photo page (PDF, PNG or JPEG).",
                "help_zh": "法定代表人护照照片页（PDF、PNG 或 JPEG 格式）。",
            },
        ],
    },
    {
        "slug": "work-permit-and-visa",
        "category": "work-permit",
        "provider": "service-centre",
        "price_amount": 0,
        "price_currency": "CNY",
        "turnaround_days": 20,
        "title_en": "Work permit & visa for foreign talent",
        "title_zh": "外国人来琼工作许可及签证办理",
        "summary_en": (
            "Guidance and a single-window application for the Foreigner's Work Permit, the Z visa "
            "or residence permit, for you and your family."
        ),
        "summary_zh": "为您及家属提供外国人来华工作许可、Z字签证及居留许可的办理指导和“一窗受理”服务。",
        "included_en": [
            "Eligibility check against the Free Trade Port's rules for foreign talent",
            "Online work permit application prepared with your employer",
            "Residence permit appointment at the Haikou exit-entry administration",
            "Family members' residence permits",
        ],
        "included_zh": [
            "对照自由贸易港外籍人才政策进行资格评估",
            "会同用人单位在线提交工作许可申请",
            "预约海口市出入境管理部门办理居留许可",
            "随行家属居留许可办理",
        ],
        "documents_en": [
            "Passport valid for at least six months",
            "Highest degree certificate, with apostille",
            "Certificate of no criminal record, with apostille",
            "Employment contract or letter of appointment from a Hainan employer",
            "Medical examination report",
        ],
        "documents_zh": [
            "有效期六个月以上的护照",
            "最高学历证书（经海牙认证）",
            "无犯罪记录证明（经海牙认证）",
            "海南用人单位的劳动合同或聘用函",
            "体检报告",
        ],
        "body_en": [
            "Hainan is building a pilot zone for managing and serving foreigners who work here, "
            "with a negative list for work permits in the Free Trade Port: outside the list, "
            "employers hire foreign professionals with fewer conditions.",
            "The centre's help is free. Government fees, translation and the medical examination "
            "are paid directly to the offices concerned.",
        ],
        "body_zh": [
            "海南正在建设外国人来琼工作管理服务引领区，自由贸易港实行外国人工作许可负面清单管理，"
            "清单之外的岗位聘用外籍专业人才条件更为宽松。",
            "中心提供的服务免费。政府规费、翻译和体检费用由申请人直接向有关机构缴纳。",
        ],
        "form_intro_en": "Tell us who needs a permit. An adviser replies within three working days.",
        "form_intro_zh": "请告诉我们需要办理许可的人员情况，服务专员将在三个工作日内回复。",
        "form_fields": [
            {
                "label_en": "Nationality",
                "label_zh": "国籍",
                "field_type": "singleline",
                "required": True,
                "help_en": "",
                "help_zh": "",
            },
            {
                "label_en": "Highest degree",
                "label_zh": "最高学历",
                "field_type": "dropdown",
                "required": True,
                "help_en": "",
                "help_zh": "",
                "choices_en": ["Doctorate", "Master's degree", "Bachelor's degree", "Other"],
                "choices_zh": ["博士", "硕士", "学士", "其他"],
            },
            {
                "label_en": "Planned start date",
                "label_zh": "计划入职日期",
                "field_type": "date",
                "required": False,
                "help_en": "When you expect to start work in Hainan.",
                "help_zh": "预计在海南开始工作的日期。",
            },
            {
                "label_en": "Passport scan",
                "label_zh": "护照扫描件",
                "field_type": "file",
                "required": False,
                "help_en": "Passport photo page (PDF, PNG or JPEG).",
                "help_zh": "护照照片页（PDF、PNG 或 JPEG 格式）。",
            },
        ],
    },
    {
        "slug": "ip-filing",
        "category": "ip-filing",
        "provider": "ip-agency",
        "price_amount": 68000,  # USD 680.00
        "price_currency": "USD",
        "turnaround_days": 30,
        "title_en": "Trademark and patent filing in China",
        "title_zh": "中国商标与专利申请",
        "summary_en": (
            "One Chinese trademark application in one class, or the preparation and filing of one "
            "patent or software copyright application, by a licensed agent."
        ),
        "summary_zh": "由持证代理机构办理一件单一类别的中国商标申请，或一件专利、软件著作权申请的撰写与提交。",
        "included_en": [
            "Availability search before filing",
            "Chinese translation of the specification or goods list",
            "Filing with the China National Intellectual Property Administration",
            "Official trademark fee for one class",
            "Status reports until the first official decision",
        ],
        "included_zh": [
            "申请前检索",
            "说明书或商品清单的中文翻译",
            "向国家知识产权局提交申请",
            "单一类别商标官费",
            "首次官方决定前的进度报告",
        ],
        "documents_en": [
            "Applicant's certificate of incorporation or passport",
            "Power of attorney (we send you the form)",
            "The mark as an image, or the patent specification and drawings",
            "Priority documents, if you claim priority from a filing abroad",
        ],
        "documents_zh": [
            "申请人营业执照或护照",
            "代理委托书（我们将提供模板）",
            "商标图样，或专利说明书及附图",
            "如要求优先权，需提供境外在先申请文件",
        ],
        "body_en": [
            "China protects trademarks and patents from the filing date, not from first use. File "
            "before you show your product to partners or investors here.",
            "Patent official fees depend on the type of patent and the number of claims, and are "
            "quoted separately before filing.",
        ],
        "body_zh": [
            "中国商标和专利以申请日为准获得保护，而非首次使用日。请在向国内合作方或投资人展示产品之前提交申请。",
            "专利官费因专利类型和权利要求数量而异，将在提交前单独报价。",
        ],
        "form_intro_en": "Describe what you want to protect. An agent replies within two working days.",
        "form_intro_zh": "请描述需要保护的对象，代理人将在两个工作日内回复。",
        "form_fields": [
            {
                "label_en": "Type of right",
                "label_zh": "权利类型",
                "field_type": "dropdown",
                "required": True,
                "help_en": "",
                "help_zh": "",
                "choices_en": ["Trademark", "Invention patent", "Utility model", "Design patent", "Software copyright"],
                "choices_zh": ["商标", "发明专利", "实用新型", "外观设计", "软件著作权"],
            },
            {
                "label_en": "Mark or invention title",
                "label_zh": "商标名称或发明名称",
                "field_type": "singleline",
                "required": True,
                "help_en": "",
                "help_zh": "",
            },
            {
                "label_en": "Existing filings abroad",
                "label_zh": "境外已有申请",
                "field_type": "multiline",
                "required": False,
                "help_en": "Country, application number and filing date of earlier applications.",
                "help_zh": "在先申请的国家、申请号和申请日。",
            },
        ],
    },
    {
        "slug": "legal-consultation",
        "category": "legal",
        "provider": "law-firm",
        "price_amount": 30000,  # USD 300.00
        "price_currency": "USD",
        "turnaround_days": 7,
        "title_en": "Legal consultation",
        "title_zh": "法律咨询",
        "summary_en": (
            "A one-hour video consultation with a Chinese lawyer on company, employment, contract "
            "or data questions, with a written summary afterwards."
        ),
        "summary_zh": "与中国律师进行一小时视频咨询，涵盖公司、劳动、合同或数据合规问题，会后提供书面意见摘要。",
        "included_en": [
            "One hour with a lawyer by video call, in English or Chinese",
            "Review of up to 20 pages of documents beforehand",
            "Written summary of the advice",
        ],
        "included_zh": ["一小时视频咨询（英语或中文）", "咨询前审阅不超过20页的文件", "书面意见摘要"],
        "documents_en": ["Any contract or letter you want the lawyer to read"],
        "documents_zh": ["希望律师审阅的合同或函件"],
        "body_en": [
            "Common questions include hiring in China, cross-border data transfers, distribution "
            "agreements and what the Free Trade Port's rules change for your business.",
        ],
        "body_zh": ["常见咨询包括在华招聘、数据跨境传输、经销协议，以及自由贸易港政策对企业经营的影响等。"],
        "form_intro_en": "Tell us your question and when you are available.",
        "form_intro_zh": "请说明您的问题以及方便咨询的时间。",
        "form_fields": [
            {
                "label_en": "Topic",
                "label_zh": "咨询领域",
                "field_type": "dropdown",
                "required": True,
                "help_en": "",
                "help_zh": "",
                "choices_en": ["Company law", "Employment", "Contracts", "Data and cross-border transfers", "Other"],
                "choices_zh": ["公司法", "劳动用工", "合同", "数据及跨境传输", "其他"],
            },
            {
                "label_en": "Your questions",
                "label_zh": "您的问题",
                "field_type": "multiline",
                "required": True,
                "help_en": "",
                "help_zh": "",
            },
            {
                "label_en": "Preferred date",
                "label_zh": "希望咨询日期",
                "field_type": "date",
                "required": False,
                "help_en": "Consultations take place 9:00 to 18:00 Beijing time.",
                "help_zh": "咨询时间为北京时间9:00至18:00。",
            },
        ],
    },
    {
        "slug": "accounting-and-tax",
        "category": "accounting",
        "provider": "accounting-firm",
        "price_amount": 540000,  # CNY 5,400.00
        "price_currency": "CNY",
        "turnaround_days": 90,
        "title_en": "Accounting & tax: first three months",
        "title_zh": "财税服务：首三个月",
        "summary_en": (
            "Tax set-up and three months of bookkeeping, VAT and income tax filings and payroll for "
            "a newly registered foreign-invested company."
        ),
        "summary_zh": "为新设立的外商投资企业提供税务初始设置，以及三个月的记账、增值税和所得税申报及薪酬核算服务。",
        "included_en": [
            "Tax bureau set-up and electronic invoicing",
            "Monthly bookkeeping under Chinese accounting standards",
            "Monthly VAT and quarterly corporate income tax filings",
            "Payroll and individual income tax for up to five employees",
            "Check of eligibility for the 15% corporate income tax rate",
        ],
        "included_zh": [
            "税务机关初始登记及电子发票开通",
            "按中国会计准则按月记账",
            "按月申报增值税、按季申报企业所得税",
            "五名以内员工的薪酬核算及个人所得税申报",
            "评估是否符合15%企业所得税优惠条件",
        ],
        "documents_en": ["Business licence", "Company bank account details", "Employment contracts"],
        "documents_zh": ["营业执照", "公司银行账户信息", "劳动合同"],
        "body_en": [
            "Encouraged-industry companies that operate substantively in the Hainan Free Trade "
            "Port pay corporate income tax at 15%. Qualified high-end and urgently needed talent "
            "working here pay no individual income tax above an effective 15%.",
        ],
        "body_zh": [
            "在海南自由贸易港设立并实质性运营的鼓励类产业企业，减按15%征收企业所得税；在海南工作的高端人才"
            "和紧缺人才，其个人所得税实际税负超过15%的部分予以免征。",
        ],
        "form_intro_en": "Tell us about your company so we can plan the first filings.",
        "form_intro_zh": "请介绍贵公司情况，以便我们安排首期申报工作。",
        "form_fields": [
            {
                "label_en": "Company status",
                "label_zh": "公司状态",
                "field_type": "dropdown",
                "required": True,
                "help_en": "",
                "help_zh": "",
                "choices_en": ["Registered in Hainan", "Registration in progress", "Not yet started"],
                "choices_zh": ["已在海南注册", "正在注册", "尚未开始"],
            },
            {
                "label_en": "Number of employees in China",
                "label_zh": "在华员工人数",
                "field_type": "dropdown",
                "required": False,
                "help_en": "",
                "help_zh": "",
                "choices_en": ["None yet", "1 to 5", "More than 5"],
                "choices_zh": ["暂无", "1至5人", "5人以上"],
            },
        ],
    },
    {
        "slug": "financing-introductions",
        "category": "financing",
        "provider": "investor-network",
        "price_amount": 0,
        "price_currency": "CNY",
        "turnaround_days": 30,
        "title_en": "Financing introductions",
        "title_zh": "融资对接",
        "summary_en": (
            "Introductions to angel investors, venture funds and bank technology-lending desks, and "
            "a place at the monthly offshore pitch session."
        ),
        "summary_zh": "对接天使投资人、创业投资基金和银行科技金融部门，并可参加每月举办的离岸项目路演。",
        "included_en": [
            "Review of your pitch deck by the network's team",
            "Introductions to up to five matching investors",
            "A slot at the monthly offshore pitch session, in Haikou or online",
        ],
        "included_zh": [
            "联盟团队审阅商业计划书",
            "对接不超过五家匹配的投资机构",
            "参加每月离岸项目路演（海口现场或线上）",
        ],
        "documents_en": ["Pitch deck", "Summary of the financing round you are raising"],
        "documents_zh": ["商业计划书", "本轮融资概要"],
        "body_en": [
            "The plan for Haikou's offshore innovation system calls for an international offshore "
            "technology-finance cluster. The network brings its investors to overseas founders "
            "before they arrive.",
        ],
        "body_zh": [
            "海口国际离岸双创体系建设提出打造国际离岸科技金融聚集区。联盟让投资人在海外创业者抵达之前就与其对接。"
        ],
        "form_intro_en": "Tell us what you are raising. Introductions are free.",
        "form_intro_zh": "请介绍您的融资需求，对接服务免费。",
        "form_fields": [
            {
                "label_en": "Funding stage",
                "label_zh": "融资阶段",
                "field_type": "dropdown",
                "required": True,
                "help_en": "",
                "help_zh": "",
                "choices_en": ["Pre-seed or seed", "Series A", "Series B or later", "Debt or bank loan"],
                "choices_zh": ["种子轮或天使轮", "A轮", "B轮及以后", "债权融资或银行贷款"],
            },
            {
                "label_en": "Amount sought",
                "label_zh": "拟融资金额",
                "field_type": "singleline",
                "required": False,
                "help_en": "With currency, e.g. USD 2 million.",
                "help_zh": "请注明币种，例如：人民币1000万元。",
            },
            {
                "label_en": "Pitch deck",
                "label_zh": "商业计划书",
                "field_type": "file",
                "required": False,
                "help_en": "PDF preferred.",
                "help_zh": "建议使用 PDF 格式。",
            },
        ],
    },
    {
        "slug": "office-space",
        "category": "office",
        "provider": "park-operator",
        "price_amount": 0,
        "price_currency": "CNY",
        "turnaround_days": 10,
        "title_en": "Office space and registered address",
        "title_zh": "办公空间与注册地址",
        "summary_en": (
            "Help finding a co-working desk, furnished office or shared lab in Jiangdong New Area or "
            "Fuxing City, usable as your company's registered address."
        ),
        "summary_zh": "协助在江东新区或复兴城寻找联合办公工位、拎包入住办公室或共享实验室，可用作公司注册地址。",
        "included_en": [
            "A shortlist of spaces that match your team size and budget",
            "Video or in-person viewings",
            "Lease that meets the registration authority's requirements",
        ],
        "included_zh": ["根据团队规模和预算推荐备选空间", "视频看房或现场参观", "符合登记机关要求的租赁合同"],
        "documents_en": ["Passport of the person signing the lease"],
        "documents_zh": ["租赁合同签署人的护照"],
        "body_en": [
            "Finding the space is free. Rent is agreed with the operator, and many parks offer "
            "reduced rent to offshore innovation teams in their first year.",
        ],
        "body_zh": ["寻找空间的服务免费。租金与运营方另行商定，许多园区对离岸创新团队首年给予租金优惠。"],
        "form_intro_en": "Tell us what kind of space you need.",
        "form_intro_zh": "请告诉我们您需要的空间类型。",
        "form_fields": [
            {
                "label_en": "Desks needed",
                "label_zh": "所需工位数",
                "field_type": "dropdown",
                "required": True,
                "help_en": "",
                "help_zh": "",
                "choices_en": ["1 to 5", "6 to 20", "More than 20"],
                "choices_zh": ["1至5个", "6至20个", "20个以上"],
            },
            {
                "label_en": "Move-in date",
                "label_zh": "计划入驻日期",
                "field_type": "date",
                "required": False,
                "help_en": "",
                "help_zh": "",
            },
            {
                "label_en": "Lab or special needs",
                "label_zh": "实验室或其他特殊需求",
                "field_type": "multiline",
                "required": False,
                "help_en": "For example a wet lab, clean room or electronics bench.",
                "help_zh": "例如湿实验室、洁净室或电子实验台。",
            },
        ],
    },
    {
        "slug": "soft-landing-package",
        "category": "soft-landing",
        "provider": "service-centre",
        "price_amount": 290000,  # USD 2,900.00
        "price_currency": "USD",
        "turnaround_days": 90,
        "title_en": "Soft-landing package: your first 90 days in Haikou",
        "title_zh": "落地服务套餐：来海口的前90天",
        "summary_en": (
            "Everything a small overseas team needs to start in Haikou: company registration support, "
            "work permits, a furnished desk for three months, banking and introductions."
        ),
        "summary_zh": "海外小团队落地海口所需的一揽子服务：公司注册协助、工作许可、三个月拎包办公工位、银行开户和资源对接。",
        "included_en": [
            "A named adviser for 90 days",
            "Company registration support and work permits for up to two people",
            "Three months of co-working desks for up to four people",
            "Bank account opening and a mobile phone number for each person",
            "Two hours of legal consultation",
            "Introductions to parks, partners and investors in your sector",
        ],
        "included_zh": [
            "90天专属服务顾问",
            "公司注册协助及两人以内的工作许可办理",
            "四人以内联合办公工位三个月",
            "协助开立银行账户并为每人办理手机号码",
            "两小时法律咨询",
            "对接本领域的园区、合作伙伴和投资机构",
        ],
        "documents_en": [
            "Passports of the team members",
            "Certificate of incorporation of the parent company, if any",
            "A short description of your business",
        ],
        "documents_zh": ["团队成员护照", "母公司注册证书（如有）", "业务简介"],
        "body_en": [
            "The package bundles the centre's services with its partner firms', at a fixed price. "
            "It is designed for teams of two to four people who want to test the Chinese market from "
            "the Hainan Free Trade Port.",
            "Government fees, rent after the first three months and accommodation are not included.",
        ],
        "body_zh": [
            "套餐将中心与合作机构的服务整合，统一固定价格，适合希望依托海南自由贸易港试水中国市场的两至四人团队。",
            "不含政府规费、三个月后的租金及住宿费用。",
        ],
        "form_intro_en": "Tell us about your team and when you plan to arrive.",
        "form_intro_zh": "请介绍您的团队及计划抵达时间。",
        "form_fields": [
            {
                "label_en": "Team size",
                "label_zh": "团队人数",
                "field_type": "dropdown",
                "required": True,
                "help_en": "",
                "help_zh": "",
                "choices_en": ["1", "2", "3", "4"],
                "choices_zh": ["1人", "2人", "3人", "4人"],
            },
            {
                "label_en": "Planned arrival date",
                "label_zh": "计划抵达日期",
                "field_type": "date",
                "required": True,
                "help_en": "",
                "help_zh": "",
            },
            {
                "label_en": "What you want to achieve in 90 days",
                "label_zh": "90天内希望达成的目标",
                "field_type": "multiline",
                "required": False,
                "help_en": "",
                "help_zh": "",
            },
        ],
    },
]
