#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Generate tests/train/mail2: a labelled development set of 120 emails.

Every text and label lives in this file. Running it deletes `email/t*.eml`
in this folder, then rewrites the messages and `labels.jsonl`
deterministically (fixed dates, Message-IDs, boundaries and IP addresses).
Only the Python standard library is used.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.quoprimime import header_encode as q_header_encode
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "t"
SEED = 20250620
SUPPORT = "support@win-techno.com"
KINDS = {"disclosure", "correction", "suspension", "deletion", "complaint", "inquiry", "other"}

# enc code -> (MIME charset name, Python codec, Content-Transfer-Encoding)
ENCODINGS = {
    "jis": ("ISO-2022-JP", "iso-2022-jp", "7bit"),
    "sjis": ("Shift_JIS", "shift_jis", "base64"),
    "u8b64": ("UTF-8", "utf-8", "base64"),
    "u8qp": ("UTF-8", "utf-8", "quoted-printable"),
    "ascii": ("us-ascii", "ascii", "7bit"),
    "gb": ("GB2312", "gb2312", "base64"),
    "euckr": ("EUC-KR", "euc-kr", "base64"),
    "latin1": ("ISO-8859-1", "iso-8859-1", "quoted-printable"),
    "cp1252": ("windows-1252", "cp1252", "quoted-printable"),
}

# enc code -> (charset used in encoded words, codec, "B" or "Q")
HEADER_CHARSETS = {
    "jis": ("ISO-2022-JP", "iso-2022-jp", "B"),
    "sjis": ("Shift_JIS", "shift_jis", "B"),
    "u8b64": ("UTF-8", "utf-8", "B"),
    "u8qp": ("UTF-8", "utf-8", "B"),
    "ascii": ("UTF-8", "utf-8", "B"),
    "gb": ("GB2312", "gb2312", "B"),
    "euckr": ("EUC-KR", "euc-kr", "B"),
    "latin1": ("ISO-8859-1", "iso-8859-1", "Q"),
    "cp1252": ("windows-1252", "cp1252", "Q"),
}

DEFAULT_ENC = {
    "ja": "jis",
    "en": "ascii",
    "zh": "gb",
    "ko": "euckr",
    "fr": "latin1",
    "de": "u8qp",
    "es": "cp1252",
}

TZ = {
    "ja": [9],
    "en": [-4, 1, 0, -7, 10, -5, 9],
    "zh": [8],
    "ko": [9],
    "fr": [2],
    "de": [2],
    "es": [2, -6],
}

ITEMS: list[dict] = []


def add(key, lang, kinds, note, subject, sender, body, **opts):
    """Register one email item. `sender` is (display name, address)."""
    ITEMS.append(
        dict(
            key=key,
            lang=lang,
            kinds=kinds,
            note=note,
            subject=subject,
            sender=sender,
            body=body,
            **opts,
        )
    )


# ---------------------------------------------------------------- helpers


def _digest(key: str, n: int = 12) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def _encoded_word(text: str, enc: str) -> str:
    cs, codec, method = HEADER_CHARSETS[enc]
    raw = text.encode(codec)
    if method == "Q":
        return q_header_encode(raw, charset=cs)
    return f"=?{cs}?B?{base64.b64encode(raw).decode()}?="


def encode_header_text(text: str, enc: str, limit: int = 66) -> str:
    """Encode a header text into encoded words (<= `limit` chars, so the first fits on the header line)."""
    if text.isascii():
        return text
    prefix = ""
    m = re.match(r"^((?:(?:Re|RE|Fwd|FWD|Fw|FW|AW|WG|TR|RV|Rif): ?)+)", text)
    if m:
        prefix, text = m.group(1), text[m.end() :]
        if not prefix.endswith(" "):
            prefix += " "
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        if chunk and len(_encoded_word(trial, enc)) > limit:
            words.append(_encoded_word(chunk, enc))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_encoded_word(chunk, enc))
    return prefix + " ".join(words)


def encode_addr(name: str | None, addr: str, enc: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header_text(name, enc, limit=75)} <{addr}>"


def text_part(text: str, subtype: str, enc: str) -> Message:
    cs, codec, cte = ENCODINGS[enc]
    raw = text.encode(codec)
    if cte == "7bit":
        payload = raw.decode("ascii")
        assert all(len(line) < 900 for line in payload.split("\n")), "line too long"
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = quopri.encodestring(raw).decode("ascii")
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{cs}"'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def to_html(text: str, cs: str, style: str) -> str:
    """Render a plain-text body as webmail HTML ('gmail' blockquotes or 'soup' nested divs)."""
    lines = text.rstrip("\n").split("\n")
    out = []
    if style == "gmail":
        out.append('<div dir="ltr">')
        quote: list[str] = []

        def flush():
            if quote:
                out.append(
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                )
                for q in quote:
                    q = q[1:].lstrip(" ") if q.startswith(">") else q
                    out.append(f"<div>{html.escape(q) if q.strip() else '<br>'}</div>")
                out.append("</blockquote>")
                quote.clear()

        for line in lines:
            if line.startswith(">"):
                quote.append(line)
                continue
            flush()
            out.append(f"<div>{html.escape(line)}</div>" if line.strip() else "<div><br></div>")
        flush()
        out.append("</div>")
        body = "\n".join(out)
        return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>\n{body}\n</body></html>\n'
    # 'soup': what some webmail composers produce
    out.append(
        '<div id="yiv_compose" style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px;">'
    )
    for i, line in enumerate(lines):
        if not line.strip():
            out.append('<div dir="ltr" data-setdir="false"><br></div>')
        elif i % 3 == 0:
            out.append(
                f'<div dir="ltr" data-setdir="false"><div><span style="font-size:14px;">{html.escape(line)}</span></div></div>'
            )
        else:
            out.append(
                f'<div dir="ltr" data-setdir="false"><span><span style="color:rgb(38,40,42);">{html.escape(line)}</span></span></div>'
            )
    out.append("</div>")
    return (
        '<html><head></head><body><div class="ydp-signature-wrapper"></div>'
        + "".join(out)
        + "</body></html>\n"
    )


def build_simple(spec: dict, enc: str) -> Message:
    """A small message used as a message/rfc822 attachment."""
    m = text_part(spec["body"].strip("\n") + "\n", "plain", enc)
    inner = Message()
    inner["From"] = encode_addr(*spec["from"], enc)
    inner["To"] = spec["to"]
    inner["Subject"] = encode_header_text(spec["subject"], enc)
    inner["Date"] = spec["date"]
    inner["Message-ID"] = spec["msgid"]
    inner["MIME-Version"] = "1.0"
    inner["Content-Type"] = m["Content-Type"]
    inner["Content-Transfer-Encoding"] = m["Content-Transfer-Encoding"]
    inner.set_payload(m.get_payload())
    return inner


def build_item(item: dict, number: int, date: datetime) -> Message:
    key, lang = item["key"], item["lang"]
    enc = item.get("enc") or DEFAULT_ENC[lang]
    fmt = item.get("fmt", "plain")
    body = item["body"].strip("\n") + "\n"
    cs = ENCODINGS[enc][0]
    dig = _digest(key)
    name, addr = item["sender"]
    domain = addr.split("@", 1)[1]

    if fmt == "plain":
        root = text_part(body, "plain", enc)
    elif fmt == "html":
        root = text_part(item.get("html") or to_html(body, cs, "soup"), "html", enc)
    elif fmt == "alt":
        root = Message()
        root["Content-Type"] = f'multipart/alternative; boundary="{"_alt_" + dig + "_"}"'
        root.attach(text_part(body, "plain", enc))
        root.attach(text_part(item.get("html") or to_html(body, cs, "gmail"), "html", enc))
    elif fmt == "mixed822":
        root = Message()
        root["Content-Type"] = f'multipart/mixed; boundary="----=_NextPart_{dig}"'
        root.attach(text_part(body, "plain", enc))
        att = Message()
        att["Content-Type"] = "message/rfc822"
        att["Content-Disposition"] = "attachment"
        att.set_payload([build_simple(item["attach"], item.get("attach_enc", enc))])
        root.attach(att)
    else:
        raise ValueError(fmt)

    msg = Message()
    ip = 2 + int(dig[:4], 16) % 250
    msg["Received"] = (
        f"from {'mail.' + domain} ({'mail.' + domain} [192.0.2.{ip}])\n\tby mx1.win-techno.com (Postfix) with ESMTPS id {dig[:10].upper()}\n\tfor <{SUPPORT}>; {format_datetime(date)}"
    )
    msg["From"] = encode_addr(name, addr, enc)
    msg["To"] = item.get("to", SUPPORT)
    if item.get("cc"):
        msg["Cc"] = item["cc"]
    msg["Subject"] = encode_header_text(item["subject"], enc)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{date.strftime('%Y%m%d%H%M%S')}.{dig}@{domain}>"
    if item.get("reply"):
        ref = f"<{_digest(key + '/ref', 16)}@support.win-techno.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for hk, hv in item.get("headers", []):
        msg[hk] = hv
    msg["MIME-Version"] = "1.0"
    for hk, hv in root.items():
        msg[hk] = hv
    msg.set_payload(root.get_payload())
    return msg


def build_bounce(item: dict, number: int, date: datetime) -> Message:
    key = item["key"]
    dig = _digest(key)
    b = item["bounce"]
    human = b["human"].strip("\n") + "\n"
    msg = Message()
    msg["Return-Path"] = "<>"
    msg["Received"] = f"by {b['mta']} (Postfix)\n\tid {dig[:10].upper()}; {format_datetime(date)}"
    msg["Date"] = format_datetime(date)
    msg["From"] = f"MAILER-DAEMON@{b['mta']} (Mail Delivery System)"
    msg["Subject"] = item["subject"]
    msg["To"] = SUPPORT
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = (
        f'multipart/report; report-type=delivery-status;\n\tboundary="{dig[:8].upper()}.{number}/{b["mta"]}"'
    )
    msg["Content-Transfer-Encoding"] = "7bit"
    msg["Message-ID"] = f"<{date.strftime('%Y%m%d%H%M%S')}.{dig[:10].upper()}@{b['mta']}>"
    msg.preamble = "This is a MIME-encapsulated message."
    p1 = Message()
    p1["Content-Description"] = "Notification"
    p1["Content-Type"] = "text/plain; charset=us-ascii"
    p1.set_payload(human)
    msg.attach(p1)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    per_msg = Message()
    per_msg["Reporting-MTA"] = f"dns; {b['mta']}"
    per_msg["X-Postfix-Queue-ID"] = dig[:10].upper()
    per_msg["Arrival-Date"] = b["arrival"]
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = f"rfc822; {b['rcpt']}"
    per_rcpt["Original-Recipient"] = f"rfc822;{b['rcpt']}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = b["status"]
    per_rcpt["Remote-MTA"] = f"dns; {b['remote']}"
    per_rcpt["Diagnostic-Code"] = b["diag"]
    ds.set_payload([per_msg, per_rcpt])
    msg.attach(ds)
    orig = b["original"]
    if b["mode"] == "rfc822":
        p3 = Message()
        p3["Content-Description"] = "Undelivered Message"
        p3["Content-Type"] = "message/rfc822"
        p3.set_payload([build_simple(orig, orig.get("enc", "ascii"))])
    else:
        p3 = Message()
        p3["Content-Description"] = "Undelivered Message Headers"
        p3["Content-Type"] = "text/rfc822-headers"
        p3.set_payload(orig["headers"].strip("\n") + "\n")
    msg.attach(p3)
    return msg


def serialize(msg: Message) -> bytes:
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n")).flatten(msg)
    return buf.getvalue()


# ================================================================ Japanese (50)

add(
    "j01",
    "ja",
    ["disclosure"],
    "Formal APPI Art. 33 disclosure request on top of an Outlook-quoted support reply that lists deletion/suspension procedures; only the new text counts.",
    "RE: 【Win Techno】お問い合わせの件（受付番号 WT-250412-0381）",
    ("村瀬 康弘", "y.murase@example.jp"),
    """
Win Techno株式会社
カスタマーサポート ご担当者様

お世話になっております。村瀬です。
ご案内ありがとうございました。

ご説明いただいた手続きのうち、まずは開示をお願いしたく存じます。
個人情報保護法第33条に基づき、貴社が保有している私の個人データ
（登録情報、購入履歴、問い合わせ履歴等）の開示を請求いたします。
開示方法は電子データ（PDF等）での提供を希望します。

本人確認書類が必要でしたら、提出方法をご教示ください。

以上、よろしくお願いいたします。

村瀬 康弘
y.murase@example.jp

-----Original Message-----
From: Win Techno サポート <support@win-techno.com>
Sent: Friday, April 11, 2025 5:42 PM
To: 村瀬 康弘 <y.murase@example.jp>
Subject: 【Win Techno】お問い合わせの件（受付番号 WT-250412-0381）

村瀬 康弘 様

お問い合わせいただきありがとうございます。
お客様の個人情報に関しては、以下のご請求を承っております。

・保有個人データの開示
・内容の訂正、追加または削除
・利用の停止または消去
・第三者提供の停止

ご希望の手続きをお知らせください。手続きごとに本人確認を
お願いしております。

Win Techno株式会社 カスタマーサポート
support@win-techno.com
""",
    reply=True,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
)

add(
    "j02",
    "ja",
    ["deletion"],
    "Asks to close the account and erase all registered data; the '> ' quoted support reply about newsletter unsubscription (配信停止) is context only, so no suspension.",
    "Re: メールマガジン配信停止のお手続き完了のお知らせ",
    ("小松 さやか", "sayaka.komatsu@example.jp"),
    """
サポートご担当者さま

メルマガの件、対応ありがとうございました。
ただ、考えてみたら製品ももう使っていないので、
アカウントごと解約して、登録している情報も全部消していただきたいです。
名前・住所・電話番号・クレジットカードの情報など、残っているものすべてです。

手続きに必要なものがあれば教えてください。

小松

2025年4月3日(木) 14:20 Win Techno サポート <support@win-techno.com>:
> 小松 さやか 様
>
> いつもWinGuardをご利用いただきありがとうございます。
> ご依頼のメールマガジンの配信停止手続きが完了いたしました。
> 反映までに数日かかる場合がございます。
>
> なお、アカウントおよびご登録情報の削除をご希望の場合は、
> 別途お申し付けください。
>
> Win Techno株式会社 カスタマーサポート
""",
    reply=True,
    fmt="alt",
)

add(
    "j03",
    "ja",
    ["suspension"],
    "Indirect: forwards a WinGuard campaign mail and asks us to stop sending such mail (marketing use); the forwarded footer's 配信停止 text is not his.",
    "Fwd: 【WinGuard】夏の乗り換えキャンペーン 最大40%OFF",
    ("大野 健二", "ohno.kenji@example.com"),
    """
このメール、毎週のように届くのですが、
もう送ってこないでください。製品は会社で別のものを使っています。

大野

---------- Forwarded message ---------
From: WinGuard ニュース <news@win-techno.example.com>
Date: 2025年6月2日(月) 9:00
Subject: 【WinGuard】夏の乗り換えキャンペーン 最大40%OFF
To: <ohno.kenji@example.com>

大野 健二 様

いつもWinGuardをご愛顧いただきありがとうございます。
他社製品からの乗り換えで、WinGuard Cloudが最大40%OFF！
キャンペーン期間：2025年6月2日〜6月30日

▼詳しくはこちら
https://www.example.com/winguard/campaign

※本メールは配信専用アドレスから送信しています。
※配信停止をご希望の方は、マイページの「メール設定」から
　お手続きください。
""",
    fmt="alt",
)

add(
    "j04",
    "ja",
    ["deletion", "complaint"],
    "Forwards her own earlier deletion request that got no reply for three weeks (complaint about an ignored request) and repeats the deletion request.",
    "Fwd: 個人情報削除のお願い（再送）",
    ("三宅 由美子", "miyake-y@example.jp"),
    """
Win Techno株式会社 御中

下記のとおり、5月12日に個人情報の削除をお願いするメールを
お送りしましたが、3週間以上経った今も何のご連絡もいただけていません。
受付のご返信すらないのはどういうことでしょうか。
個人情報を扱う会社として、あまりに不誠実な対応だと思います。

改めて、私の登録情報をすべて削除してください。
対応が完了したら、その旨を必ずご連絡ください。

三宅 由美子

-------- 転送メッセージ --------
件名: 個人情報削除のお願い
日付: Mon, 12 May 2025 21:14:06 +0900
差出人: 三宅 由美子 <miyake-y@example.jp>
宛先: support@win-techno.com

ご担当者様

以前WinGuardの体験版を利用した三宅と申します。
製品は購入しておりませんので、登録した個人情報を削除してください。
登録メールアドレス：miyake-y@example.jp

よろしくお願いいたします。
""",
    headers=[("User-Agent", "Mozilla Thunderbird")],
)

add(
    "j05",
    "ja",
    ["correction"],
    "Indirect: reports a move and asks that mail go to the new address, i.e. update the registered postal address.",
    "住所が変わりました",
    ("安藤 聡", "satoshi.ando@example.jp"),
    """
Win Techno サポート御中

いつもお世話になっております。
先月引っ越しをしましたので、ご連絡いたします。
年に一度、更新のご案内を郵送でいただいているのですが、
次回からは新しい住所に送っていただけると助かります。

旧住所：〒330-0062 埼玉県さいたま市浦和区仲町2-8-11 コーポ仲町203
新住所：〒338-0001 埼玉県さいたま市中央区上落合5-17-3 グランシティ上落合1106

電話番号は変わっておりません。
ライセンス番号：WG-P-2271-55802

安藤 聡
""",
    enc="sjis",
)

add(
    "j06",
    "ja",
    ["other"],
    "Only 「承知しました」 above an Outlook-quoted support reply confirming deletion; the new text asks for nothing.",
    "RE: 【Win Techno】データ削除完了のご連絡",
    ("森 和也", "kazuya.mori@example.jp"),
    """
承知しました。ご対応ありがとうございました。

森

-----Original Message-----
From: Win Techno サポート [mailto:support@win-techno.com]
Sent: Tuesday, May 20, 2025 11:05 AM
To: 森 和也
Subject: 【Win Techno】データ削除完了のご連絡

森 和也 様

ご依頼いただいておりました、お客様の個人データの削除が完了いたしましたので
ご連絡いたします。
今後、当社からのメール配信および個人データの利用は停止されております。

本件に関するご不明点がございましたら、本メールにご返信ください。

Win Techno株式会社 カスタマーサポート
""",
    reply=True,
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
)

add(
    "j07",
    "ja",
    ["other"],
    "Acknowledges our request for ID documents and says she will upload them; the deletion request exists only in the quoted thread, so the new text makes no request.",
    "Re: 本人確認書類のご提出のお願い",
    ("荒井 美穂", "miho.arai@example.jp"),
    """
承知いたしました。
運転免許証のコピーを、明日にでもアップロードいたします。

荒井

> 荒井 美穂 様
>
> 個人情報削除のご請求を受け付けました。
> 手続きを進めるにあたり、ご本人確認のため、以下のいずれかの
> 書類のコピーをご提出ください。
>
>   ・運転免許証
>   ・マイナンバーカード（表面のみ）
>   ・パスポート
>
> アップロード先：https://www.example.com/winguard/id-upload
>
> Win Techno株式会社 カスタマーサポート
""",
    reply=True,
)

add(
    "j08",
    "ja",
    [],
    "Out-of-office auto-reply (Auto-Submitted: auto-replied) to our mail about updating customer information.",
    "【自動返信】不在のお知らせ（Re: お客様情報の更新について）",
    ("土屋 雅人", "m.tsuchiya@aoba-seiki.example.jp"),
    """
※本メールは自動返信です。

誠に恐れ入りますが、6月24日（火）から6月27日（金）まで
出張のため不在にしております。
期間中にいただいたメールは、6月30日（月）以降に順次確認いたします。

お急ぎの場合は、営業部 代表（03-5555-0142）までご連絡ください。

株式会社アオバ精機 営業部
土屋 雅人
""",
    auto=True,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    date=(2025, 6, 24, 9, 3),
)

add(
    "j09",
    "ja",
    ["deletion"],
    "Company general-affairs department asks to delete six former employees' user accounts and the personal data held about them (bulleted list); disclaimer's 削除 and 'no licence change' are not requests.",
    "退職者アカウントの削除依頼（株式会社ミナト物流）",
    ("ミナト物流 高木", "m.takagi@minato-butsuryu.example.jp"),
    """
Win Techno株式会社
サポートご担当者様

いつもお世話になっております。
株式会社ミナト物流 総務部の高木でございます。

弊社では WinGuard Cloud（法人契約番号：WGC-B-10447）を利用しておりますが、
3月末で下記の従業員が退職いたしました。
つきましては、各人のユーザーアカウントを削除するとともに、
貴社にて保有されている当該従業員の個人情報（氏名、メールアドレス、
利用ログ等）についても削除をお願いできますでしょうか。

  ・佐々木 亮（r.sasaki@minato-butsuryu.example.jp）
  ・中川 美咲（m.nakagawa@minato-butsuryu.example.jp）
  ・岡本 大輔（d.okamoto@minato-butsuryu.example.jp）
  ・石井 さくら（s.ishii@minato-butsuryu.example.jp）
  ・原田 翔（s.harada@minato-butsuryu.example.jp）
  ・西村 恵（m.nishimura@minato-butsuryu.example.jp）

なお、ライセンス数の変更は不要です（新入社員に割り当て予定のため）。

お手数をおかけしますが、よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ミナト物流
総務部 情報システム課
高木 真由美（Takagi Mayumi）
〒455-0032 愛知県名古屋市港区入船1-4-20 ミナトビル5F
TEL：052-555-0188（代表）／FAX：052-555-0189
Mail：m.takagi@minato-butsuryu.example.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールには機密情報が含まれている場合があります。
宛先に誤りがある場合は、お手数ですが送信者までご連絡のうえ、
本メールを削除していただきますようお願いいたします。
""",
)

add(
    "j10",
    "ja",
    ["correction"],
    "Negation trap: company IT asks us to update three employees' registered name, department and phone (numbered list) and explicitly says not to delete the accounts.",
    "登録ユーザー情報の変更について",
    ("木下 隼人", "h.kinoshita@hokuto-sys.example.com"),
    """
Win Techno株式会社 サポート窓口 御中

北斗システム開発株式会社 情報システム部の木下です。
平素より大変お世話になっております。

4月1日付の人事異動および改姓に伴い、WinGuard Cloud に登録されている
弊社ユーザーの情報に変更が生じました。
管理コンソール上では氏名欄を編集できない仕様のようですので、
お手数ですが貴社側で下記のとおり更新していただけますでしょうか。

1. 山内 千尋 → 氏名を「松岡 千尋」に変更（改姓）
   メール：c.yamauchi@hokuto-sys.example.com → c.matsuoka@hokuto-sys.example.com
2. 前田 拓海 → 所属を「開発二部」から「品質保証部」に変更
3. 遠藤 綾 → 電話番号を 03-5555-0117 から 03-5555-0163 に変更

いずれもアカウント自体は引き続き使用しますので、削除はしないでください。

よろしくお願いいたします。

--
北斗システム開発株式会社 情報システム部
木下 隼人
TEL 03-5555-0100
""",
    enc="u8b64",
)

add(
    "j11",
    "ja",
    ["suspension"],
    "Request only in the subject (利用停止 of personal information); the body just says 'as per subject' plus a signature.",
    "個人情報の利用停止のお願い（会員ID：WG0081736）",
    ("平野 雅之", "hirano.m@example.com"),
    """
Win Techno株式会社 御中

件名の件、よろしくお願いいたします。

――――――――――――――――
平野 雅之
hirano.m@example.com
――――――――――――――――
""",
)

add(
    "j12",
    "ja",
    ["disclosure", "correction", "suspension"],
    "Numbered list: (1) disclose held data, (2) correct old phone number, (3) stop using her data for advertising mail while keeping update notices.",
    "個人情報に関する3点のお願い",
    ("佐野 真理子", "mariko.sano@example.jp"),
    """
Win Techno サポートご担当者様

WinGuard（個人版）を利用している佐野と申します。
個人情報について、以下の3点をお願いいたします。

1. 御社が保有している私の個人情報の内容を開示してください。
   （どの項目が登録されているのか一度確認したいです）
2. 登録されている電話番号が古いままになっているので、
   090-5555-3821 に訂正してください。
3. 新製品のご案内などの広告メールに私の情報を使うのは
   やめてください。製品のアップデート通知は引き続き受け取りたいです。

登録メールアドレス：mariko.sano@example.jp
ライセンス番号：WG-P-3390-12847

お手数ですが、よろしくお願いいたします。

佐野 真理子
""",
    fmt="alt",
)

add(
    "j13",
    "ja",
    ["suspension"],
    "Negation trap: wants the marketing newsletter stopped but explicitly says do NOT delete the account.",
    "メルマガについて",
    ("中島 亜希子", "akiko.nakajima@example.jp"),
    """
サポートの方へ

メルマガの配信を止めてほしくてご連絡しました。
ただ、アカウントは削除しないでください！
WinGuardは引き続き使いますし、ライセンスも来年更新するつもりです。
あくまで宣伝のメールが要らないだけです。

マイページのどこで設定すればいいのか分からなかったので、
そちらで止めていただけると助かります。

よろしくお願いします。
中島
""",
)

add(
    "j14",
    "ja",
    ["disclosure"],
    "Negation trap: 「削除までは不要です」 - only wants a list of the information registered about her.",
    "登録情報の確認",
    ("久保 絵美", "emi.kubo@example.jp"),
    """
お世話になります。久保と申します。

ニュースで他社の情報漏えいの話を見て、少し気になったので質問です。
御社に私のどんな情報が登録されているのか、一覧で教えていただけますか。

削除までは不要です。今後もWinGuardは使い続けるつもりなので、
何が保存されているのかを確認したいだけです。

登録アドレス：emi.kubo@example.jp

久保 絵美
""",
    enc="u8qp",
)

add(
    "j15",
    "ja",
    ["inquiry"],
    "Questions about which cookies/analytics tools the website uses and what happens without consent; no right requested.",
    "Cookieについて教えてください",
    ("川口 亮", "ryo.kawaguchi@example.net"),
    """
Win Techno ご担当者様

御社のWebサイトを閲覧した際に、Cookieの同意バナーが表示されました。
以下について教えていただけますでしょうか。

・どのようなCookieを使用しているか（広告用のものは含まれるか）
・外部のアクセス解析ツールを利用しているか
・同意しなかった場合、サイトの機能に制限はあるか

プライバシーポリシーを読んだのですが、具体的な記載が見つかりませんでした。
よろしくお願いいたします。

川口
""",
)

add(
    "j16",
    "ja",
    ["inquiry"],
    "Prospective business customer asks where WinGuard Cloud user data is stored and whether it is provided to overseas contractors or the parent/group companies; general practice questions.",
    "WinGuard Cloudのデータ保管場所について（導入検討中）",
    ("菊地 智也", "t.kikuchi@sunrise-sekkei.example.jp"),
    """
Win Techno株式会社
ご担当者様

株式会社サンライズ設計で情報セキュリティを担当しております菊地です。
WinGuard Cloud の導入を検討しており、社内審査のため
個人情報の取扱いについて確認させてください。

(1) 利用者の氏名・メールアドレス・端末ログ等はどの国のサーバーに保管されますか。
(2) 海外の委託先や親会社・グループ会社に提供されることはありますか。
(3) 提供がある場合、その国の個人情報保護制度について情報提供いただけますか。

ご回答をいただければ、稟議に添付したいと考えております。
お忙しいところ恐縮ですが、よろしくお願いいたします。

菊地 智也
株式会社サンライズ設計 総務部 情報セキュリティ担当
〒231-0023 神奈川県横浜市中区山下町118-2
TEL 045-555-0124
""",
)

add(
    "j17",
    "ja",
    ["inquiry"],
    "Vague subject; asks whether detection/URL logs are sent to our servers and how long they are kept. Retention question; the confidentiality disclaimer's 削除 is boilerplate.",
    "問い合わせ",
    ("井上 直樹", "n.inoue@bayleaf.example.jp"),
    """
ご担当者様

WinGuard をインストールしたPCの動作ログについて質問です。
検出したファイル名やアクセスしたURLなどのログは、
御社のサーバーに送信されているのでしょうか。
送信されている場合、どのくらいの期間保存されるのか教えてください。

以上です。

------------------------------------------------------------
合同会社ベイリーフ
井上 直樹
TEL: 06-5555-0177
------------------------------------------------------------
このメールは、宛先に記載された方のみを対象としています。
誤って受信された場合は、直ちに送信者にご連絡のうえ、
本メールおよび添付ファイルを削除してください。
無断での複製・転送・開示は固くお断りいたします。
""",
    enc="sjis",
)

add(
    "j18",
    "ja",
    ["other"],
    "Decoy: asks to delete (cancel) a duplicated invoice; billing, not personal data.",
    "請求書が二重に発行されています",
    ("高橋 幸子", "keiri@takahashi-koumuten.example.jp"),
    """
Win Techno 経理ご担当者様

いつもお世話になっております。
5月分の請求書（No.INV-2025-05-88213）が、マイページ上に2通表示されています。
金額も同じで、重複して発行されているようですので、
片方を削除（取り消し）していただけますでしょうか。
二重に引き落とされないかも心配しています。

よろしくお願いいたします。

有限会社タカハシ工務店
経理 高橋 幸子
""",
)

add(
    "j19",
    "ja",
    ["other"],
    "Decoy: wants to stop (停止) automatic licence renewal; a billing/contract matter.",
    "自動更新の停止方法",
    ("野口 大樹", "daiki.noguchi@example.com"),
    """
WinGuard のライセンスを自動更新にしているのですが、
来年からは会社でまとめて購入することになったので、
個人契約の自動更新を停止したいです。
マイページのどこから止められますか？
今年の分はそのまま使います。

よろしくお願いします。
野口
""",
    headers=[("X-Mailer", "iPhone Mail (22F76)")],
)

add(
    "j20",
    "ja",
    ["other"],
    "Decoy: HTML-only webmail asking how to delete retired PCs from the management console; device management, not personal data.",
    "管理コンソールから端末を削除したい",
    ("長谷川 純", "j.hasegawa@fujimi-shokai.example.jp"),
    """
お世話になっております。
管理コンソールに、すでに廃棄したPCが3台残ったままになっています。
「端末の削除」ボタンがグレーアウトしていて押せないのですが、
どうすれば一覧から削除できますか？

端末名：
PC-SOUMU-07
PC-SOUMU-11
NB-EIGYO-02

ライセンスを新しいPCに割り当てたいので、至急対応方法を教えてください。

株式会社フジミ商会
システム担当 長谷川
""",
    enc="u8b64",
    fmt="html",
)

add(
    "j21",
    "ja",
    ["other"],
    "Licence activation error; the long signature's confidentiality notice (「削除してください」) is boilerplate.",
    "ライセンス認証ができません",
    ("松井 裕之", "h.matsui@kaneda-seiko.example.jp"),
    """
Win Techno株式会社
テクニカルサポート ご担当者様

いつも大変お世話になっております。
株式会社カネダ精工の松井でございます。

本日、新しく購入したノートPC（Windows 11）に WinGuard をインストールしたところ、
ライセンスキーを入力しても「このキーはすでに使用されています（エラーコード L-2041）」と
表示され、認証ができません。
古いPCはすでに初期化して廃棄済みです。

ライセンスキー：WG-B-7713-40982-KX
購入日：2024年11月8日

ライセンスの割り当てをリセットしていただくことは可能でしょうか。
お手数をおかけしますが、ご確認のほどよろしくお願い申し上げます。

*************************************************
株式会社カネダ精工
管理本部 総務課
松井 裕之（Matsui Hiroyuki）
〒940-0071 新潟県長岡市表町3-2-15
TEL：0258-55-0134　FAX：0258-55-0135
携帯：080-5555-2619
E-mail：h.matsui@kaneda-seiko.example.jp
*************************************************
【機密保持に関するお知らせ】
本メール（添付ファイルを含む）は、宛先として指定された方のみが利用することを
目的としており、機密情報が含まれている場合があります。
本メールの内容に心当たりのない方、または誤って受信された方は、
お手数ですが直ちに送信者にご連絡いただくとともに、本メールを削除してください。
本メールの全部または一部の無断での複製、転送、開示、利用を禁じます。
""",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
)

add(
    "j22",
    "ja",
    ["complaint"],
    "Suspects a leak: a dedicated address registered only with us now gets spam; expresses distrust and demands an explanation. No right requested.",
    "迷惑メールが急増しています",
    ("西田 かおる", "winguard-kaoru@example.com"),
    """
Win Techno サポート様

WinGuard の購入時に、御社専用に作ったメールアドレス
（このアドレスです）を登録しました。
このアドレスは他のどこにも使っていません。

ところが先月あたりから、このアドレス宛てに怪しい投資の勧誘や
偽の請求メールが毎日何通も届くようになりました。
御社から情報が漏れたとしか考えられません。

個人情報をきちんと管理していただけているのか、非常に不信感を持っています。
漏えいがあったのかどうか、調査のうえ説明してください。

西田 かおる
""",
)

add(
    "j23",
    "ja",
    ["suspension", "complaint"],
    "Opted out in April but marketing still arrives (complaint) and demands we never use her address for advertising again (suspension); the quoted newsletter is context.",
    "配信停止したはずですが",
    ("岡田 浩二", "koji-okada@example.net"),
    """
4月に配信停止の手続きをしたのに、今日もまた下のメールが届きました。
これで3通目です。手続きをした意味がありません。

いい加減にしてください。今後一切、宣伝目的で私のアドレスを使わないでください。

岡田

> 差出人: WinGuard ニュース <news@win-techno.example.com>
> 件名: 【WinGuard】新機能「ダークウェブ監視」のご紹介
> 日時: 2025年6月9日 10:00
>
> 岡田 浩二 様
>
> WinGuard Cloud に新機能が登場しました。
> あなたのメールアドレスが流出していないか、24時間監視します。
>
> ※配信停止は https://www.example.com/winguard/unsubscribe から
""",
)

add(
    "j24",
    "ja",
    ["deletion"],
    "HTML-only webmail (div soup): wants to leave and have the account and all registered data (name, address, card) erased.",
    "退会希望",
    ("藤井 あゆみ", "ayumi_fujii@example.jp"),
    """
こんにちは。

WinGuardを退会したいです。
スマホを買い替えてから使わなくなったので、
アカウントを削除して、登録した名前や住所、カード情報も全部消してください。

よろしくお願いします。

藤井 あゆみ
""",
    enc="u8b64",
    fmt="html",
)

add(
    "j25",
    "ja",
    ["correction"],
    "Surname changed by marriage; asks to change the registered name (and invoice addressee).",
    "登録氏名の変更のお願い",
    ("桑原 友香", "yuka.m0312@example.jp"),
    """
Win Techno株式会社
カスタマーサポート 御中

いつもお世話になっております。
WinGuard をご利用させていただいている桑原（旧姓：松本）と申します。

このたび結婚により姓が変わりましたので、ご登録の氏名を変更していただきたく
ご連絡いたしました。

旧氏名：松本 友香（まつもと ゆか）
新氏名：桑原 友香（くわばら ゆか）
登録メールアドレス：yuka.m0312@example.jp（変更なし）

また、請求書の宛名も新しい氏名でお願いできますと幸いです。
必要な書類がありましたらお知らせください。

桑原 友香
""",
    enc="sjis",
)

add(
    "j26",
    "ja",
    ["disclosure"],
    "Formal request for an electronic copy of all personal data held (UTF-8 QP because the name uses 髙).",
    "保有個人データ開示のご請求",
    ("髙田 修", "o.takada@example.com"),
    """
Win Techno株式会社 個人情報お問い合わせ窓口 御中

私、髙田 修は、貴社が保有する私に関する個人データについて、
その写しを電磁的記録にて提供いただくよう請求いたします。

対象：貴社が保有する私の個人データの全項目
　（会員情報、契約・決済情報、製品のアクティベーション記録、
　　サポートへの問い合わせ記録を含みますが、これらに限りません）
提供方法：電子メールによるCSVまたはPDFファイル

登録メールアドレス：o.takada@example.com
ご本人確認の方法についてご指示いただければ、速やかに対応いたします。

髙田 修
""",
    enc="u8qp",
)

add(
    "j27",
    "ja",
    ["disclosure"],
    "Indirect: casual 「わたしの情報って、そちらに何が登録されてます？」 - wants to be told what data is held.",
    "ちょっと質問です",
    ("渡辺ひな", "hina.w@example.jp"),
    """
こんにちは！
WinGuardを3年くらい使ってるんですが、ふと気になって。
わたしの情報って、そちらに何が登録されてます？
住所とか生年月日とか入れた気もするけど覚えてなくて…
わかる範囲で教えてもらえたらうれしいです。

あ、アドレスはこれで登録してます！

渡辺ひな
""",
    headers=[("X-Mailer", "iPhone Mail (22F76)")],
)

add(
    "j28",
    "ja",
    ["suspension"],
    "Indirect: 「もう連絡しないでください」 to a quoted sales follow-up; asks us to stop using his contact data for sales calls and mail.",
    "Re: WinGuard Cloud 無料トライアルのその後はいかがでしょうか",
    ("池田 誠", "m.ikeda@example.net"),
    """
もう連絡しないでください。
トライアルは試しただけで、導入の予定はありません。
電話もメールも結構です。

2025年5月26日(月) 10:02 Win Techno 営業部 斉藤 <k.saito@win-techno.example.com>:
> 池田 様
>
> お世話になっております。Win Techno 営業部の斉藤です。
> 先日はWinGuard Cloud 無料トライアルにお申し込みいただき
> ありがとうございました。
> その後、ご利用状況はいかがでしょうか。
> 来週、15分ほどお電話でご説明のお時間をいただけないでしょうか。
>
> Win Techno株式会社 営業部 斉藤 健
""",
    to="Win Techno 営業部 斉藤 <k.saito@win-techno.example.com>",
    cc=SUPPORT,
    reply=True,
    fmt="alt",
)

add(
    "j29",
    "ja",
    ["inquiry"],
    "Scope trap: hypothetical - asks how long data would be kept if she cancelled next year and says she wants nothing done now; retention question, not a deletion request.",
    "解約後のデータの扱いについて",
    ("吉川 麻衣", "mai.yoshikawa@example.jp"),
    """
お世話になっております。

今すぐではないのですが、来年の更新時に他社製品への乗り換えを検討しています。
参考までに伺いたいのですが、仮に解約した場合、
登録している氏名やメールアドレス、スキャン履歴などは
御社で何年くらい保管されるのでしょうか。
解約と同時に自動的に消えるのか、一定期間残るのかを知りたいです。

今の時点で何か手続きをしてほしいわけではありません。

吉川
""",
)

add(
    "j30",
    "ja",
    ["deletion"],
    "Question form 「個人情報も消してもらいたいのですが、どうすればいいですか」 expresses deletion intent.",
    "退会と個人情報について",
    ("前川 孝", "maekawa.t@example.jp"),
    """
WinGuardの解約はマイページから済ませました。
ただ、解約しただけだと登録した情報は残ったままなんですよね？
個人情報も消してもらいたいのですが、どうすればいいですか。
必要な手続きがあれば教えてください。

前川
maekawa.t@example.jp
""",
)

add(
    "j31",
    "ja",
    ["disclosure", "deletion"],
    "Multi-intent in sequence: first show all registered data, then delete all of it after she has checked.",
    "個人情報の開示と削除について",
    ("坂本 涼子", "r.sakamoto@example.jp"),
    """
Win Techno株式会社 御中

いつもお世話になっております。坂本と申します。
WinGuard の利用を今月で終了することにしました。

つきましては、次の順番で対応をお願いできますでしょうか。
まず、御社に登録されている私の情報（氏名、住所、購入履歴など）が
どのようなものか、一度すべて見せてください。
内容を確認したら私からご連絡しますので、そのあとで全部削除してください。

登録メールアドレス：r.sakamoto@example.jp

よろしくお願いいたします。
坂本 涼子
""",
    fmt="alt",
)

add(
    "j32",
    "ja",
    ["correction", "complaint"],
    "Registered name misspelt despite three earlier correction requests: complaint about ignored requests plus a renewed correction request.",
    "何度目の連絡でしょうか（宛名の誤り）",
    ("大西 直美", "naomi.onishi@example.jp"),
    """
サポートご担当者様

昨年の秋から、御社から届く郵便物の宛名が「大西 直美」ではなく
「大西 直実」になっています。
これまで電話で2回、メールで1回訂正をお願いしましたが、
今日届いた更新案内もまた間違ったままでした。

お願いしたことが全く反映されないのは、個人情報の管理として
どうなのでしょうか。正直、不安になります。

今度こそ、登録されている氏名を「大西 直美」に直してください。
修正が終わったら、ご連絡をお願いします。

大西 直美
""",
)

add(
    "j33",
    "ja",
    ["suspension"],
    "Formal APPI Art. 35 request to stop providing his personal data to third parties (resellers, partners).",
    "第三者提供の停止請求",
    ("栗田 誠一", "s.kurita@example.com"),
    """
Win Techno株式会社
個人情報保護管理者 殿

貴社プライバシーポリシーには、販売代理店および提携企業へ
お客様情報を提供する場合がある旨の記載があります。

私は、私の個人データを第三者へ提供することに同意しておりません。
個人情報保護法第35条に基づき、私の個人データの第三者への提供を
停止するよう請求いたします。

氏名：栗田 誠一
登録メールアドレス：s.kurita@example.com
顧客番号：C-0045512

対応結果を書面または電子メールにてご通知ください。

栗田 誠一
""",
)

add(
    "j34",
    "ja",
    ["other"],
    "Sales: quotation request for 50 WinGuard Cloud licences, with a long signature.",
    "WinGuard Cloud 50ライセンスのお見積もり依頼",
    ("今井 優子", "yuko.imai@ryokufukai.example.jp"),
    """
Win Techno株式会社
営業ご担当者様

はじめてご連絡いたします。
医療法人社団 緑風会 事務局の今井と申します。

当法人の2拠点（クリニック・訪問看護ステーション）で使用する
端末のセキュリティ対策として、WinGuard Cloud の導入を検討しております。
つきましては、下記の条件でお見積もりをいただけますでしょうか。

・製品：WinGuard Cloud（ビジネス版）
・ライセンス数：50台（Windows 42台、Mac 8台）
・契約期間：3年
・導入支援（初期設定代行）の有無による価格差も知りたいです

医療機関向けの割引などがあれば、あわせてご案内ください。
7月中旬までに理事会に諮る予定です。

どうぞよろしくお願いいたします。

----------------------------------------------
医療法人社団 緑風会
法人事務局 総務課
今井 優子
〒192-0046 東京都八王子市明神町4-9-3
TEL 042-555-0172（直通） / FAX 042-555-0173
----------------------------------------------
""",
)

add(
    "j35",
    "ja",
    ["other"],
    "Technical follow-up (scan stops at 37%); the quoted support reply mentions キャッシュを削除 and 同期を停止, which are product steps.",
    "Re: 【WT-250530-1177】スキャンが途中で止まる件",
    ("青木 翼", "tsubasa.aoki@example.com"),
    """
サポート 小林様

ご案内いただいた手順を試しましたが、状況は変わりませんでした。
キャッシュを削除して再起動しても、フルスキャンが37%のところで
止まってしまいます。
ログファイルを添付しようとしたのですが、サイズが大きすぎて送れませんでした。
他に送る方法はありますか。

OS：Windows 11 Pro 23H2
WinGuard バージョン：8.4.2

青木

-----Original Message-----
From: Win Techno サポート 小林 <support@win-techno.com>
Sent: Friday, May 30, 2025 4:18 PM
Subject: 【WT-250530-1177】スキャンが途中で止まる件

青木 様

お問い合わせありがとうございます。
以下の手順をお試しください。

1. WinGuard のクラウド同期を一時的に停止する
2. 設定 > 詳細 > 「キャッシュを削除」を実行する
3. PCを再起動し、フルスキャンを再実行する

改善しない場合は、ログファイルをお送りください。
""",
    reply=True,
)

add(
    "j36",
    "ja",
    ["correction"],
    "Negation trap: change the registered e-mail address; explicitly NOT a cancellation - keep the account and licence.",
    "登録メールアドレス変更",
    ("石川 智之", "ishikawa.tomo@example.com"),
    """
お世話になります。

プロバイダを変えたので、登録しているメールアドレスを変更したいです。
旧：t-ishikawa@example.net
新：ishikawa.tomo@example.com

※解約や退会ではありません！アカウントやライセンスはそのまま残してください。
以前、別の会社でアドレス変更を頼んだら退会扱いにされたことがあるので、
念のため書いておきます。

石川 智之
""",
)

add(
    "j37",
    "ja",
    ["disclosure"],
    "Formal request to disclose the records of provision to / receipt from third parties (APPI Art. 33(5)).",
    "第三者提供記録の開示請求",
    ("永井 亮介", "r-nagai@example.org"),
    """
Win Techno株式会社 御中

個人情報の保護に関する法律第33条第5項に基づき、
貴社が私の個人データを第三者に提供した記録および
第三者から私の個人データの提供を受けた記録の開示を請求します。

対象期間：2022年1月から現在まで
氏名：永井 亮介
登録メールアドレス：r-nagai@example.org

開示は電子メールでお願いいたします。

永井 亮介
""",
)

add(
    "j38",
    "ja",
    ["suspension"],
    "Asks to stop using his usage data for analysis, profiling and ad optimisation (use needed for detection is fine).",
    "利用状況データの分析への利用停止",
    ("星野 健太", "kenta.hoshino@example.com"),
    """
Win Techno サポートご担当者様

WinGuardの利用規約を読み返したところ、製品の利用状況データを
「サービス改善およびマーケティング分析」に利用すると書かれていました。
私の利用状況データや閲覧履歴を分析やプロファイリング、
広告の最適化に使うのはやめてください。
ウイルス検知など、製品の動作に必要な範囲での利用は構いません。

登録アドレス：kenta.hoshino@example.com

星野 健太
""",
    enc="u8b64",
)

add(
    "j39",
    "ja",
    ["deletion"],
    "Trade-show visitor asks to delete her business-card data and survey answers from our database.",
    "展示会で登録した情報について",
    ("村田 恭子", "k.murata@northwind.example.jp"),
    """
Win Techno株式会社 ご担当者様

先日の「情報セキュリティEXPO」で御社ブースに立ち寄った際、
名刺をお渡ししてアンケートにも回答しました。
ただ、その後御社製品を導入する予定はなくなりましたので、
その時にお渡しした名刺の情報とアンケートの回答を
御社のデータベースから削除していただけますか。

株式会社ノースウインド
購買部 村田 恭子
""",
)

add(
    "j40",
    "ja",
    ["complaint"],
    "Complains that the ID documents demanded for her disclosure request are excessive; no new request is made.",
    "本人確認書類について",
    ("上原 理恵", "rie.uehara@example.jp"),
    """
先日、登録情報の開示をお願いしたところ、
運転免許証とマイナンバーカードの両方のコピーと、
住民票の原本まで送るように言われました。

ソフトの購入時にはメールアドレスとカード情報しか登録していないのに、
開示のためにそれ以上の個人情報を差し出せというのは納得できません。
かえって個人情報を集めているように感じます。
このやり方はおかしいと思います。

上原
""",
)

add(
    "j41",
    "ja",
    ["inquiry"],
    "Asks which group companies, which items and who is responsible under the policy's joint-use (共同利用) clause; general policy question.",
    "プライバシーポリシーの「共同利用」について",
    ("浅野 誠司", "s.asano@example.org"),
    """
ご担当者様

御社のプライバシーポリシーの「共同利用」の項目について質問させてください。
「グループ会社と共同利用する場合があります」と記載されていますが、

- 具体的にどのグループ会社が対象なのか
- 共同利用される項目は何か（氏名、メールアドレス、購入履歴など）
- 共同利用の管理責任者はどこになるのか

を教えていただけますか。

よろしくお願いいたします。
浅野
""",
)

add(
    "j42",
    "ja",
    ["other"],
    "Decoy: unsolicited SEO sales pitch; its 「配信停止」 line is the sender's own opt-out instruction.",
    "【ご提案】御社サイトの検索順位を3ヶ月で改善しませんか",
    ("株式会社グロースリンク 木村", "info@growthlink.example.net"),
    """
Win Techno株式会社
ご担当者様

突然のご連絡失礼いたします。
株式会社グロースリンクの営業担当、木村と申します。

御社のWebサイトを拝見し、検索エンジン対策（SEO）で
さらにお問い合わせ数を伸ばせる余地があると感じ、ご連絡いたしました。

弊社では、セキュリティ業界のお客様を中心に、
・キーワード選定
・コンテンツ制作
・被リンク対策
までを月額9万8千円で一括してご支援しております。

まずは無料診断をお試しください。
https://www.example.net/growthlink/free

※今後このようなご案内が不要な場合は、本メールに「配信停止」とご返信ください。
""",
    enc="u8qp",
    fmt="alt",
)

add(
    "j43",
    "ja",
    ["deletion", "complaint"],
    "Rude: someone registered her address without her knowledge and our checks are lax (complaint); demands everything under the address be deleted.",
    "勝手に登録されてる",
    (None, "ryo.t@example.net"),
    """
なんか知らないうちに御社の会員になってるんだけど。
ウィンガードなんて買った覚えないし、パスワードリセットのメールが急に来た。
誰かが私のアドレスで勝手に登録したんじゃないの？
そっちの確認もザルすぎでしょ。

とにかく、このアドレスで登録されてるもの全部消して。
""",
)

add(
    "j44",
    "ja",
    ["correction", "suspension"],
    "Change the registered phone number, and do not use the new number for sales calls (stop marketing use).",
    "電話番号の変更と営業電話について",
    ("杉山 典子", "noriko.sugiyama@example.jp"),
    """
お世話になっております。

登録している電話番号を変更してください。
旧：03-5555-0196（自宅・解約済み）
新：080-5555-7413

それと、新しい番号には営業の電話をかけてこないでください。
更新のお知らせ等はメールでいただければ十分です。
電話番号はあくまで本人確認や緊急時の連絡用として登録するものだと理解しています。

杉山 典子
""",
)

add(
    "j45",
    "ja",
    ["disclosure"],
    "Disclosure request with a bulleted list of data categories (profile, purchases, support history incl. call recordings, identifying device logs).",
    "保有データの開示について",
    ("近藤 秀樹", "h.kondo@example.org"),
    """
Win Techno株式会社
個人情報お問い合わせ窓口 御中

下記の情報について、貴社が保有している内容を開示してください。

・登録者情報（氏名、住所、電話番号、メールアドレス、生年月日）
・購入履歴および決済に関する情報（カード番号は下4桁のみで結構です）
・サポートへの問い合わせ履歴（電話の録音を含む）
・WinGuard から送信された端末情報・検知ログのうち、私を識別できるもの

登録メールアドレス：h.kondo@example.org
開示方法：電子メール（パスワード付きZIPで構いません）

近藤 秀樹
""",
)

add(
    "j46",
    "ja",
    ["correction"],
    "Negation trap: update the registered company name, and explicitly do NOT stop the mail (he still wants vulnerability notices).",
    "登録会社名の修正",
    ("山本 勇", "i.yamamoto@yamamoto-eng.example.jp"),
    """
Win Techno サポート御中

いつもお世話になっております。
弊社は4月に社名を変更いたしましたので、ご登録内容の修正をお願いします。

旧社名：有限会社ヤマモト電設
新社名：株式会社ヤマモトエンジニアリング
担当者名・住所・電話番号に変更はございません。

なお、社名変更に伴う手続きとして「いったん配信を停止して再登録」と
ご案内されることがあるようですが、メールの配信は止めないでください。
製品の脆弱性情報やアップデートのお知らせは引き続き必要です。

株式会社ヤマモトエンジニアリング
山本 勇
""",
)

add(
    "j47",
    "ja",
    ["suspension"],
    "Negation trap: 「データの削除までは求めていません」 and keep the account - only stop using her data for ad targeting.",
    "広告への利用をやめてほしい",
    ("宮本 さつき", "satsuki.miyamoto@example.com"),
    """
サポートご担当様

最近、SNSでWinGuardの広告をよく見かけます。
御社のサイトやアプリの利用履歴をもとに、広告のターゲティングをしているのだと思います。

データの削除までは求めていません。アカウントも残しておいてください。
ただ、私の情報を広告配信に使うのだけはやめてもらえますか。

よろしくお願いします。
宮本
""",
    enc="sjis",
)

add(
    "j48",
    "ja",
    ["other"],
    "「了解です」 above a 「--- 元のメッセージ ---」 quoted support reply about his disclosure request (which also mentions 訂正・利用停止・削除); the new text asks nothing.",
    "Re: 開示請求の受付について",
    ("福田 康介", "kosuke.fukuda@example.net"),
    """
了解です。よろしくお願いします。

--- 元のメッセージ ---
差出人: Win Techno サポート <support@win-techno.com>
送信日時: 2025年6月3日 15:21
宛先: 福田 康介 <kosuke.fukuda@example.net>
件名: 開示請求の受付について

福田 康介 様

保有個人データの開示請求を受け付けました。
本人確認が完了しましたので、2週間以内に電子メールにて開示いたします。
開示データはパスワード付きのファイルでお送りし、パスワードは別便でご連絡します。
訂正・利用停止・削除をご希望の場合も、本メールにご返信ください。

Win Techno株式会社 カスタマーサポート
""",
    reply=True,
    headers=[("User-Agent", "Mozilla Thunderbird")],
)

add(
    "j49",
    "ja",
    ["disclosure", "complaint"],
    "Forwards a third party's sales mail that knows her name and renewal month; suspects we passed her data on (complaint) and demands disclosure of third-party provision records.",
    "Fwd: 【特別なご案内】セキュリティ診断のご紹介",
    ("菅原 直子", "naoko.wg@example.jp"),
    """
Win Techno サポートご担当者様

下記のメールが、見知らぬ会社から届きました。
宛先は、御社でWinGuardを購入する際にだけ使ったアドレスで、
本文には私のフルネームと、WinGuardの契約更新月まで書かれています。
御社が私の情報を外部に渡したとしか思えず、大変不快です。

個人情報保護法に基づき、御社が私の個人データを第三者に
提供した記録があれば、提供先と提供日をすべて開示してください。

菅原 直子

---------- Forwarded message ---------
From: セキュアパートナーズ 営業事務局 <sales@securepartners.example.net>
Date: 2025年6月12日(木) 13:45
Subject: 【特別なご案内】セキュリティ診断のご紹介
To: <naoko.wg@example.jp>

菅原 直子 様

WinGuard をご利用中の皆様へ、7月の契約更新前に特別なご案内です。
弊社の「まるごとセキュリティ診断」が今だけ半額でご利用いただけます。

▼お申し込みはこちら
https://www.example.net/sp/shindan

配信停止をご希望の方はこちら：https://www.example.net/sp/optout
""",
    fmt="alt",
)

add(
    "j50",
    "ja",
    ["deletion"],
    "Japanese typed in romaji (writer abroad): asks to delete all registered personal information.",
    "kojin jouhou no sakujo onegai",
    ("Aki Nakamura", "aki.nakamura@example.net"),
    """
Win Techno support tantousha sama

Kaigai ni sunde ite, nihongo no nyuuryoku ga dekinai node romaji de shitsurei shimasu.
Mae ni WinGuard no taikenban wo tsukatte imashita ga, mou tsukatte imasen.
Touroku shita kojin jouhou (namae, juusho, denwa bangou) wo subete
sakujo shite itadakemasu deshou ka.

Touroku adoresu: aki.nakamura@example.net

Yoroshiku onegai itashimasu.
Nakamura Aki
""",
    enc="ascii",
)

# ================================================================ English (50)

add(
    "e01",
    "en",
    ["disclosure"],
    "Wants a full machine-readable copy of his data; says he is not ready to delete anything yet. The Gmail-quoted support reply listing access/correction/deletion options is context.",
    "Re: Your request [#WT-48120]",
    ("Marcus Feld", "marcus.feld@example.com"),
    """
Hi,

Thanks for getting back to me so quickly. To clarify, I'm not ready to delete
anything yet. First I'd like a full copy of the personal data you hold about me:
account details, payment records, support tickets, and whatever the WinGuard
client sends back about my devices. A machine-readable format (CSV or JSON) would
be ideal.

Best,
Marcus Feld

On Thu, Apr 17, 2025 at 9:12 AM Win Techno Support <support@win-techno.com> wrote:
> Dear Marcus,
>
> Thank you for contacting Win Techno. We can help you with requests regarding
> your personal information, including access, correction, suspension of use
> and deletion of your data. Please let us know which of these you would like
> us to process, and we will guide you through identity verification.
>
> Kind regards,
> Win Techno Customer Support
""",
    reply=True,
    enc="u8qp",
    fmt="alt",
)

add(
    "e02",
    "en",
    ["deletion"],
    "Indirect: 'Please forget me ... wipe the lot' on top of an Outlook-quoted newsletter; erasure of her details.",
    "RE: WinGuard Insider - June edition",
    ("Dana Whitlock", "dana.whitlock@example.com"),
    """
Please forget me. I cancelled WinGuard two years ago and I don't want my details
sitting in your systems any more. Wipe the lot.

Dana

-----Original Message-----
From: WinGuard Insider <news@win-techno.example.com>
Sent: Tuesday, June 3, 2025 8:00 AM
To: dana.whitlock@example.com
Subject: WinGuard Insider - June edition

Hi Dana,

This month: how ransomware gangs are using AI, three settings every home user
should check, and 20% off WinGuard Family for returning customers.

Read the full newsletter: https://www.example.com/winguard/insider/2025-06

You are receiving this email because you registered a Win Techno account.
Unsubscribe | Manage preferences | Privacy policy
""",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
)

add(
    "e03",
    "en",
    ["suspension"],
    "Forwards a promo mail and asks to be taken off the marketing list while keeping her account.",
    "Fwd: Last chance: WinGuard Cloud Pro at 30% off",
    ("Priya Natarajan", "priya.n@example.org"),
    """
Hi there,

Can you take me off whatever list this came from? I get two or three of these
a week and I'm not interested in upgrading. I still use the basic version,
so keep my account, just no more promos please.

Thanks,
Priya

---------- Forwarded message ---------
From: WinGuard Offers <offers@win-techno.example.com>
Date: Mon, Jun 16, 2025 at 7:30 AM
Subject: Last chance: WinGuard Cloud Pro at 30% off
To: <priya.n@example.org>

Hi Priya,

Your upgrade offer ends at midnight! Get WinGuard Cloud Pro with dark-web
monitoring and a password manager for 30% off your first year.

Upgrade now: https://www.example.com/winguard/upgrade

Don't want these emails? Unsubscribe here.
""",
    fmt="alt",
)

add(
    "e04",
    "en",
    ["suspension", "complaint"],
    "Says she never consented and calls the mailing a privacy violation (complaint); 'Stop using my address for anything' (suspension). Original promo attached as message/rfc822.",
    "I never signed up for this",
    ("Rita Okonkwo", "r.okonkwo@example.net"),
    """
I have never bought anything from Win Techno, never created an account, never
ticked any box. Yet your "exclusive offer" (attached) is in my inbox for the
fourth time this month. Whoever sold you or gave you my address, that's not my
problem, it's yours, and frankly it's a privacy violation.

Stop emailing me. Stop using my address for anything.

- R. Okonkwo
""",
    fmt="mixed822",
    attach={
        "from": ("WinGuard Deals", "deals@win-techno.example.com"),
        "to": "r.okonkwo@example.net",
        "subject": "Exclusive offer for you, Rita",
        "date": "Tue, 17 Jun 2025 07:45:00 +0900",
        "msgid": "<offer-20250617-88213@win-techno.example.com>",
        "body": """
Hi Rita,

As a valued WinGuard customer you can now protect up to 10 devices for the
price of 3. This offer is exclusive to you and expires on Friday.

Claim your offer: https://www.example.com/winguard/exclusive

You received this email because you opted in to offers from Win Techno.
To stop receiving these emails, click unsubscribe.
""",
    },
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
)

add(
    "e05",
    "en",
    ["deletion", "complaint"],
    "Forwards his own deletion request ignored for five weeks (complaint) and repeats the request to delete account and data.",
    "Fwd: Data deletion request - SECOND ATTEMPT",
    ("Gareth Lewis", "g.lewis@example.net"),
    """
Hello,

I'm forwarding the request I sent on 28 April. It's now been over five weeks
with no acknowledgement, no ticket number, nothing. Your own privacy policy says
you respond within two weeks. This is not acceptable.

Please delete my account and all personal data associated with it, and confirm
in writing when it's done.

Gareth Lewis

-------- Forwarded Message --------
Subject: Data deletion request
Date: Mon, 28 Apr 2025 19:03:51 +0100
From: Gareth Lewis <g.lewis@example.net>
To: support@win-techno.com

Hi,

I'd like my WinGuard account (g.lewis@example.net) closed and my personal
data erased.

Thanks,
Gareth
""",
    headers=[("User-Agent", "Mozilla Thunderbird")],
)

add(
    "e06",
    "en",
    ["correction"],
    "Indirect: 'we moved house ... please send paperwork to the new place' - update of the registered postal address.",
    "new address",
    ("Sam Oduya", "sam.oduya@example.com"),
    """
hi,

just a heads up that we moved house at the end of May, so please send
any paperwork / the renewal reminder to the new place from now on:

  14 Alder Crescent
  Harwood Park
  Leeds LS6 4QX

phone and email stay the same.

cheers
Sam
""",
)

add(
    "e07",
    "en",
    ["other"],
    "'OK thanks!' above a quoted thread in which he asked for deletion and we confirmed; the new text requests nothing.",
    "Re: Account deletion",
    ("Tom Barker", "tbarker@example.com"),
    """
OK thanks!

Sent from my iPhone

> On Jun 10, 2025, at 4:02 PM, Win Techno Support <support@win-techno.com> wrote:
>
> Hi Tom,
>
> We've received your request to delete your account and personal data.
> We will complete it within 14 days and email you a confirmation.
>
> Win Techno Customer Support
>
>> On Jun 9, 2025, at 11:47 PM, Tom Barker <tbarker@example.com> wrote:
>>
>> Please delete my account and all my data. I'm done with WinGuard.
""",
    reply=True,
    headers=[("X-Mailer", "iPhone Mail (22F76)")],
)

add(
    "e08",
    "en",
    ["other"],
    "'Got it, thank you.' above an Outlook-quoted confirmation that marketing use and partner sharing were stopped; asks nothing.",
    "RE: Your opt-out request has been processed",
    ("Helen Marsh", "helen.marsh@example.org"),
    """
Got it, thank you.

Helen

From: Win Techno Support <support@win-techno.com>
Sent: Wednesday, June 4, 2025 10:15
To: Helen Marsh <helen.marsh@example.org>
Subject: Your opt-out request has been processed

Dear Ms Marsh,

As requested, we have stopped using your personal data for marketing purposes
and stopped sharing it with our reseller partners. You will continue to receive
service messages about your licence.

If you would also like us to delete your data, just reply to this email.

Kind regards,
Win Techno Customer Support
""",
    reply=True,
    fmt="alt",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
)

add(
    "e09",
    "en",
    [],
    "Out-of-office auto-reply (Auto-Submitted) whose subject echoes our 'data access request' mail.",
    "Automatic reply: Re: Your data access request [#WT-49033]",
    ("Jordan Pike", "jordan.pike@example.com"),
    """
Thank you for your email. I am out of the office until Monday 14 July with limited
access to email. For urgent matters please contact my colleague Sam Ortiz at
s.ortiz@example.com.

Best regards,
Jordan Pike
""",
    auto=True,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    date=(2025, 7, 3, 8, 41),
)

ITEMS.append(
    dict(
        key="e10",
        lang="en",
        kinds=[],
        bounce_item=True,
        note="Bounce (multipart/report, message/delivery-status) of our correction-confirmation mail; the returned original mentions updating/removing data.",
        subject="Undelivered Mail Returned to Sender",
        bounce=dict(
            mta="relay1.example.net",
            rcpt="k.fenwick@example.org",
            status="5.1.1",
            remote="mx2.example.org",
            diag="smtp; 550 5.1.1 <k.fenwick@example.org>: Recipient address rejected: User unknown in local recipient table",
            arrival="Mon, 7 Jul 2025 11:02:14 +0900",
            mode="rfc822",
            human="""
This is the mail system at host relay1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.fenwick@example.org>: host mx2.example.org[192.0.2.45] said: 550 5.1.1
    <k.fenwick@example.org>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
""",
            original={
                "from": ("Win Techno Support", SUPPORT),
                "to": "k.fenwick@example.org",
                "subject": "Re: Update of your registered address [#WT-49811]",
                "date": "Mon, 7 Jul 2025 11:02:11 +0900",
                "msgid": "<wt-49811-3@support.win-techno.com>",
                "body": """
Dear Mr Fenwick,

As requested, we have updated your registered postal address and removed the
old phone number from your account. If you did not request this change, or
if you would like us to delete or stop using any other information, please
reply to this email.

Kind regards,
Win Techno Customer Support
""",
            },
        ),
        date=(2025, 7, 7, 11, 3),
    )
)

ITEMS.append(
    dict(
        key="e11",
        lang="en",
        kinds=[],
        bounce_item=True,
        note="Bounce (mailbox full) with text/rfc822-headers; the returned subject says personal data has been deleted - keyword trap.",
        subject="Undelivered Mail Returned to Sender",
        bounce=dict(
            mta="relay2.example.net",
            rcpt="lmcallister@example.com",
            status="5.2.2",
            remote="mx.example.com",
            diag="smtp; 552 5.2.2 <lmcallister@example.com>: Mailbox full: quota exceeded",
            arrival="Wed, 9 Jul 2025 16:30:05 +0900",
            mode="headers",
            human="""
This is the mail system at host relay2.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. The headers of the
original message are attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<lmcallister@example.com>: host mx.example.com[192.0.2.77] said: 552 5.2.2
    <lmcallister@example.com>: Mailbox full: quota exceeded (in reply to RCPT
    TO command)
""",
            original={
                "headers": """
Received: by mx1.win-techno.com (Postfix, from userid 1001)
	id 7D2C41A0033; Wed,  9 Jul 2025 16:30:02 +0900 (JST)
From: Win Techno Support <support@win-techno.com>
To: lmcallister@example.com
Subject: Confirmation: your personal data has been deleted [#WT-50127]
Date: Wed, 9 Jul 2025 16:30:01 +0900
Message-ID: <wt-50127-2@support.win-techno.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
"""
            },
        ),
        date=(2025, 7, 9, 16, 31),
    )
)

add(
    "e12",
    "en",
    ["deletion"],
    "Business customer's IT desk asks to remove seven leavers' accounts and purge the personal data held on them (bulleted list); seat count and disclaimer are not requests.",
    "Offboarding - remove leavers' accounts and data",
    ("Owen Pritchard", "itservicedesk@callowayprice.example.com"),
    """
Hello Win Techno team,

We are a WinGuard Cloud business customer (tenant ID: cp-llp-0192). The
following staff left the firm at the end of May. Please remove their user
accounts and purge any personal data you hold on them (names, emails, device
logs, support history). We have already uninstalled the agent on their laptops.

 - Amelia Hart (a.hart@callowayprice.example.com)
 - Benjamin Osei (b.osei@callowayprice.example.com)
 - Chloe Brennan (c.brennan@callowayprice.example.com)
 - Daniel Kowalski (d.kowalski@callowayprice.example.com)
 - Farah Siddiqui (f.siddiqui@callowayprice.example.com)
 - George Lam (g.lam@callowayprice.example.com)
 - Isla McKenzie (i.mckenzie@callowayprice.example.com)

Please don't reduce our seat count - we'll reassign the licences to new joiners.

Regards,

Owen Pritchard
IT Service Desk | Calloway & Price LLP
40 Wharf Street, Manchester M1 2AB
T: +44 161 496 0734 | Ext. 2210
itservicedesk@callowayprice.example.com

This message is confidential and may be legally privileged. If you have
received it in error, please notify the sender and delete it immediately.
Calloway & Price LLP is authorised and regulated by the Solicitors
Regulation Authority.
""",
)

add(
    "e13",
    "en",
    ["correction"],
    "Company IT asks us to correct several employees' names garbled by a CSV import (table); correction of inaccurate personal data.",
    "Incorrect employee names in WinGuard Cloud",
    ("Lena Vogt", "l.vogt@brightwater.example.com"),
    """
Hi,

When we onboarded our Tokyo office last month, the user import mangled several
names (looks like a romanisation/encoding problem with our CSV). The console
won't let me edit names for SSO-provisioned users, so could you correct them
on your side?

  Currently shown        Should be
  ---------------        ---------------
  Kenji Sat?             Kenji Sato
  Yuuko Ishi-i           Yuko Ishii
  Hiroshi Tan-aka        Hiroshi Tanaka
  Megumi Oota            Megumi Ota

Their email addresses are correct, only the display names are wrong.

Thanks,
Lena Vogt
IT Operations, Brightwater Analytics
""",
)

add(
    "e14",
    "en",
    ["disclosure"],
    "Request only in the subject line (subject access request for a copy of all data); the body is just a signature.",
    "Subject access request - please provide a copy of all personal data you hold on me",
    ("Nathan Greaves", "nathan.greaves@example.org"),
    """
Regards,

Nathan Greaves
nathan.greaves@example.org
+44 7700 900418
""",
)

add(
    "e15",
    "en",
    ["suspension"],
    "Numbered list: stop using his data for marketing, stop sharing it with resellers/partners, confirm in writing; keeps the service.",
    "Marketing + partner sharing",
    ("Javier Alvarez", "j.alvarez@example.com"),
    """
Hello,

Three things regarding my details (account: j.alvarez@example.com):

1. Please stop using my personal information for marketing of any kind - email,
   phone, or targeted ads.
2. Please stop sharing my information with your resellers and "selected partners".
   Your privacy policy says you may do this; I do not consent.
3. Please confirm in writing once both are done.

I'm still a paying customer and want to keep receiving licence and security
notices.

Thanks,
Javier Alvarez
""",
)

add(
    "e16",
    "en",
    ["disclosure"],
    "Negation trap: 'please don't cancel or close anything' - only wants an export of the personal information tied to the account.",
    "Data export - NOT a cancellation",
    ("Olivia Brandt", "olivia.brandt@example.com"),
    """
Hi support,

Before anyone panics: please don't cancel or close anything. My Family plan
renews in September and I want it to stay exactly as it is.

What I'm after is an export of the personal information connected to my
account - the profile details, the list of devices and family members
registered, and the billing history. Is that something you can send me?

Cheers,
Olivia Brandt
""",
)

add(
    "e17",
    "en",
    ["suspension", "correction"],
    "Negation trap: 'Rather than deleting anything' - stop promotional emails, and update her surname after marriage. Quoted support reply suggesting deletion is context.",
    "Re: promotional emails",
    ("Maria Castellano", "maria.reyes82@example.com"),
    """
Hi,

Your last reply suggested I delete my account if I don't want the newsletters.
I'd rather not - I use WinGuard every day. Rather than deleting anything, can you
just stop sending me promotional emails?

Also, while you're at it: I got married in March and my surname is now
Castellano, not Reyes. Could you update the name on my account?

Thanks,
Maria Castellano (formerly Reyes)

On Fri, May 23, 2025 at 2:40 PM Win Techno Support <support@win-techno.com> wrote:
> Hi Maria,
>
> If you no longer wish to receive emails from us, you can delete your account
> from My Page > Settings > Delete account. Please note that this cannot be undone.
>
> Win Techno Customer Support
""",
    reply=True,
    fmt="alt",
)

add(
    "e18",
    "en",
    ["correction"],
    "Negation trap: 'I'm NOT asking you to delete anything' - the phone number on the profile is wrong and should be fixed.",
    "wrong phone number on my account",
    ("Dev Malhotra", "dev.malhotra@example.net"),
    """
Hey,

I'm NOT asking you to delete anything or close my account, I just noticed the
phone number on my profile is wrong - there's a digit missing. It should be
(312) 555-0176. The verification texts keep failing because of it.

Can you fix that?

Thanks, Dev
""",
)

add(
    "e19",
    "en",
    ["inquiry"],
    "Asks which cookies the website sets, whether any are from ad networks and how long they last; no right requested.",
    "Cookies on your website",
    ("Sofia Lindqvist", "sofia.lindqvist@example.org"),
    """
Hi,

Quick question about your website. The cookie banner only has an "Accept" button.
Which cookies do you actually set, are any of them from ad networks, and how long
do they last? I couldn't find a cookie list in the privacy policy.

Thanks,
Sofia Lindqvist
""",
)

add(
    "e20",
    "en",
    ["inquiry"],
    "Prospect's compliance questions: data storage region, transfers outside Japan, sub-processor list. General practice inquiry.",
    "Data residency question - WinGuard Cloud",
    ("Wei Jie Tan", "weijie.tan@pelicanfreight.example.com"),
    """
Hello,

We are evaluating WinGuard Cloud for a 120-seat deployment in Singapore. Our
compliance team needs to know:

1. In which country/region is customer and endpoint data stored?
2. Do you transfer personal data outside Japan, and if so, to which countries
   and under what safeguards?
3. Do you use sub-processors (e.g. hosting, support tools), and is there a list?

A short written answer or a link to documentation would be fine.

Best regards,
Wei Jie Tan
IT Governance, Pelican Freight Pte Ltd
""",
    fmt="alt",
)

add(
    "e21",
    "en",
    ["inquiry"],
    "Asks about the privacy contact point / DPO and an EU representative; inquiry.",
    "privacy contact?",
    ("Mark", "mark.h1977@example.com"),
    """
Hi, is this the right address for privacy questions, or do you have a separate
privacy officer / DPO? Your policy mentions a "personal information contact point"
but doesn't give a name or postal address. Also, do you have an EU representative?

Thanks
Mark
""",
)

add(
    "e22",
    "en",
    ["inquiry"],
    "Scope trap: explicitly 'not asking you to do anything to my account'; hypothetical question about retention after account closure.",
    "Retention after account closure (hypothetical)",
    ("Hugo Brennan", "hugo@brennanwrites.example.net"),
    """
Hi,

Not asking you to do anything to my account - I'm writing a comparison of
antivirus vendors' privacy practices for my blog. Hypothetically, if a customer
closes their WinGuard account, what happens to their scan logs, device
identifiers and billing records? Are they deleted immediately, after a fixed
period, or kept indefinitely?

Thanks,
Hugo Brennan
""",
)

add(
    "e23",
    "en",
    ["other"],
    "Decoy: asks to delete/void a duplicate invoice; billing.",
    "Duplicate invoice - please void INV-2025-06-10588",
    ("Rachel Dunn", "ap@millbrookjoinery.example.com"),
    """
Hello billing team,

We were sent two invoices this month for the same order (INV-2025-06-10473 on
the 2nd and INV-2025-06-10588 on the 9th), with identical line items. Please
delete/void the duplicate (INV-2025-06-10588) so our accounts payable system
doesn't pay it twice.

Thanks,
Rachel Dunn
Accounts Payable, Millbrook Joinery Ltd
""",
)

add(
    "e24",
    "en",
    ["other"],
    "Decoy: how to export scan results/detection history from the console for an auditor; product how-to.",
    "Export scan results to CSV?",
    ("Tariq Hussain", "tariq.hussain@example.com"),
    """
Hi,

Our auditor wants a record of all threats detected across our endpoints in Q2.
Is there a way to export the scan results / detection history from the
management console as CSV or PDF? I can only see a "print" option.

Thanks,
Tariq Hussain
""",
)

add(
    "e25",
    "en",
    ["other"],
    "Decoy: remove an old laptop from the devices list to free a seat; device management.",
    "remove old laptop from my devices",
    ("Dave", "dave.k@example.net"),
    """
hey, I replaced my laptop and the old one ("DAVE-XPS13") still shows in my
devices list and is using one of my 3 seats. how do I remove it so I can add
the new one? the old laptop is already wiped so I can't uninstall from it.

dave
""",
)

add(
    "e26",
    "en",
    ["other"],
    "Decoy: 'update my plan' means a subscription upgrade, not a data correction.",
    "Update my plan",
    ("Nadia Petrova", "nadia.petrova@example.org"),
    """
Hi,

Can you update my subscription from WinGuard Personal (1 device) to WinGuard
Family (5 devices)? I'd like the upgrade to start now with the price prorated,
and keep the same renewal date if possible.

The account email is this one.

Thanks,
Nadia Petrova
""",
)

add(
    "e27",
    "en",
    ["other"],
    "Angry complaint about an outage and a credit request; service quality, not personal data.",
    "WinGuard Cloud down AGAIN",
    ("Kevin Marsh", "kmarsh@tricountyvets.example.com"),
    """
Third outage this month. The console has been returning "503 Service Unavailable"
since about 7am and none of our 40 endpoints can pull definitions. Your status
page says everything is green, which is a joke.

We pay for a business plan. I want to know what's going on and when it'll be
fixed, and frankly I want a credit for the downtime.

Kevin Marsh
Network Admin, Tri-County Veterinary Group
""",
)

add(
    "e28",
    "en",
    ["other"],
    "Decoy: lead-generation spam with 'Reply STOP to unsubscribe' and 'remove your email' footer.",
    "Boost Your B2B Leads by 300% - Limited Offer",
    ("LeadRocket Team", "hello@leadrocket.example.org"),
    """
Hi there,

Are you struggling to fill your sales pipeline? LeadRocket delivers 5,000
verified decision-maker contacts in the cybersecurity space every month,
straight into your CRM.

* 95% email deliverability guarantee
* Direct dials for CISOs and IT managers
* First 500 contacts FREE

Book a 10-minute demo: https://www.example.org/leadrocket/demo

--
LeadRocket Growth Team
Reply STOP to unsubscribe. To remove your email from our list, reply with
REMOVE in the subject line.
""",
    fmt="alt",
)

add(
    "e29",
    "en",
    ["complaint"],
    "Received a renewal email showing another customer's name, licence key, card digits and address; complains of a breach and demands an explanation (no right requested).",
    "Your renewal email contained another customer's details",
    ("Simon Ashcroft", "s.ashcroft@example.com"),
    """
Hello,

This morning I received a "Your licence is about to expire" email from you. It
was addressed to me, but the body showed somebody else's name, licence key, the
last four digits of their card and their home address in Bristol.

I have no idea whether my own details have gone to somebody else in the same
way, but I assume so. This is a serious breach and I'm frankly shocked that a
security company would make this mistake. I expect a proper explanation of what
happened and how many customers were affected.

I have not forwarded the email to anyone and will not, but I am keeping a copy.

Regards,
Simon Ashcroft
""",
)

add(
    "e30",
    "en",
    ["suspension", "complaint"],
    "Opted out twice but still gets promos (complaint about handling) and demands we stop using her address for marketing (suspension).",
    "STILL receiving marketing emails",
    ("L. Mendez", "lmendez@example.net"),
    """
For the record: I clicked "unsubscribe" in March, got a confirmation page, and
then opted out again under My Account in April. I've had six promotional emails
since. I don't know if your unsubscribe link is broken or if you're just
ignoring it, but either way it's not how my data should be handled.

Stop using my email address for marketing. Today, please, not "within 10
business days".

L. Mendez
""",
)

add(
    "e31",
    "en",
    ["disclosure", "complaint"],
    "The disclosure she received is incomplete (complaint) and she asks again for the complete set of data held, quoted reply is context.",
    "Re: Your personal data disclosure [#WT-47702]",
    ("Anika Hoffmann", "anika.hoffmann@example.org"),
    """
Hi,

I received the disclosure file, thanks, but it's clearly incomplete. It only
lists my name, email and licence number. It doesn't include my support chat
transcripts, the phone number I gave during checkout, or anything the WinGuard
client uploaded from my devices - which I know you collect, because it's in
your own privacy notice.

Frankly this looks like a box-ticking exercise. Please send the complete set of
personal data you hold on me, including the categories above.

Anika Hoffmann

> Dear Ms Hoffmann,
>
> Please find attached the personal data we hold about you, as requested.
> The file is protected with the password sent in a separate email.
>
> Win Techno Customer Support
""",
    reply=True,
)

add(
    "e32",
    "en",
    ["deletion"],
    "HTML-only webmail (div soup): close the account and delete all data held on her.",
    "close my account",
    ("Brenda Kowalczyk", "brenda.kowalczyk@example.com"),
    """
Hello,

Please close my WinGuard account and delete all the data you hold on me.
I've switched to another antivirus and don't need it anymore.

The account email is this one.

Thanks
Brenda Kowalczyk
""",
    enc="u8qp",
    fmt="html",
)

add(
    "e33",
    "en",
    ["correction"],
    "Name changed by deed poll; asks to update the account name (and invoices). UTF-8 QP because of the diaeresis.",
    "Name change on my account",
    ("Zoë Adebayo-Clarke", "zoe.clarke@example.net"),
    """
Hello,

I recently changed my name by deed poll and would like my WinGuard account
updated to match. The account currently shows "Zoe Clarke"; it should read
"Zoë Adebayo-Clarke" (with the diaeresis if your system supports it).

Could you also make sure the new name appears on future invoices? I can send
a copy of the deed poll if you need proof.

Many thanks,
Zoë
""",
    enc="u8qp",
    fmt="alt",
)

add(
    "e34",
    "en",
    ["disclosure"],
    "Wants the list of third parties his data was disclosed or sold to, with dates and content (records of third-party provision).",
    "Who have you shared my information with?",
    ("Thomas Reid", "t.reid@example.com"),
    """
Hi,

Please provide me with a list of every third party you have disclosed or sold
my personal information to, with dates, and what exactly was shared. This
includes resellers, marketing partners and any "affiliates".

Account: t.reid@example.com

Thanks,
Thomas Reid
""",
)

add(
    "e35",
    "en",
    ["suspension"],
    "Opts out of the product-improvement programme: stop using his data for analytics, profiling and personalised offers.",
    'Opt out of "Product Improvement Program"',
    ("Hamid Farouk", "hamid.farouk@example.org"),
    """
Hi team,

I noticed WinGuard has a "Product Improvement Program" toggle that was switched
on by default. I've switched it off on my laptop, but your FAQ says data already
collected under my account will continue to be used for "analytics and
personalised offers".

Please stop using my data for analytics, profiling and personalised offers -
that includes anything you've already collected. I'm happy for you to keep
using what's strictly needed to provide the antivirus service.

Regards,
Hamid Farouk
""",
)

add(
    "e36",
    "en",
    ["deletion"],
    "Typo-ridden request to delete the account and all information held.",
    "delet acount",
    ("margaret", "maggie.h55@example.com"),
    """
hi i want to delet my acount and all the infomation you have about me. i dont use winguard anymore, my son instaled it on my computer long time ago.
how do i do this or can you just do it for me. my email is this one

thank you
margaret
""",
    enc="u8b64",
)

add(
    "e37",
    "en",
    ["disclosure", "deletion"],
    "Sequential: send a copy of all personal data first, then permanently delete the account and data.",
    "Copy of my data, then erase",
    ("Ruth Ellington", "ruth.ellington@example.net"),
    """
Dear Win Techno,

I am closing my WinGuard subscription at the end of this billing period. Before
you erase anything, please send me a copy of all the personal data you hold
about me (a CSV or JSON export is fine). Once I've confirmed receipt, please
permanently delete my account and all associated personal data, including
backups where possible.

Kind regards,
Ruth Ellington
""",
)

add(
    "e38",
    "en",
    ["correction", "complaint"],
    "Third request to fix his registered email; mails with his data go to a former employer's mailbox (complaint) and asks again to change the address.",
    "THIRD request - fix my email address",
    ("Peter Quinn", "peter.quinn@example.net"),
    """
This is the third time I'm writing about this.

My registered email is still my old work address (p.quinn@oldemployer.example.com),
which I lost access to when I left that job in January. I've asked twice (tickets
WT-45120 and WT-46388) to change it to this address, and both times someone
replied "done" and nothing changed. Meanwhile your licence emails, with my name
and billing info, keep going to a mailbox at a company I no longer work for.

That is a privacy problem, not just an inconvenience. Please change the email on
my account to peter.quinn@example.net and confirm when it's actually done.

Peter Quinn
""",
)

add(
    "e39",
    "en",
    ["suspension", "deletion"],
    "Bulleted: stop all marketing emails and calls, and delete his details from the mailing/CRM database.",
    "Unsubscribe + remove me",
    ("Connor Walsh", "connor.walsh@example.com"),
    """
Hi,

Two things please:

- stop all marketing emails and calls to me, effective immediately
- delete my details from your mailing / CRM database

I was only ever a trial user in 2022.

Thanks,
Connor Walsh
""",
)

add(
    "e40",
    "en",
    ["disclosure", "correction"],
    "Question form: asks what personal information is linked to her account and to change a deliberately fake date of birth to the real one.",
    "Question about my account info",
    ("Grace Liu", "grace.liu@example.org"),
    """
Hi there,

Could you tell me what personal information is linked to my account? When I
signed up years ago I think I entered a fake date of birth (1 January 1970, I
was being paranoid), and I'd now like it changed to the real one, 14 March 1988,
because your identity check keeps failing.

Thanks for your help,
Grace Liu
""",
)

add(
    "e41",
    "en",
    ["deletion"],
    "Question 'How do I get my personal data removed from your systems?' expresses deletion intent.",
    "Data after cancellation",
    ("Emeka Obi", "emeka.obi@example.com"),
    """
Hello,

I cancelled my subscription last week. How do I get my personal data removed
from your systems now? Is there a form, or can you do it from this email?

Best,
Emeka Obi
""",
)

add(
    "e42",
    "en",
    ["other"],
    "Decoy: MSP partnership/reseller pricing enquiry; the confidentiality notice's 'delete this email' is boilerplate.",
    "Reseller pricing for WinGuard Cloud - Q3",
    ("Natalie Shore", "natalie.shore@harbourit.example.net"),
    """
Hi Win Techno team,

We're an IT managed-service provider in Auckland supporting about 60 SMB
clients. Several have asked about WinGuard Cloud, and we'd like to understand
your reseller/MSP programme:

  - margin or discount tiers by seat volume
  - whether a multi-tenant console is available for MSPs
  - NFR licences for our own staff

Could someone from your partner team give me a call this week?

Kind regards,

Natalie Shore
Partnerships Manager | Harbour IT Solutions Ltd
Level 3, 88 Quay Street, Auckland 1010, New Zealand
P: +64 9 555 0147 | M: +64 21 555 0198
natalie.shore@harbourit.example.net

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may
be legally privileged. If you are not the intended recipient, please notify the
sender immediately, delete this email from your system and do not disclose,
copy or distribute its contents. Harbour IT Solutions Ltd does not accept
liability for any errors or omissions in the contents of this message which
arise as a result of email transmission.
""",
    fmt="alt",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
)

add(
    "e43",
    "en",
    ["other"],
    "'Thanks, that's all I needed' above the quoted disclosure result (which mentions correction/deletion options); no request.",
    "Re: Your data access request [#WT-49033]",
    ("Jordan Pike", "jordan.pike@example.com"),
    """
Thanks, that's all I needed. Have a good weekend.

On Fri, Jun 13, 2025 at 3:55 PM Win Techno Support <support@win-techno.com> wrote:
> Dear Mr Pike,
>
> Following your data access request, please find attached a summary of the
> personal data we hold about you (account profile, order history and support
> tickets).
>
> If any of this information is inaccurate, you may ask us to correct it, and
> you may also request that we stop using or delete it.
>
> Win Techno Customer Support
""",
    reply=True,
    enc="u8qp",
    fmt="alt",
)

add(
    "e44",
    "en",
    ["correction"],
    "Registered contact person is outdated (retired colleague); asks to replace her name/phone/email with his. Correction of outdated personal data on the account.",
    "Change of registered contact - customer no. 0038817",
    ("Aaron Blake", "aaron.blake@kestreldental.example.com"),
    """
Hello,

Our account (Kestrel Dental Practice, customer no. 0038817) still lists my
former colleague, Janet Morrow, as the registered contact, with her name,
mobile number and email. Janet retired in April. Please replace her details
with mine:

  Name:   Aaron Blake
  Email:  aaron.blake@kestreldental.example.com
  Phone:  +44 113 496 0321

Kind regards,
Aaron Blake
Practice Manager, Kestrel Dental Practice
2 Moor Lane, Leeds LS8 1AA

The information in this email is confidential and intended solely for the
addressee. If you are not the intended recipient, please delete it and notify
the sender. Patient information must never be sent to this address.
""",
)

add(
    "e45",
    "en",
    ["suspension"],
    "Opts out of sharing her contact details with resellers and co-marketing partners (stop third-party provision).",
    "Do not share my data",
    ("Ines Carvalho", "ines.carvalho@example.com"),
    """
Hi,

I read in your privacy policy that you may share customer contact details with
"authorised resellers and co-marketing partners". I do not want my information
shared with anyone outside Win Techno. Please opt me out of all such sharing,
now and in future.

Regards,
Ines Carvalho
""",
)

add(
    "e46",
    "en",
    ["complaint"],
    "A reseller phoned his personal mobile, which he gave only at our checkout; grievance about his data being passed on, no right requested.",
    "Reseller calling my personal mobile",
    ("Wes Harlan", "wes.harlan@example.net"),
    """
Hello,

Yesterday a company called "SecureNow Partners" phoned my personal mobile to
"remind me" that my WinGuard licence expires next month and offered me a
"partner discount". The only place I ever gave that number is your checkout page.

Nobody asked my permission to hand my number to a reseller, and I find it
pretty alarming that a security vendor treats customer data this way.

Not impressed,
Wes Harlan
""",
)

add(
    "e47",
    "en",
    ["deletion"],
    "Trade-show badge scan: asks to erase the lead record created from it.",
    "Badge scan at CyberSec Expo London",
    ("Priyanka Desai", "priyanka.desai@example.org"),
    """
Hi,

Your team scanned my badge at CyberSec Expo London last month. I wasn't really
a prospect - I only stopped by your stand for the free coffee. Please erase the
lead record you created from my badge scan (name, company, job title, email,
phone).

Thanks,
Priyanka Desai
""",
)

add(
    "e48",
    "en",
    ["disclosure"],
    "Formal GDPR Art. 15 subject access request (copy, purposes, recipients, retention, source), bulleted (a)-(e).",
    "Data Subject Access Request under Article 15 GDPR",
    ("Ciaran O'Donnell", "c.odonnell@example.net"),
    """
Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the General
Data Protection Regulation. I live in Ireland and use WinGuard Cloud (account
email: c.odonnell@example.net).

Please provide:
(a) a copy of all personal data you process about me;
(b) the purposes of the processing;
(c) the recipients or categories of recipients to whom the data have been disclosed;
(d) the envisaged retention period;
(e) the source of any data not collected from me.

I would be grateful to receive this in a commonly used electronic format within
one month of receipt, as required by Article 12(3).

Yours faithfully,
Ciaran O'Donnell
""",
)

add(
    "e49",
    "en",
    ["other"],
    "Decoy: how to stop the scheduled 9am scan; product settings.",
    "How to stop the 9am scan",
    ("Lucy Tran", "lucy.tran@example.com"),
    """
Hi,

Every morning at 9 the scheduled full scan kicks in and my laptop basically
freezes for 20 minutes during my first meeting. How do I stop it, or move it to
lunchtime? I looked under Settings > Scans but the schedule is greyed out (I
think our IT set a policy?).

Cheers,
Lucy
""",
)

add(
    "e50",
    "en",
    ["inquiry"],
    "Before installing the browser extension, asks what it collects, whether URLs are linked to the account and shared/used for ads; practice inquiry.",
    "WinGuard Browser Shield - what does it collect?",
    ("Ben Ashworth", "ben.ashworth@example.org"),
    """
Hello,

Before I install the WinGuard Browser Shield extension I'd like to understand
what it collects. Does it send the full URLs of pages I visit to your servers,
or only hashes? Is that data linked to my account, and is any of it shared with
third parties or used for advertising?

Thanks,
Ben Ashworth
""",
)

# ================================================================ Chinese (4)

add(
    "z01",
    "zh",
    ["disclosure"],
    "Asks which personal data we hold about her and for an electronic copy (GB2312, base64).",
    "关于个人信息查询",
    ("王丽华", "lihua.wang@example.com"),
    """
您好，

我是WinGuard的用户，在贵公司注册已经两年多了。
请告诉我贵公司目前保存了我的哪些个人信息（例如姓名、地址、电话、购买记录等），
如果可以的话，请以电子文件的形式发给我一份副本。

注册邮箱：lihua.wang@example.com

谢谢！
王丽华
""",
)

add(
    "z02",
    "zh",
    ["deletion", "complaint"],
    "Earlier deletion request ignored and mail still arriving (complaint); asks again to delete account and all personal information.",
    "请删除我的账户信息",
    ("陈志强", "zq.chen@example.net"),
    """
你好，

我上个月已经申请注销账户并删除我的个人资料，但到现在还在收到你们的邮件，
而且没有任何人回复我。作为安全软件公司，这样处理用户的个人信息让我非常不满。

请尽快彻底删除我的账户和所有个人信息，并在完成后通知我。

陈志强
""",
    enc="u8b64",
)

add(
    "z03",
    "zh",
    ["inquiry"],
    "Prospective business customer asks where logs/account data are stored, whether data goes to third parties, and retention; practice questions.",
    "咨询：员工数据的保存地点和期限",
    ("刘洋", "yang.liu@qiming-trading.example.com"),
    """
您好，

我们公司在上海，正在考虑采购WinGuard Cloud。想请教几个关于个人信息处理的问题：
1. 员工的终端日志和账户信息保存在哪个国家的服务器上？
2. 是否会向第三方（例如广告公司）提供？
3. 数据保存多长时间？

谢谢。

上海启明贸易有限公司 IT部
刘洋
""",
    enc="u8qp",
)

add(
    "z04",
    "zh",
    ["other"],
    "'好的，收到，谢谢' above an Outlook-style quoted confirmation that her data was deleted; new text asks nothing.",
    "回复: 关于您的个人信息删除请求",
    ("赵敏", "min.zhao@example.net"),
    """
好的，收到，谢谢！

赵敏

-----原始邮件-----
发件人: Win Techno Support <support@win-techno.com>
发送时间: 2025年6月11日 16:20
收件人: 赵敏 <min.zhao@example.net>
主题: 关于您的个人信息删除请求

赵敏 您好，

您申请的个人信息删除已处理完毕。我们已删除您的账户信息，并停止向您发送营销邮件。
如有任何疑问，请直接回复本邮件。

Win Techno 客户支持
""",
    reply=True,
)

# ================================================================ Korean (4)

add(
    "k01",
    "ko",
    ["suspension"],
    "Asks us to stop using her personal data for advertising/marketing while still receiving product notices (EUC-KR).",
    "광고성 메일 수신 거부",
    ("이수진", "sujin.lee@example.com"),
    """
안녕하세요.

WinGuard를 사용 중인 이수진입니다.
요즘 할인 행사나 신제품 안내 메일이 너무 자주 옵니다.
제 개인정보를 광고나 마케팅 목적으로 이용하는 것을 중단해 주세요.
제품 업데이트나 라이선스 관련 안내는 계속 받고 싶습니다.

감사합니다.
이수진
""",
)

add(
    "k02",
    "ko",
    ["correction"],
    "Moved: asks to update the registered phone number and address (bulleted).",
    "연락처 변경 요청",
    ("박준호", "junho.park@example.com"),
    """
안녕하세요,

이사를 하면서 전화번호와 주소가 바뀌었습니다.
등록된 정보를 아래와 같이 수정해 주시기 바랍니다.

- 전화번호: 010-5555-2381 → 010-5555-9074
- 주소: 서울특별시 마포구 성미산로 17 → 경기도 성남시 분당구 정자일로 95

계정 이메일: junho.park@example.com

박준호
""",
    enc="u8b64",
)

add(
    "k03",
    "ko",
    ["deletion"],
    "Wants to leave and have all personal data (name, email, payment) deleted (EUC-KR).",
    "회원 탈퇴 및 개인정보 삭제 요청",
    ("김민지", "minji.kim@example.net"),
    """
담당자님께,

더 이상 WinGuard를 사용하지 않아 회원 탈퇴를 원합니다.
탈퇴와 함께 귀사가 보관하고 있는 제 개인정보(이름, 이메일, 결제 정보 등)를
모두 삭제해 주시기 바랍니다.
처리가 완료되면 메일로 알려 주세요.

김민지 드림
""",
)

add(
    "k04",
    "ko",
    ["inquiry"],
    "Asks how long purchase and support records are kept and whether Korean users' data is stored on Japanese servers.",
    "개인정보 보관 기간 문의",
    ("정하늘", "haneul.jung@example.org"),
    """
안녕하세요.

WinGuard 개인정보 처리방침을 읽어 보았는데 궁금한 점이 있어 문의드립니다.
구매 기록과 고객센터 상담 기록은 얼마 동안 보관하시나요?
그리고 한국 이용자의 정보도 일본 서버에 저장되는지 알고 싶습니다.

감사합니다.
정하늘
""",
    enc="u8qp",
)

# ================================================================ French (4)

add(
    "f01",
    "fr",
    ["disclosure"],
    "Right of access: all personal data held and the purposes of use (ISO-8859-1 QP).",
    "Demande d'accès à mes données personnelles",
    ("Hélène Marchand", "helene.marchand@example.com"),
    """
Madame, Monsieur,

Cliente de WinGuard depuis 2021, je souhaite exercer mon droit d'accès.
Pourriez-vous me communiquer l'ensemble des données personnelles que vous
détenez à mon sujet, ainsi que les finalités pour lesquelles elles sont utilisées ?

Adresse e-mail du compte : helene.marchand@example.com

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Marchand
""",
)

add(
    "f02",
    "fr",
    ["correction"],
    "Moved: asks to update the registered postal address.",
    "Changement d'adresse",
    ("Julien Perrin", "julien.perrin@example.org"),
    """
Bonjour,

J'ai déménagé le mois dernier. Merci de mettre à jour l'adresse enregistrée
sur mon compte WinGuard :

Ancienne adresse : 12 rue des Tanneurs, 67000 Strasbourg
Nouvelle adresse : 5 allée des Peupliers, 69003 Lyon

Mon numéro de téléphone reste le même.

Cordialement,
Julien Perrin
""",
    enc="u8qp",
    fmt="alt",
)

add(
    "f03",
    "fr",
    ["inquiry"],
    "Questions about audience-measurement cookies and transfers to processors outside the EU/Japan.",
    "Question sur vos cookies et vos sous-traitants",
    ("Camille Robert", "camille.robert@example.net"),
    """
Bonjour,

Je lis votre politique de confidentialité et j'ai deux questions :
- quels cookies de mesure d'audience utilisez-vous sur votre site ?
- les données des clients européens sont-elles transférées vers des
  sous-traitants situés hors de l'UE ou du Japon ?

Merci d'avance pour votre réponse.

Camille Robert
""",
)

add(
    "f04",
    "fr",
    ["suspension"],
    "Negation trap: 'Je ne veux surtout pas supprimer mon compte' - only stop using his data for ads and promotional offers.",
    "Publicités",
    ("Nicolas Fabre", "nicolas.fabre@example.com"),
    """
Bonjour,

Je ne veux surtout pas supprimer mon compte : j'utilise WinGuard tous les jours.
En revanche, merci de ne plus utiliser mes données pour m'envoyer des publicités
ou des offres promotionnelles.

Bien à vous,
Nicolas Fabre
""",
)

# ================================================================ German (4)

add(
    "d01",
    "de",
    [],
    "German out-of-office auto-reply (Auto-Submitted) whose subject echoes our deletion mail.",
    "Abwesenheitsnotiz: Ihre Anfrage zur Löschung Ihrer Daten [#WT-50390]",
    ("Stefan Krüger", "s.krueger@example.org"),
    """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 25. Juli 2025 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter
+49 30 5555 0120.

Mit freundlichen Grüßen
Stefan Krüger
""",
    auto=True,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    date=(2025, 7, 16, 10, 12),
)

add(
    "d02",
    "de",
    ["deletion"],
    "Formal Art. 17 GDPR erasure request with written confirmation.",
    "Löschung meiner personenbezogenen Daten (Art. 17 DSGVO)",
    ("Markus Hartmann", "m.hartmann@example.org"),
    """
Sehr geehrte Damen und Herren,

hiermit fordere ich Sie gemäß Art. 17 DSGVO auf, sämtliche mich betreffenden
personenbezogenen Daten unverzüglich zu löschen. Mein WinGuard-Konto
(E-Mail: m.hartmann@example.org) nutze ich seit 2023 nicht mehr.

Bitte bestätigen Sie mir die Löschung schriftlich.

Mit freundlichen Grüßen
Markus Hartmann
""",
)

add(
    "d03",
    "de",
    ["disclosure", "correction"],
    "Asks what data is stored about her (Auskunft) and to correct the misspelt surname on invoices.",
    "Auskunft und Berichtigung",
    ("Anna Schmitt", "anna.schmitt@example.com"),
    """
Guten Tag,

ich bitte um Auskunft, welche personenbezogenen Daten Sie über mich gespeichert
haben. Außerdem ist mein Nachname in Ihren Rechnungen falsch geschrieben
("Schmit" statt "Schmitt") - bitte korrigieren Sie das.

Kundennummer: C-0061204

Viele Grüße
Anna Schmitt
""",
    enc="u8b64",
)

add(
    "d04",
    "de",
    ["complaint"],
    "Hotline read out her husband's address and card digits without identity checks; complaint about data handling, no right requested.",
    "Beschwerde über den Umgang mit meinen Daten",
    ("Petra Vogel", "petra.vogel@example.net"),
    """
Sehr geehrte Damen und Herren,

im Mai habe ich bei Ihrer Hotline angerufen. Die Mitarbeiterin hat mir ohne jede
Identitätsprüfung die hinterlegte Adresse und die letzten Ziffern der Kreditkarte
meines Mannes vorgelesen, obwohl ich nur meinen eigenen Vertrag ansprechen wollte.
Das ist ein ernsthaftes Datenschutzproblem. So geht man mit personenbezogenen
Daten nicht um.

Ich erwarte, dass Sie Ihre Mitarbeiter entsprechend schulen.

Mit freundlichen Grüßen
Petra Vogel
""",
)

# ================================================================ Spanish (4)

add(
    "s01",
    "es",
    ["disclosure", "deletion"],
    "Asks what data is held and for a copy, then to erase all data and close the account (windows-1252 QP).",
    "Solicitud de acceso y supresión de datos",
    ("Lucía Moreno", "lucia.moreno@example.com"),
    """
Estimados señores:

Quisiera saber qué datos personales conservan sobre mí y que me envíen una copia.
Una vez recibida, les pido que supriman todos mis datos y cierren mi cuenta de WinGuard.

Correo de la cuenta: lucia.moreno@example.com

Un saludo,
Lucía Moreno
""",
)

add(
    "s02",
    "es",
    ["suspension"],
    "Stop using his email and phone for advertising and sales calls.",
    "Dejar de recibir publicidad",
    ("Andrés Gutiérrez", "andres.gutierrez@example.net"),
    """
Hola:

Por favor, dejen de usar mi correo y mi teléfono para enviarme publicidad.
No quiero recibir más ofertas ni llamadas comerciales.

Gracias,
Andrés Gutiérrez
""",
    enc="u8qp",
)

add(
    "s03",
    "es",
    ["correction"],
    "Negation trap: does not want to unsubscribe or delete the account, only to correct a misspelt surname.",
    "Corrección de mis datos",
    ("Carmen Ruiz Fernández", "carmen.ruiz@example.org"),
    """
Hola:

No quiero darme de baja ni borrar mi cuenta, solo corregir un dato: mi segundo
apellido está mal escrito. Aparece "Fernandes" y debería ser "Fernández".

Muchas gracias,
Carmen Ruiz Fernández
""",
)

add(
    "s04",
    "es",
    ["inquiry"],
    "Asks whether customer data is shared with the parent/group companies and how long support-call records are kept.",
    "Consulta sobre su política de privacidad",
    ("Diego Salazar", "diego.salazar@example.com"),
    """
Buenas tardes:

¿Comparten los datos de sus clientes con su empresa matriz o con otras empresas
del grupo? ¿Y durante cuánto tiempo conservan las grabaciones de las llamadas al
soporte técnico?

Saludos cordiales,
Diego Salazar
""",
)


# ================================================================ main


def item_date(item: dict, index: int) -> datetime:
    lang = item["lang"]
    hours = TZ[lang][index % len(TZ[lang])]
    tz = timezone(timedelta(hours=hours))
    if item.get("date"):
        y, mo, d, h, mi = item["date"]
        dt = datetime(y, mo, d, h, mi, (index * 7) % 60, tzinfo=timezone(timedelta(hours=9)))
        return dt if item.get("bounce_item") else dt.astimezone(tz)
    base = datetime(2025, 6, 20, 8, 0, tzinfo=timezone(timedelta(hours=9)))
    dt = base + timedelta(hours=index * 17, minutes=(index * 37) % 60, seconds=(index * 13) % 60)
    return dt.astimezone(tz)


def main() -> None:
    keys = [it["key"] for it in ITEMS]
    assert len(keys) == len(set(keys)), "duplicate key"
    items = list(ITEMS)
    random.Random(SEED).shuffle(items)
    outdir = HERE / "email"
    outdir.mkdir(exist_ok=True)
    for old in outdir.glob(f"{PREFIX}*.eml"):
        old.unlink()
    lines = []
    for number, item in enumerate(items, 1):
        name = f"email/{PREFIX}{number:03d}.eml"
        date = item_date(item, number)
        is_bounce = bool(item.get("bounce_item"))
        msg = build_bounce(item, number, date) if is_bounce else build_item(item, number, date)
        (HERE / name).write_bytes(serialize(msg))
        assert set(item["kinds"]) <= KINDS, item["key"]
        auto = bool(item.get("auto"))
        assert bool(item["kinds"]) != (auto or is_bounce), item["key"]
        lines.append(
            json.dumps(
                {
                    "file": name,
                    "channel": "email",
                    "language": item["lang"],
                    "kinds": item["kinds"],
                    "auto_reply": auto,
                    "bounce": is_bounce,
                    "note": item["note"],
                },
                ensure_ascii=False,
            )
        )
    for l in lines:
        json.loads(l)  # every label line must round-trip
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} emails and labels.jsonl")


if __name__ == "__main__":
    main()
