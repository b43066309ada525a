# ruff: noqa: E501, E741
"""Generate the third blind chat set: chat/m001.txt ... m170.txt and labels.jsonl.

A third independent held-out set, written from the label definitions only
(shared/corpus/README.md, "labels.jsonl format", "Label semantics" and
"Conventions used while labelling"). The writer did not see the classifier,
its lexicons, its tests, the corpus texts or the texts of the earlier blind
sets. Deterministic: items are shuffled with a fixed seed before numbering.
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
    # ================================================================== ja: disclosure
    (
        "ja",
        [D],
        "Formal APPI Art. 33 request to disclose all retained personal data electronically.",
        """株式会社ウィンテクノ 個人情報お問い合わせ窓口 御中

いつもお世話になっております。有限会社みどり設計の川村と申します。
個人情報の保護に関する法律第33条に基づき、貴社が保有している私（川村 久美子）に関する保有個人データの開示を請求いたします。
対象は、製品のユーザー登録情報、サポート窓口への問い合わせ履歴、セミナーへの参加履歴を含むすべてのデータです。
開示の方法は電子データでの提供を希望いたします。必要な本人確認書類がございましたらご指示ください。

よろしくお願い申し上げます。""",
    ),
    (
        "ja",
        [D],
        "Indirect casual question asking to see everything the company keeps about them.",
        """私の情報ってそっちにどこまで残ってるんですか？登録のときに入れたやつとか、全部見せてもらえたりします？""",
    ),
    (
        "ja",
        [D],
        "Asks to be notified of the purposes for which their data is used.",
        """私の個人情報をどのような目的で利用されているのか、具体的に教えてください。利用目的の通知をお願いします。""",
    ),
    (
        "ja",
        [D],
        "Asks for records of provision of their data to third parties (recipient and date).",
        """貴社が私の個人データを第三者に提供した記録があれば、その提供先と提供日を開示していただけますでしょうか。
社内で個人情報の取り扱い状況を棚卸ししておりまして、念のため確認させていただきたく存じます。""",
    ),
    (
        "ja",
        [D],
        "Wants own profile and usage history as CSV/JSON before moving to another service (portability).",
        """マイページに登録している自分のプロフィール情報と利用履歴を、CSVかJSONでまとめてもらうことってできますか？
他のサービスに移る前に、手元に控えておきたいので。""",
    ),
    (
        "ja",
        [D],
        "Negation trap: does not want deletion, only to see what is registered.",
        """削除とかは希望しません。単純に、御社に私のどんな情報が登録されているのか、一覧で見せていただきたいだけです。""",
    ),
    (
        "ja",
        [D],
        "Romaji: asks to be told all personal data the company holds.",
        """sumimasen, watashi no kojin jouhou de onsha ga hoji shiteiru mono wo zenbu oshiete itadakemasu ka. touroku shita toki no meeru adoresu wa t.ono@example.jp desu.""",
    ),
    (
        "ja",
        [D],
        "Elderly user asks, indirectly, to be sent in writing how their name/address is recorded.",
        """孫に勧められて、そちらのセキュリティソフトを使わせていただいている者です。
年寄りなもので、難しいことはよく分からないのですが、私の名前や住所などがそちらでどのように記録されているのか、一度書面で送っていただけないでしょうか。
お手数をおかけしますが、よろしくお願いいたします。

松本 タツ""",
    ),
    (
        "ja",
        [D],
        "Asks to hear the recording of their own support call.",
        """先月18日にサポートへ電話したときの通話録音、私の分を聞かせてもらうことはできますか。言った言わないの話になっているので確認したいです。""",
    ),
    # ================================================================== ja: correction
    (
        "ja",
        [C],
        "Moved; simply states the new address (implicit update request).",
        """引っ越しました。新しい住所は東京都世田谷区桜新町9-8-7です。""",
    ),
    (
        "ja",
        [C],
        "Surname changed after marriage; asks to change registered name.",
        """結婚により姓が変わりました。旧姓：山口 → 新姓：佐伯（佐伯 真理子）です。
ご登録の氏名を変更していただけますでしょうか。メールアドレスは変わっておりません。""",
    ),
    (
        "ja",
        [C],
        "One-liner: phone number changed, states the new one.",
        """電話番号が変わりました。080-4321-9876になります""",
    ),
    (
        "ja",
        [C],
        "Registered kanji of the name is wrong; asks to fix it.",
        """登録されている名前の漢字が違います。「斉藤」ではなく「齋藤」です。
毎年届く更新案内の宛名がずっとこの字になっていて、前から気になっていました。
この機会に直しておいていただけると助かります。""",
    ),
    (
        "ja",
        [C],
        "Elderly customer: registered birth year is wrong (Showa 33 vs 38).",
        """わたくしの生年月日が昭和33年と登録されておりますが、正しくは昭和38年でございます。
先日届きました書類で気が付きました。お手数ですが訂正をお願いいたします。""",
    ),
    (
        "ja",
        [C],
        "Company name changed; asks to reflect new company name and contact email.",
        """【社名変更のお知らせ】
平素より大変お世話になっております。
このたび弊社は2025年4月1日付で「株式会社ひかりネット」から「ひかりデジタル株式会社」へ商号を変更いたしました。
つきましては、貴社にご登録いただいている弊社名および担当者のメールアドレス（新：m.kondo@hikari-digital.example.jp）を反映していただけますようお願いいたします。

ひかりデジタル株式会社 総務部 近藤""",
    ),
    (
        "ja",
        [C],
        "Registered details are outdated (employer, department); gives new ones.",
        """マイページを見たら登録内容が古いままでした。転職して勤務先も部署も変わっているので、今の情報に直したいです。
新しい勤務先は株式会社あおば製作所、情報システム部です。""",
    ),
    (
        "ja",
        [C],
        "Romaji: address changed, asks for the change.",
        """jusho ga kawarimashita. atarashii jusho wa Kanagawa-ken Yokohama-shi Kohoku-ku Tsunashima 1-2-3 desu. henkou onegai shimasu. Ishida""",
    ),
    (
        "ja",
        [C],
        "Negation trap: not withdrawing, only wants to change login email address.",
        """退会じゃないです。ログインIDになっているメールアドレスを変えたいだけなんですが、どこからできますか？新しいアドレスは haruka.m@example.jp です。""",
    ),
    (
        "ja",
        [C],
        "Furigana reading of the name is wrong.",
        """フリガナが「ヤマザキ」で登録されていますが、「ヤマサキ」が正しいです。""",
    ),
    (
        "ja",
        [C],
        "Contact person changed; asks to change the registered contact details.",
        """お世話になっております。
弊社の担当者が変わりましたのでご連絡いたします。今後は情報システム課の森下（morishita@example.jp／03-5555-0123）が窓口となりますので、ご登録の担当者情報を森下に変更してください。
なお、前任の大西は3月末で退職しております。""",
    ),
    # ================================================================== ja: suspension
    (
        "ja",
        [S],
        "Negation trap: not withdrawing, only wants the newsletter stopped.",
        """退会するつもりはありません。ただ、週2回くるメルマガだけは止めてほしいです。""",
    ),
    (
        "ja",
        [S],
        "Stop using browsing/usage data for ad delivery.",
        """私の閲覧履歴や利用データを広告の配信に使うのはやめていただけますか。""",
    ),
    (
        "ja",
        [S],
        "Asks to stop providing their data to third parties (partners).",
        """貴社のプライバシーポリシーに「提携先に顧客情報を提供する場合がある」と記載されていますが、私の情報については第三者への提供を停止してください。""",
    ),
    (
        "ja",
        [S],
        "Asks to exclude their account data from usage analytics.",
        """管理画面の利用状況を分析に使っていると聞きました。私のアカウントのデータは、その分析の対象から外してもらえますか。""",
    ),
    (
        "ja",
        [S],
        "Stop sharing data with group companies.",
        """最近、御社のグループ会社からもキャンペーンの案内が届くようになりました。
私の情報をグループ各社と共有するのはやめてください。御社からの製品関連のお知らせは引き続き受け取りたいです。""",
    ),
    (
        "ja",
        [S],
        "Elderly, indirect: politely declines further sales calls.",
        """先日から何度かお電話で新しい商品のご案内をいただいておりますが、もう結構でございます。今後はご連絡くださらなくて大丈夫です。""",
    ),
    (
        "ja",
        [S],
        "One-liner: no more sales emails.",
        """営業メール不要です。""",
    ),
    (
        "ja",
        [S],
        "Business mail: stop profiling and marketing use of employee usage logs.",
        """お世話になっております。株式会社北斗システムズ 情報システム部の田島です。
貴社製品のテレメトリ機能について社内で確認いたしましたところ、利用者ごとの操作ログをもとにプロファイリングを行っている旨の記載がございました。
弊社の利用者アカウントに紐づくデータにつきましては、プロファイリングおよびマーケティング目的での利用を停止していただくようお願いいたします。
なお、製品の動作に必要な範囲での処理については問題ございません。
ご対応のほど、よろしくお願いいたします。""",
    ),
    # ================================================================== ja: deletion
    (
        "ja",
        [X],
        "Withdraw and erase all registered personal data.",
        """退会したいです。登録してある個人情報もすべて消してください。""",
    ),
    (
        "ja",
        [X],
        "Question about how to get personal data deleted (deletion intent).",
        """個人情報を削除してもらうには、どういう手続きが必要ですか？""",
    ),
    (
        "ja",
        [X],
        "Erase data entered when registering for a webinar.",
        """先月のウェビナーに申し込んだ際に入力した氏名・会社名・電話番号を、御社のデータベースから消去していただけますでしょうか。""",
    ),
    (
        "ja",
        [X],
        "Indirect: trial user will not use the service; does not want data kept.",
        """以前、無料体験に登録しましたが、社内で検討した結果、導入は見送りとなりました。
もう使うことはありませんので、私の登録情報はそちらに残さないでおいていただけるとありがたいです。""",
    ),
    (
        "ja",
        [X],
        "Asks to discard business-card data handed over at an exhibition.",
        """部署異動で担当を外れましたので、展示会のブースでお渡しした私の名刺の情報は破棄していただけると助かります。""",
    ),
    (
        "ja",
        [X],
        "Romaji: delete the account together with all their data.",
        """account to issho ni watashi no deeta mo zenbu sakujo shite hoshii desu. yoroshiku onegai shimasu.""",
    ),
    (
        "ja",
        [X],
        "Deceased father's account: close it and delete his personal data.",
        """父が先月他界いたしました。父の名義で登録されているアカウントを解約し、父の個人情報も削除していただきたくご連絡いたしました。
必要な書類がございましたらお知らせください。

長男 小野寺 健""",
    ),
    (
        "ja",
        [X],
        "One-liner: erase all my data.",
        """私の情報、全部消してください。""",
    ),
    # ================================================================== ja: complaint
    (
        "ja",
        [K],
        "Received mail containing another customer's name and contract; worried about own data.",
        """今朝届いた御社からのメール、宛名が私ではなく全然知らない人の名前で、その人の契約内容まで書いてありました。
これ、他の人の個人情報ですよね？ということは、私の情報も誰かに送られているんじゃないかと不安です。
いったいどういう管理をしているんですか。""",
    ),
    (
        "ja",
        [K],
        "Earlier disclosure request ignored for three weeks.",
        """3週間前に保有データの開示をお願いしたのに、受付のメールすら来ていません。
法律で対応することが決まっているはずですよね。個人情報をお預けしている会社として、この対応はどうなんでしょうか。""",
    ),
    (
        "ja",
        [K],
        "Support asked for unnecessary personal info (birth date, family).",
        """サポートに問い合わせただけなのに、生年月日や家族構成まで聞かれました。問題の解決に関係ない個人情報をなぜ聞かれるのか理解できません。不快です。""",
    ),
    (
        "ja",
        [K],
        "Sales rep called personal mobile number never given; grievance.",
        """御社の営業の方から私個人の携帯に電話がありました。こちらは会社の代表番号しかお伝えしていないはずです。
どこでこの番号を入手されたのでしょうか。非常に不愉快です。""",
    ),
    (
        "ja",
        [K],
        "Mail sent with all recipients in CC, exposing addresses.",
        """御社からの案内メール、宛先がCCで全員分見えてましたよ。うちの社員のアドレスも他社に丸見えです。セキュリティの会社なんだから、個人情報の扱いはちゃんとしてください。""",
    ),
    (
        "ja",
        [K],
        "Angry one-liner: signed up to newsletter without consent; no explicit request.",
        """同意してないのに勝手にメルマガ登録されてた。ありえない。""",
    ),
    # ================================================================== ja: inquiry
    (
        "ja",
        [I],
        "Which cookies the website uses, including ad cookies.",
        """御社のWebサイトではどのようなCookieを使用していますか？広告系のCookieも含まれますか？""",
    ),
    (
        "ja",
        [I],
        "How long support chat logs are retained.",
        """サポートチャットのログは何年保存されるんでしょうか""",
    ),
    (
        "ja",
        [I],
        "Negation trap: not a complaint; asks whether cloud data is stored in Japan.",
        """苦情とかではないです。単純な質問なんですが、クラウド版で預けたデータって日本国内のサーバーに保存されてますか？""",
    ),
    (
        "ja",
        [I],
        "Whether customer personal data is shared with the parent company.",
        """親会社と顧客の個人情報を共有することはありますか。""",
    ),
    (
        "ja",
        [I],
        "Asks for contact of the personal-information manager for vendor register.",
        """個人情報保護管理者の方の連絡先を教えていただけますか。社内の委託先管理台帳に記載する必要がございまして。""",
    ),
    (
        "ja",
        [I],
        "Whether they hold Privacy Mark or ISMS certification.",
        """プライバシーマークかISMSは取得されていますか？""",
    ),
    (
        "ja",
        [I],
        "Whether data processing is outsourced abroad, and to which countries.",
        """個人データの処理を海外の委託先に任せていることはありますか。ある場合は国名も教えてください。""",
    ),
    (
        "ja",
        [I],
        "Retention/erasure policy after contract end, for an audit; explicitly not cancelling.",
        """解約した後、ユーザーのデータは何年くらいで消去される方針ですか？
うちは解約する予定はないんですが、監査の質問票で聞かれていて回答が必要なんです。""",
    ),
    # ================================================================== ja: other
    (
        "ja",
        [O],
        "Decoy: delete old quotation PDFs from the portal.",
        """ポータルに古い見積書のPDFが3つ残っているので、削除しておいていただけますか。最新版だけあれば大丈夫です。""",
    ),
    (
        "ja",
        [O],
        "Decoy: exporting vulnerability-scan results to CSV fails.",
        """脆弱性診断の結果をCSVでエクスポートしようとするとエラーになります。ブラウザはChromeの最新版です。""",
    ),
    (
        "ja",
        [O],
        "Angry about console outage; service quality, not personal data.",
        """朝からずっと管理コンソールに繋がらないんだけど！！こっちは業務止まってるんですよ。いつ復旧するんですか""",
    ),
    (
        "ja",
        [O],
        "Decoy: licence renewal and change of payment method (billing).",
        """来月でライセンスが切れるので、更新の手続きをお願いします。
あわせて、支払い方法を請求書払いからクレジットカードに変更したいです。""",
    ),
    (
        "ja",
        [O],
        "Job application for a security engineer position.",
        """はじめまして。貴社のセキュリティエンジニア職の求人を拝見し、応募させていただきたくご連絡いたしました。
前職ではSOCのアナリストとして5年間勤務しておりました。履歴書と職務経歴書を添付いたしますので、ご検討のほどよろしくお願いいたします。

青木 翔太""",
    ),
    (
        "ja",
        [O],
        "Sales pitch for SEO services.",
        """突然のご連絡失礼いたします。株式会社ミライ広告 営業部の野口と申します。
御社Webサイトのアクセス数を3か月で2倍にするSEO施策について、ぜひ一度ご提案の機会をいただけないでしょうか。
オンラインで30分ほどお時間をいただければ幸いです。""",
    ),
    (
        "ja",
        [O],
        "Decoy: prize spam with reply-STOP unsubscribe line.",
        """【当選】おめでとうございます！Amazonギフト券5万円分が当選しました。受け取りはこちら→ http://example.com/xx
配信停止をご希望の方は「STOP」と返信してください。""",
    ),
    (
        "ja",
        [O],
        "Decoy: how to auto-delete old firewall logs (product setting).",
        """ファイアウォールのログが容量を圧迫しているので、90日より古いログを自動で削除する設定ってどこでできますか？""",
    ),
    (
        "ja",
        [O],
        "Decoy: change subscription plan.",
        """プランをエンタープライズからスタンダードに変更したいです。""",
    ),
    (
        "ja",
        [O],
        "Decoy: changed phone model, 2FA app broken, cannot log in (technical).",
        """機種変更したら二段階認証のアプリが使えなくなって、ログインできません。認証の再設定をお願いできますか？""",
    ),
    (
        "ja",
        [O],
        "Quote request for 50 licences.",
        """50ライセンスで見積もりお願いします""",
    ),
    (
        "ja",
        [O],
        "Thanks for a meeting, shares minutes.",
        """先日はお打ち合わせのお時間をいただき、ありがとうございました。議事録を共有いたしますので、ご確認ください。""",
    ),
    # ================================================================== ja: multi-intent
    (
        "ja",
        [D, X],
        "Disclose all held data, then delete all of it.",
        """御社に登録されている私の情報を、一度全部開示してください。内容を確認したら、そのまま全部削除してもらって構いません。というか、削除してください。""",
    ),
    (
        "ja",
        [S, K],
        "Unsubscribed twice but newsletter still arrives; demands it stop.",
        """メルマガの配信停止の手続きを2回もしたのに、まだ毎週届きます。どうなってるんですか？いい加減止めてください。""",
    ),
    (
        "ja",
        [X, K],
        "Leak in the news, no apology mail; distrust; withdraw and delete all data.",
        """御社のサービスから情報漏えいがあったというニュースを見ました。
私のところにはお詫びのメールすら届いていません。自分の情報が流出したのかどうかも分からず、非常に不信感を持っています。
もう御社を信用できませんので退会します。私に関するデータはすべて削除してください。""",
    ),
    (
        "ja",
        [C, S],
        "Moved (new address) and asks not to be sent paper direct mail.",
        """引っ越しましたので住所の変更をお願いします。新住所は福岡市中央区天神9-9-9です。
ついでに、紙のDMは今後送らないでください。""",
    ),
    (
        "ja",
        [D, K],
        "Unknown company called citing referral; suspects data was passed on; asks for provision records.",
        """身に覚えのない会社から「ウィンテクノ様からのご紹介で」と営業電話がありました。私の情報を勝手に渡したんですか？
誰に、いつ提供したのか、記録を開示してください。""",
    ),
    (
        "ja",
        [S, X],
        "Stop ad use of data and delete collected browsing history.",
        """広告目的で私のデータを使うのはやめてください。あと、これまでに集めた閲覧履歴も削除してほしいです。""",
    ),
    (
        "ja",
        [C, D],
        "Wants to check registered details and update phone number.",
        """今登録されている内容を確認させてください。それと、電話番号が070-1111-2222に変わったので更新もお願いします。""",
    ),
    (
        "ja",
        [K, X, S],
        "Elderly, angry at repeated calls: remove name/number from list and never call again.",
        """何度も何度も電話をかけてこないでください。年寄りだと思って馬鹿にしているんですか。
こちらの名前も電話番号も、そちらの名簿から消してもらいます。二度と連絡してこないように。""",
    ),
    # ================================================================== en: disclosure
    (
        "en",
        [D],
        "Formal GDPR Art. 15 subject access request.",
        """Subject: Subject Access Request

Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide me with a copy of all personal data you hold about me, the purposes of processing, the recipients to whom it has been disclosed, and the retention period.

My account is registered under l.fairbanks@example.com.

Regards,
Lydia Fairbanks""",
    ),
    (
        "en",
        [D],
        "Casual: what info do you have on me.",
        """hey what info do you guys actually have on me? just curious""",
    ),
    (
        "en",
        [D],
        "Portability: export of own personal data in JSON before switching provider.",
        """Could you provide an export of my personal data (profile, login history, support tickets) in a machine-readable format like JSON? I'm moving to another provider and would like to take it with me.""",
    ),
    (
        "en",
        [D],
        "Asks for the purposes of processing and which vendors receive their data.",
        """Please tell me for what purposes you are processing my personal data, and which of your vendors receive it.""",
    ),
    (
        "en",
        [D],
        "Asks for a copy of the recording of their own support call.",
        """I'd like a copy of the recording of my support call on 12 May (ticket #48812). Is that possible?""",
    ),
    (
        "en",
        [D],
        "Non-native: give me all the information you keep about me.",
        """Hello, please can you give me the all informations that your company is keeping about me. My user name is r.okafor. Thank you very much.""",
    ),
    (
        "en",
        [D],
        "Indirect: send whatever is on file under my name.",
        """Could you send me whatever you've got on file under my name? Need it for some paperwork, thanks.""",
    ),
    (
        "en",
        [D],
        "Negation trap: not asking to delete or change anything; wants to see full profile record.",
        """To be clear, I'm not asking you to delete or change anything. I'd just like to see what my profile looks like on your end - the full record, not only what's shown in the dashboard.""",
    ),
    # ================================================================== en: correction
    (
        "en",
        [C],
        "Moved; states new address.",
        """I moved. New address is 42 Harbour Rd, Apt 5, Wellington 6011.""",
    ),
    (
        "en",
        [C],
        "Non-native: family name misspelt in the system.",
        """Hi, my family name is wrong written in your system. It is Kowalczyk, not Kowalczik. Please can you correct it? Thanks, Marta""",
    ),
    (
        "en",
        [C],
        "Name changed after marriage; asks to reflect it.",
        """Got married last month, so I'm Emily Hartwell now (was Emily Brooks). Can you reflect that on my account? Same email as before.""",
    ),
    (
        "en",
        [C],
        "One-liner: states new mobile number.",
        """new mobile: +81 90-5555-0198""",
    ),
    (
        "en",
        [C],
        "Wrong date of birth (digits swapped).",
        """Your records have my date of birth as 12 July 1988. It's actually 21 July 1988 - looks like the digits got swapped when I signed up. It keeps tripping up the identity check when I call support. Could you fix it?""",
    ),
    (
        "en",
        [C],
        "Company renamed; asks to update company name on customer record.",
        """Hello,

Effective 1 April, Tanaka Analytics KK has changed its name to Brightline Data KK following our merger. Please update the company name on our customer record and on the contact profile for me (Ken Tanaka, IT Manager).

Our address, phone number and the contract itself are unchanged.

Best regards,
Ken Tanaka""",
    ),
    (
        "en",
        [C],
        "Old email dead; use new email from now on (implicit update).",
        """My old email (j.park@oldmail.example.com) is dead, the provider shut down. Please use jpark.dev@example.com from now on.""",
    ),
    (
        "en",
        [C],
        "Negation trap: do not close or reset the account, only change the email on it.",
        """Please don't close or reset my account - I only need the email address on it changed to a.kim@example.com. Your web form keeps telling me to contact support.""",
    ),
    (
        "en",
        [C],
        "Txt-speak: address changed, please fix.",
        """hey my addy changed pls fix thx. its 18 elm st, springfield now""",
    ),
    (
        "en",
        [C],
        "Records out of date: department and title changed.",
        """Your records for me are out of date. I'm no longer in Procurement - I moved over to IT Security as team lead back in January. Could you update my department and job title on my contact profile? Everything else is still correct.""",
    ),
    (
        "en",
        [C],
        "Legalistic GDPR Art. 16 rectification of postal code.",
        """Pursuant to Article 16 GDPR, I request the rectification of inaccurate personal data held about me. Your records list my postal code as 10115; the correct postal code is 10117. Please confirm once the rectification has been carried out.""",
    ),
    # ================================================================== en: suspension
    (
        "en",
        [S],
        "One-liner: unsubscribe from newsletter.",
        """Unsubscribe me from the newsletter.""",
    ),
    (
        "en",
        [S],
        "Stop using data for targeted advertising.",
        """I don't want my data used for targeted advertising. Please stop.""",
    ),
    (
        "en",
        [S],
        "Opt out of sharing with partners/affiliates.",
        """Please opt me out of any sharing of my information with your partners or affiliates.""",
    ),
    (
        "en",
        [S],
        "Exclude account data from analytics and profiling.",
        """Please exclude my account data from your product analytics and any user profiling. Processing needed to actually run the service is fine.""",
    ),
    (
        "en",
        [S],
        "Negation trap: not asking to delete account, only wants sales calls to stop.",
        """I am NOT asking to delete my account - I use the product every day. I just want the sales calls to stop.""",
    ),
    (
        "en",
        [S],
        "Indirect: would rather not hear from marketing anymore.",
        """I'd rather not hear from your marketing team anymore. Appreciate it.""",
    ),
    (
        "en",
        [S],
        "CCPA do-not-sell-or-share opt-out.",
        """Do Not Sell or Share My Personal Information. I am a California resident and am exercising my right to opt out under the CCPA.""",
    ),
    (
        "en",
        [S],
        "Non-native: no more promotion mails.",
        """Please no more sending me the promotion mails. I am not interested, thank you.""",
    ),
    (
        "en",
        [S],
        "Do not use my data for AI model training.",
        """I noticed your updated terms mention using customer content to "improve our models". I'm fine with you processing my data to provide the service, but please don't use any of it for AI training.""",
    ),
    # ================================================================== en: deletion
    (
        "en",
        [X],
        "Delete account and all associated personal data.",
        """Please delete my account and all associated personal data.""",
    ),
    (
        "en",
        [X],
        "Question about the process to get personal info wiped (deletion intent).",
        """What's the process for getting all my personal info wiped from your systems?""",
    ),
    (
        "en",
        [X],
        "Legalistic GDPR Art. 17 erasure, including processors.",
        """I hereby exercise my right to erasure under Article 17 GDPR. Please erase all personal data concerning me without undue delay and confirm in writing, including confirmation that any processors acting on your behalf have been instructed likewise.""",
    ),
    (
        "en",
        [X],
        "Indirect: no longer wants the company holding any of their information.",
        """I no longer want you holding any of my information. Please make sure nothing about me stays in your systems.""",
    ),
    (
        "en",
        [X],
        "Deceased mother's account: close it and remove her personal details.",
        """My mother passed away in March. She had a home account with your antivirus product. I'd like the account closed and her personal details removed. Happy to send a death certificate if needed.""",
    ),
    (
        "en",
        [X],
        "Non-native: erase my personal information from database.",
        """please erase my personal informations from your database, i dont use your service since 2 years.""",
    ),
    (
        "en",
        [X],
        "Negation trap: does not want a copy, only wants all records gone.",
        """Don't send me a copy of anything, I don't need it. I just want it gone - every record you have on me.""",
    ),
    (
        "en",
        [X],
        "Chatty: cleaning up digital footprint; remove account and personal info.",
        """Hi there! So a while ago I signed up for your free trial of the cloud scanner for a side project. The project's dead now (RIP), and I've been cleaning up my digital footprint - going through every service I've ever signed up for. Could you please remove my account and any personal info tied to it? The email was dan.whitley@example.com. Thanks a bunch!""",
    ),
    # ================================================================== en: complaint
    (
        "en",
        [K],
        "Received someone else's invoice with their personal details.",
        """I just got an email from you with someone else's invoice attached - their name, address and company details. If I got theirs, who got mine? This is a serious privacy failure for a company that sells security.""",
    ),
    (
        "en",
        [K],
        "Support asked for full card number and DOB over chat.",
        """Your support rep asked me to type out my full card number and date of birth in the chat to "verify" me. That is not acceptable practice for a security company.""",
    ),
    (
        "en",
        [K],
        "Access request ignored for six weeks.",
        """It's been six weeks since I sent my access request and I've heard nothing. Not even an acknowledgement. Legally you had a month.""",
    ),
    (
        "en",
        [K],
        "Cookie banner has no reject option.",
        """Your cookie banner has an "Accept all" button and no way to reject. That's not consent.""",
    ),
    (
        "en",
        [K],
        "Sales rep called private mobile never given to the company.",
        """One of your sales reps found me on LinkedIn and then called my personal mobile, a number I have never given to your company. I find this intrusive and frankly a bit creepy. I'd like to know how this kind of thing is allowed at Win Techno.""",
    ),
    (
        "en",
        [K],
        "Negation trap: not requesting deletion or change; grievance about excessive data collection.",
        """I'm not requesting anything to be deleted or changed, but I want it on record that I'm unhappy: your onboarding form forced me to give my home address and date of birth just to download a trial. There is no reason you need that.""",
    ),
    # ================================================================== en: inquiry
    (
        "en",
        [I],
        "Which cookies the portal sets and whether any are for ads.",
        """Which cookies does your customer portal set, and are any of them used for advertising?""",
    ),
    (
        "en",
        [I],
        "Retention period of admin console access logs.",
        """How long do you retain access logs for the admin console?""",
    ),
    (
        "en",
        [I],
        "EU customer asks where data is stored.",
        """We're an EU customer and our DPO asked me to check before renewal. Is our data stored in Japan, or do you use EU data centres? And if it's Japan, do you rely on the adequacy decision?""",
    ),
    (
        "en",
        [I],
        "Whether data is shared with parent/group companies.",
        """Do you share customer personal data with your parent company or other group entities?""",
    ),
    (
        "en",
        [I],
        "Whether there is a DPO and who to contact.",
        """Do you have a Data Protection Officer? Who should we contact for privacy matters?""",
    ),
    (
        "en",
        [I],
        "Asks for list of sub-processors for vendor assessment.",
        """Could you point me to your current list of sub-processors? Our vendor assessment needs it.""",
    ),
    (
        "en",
        [I],
        "Whether third-party analytics is used in the dashboard.",
        """Do you use third-party analytics like Google Analytics in the web dashboard?""",
    ),
    (
        "en",
        [I],
        "Vendor questionnaire: retention after termination and deletion method (no request).",
        """For our vendor questionnaire: what is your retention period for customer data after contract termination, and how is it deleted?""",
    ),
    # ================================================================== en: other
    (
        "en",
        [O],
        "Decoy: remove duplicate invoice from billing portal.",
        """Can you remove the duplicate invoice INV-2291 from our billing portal? We were only charged once but it shows up twice.""",
    ),
    (
        "en",
        [O],
        "Decoy: export of scan results to PDF fails.",
        """Export of scan results to PDF fails with "Error 500". CSV export works fine. Any idea?""",
    ),
    (
        "en",
        [O],
        "Angry about an outage; service quality.",
        """Your service has been down for FOUR HOURS. We pay for 99.9% uptime. Fix it.""",
    ),
    (
        "en",
        [O],
        "Job application.",
        """Dear Hiring Manager,

I'm applying for the Cloud Security Engineer position posted on your careers page. Please find my CV attached. I have six years' experience with AWS and Azure security tooling and hold the CISSP.

Kind regards,
Priya Natarajan""",
    ),
    (
        "en",
        [O],
        "Sales pitch for outbound lead generation.",
        """Hi! I'm reaching out from GrowthLoop. We help B2B security companies 3x their pipeline with AI-driven outbound. Would you be open to a 15-min call next week?""",
    ),
    (
        "en",
        [O],
        "Decoy: prize spam with Reply STOP to unsubscribe.",
        """CONGRATULATIONS!!! You've been selected for a FREE iPhone 16. Click here to claim: http://example.com/claim
Reply STOP to unsubscribe.""",
    ),
    (
        "en",
        [O],
        "Decoy: how to delete old log entries in SIEM dashboard.",
        """How do I delete old log entries from the SIEM dashboard? We're hitting our storage quota.""",
    ),
    (
        "en",
        [O],
        "Decoy: change billing cycle (billing).",
        """We'd like to change our billing from monthly to annual starting at the next renewal. Can you update that?""",
    ),
    (
        "en",
        [O],
        "Decoy: cancel an add-on subscription.",
        """Please cancel the Email Protection add-on at the end of this month. Keep the main Endpoint subscription active.""",
    ),
    (
        "en",
        [O],
        "Decoy: technical issue with confidentiality disclaimer saying delete it.",
        """Hi, the agent on server DB-03 keeps showing "offline" in the console even though the service is running. Restarted it twice already. Logs attached.

--
CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee. If you have received this message in error, please notify the sender and delete it immediately.""",
    ),
    (
        "en",
        [O],
        "Decoy: stop a scheduled scan.",
        """Can you stop the scheduled full scan on our prod servers? It runs at 2pm and kills performance.""",
    ),
    (
        "en",
        [O],
        "One-liner thanks, issue resolved.",
        """thx, all working now""",
    ),
    # ================================================================== en: multi-intent
    (
        "en",
        [D, X],
        "GDPR Art. 15 copy then Art. 17 erasure.",
        """Under Articles 15 and 17 of the GDPR, I request (1) a copy of all personal data you process about me and (2) following its provision, the erasure of that data. Please respond within the statutory period.""",
    ),
    (
        "en",
        [S, K],
        "Unsubscribed three times, still getting promo emails; stop.",
        """I've clicked "unsubscribe" three times now and I'm STILL getting your promo emails. Stop emailing me. This is ridiculous.""",
    ),
    (
        "en",
        [C, K],
        "Surname still misspelt after earlier correction request; fix it.",
        """For the second time: my surname is Nguyen, not Nguyan. I asked for this to be corrected in January and every letter still arrives with the wrong spelling. Please fix it properly this time.""",
    ),
    (
        "en",
        [D, S],
        "Which third parties received my data, and stop further sharing.",
        """Please tell me which third parties you have shared my personal information with, and stop any further sharing.""",
    ),
    (
        "en",
        [X, K],
        "Late breach notification; angry; close account and delete data.",
        """I received your breach notification email yesterday. It took you THREE WEEKS to tell customers that names, emails and phone numbers were exposed. Frankly that's disgraceful for a company that sells security products.

I want my account closed and every bit of my personal data deleted immediately.""",
    ),
    (
        "en",
        [C, D],
        "Update phone number and send a copy of all personal info.",
        """Hi, could you update my phone number to 555-0142 and also send me a copy of all the personal info you have for me? Want to make sure everything else is correct.""",
    ),
    (
        "en",
        [S, X],
        "Stop marketing and wipe details from mailing lists and CRM.",
        """Please stop sending me marketing and wipe my details from your mailing lists and CRM.""",
    ),
    (
        "en",
        [D, X, K],
        "Txt-speak: how did you get my number, show my data, then delete it.",
        """wtf how did u get my number?? never signed up for anything. tell me wat data u have on me and then delete it all""",
    ),
    # ================================================================== zh
    (
        "zh",
        [D],
        "Asks which personal info is held and for a copy.",
        """您好，请问贵公司目前保存了我哪些个人信息？我想申请查阅并获取一份副本。我的注册邮箱是 wang.lei@example.com。""",
    ),
    (
        "zh",
        [X],
        "No longer uses product; close account and delete personal data.",
        """我已经不再使用你们的产品了，请把我的账号注销，并删除所有相关的个人资料。""",
    ),
    (
        "zh",
        [S, K],
        "Unsubscribed three times, still receives promos; stop marketing.",
        """我已经退订了三次，还是每周收到你们的促销邮件，真的很烦。请立即停止给我发送营销信息。""",
    ),
    (
        "zh",
        [C],
        "Phone number changed; update it.",
        """我的手机号码换了，新号码是 138-0000-1234，麻烦帮我更新一下。""",
    ),
    (
        "zh",
        [I],
        "Where cloud data is stored; whether transferred abroad.",
        """请问你们的云服务数据是存放在哪个国家的服务器上？会不会传输到境外？""",
    ),
    (
        "zh",
        [O],
        "Quote request for more licences.",
        """你好，我们想把许可证从50个增加到80个，请发一份报价单。""",
    ),
    # ================================================================== ko
    (
        "ko",
        [D, X],
        "Tell me what personal data is registered, then delete it all.",
        """제가 귀사에 등록한 개인정보가 무엇인지 알려주시고, 확인 후에는 전부 삭제해 주세요.""",
    ),
    (
        "ko",
        [S],
        "No more marketing SMS and email.",
        """마케팅 문자랑 이메일은 더 이상 보내지 말아 주세요.""",
    ),
    (
        "ko",
        [K],
        "Support sent screenshot containing another customer's name and phone.",
        """고객센터에 문의했는데 다른 고객의 이름과 전화번호가 적힌 화면 캡처를 보내주셨더라고요. 개인정보 관리가 이렇게 허술해도 되는 건가요?""",
    ),
    (
        "ko",
        [C],
        "Moved; new address, change registered address.",
        """이사했습니다. 새 주소는 서울특별시 마포구 월드컵로 99, 101동 202호입니다. 등록된 주소 변경 부탁드립니다.""",
    ),
    (
        "ko",
        [I],
        "How long support chat records are kept.",
        """고객 상담 채팅 기록은 얼마 동안 보관하시나요?""",
    ),
    (
        "ko",
        [O],
        "Decoy: exported scan report has broken Korean characters.",
        """관리 콘솔에서 스캔 보고서를 내보내기 하면 한글이 깨져서 나옵니다. 확인 부탁드립니다.""",
    ),
    # ================================================================== fr
    (
        "fr",
        [D],
        "GDPR Art. 15 copy of personal data.",
        """Bonjour, conformément à l'article 15 du RGPD, je souhaite obtenir une copie de l'ensemble des données personnelles me concernant que vous détenez. Cordialement, Camille Roux""",
    ),
    (
        "fr",
        [S],
        "Stop using data for commercial prospecting.",
        """Merci de ne plus utiliser mes données à des fins de prospection commerciale.""",
    ),
    (
        "fr",
        [X, K],
        "Learned of hack from press, not informed; delete account and data.",
        """Je viens d'apprendre par la presse que vos serveurs ont été piratés, et personne ne m'a prévenu. C'est inadmissible. Supprimez mon compte et toutes mes données personnelles.""",
    ),
    (
        "fr",
        [C],
        "Name changed after marriage; update profile.",
        """Bonjour, je me suis mariée récemment. Mon nom est désormais Claire Dubois-Martin (anciennement Claire Martin). Pourriez-vous mettre à jour mon profil ? Merci d'avance.""",
    ),
    (
        "fr",
        [O],
        "Decoy: invoice has wrong licence count; wants corrected invoice (billing).",
        """Bonjour, notre facture de mars comporte une erreur sur le nombre de licences (40 au lieu de 25). Pouvez-vous nous envoyer une facture corrigée ?""",
    ),
    (
        "fr",
        [D, S],
        "Which partners received my details; objects to future transfers.",
        """Pourriez-vous m'indiquer à quels partenaires vous avez transmis mes coordonnées ? Par ailleurs, je m'oppose à toute transmission future.""",
    ),
    # ================================================================== de
    (
        "de",
        [D, X],
        "Art. 15 information then Art. 17 erasure.",
        """Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich gespeichert haben (Art. 15 DSGVO), und löschen Sie diese anschließend vollständig (Art. 17 DSGVO).

Mit freundlichen Grüßen
Jonas Becker""",
    ),
    (
        "de",
        [S],
        "Negation trap: does not want account deleted, only no more ad emails.",
        """Ich möchte mein Konto NICHT löschen. Ich möchte nur keine Werbe-E-Mails mehr bekommen.""",
    ),
    (
        "de",
        [K, S],
        "Objected to sharing but partner calls anyway; stop passing data on.",
        """Obwohl ich der Weitergabe meiner Daten ausdrücklich widersprochen habe, bekomme ich jetzt Anrufe von einem Ihrer "Partner". Das ist eine Frechheit. Hören Sie sofort auf, meine Daten weiterzugeben.""",
    ),
    (
        "de",
        [X],
        "Delete all stored data about me.",
        """Bitte löschen Sie alle Daten, die Sie zu meiner Person gespeichert haben. Danke.""",
    ),
    (
        "de",
        [I],
        "Whether cloud console data is stored in EU or Japan.",
        """Werden die Daten aus der Cloud-Konsole in der EU oder in Japan gespeichert?""",
    ),
    (
        "de",
        [O],
        "Decoy: agent crashes since last update (technical).",
        """Seit dem letzten Update stürzt der Agent auf unseren Windows-Servern regelmäßig ab. Können Sie das bitte prüfen?""",
    ),
    # ================================================================== es
    (
        "es",
        [D],
        "What personal data is held and for what purposes.",
        """Hola, me gustaría saber qué datos personales míos tienen registrados y para qué los utilizan.""",
    ),
    (
        "es",
        [X, K],
        "Emails despite never registering; grave; delete my data.",
        """Me llegan correos suyos aunque nunca me registré. No sé de dónde sacaron mi dirección y me parece muy grave. Borren mis datos de inmediato.""",
    ),
    (
        "es",
        [C],
        "Changed email; update it on the account.",
        """Buenas, cambié de correo. El nuevo es lucia.fernandez@example.com, por favor actualícenlo en mi cuenta.""",
    ),
    (
        "es",
        [I],
        "Whether customer data is shared with group companies.",
        """¿Comparten los datos de sus clientes con otras empresas del grupo?""",
    ),
    (
        "es",
        [O],
        "Decoy: cancel automatic licence renewal (billing).",
        """Quisiera cancelar la renovación automática de la licencia. No la vamos a usar el próximo año.""",
    ),
    (
        "es",
        [O],
        "Decoy: how to export scan results to Excel.",
        """Hola, ¿cómo exporto los resultados del escaneo a Excel? No encuentro la opción.""",
    ),
]


def main():
    write_chat_set(HERE, ITEMS, prefix="m", seed=20250317)


if __name__ == "__main__":
    main()
