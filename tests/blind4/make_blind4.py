#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Generate the held-out blind test set `tests/blind4` (180 items: 80 emails, 100 chats).

HELD OUT: this set only measures the classifier. Never tune on it.

Standard library only. Running it deletes `email/q*.eml` and `chat/q*.txt` in this
folder and rewrites them and `labels.jsonl` deterministically (fixed dates,
Message-IDs, MIME boundaries and IP addresses; fixed shuffle seed).

Every text and label lives in this file: CHATS and EMAILS below.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import quopri
import random
import struct
import zlib
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.charset import Charset
from email.header import Header
from email.message import Message
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "q"
SEED = 40417
SUPPORT = "support@win-techno.com"
VALID_KINDS = {
    "disclosure",
    "correction",
    "suspension",
    "deletion",
    "complaint",
    "inquiry",
    "other",
}

D, CO, S, DE, C, I, O = (
    "disclosure",
    "correction",
    "suspension",
    "deletion",
    "complaint",
    "inquiry",
    "other",
)


# ---------------------------------------------------------------------------
# Chats: (language, kinds, note, text)
# ---------------------------------------------------------------------------

CHATS: list[tuple[str, list[str], str, str]] = [
    # ---------------- Japanese chats (40) ----------------
    (
        "ja",
        [D],
        "Direct request for disclosure of the personal data held, electronic delivery.",
        "御社が保有している私の個人情報の開示を請求します。登録メールアドレスは h.tanabe@example.jp です。開示は電子データでお願いします。",
    ),
    (
        "ja",
        [D],
        "Indirect: wants to know what information about him remains with the company.",
        "すみません、そちらに僕のどんな情報が残ってるのか知りたいです。何年か前にWinGuardの体験版を入れたことがあるだけなんですけど、名前とかメアドとか全部持ってるんですか？",
    ),
    (
        "ja",
        [D],
        "Romaji Japanese: asks what data is stored and for what purpose it is used (disclosure incl. purposes).",
        "sumimasen, onsha ga watashi no kojin jouhou wo nani wo hozon shite ite, dou iu mokuteki de tsukatte iru ka oshiete moraemasu ka. touroku meado wa kenta.s@example.jp desu",
    ),
    (
        "ja",
        [D],
        "Negation trap: explicitly does not want the account deleted; only asks how her purchase/support history is used (disclosure).",
        "アカウントは消さないでほしいんですが、私の購入履歴とかサポート履歴がどういう目的で使われてるのかだけ教えてください。",
    ),
    (
        "ja",
        [CO],
        "Change of registered address after moving.",
        "引っ越したので住所変更お願いします🙏\n新住所→大阪府吹田市千里山西9-9-9 ハイツ千里202号室\n電話番号はそのままです",
    ),
    (
        "ja",
        [CO],
        "Surname changed by marriage; asks to fix the registered name.",
        "結婚して苗字が変わりました！ 山本 → 川口 です。登録してある名前、直しておいてもらえますか？",
    ),
    (
        "ja",
        [CO],
        "Indirect: says the registered phone number is dead and gives the new one, implying an update.",
        "登録してる電話番号もう解約しちゃって使ってないです。今は 080-0000-3391 です",
    ),
    (
        "ja",
        [CO],
        "Negation trap: will NOT withdraw; only wants the registered email address changed.",
        "退会はしません！メールアドレスだけ変えたいです。\n旧：k-ono@example.jp\n新：kono.kei@example.net",
    ),
    (
        "ja",
        [CO],
        "Correction posed as a question: wrong birth year on file.",
        "会員情報の生年月日が1988年になってるんですが、正しくは1986年です。これって修正できますか？",
    ),
    (
        "ja",
        [S],
        "Asks to stop the marketing newsletter (stop use of data for marketing).",
        "メルマガもう要らないので止めてください",
    ),
    (
        "ja",
        [S],
        "Negation trap: stop using browsing/usage data for ad analytics, but explicitly no deletion and keeps the account.",
        "私の閲覧履歴とか使用状況を広告の分析に使うのはやめてもらえますか。データ自体は消さなくていいです、アカウントも使い続けるので。",
    ),
    (
        "ja",
        [S],
        "Wants provision to partner companies stopped; asks where to opt out (question expresses suspension intent).",
        "提携先の会社に私の情報渡すのやめてほしいんですけど、オプトアウトってどこから申し込めますか？",
    ),
    (
        "ja",
        [DE],
        "Withdraw membership and delete all registered information.",
        "退会したいです。登録してる情報も全部消してください。",
    ),
    (
        "ja",
        [DE],
        "Delete the account together with all personal data.",
        "もう使わないのでアカウントごと削除お願いします。個人情報も一切残さないでください。よろしくお願いします",
    ),
    (
        "ja",
        [DE],
        "Indirect: 'forget me' joke, then says seriously to erase all her data.",
        "私のこと忘れてくださいw\nいや冗談じゃなくて、そちらにある私のデータ全部消してほしいです",
    ),
    (
        "ja",
        [DE],
        "Question 'how do I ask for deletion of my personal data' expresses deletion intent (README convention).",
        "個人データの削除ってどうやって依頼すればいいですか？このチャットで大丈夫ですか？",
    ),
    (
        "ja",
        [S, DE],
        "Two requests: stop ad mails (suspension) and delete address/phone sent for a campaign (deletion).",
        "広告メールの配信停止をお願いします。\nあと、去年のプレゼントキャンペーンに応募したときに送った住所と電話番号も削除してください。",
    ),
    (
        "ja",
        [DE, C],
        "Complains mail still arrives after withdrawal and confirmed deletion; demands deletion now. No explicit stop-use request.",
        "なんで退会したのにまだメール来るんですか？個人情報ちゃんと消しましたって返事もらってますよね？？今すぐ全部消してください。ほんとに信用できない",
    ),
    (
        "ja",
        [S, C],
        "Third unsubscribe attempt: grievance plus demand to stop sending promotions to her address.",
        "何回配信停止したら止まるんですか。これで3回目です。いい加減、私のアドレスに宣伝送るのやめてください。",
    ),
    (
        "ja",
        [C],
        "Complaint: webinar invitation exposed all recipients in CC.",
        "昨日のウェビナー案内のメール、宛先が全員CCになってて他の参加者のメアドが丸見えでしたよ。個人情報の扱いどうなってるんですか",
    ),
    (
        "ja",
        [C],
        "Complaint: support disclosed his wife's contract details without identity check. No request made.",
        "先日サポートに電話したら、本人確認もなしに妻の契約内容（住所とかカードの下4桁まで）を教えてくれましたけど、それって問題じゃないですか？\nこっちは助かったけど正直こわいです",
    ),
    (
        "ja",
        [C],
        "Complaint: suspected leak of an address given only to Win Techno. Asks no right.",
        "御社にしか教えてないメアドに、知らない会社から営業メールが来るようになったんですが。漏れてませんか？ちょっと気持ち悪いです",
    ),
    (
        "ja",
        [I],
        "Inquiry about which companies are in the 'joint use' clause of the privacy policy.",
        "プライバシーポリシーに書いてある『共同利用』って、具体的にどこの会社と共同利用してるんですか？",
    ),
    (
        "ja",
        [I],
        "Inquiry about where WinGuard Cloud data is stored (Japan or overseas).",
        "WinGuard Cloudに入れたデータって日本国内のサーバーに保存されてますか？海外？",
    ),
    (
        "ja",
        [I],
        "Hypothetical: asks retention period if he ever cancels; says he is not cancelling now. No request.",
        "もし解約したら、登録情報ってどれくらいの期間保存されるんですか？今すぐ解約するつもりはないんですが気になったので",
    ),
    (
        "ja",
        [I],
        "Inquiry about website cookies and ad tracking.",
        "サイトのCookie、どんなの使ってるんですか？広告系のトラッキングも入ってます？",
    ),
    (
        "ja",
        [I],
        "Inquiry about the contact point for privacy matters (bot or email). No request about own data.",
        "個人情報関係の問い合わせって、このボットで受け付けてるんですか？それともメールの方がいいですか？",
    ),
    (
        "ja",
        [O],
        "Decoy: delete quarantined files (product how-to).",
        "隔離されたファイルを削除したいんですけど、やり方がわかりません",
    ),
    (
        "ja",
        [O],
        "Decoy: delete a duplicate invoice.",
        "請求書が2通届いてます。同じ内容なので片方削除してもらえますか？",
    ),
    (
        "ja",
        [O],
        "Decoy: export scan results as CSV.",
        "スキャン結果をCSVでエクスポートする方法を教えてください",
    ),
    (
        "ja",
        [O],
        "Decoy: stop automatic updates (product setting).",
        "自動アップデート止めたいです。会議中に勝手に再起動されて困ってます…",
    ),
    (
        "ja",
        [O],
        "Decoy: remove a departed employee's PC from the management console.",
        "管理コンソールから退職した人のPCを外したいです。デバイスの削除ってどこからできますか？",
    ),
    (
        "ja",
        [O],
        "Decoy: change of plan (billing), not of personal data.",
        "プランをスタンダードからプレミアムに変更したいです。差額ってどうなりますか？",
    ),
    (
        "ja",
        [O],
        "Romaji Japanese: license key reissue after buying a new PC.",
        "PC kaikaetara license key ga wakaranaku natta... saihakkou tte dekimasu ka?",
    ),
    (
        "ja",
        [O],
        "Performance complaint about the product, not about personal data.",
        "WinGuard入れてからExcelがめちゃくちゃ重いです。なんとかしてください😭",
    ),
    (
        "ja",
        [O],
        "Decoy: stop notification pop-ups (product UI).",
        "通知のポップアップが多すぎて仕事にならない。止め方教えて",
    ),
    (
        "ja",
        [O],
        "Sales: switch from a personal plan to a corporate contract, quote request.",
        "個人向けプランから法人契約に切り替えたいのですが、見積もりをお願いできますか",
    ),
    (
        "ja",
        [O],
        "Technical trouble: definition update fails.",
        "ウイルス定義の更新がずっと失敗します。エラーコード 0x80070005 です",
    ),
    (
        "ja",
        [O],
        "Decoy: 'not withdrawal, pause the licence' is a billing/licence matter, not suspension of data use.",
        "退会じゃなくて、ライセンスを一時的に休止することってできますか？3ヶ月海外出張で使わないので",
    ),
    (
        "ja",
        [O],
        "Decoy: side-job spam with a 'reply 停止 to stop' line.",
        "【副業】スマホ1台で月30万円！今だけ無料で始め方を教えます👉 LINE登録はこちら https://fukugyo.example.net/join\n※配信停止希望の方は『停止』と返信",
    ),
    # ---------------- English chats (40) ----------------
    (
        "en",
        [D],
        "Direct APPI disclosure request.",
        "Hi, under the APPI I'd like to request disclosure of all personal data you hold on me. Account email: m.baker@example.com",
    ),
    (
        "en",
        [D],
        "Indirect: 'what do you have on me', wants to see his profile data.",
        "what do you guys actually have on me? like whats in my profile on your end. just want to see it",
    ),
    (
        "en",
        [D],
        "Asks for a copy/export of all data tied to the account (personal data, not scan results).",
        "Can I get a copy of my data? Like a download or export of everything tied to my account",
    ),
    (
        "en",
        [D],
        "Asks for the records of provision to third parties (who got his data and when).",
        "Has my info been shared with any third parties? If it has, I want to see the records - who got it and when.",
    ),
    (
        "en",
        [CO],
        "Change of address after moving.",
        "i moved last month, new address is 14 Larchmont Rd, Apt 3, Springfield - pls update my account",
    ),
    (
        "en",
        [CO],
        "Misspelled name on the account.",
        "Hey, my name is spelled wrong on my account. It's Catherine with a C, not Katherine",
    ),
    (
        "en",
        [CO],
        "Negation trap: do NOT close the account, only change the email on it.",
        "Please DON'T close my account - I just need the email on it changed to j.ortiz@example.net, the old one is dead",
    ),
    (
        "en",
        [CO],
        "Wrong digits in phone number on file; asks to fix (with typo 'u').",
        "typo in my phone number on file, it ends 4471 not 4417. can u fix",
    ),
    (
        "en",
        [S],
        "Stop using browsing data for ads; withdraws consent.",
        "Stop using my browsing data for ads. I don't consent to that.",
    ),
    (
        "en",
        [S],
        "Opt out of data sharing with partners.",
        "Please opt me out of any data sharing with your partners.",
    ),
    (
        "en",
        [S],
        "Negation trap: doesn't want deletion; only wants promo emails stopped.",
        "I don't need my data deleted or anything, I just want you to stop sending me promo emails",
    ),
    (
        "en",
        [S],
        "Question about turning off profiling/tracking for marketing expresses suspension intent.",
        "is there a way to turn off the analytics/profiling on my account? dont want my usage tracked for marketing",
    ),
    (
        "en",
        [DE],
        "Delete account and associated personal data.",
        "Please delete my account and all associated personal data. Thanks.",
    ),
    (
        "en",
        [DE],
        "Indirect: 'I want to be forgotten. Remove everything'.",
        "I want to be forgotten. Remove everything you have about me.",
    ),
    (
        "en",
        [DE],
        "'How do I get my personal info erased' expresses deletion intent.",
        "how do I get my personal info erased from your systems? I'm not a customer anymore",
    ),
    (
        "en",
        [DE],
        "Negation trap: no copy wanted (no disclosure), just erase data and close account.",
        "no need to send me a copy of anything, just wipe my data and close the account",
    ),
    (
        "en",
        [D, DE],
        "Multi-intent: first send the data held, then erase all of it.",
        "before you delete my account can you send me what data you have? want to see it first, then erase all of it",
    ),
    (
        "en",
        [CO, S],
        "Multi-intent: update email address (correction) and stop the newsletter (suspension).",
        "my email changed to pat.kim@example.org - update that please. and while you're at it stop sending me the newsletter",
    ),
    (
        "en",
        [DE, C],
        "Third deletion request ignored: grievance plus demand to delete.",
        "This is the THIRD time I'm asking you to delete my data. Nobody answers. Delete it now or I'm going to the regulator.",
    ),
    (
        "en",
        [C],
        "Complaint: received a renewal reminder containing another customer's name and licence number.",
        "I just got a renewal reminder email addressed to someone else, with their name and license number in it. That's a data leak, you know.",
    ),
    (
        "en",
        [C],
        "Complaint: agent asked for an unencrypted passport photo by email.",
        "your support agent asked me to email a photo of my passport, no encryption, nothing. seriously?? thats a terrible way to handle ID documents",
    ),
    (
        "en",
        [C],
        "Complaint: still seeing ads after opting out. No new request made.",
        "I opted out of marketing months ago and I'm still getting your ads on Facebook. So much for your privacy policy.",
    ),
    (
        "en",
        [I],
        "Inquiry: does the scanner upload files to the cloud.",
        "Quick question: does WinGuard upload my files to the cloud when it scans them?",
    ),
    (
        "en",
        [I],
        "Inquiry about website cookies and third-party trackers.",
        "Which cookies does your website set? Any third-party trackers?",
    ),
    (
        "en",
        [I],
        "Inquiry about sharing with parent company or overseas affiliates.",
        "Do you share customer data with your parent company or any overseas affiliates?",
    ),
    (
        "en",
        [I],
        "Inquiry about retention of support chat logs.",
        "How long do you keep support chat logs like this one?",
    ),
    (
        "en",
        [I],
        "Hypothetical: asks what happens to data if he closes the account someday. No request now.",
        "Hypothetically, if I close my account someday, do you delete everything or keep some records for legal reasons?",
    ),
    (
        "en",
        [O],
        "Decoy: delete old scan reports from the dashboard.",
        "How do I delete old scan reports from the dashboard? got hundreds of them",
    ),
    ("en", [O], "Decoy: export scan results to PDF.", "Export scan results to PDF - possible?"),
    (
        "en",
        [O],
        "Decoy: stop auto-renewal of the subscription.",
        "Can you stop the auto-renewal on my subscription? I'll renew manually",
    ),
    (
        "en",
        [O],
        "Decoy: remove a stolen laptop from the management console.",
        "Need to remove a laptop from the management console, it was stolen. Can't find the option anywhere.",
    ),
    ("en", [O], "Decoy: change billing plan.", "Please change my plan from monthly to annual"),
    (
        "en",
        [O],
        "Technical: false positive on own script.",
        "WinGuard keeps flagging my own python script as a trojan. false positive. how do I whitelist it?",
    ),
    ("en", [O], "Billing: double charge refund.", "Charged twice this month. Refund one pls"),
    ("en", [O], "Outage report.", "Is WinGuard Cloud down? Console won't load since 9am"),
    (
        "en",
        [O],
        "Decoy: prize spam with 'Reply STOP to opt out'.",
        "Congratulations! Your Telegram account was selected for a $500 gift card. Claim now at win-prize.example.net. Reply STOP to opt out",
    ),
    ("en", [O], "Sales question: nonprofit discounts.", "Do you offer discounts for nonprofits?"),
    (
        "en",
        [O],
        "Technical/licensing: installer says licence invalid.",
        "The installer says my license is invalid but I literally just bought it",
    ),
    (
        "en",
        [O],
        "Decoy: correct a company name on an invoice (business billing record, not an individual's personal data).",
        "Please correct the company name on invoice INV-20418, it should be 'Harbor Lane Logistics' not 'Harbour Lane Logistics'",
    ),
    (
        "en",
        [O],
        "Decoy: pause scanning while gaming (product setting).",
        "hey is there a way to pause scanning while I game? it eats my fps",
    ),
    # ---------------- Chinese chats (4) ----------------
    (
        "zh",
        [D],
        "Asks what personal data is kept and for a copy.",
        "你好，我想知道你们公司保存了我哪些个人信息，能发一份给我吗？我的注册邮箱是 li.wei@example.com",
    ),
    ("zh", [S], "Stop using her data for ad push.", "请不要再把我的资料用于广告推送了，谢谢。"),
    (
        "zh",
        [C],
        "Complaint: suspects data was sold, receives sales calls citing Win Techno. No request made.",
        "我只在你们官网注册过，结果现在天天接到推销电话，对方说号码是从你们那里拿到的。你们是不是把我的信息卖了？太过分了！",
    ),
    ("zh", [O], "Decoy: delete files in the quarantine area.", "WinGuard 怎么删除隔离区里的文件？"),
    # ---------------- Korean chats (4) ----------------
    (
        "ko",
        [D],
        "Asks how her personal data is being used (disclosure of purposes).",
        "안녕하세요. 제 개인정보를 어떻게 이용하고 계신지 알려주실 수 있나요? 가입 이메일은 park.j@example.com 입니다.",
    ),
    (
        "ko",
        [S],
        "Opt out of marketing text messages.",
        "마케팅 문자 수신 거부하고 싶어요. 제 번호로 광고 보내지 마세요.",
    ),
    (
        "ko",
        [O],
        "Decoy: export scan results to Excel.",
        "스캔 결과를 엑셀로 내보내는 방법 알려주세요",
    ),
    (
        "ko",
        [O],
        "Billing: subscription lapsed because card expired; how to pay again.",
        "결제 카드가 만료돼서 구독이 끊겼어요. 다시 결제하려면 어떻게 해요?",
    ),
    # ---------------- French chats (4) ----------------
    (
        "fr",
        [DE],
        "Delete all personal data and close the account.",
        "Bonjour, je souhaite que vous supprimiez toutes mes données personnelles et que vous fermiez mon compte. Merci.",
    ),
    (
        "fr",
        [D],
        "Indirect: wants to know what information is held about her.",
        "Est-ce que je peux savoir quelles infos vous avez sur moi ? j'ai juste utilisé votre essai gratuit l'an dernier",
    ),
    (
        "fr",
        [I],
        "Inquiry: server location (EU or Japan) for GDPR.",
        "Vos serveurs sont-ils situés dans l'UE ou au Japon ? Je me pose la question pour le RGPD.",
    ),
    (
        "fr",
        [O],
        "Decoy: fully uninstall the software.",
        "Comment désinstaller complètement WinGuard ? il reste des fichiers partout après la désinstallation",
    ),
    # ---------------- German chats (4) ----------------
    (
        "de",
        [CO],
        "Changed phone number; asks to update it in the account.",
        "Hallo, meine Telefonnummer hat sich geändert, die neue ist +49 30 0000 1234. Können Sie das bitte in meinem Konto ändern?",
    ),
    (
        "de",
        [DE],
        "Delete the account with all data.",
        "Bitte löschen Sie mein Konto samt aller Daten. Ich nutze Ihr Produkt nicht mehr.",
    ),
    (
        "de",
        [I],
        "Inquiry: what data the agent sends, for the data protection officer.",
        "Welche Daten sendet der WinGuard-Agent eigentlich an Ihre Server? Frage für unseren Datenschutzbeauftragten.",
    ),
    (
        "de",
        [O],
        "Decoy: switch off automatic updates.",
        "Wie kann ich die automatischen Updates abschalten? Die Neustarts stören im Büro.",
    ),
    # ---------------- Spanish chats (4) ----------------
    (
        "es",
        [S, C],
        "Repeated request ignored: grievance plus demand to stop using data for advertising.",
        "Ya les pedí dos veces que dejaran de usar mis datos para publicidad y siguen llegando correos. Dejen de usar mis datos YA. Muy mal servicio.",
    ),
    (
        "es",
        [CO],
        "Negation trap: does not want to unsubscribe/leave, only to change the address.",
        "Hola, no quiero darme de baja, solo cambiar mi dirección porque me mudé. La nueva es Calle del Olmo 23, 2ºB, Valencia. ¿Pueden actualizarla?",
    ),
    (
        "es",
        [O],
        "Decoy: remove a device from the admin console.",
        "¿Cómo elimino un dispositivo de la consola de administración?",
    ),
    (
        "es",
        [O],
        "Sales/product question: Mac version.",
        "¿Tienen versión de WinGuard para Mac con chip M2?",
    ),
]


# ---------------------------------------------------------------------------
# Emails
# ---------------------------------------------------------------------------


def E(key, lang, kinds, note, frm, subject, body, cs="us-ascii", cte="7bit", **kw):
    spec = dict(
        key=key,
        lang=lang,
        kinds=kinds,
        note=note,
        frm=frm,
        subject=subject,
        body=body,
        cs=cs,
        cte=cte,
        html=False,
        html_only=False,
        attach=[],
        headers=[],
        date=None,
        auto=False,
        bounce=False,
        crlf=False,
        hcs=None,
        to=None,
    )
    spec.update(kw)
    return spec


EMAILS: list[dict] = [
    # ======================= Japanese emails (30) =======================
    E(
        "ja_d1",
        "ja",
        [D],
        "Formal APPI Art. 33 disclosure request, electronic delivery, asks about ID documents and fee.",
        ("高野 恵美", "megumi.takano@example.jp"),
        "保有個人データの開示請求について",
        """\
株式会社ウィンテクノ
個人情報お問い合わせ窓口 御中

突然のご連絡失礼いたします。
貴社のセキュリティソフト「WinGuard」を個人で3年ほど利用しております、高野恵美と申します。

個人情報の保護に関する法律第33条に基づき、貴社が保有している私の保有個人データの開示を請求いたします。
開示の方法は、電磁的記録（PDFまたはCSV）での提供を希望いたします。

登録情報は以下のとおりです。
　氏名：高野 恵美
　登録メールアドレス：megumi.takano@example.jp
　お客様番号：WG-2291-0476

本人確認のために必要な書類、および手数料が必要な場合はその金額と支払方法をご教示ください。
どうぞよろしくお願い申し上げます。

--
高野 恵美
megumi.takano@example.jp
""",
        cs="iso-2022-jp",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    E(
        "ja_d2",
        "ja",
        [D],
        "Indirect: a postcard arrived; asks what information is held about him and where it was obtained. Neutral tone, no grievance or deletion.",
        ("村瀬 拓也", "murase.takuya@example.jp"),
        "御社からのハガキについて",
        """\
ウィンテクノ ご担当者様

はじめまして、村瀬と申します。
先週、御社から「WinGuard 新バージョンのご案内」というハガキが自宅に届きました。
ただ、私自身は御社の製品を購入した記憶がなく、どこで住所をお伝えしたのか思い出せずにおります。
もしかすると数年前に家電量販店でパソコンを買った際、何かのキャンペーンに応募したのかもしれません。

つきましては、御社が私についてどのような情報をお持ちなのか、また、その情報をどちらから取得されたのかを教えていただけないでしょうか。
（ハガキの宛名は「村瀬 拓也 様」で、住所は現住所でした）

お手数ですが、よろしくお願いいたします。

村瀬 拓也
""",
        cs="utf-8",
        cte="quoted-printable",
        headers=[("User-Agent", "Mozilla Thunderbird")],
    ),
    E(
        "ja_co1",
        "ja",
        [CO],
        "Change of registered address after moving (old and new address given).",
        ("小野寺 悠", "onodera.yu@example.jp"),
        "登録住所変更のお願い",
        """\
お世話になっております。
WinGuard 年間ライセンスを利用しております小野寺と申します。

4月末に転居いたしましたので、登録住所の変更をお願いいたします。

　旧住所：〒169-0000 東京都新宿区大久保9-9-9 メゾン大久保305
　新住所：〒330-0000 埼玉県さいたま市浦和区高砂9-9-9 浦和テラス1102

来月届く予定の更新案内やライセンス証書も、新住所宛てにお送りいただけますと幸いです。
なお、電話番号とメールアドレスに変更はございません。

以上、よろしくお願いいたします。

――――――――――――――――
小野寺 悠（おのでら ゆう）
onodera.yu@example.jp
――――――――――――――――
""",
        cs="iso-2022-jp",
        headers=[("X-Mailer", "Becky! ver. 2.81.04")],
    ),
    E(
        "ja_co2",
        "ja",
        [CO],
        "Vague subject. Contract contact person asks to update her own affiliation and phone number (personal data of an individual).",
        ("石黒 千晴", "ishiguro@kanedasekkei.example.jp"),
        "お問い合わせ",
        """\
株式会社ウィンテクノ
サポートご担当者様

いつもお世話になっております。
有限会社カネダ設計の石黒です。

弊社ではWinGuard Cloudを10ライセンス契約しており、私が契約担当者として登録されております。
4月の組織変更で所属と連絡先が変わりましたので、御社に登録されている私の担当者情報を下記のとおり更新していただけますでしょうか。

　所属：総務部 → 管理本部 総務グループ
　電話番号：03-0000-4512 → 03-0000-4588（直通）

メールアドレスは変更ございません。
お手数をおかけしますが、よろしくお願いいたします。

有限会社カネダ設計
管理本部 総務グループ
石黒 千晴
""",
        cs="shift_jis",
        cte="base64",
    ),
    E(
        "ja_co3",
        "ja",
        [CO],
        "Negation trap: decides NOT to withdraw; asks only to change the registered email. The quoted support mail about withdrawal and deletion is context only.",
        ("宮下 亮介", "r.miyashita@example.net"),
        "Re: 退会手続きについて",
        """\
ウィンテクノ サポートセンター
佐藤様

ご丁寧なご案内ありがとうございました。
家族とも相談したのですが、やはり退会はせず、このまま利用を続けることにしました。
お手数をおかけしてすみません。

その代わりというわけではないのですが、登録メールアドレスが古いプロバイダのもので、来月で使えなくなります。
アカウントはそのままで、メールアドレスだけ下記に変更していただけますでしょうか。

　現在：r.miyashita@example.net
　変更後：miyashita.ryosuke@example.org

よろしくお願いいたします。
宮下

-----Original Message-----
差出人: ウィンテクノ サポートセンター <support@win-techno.com>
送信日時: 2025年5月20日 16:12
宛先: r.miyashita@example.net
件名: 退会手続きについて

宮下 亮介 様

お問い合わせいただきありがとうございます。
退会をご希望の場合は、マイページの「アカウント設定」から手続きいただけます。
あわせて登録情報の削除をご希望の場合は、本メールにその旨ご返信ください。
退会後はライセンスの再発行ができなくなりますのでご注意ください。

ウィンテクノ サポートセンター 佐藤
""",
        cs="iso-2022-jp",
        html=True,
        headers=[
            ("In-Reply-To", "<20250520161200.5521@win-techno.com>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
    ),
    E(
        "ja_s1",
        "ja",
        [S],
        "Stop postal and email direct marketing and stop using her data for sales promotion; keeps contract notices.",
        ("飯田 直子", "naoko.iida@example.jp"),
        "ダイレクトメール送付停止のお願い",
        """\
ご担当者様

いつもWinGuardを利用させていただいております。飯田と申します。

毎月のように新製品やキャンペーンのダイレクトメール（封書）が届いておりますが、今後は送付を停止していただけますでしょうか。
また、メールでの販促案内についても同様に不要です。私の登録情報を販売促進の目的で利用することは、今後お控えいただけますようお願いいたします。

ライセンスの更新案内など、契約に関するご連絡は引き続き受け取りたいと思っております。

飯田 直子
""",
        cs="iso-2022-jp",
    ),
    E(
        "ja_s2",
        "ja",
        [S],
        "Formal request (APPI Art. 35) to stop provision of his data to resellers and partners.",
        ("岡部 誠", "okabe.makoto@example.com"),
        "第三者提供の停止について",
        """\
株式会社ウィンテクノ
個人情報保護管理者 様

貴社プライバシーポリシー第6条に「販売代理店および提携事業者へ顧客情報を提供することがある」旨の記載がございます。
私の個人データについては、これらの第三者への提供を停止していただくよう請求いたします（個人情報保護法第35条）。

対象となる登録情報：
 氏名：岡部 誠
 メール：okabe.makoto@example.com
 お客様番号：WG-8830-1127

対応完了の際は、その旨をメールにてご連絡ください。

岡部 誠
""",
        cs="utf-8",
        cte="base64",
    ),
    E(
        "ja_s3",
        "ja",
        [S],
        "Negation trap: does not want account or data deleted; only wants the newsletter and promo mails stopped.",
        ("杉浦 佳奈", "kana_sugiura@example.jp"),
        "メルマガについて",
        """\
こんにちは。
WinGuardは便利に使わせてもらっています。

メルマガと新製品のお知らせメールがけっこうな頻度で届くのですが、正直読んでいないので、今後は送らないでいただけますか。
アカウントやデータを削除してほしいわけではありません（ソフトは引き続き使います）。あくまで宣伝のメールだけ止めていただければ大丈夫です。

よろしくお願いします。
杉浦
""",
        cs="shift_jis",
        cte="8bit",
    ),
    E(
        "ja_de1",
        "ja",
        [DE],
        "Formal: withdraw membership and delete all personal data held.",
        ("森本 健一", "k-morimoto@example.jp"),
        "退会および個人情報削除のお願い",
        """\
株式会社ウィンテクノ御中

平素より大変お世話になっております。
このたび、パソコンを処分し、WinGuardの利用を終了することにいたしました。

つきましては、会員登録を抹消のうえ、貴社が保有している私の個人情報（氏名、住所、電話番号、メールアドレス、購入履歴等）をすべて削除していただきますよう、お願い申し上げます。
削除が完了しましたら、ご一報いただけますと幸いです。

会員番号：WG-5520-0913
氏名：森本 健一

何卒よろしくお願いいたします。
""",
        cs="iso-2022-jp",
    ),
    E(
        "ja_de2",
        "ja",
        [DE],
        "HTML-only. Trial not adopted; asks to delete the personal data entered at sign-up and close the trial account.",
        ("浅井 由香里", "yukari.asai@haruka.example.org"),
        "アカウント削除",
        """\
ウィンテクノ ご担当者様

お世話になります。株式会社ハルカゼ企画の浅井と申します。

先月、社内検討のためWinGuard Cloudの無料トライアルに申し込みましたが、今回は導入を見送ることになりました。

トライアル申込時に入力した私の氏名・会社名・電話番号・メールアドレスなどの情報は、もう必要ありませんので削除していただけますでしょうか。
トライアル用のアカウントも閉じていただいて構いません。

よろしくお願いいたします。

浅井 由香里
株式会社ハルカゼ企画 情報システム課
""",
        cs="utf-8",
        cte="quoted-printable",
        html_only=True,
    ),
    E(
        "ja_m1",
        "ja",
        [D, DE],
        "Former admin of a customer company: (1) disclose what is held about him, (2) then delete it. Calls mentioned as background, not as a grievance.",
        ("大西 智之", "ohnishi.t@example.net"),
        "前職で登録された個人情報について",
        """\
株式会社ウィンテクノ
個人情報のお問い合わせ窓口 ご担当者様

突然のご連絡失礼いたします。大西智之と申します。

私は昨年3月まで北浜ロジテック株式会社に勤務しており、その際、同社のWinGuard契約の管理者として、私の氏名・携帯電話番号・メールアドレスが御社に登録されておりました。
退職後も私の携帯電話に御社から更新のご案内のお電話をいただくことがあり、まだ情報が残っているのではないかと思っております。

つきましては、以下の2点をお願いいたします。
1. 現在、御社が私個人に関してどのような情報を保有しているか、開示していただきたい
2. 開示いただいた後、それらの情報をすべて削除していただきたい

なお、同社の契約自体については現在の担当者にお問い合わせください。私は関与しておりません。

大西 智之
携帯：090-0000-7315
""",
        cs="iso-2022-jp",
    ),
    E(
        "ja_m2",
        "ja",
        [CO, C],
        "Third address-change request: grievance about mail still going to the old address (strangers see her data) plus demand to correct the address.",
        ("平田 理沙", "risa.hirata@example.jp"),
        "住所変更が反映されていません（3回目の連絡です）",
        """\
ウィンテクノ サポートご担当者様

平田です。住所変更の件で、今回で3回目のご連絡になります。

2月と4月にこの窓口へ転居の連絡をし、いずれも「承りました」とご返信をいただきました。
ところが先週、更新のご案内がまた旧住所に届いたと、旧住所に今住んでいる方からわざわざ転送していただきました。
見ず知らずの方に私の氏名や契約内容が書かれた郵便物を見られているかと思うと、正直かなり不快ですし、御社の管理体制に不信感を持っています。

今度こそ、登録住所を下記の新住所に確実に修正してください。

　新住所：〒460-0000 愛知県名古屋市中区栄9-9-9 栄パークサイド801

修正が完了したら、必ずメールでご連絡ください。

平田 理沙
""",
        cs="iso-2022-jp",
        html=True,
    ),
    E(
        "ja_m3",
        "ja",
        [D, C],
        "Follow-up on an unanswered disclosure request: expresses disappointment (complaint) and asks again for disclosure. Quoted acknowledgement is context.",
        ("吉岡 俊", "shun.yoshioka@example.com"),
        "Re: 【受付番号 WT-0412】開示請求受付のお知らせ",
        """\
ウィンテクノ 個人情報お問い合わせ窓口 御中

吉岡です。
下記のとおり4月7日に受付のご連絡をいただいた開示請求について、1か月半が経過しましたが、その後何のご連絡もいただけておりません。
本人確認書類もご指示どおり4月10日に郵送済みです。

法律上、開示請求には遅滞なく対応していただけるものと理解しておりますが、この対応には大変失望しております。
改めて、私の保有個人データの開示を早急にお願いいたします。あわせて、現在の対応状況と回答予定日をお知らせください。

吉岡 俊

> 吉岡 俊 様
>
> 個人情報の開示請求を受け付けました。
> 受付番号：WT-0412
> 本人確認書類を確認のうえ、順次対応いたします。
> 書類の到着から原則2週間程度で回答いたします。
>
> 株式会社ウィンテクノ 個人情報お問い合わせ窓口
""",
        cs="iso-2022-jp",
        date=datetime(2025, 5, 26, 8, 41, 5, tzinfo=timezone(timedelta(hours=9))),
        headers=[("In-Reply-To", "<20250407101500.0412@win-techno.com>")],
    ),
    E(
        "ja_m4",
        "ja",
        [D, S],
        "Requests disclosure of third-party provision records and stopping future third-party provision. Background about unknown callers explicitly not blamed on Win Techno.",
        ("桑原 美穂", "kuwabara-miho@example.org"),
        "第三者提供記録の開示請求および提供停止のお願い",
        """\
株式会社ウィンテクノ 御中

桑原美穂と申します。WinGuardの個人向けライセンスを利用しています。

最近、面識のない複数の会社（保険やパソコン教室など）から電話が来るようになりました。
御社が原因かどうかは分かりませんが、念のため確認したく、次のとおり請求いたします。

(1) 個人情報保護法に基づき、私の個人データを第三者に提供した記録（提供先、提供日、提供した項目）の開示
(2) 今後、私の個人データを第三者に提供することの停止

ご回答は書面またはメールのいずれでも構いません。

桑原 美穂
〒600-0000 京都府京都市下京区9-9-9
""",
        cs="utf-8",
        cte="base64",
    ),
    E(
        "ja_c1",
        "ja",
        [C],
        "Complaint: received a mail containing another customer's name, address and licence key. '削除しました' refers to the customer deleting the misdelivered mail, not a request.",
        ("中川 陽介", "nakagawa.yosuke@example.jp"),
        "他人の個人情報が記載されたメールが届きました",
        """\
ご担当者様

本日 10:32 に御社から「ライセンス更新完了のお知らせ」というメールを受信しましたが、宛名も本文の氏名・住所・ライセンスキーも私とはまったく別の方のものでした。
明らかに誤送信だと思います。

こちらでは該当メールはすでに削除しましたが、他人の住所やライセンスキーがこんなに簡単に別人に届いてしまうのは、セキュリティ製品を扱う会社としてどうなのかと思います。
逆に、私の情報もどこかの誰かに送られているのではないかと心配です。

中川 陽介
""",
        cs="iso-2022-jp",
    ),
    E(
        "ja_c2",
        "ja",
        [C],
        "Complaint: excessive ID documents demanded for an earlier email-change request; no new request in this text.",
        ("藤森 綾", "aya.fujimori@example.net"),
        "本人確認書類について",
        """\
ウィンテクノ 個人情報窓口 ご担当者様

藤森です。先日メールアドレスの変更をお願いした件で、「本人確認のため運転免許証と住民票の写し、健康保険証の写しを郵送してください」とのご返信をいただきました。

メールアドレスの変更ひとつに、なぜ公的書類を3種類も送る必要があるのでしょうか。しかも郵送先の説明もなく、送った書類がいつ廃棄されるのかも書かれていません。
個人情報を守るためと言いながら、必要以上の個人情報を集めようとしているように見えて、とても納得できません。

正直、これではこちらの情報を預けるのが不安です。

藤森 綾
""",
        cs="shift_jis",
        cte="base64",
    ),
    E(
        "ja_c3",
        "ja",
        [C],
        "Complaint: support phone number used for sales calls (beyond purpose). No explicit request to stop, so not suspension (explicit requests only).",
        ("久保田 浩二", "kubota.koji@example.jp"),
        "営業のお電話について",
        """\
株式会社ウィンテクノ ご担当者様

久保田と申します。

先日、勤務中に私の個人の携帯電話へ、御社の営業の方から法人向け製品のご案内のお電話がありました。
この番号は、自宅のパソコンのサポートを受ける際に「連絡先」として登録したもので、営業に使ってよいとお伝えした覚えは一切ありません。

サポートのために預けた情報を、本人に断りもなく営業に使うのは、利用目的の範囲を超えているのではないでしょうか。
個人情報の取り扱いについて、御社の社内ルールはどうなっているのか、大変疑問に思っております。

久保田 浩二
""",
        cs="iso-2022-jp",
        html=True,
    ),
    E(
        "ja_i1",
        "ja",
        [I],
        "Inquiry from a prospective corporate customer: purposes of use, overseas transfer/outsourcing, retention after contract end (not a deletion request).",
        ("佐々木 隆之", "sasaki@minamo-seiki.example.jp"),
        "【ご質問】個人情報の取扱いについて（導入検討中）",
        """\
株式会社ウィンテクノ ご担当者様

お世話になっております。株式会社ミナモ精機 情報システム部の佐々木でございます。
現在、社内PC約120台へのWinGuard Cloud導入を検討しております。

社内の個人情報保護委員会への説明資料を作成するにあたり、以下の点についてご教示いただけますでしょうか。

1. 管理コンソールに登録する従業員の氏名・メールアドレスの利用目的
2. 上記の情報を外国にある第三者（海外のクラウド事業者等）へ提供、または委託しているか
3. 委託している場合、その国名
4. 契約終了後、これらの情報が削除されるまでの期間

お忙しいところ恐縮ですが、よろしくお願いいたします。

------------------------------------------
株式会社ミナモ精機
情報システム部
佐々木 隆之
TEL: 0120-000-123
------------------------------------------
""",
        cs="iso-2022-jp",
    ),
    E(
        "ja_i2",
        "ja",
        [I],
        "Inquiry about cookie types and whether browsing history goes to ad vendors.",
        ("高橋 蓮", "ren.takahashi@example.com"),
        "Cookieについて",
        """\
こんにちは。
御社ウェブサイトを閲覧した際に表示されるCookieのバナーについて質問です。

・どのようなCookieを使用しているのか（解析用、広告用など）
・取得した閲覧履歴を広告配信事業者に提供しているのか

プライバシーポリシーを読んだのですが、具体的な事業者名が書かれていなかったので教えていただけると助かります。

高橋
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "ja_i3",
        "ja",
        [I],
        "IT admin asks what the agent sends to Win Techno servers, purposes and retention, to explain to employees.",
        ("江口 さやか", "eguchi@kowa-densetsu.example.jp"),
        "WinGuardが収集する情報について（社員向け説明用）",
        """\
ウィンテクノ サポート窓口 御中

光和電設の江口です。いつもお世話になっております。

社員から「会社のPCに入っているWinGuardが、自分のネット閲覧履歴やファイルの中身を御社に送っているのではないか」という問い合わせが複数寄せられています。
社内向けに説明文を作りたいので、WinGuardのエージェントが御社のサーバーへ送信する情報の種類（ファイル名、URL、ユーザー名など）と、その利用目的を教えていただけますでしょうか。

また、送信された情報が御社でどのくらいの期間保存されるかも分かれば助かります。

よろしくお願いいたします。
光和電設株式会社 総務部 情報管理課
江口 さやか
""",
        cs="iso-2022-jp",
    ),
    E(
        "ja_i4",
        "ja",
        [I],
        "Negation trap: retention questions (support mails, call recordings, after contract end); explicitly not a deletion request.",
        ("大塚 真一", "s.otsuka@example.jp"),
        "サポート履歴の保存期間",
        """\
お世話になります。大塚と申します。

今後の参考までにお伺いしたいのですが、サポート窓口とのメールのやり取りや、電話サポートの通話録音は、御社でどれくらいの期間保存されているのでしょうか。
また、もし将来的にWinGuardの契約を終了した場合、これらの記録はいつ頃削除されるのでしょうか。

現時点で削除をお願いしたいということではなく、あくまで社内規程の確認のための質問です。

大塚
""",
        cs="utf-8",
        cte="quoted-printable",
        html=True,
    ),
    E(
        "ja_o1",
        "ja",
        [O],
        "Decoy: void ('削除') a duplicate invoice and reissue the correct PDF.",
        ("野口 美紀", "noguchi@teraoka.example.jp"),
        "請求書の重複について",
        """\
ウィンテクノ 御中

いつもお世話になっております。テラオカ商事 経理部の野口です。

5月分の請求書（請求書番号 INV-250531-0088）が、郵送とメールで内容の異なるものが2通届いております。
金額が正しいのはメールで届いたほうかと思いますので、郵送分は御社側で取り消し（削除）のご処理をお願いできますでしょうか。
あわせて、正しい請求書のPDFを再発行いただけますと助かります。

よろしくお願いいたします。

株式会社テラオカ商事
経理部 野口 美紀
""",
        cs="iso-2022-jp",
    ),
    E(
        "ja_o2",
        "ja",
        [O],
        "Decoy: change the number of licences; says contract holder details are unchanged.",
        ("坂本 和夫", "sakamoto@sakura-dental.example.jp"),
        "ライセンス数変更のご相談",
        """\
株式会社ウィンテクノ 営業ご担当者様

お世話になっております。
さくら歯科クリニック 事務長の坂本です。

このたび分院を開設することになり、WinGuard のライセンス数を現在の15から25に変更したいと考えております。
変更の手続き方法と、差額分のお見積りをお願いできますでしょうか。

なお、契約者情報（担当者名・請求先など）に変更はございません。

さくら歯科クリニック
事務長 坂本 和夫
""",
        cs="shift_jis",
        cte="8bit",
    ),
    E(
        "ja_o3",
        "ja",
        [O],
        "Decoy: console login error with screenshot attached; 'キャッシュ削除' (clear browser cache) is a troubleshooting step.",
        ("小池 翔太", "koike@maruyama-denki.example.jp"),
        "管理コンソールにログインできません",
        """\
ご担当者様

いつもお世話になっております。
今朝から WinGuard 管理コンソールにログインしようとすると「E-4031 セッションの確立に失敗しました」と表示され、先に進めません。
ブラウザのキャッシュ削除、別ブラウザ（Edge/Chrome）での確認は実施済みです。
画面のキャプチャを添付いたしますので、ご確認をお願いいたします。

──
丸山電機株式会社 システム管理
小池 翔太
""",
        cs="iso-2022-jp",
        attach=[("png", "capture.png")],
    ),
    E(
        "ja_o4",
        "ja",
        [O],
        "Decoy: SEO spam with '配信停止' line and a privacy-policy footer.",
        ("Webマーケティング支援室", "info@seo-boost.example.net"),
        "【無料診断】貴社サイトの集客、まだ伸ばせます",
        """\
ご担当者様

突然のご連絡失礼いたします。
株式会社ブーストリンク 営業部でございます。

貴社ホームページを拝見し、検索順位にまだまだ伸びしろがあると感じ、ご連絡いたしました。
現在、先着10社様限定で「SEO無料診断」を実施しております。
診断は最短3日、費用は一切かかりません。ご興味がございましたら、本メールにご返信ください。

※本メールは、貴社ウェブサイトにて公開されている連絡先宛にお送りしております。
※今後のご案内が不要な場合は、お手数ですが本メールに「配信停止」とご返信ください。
※個人情報の取扱いについては当社プライバシーポリシーをご覧ください。
""",
        cs="utf-8",
        cte="base64",
        html=True,
    ),
    E(
        "ja_o5",
        "ja",
        [O],
        "Decoy: export scan results as CSV and bulk-delete old scan logs in the console.",
        ("西村 大輔", "nishimura@aoba-kogyo.example.jp"),
        "スキャンログのエクスポートと削除方法",
        """\
お世話になっております。青葉工業の西村です。

内部監査の対応で、過去6か月分のスキャン結果を一覧で提出する必要があります。
管理コンソールからスキャン結果をCSV等でエクスポートする方法を教えてください。

また、提出後はコンソール上の古いスキャンログを削除して容量を空けたいのですが、一括削除の手順もあわせて教えていただけますでしょうか。

青葉工業株式会社 情報システム課
西村 大輔
""",
        cs="iso-2022-jp",
    ),
    E(
        "ja_o6",
        "ja",
        [O],
        "Decoy: sales quote request; the confidentiality disclaimer says 'delete this mail'.",
        ("長谷川 淳", "hasegawa@aobakai.example.jp"),
        "お見積りのお願い",
        """\
株式会社ウィンテクノ 営業ご担当者様

はじめてご連絡いたします。医療法人社団青葉会 事務局の長谷川と申します。
当法人の3施設（PC計約60台）でウイルス対策ソフトの入れ替えを検討しております。
WinGuard Cloud の3年契約の場合のお見積りと、導入支援サービスの有無をご教示ください。

医療法人社団青葉会 事務局
長谷川 淳

本メールおよび添付ファイルには、機密情報が含まれている場合があります。
本メールを誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。
本メールの無断転載・複製・第三者への開示を禁じます。
""",
        cs="iso-2022-jp",
    ),
    E(
        "ja_o7",
        "ja",
        [O],
        "Decoy: stop auto-renewal of the licence (billing); button greyed out.",
        ("宇野 さおり", "uno.saori@example.jp"),
        "自動更新停止の手続きについて",
        """\
お世話になっております。

来年度から社内のセキュリティ製品を統一することになり、WinGuard の自動更新を停止したいと考えております。
現在のライセンス期限（8月31日）までは引き続き利用します。

マイページの「契約情報」から自動更新をオフにしようとしたのですが、ボタンがグレーアウトしていて操作できません。
停止の手続き方法を教えてください。

宇野
""",
        cs="utf-8",
        cte="base64",
    ),
    E(
        "ja_a1",
        "ja",
        [],
        "Out-of-office auto-reply (RFC 3834 Auto-Submitted); subject quotes a deletion-related Win Techno mail.",
        ("松井 雅子", "matsui@ogura-kogyo.example.jp"),
        "【自動返信】Re: 【ウィンテクノ】個人情報削除のご依頼について",
        """\
（このメールは自動返信です）

お問い合わせありがとうございます。
誠に恐れ入りますが、6月9日（月）から6月13日（金）まで出張のため不在にしております。
期間中はメールを確認できない場合がございます。6月16日（月）以降、順次ご返信いたします。

お急ぎの場合は、総務課（somu@ogura-kogyo.example.jp / 06-0000-2210）までご連絡ください。

小倉工業株式会社 総務課 松井
""",
        cs="iso-2022-jp",
        auto=True,
        date=datetime(2025, 6, 10, 9, 2, 11, tzinfo=timezone(timedelta(hours=9))),
        headers=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("In-Reply-To", "<20250610090000.7781@win-techno.com>"),
        ],
    ),
    E(
        "ja_a2",
        "ja",
        [],
        "Helpdesk receipt acknowledgement (X-Autoreply only); quoted subject mentions a disclosure request.",
        ("錦ヶ丘学園 ヘルプデスク", "helpdesk@nishiki.example.org"),
        "【自動送信】お問い合わせを受け付けました [受付番号:HD-250617-0042]",
        """\
本メールはシステムより自動送信しています。このメールに返信されても回答できませんのでご了承ください。

錦ヶ丘学園 情報システム ヘルプデスクにお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

　受付番号：HD-250617-0042
　件名：Re: 個人データ開示請求へのご回答
　受付日時：2025/06/17 14:05

担当者より、3営業日以内にご連絡いたします。
なお、土日祝日および年末年始はお休みをいただいております。

――――――――――
錦ヶ丘学園 情報システム ヘルプデスク
""",
        cs="iso-2022-jp",
        auto=True,
        date=datetime(2025, 6, 17, 14, 5, 37, tzinfo=timezone(timedelta(hours=9))),
        headers=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
    ),
    # ======================= English emails (30) =======================
    E(
        "en_a1",
        "en",
        [],
        "Out-of-office auto-reply; subject quotes a deletion request reference.",
        ("Daniel Whitcombe", "d.whitcombe@example.com"),
        "Automatic reply: Re: Your data deletion request [Ref WT-4410]",
        """\
Thank you for your email. I am out of the office from 23 June until 4 July with limited access to email.

For anything urgent, please contact my colleague Priya Raman at p.raman@example.com.
Otherwise I will respond after my return.

Kind regards,
Daniel Whitcombe
""",
        auto=True,
        date=datetime(2025, 6, 24, 2, 17, 40, tzinfo=timezone(timedelta(hours=1))),
        headers=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("In-Reply-To", "<20250624100500.4410@win-techno.com>"),
        ],
    ),
    E(
        "en_b1",
        "en",
        [],
        "Postfix bounce (user unknown). The returned original is a Win Techno mail confirming deletion: keyword trap.",
        None,
        "Undelivered Mail Returned to Sender",
        None,
        bounce="postfix",
        date=datetime(2025, 6, 12, 11, 3, 27, tzinfo=timezone(timedelta(hours=9))),
    ),
    E(
        "en_b2",
        "en",
        [],
        "Exim bounce (mailbox full) with text/rfc822-headers; the original subject is about a disclosure request: keyword trap.",
        None,
        "Mail delivery failed: returning message to sender",
        None,
        bounce="exim",
        date=datetime(2025, 7, 1, 6, 44, 9, tzinfo=timezone(timedelta(hours=0))),
    ),
    E(
        "en_d1",
        "en",
        [D],
        "Formal access request: copy of data, purposes, recipients, retention, source.",
        ("Helen Marsh", "helen.marsh@example.org"),
        "Subject Access Request",
        """\
Dear Sir or Madam,

I am writing to make a request for access to my personal data. I have been a WinGuard customer since 2021 (customer ID WG-7741-0385). I live in the UK, although I understand your company is based in Japan and subject to the APPI.

Please provide me with:

  - a copy of all personal data you hold about me, in electronic form;
  - the purposes for which it is processed;
  - the recipients or categories of recipients to whom it has been disclosed, including any outside Japan;
  - how long you intend to keep it; and
  - where you obtained it, if not from me.

I can provide identification if needed. I look forward to hearing from you within one month.

Yours faithfully,
Helen Marsh
""",
    ),
    E(
        "en_d2",
        "en",
        [D],
        "Indirect: vague subject; a scam call (not blamed on the company) prompts him to ask for whatever is on file about him.",
        ("Ray Okafor", "rokafor@example.net"),
        "Question",
        """\
Hi there,

Odd one. Last week somebody rang me saying they were “calling from WinGuard about my expiring protection” and wanted my card details. I hung up — I’m pretty sure it was a scam and nothing to do with you.

But it got me thinking: I did buy WinGuard a couple of years ago and I honestly don’t remember what I gave you. Could you send me whatever you’ve got on file for me under this email address? Name, phone, address, payment info, whatever it is. Just want to know what’s out there.

Cheers,
Ray
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "en_d3",
        "en",
        [D],
        "Portability/export of his personal account data (profile, login history, tickets); explicitly not the scan reports.",
        ("Tomasz Wierzbicki", "t.wierzbicki@example.com"),
        "Data portability request - WinGuard Cloud account",
        """\
Hello,

I'm moving our small office to a different endpoint product and I'd like to take my own account data with me.

Could you provide an export of the personal data associated with my WinGuard Cloud login (t.wierzbicki@example.com) in a machine-readable format? JSON or CSV is fine. I mean things like my profile details, contact preferences, login history and the support tickets I've opened.

I do not need the scan reports or the device inventory; I can pull those from the console myself.

Thanks,
Tomasz Wierzbicki
""",
        html=True,
    ),
    E(
        "en_co1",
        "en",
        [CO],
        "Name change (back to maiden name) and new email address on the account.",
        ("Laura Bennett", "laura.bennett@example.com"),
        "Updating my details",
        """\
Hello,

I've recently gone back to my maiden name, so the name on my WinGuard account (currently Laura Pryce) should now read Laura Bennett. I've also set up a new email address, laura.bennett@example.com, which is the one I'm writing from; the old address (lpryce@example.net) will be closed at the end of the month.

Could you please update both on my account? My licence key starts with WGH-44Q.

Many thanks,
Laura
""",
    ),
    E(
        "en_co2",
        "en",
        [CO],
        "Reply to a shipping notice: asks to update the address on his account. Quoted notice is context only.",
        ("Marcus Delaney", "mdelaney@example.net"),
        "Re: Your WinGuard order #88213 has shipped",
        """\
Hi,

Just a heads-up: the shipping address on this order was my old flat. I moved in February and clearly forgot to tell you. The parcel got forwarded, so no harm done.

Could you update the address on my account so the next renewal pack goes to the right place? New address:

  Marcus Delaney
  Flat 2, 41 Kestrel Road
  Brighton BN0 0ZZ

Thanks!
Marcus

On Tue, 3 Jun 2025 at 08:15, WinGuard Store <store@win-techno.com> wrote:
> Hello Marcus,
>
> Good news! Your order #88213 (WinGuard Home, 3 devices, USB edition) has shipped.
>
> Delivery address:
> Marcus Delaney
> 12B Hollis Street
> Brighton BN0 0AA
>
> If any of these details are wrong, please contact us.
>
> The WinGuard Store team
""",
        date=datetime(2025, 6, 5, 19, 26, 3, tzinfo=timezone(timedelta(hours=1))),
        headers=[("In-Reply-To", "<88213.20250603081500@store.win-techno.com>")],
    ),
    E(
        "en_s1",
        "en",
        [S],
        "Formal opt-out of sharing/sale to third parties (resellers, ad networks).",
        ("Gregory Shaw", "gshaw@example.org"),
        "Opt-out",
        """\
To whom it may concern,

I do not consent to my personal information being shared with or sold to any third party, including your resellers, "partners" and advertising networks. Please treat this email as my formal opt-out and stop providing my details to anyone outside your company.

Account email: gshaw@example.org

G. Shaw
""",
    ),
    E(
        "en_s2",
        "en",
        [S],
        "Negation trap: 'rather than deleting my account' - keep the account, stop using usage data for analytics/marketing. Quoted mail about deletion is context.",
        ("Amira Haddad", "amira.haddad@example.com"),
        "Re: We're sorry to see you go",
        """\
Hi,

Thanks for the quick reply. Having thought about it, I'd rather not close my account or have anything deleted; WinGuard itself works fine for me.

What actually bothers me is the "personalised offers" and the product analytics. Rather than deleting my account, could you just stop using my usage data for analytics and marketing? If that's a setting I can change myself, point me to it.

Best,
Amira Haddad

-----Original Message-----
From: WinGuard Support <support@win-techno.com>
Sent: Monday, June 2, 2025 10:41 AM
To: Amira Haddad <amira.haddad@example.com>
Subject: We're sorry to see you go

Dear Amira,

We have received your request about closing your WinGuard account. Please note that closing the account will permanently delete your licence history and personal data. Reply to this email to confirm that you want to proceed.

Kind regards,
WinGuard Support
""",
        cs="utf-8",
        cte="base64",
        date=datetime(2025, 6, 3, 13, 2, 51, tzinfo=timezone(timedelta(hours=-4))),
    ),
    E(
        "en_de1",
        "en",
        [DE],
        "Short, lowercase: remove email and all other data from the database.",
        ("", "kev.brennan@example.net"),
        "delete me",
        """\
hi

signed up for the winguard free trial like 4 years ago, never bought it. please remove my email and whatever else you have on me from your database. dont need a confirmation email either thanks

kevin
""",
    ),
    E(
        "en_de2",
        "en",
        [DE],
        "HTML-only: close account and delete personal data except invoices kept for tax.",
        ("Sophie Tran", "sophie.tran@example.com"),
        "Account closure request",
        """\
Dear WinGuard team,

I would like to close my WinGuard account (customer number WG-6120-3358) and have my personal data deleted.

I understand you may need to retain invoices for tax purposes. Apart from those, please erase my name, address, phone number and login details.

Please confirm once this is done.

Regards,
Sophie Tran
""",
        html_only=True,
    ),
    E(
        "en_de3",
        "en",
        [DE],
        "Parent asks (with typos) to delete her minor son's account and data. Her discomfort is not a grievance about company handling.",
        ("Donna Pike", "donna.pike@example.com"),
        "pls remove my sons account",
        """\
Hello,

my son (hes 14) signed up for your free antivirus with his school email adress, his full name and birthday, without asking me. Im not comfortable with a company having his details, he's a minor. Can you please delete his acount and everything you have on him?

His email is jpike2011@students.example.org

Thank you
Donna Pike
""",
    ),
    E(
        "en_m1",
        "en",
        [S, C],
        "Unsubscribe ignored: grievance plus demand to stop using his address for marketing.",
        ("Nathan Cole", "n.cole@example.com"),
        "STILL getting marketing emails",
        """\
I clicked "unsubscribe" on your newsletter on 3 March. Since then I have received SIX more promotional emails from you, the latest one this morning ("Summer deals on WinGuard Family!").

This is not a technical glitch at this point. Stop using my email address for marketing. Immediately.

And frankly, for a security company not to be able to honour a simple unsubscribe is embarrassing.

N. Cole
""",
    ),
    E(
        "en_m2",
        "en",
        [DE, C],
        "Badge scan at a trade show turned into marketing without consent (complaint); asks for deletion only, no explicit stop request.",
        ("Olivia Grant", "olivia.grant@example.org"),
        "I never signed up for this",
        """\
Hello,

I stopped by your booth at the security expo in Osaka in April and let one of your staff scan my badge for a free USB stick. I did not agree to be put on a mailing list, yet I now get your newsletter and a "personal follow-up" from a sales rep every other week.

Scanning a badge for a giveaway is not consent to marketing, and nobody told me my details would be used this way. I'm quite annoyed.

Please delete all the data you collected from my badge scan (name, company, job title, email, phone) and confirm when it's done.

Olivia Grant
""",
        html=True,
    ),
    E(
        "en_m3",
        "en",
        [S, DE],
        "Two requests: take off mailing list / no promotional use (suspension) and delete the unfinished beta profile (deletion). Quoted marketing mail is context.",
        ("Ben Hollis", "ben.hollis@example.net"),
        "RE: Welcome to the WinGuard Insider programme!",
        """\
Hi,

Not sure how I ended up in this programme - I think I clicked something during the beta sign-up and never finished it.

Two things please:
1) take me off the Insider mailing list and don't use my details for promotions any more;
2) delete the half-finished beta sign-up profile as well, I won't be completing it.

Ben

-----Original Message-----
From: WinGuard Insider <insider@win-techno.com>
Sent: 28 May 2025 09:00
To: ben.hollis@example.net
Subject: Welcome to the WinGuard Insider programme!

Hi Ben,

Welcome aboard! As an Insider you'll get early access to new features, monthly tips and exclusive offers.

You're receiving this email because you signed up for the WinGuard beta. To stop receiving these emails, unsubscribe here. To delete your profile, visit your account settings.
""",
    ),
    E(
        "en_m4",
        "en",
        [D, DE, C],
        "Suspected breach (complaint); wants to know what is held and who it was shared with (disclosure), then deletion and account closure.",
        ("Yusuf Demir", "yusuf.demir@example.com"),
        "Possible data breach?",
        """\
Hello,

Yesterday I received a very convincing phishing email. It addressed me by my full name, quoted my WinGuard customer number (WG-3307-5581) and the renewal date of my licence, and asked me to “re-confirm” my card details on a fake site.

The only company that has that combination of information is you. Either you’ve had a breach or one of your vendors has, and I haven’t heard a word from you about it. I’m not happy.

I want to know exactly what personal data you hold about me and which companies you’ve shared it with. Once I have that, I want all of it deleted and my account closed.

Yusuf Demir
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "en_c1",
        "en",
        [C],
        "Complaint: support calls recorded without notice while she gave address and birth date. No request.",
        ("Priscilla Vance", "p.vance@example.org"),
        "Recording of my support call",
        """\
Hello,

During my support call on Tuesday (ticket 221-907), the agent mentioned that he could "play back" what I had said on an earlier call. Nobody told me at any point that calls were being recorded. There was no announcement at the start and I certainly didn't agree to it.

I read out my home address and date of birth on that call for verification. Recording that without telling people is not acceptable, and I'd expect better from a security company.

Priscilla Vance
""",
    ),
    E(
        "en_c2",
        "en",
        [C],
        "Complaint: cookie banner lacks a reject option, ad cookies on by default (consent handling).",
        ("Martin Keogh", "m.keogh@example.net"),
        "Your cookie banner",
        """\
Hi,

Your website's cookie banner only has two options: "Accept all" and "Settings". To reject the tracking cookies you have to open Settings and untick eleven separate vendors one by one, and the advertising ones are switched on by default.

That isn't meaningful consent, it's a dark pattern, and it's pretty ironic coming from a company that sells privacy and security software.

Martin Keogh
""",
        html=True,
    ),
    E(
        "en_c3",
        "en",
        [C],
        "Complaint: got marketing after a confirmed deletion; no new request. Quoted deletion confirmation is context.",
        ("Hannah Osei", "hannah.osei@example.com"),
        "Re: Your deletion request has been completed",
        """\
You told me below that my personal data was deleted on 2 May. On 20 May I received a "We miss you, Hannah!" email with a discount code for WinGuard.

So either the deletion didn't actually happen or someone kept a copy of my details for marketing. Either way it's not what you promised, and I'm very disappointed.

Hannah

On Fri, 2 May 2025 at 17:20, WinGuard Privacy Team <support@win-techno.com> wrote:
> Dear Hannah Osei,
>
> We are writing to confirm that your request to delete your personal data
> (reference DEL-20250428-17) has been completed. Your account has been
> closed and your personal data has been erased from our systems, except
> for records we are required to keep by law.
>
> WinGuard Privacy Team
""",
        headers=[("In-Reply-To", "<DEL-20250428-17.20250502172000@win-techno.com>")],
    ),
    E(
        "en_i1",
        "en",
        [I],
        "Vendor questionnaire: storage countries, sub-processors, retention, breach notification.",
        ("Rachel Nguyen", "r.nguyen@brightwater.example.com"),
        "Vendor privacy questionnaire - Win Techno",
        """\
Hello,

Brightwater Analytics is reviewing WinGuard Cloud as part of our annual vendor assessment. Could you help with a few privacy questions?

1. In which countries is customer data (admin accounts, device names, scan telemetry) stored?
2. Which sub-processors do you use, and do you notify customers when that list changes?
3. What is your retention period for endpoint telemetry and audit logs?
4. What is your process and timeline for notifying customers of a personal data breach?

If you have a standard security/privacy whitepaper that covers these, that would be perfect.

Best regards,
Rachel Nguyen
Procurement & Vendor Risk
Brightwater Analytics
""",
    ),
    E(
        "en_i2",
        "en",
        [I],
        "Inquiry: whether the policy covers EU customers, EU representative 'if I ever needed to' (hypothetical); says no problem to report.",
        ("Chloé Walsh", "chloe.walsh@example.net"),
        "Does your privacy policy apply to me?",
        """\
Hi,

I'm based in Ireland and use WinGuard Home. Your privacy policy only mentions Japan’s APPI. Does it also cover customers in the EU under the GDPR, and do you have an EU representative I could contact if I ever needed to?

Just trying to understand where I stand — no problem to report.

Thanks,
Chloé
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "en_i3",
        "en",
        [I],
        "Inquiry: privacy officer, contact point for privacy requests, certifications (vendor register).",
        ("Stuart Lyle", "s.lyle@example.org"),
        "Privacy contact for vendor register",
        """\
Hi,

We are updating our vendor register and need the following for Win Techno:

- name or title of the person responsible for personal information protection,
- postal address and email for privacy requests,
- whether you hold any certification such as ISO/IEC 27701 or the Privacy Mark.

Thanks in advance,
Stuart Lyle
IT Manager, Lyle & Partners
""",
    ),
    E(
        "en_i4",
        "en",
        [I],
        "Inquiry: what cloud reputation lookups transmit, link to user identity, retention.",
        ("Aiden Park", "aiden.park@example.com"),
        "Cloud reputation lookups in WinGuard 12",
        """\
Hi team,

WinGuard 12 introduced "cloud reputation" lookups. Before we roll it out, our privacy lead would like to understand what exactly gets sent to your servers.

Are full URLs and file hashes transmitted, or only hashes? Is any of it linked to the logged-in Windows user name, and how long are the lookups retained on your side?

Thanks,
Aiden
""",
        html=True,
    ),
    E(
        "en_o1",
        "en",
        [O],
        "Decoy: delete/void a duplicate invoice.",
        ("Linda Farrow", "ap@coastline-freight.example.com"),
        "Invoice INV-30177 sent twice - please delete one",
        """\
Hi,

We received invoice INV-30177 twice, once on 1 June and once on 3 June, with slightly different numbers on the PDF (INV-30177 and INV-30177-A). Please delete or void the duplicate so our AP system doesn't pay it twice, and confirm which one is valid.

Regards,
Linda Farrow
Accounts Payable, Coastline Freight
""",
        date=datetime(2025, 6, 4, 15, 9, 44, tzinfo=timezone(timedelta(hours=10))),
    ),
    E(
        "en_o2",
        "en",
        [O],
        "Decoy: partnership/distribution offer; only the confidentiality disclaimer says 'delete it'.",
        ("Victor Lim", "victor.lim@meridian-it.example.com"),
        "Partnership opportunity - distribution in Southeast Asia",
        """\
Dear Win Techno team,

I'm the business development director at Meridian IT Distribution in Singapore. We distribute endpoint security products to about 900 resellers across Singapore, Malaysia and Indonesia, and we are looking to add a Japanese vendor to our portfolio.

Would you be open to a call in the next few weeks to discuss a distribution agreement for WinGuard Cloud? Happy to share our company profile and reseller numbers under NDA.

Best regards,
Victor Lim
Director, Business Development
Meridian IT Distribution Pte. Ltd.

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
        html=True,
    ),
    E(
        "en_o3",
        "en",
        [O],
        "Technical: full scan stuck at 99% (CRLF line endings).",
        ("Sam Okoro", "sam.okoro@example.net"),
        "Scanner stuck at 99%",
        """\
Hi,

Full scan on my desktop (Windows 11, WinGuard 12.2.0.118) gets stuck at 99% every time, for hours. Quick scan works fine. I already tried reinstalling.

I wanted to attach the log but I can't find where it's saved, so let me know where to look.

Thanks
Sam
""",
        crlf=True,
    ),
    E(
        "en_o4",
        "en",
        [O],
        "Decoy: HTML-only phishing spam ('messages will be deleted', 'reply REMOVE').",
        ("Mail Administrator", "no-reply@mailbox-alert.example.net"),
        "[Action Required] Mailbox storage full - messages will be deleted",
        """\
Dear user,

Your mailbox support@win-techno.com has exceeded its storage limit (99.8%).
Incoming messages will be deleted in 24 hours.

To keep your messages and verify your account, click VERIFY NOW below.

VERIFY NOW: https://mailbox-alert.example.net/verify

Mail Administrator
To unsubscribe from these alerts reply REMOVE.
""",
        html_only=True,
    ),
    E(
        "en_o5",
        "en",
        [O],
        "Decoy: exporting scan results fails; console log attached.",
        ("Imran Qureshi", "i.qureshi@example.org"),
        "Export of scan results fails with error 0x1F",
        """\
Hello,

When I try to export scan results from the management console (Reports > Scan history > Export CSV) I get "Export failed (0x1F)". It happens for any date range longer than 7 days.

I've attached the console log from this morning. Could you advise? We need the export for our ISO audit next week.

Regards,
Imran Qureshi
""",
        attach=[("txt", "console_log.txt")],
    ),
    E(
        "en_o6",
        "en",
        [O],
        "Decoy: remove departed staff's devices from the console to free licences; disclaimer says delete.",
        ("Grace Whitfield", "grace@whitfield-rowe.example.com"),
        "Removing devices of staff who left",
        """\
Hi,

Three people left our company last month and their laptops have been wiped and reissued. In the management console the old device entries are still there and still count towards our 25-licence limit.

How do I remove those devices so the licences are freed up? I can see "Disable" but no "Remove" button.

Thanks,
Grace Whitfield
Office Manager, Whitfield & Rowe

CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient. If you are not the intended recipient, please notify the sender immediately and delete this e-mail and any copies. Any unauthorised use or disclosure is prohibited.
""",
    ),
    # ======================= Chinese emails (4) =======================
    E(
        "zh_m1",
        "zh",
        [D, CO],
        "Two requests: tell/send what personal data is held (disclosure) and update the changed mobile number (correction).",
        ("王芳", "wang.fang@example.com"),
        "关于我的个人信息查询和更正",
        """\
您好，

我是WinGuard的个人用户王芳，账户邮箱 wang.fang@example.com。

有两件事想麻烦你们：
1. 请告诉我贵公司目前保存了我的哪些个人信息（例如姓名、地址、电话、购买记录等），最好能以电子文件的形式发给我。
2. 我的手机号码已经更换，旧号码 138-0000-2261 已停用，新号码是 139-0000-7740，请帮我更新账户里的联系电话。

谢谢！
王芳
""",
        cs="utf-8",
        cte="base64",
    ),
    E(
        "zh_de1",
        "zh",
        [DE],
        "Close the account and delete all personal data.",
        ("陈明", "chen.ming@example.net"),
        "申请注销账户并删除个人资料",
        """\
尊敬的客服：

我已经不再使用WinGuard了，想注销我的账户（注册邮箱：chen.ming@example.net）。
同时请把你们系统里保存的我的个人资料全部删除，包括姓名、电话和收货地址。

处理完成后请回复邮件告知。

陈明
""",
        cs="gb2312",
        cte="base64",
    ),
    E(
        "zh_i1",
        "zh",
        [I],
        "Inquiry: cross-border transfer, data centres in China, Chinese privacy policy.",
        ("刘洋", "liu.yang@example.org"),
        "数据存储位置咨询",
        """\
你好，

我们公司在上海，正在考虑采购WinGuard Cloud。想请问一下：
1. 中国用户的数据会不会传输到日本或者其他国家的服务器？
2. 你们有没有在中国境内的数据中心？
3. 隐私政策有没有中文版本？

谢谢。
刘洋
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "zh_o1",
        "zh",
        [O],
        "Reseller/distribution inquiry.",
        ("张伟", "zhang.wei@xinghe.example.com"),
        "代理合作咨询",
        """\
您好！

我们是深圳一家IT产品分销商，主要面向华南地区的中小企业客户。看到贵公司的WinGuard系列产品，非常感兴趣，希望了解在中国大陆的代理政策、价格体系和技术支持方式。

方便的话，请发一份代理商资料给我们。

张伟
深圳市星河科技有限公司 商务部
电话：+86 755 0000 1234
""",
        cs="gb2312",
        cte="base64",
    ),
    # ======================= Korean emails (4) =======================
    E(
        "ko_co1",
        "ko",
        [CO],
        "Moved: update address and mobile number in member information.",
        ("김민서", "minseo.kim@example.com"),
        "회원정보 수정 요청",
        """\
안녕하세요.

WinGuard 개인 라이선스를 사용 중인 김민서입니다.
최근 이사를 해서 주소와 연락처가 바뀌었습니다. 회원정보를 아래와 같이 수정해 주시기 바랍니다.

- 주소: 서울특별시 마포구 ○○로 12, 301호 → 경기도 성남시 분당구 ○○로 45, 1502호
- 휴대폰: 010-0000-1187 → 010-0000-6642

감사합니다.
김민서 드림
""",
        cs="euc-kr",
        cte="base64",
    ),
    E(
        "ko_de1",
        "ko",
        [DE],
        "Withdraw membership and destroy (delete) personal data except legally required records.",
        ("이준호", "junho.lee@example.net"),
        "탈퇴 및 개인정보 삭제 요청",
        """\
담당자님께,

더 이상 WinGuard를 사용하지 않아 회원 탈퇴를 요청드립니다.
탈퇴와 함께 귀사가 보관하고 있는 제 개인정보(이름, 이메일, 전화번호, 결제 내역 등)도 모두 파기해 주세요.
법적으로 보관해야 하는 정보가 있다면 그 부분은 제외하셔도 됩니다.

처리가 끝나면 메일로 알려주시면 감사하겠습니다.

이준호
""",
        cs="utf-8",
        cte="base64",
    ),
    E(
        "ko_i1",
        "ko",
        [I],
        "Inquiry: retention of support records and who stores card data.",
        ("최유진", "yujin.choi@example.org"),
        "개인정보 보관 기간 문의",
        """\
안녕하세요.

귀사 개인정보 처리방침을 읽어보았는데 궁금한 점이 있어 문의드립니다.

1. 고객 지원 문의 내역은 얼마 동안 보관하나요?
2. 결제 정보(카드 번호 등)는 귀사에서 직접 저장하나요, 아니면 결제 대행사만 보관하나요?

감사합니다.
최유진
""",
        cs="euc-kr",
        cte="base64",
    ),
    E(
        "ko_o1",
        "ko",
        [O],
        "Sales: renewal discount and quote for more seats.",
        ("정태윤", "ty.jung@hanbit-soft.example.com"),
        "라이선스 갱신 할인 문의",
        """\
안녕하세요,

저희 회사는 WinGuard Cloud 30석을 사용 중이며 다음 달 갱신 예정입니다.
3년 일괄 갱신 시 할인이 있는지, 그리고 좌석 수를 40석으로 늘릴 경우 견적을 받을 수 있을지 문의드립니다.

정태윤
한빛소프트 총무팀
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    # ======================= French emails (4) =======================
    E(
        "fr_m1",
        "fr",
        [D, S],
        "Access request (data and purposes) plus objection to use for commercial prospecting incl. partners.",
        ("Élodie Marchand", "elodie.marchand@example.net"),
        "Demande d'accès et opposition à la prospection",
        """\
Madame, Monsieur,

Je suis cliente WinGuard depuis 2022 (n° client WG-4409-2271).

Conformément à la réglementation sur la protection des données, je vous demande :

1. de me communiquer l'ensemble des données personnelles me concernant que vous détenez, ainsi que les finalités pour lesquelles elles sont utilisées ;
2. de cesser toute utilisation de mes données à des fins de prospection commerciale, y compris par vos partenaires.

Je vous remercie de me confirmer la prise en compte de cette demande.

Cordialement,
Élodie Marchand
""",
        cs="iso-8859-1",
        cte="quoted-printable",
    ),
    E(
        "fr_co1",
        "fr",
        [CO],
        "Replace the registered email address.",
        ("Julien Roux", "julien.roux@example.com"),
        "Changement d'adresse e-mail",
        """\
Bonjour,

Mon ancienne adresse (j.roux@example.net) ne fonctionnera plus à partir du mois prochain. Pourriez-vous remplacer l'adresse enregistrée sur mon compte WinGuard par celle-ci : julien.roux@example.com ?

Merci d'avance et bonne journée,
Julien Roux
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "fr_c1",
        "fr",
        [C],
        "Complaint: invoice with her personal data sent to her former employer. No request.",
        ("Nadia Benali", "nadia.benali@example.org"),
        "Facture envoyée à mon ancien employeur",
        """\
Bonjour,

J'ai souscrit un abonnement WinGuard Home à titre personnel. Or, mon ancien employeur m'a transmis hier une facture à mon nom, avec mon adresse personnelle et les quatre derniers chiffres de ma carte bancaire, que vous lui avez envoyée par e-mail.

Je ne comprends pas comment c'est possible : je n'ai jamais donné cette adresse pour ce contrat. C'est une grave erreur dans la gestion de mes données personnelles et je suis très mécontente.

Nadia Benali
""",
        cs="iso-8859-1",
        cte="base64",
    ),
    E(
        "fr_o1",
        "fr",
        [O],
        "Sales quote request; French disclaimer says 'supprimer' the message.",
        ("Bernard Lefèvre", "b.lefevre@cabinet-lefevre.example.com"),
        "Demande de devis - 200 postes",
        """\
Bonjour,

Nous sommes un cabinet comptable de 200 postes répartis sur quatre sites en France. Pourriez-vous nous faire parvenir un devis pour WinGuard Cloud (licence de 3 ans) ainsi que la liste de vos revendeurs en Europe ?

Cordialement,
Bernard Lefèvre
Directeur informatique, Cabinet Lefèvre & Associés

Ce message et ses pièces jointes sont confidentiels. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer.
""",
        cs="utf-8",
        cte="quoted-printable",
        html=True,
    ),
    # ======================= German emails (4) =======================
    E(
        "de_m1",
        "de",
        [D, CO],
        "Art. 15 GDPR access request (data, purposes, recipients) plus correction of an old surname.",
        ("Katrin Vogel", "katrin.vogel@example.net"),
        "Auskunftsersuchen nach Art. 15 DSGVO und Berichtigung",
        """\
Sehr geehrte Damen und Herren,

ich nutze WinGuard seit 2020 (Kundennummer WG-1984-6612).

Hiermit bitte ich um Auskunft über alle personenbezogenen Daten, die Sie über mich gespeichert haben, einschließlich der Verarbeitungszwecke und etwaiger Empfänger.

Außerdem ist in meinem Kundenkonto noch mein früherer Nachname (Schulze) hinterlegt. Bitte berichtigen Sie ihn auf „Vogel“.

Mit freundlichen Grüßen
Katrin Vogel
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "de_s1",
        "de",
        [S],
        "Objection to advertising use and to passing data to partners; keeps the account.",
        ("Uwe Hartmann", "uwe.hartmann@example.org"),
        "Widerspruch gegen Nutzung meiner Daten für Werbung",
        """\
Guten Tag,

ich widerspreche hiermit der Verwendung meiner personenbezogenen Daten für Werbezwecke und der Weitergabe an Partnerunternehmen.

Mein Konto möchte ich behalten, die Software läuft gut. Ich möchte nur keine Werbung mehr und keine Weitergabe meiner Daten.

Registrierte E-Mail-Adresse: uwe.hartmann@example.org

Freundliche Grüße
Uwe Hartmann
""",
        cs="iso-8859-1",
        cte="quoted-printable",
    ),
    E(
        "de_a1",
        "de",
        [],
        "Out-of-office auto-reply (German); subject quotes a deletion-request ticket.",
        ("Stefan Krüger", "s.krueger@kruegerbau.example.net"),
        "Abwesenheitsnotiz: Ihre Anfrage zur Datenlöschung (Ticket 5531)",
        """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat: info@kruegerbau.example.net.

Mit freundlichen Grüßen
Stefan Krüger
""",
        cs="utf-8",
        cte="quoted-printable",
        auto=True,
        date=datetime(2025, 6, 20, 8, 15, 2, tzinfo=timezone(timedelta(hours=2))),
        headers=[
            ("Auto-Submitted", "auto-replied"),
            ("In-Reply-To", "<5531.20250620061400@win-techno.com>"),
        ],
    ),
    E(
        "de_o1",
        "de",
        [O],
        "Decoy: transfer licence to a new laptop; 'delete the old machine from the console'.",
        ("Monika Brandt", "m.brandt@example.com"),
        "Lizenz auf neuen Rechner übertragen",
        """\
Hallo,

ich habe einen neuen Laptop gekauft und möchte meine WinGuard-Lizenz darauf übertragen. Muss ich den alten Rechner vorher aus der Konsole löschen, oder wird die Lizenz automatisch freigegeben? Der alte Laptop wird verschrottet.

Danke und viele Grüße
Monika Brandt
""",
        cs="iso-8859-1",
        cte="8bit",
    ),
    # ======================= Spanish emails (4) =======================
    E(
        "es_d1",
        "es",
        [D],
        "Wants to know which data is held, purposes, sharing; copy in electronic form.",
        ("Andrés Molina", "andres.molina@example.com"),
        "Solicitud de acceso a mis datos personales",
        """\
Buenos días:

Soy usuario de WinGuard desde hace dos años. Me gustaría saber qué datos personales míos tienen registrados, con qué finalidad los utilizan y si los han compartido con otras empresas.

Si es posible, les agradecería que me enviaran una copia en formato electrónico.

Un saludo,
Andrés Molina
""",
        cs="windows-1252",
        cte="quoted-printable",
    ),
    E(
        "es_co1",
        "es",
        [CO],
        "Misspelled surname in the account; asks to correct it.",
        ("María José Fernández", "mj.fernandez@example.org"),
        "Error en mi apellido",
        """\
Hola:

En todos los correos que recibo de ustedes aparece mi apellido como "Fernandes", con s. Lo correcto es "Fernández", con z y tilde. ¿Podrían corregirlo en mi cuenta?

Gracias,
María José Fernández
""",
        cs="utf-8",
        cte="base64",
    ),
    E(
        "es_i1",
        "es",
        [I],
        "Inquiry: analytics tools and sharing of browsing data with advertisers.",
        ("Lucía Herrera", "lucia.herrera@example.net"),
        "Pregunta sobre cookies y analítica",
        """\
Hola,

Estoy revisando la política de privacidad de su web antes de comprar. ¿Qué herramientas de analítica usan (Google Analytics u otras)? ¿Los datos de navegación se comparten con anunciantes?

Gracias de antemano.
Lucía Herrera
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "es_o1",
        "es",
        [O],
        "Technical: slow boot after update 12.3.",
        ("Javier Ortega", "j.ortega@example.com"),
        "Problema con la actualización 12.3",
        """\
Hola,

Desde que se instaló la actualización 12.3 de WinGuard, mi ordenador tarda casi cinco minutos en arrancar. He probado a reiniciar y a reinstalar, sin éxito. ¿Hay alguna solución o puedo volver a la versión anterior?

Saludos,
Javier Ortega
""",
        cs="iso-8859-1",
        cte="quoted-printable",
    ),
]


# ---------------------------------------------------------------------------
# MIME helpers
# ---------------------------------------------------------------------------

TZ = {"ja": 9, "ko": 9, "zh": 8, "fr": 2, "de": 2, "es": 2}
EN_TZ = [-5, 0, 1, 10, -7, -4, 8]
MAILERS = [
    "Microsoft Outlook 16.0",
    "Mozilla Thunderbird",
    "Apple Mail (2.3774)",
    None,
    "Becky! ver. 2.81.04",
    None,
    "Microsoft Outlook 16.0",
    None,
]


def digest(key: str, n: int = 8) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def encode_payload(text: str, charset: str, cte: str, crlf: bool = False) -> str:
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit":
        return raw.decode("ascii")
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(encode_payload(text, charset, cte))
    return m


def to_html(body: str, charset: str) -> str:
    out: list[str] = []
    quote: list[str] = []

    def flush_quote():
        if quote:
            out.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                + "<br>\n".join(quote)
                + "</blockquote>"
            )
            quote.clear()

    for line in body.rstrip("\n").split("\n"):
        if line.startswith(">"):
            quote.append(html.escape(line[1:].lstrip(" ")))
            continue
        flush_quote()
        out.append((html.escape(line) if line else "") + "<br>")
    flush_quote()
    return (
        "<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '</head>\n<body>\n<div style="font-family:sans-serif;font-size:14px">\n'
        + "\n".join(out)
        + "\n</div>\n</body>\n</html>\n"
    )


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", binascii.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = b"".join(
        b"\x00" + bytes([(x * 29 + y * 17) % 256 for x in range(8) for _ in range(3)])
        for y in range(8)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


CONSOLE_LOG = """\
2025-06-16 09:12:04 INFO  [report] export requested: scan_history from=2025-05-01 to=2025-06-15 format=csv
2025-06-16 09:12:04 INFO  [report] rows=48211 tenant=T-00318
2025-06-16 09:12:35 ERROR [report] export worker timeout after 30000 ms
2025-06-16 09:12:35 ERROR [report] Export failed (0x1F)
2025-06-16 09:14:50 INFO  [report] export requested: scan_history from=2025-06-09 to=2025-06-15 format=csv
2025-06-16 09:14:52 INFO  [report] export completed rows=6120
"""


def header_charset(spec: dict) -> str:
    if spec.get("hcs"):
        return spec["hcs"]
    cs = spec["cs"]
    if cs in ("shift_jis",):
        return "iso-2022-jp"
    if cs == "windows-1252":
        return "iso-8859-1"
    return cs


def hdr(value: str, charset: str):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def addr(name: str, address: str, charset: str) -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr(
            (name, address), charset=Charset(charset) if charset != "us-ascii" else "utf-8"
        )


def received(spec: dict, n: int, date: datetime, host: str) -> str:
    nets = ["192.0.2", "198.51.100", "203.0.113"]
    ip = f"{nets[n % 3]}.{(n * 37) % 250 + 3}"
    qid = digest("qid" + spec["key"], 10).upper()
    return (
        f"from {host} ({host} [{ip}])\n\tby mx1.win-techno.com (Postfix) with ESMTPS id {qid}\n"
        f"\tfor <{SUPPORT}>; {format_datetime(date)}"
    )


def default_date(i: int, lang: str) -> datetime:
    hours = TZ.get(lang, EN_TZ[i % len(EN_TZ)])
    base = datetime(2025, 6, 2, 0, 0, 0, tzinfo=UTC) + timedelta(
        hours=13 * i, minutes=(i * 47) % 60, seconds=(i * 13) % 60
    )
    return base.astimezone(timezone(timedelta(hours=hours))) + timedelta(hours=0)


def wrap_with_headers(body_msg: Message, spec: dict, n: int, date: datetime) -> Message:
    hcs = header_charset(spec)
    name, address = spec["frm"]
    domain = address.split("@")[1]
    content = [(k, v) for k, v in body_msg.items() if k.lower() != "mime-version"]
    for k in {k for k, _ in body_msg.items()}:
        del body_msg[k]
    m = body_msg
    m["Return-Path"] = f"<{address}>"
    m["Received"] = received(spec, n, date, f"mail.{domain}" if domain.count(".") < 2 else domain)
    m["From"] = addr(name, address, hcs)
    m["To"] = spec["to"] or SUPPORT
    m["Subject"] = hdr(spec["subject"], hcs)
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{date.strftime('%Y%m%d%H%M%S')}.{digest(spec['key'])}@{domain}>"
    for k, v in spec["headers"]:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in content:
        m[k] = v
    return m


def build_normal(spec: dict, n: int, date: datetime) -> Message:
    cs, cte, body = spec["cs"], spec["cte"], spec["body"]
    bnd = f"----=_Part_{n}_{digest('b' + spec['key'], 12)}"
    if spec["html_only"]:
        msg = text_part(to_html(body, cs), "html", cs, cte)
    elif spec["html"]:
        msg = MIMEMultipart("alternative", boundary=bnd + "_alt")
        msg.attach(text_part(body, "plain", cs, cte))
        msg.attach(text_part(to_html(body, cs), "html", cs, cte))
    else:
        msg = text_part(body, "plain", cs, cte)
    if spec["attach"]:
        outer = MIMEMultipart("mixed", boundary=bnd + "_mix")
        outer.attach(msg)
        for kind, filename in spec["attach"]:
            if kind == "png":
                att = MIMEImage(tiny_png(), "png")
            else:
                att = MIMEText(CONSOLE_LOG, "plain", "us-ascii")
            att.add_header("Content-Disposition", "attachment", filename=filename)
            outer.attach(att)
        msg = outer
    return wrap_with_headers(msg, spec, n, date)


def win_techno_original_ja() -> Message:
    body = """\
加藤 浩 様

株式会社ウィンテクノ 個人情報お問い合わせ窓口です。
5月28日にご依頼いただきました、お客様の個人情報の削除が完了しましたのでお知らせいたします。

削除した情報：氏名、住所、電話番号、メールアドレス、購入履歴
受付番号：DEL-20250528-03

なお、法令に基づき保存が必要な取引記録については、保存期間経過後に削除いたします。

株式会社ウィンテクノ 個人情報お問い合わせ窓口
"""
    m = text_part(body, "plain", "iso-2022-jp", "7bit")
    content = list(m.items())
    for k in {k for k, _ in content}:
        del m[k]
    m["From"] = formataddr(
        ("株式会社ウィンテクノ 個人情報お問い合わせ窓口", SUPPORT), charset=Charset("iso-2022-jp")
    )
    m["To"] = "h.kato@example.net"
    m["Subject"] = Header("【ウィンテクノ】個人情報削除完了のお知らせ", "iso-2022-jp")
    m["Date"] = "Thu, 12 Jun 2025 11:03:21 +0900"
    m["Message-ID"] = "<20250612110321.DEL0528@win-techno.com>"
    m["MIME-Version"] = "1.0"
    for k, v in content:
        m[k] = v
    return m


def build_bounce(spec: dict, n: int, date: datetime) -> Message:
    bnd = f"----=_Report_{n}_{digest('r' + spec['key'], 12)}"
    rep = MIMEMultipart("report", boundary=bnd, report_type="delivery-status")
    if spec["bounce"] == "postfix":
        mta, rcpt = "mx2.example.net", "h.kato@example.net"
        human = f"""\
This is the mail system at host {mta}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host {mta}[198.51.100.25] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)
"""
        status, action, diag = (
            "5.1.1",
            "failed",
            "smtp; 550 5.1.1 <h.kato@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
        )
        frm = formataddr(("Mail Delivery System", f"MAILER-DAEMON@{mta}"))
        extra = [("Auto-Submitted", "auto-replied")]
    else:
        mta, rcpt = "mail.example.org", "c.doyle@example.org"
        human = f"""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    mailbox is full: retry timeout exceeded
"""
        status, action, diag = "5.2.2", "failed", "X-Exim; mailbox is full: retry timeout exceeded"
        frm = formataddr(("Mail Delivery System", f"Mailer-Daemon@{mta}"))
        extra = [("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")]
    human_part = MIMEText(human, "plain", "us-ascii")
    human_part["Content-Description"] = "Notification"
    rep.attach(human_part)
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = f"dns; {mta}"
    b1["Arrival-Date"] = format_datetime(date - timedelta(seconds=6))
    b2 = Message()
    b2["Final-Recipient"] = f"rfc822; {rcpt}"
    b2["Original-Recipient"] = f"rfc822;{rcpt}"
    b2["Action"] = action
    b2["Status"] = status
    b2["Remote-MTA"] = f"dns; {mta}"
    b2["Diagnostic-Code"] = diag
    ds.set_payload([b1, b2])
    rep.attach(ds)
    if spec["bounce"] == "postfix":
        orig = MIMEMessage(win_techno_original_ja())
        orig["Content-Description"] = "Undelivered Message"
        rep.attach(orig)
    else:
        headers = (
            "Return-path: <support@win-techno.com>\n"
            "Received: from mx1.win-techno.com ([192.0.2.10])\n"
            "\tby mail.example.org with esmtps id 1uWq3K-000Ab9-2f\n"
            "\tfor c.doyle@example.org; Tue, 24 Jun 2025 06:44:01 +0000\n"
            "From: WinGuard Privacy Team <support@win-techno.com>\n"
            "To: Ciaran Doyle <c.doyle@example.org>\n"
            "Subject: Re: Request for a copy of my personal data - identity check\n"
            "Date: Tue, 24 Jun 2025 15:43:55 +0900\n"
            "Message-ID: <20250624154355.ACC0611@win-techno.com>\n"
            "MIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="us-ascii"\n'
        )
        part = MIMEText(headers, "rfc822-headers", "us-ascii")
        part["Content-Description"] = "Undelivered Message Headers"
        rep.attach(part)
    content = [(k, v) for k, v in rep.items() if k.lower() != "mime-version"]
    for k in {k for k, _ in rep.items()}:
        del rep[k]
    rep["Return-Path"] = "<>"
    rep["Received"] = (
        f"by {mta} (Postfix)\n\tid {digest('qid' + spec['key'], 10).upper()}; {format_datetime(date)}"
        if spec["bounce"] == "postfix"
        else f"from Mailer-Daemon by {mta} with local (Exim 4.96)\n\tid 1uWq9R-000Ab9-7c; {format_datetime(date)}"
    )
    rep["From"] = frm
    rep["To"] = SUPPORT
    rep["Subject"] = spec["subject"]
    rep["Date"] = format_datetime(date)
    rep["Message-ID"] = f"<{date.strftime('%Y%m%d%H%M%S')}.{digest(spec['key'])}@{mta}>"
    for k, v in extra:
        rep[k] = v
    rep["MIME-Version"] = "1.0"
    for k, v in content:
        rep[k] = v
    return rep


def render(msg: Message, crlf: bool) -> bytes:
    pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    return msg.as_bytes(policy=pol)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def main() -> None:
    for sub in ("email", "chat"):
        (HERE / sub).mkdir(exist_ok=True)
    for old in (HERE / "email").glob(f"{PREFIX}*.eml"):
        old.unlink()
    for old in (HERE / "chat").glob(f"{PREFIX}*.txt"):
        old.unlink()

    rng = random.Random(SEED)
    labels: list[dict] = []

    chats = list(CHATS)
    rng.shuffle(chats)
    for number, (lang, kinds, note, text) in enumerate(chats, 1):
        name = f"chat/{PREFIX}{number:03d}.txt"
        (HERE / name).write_text(text.strip("\n") + "\n", encoding="utf-8")
        labels.append(
            dict(
                file=name,
                channel="chat",
                language=lang,
                kinds=kinds,
                auto_reply=False,
                bounce=False,
                note=note,
            )
        )

    # dates are fixed per spec (list order), independent of the shuffle
    dated = []
    for i, spec in enumerate(EMAILS):
        dated.append((spec, spec["date"] or default_date(i, spec["lang"])))
    rng.shuffle(dated)
    for number, (spec, date) in enumerate(dated, 101):
        name = f"email/{PREFIX}{number:03d}.eml"
        if spec["bounce"]:
            msg = build_bounce(spec, number, date)
        else:
            msg = build_normal(spec, number, date)
        (HERE / name).write_bytes(render(msg, spec["crlf"]))
        labels.append(
            dict(
                file=name,
                channel="email",
                language=spec["lang"],
                kinds=spec["kinds"],
                auto_reply=bool(spec["auto"]),
                bounce=bool(spec["bounce"]),
                note=spec["note"],
            )
        )

    labels.sort(key=lambda d: d["file"])
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for label in labels:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    print(f"wrote {len(chats)} chats, {len(dated)} emails, {len(labels)} labels")


if __name__ == "__main__":
    main()
