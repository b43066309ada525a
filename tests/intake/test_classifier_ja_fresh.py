"""Japanese fresh probes: new customer wording, written before looking at the lexicon.

Keigo letters (拝啓, 〜いただけますでしょうか, 〜願います), casual chat, romaji, elderly and angry
writers, long preambles, multi-intent messages, indirect phrasing, negation traps, conditionals,
decoys and hard negatives (billing, outages, files, reports, passwords). Labels follow the
"Label semantics" and "Conventions" of the shared corpus README; no text is copied from the
shared corpus, tests/data, the blind set or other test files.

Honest estimates, recorded BEFORE the lexicon was changed for each round:

ROUND1 (107 cases, written before reading ja.toml): 96/107 exact = 0.897.
    recall: disclosure 12/14 = 0.86, correction 13/13 = 1.00, suspension 20/22 = 0.91,
    deletion 13/14 = 0.93, complaint 13/18 = 0.72, inquiry 15/15 = 1.00, other 16/17 = 0.94
    (false positives: correction 1, deletion 1, complaint 1, other 7).
ROUND2 (34 cases, written after the round-1 fixes, before any further change): 31/34 = 0.912.
    recall: disclosure 2/3, correction 4/4, suspension 6/7, deletion 5/5, complaint 6/6,
    inquiry 4/5, other 6/6 (false positive: deletion 1 on a "what happens after 退会" question).
After the fixes both rounds pass in full.

Label judgement calls: a complaint that an earlier change "is still not applied" with no new
request is {COM} only (explicit requests only); 「退会したらデータは消えますか」 is a practice
question ({INQ}).
"""

from __future__ import annotations

import pytest

from intake.classifier import classify

DIS, COR, SUS, DEL, COM, INQ, OTH = (
    "disclosure",
    "correction",
    "suspension",
    "deletion",
    "complaint",
    "inquiry",
    "other",
)

ROUND1 = [
    # --- suspension ---
    ("今後、私の購買履歴を広告配信の目的で利用することはお控えいただけますでしょうか。", {SUS}),
    ("メルマガもう要らないので送らないでほしいです", {SUS}),
    (
        "拝啓 貴社ますますご清栄のこととお慶び申し上げます。さて、当方の個人情報を第三者へ提供"
        "することを停止していただきたく、ご連絡申し上げます。敬具",
        {SUS},
    ),
    ("私の閲覧データを分析に使うのをやめてください", {SUS}),
    ("watashi no deeta wo koukoku ni tsukawanaide kudasai", {SUS}),
    ("提携会社に私の情報を渡すのはやめてもらえますか", {SUS}),
    ("ターゲティング広告へのデータ利用をオプトアウトしたいです。", {SUS}),
    ("営業電話がしつこくて迷惑しています。今後一切電話をかけてこないでください。", {SUS, COM}),
    ("ダイレクトメールの送付を停止願います。", {SUS}),
    ("プロファイリングに私のデータを使わないでいただきたい。", {SUS}),
    ("アプリの利用状況を解析に回すのは停止してもらいたいのですが、可能でしょうか。", {SUS}),
    (
        "お世話になっております。弊社担当者の連絡先を、貴社グループ会社と共有するのは中止いた"
        "だけますでしょうか。",
        {SUS},
    ),
    ("キャンペーンのお知らせはもう結構です。配信を止めてください。", {SUS}),
    ("私の位置情報をマーケティングに利用しないでほしい", {SUS}),
    ("個人情報保護法第35条に基づき、保有個人データの利用停止を請求いたします。", {SUS}),
    ("ニュースレターの購読を解除したいのですが、どこから手続きできますか", {SUS}),
    ("おすすめ表示のために私の行動履歴を使うのはやめて！", {SUS}),
    ("第三者提供を拒否します。私の情報を外部に提供しないでください。", {SUS}),
    # --- complaint ---
    ("配信停止したはずなのに、まだ広告メールが届きます。どうなっているんですか。", {COM}),
    ("先月お願いした開示請求、いまだに何の返事もないんですけど。", {COM}),
    ("どこで私のアドレスを知ったんですか？登録した覚えがないのにメールが来ます。", {COM}),
    (
        "御社から流出したとしか思えない迷惑メールが急増しています。情報漏洩があったのではない"
        "ですか。",
        {COM},
    ),
    ("退会したのにまだメールが来るんですが、どういうことですか？", {COM}),
    ("個人情報の取り扱いがずさんすぎます。他人の注文情報が私のマイページに表示されました。", {COM}),
    ("広告を拒否したのに、いまだにターゲティング広告が表示されます。非常に不快です。", {COM}),
    (
        "何度お願いしても削除してもらえません。いい加減にしてください。至急削除してください。",
        {DEL, COM},
    ),
    ("勝手に私の情報を提携先に渡したでしょう。許せません。", {COM}),
    (
        "電話番号の変更を依頼してから3週間経ちますが、まだ反映されていません。対応が遅すぎます。",
        {COM},
    ),
    (
        "貴社からのメールが、他のお客様のメールアドレスが全員分見える状態で送られてきました。管"
        "理体制に強い不信感を抱いております。",
        {COM},
    ),
    ("個人情報をこんな雑に扱う会社だとは思いませんでした。がっかりです。", {COM}),
    ("お前のところ、個人情報売ってるだろ。知らない業者から電話が来るようになった。", {COM}),
    ("前回お願いした利用停止が守られていません。またDMが届きました。", {COM}),
    (
        "kojin jouhou ga rouei shiteru n ja nai desu ka? fushin na meeru ga kuru you ni "
        "narimashita",
        {COM},
    ),
    ("漏洩の件、説明が不十分です。私のデータがどこまで漏れたのか開示してください。", {DIS, COM}),
    ("解約したのにまだ広告が来る。個人情報を消してないってこと？すぐ消して。", {DEL, COM}),
    # --- inquiry ---
    ("御社のサイトではどのようなクッキーを使用していますか。", {INQ}),
    ("アクセスログは何日間保管されるのでしょうか。", {INQ}),
    ("個人情報の取扱いを外部に委託していますか？委託先はどこですか。", {INQ}),
    ("データは海外のサーバーに保存されていますか？", {INQ}),
    ("親会社と顧客情報を共有することはありますか。", {INQ}),
    ("退会したらデータは自動的に消えるのでしょうか。", {INQ}),
    ("プライバシーポリシーの改定内容について教えてください。", {INQ}),
    ("個人情報保護管理者はどなたですか。", {INQ}),
    ("入力したクレジットカード情報は暗号化されていますか？", {INQ}),
    ("問い合わせフォームで送った内容はどのくらいの期間保存されますか", {INQ}),
    ("Google Analyticsを使っているとのことですが、どんな情報が送信されるのでしょうか。", {INQ}),
    ("kojin jouhou wa kaigai ni iten sareru koto wa arimasu ka", {INQ}),
    ("御社はプライバシーマークを取得されていますか。", {INQ}),
    ("退会後も購入履歴は残りますか？", {INQ}),
    ("匿名加工情報として第三者に提供することはありますか。", {INQ}),
    # --- disclosure ---
    ("私の情報ってどう管理されてるの？見せてほしい", {DIS}),
    ("御社が保有している私の個人データの写しを送付いただけますでしょうか。", {DIS}),
    ("私の個人情報を第三者に提供した記録を開示してください。", {DIS}),
    ("私についてどんなデータを持っているのか教えて", {DIS}),
    ("watashi no jouhou wo kaiji shite kudasai", {DIS}),
    ("登録されている私の情報を一覧で出してもらえますか", {DIS}),
    ("自分のデータをCSVでエクスポートしたいのですが、どうすればいいですか", {DIS}),
    ("私の個人情報を誰に渡したのか知りたいです。", {DIS}),
    (
        "拝啓 初秋の候、貴社におかれましては益々ご清祥のこととお慶び申し上げます。貴社にて保有"
        "されている私に関する情報の一切について、開示をお願い申し上げます。敬具",
        {DIS},
    ),
    ("私の閲覧履歴がどう使われているのか、具体的に説明してほしい。", {DIS}),
    (
        "年寄りで機械のことはよくわかりません。私の名前や住所がそちらでどう登録されているか、紙"
        "で送っていただけませんか。",
        {DIS},
    ),
    # --- correction ---
    ("引っ越したので住所が変わりました。", {COR}),
    ("結婚して姓が変わりましたので、登録の氏名を変更願います。", {COR}),
    ("電話番号が変わったので更新してほしい", {COR}),
    ("登録されている生年月日が間違っています。正しくは1985年4月3日です。", {COR}),
    ("会員情報のメールアドレスを新しいものに差し替えていただけますか。", {COR}),
    ("watashi no juusho wo henkou shitai desu", {COR}),
    ("名前の漢字が違っています。「高」ではなく「髙」です。直してください。", {COR}),
    ("商品の送付先住所を新しい住所に変更したいです", {COR}),
    ("部署異動しましたので、担当者情報の更新をお願いいたします。", {COR}),
    ("登録内容に勤務先が抜けているので追加してください。", {COR}),
    ("顧客情報の誤りを訂正していただきたく存じます。", {COR}),
    # --- deletion ---
    ("退会して情報を全部消したい", {DEL}),
    ("削除方法を教えてください。私の個人情報を消したいのです。", {DEL}),
    ("watashi no jouhou wo sakujo shite kudasai", {DEL}),
    ("アカウントと一緒に登録データもすべて抹消してください。", {DEL}),
    ("私の個人情報をそちらのデータベースから完全に消去していただけますでしょうか。", {DEL}),
    ("もう使わないので、私のデータは破棄してください。", {DEL}),
    ("会員登録を取り消して、情報も残さないでほしいです。", {DEL}),
    ("どうやったら私のデータを消してもらえますか？", {DEL}),
    ("保存されている私の写真を消して！", {DEL}),
    ("昔登録したアカウントを削除してほしい。個人情報も全部。", {DEL}),
    ("忘れられる権利を行使したいと思います。", {DEL}),
    # --- multi-intent and negation traps ---
    ("住所を変えてください。あと、広告メールはもう送らないで。", {COR, SUS}),
    ("保有データを開示したうえで、すべて削除してください。", {DIS, DEL}),
    ("退会はしませんが、メルマガの配信は停止してください。", {SUS}),
    ("削除はしなくていいので、何が登録されているか教えてください。", {DIS}),
    ("アカウントは残したままで、メールアドレスだけ変更したいです。", {COR}),
    ("削除までは不要です。利用停止だけお願いします。", {SUS}),
    ("データを消してほしいわけではありません。ただ、第三者への提供は止めてください。", {SUS}),
    # --- other / hard negatives ---
    ("請求書PDFを削除してしまったので再発行してください。", {OTH}),
    ("昨日からログインできません。障害ですか？", {OTH}),
    ("スキャン結果をCSVでエクスポートする方法を教えてください", {OTH}),
    ("パスワードを変更したいのですがやり方がわかりません", {OTH}),
    ("今月の請求額が間違っています。", {OTH}),
    ("貴社製品の導入を検討しています。見積りをお願いします。", {OTH}),
    ("アプリのキャッシュを消去したら設定が消えました。", {OTH}),
    ("プロジェクトのファイルを誤って削除してしまいました。復元できますか？", {OTH}),
    ("レポートを毎月自動でエクスポートできますか", {OTH}),
    ("ライセンスの更新手続きについて教えてください", {OTH}),
    ("サーバーの応答が遅くて仕事にならない。どうにかしてくれ。", {OTH}),
    (
        "来週の打ち合わせの日程を変更させてください。\n\n本メールは機密情報を含みます。誤送信の"
        "場合は破棄・削除をお願いいたします。",
        {OTH},
    ),
    ("業務提携のご提案です。ご担当者様におつなぎいただけますと幸いです。", {OTH}),
    ("ダッシュボードに表示される顧客データの並び順を変えたいです", {OTH}),
    ("支払い方法をクレジットカードから口座振替に変更したいです。", {OTH}),
    ("プランをダウングレードしたいです", {OTH}),
    ("pasuwaado wo wasuremashita. saisettei dekimasu ka", {OTH}),
]

# Written after round 1 had been fixed, before looking at how the lexicon handled them.
ROUND2 = [
    ("お手数ですが、弊社の担当窓口のメールアドレスを下記に更新いただけますでしょうか。", {COR}),
    ("子どもの名前の読み方が違って登録されてるみたいです。", {COR}),
    ("juusho ga kawatta node koushin onegai shimasu", {COR}),
    ("旧姓のままになっているので、新しい姓に改めてください", {COR}),
    ("私の個人情報、どこまで持ってるのか全部教えてくれる？", {DIS}),
    ("当社に関して貴社が保持している情報の内容をお示しください。", {DIS}),
    ("私のアカウントに紐づくデータを一式ダウンロードさせていただけませんか", {DIS}),
    ("もう二度と利用しないので、会員情報を跡形もなく消してください。", {DEL}),
    ("アカウントを削除して、登録したカード情報も消去してください。", {DEL}),
    ("kojin jouhou wo zenbu keshite hoshii desu", {DEL}),
    ("解約にあわせて、御社で保管している私の書類も処分してください。", {DEL}),
    ("メールマガジンの配信を、本日付で停止していただきたくお願い申し上げます。", {SUS}),
    ("私の購入データをおすすめ機能に使わないでもらえますか", {SUS}),
    ("関連会社への個人情報の提供をやめていただきたい", {SUS}),
    ("お得なお知らせのSMS、もう送らなくて大丈夫です", {SUS}),
    ("アンケートの回答をマーケティングに転用するのはお控えください", {SUS}),
    ("mou merumaga okuranaide", {SUS}),
    (
        "停止をお願いしてから一か月以上経つのに、いまだに広告メールが届いています。誠に遺憾です。",
        {COM},
    ),
    ("なんで御社からの荷物に他人の伝票が入ってるんですか？個人情報の管理どうなってるの", {COM}),
    ("登録した覚えのない会員サイトから私宛にメールが来ています。気味が悪いです。", {COM}),
    ("サポートの方に私の電話番号を大声で復唱されて、周りに聞かれました。配慮に欠けます。", {COM}),
    (
        "勝手に私のメールアドレスを使ってメルマガ登録するのはやめてください。不愉快です。",
        {SUS, COM},
    ),
    ("漏洩が心配なので、私の個人情報を今すぐ削除してください。本当に腹が立ちます。", {DEL, COM}),
    ("ログの保存期間と、保存されている国を教えていただけますか。", {INQ}),
    ("御社の委託先で個人情報が扱われることはありますか", {INQ}),
    ("退会手続き後、購入履歴はどうなりますか？", {INQ}),
    ("アプリは位置情報を常時取得していますか", {INQ}),
    ("個人情報の安全管理措置について概要を教えてください。", {INQ}),
    ("請求書の送付先メールアドレスを経理部に変更したいです", {OTH}),
    ("ユーザー管理画面から退職者のアカウントを削除する方法を教えてください", {OTH}),
    ("有料プランの解約方法を教えてください。", {OTH}),
    ("ログインすると「パスワードが違います」と出ます", {OTH}),
    ("今回の障害、いつ復旧しますか？業務が止まって困っています。", {OTH}),
    ("このメールは不要です、と書かれたスパムが届きました。心当たりのない請求でした。", {OTH}),
]

# Written for the causes behind the misses of the blind2 development half (no text copied
# from it): a stop asked for publishing the writer's data (「〜に載せるのはやめて」,
# 「掲載することはご遠慮ください」) is suspension, not a grievance about something already
# posted; 「〜がおかしい気がするので」 about a value is the reason for a request, not a
# complaint; romaji questions about certification, encryption, third parties or handling
# are inquiries.
ROUND3 = [
    ("私の顔写真を会社のパンフレットに掲載するのはやめてください", {SUS}),
    ("私のインタビューを実名でウェブサイトに公開するのは控えてほしいです", {SUS}),
    ("社員紹介として自分の名前をブログに載せるのはやめてもらえますか", {SUS}),
    ("お客様の声として私のコメントをホームページに掲載することはご遠慮ください", {SUS}),
    ("私の名前入りのレビューを広告に出すのはやめてください", {SUS}),
    ("勝手に私の写真をインスタに載せるのはやめてください。不快です", {SUS, COM}),
    ("御社の社員に私の写真をSNSに載せられました。信じられません", {COM}),
    ("私の住所がネット上に公開されているのを見つけました。どういうことですか", {COM}),
    ("新商品の情報をホームページに載せるのはいつ頃ですか", {OTH}),
    ("会報誌に載せる原稿の締切を教えてください", {OTH}),
    ("利用明細がおかしい気がするので、私の購入履歴を全部見せてください", {DIS}),
    ("表示される生年月日がおかしいようなので、正しい日付に直してください", {COR}),
    ("私の個人情報が勝手に使われているなんて、おかしいでしょう", {COM}),
    ("退会したのにメルマガが届くのはおかしい", {COM}),
    ("puraibashii maaku wa shutoku shite imasu ka", {INQ}),
    ("kojin jouhou no toriatsukai ni tsuite oshiete kudasai", {INQ}),
    ("deeta wa angouka sarete imasu ka", {INQ}),
    ("kojin jouhou wo daisansha ni teikyou shite imasu ka", {INQ}),
    ("kojin jouhou no hozon kikan ni tsuite oshiete kudasai", {INQ}),
    ("watashi no deeta wo oshiete kudasai", {DIS}),
    ("kanri gamen ni roguin dekimasen", {OTH}),
    ("shisutemu no kanri wa dou natte masu ka", {OTH}),
    ("kaigi no toriatsukai setsumeisho wo okutte kudasai", {OTH}),
]

# Fresh probes written after the blind2 round (correction, inquiry, complaint and suspension
# phrasing, plus the fr/de/es corrections in the multilingual file). Before the lexicon was
# changed for them: 44/51 correction probes (all languages) and 28/32 other-kind probes exact.
# These are the Japanese ones the fixes were made for, with hard negatives.
ROUND4 = [
    ("電話番号が090-1111-2222になりました", {COR}),
    ("アドレスはhanako.new@example.jpに変わりました", {COR}),
    ("登録メールをgmailのほうに変更できますか", {COR}),
    ("登録のメールを会社のものに切り替えたいです", {COR}),
    ("配送先の住所を今回だけ実家に変更できますか", {OTH}),
    ("この注文のお届け先住所を会社に変えてください", {OTH}),
    ("エラーコードが500-2になりました", {OTH}),
    ("アプリがカメラやマイクにアクセスするのはどういう目的ですか", {INQ}),
    ("位置情報を取得するのは何のためですか", {INQ}),
    ("カメラにアクセスできないのはどういう理由ですか", {OTH}),
    ("子供の名前で登録しても個人情報は大丈夫ですか", {INQ}),
    ("入力した情報はちゃんと守られますか", {INQ}),
    ("カードの有効期限が切れましたが、カード情報は大丈夫ですか", {OTH}),
    ("サーバーは大丈夫ですか", {OTH}),
    ("個人情報の問い合わせ窓口はどこですか", {INQ}),
    ("店員さんに私の購入履歴を他のお客さんの前で話されて嫌な思いをしました", {COM}),
    ("受付で私の病歴を他の患者さんの前で読み上げられました", {COM}),
    ("上司の前で言われて恥ずかしかった", {OTH}),
]

# Correction probes written after the blind2 development set was studied, BEFORE any lexicon
# change for them: 30 ways of asking to update registered data (move, marriage, new number or
# address, typo, birth date, company name, stale data, 反映, keigo, casual, romaji) and 10 hard
# negatives (password, plan, payment, one order's delivery address, a name on an invoice or
# receipt). Before: 29/30 corrections and 10/10 negatives passed (39/40); the miss was the
# value-statement cause behind two blind2 misses: 「〜になってますが、〜です」「〜が正しいです」.
# The last cases hold the other causes found there, in new words: a tracking-ads grievance
# needs no other personal-data word, and a parcel's 追跡 is no such context.
ROUND5 = [
    ("先月引っ越したので、登録住所を新しいところに変えておいてもらえますか", {COR}),
    (
        "転居いたしましたので、お届け先としてご登録の住所の変更をお願い申し上げます。新住所：横浜市港北区1-2-3",
        {COR},
    ),
    ("結婚で姓が変わりました。佐藤から鈴木への変更手続きをお願いします", {COR}),
    ("電話番号変更のお願い。旧：090-1111-2222 新：080-3333-4444", {COR}),
    ("メアド変えたんで、登録のほうも直しといてください", {COR}),
    ("会員情報の名前に誤字があります。「斎藤」ではなく「齋藤」です", {COR}),
    ("生年月日が1990年3月4日で登録されていますが、正しくは1990年4月3日です", {COR}),
    ("弊社は4月1日付で社名を変更いたしました。ご登録の会社名の更新をお願いいたします", {COR}),
    ("登録内容がだいぶ古いままなので、最新の情報にしてほしいです", {COR}),
    ("先日住所変更の届けを出しましたが、まだ反映されていないようです。反映してください", {COR}),
    ("氏名の漢字が間違っていますので修正お願いします", {COR}),
    ("携帯の番号かわったよー。新しいのは070-5555-6666ね", {COR}),
    ("jusho ga kawatta node henkou onegai shimasu", {COR}),
    ("denwa bangou wo atarashii no ni koushin shite kudasai", {COR}),
    (
        "恐れ入りますが、ご登録いただいているメールアドレスをtaro@example.comへ差し替えていただけますでしょうか",
        {COR},
    ),
    ("マイページの住所、番地が抜けてるので追加してください", {COR}),
    ("登録されている勤務先が前の会社のままです。今はABC商事に勤めています", {COR}),
    ("名前のフリガナがタカハシになってますが、タカバシです", {COR}),
    ("新しいメールアドレスは hanako.s@example.jp です。今後はこちらにご連絡ください", {COR}),
    ("離婚して旧姓に戻りました。登録名の変更をお願いします", {COR}),
    ("郵便番号が一桁違っています。正しくは123-4567です", {COR}),
    ("部署異動がありましたので、所属を営業部から企画部に変更願います", {COR}),
    ("登録のメールアドレス、もう使っていないので新しいのに切り替えたい", {COR}),
    ("お客様情報の電話番号に誤りがございましたので、訂正いただけますと幸いです", {COR}),
    ("マンション名が抜けていて郵便物が届きません。登録住所に追記をお願いします", {COR}),
    ("登録してる誕生日、間違ってるから直して", {COR}),
    ("住所を更新したいのですが、どこから手続きできますか", {COR}),
    ("引越ししました！新住所は札幌市中央区北1条西2丁目です", {COR}),
    ("名字のローマ字表記をSatoからSatohに訂正してください", {COR}),
    ("ご登録の連絡先について、担当者が山田から田中に替わりましたのでご修正ください", {COR}),
    # hard negatives
    ("パスワードを変更したいのですが、やり方を教えてください", {OTH}),
    ("ログインパスワードを忘れたので再設定したいです", {OTH}),
    ("来月からプランをスタンダードからプレミアムに変更できますか", {OTH}),
    ("今回の注文だけ配送先住所を会社に変更してください", {OTH}),
    ("この注文のお届け先を実家に変えてもらえますか", {OTH}),
    ("請求書の宛名を会社名に変更して再発行してください", {OTH}),
    ("領収書の宛名を「株式会社ABC」に直していただけますか", {OTH}),
    ("支払い方法をクレジットカードから銀行振込に変更したいです", {OTH}),
    ("見積書の社名が間違っていたので、修正版を送ってください", {OTH}),
    ("配達日時を土曜日に変更したいです", {OTH}),
    ("生年月日が2001年になってるんですけど、2010年です", {COR}),
    ("英字の氏名が TAKASI になっていますが、TAKASHI が正しいです", {COR}),
    ("住所は今の表示で正しいですか", {OTH}),
    ("注文がキャンセルになってますが、返金はいつですか", {OTH}),
    ("一度見ただけの商品の広告がどのサイトにもついてきて気味が悪いです", {COM}),
    ("勝手に追跡されているようで、本当に不快です", {COM}),
    ("荷物の追跡番号が表示されず、不誠実な対応にがっかりです", {OTH}),
]

CASES = ROUND1 + ROUND2 + ROUND3 + ROUND4 + ROUND5


def _cues(text: str) -> list[tuple[str, str, str, str]]:
    return [(cue.status, cue.rule, cue.text, cue.by) for cue in classify(text, language="ja").cues]


@pytest.mark.parametrize(
    ("text", "expected"), CASES, ids=[f"{n:03d}-{text[:12]}" for n, (text, _) in enumerate(CASES)]
)
def test_fresh_probe(text, expected):
    assert set(classify(text, language="ja").kinds) == expected, _cues(text)
