# ruff: noqa: E501, E741
"""Generate the second blind chat set: chat/k001.txt ... k170.txt and labels.jsonl.

A second independent held-out set, written from the label definitions only
(shared/corpus/README.md, "Label semantics" and "Conventions used while
labelling"). The writer did not see the classifier, its lexicons, its tests or
the first blind set's texts. Deterministic: items are shuffled with a fixed
seed before numbering.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from chat_sets import write_chat_set  # noqa: E402

D, C, S, X, K, I, O = (
    "disclosure",
    "correction",
    "suspension",
    "deletion",
    "complaint",
    "inquiry",
    "other",
)

# (language, kinds, note, text)
ITEMS = [
    # ================================================================== ja: other
    (
        "ja",
        [O],
        "Decoy: asks to delete a duplicated invoice PDF; billing, not personal data.",
        """請求書のPDFが同じものが2通届いてます。片方削除しといてもらえますか？経理が混乱するので。""",
    ),
    (
        "ja",
        [O],
        "Password reset mail not arriving; technical support.",
        """ログインできません。パスワード再設定のメールが何回やっても届かないです""",
    ),
    (
        "ja",
        [O],
        "Decoy: exporting scan results to CSV.",
        """お世話になります。脆弱性スキャンの結果をCSVでエクスポートしたいのですが、管理画面のどこから操作すればよいでしょうか。監査で提出する必要がありまして。""",
    ),
    (
        "ja",
        [O],
        "Angry outage complaint; service quality, not personal information.",
        """朝から管理画面が全然開かないんですけど！！こっちは業務が完全に止まってるんですよ。障害情報もどこにも出てないし、いつ復旧するのかくらい教えてください。""",
    ),
    (
        "ja",
        [O],
        "Decoy: wants to stop automatic product updates (stop/update words).",
        """WinGuardの自動更新を一時的に停止したいです。社内で新バージョンの検証が終わるまで、クライアント側の更新を止めておく設定はありますか？""",
    ),
    (
        "ja",
        [O],
        "Decoy: plan change (変更) for billing.",
        """来月からプランをスタンダードからライトに変更したいです。日割りの差額ってどうなりますか？""",
    ),
    (
        "ja",
        [O],
        "Sales/partnership inquiry.",
        """突然のご連絡失礼いたします。大阪でITサポート事業を営んでおります株式会社ナニワシステムの森本と申します。御社製品の販売代理店を募集されているようでしたら、ぜひ詳細をお伺いしたく存じます。ご担当者様におつなぎいただけますと幸いです。""",
    ),
    (
        "ja",
        [O],
        "Decoy: admin wants to delete a departed employee's user account in the console to free a license.",
        """管理コンソールで、先月退職した社員のユーザーを削除したいんですが、削除すればライセンスも1つ空きますか？それとも別途手続きが必要ですか。""",
    ),
    (
        "ja",
        [O],
        "Romaji: license key error; technical support.",
        """sumimasen, raisensu kii wo nyuuryoku suruto error 0x80070005 ga dete tsukaenai desu. dou sureba ii desu ka""",
    ),
    (
        "ja",
        [O],
        "Elderly customer asks how to renew an expired antivirus licence.",
        """パソコンのことはよく分からないのですが、孫に入れてもらったウイルス対策のソフトが「期限が切れました」と毎日画面に出てまいります。続けて使うにはどうしたらよろしいのでしょうか。お金がかかるのでしたら、振込用紙を送っていただけると助かります。""",
    ),
    (
        "ja",
        [O],
        "Decoy: wants to opt in to the beta programme; not personal data.",
        """新機能のベータ版プログラムってまだオプトインできますか？うちのチームで試してみたいです。""",
    ),
    (
        "ja",
        [O],
        "Billing: charged after cancellation, wants refund.",
        """解約したはずなのに、今月もカードから引き落とされてました。どういうことですか？返金してください。解約手続きの完了メールのスクショもあります。""",
    ),
    # ================================================================== ja: inquiry
    (
        "ja",
        [I],
        "Question about cookies used on the site.",
        """御社のウェブサイトではどういうCookieを使ってますか？広告用のものもありますか？""",
    ),
    (
        "ja",
        [I],
        "Retention period of contact-form data.",
        """問い合わせフォームに入力した内容って、どのくらいの期間保存されるものなんでしょうか。""",
    ),
    (
        "ja",
        [I],
        "Where personal data is stored (overseas servers?).",
        """個人情報は海外のサーバーに保存されていますか？利用しているクラウドの所在国を教えていただけますか。""",
    ),
    (
        "ja",
        [I],
        "Whether customer data is shared with the parent/group companies.",
        """親会社やグループ会社と顧客の情報を共有することはあるんですか？""",
    ),
    (
        "ja",
        [I],
        "Asks what 'joint use' in the privacy policy covers.",
        """貴社の個人情報保護方針を拝読いたしました。「共同利用」の項目がございますが、具体的にどの会社が共同利用者に含まれるのか、また利用目的の範囲がどこまでなのかがよく分かりませんでした。ご教示いただけますと幸いです。""",
    ),
    (
        "ja",
        [I],
        "Romaji: asks whether the company holds the PrivacyMark.",
        """kojin jouhou no kanri tte, puraibashii maaku toka shutoku shite masu ka?""",
    ),
    (
        "ja",
        [I],
        "Retention of app access logs; 消える is about log expiry, not a deletion request.",
        """アプリのアクセスログって何日くらいで消えるんですか？""",
    ),
    (
        "ja",
        [I],
        "Corporate due diligence questions about outsourcing supervision and breach reporting.",
        """来年度から御社サービスの全社導入を検討しております、情報システム部の野口です。社内のセキュリティ審査のためにお伺いしたいのですが、利用者の個人データの取扱いを外部に委託する場合、委託先の監督はどのように行われていますでしょうか。また、万一漏えいが発生した場合の報告体制について、資料があればご提供いただけますか。""",
    ),
    # ================================================================== ja: rights / complaints
    (
        "ja",
        [D],
        "Formal disclosure request.",
        """私に関して貴社が保有している個人データの開示を請求いたします。開示方法は電子メールを希望します。""",
    ),
    (
        "ja",
        [D],
        "Indirect: what info do you have on me, show me all of it.",
        """そっちって私のこと何の情報持ってるんですか？全部見せてほしいんだけど""",
    ),
    (
        "ja",
        [D],
        "Wants to see the list of registered info.",
        """自分が登録してる情報を一覧で確認したいです。どこから見られますか？""",
    ),
    (
        "ja",
        [D],
        "Records of provision to third parties.",
        """恐れ入りますが、私の個人情報を第三者に提供された記録がございましたら、提供先と提供した日付を教えていただけますでしょうか。""",
    ),
    (
        "ja",
        [D],
        "Romaji: wants a copy of their data by mail.",
        """watashi no deeta no kopii moraemasu ka? meeru de okutte hoshii desu""",
    ),
    (
        "ja",
        [D],
        "Elderly: wonders how the company knows her number; asks what info is held, in writing.",
        """先日、御社の方からお電話をいただきまして、どうして私の電話番号をご存じなのかと不思議に思っております。私のどのような情報をお持ちなのか、お手数ですが書面で送っていただけませんでしょうか。よろしくお願いいたします。""",
    ),
    (
        "ja",
        [D, X],
        "Check the data held, then erase all of it.",
        """保有してる私のデータを一回確認させてもらって、そのあと全部消してください。""",
    ),
    (
        "ja",
        [D],
        "Negation trap: not leaving the service; only wants to know how purchase history is used.",
        """退会するつもりはないです。ただ、私の購入履歴をどういう目的で使ってるのかだけ知りたいです。""",
    ),
    (
        "ja",
        [C],
        "Indirect: moved, gives new address (no request keyword).",
        """引っ越しました。新しい住所は〒150-0001 東京都渋谷区神宮前9-9-9 ヒカリハイツ302です。""",
    ),
    (
        "ja",
        [C],
        "Surname changed after marriage.",
        """結婚して苗字が変わりました。佐藤→高橋でお願いします""",
    ),
    (
        "ja",
        [C],
        "Negation trap: not leaving; only wants phone number replaced.",
        """退会はしません！携帯の番号が変わったので、登録されてる番号を090-0000-1234に差し替えてほしいだけです。""",
    ),
    (
        "ja",
        [C],
        "Indirect: birth year registered wrongly.",
        """マイページ見たら誕生日が1958年になってるんですけど、1985年です。数字が逆になってます""",
    ),
    (
        "ja",
        [C],
        "Business contact person changed; update registered contact name and email.",
        """平素より大変お世話になっております。有限会社ミドリ工房の中井でございます。
先月、御社とのやり取りの担当者が交代いたしまして、貴社にご登録いただいている連絡先が前任者の竹内のままとなっております。
お手数ではございますが、担当者名を「中井 恵」、メールアドレスを nakai@midori-kobo.example.jp にお改めいただけますと幸いです。
何卒よろしくお願い申し上げます。""",
    ),
    (
        "ja",
        [C],
        "Romaji: wants to change registered email.",
        """meeru adoresu wo kaetai desu. atarashii no wa kenta.m@example.jp desu. onegai shimasu""",
    ),
    (
        "ja",
        [C, K],
        "Angry: name kanji still wrong after repeated requests; correct it.",
        """何度言ったら名前の漢字直してくれるんですか？「齋藤」です。「斉藤」じゃありません。前にも電話で伝えたのに、毎回間違った宛名でDMが届きます。個人情報の管理どうなってるんですか。いい加減にしてください。""",
    ),
    (
        "ja",
        [C],
        "Indirect: employer on file is outdated, gives current employer.",
        """会員情報の勤務先、まだ前の会社になってますね。今は株式会社アオバ物流に勤めてます。""",
    ),
    (
        "ja",
        [C],
        "Elderly/polite: last four digits of phone number wrong.",
        """いつもお世話になっております。先日届きましたお手紙に書かれていた私の電話番号ですが、下四桁が違っておりました。正しくは5678でございます。お手数ですが直しておいていただけますでしょうか。""",
    ),
    (
        "ja",
        [S],
        "Indirect: don't contact me anymore (stop marketing contact).",
        """もう連絡してこないでください。""",
    ),
    (
        "ja",
        [S],
        "Casual: stop the newsletter.",
        """前に一度だけキャンペーンに応募したら、それから毎日のようにメルマガが来るようになりました。正直いらないです。止めてもらえますか""",
    ),
    (
        "ja",
        [S],
        "Stop passing my info to partner companies.",
        """会員規約を読み返していたら、提携先に情報を提供することがあると書いてありました。登録のときは気づかなかったです。私の情報を提携先の会社に渡すのはやめてもらえますか。""",
    ),
    (
        "ja",
        [S],
        "Formal: stop using data for ads and marketing.",
        """貴社プライバシーポリシーに基づき、私の個人情報を広告配信およびマーケティング目的で利用することを停止していただくよう申し入れます。対応完了後、その旨ご連絡ください。""",
    ),
    (
        "ja",
        [S],
        "Negation trap: does not want deletion, keeps using the service; only stop behaviour analytics.",
        """データを消してほしいわけではありません。サービスはこれからも使い続けます。ただ、私の行動履歴を分析に使うのはやめていただきたいです。""",
    ),
    (
        "ja",
        [S],
        "Romaji: stop ad mails.",
        """koukoku no meeru mou iranai desu. teishi shite kudasai""",
    ),
    (
        "ja",
        [S],
        "Opt out of third-party provision.",
        """第三者提供のオプトアウトをお願いします。""",
    ),
    (
        "ja",
        [S, K],
        "Unsubscribed but still receives sale mails; stop it this time.",
        """配信停止の手続きしたのに、まだセールのメール来るんですけど。どうなってるんですか？今度こそちゃんと止めてください。""",
    ),
    (
        "ja",
        [S],
        "Elderly: asks to refrain from sales calls (stop telemarketing use).",
        """毎週のように御社からお電話をいただいておりますが、私は年金暮らしで新しく何か購入する予定もございません。大変申し訳ないのですが、今後は営業のお電話はご遠慮いただけますでしょうか。""",
    ),
    (
        "ja",
        [C, S],
        "Address change plus stop the paper catalogue.",
        """住所が変わったので更新をお願いします。新住所は名古屋市中区栄0-0-0です。あと、紙のカタログはもう送らないでください。""",
    ),
    (
        "ja",
        [X],
        "Indirect: make it as if I had never registered.",
        """登録したこと自体、なかったことにしてほしいです。""",
    ),
    (
        "ja",
        [X],
        "Leave the service and erase all data.",
        """退会します。データも全部消しといてください""",
    ),
    (
        "ja",
        [X],
        "Question: how to have personal info deleted (deletion intent).",
        """個人情報を削除してもらうにはどうしたらいいですか？""",
    ),
    (
        "ja",
        [X],
        "Romaji: delete account and personal info.",
        """akaunto to kojin jouhou zenbu sakujo shite kudasai. mou tsukaimasen""",
    ),
    (
        "ja",
        [X],
        "Seminar survey data: asks to destroy it (破棄).",
        """お世話になっております。昨年、御社主催のセキュリティセミナーに参加した際にアンケートへ記入いたしました。
その後転職しており、今後御社のサービスを利用する予定もございません。
つきましては、当時ご提供した氏名・勤務先・メールアドレス等の情報を破棄していただけますでしょうか。
よろしくお願いいたします。""",
    ),
    (
        "ja",
        [X, K],
        "Angry: registered without consent; erase my info now.",
        """勝手に会員登録されてたんだけど？？頼んでもないのに。どこで俺のメアド手に入れたんだよ。今すぐ俺の情報消せ""",
    ),
    (
        "ja",
        [X],
        "Trial user: wants entered email and phone wiped (抹消).",
        """体験版を少し使っただけなので、そのとき入力したメアドや電話番号は抹消しておいてください。""",
    ),
    (
        "ja",
        [S, X],
        "Stop all sales mail and erase all data held.",
        """今後一切の営業メールを停止し、保有している私の情報もすべて消去してください。""",
    ),
    (
        "ja",
        [X],
        "Rambling: son registered in her name; can that be removed? (deletion intent as question)",
        """えーと、すみません、前に息子が私の名前で登録したみたいなんですけど、私自身は使ってないんですよね。メールだけ時々来てて。よく分からないんですけど、そういうのって消してもらえるものなんですかね？""",
    ),
    (
        "ja",
        [K],
        "Suspected leak: spam to an address only given to the company.",
        """個人情報漏れてるんじゃないですか？御社にしか教えてないメールアドレスに、最近怪しい迷惑メールが来るようになりました。""",
    ),
    (
        "ja",
        [K],
        "Ignored earlier disclosure request (complaint only).",
        """先月開示請求を出したのに、1か月たっても何の返事もありません。どういうことでしょうか。""",
    ),
    (
        "ja",
        [K],
        "Support read her address aloud on the phone; grievance about handling.",
        """この前サポートに電話したとき、担当の人が私の住所と電話番号を後ろまで聞こえるくらいの大声で読み上げてたんですけど、周りに他のお客さんの電話もあるような環境で、個人情報の扱いとしてそれってどうなんですか。""",
    ),
    (
        "ja",
        [K, D],
        "Received someone else's order data; fears own data sent elsewhere; asks for provision records.",
        """御社から届いたメールに、知らない人の名前と注文内容が載っていました。ということは、私の情報も同じように誰かに送られているんじゃないですか。私の情報がこれまでどこに送られたのか、記録を開示してください。""",
    ),
    (
        "ja",
        [K],
        "Creeped out by retargeting ads; grievance, no request.",
        """ネットを見ているとどこでも御社のサイトで見た商品の広告ばかり出てきて、正直気持ち悪いです。何の説明もなくこういう追跡をするのは不誠実だと思います。""",
    ),
    (
        "ja",
        [K, X],
        "Still gets mails after cancelling; thought cancel meant erase; delete properly.",
        """解約したのに、まだ「お客様情報のご確認」ってメールが来る。解約したらデータも消えると思ってたのに。ちゃんと消してください。""",
    ),
    (
        "ja",
        [D],
        "Wants all stored records about them including support history.",
        """マイページで見られない情報ってありますか？サポートとのやりとりの記録とか、私に関して保管されている内容を全部ください。""",
    ),
    (
        "ja",
        [D, C],
        "Show registered info and purchase records; also fix old address.",
        """ポイントの履歴がおかしい気がするので、まず私の登録情報と購入記録を全部見せてください。それと、登録住所が旧住所のままなので、今の住所（横浜市港北区日吉0-1-2）に直してください。""",
    ),
    (
        "ja",
        [C],
        "Indirect: romanized name spelled wrong.",
        """ローマ字のお名前が HIROSI になってますが、HIROSHI が正しいです。""",
    ),
    (
        "ja",
        [S],
        "Stop using her name in case-study publicity (stop a specific use).",
        """アンケートの回答を集計に使っていただくのは構いません。ただ、私の名前入りで導入事例としてホームページに載せるのはやめてください。""",
    ),
    (
        "ja",
        [X],
        "Negation trap: keeps the contract; only wants old stored card data erased.",
        """解約はしませんし、プランもそのままで大丈夫です。ただ、昔登録した古いクレジットカードの情報は消しておいてほしいです。""",
    ),
    (
        "ja",
        [K],
        "Someone claiming to be staff knew her order number; suspected leak.",
        """御社の社員を名乗る人からLINEが来て、私の注文番号を言われました。なんで外部の人が知ってるんですか？気味が悪いです。""",
    ),
    (
        "ja",
        [S],
        "Indirect: no more DMs or calls.",
        """DMとか電話とか、そういうのはもう結構です。""",
    ),
    (
        "ja",
        [D, S, X],
        "Tell me what is registered, stop ad use, delete unneeded data.",
        """まず、私の何が登録されているのか教えてください。そのうえで、広告への利用はやめて、必要ない情報は削除してほしいです。""",
    ),
    # ================================================================== en: other
    (
        "en",
        [O],
        "Decoy: delete old scan reports from the dashboard.",
        """How do I delete old scan reports from the dashboard? It's getting really cluttered.""",
    ),
    (
        "en",
        [O],
        "Decoy: export vulnerability scan results to PDF.",
        """Is there a way to export the vulnerability scan results to PDF? Our auditor wants them by Friday.""",
    ),
    (
        "en",
        [O],
        "Txt-speak outage report.",
        """site down?? cant log in since 9am""",
    ),
    (
        "en",
        [O],
        "Billing: double charge, refund.",
        """We were charged twice for the annual license (order WT-88213). Please refund one of the charges to the same card.""",
    ),
    (
        "en",
        [O],
        "Decoy: spam with reply-STOP-to-unsubscribe.",
        """CONGRATULATIONS!!! Your business has been selected for a FREE website SEO audit worth $499. Click the link below to claim your report today. Reply STOP to unsubscribe from future offers.""",
    ),
    (
        "en",
        [O],
        "Decoy: stop automatic renewal of the subscription; contract, not personal data.",
        """Please stop the automatic renewal on our subscription. We're moving to a different vendor at the end of the current term, so we just don't want to be billed again in April.""",
    ),
    (
        "en",
        [O],
        "Decoy: sales quote request with confidentiality disclaimer saying delete if received in error.",
        """Hi, forwarding this on behalf of my manager - could you send us a quote for 50 seats of WinGuard Pro, 3-year term?

Thanks,
Dana Reyes
Procurement, Halden Foods

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender immediately and delete it from your system.""",
    ),
    (
        "en",
        [O],
        "Decoy: agent update failing.",
        """How do I update the agent to v5.2 on machines that were offline during the rollout? The update keeps failing with error 1603.""",
    ),
    (
        "en",
        [O],
        "API bug report.",
        """Your REST API returns a 500 whenever I pass a date range longer than 90 days to /v2/events. Bug or undocumented limit?""",
    ),
    (
        "en",
        [O],
        "Partnership pitch.",
        """Hello Win Techno team,

I'm Marcus Lindqvist from Brightline Consulting. We resell endpoint security tooling across the Nordics and several of our clients have asked about Japanese vendors. Would someone on your channel team be open to a 30-minute call next week to discuss a reseller partnership?

Best regards,
Marcus""",
    ),
    (
        "en",
        [O],
        "Decoy: opt test machines out of the early-release update ring.",
        """Can we opt our test machines out of the early-release update ring? We want them to stay on the stable channel.""",
    ),
    (
        "en",
        [O],
        "Service complaint about outages and SLA; not personal data.",
        """This is the third outage this month. Your SLA promises 99.9% availability and you are nowhere near that. We expect service credits on the next invoice, and frankly an explanation.""",
    ),
    # ================================================================== en: inquiry
    (
        "en",
        [I],
        "Sharing with parent company.",
        """Do you share customer data with your parent company?""",
    ),
    (
        "en",
        [I],
        "Where data is stored.",
        """quick q - where are your servers? is customer data stored in japan or the us""",
    ),
    (
        "en",
        [I],
        "Cookies used on the website.",
        """What cookies does your website set, and are any of them third-party advertising cookies?""",
    ),
    (
        "en",
        [I],
        "Retention of chat transcripts.",
        """How long do you keep chat transcripts like this one?""",
    ),
    (
        "en",
        [I],
        "Legalistic APPI question on cross-border transfers for due diligence.",
        """Under the APPI, could you confirm whether Win Techno transfers personal data to any third country and, if so, what safeguards apply? This is for our vendor due-diligence questionnaire; a reference to the relevant policy section would be sufficient.""",
    ),
    (
        "en",
        [I],
        "Asks for the privacy contact / DPO.",
        """Who is your data protection officer or privacy contact? Need it for our supplier records.""",
    ),
    (
        "en",
        [I],
        "Whether the desktop agent sends personal info back.",
        """does the desktop agent send any personal info back to you guys or just malware signatures?""",
    ),
    (
        "en",
        [I],
        "Compliance questions: subprocessors, AI training, breach notification.",
        """Hi, we're evaluating your product for a regional hospital group and our compliance team asked me to check a few things before the pilot:
- Do you use subprocessors, and is there a published list?
- Is customer data ever used to train AI models?
- What is your breach notification timeline to customers?
Thanks in advance, Priya""",
    ),
    # ================================================================== en: rights / complaints
    (
        "en",
        [D],
        "Legalistic GDPR Art. 15 access request.",
        """Pursuant to Article 15 of the GDPR, I request access to all personal data you process concerning me, together with the purposes of the processing, the recipients to whom it has been disclosed, and the envisaged retention period. Please respond within one month.""",
    ),
    (
        "en",
        [D],
        "Indirect: what have you got on me.",
        """what have you got on me?""",
    ),
    (
        "en",
        [D],
        "Copy of everything on file.",
        """Could you send me a copy of everything you have on file for my account (j.whitfield@example.com)?""",
    ),
    (
        "en",
        [D],
        "CCPA right to know.",
        """I am a California resident exercising my right to know. Please provide the categories and specific pieces of personal information you have collected about me in the past 12 months.""",
    ),
    (
        "en",
        [D],
        "Non-native: which information about me do you keep.",
        """Hello, I want to know which informations about me your company keep. Please send to me. Thank you very much.""",
    ),
    (
        "en",
        [D],
        "Data portability: machine-readable export of personal data.",
        """We're consolidating our small business's tools and I'm switching to another security provider next month. Before I go, I'd like a machine-readable export of my personal data (profile, contact details, support history) so I can move it over.""",
    ),
    (
        "en",
        [D],
        "Negation trap: not closing account or erasing; wants third parties given details.",
        """To be clear, I am NOT asking you to close my account or erase anything. I just want to see which third parties you've handed my details to.""",
    ),
    (
        "en",
        [D],
        "Txt-speak disclosure request.",
        """can u send me wat info u have abt me thx""",
    ),
    (
        "en",
        [C],
        "Indirect: moved, new address.",
        """I've moved: new address is 42 Elm Row, Leeds LS1 4AB.""",
    ),
    (
        "en",
        [C],
        "Surname misspelled on profile.",
        """My surname is spelled wrong on my profile - it's Kowalczyk, not Kowalcyzk.""",
    ),
    (
        "en",
        [C],
        "Negation trap: don't delete or close anything; change account name after marriage.",
        """Please don't delete or close anything! I just got married and want the name on my account changed to Emily Carter.""",
    ),
    (
        "en",
        [C],
        "Indirect: phone number on file is old.",
        """Phone number on file is my old one. New one: +44 7700 900123.""",
    ),
    (
        "en",
        [C],
        "Legalistic APPI Art. 34 correction of date of birth.",
        """Under Article 34 of the APPI I request that you correct the date of birth recorded against customer ID WT-10293. The correct date is 12 March 1979.""",
    ),
    (
        "en",
        [C],
        "Long-winded: update outdated job title and company.",
        """Hi there, so a bit of background first. I signed up for your newsletter years ago through my old job, and since then I've changed employers twice. Your emails still greet me as "Head of IT, Norcross Ltd", which hasn't been true since 2019 and is a bit awkward when colleagues see it. I don't mind getting the emails at all, but could you update my job title and company to "Security Analyst, Pell & Co"? Thanks a lot.""",
    ),
    (
        "en",
        [C],
        "Non-native: fix typo in stored email address.",
        """Please fix my email in your system, it have a typo. Correct is ahmed.r@example.com not ahmed.r@exmple.com""",
    ),
    (
        "en",
        [S],
        "Take me off your marketing list.",
        """Please take me off your marketing list.""",
    ),
    (
        "en",
        [S],
        "CCPA do not sell or share.",
        """Do Not Sell or Share My Personal Information. I'm opting out under the CCPA.""",
    ),
    (
        "en",
        [S],
        "Stop using usage data for analytics/profiling.",
        """I don't want my usage data used for analytics or profiling anymore. Please exclude my account from that.""",
    ),
    (
        "en",
        [S],
        "Indirect: don't call me about upgrades again.",
        """Please don't call me again about upgrades. Ever.""",
    ),
    (
        "en",
        [S],
        "Negation trap: not asking for deletion; stop passing details to partners.",
        """I'm not asking you to delete my account, I still use it every day. I just want you to stop passing my details to your so-called partners.""",
    ),
    (
        "en",
        [S],
        "GDPR Art. 21 objection to direct marketing.",
        """I object to the processing of my personal data for direct marketing purposes under Article 21(2) GDPR. Please confirm in writing once this has been actioned.""",
    ),
    (
        "en",
        [S, K],
        "Angry: unsubscribed three times, promo mail keeps coming; stop it.",
        """I have unsubscribed THREE times and your promo emails keep coming. This is ridiculous and frankly sloppy handling of my information. Stop it now.""",
    ),
    (
        "en",
        [S],
        "Txt-speak: turn off personalised ads.",
        """no more ads pls. turn off the personalised ad stuff on my acct""",
    ),
    (
        "en",
        [X],
        "Indirect: forget I ever signed up.",
        """forget I ever signed up.""",
    ),
    (
        "en",
        [X],
        "Question: how to get data deleted (deletion intent).",
        """How do I get my data deleted?""",
    ),
    (
        "en",
        [X],
        "Legalistic GDPR Art. 17 erasure.",
        """I hereby request the erasure of all personal data relating to me, in accordance with Article 17 GDPR, without undue delay.""",
    ),
    (
        "en",
        [X],
        "CCPA deletion.",
        """California consumer here - requesting deletion of my personal information per Cal. Civ. Code 1798.105.""",
    ),
    (
        "en",
        [X],
        "Blunt: close account and wipe everything.",
        """Close my account and wipe everything you have on me.""",
    ),
    (
        "en",
        [X],
        "Non-native: remove my personal informations.",
        """I no more use your service. Please remove my personal informations from your database.""",
    ),
    (
        "en",
        [X],
        "Deceased father's account: remove account and his personal info.",
        """Hi, my father passed away last month and I'm working through his accounts. He had a WinGuard Home subscription under frank.doyle@example.com. Could you please remove his account and any personal information you hold on him? I can provide a death certificate and proof that I'm the executor if needed. Thank you.""",
    ),
    (
        "en",
        [D, X],
        "Copy of data first, then purge.",
        """I'm closing down my freelance business and cleaning up all my vendor accounts. Please send me a copy of my data first, for my own records, then purge it from your systems.""",
    ),
    (
        "en",
        [K],
        "Suspected leak of unique alias email.",
        """I think you leaked my email. I use a unique alias for every company and the one I gave only to Win Techno is now getting phishing mails.""",
    ),
    (
        "en",
        [K],
        "Ignored access request after 45 days (complaint only).",
        """I submitted an access request 45 days ago (ref PR-2291) and have heard absolutely nothing. This is unacceptable.""",
    ),
    (
        "en",
        [K, X],
        "Home address sent to another customer; furious; remove all info.",
        """One of your reps emailed my home address and order details to another customer by mistake - she forwarded it to me. I'm furious. I want all my information removed from your systems.""",
    ),
    (
        "en",
        [K],
        "Grievance: webinar signup led to cross-site tracking without notice.",
        """I'm honestly disappointed. I signed up for one webinar and apparently that means being tracked all over the web by your ad pixels. Nobody told me that would happen.""",
    ),
    (
        "en",
        [K, S],
        "Texts from unknown company citing Win Techno partners; never agreed; stop sharing.",
        """Why am I getting texts from a company I've never heard of saying they got my number from "Win Techno partners"? I never agreed to that. Stop sharing my number.""",
    ),
    (
        "en",
        [K, D],
        "Formal complaint about cookie banner; requests account of data collected via cookies.",
        """I am lodging a formal complaint. Your cookie banner has no reject option, and tracking cookies are set before any consent is given. Furthermore, I request a full account of the personal data you have collected about me through those cookies.""",
    ),
    (
        "en",
        [D, S],
        "Tell me what you have and stop using it for ads.",
        """Ok so I keep seeing your ads on literally every site, even on my work laptop, which makes me think you've built some kind of profile on me. Tell me what you have on me and stop using it for ads.""",
    ),
    (
        "en",
        [C, S],
        "Update email; keep new address off promo lists.",
        """New email is pat.nguyen@example.net - please update it. And please don't put the new address on any promo lists.""",
    ),
    (
        "en",
        [S, X],
        "Unsubscribe from everything and erase details.",
        """Unsubscribe me from everything and erase my details.""",
    ),
    (
        "en",
        [D, C, X],
        "Three requests: send stored data, fix outdated billing address, delete old phone number.",
        """Three things, please:
1) send me what you store about me;
2) my billing address is outdated - it should be 9 Harbour St, Cork T12 AB34;
3) delete the old landline number you have, I don't want it kept anywhere.""",
    ),
    (
        "en",
        [K],
        "Agent asked for full card number over chat; grievance about handling.",
        """Your support agent asked me to type my full card number and my date of birth into an unencrypted chat window. That's not OK and you should know better.""",
    ),
    (
        "en",
        [C],
        "Blunt: wrong DOB, fix it.",
        """wrong DOB on my account. fix it. 1990-07-14""",
    ),
    (
        "en",
        [S],
        "Legalistic APPI Art. 35: cease provision to third parties.",
        """In accordance with Article 35 of the Act on the Protection of Personal Information, I request that you cease providing my personal data to third parties with immediate effect.""",
    ),
    (
        "en",
        [X],
        "Negation trap: doesn't want to change or see data, only wants it gone.",
        """I don't want to change anything and I don't need to see my data. I just want it gone.""",
    ),
    (
        "en",
        [D],
        "Long: letter knew her DOB; not angry; asks what is held and where it came from.",
        """Hello, hope you're well. Last week I got a letter from you that included my date of birth, which I don't remember ever giving you. I'm not angry, just curious where that came from. Could you let me know what information you hold about me and where you obtained it?""",
    ),
    (
        "en",
        [K],
        "Grievance: chatbot greeted by name before login.",
        """Honestly it's creepy that your chatbot greeted me by my full name before I'd even logged in.""",
    ),
    (
        "en",
        [S],
        "Opt out of data sharing with ad partners.",
        """Hi, I was reading through your privacy notice after installing the mobile app and noticed the section about sharing device identifiers with "advertising partners". I wasn't aware of that when I signed up. Please opt me out of that sharing - my account email is r.okafor@example.org.""",
    ),
    (
        "en",
        [X],
        "Txt-speak: delete account and all data.",
        """pls delete my acct + all my data asap""",
    ),
    (
        "en",
        [C, K],
        "Second time: wrong address exposes name to strangers; correct it.",
        """For the second time: my address in your system is wrong and your courier keeps delivering to my old flat, where strangers now see my name and order on your parcels. Correct it to Flat 3, 18 Mill Lane, Bristol BS1 5TT and sort out your records.""",
    ),
    # ================================================================== zh
    (
        "zh",
        [O],
        "Software crashes after update; how to roll back.",
        """你们的软件更新以后一直崩溃，怎么回滚到上一个版本？""",
    ),
    (
        "zh",
        [I],
        "Whether data is transferred abroad and retention period.",
        """请问你们会把用户数据传到境外吗？一般保存多长时间？""",
    ),
    (
        "zh",
        [D],
        "Send a copy of all personal info held.",
        """你好。我三年前在你们的官网买过一次杀毒软件，后来就没再用了。最近想整理一下自己在各个网站留下的资料，请把你们保存的关于我的个人信息全部发给我一份，谢谢。""",
    ),
    (
        "zh",
        [X, K],
        "Never registered but receives mail; delete all info immediately.",
        """我从来没有注册过你们的服务，为什么一直收到你们的邮件？你们到底从哪里拿到我的邮箱的？请立即删除我的所有信息！""",
    ),
    (
        "zh",
        [S],
        "Indirect: stop sending promo SMS.",
        """以后别再给我发促销短信了。""",
    ),
    (
        "zh",
        [C],
        "New phone number, please update.",
        """我换手机号了，新号码是 138-0000-5678，麻烦帮我改一下。""",
    ),
    # ================================================================== ko
    (
        "ko",
        [O],
        "Asks for a payment receipt to be reissued; billing.",
        """결제 영수증을 다시 받을 수 있을까요? 회계 처리 때문에 필요합니다.""",
    ),
    (
        "ko",
        [D, X],
        "Tell me for what purpose my data is kept, then delete it all.",
        """안녕하세요. 2년 전쯤 회사 업무 때문에 무료 체험판을 신청했었는데, 지금은 이직해서 더 이상 쓸 일이 없습니다. 제 개인정보를 어떤 목적으로 보관하고 있는지 알려주시고, 확인 후에는 전부 삭제해 주세요.""",
    ),
    (
        "ko",
        [S],
        "Negation trap: no intention of leaving; stop using info for ads.",
        """탈퇴할 생각은 없어요. 다만 제 정보를 광고에 활용하는 건 중단해 주세요.""",
    ),
    (
        "ko",
        [C],
        "Indirect: English name registered wrongly.",
        """영문 이름이 KIM MINJOON으로 되어 있는데 KIM MINJUN이 맞아요.""",
    ),
    (
        "ko",
        [K],
        "Received mail with someone else's order details; grievance.",
        """다른 사람의 주문 내역이 담긴 메일이 저한테 왔습니다. 이름이랑 주소까지 다 보이던데, 개인정보 관리가 이렇게 허술해도 되나요?""",
    ),
    (
        "ko",
        [I],
        "What is not collected if cookie consent is refused.",
        """쿠키 동의를 하지 않으면 어떤 정보는 수집되지 않나요?""",
    ),
    # ================================================================== fr
    (
        "fr",
        [O],
        "Decoy: remove a device from the admin console.",
        """Bonjour, comment supprimer un poste de la console d'administration ? Nous avons remplacé plusieurs ordinateurs et les anciens apparaissent toujours.""",
    ),
    (
        "fr",
        [D],
        "GDPR Art. 15 copy of personal data.",
        """Conformément à l'article 15 du RGPD, je souhaite obtenir une copie de l'ensemble des données personnelles me concernant que vous détenez.""",
    ),
    (
        "fr",
        [S, X],
        "No more newsletters and erase details from files.",
        """Bonjour, j'ai participé à votre salon à Paris l'an dernier et depuis je reçois vos lettres d'information chaque semaine. Je n'utilise pas vos produits. Merci de ne plus m'envoyer vos newsletters et d'effacer mes coordonnées de vos fichiers.""",
    ),
    (
        "fr",
        [C],
        "Indirect: moved, new address.",
        """J'ai déménagé. Ma nouvelle adresse : 12 rue des Lilas, 69003 Lyon.""",
    ),
    (
        "fr",
        [K, S],
        "Third time asking to stop sales calls; still called; cease using number.",
        """C'est la troisième fois que je demande à ne plus être démarché par téléphone. Vos commerciaux continuent de m'appeler sur mon portable, y compris le samedi. C'est inadmissible. Cessez d'utiliser mon numéro.""",
    ),
    (
        "fr",
        [I],
        "Whether data is hosted in the EU.",
        """Vos données clients sont-elles hébergées dans l'Union européenne ?""",
    ),
    # ================================================================== de
    (
        "de",
        [O],
        "Billing: double debit, refund.",
        """Unsere Rechnung vom März wurde doppelt abgebucht. Bitte um Erstattung des zweiten Betrags.""",
    ),
    (
        "de",
        [X],
        "Remove all data and close customer account.",
        """Guten Tag, ich habe Ihr Produkt nur für ein kurzes Projekt genutzt, das inzwischen abgeschlossen ist. Ich möchte, dass Sie alle meine Daten vollständig entfernen und mein Kundenkonto schließen. Eine kurze Bestätigung per E-Mail wäre nett.""",
    ),
    (
        "de",
        [D, C],
        "Tell me what data you store; phone number outdated, new number.",
        """Guten Tag, bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben. Außerdem ist meine Telefonnummer veraltet, die neue lautet 0170 1234567.""",
    ),
    (
        "de",
        [S],
        "Objects to passing data to third parties.",
        """Ich widerspreche der Weitergabe meiner Daten an Dritte.""",
    ),
    (
        "de",
        [K],
        "Access request six weeks ago unanswered (complaint only).",
        """Ich habe vor sechs Wochen um Auskunft gebeten und bis heute keine Antwort erhalten. Das ist ein klarer Verstoß gegen die gesetzlichen Fristen.""",
    ),
    (
        "de",
        [C],
        "Negation trap: don't delete anything; only change surname.",
        """Bitte nichts löschen! Ich möchte nur, dass mein Nachname von Müller auf Schmidt-Müller geändert wird.""",
    ),
    # ================================================================== es
    (
        "es",
        [O],
        "Decoy: export analysis report to Excel.",
        """¿Cómo exporto el informe de análisis a Excel?""",
    ),
    (
        "es",
        [S],
        "No more advertising emails.",
        """No quiero recibir más correos publicitarios. Gracias.""",
    ),
    (
        "es",
        [D],
        "What personal data is held and with whom it was shared.",
        """Hola. Hace unos meses compré una licencia para mi pequeña oficina y desde entonces me llegan ofertas de empresas que no conozco. No digo que sea culpa de ustedes, pero quisiera saber qué datos personales tienen sobre mí y con quién los han compartido.""",
    ),
    (
        "es",
        [C, X],
        "Update changed email and erase old phone number.",
        """Mi correo cambió a lucia.ortega@example.com, actualícenlo por favor. Y borren el número de teléfono antiguo, ya no lo uso.""",
    ),
    (
        "es",
        [K, X],
        "Data appears on spam list, only given to the company; erase it.",
        """Estoy harta: mis datos aparecen en una lista de spam y solo se los di a ustedes. Quiero que los eliminen ya.""",
    ),
    (
        "es",
        [I],
        "Whether chatbot conversations are used to train AI.",
        """¿Utilizan las conversaciones de los clientes con el chatbot para entrenar modelos de inteligencia artificial?""",
    ),
]


def main():
    write_chat_set(HERE, ITEMS, prefix="k", seed=20240923)


if __name__ == "__main__":
    main()
