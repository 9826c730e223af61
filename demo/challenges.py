"""Demo data for innovation challenges: Haikou enterprises and parks as seekers, overseas solvers.

Pure Python literals, loaded by ``challenges_loader.py``. The seekers and solvers are the demo
marketplace's organisations and their contact people (``marketplace.py``), found by name and email.
Times are offsets in days from the moment of loading, so a fresh demo always has open challenges:
``published_days_ago`` before now, ``deadline_days`` after it (at 17:00 Beijing time), the Q&A closing
``qa_closes_days_before`` the deadline and the winners announced ``winners_days_after`` it.
Briefs come in English and formal Chinese; solvers' submissions and questions are in the language the
solver wrote them in.
"""

# Every demo challenge has the same three steps on its timeline.
PHASES = [
    {"step": "qa", "name_en": "Questions and answers close", "name_zh": "答疑截止"},
    {"step": "submissions", "name_en": "Submissions close", "name_zh": "方案提交截止"},
    {"step": "winners", "name_en": "Winners announced", "name_zh": "公布评选结果"},
]

# The staff user who approves the demo challenges and records the amendment (``staff_loader``).
APPROVER_USERNAME = "moderator"

CHALLENGES = [
    {
        "key": "mulch-film",
        "organisation": "海南绿源降解材料有限公司",
        "owner": "linxiaofeng@lvyuan-bio.example.cn",
        "status": "approved",
        "title_en": "A biodegradable mulch film that fully degrades within one growing season",
        "title_zh": "一个种植季内完全降解的全生物降解地膜",
        "summary_en": (
            "Hainan's winter vegetable and melon growers lay thousands of hectares of plastic mulch every "
            "year. We are looking for a fully biodegradable film that protects the crop for 90–120 days in "
            "tropical heat and rain, then breaks down in the field before the next planting."
        ),
        "summary_zh": (
            "海南冬季瓜菜种植每年覆盖地膜数万亩。我们征集一种全生物降解地膜：在热带高温多雨条件下"
            "保护作物90至120天，并在下一茬种植前于田间完全降解。"
        ),
        "problem_en": (
            "Conventional polyethylene mulch leaves fragments in the soil that growers cannot collect, and "
            "Hainan's ban on non-degradable plastics now covers agricultural film. The biodegradable films "
            "available today either tear within weeks under strong ultraviolet light and heavy rain, or "
            "are still visible in the soil six months after harvest. We need a film whose service life "
            "and degradation both fit a single tropical growing season."
        ),
        "problem_zh": (
            "传统聚乙烯地膜在土壤中残留碎片，农户难以回收；海南禁塑规定已将农用地膜纳入管理范围。"
            "现有全生物降解地膜在强紫外线和暴雨条件下数周即破损，或在收获六个月后仍残留于土壤。"
            "我们需要一种使用寿命与降解周期均与一个热带种植季相匹配的地膜。"
        ),
        "background_en": (
            "Hainan Lvyuan Degradable Materials runs a 30,000-tonne PBAT/PLA compounding line in Haikou and "
            "supplies film blowers across the province. Field trials will take place with cooperatives in "
            "Ledong and Chengmai during the 2027–2028 winter season."
        ),
        "background_zh": (
            "海南绿源降解材料有限公司在海口拥有年产3万吨PBAT/PLA改性生产线，为全省吹膜企业供应原料。"
            "田间试验将于2027—2028年冬季种植季在乐东、澄迈的合作社开展。"
        ),
        "must_do_en": (
            "Keep at least 80 % of its tensile strength for 90 days in field conditions in Hainan.\n"
            "Degrade to fragments under 2 mm within 180 days of laying, with no visible residue at the next "
            "planting.\n"
            "Meet GB/T 35795-2017 for fully biodegradable agricultural mulch film.\n"
            "Run on existing blown-film lines at a thickness of 10–12 µm."
        ),
        "must_do_zh": (
            "在海南田间条件下90天内保持不低于80%的拉伸强度；\n"
            "铺设后180天内降解为小于2毫米的碎片，下一茬种植时无可见残留；\n"
            "符合GB/T 35795-2017《全生物降解农用地面覆盖薄膜》要求；\n"
            "可在现有吹膜生产线上以10至12微米厚度生产。"
        ),
        "must_not_do_en": (
            "Use oxo-degradable additives or any polyethylene blend.\n"
            "Leave residues that harm soil microorganisms or earthworms (OECD 207/222 tests)."
        ),
        "must_not_do_zh": (
            "不得使用氧化降解添加剂或任何聚乙烯共混物；\n不得留下危害土壤微生物或蚯蚓的残留物（按OECD 207/222测试）。"
        ),
        "constraints_en": (
            "Raw material cost at most CNY 28,000 per tonne at 1,000-tonne scale. Samples for the field "
            "trial (200 kg) must reach Haikou by the end of the submission period."
        ),
        "constraints_zh": "千吨级规模下原料成本不高于每吨2.8万元。田间试验样品（200公斤）须在提交期结束前运抵海口。",
        "confidential_details_en": "",
        "confidential_details_zh": "",
        "agreement_terms_en": "",
        "agreement_terms_zh": "",
        "non_cash_award_details_en": (
            "The winning team signs a paid pilot contract for a 50-hectare field trial, and receives a "
            "soft-landing package at the Haikou International Offshore Innovation Hub (company "
            "registration, first-year office space and visa support)."
        ),
        "non_cash_award_details_zh": (
            "获奖团队将签订50公顷田间试验的有偿试点合同，并获得海口国际离岸创新孵化中心的落地服务包"
            "（企业注册、首年办公空间及签证协助）。"
        ),
        "challenge_type": "prototype",
        "trl_wanted": 6,
        "sectors": ["green-tech"],
        "keywords": ["biodegradable-plastics", "bio-based-polymers", "agricultural-automation"],
        "award_amount": 500_000,
        "award_currency": "CNY",
        "non_cash_awards": ["pilot-contract", "soft-landing"],
        "entrants": ["teams", "organisations"],
        "ip_model": "licence",
        "allows_multiple_submissions": False,
        "published_days_ago": 20,
        "deadline_days": 56,
        "qa_closes_days_before": 21,
        "winners_days_after": 35,
    },
    {
        "key": "island-triage",
        "organisation": "海南康瑞医疗集团有限公司",
        "owner": "chenzhiyuan@kangrui-medical.example.cn",
        "status": "approved",
        "title_en": "AI triage for remote clinics on Hainan's islands",
        "title_zh": "面向海南离岛基层诊所的人工智能分诊",
        "summary_en": (
            "Village clinics on Hainan's outlying islands are staffed by one general practitioner, often with "
            "a slow connection. We want an AI triage assistant that helps them decide, in Chinese and in "
            "minutes, which patients need a transfer to Haikou by boat or helicopter."
        ),
        "summary_zh": (
            "海南离岛乡村诊所通常只有一名全科医生，网络条件有限。我们征集一款人工智能分诊助手，"
            "以中文在数分钟内协助医生判断哪些患者需要经船舶或直升机转诊至海口。"
        ),
        "problem_en": (
            "Our group supports 26 clinics on islands in the Xisha and Nansha area and along the coast of "
            "Wenchang and Lingshui. Transfers are expensive and weather-dependent; clinicians over-refer "
            "when in doubt and occasionally miss time-critical cases such as stroke, sepsis and "
            "decompression sickness among fishermen. Existing triage tools assume a hospital network and a "
            "permanent connection."
        ),
        "problem_zh": (
            "本集团为西沙、南沙及文昌、陵水沿海的26家海岛诊所提供支持。转诊费用高且受天气影响；"
            "医生在不确定时倾向于过度转诊，偶尔也会漏判卒中、脓毒症及渔民减压病等时间敏感病例。"
            "现有分诊工具均以医院网络和稳定联网为前提。"
        ),
        "background_en": (
            "Kangrui Medical Group operates two hospitals in Haikou and a telemedicine centre that takes "
            "about 1,800 teleconsultations a month from island clinics. The winning solution will be "
            "piloted in six clinics under the centre's supervision."
        ),
        "background_zh": (
            "海南康瑞医疗集团在海口运营两家医院及一个远程医疗中心，每月承接海岛诊所约1800例远程会诊。"
            "获奖方案将在该中心指导下于六家诊所开展试点。"
        ),
        "must_do_en": (
            "Work offline on a tablet and synchronise when a connection is available.\n"
            "Take vital signs, symptoms and a short history in Chinese (typed or spoken, including Hainanese "
            "accents) and return an urgency level with the reasons.\n"
            "Keep the clinician in charge: every recommendation can be overridden, and overrides are logged."
        ),
        "must_do_zh": (
            "可在平板电脑上离线运行，并在联网时同步数据；\n"
            "以中文（文字或语音，含海南口音）采集生命体征、症状及简要病史，输出紧急程度及判断依据；\n"
            "医生始终拥有最终决定权：所有建议均可被否决，否决记录留存备查。"
        ),
        "must_not_do_en": (
            "Send identifiable patient data outside mainland China.\n"
            "Present itself as a diagnosis or prescribe treatment."
        ),
        "must_not_do_zh": "不得将可识别身份的患者数据传输至中国境外；\n不得以诊断结论自居或开具治疗处方。",
        "constraints_en": (
            "The solution must be able to obtain NMPA Class II software registration. Data handling must "
            "follow the Personal Information Protection Law; training on our data happens only on servers "
            "in Haikou."
        ),
        "constraints_zh": (
            "方案须具备取得国家药监局第二类医疗器械软件注册的条件。数据处理须符合《个人信息保护法》；"
            "基于本集团数据的模型训练仅可在海口境内服务器上进行。"
        ),
        "confidential_details_en": (
            "Registrants may request a de-identified data set of 42,000 island teleconsultations "
            "(2022–2026) with referral outcomes, under a data-use agreement. The pilot clinics are on "
            "Yongxing, Zhaoshu and Jinqing islands; their equipment list and connection logs are in the "
            "pack sent after registration. Our current referral protocol (version 3.2) is attached to it."
        ),
        "confidential_details_zh": (
            "报名者可在签署数据使用协议后申请一套脱敏数据集，包含2022—2026年间42000例海岛远程会诊及转诊结果。"
            "试点诊所位于永兴岛、赵述岛和晋卿岛，其设备清单与网络日志见报名后发送的资料包；"
            "本集团现行转诊规程（3.2版）亦附于其中。"
        ),
        "agreement_terms_en": (
            "The de-identified data may be used only to prepare a submission to this challenge and must be "
            "deleted within 30 days after the winners are announced."
        ),
        "agreement_terms_zh": "脱敏数据仅可用于准备本次挑战的参赛方案，并须在评选结果公布后30日内删除。",
        "non_cash_award_details_en": "A one-year paid pilot contract in six island clinics.",
        "non_cash_award_details_zh": "在六家海岛诊所开展为期一年的有偿试点合同。",
        "challenge_type": "technical-proposal",
        "trl_wanted": 5,
        "sectors": ["biomedicine", "digital-economy"],
        "keywords": ["artificial-intelligence", "telemedicine", "natural-language-processing", "edge-computing"],
        "award_amount": 300_000,
        "award_currency": "CNY",
        "non_cash_awards": ["pilot-contract"],
        "entrants": ["individuals", "teams", "organisations"],
        "ip_model": "solver-keeps",
        "allows_multiple_submissions": False,
        "published_days_ago": 14,
        "deadline_days": 42,
        "qa_closes_days_before": 14,
        "winners_days_after": 28,
    },
    {
        "key": "aquaculture-sensors",
        "organisation": "海口热带海洋生物技术研究院",
        "owner": "huanghaiyan@tropical-marine.example.cn",
        "status": "approved",
        "title_en": "Seawater-corrosion-resistant sensors for offshore aquaculture cages",
        "title_zh": "耐海水腐蚀的深远海养殖网箱传感器",
        "summary_en": (
            "Deep-water cages off Hainan's coast lose their dissolved-oxygen and pH sensors to corrosion and "
            "biofouling within weeks. We seek a sensor package that reports reliably for a full year at sea "
            "with at most one cleaning."
        ),
        "summary_zh": (
            "海南近海深水网箱的溶解氧和pH传感器数周内即因腐蚀和生物附着失效。"
            "我们征集一套可在海上可靠运行一整年、期间最多清洁一次的传感器组件。"
        ),
        "problem_en": (
            "Warm, saline water (28–31 °C, 34 ‰) and typhoon seasons make Hainan one of the harshest places "
            "to keep instruments in the sea. Farmers of golden pompano and grouper need continuous oxygen, "
            "temperature, salinity and pH readings to prevent mass mortality, but today's probes drift or "
            "fail within four to eight weeks."
        ),
        "problem_zh": (
            "海南海水温度高（28至31摄氏度）、盐度高（34‰），且台风频繁，是海洋仪器最严苛的使用环境之一。"
            "金鲳鱼和石斑鱼养殖户需要连续监测溶解氧、温度、盐度和pH以防止大规模死亡，"
            "但现有探头在四至八周内即出现漂移或失效。"
        ),
        "background_en": (
            "The institute runs a test site with eight HDPE cages 12 km off Lingshui and works with three "
            "aquaculture companies that together operate more than 400 cages."
        ),
        "background_zh": "研究院在陵水外海12公里处设有8个HDPE网箱的试验场，并与合计运营400余个网箱的三家养殖企业合作。",
        "must_do_en": (
            "Measure dissolved oxygen, temperature, salinity and pH at three depths (2, 8 and 15 m).\n"
            "Stay within calibration limits for 12 months with at most one cleaning.\n"
            "Survive a Beaufort 12 typhoon while deployed and report over 4G or BeiDou short messages."
        ),
        "must_do_zh": (
            "在2米、8米和15米三个深度测量溶解氧、温度、盐度和pH；\n"
            "12个月内最多清洁一次并保持在校准误差范围内；\n"
            "布放状态下可承受12级台风，并通过4G或北斗短报文传输数据。"
        ),
        "must_not_do_en": "Use copper or tributyltin antifouling that leaches into the cage water.",
        "must_not_do_zh": "不得使用会向网箱水体释放铜或三丁基锡的防污材料。",
        "constraints_en": "Target price under CNY 15,000 per cage, including the buoy and a year of data.",
        "constraints_zh": "目标价格为每个网箱1.5万元以内，含浮标及一年数据服务。",
        "confidential_details_en": "",
        "confidential_details_zh": "",
        "agreement_terms_en": "",
        "agreement_terms_zh": "",
        "non_cash_award_details_en": (
            "A six-month sea trial at the Lingshui test site, and a year of free office and lab space in "
            "the institute's incubator in Haikou."
        ),
        "non_cash_award_details_zh": "在陵水试验场开展为期六个月的海试，并免费使用研究院海口孵化器办公及实验空间一年。",
        "challenge_type": "prototype",
        "trl_wanted": 6,
        "sectors": ["green-tech", "digital-economy"],
        "keywords": ["iot", "environmental-monitoring", "water-quality", "marine-ecology"],
        "award_amount": 200_000,
        "award_currency": "CNY",
        "non_cash_awards": ["pilot-contract", "office-space"],
        "entrants": ["teams", "organisations"],
        "ip_model": "seeker-acquires",
        "allows_multiple_submissions": True,
        "published_days_ago": 10,
        "deadline_days": 49,
        "qa_closes_days_before": 14,
        "winners_days_after": 30,
    },
    {
        "key": "cold-chain",
        "organisation": "海口国际离岸创新孵化中心",
        "owner": "zhengyawen@offshore-incubator.example.cn",
        "status": "approved",
        "title_en": "Cold-chain traceability for Hainan produce shipped to the mainland and abroad",
        "title_zh": "海南农产品出岛出境冷链全程追溯",
        "summary_en": (
            "Mangoes, lychees and seafood from Hainan travel by truck, ferry across the Qiongzhou Strait and "
            "air freight. On behalf of the park's exporters, we are looking for a low-cost way to prove the "
            "temperature history of every pallet to buyers and customs, end to end."
        ),
        "summary_zh": (
            "海南芒果、荔枝和水产品经公路、琼州海峡轮渡及航空运输出岛出境。我们代表园区出口企业，"
            "征集一种低成本方案，向采购方和海关证明每个托盘全程的温度记录。"
        ),
        "problem_en": (
            "Temperature loggers are read only at the destination, in different formats, and the ferry "
            "crossing is a blind spot. Buyers in Singapore and the Gulf reject lots without a continuous "
            "record, and exporters cannot tell where a break in the cold chain happened."
        ),
        "problem_zh": (
            "现有温度记录仪仅在目的地读取，数据格式不一，且轮渡过海环节存在监测盲区。"
            "新加坡和海湾地区采购方会拒收缺少连续记录的货批，出口企业也无法确定冷链在哪个环节中断。"
        ),
        "background_en": (
            "The Haikou International Offshore Innovation Hub hosts 40 agri-food exporters. Hainan Free "
            "Trade Port customs accepts electronic records for the 'first line' and 'second line' "
            "declarations, so a trusted record also speeds up clearance."
        ),
        "background_zh": (
            "海口国际离岸创新孵化中心汇聚40家农产品出口企业。海南自由贸易港海关对“一线”“二线”申报"
            "接受电子记录，可信的温度记录亦有助于加快通关。"
        ),
        "must_do_en": (
            "Record the temperature of each pallet at least every 10 minutes, including on the ferry.\n"
            "Give buyers and customs a verifiable record they can open without installing software.\n"
            "Work with the loggers and reefer containers exporters already use."
        ),
        "must_do_zh": (
            "每个托盘至少每10分钟记录一次温度，轮渡过海期间亦不中断；\n"
            "向采购方和海关提供无需安装软件即可查看的可验证记录；\n兼容出口企业现有的记录仪和冷藏集装箱。"
        ),
        "must_not_do_en": "Require a cryptocurrency or a public blockchain token to operate.",
        "must_not_do_zh": "不得依赖加密货币或公链代币运行。",
        "constraints_en": (
            "At most CNY 20 per pallet per shipment. Data stays in China, with an export summary for "
            "buyers abroad that contains no personal information."
        ),
        "constraints_zh": "每托盘每次运输成本不超过20元。数据存储于境内，向境外采购方提供不含个人信息的摘要。",
        "confidential_details_en": "",
        "confidential_details_zh": "",
        "agreement_terms_en": "",
        "agreement_terms_zh": "",
        "non_cash_award_details_en": (
            "A soft-landing package in the hub (registration, six months of free desks, introductions to "
            "exporters) and a pilot with three of its members over one mango season."
        ),
        "non_cash_award_details_zh": "孵化中心落地服务包（企业注册、六个月免费工位、对接出口企业），以及与三家入驻企业开展一个芒果季的试点。",
        "challenge_type": "ideation",
        "trl_wanted": 4,
        "sectors": ["digital-economy"],
        "keywords": ["iot", "blockchain", "trade-digitalisation", "big-data"],
        "award_amount": 100_000,
        "award_currency": "CNY",
        "non_cash_awards": ["soft-landing", "pilot-contract", "office-space"],
        "entrants": ["individuals", "teams", "organisations"],
        "ip_model": "solver-keeps",
        "allows_multiple_submissions": False,
        "published_days_ago": 5,
        "deadline_days": 35,
        "qa_closes_days_before": 10,
        "winners_days_after": 21,
    },
    {
        # Waiting in the staff review queue: not public yet.
        "key": "battery-swap",
        "organisation": "海口金鹏新能源汽车科技有限公司",
        "owner": "zhangwei@jinpeng-ev.example.cn",
        "status": "submitted",
        "title_en": "Battery swapping for delivery e-bikes in humid tropical heat",
        "title_zh": "适应湿热气候的外卖电动自行车换电方案",
        "summary_en": (
            "Haikou's 30,000 delivery riders swap batteries several times a day in heat and humidity that "
            "shorten battery life and corrode contacts. We want a swap cabinet and battery design that lasts "
            "three years in these conditions."
        ),
        "summary_zh": (
            "海口约3万名外卖骑手每天多次换电，高温高湿环境缩短电池寿命并腐蚀触点。"
            "我们征集一种可在此环境下使用三年的换电柜及电池设计方案。"
        ),
        "problem_en": (
            "Contacts in today's swap cabinets corrode within months, causing failed swaps and, rarely, "
            "overheating. Cabinets stand outdoors, in rain and at 35 °C in the shade."
        ),
        "problem_zh": "现有换电柜触点数月内即被腐蚀，导致换电失败，个别情况下引发过热。换电柜露天放置，经受雨淋及35摄氏度高温。",
        "background_en": "Jinpeng runs 600 swap cabinets in Haikou and Sanya.",
        "background_zh": "金鹏在海口和三亚运营600个换电柜。",
        "must_do_en": "Keep contact resistance stable for 20,000 swaps at 85 % relative humidity.",
        "must_do_zh": "在85%相对湿度下，2万次换电内保持触点电阻稳定。",
        "must_not_do_en": "",
        "must_not_do_zh": "",
        "constraints_en": "Compatible with 48 V and 60 V battery packs under GB 43854-2024.",
        "constraints_zh": "兼容符合GB 43854-2024的48伏和60伏电池包。",
        "confidential_details_en": "",
        "confidential_details_zh": "",
        "agreement_terms_en": "",
        "agreement_terms_zh": "",
        "non_cash_award_details_en": "A pilot of 20 cabinets in Haikou.",
        "non_cash_award_details_zh": "在海口试点20个换电柜。",
        "challenge_type": "technical-proposal",
        "trl_wanted": 5,
        "sectors": ["advanced-manufacturing"],
        "keywords": ["battery", "electric-two-wheelers", "energy-efficiency"],
        "award_amount": 150_000,
        "award_currency": "CNY",
        "non_cash_awards": ["pilot-contract"],
        "entrants": ["teams", "organisations"],
        "ip_model": "licence",
        "allows_multiple_submissions": False,
        "published_days_ago": None,
        "submitted_days_ago": 1,
        "deadline_days": 70,
        "qa_closes_days_before": 21,
        "winners_days_after": 30,
    },
]

# Solvers who accepted a challenge's agreement. ``team_name`` is set for a team lead.
REGISTRATIONS = [
    {"challenge": "mulch-film", "user": "j.hartmann@biopoly.example.com", "team_name": "BioPoly × Coral Coast"},
    {"challenge": "mulch-film", "user": "sarah.thompson@boreal-circular.example.com", "team_name": ""},
    {"challenge": "island-triage", "user": "priya.raman@lumina-vision.example.com", "team_name": ""},
    {"challenge": "island-triage", "user": "camille.moreau@diagnostix-lyon.example.com", "team_name": ""},
    {"challenge": "aquaculture-sensors", "user": "noa@aquasense.example.com", "team_name": ""},
    {"challenge": "aquaculture-sensors", "user": "eleanor.shaw@fenland-robotics.example.com", "team_name": ""},
    {"challenge": "cold-chain", "user": "pieter@ledgertrade.example.com", "team_name": ""},
]

# Accepted team invitations: the member takes ``award_share`` % of any cash award, the lead the rest.
TEAM_MEMBERS = [
    {
        "challenge": "mulch-film",
        "lead": "j.hartmann@biopoly.example.com",
        "member": "m.collins@marine-bioproducts.example.com",
        "award_share": 40,
    },
]

# ``sent_days_ago`` is None for a draft; a sent submission gets a reference as ``challenges.submission`` gives.
SUBMISSIONS = [
    {
        "challenge": "mulch-film",
        "registrant": "j.hartmann@biopoly.example.com",
        "title": "PBAT/PHA blend with a tuned UV stabiliser for 110-day tropical service",
        "abstract": (
            "A 10 µm film of PBAT, PHA from marine bacteria and starch, with a biodegradable UV stabiliser "
            "whose loading sets the service life. Field data from Queensland sugar cane show 85 % strength "
            "retention at 100 days and fragments under 2 mm at 160 days."
        ),
        "abstract_is_public": True,
        "proposal": (
            "1. Formulation: PBAT 62 %, PHA 20 %, thermoplastic starch 15 %, stabiliser masterbatch 3 %.\n"
            "2. Evidence: two seasons of trials in Townsville and Bundaberg (report attached on request).\n"
            "3. Plan: compounding on the Lvyuan line in Haikou, blown film with a partner in Chengmai, "
            "200 kg of samples within six weeks.\n"
            "4. Cost: CNY 26,500 per tonne at 1,000 t."
        ),
        "sent_days_ago": 3,
    },
    {
        "challenge": "mulch-film",
        "registrant": "sarah.thompson@boreal-circular.example.com",
        "title": "Lignin-reinforced PLA film (draft)",
        "abstract": "Kraft lignin from sugar-cane bagasse as a UV screen and reinforcement in a PLA/PBS film.",
        "abstract_is_public": False,
        "proposal": "Work in progress: lab data on tensile strength after accelerated weathering to follow.",
        "sent_days_ago": None,
    },
    {
        "challenge": "island-triage",
        "registrant": "priya.raman@lumina-vision.example.com",
        "title": "Offline triage assistant built on a distilled clinical language model",
        "abstract": (
            "A 1.5-billion-parameter model distilled for Chinese clinical triage that runs on a mid-range "
            "tablet, with speech input tuned on Hainanese-accented Mandarin and a rules layer for "
            "time-critical conditions."
        ),
        "abstract_is_public": False,
        "proposal": (
            "Architecture, validation plan against the Manchester Triage System, NMPA Class II pathway "
            "with our Shenzhen regulatory partner, and a 12-week pilot plan for six clinics."
        ),
        "sent_days_ago": 2,
    },
    {
        "challenge": "island-triage",
        "registrant": "camille.moreau@diagnostix-lyon.example.com",
        "title": "Point-of-care lactate and CRP with triage scoring",
        "abstract": "Pairing our handheld lactate/CRP reader with a sepsis score to support transfer decisions.",
        "abstract_is_public": False,
        "proposal": "Draft: to be completed after the Q&A on device registration.",
        "sent_days_ago": None,
    },
    {
        "challenge": "aquaculture-sensors",
        "registrant": "noa@aquasense.example.com",
        "title": "Titanium-housed optical probes with UV-C antifouling",
        "abstract": (
            "Optical dissolved-oxygen and pH sensors in grade 2 titanium housings, kept clean by UV-C LEDs "
            "on a duty cycle, on a spar buoy with 4G and BeiDou fallback."
        ),
        "abstract_is_public": True,
        "proposal": (
            "Eighteen months of data from fish farms in the Red Sea (26–30 °C), energy budget for the "
            "UV-C cycle, and a deployment plan for the Lingshui cages."
        ),
        "sent_days_ago": 1,
    },
]

# Questions from registrants, answered publicly by the seeker (``answered`` False leaves one open).
QUESTIONS = [
    {
        "challenge": "mulch-film",
        "asker": "j.hartmann@biopoly.example.com",
        "language": "en",
        "text": "Is black film required, or may we propose a transparent or silver-on-black film?",
        "answer": (
            "Black is preferred for weed control, but silver-on-black is welcome for melons. Please state "
            "the colour and the crops your film is meant for."
        ),
        "answered": True,
    },
    {
        "challenge": "island-triage",
        "asker": "priya.raman@lumina-vision.example.com",
        "language": "en",
        "text": "May the model run inference on a server in Haikou when the clinic is online?",
        "answer": (
            "Yes, as long as the tablet can triage on its own when the connection drops, and the server is "
            "in mainland China."
        ),
        "answered": True,
    },
    {
        "challenge": "aquaculture-sensors",
        "asker": "eleanor.shaw@fenland-robotics.example.com",
        "language": "en",
        "text": "Would a robotic cleaner that visits several cages count as 'one cleaning'?",
        "answer": "",
        "answered": False,
    },
]

# Changes to public briefs, noted for registrants. Applied to the brief by the loader.
AMENDMENTS = [
    {
        "challenge": "mulch-film",
        "note_en": (
            "The field-trial samples may now be delivered up to two weeks after the submission deadline, "
            "because of the Spring Festival shipping break."
        ),
        "note_zh": "受春节物流停运影响，田间试验样品可在方案提交截止后两周内送达。",
        "changed_fields": ["constraints"],
        "constraints_en": (
            "Raw material cost at most CNY 28,000 per tonne at 1,000-tonne scale. Samples for the field "
            "trial (200 kg) must reach Haikou within two weeks after the submission deadline."
        ),
        "constraints_zh": "千吨级规模下原料成本不高于每吨2.8万元。田间试验样品（200公斤）须在方案提交截止后两周内运抵海口。",
    },
]
