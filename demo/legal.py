"""Demo data: the legal pages, the contact page and the operator and filing settings.

The operator and both filing numbers are demo values (the numbers end in zeros); a real deployment
replaces them in Settings → Site settings. Bodies are lists of ``(block type, value)`` as in pages.py.
"""

OPERATOR = {
    "operator_name_en": "Haikou Offshore Innovation Service Centre",
    "operator_name_zh": "海口离岸创新创业服务中心",
}
FILINGS = {
    "icp_filing_number": "琼ICP备2026000000号-1",
    "public_security_filing_number": "琼公网安备46010802000000号",
}
PRIVACY_EMAIL = "privacy@offshore-haikou.example.cn"

LEGAL_PAGES = [
    {
        "kind": "privacy",
        "slug": "privacy",
        "version": "2026-12-01",
        "effective_date": "2026-12-01",
        "title_en": "Privacy Policy",
        "title_zh": "隐私政策",
        "intro_en": (
            "How the platform collects, uses, stores, shares and protects your personal information, "
            "and how you exercise your rights under the Personal Information Protection Law of the PRC."
        ),
        "intro_zh": "本政策说明平台如何收集、使用、存储、共享和保护您的个人信息，以及您如何依照《中华人民共和国个人信息保护法》行使权利。",
        "body_en": [
            ("heading", "Who we are"),
            (
                "paragraph",
                (
                    "<p>The Haikou International Offshore Innovation &amp; Entrepreneurship Platform is operated by the "
                    "Haikou Offshore Innovation Service Centre (the &ldquo;operator&rdquo;, &ldquo;we&rdquo;), 3F, "
                    "Innovation Building, Fuxing City Internet Industrial Park, No. 32 Binhai Avenue, Longhua District, "
                    "Haikou, Hainan 570105, China. We are the personal information handler (controller) for the "
                    "personal information processed on this platform.</p>"
                ),
            ),
            ("heading", "What we collect and why"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Account:</strong> your name, email address, password (stored only as a hash), "
                    "preferred language, and optionally phone number and job title, to run your account and "
                    "contact you about it.</li>"
                    "<li><strong>Organisation profile and listings:</strong> organisation name, country or region, "
                    "sectors, descriptions and contact person, to publish your needs and match you with "
                    "partners.</li>"
                    "<li><strong>Service requests:</strong> the details and documents you send, to deliver the "
                    "soft-landing service you asked for.</li>"
                    "<li><strong>Contact form:</strong> your name, email address, organisation and message, to "
                    "answer you.</li>"
                    "<li><strong>Technical data:</strong> your IP address and browser type in server logs, kept "
                    "for security and to prevent abuse.</li></ul>"
                ),
            ),
            ("heading", "Sensitive personal information"),
            (
                "paragraph",
                (
                    "<p>Some services (for example work permits, residence permits or company registration) need "
                    "copies of a passport, identity card or similar documents. These are sensitive personal "
                    "information. We collect them only when you upload them for a service you request, only after "
                    "you give <strong>separate consent</strong> on that form, which states the purpose, and we use "
                    "them only for that service. They are stored in private storage that only you and the staff "
                    "handling your request can open.</p>"
                ),
            ),
            ("heading", "Sharing and cross-border transfer"),
            (
                "paragraph",
                (
                    "<p>We do not sell personal information. We share it only where needed for what you ask:</p>"
                    "<ul><li><strong>Service providers:</strong> the provider handling your service request (for "
                    "example a law or accounting firm in Haikou) receives your request and documents.</li>"
                    "<li><strong>Card payments:</strong> card payments are processed by Stripe, Inc. (United States). "
                    "Your card details go directly to Stripe and are transferred outside the Chinese mainland; we "
                    "never see or store your card number. Stripe's privacy policy applies to that processing.</li>"
                    "<li><strong>Partners you choose:</strong> when you accept an introduction, your contact details "
                    "are shared with that partner, who may be located outside the Chinese mainland.</li></ul>"
                    "<p>Before any such transfer the form concerned tells you who receives the information, where, "
                    "and why. Where the law requires, we carry out a personal information protection impact "
                    "assessment and use the standard contract for cross-border transfer.</p>"
                ),
            ),
            ("heading", "How long we keep it"),
            (
                "paragraph",
                (
                    "<p>Account and profile data are kept while your account exists. Service requests and payment "
                    "records are kept for the period required by accounting and tax law (generally 10 years for "
                    "accounting records) and then deleted. Contact messages are kept for two years. Server logs are "
                    "kept for at least six months, as required by the Cybersecurity Law, and then deleted.</p>"
                ),
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                (
                    "<p>You have the right to:</p>"
                    "<ul><li>know and <strong>access</strong> the personal information we hold about you;</li>"
                    "<li>obtain a <strong>copy</strong>: signed-in users can download their data as a JSON file from "
                    "their account page;</li>"
                    "<li>have inaccurate information <strong>corrected</strong> or completed;</li>"
                    "<li>have your information <strong>deleted</strong>, including by deleting your account from your "
                    "account page (records we must keep by law are kept for the legal period only);</li>"
                    "<li><strong>withdraw your consent</strong> at any time; this does not affect processing already "
                    "carried out;</li>"
                    "<li>ask us to explain these rules.</li></ul>"
                    "<p>We answer requests within 15 working days.</p>"
                ),
            ),
            ("heading", "Security"),
            (
                "paragraph",
                (
                    "<p>All pages are served over HTTPS. Uploaded documents are kept in private storage and checked "
                    "before download. Staff can see only what their role needs. If a security incident affects your "
                    "personal information, we will inform you and the authorities as the law requires.</p>"
                ),
            ),
            ("heading", "Contact the person responsible for personal information protection"),
            (
                "paragraph",
                (
                    '<p>Email <a href="mailto:' + PRIVACY_EMAIL + '">' + PRIVACY_EMAIL + "</a>, or use the contact "
                    "form and choose &ldquo;Personal information and privacy&rdquo;. Post: Personal Information "
                    "Protection Officer, Haikou Offshore Innovation Service Centre, at the address above. If you are "
                    "not satisfied with our answer, you may complain to the cyberspace administration authorities.</p>"
                ),
            ),
            ("heading", "Changes to this policy"),
            (
                "paragraph",
                (
                    "<p>When we change this policy materially we publish a new version with its effective date and "
                    "ask you to agree again at your next sign-in.</p>"
                ),
            ),
        ],
        "body_zh": [
            ("heading", "我们是谁"),
            (
                "paragraph",
                (
                    "<p>海口国际离岸创新创业平台由海口离岸创新创业服务中心（以下简称“运营方”或“我们”）运营，地址："
                    "海南省海口市龙华区滨海大道32号复兴城互联网信息产业园创新大厦3楼，邮编570105。我们是本平台所处理"
                    "个人信息的个人信息处理者。</p>"
                ),
            ),
            ("heading", "我们收集哪些信息及用途"),
            (
                "paragraph",
                (
                    "<ul><li><strong>账号信息：</strong>姓名、电子邮箱、密码（仅保存加密摘要）、首选语言，以及您自愿"
                    "提供的电话和职务，用于管理您的账号并就账号事宜与您联系。</li>"
                    "<li><strong>机构资料和需求信息：</strong>机构名称、国家或地区、产业领域、介绍和联系人，用于发布"
                    "您的需求并为您匹配合作伙伴。</li>"
                    "<li><strong>服务申请：</strong>您提交的申请内容和材料，用于提供您申请的落地服务。</li>"
                    "<li><strong>在线留言：</strong>您的姓名、电子邮箱、机构和留言内容，用于答复您。</li>"
                    "<li><strong>技术信息：</strong>服务器日志中的IP地址和浏览器类型，用于保障安全和防止滥用。</li>"
                    "</ul>"
                ),
            ),
            ("heading", "敏感个人信息"),
            (
                "paragraph",
                (
                    "<p>部分服务（如工作许可、居留许可或公司注册）需要护照、身份证等证件复印件，此类信息属于敏感个人"
                    "信息。我们仅在您为所申请的服务上传时收集，并须事先在该表单中取得您的<strong>单独同意</strong>"
                    "（表单会说明处理目的），且仅用于该项服务。相关材料保存在私有存储中，仅您本人和办理该申请的工作"
                    "人员可以查看。</p>"
                ),
            ),
            ("heading", "共享与跨境提供"),
            (
                "paragraph",
                (
                    "<p>我们不会出售个人信息，仅在为您办理所需事项时共享：</p>"
                    "<ul><li><strong>服务机构：</strong>办理您服务申请的机构（如海口的律师事务所或会计师事务所）"
                    "会收到您的申请内容和材料。</li>"
                    "<li><strong>银行卡支付：</strong>银行卡支付由Stripe, Inc.（美国）处理。您的卡信息直接提交至"
                    "Stripe并传输至中国境外，我们不会查看或保存您的卡号。该处理适用Stripe的隐私政策。</li>"
                    "<li><strong>您选择联系的合作方：</strong>您接受对接后，您的联系方式将提供给该合作方，对方可能"
                    "位于中国境外。</li></ul>"
                    "<p>在提供前，相关表单会告知您接收方的名称、所在地和目的。法律要求时，我们将开展个人信息保护影响"
                    "评估，并订立个人信息出境标准合同。</p>"
                ),
            ),
            ("heading", "保存期限"),
            (
                "paragraph",
                (
                    "<p>账号和机构资料在账号存续期间保存。服务申请和支付记录按会计和税收法规要求的期限保存（会计档案"
                    "一般为10年），期满后删除。在线留言保存两年。服务器日志依照《网络安全法》保存不少于六个月，期满后"
                    "删除。</p>"
                ),
            ),
            ("heading", "您的权利"),
            (
                "paragraph",
                (
                    "<p>您有权：</p>"
                    "<ul><li>知悉并<strong>查阅</strong>我们持有的您的个人信息；</li>"
                    "<li>获取<strong>副本</strong>：登录后可在账号页面以JSON文件下载您的数据；</li>"
                    "<li>要求<strong>更正</strong>或补充不准确的信息；</li>"
                    "<li>要求<strong>删除</strong>您的信息，包括在账号页面注销账号（依法必须保存的记录仅在法定期限内"
                    "保存）；</li>"
                    "<li>随时<strong>撤回同意</strong>，撤回不影响此前已进行的处理；</li>"
                    "<li>要求我们对上述规则作出解释说明。</li></ul>"
                    "<p>我们将在15个工作日内答复您的请求。</p>"
                ),
            ),
            ("heading", "安全保护"),
            (
                "paragraph",
                (
                    "<p>本平台全站使用HTTPS加密传输。上传的材料保存在私有存储中，下载前校验权限。工作人员仅能查看其"
                    "职责所需的信息。如发生影响您个人信息的安全事件，我们将依法告知您并向主管部门报告。</p>"
                ),
            ),
            ("heading", "个人信息保护负责人联系方式"),
            (
                "paragraph",
                (
                    '<p>电子邮箱：<a href="mailto:' + PRIVACY_EMAIL + '">' + PRIVACY_EMAIL + "</a>，或通过在线留言"
                    "选择“个人信息与隐私”。邮寄地址：上述地址，海口离岸创新创业服务中心个人信息保护负责人收。如您对"
                    "我们的答复不满意，可向网信部门投诉。</p>"
                ),
            ),
            ("heading", "政策更新"),
            (
                "paragraph",
                ("<p>本政策发生重大变更时，我们将发布注明生效日期的新版本，并在您下次登录时再次征得您的同意。</p>"),
            ),
        ],
    },
    {
        "kind": "terms",
        "slug": "terms",
        "version": "2026-12-01",
        "effective_date": "2026-12-01",
        "title_en": "Terms of Use",
        "title_zh": "使用条款",
        "intro_en": "The rules for using the platform, posting listings and requesting services.",
        "intro_zh": "使用本平台、发布需求和申请服务须遵守的规则。",
        "body_en": [
            ("heading", "About these terms"),
            (
                "paragraph",
                (
                    "<p>These terms apply between you and the Haikou Offshore Innovation Service Centre, which "
                    "operates the platform. By creating an account you accept them. They are governed by the laws "
                    "of the People's Republic of China.</p>"
                ),
            ),
            ("heading", "Your account"),
            (
                "paragraph",
                (
                    "<p>Give accurate information and keep your password secret. One account is for one person; an "
                    "organisation may have several. You are responsible for what is done with your account.</p>"
                ),
            ),
            ("heading", "Listings and messages"),
            (
                "paragraph",
                (
                    "<p>Post only genuine technology, partnering or investment needs that you are entitled to publish. "
                    "Do not post content that breaks Chinese law, infringes others' rights, or is misleading, "
                    "commercial spam or personal information of others without their consent. Moderators review "
                    "listings before they are published and may return or remove them.</p>"
                ),
            ),
            ("heading", "Services and payments"),
            (
                "paragraph",
                (
                    "<p>Soft-landing services are delivered by the platform team or by partner providers named on "
                    "each service page. The price is shown before you confirm. Paid services start once payment has "
                    "arrived; refunds follow the conditions on the service page.</p>"
                ),
            ),
            ("heading", "Information on the platform"),
            (
                "paragraph",
                (
                    "<p>Policy summaries are for guidance; the official text published by the issuing authority "
                    "prevails. We do our best to keep information current but cannot guarantee that partners' "
                    "listings are accurate.</p>"
                ),
            ),
            ("heading", "Ending your use"),
            (
                "paragraph",
                (
                    "<p>You can delete your account at any time. We may suspend accounts that break these terms, "
                    "after telling you why unless the law prevents it.</p>"
                ),
            ),
        ],
        "body_zh": [
            ("heading", "关于本条款"),
            (
                "paragraph",
                (
                    "<p>本条款适用于您与平台运营方海口离岸创新创业服务中心之间。注册账号即表示您接受本条款。本条款适用"
                    "中华人民共和国法律。</p>"
                ),
            ),
            ("heading", "您的账号"),
            (
                "paragraph",
                (
                    "<p>请提供真实准确的信息并妥善保管密码。一个账号仅供一人使用，一个机构可以有多个账号。您对通过您的"
                    "账号进行的活动负责。</p>"
                ),
            ),
            ("heading", "需求信息与留言"),
            (
                "paragraph",
                (
                    "<p>请仅发布您有权发布的真实技术、合作或投资需求。不得发布违反中国法律法规、侵犯他人权益、虚假误导、"
                    "商业广告或未经同意的他人个人信息等内容。需求信息经审核后发布，审核人员可退回或删除。</p>"
                ),
            ),
            ("heading", "服务与支付"),
            (
                "paragraph",
                (
                    "<p>落地服务由平台团队或各服务页面列明的合作机构提供，确认前会显示价格。付费服务在收到款项后开始"
                    "办理，退款按服务页面所列条件执行。</p>"
                ),
            ),
            ("heading", "平台信息"),
            (
                "paragraph",
                (
                    "<p>政策摘要仅供参考，以发布机关公布的正式文本为准。我们尽力保持信息及时准确，但不保证合作方所发布"
                    "信息的准确性。</p>"
                ),
            ),
            ("heading", "停止使用"),
            (
                "paragraph",
                ("<p>您可以随时注销账号。对于违反本条款的账号，我们可以暂停使用，除法律另有规定外，将告知您原因。</p>"),
            ),
        ],
    },
    {
        "kind": "cookies",
        "slug": "cookies",
        "version": "2026-12-01",
        "effective_date": "2026-12-01",
        "title_en": "Cookie Notice",
        "title_zh": "Cookie说明",
        "intro_en": (
            "We use only the cookies the site needs to work. We do not track you, so there is no cookie banner."
        ),
        "intro_zh": "本平台仅使用网站运行所必需的Cookie，不进行跟踪，因此不显示Cookie提示横幅。",
        "body_en": [
            ("heading", "Strictly necessary cookies"),
            (
                "paragraph",
                (
                    "<ul><li><strong>sessionid</strong>: keeps you signed in and remembers a service request you sent "
                    "without an account. Deleted when you sign out, or after two weeks.</li>"
                    "<li><strong>csrftoken</strong>: protects forms against cross-site request forgery. Kept for one "
                    "year.</li>"
                    "<li><strong>django_language</strong>: remembers the language you chose. Kept for one year.</li>"
                    "</ul>"
                ),
            ),
            ("heading", "No tracking or advertising"),
            (
                "paragraph",
                (
                    "<p>We use no analytics, advertising or social-media cookies and no third-party trackers. Card "
                    "payments are handled by Stripe, which may set its own strictly necessary cookies on the payment "
                    "step to prevent fraud.</p>"
                ),
            ),
            ("heading", "Controlling cookies"),
            (
                "paragraph",
                (
                    "<p>You can delete or block cookies in your browser's settings. Without them you cannot sign in "
                    "or send forms.</p>"
                ),
            ),
        ],
        "body_zh": [
            ("heading", "必要Cookie"),
            (
                "paragraph",
                (
                    "<ul><li><strong>sessionid</strong>：保持您的登录状态，并记住您未登录时提交的服务申请。退出登录"
                    "或两周后删除。</li>"
                    "<li><strong>csrftoken</strong>：防止跨站请求伪造，保护表单安全。保存一年。</li>"
                    "<li><strong>django_language</strong>：记住您选择的语言。保存一年。</li></ul>"
                ),
            ),
            ("heading", "不进行跟踪或广告"),
            (
                "paragraph",
                (
                    "<p>本平台不使用统计分析、广告或社交媒体Cookie，也不使用任何第三方跟踪工具。银行卡支付由Stripe"
                    "处理，Stripe可能在支付环节设置其防范欺诈所必需的Cookie。</p>"
                ),
            ),
            ("heading", "管理Cookie"),
            ("paragraph", "<p>您可以在浏览器设置中删除或阻止Cookie。阻止后将无法登录或提交表单。</p>"),
        ],
    },
    {
        "kind": "accessibility",
        "slug": "accessibility",
        "version": "2026-12-01",
        "effective_date": "2026-12-01",
        "title_en": "Accessibility Statement",
        "title_zh": "无障碍声明",
        "intro_en": "We want everyone to be able to use this platform, in English and Chinese, on any device.",
        "intro_zh": "我们希望所有人都能在任何设备上以中文或英文顺利使用本平台。",
        "body_en": [
            ("heading", "Our target"),
            (
                "paragraph",
                (
                    "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, and the "
                    "Chinese national standard GB/T 37668-2019. You should be able to use the site with a keyboard "
                    "only, with a screen reader, at 200% zoom and on a 360-pixel-wide phone.</p>"
                ),
            ),
            ("heading", "Known issues"),
            (
                "paragraph",
                (
                    "<ul><li>The maps on park pages cannot be used with a keyboard or screen reader. Every park's "
                    "address is also given as text.</li>"
                    "<li>Some PDF documents attached to policies are scans without a text layer.</li>"
                    "<li>Embedded videos from partners may lack captions.</li></ul>"
                ),
            ),
            ("heading", "Report a problem"),
            (
                "paragraph",
                (
                    "<p>If you find a page you cannot use, tell us through the contact form (choose "
                    "&ldquo;Accessibility problem&rdquo;) or by phone on +86 898 6868 0000. Say which page and what "
                    "went wrong. We reply within five working days and can provide the information in another "
                    "format.</p>"
                ),
            ),
            ("heading", "How we test"),
            (
                "paragraph",
                (
                    "<p>Each release is checked with automated tests in a real browser at phone and desktop widths, "
                    "in both languages. This statement was last reviewed on 1 December 2026.</p>"
                ),
            ),
        ],
        "body_zh": [
            ("heading", "目标"),
            (
                "paragraph",
                (
                    "<p>我们以达到《Web内容无障碍指南》（WCAG）2.1 AA级和国家标准GB/T 37668-2019为目标。您应能仅用"
                    "键盘、使用读屏软件、放大至200%或在360像素宽的手机上使用本网站。</p>"
                ),
            ),
            ("heading", "已知问题"),
            (
                "paragraph",
                (
                    "<ul><li>园区页面的地图暂不支持键盘和读屏软件操作，每个园区的地址均同时以文字提供。</li>"
                    "<li>部分政策附件PDF为扫描件，不含文字层。</li>"
                    "<li>合作方提供的嵌入视频可能没有字幕。</li></ul>"
                ),
            ),
            ("heading", "问题反馈"),
            (
                "paragraph",
                (
                    "<p>如您发现无法使用的页面，请通过在线留言（选择“无障碍问题”）或致电+86 898 6868 0000告诉我们，"
                    "并说明页面和遇到的问题。我们将在五个工作日内答复，并可提供其他格式的信息。</p>"
                ),
            ),
            ("heading", "测试方式"),
            (
                "paragraph",
                (
                    "<p>每次发布前，我们都会在真实浏览器中以手机和桌面宽度、中英文两种语言进行自动化测试。本声明最近"
                    "一次审查于2026年12月1日。</p>"
                ),
            ),
        ],
    },
]

CONTACT_PAGE = {
    "slug": "contact",
    "title_en": "Contact Us",
    "title_zh": "联系我们",
    "intro_en": "Write to the platform team in English or Chinese. We answer within two working days.",
    "intro_zh": "欢迎使用中文或英文给平台团队留言，我们将在两个工作日内答复。",
    "thank_you_text_en": (
        "We have emailed you a confirmation. An adviser will answer within two working days (Beijing time)."
    ),
    "thank_you_text_zh": "我们已向您发送确认邮件，顾问将在两个工作日内（北京时间）答复您。",
    "body_en": [
        ("heading", "Address"),
        (
            "paragraph",
            "<p>Haikou International Offshore Innovation &amp; Entrepreneurship Platform<br>"
            "3F, Innovation Building, Fuxing City Internet Industrial Park<br>"
            "No. 32 Binhai Avenue, Longhua District, Haikou, Hainan 570105, China</p>",
        ),
        ("heading", "Email and phone"),
        (
            "paragraph",
            "<p>General enquiries: "
            '<a href="mailto:hello@offshore-haikou.example.cn">hello@offshore-haikou.example.cn</a><br>'
            "Soft-landing services: "
            '<a href="mailto:service@offshore-haikou.example.cn">service@offshore-haikou.example.cn</a><br>'
            'Phone: <a href="tel:+8689868680000">+86 898 6868 0000</a></p>',
        ),
        ("heading", "Office hours"),
        (
            "paragraph",
            "<p>Monday to Friday, 9:00&ndash;12:00 and 14:30&ndash;18:00 (Beijing time, "
            "UTC+8), except Chinese public holidays. Messages sent through the platform "
            "are answered within two working days.</p>",
        ),
    ],
    "body_zh": [
        ("heading", "地址"),
        (
            "paragraph",
            "<p>海口国际离岸创新创业平台<br>"
            "海南省海口市龙华区滨海大道32号 复兴城互联网信息产业园创新大厦3楼<br>"
            "邮编：570105</p>",
        ),
        ("heading", "邮箱与电话"),
        (
            "paragraph",
            "<p>综合咨询："
            '<a href="mailto:hello@offshore-haikou.example.cn">hello@offshore-haikou.example.cn</a><br>'
            "落地服务："
            '<a href="mailto:service@offshore-haikou.example.cn">service@offshore-haikou.example.cn</a><br>'
            '电话：<a href="tel:+8689868680000">+86 898 6868 0000</a></p>',
        ),
        ("heading", "办公时间"),
        (
            "paragraph",
            "<p>周一至周五 9:00—12:00，14:30—18:00（北京时间），法定节假日除外。通过平台提交的"
            "留言将在两个工作日内回复。</p>",
        ),
    ],
}
