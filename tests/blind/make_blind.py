# ruff: noqa: E501, E741
"""Generate the blind chat set: chat/b001.txt ... b160.txt and labels.jsonl.

Written independently of the classifier and its lexicons. Labels follow the
definitions in shared/corpus/README.md ("Label semantics" and "Conventions").
Deterministic: items are shuffled with a fixed seed before numbering.
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
    # ------------------------------------------------------------------ ja: other
    (
        "ja",
        [O],
        "Billing: asks to cancel a duplicated invoice; deleting an invoice is not a privacy request.",
        """いつもお世話になっております。株式会社ミナトデザイン経理担当の川村でございます。
先日お送りいただいた10月分の請求書（請求番号 INV-2024-10-3381）が、二重に発行されているようです。
お手数ですが、重複している方の請求書を削除（取消）していただけますでしょうか。
何卒よろしくお願いいたします。""",
    ),
    (
        "ja",
        [O],
        "Password reset mail not arriving; technical support.",
        """パスワード忘れてリセットしようとしたけどメールが全然届かない…迷惑メールフォルダも見たけどない。どうしたらいい？""",
    ),
    (
        "ja",
        [O],
        "Plan change from Standard to Enterprise and proration question.",
        """お世話になります。現在スタンダードプラン（5ユーザー）を利用しておりますが、来月からエンタープライズプランへ変更したいと考えております。
途中で変更した場合、料金は日割りになりますでしょうか。手続き方法とあわせてご教示ください。""",
    ),
    (
        "ja",
        [O],
        "Wants to export vulnerability scan results as CSV/Excel for an auditor; not personal data.",
        """監査法人から提出を求められているため、先月実施した脆弱性スキャンの結果をCSVかExcel形式でエクスポートしたいです。
レポート画面にエクスポートのボタンが見当たらないのですが、どこから出力できますか？""",
    ),
    (
        "ja",
        [O],
        "Angry about a 3-hour outage and asks for SLA refund; service quality, not personal data.",
        """昨日14時ごろから約3時間、管理コンソールに全くアクセスできませんでした。
こちらは顧客への報告期限があったため大変困りました。障害の原因と再発防止策、それからSLAに基づく返金があるのかを教えてください。
正直かなり不満です。""",
    ),
    (
        "ja",
        [O],
        "Unsolicited SEO sales pitch; the opt-out line belongs to the sender.",
        """突然のご連絡失礼いたします。株式会社グロースリンク営業部の大西と申します。
貴社のWebサイトを拝見し、SEO対策でさらにお問い合わせ数を伸ばせる余地があると感じ、ご連絡いたしました。
現在、初月無料のキャンペーンを実施中です。15分ほどオンラインでお話しできませんでしょうか。

※今後のご案内が不要な場合は、お手数ですが本メールに「配信不要」とご返信ください。""",
    ),
    (
        "ja",
        [O],
        "Subscription cancellation only; nothing asked about data.",
        """今月いっぱいで解約したいです。更新日は毎月25日だったと思います。解約の手続きはどこからできますか？""",
    ),
    (
        "ja",
        [O],
        "Reseller/partnership inquiry.",
        """ご担当者様

九州エリアで情報セキュリティ製品の販売を手がけております、有限会社サザンネットの松尾と申します。
貴社のクラウドセキュリティ製品を当社のお客様（主に地方の中小製造業）にご紹介したく、販売代理店制度の有無や条件についてお伺いしたく存じます。
ご検討のほど、よろしくお願い申し上げます。""",
    ),
    (
        "ja",
        [O],
        "Romaji: cannot remove an old PC's agent from the admin console; product operation.",
        """sumimasen, kanri gamen kara furui PC no agent wo sakujo shitai n desu ga, sakujo botan ga guree ni natte te osemasen. kengen no settei ga hitsuyou desu ka?""",
    ),
    (
        "ja",
        [O],
        "Elderly user confused by a threat-detected alert; technical support.",
        """孫に勧められて御社のソフトを入れたのですが、今朝から画面の右下に「脅威を検出しました」という赤い表示が出たままになっております。
どこを押せばよいのか分かりません。パソコンは壊れてしまったのでしょうか。
電話で教えていただくことはできますか。

杉本 義男（七十八歳）""",
    ),
    (
        "ja",
        [O],
        "Negation trap: contract termination; explicitly does not want data deletion, only billing stopped.",
        """3月末で法人契約を終了します。データの削除とかは特に希望しないので、そのままで大丈夫です。
とにかく4月以降の請求が発生しないようにだけお願いします。""",
    ),
    (
        "ja",
        [O],
        "Wants to delete old audit logs in the product to free storage; not a privacy request.",
        """管理者権限でログインしているのに、古い監査ログ（2022年分）を削除しようとすると「権限がありません」と出ます。
ストレージ容量が上限に近いので整理したいのですが、何か設定が必要でしょうか。""",
    ),
    # ---------------------------------------------------------------- ja: inquiry
    (
        "ja",
        [I],
        "Asks which analytics cookies the website uses and what they collect.",
        """御社のWebサイトを閲覧した際に表示されるCookieのバナーについて質問です。
「分析用Cookie」とありますが、具体的にどのようなツールで、どんな情報を取っているのでしょうか。社内のセキュリティ規程で確認が必要になりました。""",
    ),
    (
        "ja",
        [I],
        "Vendor assessment: in which countries is personal data stored.",
        """お世話になっております。弊社情報システム部にて委託先評価を行っております。
御社サービスで取り扱う利用者の個人情報は、どの国のデータセンターに保管されていますでしょうか。
また、海外のクラウド事業者に保管を委託している場合は、その国名もご教示いただけますと幸いです。""",
    ),
    (
        "ja",
        [I],
        "Hypothetical: what happens to registered data if they cancel; practice question.",
        """もし解約したら、登録してる名前とかメールアドレスって消えるんですか？それともしばらく残る感じですか？
まだ解約するか決めてないんですけど気になって。""",
    ),
    (
        "ja",
        [I],
        "Asks whether customer data is jointly used with the parent company.",
        """御社は親会社のウィンホールディングスと顧客情報を共同利用していますか？
プライバシーポリシーを読んでもよく分からなかったので、共同利用の範囲を教えてください。""",
    ),
    (
        "ja",
        [I],
        "Asks how long access logs are retained.",
        """アクセスログ（IPアドレスや端末情報）はどのくらいの期間保存されているのでしょうか。""",
    ),
    (
        "ja",
        [I],
        "Negation trap: not a complaint, not asking deletion; general question about outsourcing contractors.",
        """クレームとかではないです！削除してほしいわけでもないです。
ただ、プライバシーポリシーに書いてある「業務委託先」って、一般的にどういう種類の会社に個人情報を預けているのか知りたいです。""",
    ),
    (
        "ja",
        [I],
        "Romaji: asks who the privacy officer is and the phone number of the complaints desk.",
        """kojin jouhou no toriatsukai ni tsuite shitsumon desu. onsha no kojin jouhou hogo kanrisha wa donata desu ka? mata, kujou uketsuke madoguchi no denwa bangou wo oshiete itadakemasu ka.""",
    ),
    # ------------------------------------------------------------- ja: disclosure
    (
        "ja",
        [D],
        "Formal APPI Art. 33 disclosure request by post.",
        """ウィンテクノ株式会社 個人情報お問い合わせ窓口 御中

平素より大変お世話になっております。
個人情報の保護に関する法律第33条に基づき、貴社が保有している私の保有個人データの開示を請求いたします。
開示の方法は書面（郵送）を希望いたします。本人確認書類の提出が必要であれば、手続きをご案内ください。

氏名：藤原 聡子
登録メールアドレス：s.fujiwara@example.jp

以上、よろしくお願い申し上げます。""",
    ),
    (
        "ja",
        [D],
        "Casual: wants to know everything registered about them.",
        """何が登録されてるのか確認したいんですけど、どこで見れますか？マイページ見ても名前とメアドしかなくて、他にも何か持ってるなら全部知りたいです""",
    ),
    (
        "ja",
        [D],
        "Asks for the records of provision of their data to third parties.",
        """念のため確認させてください。
御社が私の個人情報を第三者に提供したことがあれば、その提供記録（提供した日付、提供先など）を開示していただきたいです。
登録名：小池 健太""",
    ),
    (
        "ja",
        [D],
        "Elderly man: attended a seminar years ago, wants to know what is still kept about him.",
        """拝啓　突然お便りいたします。
十年ほど前、御社の（当時はまだ別の社名だったかもしれません）セミナーに参加した覚えがございます。その際、住所や勤め先を書いた用紙を提出いたしました。
あれから会社も退職し、今は年金暮らしをしております。御社の手元にいまだに私の何かが残っているのでしょうか。
残っているのでしたら、どのような内容か教えていただきたく存じます。
敬具

大塚 正治""",
    ),
    (
        "ja",
        [D],
        "Negation trap: explicitly not deletion or suspension; only wants a list of what is stored.",
        """最初にお断りしておきますが、削除や利用停止をお願いしたいわけではありません。御社のサービスは今後も使うつもりです。
ただ、個人的に情報の棚卸しをしておりまして、自分の情報として御社に何がどう保存されているのか把握しておきたいので、登録内容の一覧をいただけますでしょうか。""",
    ),
    (
        "ja",
        [D],
        "Romaji: asks for a copy of their personal data.",
        """konnichiwa. watashi no kojin deeta no kopii wo PDF ka nanika de okutte moraemasu ka? touroku mail wa k.ishida@example.net desu.""",
    ),
    (
        "ja",
        [D],
        "Negation trap: says it is not a complaint; asks disclosure of held data and its purposes.",
        """クレームのつもりはないのですが、一点お願いがございます。
貴社が私について保有している情報と、それぞれの利用目的を開示していただけますでしょうか。
会員番号：WT-204518""",
    ),
    # ------------------------------------------------------------- ja: correction
    (
        "ja",
        [C],
        "Surname changed by marriage; registered name still the old one.",
        """お世話になっております。昨年結婚し、姓が「岡田」から「森本」に変わりました。
御社に登録されている氏名が旧姓のままになっていますので、新しい姓への変更をお願いいたします。
森本（旧姓 岡田）美咲""",
    ),
    (
        "ja",
        [C],
        "Casual: mail still goes to the old address; asks to update to the new one.",
        """あれ、届いた郵便物が昔の住所のままになってる…転送で届いたけど。
引っ越したので新しい住所にしといてください。〒150-0099 東京都渋谷区架空町9-8-7 グリーンハイツ203""",
    ),
    (
        "ja",
        [C],
        "Registered phone number change.",
        """登録の電話番号を変更願います。
旧：090-0000-1234 → 新：080-0000-5678
よろしくお願いします。""",
    ),
    (
        "ja",
        [C],
        "Negation trap: do not delete the account; only fix the kanji of the name.",
        """アカウント削除は絶対にしないでください（以前問い合わせたときに退会の案内をされたので念のため）。
お願いしたいのは、担当者名の漢字の修正だけです。「斉藤」ではなく「齋藤」が正しい表記です。""",
    ),
    (
        "ja",
        [C],
        "Date of birth registered wrongly (digits swapped).",
        """会員情報の生年月日が1985年になっていますが、正しくは1958年です。数字が逆になってしまっているようです。訂正をお願いします。""",
    ),
    (
        "ja",
        [C],
        "Romaji: new address, please update.",
        """jusho ga kawatta node henkou onegai shimasu. atarashii jusho wa Osaka-fu Kasou-shi Midorigaoka 3-2-1 desu.""",
    ),
    (
        "ja",
        [C],
        "Asks to add department name to the registered information.",
        """請求関係のご連絡が確実に届くよう、登録情報に部署名「情報システム部」を追記していただけますか。現在は会社名と氏名しか入っていないようです。""",
    ),
    (
        "ja",
        [C],
        "Registered email address misspelled.",
        """メールアドレスの綴りが間違って登録されています。
tanaka.hiro@example.jp ではなく tanaka.hiroshi@example.jp です。修正お願いします。""",
    ),
    # ------------------------------------------------------------- ja: suspension
    (
        "ja",
        [S],
        "Negation trap: no need to delete the account; only stop promotional mail.",
        """宣伝メールはもう結構です。アカウントまで消す必要はないので、広告っぽいメールだけ止めてください。""",
    ),
    (
        "ja",
        [S],
        "Opt-out of provision of data to partner companies.",
        """貴社プライバシーポリシーに記載の、提携企業への個人データの提供について、私の情報は今後一切提供しないよう、オプトアウトを申し出ます。
氏名：吉川 宏
登録メールアドレス：h.yoshikawa@example.org""",
    ),
    (
        "ja",
        [S],
        "Newsletter unsubscribe.",
        """メルマガ、配信停止でお願いします。 t.kondo@example.com""",
    ),
    (
        "ja",
        [S],
        "Stop using usage history for behavioural analysis and ad targeting.",
        """御社サービス内での私の操作履歴を、行動分析や広告のターゲティングに使うのはやめていただきたいです。
サービスの提供に必要な範囲でのみ利用してください。""",
    ),
    (
        "ja",
        [S],
        "Negation trap: not leaving the service; only wants sales calls stopped.",
        """退会はしませんし、サービスも今まで通り使い続けます。
ただ、営業の方からの電話だけは今後かけてこないようにしてください。""",
    ),
    (
        "ja",
        [S],
        "Met at a trade show; asks to be taken off the sales list.",
        """先日の展示会で名刺交換させていただいた者です。
その後、御社から製品案内のメールとお電話をいただいておりますが、現時点で導入の予定はございません。
営業活動の対象リストから私の連絡先を外していただけますでしょうか。
株式会社アオバ精工　総務部　井上""",
    ),
    (
        "ja",
        [S],
        "Stop using personal data for advertising; still wants service notices.",
        """今後、私の個人情報を広告目的で利用することを停止していただきますようお願い申し上げます。
なお、サービスに関するお知らせ（障害情報など）は引き続き受け取りたいと考えております。""",
    ),
    # --------------------------------------------------------------- ja: deletion
    (
        "ja",
        [X],
        "Switched vendors; wants all their records erased.",
        """前に使ってたけど今は他社に乗り換えました。
もう御社とは関わりたくないので私の記録を全部消してください。""",
    ),
    (
        "ja",
        [X],
        "Close personal account and erase all personal information, with confirmation.",
        """お世話になっております。
本日付で個人アカウントを退会し、あわせて登録されている個人情報をすべて消去していただきたく、ご連絡いたしました。
消去が完了しましたら、その旨をメールでお知らせいただけますと幸いです。""",
    ),
    (
        "ja",
        [X],
        "How-to question expressing deletion intent.",
        """個人データを削除してもらうには、どういう手続きが必要ですか？""",
    ),
    (
        "ja",
        [X],
        "Deceased father's account: end the contract and delete his registered data.",
        """突然のご連絡失礼いたします。父・村上 隆が先月他界いたしました。
遺品のパソコンを整理していたところ、父が個人で御社のサービスを契約していたことが分かりました。
契約を終了し、父の登録情報も削除していただきたいのですが、どのような書類が必要でしょうか。

村上 恵子""",
    ),
    (
        "ja",
        [X],
        "Rejected job applicant: destroy/delete the submitted CV and personal data.",
        """昨年、御社の中途採用に応募した際に履歴書と職務経歴書を提出しました。
結果は不採用でしたので、提出した書類や個人情報は破棄・削除していただけますか。""",
    ),
    (
        "ja",
        [X],
        "Romaji: leaving, delete all my data.",
        """taikai shitai node watashi no deeta wa zenbu keshite kudasai. yoroshiku.""",
    ),
    (
        "ja",
        [X],
        "Cancel and delete account and personal data.",
        """解約と一緒に、アカウントも個人情報も消してほしいです。残しておく必要ないので。""",
    ),
    # -------------------------------------------------------------- ja: complaint
    (
        "ja",
        [K],
        "Ads still arriving after opting out; complains about sloppy data management, no new request.",
        """配信停止の手続きをしたはずなのに、今週もまた広告メールが2通来ました。一体どうなっているんですか。
個人情報の管理がずさんなのではないですか。""",
    ),
    (
        "ja",
        [K],
        "Suspects a leak: address only used for trial now receives spam.",
        """このメールアドレスは御社のトライアル登録にしか使っていないのですが、最近そのアドレス宛てに怪しい英語のスパムが大量に届くようになりました。
御社から情報が漏れているのではないかと疑っています。""",
    ),
    (
        "ja",
        [K],
        "Seminar mail sent with all recipients in CC; grievance about exposure of addresses.",
        """本日届いた御社からのセミナー案内メール、宛先に他の参加者のメールアドレスが数十件、丸見えで入っていました。
BCCにすべきところをCCにしたのだと思いますが、私のアドレスも他の人に見られているわけで、非常に不快です。
個人情報の扱いとしてあり得ないと思います。""",
    ),
    (
        "ja",
        [K],
        "Support disclosed contract details to his wife without identity verification.",
        """先日、私の留守中に妻が御社サポートに電話したところ、本人確認もないまま私の契約内容や登録電話番号を伝えられたそうです。
家族とはいえ、本人の同意なく個人情報を伝えるのは問題ではないでしょうか。強く抗議します。""",
    ),
    (
        "ja",
        [K],
        "Complains that a deletion request from three weeks ago got no reply; no new request made.",
        """3週間前に削除をお願いしたのに、まだ何の返事もありません。どうなってるの？対応遅すぎます。""",
    ),
    # ------------------------------------------------------------ ja: multi-intent
    (
        "ja",
        [D, X],
        "Rambling: first tell me what you hold, then delete all of it.",
        """ご担当者様

数年前に御社の無料診断ツールを試したことがあります。当時は会社のPCで使っていたのですが、その後転職して、今はまったく関係のない仕事をしています。
最近になって、いろいろな会社に自分の情報が残っているのがなんとなく気持ち悪くなり、少しずつ整理しているところです。

そこでお願いなのですが、まず御社が私について何の情報を持っているのかを教えていただき、そのうえで全て削除してください。

清水 亜希""",
    ),
    (
        "ja",
        [K, S],
        "Third time marketing mail after opt-out; demands it finally stop.",
        """先月も配信停止をお願いしたのに、また新製品の案内メールが届きました。これで3回目です。
いい加減にしてください。今度こそ確実に止めてください。""",
    ),
    (
        "ja",
        [K, X],
        "Registered by a colleague without consent; complains and demands deletion.",
        """登録した覚えのない御社のメルマガが届きました。どうやら名刺交換した同僚が勝手に私の名刺情報を登録したようです。
本人の同意もなく登録を受け付けるのはどうかと思います。私の情報はすべて削除してください。""",
    ),
    (
        "ja",
        [C, S],
        "Address change plus stop paper direct mail.",
        """引っ越したので住所の変更をお願いします。新住所：神奈川県横浜市架空区さくら台5-4-3
あと、紙のDMはもう不要なので送らないでください。""",
    ),
    (
        "ja",
        [D, K],
        "Disclosure request unanswered for two months; complains and demands disclosure.",
        """2か月前に保有個人データの開示請求を書面でお送りしましたが、いまだに何の回答もありません。
法律上、遅滞なく対応する義務があるはずです。大変遺憾です。至急、開示してください。""",
    ),
    (
        "ja",
        [S, X],
        "Stop using data for ads, then erase marketing data.",
        """私のデータを広告配信に使うのを直ちにやめてください。
そのうえで、マーケティング目的で保存している私の情報はすべて消去してください。""",
    ),
    (
        "ja",
        [D, C],
        "Send list of registered info; update the outdated employer.",
        """マイページで確認できる以外にも登録情報があれば、一覧で送ってください。
あと、所属会社が前の会社（株式会社ノースブリッジ）のままになっているので、現在の「株式会社ひまわり物流」に変更をお願いします。""",
    ),
    (
        "ja",
        [K, S, X],
        "Contacted at a private address never given; suspects improper sourcing; stop all contact and delete.",
        """御社からの案内メールの宛先が、私の個人用アドレスになっていました。
名刺に書いてある業務用アドレスで登録したはずなのに、なぜ個人のアドレスをご存じなのでしょうか。どこかから勝手に入手したのであれば大問題です。
今後一切の連絡を止め、私の情報を全て削除してください。""",
    ),
    (
        "ja",
        [D, S],
        "Disclose third-party provision records and stop future provision.",
        """貴社が私の個人データを第三者に提供した記録があれば、その開示をお願いします。
また、今後は第三者への提供を停止してください。""",
    ),
    (
        "ja",
        [C, K],
        "Name misspelled again after a correction request six months ago; complains and asks fix.",
        """何度お願いしたら直るんでしょうか。郵送物の宛名が「佐々木 真一」になっていますが、正しくは「佐々木 慎一」です。
半年前にも電話でお伝えしたはずです。今度こそ直してください。""",
    ),
    (
        "ja",
        [S, X],
        "Romaji: stop sending mail and delete registered info.",
        """mou meeru okuranaide kudasai. sorekara touroku shita jouhou mo zenbu sakujo shite hoshii desu. yoroshiku onegai shimasu. - Nakamura""",
    ),
    (
        "ja",
        [C],
        "Two things at once: billing question (not a privacy kind) plus email change; labelled correction only.",
        """2点お願いします。
①来月から年払いに切り替えたいのですが可能でしょうか。
②登録しているメールアドレスを変更したいです（新：y.hori@hori-office.example.jp）。
よろしくお願いいたします。""",
    ),
    # ================================================================== en: other
    (
        "en",
        [O],
        "API rate-limit problem; technical support.",
        """Hi team,

We're hitting HTTP 429 on /v2/scans/{id}/findings when our CI pipeline polls for results (roughly 40 req/min across 6 runners). The docs say the limit is 60/min per tenant, but we're being throttled well below that.

Tenant ID: wt-88213. Can you check whether our quota is configured correctly, or raise it to 120/min?

Thanks,
Dev Raman
Platform Security""",
    ),
    (
        "en",
        [O],
        "Wants to bulk delete old scan reports to free storage; not personal data.",
        """Our storage is at 97% and the dashboard keeps nagging about it. Is there a way to bulk delete scan reports older than 12 months? Deleting them one by one is going to take forever.""",
    ),
    (
        "en",
        [O],
        "Export of vulnerability findings as PDF for an auditor.",
        """hello, our auditor wants all vulnerability findings for Q3 exported as a PDF with the severity breakdown. the export button only gives me CSV. is PDF possible or is that enterprise only?""",
    ),
    (
        "en",
        [O],
        "Do not auto-renew the subscription; cancellation only.",
        """Please do not auto-renew our subscription next month. We've decided to go with another vendor. Let me know if you need anything from us to process the cancellation.""",
    ),
    (
        "en",
        [O],
        "Invoice tax error and refund request.",
        """Invoice WT-55120 charged us 10% consumption tax, but we're a Singapore entity billed in USD and I believe this should be zero-rated. Could you reissue the invoice and refund the difference?""",
    ),
    (
        "en",
        [O],
        "Angry about repeated outages, wants RCA and credits; service quality.",
        """This is the THIRD outage this month. Our SOC couldn't see any alerts for almost 6 hours on Tuesday. I'm not paying full price for a service that isn't there. I want a written RCA and service credits applied to our next invoice.""",
    ),
    (
        "en",
        [O],
        "SEO spam with 'reply STOP to unsubscribe'.",
        """Hello Sir/Madam,

Is your website ranking on the first page of Google? Our expert team can bring 300% more traffic within 30 days, GUARANTEED!!! Packages from only $99/month.

Reply YES to get a free audit.
Reply STOP to unsubscribe from future messages.""",
    ),
    (
        "en",
        [O],
        "MSSP white-label partnership offer.",
        """Dear Win Techno team,

I'm the BD lead at Lumen Bridge Pte. Ltd., a Singapore-based MSSP. We'd love to explore white-labelling your cloud posture scanner for our APAC clients. Would someone from your alliances team be open to a 30-minute call in the next two weeks?

Best regards,
Priya Nathan""",
    ),
    (
        "en",
        [O],
        "Non-native English: agent installation fails with access denied.",
        """hello, i try install the agent on windows server 2019 but it is fail with error 0x80070005 access denied. i am run as administrator already. what i must to do? thanks you""",
    ),
    (
        "en",
        [O],
        "Negation trap: ending team plan, explicitly NOT asking for deletion; only stop billing.",
        """We're winding down our team plan at the end of March. To be clear, we are NOT asking you to delete any data or close the user accounts - we may come back next year, so please keep everything as it is. Just stop the billing after March.""",
    ),
    (
        "en",
        [O],
        "SSO metadata request; the 'delete this message' line is a confidentiality disclaimer.",
        """Hi, could you send me the SAML metadata URL for our tenant? Our IdP admin needs it to finish the SSO setup.

Regards,
Tom

---
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete this message and any copies from your system.""",
    ),
    (
        "en",
        [O],
        "Switch to annual billing and remove seats; account administration, not personal data.",
        """How do I switch us from monthly to annual billing? Also we need to remove 3 seats - two people left and one moved to another team.""",
    ),
    (
        "en",
        [O],
        "Negation trap: does not want to unsubscribe; wants to sign up for release notes.",
        """I don't want to unsubscribe from anything - quite the opposite. Where do I sign up for the product release notes? I keep missing new features.""",
    ),
    # ---------------------------------------------------------------- en: inquiry
    (
        "en",
        [I],
        "Asks what is tracked if analytics cookies are rejected and which provider.",
        """Quick question about your website: if I reject the "analytics" cookies in the banner, does anything still get tracked? And which analytics provider do you use?""",
    ),
    (
        "en",
        [I],
        "Law-firm due diligence: storage location and cross-border transfer mechanism.",
        """We are completing a vendor due diligence questionnaire on behalf of our client. Please confirm (a) the countries in which customer personal data is stored and processed, (b) whether any personal data is transferred outside Japan, and if so, (c) the transfer mechanism relied upon (e.g. SCCs under GDPR Art. 46).""",
    ),
    (
        "en",
        [I],
        "Hypothetical: what happens to users' data if the contract is not renewed.",
        """Hypothetically, if we don't renew at the end of the contract, what happens to our users' names and emails? Do you wipe them automatically, and after how many days?""",
    ),
    (
        "en",
        [I],
        "Asks how long login IP addresses are retained.",
        """How long do you keep login IP addresses in your logs?""",
    ),
    (
        "en",
        [I],
        "Asks whether data is shared with the parent/group companies.",
        """Does Win Techno share customer information with its parent company or other group companies? I couldn't find this in the privacy policy.""",
    ),
    (
        "en",
        [I],
        "Asks for GDPR Art. 27 representative and DPO contact.",
        """Do you have an EU representative under GDPR Article 27, and who is your data protection officer? We need the contact details for our records of processing.""",
    ),
    (
        "en",
        [I],
        "Negation trap: not a complaint, no deletion wanted; asks whether customer data trains AI models.",
        """Not a complaint, and I don't need anything deleted - I'm just curious. Do you use customer data (scan results, account info) to train any AI models?""",
    ),
    # ------------------------------------------------------------- en: disclosure
    (
        "en",
        [D],
        "Lawyer citing APPI Art. 33 / GDPR Art. 15 requests a copy of client's data, purposes and recipients.",
        """Dear Sir or Madam,

I act for Mr. Daniel Okafor (account e-mail: d.okafor@example.org). Pursuant to Article 33 of the Act on the Protection of Personal Information and, to the extent applicable, Article 15 of the GDPR, my client requests confirmation as to whether you process his personal data and, where that is the case, a copy of such data together with the purposes of processing and the recipients to whom it has been disclosed.

A signed letter of authority is available on request. Please respond within the statutory period.

Yours faithfully,
Helen Marsh
Marsh & Carter LLP""",
    ),
    (
        "en",
        [D],
        "Casual: what do you have on me, send it.",
        """hey what do u guys actually have on me?? like can u send it over. signed up w/ jamie.l@example.com""",
    ),
    (
        "en",
        [D],
        "GDPR Art. 20 portability: machine-readable export of account data.",
        """Under GDPR Art. 20, please provide my account data (profile, activity history, settings) in a structured, machine-readable format such as JSON or CSV. I'm moving to another provider.""",
    ),
    (
        "en",
        [D],
        "Wants the list of third parties their data was shared with.",
        """I'd like a list of every third party you've shared my personal information with, with dates if you have them.""",
    ),
    (
        "en",
        [D],
        "Elderly man wants to see the file kept on him, by post.",
        """Good afternoon,

My grandson tells me that these internet companies keep files on everybody. I bought your security program for my computer about two years ago, over the telephone I believe. I would like to see whatever file you keep on me. I am not very good with computers so a letter by post would be best.

Yours sincerely,
Harold Whitcombe""",
    ),
    (
        "en",
        [D],
        "Negation trap: no deletion, no opt-out; just a copy of stored data.",
        """I don't want you to delete anything and I'm not opting out of anything. I just want a copy of whatever you store about me - that's all.""",
    ),
    (
        "en",
        [D],
        "Casual 'takeout' style download of all their data.",
        """is there a way to download everything you have on me? like a google takeout kind of thing""",
    ),
    # ------------------------------------------------------------- en: correction
    (
        "en",
        [C],
        "Records still have maiden name; update to married name.",
        """Hi - your records still have my maiden name (Rebecca Thornton). I've been Rebecca Ellis since 2021. Could you update it? It keeps showing up on the certificates from your training portal.""",
    ),
    (
        "en",
        [C],
        "Moved house; new address for hardware token delivery.",
        """Moved house last month. New address: 14 Larkspur Lane, Flat 3, Bristol BS99 9ZZ. Please update it so the replacement hardware token doesn't go to the old place.""",
    ),
    (
        "en",
        [C],
        "Non-native English: name misspelled in the system.",
        """Hello, my name is wrong spell in your system. It show "Mohamad Rahim" but the correct is "Mohammad Raheem". Please to fix it, because also my invoice is showing the wrong name.""",
    ),
    (
        "en",
        [C],
        "Update mobile number on file.",
        """pls update the mobile on file to +81 90-0000-4321, the old number isn't mine anymore""",
    ),
    (
        "en",
        [C],
        "Negation trap: don't close the account; only change contact email.",
        """Please don't close my account! I only need the contact email changed - I left my old employer and can't access that mailbox anymore. New one: sam.ortiz@ortiz-labs.example.com""",
    ),
    (
        "en",
        [C],
        "Add middle initial to profile.",
        """Could you add my middle initial to my profile? It should read "Karen J. Whitfield". There's another Karen Whitfield at our company and we keep getting each other's notifications.""",
    ),
    (
        "en",
        [C],
        "Outdated job title shown; asks to remove the inaccurate entry.",
        """Your customer portal lists me as "Head of IT, Parkway Foods". I haven't held that title for three years - I'm an independent consultant now. Please take that off my profile, it's simply wrong.""",
    ),
    # ------------------------------------------------------------- en: suspension
    (
        "en",
        [S],
        "Annoyed: stop promotional mail; still uses the product.",
        """stop pestering me with promos please. i use the product, i don't need to be sold to.""",
    ),
    (
        "en",
        [S],
        "Opt out of sharing with 'trusted partners'.",
        """Please opt me out of any sharing of my details with your "trusted partners". I don't consent to that.""",
    ),
    (
        "en",
        [S],
        "Objects to analytics and profiling use.",
        """I object to my usage data being used for analytics or profiling. Use it to run the service and nothing else.""",
    ),
    (
        "en",
        [S],
        "Negation trap: not asking for account deletion; only stop newsletters.",
        """I'm not asking you to delete my account - I still use Win Techno every day. Just stop the newsletters and the "tips" emails.""",
    ),
    (
        "en",
        [S],
        "CCPA-style do not sell or share.",
        """Do not sell or share my personal information. (I'm a California resident, if that matters.)""",
    ),
    (
        "en",
        [D],
        "Non-native English: wants to see which personal information is kept.",
        """Hello. Please can you tell me which informations about me you are keeping in your company? I want to see them. Thank you very much.""",
    ),
    # --------------------------------------------------------------- en: deletion
    (
        "en",
        [X],
        "Get rid of everything held about them.",
        """Please get rid of everything you have about me. I haven't used your product in years.""",
    ),
    (
        "en",
        [X],
        "I want out: close account and scrub details.",
        """I want out. Close my account and scrub my details from your systems. Username: nkowalski""",
    ),
    (
        "en",
        [X],
        "Asks the process to have personal info erased (deletion intent).",
        """What's the process to have my personal info erased? I can't find it anywhere in the settings.""",
    ),
    (
        "en",
        [X],
        "GDPR Art. 17 erasure with consent withdrawal.",
        """Under Article 17 GDPR I request the erasure, without undue delay, of all personal data concerning me. I withdraw any consent previously given. Please confirm once this has been completed.

R. Lindqvist""",
    ),
    (
        "en",
        [X],
        "Former employee of a customer wants their profile data erased.",
        """I left Crestline Logistics in June, but my user profile (name, photo, phone number) is still in your platform under their tenant. Please erase my personal data from it.""",
    ),
    (
        "en",
        [X],
        "Signed up for a trial by accident; remove name and email.",
        """signed up for the free trial by accident while looking for something else, please remove my name and email from your system, thanks""",
    ),
    (
        "en",
        [X],
        "Negation trap: not unhappy, not complaining; retired, delete account and data.",
        """I'm not unhappy with the product and this isn't a complaint - I've simply retired and don't need the account any more. Please delete it along with my personal data.""",
    ),
    # -------------------------------------------------------------- en: complaint
    (
        "en",
        [K],
        "Received another customer's report with staff names and phone numbers; grievance about misdirected personal data.",
        """I just received an email from your support team with a PDF scan report attached - except it isn't ours. It lists another company's server names and the full names and phone numbers of their IT staff. I've deleted it, but you should know your team is sending personal data to the wrong customers. This is seriously concerning.""",
    ),
    (
        "en",
        [K],
        "Unsubscribed three times, still receiving invites; grievance only.",
        """I have unsubscribed from your mailing list three separate times now. Three. And the webinar invites keep coming. Does your opt-out actually do anything?""",
    ),
    (
        "en",
        [K],
        "Sales rep called a personal mobile never given to the company.",
        """One of your sales reps called me on my personal mobile yesterday. I have never given that number to Win Techno - only my work email. Frankly this is creepy, and I'd like it on record that I'm not happy about it.""",
    ),
    (
        "en",
        [K],
        "Vague and late security incident notice about contact data.",
        """Your "security incident notice" from last week says "some contact information may have been accessed" and nothing more. No details, no timeline, and it arrived a month after the fact. For a security company this is a poor way to treat your customers' data.""",
    ),
    (
        "en",
        [K],
        "Correction request ignored for five weeks; grievance only.",
        """I asked for my details to be corrected five weeks ago (case 30917) and nothing has happened. Nobody replies. This is not acceptable.""",
    ),
    # ------------------------------------------------------------ en: multi-intent
    (
        "en",
        [D, X],
        "Copy of all data, then delete it.",
        """Two things please: (1) send me a copy of all the data you hold on me, and (2) once I've received it, delete the lot.""",
    ),
    (
        "en",
        [K, S],
        "Still getting marketing after opting out in January; demands it stop.",
        """I opted out of marketing back in January and I'm still getting your emails. Stop. Sending. Them. This is the last time I'm asking before I report you.""",
    ),
    (
        "en",
        [K, X],
        "Added to a mailing list without permission after a booth visit; demands deletion.",
        """Your company added me to a mailing list after I visited your booth at the expo - I never gave permission for that, I only scanned a QR code for a free pen. I'm annoyed. Delete my information.""",
    ),
    (
        "en",
        [C, S],
        "Surname change plus no more marketing.",
        """Hi, my surname is now Gallagher (was Byrne). Please update it. And while you're at it, no more marketing emails please.""",
    ),
    (
        "en",
        [D, C],
        "Send the personal details on file; phone number is out of date.",
        """Can you send me what personal details you have on file for me? I'm fairly sure the phone number is out of date too - it should be +44 7700 900123, please change it.""",
    ),
    (
        "en",
        [D, S],
        "Which third parties got my data, and stop sharing it.",
        """Please tell me which third parties you have shared my data with, and stop sharing it with any of them from now on.""",
    ),
    (
        "en",
        [D, K],
        "Subject access request ignored for two months; complains and demands the copy.",
        """I submitted a subject access request on 3 February. It's now been over two months with no reply apart from an automated ticket number (#48213). That's well past the one-month deadline. I expect the full copy of my data within 7 days.""",
    ),
    (
        "en",
        [S, X],
        "Stop marketing use, then delete account and associated data.",
        """Please stop using my data for any marketing purposes, and then delete my account and everything associated with it.""",
    ),
    (
        "en",
        [K, S, X],
        "Rambling: details passed to other companies without consent; stop sharing/emails and remove data.",
        """Hello,

I'll be honest, I'm writing this at 1am because I'm fed up. A few months ago I downloaded one of your white papers - I had to fill in a form to get it, fine. Since then I've had emails from you, but also from two companies I've never heard of, both mentioning "your interest in Win Techno solutions". So clearly my details were passed on without anyone asking me.

I want all of this to stop - no more sharing, no more emails - and I want my details removed from your database entirely.

Mark Delaney""",
    ),
    (
        "en",
        [D, S, K],
        "Retargeted by ad partners without agreement; wants to know what was sent and to stop it.",
        """It has come to my attention that your ad partners have been retargeting me across the web ever since I logged into your portal. I don't recall agreeing to any of this. Tell me exactly what data you sent them, and stop sending it.""",
    ),
    (
        "en",
        [C, K],
        "Name spelled wrong for the fourth time; complains and asks to fix records.",
        """For the fourth time: my name is spelled Siobhán, with the fada, not "Siobhan" or "Sio bhan". Every email you send gets it wrong and it's frankly disrespectful at this point. Please fix it properly in your records.""",
    ),
    (
        "en",
        [X],
        "Two things at once: invoice PO fix (not privacy) plus personal account deletion; labelled deletion only.",
        """Hi, couple of things. Our last invoice had the wrong PO number - can you reissue it with PO-7731? Also, separately, I'd like my personal account (not the company one) deleted along with my data, I don't use it anymore.""",
    ),
    (
        "en",
        [C],
        "Two things at once: server-location question plus phone update; labelled correction only.",
        """Where are your servers located, out of interest? Also please update my phone number to 555-0147, the old one is disconnected.""",
    ),
    # ====================================================================== zh
    (
        "zh",
        [O],
        "Simplified: procurement question about Chinese UI and RMB pricing.",
        """你好，我们公司想采购贵司的云安全产品，请问管理后台有没有中文版？另外报价是否可以用人民币结算？""",
    ),
    (
        "zh",
        [O],
        "Traditional: outsourcing spam with its own unsubscribe line.",
        """您好，我們是專業的網站外包團隊，提供App開發、UI設計服務，價格優惠。如有需要請回覆，謝謝！
若不想再收到此類訊息，請回覆「退訂」。""",
    ),
    (
        "zh",
        [I],
        "Simplified: asks whether personal data is stored outside Japan.",
        """请问贵司收集的用户个人信息会传输到日本以外的地方吗？比如是存储在日本还是其他国家？""",
    ),
    (
        "zh",
        [D],
        "Traditional: what personal data is kept about me, and a copy.",
        """您好，我想知道貴公司目前保存了哪些關於我的個人資料，能否提供一份副本給我？我的註冊信箱是 chen.wl@example.net""",
    ),
    (
        "zh",
        [K, X],
        "Simplified: still receiving promos after unsubscribing; delete all my data.",
        """我已经退订过好几次了，你们还在给我发推广邮件，太过分了！请把我的个人信息全部删除。""",
    ),
    (
        "zh",
        [S],
        "Traditional: stop providing data to partners and stop ad use.",
        """請停止將我的個人資料提供給第三方合作夥伴，也不要再用於廣告投放。謝謝。""",
    ),
    # ====================================================================== ko
    (
        "ko",
        [O],
        "Report PDF export error in console.",
        """안녕하세요. 관리 콘솔에서 스캔 보고서를 PDF로 내보내려고 하는데 계속 오류가 납니다. 확인 부탁드립니다.""",
    ),
    (
        "ko",
        [I],
        "Asks what cookies are used for, including ad cookies.",
        """귀사 웹사이트에서 쿠키를 어떤 목적으로 사용하는지 궁금합니다. 광고용 쿠키도 사용하나요?""",
    ),
    (
        "ko",
        [C],
        "Negation trap: not account deletion; only change the registered address.",
        """계정 삭제를 원하는 게 아닙니다. 등록된 주소만 새 주소로 바꿔 주세요: 서울특별시 가상구 예시로 123, 4층.""",
    ),
    (
        "ko",
        [S],
        "Opt out of marketing SMS and email.",
        """더 이상 마케팅 문자나 이메일을 받고 싶지 않습니다. 수신 거부 처리해 주세요.""",
    ),
    (
        "ko",
        [X],
        "Leave membership and destroy personal information.",
        """회원 탈퇴하고 제 개인정보도 전부 파기해 주세요. 더 이상 서비스를 이용하지 않습니다.""",
    ),
    (
        "ko",
        [D, X],
        "First tell me what you hold, then delete everything.",
        """제 개인정보를 어떤 것들을 보관하고 계신지 먼저 알려 주시고, 확인이 끝나면 모두 삭제해 주셨으면 합니다.""",
    ),
    # ====================================================================== fr
    (
        "fr",
        [O],
        "Plan upgrade quote request.",
        """Bonjour,
Nous souhaiterions passer de l'offre Standard à l'offre Entreprise à partir du mois prochain. Pourriez-vous nous envoyer un devis ?
Cordialement,
Julien Marchand""",
    ),
    (
        "fr",
        [I],
        "Asks retention period of connection logs.",
        """Bonjour, combien de temps conservez-vous les journaux de connexion (adresses IP) de vos utilisateurs ? Merci d'avance.""",
    ),
    (
        "fr",
        [D],
        "GDPR Art. 15 access request with purposes.",
        """Madame, Monsieur,
Conformément à l'article 15 du RGPD, je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les finalités du traitement.
Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Claire Dubois""",
    ),
    (
        "fr",
        [S],
        "No more commercial prospecting by email or phone.",
        """Je ne souhaite plus recevoir de prospection commerciale de votre part, ni par e-mail ni par téléphone. Merci.""",
    ),
    (
        "fr",
        [C],
        "Address change.",
        """Bonjour, mon adresse a changé : 12 rue des Lilas, 69999 Villefictive. Merci de mettre à jour mon dossier.""",
    ),
    (
        "fr",
        [K, S],
        "Negation trap: newsletter after three unsubscribes; not asking deletion, stop the mailings.",
        """Cela fait trois fois que je me désinscris de votre newsletter et je continue à la recevoir. C'est inadmissible. Je ne demande pas la suppression de mon compte, mais arrêtez immédiatement ces envois.""",
    ),
    # ====================================================================== de
    (
        "de",
        [O],
        "Agent fails to start on Linux after update; technical support.",
        """Hallo, seit dem letzten Update startet der Agent auf unseren Linux-Servern (Ubuntu 22.04) nicht mehr. Im Log steht "certificate verify failed". Können Sie helfen?""",
    ),
    (
        "de",
        [I],
        "Asks whether data is transferred to third countries and on what legal basis.",
        """Guten Tag, übermitteln Sie personenbezogene Daten Ihrer Kunden in Drittländer außerhalb der EU bzw. Japans? Falls ja, auf welcher Rechtsgrundlage?""",
    ),
    (
        "de",
        [X],
        "GDPR Art. 17 erasure with written confirmation.",
        """Sehr geehrte Damen und Herren,
gemäß Art. 17 DSGVO fordere ich Sie auf, sämtliche mich betreffenden personenbezogenen Daten unverzüglich zu löschen und mir die Löschung schriftlich zu bestätigen.
Mit freundlichen Grüßen
Markus Weber""",
    ),
    (
        "de",
        [C],
        "Surname misspelled (Muller vs Müller).",
        """Hallo, mein Nachname ist in Ihrem System falsch geschrieben: "Muller" statt "Müller". Bitte korrigieren Sie das. Danke!""",
    ),
    (
        "de",
        [K],
        "Received an email containing another customer's contract data and phone number.",
        """Ich habe heute eine E-Mail von Ihnen bekommen, die an mich adressiert war, aber die Vertragsdaten und die Telefonnummer eines anderen Kunden enthielt. Das ist ein Datenschutzverstoß. Ich bin entsetzt, wie sorglos Sie mit Kundendaten umgehen.""",
    ),
    (
        "de",
        [D, S],
        "Negation trap: does not want account deleted; wants to know stored data and stop ad/analytics use.",
        """Ich möchte mein Konto nicht löschen. Bitte teilen Sie mir aber mit, welche Daten Sie über mich gespeichert haben, und verwenden Sie meine Daten ab sofort nicht mehr für Werbung oder Analysen.""",
    ),
    # ====================================================================== es
    (
        "es",
        [O],
        "Cancel monthly subscription; nothing about data.",
        """Hola, quiero cancelar mi suscripción mensual a partir del próximo mes. ¿Cómo lo hago? Gracias.""",
    ),
    (
        "es",
        [D],
        "What personal data is stored and for what purpose.",
        """Buenas tardes. Me gustaría saber qué datos personales míos tienen almacenados y con qué finalidad los usan. Quedo atento.
Saludos,
Javier Ortega""",
    ),
    (
        "es",
        [X],
        "Delete account and all personal data.",
        """Hola, ya no uso su servicio. Quiero que borren mi cuenta y todos mis datos personales, por favor.""",
    ),
    (
        "es",
        [C],
        "Phone number update.",
        """Buenos días, mi número de teléfono ha cambiado. El nuevo es +34 600 000 111. ¿Pueden actualizarlo en mi perfil? Gracias.""",
    ),
    (
        "es",
        [S],
        "Stop sending advertising.",
        """Por favor, dejen de enviarme publicidad. No quiero recibir más correos promocionales. Gracias.""",
    ),
    (
        "es",
        [K, X],
        "Data apparently passed to unknown companies after a demo signup; demands erasure.",
        """Estoy muy molesta. Me registré solo para una demo y desde entonces recibo llamadas de empresas que no conozco que dicen tener mis datos gracias a ustedes. ¡Nunca autoricé eso! Exijo que eliminen toda mi información.""",
    ),
]


def main():
    write_chat_set(HERE, ITEMS, prefix="b", seed=20240611)


if __name__ == "__main__":
    main()
