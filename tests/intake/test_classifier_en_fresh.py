"""Fresh English probe: messages written before reading or changing the English lexicon.

Round 1 was written before the lexicon was read or changed: 105/114 exact (92.1 %); recall
per kind: disclosure 19/20, correction 15/15, suspension 20/21, deletion 16/19, complaint
18/21, inquiry 13/14, other 17/17 (false kinds: correction 1). Misses: "I'd prefer you didn't
use my location data", "i want my acc gone", "... permanently removed from your servers",
"delete my old phone number" (taken as correction), "creepy that your app knows where I am"
and "read my home address out loud" (no personal-data context), an export request after a
deletion in the same sentence, "this is frustrating" beside a reported ignored update, and
"is my credit card number stored on your servers?".

One round-1 case was relabelled after review, not to fit the classifier: "delete my old phone
number and address ... I don't want you to have them anymore" moved from deletion to
correction + deletion (removing outdated values is correction under the corpus definitions).
After the round-1 fixes (terms and verb families, not quotes): 114/114.

Round 2 was written after the round-1 fixes and measured before its own: 19/28 exact (67.9 %);
recall per kind: disclosure 2/4, correction 2/4, suspension 5/6, deletion 3/3, complaint 5/5,
inquiry 3/4, other 4/4 (false kinds: suspension 1, complaint 1). After its fixes: 28/28.

Written for this file only (not copied from the shared corpus, tests/data, the other test
files or the lexicon examples): polite and blunt customers, lawyers citing GDPR/CCPA/APPI,
non-native writers, txt-speak, people who explain before they ask, multi-intent messages,
negation traps, hypotheticals, decoys and hard negatives.

Conventions followed (corpus README, "Label semantics"): a question about how to exercise a
right ("how do I get ...") carries the right; a hypothetical about practice ("if I close my
account, is my data deleted?") is an inquiry; a still-open earlier request that is reported
as ignored carries the right and the complaint; complaining about marketing without asking
for it to stop is a complaint only.
"""

from __future__ import annotations

import pytest

from intake.classifier import classify

D, C, S, X, K = "disclosure", "correction", "suspension", "deletion", "complaint"
INQ, OTHER = "inquiry", "other"


DISCLOSURE = [
    # round 1: written before the lexicon was read or changed
    "hey what do you guys actually have on me? like the full thing",
    "Dear Sir/Madam, In accordance with Article 15 of the General Data Protection Regulation, "
    "I hereby submit a subject access request. Kindly furnish me with all personal data "
    "relating to me within one month.",
    "Who did you give my email address to? I'd like the names of every company.",
    "I want to download all my data from your service. If there is no way to do it myself, "
    "please send it to me.",
    "Please could you let me know what details you hold for me, I just want to see "
    "everything first before I decide anything.",
    "As a California resident I am exercising my right to know under the CCPA. Please "
    "provide the specific pieces of personal information you have collected about me in the "
    "past 12 months.",
    "Good morning. My name is Hiroshi Tanaka, customer number 55102. I would be grateful if "
    "you could send me a copy of the personal information your company keeps about me, "
    "including any notes your support staff wrote. Best regards",
    "Tell me exactly how you process my personal information and for which purposes.",
    "i need a copy of my info for a court case, can u email it to me asap",
    "Under the APPI, I would like to request the records of third-party provision concerning "
    "my personal data.",
    "plz send me what infomation you are storing about me. thx",
    "Could I get a summary of the personal data linked to my account (purchase history, "
    "logins, whatever)?",
    # round 2: written after round 1 was fixed, measured before its own fixes
    "Hiya, could you email me a file with all the info ur company has about me pls",
    "I'm a former employee of one of your clients. I believe your systems contain data about me. "
    "Please confirm and provide a copy.",
    "Which third parties received my personal data in the last year? Please list them.",
]

CORRECTION = [
    # round 1: written before the lexicon was read or changed
    "I'm moving next week, my new address is 4-5-6 Umeda, Osaka 530-0001. Please update it.",
    "Hi, I got married so my surname is now Suzuki instead of Yamada. Can you change it on "
    "my account?",
    "my phone number changed to 090-1234-5678",
    "The date of birth you have for me is wrong, it should be 12 March 1985.",
    "Please rectify my personal data pursuant to Article 16 GDPR: the postal address on "
    "record is outdated.",
    "you spelled my name wrong on everything. it's Katherine with a K",
    "Could you kindly amend the email address registered to my account to ken.ito@example.net?",
    "I'd like to add my middle name to my profile, I can't edit it myself.",
    "Pls fix my adress, the zip code is incorrect.",
    "Your records say I live in Kobe, but I have lived in Nagoya since last year. Kindly "
    "correct this.",
    "My contact details are out of date - new mobile is 080-9999-0000 and new email is "
    "aya@example.jp.",
    # round 2: written after round 1 was fixed, measured before its own fixes
    "Hi, small thing: my surname is Ohara, not O'Hara, could you fix that on your side?",
    "We moved! New address from 1 April: 7-8-9 Tenjin, Fukuoka.",
    "Please note my new work email is r.kim@example.org, the old one will stop working next month.",
]

SUSPENSION = [
    # round 1: written before the lexicon was read or changed
    "stop using my info for ads",
    "Please opt me out of the sale or sharing of my personal information (CCPA).",
    "I don't want to receive any more marketing emails from you.",
    "Please remove me from your mailing list.",
    "I object to the processing of my personal data for direct marketing purposes under "
    "Article 21(2) GDPR.",
    "Please don't use my purchase history for recommendations or profiling.",
    "no more texts pls. unsubscribe me from sms promos",
    "Kindly cease providing my personal information to third parties with immediate effect.",
    "Can you stop tracking me for analytics? I'd rather not be part of it.",
    "I'd like to withdraw my consent for personalised advertising.",
    "Please restrict the processing of my personal data under Article 18 GDPR.",
    "Do not pass my details on to any affiliates or advertisers.",
    "Hi, how do I opt out of you sharing my info with the parent company?",
    "Please stop calling me with sales offers. Take my number off your call list.",
    "I'd prefer you didn't use my location data anymore.",
    "Please exclude me from any data sharing with Win Techno group companies.",
    # round 2: written after round 1 was fixed, measured before its own fixes
    "I'd appreciate it if you stopped sending me promotional texts.",
    "Under the CCPA, do not sell or share my personal information. Consider this my opt-out.",
    "Please don't use my voice recordings to improve your AI.",
    "Hey, can I stop you guys from tracking what I do in the app?",
    "I want my data kept out of any marketing you do.",
]

DELETION = [
    # round 1: written before the lexicon was read or changed
    "please forget me",
    "Delete my account and all data associated with it.",
    "How do I get you to erase everything you have about me?",
    "I hereby request the erasure of my personal data without undue delay pursuant to "
    "Article 17 GDPR.",
    "Under CCPA I request that you delete any personal information you have collected from me.",
    "i want my acc gone. and my data too",
    "Could you please remove my details from your database? I no longer use your services.",
    "Please close my account and wipe my personal information.",
    "I'd like my photos and profile data permanently removed from your servers.",
    "Kindly purge all records relating to me, including backups.",
    "Please unregister me and destroy my personal data.",
    "I want to be erased from your customer records.",
    # round 2: written after round 1 was fixed, measured before its own fixes
    "Please erase all the information you collected when I entered your prize draw.",
    "I'm leaving for good. Close my account and don't keep any of my data.",
    "Can my whole profile be wiped, including my uploaded documents?",
]

COMPLAINT = [
    # round 1: written before the lexicon was read or changed
    "Why am I still getting your newsletters? I unsubscribed three weeks ago.",
    "I think your company leaked my email, I started getting spam right after I signed up "
    "with you.",
    "It's creepy that your app knows where I am even when it's closed.",
    "I'm very unhappy that you shared my phone number with a third party without asking me.",
    "How did a debt collector get my address from you?? I never gave permission for that.",
    "Your customer service rep read my full home address out loud on a call my coworker "
    "could hear. Not okay.",
    "I received someone else's invoice with their name and address on it. Your data "
    "protection is a joke.",
    "I'm disappointed that you keep sending me targeted ads after I opted out of personalisation.",
    "wtf why is my data being sold to advertisers",
    "I want to file a formal complaint about how my personal data was handled by your staff.",
    "Your privacy policy changed and nobody told me. I feel my data has been used without "
    "my consent.",
    "This is the third time I've written about my privacy concerns and I've heard nothing back.",
    "An email from you showed every recipient's address in the CC line, including mine. "
    "That's a data breach.",
    "I'm appalled that my personal details were visible to other users in the community forum.",
    "Ur emails keep coming even tho I opted out months ago, seriously??",
    # round 2: written after round 1 was fixed, measured before its own fixes
    "Three weeks since my opt-out and your ads are still all over my feed. Not impressed.",
    "I got a letter addressed to me at my office, but I never gave you my work address. How did "
    "you get it?",
    "Your chatbot told me someone else's delivery address. Very worrying.",
    "I'm concerned that your staff can see my medical notes without any reason.",
]

MULTI = [
    # round 1: written before the lexicon was read or changed
    ("I never agreed to you sharing my data with your partners. Stop it.", {S, K}),
    (
        "I asked for a copy of my data six weeks ago and no one has replied. This is unacceptable.",
        {D, K},
    ),
    ("Send me what you hold about me and then delete it all.", {D, X}),
    ("Stop emailing me and delete my details. I'm sick of your spam.", {S, X, K}),
    (
        "I do NOT want my account closed. I just want to change my email to mika@example.jp.",
        {C},
    ),
    ("Please don't delete anything, I only want to see what data you have.", {D}),
    (
        "I'm not asking you to stop marketing, I just want to know which partners received my "
        "info.",
        {D},
    ),
    (
        "Why do I keep getting ads from your partners after I opted out? Remove all my data "
        "from your systems.",
        {K, X},
    ),
    (
        "My address changed to 2-3-4 Shibuya, Tokyo. Also please stop sending me paper catalogues.",
        {C, S},
    ),
    (
        "I'd like my account deleted, but first please export my purchase history and personal "
        "data for me.",
        {X, D},
    ),
    (
        "You keep using my old name even though I told you it changed in May. Please update it "
        "to Sato, this is frustrating.",
        {C, K},
    ),
    (
        "Under GDPR Articles 15 and 17, please provide a copy of my data and then erase it.",
        {D, X},
    ),
    (
        "Please stop sharing my data with advertisers and tell me who you already gave it to.",
        {S, D},
    ),
    ("I don't want my data deleted, I just want you to stop using it for marketing.", {S}),
    # Moved here from DELETION after round 1: removing outdated values is correction under the
    # corpus definitions ("inaccurate content removed"); "don't want you to have them" is erasure.
    (
        "Can you delete my old phone number and address from your system, I don't want you to "
        "have them anymore.",
        {C, X},
    ),
    ("Don't close my account! Just fix my birthday, it's 3 April 1990 not 4 March.", {C}),
    (
        "I'm furious that my details ended up on a marketing list from another company. Tell me "
        "who you sold it to and delete my data.",
        {K, D, X},
    ),
    # round 2: written after round 1 was fixed, measured before its own fixes
    (
        "I never subscribed to your newsletter. Unsubscribe me and tell me where you got my email.",
        {S, K, D},
    ),
    (
        "Don't unsubscribe me, I like the newsletter. I just want my name spelled right: it's Zoe "
        "Hart.",
        {C},
    ),
]

NEGATIVES = [
    # round 1: written before the lexicon was read or changed
    ("Do you share customer data with your parent company?", INQ),
    ("How long do you keep chat logs?", INQ),
    ("Which cookies does your website use?", INQ),
    ("Where are your servers located? Is my data stored outside Japan?", INQ),
    ("Is my credit card number stored on your servers or with the payment provider?", INQ),
    ("If I close my account, is my data deleted?", INQ),
    ("Who is your data protection officer and how can I contact them?", INQ),
    ("Do you use customer conversations to train AI models?", INQ),
    ("Hi! Quick question: do you sell personal information to third parties?", INQ),
    ("What is your retention period for deleted accounts?", INQ),
    ("Are the call recordings encrypted?", INQ),
    (
        "I'm considering signing up. What personal information do you collect when I register?",
        INQ,
    ),
    ("Do you transfer personal data to the United States, and on what legal basis?", INQ),
    ("Does the app collect location data in the background?", INQ),
    ("How do I delete a file from my shared folder?", OTHER),
    ("I was charged twice this month, please refund the duplicate payment.", OTHER),
    ("Your service has been down since 9am, this is ridiculous.", OTHER),
    ("Can I export my sales report to Excel?", OTHER),
    ("Please delete the draft invoice I created by mistake.", OTHER),
    (
        "We are a marketing agency and would love to partner with you. Reply STOP to unsubscribe.",
        OTHER,
    ),
    ("How do I change the display language of the dashboard?", OTHER),
    (
        "Can you send me the quote for 20 licences?\n\nThis email and any attachments are "
        "confidential. If you received it in error, please notify the sender and delete it.",
        OTHER,
    ),
    ("My password reset email never arrives.", OTHER),
    ("The export button in the analytics module gives a 500 error.", OTHER),
    ("Can you remove the old user Tanaka from our team workspace? He left the company.", OTHER),
    ("Is there a discount for annual plans?", OTHER),
    ("I want to cancel my subscription at the end of the month.", OTHER),
    ("Our printer driver stopped working after your update.", OTHER),
    ("Please change the delivery date of my order to Friday.", OTHER),
    (
        "Congratulations! You have won a free phone. Click here to claim. To opt out of these "
        "messages reply STOP.",
        OTHER,
    ),
    ("The app crashes every time I try to upload a profile picture.", OTHER),
    # round 2: written after round 1 was fixed, measured before its own fixes
    (
        "Does Win Techno pass customer data to its US parent?",
        INQ,
    ),
    (
        "How long do you keep my data after I unsubscribe?",
        INQ,
    ),
    (
        "Hi, what's the legal basis for processing my information?",
        INQ,
    ),
    (
        "Are the support calls recorded, and who listens to them?",
        INQ,
    ),
    (
        "Can I delete a project without losing the reports in it?",
        OTHER,
    ),
    (
        "Please send me the invoice for March again, I deleted the email by accident.",
        OTHER,
    ),
    (
        "Why is the app asking me to update my payment method?",
        OTHER,
    ),
    (
        "Stop sending me these error alerts every five minutes, our monitoring is fine.",
        OTHER,
    ),
]


# Round 3: causes of the English misses in the development half of tests/blind2 (odd files),
# each exercised by sentences written for this file (not the blind texts) and hard negatives.
ROUND3 = [
    # cross-site tracking names the personal-data subject: a grievance about it is a complaint
    ("Really upset that your ad pixels follow me onto every news site I read.", {K}),
    ("It is creepy that I'm being tracked all over the internet after one download.", {K}),
    ("This is unacceptable: you track me across every site I visit.", {K}),
    ("Frankly disappointed to find I was profiled by your partners' cookies.", {K}),
    ("Pretty outraged that your analytics script fingerprints my laptop.", {K}),
    ("We were tracked online for weeks after the trade fair, which is unacceptable.", {K}),
    ("Angry to learn you replay my sessions and log my keystrokes.", {K}),
    ("I'm disappointed, my parcel was tracked to the wrong depot twice.", {OTHER}),
    ("Annoyed that the screen recorder crashes when I record my screen.", {OTHER}),
    ("Annoyed that the dead pixels on my new monitor are still there.", {OTHER}),
    ("Disappointed that the tracking number you sent does not work.", {OTHER}),
    # "forget i ever signed up" / "pretend we never registered" asks to be forgotten
    ("Please just forget I ever registered with you.", {X}),
    ("forget we were ever customers, thanks", {X}),
    ("Honestly, pretend I never had an account.", {X}),
    ("Did you forget that I registered for Thursday's webinar? No link came.", {OTHER}),
    ("I forgot I ever signed up for this trial, how do I get a refund?", {OTHER}),
    ("Don't forget I joined the beta, I want the new build too.", {OTHER}),
    # erasing a relative's data: third-person objects ("his account and any details", "on her")
    ("My husband died in March. Please erase his profile and all his details.", {X}),
    ("I look after my late aunt's affairs; kindly remove any information you keep on her.", {X}),
    ("Please delete their records and anything you collected about them.", {X}),
    ("Please remove his account from our workspace, he left the team.", {OTHER}),
    ("Can you remove her from the admin group? She changed roles.", {OTHER}),
    # the negation is the request with a pronoun object: "i don't want it kept"
    (
        "That second mobile number is dead, remove it from my profile, I don't want it stored.",
        {C, X},
    ),
    ("You have my old work email. I no longer want it kept on file.", {C, X}),
    ("The ID scan I sent you for my account - please don't keep it any longer.", {X}),
    ("I'm fine with you holding my data, I just don't want it stored outside the EU.", {OTHER}),
    ("The spare part is faulty, I don't want it kept in stock for me.", {OTHER}),
    # a field of the requester and "it should be <value>" is a correction without a verb of change
    ("The landline you list for me is out of date; it should be 020 7946 0000.", {C}),
    ("Your records have my email wrong. It should actually be li.wei@example.org.", {C}),
    ("My work number on file should end in 19, not 91.", {C}),
    ("The invoice total should be 480 EUR after the discount.", {OTHER}),
    ("Our plan should be 25 seats, the dashboard shows 20.", {OTHER}),
    # "don't want to ... again" is an opt-out only with a person after it (billing is not)
    ("Please cancel the auto-renewal, we don't want to be charged again next year.", {OTHER}),
    ("We do not want to be invoiced again for the seats we removed.", {OTHER}),
    ("I don't want this login error to happen again.", {OTHER}),
    ("I don't want you to ring me again.", {S}),
    ("I never wish to hear from you again.", {S}),
]


# Round 4: causes of the English misses on a development set, each exercised with new wording
# (not quoted): a move announced before a colon, a street address after "new address is", a
# wrong field with no determiner, a person's own billing address, "don't put me on any list",
# identity data handled unprotected, a product that sends personal data back, a transfer to
# "any third country", and "keep seeing your ads" that reports no earlier request.
ROUND4 = [
    # a move announced before a colon or dash, and a new street address given without "my"
    ("We've relocated: new address is 18 Canal Walk, Bristol BS1 5QT.", {C}),
    ("Moved last month - new home address is Flat 4, 27 Castle Street.", {C}),
    ("just moved: new address 9b Orchard Close, York", {C}),
    ("New postal address is 310 Birch Avenue, Apt 12, Toronto.", {C}),
    ("We moved: the staging cluster now runs in Frankfurt.", {OTHER}),
    ("The new IP address is 10.20.30.40, please allow it on the firewall.", {OTHER}),
    # terse chat: a wrong field with no determiner, or the record "has" the wrong field
    ("incorrect surname on my profile. pls sort", {C}),
    ("outdated mobile number in your system, it's 07700 900456 now", {C}),
    ("My account has the wrong birthday, it's 3 May not 5 March.", {C}),
    ("my profile still shows an outdated postal address", {C}),
    ("Wrong password on my account again, I'm locked out.", {OTHER}),
    ("wrong plan on my account, we bought Pro not Basic", {OTHER}),
    # a person's own billing address is personal data; invoice documents stay product data
    ("Please update my billing address, I moved to 2 Rope Walk.", {C}),
    ("my billing address is out of date, it should be 14 Dock Road", {C}),
    ("Change my billing address to 55 Hill Street please.", {C}),
    ("Please update our billing address on all future invoices.", {OTHER}),
    ("Please put my billing address on the next invoice as well.", {OTHER}),
    ("My card details changed, the old card expired last week.", {OTHER}),
    # keeping the requester off promotional lists: "don't put / never sign me up"
    (
        "Reach me at sam@example.org about the ticket, "
        "but please don't put it on any marketing lists.",
        {S},
    ),
    ("Never sign me up for your webinar invitations again.", {S}),
    ("do not keep me on your promo mailing lists", {S}),
    ("Don't put the new webhook on the deny list.", {OTHER}),
    ("Please don't add the build server to the allow list yet.", {OTHER}),
    # identity data (date of birth, passport, full card number) and unprotected handling
    ("Your chatbot asked for my passport number and date of birth. Not cool.", {K}),
    ("An agent made me read out my full card number on a recorded line, unacceptable.", {K}),
    ("You emailed my password back to me in plain text.", {K}),
    ("The rep told me to send my bank details over an unsecured form.", {K}),
    ("My date of birth field will not save on the signup form, so annoying.", {OTHER}),
    ("I typed my card number three times and the payment still failed, ridiculous.", {OTHER}),
    # questions whether the product transmits personal data, and transfers to any third country
    ("Does the mobile app upload my contacts to your servers?", {INQ}),
    ("will the browser plugin send any browsing history back to you?", {INQ}),
    ("Is customer data ever transferred to a third country, and under which safeguards?", {INQ}),
    ("Do you move personal data to any non-EU country?", {INQ}),
    ("Does the scanner send any notifications when it finds malware?", {OTHER}),
    ("Does the agent upload scan results to the dashboard automatically?", {OTHER}),
    # seeing ads is not by itself an ignored earlier request
    ("I keep seeing your ads on every site I visit. Show me what you hold on me.", {D}),
    ("I keep seeing your ads everywhere; please stop using my data for ads.", {S}),
    ("I opted out months ago and I keep seeing your ads everywhere.", {K}),
]


def _cases():
    for kind, texts in (
        (D, DISCLOSURE),
        (C, CORRECTION),
        (S, SUSPENSION),
        (X, DELETION),
        (K, COMPLAINT),
    ):
        for text in texts:
            yield pytest.param(text, {kind}, id=f"{kind[:4]}:{text[:40]}")
    for text, kinds in MULTI:
        yield pytest.param(text, kinds, id=f"multi:{text[:40]}")
    for text, kind in NEGATIVES:
        yield pytest.param(text, {kind}, id=f"{kind}:{text[:40]}")
    for text, kinds in ROUND3:
        yield pytest.param(text, kinds, id=f"round3:{text[:40]}")
    for text, kinds in ROUND4:
        yield pytest.param(text, kinds, id=f"round4:{text[:40]}")


CASES = list(_cases())


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fresh_english_probe_gets_its_kinds(text, expected):
    result = classify(text, language="en")
    assert set(result.kinds) == expected, [
        (cue.status, cue.rule, cue.text, cue.by) for cue in result.cues
    ]
