# ruff: noqa: E501
"""Generator for the independent labelled test set of the request classifier.

Written apart from the classifier's rules (and apart from the shared development
corpus). Writes, next to this script:

    chat/x001.txt ...   Telegram-style messages, UTF-8, one message per file
    email/y001.eml ...  RFC 5322 messages as received at support@win-techno.com
    labels.jsonl        one JSON object per item, in the shared corpus format

Only the standard library is used. The output is deterministic: dates are fixed,
and Message-IDs, boundaries and relay addresses derive from the item id.
All people, companies, addresses and numbers are made up; mail addresses use
example.com / example.jp / example.org / example.net only.

Run:  python make_own_set.py
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUPPORT = "support@win-techno.com"
WT_SUPPORT = ("Win Techno サポートセンター", SUPPORT)
WT_SUPPORT_EN = ("Win Techno Support", SUPPORT)

# body encoding key -> (charset label written in the header, Python codec, transfer encoding)
ENCODINGS = {
    "jis": ("ISO-2022-JP", "iso-2022-jp", "7bit"),
    "sjis8": ("Shift_JIS", "shift_jis", "8bit"),
    "sjis64": ("Shift_JIS", "shift_jis", "base64"),
    "u8-64": ("UTF-8", "utf-8", "base64"),
    "u8-qp": ("UTF-8", "utf-8", "quoted-printable"),
    "u8-8": ("utf-8", "utf-8", "8bit"),
    "ascii": ("us-ascii", "ascii", "7bit"),
    "l1-qp": ("ISO-8859-1", "iso-8859-1", "quoted-printable"),
    "l1-8": ("iso-8859-1", "iso-8859-1", "8bit"),
    "l9-qp": ("ISO-8859-15", "iso-8859-15", "quoted-printable"),
    "w1252-qp": ("windows-1252", "cp1252", "quoted-printable"),
    "w1252-8": ("Windows-1252", "cp1252", "8bit"),
    "gb-64": ("GB2312", "gb2312", "base64"),
    "gbk-64": ("GBK", "gbk", "base64"),
    "big5-64": ("Big5", "big5", "base64"),
    "euckr-64": ("EUC-KR", "euc-kr", "base64"),
    "ksc-64": ("ks_c_5601-1987", "cp949", "base64"),
}

# the charset used for encoded words in headers, by body encoding
HEADER_CHARSET = {
    "jis": "ISO-2022-JP",
    "sjis8": "Shift_JIS",
    "sjis64": "Shift_JIS",
    "u8-64": "UTF-8",
    "u8-qp": "utf-8",
    "u8-8": "utf-8",
    "ascii": "utf-8",
    "l1-qp": "iso-8859-1",
    "l1-8": "iso-8859-1",
    "l9-qp": "ISO-8859-15",
    "w1252-qp": "windows-1252",
    "w1252-8": "windows-1252",
    "gb-64": "gb2312",
    "gbk-64": "GBK",
    "big5-64": "big5",
    "euckr-64": "euc-kr",
    "ksc-64": "ks_c_5601-1987",
}

MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
    ("X-Mailer", "Becky! ver. 2.82.01 [ja]"),
    None,
    ("X-Mailer", "iPhone Mail (22D82)"),
    ("User-Agent", "Roundcube Webmail/1.6.10"),
    ("X-Mailer", "Shuriken 2018 [6.00.0016]"),
    None,
]


def digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def when(stamp: str, tz: int = 9) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=tz)))


def encoded_header(text: str, label: str):
    """A header value: the text itself when ASCII, else RFC 2047 encoded words."""
    if text.isascii():
        return text
    charset = Charset(label.lower())
    single_byte = label.lower().startswith(("iso-8859", "windows"))
    charset.header_encoding = QP if single_byte else BASE64
    # the email package writes the codec name into the encoded word, so the label is the codec
    charset.output_charset = charset.output_codec = label
    return Header(text, charset)


def mailbox(name: str, address: str, label: str) -> str:
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return f"{encoded_header(name, label).encode()} <{address}>"


def text_part(text: str, subtype: str, enc: str) -> MIMENonMultipart:
    label, codec, cte = ENCODINGS[enc]
    raw = text.encode(codec)  # fails loudly when a character does not fit the charset
    part = MIMENonMultipart("text", subtype, charset=label)
    del part["MIME-Version"]
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def as_html(text: str, label: str) -> str:
    blocks = []
    for para in text.strip("\n").split("\n\n"):
        lines = [html.escape(line) for line in para.split("\n")]
        if all(line.startswith("&gt;") for line in lines):
            inner = "<br>\n".join(line[4:].lstrip() for line in lines)
            blocks.append(
                f'<blockquote style="border-left:2px solid #ccc;padding-left:8px">{inner}</blockquote>'
            )
        else:
            blocks.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(blocks)
    return (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={label}">\n'
        f'</head>\n<body style="font-family:Meiryo,Arial,sans-serif;font-size:14px">\n{body}\n</body>\n</html>\n'
    )


def boundary(item_id: str, kind: str) -> str:
    h = digest("boundary", item_id, kind)
    styles = [
        f"----=_NextPart_000_{h[:4].upper()}_{h[4:12].upper()}.{h[12:20].upper()}",
        f"------------{h[:24]}",
        f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}",
        f"000000000000{h[:16]}",
    ]
    return styles[int(h[20:22], 16) % len(styles)]


def put_headers(msg: Message, top: list[tuple[str, object]]) -> Message:
    """Envelope-like headers first, then MIME-Version and the content headers."""
    content = [(k, v) for (k, v) in msg._headers if k.lower() != "mime-version"]
    msg._headers = []
    for key, value in top:
        if value is not None:
            msg[key] = value
    msg["MIME-Version"] = "1.0"
    msg._headers.extend(content)
    return msg


def serialize(msg: Message, crlf: bool = False) -> bytes:
    buf = io.BytesIO()
    gen_policy = policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    BytesGenerator(buf, mangle_from_=False, policy=gen_policy).flatten(msg)
    # most mailers write the encoding letter of an encoded word in upper case
    return re.sub(
        rb"=\?([A-Za-z0-9_-]+)\?([bq])\?",
        lambda m: b"=?" + m.group(1) + b"?" + m.group(2).upper() + b"?",
        buf.getvalue(),
    )


def build_body(it: dict) -> Message:
    enc = it["enc"]
    layout = it.get("layout", "plain")
    if layout == "plain":
        main = text_part(it["body"], "plain", enc)
    elif layout == "html":
        main = text_part(it.get("html") or as_html(it["body"], ENCODINGS[enc][0]), "html", enc)
    elif layout == "alt":
        henc = it.get("html_enc", enc)
        main = MIMEMultipart("alternative", boundary=boundary(it["id"], "alt"))
        del main["MIME-Version"]
        main.attach(text_part(it["body"], "plain", enc))
        main.attach(
            text_part(it.get("html") or as_html(it["body"], ENCODINGS[henc][0]), "html", henc)
        )
    else:
        raise ValueError(layout)
    if it.get("attachment"):
        name, ctype, text = it["attachment"]
        mixed = MIMEMultipart("mixed", boundary=boundary(it["id"], "mixed"))
        del mixed["MIME-Version"]
        mixed.attach(main)
        att = text_part(text, ctype.split("/")[1], "u8-64")
        att.add_header("Content-Disposition", "attachment", filename=name)
        mixed.attach(att)
        main = mixed
    return main


def build_report(it: dict) -> Message:
    """A multipart/report delivery-status notification with the bounced original."""
    rep = MIMEMultipart(
        "report", boundary=boundary(it["id"], "report"), report_type="delivery-status"
    )
    del rep["MIME-Version"]
    human = text_part(it["body"], "plain", it["enc"])
    human["Content-Description"] = "Notification"
    rep.attach(human)
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status["Content-Description"] = "Delivery report"
    blocks = []
    for fields in it["status"]:
        block = Message()
        for key, value in fields:
            block[key] = value
        blocks.append(block)
    status.set_payload(blocks)
    rep.attach(status)
    orig = it["original"]
    original = text_part(orig["body"], "plain", orig.get("enc", "jis"))
    label = HEADER_CHARSET[orig.get("enc", "jis")]
    put_headers(
        original,
        [
            ("Message-ID", orig["msgid"]),
            ("Date", format_datetime(when(orig["date"]))),
            ("From", mailbox(*(WT_SUPPORT if label != "utf-8" else WT_SUPPORT_EN), label)),
            ("To", mailbox(orig["to"][0], orig["to"][1], label)),
            ("Subject", encoded_header(orig["subject"], label)),
        ],
    )
    if it.get("headers_only"):
        part = Message()
        part["Content-Type"] = "text/rfc822-headers"
        part["Content-Description"] = "Undelivered Message Headers"
        part.set_payload(serialize(original).split(b"\n\n", 1)[0].decode("ascii") + "\n")
    else:
        part = MIMEMessage(original)
        del part["MIME-Version"]
        part["Content-Description"] = "Undelivered Message"
    rep.attach(part)
    return rep


def build_email(it: dict, idx: int) -> bytes:
    h = digest("wt-own-set", it["id"])
    dt = when(it["date"], it.get("tz", 9))
    name, address = it["sender"]
    domain = address.split("@", 1)[1]
    label = it.get("hdr") or HEADER_CHARSET[it["enc"]]
    main = build_report(it) if it.get("status") else build_body(it)
    ip = f"{('203.0.113', '198.51.100', '192.0.2')[idx % 3]}.{10 + int(h[:2], 16) % 200}"
    relay = it.get("relay") or f"mail.{domain}"
    received = (
        f"from {relay} ({relay} [{ip}])\n\tby mx1.win-techno.com (Postfix) with ESMTPS id {h[2:12].upper()}\n"
        f"\tfor <{SUPPORT}>; {format_datetime(dt + timedelta(seconds=5))}"
    )
    top = [
        ("Return-Path", "<>" if it.get("null_sender") else f"<{address}>"),
        ("Received", received),
        ("Message-ID", f"<{dt:%Y%m%d%H%M}.{h[12:28]}@{domain}>"),
    ]
    if it.get("reply_to_id"):
        top += [("In-Reply-To", it["reply_to_id"]), ("References", it["reply_to_id"])]
    top += [
        ("Date", format_datetime(dt)),
        ("From", mailbox(name, address, label)),
        ("To", it.get("to", SUPPORT)),
        ("Cc", it.get("cc")),
        ("Subject", encoded_header(it["subject"], label)),
    ]
    mailer = it.get("mailer", MAILERS[idx % len(MAILERS)])
    if mailer and not it.get("status"):
        top.append(mailer)
    top += it.get("headers", [])
    put_headers(main, top)
    return serialize(main, crlf=it.get("crlf", False))


def E(id, lang, kinds, note, sender, date, subject, body, enc=None, tags=(), **kw):
    """One email item."""
    if enc is None:
        enc = "jis" if lang == "ja" else "ascii"
    return {
        "id": id,
        "lang": lang,
        "kinds": kinds,
        "note": note,
        "sender": sender,
        "date": date,
        "subject": subject,
        "body": body,
        "enc": enc,
        "tags": set(tags),
        **kw,
    }


def C(id, lang, kinds, note, text, tags=()):
    """One chat item."""
    return {"id": id, "lang": lang, "kinds": kinds, "note": note, "text": text, "tags": set(tags)}


EMAILS: list[dict] = []
CHATS: list[dict] = []

# ---------------------------------------------------------------------------
# Japanese emails
# ---------------------------------------------------------------------------
EMAILS += [
    E(
        "y001",
        "ja",
        ["disclosure"],
        "Formal APPI Art. 33 request: disclose registered data, contact history and third-party provision records.",
        ("長谷部 千尋", "chihiro.hasebe@example.jp"),
        "2026-01-13 10:12",
        "保有個人データ開示請求について",
        """\
Win Techno株式会社
個人情報お問い合わせ窓口 御中

突然のご連絡失礼いたします。
長谷部千尋と申します。2024年より貴社「WinGuard Cloud」の個人プランを利用しております。

個人情報の保護に関する法律第33条に基づき、貴社が保有する私の保有個人データの
開示を請求いたします。対象は次のとおりです。

(1) 登録者情報（氏名、メールアドレス、電話番号、住所、生年月日など登録されている項目すべて）
(2) サポート窓口へのお問い合わせ履歴および通話録音の有無
(3) 私の個人データを第三者へ提供した記録（提供先・提供日・提供項目）

開示の方法は、電磁的記録（PDF等）での提供を希望いたします。
本人確認書類や手数料が必要な場合は、手続きをご案内ください。

登録メールアドレス：chihiro.hasebe@example.jp
会員番号：WG-P-302741

よろしくお願いいたします。

長谷部 千尋
""",
    ),
    E(
        "y002",
        "ja",
        ["correction"],
        "Administrator asks to update his own phone number and job title and to add a mobile number.",
        ("小池 恵理子", "e.koike@minato-seiki.example.jp"),
        "2026-01-15 09:41",
        "【登録情報変更のお願い】担当者連絡先",
        """\
Win Techno株式会社
サポートセンター ご担当者様

いつも大変お世話になっております。
株式会社みなと精機の小池でございます。

貴社サービスの管理者として登録しております私の連絡先に変更がございましたので、
登録情報の修正をお願いできますでしょうか。

　変更前：電話 045-000-2219（代表）
　変更後：電話 045-000-3187（総務部直通）
　携帯　：080-0000-6402（新たに追加をお願いいたします）

また、役職が「総務課長」から「総務部長」に変わっておりますので、
あわせてご修正いただけますと幸いです。

お手数をおかけしますが、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━
株式会社みなと精機　総務部
小池 恵理子
〒231-0000 神奈川県横浜市中区海岸通8丁目21番
TEL 045-000-3187 / FAX 045-000-3188
━━━━━━━━━━━━━━━━━━━━━━━━
""",
    ),
    E(
        "y003",
        "ja",
        ["suspension"],
        "Stop using his operation logs for marketing analysis and stop any provision to ad vendors; keeps the service.",
        ("森田 浩之", "hiroyuki.morita@example.net"),
        "2026-01-19 21:03",
        "個人データの利用停止のお願い",
        """\
ご担当者様

いつもお世話になっております。森田と申します。

貴社のプライバシーポリシーを拝見したところ、利用者の操作ログを
「サービス改善およびマーケティング分析」に利用しているとの記載がございました。

つきましては、私のアカウント（hiroyuki.morita@example.net）に関するデータを
マーケティング分析の目的に利用することを停止していただきたく存じます。
また、広告配信事業者等の第三者へ提供している場合は、あわせて停止をお願いいたします。

サービス自体は引き続き利用いたしますので、契約や障害に関するご連絡は
従来どおり頂戴できれば結構です。

以上、よろしくお願いいたします。

森田 浩之
""",
    ),
    E(
        "y004",
        "ja",
        ["deletion"],
        "Cancelled personal plan: close the account and erase name, address, phone and card data.",
        ("岡本 結衣", "yui.okamoto@example.com"),
        "2026-01-22 13:27",
        "退会と登録データ消去のお願い",
        """\
Win Techno株式会社 御中

お世話になっております。岡本結衣と申します。

このたび、個人で契約していた「WinGuard Cloud パーソナル」を3月末で解約いたしました。
今後利用する予定はございませんので、アカウントを閉鎖したうえで、
登録している氏名・住所・電話番号・クレジットカード情報などの個人データを
すべて消去していただけますでしょうか。

消去が完了しましたら、その旨をメールでお知らせいただけますと助かります。

どうぞよろしくお願いいたします。

--
岡本 結衣
yui.okamoto@example.com
""",
        enc="sjis8",
    ),
    E(
        "y005",
        "ja",
        ["complaint"],
        "Phishing arrives at an address given only to Win Techno; suspects a leak and demands an explanation.",
        ("野口 亮", "ryo.noguchi@example.org"),
        "2026-01-26 08:55",
        "登録用メールアドレスに不審なメールが届いています",
        """\
Win Techno サポートご担当者様

野口と申します。

私は貴社サービスの登録にだけ使っている専用のメールアドレス（wt-only.noguchi@example.org）を持っているのですが、
先週から、このアドレス宛てに「アカウント確認」を装ったフィッシングメールがほぼ毎日届いています。
このアドレスは貴社以外にはどこにも教えていません。

貴社から情報が漏えいしているのではないかと強く疑っています。
正直なところ大変不安ですし、説明もないまま利用を続けることには抵抗があります。
事実関係を調査のうえ、きちんとご説明ください。

野口 亮
""",
        enc="u8-64",
    ),
    E(
        "y006",
        "ja",
        ["inquiry"],
        "Security review questions: which cookies the console uses, access-log retention, whether logs go to outside tools.",
        ("市川 沙織", "saori.ichikawa@example.jp"),
        "2026-01-28 15:40",
        "Cookieとアクセスログの取り扱いについて",
        """\
Win Techno株式会社
ご担当者様

お世話になっております。市川と申します。
社内で利用ツールの情報セキュリティ確認を行っており、貴社ウェブサイトおよび管理コンソールの
プライバシーに関する取り扱いについて、いくつか教えていただけますでしょうか。

1. 管理コンソールで使用しているCookieの種類（必須Cookie以外に、解析・広告目的のものはありますか）
2. アクセスログ（IPアドレス、ブラウザ情報等）の保存期間
3. 上記ログを分析目的で外部ツールに送信しているかどうか

ご回答いただける範囲で構いません。よろしくお願いいたします。

市川 沙織
""",
        layout="alt",
    ),
    E(
        "y007",
        "ja",
        ["inquiry"],
        "Pre-purchase questions: storage country, sharing with parent/group companies, outsourcing; bilingual disclaimer says delete.",
        ("石田 健二", "k.ishida@hokuto-kiko.example.jp"),
        "2026-02-02 11:05",
        "個人データの保存場所とグループ会社間の共有について",
        """\
Win Techno株式会社
営業ご担当者様

いつもお世話になっております。北斗機工の石田でございます。

現在、貴社サービスの全社導入を検討しており、社内の個人情報保護規程に照らして
確認が必要な点がございます。お手数ですが、以下についてご教示いただけますでしょうか。

・当社従業員の個人データ（氏名、メールアドレス、端末の利用ログ）の保存先の国および
　データセンターの所在地
・貴社の親会社やグループ会社との間で、利用者の個人データを共有することがあるか
・個人データの取扱いを委託している外部事業者の有無

ご回答は来週中に頂戴できますと幸いです。
何卒よろしくお願い申し上げます。

--------------------------------------------------
北斗機工株式会社　情報システム部
石田 健二
TEL 011-000-7420
--------------------------------------------------
【機密保持に関するご注意】
本メールおよび添付ファイルには機密情報が含まれている場合があります。
宛先に誤りがある場合は、お手数ですが直ちに送信者にご連絡いただき、
本メールを削除してください。無断での複製・転送は固くお断りいたします。
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender immediately and delete this e-mail.
""",
    ),
    E(
        "y008",
        "ja",
        ["inquiry"],
        "Negation trap: asks whether chat/mail contents train AI models and how long; explicitly not asking to stop anything.",
        ("杉本 陽菜", "hina.sugimoto@example.com"),
        "2026-02-03 19:22",
        "問い合わせ内容のAI学習への利用について",
        """\
ご担当者様

はじめてご連絡いたします。杉本と申します。

先日、貴社のチャットサポートを利用した際に「AIアシスタントが回答します」と表示されました。
そこで質問なのですが、利用者がチャットやメールで送った内容は、AIモデルの学習に使われているのでしょうか。
使われている場合、個人を特定できる情報は取り除かれているのか、学習用データの保存期間も教えてください。

特に何かを止めてほしいというわけではなく、仕組みを知りたいだけです。

杉本 陽菜
""",
        enc="u8-qp",
        layout="html",
        tags=["neg"],
    ),
    E(
        "y009",
        "ja",
        ["other"],
        "Decoy: invoice reissue with a new department name; says the old invoice will be discarded; disclaimer says delete.",
        ("西川 真一", "nishikawa.keiri@asahi-densetsu.example.jp"),
        "2026-02-04 10:18",
        "3月分請求書の再発行のお願い",
        """\
Win Techno株式会社
ご請求担当者様

いつもお世話になっております。
朝日電設株式会社 経理部の西川でございます。

2月分のご請求書（請求番号 INV-2026-02-0417）につきまして、
宛名の部署名が旧部署名のままとなっておりましたため、
「経理部」宛てにて再発行いただけますでしょうか。

なお、お手元の旧請求書は当方で破棄いたしますので、返送は不要と認識しております。

よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━
朝日電設株式会社 経理部
西川 真一
TEL 06-0000-5531
━━━━━━━━━━━━━━━━━━━━━━
本メールは送信者が指定した宛先のみを対象としています。
お心当たりのない方は、お手数ですが本メールを削除し、送信者までご連絡ください。
""",
        tags=["decoy"],
    ),
    E(
        "y010",
        "ja",
        ["other"],
        "Sales: quotation request for 120 licences with EDR option.",
        ("荒木 大輔", "d.araki@sakura-logi.example.jp"),
        "2026-02-05 14:02",
        "お見積りのご依頼（WinGuard Cloud 120ライセンス）",
        """\
Win Techno株式会社
営業ご担当者様

はじめまして。さくらロジスティクス株式会社 情報システム室の荒木と申します。

貴社「WinGuard Cloud」の導入を検討しており、下記条件でお見積りをお願いできますでしょうか。

・ライセンス数：120（Windows 100台、Mac 20台）
・契約期間：1年（年額一括払い）
・オプション：EDR、オンサイト導入支援
・希望納期：5月1日利用開始

あわせて、ボリュームディスカウントの有無もご教示いただけますと幸いです。
よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━
さくらロジスティクス株式会社
情報システム室　荒木 大輔
TEL 048-000-6630
━━━━━━━━━━━━━━━━━━━━━━━━
""",
    ),
    E(
        "y011",
        "ja",
        ["other"],
        "Decoy: how to bulk-delete test scan results and their PDF reports in the console.",
        ("内田 智也", "tomoya.uchida@example.jp"),
        "2026-02-06 16:45",
        "脆弱性スキャン結果の削除方法",
        """\
お世話になっております。内田です。

管理コンソールの「スキャン履歴」に、テスト用に実行したスキャン結果が30件ほど残っています。
レポート（PDF）もまとめて削除したいのですが、一括で削除する方法はありますか？
1件ずつ消すしかないのであれば、その手順を教えてください。

よろしくお願いします。
内田
""",
        tags=["decoy"],
    ),
    E(
        "y012",
        "ja",
        ["other"],
        "Decoy: wants to delete an old API key after removing an integration; quoted support reply mentions data not being deleted.",
        ("松田 理恵", "rie.matsuda@kanon-soft.example.com"),
        "2026-03-02 13:31",
        "Re: 外部連携の設定について",
        """\
山本様

ご回答ありがとうございます。松田です。

ご案内いただいた手順で、旧チャットツールとの連携は解除できました。
追加で恐縮ですが、その連携用に発行していた古いAPIキーも削除しておきたいです。
「APIキー管理」画面に削除ボタンが表示されないのですが、権限の問題でしょうか。

よろしくお願いいたします。

2026年3月2日(月) 9:15 山本 <support@win-techno.com>:
> 松田様
>
> お問い合わせありがとうございます。Win Technoサポートの山本です。
> 外部連携の解除は「設定 > 連携」から行えます。
> 解除後も、連携先に送信済みのデータは削除されませんのでご注意ください。
>
> よろしくお願いいたします。
""",
        reply_to_id="<20260302091500.7c1e0a@win-techno.com>",
        tags=["decoy"],
    ),
    E(
        "y013",
        "ja",
        ["disclosure", "deletion"],
        "After cancelling: (1) disclose all data held, (2) then delete it; the quoted Original Message is about billing.",
        ("上田 直樹", "naoki.ueda@example.net"),
        "2026-02-16 09:08",
        "RE: お問い合わせの件（受付番号 WT-20260212-0088）",
        """\
Win Techno サポートセンター
ご担当者様

ご返信ありがとうございます。上田です。

前回の問い合わせは料金の件でしたが、検討の結果、解約することにいたしました。
つきましては、以下の2点をお願いしたく存じます。

1. 貴社が保有している私の個人データの内容を、一覧で開示していただくこと
2. 開示内容を確認した後、それらの個人データをすべて削除していただくこと

手続きに必要な書類があればお知らせください。

上田 直樹

-----Original Message-----
From: Win Techno サポートセンター <support@win-techno.com>
Sent: Thursday, February 12, 2026 4:02 PM
To: naoki.ueda@example.net
Subject: お問い合わせの件（受付番号 WT-20260212-0088）

上田様

お問い合わせありがとうございます。
年間プランから月額プランへの変更は、次回更新日から適用となります。
ご不明な点がございましたら、お気軽にお問い合わせください。

Win Techno サポートセンター
""",
        mailer=("X-Mailer", "Microsoft Outlook 16.0"),
    ),
    E(
        "y014",
        "ja",
        ["correction", "suspension"],
        "Transferred: update department and extension; stop using her survey answers and name in marketing material.",
        ("吉川 麻美", "asami.yoshikawa@tsubasa-denki.example.jp"),
        "2026-02-17 12:50",
        "所属変更のご連絡と、アンケート回答の利用について",
        """\
Win Techno株式会社
カスタマーサクセス部 ご担当者様

いつもお世話になっております。つばさ電機の吉川でございます。

4月1日付で情報システム課から品質保証部へ異動となりました。
管理者として登録されている私の情報を、以下のとおり更新していただけますでしょうか。

　所属：品質保証部（旧：情報システム課）
　内線：4127（旧：2210）

また、昨年ご回答したユーザーアンケートについて、回答内容と私の氏名が
貴社の導入事例パンフレットやウェビナー資料に使われていると同僚から聞きました。
今後、私の氏名や回答内容を販促資料などマーケティング目的に利用することは
停止していただきますよう、お願いいたします。

何卒よろしくお願い申し上げます。

つばさ電機株式会社 品質保証部
吉川 麻美
""",
    ),
    E(
        "y015",
        "ja",
        ["complaint", "suspension"],
        "Newsletter keeps arriving after a confirmed opt-out: complains and demands the marketing use stop.",
        ("大野 隆", "takashi.ono@example.com"),
        "2026-02-18 07:33",
        "配信停止したはずのメールが届き続けています",
        """\
Win Techno株式会社 御中

1月20日にメールマガジンの配信停止手続きを行いましたが、その後も週に2〜3通、
新製品やウェビナーの案内メールが届いております。
配信停止の確認メールも受け取っておりますので、手続きは完了しているはずです。

停止の手続きをしたにもかかわらず私のアドレスが使われ続けていることに、
強い不信感を持っています。
直ちに宣伝目的での私のメールアドレスの利用を止めてください。
また、なぜ停止が反映されなかったのか、原因もご説明ください。

大野 隆
""",
        enc="sjis64",
    ),
    E(
        "y016",
        "ja",
        ["complaint", "disclosure", "deletion"],
        "Support data reused by sales: complaint, disclose which departments got the data, delete contact data.",
        ("齋藤 晴美", "harumi.saito@example.org"),
        "2026-02-19 18:14",
        "サポートへの問い合わせ内容が営業に使われている件",
        """\
ご担当者様

齋藤と申します。

先日、製品の不具合についてサポート窓口に問い合わせをしたところ、翌日に貴社の営業担当者から
「上位プランへのお切り替えのご案内」という電話がありました。
問い合わせの際に伝えた携帯電話番号と不具合の内容を、そのまま営業に回しているとしか思えません。
サポートのために伝えた情報を勝手に営業活動に使われるのは、非常に不愉快です。

つきましては、
・私の個人データを社内のどの部署に、どの目的で共有したのかを開示してください。
・私の携帯電話番号を含む連絡先情報を、貴社のシステムから削除してください。

誠意あるご対応をお願いします。

齋藤 晴美
""",
        enc="u8-qp",
    ),
    E(
        "y017",
        "ja",
        ["correction"],
        "Negation trap: 削除までは不要 - keep the account, only change the registered email address.",
        ("関 美穂", "miho.seki@example.jp"),
        "2026-02-20 10:26",
        "登録メールアドレス変更の件",
        """\
ご担当者様

お世話になっております。関と申します。

先日お電話で「アカウントを作り直せば新しいアドレスで利用できる」とご案内いただきましたが、
利用履歴が消えてしまうのは困りますので、アカウントの削除までは不要です。
現在のアカウントのまま、登録メールアドレスだけを変更していただけますでしょうか。

旧：miho.seki@example.jp
新：seki.miho@mail.example.net

よろしくお願いいたします。
関 美穂
""",
        tags=["neg"],
    ),
    E(
        "y018",
        "ja",
        ["suspension"],
        "Negation trap: no withdrawal or deletion wanted; stop retargeting ads and provision to ad vendors.",
        ("福田 航", "wataru.fukuda@example.com"),
        "2026-02-23 22:47",
        "広告目的での利用について",
        """\
Win Techno ご担当者様

福田です。いつもサービスを便利に使わせていただいております。

誤解のないように先にお伝えしますと、退会やデータ削除は希望しておりません。
お願いしたいのは、私の閲覧履歴や利用状況をもとにした広告配信（リターゲティング広告等）を
止めていただくことです。
広告事業者へ情報を提供しているのであれば、それも停止してください。

よろしくお願いいたします。
福田 航
""",
        tags=["neg"],
    ),
    E(
        "y019",
        "ja",
        ["disclosure"],
        "Negation trap: アカウント削除ではなく - wants the items of data held and their purposes of use.",
        ("平野 由紀子", "yukiko.hirano@example.net"),
        "2026-02-24 11:11",
        "保有データと利用目的の確認",
        """\
ご担当者様

平野と申します。

家族から「使っていないサービスは退会してデータも消した方がいい」と言われたのですが、
まだ利用するつもりですので、アカウント削除ではなく、まずは状況を確認したいと考えています。

私について貴社が保有している個人データの項目と、それぞれの利用目的を
書面またはメールで教えていただけますか。

平野 由紀子
""",
        layout="alt",
        html_enc="u8-qp",
        tags=["neg"],
    ),
    E(
        "y020",
        "ja",
        ["inquiry"],
        "Negation trap: 削除依頼ではございません - asks how long admin contact data and logs are kept after contract end.",
        ("小林 拓海", "takumi.kobayashi@shinwa-kogyo.example.jp"),
        "2026-02-25 15:58",
        "契約終了後のデータ保持期間について（質問）",
        """\
Win Techno株式会社 ご担当者様

いつもお世話になっております。親和工業の小林です。

当社は来年度の契約更新を検討中です。念のため申し添えますと、削除依頼ではございません。
仮に契約を終了した場合、管理者として登録している私ども担当者の氏名・連絡先や、
端末の検知ログは、どのくらいの期間保持され、その後どのように処理されるのでしょうか。
社内規程との整合を確認するため、貴社の方針をお聞かせください。

親和工業株式会社 情報システム課
小林 拓海
""",
        tags=["neg"],
    ),
    E(
        "y021",
        "ja",
        ["suspension"],
        "Indirect: after an expo, asks that no further calls or mailings be made (今後一切ご連絡いただかなくて結構です).",
        ("堀 和夫", "kazuo.hori@example.jp"),
        "2026-02-26 09:02",
        "ご連絡不要",
        """\
Win Techno 御中

堀と申します。

昨年、展示会で名刺をお渡ししてから、毎月のようにお電話やご案内をいただいておりますが、
導入の予定はございません。
今後一切ご連絡いただかなくて結構です。

堀
""",
        tags=["indirect"],
    ),
    E(
        "y022",
        "ja",
        ["correction"],
        "Indirect: sole proprietor announces a move; documents should go to the new address.",
        ("村井 早苗", "sanae.murai@example.com"),
        "2026-02-27 17:36",
        "転居のお知らせ",
        """\
Win Techno株式会社
ご担当者様

いつもお世話になっております。個人事業主として貴社サービスを利用しております村井です。

このたび、下記へ転居いたしました。
今後の書類のご送付は新住所宛てにお願いいたします。

新住所：〒862-0000 熊本県熊本市中央区みどり町4-7-12 グランメゾン302
電話番号は変更ございません。

取り急ぎご連絡まで。
村井 早苗
""",
        tags=["indirect"],
    ),
    E(
        "y023",
        "ja",
        ["deletion"],
        "Indirect: one-time seminar attendee wants every record about him wiped from the customer list.",
        ("桑原 進", "susumu.kuwabara@example.org"),
        "2026-03-03 08:47",
        "名簿の件",
        """\
ご担当者様

桑原と申します。3年前に貴社のセミナーに一度参加しただけの者です。

先日、久しぶりに貴社から案内状が届き、私の名前や住所がまだ残っていることを知りました。
貴社の名簿から、私に関する記録をきれいさっぱり無くしていただきたく、お願い申し上げます。

桑原 進
""",
        tags=["indirect"],
    ),
    E(
        "y024",
        "ja",
        ["disclosure"],
        "Indirect: campaign applicant wants to know what information the company has about her.",
        ("谷口 恵", "megumi.taniguchi@example.jp"),
        "2026-03-04 20:15",
        "私の情報について",
        """\
ご担当者様

谷口と申します。
昨年、貴社の無料セキュリティ診断キャンペーンに申し込みました。
その際にどのような情報をお渡ししたのか記憶が定かでなく、
現在、私に関してどのような情報をお持ちなのか、念のため把握しておきたいと思っております。
お手数ですが、お知らせいただけますでしょうか。

谷口 恵
""",
        tags=["indirect"],
    ),
    E(
        "y025",
        "ja",
        ["complaint", "disclosure"],
        "Disclosure request ignored for over a month: complains and repeats the request; quoted auto-ack mentions deletion.",
        ("中島 翔", "sho.nakajima@example.net"),
        "2026-03-09 12:04",
        "Re: 【自動返信】お問い合わせを受け付けました",
        """\
ご担当者様

中島です。
2月3日に保有個人データの開示をお願いし、下記の自動返信を受け取りましたが、
1か月以上経った現在も何の連絡もありません。
「通常2週間以内に回答」とありますが、催促しても音沙汰がなく、対応の遅さに大変不満を感じています。

改めて、私の個人データの開示をお願いします。速やかにご対応ください。

中島 翔

> このメールは自動送信です。
> お問い合わせを受け付けました。受付番号：WT-20260203-0412
> 担当者より通常2週間以内にご回答いたします。
> ※個人情報の削除・開示等のご依頼は、本人確認後に対応いたします。
> Win Techno サポートセンター
""",
        reply_to_id="<20260203101502.ack0412@win-techno.com>",
    ),
    E(
        "y026",
        "ja",
        ["complaint"],
        "Bulk mail exposed 30+ attendees' addresses in CC: complaint about careless handling; disclaimer says delete.",
        ("安藤 由香", "yuka.ando@example.com"),
        "2026-03-10 10:52",
        "一斉送信メールでメールアドレスが見える状態になっています",
        """\
Win Techno株式会社 ご担当者様

本日10時ごろ受信した「ユーザー会開催のご案内」メールについてご連絡します。
宛先（CC）に30名以上の参加者のメールアドレスがそのまま表示されていました。
私のアドレスも他の参加者に見えてしまっていることになり、非常に問題だと思います。
セキュリティ製品を扱う会社として、個人情報の扱いがずさんではないでしょうか。
再発防止策を含めて、ご説明をお願いします。

安藤 由香
--
本メールは機密情報を含む場合があります。誤って受信された方は削除をお願いいたします。
""",
    ),
    E(
        "y027",
        "ja",
        ["other"],
        "Login fails with an authentication error after a password change.",
        ("川口 優", "yu.kawaguchi@example.jp"),
        "2026-03-11 08:09",
        "ログインできません",
        """\
サポート御中

今朝からコンソールにログインしようとすると「認証に失敗しました（E-4031）」と表示されます。
パスワードは昨日変更したばかりで、間違いないはずです。
別のブラウザでも同じでした。至急確認をお願いします。

川口
""",
        enc="sjis8",
    ),
    E(
        "y028",
        "ja",
        ["other"],
        "Decoy: reseller partnership pitch whose privacy footer offers opt-out and deletion and says delete this mail.",
        ("藤井 彩", "aya.fujii@nexia-partners.example.com"),
        "2026-03-12 11:30",
        "【ご提案】販売パートナー制度のご案内",
        """\
Win Techno株式会社
ご担当者様

突然のご連絡失礼いたします。
株式会社ネクシアパートナーズ アライアンス推進部の藤井と申します。

弊社は中堅企業向けにITセキュリティ製品の販売・導入支援を行っております。
貴社の「WinGuard Cloud」を弊社顧客へご提案させていただきたく、
販売代理店契約について一度お打ち合わせの機会を頂戴できないでしょうか。
30分ほどオンラインでご説明の機会をいただけますと幸いです。

何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ネクシアパートナーズ
アライアンス推進部　藤井 彩
〒150-0000 東京都渋谷区桜丘町9-9 ネクシアビル6F
TEL 03-0000-8870
━━━━━━━━━━━━━━━━━━━━━━━━━━
【個人情報の取り扱いについて】
弊社は、お預かりした個人情報を、ご連絡・ご提案の目的にのみ利用いたします。
今後弊社からのご案内が不要な場合は、その旨ご返信ください。速やかに配信を停止し、
ご要望に応じて保有する個人情報を削除いたします。
本メールの内容に心当たりのない場合は、お手数ですが本メールを削除してください。
""",
        tags=["decoy"],
    ),
    E(
        "y029",
        "ja",
        ["other"],
        "Decoy: investment-seminar spam with an opt-out link and a privacy line about deletion (HTML only).",
        ("資産運用セミナー事務局", "info@wealth-seminar.example.net"),
        "2026-03-13 19:00",
        "【残りわずか】初心者でも月10万円の副収入！無料オンラインセミナー",
        """\
いつもご覧いただきありがとうございます。

今なら参加費無料！プロが教える「ほったらかし資産運用」オンラインセミナーを開催します。
▼お申し込みはこちら
https://wealth-seminar.example.net/entry?id=77120

日時：4月12日(日) 20:00〜21:00
定員：先着100名

※本メールは配信を希望された方にお送りしています。
※配信停止をご希望の方は、こちらから手続きしてください：https://wealth-seminar.example.net/optout
※お客様の個人情報は当社プライバシーポリシーに基づき適切に管理し、ご希望により削除いたします。
""",
        enc="u8-64",
        layout="html",
        mailer=None,
        headers=[
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<https://wealth-seminar.example.net/optout>"),
        ],
        tags=["decoy"],
    ),
    E(
        "y030",
        "ja",
        ["deletion"],
        "Trial ended without contract: delete the data entered at sign-up (ISO-2022-JP HTML alternative).",
        ("宮本 彩花", "ayaka.miyamoto@example.org"),
        "2026-03-16 13:44",
        "無料体験で登録した情報の削除について",
        """\
Win Techno株式会社
ご担当者様

はじめまして。宮本と申します。

2025年11月に「WinGuard Cloud」の30日間無料体験に申し込みましたが、
本契約はせずに体験期間が終了しました。
申込時に入力した氏名、勤務先、電話番号、メールアドレス等の情報を、
貴社のデータベースから削除していただけますでしょうか。

削除が完了した旨をご連絡いただけますと安心です。
よろしくお願いいたします。

宮本 彩花
""",
        layout="alt",
    ),
    E(
        "y031",
        "ja",
        ["disclosure"],
        "Wants six months of his own login history (time, IP, device) as CSV; name with 髙 in UTF-8.",
        ("髙田 雅人", "masato.takada@example.jp"),
        "2026-03-17 09:20",
        "ログイン履歴の開示のお願い",
        """\
Win Techno サポートセンター御中

髙田と申します。
最近、身に覚えのない時間帯にログイン通知が届いたことがあり、念のため確認したいと考えております。

私のアカウント（masato.takada@example.jp）について、過去6か月分のログイン履歴
（日時、接続元IPアドレス、利用端末の情報）を開示していただけますでしょうか。
CSV形式で送っていただけると助かります。

髙田 雅人
""",
        enc="u8-64",
    ),
    E(
        "y032",
        "ja",
        ["suspension"],
        "Opt out of provision of his data to partner companies for joint marketing.",
        ("石井 茂", "shigeru.ishii@example.com"),
        "2026-03-18 16:07",
        "第三者提供の停止について",
        """\
ご担当者様

石井と申します。
貴社のプライバシーポリシーに「共同マーケティングのため提携企業に個人データを提供する場合がある」
との記載がありました。
私の個人データについては、提携企業を含む第三者への提供を停止してください。
今後も提供しないよう、お取り計らいをお願いします。

石井 茂
""",
    ),
    E(
        "y033",
        "ja",
        ["disclosure", "correction", "suspension"],
        "Show the registered data, correct the name's kanji (渡辺→渡邊), stop using the address for marketing post.",
        ("渡邊 修", "osamu.watanabe@example.net"),
        "2026-03-19 10:33",
        "登録内容の確認・訂正とご案内停止のお願い",
        """\
Win Techno株式会社 御中

お世話になっております。渡邊と申します。

貴社からの郵便物の宛名が「渡辺」となっておりますが、正しくは「渡邊」です。
ほかにも誤りがあるかもしれませんので、以下をお願いいたします。

一、現在登録されている私の情報を一式お知らせください。
二、氏名の表記を「渡邊 修」に訂正してください。他に誤りがあれば追ってお伝えしますので、
　　あわせて訂正をお願いします。
三、郵送によるキャンペーン案内は不要ですので、マーケティング目的での住所の利用を停止してください。

渡邊 修
""",
    ),
    E(
        "y034",
        "ja",
        ["deletion"],
        "Romaji Japanese from abroad: close the personal account and delete all registered personal data.",
        ("Kenta Morishita", "kenta.morishita@example.com"),
        "2026-03-20 02:15",
        "akaunto sakujo no onegai",
        """\
Win Techno support tantousha sama

Osewa ni natte orimasu. Morishita Kenta to moushimasu.
Genzai kaigai ni chuuzai shite ori, nihongo nyuuryoku ga dekinai PC kara shitsurei itashimasu.

Kojin keiyaku no akaunto (kenta.morishita@example.com) wo heisa shite,
touroku shite iru kojin jouhou (namae, juusho, denwa bangou nado) wo
subete sakujo shite itadakemasu deshou ka.

Yoroshiku onegai itashimasu.

Morishita Kenta
""",
        enc="ascii",
        tz=1,
        tags=["romaji"],
    ),
    E(
        "y035",
        "ja",
        ["other"],
        "Feature question with an empty subject: switch the threat map to Japanese.",
        ("坂口 凛", "rin.sakaguchi@example.jp"),
        "2026-03-20 14:48",
        "",
        """\
すみません、ダッシュボードの「脅威マップ」を日本語表示に切り替える方法はありますか？
英語のままになってしまいます。

坂口
""",
    ),
    E(
        "y036",
        "ja",
        ["complaint"],
        "Targeting-ads opt-out ignored; grievance only, no new request; '-- ' signature.",
        ("今村 浩二", "koji.imamura@example.org"),
        "2026-03-23 21:19",
        "広告のオプトアウトが反映されていません",
        """\
ご担当者様

2月上旬に貴社サイトのプライバシー設定で、ターゲティング広告をオプトアウトしました。
しかし、その後も他のサイトを見るたびに貴社の広告が追いかけてきます。
オプトアウトの仕組みが実際には機能していないのではないかと疑問に思いますし、
設定を無視して情報を使われているようで気分がよくありません。

--\x20
今村 浩二
koji.imamura@example.org
""",
    ),
    E(
        "y037",
        "ja",
        ["disclosure"],
        "Wants the concrete purposes for which HER data is used (not the general policy); quoted reply mentions erasure.",
        ("原田 千夏", "chinatsu.harada@example.com"),
        "2026-03-24 11:56",
        "Re: 個人情報の利用目的について",
        """\
ご回答ありがとうございます。原田です。

一般的な利用目的はプライバシーポリシーで拝見しました。
ただ、知りたいのは一般論ではなく、私個人のデータが実際にどの目的で使われているかです。
私のアカウントについて、具体的な利用目的と、これまでの利用状況を通知していただけますか。

原田

> 原田様
>
> 個人情報の利用目的につきましては、当社プライバシーポリシー
> 第3条をご参照ください。なお、データの消去をご希望の場合は
> 別途お手続きが必要です。
>
> Win Techno サポートセンター 山本
""",
        enc="sjis64",
        reply_to_id="<20260323170400.c8d2@win-techno.com>",
    ),
    E(
        "y038",
        "ja",
        [],
        "Out-of-office auto-reply (Auto-Submitted) from a customer on a business trip.",
        ("松岡 啓介", "keisuke.matsuoka@tohoku-kensetsu.example.jp"),
        "2026-03-24 09:00",
        "【自動応答】不在のお知らせ Re: 年次契約更新のご案内",
        """\
このメールは自動応答です。

誠に申し訳ございませんが、3月23日(月)から3月27日(金)まで出張のため不在にしております。
この期間にいただいたメールは、3月30日(月)以降に順次確認いたします。
お急ぎの場合は、総務課（03-0000-4410）までご連絡ください。

東北建設株式会社 総務課
松岡 啓介
""",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        auto_reply=True,
    ),
    E(
        "y039",
        "ja",
        [],
        "Receipt acknowledgement from another firm's help desk (X-Autoreply only); its text mentions deletion of personal data.",
        ("ひまわりネット カスタマーサポート", "support-desk@himawari-net.example.jp"),
        "2026-03-05 14:22",
        "【自動返信】お問い合わせありがとうございます",
        """\
※本メールは送信専用アドレスから自動でお送りしています。

お問い合わせいただき、誠にありがとうございます。
以下の内容で受け付けいたしました。

受付番号：HN-260305-00218
受付日時：2026年3月5日 14:22

担当者より3営業日以内にご連絡いたします。
なお、個人情報の開示・訂正・削除のご請求については、専用フォームからお手続きください。
お問い合わせの際にご提供いただいた個人情報は、回答のためにのみ利用し、
一定期間経過後に削除いたします。

ひまわりネット株式会社 カスタマーサポート
""",
        mailer=None,
        headers=[("X-Autoreply", "yes")],
        auto_reply=True,
    ),
    E(
        "y040",
        "ja",
        [],
        "Bounce from a Japanese provider (Japanese human-readable part); the returned original confirms a deletion.",
        ("Mail Delivery System", "MAILER-DAEMON@mail.example.jp"),
        "2026-03-25 16:41",
        "配送エラーのお知らせ (Undelivered Mail Returned to Sender)",
        """\
このメールは、メール配送システムにより自動的に作成されました。

以下の宛先へのメール配送ができませんでした。
宛先のメールアドレスが存在しないか、メールボックスが利用できない状態になっています。
送信されたメールは本メールに添付されています。

<tsubasa.okada@example.jp>: mx.example.jp が応答しました:
    550 5.1.1 <tsubasa.okada@example.jp>: Recipient address rejected: User unknown

お問い合わせの際は、このエラー内容を管理者までお知らせください。
""",
        null_sender=True,
        relay="mail.example.jp",
        bounce=True,
        headers=[("Auto-Submitted", "auto-replied")],
        status=[
            [
                ("Reporting-MTA", "dns; mail.example.jp"),
                ("Arrival-Date", "Wed, 25 Mar 2026 16:41:02 +0900"),
            ],
            [
                ("Final-Recipient", "rfc822; tsubasa.okada@example.jp"),
                ("Original-Recipient", "rfc822;tsubasa.okada@example.jp"),
                ("Action", "failed"),
                ("Status", "5.1.1"),
                ("Remote-MTA", "dns; mx.example.jp"),
                (
                    "Diagnostic-Code",
                    "smtp; 550 5.1.1 <tsubasa.okada@example.jp>: Recipient address rejected: User unknown",
                ),
            ],
        ],
        original={
            "msgid": "<20260325164058.f31a@win-techno.com>",
            "date": "2026-03-25 16:40",
            "to": ("岡田 翼", "tsubasa.okada@example.jp"),
            "subject": "個人データ削除完了のお知らせ（受付番号 WT-20260311-0152）",
            "body": """\
岡田 翼 様

Win Techno サポートセンターでございます。
3月11日にご依頼いただいた個人データの削除について、
本日、ご登録の氏名・連絡先・ご利用履歴の削除がすべて完了いたしましたのでお知らせいたします。

なお、法令により保存が義務付けられている請求書類は、保存期間の経過後に削除いたします。

Win Techno株式会社 サポートセンター
""",
        },
    ),
]

# ---------------------------------------------------------------------------
# English emails
# ---------------------------------------------------------------------------
EMAILS += [
    E(
        "y041",
        "en",
        ["disclosure"],
        "Formal GDPR Art. 15 request from a trial user and webinar attendee: copy, purposes, recipients, retention, source, automated decisions.",
        ("Joost van der Meulen", "joost.vandermeulen@example.org"),
        "2026-01-14 11:20",
        "Data subject access request - J. van der Meulen",
        """\
To the Data Protection Officer of Win Techno Inc.,

Re: request for access pursuant to Article 15 GDPR

I signed up for a 14-day trial of WinGuard Cloud in October 2025 and
registered for your "Zero Trust in 60 Minutes" webinar in November. I am
resident in Rotterdam, the Netherlands.

I hereby request access to the personal data concerning me. In particular I ask
you to provide:

a) a copy of the personal data undergoing processing (Art. 15(3)), including
   trial telemetry, webinar attendance and engagement data, and CRM notes;
b) the purposes of each processing operation and its legal basis;
c) the recipients to whom the data have been disclosed, including your
   webinar platform and any parties outside the EEA;
d) the envisaged storage period;
e) where the data were not collected from me, their source;
f) whether any automated decision-making or lead scoring is applied to me, and
   meaningful information about the logic involved.

Please send the information by email as a PDF or in a structured electronic
format. I am happy to verify my identity by replying from this address.

Yours sincerely,
Joost van der Meulen
""",
        tz=1,
    ),
    E(
        "y042",
        "en",
        ["disclosure"],
        "APPI-style request for the records of provision of his data to third parties.",
        ("Daniel Okoro", "daniel.okoro@example.jp"),
        "2026-01-20 18:44",
        "Request for records of provision to third parties (APPI)",
        """\
Hello,

I'm a foreign resident in Osaka and a personal-plan subscriber. Under Japan's Act
on the Protection of Personal Information, I'd like to request disclosure of the
records of any provision of my personal data to third parties - who received it,
when, and which items were provided. If no such provision has taken place, please
confirm that in writing.

My account email is daniel.okoro@example.jp.

Thank you,
Daniel Okoro
""",
    ),
    E(
        "y043",
        "en",
        ["correction"],
        "Business user changed teams: update job title and direct line, add a mobile number.",
        ("Priya Raman", "priya.raman@lumenfield.example.com"),
        "2026-01-27 10:05",
        "Update my contact details",
        """\
Hi team,

I've moved from the IT team to the Security Operations team at Lumenfield, and my
details on your side are out of date. Could you please update my profile:

- Job title: Security Operations Lead (was: IT Administrator)
- Direct line: +81 3-0000-6125 (was: +81 3-0000-6100)
- Mobile: please add +81 80-0000-2274

My login email stays the same.

Thanks,
Priya

--
Priya Raman | Security Operations Lead
Lumenfield K.K. | 3-12-7 Shibaura, Minato-ku, Tokyo
""",
    ),
    E(
        "y044",
        "en",
        ["suspension"],
        "GDPR Art. 21 objection to direct marketing/profiling and to usage data for recommendations; keeps the account.",
        ("Mattias Holmberg", "mattias.holmberg@example.net"),
        "2026-01-30 08:12",
        "Objection to processing for direct marketing and profiling",
        """\
Dear Sir or Madam,

Pursuant to Article 21 GDPR I object to the processing of my personal data for
direct marketing purposes, including any profiling related to direct marketing.
Please also stop using my product usage data for the "personalised
recommendations" shown in your console.

I wish to keep my account and to continue receiving service and security
notifications.

Please confirm once this has been actioned.

Kind regards,
Mattias Holmberg
Stockholm
""",
        layout="alt",
        html_enc="u8-qp",
        tz=1,
    ),
    E(
        "y045",
        "en",
        ["deletion"],
        "Former employee of a customer asks for Art. 17 erasure of his data; quoted Original Message is an inactivity notice.",
        ("Graham Whitfield", "graham.whitfield@example.com"),
        "2026-03-11 09:47",
        "RE: Your WinGuard Cloud account",
        """\
Hello,

Thanks for the reminder below. I left Corvane Ltd at the end of February and no
longer need the account that was set up for me. Our IT team tell me my user has
been disabled on their side, but my name, mobile number and personal email are
apparently still in your system as a secondary contact.

Please erase all of my personal data held in connection with that account under
Article 17 GDPR, and confirm when done.

Regards,
Graham Whitfield

-----Original Message-----
From: Win Techno Support <support@win-techno.com>
Sent: 10 March 2026 08:30
To: Graham Whitfield <graham.whitfield@example.com>
Subject: Your WinGuard Cloud account

Dear Graham Whitfield,

Your WinGuard Cloud user has not signed in for 30 days. Inactive users are
retained until an administrator removes them. If you no longer need access,
please contact your administrator.

Win Techno Support
""",
        tz=0,
        mailer=("X-Mailer", "Microsoft Outlook 16.0"),
    ),
    E(
        "y046",
        "en",
        ["complaint"],
        "Unique alias given only to Win Techno now gets targeted spam: suspects a breach or sharing, wants an honest answer.",
        ("Sophie Kessler", "sophie.kessler@example.org"),
        "2026-02-02 22:31",
        "Possible data leak — my unique address is getting spam",
        """\
Hi,

I use a unique email alias for every service I sign up to. The one I gave you —
winguard-2025@sophiekessler.example.org — is now receiving spam and a fake
“invoice overdue” email that uses my full name and my city. Nobody but
Win Techno ever had that address together with my name.

I’m frankly alarmed. Either you’ve had a breach or you’ve shared my
details with someone you shouldn’t have. I’d like an honest answer about
what happened, not a template reply.

Sophie
""",
        enc="u8-qp",
        tz=1,
    ),
    E(
        "y047",
        "en",
        ["complaint"],
        "Support ticket details passed to sales for an upsell call: formal complaint; quoted support reply offers deletion of logs.",
        ("Marcus Tan", "marcus.tan@example.net"),
        "2026-03-18 14:02",
        "Re: Ticket #77412 - agent not updating",
        """\
Hi,

The fix worked, thanks. But I have to raise something else: within a day of
opening this ticket I got a call from one of your account executives who knew
about the issue and tried to sell me the Premium support tier. I gave my phone
number to support for troubleshooting, not so it could be handed to sales.

I'm not happy about this at all and I'd like it noted as a formal complaint.

Marcus

On Tue, Mar 17, 2026 at 10:42 AM Win Techno Support <support@win-techno.com> wrote:
> Hi Marcus,
>
> Please reinstall agent version 5.4.2 and let us know if the issue persists.
> If you would like us to delete the diagnostic logs you uploaded, just reply
> to this email.
>
> Best regards,
> Kenji, Win Techno Support
""",
        tz=8,
        reply_to_id="<20260317104200.t77412@win-techno.com>",
    ),
    E(
        "y048",
        "en",
        ["inquiry"],
        "Vendor due diligence: storage country, sub-processor list, group transfers, certifications; disclaimer says delete.",
        ("Helena Marsh", "helena.marsh@orwell-health.example.com"),
        "2026-02-09 13:15",
        "Vendor due diligence - data location and sub-processors",
        """\
Hello Win Techno team,

We are completing our annual vendor review and need a few answers regarding how
you handle the personal data of our staff:

1. In which country/countries is customer data (user names, email addresses,
   device telemetry) stored and backed up?
2. Do you use sub-processors, and if so, is there a current list with their
   locations?
3. Is any personal data transferred to your group companies outside Japan?
4. Do you hold ISO 27001 or ISO 27701 certification?

A reply by 10 April would be appreciated.

Best regards,
Helena Marsh
Procurement & Vendor Risk
Orwell Health Partners

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and
intended solely for the addressee. If you have received this email in error,
please notify the sender immediately and delete it from your system. Any
unauthorised use, disclosure or copying is prohibited.
""",
        tz=0,
    ),
    E(
        "y049",
        "en",
        ["inquiry"],
        "Asks whether support calls are recorded and how long recordings, chats and emails are kept (HTML only).",
        ("Tom Reiner", "tom.reiner@example.com"),
        "2026-02-12 16:30",
        "How long do you keep support chats and call recordings?",
        """\
Hello,

Quick privacy question before I call your hotline: are support calls recorded,
and if so how long are the recordings kept? Same question for chat transcripts
and emails sent to support. I couldn't find retention periods in your privacy
policy.

Thanks,
Tom
""",
        enc="u8-qp",
        layout="html",
        tz=-5,
    ),
    E(
        "y050",
        "en",
        ["inquiry"],
        "Negation trap: asks about AI training on support data and sharing with the parent company; not asking for any change.",
        ("Nadia Farouk", "nadia.farouk@example.net"),
        "2026-02-13 10:10",
        "Questions about AI training and sharing with your parent company",
        """\
Hi there,

Two questions about your privacy practices, purely for my own understanding:

• Are customer support conversations or product telemetry used to train
  machine-learning / AI models (your own or a third party’s)?
• Your website mentions that Win Techno is part of a larger group. Is user
  data shared with the parent company or other group companies, e.g. for
  marketing or product development?

I’m not asking you to change anything on my account, just want to know how
it works.

Cheers,
Nadia
""",
        enc="u8-64",
        tz=4,
        tags=["neg"],
    ),
    E(
        "y051",
        "en",
        ["other"],
        "Decoy: reissue an invoice with a PO number; 'we will delete the original' and a disclaimer saying delete.",
        ("Jenny Collins", "ap@brightwater-foods.example.com"),
        "2026-02-16 09:30",
        "Invoice WT-INV-88213 - PO number missing",
        """\
Hello,

Please reissue invoice WT-INV-88213 with our PO number 4500172 shown. Our system
rejects invoices without a PO reference. Once we have the corrected version we
will delete the original from our AP queue.

Thank you,
Jenny Collins
Accounts Payable | Brightwater Foods Ltd.

DISCLAIMER: This message is intended only for the named recipient. If you are
not the intended recipient, you must not copy, distribute or take any action in
reliance on it; please delete it and notify the sender. Personal data contained
in this email is processed in accordance with our privacy notice.
""",
        tz=0,
        tags=["decoy"],
    ),
    E(
        "y052",
        "en",
        ["other"],
        "Agent crashes after an update; log excerpt attached.",
        ("Arjun Mehta", "arjun.mehta@example.org"),
        "2026-03-18 11:42",
        "Agent crashes on startup after 5.4 update (log attached)",
        """\
Hi support,

Since the auto-update to 5.4.1 last night, the WinGuard agent crashes on startup
on about 40 of our Windows 11 machines. Event Viewer shows faulting module
wgcore.dll, exception code 0xc0000005. Rolling back to 5.3.9 fixes it.

Log excerpt attached. Can you advise whether a hotfix is coming?

Arjun Mehta
IT Operations
""",
        tz=5,
        attachment=(
            "wgagent-crash.log",
            "text/plain",
            "2026-03-18 02:14:07 INFO  wgsvc starting (5.4.1.2207)\n"
            "2026-03-18 02:14:08 ERROR wgcore.dll fault at 0x00007FFB2C1A3F10\n"
            "2026-03-18 02:14:08 INFO  crash dump written to C:/ProgramData/WinGuard/dumps/\n",
        ),
    ),
    E(
        "y053",
        "en",
        ["other"],
        "Decoy: delete a duplicate PO PDF uploaded to the billing portal; re-send an invoice PDF.",
        ("Oliver Grant", "oliver.grant@example.com"),
        "2026-02-18 15:05",
        "Duplicate PDF in the billing portal",
        """\
Hi,

In the billing portal I uploaded our signed purchase order twice by mistake
(PO-2026-031.pdf). Could you delete the duplicate file? There's no delete button
on my side.

Also, can I get the February invoice as a PDF again? The download link has
expired.

Thanks
Oliver
""",
        tz=0,
        tags=["decoy"],
    ),
    E(
        "y054",
        "en",
        ["other"],
        "Decoy: remove an unused API key completely; quoted support reply says disconnecting does not erase data.",
        ("Kwame Asante", "kwame.asante@example.net"),
        "2026-02-19 12:12",
        "Re: Revoking API keys",
        """\
Thanks, that worked for the Jira integration.

One more thing: there's an old API key called "splunk-test-2024" that nobody
uses anymore. I'd like to remove it completely, not just disable it. Is that
possible from the console or do you need to do it?

Kwame

> Hi Kwame,
> To remove an integration, go to Settings > Integrations and click "Disconnect".
> Note that disconnecting does not erase data already sent to the third-party tool.
> Regards, Win Techno Support
""",
        tz=0,
        tags=["decoy"],
    ),
    E(
        "y055",
        "en",
        ["other"],
        "Decoy: co-marketing partnership offer with a long privacy notice listing access/erasure rights and REMOVE.",
        ("Rachel Moore", "rachel.moore@cloudsprout.example.com"),
        "2026-02-20 17:25",
        "Partnership opportunity: co-marketing webinar series",
        """\
Hi Win Techno team,

I'm the partnerships lead at CloudSprout, a backup platform used by about 3,000
SMBs in APAC. We're planning a co-branded webinar series on ransomware recovery
for Q3 and think WinGuard Cloud would be a great fit for the "prevention"
session. We'd cover promotion to our customer base; you'd bring a speaker.

Would you have 20 minutes next week for a quick call?

Best,
Rachel Moore
Partnerships Lead, CloudSprout Pte. Ltd.

---
Privacy notice: CloudSprout processes your business contact details on the
basis of our legitimate interest in developing business relationships. You have
the right to access, rectify or erase your personal data and to object to its
processing at any time. To stop receiving emails from us, reply REMOVE or use
the unsubscribe link in our footer. See cloudsprout.example.com/privacy for
details. If you received this message in error, please delete it.
""",
        tz=8,
        tags=["decoy"],
    ),
    E(
        "y056",
        "en",
        ["other"],
        "Decoy: SEO spam with 'Reply STOP to unsubscribe' and 'reply REMOVE' lines.",
        ("Rank Boost Pro", "offers@rankboost.example.net"),
        "2026-02-21 03:14",
        "Get win-techno.com to page 1 of Google in 30 days!!!",
        """\
Hi Website Owner,

I was checking win-techno.com and noticed it is missing from the first page of
Google for 27 high-value keywords like "cloud endpoint security Japan".

Our white-hat SEO team can fix that in 30 days, GUARANTEED, or you don't pay.
Plans start at just $199/month.

Reply YES for a free audit!

Regards,
Kevin
Rank Boost Pro

Reply STOP to unsubscribe from future emails. To have your details removed
from our database, reply REMOVE.
""",
        tz=-7,
        mailer=None,
        headers=[("Precedence", "bulk")],
        tags=["decoy"],
    ),
    E(
        "y057",
        "en",
        ["disclosure"],
        "Negation trap: explicitly NOT closing the account or deleting data; wants a portable copy of her data.",
        ("Hannah Lindgren", "hannah.lindgren@example.com"),
        "2026-02-23 09:55",
        "Copy of my data (NOT an account deletion)",
        """\
Hello,

To be clear from the start: I do not want my account closed and I do not want
any data deleted. I'm happy with the service.

I would simply like a copy of the personal data you hold about me, in a
portable format (JSON or CSV), including my profile, billing contact details
and the list of devices associated with my account.

Thank you,
Hannah Lindgren
""",
        tz=1,
        tags=["neg"],
    ),
    E(
        "y058",
        "en",
        ["suspension"],
        "Negation trap: 'rather than deleting' the account, stop marketing use of email and usage analytics for marketing.",
        ("Victor Osei", "victor.osei@example.org"),
        "2026-02-24 20:40",
        "Marketing emails",
        """\
Hi,

I've been thinking about closing my account, but rather than deleting it I'd
like to try this first: please stop using my email address for newsletters,
webinar invitations and product promotions, and exclude me from any usage
analytics that feed your marketing.

Thanks,
Victor
""",
        tz=0,
        tags=["neg"],
    ),
    E(
        "y059",
        "en",
        ["correction"],
        "Negation trap: 'no need to close anything' - surname change and a new login email.",
        ("Amelia Hart", "amelia.hart@example.net"),
        "2026-02-26 13:03",
        "Surname change",
        """\
Hello,

I recently got married and changed my surname from Hart to Carrington. There's
no need to close anything or create a new account - could you just update the
name on my profile and invoices to Amelia Carrington? My new email will be
amelia.carrington@example.net; please set it as my login too.

Thanks so much!
Amelia
""",
        tz=10,
        tags=["neg"],
    ),
    E(
        "y060",
        "en",
        ["inquiry"],
        "Negation trap: 'not a deletion request' - asks how long trial users' data is kept and whether it is anonymised.",
        ("Peter Novak", "peter.novak@example.com"),
        "2026-03-02 10:19",
        "What happens to trial data?",
        """\
Hi,

This is not a deletion request - I'm still evaluating. I'm just curious: when a
free trial expires without conversion, how long do you retain the trial user's
personal details and scan data, and is it anonymised or deleted afterwards?

Regards,
Peter
""",
        tz=1,
        tags=["neg"],
    ),
    E(
        "y061",
        "en",
        ["disclosure", "deletion"],
        "Closing the account: first send an export of all her data, then delete it permanently.",
        ("Sinéad Kavanagh", "sinead.kavanagh@example.org"),
        "2026-03-04 19:27",
        "Closing my account - data copy and erasure",
        """\
Hello,

I'm closing my personal WinGuard account this month. Before you remove anything,
please send me an export of all personal data associated with my account
(profile, billing history, support tickets). Once I have confirmed receipt,
please permanently delete all of it, including backups where feasible.

Many thanks,
Sinéad Kavanagh
""",
        enc="l1-qp",
        tz=0,
    ),
    E(
        "y062",
        "en",
        ["complaint", "suspension", "deletion"],
        "Unsubscribed three times, still mailed: complaint, stop all marketing, delete contact data from marketing systems.",
        ("Derek Lawson", "derek.lawson@example.com"),
        "2026-03-05 07:58",
        "Unsubscribed 3 times – still getting your emails",
        """\
To whom it may concern,

I’ve clicked “unsubscribe” on your newsletters three times since December
and I’m still getting two or three emails a week. This is frankly ridiculous
for a security company and I’m starting to wonder what else you do with my
details.

Stop all marketing to this address immediately, and delete my contact data from
your marketing systems. I’ve never been a customer; I only downloaded a
whitepaper once.

Derek Lawson
""",
        enc="w1252-qp",
        tz=-5,
    ),
    E(
        "y063",
        "en",
        ["correction", "suspension"],
        "Indirect: 'I'm moving' gives the new address; also no more printed catalogue or marketing post.",
        ("Grace Whitmore", "grace.whitmore@example.net"),
        "2026-03-06 12:36",
        "New address from April",
        """\
Hi!

Just a heads-up: I'm moving at the end of the month, so from April 1 my address
will be 17-3 Higashi-Nakano 5-chome, Nakano-ku, Tokyo 164-0000. Phone stays the
same.

While you're at it, I no longer want the printed catalogue or any marketing post
- please don't use my address for that anymore.

Grace
""",
        tags=["indirect"],
    ),
    E(
        "y064",
        "en",
        ["deletion"],
        "Indirect: one-week trial user wants to be 'forgotten by your systems entirely'.",
        ("Owen Pritchard", "owen.pritchard@example.org"),
        "2026-03-09 21:08",
        "Please forget me",
        """\
Hello,

I tried WinGuard for a week in 2024 and decided it wasn't for me. I'd now like
to be forgotten by your systems entirely - no account, no mailing list entries,
no CRM record, nothing left that identifies me.

Owen Pritchard
""",
        tz=0,
        tags=["indirect"],
    ),
    E(
        "y065",
        "en",
        ["disclosure"],
        "Indirect, casual: 'what exactly do you have on file for me?' wants to see it all.",
        ("Bea Cole", "bea.cole@example.com"),
        "2026-03-10 23:51",
        "what's on file?",
        """\
hi,
what exactly do you have on file for me? I signed up years ago and honestly
can't remember what I gave you. would be good to see it all.
thx
Bea
""",
        tz=-8,
        mailer=("X-Mailer", "iPhone Mail (22D82)"),
        tags=["indirect"],
    ),
    E(
        "y066",
        "en",
        ["complaint", "deletion"],
        "Erasure was confirmed but a renewal letter with his name still arrived: complaint, erase properly; quoted confirmation mentions deletion.",
        ("Ravi Shankar", "ravi.shankar@example.net"),
        "2026-03-17 08:25",
        "Re: Confirmation - data removal WT-20260205-0093",
        """\
Hello,

Your team confirmed on 5 February (quoted below) that my personal data had been
removed. Yesterday a "your subscription renewal is coming up" letter arrived at
my home address, with my full name on it. So either the confirmation was wrong
or somebody restored my record. Neither is reassuring, and I'm annoyed that I
have to chase this at all.

Please carry out the erasure properly this time, including the billing system
and any printed-mail lists, and tell me what went wrong.

Ravi Shankar

> Dear Mr Shankar,
> We confirm that your personal data has been deleted from our systems as
> requested.
> Kind regards,
> Win Techno Support
""",
        tz=5,
    ),
    E(
        "y067",
        "en",
        ["other"],
        "SAML SSO broken after an IdP certificate rotation (CRLF line endings).",
        ("Megan Doyle", "megan.doyle@harborline.example.com"),
        "2026-03-19 09:14",
        "SAML SSO failing after certificate rotation",
        """\
Hi,

We rotated our IdP signing certificate this morning and now every SSO login to
the console fails with "Invalid SAML response signature". I've uploaded the new
certificate under Settings > SSO but the error persists. Is there a cache on
your side?

Tenant: harborline-prod
Megan Doyle, IT Manager
""",
        tz=-4,
        crlf=True,
    ),
    E(
        "y068",
        "en",
        [],
        "Out-of-office auto-reply (Auto-Submitted, Exchange style).",
        ("Jason Park", "jason.park@meridian-bank.example.com"),
        "2026-03-26 22:03",
        "Automatic reply: Your WinGuard Cloud renewal quote",
        """\
Hi,

I'm on parental leave and back on 1 June. Messages sent to this mailbox are not
read or forwarded in the meantime.

Anything about licences or the WinGuard renewal: procurement@meridian-bank.example.com
Anything urgent on the endpoint platform: the on-call engineer via the IT
service desk, ext. 4400.

Thanks,
Jason
""",
        tz=-4,
        mailer=("X-Mailer", "Microsoft Exchange Server 15.2"),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        auto_reply=True,
    ),
    E(
        "y069",
        "en",
        [],
        "Ticket-system receipt acknowledgement; its privacy line mentions access and deletion requests.",
        ("Northgate Support", "help@northgate-hosting.example.net"),
        "2026-03-27 05:31",
        "[Ticket #NG-204418] We've received your request",
        """\
Hello,

This is an automated confirmation that we have received your message. A member
of our support team will respond within one business day.

Your ticket number is NG-204418. Please keep it in the subject line of any reply.

Privacy: we keep ticket data for 24 months. To request access to or deletion of
your personal data, visit https://northgate-hosting.example.net/privacy.

Northgate Hosting Support
""",
        tz=0,
        mailer=None,
        headers=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Precedence", "bulk"),
        ],
        auto_reply=True,
    ),
    E(
        "y070",
        "en",
        [],
        "Postfix bounce (domain not found); the returned original is a reply confirming an erasure request.",
        ("Mail Delivery System", "MAILER-DAEMON@mail.example.com"),
        "2026-03-27 10:02",
        "Undelivered Mail Returned to Sender",
        """\
This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<l.hoffman@oldmail.example.com>: Host or domain name not found. Name service
    error for name=oldmail.example.com type=MX: Host not found, try again
""",
        tz=0,
        null_sender=True,
        bounce=True,
        headers=[("Auto-Submitted", "auto-replied")],
        status=[
            [
                ("Reporting-MTA", "dns; mail.example.com"),
                ("X-Postfix-Queue-ID", "4Q7HZT1x2Kz9sWb"),
                ("Arrival-Date", "Fri, 27 Mar 2026 10:01:58 +0000"),
            ],
            [
                ("Final-Recipient", "rfc822; l.hoffman@oldmail.example.com"),
                ("Original-Recipient", "rfc822;l.hoffman@oldmail.example.com"),
                ("Action", "failed"),
                ("Status", "5.4.4"),
                (
                    "Diagnostic-Code",
                    "X-Postfix; Host or domain name not found. Name service error for name=oldmail.example.com type=MX: Host not found, try again",
                ),
            ],
        ],
        original={
            "msgid": "<20260327190150.e2r9@win-techno.com>",
            "date": "2026-03-27 19:01",
            "to": ("Lisa Hoffman", "l.hoffman@oldmail.example.com"),
            "subject": "Your erasure request WT-20260316-0377 has been completed",
            "body": """\
Dear Lisa Hoffman,

We have completed your request of 16 March. Your account has been closed and
the personal data associated with it has been deleted from our systems. Backup
copies will be overwritten within 35 days.

Kind regards,
Win Techno Support
""",
            "enc": "ascii",
        },
    ),
    E(
        "y071",
        "en",
        [],
        "Exim bounce (mailbox full) with only the original headers; the original subject mentions a correction.",
        ("Mail Delivery System", "Mailer-Daemon@smtp.example.net"),
        "2026-03-28 03:47",
        "Mail delivery failed: returning message to sender",
        """\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  claire.dunmore@example.net
    mailbox is full: retry timeout exceeded

------ This is a copy of the message's headers. ------
""",
        tz=0,
        null_sender=True,
        bounce=True,
        headers_only=True,
        relay="smtp.example.net",
        headers=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Failed-Recipients", "claire.dunmore@example.net"),
        ],
        status=[
            [("Reporting-MTA", "dns; smtp.example.net")],
            [
                ("Action", "failed"),
                ("Final-Recipient", "rfc822;claire.dunmore@example.net"),
                ("Status", "5.2.2"),
                ("Diagnostic-Code", "X-Exim; mailbox is full: retry timeout exceeded"),
            ],
        ],
        original={
            "msgid": "<20260325113000.k4m1@win-techno.com>",
            "date": "2026-03-25 11:30",
            "to": ("Claire Dunmore", "claire.dunmore@example.net"),
            "subject": "Correction of your registered address - request WT-20260320-0401",
            "body": """\
Dear Claire Dunmore,

We have corrected your registered postal address as requested.

Win Techno Support
""",
            "enc": "ascii",
        },
    ),
    E(
        "y072",
        "en",
        [],
        "Bounce in Exchange wording from MAILER-DAEMON; the original is a reply about a data copy and deletion of old backups.",
        ("Mail Delivery Subsystem", "MAILER-DAEMON@relay.example.org"),
        "2026-03-30 08:15",
        "Undeliverable: Copy of your personal data",
        """\
Delivery has failed to these recipients or groups:

tobias.wren@example.org
The email address you entered couldn't be found. Please check the recipient's
email address and try to resend the message. If the problem continues, please
contact your helpdesk.

Diagnostic information for administrators:

Generating server: relay.example.org
tobias.wren@example.org
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
        tz=0,
        null_sender=True,
        bounce=True,
        relay="relay.example.org",
        status=[
            [
                ("Reporting-MTA", "dns; relay.example.org"),
                ("Received-From-MTA", "dns; mx1.win-techno.com"),
            ],
            [
                ("Final-Recipient", "rfc822; tobias.wren@example.org"),
                ("Action", "failed"),
                ("Status", "5.1.10"),
                (
                    "Diagnostic-Code",
                    "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                ),
            ],
        ],
        original={
            "msgid": "<20260330171402.p0x8@win-techno.com>",
            "date": "2026-03-30 17:14",
            "to": ("Tobias Wren", "tobias.wren@example.org"),
            "subject": "Copy of your personal data",
            "body": """\
Dear Tobias Wren,

As requested, please find the download link for a copy of the personal data we
hold about you below. The link expires in 14 days, after which the file will be
deleted automatically. If you would also like your account data deleted, please
reply to this message.

https://portal.win-techno.com/dsar/download/8f2c61

Kind regards,
Win Techno Support
""",
            "enc": "ascii",
        },
    ),
]

# ---------------------------------------------------------------------------
# Chinese, Korean, French, German and Spanish emails
# ---------------------------------------------------------------------------
EMAILS += [
    E(
        "y073",
        "zh",
        ["complaint", "suspension"],
        "Simplified Chinese (GB2312): promotional mail continues after a confirmed unsubscribe; complains and demands marketing use stop.",
        ("王丽华", "lihua.wang@example.com"),
        "2026-02-10 10:21",
        "退订后仍收到推广邮件",
        """\
您好：

我在2月初已经在贵公司网站上退订了营销邮件，也收到了退订成功的确认。
但是最近三周仍然陆续收到产品推广和网络研讨会的邀请邮件，这让我非常不满。
请立即停止将我的邮箱地址用于任何营销目的，并说明为什么退订没有生效。

王丽华
""",
        enc="gb-64",
        tz=8,
    ),
    E(
        "y074",
        "zh",
        ["other"],
        "Decoy (GBK): reseller proposal from a Shanghai integrator; confidentiality notice says delete this mail.",
        ("陈志强", "zhiqiang.chen@huayun-tech.example.com"),
        "2026-02-11 15:48",
        "关于在华东地区代理贵公司产品的合作意向",
        """\
Win Techno 公司 负责人：

您好！我是上海华云信息技术有限公司的渠道总监陈志强。

我们是一家专注于中小企业网络安全的IT解决方案提供商，在华东地区拥有三百多家企业客户。
我们对贵公司的 WinGuard Cloud 产品非常感兴趣，希望成为贵公司在华东地区的授权代理商。
不知贵公司近期是否方便安排一次线上会议，进一步沟通合作模式和价格政策？

期待您的回复。

陈志强
渠道总监
上海华云信息技术有限公司
电话：021-0000-7788

保密声明：本邮件及其附件含有保密信息，仅限于指定收件人使用。如果您误收了本邮件，
请立即通知发件人并删除本邮件，不得复制、转发或使用其中的任何内容。
""",
        enc="gbk-64",
        tz=8,
        tags=["decoy"],
    ),
    E(
        "y075",
        "zh",
        ["disclosure", "deletion"],
        "Traditional Chinese (Big5): former trial user wants a copy of all data held, then everything deleted.",
        ("林怡君", "yichun.lin@example.net"),
        "2026-02-25 20:36",
        "申請查閱並刪除個人資料",
        """\
貴公司您好：

我是林怡君，曾於去年使用貴公司雲端防護服務的試用版，目前已不再使用。
請先提供貴公司所保存關於我的全部個人資料副本，
確認之後，請將這些資料全部刪除，並以電子郵件通知我處理結果。

林怡君 敬上
""",
        enc="big5-64",
        tz=8,
    ),
    E(
        "y076",
        "zh",
        ["complaint"],
        "Traditional Chinese (UTF-8): a group mail exposed 40+ users' addresses in the To line; complaint.",
        ("黃志明", "chihming.huang@example.org"),
        "2026-03-12 09:05",
        "群發郵件洩露了所有收件人的信箱",
        """\
您好，

今天收到貴公司寄出的「用戶大會報名確認」郵件，收件人欄位竟然列出了四十多位用戶的電子郵件地址，
我的信箱也因此被所有人看到。身為資安公司，這樣處理客戶的個人資料實在令人失望。
請說明事件原因以及後續的改善措施。

黃志明
""",
        enc="u8-64",
        tz=8,
    ),
    E(
        "y077",
        "ko",
        ["complaint", "deletion"],
        "Korean (EUC-KR): ads continue after opting out; complaint and deletion of all personal data.",
        ("김민준", "minjun.kim@example.com"),
        "2026-02-12 13:40",
        "수신거부 후에도 계속 오는 광고 메일",
        """\
안녕하세요.

지난달에 뉴스레터 수신거부를 했는데도 여전히 광고 메일이 오고 있습니다.
제 동의 없이 개인정보를 계속 사용하는 것 같아 매우 불쾌합니다.
제 이메일 주소를 포함한 모든 개인정보를 즉시 삭제해 주시기 바랍니다.

김민준
""",
        enc="euckr-64",
    ),
    E(
        "y078",
        "ko",
        ["disclosure", "correction"],
        "Negation trap: (Korean) not deleting the account; wants to see the data held and the company name corrected.",
        ("이서연", "seoyeon.lee@example.net"),
        "2026-03-03 11:18",
        "개인정보 열람 및 정정 요청",
        """\
담당자님께

안녕하세요, 이서연입니다.
계정을 삭제하려는 것은 아닙니다. 서비스는 계속 이용할 예정입니다.
다만 귀사가 보유하고 있는 제 개인정보 내역을 확인하고 싶으니 열람할 수 있도록 보내 주시고,
등록된 회사명이 예전 직장으로 되어 있으니 "가온데이터"에서 "푸른누리시스템"으로 정정해 주세요.

감사합니다.
이서연 드림
""",
        enc="euckr-64",
        layout="alt",
        html_enc="u8-qp",
        tags=["neg"],
    ),
    E(
        "y079",
        "ko",
        ["other"],
        "Decoy (ks_c_5601-1987): asks for a tax invoice for March; disclaimer says delete the mail.",
        ("박지훈", "jihoon.park@daon-net.example.com"),
        "2026-03-13 16:02",
        "3월 이용료 세금계산서 발행 문의",
        """\
안녕하세요, 다온네트웍스 경영지원팀 박지훈입니다.

3월 이용료에 대한 세금계산서를 발행받을 수 있을까요?
사업자등록번호는 000-00-00000 이며, 담당자 이메일은 이 주소로 부탁드립니다.

감사합니다.

------------------------------------------------------------
본 메일은 수신인만을 위한 것으로 기밀 정보를 포함할 수 있습니다.
잘못 수신하신 경우 즉시 발신자에게 알리고 본 메일을 삭제해 주시기 바랍니다.
""",
        enc="ksc-64",
        mailer=("X-Mailer", "Microsoft Outlook 16.0"),
        tags=["decoy"],
    ),
    E(
        "y080",
        "ko",
        ["inquiry"],
        "Korean (EUC-KR): asks whether inquiries and usage records train AI models and where data is stored.",
        ("정하은", "haeun.jung@example.org"),
        "2026-03-20 10:27",
        "고객 데이터의 AI 학습 활용 여부 문의",
        """\
안녕하세요.

귀사 서비스를 도입하기 전에 몇 가지 궁금한 점이 있어 문의드립니다.
고객이 보낸 문의 내용이나 서비스 이용 기록이 AI 모델 학습에 사용되나요?
또한 고객 데이터는 어느 나라의 서버에 저장되는지도 알려 주시면 감사하겠습니다.

정하은 드림
""",
        enc="euckr-64",
    ),
    E(
        "y081",
        "fr",
        ["inquiry"],
        "French (ISO-8859-1 QP): retention of logs and tickets, sub-processors, hosting countries, transfers.",
        ("Élodie Garnier", "elodie.garnier@example.net"),
        "2026-02-17 14:10",
        "Durée de conservation des données et sous-traitants",
        """\
Bonjour,

Dans le cadre de l'évaluation de votre solution par notre cabinet, pourriez-vous
m'indiquer :
- la durée de conservation des journaux de connexion et des tickets de support ;
- la liste de vos sous-traitants ultérieurs et les pays où les données sont hébergées ;
- si des données sont transférées hors de l'Union européenne ou du Japon, et
  sur quelle base.

Je vous remercie par avance de votre retour.

Cordialement,
Élodie Garnier
Cabinet Garnier & Associés, Lyon
""",
        enc="l1-qp",
        tz=1,
    ),
    E(
        "y082",
        "fr",
        ["disclosure", "suspension"],
        "French (ISO-8859-15): GDPR Art. 15 copy with purposes, and Art. 21 stop profiling/prospecting; keeps account.",
        ("Benoît Lefèvre", "benoit.lefevre@example.org"),
        "2026-02-27 09:33",
        "Demande d'accès et opposition au profilage (RGPD)",
        """\
Madame, Monsieur,

Conformément aux articles 15 et 21 du RGPD, je vous demande :

1. de me communiquer une copie de l'ensemble des données personnelles me
   concernant que vous traitez, ainsi que les finalités de ces traitements ;
2. de cesser d'utiliser mes données à des fins de profilage et de prospection
   commerciale, y compris pour les « recommandations personnalisées » de
   votre console.

Je souhaite conserver mon compte (abonnement à 29 € par mois), qui me donne
entière satisfaction par ailleurs. C'est la loyauté du traitement de mes
données qui est au cœur de ma demande.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Benoît Lefèvre
""",
        enc="l9-qp",
        tz=1,
    ),
    E(
        "y083",
        "fr",
        [],
        "French out-of-office auto-reply (Auto-Submitted).",
        ("Camille Rousseau", "camille.rousseau@atelier-lumen.example.com"),
        "2026-03-31 08:00",
        "Réponse automatique : Votre devis WinGuard Cloud",
        """\
Bonjour,

Je suis absente du bureau jusqu'au 13 avril inclus, sans accès à ma messagerie.
Pour toute demande urgente, merci de contacter mon collègue Julien Perrin
(julien.perrin@atelier-lumen.example.com).

Cordialement,
Camille Rousseau
""",
        enc="l1-8",
        tz=2,
        headers=[("Auto-Submitted", "auto-replied")],
        auto_reply=True,
    ),
    E(
        "y084",
        "fr",
        ["correction"],
        "Negation trap: (French) not asking for account/data deletion, only to correct the postal address; quoted reply offers deletion.",
        ("Mathieu Girard", "mathieu.girard@example.com"),
        "2026-03-16 14:22",
        "Re: Mise à jour de vos informations",
        """\
Bonjour,

Merci pour votre réponse. Je précise que je ne demande pas la suppression de
mon compte ni de mes données : je souhaite simplement que vous corrigiez mon
adresse postale, qui est erronée.

Adresse exacte : 12 rue des Tanneurs, 67000 Strasbourg (et non « 21 rue des
Tanneurs »).

Bien à vous,
Mathieu Girard

Le 16 mars 2026 à 11:05, Support Win Techno <support@win-techno.com> a écrit :
> Bonjour,
> Si vous souhaitez supprimer votre compte, merci de nous le confirmer par
> retour de mail.
> Cordialement,
> Le support Win Techno
""",
        enc="l1-qp",
        tz=1,
        tags=["neg"],
        reply_to_id="<20260316110500.g1r4@win-techno.com>",
    ),
    E(
        "y085",
        "de",
        ["complaint", "disclosure"],
        "German (UTF-8 QP): support phone number passed to sales; complaint plus Art. 15 request on who received the data.",
        ("Katrin Vogel", "katrin.vogel@example.net"),
        "2026-03-12 17:50",
        "Weitergabe meiner Daten an den Vertrieb",
        """\
Sehr geehrte Damen und Herren,

nachdem ich am 9. März ein Support-Ticket wegen eines Lizenzproblems eröffnet
hatte, rief mich bereits am nächsten Tag ein Vertriebsmitarbeiter Ihres Hauses
an und bot mir ein Upgrade an. Meine Telefonnummer hatte ich ausschließlich für
die Fehlerbehebung angegeben. Ich halte diese Weitergabe für unzulässig und bin
darüber sehr verärgert.

Ich bitte daher gemäß Art. 15 DSGVO um Auskunft, welche meiner
personenbezogenen Daten an welche Abteilungen oder Dritte weitergegeben wurden
und zu welchem Zweck.

Mit freundlichen Grüßen
Katrin Vogel
""",
        enc="u8-qp",
        tz=1,
    ),
    E(
        "y086",
        "de",
        [],
        "German out-of-office auto-reply (ISO-8859-15, Auto-Submitted).",
        ("Jörg Baumann", "joerg.baumann@stadtwerke-nord.example.com"),
        "2026-04-01 07:12",
        "Abwesenheitsnotiz: Ihre Anfrage zum Lizenzvertrag",
        """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April nicht im Büro und habe keinen Zugriff auf
meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an it-service@stadtwerke-nord.example.com.

Mit freundlichen Grüßen
Jörg Baumann
""",
        enc="l9-qp",
        tz=2,
        headers=[("Auto-Submitted", "auto-replied")],
        auto_reply=True,
    ),
    E(
        "y087",
        "de",
        ["other"],
        "Decoy (ISO-8859-1 8bit): invoice shows VAT twice; 'we will delete the faulty invoice'; disclaimer says delete.",
        ("Sabine Roth", "sabine.roth@roth-partner.example.com"),
        "2026-03-04 10:44",
        "Frage zur Rechnung Nr. 2026-0311",
        """\
Guten Tag,

auf Ihrer Rechnung Nr. 2026-0311 ist die Umsatzsteuer doppelt ausgewiesen.
Bitte senden Sie uns eine korrigierte Rechnung; die fehlerhafte Rechnung werden
wir dann löschen.

Freundliche Grüße
Sabine Roth
Roth & Partner Steuerberatung

--
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige
Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
sofort den Absender und löschen Sie diese E-Mail.
""",
        enc="l1-8",
        tz=1,
        tags=["decoy"],
    ),
    E(
        "y088",
        "de",
        ["suspension", "deletion"],
        "German (UTF-8 base64): objects to advertising/newsletter use, and asks to close the account and erase all data.",
        ("Felix Hartmann", "felix.hartmann@example.org"),
        "2026-03-21 19:03",
        "Widerspruch und Löschung",
        """\
Hallo,

ich widerspreche hiermit der Nutzung meiner Daten für Werbung und Newsletter.
Außerdem möchte ich, dass Sie mein Benutzerkonto schließen und alle meine
personenbezogenen Daten löschen (Art. 17 DSGVO).

Bitte bestätigen Sie mir die Löschung schriftlich.

Viele Grüße
Felix Hartmann
""",
        enc="u8-64",
        tz=1,
    ),
    E(
        "y089",
        "es",
        ["complaint"],
        "Negation trap: (Spanish, windows-1252) not asking to delete the account; suspects a leak after insurer calls.",
        ("Lucía Fernández", "lucia.fernandez@example.com"),
        "2026-02-24 18:20",
        "Posible filtración de mis datos",
        """\
Hola:

No les pido que borren mi cuenta, pero sí una explicación. Desde hace dos
semanas recibo llamadas de una aseguradora que conoce mi nombre completo y sabe
que soy cliente de Win Techno. Nunca di mi número de teléfono a nadie más que
a ustedes.

Me preocupa muchísimo que mis datos se hayan filtrado o que los hayan cedido
sin mi permiso – es inaceptable.

Un saludo,
Lucía Fernández
""",
        enc="w1252-qp",
        tz=1,
        tags=["neg"],
    ),
    E(
        "y090",
        "es",
        ["disclosure", "correction"],
        "Spanish (windows-1252 8bit): access to a copy of his data and rectification of a misspelt surname.",
        ("Jorge Ramírez", "jorge.ramirez@example.net"),
        "2026-03-05 09:12",
        "Acceso y rectificación de mis datos",
        """\
Buenos días:

Quisiera ejercer mis derechos de acceso y rectificación. Por favor, envíenme
una copia de los datos personales que tienen sobre mí.
Además, mi segundo apellido está mal escrito: debe figurar «Ramírez Ibáñez»
y no «Ramírez Ibañes».

Muchas gracias.
Jorge Ramírez Ibáñez
""",
        enc="w1252-8",
        tz=-6,
    ),
    E(
        "y091",
        "es",
        ["other"],
        "Decoy: distribution partnership proposal for Latin America; confidentiality notice says delete (multipart/alternative).",
        ("Marta Gil", "marta.gil@solucionesnube.example.com"),
        "2026-03-09 16:37",
        "Propuesta de colaboración – distribución en Latinoamérica",
        """\
Estimado equipo de Win Techno:

Me llamo Marta Gil y dirijo el área de alianzas de Soluciones Nube, un
distribuidor de ciberseguridad con presencia en México y Colombia.
Nos interesaría incorporar WinGuard Cloud a nuestro catálogo. ¿Podríamos
agendar una videollamada la próxima semana para conocer sus condiciones para
distribuidores?

Saludos cordiales,
Marta Gil
Directora de Alianzas | Soluciones Nube S.A. de C.V.

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales. Si lo
ha recibido por error, por favor notifíquelo al remitente y elimínelo de su
sistema.
""",
        enc="w1252-qp",
        layout="alt",
        html_enc="u8-qp",
        tz=-6,
        tags=["decoy"],
    ),
    E(
        "y092",
        "es",
        ["suspension", "deletion"],
        "Spanish (ISO-8859-1 QP): stop advertising by mail and SMS, and erase all his personal data.",
        ("Andrés Molina", "andres.molina@example.org"),
        "2026-03-23 12:55",
        "Baja de comunicaciones y supresión de datos",
        """\
Hola,

Por favor, dejen de enviarme publicidad por correo y por SMS. Y ya que estamos,
quiero que supriman todos mis datos personales de sus sistemas; ya no uso el
servicio.

Gracias,
Andrés Molina
""",
        enc="l1-qp",
        tz=1,
    ),
]

# ---------------------------------------------------------------------------
# Chat messages (Telegram bot)
# ---------------------------------------------------------------------------
NEG, DEC, IND, ROM = "neg", "decoy", "indirect", "romaji"

CHATS += [
    # --- Japanese ---
    C(
        "x001",
        "ja",
        ["disclosure"],
        "Wants to see all registered data, not only email and phone.",
        "そちらに登録されてる私の情報、ぜんぶ見せてもらえますか？メアドと電話番号以外に何があるのか知りたいです",
    ),
    C(
        "x002",
        "ja",
        ["disclosure"],
        "Indirect: how is MY information handled - what is stored about her and what it is used for.",
        "私の情報ってどう管理されてるの？自分のぶんについて、何が保存されてて何に使われてるのか教えてほしい",
        [IND],
    ),
    C(
        "x003",
        "ja",
        ["correction"],
        "Surname changed by marriage; fix the registered name.",
        "結婚して苗字が変わりました。登録名を 高橋 → 森本 に直してください🙇",
    ),
    C(
        "x004",
        "ja",
        ["correction"],
        "Indirect: announces a move and gives the new address for mail.",
        "引っ越しました！新しい住所は 大阪府吹田市さくら野2-14-8 です。郵送物はこっちでお願いします📦",
        [IND],
    ),
    C(
        "x005",
        "ja",
        ["suspension"],
        "Stop the newsletter.",
        "メルマガもう要らないので配信止めてください",
    ),
    C(
        "x006",
        "ja",
        ["suspension"],
        "Indirect: no more sales calls (stop using the number for marketing).",
        "営業の電話はもうかけてこないでください。",
        [IND],
    ),
    C(
        "x007",
        "ja",
        ["deletion"],
        "Trial only; delete the name/company data entered at sign-up.",
        "トライアルだけで終わりにします。申し込みの時に入れた名前とか会社名とか、データごと消しといてください",
    ),
    C(
        "x008",
        "ja",
        ["deletion"],
        "Indirect: 'forget me', leave nothing in the records.",
        "私のことは忘れてください。そちらの記録に何も残らないようにしてほしいです",
        [IND],
    ),
    C(
        "x009",
        "ja",
        ["deletion"],
        "Asks how to get data deleted (deletion intent).",
        "登録したデータを消してもらいたい場合って、何か手続きいります？",
    ),
    C(
        "x010",
        "ja",
        ["inquiry"],
        "Retention question: how long data remains if he cancels.",
        "もし解約したら、登録した情報ってどのくらいの期間残るんですか？",
    ),
    C(
        "x011",
        "ja",
        ["inquiry"],
        "Storage country question.",
        "御社のサービスって、データは国内のサーバーに保存されてますか？それとも海外？",
    ),
    C(
        "x012",
        "ja",
        ["inquiry"],
        "Are chat contents used for AI training?",
        "チャットで送った内容ってAIの学習に使われたりします？",
    ),
    C(
        "x013",
        "ja",
        ["complaint"],
        "Seminar mails keep coming after opting out; grievance only.",
        "配信停止したのにまだセミナー案内のメール来るんだけど…どうなってるの😡",
    ),
    C(
        "x014",
        "ja",
        ["complaint", "suspension"],
        "DM continues after opt-out: complains and asks to stop.",
        "先月配信停止を申し込んだのにまだDMが届きます。いい加減止めてください。ちゃんと対応してほしいです",
    ),
    C(
        "x015",
        "ja",
        ["complaint"],
        "Unknown vendor called mentioning Win Techno: suspects a leaked customer list.",
        "知らない業者から『Win Technoをご利用の方へ』って電話が来た。名簿が漏れてない？ちょっと怖いです",
    ),
    C(
        "x016",
        "ja",
        ["other"],
        "Password reset mail not arriving.",
        "ログインできません。パスワードリセットのメールが届かないです",
    ),
    C(
        "x017",
        "ja",
        ["other"],
        "Billing amount question.",
        "今月の請求額が先月より高いんですが、プラン変わってます？",
    ),
    C(
        "x018",
        "ja",
        ["other"],
        "Decoy: wants to delete scan results in the console.",
        "管理画面でスキャン結果を削除したいのですが、削除ボタンが見当たりません",
        [DEC],
    ),
    C(
        "x019",
        "ja",
        ["other"],
        "Decoy: delete an old API key and issue a new one.",
        "古いAPIキーを削除して新しいのを発行したいです。手順ありますか？",
        [DEC],
    ),
    C(
        "x020",
        "ja",
        ["other"],
        "Agent installation error.",
        "エージェントのインストールでエラー0x80070643が出ます。再起動しても同じです",
    ),
    C(
        "x021",
        "ja",
        ["disclosure"],
        "Negation trap: don't delete the account, only tell what data is held.",
        "退会とかアカウント削除はしないでね！知りたいのは、そっちに私のどんな情報が入ってるかだけです",
        [NEG],
    ),
    C(
        "x022",
        "ja",
        ["correction"],
        "Negation trap: 削除までは不要 - just fix the old phone number.",
        "削除までは不要です。登録の電話番号が古いままなので、それだけ 080-0000-1953 に直してもらえれば",
        [NEG],
    ),
    C(
        "x023",
        "ja",
        ["suspension"],
        "Negation trap: not withdrawing, only stop ad mails.",
        "退会するつもりはないです。広告メールの配信だけ止めてほしい",
        [NEG],
    ),
    C(
        "x024",
        "ja",
        ["other"],
        "Negation trap: not about deleting data, a pricing question (annual payment).",
        "データ消してとかじゃなくて、単純に料金の質問なんですが、年払いってできます？",
        [NEG],
    ),
    C(
        "x025",
        "ja",
        ["disclosure", "deletion"],
        "Show all collected data first, then delete it all.",
        "解約前に、これまで私について記録してきた内容を一覧で送ってください。中身を確かめたうえで、最後は全部削除でお願いします",
    ),
    C(
        "x026",
        "ja",
        ["correction", "suspension"],
        "New email address, and no more campaign notices.",
        "メアド変わりました→ k.fujii@example.jp です。あと、キャンペーンのお知らせは今後送らないでください",
    ),
    C(
        "x027",
        "ja",
        ["complaint", "deletion"],
        "Signed up to the newsletter without consent: complaint and delete my info.",
        "勝手にメルマガ登録されてた。こういうの本当に困る。私の情報消して",
    ),
    C(
        "x028",
        "ja",
        ["disclosure"],
        "Casual: how much registration data is there, wants a list.",
        "おれの登録情報って全部でどんだけあんの？一覧ほしい",
    ),
    C(
        "x029",
        "ja",
        ["disclosure"],
        "Romaji: tell me what personal information is registered.",
        "watashi no kojin jouhou, nani ga touroku sareteru ka oshiete kudasai",
        [ROM],
    ),
    C(
        "x030",
        "ja",
        ["deletion"],
        "Romaji: no longer used, delete the account and registered data.",
        "mou tsukawanai node, akaunto to touroku deeta wo sakujo shite kudasai",
        [ROM],
    ),
    C(
        "x031",
        "ja",
        ["suspension"],
        "Negation trap: romaji - stop the newsletter, but no cancellation (kaiyaku wa shimasen).",
        "meeru magajin no haishin teishi onegai shimasu. kaiyaku wa shimasen",
        [ROM, NEG],
    ),
    C(
        "x032",
        "ja",
        ["correction"],
        "Romaji: phone number changed.",
        "denwa bangou ga kawarimashita. 090-0000-7731 ni henkou onegai shimasu",
        [ROM],
    ),
    C(
        "x033",
        "ja",
        ["other"],
        "Romaji: cannot log in, is there an outage?",
        "roguin dekinai n desu kedo, ima shougai desu ka?",
        [ROM],
    ),
    C(
        "x034",
        "ja",
        ["inquiry"],
        "Romaji: what are cookies used for, any for ads?",
        "kukkii tte nani ni tsukatte masu ka? koukoku you mo arimasu ka?",
        [ROM],
    ),
    C(
        "x035",
        "ja",
        ["suspension"],
        "Indirect: もう連絡しないで - no calls or mails.",
        "もう連絡しないで。電話もメールもいらない",
        [IND],
    ),
    C(
        "x036",
        "ja",
        ["inquiry"],
        "Group sharing question.",
        "親会社とかグループ会社に、利用者の情報って共有してたりします？",
    ),
    C(
        "x037",
        "ja",
        ["inquiry"],
        "Sub-processor question: which outside vendors handle personal data.",
        "個人情報の取り扱いを委託してる外部の業者ってどこですか？一覧とかありますか",
    ),
    C(
        "x038",
        "ja",
        ["complaint"],
        "Disclosure request ignored for two weeks.",
        "2週間前に開示請求したのに何の返事もない。どうなってるんですか",
    ),
    C(
        "x039",
        "ja",
        ["complaint"],
        "Notice mail exposed everyone's addresses (should be BCC).",
        "昨日のお知らせメール、宛先に他の人のアドレスが全部見えてましたよ。普通BCCでしょ…",
    ),
    C(
        "x040",
        "ja",
        ["complaint", "disclosure"],
        "Sales call from an affiliate after an expo: complaint and provision records.",
        "展示会で名刺を渡しただけなのに、知らない関連会社から営業電話が来ました。私の情報を誰に渡したのか、提供の記録を出してください",
    ),
    C(
        "x041",
        "ja",
        ["suspension"],
        "Stop providing my data to partners.",
        "私のデータを提携先に提供するのはやめてください",
    ),
    C(
        "x042",
        "ja",
        ["suspension"],
        "Stop using my data for usage analysis.",
        "利用状況の分析に私のデータを使うのはやめてもらえますか？",
    ),
    C(
        "x043",
        "ja",
        ["suspension", "deletion"],
        "Stop the mails, then delete the registration data.",
        "メール止めて、それから登録情報も削除して",
    ),
    C(
        "x044",
        "ja",
        ["other"],
        "Sales: quote for 50 licences.",
        "50ライセンスで見積もりほしいです。営業の方から連絡ください",
    ),
    C(
        "x045",
        "ja",
        ["other"],
        "Decoy: delete an invoice PDF uploaded by mistake.",
        "請求書のPDFを間違えてアップロードしちゃったので削除してもらえますか",
        [DEC],
    ),
    C("x046", "ja", ["other"], "When does maintenance end?", "メンテナンスっていつ終わります？"),
    C(
        "x047",
        "ja",
        ["other"],
        "Decoy: angry about outages (service quality, not personal data).",
        "障害多すぎ。今月3回目だよ。ちゃんとして",
        [DEC],
    ),
    C(
        "x048",
        "ja",
        ["correction"],
        "Change registered email from work to personal address.",
        "登録メアドを個人用に変えたいです（旧 ishii@corp.example.jp → 新 ishii.a@example.net）",
    ),
    C(
        "x049",
        "ja",
        ["disclosure"],
        "Wants own login history to check for unauthorised access.",
        "自分のアカウントのログイン履歴を出してもらえますか？不正アクセスされてないか確認したくて",
    ),
    C(
        "x050",
        "ja",
        ["disclosure", "correction"],
        "Check registered data; fix the address if outdated.",
        "登録情報を確認させてください。たぶん住所が古いままなので、違ってたら直してほしいです",
    ),
    C(
        "x051",
        "ja",
        ["suspension"],
        "Negation trap: not asking for deletion, stop ad use.",
        "消してほしいわけじゃないんですが、広告に使うのはやめて",
        [NEG],
    ),
    C(
        "x052",
        "ja",
        ["deletion"],
        "Erase my information from the customer list.",
        "そちらの顧客リストから私の情報を抹消してください",
    ),
    C(
        "x053",
        "ja",
        ["disclosure"],
        "Indirect: wants to know what the company knows about him.",
        "私についてそっちで何を把握してるのか知りたい",
        [IND],
    ),
    C(
        "x054",
        "ja",
        ["correction"],
        "Indirect: surname will become 中村 next month.",
        "来月から姓が『中村』になります。よろしくです",
        [IND],
    ),
    C(
        "x055",
        "ja",
        ["inquiry"],
        "Retention of contact-form data.",
        "問い合わせフォームに入れた情報って、何年くらい保管されるんですか？",
    ),
    C(
        "x056",
        "ja",
        ["inquiry"],
        "Negation trap: 削除依頼ではない - only how data is handled after withdrawal.",
        "削除依頼とかではないです。単純に、退会したあとデータがどう扱われるのか知りたいだけです",
        [NEG],
    ),
    C(
        "x057",
        "ja",
        ["other"],
        "Decoy: side-job spam with 'reply STOP'.",
        "【副業】1日5分スマホをタップするだけで月30万円💰 詳しくはプロフのリンクから！配信停止はSTOPと返信",
        [DEC],
    ),
    C(
        "x058",
        "ja",
        ["complaint", "suspension", "deletion"],
        "Keeps getting calls despite refusals: stop using the number, delete everything.",
        "何度も断ってるのに電話してくる。もう私の番号使わないで、データも全部消して",
    ),
    C(
        "x059",
        "ja",
        ["other"],
        "2FA phone replaced, locked out.",
        "二段階認証のスマホを機種変したらログインできなくなった😭",
    ),
    C(
        "x060",
        "ja",
        ["disclosure"],
        "Disclose records of provision to third parties.",
        "私の情報を第三者に提供した記録があれば開示してください",
    ),
    C(
        "x061",
        "ja",
        ["correction"],
        "Add an emergency contact number to the registration.",
        "登録情報に緊急連絡先を追加したいです。090-0000-5528 でお願いします",
    ),
    C(
        "x062",
        "ja",
        ["suspension"],
        "Negation trap: not cancelling, only turn off the newsletter.",
        "解約じゃないです！ニュースレターの配信だけオフにしてください🙇‍♀️",
        [NEG],
    ),
    # --- English ---
    C(
        "x063",
        "en",
        ["disclosure"],
        "Casual request for a copy of personal data.",
        "hey, can you send me a copy of whatever personal data you have on me? thx",
    ),
    C(
        "x064",
        "en",
        ["disclosure"],
        "Indirect: 'what do you actually have on me?'",
        "what do you guys actually have on me?",
        [IND],
    ),
    C(
        "x065",
        "en",
        ["disclosure"],
        "Portability: download all my data as JSON/CSV.",
        "I'd like to download all my data in a machine-readable format (JSON or CSV is fine).",
    ),
    C(
        "x066",
        "en",
        ["correction"],
        "Update phone number.",
        "pls update my phone number to +81 90-0000-3391, the old one is dead",
    ),
    C(
        "x067",
        "en",
        ["correction"],
        "Indirect: moving, gives the new address.",
        "I'm moving next week — from April 1 my address will be 2-8-5 Minami-Aoyama, Minato-ku, Tokyo 107-0000",
        [IND],
    ),
    C(
        "x068",
        "en",
        ["correction"],
        "Date of birth in the profile is wrong.",
        "the date of birth in my profile is off by a year. should be 1991-03-02, not 1990-03-02",
    ),
    C(
        "x069",
        "en",
        ["suspension"],
        "Stop marketing emails.",
        "stop sending me marketing emails please",
    ),
    C(
        "x070",
        "en",
        ["suspension"],
        "Opt out of sharing with partners.",
        "Please opt me out of any data sharing with your partners.",
    ),
    C(
        "x071",
        "en",
        ["suspension"],
        "Indirect: never hear from sales again.",
        "I don't want to hear from your sales team ever again.",
        [IND],
    ),
    C(
        "x072",
        "en",
        ["suspension"],
        "Stop analytics/profiling, keep the account.",
        "please don't use my usage data for analytics or profiling. keep my account active tho",
    ),
    C(
        "x073",
        "en",
        ["deletion"],
        "Delete account and data.",
        "Close my account for good and purge every bit of data linked to it.",
    ),
    C(
        "x074",
        "en",
        ["deletion"],
        "Indirect: 'please forget me'.",
        "Please forget me. I used your trial in 2024 and don't want to be in your systems anymore.",
        [IND],
    ),
    C(
        "x075",
        "en",
        ["deletion"],
        "How do I get my data erased (deletion intent).",
        "how do I get my data erased?",
    ),
    C(
        "x076",
        "en",
        ["deletion"],
        "Indirect, txt-speak: wipe my info.",
        "yo can u wipe all my info, done w/ this app lol",
        [IND],
    ),
    C(
        "x077",
        "en",
        ["inquiry"],
        "What happens to data on cancellation (practice question).",
        "if I cancel, what happens to my data?",
    ),
    C(
        "x078",
        "en",
        ["inquiry"],
        "Cookies and third-party trackers on the dashboard.",
        "Which cookies does your dashboard set? Any third-party trackers?",
    ),
    C(
        "x079",
        "en",
        ["inquiry"],
        "Storage location for a vendor assessment.",
        "Where is customer data physically stored? Japan, US, EU? Need it for our vendor assessment.",
    ),
    C(
        "x080",
        "en",
        ["inquiry"],
        "AI training on tickets.",
        "do you train your AI models on customer tickets?",
    ),
    C(
        "x081",
        "en",
        ["inquiry"],
        "Sub-processor list.",
        "Is there a public list of your sub-processors?",
    ),
    C(
        "x082",
        "en",
        ["inquiry"],
        "Sharing with the parent company.",
        "does Win Techno share user info with its parent company?",
    ),
    C(
        "x083",
        "en",
        ["complaint"],
        "Retargeted ads after opting out.",
        "I opted out of ads last month and I'm STILL getting retargeted by you on every site. not cool",
    ),
    C(
        "x084",
        "en",
        ["complaint"],
        "Phishing to a service-only alias: suspects a leak.",
        "got a phishing email addressed to the alias I ONLY used for your service. did you leak my email??",
    ),
    C(
        "x085",
        "en",
        ["complaint"],
        "Earlier data request ignored for five weeks.",
        "I asked for my data 5 weeks ago (ticket #48213) and got no response at all. This is unacceptable.",
    ),
    C(
        "x086",
        "en",
        ["complaint", "deletion"],
        "Newsletter exposed 200 addresses in CC: complaint and delete my data.",
        "Your newsletter went out with 200 addresses in CC, including mine. Delete my data, all of it.",
    ),
    C(
        "x087",
        "en",
        ["complaint"],
        "Support ticket led to a sales call: data passed to sales.",
        "I filed a support ticket and the next day a sales rep called me about an upgrade. Why is support passing my info to sales?",
    ),
    C("x088", "en", ["other"], "Account locked.", "can't log in, says account locked"),
    C(
        "x089",
        "en",
        ["other"],
        "How to add a second admin.",
        "how do I add a second admin to our tenant?",
    ),
    C(
        "x090",
        "en",
        ["other"],
        "Decoy: export scan results to CSV.",
        "how do I export scan results to CSV?",
        [DEC],
    ),
    C(
        "x091",
        "en",
        ["other"],
        "Decoy: remove an old Slack integration.",
        "need to remove the old Slack integration from our workspace, where's that setting?",
        [DEC],
    ),
    C(
        "x092",
        "en",
        ["other"],
        "Decoy: restore an accidentally deleted policy.",
        "deleted a policy by accident 😬 can you restore it??",
        [DEC],
    ),
    C("x093", "en", ["other"], "Double charge refund.", "charged twice this month, pls refund one"),
    C(
        "x094",
        "en",
        ["other"],
        "Decoy: gift-card spam with 'Reply STOP to unsubscribe'.",
        "CONGRATS! You've been selected for a $500 gift card 🎁 Claim now: gift.example.net/claim  Reply STOP to unsubscribe",
        [DEC],
    ),
    C(
        "x095",
        "en",
        ["other"],
        "Reseller enquiry.",
        "Hi! We're a reseller in Singapore interested in distributing WinGuard. Who should I talk to?",
    ),
    C(
        "x096",
        "en",
        ["disclosure"],
        "Negation trap: not closing the account, just list the stored personal info.",
        "not trying to close my account or anything — just curious what personal info you've got stored on me. can you list it?",
        [NEG],
    ),
    C(
        "x097",
        "en",
        ["correction"],
        "Negation trap: 'no need to delete anything', fix the email address.",
        "no need to delete anything, just fix my email address: it should be j.okafor@example.org",
        [NEG],
    ),
    C(
        "x098",
        "en",
        ["suspension"],
        "Negation trap: 'not asking to close anything', stop promo texts.",
        "Not asking to close anything. Just stop the promo texts.",
        [NEG],
    ),
    C(
        "x099",
        "en",
        ["suspension"],
        "Negation trap: 'rather than deleting my account', unsubscribe from the newsletter.",
        "Rather than deleting my account, can you just unsubscribe me from the newsletter?",
        [NEG],
    ),
    C(
        "x100",
        "en",
        ["inquiry"],
        "Negation trap: not requesting anything, asks whether connection IPs are logged and for how long.",
        "not requesting anything, just curious whether you log the IP address I connect from and how long those logs stay around",
        [NEG],
    ),
    C(
        "x101",
        "en",
        ["other"],
        "Negation trap: don't delete anything, needs 2FA reset.",
        "please DON'T delete anything!! I just need help resetting my 2FA",
        [NEG],
    ),
    C(
        "x102",
        "en",
        ["disclosure", "deletion"],
        "Indirect: show 'the full file you keep on me', then wipe the lot.",
        "first show me the full file you keep on me, and once I've looked it over, wipe the lot",
        [IND],
    ),
    C(
        "x103",
        "en",
        ["correction", "suspension"],
        "Update company name and stop webinar invites.",
        "update my company name to Halvorsen Logistics and stop the webinar invites pls",
    ),
    C(
        "x104",
        "en",
        ["suspension", "deletion"],
        "Unsubscribe and erase contact details from the CRM.",
        "Unsubscribe me and erase my contact details from your CRM.",
    ),
    C(
        "x105",
        "en",
        ["complaint", "suspension"],
        "Third time asking to stop emails after unsubscribing.",
        "3rd time asking: STOP emailing me. I unsubscribed in January. Fix your system.",
    ),
    C(
        "x106",
        "en",
        ["disclosure", "correction"],
        "See profile data; birthday is wrong.",
        "can I see my profile data? I think my birthday is wrong in there, should be 1988-07-14",
    ),
    C(
        "x107",
        "en",
        ["complaint", "disclosure"],
        "Details shared with a 'partner' without asking: complaint and list of recipients.",
        "someone at your company shared my details with a 'partner' without asking me. I want a list of every third party you gave my data to.",
    ),
    C(
        "x108",
        "en",
        ["complaint", "disclosure", "deletion"],
        "Never signed up yet they have his email: source and holdings, then delete.",
        "I never signed up for anything with you, yet you have my email. Tell me where you got it and what else you hold, then delete it.",
    ),
    C(
        "x109",
        "en",
        ["correction"],
        "Joking tone: change phone number.",
        "new phone who dis 😂 jk, pls change my number to 070-0000-6612",
    ),
    C(
        "x110",
        "en",
        ["deletion"],
        "Indirect: disappear from the database.",
        "I want to disappear from your database.",
        [IND],
    ),
    C(
        "x111",
        "en",
        ["suspension"],
        "Indirect: take me off the mailing list.",
        "take me off your mailing list",
        [IND],
    ),
    C(
        "x112",
        "en",
        ["disclosure"],
        "Indirect: what was collected when her badge was scanned at the expo.",
        "what info did you collect when I scanned my badge at your expo booth? curious",
        [IND],
    ),
    C("x113", "en", ["other"], "Student discount question.", "is there a student discount?"),
    C(
        "x114",
        "en",
        ["other"],
        "Console timing out.",
        "your status page says all green but the console keeps timing out",
    ),
    C(
        "x115",
        "en",
        ["other"],
        "Decoy: admin wants to delete a departed user from the tenant.",
        "how can I delete a user from our tenant? he left the company last week",
        [DEC],
    ),
    C(
        "x116",
        "en",
        ["inquiry"],
        "Selling data to advertisers?",
        "do you sell customer data to advertisers?",
    ),
    C(
        "x117",
        "en",
        ["deletion"],
        "Formal GDPR Art. 17 erasure request.",
        "Under GDPR Art. 17 I request erasure of all my personal data. Account email: m.dubois-grant@example.com",
    ),
    C(
        "x118",
        "en",
        ["disclosure"],
        "Formal Art. 15 subject access request.",
        "Subject access request: please provide all personal data you process about me, per Art. 15 GDPR.",
    ),
    C(
        "x119",
        "en",
        ["complaint"],
        "Webinar registration shared with a co-sponsor without consent.",
        "honestly disappointed that you shared my webinar registration with a co-sponsor without asking",
    ),
    C(
        "x120",
        "en",
        ["correction", "suspension"],
        "Negation trap: don't close the account; update address and stop sharing with resellers.",
        "don't close my account — just update my home address to 4-1-9 Sakae, Naka-ku, Nagoya, and stop sharing my info with resellers",
        [NEG],
    ),
    C(
        "x121",
        "en",
        ["other"],
        "SLA question.",
        "what uptime SLA do you guarantee on the Enterprise tier? need it for a contract",
    ),
    C(
        "x122",
        "en",
        ["other"],
        "Thanks, problem solved.",
        "thx for the help yesterday, works now 👍",
    ),
    # --- Chinese ---
    C(
        "x123",
        "zh",
        ["disclosure"],
        "Simplified: send a copy of personal data held.",
        "你好，请把你们保存的关于我的个人信息发我一份，谢谢。",
    ),
    C(
        "x124",
        "zh",
        ["correction"],
        "Traditional: new mobile number.",
        "我換了手機號碼，請幫我把帳號上的電話改成 0912-000-345。",
    ),
    C(
        "x125",
        "zh",
        ["suspension"],
        "Negation trap: (simplified) no account deletion, stop promotional mail.",
        "不用删除账号，只是请不要再给我发促销邮件了。",
        [NEG],
    ),
    C(
        "x126",
        "zh",
        ["deletion"],
        "Indirect (simplified): erase me completely from the systems.",
        "我不想再用了，麻烦把我从你们的系统里彻底抹掉。",
        [IND],
    ),
    C(
        "x127",
        "zh",
        ["inquiry"],
        "Traditional: storage country and sharing with the parent company.",
        "請問你們的資料存放在哪個國家的伺服器？會不會分享給母公司？",
    ),
    C(
        "x128",
        "zh",
        ["other"],
        "Decoy (simplified): export scan results to CSV.",
        "扫描结果怎么导出成CSV？找了半天没找到。",
        [DEC],
    ),
    # --- Korean ---
    C(
        "x129",
        "ko",
        ["disclosure"],
        "What personal data is kept about me.",
        "제 개인정보를 어떤 것들을 보관하고 있는지 알려주세요.",
    ),
    C(
        "x130",
        "ko",
        ["correction"],
        "Indirect: moved, new address.",
        "이사했어요! 새 주소는 서울시 마포구 하늘길 12, 303호예요 🏠",
        [IND],
    ),
    C("x131", "ko", ["suspension"], "Stop advertising texts.", "광고 문자 그만 보내주세요."),
    C(
        "x132",
        "ko",
        ["deletion"],
        "Leave the service and erase all my information.",
        "계정 탈퇴하고 제 정보도 전부 지워 주세요.",
    ),
    C(
        "x133",
        "ko",
        ["inquiry"],
        "What cookies are for; any advertising cookies.",
        "쿠키는 어떤 용도로 사용하나요? 광고용 쿠키도 있나요?",
    ),
    C(
        "x134",
        "ko",
        ["other"],
        "Login trouble, reset mail not arriving.",
        "로그인이 안 돼요. 비밀번호 재설정 메일이 안 와요 ㅠㅠ",
    ),
    # --- French ---
    C(
        "x135",
        "fr",
        ["disclosure"],
        "Indirect: what info do you have on me.",
        "Qu'est-ce que vous avez comme infos sur moi, au juste ?",
        [IND],
    ),
    C(
        "x136",
        "fr",
        ["correction"],
        "New phone number.",
        "Bonjour, j'ai changé de numéro, merci de mettre à jour : 06 00 00 41 27",
    ),
    C(
        "x137",
        "fr",
        ["suspension"],
        "Stop the newsletters.",
        "Arrêtez de m'envoyer vos newsletters svp",
    ),
    C(
        "x138",
        "fr",
        ["deletion"],
        "Erase the profile and everything kept about him.",
        "Merci d'effacer définitivement mon profil et tout ce que vous conservez à mon sujet, je n'utilise plus le service.",
    ),
    C(
        "x139",
        "fr",
        ["other"],
        "Decoy: delete an old API key in the console.",
        "Comment supprimer une ancienne clé API dans la console ?",
        [DEC],
    ),
    C(
        "x140",
        "fr",
        ["complaint"],
        "Partner ads despite refusing data sharing.",
        "J'ai reçu de la pub d'un de vos partenaires alors que j'avais refusé le partage de mes données. Inadmissible.",
    ),
    # --- German ---
    C(
        "x141",
        "de",
        ["disclosure"],
        "Which data is stored; send a copy.",
        "Welche Daten habt ihr über mich gespeichert? Bitte schickt mir eine Kopie.",
    ),
    C(
        "x142",
        "de",
        ["correction"],
        "Surname change by marriage.",
        "Mein Nachname hat sich durch Heirat geändert: bitte von Krause auf Lindqvist ändern.",
    ),
    C(
        "x143",
        "de",
        ["deletion"],
        "Delete account with all data.",
        "Bitte löscht mein Konto samt aller Daten.",
    ),
    C(
        "x144",
        "de",
        ["inquiry"],
        "Google Analytics or other trackers on the website?",
        "Nutzt ihr auf der Website Google Analytics oder andere Tracker?",
    ),
    C(
        "x145",
        "de",
        ["other"],
        "Decoy: delete a duplicate invoice PDF in the portal.",
        "Wie kann ich eine doppelt hochgeladene Rechnung (PDF) im Portal löschen?",
        [DEC],
    ),
    C(
        "x146",
        "de",
        ["suspension"],
        "Negation trap: (German) do NOT delete the account; only stop analysing usage for personalised ads.",
        "Konto bitte NICHT löschen! Ich möchte nur nicht mehr, dass ihr mein Nutzungsverhalten für personalisierte Werbung auswertet.",
        [NEG],
    ),
    # --- Spanish ---
    C(
        "x147",
        "es",
        ["disclosure"],
        "Wants to know what personal data is held.",
        "Hola, quiero saber qué datos personales tienen sobre mí.",
    ),
    C(
        "x148",
        "es",
        ["correction"],
        "Indirect: moved, new address.",
        "Me mudé 🙂 mi nueva dirección es Calle de los Olivos 48, 3.º B, 28003 Madrid",
        [IND],
    ),
    C(
        "x149",
        "es",
        ["suspension"],
        "No more advertising.",
        "No quiero recibir más publicidad de ustedes.",
    ),
    C(
        "x150",
        "es",
        ["deletion"],
        "How to get all data deleted (deletion intent).",
        "¿Cómo hago para que borren todos mis datos?",
    ),
    C(
        "x151",
        "es",
        ["inquiry"],
        "Sharing with group companies?",
        "¿Comparten mis datos con otras empresas del grupo?",
    ),
    C(
        "x152",
        "es",
        ["other"],
        "Decoy: loan spam with 'reply BAJA'.",
        "Oferta exclusiva: préstamos al 0% sin papeleo 💸 Responda BAJA para darse de baja.",
        [DEC],
    ),
]

# ---------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------
KINDS = ("disclosure", "correction", "suspension", "deletion", "complaint", "inquiry", "other")


def check_item(it: dict) -> None:
    kinds = it["kinds"]
    assert len(set(kinds)) == len(kinds) and set(kinds) <= set(KINDS), it["id"]
    if it.get("auto_reply") or it.get("bounce"):
        assert kinds == [], it["id"]
    else:
        assert kinds, it["id"]
    for alone in ("inquiry", "other"):
        assert alone not in kinds or kinds == [alone], it["id"]
    assert ("neg" in it["tags"]) == it["note"].startswith("Negation trap:"), it["id"]


def label(file: str, channel: str, it: dict) -> dict:
    return {
        "file": file,
        "channel": channel,
        "language": it["lang"],
        "kinds": it["kinds"],
        "auto_reply": bool(it.get("auto_reply")),
        "bounce": bool(it.get("bounce")),
        "note": it["note"],
    }


def summary(items: list[tuple[str, dict]]) -> str:
    lines = []
    kinds = Counter((channel, kind) for channel, it in items for kind in it["kinds"])
    for kind in KINDS:
        lines.append(
            f"{kind:<11} chat {kinds['chat', kind]:>3}  email {kinds['email', kind]:>3}  total {kinds['chat', kind] + kinds['email', kind]:>3}"
        )
    langs = Counter((channel, it["lang"]) for channel, it in items)
    for lang in sorted({it["lang"] for _, it in items}):
        lines.append(
            f"language {lang}: chat {langs['chat', lang]:>3}  email {langs['email', lang]:>3}"
        )
    tags = Counter(tag for _, it in items for tag in it["tags"])
    lines.append(
        f"items {len(items)} (chat {sum(c == 'chat' for c, _ in items)}, email {sum(c == 'email' for c, _ in items)})"
    )
    lines.append(f"multi-intent {sum(len(it['kinds']) > 1 for _, it in items)}")
    lines.append(
        f"negation traps {tags['neg']}, decoys {tags['decoy']}, indirect {tags['indirect']}, romaji {tags['romaji']}"
    )
    lines.append(
        f"auto-replies {sum(bool(it.get('auto_reply')) for _, it in items)}, bounces {sum(bool(it.get('bounce')) for _, it in items)}"
    )
    return "\n".join(lines)


def main() -> int:
    ids = [it["id"] for it in EMAILS + CHATS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for sub, pattern in (("email", "*.eml"), ("chat", "*.txt")):
        (HERE / sub).mkdir(exist_ok=True)
        for old in (HERE / sub).glob(pattern):
            old.unlink()
    items = []
    labels = []
    for it in CHATS:
        check_item(it)
        name = f"chat/{it['id']}.txt"
        (HERE / name).write_bytes((it["text"].rstrip("\n") + "\n").encode("utf-8"))
        labels.append(label(name, "chat", it))
        items.append(("chat", it))
    for idx, it in enumerate(EMAILS):
        check_item(it)
        name = f"email/{it['id']}.eml"
        (HERE / name).write_bytes(build_email(it, idx))
        labels.append(label(name, "email", it))
        items.append(("email", it))
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for entry in labels:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(summary(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
