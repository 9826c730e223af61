"""Demo data: entries for the offshore innovation policy guidance directory.

Pure Python literals. Summaries are simplified for demo purposes; the official text
always prevails. Exactly one entry has already expired (expires 2024-12-31).
"""

# Each policy names the one or two sectors it matters most to, and the services (by slug) that act on it.
POLICIES = [
    {
        "slug": "ftp-corporate-income-tax-15",
        "title_en": "15% Corporate Income Tax for Encouraged-industry Enterprises",
        "title_zh": "海南自由贸易港鼓励类产业企业减按15%征收企业所得税",
        "authority_en": "Ministry of Finance; State Taxation Administration",
        "authority_zh": "财政部、国家税务总局",
        "policy_type": "tax",
        "applies_to_en": (
            "Enterprises registered in the Hainan Free Trade Port that operate substantively "
            "in Hainan and whose main business is in the catalogue of encouraged industries"
        ),
        "applies_to_zh": "注册在海南自由贸易港并实质性运营、主营业务属于鼓励类产业目录的企业",
        "effective": "2020-01-01",
        "expires": "2027-12-31",
        "sectors": ["digital-economy", "advanced-manufacturing"],
        "services": ["accounting-and-tax"],
        "official_url": "https://www.hainan.gov.cn/hainan/zmgzc/202006/ftp-cit-15.html",
        "summary_en": (
            "Qualifying enterprises pay corporate income tax at 15% instead of the standard "
            "25%. Income from new overseas direct investment by tourism, modern services and "
            "high-tech enterprises is also exempt from corporate income tax."
        ),
        "summary_zh": (
            "符合条件的企业减按15%的税率征收企业所得税，低于25%的标准税率。旅游业、现代服务业、"
            "高新技术产业企业新增境外直接投资取得的所得，免征企业所得税。"
        ),
        "body_en": [
            "An enterprise qualifies if its main business falls within the Hainan Free Trade "
            "Port catalogue of encouraged industries and that income makes up at least 60% of "
            "its total revenue. It must also operate substantively in Hainan, which means "
            "that production, staff, accounts and assets are actually managed there.",
            "Enterprises may also deduct in one go capital expenditure on new fixed assets or "
            "intangible assets of up to RMB 5 million each in the year of purchase, or "
            "accelerate depreciation and amortisation.",
            "Overseas founders should plan their Hainan entity with substantive operation in "
            "mind from the start. The platform's tax advisers can review a proposed structure "
            "before registration.",
        ],
        "body_zh": [
            "企业主营业务须属于《海南自由贸易港鼓励类产业目录》，且该业务收入占企业收入总额60%"
            "以上；同时须在海南实质性运营，即生产经营、人员、账务、财产等在海南实施实质性全面"
            "管理和控制。",
            "企业新购置的固定资产或无形资产，单位价值不超过500万元的，允许一次性计入当期成本"
            "费用在税前扣除，也可选择加速折旧或摊销。",
            "海外创业者应在设立海南主体之初就按实质性运营要求进行规划。平台税务顾问可在注册前对拟定架构提供审核意见。",
        ],
    },
    {
        "slug": "ftp-individual-income-tax-cap",
        "title_en": "15% Cap on Individual Income Tax for High-end and In-demand Talent",
        "title_zh": "海南自由贸易港高端紧缺人才个人所得税实际税负超过15%部分免征",
        "authority_en": "Ministry of Finance; State Taxation Administration",
        "authority_zh": "财政部、国家税务总局",
        "policy_type": "tax",
        "applies_to_en": (
            "High-end and in-demand talent, Chinese or foreign, who work in the Hainan Free "
            "Trade Port and appear on the talent list maintained by the province"
        ),
        "applies_to_zh": "在海南自由贸易港工作、列入海南省人才清单的高端人才和紧缺人才（不分国籍）",
        "effective": "2020-01-01",
        "expires": "2027-12-31",
        "sectors": ["digital-economy", "biomedicine"],
        "services": ["accounting-and-tax"],
        "official_url": "https://hainan.chinatax.gov.cn/zcfg/ftp-talent-iit-15.html",
        "summary_en": (
            "For eligible talent, the portion of the effective individual income tax burden "
            "above 15% is waived. The relief covers comprehensive income and business income "
            "earned in Hainan."
        ),
        "summary_zh": (
            "对符合条件的人才，其个人所得税实际税负超过15%的部分予以免征。优惠范围为在海南取得的综合所得和经营所得。"
        ),
        "body_en": [
            "Comprehensive income includes wages and salaries, remuneration for personal "
            "services, author's remuneration and royalties. Business income includes income "
            "from sole proprietorships and partnerships operating in Hainan.",
            "The talent list is drawn up by the Hainan provincial government and takes "
            "account of income level, professional qualifications and the employer's "
            "industry. Applications are made during the annual tax reconciliation.",
            "The Haikou Overseas Enterprise Service Centre holds English-language sessions on "
            "the application process twice a week.",
        ],
        "body_zh": [
            "综合所得包括工资薪金、劳务报酬、稿酬和特许权使用费；经营所得包括在海南从事个体"
            "工商户、合伙企业等经营活动取得的所得。",
            "人才清单由海南省人民政府制定，综合考虑收入水平、专业资格和用人单位所属行业等因素。"
            "申报人在个人所得税年度汇算时提出享受优惠申请。",
            "海口海外企业服务中心每周举办两场英文申报辅导。",
        ],
    },
    {
        "slug": "foreigners-work-permit-service-zone",
        "title_en": "Foreigners' Work Permit Facilitation in the Hainan Free Trade Port",
        "title_zh": "外国人来琼工作许可便利化措施",
        "authority_en": "Hainan Provincial Department of Science and Technology (Foreign Experts Affairs)",
        "authority_zh": "海南省科学技术厅（外国专家局）",
        "policy_type": "talent-visa",
        "applies_to_en": (
            "Employers in Hainan hiring foreign professionals, and foreign founders starting "
            "businesses in Haikou's offshore innovation pilot parks"
        ),
        "applies_to_zh": "在海南聘用外籍专业人才的用人单位，以及在海口离岸创新创业先行园区创业的外籍创业者",
        "effective": "2021-06-01",
        "expires": None,
        "sectors": ["digital-economy", "biomedicine"],
        "services": ["work-permit-and-visa"],
        "official_url": "https://dost.hainan.gov.cn/wgzj/gzxk/ftp-work-permit.html",
        "summary_en": (
            "Hainan is building a leading zone for managing and serving foreigners who work "
            "in the province, with a single window for work and residence permits. Permits "
            "are managed through a negative list that is adjusted over time, so most "
            "positions can be filled with fewer conditions."
        ),
        "summary_zh": (
            "海南建设外国人来琼工作管理服务引领区，实行工作许可和居留许可“一窗受理”。工作许可"
            "实行负面清单管理并动态调整，多数岗位的申办条件进一步放宽。"
        ),
        "body_en": [
            "The Hainan Open Innovation Cooperation Mechanism issued by the Ministry of Science "
            "and Technology and the Hainan Provincial Government supports a work-permit negative "
            "list for foreigners in the Free Trade Port, with a mechanism for adjusting it over "
            "time. Positions not on the list are open to foreign professionals on simplified "
            "terms.",
            "Applicants can submit work permit and residence permit applications together. "
            "Foreign founders of startups in designated parks may apply with a business plan "
            "and proof of investment instead of a conventional employment contract.",
            "The Haikou foreigners' work service zone offers document checks, translation "
            "guidance and appointment booking. Requests can be made through the platform's "
            "soft-landing service catalogue.",
        ],
        "body_zh": [
            "科技部与海南省人民政府印发的《海南开放创新合作机制》提出，指导制定外国人来海南"
            "自由贸易港工作许可负面清单并建立动态调整机制。清单以外的岗位，外籍专业人才可按"
            "简化条件申办。",
            "申请人可同时提交工作许可和居留许可申请。在指定园区创业的外籍创业者，可凭商业计划书"
            "和投资证明代替常规劳动合同提出申请。",
            "海口外国人工作服务专区提供材料预审、翻译指引和预约服务，相关事项可通过平台落地服务目录在线申请。",
        ],
    },
    {
        "slug": "visa-free-entry-and-talent-residence",
        "title_en": "Visa-free Entry and Residence Facilitation for Foreign Talent",
        "title_zh": "入境免签及外籍人才停居留便利政策",
        "authority_en": "National Immigration Administration",
        "authority_zh": "国家移民管理局",
        "policy_type": "talent-visa",
        "applies_to_en": (
            "Nationals of the 59 eligible countries visiting Hainan, and foreign talent "
            "working or starting businesses in the Free Trade Port"
        ),
        "applies_to_zh": "来琼的59个免签国家人员，以及在自贸港工作或创业的外籍人才",
        "effective": "2018-05-01",
        "expires": None,
        "sectors": ["digital-economy"],
        "services": ["work-permit-and-visa"],
        "official_url": "https://www.nia.gov.cn/n741440/n741577/hainan-visa-free.html",
        "summary_en": (
            "Nationals of 59 countries can enter Hainan without a visa and stay for up to 30 "
            "days for tourism, business, visits and exhibitions. Foreign talent can also apply "
            "for talent visas and long-term residence permits of up to five years."
        ),
        "summary_zh": (
            "59个国家人员可免签入境海南，停留不超过30天，事由涵盖旅游、商贸、访问、会展等。"
            "外籍人才还可申办人才签证和最长5年的长期居留许可。"
        ),
        "body_en": [
            "Visa-free entry lets overseas founders visit parks, meet partners and attend "
            "competitions in Haikou at short notice. Visitors must enter through a port open "
            "to foreigners in Hainan.",
            "Foreign talent employed in Hainan can apply for talent (R) visas and work-type "
            "residence permits. Holders of high-level qualifications may be eligible for "
            "permanent residence through a recommendation by their employer.",
        ],
        "body_zh": [
            "免签入境便于海外创业者在较短时间内来海口考察园区、会见合作伙伴和参加创业大赛。"
            "入境人员须经海南对外国人开放的口岸入境。",
            "在海南就业的外籍人才可申办人才签证（R字签证）和工作类居留许可；符合条件的高层次人才"
            "可经用人单位推荐申请永久居留。",
        ],
    },
    {
        "slug": "offshore-innovation-soft-landing-grant",
        "title_en": "Haikou Offshore Innovation Soft-landing Grant",
        "title_zh": "海口国际离岸创新创业落地资助",
        "authority_en": "Haikou Municipal Bureau of Science, Technology, Industry and Information Technology",
        "authority_zh": "海口市科学技术工业信息化局",
        "policy_type": "funding",
        "applies_to_en": (
            "Overseas teams and returnee founders that register a company in Haikou within "
            "two years of winning a recognised competition or joining an offshore innovation "
            "station"
        ),
        "applies_to_zh": "在获得认可的创业大赛奖项或入驻离岸创新驿站后两年内在海口注册公司的海外团队和归国创业者",
        "effective": "2023-03-01",
        "expires": None,
        "sectors": ["digital-economy", "biomedicine"],
        "services": ["soft-landing-package", "office-space"],
        "official_url": "https://www.haikou.gov.cn/xxgk/szfbjxxgk/kgxj/offshore-grant.html",
        "summary_en": (
            "Eligible teams can receive a grant towards rent, equipment and professional "
            "services in their first year in Haikou. Competition prize-winners are given "
            "priority."
        ),
        "summary_zh": ("符合条件的团队可在落户海口第一年获得租金、设备和专业服务费用资助，创业大赛获奖团队优先支持。"),
        "body_en": [
            "The grant covers part of the cost of office rent, research equipment and "
            "professional services such as legal, accounting and intellectual property work. "
            "It is paid in instalments against agreed milestones.",
            "Applications are reviewed quarterly by a panel of investors and park managers. "
            "Teams should submit a business plan, evidence of the core team's qualifications "
            "and a letter of support from their park or incubator.",
        ],
        "body_zh": [
            "资助用于补贴办公租金、研发设备以及法律、财务、知识产权等专业服务费用，按约定的里程碑节点分期拨付。",
            "申请每季度由投资机构和园区负责人组成的评审组集中评审。团队须提交商业计划书、核心"
            "团队资质证明以及所在园区或孵化器出具的推荐函。",
        ],
    },
    {
        "slug": "high-tech-zone-rd-subsidy-2024",
        "title_en": "Haikou High-tech Zone R&D Investment Subsidy (2023-2024)",
        "title_zh": "海口国家高新区研发投入补贴（2023—2024年度）",
        "authority_en": "Haikou National High-tech Zone Administrative Committee",
        "authority_zh": "海口国家高新技术产业开发区管理委员会",
        "policy_type": "funding",
        "applies_to_en": (
            "High-tech enterprises and technology-based SMEs registered in Haikou National High-tech Zone"
        ),
        "applies_to_zh": "在海口国家高新区注册的高新技术企业和科技型中小企业",
        "effective": "2023-01-01",
        "expires": "2024-12-31",
        "sectors": ["digital-economy", "biomedicine"],
        "services": ["accounting-and-tax"],
        "official_url": "https://hntz.haikou.gov.cn/zcfg/2023/rd-subsidy.html",
        "summary_en": (
            "Enterprises received a subsidy based on the year-on-year increase in their R&D "
            "spending. This round has closed; a successor scheme will be listed here once it "
            "is published."
        ),
        "summary_zh": ("企业按研发投入的同比增量获得补贴。本轮政策已到期，后续政策发布后将在此收录。"),
        "body_en": [
            "The subsidy was calculated as a share of the increase in audited R&D expenditure "
            "compared with the previous year, up to a fixed cap per enterprise. Enterprises "
            "with a national high-tech enterprise certificate received a higher rate.",
            "Claims for spending in 2024 had to be submitted before the scheme expired. "
            "Enterprises with questions about pending payments should contact the zone's "
            "science and technology office.",
        ],
        "body_zh": [
            "补贴按经审计的研发费用较上一年度的增量的一定比例计算，每家企业设有上限；持有国家"
            "高新技术企业证书的企业可享受更高比例。",
            "2024年度研发费用补贴须在政策到期前提交申请。对尚未拨付款项有疑问的企业，请联系高新区科技部门。",
        ],
    },
    {
        "slug": "zero-tariff-production-equipment",
        "title_en": "Zero Tariffs on Self-use Production Equipment",
        "title_zh": "海南自由贸易港自用生产设备“零关税”政策",
        "authority_en": "Ministry of Finance; General Administration of Customs; State Taxation Administration",
        "authority_zh": "财政部、海关总署、国家税务总局",
        "policy_type": "customs-trade",
        "applies_to_en": (
            "Enterprises registered in Hainan with independent legal-person status that import "
            "production equipment for their own use"
        ),
        "applies_to_zh": "在海南注册登记、具有独立法人资格并进口自用生产设备的企业",
        "effective": "2021-03-04",
        "expires": None,
        "sectors": ["advanced-manufacturing", "green-tech"],
        "services": ["legal-consultation"],
        "official_url": "https://haikou.customs.gov.cn/haikou_customs/zmgzc/zero-tariff-equipment.html",
        "summary_en": (
            "Production equipment imported for an enterprise's own use is exempt from import "
            "duty, import VAT and consumption tax. A negative list sets out the equipment "
            "that is excluded."
        ),
        "summary_zh": (
            "企业进口自用的生产设备，免征进口关税、进口环节增值税和消费税。不予免税的设备以负面清单方式列明。"
        ),
        "body_en": [
            "The policy covers machinery, instruments and tools used in production and R&D, "
            "with exclusions set out in a negative list. Equipment imported duty-free is under "
            "customs supervision and may not be transferred outside the rules during the "
            "supervision period.",
            "Enterprises apply to customs before import. Haikou customs offers pre-declaration "
            "guidance so that companies can confirm whether a particular item is eligible.",
        ],
        "body_zh": [
            "政策覆盖用于生产和研发的机器、仪器和工具等设备，不予免税的范围以负面清单列明。"
            "免税进口的设备在监管期内接受海关监管，不得违规转让。",
            "企业应在进口前向海关提出申请。海口海关提供申报前指导，帮助企业确认具体设备是否符合条件。",
        ],
    },
    {
        "slug": "processing-value-added-duty-exemption",
        "title_en": "Duty Exemption for Goods with 30% Value Added in Hainan",
        "title_zh": "加工增值超过30%货物内销免征进口关税",
        "authority_en": "General Administration of Customs; Ministry of Finance; State Taxation Administration",
        "authority_zh": "海关总署、财政部、国家税务总局",
        "policy_type": "customs-trade",
        "applies_to_en": (
            "Encouraged-industry enterprises processing imported materials in designated "
            "Hainan zones, including the Haikou Comprehensive Bonded Zone and Yangpu Bonded "
            "Port Area"
        ),
        "applies_to_zh": "在海口综合保税区、洋浦保税港区等海南指定区域加工进口料件的鼓励类产业企业",
        "effective": "2021-07-01",
        "expires": None,
        "sectors": ["advanced-manufacturing", "biomedicine"],
        "services": ["legal-consultation"],
        "official_url": "https://www.hnftp.gov.cn/zcfg/zcwj/processing-value-added-30.html",
        "summary_en": (
            "Goods made from imported materials that gain 30% or more in value through "
            "processing in Hainan enter the mainland free of import duty. Import VAT and "
            "consumption tax are still levied as usual."
        ),
        "summary_zh": (
            "含进口料件在海南加工增值达到或超过30%的货物，进入内地免征进口关税，照章征收进口环节增值税和消费税。"
        ),
        "body_en": [
            "Value added is calculated as the selling price of the finished goods minus the "
            "value of imported materials and mainland-sourced imported content, divided by the "
            "value of imported materials. Enterprises keep records that customs can verify.",
            "The policy supports new-energy vehicle parts, medical devices, robotics and "
            "biodegradable materials, where high-quality imported components can be assembled "
            "or processed in Haikou for the mainland market.",
        ],
        "body_zh": [
            "增值部分按货物内销价格减去境外进口料件价格及境内区外采购的含进口料件价格计算，再除以"
            "境外进口料件价格。企业须做好相关记录，以备海关核查。",
            "该政策有利于新能源汽车零部件、医疗器械、机器人和生物降解材料等产业利用国外高质量"
            "零部件在海口组装加工，供应内地市场。",
        ],
    },
    {
        "slug": "patent-fast-track-pre-examination",
        "title_en": "Patent Fast-track Pre-examination at the China (Hainan) IP Protection Centre",
        "title_zh": "中国（海南）知识产权保护中心专利快速预审",
        "authority_en": "Hainan Provincial Intellectual Property Administration",
        "authority_zh": "海南省知识产权局",
        "policy_type": "ip",
        "applies_to_en": (
            "Enterprises and institutions registered in Hainan and filed with the protection "
            "centre, in the fields the centre covers"
        ),
        "applies_to_zh": "在海南注册并在保护中心备案、所属技术领域在保护中心服务范围内的企业和机构",
        "effective": "2022-01-01",
        "expires": None,
        "sectors": ["biomedicine", "industrial-design"],
        "services": ["ip-filing"],
        "official_url": "https://amr.hainan.gov.cn/zscq/bhzx/patent-fast-track.html",
        "summary_en": (
            "Patent applications that pass pre-examination at the centre enter a fast-track "
            "channel, shortening grant times substantially. The centre also offers rapid "
            "rights protection and dispute mediation."
        ),
        "summary_zh": (
            "经保护中心预审合格的专利申请进入快速审查通道，授权周期大幅缩短。保护中心同时提供快速维权和纠纷调解服务。"
        ),
        "body_en": [
            "Pre-examination is available for invention, utility model and design patents in "
            "the technology fields covered by the centre. Applicants must first register with "
            "the centre and file through it.",
            "Overseas teams that have set up a Hainan entity can use the service to secure "
            "their core technology quickly. The platform's IP partners can help prepare "
            "Chinese-language filings and Patent Cooperation Treaty entries into China.",
            "The Hainan Open Innovation Cooperation Mechanism also supports pilots that give "
            "researchers ownership or long-term use rights over their job-related inventions, "
            "making it easier to license and transfer technology.",
        ],
        "body_zh": [
            "保护中心服务领域内的发明、实用新型和外观设计专利均可申请预审。申请人须先在保护中心"
            "完成备案，并通过保护中心提交申请。",
            "已设立海南主体的海外团队可借助该服务尽快保护核心技术。平台知识产权合作机构可协助"
            "准备中文申请文件及PCT国际申请进入中国国家阶段。",
            "《海南开放创新合作机制》还支持开展赋予科研人员职务科技成果所有权或长期使用权试点，"
            "为技术许可和成果转化提供便利。",
        ],
    },
    {
        "slug": "cross-border-data-facilitation",
        "title_en": "Cross-border Data Flow Facilitation in the Hainan Free Trade Port",
        "title_zh": "海南自由贸易港数据跨境流动便利化措施",
        "authority_en": "Cyberspace Administration of Hainan Province",
        "authority_zh": "海南省互联网信息办公室",
        "policy_type": "data",
        "applies_to_en": (
            "Enterprises in Hainan that need to transfer personal information or important "
            "data outside China, especially in digital trade, clinical research and "
            "cross-border e-commerce"
        ),
        "applies_to_zh": "需要向境外提供个人信息或重要数据的在琼企业，特别是数字贸易、临床研究和跨境电商领域企业",
        "effective": "2024-06-01",
        "expires": None,
        "sectors": ["digital-economy"],
        "services": ["legal-consultation"],
        "official_url": "https://www.hainan.gov.cn/hainan/szfwj/202405/cross-border-data.html",
        "summary_en": (
            "Hainan provides guidance on data classification, security assessment and standard "
            "contracts for transferring data abroad. Low-risk scenarios in listed industries "
            "benefit from simplified procedures."
        ),
        "summary_zh": (
            "海南为数据出境提供数据分类分级、安全评估和标准合同等方面的指引，列入清单行业的低风险场景可适用简化程序。"
        ),
        "body_en": [
            "Enterprises should first identify whether they handle important data or personal "
            "information and how much. Depending on the result, a transfer may need a security "
            "assessment, a filed standard contract or a certification, or may be exempt.",
            "The Hainan Free Trade Port offshore data centre and the compliance service window "
            "at Fuxing City help enterprises prepare their filings and set up secure transfer "
            "channels.",
        ],
        "body_zh": [
            "企业首先应确认是否处理重要数据或个人信息及其规模，据此判断数据出境是否需要申报安全"
            "评估、订立并备案标准合同、通过个人信息保护认证，或可予以豁免。",
            "海南自贸港离岸数据中心和复兴城跨境数据合规服务窗口可协助企业准备申报材料，并建立安全的数据传输通道。",
        ],
    },
    {
        "slug": "free-trade-ft-accounts",
        "title_en": "Free Trade (FT) Accounts for Cross-border Finance",
        "title_zh": "自由贸易账户（FT账户）",
        "authority_en": "People's Bank of China Hainan Branch",
        "authority_zh": "中国人民银行海南省分行",
        "policy_type": "finance",
        "applies_to_en": ("Enterprises registered in the Hainan Free Trade Port and qualifying overseas institutions"),
        "applies_to_zh": "在海南自由贸易港注册的企业及符合条件的境外机构",
        "effective": "2019-01-01",
        "expires": None,
        "sectors": ["digital-economy"],
        "services": ["financing-introductions"],
        "official_url": "https://haikou.pbc.gov.cn/haikou/ftzh/ft-account.html",
        "summary_en": (
            "FT accounts let enterprises receive and make cross-border payments, invest "
            "and raise finance more easily. Funds can move between FT accounts and overseas "
            "accounts with relatively few restrictions."
        ),
        "summary_zh": ("FT账户便利企业开展跨境收付、投资和融资。FT账户与境外账户之间的资金可相对自由地划转。"),
        "body_en": [
            "Banks in Hainan that have joined the FT account system can open accounts for "
            "eligible enterprises. The account can be used for current-account transactions, "
            "cross-border investment and overseas borrowing within the applicable limits.",
            "For startups with foreign investors, an FT account simplifies receiving capital "
            "and paying overseas suppliers. The platform's service catalogue lists banks that "
            "offer English-language account opening.",
        ],
        "body_zh": [
            "已接入FT账户体系的海南银行可为符合条件的企业开立账户，用于经常项目结算、跨境投资，"
            "并在规定额度内借入境外资金。",
            "对于有境外投资人的初创企业，FT账户可简化外资入账和向境外供应商付款的流程。平台服务"
            "目录列出了可提供英文开户服务的银行。",
        ],
    },
    {
        "slug": "ftp-foreign-investment-negative-list",
        "title_en": "Special Administrative Measures for Foreign Investment Access in the Hainan Free Trade Port",
        "title_zh": "海南自由贸易港外商投资准入特别管理措施（负面清单）",
        "authority_en": "National Development and Reform Commission; Ministry of Commerce",
        "authority_zh": "国家发展和改革委员会、商务部",
        "policy_type": "market-access",
        "applies_to_en": "Foreign investors and foreign-invested enterprises in the Hainan Free Trade Port",
        "applies_to_zh": "在海南自由贸易港投资的外国投资者和外商投资企业",
        "effective": "2021-02-01",
        "expires": None,
        "sectors": ["digital-economy", "advanced-manufacturing"],
        "services": ["company-registration"],
        "official_url": "https://www.ndrc.gov.cn/xxgk/zcfb/fzggwl/hainan-negative-list.html",
        "summary_en": (
            "The Free Trade Port has its own, shorter negative list for foreign investment. "
            "Sectors not on the list are open to foreign investors on the same terms as "
            "domestic investors."
        ),
        "summary_zh": (
            "海南自由贸易港实行单独的、更短的外商投资准入负面清单。清单之外的领域，按照内外资一致原则实施管理。"
        ),
        "body_en": [
            "The list removes or relaxes restrictions in several areas, including some "
            "value-added telecommunications services, education and professional services. "
            "Foreign investors can generally register a wholly foreign-owned company in "
            "Haikou through a simple filing.",
            "Alongside the list, special measures to relax market access in the Free Trade "
            "Port open up fields such as medical devices, pharmaceuticals and commercial "
            "aerospace. The platform's policy advisers can check whether a planned business "
            "falls under any restriction.",
        ],
        "body_zh": [
            "清单在部分增值电信业务、教育和专业服务等领域取消或放宽了限制。外国投资者一般可通过"
            "备案在海口设立外商独资企业。",
            "与此同时，海南自由贸易港放宽市场准入若干特别措施在医疗器械、药品和商业航天等领域"
            "进一步扩大开放。平台政策顾问可协助核查拟开展业务是否受到限制。",
        ],
    },
]
