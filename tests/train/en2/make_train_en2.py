#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Generate the English persona-first training set tests/train/en2.

Writes email/sNNN.eml (60 items, s001-s060), chat/sNNN.txt (90 items,
s061-s150) and labels.jsonl. Standard library only; output is deterministic.
Run:  python3 make_train_en2.py
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "s"
SUPPORT = "Win Techno Support <support@win-techno.com>"
EMAIL_SEED = 20250611
CHAT_SEED = 20250612

D, C, S, X, P, I, O = (
    "disclosure",
    "correction",
    "suspension",
    "deletion",
    "complaint",
    "inquiry",
    "other",
)


def E(kinds, note, name, addr, subject, body, **kw):
    item = {
        "kinds": kinds,
        "note": note,
        "name": name,
        "addr": addr,
        "subject": subject,
        "body": body,
    }
    item.update(kw)
    return item


# ---------------------------------------------------------------------------
# EMAILS (customer text is what gets labelled; quoted blocks are context only)
# ---------------------------------------------------------------------------

EMAILS = [
    # Retired schoolmistress, formal letter, has moved house.
    E(
        [C],
        "Indirect: retired teacher announces a move and gives her new postal address; asks that records be amended (correction).",
        "Margaret Ashworth",
        "m.ashworth1951@example.org",
        "Notification",
        """Dear Sir or Madam,

I write to let you know that, after forty-one years in the same house, I have finally given in to my children's gentle nagging and moved to a smaller place nearer to them. My grandson installed your WinGuard programme on my computer two years ago and I believe the account is in my name.

My new address is:

Flat 3, Rosemount Court
17 Abbey Lane
Ludlow SY8 4QT

The old address at Hawthorn Cottage should no longer be used, as I am sure the new owners will not thank you for my post. I should be grateful if you would amend your records accordingly.

I remain, yours faithfully,

Mrs Margaret Ashworth
(retired schoolmistress)
""",
        tz=0,
    ),
    # Whole request in the subject line.
    E(
        [X],
        "Whole deletion request is in the subject line; the body only says thanks.",
        "Julien Moreau",
        "jmoreau.home@example.net",
        "Please delete my WinGuard account and all data linked to it - j.moreau",
        """thanks

Sent from my iPhone
""",
        tz=1,
        cs="utf-8",
        cte="quoted-printable",
    ),
    # Indian professional, "kindly do the needful", "please revert".
    E(
        [D],
        "Indirect: 'kindly do the needful and share me the complete details of my personal information' plus purpose of use = disclosure.",
        "Ramesh Venkataraman",
        "ramesh.v@example.net",
        "Regarding my personal data - Kind attention Privacy Team",
        """Dear Sir/Madam,

Greetings of the day!

I am using WinGuard Cloud since 2021 under the email id ramesh.v@example.net (licence no. WGC-44817-IN). Recently I came to know from one news article that software companies are keeping lots of information about the users without their knowledge.

In this regard, kindly do the needful and share me the complete details of my personal information which is stored in your systems, including for what purpose the same is being utilised.

Please revert at the earliest.

Thanks & Regards,
Ramesh Venkataraman
Senior Accounts Executive
Sai Kripa Traders, Pune
Mob: +91 98200 10457
""",
        tz=5.5,
        fmt="alt",
        mailer="Microsoft Outlook 16.0",
    ),
    # Law firm acting for client: disclosure + stop marketing / third-party provision. Textbook.
    E(
        [D, S],
        "Lawyer for a client (textbook wording): disclosure of all data incl. purposes and third-party provision records, and cessation of marketing use and provision to third parties.",
        "Daniel Crane",
        "dcrane@hollis-crane.example.com",
        "Our client: Ms Priya Natarajan - request under the Act on the Protection of Personal Information",
        """Dear Sirs,

Our client: Ms Priya Natarajan
Your customer reference: WG-FAM-0093315

We act for Ms Priya Natarajan of 42 Kingsley Gardens, Reading RG1 7HL, who holds a WinGuard Family subscription with your company. A signed letter of authority from our client is available on request.

On our client's instructions we request that you:

1. disclose to us all personal information you hold concerning our client, together with the purposes for which it is used and any records of its provision to third parties, including resellers, distributors and affiliated companies; and

2. cease, with immediate effect, all use of our client's personal information for direct marketing purposes, and any further provision of it to third parties.

We look forward to receiving your response within the period prescribed by the applicable legislation.

Yours faithfully,

Daniel Crane
Partner
Hollis & Crane LLP
8 Market Street, Reading RG1 2AA

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this email from your system. You must not copy, distribute or rely on its contents.
""",
        tz=0,
        fmt="alt",
    ),
    # Furious customer after breach headline.
    E(
        [D, X, P],
        "Angry customer after a breach headline: complaint, wants to know exactly what data was held (disclosure), then wants all of it erased (deletion).",
        "Tom Kessler",
        "tkessler@example.com",
        "WTF - your breach",
        """I just saw on TechWire that Win Techno "exposed customer records" through some misconfigured server. Great. A SECURITY company. You had one job.

I have been paying you for 4 years. I want to know exactly what you had on me — name, address, card details, whatever — because I need to know what I'm dealing with here. Then I want all of it gone from your systems. Not archived, not "anonymised", gone.

And don't send me a form letter.

Tom Kessler
""",
        tz=-5,
        cs="utf-8",
        cte="quoted-printable",
    ),
    # Small-business owner: licence seat reassignment (decoy).
    E(
        [O],
        "Decoy: dental practice manager wants a departed employee removed from the admin console and her licence seat moved to a new hire; account administration, not a personal-data request.",
        "Sandra Ojukwu",
        "sandra@ojukwudental.example.com",
        "Staff account - Karen left",
        """Hi,

We run 6 seats of WinGuard Business for the practice. Our hygienist Karen Lee left us last Friday. Can you take her off our admin console and move her seat over to our new receptionist, Tomasz (tomasz@ojukwudental.example.com)? I can't find where to do that in the console - the "Users" page only lets me disable people, not swap them.

Also, will we be charged for Karen's seat for the rest of the month?

Thanks,
Sandra Ojukwu
Practice Manager
Ojukwu Family Dental
""",
        tz=0,
    ),
    # Small-business owner relays ex-employee's wish (deletion).
    E(
        [X],
        "Indirect: business owner relays a former employee's wish that his details not be kept and asks Win Techno to remove them from its end = deletion on the employee's behalf.",
        "Gareth Pryce",
        "gareth@pryce-joinery.example.com",
        "Former employee - data",
        """Hello,

Bit of an odd one. One of my lads, Connor Walsh, left us in the spring and has now asked me (by text, quite politely) to make sure his details aren't kept anywhere connected to the business. He was set up as a user on our WinGuard account with his own email and mobile number so he could get the alerts on his phone when he was on call.

I've already disabled him on our side but I gather you keep a copy of user details too. Could you remove his details from your end as well? His email was connor.walsh@example.net. Happy to forward his text if you need proof he asked.

Cheers
Gareth Pryce
Pryce Joinery Ltd
""",
        tz=0,
    ),
    # German ESL.
    E(
        [S],
        "German writer ('I want that you stop to send me this advertising'): stop marketing use = suspension. He keeps the licence.",
        "Jürgen Brandt",
        "j.brandt@example.net",
        "Newsletter",
        """Dear ladies and gentlemen,

since some weeks I become every Tuesday your newsletter with offers. I do not remember that I have ordered this, maybe I clicked it with the purchase of one licence for WinGuard in the year 2023.

I want that you stop to send me this advertising. The licence I want to keep, it functions well.

With friendly greetings
Jürgen Brandt
Osnabrück
""",
        tz=1,
        cs="utf-8",
        cte="quoted-printable",
    ),
    # Japanese ESL.
    E(
        [D],
        "Japanese writer in English: 'please let me confirm about my personal information which your company is keeping', items held and whether provided to other companies = disclosure.",
        "Kenji Moriyama",
        "k.moriyama@example.jp",
        "Inquiry about my personal information",
        """Dear Sir,

I am Kenji Moriyama. I am using WinGuard for my private PC since 2022.

Please let me confirm about my personal information which your company is keeping.
Concretely, I would like to know what kind of items (name, address, telephone number, etc.) are registered, and please teach me if you have provided them to other company.

I am sorry for my poor English.

Best regards,
Kenji Moriyama
""",
        tz=9,
    ),
    # Filipino, new married name.
    E(
        [C],
        "Indirect: recently married, asks if the name on the account can be changed to her married name = correction.",
        "Maricel Santos",
        "maricel.dcsantos@example.com",
        "Update po",
        """Good day po!

I hope this email finds you well. I just want to ask if it's possible to change the name in my WinGuard account? I got married last month (yey!) so I am now Maricel Santos, before I was Maricel Dela Cruz. My invoices are still coming in my maiden name and our office is asking for receipts under my new name for the reimbursement.

I can send a copy of our marriage certificate if needed po, just let me know.

Thank you so much and God bless!
Maricel
""",
        tz=8,
        fmt="alt",
        mailer="YahooMailAndroid",
    ),
    # Reply on top of a renewal thread; new text: stop sharing with resellers + complaint.
    E(
        [S, P],
        "Top-posted reply to a billing thread (quoted text ignored): unsolicited call from a 'partner' that knew his details -> asks to stop passing data to resellers (suspension) and expresses grievance (complaint).",
        "Rob Hadley",
        "rob.hadley@example.org",
        "Re: [WT-30921] Licence renewal failed",
        """Thanks Aiko, the renewal went through this time.

Unrelated, but since I have you: on Monday I got a call from a company called "NetSure Solutions" saying they're a WinGuard partner and my licence was about to expire. They knew my name, my mobile and which product I had. I never gave them any of that, so it must have come from you. Please stop passing my details to resellers or whoever they are. I really don't appreciate being cold-called.

Rob

On Thu, 13 Mar 2025 at 10:02, Win Techno Support <support@win-techno.com> wrote:
> Dear Mr Hadley,
>
> Thank you for contacting Win Techno support. The renewal failed because the
> card on file had expired. Please update the payment method in the console
> under Billing > Payment methods and try again.
>
> Kind regards,
> Aiko Tanaka
> Win Techno Customer Support
""",
        tz=0,
        when=(2025, 3, 18, 19, 41),
        reply=True,
    ),
    # Decoy: duplicate invoice.
    E(
        [O],
        "Decoy: 'delete/void the duplicate' refers to an invoice, not personal data.",
        "Linda Park",
        "ap@meridian-freight.example.com",
        "Duplicate invoice INV-2025-10388 - please delete",
        """Hello,

Our AP system shows two invoices for the same renewal (INV-2025-10388 and INV-2025-10391), both for 25 seats of WinGuard Business, dated 3 February. I think the second one was generated when our first card payment attempt failed.

Can you delete/void the duplicate and confirm which one we should pay? We don't want to pay twice.

Regards,
Linda Park
Accounts Payable
Meridian Freight Co.
""",
        tz=-8,
        when=(2025, 2, 10, 13, 22),
    ),
    # Decoy: export scan results.
    E(
        [O],
        "Decoy: exporting scan results for an audit is a product feature question.",
        "Priyanka Rao",
        "priyanka.rao@lumen-foods.example.com",
        "Export scan results for audit",
        """Hi team,

Our external auditor wants a record of the last 90 days of scan results for all endpoints. Is there a way to export them from the management console to CSV or PDF? I only see the last 30 days in the dashboard.

We're on WinGuard Cloud Enterprise, tenant ID lumenfoods-01.

Thanks,
Priyanka Rao
IT Operations | Lumen Foods

CONFIDENTIALITY NOTICE: This message is intended only for the named recipient. If you have received it in error, please delete it and notify the sender.
""",
        tz=-5,
        fmt="alt",
        mailer="Microsoft Outlook 16.0",
    ),
    # Decoy: stop auto-update.
    E(
        [O],
        "Decoy: 'stop automatic updates' is about product behaviour, not use of personal data.",
        "Felix Hartmann",
        "f.hartmann@chem.example.org",
        "How to stop automatic updates?",
        """Hi,

Last Wednesday's definition update rebooted three of our lab machines in the middle of a 14-hour simulation run. Is there a policy setting to stop automatic updates, or at least to stop the forced reboot, on a group of machines? I'd rather schedule them myself over the weekend.

Best,
Dr. Felix Hartmann
Computational Chemistry Group
""",
        tz=1,
    ),
    # Inquiry: cookies.
    E(
        [I],
        "General question about which cookies the website sets and whether third-party ad cookies are used; no request about her own data.",
        "Nadia Haddad",
        "nadia.h@example.com",
        "Cookie question",
        """Hello,

I was on your website earlier today and the cookie banner only has an "Accept all" button. Which cookies do you actually set, and are any of them from third-party advertising networks? Is there a way to refuse the non-essential ones?

Thanks,
Nadia
""",
        tz=2,
    ),
    # DP consultant vendor questionnaire.
    E(
        [I],
        "Data-protection consultant's vendor questionnaire: storage location, sub-processors, retention, transfers, contact point; explicitly no request about individuals.",
        "Ingrid Solberg",
        "ingrid@solberg-privacy.example.net",
        "Vendor due diligence questionnaire - WinGuard Cloud",
        """Dear Win Techno privacy team,

I am a data protection consultant assisting Halvorsen Maritime AS with a review of their IT suppliers. Before they renew WinGuard Cloud, I would be grateful for short answers to the following:

1. In which countries is customer and endpoint telemetry data stored and processed?
2. Do you rely on sub-processors, and is a list available?
3. What is the retention period for scan logs and quarantine metadata?
4. What safeguards apply to transfers of data from the EEA to Japan?
5. Who is your designated contact for personal information matters?

We do not need anything about individual employees at this stage; general answers are fine.

Kind regards,
Ingrid Solberg
Solberg Privacy Advisory
""",
        tz=1,
        fmt="alt",
    ),
    # Inquiry: browser extension data and retention.
    E(
        [I],
        "Asks what the browser extension sends and how long it is kept before recommending it; general practice question.",
        "Charlotte Dupuis",
        "charlotte.dupuis@example.org",
        "Browser extension data",
        """Hello,

I use the WinGuard Safe Browsing extension in Firefox. Which data does it send to your servers - full URLs or only the domain names? And how long do you keep it?

I'm asking before I recommend it to my parents, who are not very technical.

Many thanks,
Charlotte
""",
        tz=1,
    ),
    # Negation trap: do NOT close, just tell me what you store.
    E(
        [D],
        "Negation trap: explicitly do NOT close/cancel the account; wants a list or copy of what is stored = disclosure only.",
        "Helen Baptiste",
        "helen.baptiste@example.com",
        "Not cancelling!",
        """Hi — before anything else: please do NOT close or cancel my account. Last time I asked a question your colleague started a cancellation and it took me a week to get my licence back.

What I actually want is to know what information you store about me. I've read that security software can see a lot, so I'd like a list or a copy of whatever is linked to my account — contact details, devices, any logs.

Thanks,
Helen
""",
        tz=-4,
        cs="utf-8",
        cte="quoted-printable",
    ),
    # Negation trap: not deleting, fix name spelling.
    E(
        [C],
        "Negation trap: 'not asking you to delete or cancel anything'; wants the spelling of her name corrected = correction.",
        "Siobhan O'Shea",
        "siobhan.oshea@example.com",
        "Name on invoices",
        """Hello,

I'm not asking you to delete or cancel anything - the product is fine. It's just that every invoice arrives addressed to "Siobhan Oshea" and our finance department keeps bouncing them back because it doesn't match my expense profile.

Could you correct the spelling of my name in your records to Siobhan O'Shea (with the apostrophe)?

Siobhan O'Shea
""",
        tz=0,
    ),
    # Long story, deceased father.
    E(
        [X],
        "Long story with the request only at the end: executor asks to close her late father's account and remove his personal details = deletion.",
        "Janet Whitcombe-Hale",
        "janet.wh@example.org",
        "My father's account",
        """Hello,

I'm not sure this is the right address but it's the only one I could find.

My father, Harold Whitcombe, passed away in November. He was 84 and very proud of keeping his own computer "safe from the hackers", which is how he came to buy your software — I think the man at the computer shop in town recommended it. Since then I have been slowly working through all of his accounts: the bank, the pension, the gas, the garden centre loyalty card, his magazine subscriptions. It has been a long few months.

Your renewal reminder arrived at his email this week, which I now look after. I've turned off the auto-renew in his account, but I'd like to do this properly. Please close his account and remove his personal details from your systems. I can provide a copy of the death certificate and proof that I am the executor if you need them.

Thank you for your patience.

Janet Whitcombe-Hale
""",
        tz=0,
        cs="utf-8",
        cte="quoted-printable",
    ),
    # Ignored earlier deletion request.
    E(
        [X, P],
        "Complains that a deletion request from six weeks ago was ignored (marketing still arrives) and repeats the deletion demand.",
        "Maja Lindqvist",
        "maja.lindqvist@example.net",
        "SECOND REQUEST - ticket WT-27740",
        """On 14 January I asked you to delete my account and all my data (ticket WT-27740). I got an automatic acknowledgement and then nothing. Today, six weeks later, I received your "Spring Savings" email addressed to me by name. So clearly nothing has been deleted.

I am not impressed. Please delete my data, properly this time, and confirm in writing when it has been done.

M. Lindqvist
""",
        tz=1,
        when=(2025, 2, 26, 8, 12),
    ),
    # Complaint only: mix-up of customers.
    E(
        [P],
        "Formal complaint: support sent another customer's personal details to him and his to a stranger; asks for an explanation, no data right requested.",
        "Andrew Fenwick",
        "a.fenwick@example.com",
        "Your staff sent my details to someone else",
        """I would like to make a formal complaint.

On Friday I received an email from your support team that was clearly meant for another customer. It contained his name, his home address in Leeds, his licence key and the last four digits of his card. Then this morning a complete stranger rang me to say he had received MY renewal confirmation, with my address on it.

I don't know how your team manages to mix up two customers in both directions, but it is a serious failure in how you handle people's personal information. I would like an explanation of how this happened and what you are doing to stop it happening again.

Andrew Fenwick
""",
        tz=0,
    ),
    # Correction + complaint: name wrong for years.
    E(
        [C, P],
        "Name has been wrong for three years despite repeated requests: asks for correction and expresses frustration about the handling (complaint).",
        "Nguyễn Thị Lan",
        "lan.nguyen.t@example.com",
        "Still wrong",
        """This is the fourth time I am writing about this.

My family name is Nguyễn. My given name is Thị Lan. Your system has me as "Lan Nguyen Thi", as if Thi were part of my surname, and the renewal emails start "Dear Ms Thi". I told your support team in 2022, in 2023, and by phone last year. Every time someone says it is fixed, and every renewal comes with the same mistake.

It is honestly embarrassing for a company to get a customer's name wrong for three years. Please correct it: given name Thị Lan, family name Nguyễn.

Nguyễn Thị Lan
""",
        tz=7,
        cs="utf-8",
        cte="base64",
    ),
    # Suspension: analytics opt-out incl. past data.
    E(
        [S],
        "Wants Win Techno to stop using telemetry already collected for analytics/profiling/model training = suspension; licence stays.",
        "Oskar Lind",
        "oskar@lind-dev.example.net",
        "Opting out of product improvement data",
        """Hi,

I noticed in the WinGuard 9 release notes that the "Help improve WinGuard" programme is now opt-out rather than opt-in. I've switched it off on my machines, but I'd also like you to stop using anything that was collected from my account before I switched it off - for analytics, profiling, model training, whatever it feeds into.

The licence itself can stay as it is.

Thanks,
Oskar Lind
""",
        tz=1,
    ),
    # Sales calls: suspension + complaint.
    E(
        [S, P],
        "Angry about sales calls ('Who gave you my mobile number??' is rhetorical annoyance -> complaint); explicit request to stop using the number for sales = suspension.",
        "Bev Morrison",
        "morrisons.news@example.com",
        "phone calls",
        """Who gave you my mobile number?? I have had three calls this month from your sales people about "upgrading to WinGuard Cloud". I bought ONE copy of your antivirus at a shop in 2022 and I certainly never agreed to sales calls.

Take my number off your call list and stop using it for sales.

Bev Morrison
Morrison's Newsagents
""",
        tz=0,
    ),
    # Inquiry: school.
    E(
        [I],
        "School IT manager asks what student data the product collects, whether it is shared or used for ads, and for a DPA; general practice questions.",
        "Owen Pritchard",
        "o.pritchard@st-aidans.example.org",
        "WinGuard Education - student data",
        """Hello,

We're a secondary school looking at WinGuard Education for around 600 student laptops. Our governors have asked me what, if any, personal data about students WinGuard collects (usernames? browsing history? file names?) and whether any of it is shared with third parties or used for advertising.

Is there a data processing agreement or similar document we could review?

Regards,
Owen Pritchard
Network Manager, St Aidan's School
""",
        tz=0,
        fmt="alt",
    ),
    # Disclosure then deletion, plain.
    E(
        [D, X],
        "Leaving the product: wants a copy of what is held first, then account and data deleted.",
        "Callum Reid",
        "callum.reid@example.net",
        "closing my account",
        """Hi there,

I'm moving everything over to the antivirus that came with my new laptop, so I won't need WinGuard after this month.

Before you close my account, can you send me a copy of what you have on me? I'd like to see it. After that please delete the account and everything on it.

Cheers,
Callum
""",
        tz=0,
    ),
    # Indirect deletion: stuff floating around.
    E(
        [X],
        "Indirect: unused old account, doesn't want 'my stuff floating around', 'can you get rid of it' = deletion.",
        "Dee Lawson",
        "dee.lawson@example.com",
        "old account",
        """hello,

I stopped using WinGuard a couple of years ago when I switched to a Mac. Just got a "we miss you!" email so I guess I still have an account with you. I don't really want my stuff floating around on servers for something I don't use anymore, you know? Can you get rid of it.

thanks
dee
""",
        tz=-7,
    ),
    # How do I get my data deleted?
    E(
        [X],
        "Question 'How do I get the data you have about me deleted' expresses deletion intent (README convention).",
        "Kwame Asante",
        "kwame.asante@example.org",
        "Uninstalled - what about my data?",
        """I uninstalled WinGuard from both my laptops last week. How do I get the data you have about me deleted as well? I couldn't find an option on the website and the uninstaller didn't ask.

Get Outlook for Android
""",
        tz=0,
    ),
    # Hypothetical retention question.
    E(
        [I],
        "Negation trap: conditional question ('if I let the subscription lapse, do you keep my info and for how long?'), explicitly not asking for anything yet = inquiry.",
        "Ahmed Siddiqui",
        "ahmed.siddiqui@example.com",
        "Question before cancelling",
        """Hi,

I'm thinking about not renewing in June. If I let the subscription lapse, what happens to my account information - do you keep it, and for how long?

I'm not asking you to do anything yet, I just want to understand the policy before I decide.

Thanks,
Ahmed
""",
        tz=4,
    ),
    # Negation trap: rather than deleting, stop promos.
    E(
        [S],
        "Negation trap: 'rather than deleting anything' - wants promotional mails stopped = suspension, not deletion.",
        "Viktor Petrov",
        "v.petrov@example.net",
        "Emails",
        """Hi,

My wife says I should just delete my account because of all the promotional emails, but I actually like the product and I need the licence for my work laptop.

Rather than deleting anything, could you simply stop sending me the promotions and "tips & tricks" mails? Renewal notices and security alerts are fine.

Thanks
Viktor Petrov
""",
        tz=2,
    ),
    # Negation trap: no copy needed, just delete.
    E(
        [X],
        "Negation trap: explicitly does not want a copy of the data; wants account and data deleted = deletion only.",
        "Pauline Ashby",
        "pauline.ashby@example.org",
        "Data deletion",
        """Hello,

Your privacy page says I can request a copy of my data before it is deleted. I don't need a copy, thank you - I just want my account and the data attached to it deleted.

Username: mrsgreenfingers

Regards,
Pauline Ashby
""",
        tz=0,
    ),
    # Correction: phone number.
    E(
        [C],
        "Indirect: switched carriers; old number on the account is no longer hers, replace with the new one = correction.",
        "Hannah Lowe",
        "hannah.lowe@example.com",
        "New mobile number",
        """Hi,

I switched carriers and ended up with a new number. The one on my account (ending 3391) isn't mine any more - please replace it with +44 7700 900512 so the two-factor codes come to me and not to whoever has my old number now!

Thanks!
Hannah
""",
        tz=0,
    ),
    # Correction: retiring, email changes. Disclaimer trap.
    E(
        [C],
        "Indirect: retiring, council email will be switched off, 'please use my personal address from now on' = correction. The signature disclaimer's 'delete it' is furniture.",
        "Brian Hollis",
        "brian.hollis@wexbury-council.example.org",
        "Email change - retiring",
        """Hello,

After 32 years at Wexbury Borough Council I am finally retiring at the end of this month, and my council email address (this one) will be switched off on the 30th. I'd hate to miss my renewal notice for WinGuard, which I pay for myself for the home PC.

My personal address is brian.hollis@example.net. Please use that from now on.

Kind regards

Brian Hollis
Senior Planning Officer
Wexbury Borough Council

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it from your system. Wexbury Borough Council accepts no liability for any loss caused by viruses.
""",
        tz=0,
    ),
    # Decoy: change plan.
    E(
        [O],
        "Decoy: 'change my plan' from Personal to Family is a billing/sales question.",
        "Alejandro Ruiz",
        "alejandro.ruiz@example.com",
        "Switching from Personal to Family",
        """Hi,

We just had our second kid and now have five devices in the house. Can I change my plan from WinGuard Personal to Family without losing the remaining 7 months? Do I just pay the difference?

Thanks,
Alejandro Ruiz
""",
        tz=-6,
    ),
    # Decoy: remove stolen laptop from console.
    E(
        [O],
        "Decoy: removing a stolen device from the management console is a product/technical issue.",
        "Grace Whitfield",
        "it@whitfield-architects.example.com",
        "Can't remove device from console",
        """Hi,

I'm trying to remove an old laptop (DESKTOP-8H2KQ) from the management console. It was stolen in March and I wiped it remotely. The "Remove device" button gives error 0x80041 every time.

How do I get rid of it? It's using up one of our seats.

Grace Whitfield
Office & IT Manager
Whitfield Architects
""",
        tz=0,
        when=(2025, 4, 14, 10, 5),
    ),
    # Decoy: angry billing complaint.
    E(
        [O],
        "Decoy: angry complaint about a double charge; billing, not personal information.",
        "Dwight Carlisle",
        "dcarlisle@example.net",
        "CHARGED TWICE AGAIN",
        """I was charged $89.99 twice on March 2 for the same renewal. This is the SECOND time this has happened in two years. Refund the duplicate immediately or I'm disputing it with my bank and cancelling.

Order number WG-US-5582201.

D. Carlisle
""",
        tz=-5,
        when=(2025, 3, 3, 22, 47),
    ),
    # Decoy: outage complaint from MSP.
    E(
        [O],
        "Decoy: MSP complains about a console outage; service quality, not personal information.",
        "Nikhil Bose",
        "nikhil@brightpath-msp.example.com",
        "Cloud console down 3+ hours - unacceptable",
        """Your WinGuard Cloud console has been unreachable since 06:40 UTC. We manage 40 clients through it and I can't push policies or see alerts. Your status page still says "All systems operational", which is frankly insulting.

I need an ETA and an incident report. We pay for the premium SLA.

Nikhil Bose
Operations Lead, BrightPath Managed Services
""",
        tz=0,
        fmt="alt",
    ),
    # GDPR textbook SAR.
    E(
        [D],
        "Textbook subject access request (GDPR Art. 15): copy of data, purposes, recipients, retention, source = disclosure.",
        "Fionnuala Brennan",
        "fionnuala.brennan@example.org",
        "Subject access request - Article 15 GDPR",
        """Dear Data Protection Officer,

I am writing to request access to the personal data that Win Techno Inc. holds about me, as I am entitled to under Article 15 of the General Data Protection Regulation. I am resident in Ireland and purchased WinGuard through your EU web store.

Please provide:
- a copy of my personal data;
- the purposes of the processing;
- the recipients to whom my data has been disclosed;
- the period for which the data will be stored; and
- the source of any data not collected from me.

My account email is the address I am writing from.

Yours sincerely,
Fionnuala Brennan
""",
        tz=0,
        crlf=True,
    ),
    # Portability, scope trap.
    E(
        [D],
        "Negation trap: scope excludes scan reports (a product export he can already do); wants his account data exported machine-readably = disclosure.",
        "Marcus Webb",
        "marcus.webb@example.net",
        "Data export?",
        """Hey,

Is there a way to get an export of my account data - profile, devices, licence history, support tickets - in some machine-readable format (JSON or CSV)? I'm consolidating everything into my own records.

Not the scan reports, I can already export those from the app.

Thanks,
Marcus
""",
        tz=-8,
    ),
    # Third-party provision records.
    E(
        [D],
        "Asks which third parties his details were given to and when = records of third-party provision (disclosure). Tone is neutral, no grievance stated.",
        "Lorraine Achebe",
        "lorraine.achebe@example.com",
        "Partners",
        """Hello,

Since I bought WinGuard last autumn I've started getting emails from two companies describing themselves as "Win Techno partners". Could you tell me which third parties you have given my details to, and when?

Thank you,
Lorraine Achebe
""",
        tz=0,
    ),
    # Suspension: retargeting.
    E(
        [S],
        "Existing customer asks to stop using her data for ad targeting and not to share it with ad networks = suspension (neutral tone).",
        "Yasmin Farouk",
        "yasmin.farouk@example.org",
        "Retargeting ads",
        """Hi,

Since I looked at your pricing page last week I see WinGuard ads on nearly every site I visit. I'm already a customer, so I gather this is retargeting based on my account.

Please stop using my data for ad targeting and don't share my information with advertising networks.

Best,
Yasmin
""",
        tz=1,
        fmt="alt",
        mailer="Apple Mail (2.3774)",
    ),
    # Opted out, still marketing: suspension + complaint.
    E(
        [S, P],
        "Opt-out ignored for two months (complaint); asks again that his details stop being used for marketing = suspension.",
        "Colm Gallagher",
        "colm.gallagher@example.net",
        "Opted out in March - still getting offers",
        """Hi,

On 9 March I unticked every marketing box in my WinGuard account settings and also clicked "unsubscribe" on one of your emails. It's now May and I'm still getting "exclusive offers" two or three times a week, and now a postcard at home as well. Either the opt-out doesn't work or nobody looks at it.

Please stop using my details for marketing - email, post, all of it.

Colm
""",
        tz=0,
        when=(2025, 5, 12, 21, 5),
    ),
    # Disclosure + correction.
    E(
        [D, C],
        "Asks which address and phone are on file (disclosure) and, if not the current address, to update it (correction).",
        "Tariq Hussain",
        "tariq.hussain@example.com",
        "Which address do you have for me?",
        """Hi,

Could you tell me which postal address and phone number you have on my account? I've moved twice in the last three years and I'm honestly not sure which one you've got.

If it isn't 9 Quayside Walk, Bristol BS1 6XJ, please update it to that.

Thanks,
Tariq
""",
        tz=0,
    ),
    # Inquiry: contact point.
    E(
        [I],
        "Procurement asks who is responsible for personal information at Win Techno (contact point); general practice question.",
        "Sophie Brandt-Keller",
        "procurement@alpenwerk.example.com",
        "Privacy contact for vendor register",
        """Good afternoon,

Our procurement policy requires us to record, for every software vendor, the name or department responsible for handling personal information, plus a postal address for formal correspondence.

Could you let me know who that is at Win Techno?

Kind regards,
Sophie Brandt-Keller
Procurement, Alpenwerk GmbH
""",
        tz=1,
    ),
    # Inquiry: purpose of date of birth.
    E(
        [I],
        "Asks why date of birth is collected at registration (purpose of use, general); no request about her own record.",
        "Olivia Chen",
        "olivia.chen@example.net",
        "Why date of birth?",
        """Hi,

I was about to sign up for the free trial and the form asks for my date of birth. Why do you need it for an antivirus program? What is it used for?

Olivia
""",
        tz=-7,
    ),
    # Complaint only: learned from news.
    E(
        [P],
        "Complaint that the customer learned about a data exposure from the news rather than from Win Techno; no right requested ('whether or not my details were in it').",
        "Ruth Adeyemi",
        "r.adeyemi@example.org",
        "Found out from the news",
        """Dear Win Techno,

This morning a colleague sent me an article about a data exposure at Win Techno affecting "a subset of WinGuard Cloud customers". I am a WinGuard Cloud customer. I have not received a single email from you about it. Not one.

Whether or not my details were in it, I find it extraordinary that a security company lets its customers learn about an incident from a news site. I expected far better.

Regards,
Dr. Ruth Adeyemi
""",
        tz=0,
        fmt="alt",
        mailer="Apple Mail (2.3774)",
    ),
    # Reply on top: got the file, now delete. Quoted part is a disclosure reply.
    E(
        [X],
        "Top-posted reply after receiving a disclosure file: new text asks to delete everything and close the account; the quoted disclosure reply is context only.",
        "Sam Oduya",
        "sam.oduya@example.com",
        "RE: Your personal information disclosure request [WT-41120]",
        """Got the file, thanks. That's a lot more than I expected, honestly. Please go ahead and delete all of it and close the account.

Sam

-----Original Message-----
From: Win Techno Support <support@win-techno.com>
Sent: Tuesday, April 8, 2025 3:14 PM
To: Sam Oduya <sam.oduya@example.com>
Subject: Your personal information disclosure request [WT-41120]

Dear Mr Oduya,

As requested, please find attached a copy of the personal information we hold about you, together with the purposes of use and the records of provision to third parties.

If you would like us to correct, stop using or delete any of this information, please reply to this email.

Kind regards,
Win Techno Privacy Desk
""",
        tz=0,
        when=(2025, 4, 9, 7, 50),
        reply=True,
        mailer="Microsoft Outlook 16.0",
    ),
    # Reply: quoted deletion confirmation, new text about invoice (decoy).
    E(
        [O],
        "Decoy: reply to a deletion confirmation; the new text only asks for a VAT invoice. Quoted deletion text does not count.",
        "Agnieszka Kowalski",
        "a.kowalski@example.net",
        "Re: Confirmation: your data has been deleted [WT-39002]",
        """Hi, thanks for confirming.

One last thing - I still need a VAT invoice for my final payment in January, for my tax return. Could you send it to this address?

Agnieszka

On 2 Apr 2025, at 11:20, Win Techno Support <support@win-techno.com> wrote:

> Dear Ms Kowalski,
>
> We confirm that your account and the associated personal data have been
> deleted in accordance with your request. Billing records that we are
> required to keep by law will be retained for the statutory period.
>
> Win Techno Privacy Desk
""",
        tz=1,
        when=(2025, 4, 3, 9, 15),
        reply=True,
    ),
    # Japanese ESL: stop marketing + purpose of use.
    E(
        [S, D],
        "Japanese writer: 'request you to stop the use of my personal information for the purpose of sales promotion' (suspension) and 'inform me for which purposes my personal information is used' (disclosure of use).",
        "Yuki Shimazaki",
        "y.shimazaki@mail.example.jp",
        "Request about my personal information",
        """To whom it may concern,

I am using WinGuard Cloud through my company, but this mail is about my private account (y.shimazaki@mail.example.jp).

Recently I received many direct mails about new products. I would like to request you to stop the use of my personal information for the purpose of sales promotion.

Also, please inform me for which purposes my personal information is used in your company.

Thank you for your kind cooperation.

Yuki Shimazaki
""",
        tz=9,
    ),
    # US attorney, HTML-only: complaint + deletion.
    E(
        [X, P],
        "Attorney letter (HTML-only): complaint about client's data being given to a collection agency in error, and demand to delete all non-required data.",
        "Marisol Vega",
        "mvega@vega-law.example.com",
        "Our client Dwayne Ellis - unauthorized disclosure of personal information",
        """Dear Sir or Madam,

This firm represents Mr. Dwayne Ellis, a WinGuard subscriber since 2019.

On March 3, 2025, a representative of your company informed our client that his name, home address and telephone number had been provided to a collection agency in connection with an invoice which, as your own records show, had been paid in full. Our client has since been contacted by that agency twice.

Our client regards this as a serious mishandling of his personal information and has lost confidence in your company's ability to safeguard it.

We hereby demand that you delete all personal information relating to our client that you are not required by law to retain, and that you provide written confirmation of the deletion, together with an explanation of how this disclosure occurred, within 30 days of this letter.

Very truly yours,

Marisol Vega
Vega & Partners, Attorneys at Law
""",
        tz=-7,
        fmt="html",
        when=(2025, 3, 20, 16, 30),
    ),
    # Teen, phone.
    E(
        [X],
        "Indirect teen phrasing: made an account at 13, doesn't want name etc. on there, 'can u delete it' = deletion.",
        "skaterboi",
        "skaterboi2009@example.com",
        "delete acc",
        """hi so i made an account on ur website when i was like 13 to get the free trial for some minecraft mods lol. i dont use it and i dont want my name n stuff on there. can u delete it pls. email is this one

sent from my iphone
""",
        tz=-5,
        cs="utf-8",
        cte="base64",
    ),
    # Negation trap: not cancelling, remove obsolete second email.
    E(
        [C],
        "Negation trap: not unhappy and does not want to cancel; asks to remove an obsolete second email address (outdated data removed = correction, not deletion of his data).",
        "Richard Baines",
        "richard.baines@example.com",
        "Not cancelling - just a tidy-up",
        """Hello,

To be clear, I'm not unhappy and I don't want to cancel anything.

There are two email addresses on my account. The second one (r.baines@oldfirm.example.com) belonged to my previous employer and no longer exists. Please take it off so nothing gets sent there, and leave everything else as it is.

Richard Baines
""",
        tz=0,
    ),
    # Sales inquiry.
    E(
        [O],
        "Sales request for a 200-seat quote.",
        "Henrik Dahl",
        "henrik.dahl@nordvik-logistics.example.com",
        "Quote request - 200 seats",
        """Hello,

We are evaluating endpoint protection for 200 Windows workstations and 15 servers across three sites. Could you send a quote for WinGuard Cloud Enterprise, including the server add-on and three years of support? We'd also like a trial tenant for two weeks.

Best regards,
Henrik Dahl
IT Procurement, Nordvik Logistics
""",
        tz=1,
        fmt="alt",
    ),
    # HTML-only spam.
    E(
        [O],
        "Decoy: HTML-only B2B spam; its 'unsubscribe' and 'we respect your privacy' text are not a request.",
        "Growth Leads Pro",
        "offers@growthleads.example.org",
        "Boost your pipeline: 50,000 verified IT decision-maker contacts",
        """Hi there,

Are you struggling to reach IT decision-makers? Our 2025 database includes 50,000 verified contacts at companies with 100+ employees: CIOs, CISOs and IT managers across APAC and EMEA.

Get 500 sample records FREE this week only!

Reply YES to claim your sample.

You are receiving this email because you are listed as a business contact. We respect your privacy. To unsubscribe from this list, reply with UNSUBSCRIBE in the subject line.
""",
        tz=-5,
        fmt="html",
    ),
    # Data-protection consultant: correction + suspension, with attached authority.
    E(
        [C, S],
        "Consultant for a client: replace a closed email address and wrong postal address (correction) and stop provision to distributors/marketing partners (suspension).",
        "Elena Moretti",
        "e.moretti@moretti-dpc.example.org",
        "Client instruction: correction of contact details and objection to third-party provision",
        """Dear Sir or Madam,

I write on behalf of my client, Mr Luca Ferraro, who holds a WinGuard Family licence (customer no. 7730-1185). Mr Ferraro's signed letter of authority is attached.

Mr Ferraro has asked me to convey two requests:

(a) The e-mail address on his account, luca.ferraro@oldisp.example.net, was closed in 2024. Please replace it with luca.ferraro@example.org. His postal address should also read Via Garibaldi 21, 10122 Torino, not the Milan address you currently hold.

(b) He does not consent to his data being provided to your regional distributors or marketing partners, and asks that any such provision stop with immediate effect.

Please confirm both points to me in writing.

Yours faithfully,

Elena Moretti
Moretti Data Protection Consulting
""",
        tz=1,
        fmt="mixed",
        when=(2025, 3, 6, 11, 39),
        attach=(
            "letter_of_authority.txt",
            "I, Luca Ferraro, authorise Elena Moretti of Moretti Data Protection Consulting\nto act on my behalf in all matters concerning my personal information held\nby Win Techno Inc.\n\nSigned: L. Ferraro\nDate: 4 March 2025\n",
        ),
    ),
]

AUTO_AND_BOUNCE = [
    dict(
        kind="auto",
        note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to a Win Techno message about a deletion request; the subject keywords are a trap.",
        name="Pieter van Dam",
        addr="p.vandam@example.net",
        subject="Automatic reply: Re: [WT-45817] Your request to delete personal information",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        body="""Thank you for your message.

I am out of the office until Monday 28 April with limited access to email. For urgent matters please contact my colleague Femke de Wit (f.dewit@example.net).

Your message will not be forwarded.

Pieter van Dam
""",
        tz=2,
        when=(2025, 4, 22, 9, 2),
        reply=True,
    ),
    dict(
        kind="auto",
        note="Receipt-acknowledgement auto-responder from a customer's helpdesk (Auto-Submitted: auto-replied).",
        name="Brightline Helpdesk",
        addr="helpdesk@brightline.example.com",
        subject="[Ticket #88213] We've received your message",
        headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        body="""Hello,

This is an automated response to let you know that we have received your email and a ticket (#88213) has been created. A member of our IT team will get back to you within two business days.

Please do not reply to this message. To add information to your ticket, use the helpdesk portal.

Brightline IT Helpdesk
""",
        tz=0,
        reply=True,
    ),
    dict(
        kind="auto",
        note="Vacation auto-reply marked only by X-Autoreply and its subject/body; it mentions correcting details, which is not a request.",
        name="Lucy Hargreaves",
        addr="lucy.hargreaves@example.org",
        subject="On vacation (Re: Please confirm your details are correct)",
        headers={"X-Autoreply": "yes"},
        body="""I'm on vacation until 5 August and won't be checking email.

If this is about the Hargreaves & Co account details, please contact Tom in the office on 0117 496 0281, he can correct anything urgent.

This is an automatic reply.
""",
        tz=1,
        when=(2025, 7, 24, 15, 18),
        reply=True,
    ),
    dict(
        kind="bounce",
        note="Postfix bounce (multipart/report) of a Win Techno correction-confirmation mail; keyword trap, no customer request.",
    ),
]

# ---------------------------------------------------------------------------
# CHATS (Telegram bot, one message each)
# ---------------------------------------------------------------------------

CHATS = [
    (
        [D],
        "Indirect: 'what info do you guys actually have on me' = disclosure; 'just curious' does not make it a general inquiry because it is about her own record.",
        "hey so what info do you guys actually have on me? like my name email etc. just curious what's on file",
    ),
    (
        [X],
        "Short, casual deletion request.",
        "pls delete my acc thx. email is b.ortega88@example.com",
    ),
    (
        [C],
        "Indirect: 'new surname since the wedding' = update name (correction).",
        "Hi! Quick one – new surname since the wedding 💍 It's Okafor now, not Bennett. Same email. Thanks!",
    ),
    (
        [D],
        "Indirect: 'how did you get my number? ... can you tell me where it came from' asks for the source of his data (disclosure); tone is curious, not a grievance.",
        "quick question, a WinGuard rep texted me about my renewal. how did you get my number? I don't remember giving it to you, I only bought the box in a shop. can you tell me where it came from",
    ),
    (
        [C],
        "Indirect: 'I've moved' + new address = correction.",
        "I've moved.\nNew address: 14 Larch Road, Hebden Bridge HX7 8AD\nAccount: p.wainwright@example.net",
    ),
    (
        [S],
        "Stop marketing emails = suspension; licence emails are fine.",
        "Can you stop sending me marketing emails? I get like 3 a week. The emails about my licence are fine",
    ),
    (
        [D],
        "Question form: can I download everything you store about me = disclosure (copy).",
        "Is it possible for me to download everything you store about me? Like a full copy?",
    ),
    (
        [I],
        "General question about cookies on the website.",
        "do u use cookies for ads on ur website or just analytics",
    ),
    (
        [O],
        "Decoy: deleting a scan report from the history is a product question.",
        "How do I delete a scan report from the history? I scanned a friend's USB stick and don't want it in the list",
    ),
    (
        [O],
        "Decoy: 'stop winguard from updating' is product behaviour.",
        "how do i stop winguard from updating while im gaming?? it tanks my fps every evening",
    ),
    (
        [O],
        "Decoy: exporting the quarantine list is a product feature.",
        "Is there a way to export the quarantine list to a file? need to send it to our IT guy",
    ),
    (
        [O],
        "Licence activation problem.",
        "My licence key says 'already activated on maximum devices' but I only have one pc. Key starts WGH-7Q2",
    ),
    (
        [D],
        "Negation trap: 'DON'T delete anything'; just wants to know which email is registered = disclosure.",
        "DON'T delete anything!!! last time I asked something my account got wiped 😤 I just need to know which email address is registered on my account, I have 3 and forgot which one I used",
    ),
    (
        [X],
        "Indian English: 'Kindly delete my all details from your database' = deletion.",
        "Dear team, Kindly delete my all details from your database as I am no longer using the product. Thanking you. Regards, S. Iyer",
    ),
    (
        [S],
        "German ESL: 'I want that you stop to use my data for advertisement' incl. Facebook ads = suspension.",
        "Hello, I want that you stop to use my data for advertisement. I have seen that my e-mail is used also for Facebook ads, this I do not want.",
    ),
    (
        [O],
        "Decoy: 'erase free space' with the file shredder is a product feature.",
        "how do I use the file shredder to erase free space on my D drive? the option is greyed out",
    ),
    (
        [X],
        "Indirect: 'forget me. all of it' = deletion.",
        "forget me. all of it. you know what I mean",
    ),
    (
        [D],
        "Asks who his data was shared with, with dates = records of third-party provision (disclosure).",
        "Who have you shared my data with? I want the list of companies, with dates if you have them.",
    ),
    (
        [C],
        "Asks to change the (prank) account name back to his real name = correction.",
        "lol my son thought it was funny to change my account name to 'Lord Poopington'. can you change it back to Martin Greaves? I can't find where to edit it",
    ),
    (
        [C],
        "Name misspelled on the site; 'fix pls' = correction.",
        "your site says my name is Jhon. it's John. J-O-H-N. fix pls",
    ),
    (
        [P],
        "Suspected leak: phishing email contained name and order number only Win Techno has; worried, no right requested.",
        "I just got a phishing email that had my full name AND my WinGuard order number in it (WG-2291-0047). The only place that number exists is your system. Did you get hacked? This is really worrying.",
    ),
    (
        [P],
        "Suspected leak of a unique email address used only for WinGuard; sarcastic grievance, no request.",
        "you leaked my email didnt you. i made a unique address just for winguard (winguard.sub@example.org) and now it gets casino spam every day. great job",
    ),
    (
        [X, P],
        "Ignored deletion request from January (complaint) and 'do it now' repeats the deletion request.",
        "I asked to be deleted in January. ticket WT-20815. still getting your emails, I can still log in. do it now please, this is ridiculous",
    ),
    (
        [X],
        "Indirect teen phrasing: account made as a kid, 'i want it gone', asks how = deletion.",
        "ok so my mom made me an account on ur thing when i was in like 6th grade and i want it gone lol. how do i do that",
    ),
    (
        [C],
        "Filipino English: 'may I request to update my mobile number' = correction.",
        "Hello po, good evening. May I request to update my mobile number registered in my account? My new number is +63 917 555 0142. The old one is lost already together with my phone. Thank you po",
    ),
    (
        [I],
        "Asks where data is stored (general practice question for company policy).",
        "is my data stored in japan or somewhere else? asking because my company policy says EU only",
    ),
    (
        [I],
        "Retention question, generic.",
        "how long do you keep scan logs after someone uninstalls?",
    ),
    (
        [S],
        "Negation trap: does NOT want the account deleted; wants usage data no longer used for product improvement = suspension.",
        "I do NOT want to delete my account, I paid for 3 years already. I just don't want my usage data sent to you for 'product improvement'. Can you make that stop on your side?",
    ),
    (
        [X],
        "Negation trap: 'no need to send me a copy'; remove it all and close the account = deletion only.",
        "no need to send me a copy of anything. just remove it all and close the account. thanks",
    ),
    (
        [S],
        "Asks that his info not be sold or passed on = suspension (stop provision to third parties).",
        "Please don't sell or pass on my info to anyone. Thanks.",
    ),
    (
        [D, X],
        "What do you have on me, send it, then delete it.",
        "what do you have on me? send it over and then delete it please",
    ),
    (
        [C, S],
        "Change email on file (correction) and take me off the newsletter (suspension).",
        "Hi, please change my email on file to lena.haas@example.org (the old one is closed) and also take me off the newsletter. thanks!",
    ),
    (
        [C],
        "Indian English: date of birth wrong in the system, 'kindly correct at the earliest' = correction.",
        "Sir my date of birth is wrong in your system. It is showing 1987-07-14 but correct is 1978-07-14. Kindly correct at the earliest as it is required for warranty claim.",
    ),
    (
        [S],
        "Indirect: a bare 'unsubscribe' sent by the customer asks to stop marketing use = suspension.",
        "unsubscribe",
    ),
    (
        [O],
        "Decoy: crypto spam whose 'Reply STOP to unsubscribe' is not a request.",
        "🚀🚀 EARN $5,000 WEEKLY FROM HOME 🚀🚀 Join our VIP crypto signals group now: signals.example.net/vip Limited spots!!! Reply STOP to unsubscribe",
    ),
    (
        [O],
        "Technical issue with console sessions.",
        "the console keeps logging me out every 5 minutes, is that a setting?",
    ),
    (
        [O],
        "Decoy: 'remove the device from my account' frees a licence slot; not personal data.",
        "Please remove the device 'KITCHEN-PC' from my account, I sold it and need the slot for my new laptop",
    ),
    (
        [D],
        "Japanese ESL: 'please teach me what personal information of me is registered' = disclosure.",
        "Excuse me. Please teach me what personal information of me is registered in WinGuard account. Thank you.",
    ),
    (
        [D],
        "Indian English: 'please revert with the details of all data collected about me' incl. login history = disclosure.",
        "Please revert with the details of all data collected about me since 2019 including login history. Ref: cust id 55201-IN",
    ),
    (
        [C],
        "Indirect: changed jobs, old work phone on profile; new number, please update = correction.",
        "I changed jobs and the work phone on my profile now rings my old desk 😅 new number is 0161 496 0733, please update",
    ),
    (
        [I],
        "Consultant's due-diligence questions (DPO contact, sub-processors abroad); general.",
        "Hi, I'm a data protection consultant doing vendor due diligence for a client. Two quick ones: do you have a DPO or equivalent contact, and do you use any sub-processors outside Japan?",
    ),
    (
        [I],
        "Pre-sales question whether customer data is sold to advertisers.",
        "Do you sell customer data to advertisers? Thinking of buying the family plan but want to know first.",
    ),
    (
        [I],
        "Where is the privacy policy and does it cover the app.",
        "Where can I read your privacy policy, and does it cover the mobile app too?",
    ),
    (
        [I],
        "Purpose-of-use question about the Android location permission.",
        "why does the WinGuard Android app want my location permission? what do you do with it?",
    ),
    (
        [S],
        "Stop using already-collected usage statistics = suspension.",
        "I turned off 'share usage statistics' in settings. Can you also stop using what you already collected from me before that?",
    ),
    (
        [S],
        "Opt out of sharing contact details with partners/resellers = suspension.",
        "Hi, I'd rather you didn't share my contact details with partners or resellers. Please opt me out of that.",
    ),
    (
        [C, P],
        "Third request to fix a wrong birthday (correction) with exasperation about the repeated mistake (complaint).",
        "third time asking: my birthday is 12 March, not 3 December. fix it. your system wished me happy birthday in december AGAIN 🙄",
    ),
    (
        [X],
        "Executor asks to close her late father's account and wipe his info = deletion.",
        "Hello. My father passed away last year and I'm going through his accounts. He had WinGuard under his email (r.dunmore@example.net). Could you close it and wipe his info? I'm his daughter and the executor, happy to send paperwork.",
    ),
    (
        [S],
        "Textbook-ish opt-out of third-party sharing = suspension.",
        "I'd like to opt out of third-party sharing of my personal information.",
    ),
    (
        [O],
        "Decoy: opting out of the beta programme is a product setting.",
        "how do I opt out of the beta programme? the beta build keeps crashing outlook",
    ),
    (
        [S],
        "No ads based on browsing, 'turn that off for me' = suspension.",
        "i don't want ads from you based on what i browse. turn that off for me",
    ),
    (
        [X],
        "'How do I get my data deleted?' expresses deletion intent (README convention).",
        "How do I get my data deleted?",
    ),
    (
        [I],
        "Negation trap: hypothetical ('if I were to ask for deletion...'), explicitly not asking yet = inquiry.",
        "If I were to ask for my data to be deleted, would I lose my licence? Not asking yet, just want to know how it works",
    ),
    (
        [I],
        "Negation trap: 'not asking you to delete anything, just curious' whether uninstalling removes data = inquiry.",
        "Not asking you to delete anything, just curious: when I uninstall WinGuard, does that also remove my data from your servers?",
    ),
    (
        [S],
        "Indirect: 'Do not contact me again' = stop using contact data for communications (suspension).",
        "Do not contact me again.",
    ),
    (
        [C],
        "Stop emailing the work address because he is leaving; use new address = correction of contact email (not suspension of use).",
        "pls stop emailing my work address, i'm leaving the company friday. use dan.kowal@example.net from now on",
    ),
    (
        [O],
        "Decoy: 'delete the duplicate charge' is billing.",
        "I got charged twice for the renewal this month. Please delete the duplicate charge and refund it.",
    ),
    (
        [O],
        "Password reset trouble.",
        "how do I change my password? the reset email never arrives, checked spam too",
    ),
    (
        [O],
        "Decoy: cancelling a subscription without any data request is billing.",
        "cancel my subscription pls, not renewing in may",
    ),
    (
        [O],
        "Decoy: clearing local scan history is a product feature.",
        "how do i clear the scan history on this pc? it's full of old entries from 2022",
    ),
    (
        [P],
        "Complaint: agent asked for full card number and CVV in chat; grievance about data handling.",
        "Your chat agent yesterday asked me to type my full credit card number and CVV into the chat to 'verify' me. Is that seriously your process? That's not ok.",
    ),
    (
        [P],
        "Complaint: installer uploaded file names without consent.",
        "Why did your installer upload a list of my file names to your cloud without asking me? I saw it in my firewall log. I never agreed to that.",
    ),
    (
        [D, S],
        "Tell me what you've been tracking (disclosure) and stop it (suspension).",
        "tell me what you've been tracking about me and then stop it",
    ),
    (
        [D, C],
        "Check which phone number is on file (disclosure) and replace it if it's the old one (correction).",
        "can you check what phone number you have for me? if it ends in 42 thats my old one, new one is 07700 900318",
    ),
    (
        [S, X],
        "Stop using my data (suspension) and delete it (deletion).",
        "Stop using my data and delete it. I'm done with WinGuard.",
    ),
    (
        [X, P],
        "Receipt with home address emailed to someone else (complaint); 'delete my account' (deletion).",
        "unbelievable. you emailed MY receipt with my home address to someone else (they forwarded it to me!). delete my account, I don't trust you with my details anymore",
    ),
    (
        [D, X, P],
        "Young user after breach news: what do you have on me (disclosure), then delete all (deletion), heard about it from social media first (complaint).",
        "bro what is this win techno breach thing on twitter. what do u have about me?? send it. then delete all of it. cant believe i heard abt it from twitter first",
    ),
    (
        [X],
        "Typo-heavy deletion request.",
        "plz delet my informtion from ur sytem, i dont use it anymor",
    ),
    (
        [C],
        "Typo-heavy address correction.",
        "adress wrong on acount. its 22 birch st not 2 birch st, packages keep going to my neighbour",
    ),
    (
        [S, P],
        "Unsubscribed twice yet still marketed to (complaint); 'quit it' = stop marketing (suspension).",
        "I unsubscribed TWICE and you're still spamming me with your garbage 'deals'. Quit it.",
    ),
    (
        [I],
        "Question whether the free online scanner collects personal data.",
        "Does the free online scanner collect any personal data? Like does it upload my files?",
    ),
    (
        [D],
        "Wants to see recorded logins and devices for his account = disclosure of his data.",
        "Could I see the log of logins and devices you have recorded for my account? Want to check nobody else has been using it.",
    ),
    (
        [O],
        "Sales/pricing question.",
        "price for WinGuard Cloud for 50 users? and is there an NPO discount",
    ),
    (
        [O],
        "Job inquiry.",
        "Hi, is Win Techno hiring in Osaka? I'm a security engineer. Sorry if this is the wrong place",
    ),
    ([O], "Greeting only; no request.", "hi"),
    ([O], "Technical issue: scan stuck.", "scan stuck at 87% for an hour. restart didnt help"),
    (
        [S],
        "Japanese ESL: 'please stop to send the direct mail (paper) to my home' = suspension of marketing use.",
        "Please stop to send the direct mail (paper) to my home. I am not needing it. Thank you very much.",
    ),
    (
        [C],
        "Add missing middle name = correction (added to).",
        "Could you add my middle name to my account? It needs to match my legal name: Amara Ngozi Eze (the Ngozi is missing).",
    ),
    (
        [D],
        "Copy of my personal data = disclosure.",
        "I'd like a copy of my personal data please. Whatever format is easiest for you.",
    ),
    ([D], "Blunt disclosure/export request.", "Send me my data. All of it. JSON is fine."),
    (
        [X],
        "Indirect: closing account, 'make sure nothing of mine stays with you' = deletion.",
        "I'm closing my WinGuard account this week. Please make sure nothing of mine stays with you afterwards.",
    ),
    (
        [S],
        "Negation trap: DON'T unsubscribe from security alerts; only stop promo/newsletter = suspension of marketing.",
        "Please DON'T unsubscribe me from the security alerts, those are actually useful. Only the promo/newsletter stuff, take me off that.",
    ),
    (
        [D],
        "Negation trap: doesn't want to change anything; only check which postal address is held = disclosure.",
        "I don't want to change anything, I just want to check what postal address you have for me.",
    ),
    (
        [C],
        "Negation trap: don't stop the newsletter; greeting misspells her name, fix in records = correction.",
        "Don't stop the newsletter, I actually read it 🙂 but it opens with 'Dear Sarha' – my name is Sarah. Can you fix that in your records?",
    ),
    (
        [I],
        "Negation trap: 'not a complaint', general question who customer data is shared with = inquiry.",
        "Not a complaint, I'm just curious — who do you share customer data with in general? Like payment processors, resellers?",
    ),
    (
        [X, P],
        "Chat reply quoting the bot's unsubscribe confirmation (quote ignored): complains the request was misunderstood and repeats the deletion request.",
        "> Thank you for your request. We have unsubscribed you from marketing emails.\nNo, that's not what I asked for. I asked you to DELETE my data, not just unsubscribe me. Please actually do it.",
    ),
    (
        [C],
        "Indirect: divorced and back to maiden name; asks if the account can be updated = correction.",
        "I got divorced and went back to my maiden name, Carter. can the account be changed from Emily Walsh to Emily Carter?",
    ),
    (
        [C],
        "Postcode typo at signup; gives the right one = correction.",
        "my postcode on the account is wrong, it's M14 5RT not M14 5TR (I typo'd it when I signed up)",
    ),
    (
        [C],
        "Indirect: moved to Tokyo for work, old UK number dead, new number given = correction.",
        "Update needed: my phone number has changed to +81 90-5555-0198 since I moved to Tokyo for work. The old UK one doesn't work anymore.",
    ),
    (
        [O],
        "Compatibility question.",
        "does WinGuard work on Windows 11 ARM laptops? thinking of getting a surface",
    ),
]

# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------


def wrap_body(text: str, width: int = 76) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(
                textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
            )
    return "\n".join(out)


def to_html(text: str) -> str:
    parts = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip(">").lstrip()) for l in lines)
            parts.append(
                f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>'
            )
        else:
            parts.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        + "\n".join(parts)
        + "\n</body></html>\n"
    )


def when_for(n: int, item: dict) -> datetime:
    tz = timezone(timedelta(hours=item.get("tz", 0)))
    if "when" in item:
        return datetime(*item["when"], tzinfo=tz)
    utc = datetime(2025, 1, 6, 7, 0, tzinfo=UTC) + timedelta(hours=n * 53, minutes=(n * 37) % 60)
    return utc.astimezone(tz)


def msg_id(n: int, dt: datetime, domain: str, salt: str) -> str:
    h = hashlib.sha1(f"{n}:{salt}".encode()).hexdigest()[:10]
    return f"<{dt.strftime('%Y%m%d%H%M%S')}.{h}.{PREFIX}{n:03d}@{domain}>"


def build_email(n: int, item: dict) -> bytes:
    dt = when_for(n, item)
    domain = item["addr"].split("@", 1)[1]
    ip = f"{(192, 198, 203)[n % 3]}.{(0, 51, 0)[n % 3]}.{(2, 100, 113)[n % 3]}.{10 + n}"
    msg = EmailMessage(policy=default)
    msg["Received"] = (
        f"from mail.{domain} (mail.{domain} [{ip}]) by mx1.win-techno.com "
        f"with ESMTPS id {hashlib.sha1(str(n).encode()).hexdigest()[:12].upper()} "
        f"for <support@win-techno.com>; {format_datetime(dt)}"
    )
    local, dom = item["addr"].split("@", 1)
    msg["From"] = Address(item["name"], local, dom)
    msg["To"] = SUPPORT
    msg["Subject"] = item["subject"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msg_id(n, dt, domain, item["subject"])
    if item.get("reply"):
        ref = msg_id(n, dt - timedelta(days=1), "win-techno.com", "ref")
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if item.get("mailer"):
        msg["X-Mailer"] = item["mailer"]
    for k, v in item.get("headers", {}).items():
        msg[k] = v
    body = item["body"]
    cs = item.get("cs", "us-ascii")
    cte = item.get("cte", "7bit")
    if cs == "us-ascii":
        body.encode("ascii")  # fail loudly if a non-ASCII character slipped in
        body = wrap_body(body)
    fmt = item.get("fmt", "plain")
    if fmt == "html":
        msg.set_content(to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(body, charset=cs, cte=cte)
        if fmt == "alt":
            msg.add_alternative(
                item.get("html") or to_html(item["body"]),
                subtype="html",
                charset="utf-8",
                cte="quoted-printable",
            )
        elif fmt == "mixed":
            fname, data = item["attach"]
            msg.add_attachment(data, filename=fname, charset="us-ascii", cte="7bit")
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{PREFIX}{n:03d}_{i}")
    pol = SMTP if item.get("crlf") else default
    return msg.as_bytes(policy=pol)


def build_bounce(n: int) -> bytes:
    dt = when_for(n, {"tz": 0})
    orig_dt = dt - timedelta(minutes=2)
    d = format_datetime(dt)
    od = format_datetime(orig_dt)
    b = f"{PREFIX}{n:03d}.4Wq3Lm2JxPz9s/mx1.example.org"
    mid = msg_id(n, dt, "mx1.example.org", "bounce")
    omid = msg_id(n, orig_dt, "win-techno.com", "orig")
    text = f"""Return-Path: <>
Received: from mx1.example.org (mx1.example.org [198.51.100.25]) by mx1.win-techno.com with ESMTPS id 7F3A2C91B0E4 for <support@win-techno.com>; {d}
Date: {d}
From: MAILER-DAEMON@mx1.example.org (Mail Delivery System)
To: support@win-techno.com
Subject: Undelivered Mail Returned to Sender
Message-ID: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{b}"
Content-Transfer-Encoding: 7bit

This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.abernathy@example.org>: host mailstore.example.org[203.0.113.40] said:
    550 5.1.1 <k.abernathy@example.org>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.org
X-Postfix-Queue-ID: 4Wq3Lm2JxPz9s
X-Postfix-Sender: rfc822; support@win-techno.com
Arrival-Date: {od}

Final-Recipient: rfc822; k.abernathy@example.org
Original-Recipient: rfc822;k.abernathy@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore.example.org
Diagnostic-Code: smtp; 550 5.1.1 <k.abernathy@example.org>: Recipient address
    rejected: User unknown in virtual mailbox table

--{b}
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Win Techno Support <support@win-techno.com>
To: Kate Abernathy <k.abernathy@example.org>
Subject: Your request: correction of registered address completed [WT-40077]
Date: {od}
Message-ID: {omid}
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear Ms Abernathy,

We have corrected the registered address on your WinGuard account as
requested. If anything is still wrong, or if you would like us to stop
using or delete your personal information, please reply to this email.

Kind regards,
Win Techno Privacy Desk

--{b}--
"""
    return text.encode("ascii")


def main() -> None:
    email_dir = HERE / "email"
    chat_dir = HERE / "chat"
    email_dir.mkdir(exist_ok=True)
    chat_dir.mkdir(exist_ok=True)
    for old in list(email_dir.glob(f"{PREFIX}*.eml")) + list(chat_dir.glob(f"{PREFIX}*.txt")):
        old.unlink()

    emails = [dict(e, kind="normal") for e in EMAILS] + AUTO_AND_BOUNCE
    random.Random(EMAIL_SEED).shuffle(emails)
    chats = list(CHATS)
    random.Random(CHAT_SEED).shuffle(chats)

    labels = []
    n = 0
    for item in emails:
        n += 1
        name = f"email/{PREFIX}{n:03d}.eml"
        data = build_bounce(n) if item["kind"] == "bounce" else build_email(n, item)
        (HERE / name).write_bytes(data)
        labels.append(
            {
                "file": name,
                "channel": "email",
                "language": "en",
                "kinds": [] if item["kind"] != "normal" else item["kinds"],
                "auto_reply": item["kind"] == "auto",
                "bounce": item["kind"] == "bounce",
                "note": item["note"],
            }
        )
    for kinds, note, text in chats:
        n += 1
        name = f"chat/{PREFIX}{n:03d}.txt"
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
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(emails)} emails, {len(chats)} chats, {len(labels)} labels")


if __name__ == "__main__":
    main()
