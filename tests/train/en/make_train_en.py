#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Generate the English training/development set (prefix ``n``).

70 emails (``email/n001.eml`` ... ``email/n070.eml``) and 100 Telegram chat
messages (``chat/n071.txt`` ... ``chat/n170.txt``) addressed to Win Techno's
support/privacy contact point, plus ``labels.jsonl`` in the shared corpus
format.  Standard library only; the output is deterministic (fixed dates,
Message-IDs, MIME boundaries, fixed shuffle seeds).

Run:  python3 make_train_en.py        (rewrites the files in this folder)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
import textwrap
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "n"
SUPPORT = "support@win-techno.com"
SUPPORT_HDR = "Win Techno Support <support@win-techno.com>"
RIGHTS = ("disclosure", "correction", "suspension", "deletion")
KINDS = set(RIGHTS) | {"complaint", "inquiry", "other"}

# ---------------------------------------------------------------------------
# Reusable furniture (signatures are part of each body; these are disclaimers)
# ---------------------------------------------------------------------------

DISC_CORP = (
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential "
    "and intended solely for the addressee. If you have received it in error, "
    "please notify the sender immediately and delete it from your system. Any "
    "unauthorised use, disclosure or copying is prohibited."
)
DISC_SHORT = (
    "This e-mail may contain confidential information. If you are not the "
    "intended recipient, please inform the sender and delete this e-mail."
)
DISC_LAW = (
    "Calloway Partners LLP is a limited liability partnership registered in "
    "England and Wales. This message is confidential and may be legally "
    "privileged. If you are not the intended recipient you must not use, copy "
    "or disclose it; please tell us by return email and then delete the "
    "message. We do not accept service of documents by email."
)
DISC_ENV = "Please consider the environment before printing this email."

# ---------------------------------------------------------------------------
# EMAILS.  Keys:
#   kinds, note, name, addr, subject, body  (new text incl. signature)
#   fmt: plain | qp | b64 | latin1 | cp1252 | alt | html | mixed | crlf
#   quote: quoted earlier message appended under the new text
#   disc: disclaimer appended at the very end
#   ind: rights phrased indirectly (for the statistics only)
#   attach: (filename, text) for fmt == mixed
#   extra: extra headers
# ---------------------------------------------------------------------------

EMAILS: list[dict] = [
    dict(
        kinds=["disclosure"],
        ind=(),
        note="Formal UK GDPR Art. 15 subject access request: copy of all data, purposes, recipients, retention, source.",
        name="Helena Marsh",
        addr="helena.marsh@example.org",
        subject="Subject Access Request - Article 15 UK GDPR",
        body="""\
Dear Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR. I have been a WinGuard Cloud customer since 2021 (account email: helena.marsh@example.org).

Please provide me with:
 - a copy of all personal data you hold about me, in whatever system it sits (CRM, support desk, billing, telemetry);
 - the purposes for which it is processed;
 - the recipients or categories of recipients to whom it has been disclosed, including any outside Japan or the UK;
 - how long you intend to keep each category;
 - where you obtained any data you did not collect from me directly.

I understand you have one month to respond. If you need anything further to verify my identity, please tell me promptly rather than at the end of that period.

Yours faithfully,

Helena Marsh
14 Calder Row, Harrogate
""",
    ),
    dict(
        kinds=["disclosure", "suspension"],
        ind=(),
        fmt="alt",
        note="CCPA/CPRA letter with two numbered requests: right to know (disclosure) and opt-out of sale/sharing (suspension).",
        name="Marcus Delgado",
        addr="mdelgado@example.com",
        subject="CCPA: Request to Know and Opt-Out of Sale/Sharing",
        body="""\
To whom it may concern,

I am a California resident and I am exercising two rights under the CCPA as amended by the CPRA:

1. Right to Know. Please disclose the specific pieces of personal information you have collected about me in the past 12 months, the categories of sources, and the business purposes for collecting them.

2. Right to Opt-Out. Do not sell or share my personal information, including for cross-context behavioral advertising. This covers my account (mdelgado@example.com) and the device identifiers of my two WinGuard installations.

Please confirm receipt within 10 business days.

Marcus Delgado
Sacramento, CA
""",
    ),
    dict(
        kinds=["correction"],
        ind=("correction",),
        note="Indirect: surname changed on marriage; wants the name on her account and invoices to match.",
        name="Rachel Okafor",
        addr="rachel.okafor@example.net",
        subject="Name on my invoices",
        date=(2024, 8, 19, 19, 42),
        body="""\
Hi there,

Quick one - I got married in June and I'm Rachel Okafor now, not Rachel Bennett. Your renewal invoice last week still had the old name on it, and the household finance department (me, ha) would like it to match my bank card going forward.

Account email is the same as this one.

Thanks!
Rachel
""",
    ),
    dict(
        kinds=["deletion"],
        ind=(),
        fmt="qp",
        note="Formal GDPR Art. 17 erasure request; the Art. 19 notification to recipients is part of the erasure request, not a disclosure request.",
        name="Tobias Lindqvist",
        addr="t.lindqvist@example.net",
        subject="Request for erasure (Art. 17 GDPR)",
        body="""\
Dear Sir or Madam,

Pursuant to Article 17(1)(a) and (b) GDPR I request the erasure, without undue delay, of all personal data concerning me which Win Techno Inc. processes, including data held by your processors. The data are no longer necessary: my licence expired in January and I will not renew. To the extent processing was based on consent, I withdraw it.

Please also confirm that the erasure has been communicated to each recipient to whom the data were disclosed (Art. 19).

Identifying details:
Name: Tobias Lindqvist
Email: t.lindqvist@example.net
Former licence: WG-HOME-3 (expired 2024-01-31)

Kind regards,
Tobias Lindqvist
Göteborg
""",
    ),
    dict(
        kinds=["deletion"],
        ind=(),
        disc=DISC_CORP,
        note="IT admin relays a former employee's request to erase his name/email/mobile from Win Techno's own records; console clean-up already done; the disclaimer's 'delete it' is furniture.",
        name="Priya Raman",
        addr="priya.raman@corp.example.com",
        subject="Former employee - please remove his personal details",
        body="""\
Hello Win Techno support,

We are a WinGuard Cloud tenant (Halden Logistics, tenant ID HL-20931). A former member of staff, Daniel Fry, left us at the end of March. I have already removed his user and his laptop from our console myself.

He has now contacted us asking that his name, work email and mobile number also be erased from Win Techno's own records - your support tickets, the webinar registration and so on - because he registered for those personally.

Could you please carry that out and let me know when it is done, so I can close his request on our side?

Best,
Priya Raman
IT Operations Lead, Halden Logistics
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Decoy: admin wants decommissioned devices removed from the console and old scan reports bulk-deleted; no personal data request.",
        name="Owen Hargreaves",
        addr="ohargreaves@it.example.org",
        subject="Console clean-up",
        body="""\
Hi,

Two things on our tenant (Brookfield School District):

1) Can you remove the devices LAB-PC-07 through LAB-PC-19 from the console? They were wiped and sent for recycling over the summer and the console won't let me delete them because they still show "pending uninstall".

2) Is there a way to bulk-delete the old scan reports from last academic year? There are thousands of them and the dashboard takes ages to load.

Cheers,
Owen
--
Owen Hargreaves | Network Manager | Brookfield SD
""",
    ),
    dict(
        kinds=["suspension"],
        ind=("suspension",),
        note="Indirect: 'rather not get' the newsletter/offers and 'don't hand my address to the resellers' = stop marketing use and third-party provision. The quoted support mail that mentions deletion is ignored.",
        name="Gwen Tallis",
        addr="gwen.tallis@example.com",
        subject="Re: Your WinGuard Home renewal is coming up",
        date=(2024, 4, 10, 21, 3),
        body="""\
Thanks, I've renewed through the app.

While I have you: I'd rather not get the monthly "Security Digest" or any of the discount offers any more, and please don't hand my address to the resellers who keep ringing me. The licence emails themselves are fine.

Gwen
""",
        quote="""\
On Tue, 9 Apr 2024 at 10:02, WinGuard Support <support@win-techno.com> wrote:
> Dear Customer,
>
> Your WinGuard Home subscription expires on 30 April 2024. To avoid
> interruption, please renew from the app or the customer portal.
>
> Under our privacy policy you may request disclosure, correction or
> deletion of your personal data at any time by contacting this address.
>
> Win Techno Inc. Customer Support
""",
    ),
    dict(
        kinds=["complaint"],
        ind=(),
        fmt="html",
        note="Complaint: opt-out ignored for two months and old surname still used; demands an explanation but makes no new stop/correct request (explicit requests only).",
        name="Declan Moriarty",
        addr="declan.m@example.net",
        subject="Opted out in March - still getting promos",
        date=(2024, 5, 13, 7, 55),
        body="""\
Hello,

On 12 March I used the "manage preferences" link in one of your emails and unticked everything except account notices. The confirmation page said changes could take up to 10 days.

It is now May and I have had eleven promotional emails since then, two of them addressed to my old surname, which I changed on the portal ages ago.

I would like someone to explain how your opt-out actually works, because from where I'm sitting it doesn't. I have kept the screenshots.

Declan Moriarty
""",
    ),
    dict(
        kinds=["inquiry"],
        ind=(),
        fmt="alt",
        note="Pre-sales privacy questions (data location, sub-processors, cross-border transfer); no request about the sender's own data.",
        name="Ines Carvalho",
        addr="ines.carvalho@example.com",
        subject="Data residency question before we sign",
        body="""\
Hello,

We are evaluating WinGuard Cloud for about 300 endpoints in Portugal and Brazil. Before our DPO signs off, could you answer the following:

- In which country or region is customer data stored and processed?
- Do you use sub-processors, and is there a published list?
- Is personal data transferred out of Japan, and if so on what legal basis?

A link to the relevant section of your privacy policy or DPA would be enough.

Thank you,
Ines Carvalho
Procurement, Vilaverde Group
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Decoy: 'delete/void' a duplicate invoice and fix the company VAT/PO number: business billing, not personal data.",
        name="Accounts Payable - Norfield Dental",
        addr="ap@norfielddental.example.com",
        subject="Duplicate invoice INV-2024-11873",
        body="""\
Hi,

We received invoice INV-2024-11873 twice, once by email and once by post, with different totals (one of them shows our old VAT number).

Please delete or void the incorrect one and re-issue it with our current VAT number GB 312 4471 09 and our PO reference 5521.

Regards,
Accounts Payable
Norfield Dental Group
""",
    ),
    dict(
        kinds=["disclosure"],
        ind=(),
        note="Negation trap: 'I do not want anything deleted'; only asks for the list of personal information held (disclosure).",
        name="Leonard Achebe",
        addr="leo.achebe@example.org",
        subject="Not closing my account - information request",
        body="""\
Hi,

Before anyone jumps to conclusions: I am NOT cancelling, and I do not want anything deleted. I'm happy with WinGuard.

What I would like is a list of the personal information you keep on me - profile, payment details (masked is fine), login history, whatever your support system has. I'm doing a bit of a personal data audit across all the services I use.

Thanks,
Leonard
""",
    ),
    dict(
        kinds=["correction"],
        ind=(),
        fmt="qp",
        note="Japanese customer writing English: moved for a job transfer, asks to change the registered address.",
        name="Kenji Morita",
        addr="k-morita@example.jp",
        subject="Change of address",
        body="""\
Dear Sir/Madam,

I am Kenji Morita, I am using WinGuard Home from 2022.
I moved to Osaka from last month because of my job transfer.
So please change my registered address to below.

New address:
2-8-15 Tenma, Kita-ku, Osaka-shi, Osaka 530-0043
Telephone number is same.

Sorry for my poor English.
Best regards,

Kenji Morita (森田 健二)
""",
    ),
    dict(
        kind="auto_ooo",
        kinds=[],
        note="Out-of-office auto-reply from a customer's practice manager (Auto-Submitted: auto-replied); disclaimer mentions delete.",
        name="Bernadette Quinn",
        addr="b.quinn@example.com",
        subject="Out of Office: Re: Your request #48213",
        date=(2024, 7, 24, 9, 30),
        extra={
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
            "In-Reply-To": "<wt-48213.reply@win-techno.com>",
        },
        body="""\
Thank you for your email. I am out of the office from 22 July until 5 August with limited access to email.

For IT issues please contact helpdesk@example.com. For anything urgent, please call the main office.

Bernadette Quinn
Practice Manager

This message and any attachments are confidential. If you are not the intended recipient please delete it and notify the sender.
""",
    ),
    dict(
        kind="auto_ack",
        kinds=[],
        note="Ticket-system receipt acknowledgement (X-Autoreply, Precedence); the echoed subject mentions deleting personal data but nothing is requested.",
        name="Pinewood Facilities Helpdesk",
        addr="noreply@helpdesk.example.net",
        subject="[Ticket #TK-55120] Automatic reply: Confirmation: request to delete personal data",
        extra={
            "X-Autoreply": "yes",
            "Precedence": "auto_reply",
            "In-Reply-To": "<wt-privacy-7781@win-techno.com>",
        },
        body="""\
This is an automated acknowledgement.

Your message has been received by the Pinewood Facilities helpdesk and ticket TK-55120 has been created. A member of our team will respond within two working days.

Please do not reply to this message. To add information to your ticket, use the portal link below and quote the ticket number.

https://helpdesk.example.net/tickets/TK-55120
""",
    ),
    dict(
        kind="bounce",
        kinds=[],
        note="Postfix bounce (multipart/report) of a Win Techno reply confirming a correction; keyword trap.",
        name="Mail Delivery System",
        addr="MAILER-DAEMON@mx1.example.net",
        subject="Undelivered Mail Returned to Sender",
        body="",
    ),
    dict(
        kinds=["disclosure", "deletion"],
        ind=(),
        note="Leaving customer: first send a copy of the data held, then erase everything (account, payment info, support history).",
        name="Sofia Brandt",
        addr="sofia.brandt@example.com",
        subject="Closing my account",
        body="""\
Hello,

We've moved all the family laptops over to the antivirus that came with our new broadband package, so I'm closing my WinGuard account.

Before you delete it, please send me a copy of the data you've got on me - I'd like it for my own records. Once I've confirmed I received it, erase everything: account, payment info, support history.

Thanks for the years of service.
Sofia Brandt
""",
    ),
    dict(
        kinds=["suspension"],
        ind=("suspension",),
        note="Indirect: asks as a question to be excluded from ad retargeting (stop use of data for advertising); keeps the account.",
        name="Nathaniel Osei",
        addr="nat.osei@example.net",
        subject="ads following me around",
        body="""\
Hi,

Since I downloaded the WinGuard trial, ads for it turn up on basically every site I visit and in my Instagram feed. I get that it's retargeting.

Is it possible to exclude me from that? I don't mind you having my email for the licence, I just don't want my browsing tied to your ad campaigns.

Nat
""",
    ),
    dict(
        kinds=["deletion", "complaint"],
        ind=(),
        note="Suspected leak of name/licence key to scammers (complaint) plus a demand to delete all personal data.",
        name="Carla Ruiz",
        addr="carla.ruiz@example.org",
        subject="How did scammers get my license key??",
        body="""\
I just got a "renewal" email from some fake domain that had my full name, my WinGuard license key and the date I bought it. That information only exists in your system. Either you've been breached or someone at one of your resellers is selling it.

I want every bit of my personal data deleted from your systems today, and I want a real answer about how this happened, not a template.

Carla Ruiz
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Service-quality complaint (console outage, SLA credit); no personal data involved, so other, not complaint.",
        name="Frank Dubois",
        addr="frank@ops.example.net",
        subject="Console down AGAIN",
        body="""\
Third outage this month. The WinGuard Cloud console has been returning 502 since 08:40 CET and none of our 140 endpoints are reporting in. Your status page still says "All systems operational".

We pay for the business tier with an SLA. I expect a root cause analysis and a service credit.

Frank Dubois
Head of IT, Lanterne Group
""",
    ),
    dict(
        kinds=["inquiry"],
        ind=(),
        note="Question about website cookies (which partners, what they collect, duration) with a vague subject; no request.",
        name="Abigail Chen",
        addr="abichen@example.com",
        subject="Question",
        body="""\
Hello,

Your website's cookie banner mentions "performance and targeting cookies from partners". Which partners are these, and what do they collect? I'm also wondering how long those cookies last.

Just trying to understand before I click accept.

Abigail
""",
    ),
    dict(
        kinds=["correction"],
        ind=("correction",),
        fmt="qp",
        note="Indirect: changed mobile number, 2FA codes go to the old one; asks to put the new number on the account (or how to do it).",
        name="Mateo Fernández",
        addr="mateo.fernandez@example.net",
        subject="2FA codes going to my old number",
        body="""\
Hello,

I changed my mobile operator and my number, and now the SMS codes for login go to the old number which I don't have anymore. My new number is +34 611 203 948. I can still log in with backup codes but only 2 are left.

Can you put the new number in my account please? Or tell me where I can do it, in the portal I don't see the option.

Thanks,
Mateo
""",
    ),
    dict(
        kinds=["correction"],
        ind=(),
        fmt="mixed",
        attach=(
            "contact_updates.txt",
            """\
Contact email updates - Arkwright & Vale (tenant AV-4410)

Name              Old contact email                New contact email
Laura Benning     l.benning@oldname.example.org    l.benning@example.org
Sanjay Mistry     s.mistry@oldname.example.org     s.mistry@example.org
Chloe Ashworth    c.ashworth@oldname.example.org   c.ashworth@example.org
Peter Lomax       p.lomax@oldname.example.org      p.lomax@example.org
""",
        ),
        note="IT admin asks to update four users' registered contact emails (personal data) after a domain migration; list attached.",
        name="Yusuf Demir",
        addr="y.demir@example.org",
        subject="User email updates after domain change",
        body="""\
Hello,

We have migrated our mail domain from oldname.example.org to example.org. Four of our users have contact emails registered directly with you (they receive the licence expiry notices and the training invitations), and those messages are now bouncing.

Please update their contact records as per the attached list. Names and phone numbers are unchanged.

Kind regards,
Yusuf Demir
Systems Administrator, Arkwright & Vale
""",
    ),
    dict(
        kinds=["suspension"],
        ind=(),
        note="Negation trap: 'please don't delete my account or data'; the actual request is to opt out of usage data for analytics/personalised offers (suspension).",
        name="Harriet Vance",
        addr="hvance@example.com",
        subject="Usage data",
        body="""\
Hi,

Please don't delete my account or my data - I use WinGuard every day and I'm fine with you holding my details.

But I read in your policy that "usage information may be used for product analytics and to personalise offers". I'd like to opt out of exactly that. Use my data to run the service, nothing else.

Harriet
""",
    ),
    dict(
        kinds=["deletion"],
        ind=("deletion",),
        note="Indirect: 'forget I ever signed up ... I'd like it gone' after a trial = erasure.",
        name="Oliver Brennan",
        addr="obrennan@example.net",
        subject="trial",
        body="""\
Hey,

Tried the 14-day trial, it wasn't for me. Could you forget I ever signed up? Whatever you stored when I registered - name, email, the machine info the installer sent - I'd like it gone.

Ta,
Ollie
""",
    ),
    dict(
        kinds=["disclosure"],
        ind=("disclosure",),
        note="Indirect: 'what have you actually got on me from those machines' = disclosure of records tied to her account.",
        name="Greta Holm",
        addr="greta.holm@example.org",
        subject="what does WinGuard collect about me",
        body="""\
Hello,

I read an article about antivirus vendors harvesting browsing data and it made me nervous. I have WinGuard on three laptops under my account.

What have you actually got on me from those machines? Not the marketing answer - I mean the real records tied to my account: which URLs, which files, whatever it is.

Greta Holm
""",
    ),
    dict(
        kinds=["disclosure"],
        ind=("disclosure",),
        note="Indirect: asks whether and to whom his details were given, with dates = records of provision to third parties (disclosure); calls from a 'partner' are context, no grievance stated.",
        name="Samuel Adeyemi",
        addr="s.adeyemi@example.com",
        subject="Third parties",
        body="""\
Good day,

Kindly let me know whether my personal details (name, phone, email) have been given to any partner, reseller or other third party since I registered in 2022, and if yes, to whom and on which dates.

I have been receiving calls from a company called Stratos IT which says it is your partner.

Regards,
Samuel Adeyemi
""",
    ),
    dict(
        kinds=["inquiry"],
        ind=(),
        note="Negation trap: hypothetical future cancellation; asks only about retention after closure and says he is not asking for anything now (inquiry).",
        name="Ben Whitaker",
        addr="ben.whitaker@example.net",
        subject="If I cancel...",
        body="""\
Hi,

I'm thinking about moving to a cheaper plan from another vendor next year, nothing decided. If I do cancel, what happens to my account data - do you keep it, and for how long? Is any of it retained after closure for legal reasons?

Not asking you to do anything right now, just want to know.

Ben
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        fmt="alt",
        note="Decoy: sales quote; 'export' of detections to a SIEM and deleting agent logs on their own side are product features, not personal data requests.",
        name="Lena Vogt",
        addr="lena.vogt@example.com",
        subject="Quote for 250 seats + SIEM export",
        body="""\
Hello sales team,

We would like a quote for 250 seats of WinGuard Cloud Business on a 3-year term.

Technical question: can the console export detections and scan logs to our SIEM (Splunk) automatically, or only as manual CSV downloads? We also need agent logs on our side to be deleted after 30 days under our own retention policy - is that configurable?

Best regards,
Lena Vogt
IT Procurement, Hessler Maschinenbau
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        fmt="alt",
        note="Decoy: SEO spam whose footer says 'reply STOP and we'll remove your email from our list'.",
        name="Jake at GrowthRocket",
        addr="offers@growthrocket.example.net",
        subject="Rank #1 on Google in 30 days - guaranteed",
        body="""\
Hi Win Techno team,

I was looking at win-techno.com and noticed you're missing out on 3,400+ monthly searches for "best antivirus Japan". Our white-hat SEO package gets clients onto page 1 in 30 days or your money back.

Can I send over a free audit?

Best,
Jake | GrowthRocket

If you'd rather not hear from us, just reply STOP and we'll remove your email from our list.
""",
    ),
    dict(
        kinds=["correction", "complaint"],
        ind=(),
        fmt="qp",
        note="Third request to fix the spelling of her name (correction) plus a grievance that earlier tickets were closed without the fix (complaint about handling).",
        name="Siobhán Kearney",
        addr="siobhan.kearney@example.com",
        subject="Re: Re: Name spelling - THIRD request",
        date=(2024, 6, 4, 10, 17),
        body="""\
This is the third time I'm writing about this.

My name is Siobhán Kearney. Not Siobahn, not Siobhan Kearny. Your licence certificate, your invoices and now the webinar certificate all have it wrong, even though I corrected it in tickets #40122 and #40877 and both times got a reply saying it had been "updated".

Please fix it properly in whatever system actually feeds those documents, and please stop closing my tickets without doing anything.

Siobhán
""",
        quote="""\
-----Original Message-----
From: WinGuard Support <support@win-techno.com>
Sent: 28 May 2024 16:41
To: Siobhán Kearney <siobhan.kearney@example.com>
Subject: Re: Name spelling

Dear Customer,

Thank you for contacting us. We have updated the name on your account. This ticket will now be closed.

WinGuard Support
""",
    ),
    dict(
        kinds=["suspension"],
        ind=(),
        fmt="cp1252",
        note="Formal GDPR Art. 21(2) objection to direct marketing and related profiling; explicitly keeps the subscription processing (scope).",
        name="Edmund Prescott",
        addr="e.prescott@example.org",
        subject="Objection to processing - direct marketing",
        body="""\
Dear Sirs,

I hereby object, under Article 21(2) GDPR, to the processing of my personal data for direct marketing purposes, including any profiling related to such marketing. Please cease such processing forthwith and confirm in writing.

For the avoidance of doubt, this objection does not extend to processing necessary for the performance of my WinGuard subscription, which I wish to continue.

Yours faithfully,

E. Prescott
“Fernleigh”, Church Lane, Ludlow
""",
    ),
    dict(
        kinds=["suspension"],
        ind=(),
        note="Japanese customer writing English: does not agree to sharing with group companies for marketing, asks to stop providing her data to them; keeps the licence.",
        name="Mina Hoshino",
        addr="mina.hoshino@example.net",
        subject="About sharing to group company",
        body="""\
Hello,

In your privacy policy it is written that customer information may be shared with group companies for marketing of group products. I do not agree with this. Please stop to provide my information to the group companies.

I will continue to use WinGuard, so please do not cancel my license.

Best regards,
Mina Hoshino
""",
    ),
    dict(
        kinds=["deletion"],
        ind=(),
        fmt="html",
        note="HTML-only mobile mail: close the account and delete the data.",
        name="Jess Turnbull",
        addr="jess.turnbull@example.com",
        subject="please close account",
        body="""\
hi,

please close my winguard account (jess.turnbull@example.com) and delete my data. i've uninstalled it from everything.

thanks
jess

Sent from my iPhone
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        fmt="html",
        note="HTML-only partnership/reseller pitch; not about personal information.",
        name="Arjun Mehta",
        addr="arjun@bizdev.example.com",
        subject="Partnership opportunity - MSP bundle",
        body="""\
Dear Win Techno Partnerships Team,

I lead business development at Corvid Managed Services, an MSP with 180 SMB clients across Singapore and Malaysia. We'd like to bundle WinGuard Cloud with our monthly support plans.

Could we set up a 30-minute call next week to discuss partner pricing, NFR licences and co-marketing?

Best regards,
Arjun Mehta
Director, Business Development
Corvid Managed Services
""",
    ),
    dict(
        kinds=["disclosure"],
        ind=(),
        note="Data portability before switching vendor (machine-readable copy of profile, purchases, tickets) = disclosure; scan logs explicitly excluded (scope).",
        name="Rhys Llewellyn",
        addr="rhys.llewellyn@example.net",
        subject="Getting my data out before I switch",
        body="""\
Hi,

I'm moving to a different security suite when my sub ends next month. Could I get my account data from you in something machine-readable (JSON or CSV is fine)? I mean my profile, licence/purchase history and my support tickets. I don't need the scan logs, they're no use to me.

Cheers,
Rhys
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Decoy: console Export button greyed out for scan results needed for an audit; product issue.",
        name="Tomasz Wisniewski",
        addr="t.wisniewski@example.org",
        subject="Export greyed out",
        body="""\
Hello,

In the console (Reports > Scan history) the Export button is greyed out for me. I'm a tenant admin, so it shouldn't be permissions. I need to export last month's scan results as CSV for an audit on Friday.

Browser: Edge 124, Windows 11.

Thanks,
Tomasz
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Decoy: wants to stop automatic update reboots, not data use.",
        name="Colin Baptiste",
        addr="colinb@example.com",
        subject="Stop the forced restarts",
        body="""\
WinGuard restarted my PC in the middle of a client presentation to finish an update. How do I stop the automatic updates from rebooting, or at least delay them? I don't want to switch updates off entirely.

Colin

Get Outlook for Android
""",
    ),
    dict(
        kinds=["correction", "deletion"],
        ind=(),
        fmt="latin1",
        note="Moved: update billing address (correction); asks that an expired saved card be removed from records completely (erasure of that data item). Borderline deletion, labelled because she wants the data not kept at all.",
        name="Marguerite Lefèvre",
        addr="m.lefevre@example.net",
        subject="Address and old card",
        body="""\
Hello,

I have moved - please update my billing address to:
Flat 3, 27 Alder Street, Leeds LS6 2QR, United Kingdom

Also, there is an old Visa ending 4417 still saved on my account which expired last year. I would prefer you did not keep it at all - please remove it from your records completely.

Merci,
Marguerite Lefèvre
""",
    ),
    dict(
        kinds=["complaint"],
        ind=(),
        note="Complaint: webinar follow-up sent with all recipients in CC and an attendee list attached (exposure of personal data); question about who is responsible is part of the grievance.",
        name="Harvey Lindgren",
        addr="harvey.lindgren@example.com",
        subject="Your email exposed my address to 40 strangers",
        body="""\
I've just received your "Webinar follow-up" email, which was sent to about forty people in the CC field, mine included. Anyone on that list can now see my personal email address, and because your attachment contained the full attendee list with the details we gave at registration, my home address too.

This is a serious data protection failure. Who is responsible for data protection at Win Techno, and what are you doing about it?

Harvey Lindgren
""",
    ),
    dict(
        kinds=["inquiry"],
        ind=(),
        note="Supplier due-diligence questionnaire: privacy contact point, certification, breach notification policy; no personal request.",
        name="Eastwell Borough Council Procurement",
        addr="procurement@eastwell.example.org",
        subject="Supplier due diligence - data protection contact",
        body="""\
Dear Win Techno,

As part of our supplier onboarding we need the following for WinGuard Cloud:

a) the name or role and contact details of your data protection officer or privacy contact point;
b) confirmation of whether you hold ISO/IEC 27001 or an equivalent certification;
c) your policy on notifying customers of personal data breaches.

This is a standard questionnaire sent to all software suppliers.

Kind regards,
Procurement Team
Eastwell Borough Council
""",
    ),
    dict(
        kinds=["inquiry"],
        ind=(),
        fmt="alt",
        disc=DISC_LAW,
        note="Law firm asks whether suspicious files (possibly containing client data) are uploaded, how long kept, who can access: practice question; the disclaimer's 'delete' is furniture.",
        name="Adaeze Nwosu",
        addr="adaeze.nwosu@example.org",
        subject="Does the agent upload file contents?",
        body="""\
Hello,

Our legal team has asked me to confirm one point before we roll WinGuard out to the whole firm: when the agent finds a suspicious file, does it upload the file itself (which could contain client personal data) to your cloud, or only a hash? If files are uploaded, how long are they kept and who can access them?

Thanks,
Adaeze Nwosu
Knowledge & Risk, Calloway Partners LLP
""",
    ),
    dict(
        kinds=["disclosure"],
        ind=(),
        note="Negation trap: 'not asking you to delete or change anything'; IT admin asks for a report/export of the personal data held on their staff (disclosure).",
        name="Grace Whitford",
        addr="g.whitford@example.com",
        subject="Audit - personal data held on our staff",
        body="""\
Hi,

To be clear up front, we are not asking you to delete or change anything.

Our external auditors want evidence of what personal data Win Techno holds about our staff through the WinGuard Cloud tenant (Pellham Insurance, about 60 users). Could you send us a report or an export of that - user names, email addresses, device hostnames, login IPs, whatever applies - and where it is stored?

Many thanks,
Grace Whitford
Information Security Manager, Pellham Insurance
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Thank-you reply; the deletion request appears only in the quoted thread, the new text asks for nothing.",
        name="Ivan Petrov",
        addr="ivan.petrov@example.net",
        subject="Re: [WT-Privacy] Your deletion request has been completed",
        date=(2024, 6, 14, 16, 5),
        body="""\
Thank you, received. That's everything I needed. Have a good weekend.

Ivan
""",
        quote="""\
-----Original Message-----
From: Win Techno Privacy Desk <support@win-techno.com>
Sent: Friday, 14 June 2024 11:20
To: Ivan Petrov <ivan.petrov@example.net>
Subject: [WT-Privacy] Your deletion request has been completed

Dear Mr Petrov,

We have deleted your WinGuard account and the associated personal data as you requested on 3 June. Backup copies will be overwritten within 30 days.

> Please delete my account and all personal data you hold about me.
> Ivan Petrov

Win Techno Inc. Privacy Desk
""",
    ),
    dict(
        kinds=["deletion", "complaint"],
        ind=("deletion",),
        note="Indirect: new text says 'do what I asked below' (the quoted deletion request) = renewed deletion request, plus a complaint about five weeks without a reply.",
        name="Layla Haddad",
        addr="layla.haddad@example.com",
        subject="Re: Delete my account",
        date=(2024, 6, 7, 12, 48),
        body="""\
Five weeks and not a word back. Your own policy says you respond to privacy requests "without delay".

Please just do what I asked below and confirm it in writing.

Layla
""",
        quote="""\
> On 2 May 2024, at 21:14, Layla Haddad <layla.haddad@example.com> wrote:
>
> Hello, please delete my WinGuard account and all data linked to it.
> I no longer use the product.
>
> Layla Haddad
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Decoy: Japanese customer; 'changed my PC', 'old PC is deleted' (reset) - licence transfer question.",
        name="Takeshi Ono",
        addr="t.ono@example.jp",
        subject="License move to new PC",
        body="""\
Hello.

I changed my PC to new one last week. The old PC is already deleted (I reset it and gave to my nephew).
Please tell me how to move WinGuard license to the new PC. When I input the license key, it says "maximum devices reached".

Best regards,
Takeshi Ono
""",
    ),
    dict(
        kinds=["disclosure"],
        ind=("disclosure",),
        note="Indirect: asks what her date of birth is used for and what else is stored about her and her kids' profiles (how own data is used + what is held).",
        name="Nora Lindahl",
        addr="nora.lindahl@example.org",
        subject="Why do you need my date of birth?",
        body="""\
Hello,

When I signed up for the family plan, your form made date of birth mandatory. What exactly are you using my date of birth for? And while we're at it, what else have you stored about me and my two kids' profiles?

I'm not angry, I just like to know where my information goes.

Nora
""",
    ),
    dict(
        kinds=["suspension"],
        ind=("suspension",),
        fmt="cp1252",
        note="Indirect: keep alerts/invoices but stop 'exclusive offer' mails and sales calls = stop marketing use.",
        name="Patrick Shaw",
        addr="pshaw@example.net",
        subject="Fewer emails please",
        body="""\
Hi,

I’m happy to keep getting security alerts, licence reminders and invoices. What I’d like to stop are the “exclusive offer” emails and the calls from your sales team every quarter trying to upsell me to the business plan. I’m one person with one laptop.

Regards,
Patrick
""",
    ),
    dict(
        kinds=["deletion"],
        ind=(),
        note="Executor asks to close late father's account and remove his personal information.",
        name="Eleanor Pike",
        addr="eleanor.pike@example.com",
        subject="Account of my late father",
        body="""\
Dear Win Techno,

My father, Geoffrey Pike, passed away in February. I am the executor of his estate and I am working through his subscriptions. He had a WinGuard Home account under geoff.pike@example.com.

Please close the account, stop the auto-renewal and remove his personal information from your systems. I can send a copy of the death certificate and the grant of probate if you need them.

Kind regards,
Eleanor Pike
""",
    ),
    dict(
        kinds=["correction"],
        ind=(),
        fmt="b64",
        note="Registered only as 'J. Park': asks to change to full name and add department (correction incl. adding data).",
        name="Jiwoo Park",
        addr="jiwoo.park@example.com",
        subject="certificate name",
        body="""\
Hi,

In your system I am registered as "J. Park", so my training completion certificate shows only that. Could you change it to my full name Jiwoo Park, and add my department (Network Engineering) in the organisation field? Our HR needs the full name for their records.

Thank you very much,
Jiwoo Park (박지우)
""",
    ),
    dict(
        kinds=["suspension", "disclosure"],
        ind=(),
        fmt="alt",
        note="Stop profiling for marketing (suspension) and tell which segments/profiles he is in and what data they use (disclosure).",
        name="Damien Roux",
        addr="damien.roux@example.net",
        subject="Profiling",
        body="""\
Hello,

The upsell banners in the WinGuard app seem to be based on what I do on my PC. I want you to stop profiling me for marketing, effective now.

I would also like to know which segments or profiles you have put me in, and what data they are based on.

Damien Roux
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Decoy: change billing cycle and remove a seat; the quoted earlier mail's unsubscribe footer is ignored.",
        name="Wendy Okoye",
        addr="wendy.okoye@example.com",
        subject="Re: Your plan options",
        date=(2024, 6, 4, 18, 22),
        body="""\
Hi,

Thanks for the options. Can you change my subscription from monthly to annual billing? And please remove the extra seat I added in March - my son's laptop died and we're not replacing it.

Thanks,
Wendy
""",
        quote="""\
On Mon, 3 Jun 2024, WinGuard Support <support@win-techno.com> wrote:
> Hello Ms Okoye,
>
> You can switch to annual billing at any time; the remaining monthly
> period will be credited. Seats can be added or removed per month.
>
> WinGuard Support
> --
> You are receiving this email because you are a WinGuard customer.
> If you no longer wish to receive emails from us, unsubscribe here.
""",
    ),
    dict(
        kinds=["complaint"],
        ind=(),
        note="Complaint: a 'partner' phoned with trial details he never gave them; objects to his data being passed on but makes no explicit stop/delete/disclose request.",
        name="Gordon McAllister",
        addr="gordon.mcallister@example.org",
        subject="Unsolicited call from your 'partner'",
        body="""\
I had a call this morning from someone at "Stratos IT" who knew my name, that I'd started a WinGuard trial on Tuesday, and which operating system I use. I never gave any of that to them. The only place it could have come from is you.

I did not agree to my details being passed to anyone. Frankly I'm shocked that a security company behaves like this.

G. McAllister
""",
    ),
    dict(
        kinds=["correction"],
        ind=(),
        note="Negation trap: 'I don't want to stop the security bulletins'; only asks to correct the email address they go to.",
        name="Aiko Fujimoto",
        addr="aiko.fujimoto@example.jp",
        subject="New email address for security bulletins",
        body="""\
Hello,

I don't want to stop the security bulletins - they are very useful for my work. But please correct the email address you send them to. My old address aiko-f@example.jp will be closed at the end of this month.

New address: aiko.fujimoto@example.jp (this one)

Best regards,
Aiko Fujimoto
""",
    ),
    dict(
        kinds=["deletion"],
        ind=(),
        note="Partial erasure: delete a support call recording in which she read out her card number.",
        name="Ruth Abernathy",
        addr="ruth.abernathy@example.com",
        subject="Call recording from 12 May",
        body="""\
Hello,

I phoned your support line on 12 May about a renewal problem and, stupidly, read my full card number out to the agent before he could stop me. The line said calls are recorded.

Please delete that recording, or at least that part of it. My bank has already issued a new card, but I don't want the old number sitting in your system.

Thanks,
Ruth Abernathy
""",
    ),
    dict(
        kinds=["correction"],
        ind=(),
        note="Company name and office address out of date; asks to take the company name off and use his home address (correction, incl. removing inaccurate content).",
        name="Alistair Fenwick",
        addr="a.fenwick@example.net",
        subject="Details out of date",
        body="""\
Hi,

My account still shows "Fenwick Consulting Ltd" and the office address in Reading. The company was wound up last year and I'm a private customer now. Please take the company name off and use my home address instead: 9 Mill Lane, Wokingham RG40 1PT.

Alistair Fenwick
""",
    ),
    dict(
        kinds=["inquiry"],
        ind=(),
        note="Negation trap (scope): 'deleted after 90 days' quotes the policy; asks only whether crash dumps follow the same retention (inquiry).",
        name="Dmitri Sokolov",
        addr="d.sokolov@example.org",
        subject="Log retention - does it include crash dumps?",
        body="""\
Hello,

Your privacy policy says diagnostic logs are deleted after 90 days. Does that also apply to the crash dumps the agent uploads when it fails? A crash dump could contain memory contents, so I'd like to understand how long those stay on your side.

Thanks,
Dmitri
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Decoy: 'remove me from the beta channel' refers to the update channel, not personal data.",
        name="Kwame Asante",
        addr="kwame.asante@example.com",
        subject="remove me from beta",
        body="""\
hey,

please remove me from the beta channel, version 8.2 beta keeps freezing explorer. I want to go back to the stable version. do I need to uninstall first?

kwame
""",
    ),
    dict(
        kinds=["disclosure", "correction", "suspension"],
        ind=(),
        fmt="alt",
        note="Negation trap: 'I do not wish to close my account' (no deletion). Numbered letter: access (disclosure), rectify postal address (correction), object to marketing use/sharing (suspension); says she does not want the account closed.",
        name="Charlotte Ingram",
        addr="charlotte.ingram@example.org",
        subject="Data protection requests (3)",
        body="""\
Dear Privacy Team,

I am writing with three requests concerning my WinGuard Home account (charlotte.ingram@example.org):

1. Access: please send me a copy of the personal data you hold about me.

2. Rectification: the postal address on file (12 Ferry Road, Hull) is out of date. My current address is 5 Sycamore Close, Beverley HU17 8LN.

3. Objection: I do not consent to my data being used for marketing or shared with partners for marketing. Please stop this.

I do not wish to close my account.

Yours sincerely,
Charlotte Ingram
""",
    ),
    dict(
        kinds=["deletion"],
        ind=(),
        fmt="crlf",
        disc=DISC_SHORT,
        note="End of contract: IT manager asks to delete all tenant data (user accounts, device records, logs, backups) under the DPA and certify it.",
        name="Hannes Berglund",
        addr="h.berglund@it.example.net",
        subject="Contract termination - data deletion per DPA",
        date=(2024, 7, 3, 14, 0),
        body="""\
Dear Win Techno,

Our WinGuard Cloud contract (customer no. C-0088172, Solvik AB) ended on 30 June. In accordance with clause 11.3 of the Data Processing Agreement, please delete all customer data relating to our tenant, including user accounts, device records, logs and any backups, and provide a written certificate of deletion.

Kind regards,
Hannes Berglund
IT Manager, Solvik AB
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        note="Decoy: phishing report; the fake mail says 'suspended' and 'update your payment details'; no request about her own data.",
        name="Beatrice Lowe",
        addr="bea.lowe@example.com",
        subject="Is this email from you?",
        body="""\
Hi,

I got an email saying "Your WinGuard subscription has been suspended - update your payment details within 24 hours" with a link to win-techno-billing.example.net. It looks dodgy. Is it really from you? I haven't clicked anything.

Bea
""",
    ),
    dict(
        kinds=["suspension"],
        ind=("suspension",),
        fmt="b64",
        note="Indirect: Japanese customer writing English wants usage data no longer used for analysis/improvement programme, only for the service.",
        name="Yuki Tanabe",
        addr="yuki.tanabe@example.jp",
        subject="Request: my usage data",
        body="""\
Dear Win Techno,

I am using WinGuard Home. I would like that my usage data (which functions I use, how often) is not used for your analysis or improvement program anymore. Only for the service itself is OK.

Is it possible? If I need to change some setting, please teach me.

Best regards,
Yuki Tanabe (田辺 由紀)
""",
    ),
    dict(
        kinds=["disclosure"],
        ind=(),
        note="Asks for the access log of his own account (dates, IPs, staff logins) = disclosure of records about him.",
        name="Connor Fitzgerald",
        addr="connor.fitzgerald@example.net",
        subject="Who accessed my account?",
        body="""\
Hello,

Something in my account settings changed last week that I didn't change (my notification preferences). Please send me the access log for my account for the last 30 days - dates, IP addresses, and whether any of the logins were by your staff.

Thanks,
Connor
""",
    ),
    dict(
        kinds=["suspension", "complaint"],
        ind=(),
        note="Added to the mailing list despite refusing (complaint); demands removal from every marketing list (suspension).",
        name="Nadia Petrenko",
        addr="nadia.petrenko@example.com",
        subject="I said NO to the mailing list",
        body="""\
When I bought my licence over the phone on 2 April, I told your sales rep very clearly that I did not want to be on any mailing list. Three days later: "Welcome to WinGuard Insider!". And four more since.

Take me off every marketing list you have and make sure nobody re-adds me. I'm disappointed that a security company can't respect something that basic.

Nadia Petrenko
""",
    ),
    dict(
        kinds=["inquiry"],
        ind=(),
        fmt="alt",
        note="Question about a purpose of use in the privacy policy (model training, anonymisation); no request.",
        name="Hugo Lambert",
        addr="hugo.lambert@example.org",
        subject="Policy question - 'service improvement'",
        body="""\
Hello,

Your privacy policy lists "service improvement" among the purposes of use. Does that include training machine-learning models on customer data, for example the detection models? And is the data anonymised first?

Thanks in advance,
Hugo Lambert
""",
    ),
    dict(
        kinds=["other"],
        ind=(),
        fmt="mixed",
        attach=(
            "Aisha_Karim_CV.txt",
            """\
AISHA KARIM
Technical Support Engineer

Experience
2020-2024  Endpoint security support, Northgate Systems (EN/JP)
2018-2020  IT helpdesk analyst, Riverside Clinic Group

Languages: English (native), Japanese (JLPT N2), Urdu
""",
        ),
        note="Job application sent to the support address; contains personal data but makes no privacy request.",
        name="Aisha Karim",
        addr="aisha.karim@example.com",
        subject="Application - Technical Support Engineer (English)",
        body="""\
Dear Hiring Team,

Please find attached my CV for the Technical Support Engineer (English) position advertised on your careers page. I have four years of endpoint security support experience and hold JLPT N2.

I would be glad to discuss my application.

Kind regards,
Aisha Karim
""",
    ),
    dict(
        kinds=["correction"],
        ind=("correction",),
        note="Indirect: 'your records make me 104 years old' - wrong birth year, should be 1990.",
        name="Lucas Moreau",
        addr="lucas.moreau@example.net",
        subject="Slight problem with my age",
        body="""\
Hello,

According to the profile page, I was born in 1920, which would make me a remarkably well-preserved 104. I think I fat-fingered the year when I registered - it should be 1990 (same day and month).

Not urgent, but the family plan keeps treating me as the "senior" account, which my kids find hilarious.

Lucas
""",
    ),
    dict(
        kinds=["deletion"],
        ind=(),
        note="Request posed as a question: 'is it possible to have my account removed entirely, including email and payment history'.",
        name="Fiona Gallagher",
        addr="fiona.g@example.net",
        subject="Removing my account",
        body="""\
Hello,

Is it possible to have my account removed entirely, including my email address and payment history? I haven't used WinGuard since I switched to a Mac and I'd rather not have an account hanging around.

Thanks,
Fiona
""",
    ),
    dict(
        kinds=["disclosure"],
        ind=(),
        note="Formal APPI Art. 33 disclosure request (electronic form) including records of provision to third parties.",
        name="Michael Aldridge",
        addr="m.aldridge@example.jp",
        subject="Request for disclosure of retained personal data (APPI Art. 33)",
        body="""\
To the Personal Information Inquiry Desk, Win Techno Inc.

I hereby request disclosure of the retained personal data concerning me pursuant to Article 33 of the Act on the Protection of Personal Information. I would prefer the disclosure to be made by electronic means (PDF or CSV by email).

I also request disclosure of the records of provision to third parties relating to me (Article 33(5)).

Name: Michael Aldridge
Registered email: m.aldridge@example.jp
Customer number: 7731-0042

I will provide identification documents in whatever form you specify. Please let me know if a fee applies.

Michael Aldridge
Minato-ku, Tokyo
""",
    ),
    dict(
        kinds=["correction"],
        ind=(),
        note="Negation trap: 'please do not delete my home address'; wants an office shipping address added (correction by adding). Borderline with order logistics; labelled correction because it changes registered data.",
        name="Hiroshi Kaneda",
        addr="h.kaneda@example.jp",
        subject="Shipping address for hardware key",
        body="""\
Hello,

I ordered the WinGuard hardware token (order 55-20931). Please do not delete my home address from the account, it is still correct for invoices. I only want to add my office address as shipping address:

Kaneda Hiroshi, Tsubaki Bldg. 4F, 1-3-9 Kanda-Nishikicho, Chiyoda-ku, Tokyo 101-0054

Thank you,
Hiroshi Kaneda
""",
    ),
    dict(
        kinds=["suspension", "deletion", "complaint"],
        ind=(),
        note="Empty subject, rude: still emailed two years after cancelling (complaint), 'stop emailing me' (suspension) and 'delete my details' (deletion).",
        name="Rob Tate",
        addr="robtate77@example.com",
        subject="",
        body="""\
stop emailing me. I cancelled 2 years ago. delete my details and don't make me ask again
""",
    ),
]

# ---------------------------------------------------------------------------
# CHATS: (kinds, note, text, indirect-rights)
# ---------------------------------------------------------------------------

D, C, S, X = "disclosure", "correction", "suspension", "deletion"
K, Q, O = "complaint", "inquiry", "other"

CHATS: list[tuple[list[str], str, str, tuple[str, ...]]] = [
    # --- disclosure ---
    (
        [D],
        "Indirect: 'what do you know about me' = what data is held.",
        "what do you know about me",
        (D,),
    ),
    (
        [D],
        "Text-speak request for all data held.",
        "hey can u send me all the data u have on me? acct email is rkhan@example.net",
        (),
    ),
    (
        [D],
        "Indirect: 'show me my file' = see the data kept about him.",
        "show me my file lol. like the whole thing u keep on me",
        (D,),
    ),
    (
        [D],
        "Indirect: Japanese writer, 'please teach me which information of me your company is keeping'.",
        "Hello, I am Sato. Please teach me which information of me your company is keeping.",
        (D,),
    ),
    (
        [D],
        "Indirect: wants to know who her phone number was given to = provision records.",
        "did you give my phone number to anyone?? i need to know who",
        (D,),
    ),
    (
        [D],
        "Portability: JSON export of own account data before switching = disclosure.",
        "gimme a json dump of my account data pls, moving to another av next month",
        (),
    ),
    (
        [D],
        "Indirect: wants to see what telemetry logged about him personally.",
        "Curious what your telemetry has actually logged about me over the past year. Can I see it?",
        (D,),
    ),
    (
        [D],
        "Indirect: asks what name/address/phone is on file to check it (no change requested yet).",
        "what name / address / phone do u have on file for me? wanna check its right before my renewal",
        (D,),
    ),
    (
        [D],
        "Indirect: how HIS data is used, not the general policy = disclosure.",
        "how exactly are you using MY data? not the generic policy blurb, mine specifically",
        (D,),
    ),
    (
        [D],
        "Direct request for records of provision to third parties with dates.",
        "I need a list of every third party you've sent my personal info to, with dates please.",
        (),
    ),
    # --- correction ---
    (
        [C],
        "Indirect: married, surname now Whitfield, 'sort the account'.",
        "got married last month, surname's Whitfield now. can u sort the account",
        (C,),
    ),
    (
        [C],
        "Indirect: new phone number given, old one dead; no explicit verb.",
        "new number 090-4412-8830, old one's dead",
        (C,),
    ),
    (
        [C],
        "Indirect: 'moved house' with new address.",
        "moved house!! new adress is 3-14-2 Nishiogi-kita, Suginami-ku, Tokyo 167-0042",
        (C,),
    ),
    (
        [C],
        "Typo in the registered email; gives the right one.",
        "my account email has a typo: jon.smtih@example.com -> should be jon.smith@example.com",
        (),
    ),
    (
        [C],
        "Indirect: wrong title Mr vs Ms, 'fix pls'.",
        "ur records have me as Mr. I'm Ms. fix pls",
        (C,),
    ),
    (
        [C],
        "Japanese writer: romanised surname misspelled on certificate, asks to modify.",
        "My name in the certificate is wrong. Yamamato -> Yamamoto. Please modify it.",
        (),
    ),
    (
        [C],
        "Indirect: profile still shows old employer.",
        "profile still has my old employer on it, I'm at Brightline Analytics now since feb",
        (C,),
    ),
    (
        [C],
        "Correction posed as a question: change the registered email.",
        "can I change the email registered to me? lost access to the old mailbox",
        (),
    ),
    (
        [C],
        "Add a missing backup phone number (correction by adding).",
        "pls add my mobile as a backup contact, there's none on the account rn. +44 7700 900412",
        (),
    ),
    (
        [C],
        "Indirect: divorce, back to maiden name Carter; account still shows married name.",
        "divorce finalised 🎉 back to my maiden name, Carter. the account still says Mrs Doyle",
        (C,),
    ),
    (
        [C],
        "Indirect: postcode on file is wrong.",
        "the postcode on my account is wrong, its 2150 not 2510. no wonder the token never arrived",
        (C,),
    ),
    # --- suspension ---
    ([S], "Indirect: 'stop using my stuff for ads'.", "stop using my stuff for ads", (S,)),
    ([S], "Stop marketing emails.", "no more marketing emails please", ()),
    (
        [S],
        "Indirect: 'quit tracking me for your analytics'.",
        "quit tracking me for your analytics",
        (S,),
    ),
    (
        [S],
        "Indirect: use data only for the licence, nothing else.",
        "pls dont use my info for anything except my licence",
        (S,),
    ),
    ([S], "CCPA-style do-not-sell/share.", "Do not sell or share my personal information.", ()),
    (
        [S],
        "Indirect: turn off personalised recommendations based on usage (profiling).",
        "Can you turn off the personalised recommendations for me? I don't want suggestions based on how I use the app.",
        (S,),
    ),
    (
        [S],
        "Indirect: 'keep the licence, ditch the newsletter'.",
        "keep the licence, ditch the newsletter",
        (S,),
    ),
    (
        [S],
        "Formal withdrawal of consent for marketing use.",
        "I withdraw my consent to the use of my personal data for marketing purposes.",
        (),
    ),
    (
        [S],
        "Indirect: stop passing email to resellers (third-party provision).",
        "plz dont pass my email to ur resellers anymore",
        (S,),
    ),
    # --- deletion ---
    ([X], "Indirect: 'wipe me'.", "wipe me", (X,)),
    (
        [X],
        "Delete account and everything attached.",
        "delete my account and everything attached to it",
        (),
    ),
    ([X], "Indirect: 'please forget me'.", "please forget me", (X,)),
    (
        [X],
        "Indirect: 'how do i get rid of my data' - a how-to question expressing deletion intent.",
        "how do i get rid of my data on your side? dont use winguard anymore",
        (X,),
    ),
    (
        [X],
        "Indirect: 'I want off your systems, no trace left'.",
        "I want off your systems. Completely. No trace left.",
        (X,),
    ),
    (
        [X],
        "Indirect: 'make it like I was never a customer'.",
        "I'm done with WinGuard. Make it like I was never a customer.",
        (X,),
    ),
    (
        [X],
        "Indirect: question whether they can stop having any records about him after a trial.",
        "Is it possible for you guys to not have any records about me anymore? I only used the trial once",
        (X,),
    ),
    ([X], "Indirect: 'nuke my profile'.", "nuke my profile pls", (X,)),
    (
        [X],
        "Indirect: Japanese writer, 'throw away my information'.",
        "I would like you to throw away my information. I don't use the software anymore.",
        (X,),
    ),
    (
        [X],
        "Indirect: 'scrub my email and phone from ur database'.",
        "can u scrub my email and phone from ur database",
        (X,),
    ),
    # --- multi-intent ---
    (
        [D, X],
        "Indirect: 'what do you have on me' then 'delete it' = disclosure then deletion.",
        "what do you have on me? and then delete it",
        (D,),
    ),
    (
        [C, S],
        "New address (correction) and stop promo mail (suspension).",
        "update my address to 5-1 Minami-cho, Fuchu-shi and stop sending me promo stuff",
        (),
    ),
    (
        [X, K],
        "Suspected leak via a WinGuard-only alias (complaint) + delete everything.",
        "you leaked my email didn't you. getting spam addressed to the alias I ONLY used for winguard. delete everything",
        (),
    ),
    (
        [S, K, D],
        "Ads after opting out (complaint), 'stop it' (suspension), 'tell me what you're holding on me' (disclosure).",
        "still getting ads after I opted out 2 weeks ago. stop it and tell me what youre holding on me",
        (D,),
    ),
    (
        [C, S],
        "Fix name spelling (correction) + no offer emails (suspension).",
        "fix my name (Aoife not Aiofe) and dont email me offers",
        (S,),
    ),
    (
        [D, X],
        "Indirect: send data, then 'make it all disappear' = disclosure + deletion.",
        "send me my data first, then make it all disappear",
        (X,),
    ),
    (
        [X, K],
        "Earlier deletion request ignored, account still there: renewed deletion + complaint.",
        "asked u to delete my account a month ago, its still there. wtf",
        (),
    ),
    (
        [S, X],
        "Stop sharing with marketing partners (suspension) + delete what was already sent (deletion).",
        "stop sharing my info with your marketing partners, and delete whatever you've already sent them",
        (),
    ),
    (
        [S, D],
        "Indirect: no ads use (suspension) + 'what do you have on me' (disclosure).",
        "don't use my data for ads. also what do you actually have on me?",
        (D,),
    ),
    (
        [X, K],
        "Grievance about holding an unprovided DOB + 'remove it'.",
        "why do you even have my date of birth?? I never gave it to you. remove it",
        (),
    ),
    (
        [C, K],
        "Email change ignored since January (complaint) + 'update it' (correction).",
        "my old email still gets your mails, I told you it changed in january. update it FFS",
        (),
    ),
    (
        [X, K],
        "Indirect: name + licence key in a public forum thread support replied to (complaint); 'take it down' and delete data.",
        "I found my full name + licence key in a public forum thread your support replied to. take it down and delete my data. not impressed",
        (X,),
    ),
    (
        [C, S],
        "Indirect: new surname after marriage (correction) + stop SMS promotions (suspension).",
        "New surname after marriage: Inoue (was Kato). Also please stop the SMS promotions.",
        (C,),
    ),
    (
        [D, C],
        "Indirect: show what is stored, then correct whatever is outdated after two moves.",
        "pls show me what you store, then correct whatever's outdated - I've moved twice since I signed up",
        (C,),
    ),
    (
        [S, K],
        "Indirect: stop upgrade sales calls (suspension); 'said no 3 times' = grievance about ignored refusals (complaint).",
        "stop calling me about upgrades. I've said no 3 times already",
        (S,),
    ),
    # --- complaint only ---
    (
        [K],
        "Complaint: sales rep had a personal mobile number he never provided.",
        "Why did your sales guy have my personal mobile? I never gave it to you. Not ok.",
        (),
    ),
    (
        [K],
        "Complaint: support sent her ticket with home address to another customer.",
        "your support sent my ticket w/ my home address to some other customer. great job 👏",
        (),
    ),
    (
        [K],
        "Complaint: opt-out ignored twice; no new request made.",
        "really unhappy that my opt-out got ignored twice. whats the point of the button",
        (),
    ),
    (
        [K],
        "Complaint: privacy desk slow and answered with a policy copy-paste (past, no new request).",
        "your privacy desk took 2 months to answer me and the answer was a copy-paste of the policy. appalling",
        (),
    ),
    # --- negation / scope traps ---
    (
        [D],
        "Negation trap: 'don't delete anything', just tell what is stored.",
        "don't delete anything! just tell me what you store",
        (),
    ),
    (
        [S],
        "Negation trap: does not want the account closed, only marketing emails stopped.",
        "I don't want to close the account, just stop the marketing emails",
        (),
    ),
    (
        [C],
        "Negation trap: no deletion wanted, only fix first-name spelling.",
        "no need to delete my data, only fix the spelling of my first name: Ngozi (not Ngoxi)",
        (),
    ),
    (
        [S],
        "Negation trap: 'not asking for erasure', wants third-party sharing stopped.",
        "not asking for erasure. I just want you to stop sharing my info with third parties",
        (),
    ),
    (
        [C],
        "Negation trap: 'keep my data, I'm not leaving', update phone number.",
        "keep my data, I'm not leaving 😅 just update my phone to 080-2231-7765",
        (),
    ),
    (
        [X],
        "Negation trap: copy of data explicitly not wanted; only deletion.",
        "I don't need a copy of anything, just delete my account and data",
        (),
    ),
    (
        [C],
        "Negation trap: 'don't stop the emails', just the address changed (correction).",
        "don't stop the emails, I actually like them lol. but my address changed to priya.n@example.net",
        (),
    ),
    (
        [D],
        "Negation trap: nothing to change or delete, only wants to see the info.",
        "I don't need anything changed or deleted. I only want to see the info you have on me",
        (),
    ),
    (
        [D],
        "Negation trap: 'not unsubscribing', only wants to know who details were shared with (provision records).",
        "not unsubscribing or anything, i only want to know who you've shared my details with",
        (),
    ),
    (
        [S],
        "Negation trap: stop newsletter but DON'T delete the account.",
        "pls stop the newsletter but DON'T delete my account, I still use winguard",
        (),
    ),
    (
        [Q],
        "Negation trap: hypothetical 'if I asked you to delete my data' - asks about consequences only (inquiry).",
        "Hypothetically, if I asked you to delete my data, would my licence stop working?",
        (),
    ),
    (
        [D],
        "Negation trap: 'not asking you to stop anything', asks what her purchase history is used for (how own data is used).",
        "I'm not asking you to stop anything - just, what do you use my purchase history for?",
        (D,),
    ),
    # --- inquiry ---
    ([Q], "Cookie question about the website.", "what cookies does your website use?", ()),
    ([Q], "Log retention question.", "how long do u keep logs", ()),
    (
        [Q],
        "Sharing with parent company (practice question).",
        "do you share customer data with your parent company?",
        (),
    ),
    (
        [Q],
        "Data location question.",
        "where are your servers? is data kept in japan or overseas",
        (),
    ),
    ([Q], "Privacy contact point question.", "who do I contact for privacy stuff?", ()),
    (
        [Q],
        "Whether files are uploaded to the cloud (collection practice).",
        "does winguard upload my files to the cloud?",
        (),
    ),
    ([Q], "Purpose of collecting device IDs.", "what do you collect device IDs for?", ()),
    ([Q], "Whether customer data trains AI.", "do you use customer data to train AI?", ()),
    (
        [Q],
        "Trap: 'do you sell data to advertisers?' is a question, not a do-not-sell request.",
        "just curious, do you sell data to advertisers?",
        (),
    ),
    # --- other / decoys ---
    ([O], "Decoy: delete a scheduled scan.", "how do i delete a scheduled scan", ()),
    (
        [O],
        "Decoy: export button on reports page.",
        "export button greyed out on the reports page, why",
        (),
    ),
    (
        [O],
        "Decoy: stop auto update (bandwidth).",
        "stop the auto update, its eating my bandwidth on tethering",
        (),
    ),
    (
        [O],
        "Decoy: remove a stolen laptop from the console.",
        "how to remove a device from the console? laptop got stolen",
        (),
    ),
    ([O], "Decoy: change plan.", "change my plan to the family pack pls", ()),
    ([O], "Decoy: 'update failed' error.", "update failed: error 0x80070005", ()),
    ([O], "Decoy: opt in to beta channel.", "how do I opt in to the beta channel?", ()),
    (
        [O],
        "Decoy: delete quarantined files setting.",
        "where's the setting to delete quarantined files older than 30 days",
        (),
    ),
    (
        [O],
        "Decoy: product deleted game saves (false positive); product complaint, not personal data.",
        "ur product deleted my game saves as a 'virus'. thanks for nothing",
        (),
    ),
    (
        [Q],
        "Question whether the VPN feature logs visited sites (logging practice); no request.",
        "if i turn on the winguard vpn do you guys log what sites i visit or nah",
        (),
    ),
    ([O], "Billing: double charge refund.", "refund pls, got charged twice this month", ()),
    ([O], "Greeting only.", "hi", ()),
    (
        [O],
        "Decoy: change the app language.",
        "can I change the app language to English? everything's in Japanese",
        (),
    ),
    (
        [O],
        "Decoy: 'wipe' a USB stick with a shredder feature.",
        "does WinGuard have a file shredder? need to wipe a usb stick properly before selling it",
        (),
    ),
    ([O], "Decoy: stop WinGuard blocking Chrome.", "how do i stop winguard blocking chrome", ()),
    (
        [O],
        "Password reset mail not arriving (account access, not privacy).",
        "forgot my password and the reset mail never arrives",
        (),
    ),
    (
        [O],
        "Decoy: how to remove an old admin from the tenant (console how-to).",
        "how do I remove an old admin from our tenant? cant find the button anywhere",
        (),
    ),
    (
        [O],
        "Decoy: spam with 'Reply STOP to opt out'.",
        "CONGRATULATIONS!! You have been selected for a $500 gift card. Claim now at prize-claim.example.net - Reply STOP to opt out",
        (),
    ),
    (
        [O],
        "Decoy: re-issue invoice with the company name for expenses.",
        "can you reissue my invoice with our company name Lumen KK on it? accountant needs it for expenses",
        (),
    ),
    ([O], "Thanks message.", "thx, it works now 👍", ()),
]

# ---------------------------------------------------------------------------
# Email building
# ---------------------------------------------------------------------------

TZS = [dt.timezone(dt.timedelta(hours=h)) for h in (0, 1, 9, -5, -8, 2, 9, 0, 10, -4)]
MAILERS = [
    None,
    "Microsoft Outlook 16.0",
    "Apple Mail (2.3774.500.171.1.1)",
    None,
    "Mozilla Thunderbird 115.10.1",
    None,
    "iPhone Mail (21F90)",
]


def wrap(text: str, width: int = 76) -> str:
    """Wrap long lines (not quoted, list or indented lines) at `width`."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((">", " ")):
            out.append(line)
            continue
        indent = ""
        for bullet in ("- ", "1. ", "2. ", "3. ", "a) ", "b) ", "c) ", "1) ", "2) "):
            if line.startswith(bullet):
                indent = " " * len(bullet)
                break
        out.append(
            textwrap.fill(
                line,
                width,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out)


def to_html(text: str) -> str:
    """Render plain text as simple mail-client HTML (quotes become blockquote)."""
    blocks, cur, quoted = [], [], []

    def flush():
        if cur:
            blocks.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in cur) + "</p>")
            cur.clear()
        if quoted:
            inner = "<br>\n".join(html.escape(l[1:].lstrip(), quote=False) for l in quoted)
            blocks.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                'padding-left:1ex">' + inner + "</blockquote>"
            )
            quoted.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            if cur:
                blocks.append(
                    "<p>" + "<br>\n".join(html.escape(l, quote=False) for l in cur) + "</p>"
                )
                cur.clear()
            quoted.append(line)
        elif not line.strip():
            flush()
        else:
            if quoted:
                flush()
            cur.append(line)
    flush()
    body = "\n".join(blocks)
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        f"{body}\n</body>\n</html>\n"
    )


def compose_text(item: dict, wrapped: bool = True) -> str:
    w = wrap if wrapped else (lambda t: t)
    text = w(item["body"].rstrip("\n")) + "\n"
    if item.get("quote"):
        text += "\n" + w(item["quote"].rstrip("\n")) + "\n"
    if item.get("disc"):
        text += "\n" + w(item["disc"]) + "\n"
    return text


def base_headers(msg: EmailMessage, item: dict, num: int, idx: int) -> None:
    tz = dt.timezone(dt.timedelta(hours=9)) if item["addr"].endswith(".jp") else TZS[idx % len(TZS)]
    if "date" in item:  # dates the text refers to must make sense
        date = dt.datetime(*item["date"], tzinfo=tz)
    else:
        date = dt.datetime(2024, 3, 4, 8, 15, tzinfo=tz) + dt.timedelta(
            days=idx * 2, hours=idx % 9, minutes=idx * 7 % 60
        )
    domain = item["addr"].split("@", 1)[1]
    digest = hashlib.sha1(f"{PREFIX}{idx}{item['subject']}".encode()).hexdigest()[:12]
    msg["Return-Path"] = f"<{item['addr']}>"
    msg["Received"] = (
        f"from mail.{domain} (mail.{domain} [198.51.100.{10 + idx}]) "
        "by mx.win-techno.com with ESMTPS; " + format_datetime(date + dt.timedelta(seconds=4))
    )
    msg["From"] = formataddr((item["name"], item["addr"]))
    msg["To"] = SUPPORT_HDR if idx % 3 else SUPPORT
    msg["Subject"] = item["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{date:%Y%m%d%H%M%S}.{digest}@{domain}>"
    if item["subject"].lower().startswith("re:") and not item.get("kind"):
        ref = f"<wt-{digest[:8]}@win-techno.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    mailer = MAILERS[idx % len(MAILERS)]
    if mailer and not item.get("kind"):
        msg["X-Mailer"] = mailer
    for k, v in item.get("extra", {}).items():
        msg[k] = v


def fix_boundaries(msg: EmailMessage, idx: int) -> None:
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{PREFIX}{idx:03d}_{n:02d}_WT")
            n += 1
        if part is not msg:
            del part["MIME-Version"]


def build_email(item: dict, num: int, idx: int) -> bytes:
    if item.get("kind") == "bounce":
        return bounce_bytes(num, idx)
    fmt = item.get("fmt", "plain")
    text = compose_text(item)
    msg = EmailMessage()
    base_headers(msg, item, num, idx)
    if fmt in ("plain", "crlf"):
        msg.set_content(text, charset="us-ascii", cte="7bit")
    elif fmt == "qp":
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(text, charset="utf-8", cte="base64")
    elif fmt == "latin1":
        msg.set_content(text, charset="iso-8859-1", cte="quoted-printable")
    elif fmt == "cp1252":
        msg.set_content(text, charset="windows-1252", cte="quoted-printable")
    elif fmt == "alt":
        cte = "7bit" if text.isascii() else "quoted-printable"
        msg.set_content(text, charset="us-ascii" if text.isascii() else "utf-8", cte=cte)
        msg.add_alternative(
            to_html(compose_text(item, False)),
            subtype="html",
            charset="utf-8",
            cte="quoted-printable",
        )
    elif fmt == "html":
        msg.set_content(
            to_html(compose_text(item, False)),
            subtype="html",
            charset="utf-8",
            cte="quoted-printable",
        )
    elif fmt == "mixed":
        msg.set_content(text, charset="us-ascii", cte="7bit")
        fname, content = item["attach"]
        msg.add_attachment(content, subtype="plain", charset="utf-8", filename=fname, cte="base64")
    else:
        raise ValueError(fmt)
    fix_boundaries(msg, idx)
    if fmt == "crlf":
        return msg.as_bytes(policy=policy.default.clone(linesep="\r\n"))
    return msg.as_bytes(policy=policy.default)


def bounce_bytes(num: int, idx: int) -> bytes:
    b = f"7F1A2C0{idx:03d}.1718593964/mx1.example.net"
    original = f"""\
Return-Path: <support@win-techno.com>
Received: from mx.win-techno.com (mx.win-techno.com [203.0.113.25])
	by mx1.example.net (Postfix) with ESMTPS id 7F1A2C0{idx:03d}
	for <a.nolan@example.net>; Mon, 17 Jun 2024 03:12:43 +0000 (UTC)
From: Win Techno Privacy Desk <support@win-techno.com>
To: Aoife Nolan <a.nolan@example.net>
Subject: [WT-Privacy] Your request for correction of personal data has been completed
Date: Mon, 17 Jun 2024 12:12:40 +0900
Message-ID: <wt-privacy-8823.20240617@win-techno.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear Ms Nolan,

We have corrected the registered name and postal address on your
WinGuard account as requested. If any other information we hold about
you is inaccurate, or if you would like it deleted, please reply to
this message.

Win Techno Inc. Privacy Desk
"""
    raw = f"""\
Return-Path: <>
Received: by mx1.example.net (Postfix)
	id 7F1A2C0{idx:03d}; Mon, 17 Jun 2024 03:12:44 +0000 (UTC)
Date: Mon, 17 Jun 2024 03:12:44 +0000 (UTC)
From: MAILER-DAEMON@mx1.example.net (Mail Delivery System)
To: support@win-techno.com
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
Message-Id: <20240617031244.7F1A2C0{idx:03d}@mx1.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
Content-Transfer-Encoding: 7bit

This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<a.nolan@example.net>: host mail.example.net[192.0.2.40] said: 550 5.1.1
    <a.nolan@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.net
X-Postfix-Queue-ID: 7F1A2C0{idx:03d}
X-Postfix-Sender: rfc822; support@win-techno.com
Arrival-Date: Mon, 17 Jun 2024 03:12:43 +0000 (UTC)

Final-Recipient: rfc822; a.nolan@example.net
Original-Recipient: rfc822;a.nolan@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.example.net
Diagnostic-Code: smtp; 550 5.1.1 <a.nolan@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table

--{b}
Content-Description: Undelivered Message
Content-Type: message/rfc822

{original}
--{b}--
"""
    return raw.encode("ascii")


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def check_items() -> None:
    for item in EMAILS:
        assert all(k in KINDS for k in item["kinds"]), item["subject"]
        if not item.get("kind"):
            assert item["kinds"], item["subject"]
        if item.get("fmt", "plain") in ("plain", "crlf", "mixed"):
            assert compose_text(item).isascii(), item["subject"]
    for kinds, _note, text, _ in CHATS:
        assert kinds and all(k in KINDS for k in kinds), text
        assert not ({"other", "inquiry"} & set(kinds)) or len(kinds) == 1, text


def main() -> None:
    check_items()
    (HERE / "email").mkdir(exist_ok=True)
    (HERE / "chat").mkdir(exist_ok=True)
    for old in list((HERE / "email").glob(f"{PREFIX}*.eml")) + list(
        (HERE / "chat").glob(f"{PREFIX}*.txt")
    ):
        old.unlink()

    emails = list(enumerate(EMAILS))
    random.Random(20240611).shuffle(emails)
    chats = list(enumerate(CHATS))
    random.Random(20240612).shuffle(chats)

    labels = []
    stats = {"email": Counter(), "chat": Counter()}
    ind = Counter()
    num = 0
    for idx, item in emails:
        num += 1
        name = f"email/{PREFIX}{num:03d}.eml"
        (HERE / name).write_bytes(build_email(item, num, idx))
        kind = item.get("kind", "")
        labels.append(
            {
                "file": name,
                "channel": "email",
                "language": "en",
                "kinds": item["kinds"],
                "auto_reply": kind.startswith("auto"),
                "bounce": kind == "bounce",
                "note": item["note"],
            }
        )
        for r in item.get("ind", ()):
            ind[r] += 1
    for _idx, (kinds, note, text, indirect) in chats:
        num += 1
        name = f"chat/{PREFIX}{num:03d}.txt"
        (HERE / name).write_text(text.strip("\n") + "\n", encoding="utf-8")
        labels.append(
            {
                "file": name,
                "channel": "chat",
                "language": "en",
                "kinds": kinds,
                "auto_reply": False,
                "bounce": False,
                "note": note,
            }
        )
        for r in indirect:
            ind[r] += 1
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    for lab in labels:
        st = stats[lab["channel"]]
        st["items"] += 1
        for k in lab["kinds"]:
            st[k] += 1
        if len(lab["kinds"]) > 1:
            st["multi-intent"] += 1
        if lab["note"].startswith("Negation trap"):
            st["negation/scope traps"] += 1
        if lab["note"].startswith("Decoy:"):
            st["decoys"] += 1
        st["auto-replies"] += lab["auto_reply"]
        st["bounces"] += lab["bounce"]
    rows = [
        "items",
        *RIGHTS,
        "complaint",
        "inquiry",
        "other",
        "multi-intent",
        "negation/scope traps",
        "decoys",
        "auto-replies",
        "bounces",
    ]
    print("| kind | email | chat | total |\n|---|---:|---:|---:|")
    for r in rows:
        e, c = stats["email"][r], stats["chat"][r]
        print(f"| {r} | {e} | {c} | {e + c} |")
    print("indirect phrasings per right:", dict(ind))


if __name__ == "__main__":
    main()
