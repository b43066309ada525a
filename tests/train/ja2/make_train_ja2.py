#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the ja2 training set: 150 Japanese items (60 emails, 90 Telegram chats).

Persona-first set: every message was written after imagining one concrete sender.
Standard library only.  Deterministic: running it twice gives identical files.

Usage:  python3 make_train_ja2.py   (writes email/r*.eml, chat/r*.txt, labels.jsonl next to this file)
"""

from __future__ import annotations

import base64
import html
import json
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r"
SUPPORT = "support@win-techno.com"
JST = timezone(timedelta(hours=9))
BASE_DATE = datetime(2024, 4, 2, 8, 17, 0, tzinfo=JST)


def t(s: str) -> str:
    """Strip the leading newline of a triple-quoted block; keep a final newline."""
    return s.lstrip("\n").rstrip("\n") + "\n"


# ---------------------------------------------------------------------------
# EMAILS
# enc: jis | alt_jis | html_jis | sjis8 | sjisb64 | u8b64 | u8qp | alt_u8 | html_u8
# Labels describe only the sender's new text (not quotes, signatures, disclaimers).
# ---------------------------------------------------------------------------

EMAILS: list[dict] = [
    # ------------------------------------------------------------------ other
    dict(
        name="岩下 早苗",
        addr="s.iwashita@ota-seiki.example.jp",
        subject="RE: 【Win Techno】ご請求書送付のお知らせ（2024年4月分）",
        enc="jis",
        kinds=["other"],
        note="Decoy: accounting clerk asks to cancel/delete a duplicated invoice; billing, not personal data. Quoted Win Techno mail is context only.",
        body=t("""
Win Techno株式会社
ご請求ご担当者様

いつもお世話になっております。
株式会社オオタ精機 経理部の岩下でございます。

4月分のご請求書につきまして、同じ内容のものが2通
（請求番号 INV-24040117 と INV-24040118）届いております。
二重発行ではないかと存じますので、どちらか一方を取り消し（削除）いただき、
正しいものを1通のみお送りいただけますでしょうか。

弊社の支払処理の締めが25日のため、それまでにご確認いただけますと幸いです。
お手数をおかけいたしますが、よろしくお願いいたします。

--
株式会社オオタ精機 経理部
岩下 早苗
TEL 048-000-3321 / FAX 048-000-3322

-----Original Message-----
From: Win Techno 請求担当 <support@win-techno.com>
Sent: Monday, April 15, 2024 10:02 AM
To: s.iwashita@ota-seiki.example.jp
Subject: 【Win Techno】ご請求書送付のお知らせ（2024年4月分）

株式会社オオタ精機 ご担当者様

平素よりWin Technoをご利用いただき、誠にありがとうございます。
2024年4月分のご請求書をお送りいたします。
内容をご確認のうえ、期日までにお支払いくださいますようお願い申し上げます。

Win Techno株式会社 請求担当
"""),
    ),
    dict(
        name="株式会社ネクストリンク 営業部",
        addr="info@mail.nextlink.example.net",
        subject="【無料診断】御社サイトの検索順位、まだ伸ばせます",
        enc="html_u8",
        kinds=["other"],
        note="Decoy: unsolicited SEO sales spam; its 「配信停止」 footer is boilerplate, not a privacy request by the sender.",
        body=t("""
Win Techno株式会社
ご担当者様

突然のご連絡失礼いたします。株式会社ネクストリンクの営業部でございます。

御社のWebサイトを拝見したところ、「セキュリティソフト 法人」などの
主要キーワードで、まだ上位表示の余地がございました。

現在、先着10社様限定で【SEO無料診断レポート】を差し上げております。
ご興味がございましたら、本メールにご返信いただくだけで結構です。

━━━━━━━━━━━━━━━━━━━━
株式会社ネクストリンク 営業部
東京都港区芝浦9-9-9 ネクストビル5F
━━━━━━━━━━━━━━━━━━━━
※本メールは法人のお問い合わせ窓口宛にお送りしております。
※今後のご案内が不要な場合は、お手数ですが本メールに「配信停止」とご返信ください。
"""),
    ),
    dict(
        name="大森 正",
        addr="t.omori@marumitsu-kensetsu.example.jp",
        subject="至急",
        enc="jis",
        kinds=["other"],
        note="Busy manager, two terse lines from a phone: console outage. Service complaint, no personal data involved.",
        body=t("""
WinGuard Cloud管理画面、朝からログイン不可。全社で使えず業務影響大。
本日中に状況回答を。

丸光建設 情シス部長 大森

iPhoneから送信
"""),
    ),
    dict(
        name="木下 亮",
        addr="r.kinoshita@it.kaede-foods.example.com",
        subject="検知ログの出力方法について",
        enc="alt_jis",
        kinds=["other"],
        note="Decoy: 「開示を求められて」 refers to an auditor wanting malware detection logs of the company's own PCs; export how-to, not personal data held by Win Techno.",
        body=t("""
Win Technoサポートご担当者様

お世話になっております。かえでフーズ株式会社 情報システム課の木下です。

現在、内部監査の対応中でして、監査法人から
「過去1年分のマルウェア検知記録および隔離記録」の開示を求められております。

WinGuard Cloudの管理コンソールから、期間を指定して
検知履歴をCSV等でエクスポートすることは可能でしょうか。
画面上では直近90日分しか表示されないようでしたので、
それ以前の記録の取り出し方もあわせて教えていただけると助かります。

よろしくお願いいたします。

────────────────────
かえでフーズ株式会社 管理本部 情報システム課
木下 亮（きのした りょう）
TEL: 03-0000-4410
────────────────────
"""),
    ),
    dict(
        name="総務部 平野",
        addr="hirano@somu.tsubame-kogyo.example.jp",
        subject="端末の登録削除について",
        enc="jis",
        kinds=["other"],
        note="Decoy: 総務 wants retired staff's PCs removed from the console so licences can be reassigned; device/licence management, not a privacy request.",
        body=t("""
Win Techno株式会社 サポート窓口御中

いつもお世話になっております。つばめ工業株式会社 総務部の平野です。

3月末で退職者が3名出たため、その者たちが使っていたPC3台を
管理コンソールから削除し、空いたライセンスを4月入社の新人に
割り当てたいと考えております。

・端末を削除するとライセンスは自動で空きになりますか
・削除した端末の検知履歴は残りますか（残っていても問題ありません）

以上2点、ご教示ください。

つばめ工業株式会社 総務部
平野 浩二
"""),
    ),
    dict(
        name="株式会社ブルーオーシャン 小西",
        addr="konishi@blueocean.example.com",
        subject="業務提携のご提案（セキュリティ製品の販売代理店）",
        enc="alt_u8",
        kinds=["other"],
        note="Sales/partnership proposal; nothing about personal data.",
        body=t("""
Win Techno株式会社
ご担当者様

はじめてご連絡いたします。
株式会社ブルーオーシャン 事業開発部の小西と申します。

弊社は北陸地方を中心に中小企業向けのIT機器販売を行っております。
お取引先様からエンドポイントセキュリティ製品のご相談が増えており、
御社のWinGuardシリーズを販売代理店としてお取り扱いさせていただけないかと考えております。

一度、オンラインで30分ほどお時間を頂戴できますと幸いです。
ご担当の部署が異なる場合は、お手数ですがご転送いただけますでしょうか。

株式会社ブルーオーシャン 事業開発部
小西 拓真
"""),
    ),
    dict(
        name="日野 まどか",
        addr="madoka.hino@example.net",
        subject="領収書の宛名変更のお願い",
        enc="sjisb64",
        kinds=["other"],
        note="Decoy: freelancer wants a receipt reissued with her trade name as the addressee; a billing document, not a correction of registered personal data.",
        body=t("""
Win Techno サポート様

個人事業主でWinGuardを使っている日野と申します。
先月購入した分の領収書の宛名が私の個人名になっているのですが、
経費として処理したいので、屋号の「ひまわりデザイン事務所」宛てで
再発行していただくことはできますでしょうか。

注文番号は WG-2403-55821 です。
お手数ですがよろしくお願いします。

日野 まどか
"""),
    ),
    dict(
        name="坂本 修",
        addr="o.sakamoto@example.jp",
        subject="自動更新の停止について",
        enc="jis",
        kinds=["other"],
        note="Decoy: wants the subscription's auto-renewal stopped (billing); explicitly keeps the account, no request about data use.",
        body=t("""
WinGuard（個人版・3台）を利用している坂本です。

来年3月の更新時に自動で課金されないよう、自動更新を止めておきたいです。
アカウントはそのままで、期限が来たら一度手動で更新するか考えます。
マイページのどこから設定すればよいでしょうか。

坂本 修
"""),
    ),
    dict(
        name="北村 慎也",
        addr="kitamura@dev.hoshizora-soft.example.com",
        subject="誤検知で自社ツールが削除されました",
        enc="sjis8",
        kinds=["other"],
        note="Decoy: 「削除」 is WinGuard deleting an in-house tool (false positive); technical support.",
        body=t("""
サポートご担当者様

株式会社ほしぞらソフト 開発部の北村です。

本日朝から、社内で使っている在庫管理ツール（zaiko_sync.exe）が
WinGuardにマルウェアとして検知され、隔離のうえ削除されてしまいます。
自社で開発したもので、不審な動作はしていないはずです。

・誤検知として検体をお送りする方法
・当面の回避策として、特定フォルダを除外設定する方法

を教えていただけますでしょうか。現場の出荷作業が止まっており、急ぎです。

北村 慎也
株式会社ほしぞらソフト 開発部
"""),
    ),
    dict(
        name="桑原 美紀",
        addr="kuwabara@office.minato-gakuen.example.org",
        subject="お見積りのお願い",
        enc="u8qp",
        kinds=["other"],
        note="Quote request from a school office; sales.",
        body=t("""
Win Technoご担当者様

学校法人みなと学園 事務局の桑原と申します。

教職員用PCの入れ替えにあわせ、WinGuard Cloudの導入を検討しております。
下記条件でお見積りをお願いできますでしょうか。

・対象台数：85台（Windows 80台、Mac 5台）
・契約期間：3年
・教育機関向けの割引があればその適用後の金額

来月の理事会資料に使用するため、今月末までにいただけますと助かります。

学校法人みなと学園 事務局
桑原 美紀
"""),
    ),
    # ---------------------------------------------------------------- inquiry
    dict(
        name="トーワ物流 情報セキュリティ推進室",
        addr="isec@towa-logi.example.jp",
        subject="委託先評価チェックシートご記入のお願い",
        enc="alt_jis",
        kinds=["inquiry"],
        note="Business customer's vendor assessment asking where personal data is stored, sub-processing and retention/erasure practice at contract end; questions about practices, no right exercised for anyone's own data.",
        body=t("""
Win Techno株式会社
ご担当者様

いつもお世話になっております。
株式会社トーワ物流 情報セキュリティ推進室の江口と申します。

弊社では年に一度、個人データの取扱いを委託している事業者様の評価を行っております。
お手数ですが、下記の項目についてご回答をお願いできますでしょうか。

(1) WinGuard Cloudで取り扱う利用者の個人データの保管場所（国・地域）
(2) 再委託先または第三者への提供の有無と、その範囲
(3) 契約終了時の個人データの保存期間と消去の方法
(4) 従業者への教育など、安全管理措置の概要

5月末までにご回答いただけますと幸いです。

株式会社トーワ物流 情報セキュリティ推進室
江口 智子
"""),
    ),
    dict(
        name="Kaito Arima",
        addr="kaito.arima@example.com",
        subject="Cookieについて",
        enc="u8qp",
        kinds=["inquiry"],
        note="Questions about cookie/analytics practice and the list of ad partners; no request about the sender's own data.",
        body=t("""
こんにちは。

御社のWebサイトのCookieバナーについて質問です。

1. 「分析」のCookieを拒否した場合でも、アクセス解析ツールにデータは送信されるのでしょうか。
2. 広告用Cookieの提供先の企業一覧は、どこで確認できますか。

プライバシーポリシーを読んだのですが、このあたりが書かれていないように見えたので。
よろしくお願いします。

有馬
"""),
    ),
    dict(
        name="宮内 聡子",
        addr="miyauchi@school.example.jp",
        subject="児童の情報の取り扱いについて",
        enc="jis",
        kinds=["inquiry"],
        note="Primary-school ICT teacher asks whether scanning sends pupils' personal data to Win Techno and for what purpose; practice question.",
        body=t("""
Win Technoご担当者様

市立みどり台小学校で情報教育を担当しております宮内と申します。

来年度、児童用タブレットへのWinGuard導入を検討しています。
タブレットには児童の氏名や学習記録が入っているため、
保護者への説明資料を作る必要があり、次の点を教えてください。

・ウイルススキャンの際に、ファイルの内容や児童の氏名が御社へ送信されることはありますか
・送信される情報がある場合、その利用目的と保存期間

お忙しいところ恐縮ですが、よろしくお願いいたします。

市立みどり台小学校
宮内 聡子
"""),
    ),
    dict(
        name="西田 健二",
        addr="k.nishida@example.net",
        subject="解約後のデータについて",
        enc="sjisb64",
        kinds=["inquiry"],
        note="Hypothetical: considering cancelling and asks how long data would be kept afterwards; asks about retention practice, requests no deletion.",
        body=t("""
お世話になります。WinGuardを3年ほど使っている西田です。

実は解約を検討しているのですが、その前に確認させてください。
仮に解約した場合、登録している氏名・住所・購入履歴などは
どのくらいの期間保管されるのでしょうか。
また、その期間が過ぎたあとはどのように処理されるのでしょうか。

回答をみてから決めたいと思います。

西田
"""),
    ),
    dict(
        name="大川 理恵",
        addr="r.okawa@example.org",
        subject="プライバシーポリシー第5条について",
        enc="jis",
        kinds=["inquiry"],
        note="Asks which group companies are in the joint-use scope and whether overseas subsidiaries are included; policy question.",
        body=t("""
Win Techno株式会社 御中

プライバシーポリシーを拝読し、一点だけ質問がございます。

第5条「共同利用」の項目で、共同して利用する者の範囲が「当社グループ会社」と
なっておりますが、具体的にはどの会社が該当するのでしょうか。
また、海外の子会社も含まれるのでしょうか。

お手すきの際にご回答いただけますと幸いです。

大川 理恵
"""),
    ),
    dict(
        name="金子 直樹",
        addr="n.kaneko@sys.kitakaze-denki.example.com",
        subject="報道の件について（ご確認）",
        enc="jis",
        kinds=["inquiry"],
        note="Borderline: business customer asks whether Win Techno uses the breached third-party service and whether it is affected; a practice/incident question, no grievance and no request about the writer's own data.",
        body=t("""
Win Techno株式会社
ご担当者様

北風電機株式会社 システム管理部の金子です。

本日報道されている、クラウド型メール配信サービスへの不正アクセス事案について、
社内で確認を求められております。

・御社が当該サービスを利用されているか
・利用されている場合、WinGuard利用者の個人情報が影響を受ける可能性があるか

現時点で分かる範囲で構いませんので、ご教示いただけますでしょうか。

北風電機株式会社 システム管理部
金子 直樹
"""),
    ),
    dict(
        name="藤原 さくら",
        addr="s.fujiwara@privacy.kumo-hd.example.net",
        subject="開示手続きについて（質問）",
        enc="u8b64",
        kinds=["inquiry"],
        note="Negation trap: privacy officer of another company says she is not requesting anything for herself; asks how Win Techno accepts and verifies disclosure requests, for benchmarking.",
        body=t("""
Win Techno株式会社
個人情報お問い合わせ窓口 ご担当者様

突然のご連絡失礼いたします。
くもホールディングス株式会社で個人情報保護を担当しております藤原と申します。

はじめにお断りしておきますと、私自身が御社に何かを請求したいわけではございません。
現在、当社で保有個人データの開示等の手続きを見直しており、
他社様の運用を参考にさせていただきたくご連絡いたしました。

・開示等の請求はどのような方法（書面、メール、Webフォーム等）で受け付けていらっしゃいますか
・本人確認はどのような書類で行っていらっしゃいますか

差し支えのない範囲で結構ですので、ご教示いただけますと幸いです。

くもホールディングス株式会社 法務部 個人情報保護担当
藤原 さくら
"""),
    ),
    # -------------------------------------------------------------- complaint
    dict(
        name="安藤 由美",
        addr="yumi.ando@example.jp",
        subject="他人の情報が届きました",
        enc="jis",
        kinds=["complaint"],
        note="Misdirected mail containing another customer's data; grievance about handling. 「こちらで削除しました」 is what she did, not a deletion request.",
        body=t("""
Win Techno株式会社 御中

本日届いた「ご契約更新のご案内」というメールに、
私ではない方のお名前、ご住所、契約番号が記載されていました。

誤って届いたメールは、念のためこちらで削除いたしました。

ただ、他の方の情報が私に届いたということは、
私の情報も同じように、どなたか別の方へ送られているのではないかと
大変不安に感じております。
いったいどのような管理をされているのでしょうか。

安藤 由美
"""),
    ),
    dict(
        name="片山 誠",
        addr="m.katayama@example.com",
        subject="Re: 【Win Techno】お問い合わせへのご回答",
        enc="jis",
        kinds=["complaint"],
        note="Reply: previous stop request was confirmed as done (quoted) but mail kept coming; he questions the handling and demands an explanation. No new right requested in his own text.",
        body=t("""
ご回答ありがとうございます。

ただ、「停止の手続きが完了した」とのご連絡をいただいた翌週に、
またセミナーのご案内が届きました。
正直なところ、御社の個人情報の管理体制に疑問を感じております。
どういう経緯でこうなったのか、ご説明をいただけますか。

片山

2024年4月8日(月) 14:20 Win Techno サポート <support@win-techno.com>:
> 片山 誠 様
>
> お問い合わせいただきありがとうございます。
> ご依頼のありました、マーケティング目的での個人情報の利用停止につきまして、
> 本日付で手続きが完了いたしましたのでお知らせいたします。
> 今後、メールマガジンおよびセミナー等のご案内は送付されません。
>
> Win Techno株式会社 個人情報お問い合わせ窓口
"""),
    ),
    # ----------------------------------------------------------- multi-intent
    dict(
        name="弁護士 長谷川 隆",
        addr="hasegawa@hasegawa-law.example.jp",
        subject="通知書（保有個人データの開示等請求）",
        enc="jis",
        kinds=["disclosure", "suspension"],
        note="Lawyer acting for a client: formal disclosure request (data and third-party provision records) and suspension of marketing use. Textbook wording. Disclaimer's 「削除」 is furniture.",
        body=t("""
Win Techno株式会社
個人情報保護管理者 殿

前略　当職は、通知人 村上 和也（以下「通知人」といいます。）の代理人として、
貴社に対し、以下のとおり通知いたします。

通知人は、貴社の製品「WinGuard」の購入に際し、氏名、住所、電話番号、
メールアドレス等を貴社に提供しております。
通知人は、貴社による上記情報の取扱いについて確認を希望しております。

つきましては、個人情報の保護に関する法律に基づき、以下のとおり請求いたします。

1. 第33条第1項に基づく、貴社が保有する通知人の保有個人データ全部の開示
2. 第33条第5項に基づく、通知人に係る第三者提供記録の開示
3. 第35条に基づく、ダイレクトマーケティングを目的とする通知人の保有個人データの利用停止

なお、委任状の写しは本日付で別途郵送いたします。
本件に関するご連絡は、通知人本人ではなく当職宛てにお願いいたします。

草々

長谷川総合法律事務所
弁護士 長谷川 隆
〒100-0000 東京都千代田区丸の内0-0-0
TEL 03-0000-1188

本メールには、弁護士の守秘義務の対象となる情報が含まれている場合があります。
誤って受信された場合は、お手数ですが直ちに送信者にご連絡のうえ、本メールを削除してください。
"""),
    ),
    dict(
        name="岡田 奈々",
        addr="nana.okada@example.org",
        subject="ふざけないでください",
        enc="u8b64",
        kinds=["disclosure", "deletion", "complaint"],
        note="Angry after leak news: wants to be told which of her data leaked (her own data held), then all of it deleted; grievance about no notification.",
        body=t("""
今朝のニュースで、御社の顧客情報が流出したと知りました。
こちらには何の連絡も来ていません。どういうことですか？

私の何が漏れたんですか？名前？住所？カード番号？
全部、ちゃんと教えてください。

もう御社には一切情報を預けておきたくないので、
確認が終わったら私のデータは全部消してください。

一週間以内に返事がなければ消費生活センターに相談します。

岡田
"""),
    ),
    dict(
        name="中野 浩之",
        addr="hiro.nakano@example.net",
        subject="Re: 【Win Techno】個人情報削除のご依頼について（受付番号 P-20240312-004）",
        enc="jis",
        kinds=["deletion", "complaint"],
        note="Reply: his earlier deletion request was promised in two weeks (quoted) but nothing happened after a month; complaint about delay plus a renewed deletion demand.",
        body=t("""
3月12日に削除をお願いして、下のメールで「2週間程度で対応」と言われましたが、
もう1か月以上経っています。その後なんの連絡もありません。

本当に対応していただけるんでしょうか。
早急に削除して、終わったら必ず連絡をください。

中野

> 中野 浩之 様
>
> このたびはお問い合わせいただきありがとうございます。
> ご依頼いただいた個人情報の削除につきまして、ご本人様確認が完了いたしました。
> 2週間程度でお手続きを完了し、完了次第ご連絡いたします。
>
> 受付番号：P-20240312-004
> Win Techno株式会社 個人情報お問い合わせ窓口
"""),
    ),
    dict(
        name="小林 真由美",
        addr="mayumi.kobayashi@example.jp",
        subject="子どものアカウントについて",
        enc="sjis8",
        kinds=["disclosure", "deletion"],
        note="Parent about her son's account: first tell her what was registered, then delete the account and all data.",
        body=t("""
Win Techno株式会社 サポートご担当者様

はじめてご連絡いたします。小林と申します。

中学2年の息子が、私に黙って御社の無料版に登録していたことが分かりました。
本人に聞いても、何を入力したのかよく覚えていないと言います。

まず、息子について御社にどのような情報が登録されているのか
教えていただけますでしょうか。
そのうえで、アカウントも含めてすべて削除していただきたいと思っております。

息子が登録に使ったメールアドレスは haru.kobayashi@example.jp です。
親であることの確認に必要な書類があれば、ご指示ください。

小林 真由美
"""),
    ),
    dict(
        name="吉村 昭二",
        addr="yoshimura@kagaya-shoji.example.com",
        subject="どちらで私のアドレスを？",
        enc="jis",
        kinds=["disclosure", "suspension", "complaint"],
        note="Indirect: never a customer but gets monthly sales mail; asks where his address came from (acquisition source/provision record = disclosure), demands the mails stop, and is plainly aggrieved.",
        body=t("""
Win Techno株式会社 御中

加賀谷商事の吉村と申します。

御社とは一度もお取引をしたことがないにもかかわらず、
「WinGuard 法人向けキャンペーン」のメールが、毎月私の会社のアドレスに届きます。
登録をした覚えも、名刺をお渡しした覚えもございません。

まず、どちらで私のアドレスを入手されたのか、お答えください。
名簿業者などから購入されたのであれば、その業者名もお知らせください。

そのうえで、今後一切、私宛てにメールを送らないでください。

加賀谷商事株式会社 営業部
吉村 昭二
"""),
    ),
    dict(
        name="野村 千尋",
        addr="chihiro.nomura@example.com",
        subject="旧姓のままです",
        enc="jis",
        kinds=["correction", "complaint"],
        note="Name change already requested once but renewal notice still used her maiden name: asks again for the correction and complains.",
        body=t("""
お世話になっております。

昨年結婚しまして、一度お電話で名前の変更をお願いしたのですが、
先日届いた更新のご案内もまだ旧姓の「川口」のままでした。
家族に見られるたびに説明するのも正直うんざりしています。

今度こそ「野村 千尋」に直してください。よろしくお願いします。

野村 千尋
"""),
    ),
    dict(
        name="田村 伸也",
        addr="shinya.tamura@example.jp",
        subject="Re: 【WinGuard通信】春の乗り換えキャンペーン実施中！",
        enc="alt_jis",
        kinds=["suspension", "complaint"],
        note="Replying to a newsletter he had unsubscribed from: stop sending (suspension) and grievance that the opt-out was ignored. Quoted newsletter is context.",
        body=t("""
配信停止の手続きをしたはずなのに、またこのメールが届きました。
これで2回目です。
もう本当に送ってこないでください。

田村

-----Original Message-----
From: WinGuard通信 <support@win-techno.com>
Subject: 【WinGuard通信】春の乗り換えキャンペーン実施中！

いつもWinGuardをご利用いただきありがとうございます。
ただいま他社製品からの乗り換えで最大30%オフ！
■配信停止はこちら：マイページ＞メール設定
"""),
    ),
    dict(
        name="三好 勝",
        addr="miyoshi.shoten@example.jp",
        subject="廃業のご連絡",
        enc="jis",
        kinds=["suspension", "deletion"],
        note="Indirect: elderly shop owner closing his business; no more mailings/catalogues (suspension) and asks that his registered name/address be erased (deletion).",
        body=t("""
Win Techno株式会社 ご担当者様

長年お世話になりました、三好商店の三好でございます。

このたび、体力的な事情もあり、三月末をもって店を閉めることになりました。
パソコンも処分いたしますので、今後のご案内やカタログは送っていただかなくて結構です。

また、そちらに登録している私の名前や住所なども、
もう必要ないと思いますので、消しておいていただけますでしょうか。

これまで本当にありがとうございました。

三好商店
三好 勝
"""),
    ),
    dict(
        name="青木 保",
        addr="tamotsu.aoki@example.net",
        subject="名簿の件",
        enc="sjisb64",
        kinds=["deletion", "complaint"],
        note="Cold-called from 'a list'; grievance about his number being used without consent and a demand to delete his data along with the list.",
        body=t("""
先日、まったく心当たりのない御社の営業の方から電話がありました。
担当の方は「リストに載っていたので」とおっしゃっていました。

どういうリストか存じませんが、勝手に人の電話番号を使われて大変不愉快です。
私の情報は、そのリストごと削除してください。

青木
"""),
    ),
    dict(
        name="荒井 孝",
        addr="t.arai@example.com",
        subject="Re: 【重要】不正アクセスによる個人情報流出の可能性に関するお詫び",
        enc="jis",
        kinds=["disclosure", "complaint"],
        note="Reply to the breach apology: wants to be told specifically which of his items were exposed (his own data) and complains the explanation is vague. Quoted apology's 「削除してください」 is context.",
        body=t("""
お詫びのメールを拝見しました。

「流出した可能性がある情報」として「氏名、メールアドレス等」と書かれていますが、
「等」とは何ですか。
私の場合、具体的にどの項目が対象になっているのか、個別に教えてください。
このような曖昧な説明では到底納得できません。

荒井 孝

-----Original Message-----
From: Win Techno株式会社 <support@win-techno.com>
Subject: 【重要】不正アクセスによる個人情報流出の可能性に関するお詫び

お客様各位

このたび、弊社が利用する外部サーバーに対する不正アクセスにより、
お客様の氏名、メールアドレス等が流出した可能性があることが判明いたしました。
弊社を装った不審なメールを受信された場合は、開かずに削除してください。
"""),
    ),
    dict(
        name="岡部 智",
        addr="tomo.okabe@example.net",
        subject="アカウントが2つあるようです",
        enc="sjisb64",
        kinds=["correction", "deletion"],
        note="Two accounts: delete the unused old one, update the address on the new one.",
        body=t("""
WinGuardサポート様

岡部と申します。
以前使っていたメールアドレス（t.okabe@old.example.com）と、
今のアドレス（tomo.okabe@example.net）で、アカウントが2つできてしまっているようです。

古い方はもう使っていないので、削除してください。
新しい方は住所が引っ越し前のままになっていますので、下記に変更をお願いします。

〒330-0000 埼玉県さいたま市浦和区常盤0-12-5 パークサイド常盤401

岡部 智
"""),
    ),
    dict(
        name="村瀬 隆之",
        addr="murase.t@example.org",
        subject="三度目です",
        enc="alt_u8",
        kinds=["suspension", "deletion", "complaint"],
        note="Third time asking to stop: stop sending (suspension), erase everything (deletion), grievance and threat.",
        body=t("""
停止のお願いは、これで三度目です。
にもかかわらず、昨日もまた案内メールが届きました。

もう何も送らないでください。
それから、私の情報はすべて消してください。

次に届いたら、然るべきところに相談します。

村瀬
"""),
    ),
    dict(
        name="田中 とし子",
        addr="toshiko.t@example.jp",
        subject="おねがい",
        enc="jis",
        kinds=["disclosure", "deletion"],
        note="72-year-old, one long hiragana run-on: wants to be told what remains about her, then have all of it erased.",
        body=t("""
はじめてめーるをおくります、わたしは72さいのたなかとしこともうします、むすこがわたしのぱそこんにういるすのそふとをいれてくれたのですが、むすこがてんきんになってもうだれもぱそこんをつかっていないので、そちらにわたしのなまえやじゅうしょやでんわばんごうがのこっているのかしんぱいになりまして、なにがのこっているのかおしえていただいて、それからぜんぶけしていただけたらありがたいです、よろしくおねがいいたします

たなか としこ
"""),
    ),
    dict(
        name="佐野 久美子",
        addr="kumiko.sano@example.com",
        subject="保険会社からの電話について",
        enc="u8qp",
        kinds=["suspension", "complaint"],
        note="Insurance agency called citing Win Techno: grievance about provision without consent and a demand to stop providing her data to third parties.",
        body=t("""
Win Techno株式会社 御中

先日、聞いたこともない保険代理店から電話がかかってきて、
「Win Technoさんからのご紹介で」と言われました。

私は御社のソフトを購入しただけで、保険会社に私の情報を渡すことに
同意した覚えはまったくありません。非常に不快です。

今後、私の情報を第三者に提供するのはやめてください。

佐野 久美子
"""),
    ),
    dict(
        name="井上 亜希",
        addr="aki.inoue@example.jp",
        subject="住所変更の件（再送）",
        enc="jis",
        kinds=["correction", "complaint"],
        note="Address change requested last month (her own earlier mail quoted) still not applied; repeats the new address and complains. Quote is context.",
        body=t("""
サポートご担当者様

先月、下記のとおり住所変更をお願いしたのですが、
今月の請求書もまた旧住所に送られてきました。
郵便の転送期間が終わったら届かなくなってしまいます。本当に困ります。

改めて新住所を書きますので、今度こそ反映してください。

新住所：〒606-0000 京都市左京区北白川東町0-3-11

井上 亜希

-----Original Message-----
From: 井上 亜希 <aki.inoue@example.jp>
Sent: Tuesday, March 5, 2024 9:41 PM
To: support@win-techno.com
Subject: 住所変更

引っ越しましたので住所変更をお願いします。
新住所：〒606-0000 京都市左京区北白川東町0-3-11
"""),
    ),
    # ------------------------------------------------------- single rights
    dict(
        name="石田 敬",
        addr="k.ishida@example.jp",
        subject="登録情報の削除をお願いします",
        enc="jis",
        kinds=["deletion"],
        note="Request only in the subject line; body is a one-line greeting.",
        body=t("""
よろしくお願いします。

石田
"""),
    ),
    dict(
        name="山本 春男",
        addr="haruo.y@example.jp",
        subject="ひっこしました",
        enc="jis",
        kinds=["correction"],
        note="Indirect: elderly man says he moved and mail still goes to the old place, gives the new address; wants the registered address updated.",
        body=t("""
いつもおせわになっております、やまもとはるおともうします。このたびむすめのいえのちかくにひっこしをいたしまして、まえのじゅうしょにはもうだれもすんでいないのですが、そちらからのおてがみがまだまえのところにとどいているようで、となりのかたがしらせてくれました、あたらしいところは

〒250-0000 かながわけん小田原市城山4ちょうめ2ばん8ごう

です、でんわばんごうはかわっておりません、おてすうですがよろしくおねがいいたします

山本 春男
"""),
    ),
    dict(
        name="藤井 彩",
        addr="a.fujii@example.com",
        subject="姓が変わりました",
        enc="u8b64",
        kinds=["correction"],
        note="Indirect: married, surname and e-mail changed; asks future notices to use the new name/address, i.e. update registered data.",
        body=t("""
お世話になっております。
WinGuardを個人で利用している者です。

この春に結婚し、姓が「松田」から「藤井」に変わりました。
あわせて、メールアドレスもこちら（a.fujii@example.com）に変えています。

次回の更新案内からは、新しい姓とアドレスでお送りいただけると助かります。

藤井（旧姓 松田） 彩
"""),
    ),
    dict(
        name="三浦 哲也",
        addr="t.miura@somu.asahi-unyu.example.com",
        subject="元従業員の登録情報について",
        enc="jis",
        kinds=["deletion"],
        note="総務 writing on behalf of a former employee: erase her personal data registered as console administrator. Disclaimer's 「削除」 is furniture.",
        body=t("""
Win Techno株式会社
個人情報お問い合わせ窓口 御中

いつもお世話になっております。
朝日運輸株式会社 総務部の三浦と申します。

昨年12月に退職した元従業員・原田 美咲より、在職中に業務上
御社のWinGuard Cloud管理者として登録された同人の氏名、携帯電話番号、
メールアドレスを消してほしいとの申し出がございました。

管理者は既に後任の私に変更しております。
つきましては、原田に関する登録情報の削除をお願いできますでしょうか。
本人の同意書が必要であれば、郵送にてお送りいたします。

朝日運輸株式会社 総務部
三浦 哲也
TEL 045-000-5120

このメールは機密情報を含む場合があります。宛先に心当たりのない方は、
お手数ですが送信者へお知らせいただき、本メールを削除してください。
"""),
    ),
    dict(
        name="新井 雅子",
        addr="masako.arai@example.org",
        subject="メルマガについて",
        enc="jis",
        kinds=["suspension"],
        note="Negation trap: explicitly not deletion or withdrawal; only stop the newsletter and campaign mails.",
        body=t("""
いつもお世話になっております。

アカウントは引き続き使いますので、削除や退会の手続きはしないでください。
ただ、毎週届く「WinGuard通信」と、キャンペーンのご案内は不要ですので、
止めていただけますでしょうか。

よろしくお願いいたします。
新井
"""),
    ),
    dict(
        name="松岡 健",
        addr="ken.matsuoka@example.com",
        subject="保有個人データ開示請求書の送付について",
        enc="sjis8",
        kinds=["disclosure"],
        note="Textbook formal disclosure request under APPI Art. 33.",
        body=t("""
Win Techno株式会社
個人情報保護管理者 殿

個人情報の保護に関する法律第33条に基づき、
貴社が保有する私の保有個人データの開示を請求いたします。

開示の方法は、電磁的記録の提供を希望いたします。
本人確認書類として、運転免許証の写しを本日郵送いたしました。

氏名：松岡 健
会員番号：WG-00277410
登録メールアドレス：ken.matsuoka@example.com

以上
"""),
    ),
    dict(
        name="河合 典子",
        addr="noriko.kawai@example.jp",
        subject="ご相談",
        enc="jis",
        kinds=["disclosure"],
        note="Long story first (mother targeted by a scam caller who knew family details); request is at the very end: tell me what information you hold about me. No accusation against Win Techno.",
        body=t("""
Win Technoのご担当者様

突然のメールで失礼いたします。長くなりますがお読みいただけると幸いです。

先月、一人暮らしをしている母のところに、私の勤務先や息子の名前まで知っている人物から
電話があり、「息子さんがトラブルに巻き込まれた」と言われたそうです。
幸い母が私に電話をくれたので被害はありませんでしたが、
どこからそんな情報が漏れたのかと、家族全員で気味悪く思っております。

警察にも相談しましたが、よくあることだと言われるばかりでした。
それ以来、これまで登録したことのあるネット通販や会員サービスを一つずつ
見直しておりまして、御社のWinGuardも数年前に息子が私のパソコンに入れてくれたものです。

御社を疑っているわけではありません。ただ念のため確認させてください。
御社では、私についてどのような情報をお持ちでしょうか。
登録した覚えのあるものもないものも含めて、一覧で教えていただけると安心できます。

河合 典子
"""),
    ),
    dict(
        name="レ・ティ・フォン",
        addr="le.thi.phuong@example.net",
        subject="住所へんこう",
        enc="u8qp",
        kinds=["correction"],
        note="Vietnamese resident, small grammar slips: moved from dormitory, asks to change the registered address.",
        body=t("""
Win Techno の担当さま

こんにちは。レ・ティ・フォンです。
わたしは先月、会社の寮から新しいアパートにひっこしをしました。
登録の住所をかえてほしいです。あたらしい住所は下にあります。

〒460-0000 愛知県名古屋市中区栄町0-8-2 メゾン栄 203

電話番号はおなじです。
よろしくおねがいします。

レ・ティ・フォン
"""),
    ),
    dict(
        name="黒田 洋一",
        addr="kuroda.y@example.jp",
        subject="メアド変更",
        enc="jis",
        kinds=["correction"],
        note="Indirect: busy manager from a smartphone gives old/new e-mail and 「以後こちらへ」 = change of the registered e-mail.",
        body=t("""
旧 y.kuroda@old.example.jp
新 kuroda.y@example.jp
以後こちらへ。

黒田
iPhoneから送信
"""),
    ),
    dict(
        name="竹内 優子",
        addr="yuko.takeuchi@example.org",
        subject="確認したいこと",
        enc="alt_jis",
        kinds=["disclosure"],
        note="Asks whether her data was ever given to other companies and, if so, to whom/when/what: third-party provision records.",
        body=t("""
Win Technoサポートのみなさま

いつもWinGuardを使わせていただいています。竹内です。

ひとつ確認したいことがあります。
私の個人情報を、これまでにどこかほかの会社に渡したことはありますか。
もしあるなら、いつ、どの会社に、どの情報を渡したのか、記録を見せてください。

よろしくお願いします。

竹内 優子
"""),
    ),
    dict(
        name="森 大輔",
        addr="daisuke.mori@example.net",
        subject="利用状況データについて",
        enc="jis",
        kinds=["suspension"],
        note="Engineer asks that his account usage data not be used for marketing analytics; use for service provision is fine.",
        body=t("""
サポートご担当者様

WinGuardのオプションで「製品改善プログラム」はオフにしていますが、
それとは別に、私のアカウントの利用状況データを
御社のマーケティング分析や販促には使わないでいただきたいです。

サービス提供に必要な範囲での利用は構いません。
対応可能かどうか、ご連絡いただければ幸いです。

森 大輔
"""),
    ),
    dict(
        name="佐々木 玲子",
        addr="reiko.sasaki@example.com",
        subject="今後について",
        enc="html_jis",
        kinds=["deletion"],
        note="Indirect: 「私のことはきれいに忘れてください」 after a bad experience = erasure of her data. HTML-only mail.",
        body=t("""
Win Technoの皆さま

先日のサポートの対応で、もう御社とは関わりたくないと思いました。
ソフトはアンインストールしました。

私のことは、きれいさっぱり忘れてください。
それだけです。

佐々木
"""),
    ),
    dict(
        name="上田 美穂",
        addr="miho.ueda@example.jp",
        subject="登録内容の確認",
        enc="sjisb64",
        kinds=["disclosure"],
        note="Negation trap: not asking for deletion or withdrawal, only to see what is registered.",
        body=t("""
Win Techno株式会社 ご担当者様

いつもお世話になっております。上田と申します。

最初に申し上げておきますと、削除や退会を希望しているわけではありません。
現在、御社に登録されている私の情報（氏名、住所、電話番号、購入履歴など）が
どうなっているのか、一度確認させていただきたいだけです。

お手数ですが、確認の方法を教えていただけますでしょうか。

上田 美穂
"""),
    ),
    dict(
        name="池田 聡",
        addr="s.ikeda@eigyo.minami-tsusho.example.jp",
        subject="担当者情報の変更",
        enc="jis",
        kinds=["correction"],
        note="Negation trap: 「解約ではありません」; only the registered department and phone number of the contact person (himself) changed.",
        body=t("""
Win Techno株式会社 ご担当者様

お世話になっております。南通商株式会社の池田です。

解約ではありません（契約はこのまま継続いたします）。
4月の人事異動で、御社にご登録いただいている私の部署名と電話番号が変わりましたので、
変更をお願いいたします。

部署：営業本部 第二営業部（旧：管理本部 総務課）
電話：03-0000-7712（旧：03-0000-7700）

メールアドレスは変わりません。
よろしくお願いいたします。

南通商株式会社 営業本部 第二営業部
池田 聡
"""),
    ),
    dict(
        name="総務部 人事課 吉川",
        addr="yoshikawa@jinji.hinode-seiko.example.com",
        subject="弊社社員宛のご案内メールについて",
        enc="jis",
        kinds=["suspension"],
        note="HR on behalf of employees: stop sending seminar/product mails to the listed staff; suspension of marketing use. Disclaimer is furniture.",
        body=t("""
Win Techno株式会社 御中

いつもお世話になっております。日の出精工株式会社 総務部人事課の吉川と申します。

先日の展示会で御社ブースにて名刺交換をした弊社社員複数名に、
御社からセミナーや製品のご案内メールが届いております。
社内で協議いたしました結果、弊社社員個人宛てのご案内は今後不要とさせていただくことになりました。

対象者は以下のとおりです。今後の送付を停止していただけますでしょうか。

・山口 翔太　s.yamaguchi@hinode-seiko.example.com
・中川 恵　　m.nakagawa@hinode-seiko.example.com
・石原 大地　d.ishihara@hinode-seiko.example.com

製品のご契約に関するご連絡は、引き続き情報システム部宛てにお願いいたします。

日の出精工株式会社 総務部 人事課
吉川 由紀
※本メールの内容は、宛先として指定された方のみを対象としています。
　誤って受信された場合は、破棄していただきますようお願いいたします。
"""),
    ),
    dict(
        name="Ryo Hayashi",
        addr="ryo.hayashi@example.org",
        subject="保有個人データの消去請求",
        enc="html_u8",
        kinds=["deletion"],
        note="Textbook deletion (erasure) request citing APPI Art. 35, sent as HTML-only webmail.",
        body=t("""
Win Techno株式会社 御中

個人情報保護法第35条に基づき、貴社が保有する私の保有個人データの消去を請求します。

対象：WinGuardアカウント（ryo.hayashi@example.org）に関連するすべての個人データ
（登録情報、購入履歴、問い合わせ履歴を含む）

対応完了後、その旨を本メールアドレス宛てにご通知ください。

林 亮
"""),
    ),
    dict(
        name="前田 遥",
        addr="haruka.maeda@example.com",
        subject="データのコピーについて",
        enc="u8qp",
        kinds=["disclosure"],
        note="Portability-style request posed as a question (can I receive my data in machine-readable form? if so please do) = disclosure/copy.",
        body=t("""
こんにちは、前田と申します。

以前ドイツに住んでいたとき、現地のサービスでは
自分のデータを一括でダウンロードすることができました。

御社でも、私のアカウントに紐づくデータ（登録情報、購入履歴、問い合わせ履歴）を
CSVやJSONのような機械で読める形式で受け取ることはできますか。
もし可能でしたら、ぜひお願いしたいです。

前田 遥
"""),
    ),
    dict(
        name="須藤 克也",
        addr="k.sudo@example.net",
        subject="第三者提供の停止について",
        enc="jis",
        kinds=["suspension"],
        note="Negation trap: not deletion, keep the account; only stop providing his data to partner companies.",
        body=t("""
Win Techno株式会社 ご担当者様

データを消してほしいということではありません。アカウントもそのまま残してください。

プライバシーポリシーに記載のある「提携企業への提供」について、
私の情報は今後提供しないようにしていただきたく、ご連絡しました。

須藤 克也
"""),
    ),
    dict(
        name="渡辺 翔",
        addr="sho.watanabe@example.jp",
        subject="登録情報に誤りがあります",
        enc="alt_jis",
        kinds=["correction"],
        note="Birth date registered with month and day swapped; asks for the fix.",
        body=t("""
サポート担当者様

会員情報の生年月日が「1995年11月2日」になっていますが、
正しくは「1995年2月11日」です。月と日が入れ替わってしまっているようです。

本人確認のときに不一致になると困るので、修正していただけますか。

渡辺 翔
"""),
    ),
    dict(
        name="原 聡美",
        addr="satomi.hara@example.org",
        subject="過去の問い合わせ内容について",
        enc="sjis8",
        kinds=["deletion"],
        note="Negation trap: keeps the subscription (no account closure); wants only the health details she wrote in an old support ticket erased (partial deletion).",
        body=t("""
サポートご担当者様

いつもお世話になっております。原と申します。

解約するつもりはありません（サブスクリプションはこのまま続けます）。

ただ、昨年サポートに問い合わせをした際、パソコンを使えなかった事情を説明するために、
持病のことや通院の予定まで書いてしまいました。
今思うと不要な情報でしたので、あの問い合わせ履歴の中の
私の健康に関する記述だけ、消していただけないでしょうか。

問い合わせ番号は、たしか S-2023-10-1187 だったと思います。

原 聡美
"""),
    ),
    dict(
        name="森本 和子",
        addr="kazuko.morimoto@example.jp",
        subject="DM送付停止希望",
        enc="jis",
        kinds=["suspension"],
        note="Request only in the subject line (stop direct mail); body just refers to it.",
        body=t("""
表題の件、よろしくお願いいたします。

会員番号 WG-00418823
森本 和子
"""),
    ),
    dict(
        name="大西 和彦",
        addr="kazu.onishi@example.com",
        subject="Re: 【Win Techno】ご登録内容変更のお手続きについて",
        enc="jis",
        kinds=["correction"],
        note="Reply to Win Techno's change confirmation (quoted): the house number is still wrong, fix 12-3 to 12-30.",
        body=t("""
ご連絡ありがとうございます。

変更後の住所を確認しましたが、番地が「12-3」となっていました。
正しくは「12-30」です。
お手数ですが、再度修正をお願いします。

大西

On 2024/04/10 11:05, Win Techno サポート wrote:
> 大西 和彦 様
>
> ご登録住所を以下のとおり変更いたしました。
> 東京都町田市原町田0丁目12-3
>
> 内容に誤りがある場合は、本メールにご返信ください。
> Win Techno株式会社 サポートセンター
"""),
    ),
    # --------------------------------------------------- auto-replies/bounce
    dict(
        name="村井 健太",
        addr="k.murai@sales.kohaku-trading.example.jp",
        subject="自動返信: Re: 【Win Techno】お問い合わせの件",
        enc="jis",
        kinds=[],
        auto_reply=True,
        headers={"Auto-Submitted": "auto-replied"},
        note="Out-of-office auto-reply (Auto-Submitted: auto-replied).",
        body=t("""
誠に恐れ入りますが、5月3日（金）から5月6日（月）まで休暇のため不在にしております。
5月7日（火）以降、順次確認のうえご返信いたします。

お急ぎの場合は、営業部代表（sales@kohaku-trading.example.jp）までご連絡ください。

琥珀トレーディング株式会社 営業部
村井 健太
"""),
    ),
    dict(
        name="野口 美咲",
        addr="misaki.noguchi@example.net",
        subject="夏季休暇のお知らせ（自動送信）",
        enc="jis",
        kinds=[],
        auto_reply=True,
        headers={"X-Autoreply": "yes"},
        note="Vacation auto-responder with only X-Autoreply; the 「削除せず」 line is part of the canned text.",
        body=t("""
メールありがとうございます。

8月10日から8月18日まで夏季休暇をいただいております。
いただいたメールは削除せず、休暇明けに順次拝見いたします。
ご返信が遅くなりますことをご了承ください。

野口
"""),
    ),
    dict(
        name="株式会社やまびこ ヘルプデスク",
        addr="helpdesk@yamabiko.example.com",
        subject="【自動送信】お問い合わせを受け付けました",
        enc="jis",
        kinds=[],
        auto_reply=True,
        headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        note="Receipt-acknowledgement auto-responder from a customer company's helpdesk; mentions 個人情報 in boilerplate only.",
        body=t("""
このメールはシステムより自動送信されています。

株式会社やまびこ ヘルプデスクへお問い合わせいただき、ありがとうございます。
以下の受付番号でお問い合わせを承りました。

受付番号：HD-240522-0091

担当者より2営業日以内にご連絡いたします。
なお、お問い合わせに含まれる個人情報は、ご回答の目的にのみ利用いたします。

※本メールへのご返信はお受けできません。
"""),
    ),
    dict(
        kind="bounce",
        kinds=[],
        bounce=True,
        note="Bounce (multipart/report, delivery-status) of a Win Techno reply about a deletion request; the bounced original is a keyword trap.",
    ),
]

# ---------------------------------------------------------------------------
# CHATS (Telegram bot): (kinds, note, text).  All Japanese (romaji counts as ja).
# ---------------------------------------------------------------------------

CHATS: list[tuple[list[str], str, str]] = [
    # ------------------------------------------------------------------ other
    (
        ["other"],
        "Decoy: wants scan results exported as CSV/Excel for a report to his boss; product data.",
        "スキャン結果って一覧でエクスポートできますか？上司に報告しないといけなくて、CSVかExcelで出せると助かります",
    ),
    (
        ["other"],
        "Decoy: wants automatic updates stopped; product setting.",
        "自動アップデート止める方法ある？？会議中に勝手に再起動してマジで焦った",
    ),
    (
        ["other"],
        "Decoy: remove scrapped PCs from the management console.",
        "管理コンソールに、もう廃棄したPCが3台残ってます。これ消しちゃって大丈夫ですか？ライセンス数にカウントされてるみたいなので外したいです",
    ),
    (
        ["other"],
        "Decoy: asks whether quarantined files can be deleted.",
        "隔離フォルダにファイルが50個くらい溜まってるんですが、全部削除しても問題ないですか",
    ),
    (
        ["other"],
        "Decoy: 「消しちゃいました」 is the user deleting his own licence mail; asks for a resend.",
        "ライセンスキーの書いてあるメールを間違えて消しちゃいました…再送ってできますか",
    ),
    (
        ["other"],
        "Product trouble typed in romaji (WinGuard will not start since Windows 11).",
        "WinGuard ga kidou shimasen. Windows 11 ni shite kara zutto desu. dou sureba ii desu ka",
    ),
    (
        ["other"],
        "Double charge; billing complaint, not about personal data.",
        "今月の請求、同じ金額が2回引き落とされてるんですけど。確認お願いします",
    ),
    (["other"], "Bare Telegram start command; no request.", "/start"),
    (
        ["other"],
        "Terse manager wants a quote today; sales.",
        "見積もり至急。WinGuard Cloud 100ライセンス、3年。今日中に。",
    ),
    (
        ["other"],
        "Decoy: wants app notifications silenced; product setting.",
        "スマホ版の通知がうるさすぎる。スキャン完了のたびに鳴るの止められないの？",
    ),
    (
        ["other"],
        "Decoy: change of subscription plan, not a correction of personal data.",
        "プランを個人版からファミリー版に変更したいです。差額だけ払えばいいんでしょうか",
    ),
    (
        ["other"],
        "Password reset trouble; account support, not a privacy request.",
        "パスワード忘れてログインできません。再設定メールも届かないです",
    ),
    (
        ["other"],
        "Elderly user, all hiragana, frightened by a red warning screen; tech support.",
        "まごにいれてもらったういるすたいさくのそふとですが きょうぱそこんをつけたら まっかながめんがでてきて なにかけいこくみたいなのがでています こわくてさわれません どうしたらよいでしょうか",
    ),
    (
        ["other"],
        "Asks if a mail claiming to be from Win Techno is phishing; security support.",
        "御社を名乗るメールが来ました。「ライセンスが停止されます」ってリンクがあるんですがこれ本物ですか？",
    ),
    (
        ["other"],
        "Trial-to-paid upgrade question.",
        "体験版から製品版にアップグレードするとき、設定とかそのまま引き継げますか",
    ),
    (
        ["other"],
        "Decoy: admin wants employee names anonymised in the product's monthly reports; a product setting about the customer's own endpoints, not Win Techno's handling of the sender's data.",
        "管理者です。月次レポートに社員のPC名とユーザー名が出るんですが、これを匿名表示にする設定ってありますか？",
    ),
    (
        ["other"],
        "Decoy: deleting a departed employee's user from the console to free a licence.",
        "退職した社員のユーザーをコンソールから削除したら、そのライセンスは他の人に割り当てられますか？",
    ),
    (
        ["other"],
        "Chinese resident with small slips: cannot uninstall because of an admin password; tech support.",
        "すみません、ソフトをアンインストールしたいのに、パスワード聞かれてできないです。パスワードはわたし知らない。どうしますか",
    ),
    (
        ["other"],
        "Angry about slow support and an outage; service complaint, no personal data involved.",
        "サポート遅すぎ。昨日から3回問い合わせてるのに誰も返事しない。サーバー落ちてるのどうにかして",
    ),
    (
        ["other"],
        "Decoy: retention of detection logs in the customer's own console is a product setting, not a question about Win Techno's privacy practice.",
        "WinGuard Cloudの検知ログって、管理画面で保存期間を180日に延ばせますか？今90日になってます",
    ),
    (
        ["other"],
        "Decoy: receipt reissued with the company as addressee; billing document, not registered personal data.",
        "領収書の宛名を個人名から会社名（株式会社サクラ設計）に変えて再発行してもらえますか。経費で落としたいので",
    ),
    # ---------------------------------------------------------------- inquiry
    (
        ["inquiry"],
        "Asks whether bot conversations are stored and for how long; practice question.",
        "このボットとのやりとりって保存されてるんですか？保存されるなら何日くらい？",
    ),
    (
        ["inquiry"],
        "Cookie use on the website; practice question.",
        "サイト見ただけでCookieって取られてるんですか？何に使ってるのか気になって",
    ),
    (
        ["inquiry"],
        "Whether scanned file contents are sent to the cloud; practice question.",
        "WinGuardってスキャンしたファイルの中身をクラウドに送ってます？会社の機密ファイルもあるので気になってます",
    ),
    (
        ["inquiry"],
        "Where personal data is stored (Japan or abroad).",
        "登録した個人情報って日本国内のサーバーに保存されてますか？それとも海外？",
    ),
    (
        ["inquiry"],
        "Sharing with parent/group companies; policy question.",
        "グループ会社とか親会社と顧客データ共有してますか？プライバシーポリシー読んだけどよく分からなかった",
    ),
    (
        ["inquiry"],
        "Student comparing privacy policies for a seminar asks how long user data is kept.",
        "はじめまして！大学のゼミの課題で、セキュリティ会社のプライバシーポリシーを比べてます🙇 御社はユーザーの個人データを何年くらい保存するんですか？ざっくりでも教えてもらえたら神です",
    ),
    (
        ["inquiry"],
        "Negation trap: not cancelling now; hypothetical question about what happens to registered data after cancellation (retention practice), no deletion requested.",
        "今すぐやめるつもりはないんですけど、もし解約したら登録した名前とか住所ってどうなるんですか？すぐ消えるんですか？",
    ),
    (
        ["inquiry"],
        "Asks whether this bot is the right contact point for personal-information matters.",
        "個人情報についての相談窓口ってこのボットで合ってますか？それとも別の窓口がありますか",
    ),
    (
        ["inquiry"],
        "Whether user data is used for AI training; practice question.",
        "最近AIの話題多いですけど、御社ってユーザーのデータをAIの学習に使ったりしてます？",
    ),
    (
        ["inquiry"],
        "Privacy certifications (P-mark/ISMS).",
        "プライバシーマークとかISMSとか取ってますか？上司に聞かれたので",
    ),
    (
        ["inquiry"],
        "Negation trap: says he has no plan to request disclosure; hypothetical question about the fee.",
        "開示請求するつもりは今のところないんですが、仮にやるとしたら手数料っていくらかかりますか？",
    ),
    # -------------------------------------------------------------- complaint
    (
        ["complaint"],
        "Marketing mail after leaving the service; grievance only, no explicit request (explicit-requests convention).",
        "退会したのにまだキャンペーンのメールが来るんだけど。どうなってんの？",
    ),
    (
        ["complaint"],
        "Received another customer's name and order number in a support reply; grievance about handling.",
        "問い合わせの返信メールに、知らない人の名前と注文番号が書いてありました。他人の情報が私に送られてくるってことは、私の情報も誰かに行ってるってことですよね？ちゃんとしてください",
    ),
    (
        ["complaint"],
        "Negation trap: explicitly not asking for deletion; angry that a leak was not notified to affected people.",
        "データ消せとか言うつもりはないよ。ただ漏洩したなら本人に一言連絡するのが筋でしょ。ニュースで知ったんだけど、ありえない",
    ),
    # ----------------------------------------------------------- multi-intent
    (
        ["disclosure", "deletion"],
        "First show what is registered about me, then delete everything.",
        "まず、私について何が登録されてるのか見せてください。確認できたら、そのあと全部消してほしいです。",
    ),
    (
        ["suspension", "complaint"],
        "Sales calls continued after asking them to stop; grievance plus stop calling this number.",
        "先月「営業の電話はもうやめてください」って伝えたのに、今日またかかってきました。いい加減にしてください。二度とこの番号にかけないで。",
    ),
    (
        ["correction", "complaint"],
        "Name's kanji still wrong after earlier request (高→髙); correction plus grievance.",
        "名前の漢字、ずっと間違ってます。「高橋」じゃなくて「髙橋」です。前にも言いましたよね？何回言えば直るんですか",
    ),
    (
        ["deletion", "complaint"],
        "Gets weekly mail without ever registering; finds it creepy and wants the address removed from the list.",
        "登録した覚えないのに、毎週御社からメール来るんですが。正直気持ち悪いです。私のアドレス、そちらのリストから消してください",
    ),
    (
        ["suspension", "deletion"],
        "Stop the newsletter and delete everything except purchase history.",
        "メルマガ止めてください。あと、購入履歴以外の私の情報は全部削除でお願いします（領収書の再発行で必要になるかもなので、購入履歴だけ残して）",
    ),
    (
        ["disclosure", "complaint"],
        "After leak news: asks whether and which of her data leaked (treated as disclosure of her own data) and complains about no notification.",
        "漏洩のニュース見ました。私の情報も入ってるんですか？何が漏れたのか、ちゃんと教えてください。公表から1週間たっても本人に何の連絡もないのはおかしくないですか",
    ),
    (
        ["correction", "suspension"],
        "Indirect: moved (gives new address) and no more paper catalogues.",
        "福岡に引っ越しました。新住所は福岡市中央区平尾台0-2-15です。ついでに、紙のカタログはもう送らなくて大丈夫です",
    ),
    (
        ["disclosure", "correction"],
        "Show my registered data; fix the phone number if it is the old one.",
        "登録されてる私の情報、一度見せてもらえますか？電話番号が古いままな気がするので、違ってたら新しいの（080-0000-2741）に直してください",
    ),
    # --------------------------------------------------------- disclosure
    (
        ["disclosure"],
        "Indirect: slangy 'what info do you have on me', show me all = disclosure.",
        "ぶっちゃけ御社って俺のどんな情報持ってんの？全部見せてほしいんだけど",
    ),
    (
        ["disclosure"],
        "Forgot what she registered for a trial; asks for a list of what remains.",
        "前に体験版を入れたときに、何を登録したか全然覚えてないんです。そちらに残っている私の情報を一覧にして送ってもらうことってできますか？",
    ),
    (
        ["disclosure"],
        "Romaji: wants to check what is stored and receive a list by mail.",
        "watashi no touroku jouhou o kakunin shitai desu. nani ga hozon sarete imasu ka? ichiran o mail de okutte kudasai",
    ),
    (
        ["disclosure"],
        "Negation trap: not asking for deletion, only wants to know what data is collected.",
        "別に消してとかじゃないんだけど、どんなデータ取られてるのかだけ知りたい",
    ),
    (
        ["disclosure"],
        "How her data is used for marketing (segment/profile); wants to be told.",
        "御社のマーケティングで、私ってどういう属性？セグメント？に分類されてるんですか。なんでこんな広告ばかり出るのか知りたいので教えてください",
    ),
    (
        ["disclosure"],
        "Third-party provision records: to whom and when.",
        "私の情報って他の会社に渡したことあります？渡したならどこにいつ渡したのか教えてほしい",
    ),
    (
        ["disclosure"],
        "Borderline: wants a copy of the login history held for his account after a suspicious login; a copy of personal records held about him.",
        "最近アカウントに知らない端末からログインされた通知が来ました。そちらに残っている私のアカウントのログイン履歴を全部送ってもらえませんか",
    ),
    (
        ["disclosure"],
        "Asked as a question: can I get a copy of my data as JSON (portability).",
        "GDPRみたいに、自分のデータのコピーをJSONとかでもらうことってできるんですか？",
    ),
    (
        ["disclosure"],
        "Chinese resident, small slips: asks whether her passport number is held; wants to check.",
        "会社の登録の時、わたしパスポートの番号も入力しましたか？御社にわたしのパスポート番号ありますか？確認したいです。",
    ),
    (
        ["disclosure"],
        "Wants to download everything stored about him before cancelling; no deletion asked.",
        "解約する前に、そちらに保存されてる私の情報を手元に全部ダウンロードしておきたいんですが、方法ありますか",
    ),
    (
        ["disclosure"],
        "Textbook APPI Art. 33 disclosure request.",
        "個人情報保護法第33条に基づき、貴社が保有する私の保有個人データの開示を請求します。開示方法は電子データでの提供を希望します。",
    ),
    (
        ["disclosure"],
        "Asks to hear the recording of her own support call, if kept.",
        "先週サポートに電話したときの通話って録音されてます？されてるなら、その録音を聞かせてもらいたいです",
    ),
    # --------------------------------------------------------- correction
    (
        ["correction"],
        "Moved; new address given.",
        "引っ越したので住所変えたいです。新しいのは大阪府吹田市青葉丘南0-14 サンライズ吹田305です",
    ),
    (
        ["correction"],
        "Vietnamese resident: name spelling wrong (THAHN -> THANH).",
        "こんにちは。グエンです。わたしの名前のスペル、まちがいがあります。いま THAHN になってますけど、ただしいは THANH です。なおしてもらえますか",
    ),
    (
        ["correction"],
        "Chinese resident, small slips: phone number changed.",
        "すみません、わたしの電話番号がかわったので、登録のも変更おねがいします。あたらしいのは 070-0000-8813 です。まえのはもう使えないです",
    ),
    (
        ["correction"],
        "Negation trap: not withdrawal, only change the registered e-mail.",
        "退会じゃないです！！メアド変わったので、登録のやつ変えてほしいだけです。新しいのは kana.m@example.net",
    ),
    (
        ["correction"],
        "Indirect: states the birth date is off by a year and gives the right one.",
        "生年月日が1年ずれて登録されてました。正しくは1988年4月3日です",
    ),
    (
        ["correction"],
        "Business contact's company name changed; part of his registered contact data.",
        "会社名が変わりました。株式会社ミドリ商会 → 株式会社ミドリホールディングス です。担当は引き続き私、森です",
    ),
    (
        ["correction"],
        "Indirect: just announces a surname change after marriage.",
        "結婚して佐藤から中村になりました〜",
    ),
    (
        ["correction"],
        "Romaji: address changed, new address given.",
        "juusho ga kawarimashita. atarashii juusho wa Saitama-ken Kawaguchi-shi Sakuragi 0-8-1 desu. onegai shimasu",
    ),
    (
        ["correction"],
        "Typo in the registered mail user name (tanaka_yu -> tanaka_yuu).",
        "登録のメアド、＠の前が tanaka_yu になってません？正しくは tanaka_yuu です（uが2つ）笑 直しといてください",
    ),
    (
        ["correction"],
        "Make the registered address match the billing address.",
        "請求先の住所と登録住所が違ったままになってるので、登録住所の方も請求先と同じにしておいてください",
    ),
    (
        ["correction"],
        "Last four digits of the phone number wrong.",
        "電話番号の最後の4桁が違ってました。5678じゃなくて5687です。たぶん入力ミス",
    ),
    (
        ["correction"],
        "Building name missing from the address; add it.",
        "登録住所、マンション名が抜けてるみたいで荷物が届きにくいです。「グリーンハイツ202」を足しておいてもらえますか",
    ),
    (
        ["correction"],
        "Terse manager: job title changed, fix registered data.",
        "役職変更。課長→部長。登録情報修正願う。",
    ),
    # --------------------------------------------------------- suspension
    (
        ["suspension"],
        "Indirect: too many campaign mails, doesn't want them any more.",
        "メール多すぎ。キャンペーンのお知らせとかもう要らないです",
    ),
    (
        ["suspension"],
        "Negation trap: keeps using the software, not withdrawing; only stop using her data for ad targeting.",
        "退会はしません、ソフトは使い続けます。ただ広告のターゲティングに私のデータを使うのはやめてもらえますか",
    ),
    (
        ["suspension"],
        "Do not provide my data to affiliates/partners.",
        "関連会社とか提携先に私の情報を渡さないでください",
    ),
    (
        ["suspension"],
        "Negation trap: no deletion needed, only stop analytics/marketing use.",
        "削除はしなくていいです！ただ、分析とかマーケティングに使うのはやめてほしいです",
    ),
    (
        ["suspension"],
        "Survey answers must not be used for ads.",
        "アンケートに答えたけど、あの回答を広告とかに使わないでほしいです",
    ),
    (
        ["suspension"],
        "Unsubscribe link errors; asks support to stop the newsletter (technical snag, no grievance about data handling).",
        "メルマガ解除のリンク押してもエラーになるんですけど…。そちらで止めてもらえますか",
    ),
    (
        ["suspension"],
        "Question form: how to opt out of provision to partners = suspension intent.",
        "提携先へのデータ提供、オプトアウトしたいです。手続きどうすればいいですか",
    ),
    (
        ["suspension"],
        "Indirect: no more postcard DMs.",
        "ハガキのDMもういらないです。捨てるのも面倒なので",
    ),
    (
        ["suspension"],
        "Stop using her location data; keeps using the app.",
        "スマホアプリが位置情報を送ってるみたいなんですが、私の位置情報は使わないでほしいです。アプリ自体は使い続けたいので",
    ),
    (
        ["suspension"],
        "Indirect: elderly, hiragana, 「かんゆうはもうけっこうです」 = stop using her number for telephone marketing.",
        "でんわでのかんゆうは もうけっこうです よろしくおねがいします",
    ),
    (
        ["suspension"],
        "Stop the ad-targeting data linkage for her.",
        "ターゲティング広告のためのデータ連携？ってやつ、私の分は止めてください",
    ),
    (
        ["suspension"],
        "Textbook suspension request limited to marketing use.",
        "保有個人データの利用停止を請求します。対象はマーケティング目的での利用すべてです。",
    ),
    # ----------------------------------------------------------- deletion
    (
        ["deletion"],
        "Student slang: no longer uses the app, delete account and data.",
        "もうこのアプリ使ってないんで、アカウントごと全部消しといてもらえます？データとかも残さないでほしいっす",
    ),
    (
        ["deletion"],
        "Indirect: late father's account, nobody uses it, please make it disappear.",
        "父が先月亡くなりました。父の名前で登録していたWinGuardのアカウントがあるのですが、もう誰も使いませんので、きれいに無くしていただけないでしょうか",
    ),
    (
        ["deletion"],
        "Negation trap: does not want to see the data (no disclosure), just delete it.",
        "中身を見せてもらう必要はありません。確認とかいいので、とにかく私のデータを削除してください",
    ),
    (
        ["deletion"],
        "Negation trap: not merely stopping mails (no suspension asked) but erasing the data itself.",
        "メールを止めるとかじゃなくて、私の情報そのものを消してほしいんです",
    ),
    (
        ["deletion"],
        "Old trial account: delete it if it still exists.",
        "昔の体験版のときのアカウントがまだ残ってたら、消してほしいです。メアドは shun.k@example.org です",
    ),
    (
        ["deletion"],
        "Indirect: wants to use the 'right to be forgotten'.",
        "「忘れられる権利」ってやつ、御社にも使えますか？使えるなら使いたいです",
    ),
    (
        ["deletion"],
        "Question form 'how can I get my data deleted' = deletion intent.",
        "どうやったら私のデータ消してもらえますか",
    ),
    (
        ["deletion"],
        "Romaji: delete account and all registered data.",
        "account to touroku data wo zenbu sakujo shite kudasai. mou tsukaimasen",
    ),
    (
        ["deletion"],
        "Parent asks to delete the account her primary-school son created.",
        "小学生の息子が勝手にアカウントを作ってしまったみたいです。親の私から削除をお願いできますか？",
    ),
    (
        ["deletion"],
        "Indirect: prize draw is over, throw away the address/phone she entered.",
        "懸賞に応募したときに入れた住所とか電話番号、もう抽選終わってますよね。要らないなら捨ててもらえます？",
    ),
]


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

CHARSET = {"jis": "iso-2022-jp", "sjis": "shift_jis", "u8": "utf-8"}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part whose payload is encoded by hand (so the charset is kept as declared)."""
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    raw = text.encode(charset)
    if cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    return part


def to_html(body: str) -> str:
    out, quote = [], []

    def flush() -> None:
        if quote:
            out.append("<blockquote>" + "<br>\n".join(quote) + "</blockquote>")
            quote.clear()

    for line in body.rstrip("\n").split("\n"):
        if line.startswith(">"):
            quote.append(html.escape(line.lstrip("> ")))
            continue
        flush()
        out.append(html.escape(line) + "<br>")
    flush()
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html"></head>\n<body>\n<div>\n'
        + "\n".join(out)
        + "\n</div>\n</body></html>\n"
    )


def header_charset(enc: str) -> str:
    if enc in ("u8b64", "u8qp", "alt_u8", "html_u8"):
        return "utf-8"
    return "iso-2022-jp"


def build_body(enc: str, body: str, n: int) -> Message:
    if enc == "jis":
        return text_part(body, "plain", "iso-2022-jp", "7bit")
    if enc == "html_jis":
        return text_part(to_html(body), "html", "iso-2022-jp", "7bit")
    if enc == "sjis8":
        return text_part(body, "plain", "shift_jis", "8bit")
    if enc == "sjisb64":
        return text_part(body, "plain", "shift_jis", "base64")
    if enc == "u8b64":
        return text_part(body, "plain", "utf-8", "base64")
    if enc == "u8qp":
        return text_part(body, "plain", "utf-8", "quoted-printable")
    if enc == "html_u8":
        return text_part(to_html(body), "html", "utf-8", "base64")
    if enc in ("alt_jis", "alt_u8"):
        outer = MIMEMultipart("alternative")
        del outer["MIME-Version"]
        if enc == "alt_jis":
            outer.attach(text_part(body, "plain", "iso-2022-jp", "7bit"))
            outer.attach(text_part(to_html(body), "html", "iso-2022-jp", "7bit"))
        else:
            outer.attach(text_part(body, "plain", "utf-8", "quoted-printable"))
            outer.attach(text_part(to_html(body), "html", "utf-8", "base64"))
        outer.set_boundary(f"----=_Part_{n:03d}_{7301 + n * 37}.{1712000000 + n * 86413}")
        return outer
    raise ValueError(enc)


MAILERS = [
    "Microsoft Outlook 16.0",
    "Becky! ver. 2.81.04",
    "Thunderbird 115.10.1",
    "iPhone Mail (21E236)",
    None,
    "Microsoft Outlook 16.0",
    None,
]


def build_email(item: dict, n: int) -> bytes:
    date = BASE_DATE + timedelta(
        days=n // 2, hours=(n * 5) % 11, minutes=(n * 17) % 60, seconds=(n * 7) % 60
    )
    if item.get("bounce"):
        return build_bounce(n, date)
    enc = item["enc"]
    hcs = header_charset(enc)
    msg = build_body(enc, item["body"], n)
    domain = item["addr"].split("@", 1)[1]
    top = Message()
    top["Return-Path"] = f"<{item['addr']}>"
    top["Received"] = (
        f"from mail.{domain.split('.', 1)[-1] if domain.count('.') > 1 else domain} "
        f"([192.0.2.{(n * 3) % 250 + 1}]) by mx.win-techno.com with ESMTPS id r{n:03d}; "
        + format_datetime(date + timedelta(seconds=3))
    )
    top["From"] = formataddr((item["name"], item["addr"]), charset=hcs)
    top["To"] = SUPPORT
    top["Subject"] = Header(item["subject"], hcs)
    top["Date"] = format_datetime(date)
    top["Message-ID"] = f"<{date:%Y%m%d%H%M%S}.r{n:03d}.{(n * 7919) % 100000:05d}@{domain}>"
    if item["subject"].lower().startswith(("re:", "re：")) or "自動返信: Re:" in item["subject"]:
        top["In-Reply-To"] = f"<wt-{n:03d}-{(n * 104729) % 1000000:06d}@win-techno.com>"
    for key, value in item.get("headers", {}).items():
        top[key] = value
    mailer = MAILERS[n % len(MAILERS)]
    if mailer and not item.get("auto_reply"):
        top["X-Mailer"] = mailer
    top["MIME-Version"] = "1.0"
    for key, value in msg.items():
        top[key] = value
    top._payload = msg._payload  # keep 8bit surrogate-escaped bytes / sub-parts as built
    return top.as_bytes()


def build_bounce(n: int, date: datetime) -> bytes:
    orig_date = date - timedelta(minutes=2)
    report = MIMEMultipart("report", report_type="delivery-status")
    report["Return-Path"] = "<>"
    report["Received"] = f"by mx.mailhost.example.jp (Postfix) id 4Vb{n:03d}Q; " + format_datetime(
        date
    )
    report["From"] = "MAILER-DAEMON@mx.mailhost.example.jp (Mail Delivery System)"
    report["To"] = SUPPORT
    report["Subject"] = Header(
        "配信不能のお知らせ (Undelivered Mail Returned to Sender)", "iso-2022-jp"
    )
    report["Date"] = format_datetime(date)
    report["Message-ID"] = f"<{date:%Y%m%d%H%M%S}.bounce.r{n:03d}@mx.mailhost.example.jp>"
    report["Auto-Submitted"] = "auto-replied"
    human = t("""
このメールはメールサーバーから自動的に送信されています。

お送りいただいたメールは、以下の宛先に配信できませんでした。
宛先のメールアドレスが存在しないか、現在利用できない状態です。

  <t.kimura@mailhost.example.jp>: host mx.mailhost.example.jp said:
  550 5.1.1 <t.kimura@mailhost.example.jp>: User unknown

お手数ですが、宛先をご確認のうえ再度送信してください。

mx.mailhost.example.jp メールシステム
""")
    report.attach(text_part(human, "plain", "iso-2022-jp", "7bit"))
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mx.mailhost.example.jp"
    per_msg["X-Postfix-Queue-ID"] = f"4Vb{n:03d}Q"
    per_msg["Arrival-Date"] = format_datetime(orig_date)
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; t.kimura@mailhost.example.jp"
    per_rcpt["Original-Recipient"] = "rfc822;t.kimura@mailhost.example.jp"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = "dns; mx.mailhost.example.jp"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.1 <t.kimura@mailhost.example.jp>: User unknown"
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status["Content-Description"] = "Delivery report"
    status.set_payload([per_msg, per_rcpt])
    report.attach(status)
    hdrs = Message()
    hdrs["From"] = formataddr(
        ("Win Techno 個人情報お問い合わせ窓口", SUPPORT), charset="iso-2022-jp"
    )
    hdrs["To"] = "t.kimura@mailhost.example.jp"
    hdrs["Subject"] = Header(
        "【Win Techno】個人情報削除のご依頼について（受付番号 P-20240402-011）", "iso-2022-jp"
    )
    hdrs["Date"] = format_datetime(orig_date)
    hdrs["Message-ID"] = f"<wt-{n:03d}-reply@win-techno.com>"
    headers_text = hdrs.as_string()
    rfc = MIMEText(headers_text, "rfc822-headers", "us-ascii")
    del rfc["MIME-Version"]
    rfc["Content-Description"] = "Undelivered Message Headers"
    report.attach(rfc)
    report.set_boundary(f"4Vb{n:03d}Q.{1712000000 + n}/mx.mailhost.example.jp")
    return report.as_bytes()


def main() -> None:
    emails = list(EMAILS)
    chats = list(CHATS)
    random.Random(20240402).shuffle(emails)
    random.Random(20240403).shuffle(chats)
    (HERE / "email").mkdir(exist_ok=True)
    (HERE / "chat").mkdir(exist_ok=True)
    for old in list((HERE / "email").glob(f"{PREFIX}*.eml")) + list(
        (HERE / "chat").glob(f"{PREFIX}*.txt")
    ):
        old.unlink()
    labels = []
    for n, item in enumerate(emails, 1):
        name = f"email/{PREFIX}{n:03d}.eml"
        (HERE / name).write_bytes(build_email(item, n))
        labels.append(
            {
                "file": name,
                "channel": "email",
                "language": "ja",
                "kinds": item["kinds"],
                "auto_reply": bool(item.get("auto_reply")),
                "bounce": bool(item.get("bounce")),
                "note": item["note"],
            }
        )
    for n, (kinds, note, text) in enumerate(chats, 1):
        name = f"chat/{PREFIX}{n:03d}.txt"
        (HERE / name).write_text(text.strip("\n") + "\n", encoding="utf-8")
        labels.append(
            {
                "file": name,
                "channel": "chat",
                "language": "ja",
                "kinds": kinds,
                "auto_reply": False,
                "bounce": False,
                "note": note,
            }
        )
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for label in labels:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    print(f"wrote {len(emails)} emails, {len(chats)} chats, {len(labels)} labels to {HERE}")


if __name__ == "__main__":
    main()
