"""Auto-reply, bounce and bulk detection, and reading delivery status notifications."""

from __future__ import annotations

import email
import email.message
from email import policy
from email.header import Header, decode_header, make_header
from email.utils import parseaddr

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_corpus import corpus_labels, require_corpus

from intake.automatic import detect_automatic
from intake.dsn import is_permanent_failure, parse_delivery_status
from intake.message import AutomaticFacts, BounceInfo

# --- helpers -------------------------------------------------------------------------------


def _parsed(raw: bytes) -> email.message.Message:
    """Parsed as intake/mail.py does: compat32, header values undecoded."""
    return email.message_from_bytes(raw)


def _detect(raw: bytes) -> AutomaticFacts:
    """detect_automatic with the arguments intake/mail.py derives from the raw mail."""
    msg = _parsed(raw)
    subject = str(make_header(decode_header(str(msg.get("Subject", "")))))
    from_address = parseaddr(str(msg.get("From", "")))[1].lower()
    return_path = msg.get("Return-Path")
    if return_path is not None:
        return_path = "" if return_path.strip() == "<>" else parseaddr(return_path)[1].lower()
    body = email.message_from_bytes(raw, policy=policy.default).get_body(("plain", "html"))
    return detect_automatic(
        msg,
        subject=subject,
        from_address=from_address,
        return_path=return_path,
        body_text=body.get_content() if body else "",
    )


def _bounce(raw: bytes) -> BounceInfo:
    info = parse_delivery_status(_parsed(raw))
    assert info is not None, "not read as a bounce"
    return info


def _human(subject: str, body: str, extra: str = "", sender: str = "mei.aoki@example.com") -> bytes:
    """A plain person-written mail with ordinary headers (a non-ASCII subject as encoded words)."""
    if not subject.isascii():
        subject = Header(subject, "utf-8").encode()
    return (
        f"Return-Path: <{sender}>\n"
        f"Received: from mail.example.com (mail.example.com [198.51.100.3])\n"
        f"\tby mx.win-techno.com (Postfix) with ESMTPS id 11AA22BB33\n"
        f"\tfor <support@win-techno.com>; Mon, 02 Mar 2026 09:00:00 +0900\n"
        f"From: Mei Aoki <{sender}>\n"
        f"To: support@win-techno.com\n"
        f"Subject: {subject}\n"
        f"Date: Mon, 02 Mar 2026 08:59:58 +0900\n"
        f"Message-ID: <a1b2c3d4.human@example.com>\n"
        f"{extra}"
        f"MIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n"
        f"{body}\n"
    ).encode()


def _japanese(subject: str, body: str, extra: str = "") -> bytes:
    """A Japanese mail the classic way: ISO-2022-JP, encoded-word subject, 7bit body."""
    encoded_subject = Header(subject, "iso-2022-jp").encode()
    head = (
        "Return-Path: <ken.mori@example.jp>\n"
        "From: ken.mori@example.jp\n"
        "To: support@win-techno.com\n"
        f"Subject: {encoded_subject}\n"
        "Date: Tue, 03 Mar 2026 10:00:00 +0900\n"
        "Message-ID: <jp-0001@example.jp>\n"
        f"{extra}"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="ISO-2022-JP"\n'
        "Content-Transfer-Encoding: 7bit\n\n"
    )
    return head.encode() + body.encode("iso-2022-jp") + b"\n"


# --- bounces: one per MTA family -----------------------------------------------------------

POSTFIX_BOUNCE = b"""Return-Path: <>
Received: from relay.example.net (relay.example.net [192.0.2.10])
\tby mx.win-techno.com (Postfix) with ESMTPS id 4F1A2B3C4D
\tfor <support@win-techno.com>; Mon, 02 Mar 2026 10:00:05 +0900
Auto-Submitted: auto-replied
From: MAILER-DAEMON@relay.example.net (Mail Delivery System)
To: support@win-techno.com
Subject: Undelivered Mail Returned to Sender
Date: Mon, 02 Mar 2026 10:00:04 +0900 (JST)
Message-Id: <20260302010004.4F1A2B3C4D@relay.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4F1A2B3C4D.1772413204/relay.example.net"

This is a MIME-encapsulated message.

--4F1A2B3C4D.1772413204/relay.example.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<hana.suzuki@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1
    <hana.suzuki@example.org>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)

--4F1A2B3C4D.1772413204/relay.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net
X-Postfix-Queue-ID: 4F1A2B3C4D
Arrival-Date: Mon,  2 Mar 2026 10:00:01 +0900 (JST)

Final-Recipient: rfc822; hana.suzuki@example.org
Original-Recipient: rfc822;hana.suzuki@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <hana.suzuki@example.org>: Recipient address
    rejected: User unknown

--4F1A2B3C4D.1772413204/relay.example.net
Content-Description: Undelivered Message
Content-Type: message/rfc822

Message-ID: <case-0042.reply@mail.win-techno.com>
From: Win Techno Support <support@win-techno.com>
To: hana.suzuki@example.org
Subject: Your correction request
Date: Mon, 02 Mar 2026 10:00:00 +0900

We have updated your registered address, and deleted the old one.

--4F1A2B3C4D.1772413204/relay.example.net--
"""

EXIM_REPORT = b"""Return-path: <>
X-Failed-Recipients: ryo.ogawa@example.com
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.example.com>
To: support@win-techno.com
Content-Type: multipart/report; report-type=delivery-status; boundary=1772500000-eximdsn-77
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vXyZa-0001Ab-Cd@mail.example.com>
Date: Tue, 03 Mar 2026 12:00:00 +0000

--1772500000-eximdsn-77
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ryo.ogawa@example.com
    host mx.example.com [203.0.113.9]
    SMTP error from remote mail server after RCPT TO:<ryo.ogawa@example.com>:
    550 5.2.1 Mailbox disabled for this recipient

--1772500000-eximdsn-77
Content-type: message/delivery-status

Reporting-MTA: dns; mail.example.com

Action: failed
Final-Recipient: rfc822;ryo.ogawa@example.com
Status: 5.0.0
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled for this recipient

--1772500000-eximdsn-77
Content-type: text/rfc822-headers

Return-path: <support@win-techno.com>
Message-ID: <ack-7781@mail.win-techno.com>
From: support@win-techno.com
To: ryo.ogawa@example.com
Subject: We received your request

--1772500000-eximdsn-77--
"""

EXIM_PLAIN_TEXT_BOUNCE = b"""Return-path: <>
X-Failed-Recipients: mio.hara@example.net
From: Mail Delivery System <Mailer-Daemon@smtp.example.net>
To: support@win-techno.com
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vAbCd-0002Xy-Zz@smtp.example.net>
Date: Wed, 04 Mar 2026 08:00:00 +0000

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  mio.hara@example.net
    SMTP error from remote mail server after RCPT TO:<mio.hara@example.net>:
    host mx1.example.net [198.51.100.44]: 550 5.1.1 No such user here

------ This is a copy of the message, including all the headers. ------

Return-path: <support@win-techno.com>
Message-ID: <notice-5521@mail.win-techno.com>
From: support@win-techno.com
To: mio.hara@example.net
Subject: Identity check for your request

Please confirm your identity so we can delete your data.
"""

QMAIL_BOUNCE = b"""Return-Path: <>
Received: (qmail 12345 invoked for bounce); 5 Mar 2026 01:00:00 -0000
Date: 5 Mar 2026 01:00:00 -0000
From: MAILER-DAEMON@mx.example.org
To: support@win-techno.com
Subject: failure notice

Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<sota.ueno@example.org>:
198.51.100.80 does not like recipient.
Remote host said: 550 5.1.1 <sota.ueno@example.org>... User unknown
Giving up on 198.51.100.80.

--- Below this line is a copy of the message.

Return-Path: <support@win-techno.com>
Message-ID: <erasure-done-88@mail.win-techno.com>
From: support@win-techno.com
To: sota.ueno@example.org
Subject: Your data has been erased

Your personal data has been erased.
"""

SENDMAIL_BOUNCE = b"""Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.jp>
To: <support@win-techno.com>
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)
Message-Id: <202603060200.626020aB012345@gw.example.jp>
Date: Fri, 6 Mar 2026 11:00:02 +0900
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="626020aB012345.1772762402/gw.example.jp"

This is a MIME-encapsulated message

--626020aB012345.1772762402/gw.example.jp

The original message was received at Fri, 6 Mar 2026 11:00:00 +0900
from mail.win-techno.com [192.0.2.80]

   ----- The following addresses had permanent fatal errors -----
<yuki.mori@example.jp>
    (reason: 550 5.1.1 <yuki.mori@example.jp>... User unknown)

--626020aB012345.1772762402/gw.example.jp
Content-Type: message/delivery-status

Reporting-MTA: dns; gw.example.jp
Received-From-MTA: DNS; mail.win-techno.com
Arrival-Date: Fri, 6 Mar 2026 11:00:00 +0900

Final-Recipient: RFC822; Yuki.Mori@example.jp
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.example.jp
Diagnostic-Code: SMTP; 550 5.1.1 <yuki.mori@example.jp>... User unknown

Final-Recipient: RFC822; kei.mori@example.jp
Action: delivered
Status: 2.0.0

--626020aB012345.1772762402/gw.example.jp
Content-Type: message/rfc822

Message-ID: <draft-9001@mail.win-techno.com>
From: support@win-techno.com
To: yuki.mori@example.jp, kei.mori@example.jp
Subject: About your disclosure request

Here is the data we hold about you.

--626020aB012345.1772762402/gw.example.jp--
"""

EXCHANGE_NDR = b"""Return-Path: <>
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tenant.example.com>
To: <support@win-techno.com>
Subject: Undeliverable: Your disclosure request
Date: Sat, 7 Mar 2026 02:00:00 +0000
Message-ID: <ndr-2b7c@mail01.tenant.example.com>
MIME-Version: 1.0
X-MS-Exchange-Message-Is-Ndr:
Content-Type: multipart/report; report-type=delivery-status; boundary="_004_ndr_"

--_004_ndr_
Content-Type: multipart/alternative; boundary="_000_ndr_"

--_000_ndr_
Content-Type: text/plain; charset="us-ascii"

Your message to aiko.sato@tenant.example.com couldn't be delivered.
aiko.sato wasn't found at tenant.example.com.

--_000_ndr_
Content-Type: text/html; charset="us-ascii"

<html><body><p>Your message couldn't be delivered.</p></body></html>

--_000_ndr_--

--_004_ndr_
Content-Type: message/delivery-status

Reporting-MTA: dns;mail01.tenant.example.com
Received-From-MTA: dns;mail.win-techno.com
Arrival-Date: Sat, 7 Mar 2026 01:59:58 +0000

Final-Recipient: rfc822;aiko.sato@tenant.example.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found

--_004_ndr_
Content-Type: message/rfc822

Message-ID: <reply-3141@mail.win-techno.com>
From: support@win-techno.com
To: aiko.sato@tenant.example.com
Subject: Your disclosure request

Attached is the record of your data.

--_004_ndr_--
"""

GMAIL_DSN = b"""Return-Path: <>
X-Failed-Recipients: daichi.kondo@example.com
Auto-Submitted: auto-replied
From: Mail Delivery Subsystem <mailer-daemon@mail.example.net>
To: support@win-techno.com
Subject: Delivery Status Notification (Failure)
References: <inquiry-ack-17@mail.win-techno.com>
In-Reply-To: <inquiry-ack-17@mail.win-techno.com>
Message-ID: <65f0a1b2.050a0220.abcd@mx.example.net>
Date: Sun, 08 Mar 2026 09:00:00 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000aaaa"; report-type=delivery-status

--000000000000aaaa
Content-Type: multipart/related; boundary="000000000000bbbb"

--000000000000bbbb
Content-Type: multipart/alternative; boundary="000000000000cccc"

--000000000000cccc
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to daichi.kondo@example.com because the address
couldn't be found, or is unable to receive mail.

--000000000000cccc
Content-Type: text/html; charset="UTF-8"

<html><body><h2>Address not found</h2></body></html>

--000000000000cccc--
--000000000000bbbb--
--000000000000aaaa
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net
Received-From-MTA: dns; mail.win-techno.com

Final-Recipient: rfc822; daichi.kondo@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com. (203.0.113.5, the server for the domain example.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000aaaa--
"""

POSTFIX_DELAYED = b"""Return-Path: <>
Auto-Submitted: auto-replied
From: MAILER-DAEMON@relay.example.net (Mail Delivery System)
To: support@win-techno.com
Subject: Delayed Mail (still being retried)
Date: Mon, 09 Mar 2026 14:00:00 +0900 (JST)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="D1.1773030000/relay"

--D1.1773030000/relay
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.example.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

--D1.1773030000/relay
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net

Final-Recipient: rfc822; tomo.hirano@example.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.example.com[203.0.113.20]:25: Connection
    timed out
Will-Retry-Until: Mon, 14 Mar 2026 10:00:00 +0900 (JST)

--D1.1773030000/relay
Content-Type: text/rfc822-headers

Message-ID: <slow-4004@mail.win-techno.com>
From: support@win-techno.com
To: tomo.hirano@example.com
Subject: Reminder: please confirm your identity

--D1.1773030000/relay--
"""

JAPANESE_TEXT_BOUNCE = (
    b"Return-Path: <>\n"
    b"From: postmaster@mail.example.jp\n"
    b"To: support@win-techno.com\n"
    b"Subject: "
    + Header("【配信不能】メールをお届けできませんでした", "utf-8").encode().encode()
    + b"\n"
    b"Date: Tue, 10 Mar 2026 09:00:00 +0900\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/plain; charset=UTF-8\n"
    b"Content-Transfer-Encoding: 8bit\n\n"
    + "以下の宛先へのメールは配信できませんでした。\n\n"
    "    kaori.ishida@example.jp\n\n"
    "エラー内容:\n"
    "    550 5.1.1 User unknown\n\n"
    "----- 元のメッセージ -----\n"
    "Message-ID: <notice-77@mail.win-techno.com>\n"
    "Subject: ご本人確認のお願い\n".encode()
)

BOUNCES = {
    "Postfix": POSTFIX_BOUNCE,
    "Exim multipart/report": EXIM_REPORT,
    "Exim plain text": EXIM_PLAIN_TEXT_BOUNCE,
    "qmail": QMAIL_BOUNCE,
    "sendmail": SENDMAIL_BOUNCE,
    "Exchange / Office 365": EXCHANGE_NDR,
    "Gmail": GMAIL_DSN,
    "Postfix delayed": POSTFIX_DELAYED,
    "Japanese plain text": JAPANESE_TEXT_BOUNCE,
}


@pytest.mark.parametrize("raw", BOUNCES.values(), ids=BOUNCES.keys())
def test_bounces_are_bounces_and_never_auto_replies(raw):
    facts = _detect(raw)
    assert facts.bounce and facts.do_not_auto_answer
    assert not facts.auto_reply, facts.reasons


def test_postfix_bounce_says_why_including_its_auto_submitted_header():
    reasons = _detect(POSTFIX_BOUNCE).reasons
    assert "Content-Type multipart/report; report-type=delivery-status" in reasons
    assert "header Auto-Submitted: auto-replied" in reasons
    assert "null Return-Path <>" in reasons


def test_postfix_report_is_read_from_its_structured_parts():
    assert _bounce(POSTFIX_BOUNCE) == BounceInfo(
        failed_recipients=("hana.suzuki@example.org",),
        status="5.1.1",
        action="failed",
        diagnostic=(
            "550 5.1.1 <hana.suzuki@example.org>: Recipient address rejected: User unknown"
        ),
        reporting_mta="relay.example.net",
        original_message_id="<case-0042.reply@mail.win-techno.com>",
    )


def test_exim_report_takes_the_original_id_from_rfc822_headers_part():
    info = _bounce(EXIM_REPORT)
    assert info.failed_recipients == ("ryo.ogawa@example.com",)
    assert (info.status, info.action) == ("5.0.0", "failed")
    assert info.original_message_id == "<ack-7781@mail.win-techno.com>"


def test_exim_plain_text_bounce_is_read_from_the_text_and_inline_copy():
    info = _bounce(EXIM_PLAIN_TEXT_BOUNCE)
    assert info.failed_recipients == ("mio.hara@example.net",)
    assert (info.status, info.action) == ("5.1.1", "failed")
    assert "No such user here" in info.diagnostic
    assert info.reporting_mta == "smtp.example.net"
    assert info.original_message_id == "<notice-5521@mail.win-techno.com>"


def test_qmail_failure_notice_is_read_from_its_text():
    info = _bounce(QMAIL_BOUNCE)
    assert info.failed_recipients == ("sota.ueno@example.org",)
    assert (info.status, info.action) == ("5.1.1", "failed")
    assert info.reporting_mta == "mx.example.org"
    assert info.original_message_id == "<erasure-done-88@mail.win-techno.com>"


def test_sendmail_report_lists_only_the_failed_recipient_lower_cased():
    info = _bounce(SENDMAIL_BOUNCE)
    assert info.failed_recipients == ("yuki.mori@example.jp",)
    assert info.status == "5.1.1"
    assert info.diagnostic == "550 5.1.1 <yuki.mori@example.jp>... User unknown"
    assert info.original_message_id == "<draft-9001@mail.win-techno.com>"


def test_exchange_ndr_with_nested_alternative_is_read():
    info = _bounce(EXCHANGE_NDR)
    assert info.failed_recipients == ("aiko.sato@tenant.example.com",)
    assert info.status == "5.1.10"
    assert info.reporting_mta == "mail01.tenant.example.com"
    assert info.original_message_id == "<reply-3141@mail.win-techno.com>"


def test_gmail_dsn_without_the_original_falls_back_to_in_reply_to():
    info = _bounce(GMAIL_DSN)
    assert info.failed_recipients == ("daichi.kondo@example.com",)
    assert info.status == "5.1.1" and is_permanent_failure(info)
    assert info.original_message_id == "<inquiry-ack-17@mail.win-techno.com>"


def test_delayed_dsn_is_a_bounce_but_not_a_permanent_failure():
    assert _detect(POSTFIX_DELAYED).bounce
    info = _bounce(POSTFIX_DELAYED)
    assert (info.action, info.status) == ("delayed", "4.4.1")
    assert not is_permanent_failure(info)
    assert info.original_message_id == "<slow-4004@mail.win-techno.com>"


def test_japanese_plain_text_bounce_is_read_from_its_text():
    info = _bounce(JAPANESE_TEXT_BOUNCE)
    assert info.failed_recipients == ("kaori.ishida@example.jp",)
    assert (info.status, info.action) == ("5.1.1", "failed")
    assert info.original_message_id == "<notice-77@mail.win-techno.com>"


def test_dsn_fields_written_in_a_daemon_text_body_make_a_bounce():
    raw = (
        b"Return-Path: <>\nFrom: postmaster@mx.example.com\nTo: support@win-techno.com\n"
        b"Subject: Notification\n\nDelivery report follows.\n\n"
        b"Final-Recipient: rfc822; sana.kubo@example.com\nAction: failed\nStatus: 5.4.4\n"
    )
    assert _detect(raw).bounce
    assert _bounce(raw).failed_recipients == ("sana.kubo@example.com",)
    assert _bounce(raw).status == "5.4.4"


def test_daemon_mail_with_a_raw_utf8_failure_subject_is_read_as_a_bounce():
    raw = (
        "Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.jp\nTo: support@win-techno.com\n"
        "Subject: メール配信エラー\nContent-Type: text/plain; charset=utf-8\n\n"
        "    rin.goto@example.jp\n"
    ).encode()
    info = _bounce(raw)
    assert info.failed_recipients == ("rin.goto@example.jp",)
    assert info.action == "failed"


def test_person_forwarding_a_bounce_is_not_a_bounce():
    forwarded = (
        b"Return-Path: <mei.aoki@example.com>\nFrom: Mei Aoki <mei.aoki@example.com>\n"
        b"To: support@win-techno.com\nSubject: Fwd: Undelivered Mail Returned to Sender\n"
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="fw"\n\n'
        b"--fw\nContent-Type: text/plain\n\nYour reset mail bounced, see attached. "
        b"Final-Recipient: rfc822; me@example.com\n--fw\nContent-Type: message/rfc822\n\n"
        + POSTFIX_BOUNCE
        + b"\n--fw--\n"
    )
    facts = _detect(forwarded)
    assert not (facts.bounce or facts.auto_reply or facts.do_not_auto_answer), facts.reasons
    assert parse_delivery_status(_parsed(forwarded)) is None


def test_person_pasting_bounce_lines_is_not_a_bounce():
    raw = _human(
        "My password reset mail never arrives",
        "I asked your system to mail me but got this:\n\nFinal-Recipient: rfc822; me@example.com\n"
        "Status: 5.1.1\nThe message could not be delivered.",
    )
    assert not _detect(raw).bounce
    assert parse_delivery_status(_parsed(raw)) is None


def test_ordinary_mail_from_postmaster_is_not_a_bounce_but_is_not_answered():
    raw = _human("Mailbox quota", "Your mailbox is almost full.", sender="postmaster@example.org")
    facts = _detect(raw)
    assert not facts.bounce and facts.do_not_auto_answer
    assert "sender postmaster@" in facts.reasons


# --- auto-replies --------------------------------------------------------------------------

EXCHANGE_OOF = _human(
    "Automatic reply: Your request #5120",
    "Thank you for your email.\n\nI am out of the office until 20 March with limited access to"
    " email.",
    extra="X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: mei.aoki@example.com\n"
    "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\n",
)
GMAIL_VACATION = _human(
    "Re: Request about my data",
    "Hello, I am on vacation until Monday and will answer your mail then.",
    extra="Auto-Submitted: auto-replied\n",
)
JAPANESE_OOF = _japanese(
    "【自動返信】出張による不在のお知らせ",
    "このメールは自動返信です。\n\n誠に恐れ入りますが、3月16日まで出張のため不在にしております。",
)
JAPANESE_RECEIPT = _japanese(
    "お問い合わせを受け付けました",
    "※本メールはシステムより自動送信されています。\n\nお問い合わせありがとうございます。"
    "担当者より2営業日以内にご連絡いたします。",
)

AUTO_REPLIES = {
    "Exchange OOF": EXCHANGE_OOF,
    "Gmail vacation": GMAIL_VACATION,
    "Japanese OOF without headers": JAPANESE_OOF,
    "Japanese receipt acknowledgement": JAPANESE_RECEIPT,
    "X-Autoreply": _human("Thanks", "We got it.", extra="X-Autoreply: yes\n"),
    "X-Autorespond": _human("Thanks", "We got it.", extra="X-Autorespond: 1\n"),
    "Precedence auto_reply": _human("Thanks", "We got it.", extra="Precedence: auto_reply\n"),
    "X-Precedence auto_reply": _human("Hi", "Got it.", extra="X-Precedence: auto_reply\n"),
    "Zimbra vacation": _human(
        "Away", "Back soon.", extra="Auto-Submitted: auto-replied (zimbra; vacation)\n"
    ),
    "X-Loop naming us": _human("Re: x", "loop", extra="X-Loop: support@win-techno.com\n"),
    "X-FC-MachineGenerated": _human("Hi", "Got it.", extra="X-FC-MachineGenerated: true\n"),
    "X-Autogenerated Reply": _human("Hi", "Got it.", extra="X-Autogenerated: Reply\n"),
    "Exchange rule reply with a neutral subject": _human(
        "Your request",
        "Noted.",
        extra="X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: x@example.com\n",
    ),
    "automated-notice sentence only": _human(
        "Support ticket 8812",
        "Thank you for contacting Example Corp. This is an automated response to let you"
        " know that we received your message.\n\nOur team will reply within two days.",
    ),
    "Lotus-style OOF with null Return-Path": _human(
        "Kenji Hori is out of the office.",
        "I will be out of the office starting 12/03/2026 and will not return until 19/03/2026.",
    ).replace(b"Return-Path: <mei.aoki@example.com>", b"Return-Path: <>"),
    "receipt notice from a no-reply sender": _human(
        "Your request has been received",
        "We will get back to you shortly.",
        sender="no-reply@helpdesk.example.net",
    ),
    "read receipt (MDN)": _human("Read: Your request", "Your message was read.").replace(
        b"Content-Type: text/plain; charset=utf-8",
        b"Content-Type: multipart/report; report-type=disposition-notification; boundary=m",
    ),
}


@pytest.mark.parametrize("raw", AUTO_REPLIES.values(), ids=AUTO_REPLIES.keys())
def test_auto_replies_are_detected_and_never_answered(raw):
    facts = _detect(raw)
    assert facts.auto_reply and facts.do_not_auto_answer, facts.reasons
    assert not facts.bounce
    assert facts.reasons


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Your request",
        "Automatic reply: Your request",
        "Auto Reply: Your request",
        "AutoReply",
        "[Auto-Reply] Your request",
        "Abwesenheitsnotiz: Ihre Anfrage",
        "Automatische Antwort: Ihre Anfrage",
        "Réponse automatique : Votre demande",
        "Respuesta automática: Su solicitud",
        "自动回复: 您的请求",
        "자동 응답: 문의",
        "自動応答: お問い合わせ",
        "不在のお知らせ（自動返信）",
    ],
)
def test_auto_reply_subject_markers_alone_decide(subject):
    facts = _detect(_human(subject, "Thank you."))
    assert facts.auto_reply
    assert "subject starts with an auto-reply marker" in facts.reasons


def test_exchange_oof_reasons_name_each_header_rule():
    reasons = _detect(EXCHANGE_OOF).reasons
    assert "header X-Auto-Response-Suppress: All with X-MS-Exchange-Inbox-Rules-Loop" in reasons
    assert "header X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent" in reasons


def test_japanese_oof_is_found_from_subject_and_body():
    reasons = _detect(JAPANESE_OOF).reasons
    assert "subject starts with an auto-reply marker" in reasons
    assert "body opens with an automated-notice sentence" in reasons


def test_auto_submitted_no_means_a_person_sent_it():
    facts = _detect(_human("Data request", "Please send my data.", extra="Auto-Submitted: no\n"))
    assert facts == AutomaticFacts()


def test_auto_submitted_from_a_daemon_without_report_is_an_auto_reply():
    raw = _human(
        "Mailbox quota warning",
        "Your mailbox is 95% full.",
        extra="Auto-Submitted: auto-generated\n",
        sender="mailer-daemon@mail.example.org",
    )
    facts = _detect(raw)
    assert facts.auto_reply and not facts.bounce


# --- bulk ----------------------------------------------------------------------------------

NEWSLETTER = _human(
    "Spring webinar series",
    "Join our webinars this spring.",
    extra="List-Id: Example News <news.example.com>\n"
    "List-Unsubscribe: <mailto:unsubscribe@example.com>\nPrecedence: bulk\n",
)
MAILCHIMP = _human(
    "20% off this week",
    "Big sale.",
    extra="X-Mailchimp-Campaign: 4a5b6c\nX-CampaignID: mailchimp4a5b6c\nFeedback-ID: 1:2:3\n",
)
SPAM = _human(
    "Rank first in search results",
    "We can boost your site. To stop receiving these messages, reply with STOP.",
    extra="X-Spam-Flag: YES\nX-Spam-Status: Yes, score=9.1\n",
)


@pytest.mark.parametrize("raw", [NEWSLETTER, MAILCHIMP, SPAM], ids=["list", "mailchimp", "spam"])
def test_bulk_mail_is_never_answered_but_is_not_an_auto_reply(raw):
    facts = _detect(raw)
    assert facts.bulk and facts.do_not_auto_answer
    assert not facts.auto_reply and not facts.bounce


def test_newsletter_reasons_name_each_bulk_header():
    reasons = _detect(NEWSLETTER).reasons
    assert {"header List-Id", "header List-Unsubscribe", "header Precedence: bulk"} <= set(reasons)


def test_no_reply_sender_is_bulk():
    facts = _detect(_human("Your invoice", "Invoice attached.", sender="noreply@billing.example"))
    assert facts.bulk and not facts.auto_reply
    assert "sender noreply@" in facts.reasons


# --- only "do not answer" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ("X-Auto-Response-Suppress: All\n", "header X-Auto-Response-Suppress: All"),
        ("X-Loop: procmail@example.com\n", "header X-Loop: procmail@example.com"),
    ],
)
def test_loop_headers_alone_only_stop_automatic_answers(extra, reason):
    facts = _detect(_human("Please delete my account", "Thanks.", extra=extra))
    assert not (facts.auto_reply or facts.bounce or facts.bulk)
    assert facts.do_not_auto_answer and reason in facts.reasons


def test_null_return_path_alone_only_stops_automatic_answers():
    raw = _human("Please delete my account", "Thanks.").replace(
        b"Return-Path: <mei.aoki@example.com>", b"Return-Path: <>"
    )
    facts = _detect(raw)
    assert facts == AutomaticFacts(do_not_auto_answer=True, reasons=("null Return-Path <>",))


def test_root_sender_is_not_answered():
    facts = _detect(_human("cron output", "done", sender="root@host.example.org"))
    assert facts.do_not_auto_answer and not facts.auto_reply


def test_out_of_office_subject_and_body_without_a_machine_sign_only_stop_answers():
    """A person may well write this; without header evidence it still opens a case."""
    raw = _human(
        "Out of office next week - please delete my data first",
        "I will be out of the office from Monday, so please delete my account before then.",
    )
    facts = _detect(raw)
    assert not facts.auto_reply and facts.do_not_auto_answer


# --- people --------------------------------------------------------------------------------

THUNDERBIRD = _human(
    "Deletion request",
    "Hello,\n\nI was out of office last week, please delete my data now.\n\nMei",
    extra="User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101"
    " Thunderbird/128.6.0\nContent-Language: en-US\n",
)
OUTLOOK = _human(
    "Correction of my address",
    "Hi,\n\nI got an automatic reply from you two weeks ago but nothing since. My address"
    " changed, please update it.\n\nBest regards\nMei Aoki",
    extra="X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdqT0m3k2l1x9yYxQ0aZ7p2bCw==\n"
    "Content-Language: en-gb\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\n",
)
GMAIL = _human(
    "Question about my data",
    'Your system answered "This is an automated response" and then nobody wrote back.'
    " Which data do you keep?",
    extra="DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=20230601;"
    " h=to:subject:message-id:date:from:mime-version; bh=abc=; b=def=\n"
    "X-Gm-Message-State: AOJu0Yw1\nX-Google-Smtp-Source: AGHT+IE\n",
)
IPHONE = _human(
    "Stop the ads",
    "Please stop sending me marketing mail.\n\nSent from my iPhone",
    extra="X-Mailer: iPhone Mail (21D61)\nContent-Type-Note: ignored\n",
)
HUMAN_QUOTING_OOF = _human(
    "Re: Automatic reply: Your request #4471",
    "Your colleague is away, so who handles my deletion request?\n\n"
    "On Mon, 16 Mar 2026, Natsu Ito <natsu.ito@example.com> wrote:\n"
    "> This is an automated response.\n> I am out of the office until Monday.",
    extra="In-Reply-To: <oof-1@example.com>\nX-Mailer: Microsoft Outlook 16.0\n",
)
HUMAN_FORWARDING_ACK = _human(
    "RE: 【Win Techno】お問い合わせ受付のお知らせ",
    "受付のお知らせが届きましたが、その後連絡がありません。\n\n"
    "-----Original Message-----\nFrom: support@win-techno.com\n"
    "このメールは自動送信されています。",
)
JAPANESE_COMPLAINT = _japanese(
    "自動返信メールが届きません",
    "先週は出張で不在にしておりました。\nこのメールは自動返信ではありません。"
    "\n自動送信されているメールを止めてください。",
    extra="X-Mailer: Becky! ver. 2.81.05\n",
)
JAPANESE_QUESTION = _japanese(
    "休暇明けの確認",
    "このメールは自動送信されていますか？登録情報の開示をお願いします。",
)
JAPANESE_REPLY_TO_OOF = _japanese(
    "Re: 【自動返信】不在のお知らせ",
    "このメールは自動返信です、と返ってきましたが、削除の依頼はどなたが対応されますか。",
)
THANKS_SUBJECT = _human("Thank you for your message", "Could you also delete my old account?")

PEOPLE = {
    "Thunderbird mentioning out of office": THUNDERBIRD,
    "Outlook mentioning an automatic reply": OUTLOOK,
    "Gmail quoting an automated response mid-sentence": GMAIL,
    "iPhone": IPHONE,
    "Re: Automatic reply quoting the OOF": HUMAN_QUOTING_OOF,
    "RE: our acknowledgement with Outlook-style quote": HUMAN_FORWARDING_ACK,
    "Japanese complaint about auto-replies": JAPANESE_COMPLAINT,
    "Japanese question whether mail is automatic": JAPANESE_QUESTION,
    "Re: 【自動返信】 echoing the notice unquoted": JAPANESE_REPLY_TO_OOF,
    "receipt-like subject from a person": THANKS_SUBJECT,
}


@pytest.mark.parametrize("raw", PEOPLE.values(), ids=PEOPLE.keys())
def test_mail_written_by_people_is_not_automatic(raw):
    facts = _detect(raw)
    assert facts == AutomaticFacts(), facts.reasons


@pytest.mark.parametrize("raw", PEOPLE.values(), ids=PEOPLE.keys())
def test_mail_written_by_people_has_no_delivery_status(raw):
    assert parse_delivery_status(_parsed(raw)) is None


def test_own_domains_decide_which_x_loop_is_ours():
    raw = _human("Re: x", "loop", extra="X-Loop: helpdesk@example.org\n")
    msg = _parsed(raw)
    args = {"subject": "Re: x", "from_address": "mei.aoki@example.com", "body_text": "loop"}
    ours = detect_automatic(msg, **args, return_path=None, own_domains=("example.org",))
    theirs = detect_automatic(msg, **args, return_path=None)
    assert ours.auto_reply and not theirs.auto_reply


# --- the shared corpus ---------------------------------------------------------------------


@pytest.mark.corpus
def test_corpus_auto_reply_and_bounce_flags_match_the_labels():
    corpus_dir = require_corpus()
    items = [item for item in corpus_labels() if item["channel"] == "email"]
    assert len(items) == 55
    wrong = {}
    for item in items:
        facts = _detect((corpus_dir / item["file"]).read_bytes())
        expected = (item["auto_reply"], item["bounce"])
        if (facts.auto_reply, facts.bounce) != expected:
            wrong[item["file"]] = (expected, facts.reasons)
    assert not wrong


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["e045", "e046"])
def test_corpus_bounces_name_recipient_status_and_original(name):
    raw = (require_corpus() / "email" / f"{name}.eml").read_bytes()
    info = _bounce(raw)
    original = email.message_from_bytes(raw, policy=policy.default)
    attached = next(
        part
        for part in original.walk()
        if part.get_content_type() in ("message/rfc822", "text/rfc822-headers")
    )
    header_text = attached.as_string() if name == "e045" else attached.get_content()
    assert info.original_message_id and info.original_message_id in header_text
    assert len(info.failed_recipients) == 1 and "@example." in info.failed_recipients[0]
    assert info.status.startswith("5.") and is_permanent_failure(info)


# --- hostile input -------------------------------------------------------------------------

HEADER_NAMES = [
    "Subject",
    "From",
    "Return-Path",
    "Content-Type",
    "Auto-Submitted",
    "X-Auto-Response-Suppress",
    "X-MS-Exchange-Inbox-Rules-Loop",
    "Precedence",
    "X-Loop",
    "List-Id",
    "X-Failed-Recipients",
    "In-Reply-To",
    "X-Autoreply",
    "X-Spam-Flag",
    "X-Campaign",
]


@st.composite
def hostile_mails(draw) -> bytes:
    headers = draw(
        st.lists(st.tuples(st.sampled_from(HEADER_NAMES), st.binary(max_size=80)), max_size=12)
    )
    body = draw(st.binary(max_size=400))
    return b"".join(name.encode() + b": " + value + b"\n" for name, value in headers) + b"\n" + body


@st.composite
def hostile_reports(draw) -> bytes:
    part_types = st.sampled_from(
        [
            "message/delivery-status",
            "message/rfc822",
            "text/rfc822-headers",
            "text/plain; charset=x-unknown",
            "text/plain; charset=idna",
            "multipart/mixed",
            "message/global-delivery-status",
        ]
    )
    encodings = st.sampled_from(["7bit", "base64", "quoted-printable", "x-uuencode", "bogus"])
    parts = draw(
        st.lists(st.tuples(part_types, encodings, st.binary(max_size=300)), min_size=0, max_size=5)
    )
    body = b"".join(
        b"--b\nContent-Type: %s\nContent-Transfer-Encoding: %s\n\n%s\n"
        % (kind.encode(), cte.encode(), payload)
        for kind, cte, payload in parts
    )
    closing = draw(st.sampled_from([b"--b--\n", b"", b"--b"]))
    return (
        b"Return-Path: <>\nFrom: MAILER-DAEMON@x.example\nSubject: Undeliverable\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
        + body
        + closing
    )


def _assert_consistent(facts: AutomaticFacts) -> None:
    assert not (facts.bounce and facts.auto_reply)
    if facts.auto_reply or facts.bounce or facts.bulk:
        assert facts.do_not_auto_answer and facts.reasons
    assert all(isinstance(reason, str) and "\n" not in reason for reason in facts.reasons)


@settings(max_examples=300, deadline=None)
@given(
    raw=st.one_of(hostile_mails(), hostile_reports()),
    subject=st.text(max_size=60),
    from_address=st.text(max_size=40),
    return_path=st.one_of(st.none(), st.just(""), st.text(max_size=30)),
    body_text=st.text(max_size=300),
)
def test_hostile_mail_never_raises(raw, subject, from_address, return_path, body_text):
    msg = _parsed(raw)
    facts = detect_automatic(
        msg,
        subject=subject,
        from_address=from_address,
        return_path=return_path,
        body_text=body_text,
    )
    _assert_consistent(facts)
    info = parse_delivery_status(msg)
    assert info is None or isinstance(info, BounceInfo)


@settings(max_examples=100, deadline=None)
@given(raw=hostile_reports())
def test_malformed_reports_are_still_bounces(raw):
    facts = _detect_lenient(raw)
    assert facts.bounce and not facts.auto_reply
    assert isinstance(parse_delivery_status(_parsed(raw)), BounceInfo)


def _detect_lenient(raw: bytes) -> AutomaticFacts:
    msg = _parsed(raw)
    return detect_automatic(
        msg,
        subject="Undeliverable",
        from_address="mailer-daemon@x.example",
        return_path="",
        body_text="",
    )


def test_deeply_nested_and_wide_reports_do_not_raise():
    deep = b"".join(
        b'--n%d\nContent-Type: multipart/mixed; boundary="n%d"\n\n' % (level, level + 1)
        for level in range(300)
    )
    raw = (
        b"Return-Path: <>\nFrom: MAILER-DAEMON@x.example\nSubject: Undeliverable\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="n0"\n\n'
        + deep
        + b"--n300\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@b.example\n"
    )
    assert _detect(raw).bounce
    assert isinstance(parse_delivery_status(_parsed(raw)), BounceInfo)
