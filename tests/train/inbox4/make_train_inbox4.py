#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the `inbox4` training set: one month (October 2024) of the real-looking
inbox of support@win-techno.com and the Win Techno Telegram bot.

150 items (70 e-mails, 80 chats), written from the label definitions in
shared/corpus/README.md only. Standard library only; output is deterministic.

    python3 make_train_inbox4.py
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import random
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "v"
SUPPORT = "support@win-techno.com"
JST = timezone(timedelta(hours=9))
SEED = 4044

LABEL = {
    "us-ascii": "us-ascii",
    "iso-2022-jp": "ISO-2022-JP",
    "shift_jis": "Shift_JIS",
    "utf-8": "UTF-8",
    "gb2312": "GB2312",
    "euc-kr": "EUC-KR",
    "iso-8859-1": "ISO-8859-1",
    "windows-1252": "windows-1252",
}
LATIN = {"iso-8859-1", "windows-1252", "us-ascii"}


def E(lang, kinds, note, sender, subject, body, **kw):
    """An e-mail item. sender = (display name, address)."""
    return dict(
        channel="email",
        lang=lang,
        kinds=kinds,
        note=note,
        sender=sender,
        subject=subject,
        body=body,
        **kw,
    )


def C(lang, kinds, note, text):
    """A Telegram chat item."""
    return dict(channel="chat", lang=lang, kinds=kinds, note=note, text=text)


# ---------------------------------------------------------------------------
# English e-mail (30: 11 with rights, 3 complaints, 4 inquiries, 9 other,
# 1 out-of-office, 2 bounces)
# ---------------------------------------------------------------------------
EN_MAIL = [
    E(
        "en",
        ["disclosure"],
        "A law firm writes for its client and asks for a copy of all her data, the purposes of use and the records of provision to third parties. The confidentiality disclaimer's 'delete it' is boilerplate.",
        ("Priya Natarajan", "p.natarajan@harrowgate.example.com"),
        "Our client Ms Dana Whitfield - request for her personal data",
        """\
Dear Sir or Madam,

We act on behalf of Ms Dana Whitfield, resident in Shibuya-ku, Tokyo, who has
held a WinGuard Home subscription since 2019 under the e-mail address
dana.whitfield@example.net. A letter of authority signed by our client is
attached to the postal copy of this letter and can be e-mailed on request.

On our client's instructions we ask Win Techno Inc. to provide:

1. a copy of all personal data concerning Ms Whitfield that the company holds,
   in whichever system it is kept (account, billing, support and marketing
   systems included);
2. the purposes for which each category of that data is used; and
3. a record of every third party to which her data has been provided since
   2019, with the dates of provision.

Please direct your reply to this office rather than to our client. Should you
need further proof of identity or authority, let us know which documents you
require and we will arrange them promptly.

Yours faithfully,

Priya Natarajan
Associate
Harrowgate & Lyle, Tokyo Office
Tel. +81 3 5555 0192

CONFIDENTIALITY: This e-mail and any attachments are confidential and may be
legally privileged. If you are not the intended recipient, please notify the
sender immediately and delete it from your system. Any use, copying or
disclosure of its contents is prohibited.
""",
        tz=9,
        crlf=True,
    ),
    E(
        "en",
        ["deletion"],
        "An office manager writes (ex-employee copied) asking that a former staff member's personal phone and home e-mail be erased on Win Techno's side; freeing his seat is already done and is not the request.",
        ("Megan Lowe", "office@brightside-dental.example.com"),
        "Former staff member - his details",
        """\
Hello,

I'm the office manager at Brightside Dental in Setagaya (WinGuard Business,
12 seats, customer no. BZ-30418).

One of our hygienists, Tomas Reyes, left us at the end of September and we've
already freed up his seat in the console. He got back in touch last week
because when we set up mobile protection on his phone he had to register with
his own mobile number and his home e-mail, and he'd like to be sure those are
gone from your side too - not just hidden from our console.

Could you please erase whatever you still hold on him? His details were:

  Tomas Reyes / t.reyes.home@example.net / 070-5555-2290

I've copied him on this e-mail so you can confirm with him directly.

Many thanks,
Megan Lowe
Office Manager, Brightside Dental
""",
        tz=9,
        cc="t.reyes.home@example.net",
    ),
    E(
        "en",
        ["correction"],
        "Reply in a ticket: the customer supplies the new billing address. The quoted support text mentions deleting and disclosing data, which is only context.",
        ("Jonah Fairweather", "jonah.fw@example.com"),
        "Re: [Ticket #58213] Billing address update",
        """\
Hi there,

Thanks for getting back to me so fast. Here's the new address exactly as it
should appear on the invoices:

Jonah Fairweather
Flat 4, 2-17 Kamimeguro
Meguro-ku, Tokyo 153-0051

Phone and e-mail stay the same. The old Setagaya address can go.

Cheers,
Jonah

On Mon, 30 Sep 2024 at 11:40, Win Techno Support <support@win-techno.com> wrote:
> Dear Mr Fairweather,
>
> Thank you for contacting Win Techno support. To update the billing
> address on your WinGuard account, please reply to this message with
> the new address in full.
>
> Please note that this address also handles requests to delete or
> disclose personal data. If you would like your account deleted,
> please say so explicitly in your reply.
>
> Kind regards,
> Aya Morimoto
> Win Techno Customer Support
""",
        tz=9,
        reply=True,
        mailer="ua:Mozilla Thunderbird",
    ),
    E(
        "en",
        ["suspension"],
        "Shop owner keeps his licence but asks that his purchase history no longer be used for recommendation mails and that his account data be kept out of a research/profiling panel.",
        ("Greg Holloway", "greg@hollowaybikes.example.com"),
        'recommendations + "customer panel"',
        """\
Hi,

Two things, and to be clear up front: I'm happy with WinGuard and I want to
keep my licence.

1) Every few weeks I get a "picked for you" mail pushing add-ons, which I
assume is worked out from what I've bought. I'd rather my purchase history
wasn't used that way. Please switch that off for me.

2) Someone from your research team invited me to a "customer insights panel"
and already knew my business type and how many devices I protect. Please
leave me out of that as well. I don't want my account info going into
research or profiling of any kind.

Thanks,
Greg

Holloway Bikes - Kichijoji

Sent from my iPad
""",
        tz=9,
    ),
    E(
        "en",
        ["disclosure", "correction"],
        "Asks what personal details are stored, and to fix the date of birth if it is the wrong one (conditional correction still expresses the correction).",
        ("Hannah Brook", "hbrook77@example.org"),
        "Question about my details",
        """\
Hello,

When I set up our family plan a couple of years ago I had to enter my date of
birth, and I have a nagging feeling I typed 1997 instead of 1979. My kids say
the account thinks I'm 27, which is flattering but not true.

Could you tell me what personal details you actually have stored for me? And
if the birth date is the wrong one, please change it to 14 March 1979.

Thanks a lot,
Hannah Brook
""",
        tz=9,
    ),
    E(
        "en",
        ["deletion", "complaint"],
        "Negation trap: she explicitly does not want a report of the data (no disclosure). Her e-mail and phone were added to an ex-partner's family plan without her consent; she objects to that (complaint) and wants everything linked to her removed (deletion).",
        ("L. Moreau", "lucie.m@example.com"),
        "I never signed up for this",
        """\
Hello,

I'm going to try to explain this calmly.

For about six months I have been getting WinGuard "Family Safety" messages:
"New device added", "Location sharing is on for Lucie's phone", and so on. I
never created a WinGuard account. It turns out my former partner put my
e-mail address, and I suspect my phone number, on his family plan while we
were together. We separated in the spring.

I am not part of anyone's family group. I find it very disturbing that your
system lets someone register another adult's contact details and location
settings without that person ever confirming anything.

Please take my e-mail address, my phone number and anything else connected
to me off that account and out of your systems. I don't need a report of
what was there \u2014 I just want it gone.

Lucie Moreau
""",
        tz=9,
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "en",
        ["suspension"],
        "Opts out of the 'joint promotions' sharing with business partners described in the privacy notice; says it is not a complaint.",
        ("Ahmed Karimi", "a.karimi@example.net"),
        "\u201cJoint marketing\u201d opt-out",
        """\
Hi,

I was reading your privacy notice (section 6, I think) where it says you may
share customer information with \u201cselected business partners\u201d for joint
promotions. I\u2019d like to opt out of that. Please don\u2019t hand my details to any
partner for marketing.

This isn\u2019t a complaint \u2014 I just prefer to choose who gets my info.

Best,
Ahmed
""",
        tz=9,
        cs="utf-8",
        cte="quoted-printable",
        mailer="ua:Apple Mail",
    ),
    E(
        "en",
        ["disclosure"],
        "Wants the sign-in records (dates, IPs, devices) held for his own account over a period, for a dispute with a former employer.",
        ("Carl Jennings", "cjennings.private@example.com"),
        "login records for my account",
        """\
Dear Win Techno,

I'm in a dispute with my former employer about whether I accessed work
material from home after I left. My personal laptop runs WinGuard under my
own account (this address).

Could you send me the sign-in records you hold for my account between
1 June and 31 August 2024 - dates, times, IP addresses and device names, if
you keep them? Whatever you have on file for that period is fine, I just
need to see it.

I can verify my identity in whatever way you require.

Carl Jennings
""",
        tz=9,
    ),
    E(
        "en",
        ["deletion"],
        "Indirect: a leaving customer says 'please forget me' and does not want her name, address and old card details kept: erasure request.",
        ("Maureen O'Dell", "mo.dell@example.org"),
        "goodbye",
        """\
Hello,

After eight years with WinGuard I've switched to the antivirus that came with
my new computer. No hard feelings, you never let me down.

One thing before I go: please forget me. Now that I'm not a customer I'd
rather my name, address and old card details weren't sitting in a database
somewhere.

All the best,
Maureen
""",
        tz=9,
    ),
    E(
        "en",
        ["correction"],
        "IT admin asks to replace the outdated registered administrator contact (a retired employee) with his own details. Borderline business-account change, labelled correction because the registered contact person's data is outdated.",
        ("Kevin Tran", "it-admin@sakuralogistics.example.com"),
        "Update administrator contact on our account",
        """\
Hello Support,

Please update the registered administrator contact for our WinGuard Cloud
tenant (Tenant ID: sakura-logi-0231).

Outdated: Hiroshi Sato, h.sato@sakuralogistics.example.com, ext. 204
          (Hiroshi retired at the end of September)
New:      Kevin Tran, it-admin@sakuralogistics.example.com, +81 45-555-0177

Security notifications and renewal notices should come to me from now on.

Thanks,
Kevin Tran
IT Administrator | Sakura Logistics Co., Ltd.
""",
        tz=9,
        layout="alt",
        mailer="x:Microsoft Outlook 16.0",
    ),
    E(
        "en",
        ["suspension", "complaint"],
        "A confirmed marketing opt-out was not honoured: demands that promotional mail stop (suspension) and objects to the ignored request (complaint). The quoted acknowledgement is context only.",
        ("Rob Fenwick", "rfenwick@example.com"),
        "RE: Your request has been received [#55907]",
        """\
You confirmed on 19 August (see below) that I had been taken off marketing.
Since then I have received "Autumn Security Sale", "Protect your whole
family", "Last chance: 40% off", and another one yesterday.

Stop sending me promotional e-mail. I would also like an explanation of why
an opt-out that you confirmed in writing was not honoured.

R. Fenwick

-----Original Message-----
From: Win Techno Support <support@win-techno.com>
Sent: Monday, August 19, 2024 3:12 PM
To: rfenwick@example.com
Subject: Your request has been received [#55907]

Dear Customer,

We have received your request to stop marketing communications. Your
preferences have been updated and you will no longer receive promotional
e-mail from Win Techno. Please allow up to 10 business days for the change
to take effect.

Win Techno Customer Support
""",
        tz=9,
        reply=True,
        mailer="x:Microsoft Outlook 16.0",
    ),
    E(
        "en",
        ["complaint"],
        "Received another customer's renewal notice (name, order, licence, card digits) and fears her own went elsewhere: complaint about handling of personal data. 'I deleted it' refers to the stray mail.",
        ("Naomi Castell", "ncastell@example.net"),
        "You sent me someone else's renewal notice",
        """\
Hi,

This morning I got a renewal reminder from you. It began "Dear Mr Hideki
Arakawa" and listed his order number, his licence key and the last four
digits of his card. I am not Mr Arakawa.

I've deleted it, but now I'm worried: if his reminder came to me, did mine go
to somebody else? This is exactly the kind of thing a security company
shouldn't get wrong. Please find out how it happened.

Naomi Castell
""",
        tz=9,
    ),
    E(
        "en",
        ["complaint"],
        "Formal complaint that an earlier erasure request went unanswered for four weeks; the deletion itself is not restated, so only complaint.",
        ("Ben Adeyemi", "ben.adeyemi@example.org"),
        "Still waiting - ticket 54120",
        """\
Hello,

On 3 September I asked you to erase my account data (ticket 54120). I got the
automatic acknowledgement and then nothing. More than four weeks of silence
on a privacy request is not acceptable, and your own policy page talks about
handling these "without delay".

I want to register a formal complaint about how this has been handled, and
I'd like the name of whoever is responsible for personal data at Win Techno.

B. Adeyemi
""",
        tz=9,
        day=(5, 12),
    ),
    E(
        "en",
        ["complaint"],
        "Objects that the Telegram bot demanded a My Number card photo and full card number for a licence transfer: grievance about excessive collection of personal data.",
        ("Sophie Lang", "sophielang@example.com"),
        "Why does your bot want a photo of my ID?",
        """\
Hello,

All I wanted was to move my licence to a new phone. Your Telegram bot then
told me that "to verify my identity" I had to upload both sides of my My
Number card and type in my full credit card number.

That is far more than a licence transfer needs, and a My Number card is not
something I'm going to hand to a chatbot. I gave up. I'm unhappy that you ask
for this at all, and I think you should stop asking customers for it.

Sophie
""",
        tz=9,
    ),
    E(
        "en",
        ["inquiry"],
        "Procurement questionnaire about storage location, sub-processors, retention, overseas transfer and the privacy contact; no right requested.",
        ("Elena Park", "procurement@northwind-clinic.example.org"),
        "Vendor privacy questions - WinGuard Cloud evaluation",
        """\
Good afternoon,

Our clinic group is evaluating WinGuard Cloud for about 60 endpoints. Before
we can sign, our compliance officer needs answers to a few questions:

1. In which country or countries is customer and endpoint data stored?
2. Do you use sub-processors (hosting, support tools, analytics)? Is there a
   published list?
3. How long are scan logs and device telemetry retained?
4. Is any data transferred outside Japan, and if so on what basis?
5. Who is your contact point for personal-information matters?

A short written answer is fine; we don't need a call at this stage.

Kind regards,
Elena Park
Procurement, Northwind Clinic Group
""",
        tz=9,
        layout="alt",
    ),
    E(
        "en",
        ["inquiry"],
        "Negation trap: he is renewing, not cancelling; asks in general what happens to data after a subscription lapses and how long scan history is kept. Policy question, no deletion intent.",
        ("Dev Malhotra", "devm@example.net"),
        "what happens to data after a subscription ends?",
        """\
Hi,

I'm not cancelling anything (I'm actually renewing), but my partner asked me
something I couldn't answer. When someone's WinGuard subscription lapses,
what happens to their account data? Is it removed automatically after some
time, or kept until the person asks? And how long do you keep old scan
histories?

Just curious how it works.

Thanks,
Dev
""",
        tz=9,
    ),
    E(
        "en",
        ["inquiry"],
        "Parent asks what is collected from a child's device and whether it is used for or shared with advertisers; question about practices only.",
        ("Ruth Okonkwo", "ruth.okonkwo@example.com"),
        "Family plan - my son's phone",
        """\
Hello,

My son is 14 and has WinGuard on his phone through our family plan. Before I
renew I'd like to understand what you collect from his device (installed
apps? browsing? location?) and whether any of it is used for advertising or
passed to advertisers. Is anything handled differently for users under 18?

Thank you,
Ruth Okonkwo
""",
        tz=9,
    ),
    E(
        "en",
        ["inquiry"],
        "Asks whether the browser extension sends full URLs or hashes, and how long they are kept: privacy-practice question.",
        ("Tom Harding", "t.harding@example.org"),
        "browser extension question",
        """\
Does the WinGuard Safe Browsing extension send the full URL of every page I
visit to your servers, or just a hash / the domain? The privacy notice says
"web address information", which could mean either. If full URLs are sent,
are they stored, and for how long?

Sent from my phone
""",
        tz=9,
    ),
    E(
        "en",
        ["other"],
        "Decoy: 'delete/void the duplicate invoice' is billing, and the footer's 'please delete it' is a disclaimer.",
        ("Accounts Payable", "ap@kestrel-design.example.com"),
        "Duplicate invoice INV-2024-09-1187",
        """\
Hello,

We received invoice INV-2024-09-1187 twice, on 1 Oct and again on 3 Oct, for
the same amount (JPY 52,800). We only have one subscription. Could you
please delete or void the duplicate so our system stops flagging it, and
confirm that we have only been charged once?

Thank you,
Mariko Dunn
Accounts Payable, Kestrel Design KK

This message is intended only for the addressee. If you have received it in
error, please delete it and let us know.
""",
        tz=9,
        day=(4, 31),
    ),
    E(
        "en",
        ["other"],
        "Partnership offer from a Singapore MSP; sales, not personal data.",
        ("Arjun Mehta", "arjun@merlion-it.example.com"),
        "Partnership enquiry - MSP in Singapore",
        """\
Hi Win Techno team,

I run Merlion IT Services, a managed service provider in Singapore with
around 140 SME clients, many of them subsidiaries of Japanese companies.
Several have asked for WinGuard by name.

We'd like to talk about becoming an authorised reseller / MSP partner:
margins, NFR licences, and whether the management console supports
multi-tenant billing.

Would someone from your channel team have 30 minutes in the next two weeks?

Best regards,
Arjun Mehta
Founder & MD, Merlion IT Services Pte. Ltd.
+65 5550 1234
""",
        tz=8,
        layout="alt",
        mailer="x:Microsoft Outlook 16.0",
    ),
    E(
        "en",
        ["other"],
        "Press enquiry asking for expert comment on ransomware; not about personal data.",
        ("Claire Beaumont", "claire.beaumont@techwire.example.com"),
        "Press enquiry: ransomware and Japanese SMEs",
        """\
Hello,

I'm a reporter with TechWire Asia, working on a piece about the rise in
ransomware attacks on small manufacturers in Japan. I\u2019d love a comment from
Win Techno, ideally from one of your threat researchers, on what you're
seeing this year and what small firms should prioritise.

My deadline is this Friday, 17:00 JST. A short call or a few written lines
would both work.

Many thanks,
Claire Beaumont
Senior Reporter, TechWire Asia
""",
        tz=8,
        cs="utf-8",
        cte="base64",
    ),
    E(
        "en",
        ["other"],
        "Decoy: SEO sales spam whose 'reply STOP / unsubscribe' line is not a privacy request.",
        ("Growth Team", "hello@rankrocket.example.net"),
        "win-techno.com is losing 63% of its search traffic",
        """\
Hi there,

I ran a quick audit of win-techno.com and found 27 technical SEO issues that
are costing you visitors every single day.

The good news? Our team has taken 300+ software brands to page 1 of Google in
90 days or less. Guaranteed, or you don't pay.

Book a free 15-minute strategy call this week and get the full audit report
for free.

Cheers,
Jake | RankRocket Growth Team

You are receiving this because your address is publicly listed. Don't want
to hear from us? Reply STOP or click unsubscribe.
""",
        tz=-7,
        layout="html",
    ),
    E(
        "en",
        ["other"],
        "Outage/technical report from an IT engineer (sync failures); no personal data involved.",
        ("Daniel Ferreira", "dferreira@kitamura-precision.example.jp"),
        'URGENT: 41 endpoints "Sync failed" since this morning',
        """\
Hi,

Since around 08:30 JST today, 41 of our 118 endpoints show "Sync failed
(E-4410)" in the WinGuard Cloud console. Definitions on those machines are
stuck at yesterday's version. Nothing has changed on our side: no proxy or
firewall changes.

Tenant: kitamura-prec-01
Console region: Tokyo
Agent version: 7.4.2

Is there a known incident? If not, please tell me which logs you need.

Daniel Ferreira
Systems Engineer, Kitamura Precision
""",
        tz=9,
    ),
    E(
        "en",
        ["other"],
        "Decoy: 'remove the old PC from my device list' is licence management.",
        ("Yuki Andersson", "yuki.andersson@example.com"),
        "moving my licence to a new PC",
        """\
Hello,

I bought a new laptop and want to move my WinGuard Pro licence to it. The old
desktop is going to my nephew, so please remove it from my licence / device
list. I can't find the option in My Account and the old PC won't boot any
more.

Licence: WGP-4Q7N-88TX-K2LM

Thanks!
Yuki
""",
        tz=9,
    ),
    E(
        "en",
        ["other"],
        "Decoy: phishing report. The forwarded fake mail talks about deleting the account and updating personal information, but the customer only asks whether it is genuine.",
        ("Patricia Gomez", "pgomez@example.org"),
        "Fwd: Action required: your WinGuard account will be deleted",
        """\
Is this from you? I'm pretty sure it's a scam (the link goes to some weird
domain) but thought you should know. I haven't clicked anything.

Pat

---------- Forwarded message ---------
From: WinGuard Security Team <no-reply@winguard-verify.example.net>
Date: Mon, 30 Sep 2024 at 02:14
Subject: Action required: your WinGuard account will be deleted
To: <pgomez@example.org>

Dear Customer,

Due to incomplete records, your WinGuard account and all personal data will
be permanently deleted within 24 hours. To keep your account, update your
personal information and payment details here:
hxxp://winguard-verify.example.net/update

WinGuard Security Team
""",
        tz=9,
        mailer="ua:Mozilla Thunderbird",
    ),
    E(
        "en",
        ["other"],
        "Decoy: 'stop the automatic restart' concerns software updates.",
        ("Hiroko Baxter", "h.baxter@baxter-translation.example.com"),
        "Stop automatic restarts",
        """\
Hi,

WinGuard keeps restarting our office PCs after updates, sometimes in the
middle of client calls. Is there a way to stop the automatic restart, or at
least schedule updates for after 19:00? We're on WinGuard Business, managed
from the console.

Thanks,
Hiroko Baxter
Baxter Translation Services
""",
        tz=9,
    ),
    E(
        "en",
        ["other"],
        "Decoy: 'change my plan' is a billing change, not a correction of personal data.",
        ("Oliver Grant", "ogrant@example.net"),
        "Change my plan",
        """\
Hi,

Please change my subscription from monthly to annual billing, starting from
the next cycle. Does the "2 months free" banner on the website apply to
existing customers too? And is the price locked for the whole year?

Thanks
Oliver
""",
        tz=9,
    ),
    E(
        "en",
        [],
        "Out-of-office auto-reply to a support ticket (Auto-Submitted: auto-replied).",
        ("Graham Pike", "graham.pike@westfield-audit.example.com"),
        "Automatic reply: [Ticket #58890] Your licence renewal",
        """\
Thank you for your e-mail. I am currently out of the office and will be back
on Monday 4 November, with limited access to e-mail until then.

For anything urgent please contact my colleague Sarah Lee
(sarah.lee@westfield-audit.example.com).

Best regards,
Graham Pike
""",
        tz=9,
        layout="auto",
        auto_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    E(
        "en",
        [],
        "Postfix bounce (multipart/report with message/rfc822). The returned original is a Win Techno reply confirming a correction and mentioning deletion: keyword trap.",
        ("Mail Delivery System", "MAILER-DAEMON@smtp-out.example.net"),
        "Undelivered Mail Returned to Sender",
        "",
        layout="bounce_rfc822",
        rcpt="a.kowalski@oldmail.example.net",
    ),
    E(
        "en",
        [],
        "Exim-style bounce (multipart/report with text/rfc822-headers). The original headers show a Japanese subject about account deletion: keyword trap.",
        ("Mail Delivery System", "Mailer-Daemon@relay.example.net"),
        "Mail delivery failed: returning message to sender",
        "",
        layout="bounce_headers",
        rcpt="k.shimada@biz.example.jp",
    ),
]

# ---------------------------------------------------------------------------
# English chats (40: 20 with rights, 3 complaints, 4 inquiries, 13 other)
# ---------------------------------------------------------------------------
EN_CHAT = [
    C(
        "en",
        ["deletion"],
        "Casual request to wipe the account because the data should not stay on the servers.",
        "hey, can u just wipe my account? dont use winguard anymore and i dont want my stuff sitting on ur servers \U0001f64f",
    ),
    C(
        "en",
        ["disclosure"],
        "Indirect: 'what info do you have on me / want to see what's on file' is a disclosure request.",
        "What info do you guys actually have on me? Account is ken.obrien@example.net. Just want to see what's on file",
    ),
    C(
        "en",
        ["correction"],
        "Indirect: only says the stored number is the old one and gives the new one; wants it updated.",
        "fyi the phone number on my account is my old one, I changed it in august. new one: 090-5555-0834",
    ),
    C(
        "en",
        ["suspension"],
        "Asks that usage data not be used for the company's analytics/product improvement (server side, not an app setting).",
        'Can you make sure my usage data isn\'t used for your analytics / "product improvement" stuff? not talking about the app toggle, I mean on your end',
    ),
    C(
        "en",
        ["deletion", "complaint"],
        "Indirect: 'I never signed up for this' plus 'get rid of it / delete me': unwanted registration is a grievance (complaint) and the e-mail should be erased (deletion).",
        "I never signed up for this. Why am I getting WinGuard renewal reminders??? whoever gave you my email, I don't care, just get rid of it. delete me from whatever list this is",
    ),
    C(
        "en",
        ["disclosure", "deletion"],
        "Two steps: copy of all data first, then delete it all.",
        "send me a copy of everything you have on me first, then delete it all. thx",
    ),
    C(
        "en",
        ["suspension"],
        "Negation trap: explicitly NOT cancelling/deleting the account; only the promotional e-mails should stop.",
        "No more promo emails please!! I'm NOT cancelling, keep my account exactly as it is, just stop the offers \U0001f64f",
    ),
    C(
        "en",
        ["correction"],
        "Misspelt name on the account should be fixed.",
        "my name is spelled wrong on my acount lol. It's Siobhan, not Shivon. can someone fix",
    ),
    C(
        "en",
        ["deletion"],
        "Posed as a question about erasure on cancelling, with 'I'd want that': expresses deletion intent.",
        "If I cancel, is it posible to have all my data erased too? I'd want that",
    ),
    C(
        "en",
        ["disclosure"],
        "Stock legal wording: GDPR Art. 15 access request with a copy.",
        "Hello. Pursuant to Article 15 GDPR I request access to my personal data and a copy thereof. Account email: m.vidal@example.org. Please respond within one month.",
    ),
    C(
        "en",
        ["suspension", "complaint"],
        "Stop providing data to resellers (suspension of third-party provision) and a grievance that a 'partner' knew his licence expiry (complaint).",
        'pls stop giving my info to your resellers. some "partner" called me today and knew exactly when my license expires. not cool',
    ),
    C(
        "en",
        ["correction"],
        "Indirect: announces a move and gives the new address; invoices still go to the old one.",
        "moved to Osaka \U0001f4e6 new address is 3-14-2 Nishitenma, Kita-ku, Osaka 530-0047. invoices keep going to the old place",
    ),
    C(
        "en",
        ["deletion"],
        "Relative (son) asks to close his late father's account and remove his personal details.",
        "Hi. My father passed away in August. He had a WinGuard account under h.tanner@example.com. I'm his son and I'm sorting out his things. Could you close the account and remove his personal details? I can send a copy of the death certificate if you need it.",
    ),
    C(
        "en",
        ["disclosure"],
        "Wants the list of third parties that received his data and when (records of provision).",
        "who exactly have u shared my data with? I want a list of every third party that got my info + when",
    ),
    C(
        "en",
        ["suspension"],
        "Newsletter unsubscribe addressed to the company: stop marketing use.",
        "unsubscribe me from the newsletter pls",
    ),
    C(
        "en",
        ["correction", "complaint"],
        "Third request to change the e-mail (correction); the ignored requests and the old employer seeing alerts are a grievance (complaint).",
        "third time asking: please change my email to r.kim.home@example.com. it STILL shows my old work address and my ex employer's IT can see my alerts. this is getting ridiculous",
    ),
    C(
        "en",
        ["deletion"],
        "Negation trap: 'I don't need a copy' rules out disclosure; only deletion.",
        "I don't need a copy of anything. Just delete my account and whatever data is attached to it.",
    ),
    C(
        "en",
        ["suspension"],
        "Keeps security alerts but asks to stop profiling for personalised offers.",
        'security alerts are fine. but please stop profiling me for "personalised offers", no thanks to that',
    ),
    C(
        "en",
        ["disclosure"],
        "Question form: wants to see the location data logged about her.",
        "can i see what location data the app has logged about me? the family safety thing",
    ),
    C(
        "en",
        ["correction"],
        "Indirect: surname changed after marriage; update the account.",
        "Got married last month \U0001f48d surname is now Okafor (was Bennett). can you update my account?",
    ),
    C(
        "en",
        ["complaint"],
        "Still sees personalised ads after opting out and asks what is done with his data: complaint, no right requested.",
        "I opted out of personalised ads weeks ago and I'm STILL seeing WinGuard ads with my first name in them on other sites. what are you doing with my data??",
    ),
    C(
        "en",
        ["complaint"],
        "Agent read out home address and card expiry in an open office on speaker: grievance about handling of personal data.",
        "your support guy read my full home address AND card expiry out loud on a call I told him was on speaker in an open office. seriously?",
    ),
    C(
        "en",
        ["complaint"],
        "Suspects his details were sold to a marketing company: suspected leak, complaint.",
        'why did I get a survey from some marketing company that called me a "valued WinGuard customer"?? did you sell my details to them?',
    ),
    C(
        "en",
        ["inquiry"],
        "Question about sharing with parent company/affiliates.",
        "quick q, do you share user data with your parent company or any affiliates?",
    ),
    C(
        "en",
        ["inquiry"],
        "Question about retention of bot messages.",
        "how long do you keep the messages I send to this bot?",
    ),
    C(
        "en",
        ["inquiry"],
        "Question about where data is stored.",
        "where are your servers? is my data stored in Japan or somewhere else",
    ),
    C(
        "en",
        ["inquiry"],
        "Question about tracking cookies on the website.",
        "Does your website use tracking cookies or only the necessary ones? the banner doesn't say much",
    ),
    C(
        "en",
        ["other"],
        "Decoy: deleting old scan reports in the console is product how-to.",
        "how do I delete old scan reports from the console? it's cluttered af",
    ),
    C(
        "en",
        ["other"],
        "Licence key problem after reinstall.",
        "license key says invalid after I reinstalled windows. key is WGP-7H2K-XX91-PLM4, bought in march",
    ),
    C(
        "en",
        ["other"],
        "Outage question.",
        "is the cloud down?? dashboard won't load since 9am \U0001f629",
    ),
    C(
        "en",
        ["other"],
        "Decoy: removing a sold laptop from the device list is licence management.",
        "how do i remove a laptop from my device list, sold it last week",
    ),
    C("en", ["other"], "Payment method question.", "can I pay with PayPal or only card"),
    C(
        "en",
        ["other"],
        "Decoy: crypto spam whose 'Reply STOP to opt out' is not a privacy request.",
        "\U0001f680\U0001f680 CRYPTO SIGNALS VIP \U0001f680\U0001f680 500% gains this week only, join now -> t.me/example_signals_vip . Reply STOP to opt out",
    ),
    C(
        "en",
        ["other"],
        "Compatibility question.",
        'does winguard work on M3 macs? site only says "macOS 12+"',
    ),
    C(
        "en",
        ["other"],
        "Pre-sales question about editions.",
        "whats the difference between Home and Pro? is Pro worth it for 1 person",
    ),
    C(
        "en",
        ["other"],
        "Decoy / negation trap: 'don't delete anything', wants to export scan history for an auditor: product how-to.",
        "DON'T delete anything pls \U0001f605 I just need to export my scan history as CSV for our auditor, where's the export button?",
    ),
    C(
        "en",
        ["other"],
        "Billing: double charge refund.",
        "refund pls, charged twice for the same renewal. order WT-884213",
    ),
    C("en", ["other"], "Empty greeting, no request.", "hello?? anyone there"),
    C(
        "en",
        ["other"],
        "Phishing report about a fake renewal mail.",
        'got an email saying "WinGuard licence expired, click to renew" from billing-winguard@example.net. is that you? looks phishy \U0001f3a3',
    ),
    C(
        "en",
        ["other"],
        "Bot error when fetching an invoice.",
        "bot keeps throwing error 502 when I ask for my invoice",
    ),
]

# ---------------------------------------------------------------------------
# Japanese e-mail (30: 13 with rights, 3 complaints, 4 inquiries, 9 other,
# 1 out-of-office)
# ---------------------------------------------------------------------------
JA_MAIL = [
    E(
        "ja",
        ["disclosure"],
        "Negation trap: formal disclosure request (registration data, purchase history, other items held) that explicitly says deletion and suspension are not wanted.",
        ("宮下 恵理子", "e.miyashita@example.jp"),
        "保有個人データの開示のお願い",
        """\
Win Techno株式会社
個人情報お問い合わせ窓口 御中

いつもお世話になっております。
WinGuard（ホーム版）を2021年から利用しております宮下と申します。

貴社が保有されている私の個人データについて、開示をお願いしたくご連絡いたしました。
具体的には、以下の内容を書面または電子データでいただけますと幸いです。

・登録されている氏名、住所、電話番号、メールアドレス等
・購入履歴および決済に関する情報
・その他、私に関して保有されている情報の項目

なお、今回は内容を確認したいだけですので、削除や利用停止までは求めておりません。
本人確認に必要な書類がございましたら、ご指示ください。

どうぞよろしくお願いいたします。

宮下 恵理子
登録メールアドレス：e.miyashita@example.jp
電話：03-5555-2841
""",
        mailer="x:Microsoft Outlook 16.0",
    ),
    E(
        "ja",
        ["correction"],
        "Moved for work; registered address should be changed to the new one (the web form would not let him).",
        ("小野寺 健", "k-onodera@example.jp"),
        "住所変更",
        """\
お世話になります。
WinGuardを使っている小野寺です。

先月、転勤で札幌に引っ越しました。
登録している住所がまだ前の横浜のままになっていると思いますので、下記に変更をお願いします。

新住所：〒060-0042 北海道札幌市中央区大通西8丁目2-15 ルミエール大通502

電話番号は変わりません。
マイページから変えようとしたのですが、住所の欄がグレーになっていて編集できませんでした。
よろしくお願いします。

小野寺
""",
    ),
    E(
        "ja",
        ["deletion"],
        "Indirect: an elderly customer is giving up her PC and, asked as a question, says she wants her name, address and phone number erased when she quits.",
        ("西村 和代", "nishimura.k@example.jp"),
        "やめたいのですが",
        """\
ウィンテクノ様

はじめてメールいたします。西村と申します。
孫に勧められてウィンガードを入れておりましたが、パソコンを処分することになりましたので、やめたいと思っております。

やめるときに、こちらの名前や住所、電話番号なども全部消していただけるのでしょうか。
残っているのは気持ちが悪いので、消していただきたいです。
手続きの仕方がよくわかりませんので、教えていただけると助かります。

西村 和代
（電話 0798-55-3310）
""",
        cs="shift_jis",
        cte="8bit",
        hcs="shift_jis",
        mailer="x:Becky! ver. 2.81.04",
    ),
    E(
        "ja",
        ["suspension"],
        "General-affairs department asks to stop the monthly direct mail and sales calls addressed to the company president; the product stays in use.",
        ("ハヤセ工業 総務 山内", "soumu@hayase-kogyo.example.jp"),
        "【ご依頼】ダイレクトメール送付停止について",
        """\
Win Techno株式会社
ご担当者様

平素より大変お世話になっております。
株式会社ハヤセ工業 総務部の山内でございます。

弊社代表取締役 早瀬 宛てに、貴社より新製品のご案内が毎月郵送で届いております。
製品は引き続き利用させていただきますが、ご案内状につきましては今後の送付を控えていただきますようお願い申し上げます。
あわせて、代表宛ての電話での営業のご案内につきましても、同様にご対応いただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社ハヤセ工業 総務部
山内 真由美
〒334-0013 埼玉県川口市南鳩ヶ谷5-7-21
TEL 048-555-6620
━━━━━━━━━━━━━━━━━━━━
""",
        layout="alt",
        mailer="x:Microsoft Outlook 16.0",
    ),
    E(
        "ja",
        ["disclosure", "deletion"],
        "Webinar registrant: first send a list of the data held about him, then erase all of it (changed jobs).",
        ("藤田 海斗", "kaito.f@example.jp"),
        "確認と削除",
        """\
サポートご担当者様

以前、御社のオンラインセミナーに申し込んだ者です。
そのときに名前、会社名、電話番号などを入力したと思うのですが、それ以外にも何か情報を持っていますか？

まず、私について保有している情報を一覧で送ってください。
確認できたら、すべて削除してもらいたいです。転職したので、前の会社の名前で登録が残っているのも困ります。

藤田 海斗
""",
    ),
    E(
        "ja",
        ["correction"],
        "Reply: the name is registered with the wrong kanji (高 instead of 髙) and must be corrected. The quoted Win Techno notice mentions confirmation/deletion, which is context only. UTF-8 because 髙 is outside JIS X 0208.",
        ("髙木 聡", "s.takagi@example.jp"),
        "Re: 【Win Techno】ご登録内容変更完了のお知らせ",
        """\
Win Techno サポート御中

ご対応ありがとうございます。
ただ、お知らせメールの宛名が「高木 聡」様となっておりますが、正しくは「髙木」（はしごだか）です。
登録上の氏名を「髙木 聡」に訂正していただけますでしょうか。

細かいことで恐縮ですが、領収書を会社に提出する関係で、正しい表記が必要です。
よろしくお願いいたします。

髙木

2024年9月27日(金) 14:02 Win Techno サポート <support@win-techno.com>:
> 高木 聡 様
>
> いつもWinGuardをご利用いただきありがとうございます。
> ご依頼いただきましたご登録メールアドレスの変更が完了いたしました。
> ご登録内容の確認・削除をご希望の場合は、本メールにご返信ください。
>
> Win Techno株式会社 カスタマーサポート
""",
        cs="utf-8",
        cte="base64",
        reply=True,
        mailer="ua:Mozilla Thunderbird",
    ),
    E(
        "ja",
        ["suspension", "complaint"],
        "After cancelling and ticking 'no further notices', campaign mails keep coming: grievance and worry about data management (complaint) plus 'never send ads again' (suspension).",
        ("大西 里美", "satomi.onishi@example.jp"),
        "解約したのにメールが届きます",
        """\
ご担当者様

8月末でWinGuardを解約した大西です。
解約手続きの際に「今後のご案内は不要」にチェックを入れたはずなのですが、その後も週に2回ほどキャンペーンのメールが届いています。

解約した人にまで送り続けるのはどうかと思います。正直、個人情報がきちんと管理されているのか不安になりました。

今後、広告やキャンペーンのメールは一切送らないでください。

大西 里美
""",
    ),
    E(
        "ja",
        ["deletion"],
        "Parent asks to erase the registration and data her 13-year-old son entered without permission.",
        ("松田 由紀", "yuki.matsuda@example.jp"),
        "子どもが登録したアカウントについて",
        """\
突然のご連絡失礼いたします。

中学2年の息子が、私に相談せずに御社の無料体験版に登録していたことがわかりました。
名前とメールアドレス、生年月日を入力したようです。
まだ子どもですので、親として、息子の登録とその情報をすべて消していただきたいと考えております。

アカウントのメールアドレス：haruto.m2011@example.jp
息子の名前：松田 陽翔

親であることの確認が必要でしたら、方法をお知らせください。

松田 由紀
""",
    ),
    E(
        "ja",
        ["disclosure"],
        "Indirect, posed as a question: asks whether her data has been passed to other companies and, if so, to be shown the record of when, to whom and what.",
        ("岡本 千尋", "okamoto.chihiro@example.jp"),
        "問い合わせ",
        """\
お世話になります。岡本と申します。

年末に向けて、利用しているサービスの個人情報の扱いを一つずつ確認しています。

御社から他の会社に私の情報が渡っていることはありますか。
もし渡っているのであれば、いつ、どこの会社に、どの情報を提供したのか、記録を見せていただけますか。

岡本 千尋
080-5555-7321
""",
    ),
    E(
        "ja",
        ["correction"],
        "HR asks, with the employee's consent, to update a corporate-plan user's surname and e-mail after marriage. The disclaimer's 削除 is boilerplate.",
        ("金沢フーズ 人事部 佐伯", "jinji@kanazawa-foods.example.jp"),
        "利用者の氏名変更について（法人契約 K-20877）",
        """\
Win Techno株式会社 ご担当者様

いつもお世話になっております。
金沢フーズ株式会社 人事部の佐伯です。

弊社の法人契約でWinGuardを利用している社員について、婚姻により姓が変わりましたので、登録情報の変更をお願いいたします。

旧：林 美咲（はやし みさき）
新：北川 美咲（きたがわ みさき）
メールアドレス：m.hayashi@kanazawa-foods.example.jp
　　　　　　→ m.kitagawa@kanazawa-foods.example.jp

本人の了承は得ております。
ご不明な点がございましたら、佐伯までご連絡ください。

金沢フーズ株式会社 人事部
佐伯 浩二
TEL 076-555-1180

本メールは、宛先に記載された方のみを対象としています。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
""",
    ),
    E(
        "ja",
        ["suspension"],
        "Asks that her survey answers, linked to her name, not be used for marketing analysis or promotions (stop of use); answering itself is fine.",
        ("堀 さやか", "sayaka.hori@example.jp"),
        "アンケートの回答について",
        """\
お世話になっております。
先月、御社の「ユーザー満足度アンケート」に回答しました堀です。

送信した後で、最後に「回答内容はお客様情報と紐づけてマーケティング分析に利用します」と書かれていたことに気づきました。
回答したこと自体はかまわないのですが、私の名前と結びついた形で分析されるのは避けたいです。

私の回答を、そういった分析や今後の販促には使わないようにしていただけますか。
よろしくお願いします。

堀
""",
    ),
    E(
        "ja",
        ["deletion", "complaint"],
        "Indirect 'never signed up' case: angry that mails arrive for a service he never joined (complaint) and asks that all registered data be deleted (deletion).",
        ("荒井", "arai-t@example.jp"),
        "登録した覚えがありません",
        """\
WinGuardの会員登録完了メールが届き、その後キャンペーンメールも来るようになりましたが、私はこのサービスに申し込んだことは一度もありません。
誰かが私のアドレスを勝手に使ったのか、御社がどこかから名簿を手に入れたのか知りませんが、非常に不愉快です。

私のメールアドレスを含め、登録されている情報をすべて削除してください。
削除が済んだら、その旨を返信してください。

荒井
""",
    ),
    E(
        "ja",
        ["disclosure", "correction"],
        "Wants to be told what is currently registered (disclosure) and the defunct e-mail replaced by this one (correction); keeps the account.",
        ("中島 直樹", "naoki.nakajima@example.jp"),
        "登録情報の確認と更新",
        """\
お世話になっております。中島です。

長く使っているので、登録時の情報がどうなっているか自分でも把握できていません。
お手数ですが、現在登録されている私の情報（メールアドレス、住所、電話番号など）を教えていただけますか。

また、メールアドレスは以前のプロバイダのもの（nakajima.n@isp.example.jp ※解約済み）になっているはずなので、このメールのアドレスに変更してください。
アカウント自体は今後も使い続けます。

中島 直樹
""",
        mailer="x:Microsoft Outlook 16.0",
    ),
    E(
        "ja",
        ["complaint"],
        "A phishing mail contained his full name, real licence-key digits and renewal date; suspects a leak and demands an investigation: complaint.",
        ("吉川 誠", "makoto.yoshikawa@example.jp"),
        "情報漏えいしていませんか？",
        """\
Win Techno 御中

本日、「WinGuardライセンス更新のお知らせ」という件名のメールが届きました。
本文には私のフルネームと、正規のライセンスキーの末尾4桁、さらに前回の更新日まで正確に書かれていましたが、リンク先は御社とは関係のないドメインでした。

ライセンスキーや更新日は、御社と私しか知らないはずの情報です。
どこから漏れたのか、非常に不安です。御社の管理体制はどうなっているのでしょうか。
調査のうえ、きちんと説明してください。

吉川 誠
""",
        cs="utf-8",
        cte="quoted-printable",
        mailer="ua:Mozilla Thunderbird",
    ),
    E(
        "ja",
        ["complaint"],
        "An earlier written disclosure request has gone unanswered for a month; strong protest about the handling. The attached copy of the old request is context only; no new right is requested.",
        ("田辺 美和", "miwa.tanabe@example.jp"),
        "開示請求の件（9月10日郵送分）",
        """\
9月10日に、保有個人データの開示請求書を郵送いたしました。
受付の連絡すらないまま、1か月が経ちました。
電話も平日の日中しかつながらず、何度かけても「担当者から折り返します」で終わっています。

個人情報の窓口がこのような対応では、御社の製品そのものも信頼できません。
この対応について、強く抗議いたします。

念のため、郵送した請求書の控えを添付します。

田辺 美和
""",
        day=(11, 20),
        layout="mixed",
        attachment=(
            "開示請求書_控え.txt",
            """\
保有個人データ開示請求書（控え）

Win Techno株式会社 御中

請求者：田辺 美和
登録メールアドレス：miwa.tanabe@example.jp

私に関する保有個人データ（登録情報、購入履歴、問い合わせ履歴）の開示を請求します。
開示の方法：電子メールによる送付

2024年9月10日
""",
        ),
    ),
    E(
        "ja",
        ["complaint"],
        "Support gave his address, plan and renewal date to his father over the phone without identity checks: grievance about handling of personal data.",
        ("森 勇気", "y.mori@example.jp"),
        "電話対応について",
        """\
お世話になります。森と申します。

先日、父が御社のサポートに電話をかけ、「息子の契約内容を教えてほしい」と頼んだところ、担当の方が私の登録住所、契約プラン、次回の更新日を伝えてしまったそうです。
父とは別に暮らしており、住所を知られたくない事情がありました。

本人確認もしないまま家族に情報を伝えるのは問題だと思います。
今後はこのようなことがないよう、対応を改めていただきたいです。

森 勇気
""",
        cs="shift_jis",
        cte="base64",
    ),
    E(
        "ja",
        ["inquiry"],
        "Negation trap: no plan to quit; asks how long data is kept after leaving and whether it is erased automatically. Policy question only.",
        ("佐野 ひとみ", "hitomi.sano@example.jp"),
        "個人情報の保存期間について",
        """\
お世話になっております。
プライバシーポリシーを読んだのですが、一点わからないところがあったので質問させてください。

退会した場合、登録情報や購入履歴はどのくらいの期間保存されるのでしょうか。
また、保存期間が過ぎたあとは自動的に消去されるのでしょうか。

今のところ退会の予定はありません。参考までに教えていただけると幸いです。

佐野
""",
    ),
    E(
        "ja",
        ["inquiry"],
        "Corporate IT asks about outsourcing, overseas storage/provision and security measures before adopting WinGuard Cloud: inquiry.",
        ("三国産業 石原", "ishihara@mikuni-sangyo.example.jp"),
        "個人データの取扱いに関するご質問",
        """\
Win Techno株式会社
個人情報保護ご担当者様

三国産業株式会社 情報システム部の石原と申します。
現在、WinGuard Cloudの導入を社内で検討しております。

社内規程に基づき、以下の点についてご教示いただけますでしょうか。

1. 当社従業員に関する情報（端末利用者名、メールアドレス等）を、外部の委託先に取り扱わせることはありますか。
2. データを外国にあるサーバーや事業者で保管・処理されていますか。その場合、国名を教えてください。
3. 安全管理措置の概要について、公開されている資料はありますか。

お忙しいところ恐れ入りますが、よろしくお願いいたします。

三国産業株式会社
情報システム部 石原 亮
""",
        mailer="x:Microsoft Outlook 16.0",
    ),
    E(
        "ja",
        ["inquiry"],
        "HTML-only mail asking what data 'accept all' cookies send to whom and whether essential-only breaks downloads: inquiry.",
        ("上田 真紀", "ueda.mk@example.jp"),
        "Cookieについて",
        """\
お世話になります。

御社のサイトを開くと毎回Cookieのバナーが出ますが、「すべて許可」にすると、どの会社にどんな情報が送られるのでしょうか。
広告用のCookieも含まれていますか？

また、「必要なもののみ」を選んだ場合、製品のダウンロードなどに支障はありますか。

上田
""",
        layout="html",
    ),
    E(
        "ja",
        ["inquiry"],
        "Client's internal audit asks about the privacy manager, staff training, breach reporting and certifications: inquiry about practices.",
        ("つばめ電機 加藤", "kato.audit@tsubame-denki.example.jp"),
        "個人情報保護体制に関するご質問（委託先確認）",
        """\
Win Techno株式会社 御中

株式会社つばめ電機 内部監査室の加藤でございます。
弊社では年に一度、個人情報の取扱いを委託している取引先の状況を確認しております。
つきましては、以下についてご回答いただけますと幸いです。

・個人情報保護管理者（責任者）の役職
・従業者への教育の実施状況
・漏えい等が発生した場合の報告体制
・プライバシーマーク、ISMS等の認証取得状況

ご回答の様式は問いません。今月末までにご返信いただけますと助かります。

以上、よろしくお願い申し上げます。
""",
    ),
    E(
        "ja",
        ["other"],
        "Decoy: asks to delete (cancel) a duplicate invoice: billing.",
        ("あおい税理士事務所 三浦", "keiri@aoi-tax.example.jp"),
        "請求書が2通届いております",
        """\
ご担当者様

いつもお世話になっております。あおい税理士事務所 経理担当の三浦です。

10月分の請求書（請求番号 INV-2410-3342）が、同じ内容で2通届いております。
お支払いは1回分でよろしいでしょうか。
重複している方の請求書は、お手数ですが削除（取消）していただけますでしょうか。

よろしくお願いいたします。
""",
    ),
    E(
        "ja",
        ["other"],
        "Decoy: unsolicited sales pitch; its 「配信停止」 line is not a privacy request.",
        ("株式会社ネクストリード 川端", "info@nextlead.example.net"),
        "【ご提案】お問い合わせ数を3倍にするWeb施策のご案内",
        """\
Win Techno株式会社
マーケティングご担当者様

突然のご連絡失礼いたします。
株式会社ネクストリードの川端と申します。

弊社は、BtoB企業様向けに「問い合わせ獲得」に特化したWebマーケティング支援を行っております。
貴社サイトを拝見したところ、製品ページからお問い合わせまでの導線に、改善の余地があるように感じました。

【導入実績】
・IT企業A社：問い合わせ数 3.2倍（6か月）
・製造業B社：資料請求数 2.5倍（4か月）

現在、初回無料診断（30分・オンライン）を実施しております。
ご興味がございましたら、本メールにご返信ください。

※今後このようなご案内が不要な場合は、お手数ですが「配信停止」とご返信ください。

株式会社ネクストリード 営業部
川端 拓真
""",
        layout="alt",
    ),
    E(
        "ja",
        ["other"],
        "Technical trouble: cannot log in to the management console.",
        ("中川 翔", "sho.nakagawa@fujimi-sekkei.example.jp"),
        "管理コンソールにログインできません（至急）",
        """\
Win Techno サポート様

お世話になっております。不二見設計の中川です。

本日午前10時頃から、WinGuard Cloudの管理コンソールにログインできなくなりました。
IDとパスワードを入力すると「認証サーバーに接続できません（E-2031）」と表示されます。
別のPC、別のブラウザ（Chrome / Edge）でも同じ症状です。

端末側の保護は動いているようですが、アラートの確認ができず困っております。
障害が発生しているのか、こちら側の問題なのか、至急ご確認いただけますでしょうか。

テナントID：fujimi-sekkei-07

――
株式会社不二見設計 総務課
中川 翔
TEL 042-555-8731
""",
    ),
    E(
        "ja",
        ["other"],
        "Request for a quotation for additional licences.",
        ("丸福商店 福田", "fukuda@marufuku.example.jp"),
        "見積もりのお願い",
        """\
ウィンテクノ株式会社 御中

いつもお世話になります。丸福商店の福田です。

現在、WinGuardビジネス版を5台分使っておりますが、パートさんが増えたため3台分追加したいと考えております。
今の契約の残り期間に合わせた金額で、見積書を出していただけますか。
宛名は「有限会社丸福商店」でお願いします。

福田
""",
        cs="shift_jis",
        cte="8bit",
        hcs="iso-2022-jp",
    ),
    E(
        "ja",
        ["other"],
        "Press interview request for a feature on SME security.",
        ("日刊ITビジネス 編集部 野口", "noguchi@nikkan-itb.example.jp"),
        "取材のお願い（中小企業のセキュリティ対策特集）",
        """\
Win Techno株式会社
広報ご担当者様

突然のご連絡失礼いたします。
「日刊ITビジネス」編集部の野口と申します。

11月下旬に「中小企業のサイバーセキュリティ対策」をテーマにした特集を予定しており、セキュリティベンダー各社にお話を伺っております。
つきましては、貴社の製品開発ご担当者様に、30分ほどオンラインで取材させていただけないでしょうか。

主なお伺い内容（予定）
・最近の中小企業を狙った攻撃の傾向
・限られた予算での対策の優先順位
・WinGuard Cloudの特徴

ご検討のほど、よろしくお願いいたします。

日刊ITビジネス 編集部
野口 さくら
""",
        cs="utf-8",
        cte="base64",
    ),
    E(
        "ja",
        ["other"],
        "Partnership / reseller proposal.",
        ("ソラノ 平野", "bizdev@sorano.example.jp"),
        "業務提携のご相談",
        """\
Win Techno株式会社
ご担当者様

はじめてご連絡いたします。株式会社ソラノ 事業開発部の平野と申します。

弊社は中小企業向けのITサポートサービス「ソラノ・ヘルプデスク」を、全国約2,000社に提供しております。
このたび、サービスメニューにウイルス対策ソフトの導入・運用支援を加えることを検討しており、貴社WinGuard Cloudの販売代理店としてのお取り扱いについてご相談させていただきたく存じます。

一度、オンラインにてお打ち合わせのお時間をいただけますと幸いです。

株式会社ソラノ 事業開発部
平野 大輔
""",
        layout="alt",
        mailer="x:Microsoft Outlook 16.0",
    ),
    E(
        "ja",
        ["other"],
        "Decoy: exporting scan logs for a clinic's privacy audit is product how-to, not a disclosure request.",
        ("小林内科クリニック 西田", "nishida@kobayashi-naika.example.jp"),
        "スキャンログのエクスポートについて",
        """\
お世話になっております。
小林内科クリニックの西田です。

当院では年に一度、個人情報保護に関する院内監査を行っており、今年は「端末のウイルス対策状況」の証跡として、過去3か月分のスキャンログを提出する必要があります。

管理コンソールから、全端末分のスキャン結果をまとめてCSVなどでエクスポートすることはできますでしょうか。
手順を教えていただけますと助かります。

小林内科クリニック 事務長
西田 恭子
""",
    ),
    E(
        "ja",
        ["other"],
        "Decoy: 自動更新の停止 is a subscription/billing matter; no data deletion or stop of use is requested.",
        ("石井 亮", "ishii.ryo@example.jp"),
        "自動更新の停止について",
        """\
お世話になっております。
WinGuardホーム版（3台用）を使っている石井です。

来年1月の契約更新はしないことにしましたので、自動更新を停止していただけますか。
マイページの設定画面が見つかりませんでした。
契約期間の終わりまでは、引き続き使わせていただきます。

石井
""",
    ),
    E(
        "ja",
        ["other"],
        "Decoy: phishing check. The forwarded fake mail threatens suspension and deletion and asks to update personal data; the customer only asks whether it is genuine.",
        ("遠藤 まゆみ", "endo.m@example.jp"),
        "Fw: 【重要】お客様情報の確認のお願い",
        """\
お世話になります。
下記のようなメールが届きました。御社からのものでしょうか？
差出人のアドレスが見慣れないので、念のため確認させてください。

遠藤

-----Original Message-----
From: WinGuardサポートセンター <support@winguard-jp.example.net>
Sent: Monday, September 30, 2024 6:02 AM
To: endo.m@example.jp
Subject: 【重要】お客様情報の確認のお願い

お客様のご登録情報に不備がございます。
24時間以内に下記URLから氏名・住所・カード情報を更新されない場合、アカウントを停止し、データを削除いたします。
hxxps://winguard-jp.example.net/verify
""",
        mailer="x:Microsoft Outlook 16.0",
    ),
    E(
        "ja",
        [],
        "Japanese out-of-office auto-reply (Auto-Submitted: auto-replied).",
        ("久保田 浩", "kubota@seiwa-kensetsu.example.jp"),
        "自動返信：Re: 【Win Techno】ライセンス更新のご案内",
        """\
※本メールは自動返信です。

誠に恐れ入りますが、現在出張のため不在にしております。
11月5日（火）より順次対応させていただきます。
お急ぎの場合は、総務部（03-5555-4102）までご連絡ください。

清和建設株式会社 工務部
久保田 浩
""",
        layout="auto",
        auto_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    ),
]

# ---------------------------------------------------------------------------
# Japanese chats (30: 14 with rights, 2 complaints, 4 inquiries, 10 other)
# ---------------------------------------------------------------------------
JA_CHAT = [
    C(
        "ja",
        ["deletion"],
        "Wants to quit and have all registered data erased.",
        "WinGuardもう使わないので退会したいです。登録してるデータも全部消してもらえますか\U0001f647\u200d\u2640\ufe0f",
    ),
    C(
        "ja",
        ["disclosure"],
        "Indirect question: how much of her personal data is registered, wants to see it.",
        "すみません、私の個人情報ってそちらにどこまで登録されてるんでしょう？一度見てみたいです",
    ),
    C(
        "ja",
        ["correction"],
        "New phone number; update requested.",
        "電話番号かわりました！新しいのは090-5555-3321です。変更おねがいします〜",
    ),
    C(
        "ja",
        ["correction"],
        "Surname changed after marriage; registration still has the maiden name.",
        "結婚して名字が変わったんですが、登録がまだ旧姓（佐藤）のままです。新しい名字は「加賀谷」です。直してもらえますか？",
    ),
    C(
        "ja",
        ["suspension"],
        "Stop the newsletter (marketing use).",
        "メルマガ多すぎ…もういらないので止めてください",
    ),
    C(
        "ja",
        ["suspension"],
        "Indirect, as a how-to question: does not want usage data used for ad measurement; asks how to stop it. Expresses suspension intent.",
        "広告の効果測定とかに自分の利用データを使われたくないです。止める方法ってありますか？",
    ),
    C(
        "ja",
        ["deletion"],
        "Japanese in romaji (language ja): cancel and delete account and registered information.",
        "sumimasen, kaiyaku shitai node akaunto to touroku jouhou wo zenbu sakujo shite kudasai. ima nihongo nyuuryoku dekinai node romaji de sumimasen",
    ),
    C(
        "ja",
        ["disclosure", "suspension"],
        "Asks whether her data goes to other companies and to whom (records of provision) and asks that it stop from now on.",
        "ちょっと聞きたいんだけど、私の情報って他の会社に渡してる？渡してるならどこに渡したか教えてほしいし、これからはやめてほしい",
    ),
    C(
        "ja",
        ["deletion"],
        "Negation trap: will not leave (no account deletion), but wants the birth date and gender she entered deleted.",
        "退会はしません！ただ、登録のときに入れた生年月日と性別って必要ないですよね？そこだけ消してほしいです",
    ),
    C(
        "ja",
        ["correction", "complaint"],
        "Third request for an address change (correction) with anger that the earlier requests were ignored (complaint).",
        "住所変更お願いするの3回目です。まだ旧住所に請求書が届くんですけど…いい加減直してください\U0001f621 新住所：福岡市中央区天神2-5-8-1203",
    ),
    C(
        "ja",
        ["suspension"],
        "Relative: daughter asks to stop the monthly product postcards sent to her 78-year-old mother.",
        "母（78）宛てに御社から製品案内のハガキが毎月届きます。母はもうパソコンを使っていなくて本人もいらないと言っているので、郵送をやめてもらえますか",
    ),
    C(
        "ja",
        ["suspension", "deletion"],
        "Indirect: 「もう二度と連絡しないで」 (stop contacting = stop use) and 「全部処分して」 (erase).",
        "もう二度と連絡してこないでください。私の情報も全部処分してください。",
    ),
    C(
        "ja",
        ["disclosure"],
        "After a suspicious login notice, asks whether the login history (time, place) of her account can be provided.",
        "知らない場所からログインしましたって通知が来て怖いです。私のアカウントのログイン履歴（日時とか場所）を出してもらうことってできますか？",
    ),
    C(
        "ja",
        ["deletion"],
        "Created two accounts by mistake; wants the unused one deleted together with its data.",
        "間違えてアカウント2個作っちゃいました\U0001f4a6 使ってない方（mika.sub@example.jp）は消してほしいです、情報ごと",
    ),
    C(
        "ja",
        ["complaint"],
        "The reply to her phone inquiry was addressed to someone else's name; worried her data went to others: complaint.",
        "この前電話で問い合わせたら、返信メールが別の人の名前宛てで来たんですけど。中身は私の問い合わせ内容だったし、逆に私の情報も誰かに行ってるんじゃ…？ちゃんと管理してます？",
    ),
    C(
        "ja",
        ["complaint"],
        "Sales calls continue after opting out: complaint.",
        "オプトアウトしたのにまだ営業電話かかってくる。どうなってんの",
    ),
    C(
        "ja",
        ["inquiry"],
        "Question about whether the stated purposes of use include scanned-file information.",
        "プライバシーポリシーに書いてある「利用目的」って、スキャンしたファイルの情報も含まれるんですか？",
    ),
    C(
        "ja",
        ["inquiry"],
        "Question about what the site's cookies are used for.",
        "サイトのcookieって何に使ってます？全部オフにしても大丈夫？",
    ),
    C(
        "ja",
        ["inquiry"],
        "Question about sharing customer data with a parent or group company.",
        "御社って親会社とかグループ会社に顧客情報共有してます？",
    ),
    C(
        "ja",
        ["inquiry"],
        "Question about whether and how long bot conversations are stored.",
        "このボットで話した内容って保存されるの？どのくらいの期間？",
    ),
    C(
        "ja",
        ["other"],
        "Decoy: deleted the licence mail, asks where to find the key.",
        "ライセンスキーってどこで見れますか？メール消しちゃった\U0001f62d",
    ),
    C(
        "ja",
        ["other"],
        "Decoy: deleting scan-result history is product how-to.",
        "スキャン結果の履歴を削除したいんですけど、どこからできますか？",
    ),
    C(
        "ja",
        ["other"],
        "Decoy: stopping automatic updates is a product setting.",
        "自動アップデート止めたい。毎回勝手に再起動されて困る",
    ),
    C(
        "ja",
        ["other"],
        "Outage question.",
        "今クラウドのコンソールつながらないんですけど、障害ですか？",
    ),
    C(
        "ja",
        ["other"],
        "Receipt wording request (billing).",
        "領収書の但し書きを「ソフトウェア代として」にしてもらうことってできますか",
    ),
    C(
        "ja",
        ["other"],
        "Decoy: removing an old PC's registration is licence management.",
        "PC買い替えたので、古いPCの登録を外したいです",
    ),
    C("ja", ["other"], "Pricing question.", "学割とかってありますか？"),
    C("ja", ["other"], "Compatibility question.", "Mac版ってありますか？M2です"),
    C(
        "ja",
        ["other"],
        "Spam.",
        "【副業】スマホ1台で月30万円！！初心者OK\U0001f4b0 詳しくはプロフィールのリンクから\U0001f449",
    ),
    C(
        "ja",
        ["other"],
        "Phishing report about an SMS claiming account suspension.",
        "WinGuardから「アカウントが停止されました」ってSMS来たんですけど本物ですか？リンクのURLがなんか変",
    ),
]

# ---------------------------------------------------------------------------
# Chinese, Korean, French, German, Spanish (4 each: 10 e-mails, 10 chats)
# ---------------------------------------------------------------------------
INTL_MAIL = [
    E(
        "zh",
        ["disclosure"],
        "Asks which personal data is held (registration, purchases, devices) and for a copy.",
        ("王 丽华", "lihua.wang@example.com"),
        "关于个人信息查询的申请",
        """\
您好：

我是WinGuard的用户王丽华，注册邮箱是lihua.wang@example.com，目前在东京工作。

我想了解贵公司现在保存了哪些关于我的个人信息，包括注册资料、购买记录和设备信息等。
麻烦把这些信息的副本发给我。如果需要核实身份，请告诉我需要提供哪些材料。

谢谢！
王丽华
""",
        cs="gb2312",
        cte="base64",
        mailer="x:Foxmail 7.2",
    ),
    E(
        "zh",
        ["other"],
        "Company asks for a formal invoice for a licence order: billing.",
        ("陈 志强", "zq.chen@hengyuan-trade.example.com"),
        "请开具发票",
        """\
您好，

我们公司上个月购买了10个WinGuard商业版许可证（订单号 WT-CN-20240917）。
财务需要正式发票报销，请问可以开具吗？

公司名称：上海恒远贸易有限公司
收件邮箱：zq.chen@hengyuan-trade.example.com

谢谢配合！

陈志强
上海恒远贸易有限公司 IT部
""",
        tz=8,
        cs="utf-8",
        cte="base64",
    ),
    E(
        "ko",
        ["correction"],
        "Moved; asks to change the registered address.",
        ("이수진", "sujin.lee@example.com"),
        "주소 변경 요청",
        """\
안녕하세요.
WinGuard를 사용하고 있는 이수진입니다.

이번에 이사를 해서 등록된 주소를 변경하고 싶습니다.

새 주소: Tokyo-to Shinjuku-ku Okubo 2-11-5, Room 303 (169-0072)

전화번호와 이메일은 그대로입니다.
확인 부탁드립니다. 감사합니다.

이수진 드림
""",
        cs="euc-kr",
        cte="base64",
    ),
    E(
        "ko",
        ["complaint"],
        "Objects that the partner-sharing consent box was pre-ticked at sign-up: grievance about handling of personal data, no right requested.",
        ("박민호", "minho.park@example.net"),
        "회원가입 시 동의 항목 관련",
        """\
안녕하세요.

얼마 전에 WinGuard 체험판에 가입했는데, 나중에 보니 '제휴사에 개인정보 제공 동의' 항목이 기본으로 체크되어 있었더라고요.
눈에 잘 띄지도 않는 곳에 있었고, 저는 체크한 기억이 없습니다.

보안 회사에서 이런 식으로 동의를 받는 건 솔직히 실망스럽습니다.
다른 고객들도 모르고 동의했을 것 같아서 말씀드립니다.

박민호
""",
        cs="utf-8",
        cte="quoted-printable",
    ),
    E(
        "fr",
        ["deletion", "suspension"],
        "Former exchange student asks to delete her account and all data, and meanwhile to stop promotional mail.",
        ("Mathilde Garnier", "m.garnier@example.org"),
        "Suppression de mes données",
        """\
Bonjour,

J'ai utilisé WinGuard pendant mon année d'échange à Kyoto, mais je suis
rentrée en France et je n'en ai plus besoin.

Pourriez-vous supprimer mon compte ainsi que toutes les données personnelles
qui y sont associées ? En attendant que ce soit fait, merci de ne plus
m'envoyer de courriels promotionnels.

Cordialement,
Mathilde Garnier
""",
        tz=2,
        cs="iso-8859-1",
        cte="quoted-printable",
        mailer="ua:Apple Mail",
    ),
    E(
        "fr",
        ["other"],
        "Asks for an invoice with the company's VAT number: billing.",
        ("Julien Roche", "compta@atelier-roche.example.com"),
        "Facture avec numéro de TVA",
        """\
Bonjour,

Pourriez-vous nous envoyer une facture mentionnant notre numéro de TVA
intracommunautaire (FR 12 345678901) pour la commande WT-EU-55821 ?
Notre comptable en a besoin pour la clôture du trimestre.

Merci d'avance,

Julien Roche
Atelier Roche - Lyon
""",
        tz=2,
        cs="iso-8859-1",
        cte="8bit",
    ),
    E(
        "de",
        ["correction"],
        "Moved and has a new phone number; asks to update the stored data.",
        ("Stefan Bäumer", "s.baeumer@example.net"),
        "Neue Anschrift und Telefonnummer",
        """\
Guten Tag,

ich bin Anfang Oktober umgezogen und habe auch eine neue Mobilnummer.
Bitte aktualisieren Sie meine Daten in Ihrem Kundenkonto:

Neue Anschrift: Hofweg 14, 22085 Hamburg
Neue Telefonnummer: +49 151 5550 3387

Die E-Mail-Adresse bleibt gleich.

Mit freundlichen Grüßen
Stefan Bäumer
""",
        tz=2,
        cs="utf-8",
        cte="quoted-printable",
        mailer="ua:Mozilla Thunderbird",
    ),
    E(
        "de",
        [],
        "German out-of-office auto-reply (Auto-Submitted: auto-replied).",
        ("Katrin Vogel", "k.vogel@nordlicht-logistik.example.com"),
        "Abwesenheitsnotiz: Ihre Anfrage [#58702]",
        """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 4. November nicht im Büro und habe nur
eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht
weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an it-support@nordlicht-logistik.example.com.

Mit freundlichen Grüßen
Katrin Vogel
""",
        tz=2,
        cs="iso-8859-1",
        cte="quoted-printable",
        layout="auto",
        auto_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    E(
        "es",
        ["suspension"],
        "Happy customer asks, as a question, that her data no longer be used to send her advertising.",
        ("Carmen Ruiz", "carmen.ruiz@example.com"),
        "Publicidad",
        """\
Hola:

Sigo usando WinGuard y estoy contenta con el programa, pero últimamente
recibo demasiados correos con ofertas y promociones.

¿Podrían dejar de usar mis datos para enviarme publicidad? El programa
quiero seguir usándolo.

Gracias,
Carmen
""",
        tz=9,
        cs="windows-1252",
        cte="quoted-printable",
    ),
    E(
        "es",
        ["other"],
        "Distribution partnership proposal from Latin America: sales.",
        ("Distribuciones Andinas", "ventas@andinas.example.net"),
        "Propuesta de distribución en Latinoamérica",
        """\
Estimados señores de Win Techno:

Somos un distribuidor mayorista de software con presencia en Perú, Chile y
Colombia, y trabajamos con más de 400 revendedores.

Nos interesa incorporar WinGuard y WinGuard Cloud a nuestro catálogo.
¿Podrían indicarnos con quién hablar sobre condiciones de distribución,
precios por volumen y soporte en español?

Quedamos atentos a su respuesta.

Atentamente,
Lucía Herrera
Gerente de Alianzas, Distribuciones Andinas S.A.C.
""",
        tz=-5,
        cs="utf-8",
        cte="quoted-printable",
        layout="alt",
    ),
]

INTL_CHAT = [
    C(
        "zh",
        ["deletion"],
        "No longer uses WinGuard; asks to delete account and registered personal data.",
        "你好，我已经不用WinGuard了，麻烦把我的账号还有注册的个人资料都删掉，谢谢\U0001f64f",
    ),
    C(
        "zh",
        ["inquiry"],
        "Questions about sharing with advertisers and storage location.",
        "请问你们会把用户数据提供给广告公司吗？数据是存在日本还是别的国家？",
    ),
    C(
        "ko",
        ["suspension"],
        "Stop the advertising text messages.",
        "광고 문자 좀 그만 보내주세요. 하루에 두 번씩 와요 ㅠ",
    ),
    C(
        "ko",
        ["other"],
        "Licence key not accepted.",
        "라이선스 키 입력했는데 계속 유효하지 않다고 나와요 ㅠㅠ 어떻게 해야 돼요?",
    ),
    C(
        "fr",
        ["disclosure"],
        "Indirect: wants to know what information is held and whether a copy is possible.",
        "Bonjour ! Je voudrais savoir quelles infos vous avez sur moi exactement… c'est possible d'avoir une copie ? merci",
    ),
    C(
        "fr",
        ["inquiry"],
        "Question about advertising cookies on the site.",
        "Est-ce que votre site utilise des cookies publicitaires ou seulement des cookies techniques ?",
    ),
    C(
        "de",
        ["deletion"],
        "Delete account including all stored data.",
        "Hallo, bitte mein Konto löschen inkl. aller gespeicherten Daten. Ich nutze WinGuard nicht mehr. Danke",
    ),
    C(
        "de",
        ["other"],
        "Licence transfer to a new laptop.",
        "Kann ich meine Lizenz auf einen neuen Laptop übertragen? Der alte ist kaputt",
    ),
    C(
        "es",
        ["correction"],
        "Indirect: changed e-mail, the old one is no longer used; asks to update it.",
        "hola! cambié mi correo, el viejo ya no lo uso. el nuevo es pablo.ortiz.m@example.com, me lo pueden actualizar? gracias!!",
    ),
    C(
        "es",
        ["other"],
        "Android version question.",
        "¿Tienen versión para Android? no la encuentro en la tienda",
    ),
]

# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------
ALL = EN_MAIL + EN_CHAT + JA_MAIL + JA_CHAT + INTL_MAIL + INTL_CHAT
KINDS = {"disclosure", "correction", "suspension", "deletion", "complaint", "inquiry", "other"}
REPLY_PREFIXES = ("Re: ", "RE: ", "Fw: ", "Fwd: ")


def _is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def _b_word(chunk: str, cs: str) -> str:
    return f"=?{LABEL[cs]}?B?{base64.b64encode(chunk.encode(cs)).decode('ascii')}?="


def _q_word(chunk: str, cs: str) -> str:
    out = []
    for b in chunk.encode(cs):
        c = chr(b)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif b == 32:
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return f"=?{LABEL[cs]}?Q?{''.join(out)}?="


def encode_header(text: str, cs: str) -> str:
    """RFC 2047 encode `text` (kept as is when ASCII); folded encoded words."""
    if _is_ascii(text):
        return text
    prefix = ""
    for p in REPLY_PREFIXES:
        if text.startswith(p):
            prefix, text = p, text[len(p) :]
            break
    word = _q_word if cs in LATIN else _b_word
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        if chunk and len(word(trial, cs)) > 62:
            words.append(word(chunk, cs))
            chunk = ch
        else:
            chunk = trial
    words.append(word(chunk, cs))
    return prefix + "\n ".join(words)


def address(name: str, addr: str, cs: str) -> str:
    if _is_ascii(name):
        return formataddr((name, addr))
    word = (_q_word if cs in LATIN else _b_word)(name, cs)
    assert len(word) <= 75, (
        name
    )  # one encoded word: phrase parsers differ on whitespace between words
    return f"{word} <{addr}>"


def text_part(text: str, subtype: str, cs: str, cte: str) -> Message:
    data = text.encode(cs)  # strict: every text must fit its declared charset
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{LABEL[cs]}"'
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
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(line, quote=False) for line in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    font = (
        "Meiryo, sans-serif"
        if cs in ("iso-2022-jp", "shift_jis")
        else "Arial, Helvetica, sans-serif"
    )
    return (
        "<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={LABEL[cs]}">\n'
        "</head>\n<body>\n"
        f'<div style="font-family: {font}; font-size: 10pt;">\n'
        + "\n".join(paras)
        + "\n</div>\n</body>\n</html>\n"
    )


def token(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()


def relay_ip(num: int) -> str:
    return f"{('192.0.2', '198.51.100', '203.0.113')[num % 3]}.{(num * 37) % 250 + 3}"


def common_headers(msg: Message, item: dict, num: int, when: datetime, hcs: str) -> None:
    name, addr = item["sender"]
    domain = addr.split("@", 1)[1]
    host = ("mail." if domain.count(".") == 1 else "smtp.") + domain
    tz = timezone(timedelta(hours=item.get("tz", 9)))
    local = when.astimezone(tz)
    tk = token(num, addr, item["subject"])
    msg["Return-Path"] = f"<{addr}>"
    msg["Received"] = (
        f"from {host} ({host} [{relay_ip(num)}])\n\tby mx1.win-techno.com (Postfix) with ESMTPS id {tk[:10].upper()}\n"
        f"\tfor <{SUPPORT}>; {format_datetime(when)}"
    )
    msg["From"] = address(name, addr, hcs)
    msg["To"] = item.get("to", SUPPORT)
    if item.get("cc"):
        msg["Cc"] = item["cc"]
    msg["Subject"] = encode_header(item["subject"], hcs)
    msg["Date"] = format_datetime(local)
    msg["Message-ID"] = f"<{local:%Y%m%d%H%M%S}.{tk[:16]}@{host}>"
    if item.get("reply"):
        ref = f"<{token('ref', num)[:20]}@win-techno.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    mailer = item.get("mailer")
    if mailer:
        kind, _, value = mailer.partition(":")
        msg["X-Mailer" if kind == "x" else "User-Agent"] = value
    for key, value in item.get("auto_headers", []):
        msg[key] = value
    msg["MIME-Version"] = "1.0"


def default_charset(item: dict) -> tuple[str, str]:
    lang = item["lang"]
    cs = item.get("cs") or ("iso-2022-jp" if lang == "ja" else "us-ascii")
    cte = item.get("cte") or "7bit"
    return cs, cte


def build_email(item: dict, num: int, when: datetime) -> bytes:
    layout = item.get("layout", "plain")
    if layout.startswith("bounce"):
        return build_bounce(item, num, when)
    cs, cte = default_charset(item)
    hcs = item.get("hcs") or ("utf-8" if cs == "us-ascii" else cs)
    msg = Message()
    common_headers(msg, item, num, when, hcs)
    body = item["body"]
    boundary = f"----=_Part_{num:03d}_{token('b', num)[:12]}"
    if layout in ("plain", "auto"):
        part = text_part(body, "plain", cs, cte)
        msg["Content-Type"] = part["Content-Type"]
        msg["Content-Transfer-Encoding"] = cte
        msg.set_payload(part._payload)
    elif layout == "html":
        hcte = "7bit" if cs in ("iso-2022-jp", "us-ascii") else "quoted-printable"
        part = text_part(to_html(body, cs), "html", cs, hcte)
        msg["Content-Type"] = part["Content-Type"]
        msg["Content-Transfer-Encoding"] = hcte
        msg.set_payload(part._payload)
    elif layout == "alt":
        msg["Content-Type"] = f'multipart/alternative;\n\tboundary="{boundary}"'
        hcte = "7bit" if cs in ("iso-2022-jp", "us-ascii") else cte
        msg.attach(text_part(body, "plain", cs, cte))
        msg.attach(text_part(to_html(body, cs), "html", cs, hcte))
    elif layout == "mixed":
        msg["Content-Type"] = f'multipart/mixed;\n\tboundary="{boundary}"'
        msg.preamble = "This is a multi-part message in MIME format."
        msg.attach(text_part(body, "plain", cs, cte))
        fname, ftext = item["attachment"]
        att = text_part(ftext, "plain", "utf-8", "base64")
        att["Content-Disposition"] = (
            "attachment;\n\tfilename*="
            + "utf-8''"
            + "".join(
                c
                if c.isascii() and (c.isalnum() or c in "._-")
                else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
                for c in fname
            )
        )
        msg.attach(att)
    else:
        raise ValueError(layout)
    if item.get("crlf"):
        return msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))
    return msg.as_bytes(policy=policy.compat32)


BOUNCE_ORIGINAL_EN = """\
Dear Ms Kowalski,

As requested, we have corrected the registered postal address on your
WinGuard account. The new address will appear on your next invoice.

If you would also like us to delete your account and personal data, or to
stop using your data for marketing, simply reply to this e-mail.

Kind regards,
Win Techno Customer Support
"""

POSTFIX_TEXT = """\
This is the mail system at host smtp-out.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.oldmail.example.net[198.51.100.23] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""

EXIM_TEXT = """\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx2.biz.example.jp [203.0.113.77]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 5.1.1 mailbox unavailable

------ This is a copy of the message's headers. ------
"""


def build_bounce(item: dict, num: int, when: datetime) -> bytes:
    name, addr = item["sender"]
    rcpt = item["rcpt"]
    sent = when - timedelta(minutes=2, seconds=11)
    tk = token("bounce", num)
    mta = addr.split("@", 1)[1]
    msg = Message()
    msg["Return-Path"] = "<>"
    msg["Received"] = f"by {mta} (Postfix)\n\tid {tk[:10].upper()}; {format_datetime(when)}"
    msg["Date"] = format_datetime(when)
    msg["From"] = formataddr((name, addr))
    msg["Subject"] = item["subject"]
    msg["To"] = SUPPORT
    msg["Auto-Submitted"] = "auto-replied"
    msg["Message-ID"] = f"<{tk[:14]}@{mta}>"
    msg["MIME-Version"] = "1.0"
    boundary = f"{tk[:10].upper()}.{int(when.timestamp())}/{mta}"
    msg["Content-Type"] = f'multipart/report; report-type=delivery-status;\n\tboundary="{boundary}"'
    msg.preamble = "This is a MIME-encapsulated message."

    orig_id = f"<{token('orig', num)[:18]}@win-techno.com>"
    if item["layout"] == "bounce_rfc822":
        human_text = POSTFIX_TEXT.format(rcpt=rcpt)
        diag = f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"
        remote = "mx.oldmail.example.net"
    else:
        human_text = EXIM_TEXT.format(rcpt=rcpt)
        diag = "smtp; 550 5.1.1 mailbox unavailable"
        remote = "mx2.biz.example.jp"
    human = text_part(human_text, "plain", "us-ascii", "7bit")
    human["Content-Description"] = "Notification"
    msg.attach(human)

    status = Message()
    status["Content-Description"] = "Delivery report"
    status["Content-Type"] = "message/delivery-status"
    per_msg = Message()
    per_msg["Reporting-MTA"] = f"dns; {mta}"
    per_msg["X-Postfix-Queue-ID"] = tk[10:20].upper()
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = f"rfc822; {rcpt}"
    per_rcpt["Original-Recipient"] = f"rfc822;{rcpt}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = f"dns; {remote}"
    per_rcpt["Diagnostic-Code"] = diag
    status.set_payload([per_msg, per_rcpt])
    msg.attach(status)

    if item["layout"] == "bounce_rfc822":
        orig = Message()
        orig["Received"] = (
            f"from helpdesk.win-techno.com (helpdesk.win-techno.com [192.0.2.10])\n\tby {mta} (Postfix) with ESMTP id {tk[10:20].upper()}\n\tfor <{rcpt}>; {format_datetime(sent)}"
        )
        orig["From"] = "Win Techno Support <support@win-techno.com>"
        orig["To"] = rcpt
        orig["Subject"] = "[Ticket #58744] Your registered address has been corrected"
        orig["Date"] = format_datetime(sent)
        orig["Message-ID"] = orig_id
        orig["MIME-Version"] = "1.0"
        orig["Content-Type"] = 'text/plain; charset="us-ascii"'
        orig["Content-Transfer-Encoding"] = "7bit"
        orig.set_payload(BOUNCE_ORIGINAL_EN)
        wrapper = Message()
        wrapper["Content-Description"] = "Undelivered Message"
        wrapper["Content-Type"] = "message/rfc822"
        wrapper.set_payload([orig])
        msg.attach(wrapper)
    else:
        subj = encode_header("【Win Techno】アカウント削除完了のお知らせ", "iso-2022-jp").replace(
            "\n ", "\n\t"
        )
        headers_text = (
            f"Return-path: <{SUPPORT}>\n"
            f"Received: from helpdesk.win-techno.com ([192.0.2.10])\n\tby {mta} with esmtp (Exim 4.96)\n\tid 1t{tk[:5]}-000{num % 10}Xy-2Q; {format_datetime(sent)}\n"
            f"From: Win Techno Support <{SUPPORT}>\n"
            f"To: {rcpt}\n"
            f"Subject: {subj}\n"
            f"Date: {format_datetime(sent)}\n"
            f"Message-ID: {orig_id}\n"
            "MIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="ISO-2022-JP"\n'
            "Content-Transfer-Encoding: 7bit\n"
        )
        hpart = Message()
        hpart["Content-Type"] = 'text/rfc822-headers; charset="us-ascii"'
        hpart["Content-Description"] = "Undelivered Message Headers"
        hpart.set_payload(headers_text)
        msg.attach(hpart)
    return msg.as_bytes(policy=policy.compat32)


def schedule(items: list[dict]) -> list[tuple[dict, datetime]]:
    """Give every item a time in October 2024 (JST); numbering follows time."""
    rng = random.Random(SEED)
    timed = []
    for index, item in enumerate(items):
        lo, hi = item.get("day", (1, 31))
        day = rng.randint(lo, hi)
        hour = rng.randint(7, 22) if item["channel"] == "email" else rng.randint(0, 23)
        when = datetime(2024, 10, day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=JST)
        timed.append((when, index, item))
    timed.sort(key=lambda t: (t[0], t[1]))
    return [(item, when) for when, _, item in timed]


def check_labels(item: dict) -> None:
    kinds = item["kinds"]
    auto = item.get("layout") in ("auto", "bounce_rfc822", "bounce_headers")
    assert set(kinds) <= KINDS, item["note"]
    assert len(set(kinds)) == len(kinds), item["note"]
    assert bool(kinds) != auto, item["note"]
    if "other" in kinds or "inquiry" in kinds:
        assert len(kinds) == 1, item["note"]


def main() -> None:
    for sub in ("email", "chat"):
        (HERE / sub).mkdir(exist_ok=True)
        for old in (HERE / sub).glob(f"{PREFIX}*.*"):
            old.unlink()
    lines = []
    for num, (item, when) in enumerate(schedule(ALL), 1):
        check_labels(item)
        layout = item.get("layout", "plain")
        if item["channel"] == "email":
            name = f"email/{PREFIX}{num:03d}.eml"
            (HERE / name).write_bytes(build_email(item, num, when))
        else:
            name = f"chat/{PREFIX}{num:03d}.txt"
            (HERE / name).write_text(item["text"].strip("\n") + "\n", encoding="utf-8")
        lines.append(
            json.dumps(
                {
                    "file": name,
                    "channel": item["channel"],
                    "language": item["lang"],
                    "kinds": item["kinds"],
                    "auto_reply": layout == "auto",
                    "bounce": layout.startswith("bounce"),
                    "note": item["note"],
                },
                ensure_ascii=False,
            )
        )
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} items to {HERE}")


if __name__ == "__main__":
    main()
