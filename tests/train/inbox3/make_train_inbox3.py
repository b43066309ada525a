#!/usr/bin/env python3
# ruff: noqa: E501
"""Training set "inbox3": one month (March 2025) of the real-looking inbox of
support@win-techno.com and the Win Techno Telegram bot.

80 emails (email/u001.eml .. u080.eml) and 70 chats (chat/u081.txt .. u150.txt),
labelled in labels.jsonl with the corpus conventions. Standard library only;
the output is deterministic. Run:  python3 make_train_inbox3.py
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import random
import struct
import zlib
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "u"
SUPPORT = "support@win-techno.com"
SEED = 20250331

D, C, S, X = "disclosure", "correction", "suspension", "deletion"
COMP, INQ, OTH = "complaint", "inquiry", "other"

EMAILS: list[dict] = []
CHATS: list[tuple[str, list[str], str, str]] = []


def mail(lang, kinds, note, subject, sender, body, **opts):
    EMAILS.append(
        dict(lang=lang, kinds=kinds, note=note, subject=subject, sender=sender, body=body, **opts)
    )


def chat(lang, kinds, note, text):
    CHATS.append((lang, kinds, note, text))


# ---------------------------------------------------------------------------
# Japanese e-mail
# ---------------------------------------------------------------------------

mail(
    "ja",
    [D],
    "Formal request to be shown every piece of personal data held (registration, purchases, support history), delivered electronically.",
    "保有個人データの開示のお願い",
    ("岡部 真理子", "m.okabe@example.jp"),
    """
ウィンテクノ株式会社
個人情報お問い合わせ窓口 御中

いつもお世話になっております。
WinGuard（個人向け3台版）を2021年から利用している岡部と申します。

貴社のプライバシーポリシーを拝見し、こちらの窓口にご連絡いたしました。
貴社がわたくしについて保有されている個人データの内容（登録情報、購入履歴、
お問い合わせ履歴など、記録されているもの一式）を確認させていただきたく存じます。

交付方法は、可能であれば電子メール（PDF等）を希望いたします。
本人確認に必要な書類や手数料がございましたら、あわせてご教示ください。

【登録情報】
氏名：岡部 真理子
登録メールアドレス：m.okabe@example.jp
お客様番号：WG-2104-55821

お手数をおかけしますが、よろしくお願い申し上げます。

岡部 真理子
""",
    day=3,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "ja",
    [D, X],
    "Leaving customer: (1) send a list of what data remains after cancellation, (2) then erase all of it (legally required records excepted).",
    "退会に伴うお願い",
    ("木下 隆之", "kinoshita.t@example.jp"),
    """
サポートご担当者様

お世話になります。木下です。
今月末でWinGuard Cloudの契約を終了することにしました（解約手続きは
マイページから済ませています）。

それに関して2点お願いがあります。

1. 解約後に貴社の手元に残る私の情報がどういうものか、一度リストで
   送っていただけないでしょうか。何が残るのか把握しておきたいので。
2. 確認できたら、それらは全部削除してください。請求の記録など法律上
   残す必要があるものは除いて構いません。

以上、よろしくお願いします。

--
木下 隆之
kinoshita.t@example.jp
""",
    cs="shift_jis",
    cte="base64",
    day=5,
    mailer="Becky! ver. 2.81.04",
)

mail(
    "ja",
    [C],
    "Moved house; asks for the registered address to be changed (old and new given).",
    "住所変更",
    ("小川 里美", "satomi.ogawa@example.jp"),
    """
お世話になっております。
引っ越しましたので、登録している住所の変更をお願いできますでしょうか。

旧）〒330-0063 埼玉県さいたま市浦和区高砂9-9-9
新）〒260-0013 千葉県千葉市中央区中央8-8-8 グランハイツ302

お客様ID：WG-1998-30417
小川 里美
""",
    day=4,
)

mail(
    "ja",
    [C],
    "Surname changed by marriage; wants the registered name and licence holder name rewritten (name uses 髙, hence UTF-8).",
    "登録名義の変更について（改姓）",
    ("髙田 沙織", "saori.takada@example.com"),
    """
Win Techno サポート窓口 ご担当者様

いつもお世話になっております。
昨年結婚いたしまして、姓が「森下」から「髙田」に変わりました。
ユーザー登録とライセンス証書の名義がまだ旧姓のままになっているため、
新しい姓に書き換えていただけますと助かります。
（「高」ではなく、はしごだかの「髙」でお願いいたします。）

旧：森下 沙織
新：髙田 沙織
メールアドレスは変わりません。

戸籍抄本などが必要でしたらお知らせください。
よろしくお願いいたします。

髙田 沙織
""",
    cs="utf-8",
    cte="quoted-printable",
    day=6,
    mailer="Apple Mail (2.3776)",
)

mail(
    "ja",
    [S, COMP],
    "Phone number given for support is now used for sales calls: grievance about the reuse plus a demand to stop using the number for sales.",
    "営業のお電話について",
    ("中村 健司", "kenji.nakamura@example.net"),
    """
ウィンテクノ株式会社 御中

先月、製品の不具合について電話でサポートを受けた者です。
その際にお伝えした携帯番号に、それ以降、法人向けプランの営業電話が
週に二、三回かかってきています。仕事中にも鳴るので正直かなり迷惑しています。

サポートのために伝えた番号を営業に回すのはいかがなものでしょうか。
今後この番号を営業目的で使うのはやめてください。

中村 健司
携帯：090-0000-4821
""",
    day=7,
)

mail(
    "ja",
    [S],
    "Negation trap: opts out of provision to partner companies but explicitly keeps the account (no deletion).",
    "提携先への情報提供について",
    ("石原 由美", "yumi.ishihara@example.org"),
    """
ご担当者様

いつも製品を便利に使わせていただいております。

先日届いた「パートナー企業からのご案内」というメールを読んで、
貴社が提携先に顧客情報を提供していることを知りました。
私の氏名やメールアドレスについては、今後そのような第三者への提供の
対象から外していただきたく、ご連絡しました。

製品自体は引き続き使いたいので、アカウントはそのままでお願いします。

―――――――――――――
石原 由美
yumi.ishihara@example.org
―――――――――――――
""",
    layout="alt",
    day=8,
    mailer="Thunderbird 128.7.1",
)

mail(
    "ja",
    [C, X],
    "Company admin (HR/general affairs): replace the registered contact person with herself and delete the departed employee's personal data. Disclaimer 'delete this mail' ignored.",
    "ご登録担当者の変更について",
    ("吉岡 美穂", "m.yoshioka@sample-seiki.example.jp"),
    """
ウィンテクノ株式会社
サポートセンター 御中

平素より大変お世話になっております。
株式会社サンプル精機 総務部の吉岡でございます。

弊社でご契約中のWinGuard Cloud（契約番号：WC-77310）につきまして、
管理担当者として登録しておりました情報システム課の野口が
3月15日付で退職いたしました。

つきましては、
・ご登録の管理担当者を野口から私（吉岡）へ変更
・野口の氏名、メールアドレス、携帯番号など、貴社にご登録の同人の情報の削除
をお願いできますでしょうか。本人からも了承を得ております。

新担当者：
吉岡 美穂（総務部）
TEL 03-0000-1234
m.yoshioka@sample-seiki.example.jp

ご確認のほど、よろしくお願い申し上げます。

--------------------------------------------------
株式会社サンプル精機 総務部
吉岡 美穂
〒144-0000 東京都大田区南蒲田0-0-0
--------------------------------------------------
このメールは送信者が意図した宛先にのみ送信されたものです。
誤って受信された場合は、お手数ですが送信者にご連絡のうえ、
本メールを削除してください。
""",
    day=17,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "ja",
    [X],
    "Son of a deceased customer asks that the father's registration data be erased; stopping the auto-renewal is billing and adds no kind.",
    "父のアカウントについて",
    ("前田 拓也", "takuya.maeda@example.jp"),
    """
突然のご連絡失礼いたします。
父・前田 昭二（登録メール：shoji.maeda@example.jp）が
2月に他界いたしました。息子の前田 拓也と申します。

遺品のパソコンを整理していたところ、貴社のソフトが入っており、
毎年自動で更新されていることがわかりました。
父はもう使えませんので、更新は止めていただき、父の登録情報も
すべて消していただけないでしょうか。

必要であれば死亡を確認できる書類のコピーをお送りします。
どうぞよろしくお願いいたします。

前田 拓也
takuya.maeda@example.jp
""",
    day=10,
)

mail(
    "ja",
    [X, COMP],
    "Indirect: a reply about her order went to someone else's name (mishandling) and she wants nothing of hers kept ('何も残さないで' = deletion).",
    "もう結構です",
    ("野村", "nomura.h@example.jp"),
    """
サポートの方へ

昨年の秋からずっと、更新のたびにトラブルがあり、そのたびにこちらで
問い合わせをしてきました。今回、先月のお問い合わせの返信メールが
なぜか私ではなく、別の方の名前宛てで届きました（本文には私の
注文番号が書かれていました）。私の情報が他の人のところにも
送られているのではないかと不安でなりません。

もう御社とは一切関わりたくありませんので、私の情報は何も残さないで
ください。お返事も最低限で結構です。

野村
""",
    cs="shift_jis",
    cte="8bit",
    day=11,
    mailer="Becky! ver. 2.75.01",
)

mail(
    "ja",
    [COMP, D],
    "Suspected leak of a dedicated address (complaint) plus a request for the records of any third-party provision of it.",
    "迷惑メールが急に増えた件",
    ("山内 翔", "wg-only.yamauchi@example.net"),
    """
お世話になります。

WinGuardの登録専用に作ったメールアドレス（他では一切使っていません）に、
今月に入ってから怪しい投資の勧誘メールが毎日届くようになりました。
このアドレスを知っているのは御社だけのはずです。どこかで漏れているとしか
思えません。

正直なところ、セキュリティソフトの会社でこれは困ります。
私のメールアドレスをこれまでにどこか外部の会社に渡したことがあるのか、
あるならいつ、どこに渡したのか、記録を教えてください。

山内 翔
wg-only.yamauchi@example.net
""",
    day=12,
)

mail(
    "ja",
    [COMP],
    "Complaint about an ignored deletion request; the quoted acknowledgement holds the original request, the new text only complains and asks for a status update.",
    "Re: 【Win Techno】お問い合わせを承りました（受付番号：PR-0211）",
    ("佐藤 恭子", "kyoko.sato@example.jp"),
    """
受付のメールをいただいてから今日で16日経ちますが、その後何のご連絡も
ありません。個人情報の件はそんなに後回しにしていいものなのでしょうか。
せめて今どういう状況なのかくらいは知らせてほしいです。

佐藤

> 佐藤 恭子 様
>
> このたびはお問い合わせいただきありがとうございます。
> 個人情報の削除のご依頼を下記のとおり受け付けました。
> 担当部署にて確認のうえ、2週間以内にご連絡いたします。
>
> 受付番号：PR-0211
>
> ウィンテクノ株式会社 サポートセンター
""",
    day=20,
    extra=[
        ("In-Reply-To", "<20250304101500.pr0211@win-techno.com>"),
        ("References", "<20250304101500.pr0211@win-techno.com>"),
    ],
)

mail(
    "ja",
    [COMP],
    "Seminar mail sent with 100+ addresses visible in CC; grievance and demand for an explanation of the incident (not a request about his own data).",
    "セミナー案内メールの宛先について",
    ("太田 浩", "h.ota@ota-sekkei.example.jp"),
    """
ウィンテクノ株式会社
マーケティングご担当者様

本日 10:02 に届いた「法人向けセキュリティセミナーのご案内」のメールですが、
宛先（CC）に100件以上の他社の方のメールアドレスがそのまま表示されていました。
当然、私のアドレスも他の受信者全員に見えていることになります。

セキュリティ製品を扱う会社として、あまりにずさんではないでしょうか。
どういう経緯でこうなったのか、再発防止をどうされるのか、
きちんとした説明を求めます。

株式会社オオタ設計
システム管理 太田 浩
""",
    day=13,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "ja",
    [COMP],
    "Survey company called 'on Win Techno's referral': displeasure at apparently unconsented provision of her number; no explicit request.",
    "アンケート会社からの電話",
    ("藤井 茜", "akane.fujii@example.com"),
    """
こんにちは。
昨日、「ウィンテクノさんのご紹介で」という調査会社から、利用満足度の
アンケートの電話がかかってきました。私は御社に、外部の会社に電話番号を
教えていいなどと言った覚えはありません。

勝手に渡されたのだとしたら、とても不愉快です。

藤井 茜
""",
    cs="utf-8",
    cte="base64",
    day=14,
)

mail(
    "ja",
    [INQ],
    "Questions about website cookies, ad cookies and provision of cookie data to third parties; no request about own data.",
    "Cookieの利用について",
    ("菅原", "sugawara.k@example.org"),
    """
お世話になります。
貴社ウェブサイトのCookieについて質問させてください。

1. どのような種類のCookieを使っていますか（広告用のものも含まれますか）
2. 取得した情報を第三者（広告会社など）に提供していますか
3. Cookieを拒否した場合、製品の購入ページは使えなくなりますか

プライバシーポリシーを読んだのですが、よく分からなかったので。
よろしくお願いします。

菅原
""",
    day=15,
)

mail(
    "ja",
    [INQ],
    "Vendor assessment questionnaire from a prospective corporate customer: storage location, retention, subcontractors, foreign transfers, certifications.",
    "【ご依頼】委託先評価チェックシートへのご回答について",
    ("上野 誠一", "s.ueno@hokuto-logi.example.com"),
    """
ウィンテクノ株式会社
ご担当者様

いつもお世話になっております。
株式会社北斗ロジスティクス 情報セキュリティ推進室の上野と申します。

弊社ではWinGuard Cloudの導入を検討しており、社内規程に基づき、
個人データの取扱いに関する委託先評価を実施しております。
恐れ入りますが、以下の点についてご教示いただけますでしょうか。

(1) 管理コンソールに登録される利用者情報（氏名・メールアドレス等）および
    端末から送信されるログの保存場所（国内／国外、利用しているクラウド事業者）
(2) 上記ログの保存期間と、契約終了後の取扱い
(3) 再委託先の有無と、再委託先の監督方法
(4) 外国にある第三者への提供の有無（ある場合は当該国名）
(5) プライバシーマーク、ISMS等の認証取得状況

回答様式は問いませんが、3月末までにいただけますと幸いです。
何卒よろしくお願い申し上げます。

――――――――――――――――――――
株式会社北斗ロジスティクス
情報セキュリティ推進室
上野 誠一
s.ueno@hokuto-logi.example.com
――――――――――――――――――――
""",
    layout="alt",
    day=18,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "ja",
    [D],
    "Indirect: asks how the disclosure procedure works and about the fee; a 'how do I request it' question expresses disclosure intent.",
    "質問です",
    ("三浦", "miura.0611@example.jp"),
    """
はじめまして。WinGuardを使っている者です。

自分の個人情報がどのように登録・利用されているのか知りたいと思い、
開示の請求をしようと考えています。
手続きはどのような流れになりますか。また、手数料はかかりますか。
郵送でしか受け付けていないのでしょうか。

よろしくお願いします。
三浦
""",
    cs="shift_jis",
    cte="base64",
    day=19,
)

mail(
    "ja",
    [INQ],
    "Corporate IT asks whether scanned file contents/names are sent to Win Techno, whether treated as personal data, and for what purpose; a question, not a request.",
    "社内規程の確認のため",
    ("平野", "hirano@minato-kogyo.example.jp"),
    """
WinGuard 法人版の利用企業で、社内のIT管理を担当している者です。
社内の情報管理規程の見直しにあたり、確認させてください。

・リアルタイムスキャンで検査したファイルの中身や、ファイル名は
  貴社のサーバーに送信されますか。
・送信される場合、それは従業員の個人情報を含みうるものとして
  扱われていますか。利用目的は何になりますか。

設定で送信を止められるかどうかも併せて教えていただけると助かります。

有限会社ミナト工業　情報管理担当　平野
""",
    day=21,
)

mail(
    "ja",
    [INQ],
    "Asks which contact point handles privacy complaints and who the data protection manager is.",
    "個人情報に関する窓口について",
    ("河合", "kawai.r@example.net"),
    """
お世話になっております。
個人情報の取扱いに関する苦情や相談は、このサポートアドレス宛てで
よいのでしょうか。それとも別の担当部署がありますか。
また、貴社の個人情報保護管理者の方のお名前（役職）を
教えていただけますか。

宜しくお願い致します。
河合
""",
    day=22,
)

mail(
    "ja",
    [OTH],
    "Decoy: asks to cancel/delete a duplicate invoice; billing only.",
    "請求書が重複しています",
    ("石田 恵", "ishida@midori-shokai.example.jp"),
    """
ご担当者様

いつもお世話になっております。株式会社ミドリ商会 経理部の石田です。

3月分のご請求書（請求番号 INV-250301-0088）が、同じ金額で二通
届いております。おそらく二重発行かと思いますので、片方を
取り消し（削除）していただき、正しい一通のみ残していただけますか。

お支払いは一通分のみ、期日までに振込いたします。

株式会社ミドリ商会 経理部
石田 恵
""",
    day=3,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "ja",
    [OTH],
    "Decoy: 'delete the licence registration' of an old PC = licence transfer to a new PC.",
    "PC買い替えに伴うライセンス移行",
    ("青木", "aoki.shun@example.jp"),
    """
いつもお世話になっております。
パソコンを買い替えたので、WinGuardを新しいPCに入れ直したいです。
古いPCのほうはもう処分するので、そちらのライセンス登録を削除して、
新しいPCで使えるようにしていただけますか。
ライセンスキー：WG3-XXXX-7Q2M-88KD

よろしくお願いします。
青木
""",
    cs="shift_jis",
    cte="base64",
    day=9,
)

mail(
    "ja",
    [OTH],
    "Outage report: cannot log in to the WinGuard Cloud console (503).",
    "【至急】管理コンソールにログインできません",
    ("高野 直樹", "n.takano@takano-denki.example.jp"),
    """
ウィンテクノ サポート御中

株式会社タカノ電機 情報システム部の高野です。
本日9時頃から、WinGuard Cloud の管理コンソールにログインしようとすると
「503 Service Unavailable」と表示され、全く入れない状態です。
社内の複数の端末・ブラウザで同じ症状です。

障害が発生しているのでしょうか。復旧の見込みを教えてください。
至急ご対応をお願いいたします。

高野 直樹
TEL: 06-0000-7777
""",
    day=24,
    extra=[("X-Priority", "1 (Highest)"), ("Importance", "High")],
)

mail(
    "ja",
    [OTH],
    "Decoy: export scan results/detection history to CSV; not personal data.",
    "スキャン結果の出力方法",
    ("小林 優", "y.kobayashi@kaede-corp.example.com"),
    """
お疲れ様です。
月次報告で使いたいので、管理コンソールの各端末のスキャン結果・検知履歴を
CSVやExcelで一括出力（エクスポート）する方法を教えてください。
過去3か月分をまとめて出したいです。

よろしくお願いします。
情報システム課 小林
""",
    layout="alt",
    day=25,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "ja",
    [OTH],
    "Decoy: unsolicited sales pitch (HTML-only) with a '配信停止' reply instruction; not a privacy request.",
    "【ご提案】お問い合わせ対応をAIで7割削減しませんか？",
    ("株式会社ネクストリード 早川", "info@nextlead.example.com"),
    """
ウィンテクノ株式会社 ご担当者様

突然のご連絡失礼いたします。株式会社ネクストリードの営業部 早川と申します。
弊社のAIチャットボット「ReplyMate」は、サポート窓口へのお問い合わせの約7割を自動で回答し、
担当者様の負担を大幅に削減いたします。

・導入実績300社以上
・最短2週間で導入可能
・初期費用0円キャンペーン実施中（3月末まで）

15分ほどオンラインでご説明のお時間をいただけませんでしょうか。

※今後このようなご案内が不要な場合は、お手数ですが本メールに「配信停止」とご返信ください。
""",
    cs="utf-8",
    cte="base64",
    layout="html",
    day=26,
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@nextlead.example.com>")],
)

mail(
    "ja",
    [OTH],
    "Decoy: phishing report; the forwarded fake notice talks about account suspension and data deletion.",
    "Fw: 【重要】WinGuardアカウント停止のお知らせ",
    ("村上 剛", "t.murakami@example.jp"),
    """
サポートご担当者様

以下のようなメールが届きました。差出人が「WinGuard運営事務局」となって
いますが、アドレスが御社のものではなく、リンク先も見覚えのない
ドメインでした。フィッシングではないかと思い転送します。
リンクはクリックしていません。念のためご確認ください。

村上

-------- Forwarded Message --------
件名: 【重要】WinGuardアカウント停止のお知らせ
差出人: WinGuard運営事務局 <no-reply@winguard-support.example.net>

お客様のアカウントで不審なアクセスが検出されたため、ご利用を一時停止しました。
24時間以内に下記URLより本人確認を行わない場合、アカウントおよび登録情報は
削除されます。
http://winguard-verify.example.net/login
""",
    day=27,
    mailer="Thunderbird 128.7.1",
)

mail(
    "ja",
    [OTH],
    "Job application with a CV attached (RFC 2231 filename); not a privacy request.",
    "中途採用への応募について",
    ("西田 亮", "ryo.nishida@example.com"),
    """
ウィンテクノ株式会社
採用ご担当者様

突然のメールにて失礼いたします。
貴社ウェブサイトの採用ページを拝見し、セキュリティエンジニア職に
応募させていただきたくご連絡いたしました。

現在、SIerにてネットワーク監視業務に5年間従事しております。
職務経歴書を添付いたしましたので、ご査収いただけますと幸いです。
応募先のアドレスが異なる場合は、正しい窓口をご教示いただけますと
ありがたく存じます。

何卒よろしくお願い申し上げます。

西田 亮
ryo.nishida@example.com
""",
    layout="mixed",
    attach=(
        "text",
        "職務経歴書.txt",
        """職務経歴書

氏名：西田 亮
2020年4月〜現在　株式会社サンプルSI（ネットワーク監視・運用）
・企業向けネットワークの24時間監視、一次切り分け
・ファイアウォール、IDSのログ分析
保有資格：情報処理安全確保支援士、CCNA
""",
    ),
    day=28,
)

mail(
    "ja",
    [OTH],
    "Thank-you note after phone support; not a privacy request.",
    "お礼",
    ("松田 恵子", "k.matsuda@example.jp"),
    """
サポートセンター 坂本様

先日はお電話で丁寧にご対応いただき、ありがとうございました。
教えていただいた手順で再インストールしたところ、無事に
スキャンが動くようになりました。
高齢の母のパソコンでしたので本当に助かりました。

今後ともよろしくお願いいたします。
松田
""",
    day=16,
)

mail(
    "ja",
    [OTH],
    "Decoy: 'stop' = stop the subscription auto-renewal; billing.",
    "自動更新の停止",
    ("岩田", "iwata.m@example.net"),
    """
お世話になります。
来年度は会社で一括導入することになったため、個人で契約している
WinGuardの自動更新を停止したいです。
マイページで探したのですが停止ボタンが見つかりません。
停止の手順を教えていただくか、そちらで止めていただけますか。
（今年の契約期間分は最後まで使います）

注文番号：WG-ORD-4471902
岩田
""",
    cs="shift_jis",
    cte="8bit",
    day=2,
)

mail(
    "ja",
    [OTH],
    "Decoy: company name change after a merger; invoice addressee and contract holder are corporate data, not personal data.",
    "社名変更のご連絡",
    ("遠藤 和也", "k.endo@yamato-soft.example.jp"),
    """
ウィンテクノ株式会社 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
さて、弊社は2025年4月1日付で、株式会社ヤマトシステム開発と合併し、
社名を「株式会社ヤマトテクノロジーズ」に変更いたします。

つきましては、4月以降のご請求書の宛名およびご契約上の名義を新社名へ
ご変更いただきたく、お手続きに必要な書類等がございましたら
ご教示くださいますようお願い申し上げます。
なお、所在地・電話番号・ご担当者に変更はございません。

株式会社ヤマトソフト 管理本部
遠藤 和也
""",
    day=5,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "ja",
    [OTH],
    "Sales: quote request for 45 PCs and a file server.",
    "お見積りのお願い",
    ("岡田 由紀子", "okada@sakurakai.example.jp"),
    """
Win Techno 営業ご担当者様

はじめてご連絡いたします。医療法人社団さくら会 事務局の岡田です。
当法人の3クリニックで利用するPC（計45台）とファイルサーバー1台に
ウイルス対策ソフトを導入したく、WinGuard法人版のお見積りを
お願いできますでしょうか。
年額・3年契約それぞれの金額を知りたいです。

医療法人社団さくら会 事務局
岡田 由紀子
""",
    day=6,
)

mail(
    "ja",
    [OTH],
    "Technical: PC slow after update 8.4.2, high CPU.",
    "アップデート後、動作が重くなりました",
    ("福田", "fukuda.ko@example.com"),
    """
こんにちは。
3月12日に配信されたアップデート（バージョン 8.4.2）を適用してから、
パソコンの起動に5分以上かかるようになりました。
タスクマネージャーを見ると、WinGuardのプロセスがCPUを90%くらい使っています。

OS：Windows 11 Home
メモリ：8GB

何か対処法はありますか？

福田
""",
    cs="utf-8",
    cte="quoted-printable",
    day=14,
)

mail(
    "ja",
    [OTH],
    "False-positive report for an in-house tool; asks for exclusion from definitions.",
    "誤検知の報告",
    ("丸山 大輔", "d.maruyama@maruyama-ss.example.jp"),
    """
ご担当者様

社内で開発している業務用ツール（在庫管理.exe）が、本日の定義ファイル
更新以降、トロイの木馬として検知・隔離されるようになりました。
弊社で作成したもので、不審な動作はありません。
誤検知として定義ファイルから除外していただくことは可能でしょうか。
検体が必要であればお送りします。

株式会社丸山製作所 システム課
丸山 大輔
""",
    day=19,
)

mail(
    "ja",
    [D],
    "Lawyer acting as agent demands disclosure of the client's data, purposes of use and third-party provision records; power of attorney attached; disclaimer ignored.",
    "保有個人データの開示等について（ご通知）",
    ("弁護士 長谷川 亘", "hasegawa@aoba-law.example.jp"),
    """
ウィンテクノ株式会社
代表取締役 殿

前略　当職は、下記依頼者から委任を受けた代理人弁護士として、
本書をお送りいたします。

依頼者：小松 恵理子（貴社製品「WinGuard」登録ユーザー、
　　　　登録メールアドレス e.komatsu@example.org）

当職は、依頼者に代わり、貴社が依頼者に関して保有する個人データの
一切について、その内容及び利用目的、ならびに第三者提供に係る記録の
開示を求めます。開示の方法は電磁的記録の提供によるものとし、
当職宛てにご送付ください。

委任状の写しを添付いたします。原本が必要な場合はお申し付けください。

草々

東京都千代田区霞が関0-0-0
あおば法律事務所
弁護士　長谷川 亘
TEL 03-0000-5555　FAX 03-0000-5556
hasegawa@aoba-law.example.jp

本メールは、守秘義務の対象となる情報を含む場合があります。
誤って受信された場合は、直ちに削除のうえ送信者までご連絡ください。
""",
    layout="mixed",
    attach=("png", "ininjo_scan.png", None),
    day=24,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "ja",
    [C],
    "Indirect: only announces the changed mobile number (old and new); that is an update of registered data.",
    "連絡先の件",
    ("山崎 幸子", "sachiko.y@example.jp"),
    """
サポート様

携帯を解約して番号が変わりました。
旧 090-0000-1357 → 新 070-0000-2468
です。以前、更新のお知らせを電話でいただいたことがあるので
念のためお知らせしておきます。

山崎 幸子
""",
    day=10,
)

mail(
    "ja",
    [C],
    "Negation trap: explicitly does not want to cancel; only the registered e-mail address should change.",
    "登録メールアドレスの変更（解約ではありません）",
    ("石井 和夫", "kazu.ishii@example.net"),
    """
いつもお世話になっております。

転職に伴い、これまで登録していた会社のメールアドレス
（k.ishii@kitano-denki.example.com）が3月末で使えなくなります。
先ほどサポートのチャットで相談したら「解約してから新規登録を」と
言われたのですが、解約はしたくありません。契約も購入履歴もそのまま、
登録メールアドレスだけを個人用（kazu.ishii@example.net）に
切り替えていただけないでしょうか。

石井 和夫
""",
    day=21,
)

mail(
    "ja",
    [S],
    "Stop sending postal direct mail (catalogues) to her address = stop using the address for marketing.",
    "カタログ送付停止のお願い",
    ("東 早苗", "sanae.azuma@example.org"),
    """
ウィンテクノ株式会社 御中

毎月、御社から新製品のカタログ（ダイレクトメール）が郵送で届いて
おりますが、当方ではもう必要ありません。
今後、私の住所宛てに案内物を送るのはやめていただけますでしょうか。
製品のサポート情報はメールでいただければ十分です。

東 早苗
""",
    day=11,
)

mail(
    "ja",
    [S],
    "Posed as a question: exclude her usage data from marketing analysis/recommendations (use for detection is fine).",
    "利用状況データの扱いについて",
    ("中島 遥", "haruka.n@example.com"),
    """
WinGuard をいつも使わせていただいています。

最近の利用規約改定のお知らせで、製品の利用状況データを
「マーケティング分析やおすすめの表示にも利用する」とありました。
ウイルス検知の改善に使うのは構いませんが、私のデータを広告や
マーケティングのために使うのは遠慮していただきたいです。
その部分だけ外していただくことはできますでしょうか。

アカウント：haruka.n@example.com
中島 遥
""",
    cs="shift_jis",
    cte="base64",
    day=23,
)

mail(
    "ja",
    [X],
    "Trial user who never bought: erase the name/address/phone entered for the trial, if still held.",
    "体験版の登録情報",
    ("近藤 あゆみ", "ayumi.k@example.jp"),
    """
こんにちは。
去年の夏、WinGuardの30日無料体験版に申し込みましたが、
結局購入はしませんでした。
そのときに入力した名前や住所、電話番号がまだ残っているなら、
消しておいてもらえますか。

体験版申込時のメール：ayumi.k@example.jp
近藤 あゆみ
""",
    cs="shift_jis",
    cte="8bit",
    day=8,
)

mail(
    "ja",
    [X, S],
    "Close the membership and delete his data; until deletion is done, do not use it for mailings.",
    "退会と配信停止",
    ("小池 正人", "masato.koike@example.org"),
    """
ウィンテクノ サポート係

製品を使わなくなって1年ほど経ちますが、今もキャンペーンのメールが
届きます。もう使う予定もないので、会員登録を取り消して、
私の情報は削除してください。
削除の手続きに時間がかかるようでしたら、それが終わるまでの間も
メール配信などには一切使わないようにしてください。

小池 正人
masato.koike@example.org
""",
    day=17,
)

mail(
    "ja",
    [D, C],
    "Wants to see the current registration first, then have the outdated address corrected.",
    "登録内容の確認と修正",
    ("西村 大輔", "d.nishimura@example.net"),
    """
お世話になっております。

数年前に登録したきりなので、今どのような情報で登録されているのか
一度確認させていただけますか。
おそらく住所が前の家のままになっていると思うので、
確認させていただいたうえで、古いものは今の住所に直してください。

現住所：〒980-0000 宮城県仙台市青葉区一番町0-0-0

西村 大輔
""",
    cs="utf-8",
    cte="base64",
    layout="alt",
    day=26,
)

mail(
    "ja",
    [S],
    "Negation trap: deletion explicitly not wanted; only stop using the address for promotion.",
    "案内メールについて",
    ("杉山 徹", "toru.sugiyama@example.jp"),
    """
ご担当者様

お世話になっております。
アカウントや登録情報の削除までは望んでいません（製品は今後も
使います）。ただ、セミナーやキャンペーンの案内メールは不要ですので、
私のアドレスを宣伝目的で使うのは止めていただけますか。

杉山
""",
    day=12,
)

mail(
    "ja",
    [D],
    "HTML-only webmail: asks for a list of everything recorded about her, including login history and device info.",
    "自分の情報について",
    ("佐々木 友美", "tomomi.sasaki@example.com"),
    """
Win Techno株式会社 ご担当者様

こんにちは、佐々木と申します。
御社のサービスに、私についてどのような情報が記録されているのか、
一覧にしていただくことはできますか？
例えばログイン履歴や、端末の情報なども含めて知りたいです。

よろしくお願いいたします。
佐々木 友美
""",
    cs="utf-8",
    cte="quoted-printable",
    layout="html",
    day=29,
)

mail(
    "ja",
    [COMP, S],
    "Opt-out confirmed in February but campaign mails keep coming (complaint) and she demands they really stop; quoted confirmation ignored.",
    "Re: 配信停止手続き完了のお知らせ",
    ("斉藤 亜紀", "aki.saito@example.jp"),
    """
ウィンテクノ株式会社 御中

下記のとおり2月3日に配信停止の手続き完了のご連絡をいただいたのに、
その後も3通、キャンペーンのメールが届いています。
手続きが反映されていないのでは困ります。
今度こそ確実に止めてください。

斉藤 亜紀

-----Original Message-----
From: Win Techno <support@win-techno.com>
Sent: Monday, February 3, 2025 10:15 AM
To: aki.saito@example.jp
Subject: 配信停止手続き完了のお知らせ

斉藤 亜紀 様

メールマガジンの配信停止手続きが完了いたしました。
反映までに最大で1週間ほどかかる場合がございます。
今後とも Win Techno をよろしくお願いいたします。
""",
    day=4,
    mailer="Microsoft Outlook 16.0",
    extra=[("In-Reply-To", "<20250203101500.optout@win-techno.com>")],
)

mail(
    "ja",
    [],
    "Out-of-office auto-reply of a customer's staff member (RFC 3834 Auto-Submitted).",
    "【自動返信】不在のお知らせ（3/10〜3/14）",
    ("加藤 美咲", "misaki.kato@fujimi-kogyo.example.jp"),
    """
※本メールは自動返信です。

お世話になっております。
誠に勝手ながら、3月10日(月)から3月14日(金)まで出張のため不在にしております。
期間中はメールの確認が遅れる場合がございます。
お急ぎのご用件は、総務部 代表（03-0000-2200）までご連絡ください。

富士見工業株式会社 総務部
加藤 美咲
""",
    day=11,
    auto=True,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    mailer="Microsoft Outlook 16.0",
)

mail(
    "ja",
    [],
    "Receipt acknowledgement of a customer's helpdesk (X-Autoreply + Auto-Submitted); the echoed subject about deletion and the privacy sentence are traps.",
    "[受付番号:HD-20250318-0042] お問い合わせを受け付けました",
    ("株式会社ハルカ物産 ヘルプデスク", "helpdesk@haruka-bussan.example.jp"),
    """
このメールはシステムにより自動送信されています。ご返信いただいても対応できません。

お問い合わせいただきありがとうございます。
以下の内容で受け付けました。担当者より2営業日以内にご連絡いたします。

受付番号：HD-20250318-0042
件名：Re: 【Win Techno】ご登録情報の削除について

なお、お預かりした個人情報は、お問い合わせへの回答のためにのみ利用いたします。

株式会社ハルカ物産 ヘルプデスク
""",
    day=18,
    auto=True,
    extra=[
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "auto_reply"),
    ],
)

# ---------------------------------------------------------------------------
# English e-mail
# ---------------------------------------------------------------------------

mail(
    "en",
    [D],
    "GDPR Art. 15 style access request from an EU resident: copy of data, purposes, recipients, retention, source.",
    "Subject access request - Daniel Whitfield",
    ("Daniel Whitfield", "dwhitfield@example.org"),
    """
Dear Win Techno privacy team,

I am a WinGuard customer living in Dublin, and I am writing to exercise my
right of access under Article 15 of the GDPR (and, as I understand it, the
equivalent provision in Japan's APPI).

Please provide me with:

  - a copy of all personal data you hold about me, in a commonly used
    electronic format;
  - the purposes for which it is processed;
  - the recipients or categories of recipients it has been disclosed to,
    including any outside Japan or the EEA;
  - how long you intend to keep it, and where you got it from if not from me.

My account email is dwhitfield@example.org and my licence number is
WG-EU-339102. I'm happy to verify my identity however you need.

I look forward to hearing from you within one month.

Kind regards,
Daniel Whitfield
""",
    day=3,
    tz=0,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "en",
    [D, X],
    "Leaving customer wants an export of her data first, then everything wiped.",
    "closing my account",
    ("Priya Raman", "priya.raman@example.com"),
    """
Hi there,

I've switched to a different antivirus and I'm closing my WinGuard account
this week. Before I go, could you send me an export of whatever personal
info you have on file for me? Mostly I'm curious what's been collected over
six years. Once I've got that, please wipe the lot — account, purchase
history, support tickets, all of it.

Thanks,
Priya Raman
""",
    cs="utf-8",
    cte="quoted-printable",
    day=7,
    tz=330,
)

mail(
    "en",
    [C],
    "Misspelled surname on account and licence certificate; fix it (resending the certificate is incidental).",
    "Wrong spelling of my name",
    ("Anna Kowalski", "anna.kowalski@example.net"),
    """
Hello,

Small thing but it's been bugging me: my surname is spelled "Kowalksi" on
my account and on the licence certificate you emailed me. It should be
Kowalski (s-k-i). Could you fix it in your records and, if possible,
resend the certificate?

Account email: anna.kowalski@example.net

Thanks!
Anna
""",
    day=9,
    tz=60,
)

mail(
    "en",
    [C],
    "Moved within Japan; update the postal address on the account.",
    "New address",
    ("Marcus Bell", "marcus.bell@example.com"),
    """
Hi support,

Just a heads-up that I moved last month. The address on my account still
shows my old flat in Yokohama. Please update it to:

  Marcus Bell
  Room 804, 2-2-2 Nishi-Honmachi
  Nishi-ku, Osaka 550-0000

The USB security key I ordered on the 20th should go there too. Phone
number stays the same.

Cheers,
Marcus
""",
    day=4,
    tz=540,
    mailer="Apple Mail (2.3776)",
)

mail(
    "en",
    [S],
    "Objects to custom-audience ad targeting with her email; stop using her data for advertising/marketing (service notices still wanted).",
    "Please stop using my email for ads",
    ("Helen Okafor", "helen.okafor@example.com"),
    """
Hello,

I noticed that I'm getting WinGuard ads on social media that seem to be
targeted at me specifically, right after I bought a licence. I assume my
email address was uploaded to an ad platform for "custom audience"
targeting.

I don't consent to that. Please stop using my personal data for
advertising or marketing of any kind, including on third-party platforms.
I still want to receive service and security notices about my licence.

Regards,
Helen Okafor
helen.okafor@example.com
""",
    layout="alt",
    day=13,
    tz=0,
)

mail(
    "en",
    [S, COMP],
    "Partner offers after unsubscribing (complaint) and a demand to stop sharing with partners; quoted confirmation ignored.",
    "Re: Your email preferences have been updated",
    ("Tom Brennan", "tom.brennan@example.org"),
    """
This is the third time I'm writing about this. I unsubscribed in January
(see your own confirmation below), and since then I've received two
"partner offers" from companies I've never heard of, addressed to me by
name. So clearly my details are still being passed around.

Stop sharing my information with your partners. I expect a written
confirmation this time, not another automated email.

Tom Brennan

On Tue, Jan 14, 2025 at 9:02 AM Win Techno <support@win-techno.com> wrote:
> Hi Tom,
>
> Your email preferences have been updated. You will no longer receive
> marketing messages from Win Techno.
>
> The Win Techno Team
""",
    day=15,
    tz=-300,
    extra=[("In-Reply-To", "<20250114090200.prefs@win-techno.com>")],
)

mail(
    "en",
    [X],
    "Terse phone mail with typos: delete account and all data.",
    "delete",
    ("J Morales", "jmorales88@example.net"),
    """
pls delete my acount and everything u have on me. dont use winguard anymore.
username jmorales88

Sent from my iPhone
""",
    day=16,
    tz=-360,
    mailer="iPhone Mail (22D82)",
)

mail(
    "en",
    [X],
    "Indirect: 'forget me entirely', no reason for name, address and payment details to remain = erasure.",
    "Moving on",
    ("Geoffrey Hollis", "g.hollis@example.org"),
    """
Dear Sir or Madam,

After many years I have retired and no longer use a computer for work.
I have cancelled my subscription. I would be grateful if your company
would forget me entirely: I see no reason for my name, address and
payment details to remain in your files.

With thanks for years of good service,

Geoffrey Hollis
""",
    day=20,
    tz=0,
)

mail(
    "en",
    [COMP, D, X],
    "Reseller breach learned from the news (complaint); wants to know what data was shared with the reseller, then deletion (and deletion by the reseller).",
    "Was my data in the reseller breach?!",
    ("Kevin Tan", "kevin.tan@example.com"),
    """
I just read on a tech news site that one of your Japanese resellers,
"SoftPlaza", had a database exposed online with customer names, emails and
licence keys. I bought my WinGuard licence through SoftPlaza in 2023.

Nobody from Win Techno has contacted me. I find it unacceptable that I have
to learn about this from the news.

I want to know exactly what data about me you shared with SoftPlaza and
what they had. After that, delete my data, and tell them to do the same.

Kevin Tan
kevin.tan@example.com
""",
    day=22,
    tz=480,
)

mail(
    "en",
    [D],
    "Parent (agent) of a 16-year-old asks what personal information was collected about her son.",
    "Information about my son's account",
    ("Rachel Summers", "rachel.summers@example.net"),
    """
Hello,

My son (16) signed up for your "WinGuard Student" free plan through his
school last autumn. As his parent, I'd like to see what personal
information you collected from him when he registered and since then
(name, school, date of birth, usage data?).

Could you let me know what you hold and how I can receive it? I can
provide proof that I'm his parent if required.

Many thanks,
Rachel Summers
(mother of Oliver Summers, oliver.s2009@example.net)
""",
    day=25,
    tz=0,
)

mail(
    "en",
    [C],
    "Negation trap: don't close or delete anything; only change the login email.",
    "Account email change - please DON'T close my account",
    ("Lena Fischer", "lena.fischer@example.net"),
    """
Hi,

Your chatbot told me the only way to change my login email is to cancel and
re-register. I don't want that, please don't close or delete anything,
I have 2 years left on my licence.

All I need is the email on my account changed from
l.fischer@oldcompany.example.com (I left that job, it bounces now) to
lena.fischer@example.net.

Thanks,
Lena Fischer
""",
    day=26,
    tz=60,
)

mail(
    "en",
    [S],
    "Opt-out of sharing with group companies/parent for their marketing; asks for confirmation.",
    "Data sharing opt-out",
    ("Samuel Ortiz", "sam.ortiz@example.com"),
    """
Hello,

Your privacy policy says customer information may be shared with "group
companies" for joint marketing. Please opt me out of that. I don't want my
details passed to any affiliate or parent company for their own use.

Can you confirm once this is done?

Best,
Samuel Ortiz
""",
    day=27,
    tz=-480,
)

mail(
    "en",
    [COMP],
    "Received another customer's invoice with his personal details; grievance about data handling (the missing invoice is incidental).",
    "You sent me someone else's invoice",
    ("Olivia Grant", "olivia.grant@example.org"),
    """
Hi,

I asked your billing team for a copy of my February invoice. What I got
back was an invoice for a different customer: a "Mr. H. Nakagawa" with his
full home address, phone number and the last four digits of his card.

I've deleted it on my end, but this worries me. If you send his data to
me, who is getting mine? This is a serious lapse for a security company.

Still waiting for my actual invoice, by the way.

Olivia Grant
""",
    day=10,
    tz=600,
)

mail(
    "en",
    [COMP],
    "Passport scan demanded for a licence transfer is called excessive and unmentioned in the policy; complaint to be escalated.",
    "Excessive ID requirements",
    ("Jan de Vries", "jan.devries@example.net"),
    """
Hello,

I tried to transfer my licence to my new laptop and your verification page
asked me to upload a photo of my passport. For a €40 antivirus licence?

I'm not comfortable handing over a passport scan for this, and frankly I
think it's excessive. Nothing in your privacy policy mentions collecting
identity documents. I'd like this passed on to whoever is responsible for
privacy at your company.

Regards,
Jan de Vries
""",
    cs="utf-8",
    cte="quoted-printable",
    day=18,
    tz=60,
)

mail(
    "en",
    [INQ],
    "Procurement questions: hosting region, transfers outside Japan, DPA, sub-processors.",
    "WinGuard Cloud - data residency & DPA questions",
    ("Wei Ling Chua", "weiling.chua@straitsfreight.example.com"),
    """
Hi,

We're evaluating WinGuard Cloud for roughly 300 endpoints at a logistics
company in Singapore. Before procurement can sign off, I need answers to a
few privacy questions:

1. In which country/region is customer and endpoint telemetry data hosted?
2. Do you transfer personal data outside Japan, and under what safeguards?
3. Do you offer a data processing agreement (DPA)?
4. Which sub-processors do you use?

A link to existing documentation is fine if you have it.

Thanks,
Wei Ling Chua
IT Procurement, Straits Freight Pte Ltd
""",
    layout="alt",
    day=12,
    tz=480,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "en",
    [INQ],
    "Retention period of scan logs and IP addresses, and whether linked to the account holder (CRLF line endings).",
    "Log retention",
    ("Aaron Mitchell", "aaron.m@example.com"),
    """
Hi,

Quick question for your privacy/compliance folks: how long do you keep
the scan logs and IP addresses that WinGuard sends back to your servers?
And are they linked to the account holder's name, or stored
pseudonymously?

Thanks in advance,
Aaron Mitchell
""",
    day=14,
    tz=-300,
    crlf=True,
)

mail(
    "en",
    [INQ],
    "Hypothetical question from a school about what happens to student data after account closure; no request about own data.",
    "Question about student accounts",
    ("Fiona Walsh", "f.walsh@kobe-intl.example.org"),
    """
Hello,

I'm the IT coordinator at a small international school in Kobe, and we're
considering WinGuard Student for our 11th and 12th graders.

Could you tell me what happens to a student's data once their account is
closed (for example when they graduate)? Is it deleted automatically, and
if so, after how long? Parents will ask, so I'd like to have a clear answer
before we sign up.

Best regards,
Fiona Walsh
IT Coordinator
""",
    day=19,
    tz=540,
)

mail(
    "en",
    [OTH],
    "Billing: charged after cancellation, refund wanted.",
    "Charged after cancelling",
    ("Derek Simmons", "derek.simmons@example.com"),
    """
Hi,

I cancelled my WinGuard Premium subscription on Feb 20 (confirmation
number CN-558120), but my card was still charged $59.99 on March 2.
Please refund this charge.

Thanks,
Derek Simmons
""",
    day=3,
    tz=-420,
)

mail(
    "en",
    [OTH],
    "Decoy: spam selling a contact list; 'reply REMOVE' is not a privacy request.",
    "Cybersecurity decision-makers list - 2025 edition",
    ("Jenna Morgan", "jenna@leadforge.example.com"),
    """
Hi there,

Are you looking to reach more IT decision makers in APAC?

Our 2025 Cybersecurity Buyers List includes 48,000+ verified contacts
(CISOs, IT managers, procurement heads) with emails and direct dials,
fully GDPR-compliant.

Reply "YES" and I'll send over a free sample of 100 records plus pricing.

Best,
Jenna Morgan
LeadForge Data Solutions

If you don't want to hear from me again, just reply "REMOVE" and I'll take
you off my list.
""",
    layout="alt",
    day=6,
    tz=-240,
)

mail(
    "en",
    [OTH],
    "Decoy: phishing report; the forwarded fake mail threatens suspension and deletion of personal data.",
    "FW: Action required: Your WinGuard account will be suspended",
    ("Chris Doyle", "chris.doyle@example.net"),
    """
Hi,

Got this today. Looks fake to me (the sender domain is weird and the
grammar is off), but my mum also received one and nearly clicked. Thought
you'd want to know.

Best,
Chris

---------- Forwarded message ---------
From: WinGuard Security <security@winguard-account.example.net>
Date: Wed, Mar 19, 2025 at 6:41 AM
Subject: Action required: Your WinGuard account will be suspended

Dear customer,

We detected unusual activity. Your account will be suspended and your
personal data deleted within 24 hours unless you verify your details:
http://winguard-account.example.net/verify

WinGuard Security Team
""",
    day=19,
    tz=0,
)

mail(
    "en",
    [OTH],
    "Decoy: remove a decommissioned laptop from the console and bulk-delete quarantine items.",
    "Removing old laptop from console",
    ("Nadia Petrova", "nadia@harbordental.example.com"),
    """
Hello,

Two quick questions about the WinGuard Cloud console:

1. How do I remove a laptop that was decommissioned? It still shows up as
   "offline" and counts against our licence total.
2. Is there a way to delete old quarantine items in bulk instead of one by
   one?

Thanks,
Nadia
IT, Harbor Dental Group
""",
    day=21,
    tz=600,
)

mail(
    "en",
    [OTH],
    "Thank-you note; the confidentiality disclaimer's 'delete this email' is not a request.",
    "Thank you - issue resolved (Case #48213)",
    ("Paul Henderson", "p.henderson@caldwellpryce.example.com"),
    """
Hi Kenji,

Just wanted to say thanks for sticking with us on the update issue last
week. The hotfix you sent resolved it on all 40 machines, and the team is
back to normal.

Much appreciated.

Best regards,
Paul Henderson
Systems Administrator | Caldwell & Pryce LLP

CONFIDENTIALITY NOTICE: This email and any attachments are confidential
and may be legally privileged. If you are not the intended recipient,
please notify the sender immediately and delete this email from your
system. Any unauthorised use, disclosure or copying is prohibited.
""",
    day=28,
    tz=0,
    mailer="Microsoft Outlook 16.0",
)

mail(
    "en",
    [],
    "Out-of-office auto-reply (Auto-Submitted: auto-replied).",
    "Automatic reply: Your WinGuard licence renewal",
    ("Laura Chen", "laura.chen@brightwater.example.com"),
    """
Thank you for your email. I am out of the office until Monday, March 17,
with limited access to email. For urgent IT matters please contact
helpdesk@brightwater.example.com.

Best regards,
Laura Chen
""",
    day=12,
    tz=-420,
    auto=True,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    mailer="Microsoft Outlook 16.0",
)

mail(
    "en",
    [],
    "Ticket-system receipt acknowledgement (X-Autoreply only); the echoed subject about deleting personal data is a trap.",
    "[Ticket #INC-20931] We've received your request",
    ("Meridian IT Service Desk", "servicedesk@meridian.example.org"),
    """
Hello,

Thank you for contacting the Meridian IT Service Desk. This is an
automated response to confirm that we have received your message.

Ticket number: INC-20931
Subject: Re: Request to delete personal data - confirmation

A member of our team will review your request and respond within one
business day. Please do not reply to this email.

Meridian IT Service Desk
""",
    day=23,
    tz=0,
    auto=True,
    extra=[("X-Autoreply", "yes")],
)

mail(
    "en",
    [],
    "Bounce (multipart/report) of a Win Techno reply confirming erasure; the returned original is a keyword trap.",
    None,
    None,
    None,
    bounce="rfc822",
    day=20,
)

mail(
    "en",
    [],
    "Bounce (multipart/report) with text/rfc822-headers of a Win Techno reply about an address correction.",
    None,
    None,
    None,
    bounce="headers",
    day=27,
)

# ---------------------------------------------------------------------------
# Other languages, e-mail
# ---------------------------------------------------------------------------

mail(
    "zh",
    [X],
    "Expired customer asks to delete name/phone/address and close the account.",
    "关于删除个人信息",
    ("王芳", "wangfang@example.com"),
    """
您好，

我去年购买过一年的WinGuard，现在已经过期，也不打算续费了。
麻烦你们把我注册时留下的姓名、电话和地址这些资料都删掉，
账号也可以一起注销。

注册邮箱：wangfang@example.com

谢谢！
王芳
""",
    cs="gb2312",
    cte="base64",
    day=9,
    tz=480,
)

mail(
    "zh",
    [OTH],
    "Billing: Chinese VAT invoice (fapiao) or English receipt for a corporate order.",
    "发票问题",
    ("李强", "liqiang@xinghe-trade.example.com"),
    """
你好，
我们公司上海分部购买了WinGuard企业版20套（订单号 WG-CN-20250307），
财务需要开具增值税专用发票，请问你们可以开中国的发票吗？
如果不行，能否提供英文版的正式收据？

谢谢
李强
上海星河贸易有限公司 IT部
""",
    cs="utf-8",
    cte="base64",
    day=24,
    tz=480,
)

mail(
    "ko",
    [D],
    "Wants to know what personal data is held (sign-up data, payments, product-collected data) and receive it by e-mail.",
    "개인정보 열람 요청드립니다",
    ("박지민", "jimin.park@example.com"),
    """
안녕하세요.
서울에 사는 WinGuard 사용자 박지민입니다.

귀사가 저에 대해 어떤 개인정보를 가지고 있는지 확인하고 싶습니다.
가입할 때 입력한 정보와 결제 내역, 그리고 제품이 수집한 정보가 있다면
그 내용을 이메일로 받아 볼 수 있을까요?

계정 이메일: jimin.park@example.com

감사합니다.
박지민 드림
""",
    cs="euc-kr",
    cte="base64",
    day=13,
    tz=540,
)

mail(
    "ko",
    [S],
    "Keep update notices but stop promotional mails; do not use the address for marketing.",
    "광고 메일 수신 거부",
    ("최민수", "minsu.choi@example.net"),
    """
담당자님께,

제품 업데이트 안내는 계속 받고 싶은데, 할인 행사나 신제품 광고 메일은
더 이상 보내지 말아 주세요. 제 이메일 주소를 마케팅 용도로 쓰지 않으셨으면 합니다.

최민수
""",
    cs="euc-kr",
    cte="8bit",
    day=25,
    tz=540,
)

mail(
    "fr",
    [X, COMP],
    "Still receiving promotions two months after unsubscribing (complaint); asks for definitive erasure of all data.",
    "Demande d'effacement de mes données",
    ("Julien Marchand", "julien.marchand@example.org"),
    """
Bonjour,

Je me suis désinscrit de votre lettre d'information il y a deux mois, et je
continue pourtant à recevoir vos offres promotionnelles presque chaque
semaine. C'est inadmissible.

Je vous demande donc de supprimer définitivement l'ensemble des données
personnelles me concernant (nom, adresse e-mail, historique d'achat),
conformément à mon droit à l'effacement.

Merci de me confirmer la suppression par retour de mail.

Cordialement,
Julien Marchand
""",
    cs="iso-8859-1",
    cte="quoted-printable",
    day=17,
    tz=60,
)

mail(
    "fr",
    [OTH],
    "Licence transfer to a new laptop; how-to.",
    "Transfert de licence vers un nouvel ordinateur",
    ("Claire Dubois", "claire.dubois@example.net"),
    """
Bonjour,

J'ai acheté un nouvel ordinateur portable et je voudrais y installer
WinGuard. Est-ce que ma licence actuelle (3 postes) peut être transférée,
ou faut-il d'abord la désactiver sur l'ancien PC ? Je n'arrive pas à
trouver l'option dans le logiciel.

Merci d'avance,
Claire Dubois
""",
    cs="utf-8",
    cte="base64",
    day=28,
    tz=60,
)

mail(
    "de",
    [D],
    "Art. 15 GDPR access request: data held, purposes, recipients, and a copy.",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    ("Matthias Becker", "m.becker@example.org"),
    """
Sehr geehrte Damen und Herren,

ich nutze WinGuard seit 2022 und bitte Sie um Auskunft darüber, welche
personenbezogenen Daten Sie über mich gespeichert haben, zu welchen Zwecken
diese verarbeitet werden und an wen sie gegebenenfalls weitergegeben wurden.
Bitte stellen Sie mir außerdem eine Kopie dieser Daten zur Verfügung.

Meine registrierte E-Mail-Adresse lautet m.becker@example.org.

Mit freundlichen Grüßen
Matthias Becker
""",
    cs="utf-8",
    cte="quoted-printable",
    day=5,
    tz=60,
)

mail(
    "de",
    [INQ],
    "Prospective customer (tax office): storage country, DPA under Art. 28, transfers outside the EU.",
    "Fragen zum Datenschutz vor Vertragsabschluss",
    ("Sabine Krüger", "s.krueger@krueger-partner.example.com"),
    """
Guten Tag,

wir sind ein Steuerbüro mit 12 Arbeitsplätzen und überlegen, WinGuard Cloud
einzusetzen. Bevor wir uns entscheiden, hätten wir einige Fragen:

- In welchem Land werden die Daten unserer Mitarbeiter gespeichert?
- Bieten Sie einen Auftragsverarbeitungsvertrag (AVV) nach Art. 28 DSGVO an?
- Werden Daten an Dritte oder an Server außerhalb der EU übermittelt?

Vielen Dank und freundliche Grüße
Sabine Krüger
Steuerberatung Krüger & Partner
""",
    cs="utf-8",
    cte="quoted-printable",
    layout="alt",
    day=20,
    tz=60,
)

mail(
    "es",
    [C],
    "Surname stored without accents/ñ and second surname missing; correct it.",
    "Error en mi nombre",
    ("Carmen Núñez Ortega", "carmen.nunez@example.com"),
    """
Hola:

En mi cuenta y en las facturas mi apellido aparece como "Nunez", sin la
eñe ni la tilde. El correcto es "Núñez". ¿Podrían corregirlo, por favor?
También falta mi segundo apellido: debería ser "Carmen Núñez Ortega".

Muchas gracias,
Carmen Núñez Ortega
""",
    cs="windows-1252",
    cte="quoted-printable",
    day=7,
    tz=60,
)

mail(
    "es",
    [OTH],
    "Technical: licence key rejected at activation.",
    "No puedo activar la licencia",
    ("Diego Ramírez", "diego.ramirez@example.net"),
    """
Buenas tardes,

Compré WinGuard ayer en la tienda online y al introducir la clave me sale
el error "E-1023: clave no válida". Ya he probado a copiarla y pegarla
varias veces. ¿Qué puedo hacer?

Saludos,
Diego Ramírez
""",
    cs="windows-1252",
    cte="8bit",
    day=15,
    tz=-360,
)

# ---------------------------------------------------------------------------
# Japanese chats
# ---------------------------------------------------------------------------

chat(
    "ja",
    [C],
    "Moved; asks for the registered address to be fixed.",
    "登録してる住所が変わったので直しといてもらえますか？新しいのは 大阪府堺市北区0-0-0 です",
)
chat(
    "ja",
    [X],
    "Leaving and wants everything erased.",
    "もう使わないので退会します。情報も全部消しといてください",
)
chat(
    "ja",
    [S],
    "Indirect: 'I don't need the newsletter any more' = stop marketing use of her address.",
    "メルマガもう要らないです〜",
)
chat(
    "ja",
    [D],
    "Indirect: how much do you hold about me, show me all of it.",
    "私の情報ってどこまで持ってるんですか？一回ぜんぶ見せてほしい",
)
chat(
    "ja",
    [C],
    "Romaji Japanese: change the registered e-mail address.",
    "sumimasen, touroku shiteru meado kaetai desu. atarashii no wa yuta.k@example.jp desu",
)
chat(
    "ja",
    [X],
    "Split thoughts: trial-only user wants leftover name/phone deleted.",
    "すみません\n前に体験版だけ使ったことあるんですけど\nそのときの名前とか電話番号とか、まだ残ってたら消してほしいです",
)
chat(
    "ja",
    [C],
    "Indirect: states the phone number was registered wrongly and gives the right one.",
    "電話番号まちがえて登録してました💦 080-0000-3141 が正しいです",
)
chat(
    "ja",
    [S, D],
    "Rude: stop using my data for ads, and tell me every company it went to (provision records).",
    "俺の情報を広告に使うのやめろ。あとどこの会社に流したのか全部教えろ",
)
chat(
    "ja",
    [S],
    "Negation trap: no deletion needed, only stop the sales mails.",
    "あ、削除とかじゃなくていいです。営業のメールだけ止めてもらえれば",
)
chat(
    "ja",
    [C],
    "Wife contacts on behalf of hospitalised husband; asks to change the registered e-mail to hers.",
    "夫のアカウントの件で連絡しています。本人が入院中なので代わりに。。\n登録メールを私のアドレス（naoko.ueda@example.jp）に変えてもらうことってできますか？",
)
chat(
    "ja",
    [COMP, X],
    "Mails continue after cancelling (complaint) and wants her personal data actually erased.",
    "解約したのにまだメール来るんだけど。個人情報ちゃんと消してよ",
)
chat(
    "ja",
    [D],
    "Indirect: asks how to file a disclosure request via chat; procedure question expresses intent.",
    "開示請求ってこのチャットからでもできますか？やり方教えてください",
)
chat(
    "ja",
    [S],
    "Stop providing her information to partners or other companies.",
    "提携先とか他の会社に私の情報渡すのはやめてほしいです",
)
chat(
    "ja",
    [C, COMP],
    "Name kanji still wrong after an earlier request (ignored request = complaint) and must be corrected.",
    "名前の漢字また間違ってますよ。「斎藤」じゃなくて「齋藤」です。先月も言ったのに直ってないのはどうなってるんですか",
)
chat(
    "ja",
    [X, S],
    "Wants deletion; until it is done, stop using the data.",
    "削除希望です。消すのに時間かかるなら、せめてそれまでは使わないでください",
)
chat(
    "ja",
    [COMP],
    "Phone operator called her by another customer's name and read out that person's address; grievance about data handling.",
    "サポートに電話したら、オペレーターさんが私のこと別の人の名前で呼んで、しかもその人の住所まで読み上げてた。。こっちの情報も同じように扱われてるのかと思うとゾッとする",
)
chat(
    "ja",
    [COMP],
    "Grievance (rhetorical question) about the mobile app asking for contacts access; not a neutral inquiry.",
    "スマホ版入れたら連絡先へのアクセス許可を求められたんだけど、ウイルス対策にアドレス帳いる？正直気持ち悪い",
)
chat("ja", [INQ], "What are the site's cookies used for.", "サイトのクッキーって何に使ってますか？")
chat(
    "ja",
    [INQ],
    "Does WinGuard collect browsing history.",
    "WinGuardってブラウザの閲覧履歴とか集めてます？",
)
chat(
    "ja",
    [INQ],
    "Asks whether this is the right contact point for privacy consultations.",
    "個人情報のことで相談したいんですが、窓口ってここで合ってますか？",
)
chat(
    "ja",
    [INQ],
    "Data sharing with parent/group companies?",
    "御社って親会社とかグループ会社とお客さんのデータ共有してるんですか？",
)
chat(
    "ja",
    [INQ],
    "Hypothetical retention question (has not decided to leave); no request.",
    "もし退会したら、データってどのくらいの期間残るんですか？まだ退会するか決めてないんですけど",
)
chat(
    "ja",
    [OTH],
    "Where is the licence key (lost the box).",
    "ライセンスキーってどこに書いてありますか？箱なくしちゃって",
)
chat(
    "ja",
    [OTH],
    "PC does not boot after update.",
    "更新したらPCが立ち上がらなくなった！！\nどうすればいい？？",
)
chat(
    "ja",
    [OTH],
    "Decoy: stop the subscription auto-renewal.",
    "自動更新を止めたいんですけど、どこから設定できますか",
)
chat(
    "ja",
    [OTH],
    "Decoy: delete an old PC from the management console.",
    "使ってない古いPCを管理コンソールから削除したいです。やり方おしえてください",
)
chat(
    "ja",
    [OTH],
    "Decoy: delete a duplicate invoice.",
    "請求書が2通来てるんですが、片方消してもらえます？同じ内容です",
)
chat(
    "ja",
    [OTH],
    "Decoy: export scan results for a report.",
    "スキャン結果をエクスポートする方法ありますか？上司に報告したくて",
)
chat("ja", [OTH], "Thank-you message.", "解決しました！ありがとうございました🙏")
chat(
    "ja",
    [OTH],
    "Spam (side-job pitch) posted to the bot.",
    "【副業】スマホだけで月収50万円！今なら無料で始められます→ https://fukugyo.example.net/lp",
)
chat(
    "ja",
    [OTH],
    "Decoy: phishing SMS about 'account suspended'.",
    "WinGuardから『アカウントが停止されました』ってSMSが来たんですけど、これ本物ですか？リンク押してないです",
)
chat(
    "ja",
    [OTH],
    "Sales: quote for about 50 corporate seats.",
    "法人で50台くらい入れたいんですけど、見積もりってここで頼めます？",
)
chat("ja", [OTH], "Outage: console does not open.", "管理画面ひらかない。。サーバー落ちてます？")
chat(
    "ja",
    [OTH],
    "Decoy: change of plan (Basic to Premium), not a data correction.",
    "プラン変えたいです。ベーシック→プレミアム",
)
chat(
    "ja",
    [OTH],
    "Decoy: delete quarantined files permanently.",
    "隔離されたファイルを完全に削除するにはどうすればいいですか",
)
chat(
    "ja",
    [OTH],
    "Romaji Japanese: part-time job inquiry from a student.",
    "baito boshuu shitemasuka? daigakusei desu. IT kei no shigoto ni kyoumi ga arimasu",
)

# ---------------------------------------------------------------------------
# English chats
# ---------------------------------------------------------------------------

chat(
    "en",
    [D],
    "Indirect: what info do you have about me.",
    "hey can u tell me what info u guys have about me?",
)
chat(
    "en",
    [C],
    "Update the account email; new address given.",
    "need to update my email on my account, the old one is dead. new: sam.k@example.net",
)
chat("en", [X], "Wipe account and data.", "plz wipe my account and data. done with winguard")
chat(
    "en", [S], "Stop sharing data with advertisers.", "Stop sharing my data with advertisers. Now."
)
chat(
    "en",
    [C],
    "Posed as a question: how to update surname after marriage.",
    "hi! I got married and changed my last name (Porter -> Alvarez). how do I update it on my account?",
)
chat(
    "en",
    [D],
    "Copy of all personal data in a file (portability/export of personal data).",
    "is it possible to get a copy of all my personal data in a file? json/csv whatever works",
)
chat(
    "en",
    [S],
    "Negation trap: account deletion explicitly not wanted; just stop promo emails.",
    "I don't want my account deleted or anything, I just want the promo emails to stop please",
)
chat(
    "en",
    [X],
    "How-do-I question about erasure expresses deletion intent.",
    "how do I get you to erase my info? can't find it in the app",
)
chat(
    "en",
    [COMP, D, X],
    "Split thoughts: suspected leak (complaint), who did you give it to (provision records), then delete it.",
    "you leaked my email.\nI'm getting spam at an address I ONLY ever gave to you\ntell me who you gave it to and then delete it",
)
chat(
    "en",
    [X],
    "Family member asks to close deceased father's account and remove his information.",
    "Hello. My father passed away last month. He had a WinGuard account under f.harlow@example.net. Could you please close it and remove his information? Thank you.",
)
chat(
    "en",
    [COMP],
    "Chat agent asked for the full card number in chat; grievance about data handling.",
    "Honestly disappointed. Your chat agent yesterday asked me to type my full credit card number into this chat to 'verify' me. That's not how you treat people's personal data.",
)
chat(
    "en",
    [INQ],
    "Website analytics/tracking pixels?",
    "do you use google analytics or facebook pixel on your website?",
)
chat("en", [INQ], "Where is data stored.", "quick q, is my data stored in japan or the US?")
chat(
    "en",
    [INQ],
    "Borderline: asks where to read the privacy policy (broken link); a question about privacy practices, not a technical request.",
    "where's your privacy policy? the link at the bottom of the app goes to a 404",
)
chat(
    "en",
    [INQ],
    "Does WinGuard sell user data to third parties.",
    "Does WinGuard sell user data to third parties? Thinking about getting it for my parents",
)
chat(
    "en",
    [OTH],
    "Licence shows expired after payment.",
    "my licence says expired but I paid yesterday??",
)
chat(
    "en",
    [OTH],
    "Decoy: turn off scan notifications.",
    "how do I turn off the scan notifications? they pop up every hour and it's driving me nuts",
)
chat(
    "en",
    [OTH],
    "Recruiter sales pitch.",
    "Hi! I'm a recruiter at TalentBridge, we have senior Python engineers available immediately. Who's the right person to talk to?",
)
chat(
    "en",
    [OTH],
    "False positive on a game.",
    "winguard flagged my game as a virus lol. false positive? it's from steam",
)
chat("en", [OTH], "Thanks.", "thanks for the quick fix yesterday, all good now 👍")
chat(
    "en",
    [OTH],
    "Decoy: change the recipient of weekly scan reports (a team distribution list, console setting), not personal data.",
    "can I change where the weekly scan report goes? it's still sent to our old team distribution list",
)
chat(
    "en",
    [OTH],
    "Decoy: prize spam with 'Reply STOP to unsubscribe'.",
    "CONGRATULATIONS!! You have been selected to receive a FREE iPhone 16. Claim now: http://prize.example.com Reply STOP to unsubscribe",
)
chat(
    "en",
    [OTH],
    "Job inquiry (visa sponsorship).",
    "Hi, I'm looking for a job at your Tokyo office. Do you sponsor visas for software engineers?",
)
chat("en", [OTH], "Student discount question.", "is there a student discount?")

# ---------------------------------------------------------------------------
# Other languages, chats
# ---------------------------------------------------------------------------

chat(
    "zh",
    [C],
    "New mobile number; update it.",
    "你好，我的手机号换了，麻烦帮我更新一下，新号码是 139 0000 5678，谢谢",
)
chat("zh", [OTH], "Does the enterprise edition run on Mac.", "请问企业版可以装在Mac上吗？")
chat(
    "ko",
    [X],
    "Withdraw membership and erase all data.",
    "탈퇴하고 싶어요. 제 정보도 전부 지워 주세요",
)
chat("ko", [OTH], "Double charge; refund one.", "결제가 두 번 됐어요. 하나는 환불해 주세요")
chat(
    "fr",
    [S],
    "Stop ads and stop using her data for them.",
    "Bonjour, je ne veux plus recevoir vos pubs. Arrêtez d'utiliser mes données pour ça svp",
)
chat(
    "fr",
    [OTH],
    "Software blocks the network printer after update.",
    "Le logiciel bloque mon imprimante réseau depuis la mise à jour, que faire ?",
)
chat(
    "de",
    [D],
    "Indirect: which data do you store about me, would like to see it.",
    "Hallo, welche Daten habt ihr eigentlich über mich gespeichert? Würde ich gern mal sehen.",
)
chat(
    "de",
    [OTH],
    "Decoy: empty quarantine, delete old files.",
    "Wie kann ich die Quarantäne leeren? Will die alten Dateien endlich löschen.",
)
chat(
    "es",
    [INQ],
    "Do you share my data with other companies (asked before buying); no request.",
    "Hola, ¿comparten mis datos con otras empresas? Quiero saberlo antes de comprar.",
)
chat("es", [OTH], "Android version?", "Hola, ¿tienen versión para Android?")


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------

DEFAULT_CS = {
    "ja": "iso-2022-jp",
    "en": "us-ascii",
    "zh": "gb2312",
    "ko": "euc-kr",
    "fr": "iso-8859-1",
    "de": "utf-8",
    "es": "windows-1252",
}
DEFAULT_CTE = {
    "iso-2022-jp": "7bit",
    "us-ascii": "7bit",
    "gb2312": "base64",
    "euc-kr": "base64",
    "iso-8859-1": "quoted-printable",
    "utf-8": "base64",
    "windows-1252": "quoted-printable",
    "shift_jis": "base64",
}
# charset used for encoded words in headers
HEADER_CS = {"shift_jis": "iso-2022-jp", "us-ascii": "utf-8", "windows-1252": "iso-8859-1"}
TO_VARIANTS = [
    ("", SUPPORT),
    ("Win Techno サポート", SUPPORT),
    ("Win Techno Support", SUPPORT),
    ("", SUPPORT),
    ("ウィンテクノ株式会社 サポートセンター", SUPPORT),
    ("WinGuard Support", SUPPORT),
]


def digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def header_value(text: str, cs: str):
    if text.isascii():
        return text
    return Header(text, HEADER_CS.get(cs, cs))


def address(name: str, addr: str, cs: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=HEADER_CS.get(cs, cs))


def text_part(text: str, subtype: str, cs: str, cte: str) -> Message:
    data = text.encode(cs)  # strict: every character must exist in the declared charset
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{cs}"'
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    return part


def to_html(text: str, cs: str) -> str:
    blocks = [b for b in text.strip("\n").split("\n\n")]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in b.split("\n")) + "</p>" for b in blocks
    )
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n</head>\n'
        f'<body style="font-family: sans-serif; font-size: 14px;">\n{body}\n</body>\n</html>\n'
    )


def tiny_png() -> bytes:
    raw = b"".join(b"\x00" + bytes((x * 29 + y * 17) % 256 for x in range(8)) for y in range(8))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def msg_date(item: dict, key: str) -> datetime:
    h = int(digest(key, "date")[:8], 16)
    minutes = item.get("tz", 540)
    tz = timezone(timedelta(minutes=minutes))
    local = datetime(2025, 3, item["day"], 7 + h % 14, (h >> 4) % 60, (h >> 10) % 60)
    return local.replace(tzinfo=tz)


def serialize(msg: Message, crlf: bool = False) -> bytes:
    buf = BytesIO()
    pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


def build_email(item: dict, number: int, order: int) -> bytes:
    if item.get("bounce"):
        return build_bounce(item, number)
    name, addr = item["sender"]
    cs = item.get("cs") or DEFAULT_CS[item["lang"]]
    cte = item.get("cte") or DEFAULT_CTE[cs]
    key = f"{addr}|{item['subject']}"
    date = msg_date(item, key)
    domain = addr.split("@", 1)[1]
    h = digest(key)
    ip = f"{(192, 198, 203)[int(h[0], 16) % 3]}.{('0.2', '51.100', '0.113')[int(h[0], 16) % 3]}.{int(h[2:4], 16) % 250 + 2}"
    to_name, to_addr = TO_VARIANTS[order % len(TO_VARIANTS)]
    if not to_name.isascii() and item["lang"] != "ja":
        to_name = "Win Techno Support"
    utc = date.astimezone(UTC)

    msg = Message()
    msg["Return-Path"] = f"<{addr}>"
    msg["Received"] = (
        f"from mail.{domain} (mail.{domain} [{ip}])\n\tby mx1.win-techno.com (Postfix) with ESMTPS id {h[4:14].upper()}\n"
        f"\tfor <{SUPPORT}>; {format_datetime(date.astimezone(timezone(timedelta(hours=9))))}"
    )
    msg["From"] = address(name, addr, cs)
    msg["To"] = address(to_name, to_addr, cs)
    msg["Subject"] = header_value(item["subject"], cs)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{utc:%Y%m%d%H%M%S}.{h[20:32]}@{domain}>"
    for k, v in item.get("extra", ()):
        msg[k] = v
    if item.get("mailer"):
        msg["X-Mailer"] = item["mailer"]
    msg["MIME-Version"] = "1.0"

    body = item["body"].strip("\n") + "\n"
    layout = item.get("layout", "plain")
    boundary = f"----=_Part_{number:03d}_{h[32:44]}"
    if layout == "plain":
        part = text_part(body, "plain", cs, cte)
        msg["Content-Type"] = part["Content-Type"]
        msg["Content-Transfer-Encoding"] = part["Content-Transfer-Encoding"]
        msg.set_payload(part._payload)
    elif layout == "html":
        part = text_part(to_html(body, cs), "html", cs, cte)
        msg["Content-Type"] = part["Content-Type"]
        msg["Content-Transfer-Encoding"] = part["Content-Transfer-Encoding"]
        msg.set_payload(part._payload)
    elif layout == "alt":
        msg["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
        msg.attach(text_part(body, "plain", cs, cte))
        msg.attach(text_part(to_html(body, cs), "html", cs, cte))
    elif layout == "mixed":
        msg["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
        msg.attach(text_part(body, "plain", cs, cte))
        kind, filename, content = item["attach"]
        if kind == "text":
            att = text_part(content, "plain", "utf-8", "base64")
            att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
        else:
            att = Message()
            att["Content-Type"] = f'image/png; name="{filename}"'
            att["Content-Transfer-Encoding"] = "base64"
            att.add_header("Content-Disposition", "attachment", filename=filename)
            att.set_payload(base64.encodebytes(tiny_png()).decode("ascii"))
        msg.attach(att)
    else:
        raise ValueError(layout)
    return serialize(msg, crlf=item.get("crlf", False))


def build_bounce(item: dict, number: int) -> bytes:
    """multipart/report from MAILER-DAEMON returning a Win Techno reply."""
    variant = item["bounce"]
    tz = timezone(timedelta(hours=9))
    date = datetime(
        2025, 3, item["day"], 11 if variant == "rfc822" else 16, 4 + number % 50, 12, tzinfo=tz
    )
    sent = date - timedelta(seconds=7)
    if variant == "rfc822":
        rcpt, mta, status, diag = (
            "e.lindqvist@example.org",
            "mx.example.org",
            "5.1.1",
            "smtp; 550 5.1.1 <e.lindqvist@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
        )
        orig = Message()
        orig["From"] = f"Win Techno Support <{SUPPORT}>"
        orig["To"] = rcpt
        orig["Subject"] = "Re: Request to erase my personal data"
        orig["Date"] = format_datetime(sent)
        orig["Message-ID"] = (
            f"<{sent.astimezone(UTC):%Y%m%d%H%M%S}.reply{number:03d}@win-techno.com>"
        )
        orig["MIME-Version"] = "1.0"
        orig["Content-Type"] = 'text/plain; charset="us-ascii"'
        orig["Content-Transfer-Encoding"] = "7bit"
        orig.set_payload(
            "Dear Ms. Lindqvist,\n\nWe have completed your request. Your WinGuard account has been closed and\n"
            "the personal data associated with it has been deleted from our systems,\nexcept for billing records we are "
            "required to retain by law.\n\nWin Techno Inc. Customer Support\n"
        )
    else:
        rcpt, mta, status, diag = (
            "h.yamaguchi@example.net",
            "mail.example.net",
            "5.2.2",
            "smtp; 552 5.2.2 <h.yamaguchi@example.net>: mailbox full",
        )
        orig = Message()
        orig["From"] = formataddr(("ウィンテクノ サポート", SUPPORT), charset="iso-2022-jp")
        orig["To"] = rcpt
        orig["Subject"] = Header("【Win Techno】ご登録住所の訂正が完了しました", "iso-2022-jp")
        orig["Date"] = format_datetime(sent)
        orig["Message-ID"] = (
            f"<{sent.astimezone(UTC):%Y%m%d%H%M%S}.reply{number:03d}@win-techno.com>"
        )
        orig["MIME-Version"] = "1.0"
        orig["Content-Type"] = 'text/plain; charset="iso-2022-jp"'
        orig["Content-Transfer-Encoding"] = "7bit"
    msg = Message()
    msg["Return-Path"] = "<>"
    msg["Received"] = (
        f"by {mta} (Postfix)\n\tid {digest(str(number))[:10].upper()}; {format_datetime(date)}"
    )
    msg["Date"] = format_datetime(date)
    msg["From"] = f"MAILER-DAEMON@{mta} (Mail Delivery System)"
    msg["To"] = SUPPORT
    msg["Subject"] = "Undelivered Mail Returned to Sender"
    msg["Auto-Submitted"] = "auto-replied"
    msg["Message-ID"] = f"<{date.astimezone(UTC):%Y%m%d%H%M%S}.{digest(mta)[:8]}@{mta}>"
    msg["MIME-Version"] = "1.0"
    boundary = f"{digest(mta, str(number))[:10].upper()}.{1742000000 + number}/{mta}"
    msg["Content-Type"] = f'multipart/report; report-type=delivery-status;\n\tboundary="{boundary}"'
    msg["Content-Description"] = "Notification"  # not required, common in Postfix

    human = text_part(
        f"This is the mail system at host {mta}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{rcpt}>: host {mta}[{'192.0.2.25' if variant == 'rfc822' else '198.51.100.7'}] said: {diag.split('; ', 1)[1]}\n",
        "plain",
        "us-ascii",
        "7bit",
    )
    human["Content-Description"] = "Notification"
    msg.attach(human)

    status_part = Message()
    status_part["Content-Description"] = "Delivery report"
    status_part["Content-Type"] = "message/delivery-status"
    per_msg = Message()
    per_msg["Reporting-MTA"] = f"dns; {mta}"
    per_msg["X-Postfix-Queue-ID"] = digest(str(number))[:10].upper()
    per_msg["X-Postfix-Sender"] = f"rfc822; {SUPPORT}"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = f"rfc822; {rcpt}"
    per_rcpt["Original-Recipient"] = f"rfc822;{rcpt}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = status
    per_rcpt["Remote-MTA"] = f"dns; {mta}"
    per_rcpt["Diagnostic-Code"] = diag
    status_part.set_payload([per_msg, per_rcpt])
    msg.attach(status_part)

    if variant == "rfc822":
        returned = Message()
        returned["Content-Description"] = "Undelivered Message"
        returned["Content-Type"] = "message/rfc822"
        returned.attach(orig)
    else:
        header_text = serialize(orig).decode("ascii").split("\n\n", 1)[0] + "\n"
        returned = text_part(header_text, "rfc822-headers", "us-ascii", "7bit")
        del returned["Content-Type"]
        returned["Content-Type"] = "text/rfc822-headers"
        returned["Content-Description"] = "Undelivered Message Headers"
    msg.attach(returned)
    return serialize(msg)


def main() -> None:
    (HERE / "email").mkdir(exist_ok=True)
    (HERE / "chat").mkdir(exist_ok=True)
    for old in list((HERE / "email").glob(f"{PREFIX}*.eml")) + list(
        (HERE / "chat").glob(f"{PREFIX}*.txt")
    ):
        old.unlink()
    rng = random.Random(SEED)
    emails = list(enumerate(EMAILS))
    chats = list(CHATS)
    rng.shuffle(emails)
    rng.shuffle(chats)
    labels = []
    for number, (order, item) in enumerate(emails, 1):
        name = f"email/{PREFIX}{number:03d}.eml"
        (HERE / name).write_bytes(build_email(item, number, order))
        labels.append(
            {
                "file": name,
                "channel": "email",
                "language": item["lang"],
                "kinds": item["kinds"],
                "auto_reply": bool(item.get("auto")),
                "bounce": bool(item.get("bounce")),
                "note": item["note"],
            }
        )
    for number, (lang, kinds, note, text) in enumerate(chats, len(emails) + 1):
        name = f"chat/{PREFIX}{number:03d}.txt"
        (HERE / name).write_text(text.strip("\n") + "\n", encoding="utf-8")
        labels.append(
            {
                "file": name,
                "channel": "chat",
                "language": lang,
                "kinds": kinds,
                "auto_reply": False,
                "bounce": False,
                "note": note,
            }
        )
    (HERE / "labels.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels), encoding="utf-8"
    )

    kinds = Counter(k for x in labels for k in x["kinds"])
    langs = Counter(x["language"] for x in labels)
    print(f"{len(labels)} items: {len(emails)} emails, {len(chats)} chats")
    print("languages:", dict(sorted(langs.items())))
    print("kinds:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
