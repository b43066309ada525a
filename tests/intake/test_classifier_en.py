"""English messages (formal, business, chat) get the request kinds a privacy officer would give.

The sentences are written for this test; none comes from the shared corpus or from the
examples in intake/lexicons/en.toml.
"""

from __future__ import annotations

import pytest

from intake.classifier import classify

CASES = [
    # disclosure: formal, business, casual, indirect
    (
        "Pursuant to Article 15 of the GDPR, I hereby request access to the personal data "
        "you process about me.",
        {"disclosure"},
    ),
    (
        "We would like to submit a data subject access request on behalf of our employee.",
        {"disclosure"},
    ),
    ("what've you got on me?", {"disclosure"}),
    ("Could you let me know which details of mine are stored in your CRM?", {"disclosure"}),
    ("Please email me an export of my profile data, CSV is fine.", {"disclosure"}),
    (
        "I'd like to find out which third parties have received my personal information.",
        {"disclosure"},
    ),
    ("pls send me a copy of my info", {"disclosure"}),
    ("For what purposes do you process my phone number?", {"disclosure"}),
    # correction
    (
        "We have relocated; our registered office address is now 4-5-6 Kita-ku, Osaka.",
        {"correction"},
    ),
    ("Hi, my mobile changed. New one: 080-3333-4444", {"correction"}),
    ("Since my marriage my last name is now Ishikawa, please amend your records.", {"correction"}),
    ("I was promoted to Head of Security, could you reflect that on my profile?", {"correction"}),
    ("Your system spells my surname wrong, it should be O'Neill.", {"correction"}),
    ("u have my old work email, pls change it to lee@example.net", {"correction"}),
    ("I hereby request rectification of my inaccurate personal data.", {"correction"}),
    # suspension
    ("Please take me off all your mailing lists.", {"suspension"}),
    ("no more promo emails thanks", {"suspension"}),
    ("Stop tracking my activity for advertising.", {"suspension"}),
    ("Do not share my contact details with your resellers.", {"suspension"}),
    ("I object to the use of my survey answers for profiling.", {"suspension"}),
    ("I am withdrawing my consent to marketing communications.", {"suspension"}),
    ("Please don't use my information to target ads at me.", {"suspension"}),
    ("unsubscribe pls", {"suspension"}),
    # deletion
    ("Please forget me, I don't want to be in your database any more.", {"deletion"}),
    ("I want out of your systems entirely.", {"deletion"}),
    ("I request erasure of all my personal data under Article 17 GDPR.", {"deletion"}),
    ("how do I get my account removed?", {"deletion"}),
    ("Close my account and wipe every record you hold on me.", {"deletion"}),
    ("nuke my profile pls", {"deletion"}),
    # complaint (about personal-information handling)
    (
        "I opted out in January and your newsletter still keeps arriving. Unacceptable.",
        {"complaint"},
    ),
    ("How did your sales rep get my private number? I never gave it to you.", {"complaint"}),
    ("Your invitation was sent with every attendee's email address visible in CC.", {"complaint"}),
    ("I think my details were leaked: scam mails now quote my customer ID.", {"complaint"}),
    ("I found another customer's personal details in my invoice download.", {"complaint"}),
    # inquiry
    ("Which cookies and tracking pixels does your website set?", {"inquiry"}),
    ("How long do you retain support chat transcripts?", {"inquiry"}),
    ("Is customer data stored in Japan or in another country?", {"inquiry"}),
    ("Do you share any of our data with your parent company?", {"inquiry"}),
    ("Are support tickets used to train AI models?", {"inquiry"}),
    ("Could you send us your list of sub-processors?", {"inquiry"}),
    # deflections: conditional or hypothetical rights are questions about practice
    ("If I cancel my plan, will you delete my data?", {"inquiry"}),
    ("Would my account information be erased when the contract ends?", {"inquiry"}),
    ("Do you delete user data after the trial expires?", {"inquiry"}),
    ("Hypothetically, if I wanted my data deleted, how would that work?", {"inquiry"}),
    # negation traps
    (
        "I don't want my account deleted, I only want to know what data you hold about me.",
        {"disclosure"},
    ),
    ("not trying to delete anything, just stop the newsletter", {"suspension"}),
    ("Rather than deleting my profile, please just update my phone number.", {"correction"}),
    ("No need to close my account; please stop using my data for analytics.", {"suspension"}),
    ("I'm not asking you to erase my data, I just want a copy of it.", {"disclosure"}),
    ("Without closing my account, could you opt me out of all marketing?", {"suspension"}),
    # multi-intent
    ("Send me what you hold about me and then delete all of it.", {"disclosure", "deletion"}),
    ("Please update my address and stop sending me promotions.", {"correction", "suspension"}),
    (
        "I asked you to remove my data a month ago and I'm still getting your emails. "
        "Delete everything now!",
        {"deletion", "complaint"},
    ),
    (
        "Stop sharing my data with partners, and tell me which partners already got it.",
        {"suspension", "disclosure"},
    ),
    # decoys and other
    ("I accidentally deleted the invoice PDF, could you resend it?", {"other"}),
    ("How can I export the scan findings to CSV?", {"other"}),
    ("Huge savings on cloud hosting this week! Reply STOP to unsubscribe.", {"other"}),
    (
        "This message is confidential. If you received it in error, please delete it and "
        "notify the sender.",
        {"other"},
    ),
    ("How do I delete an old API key and the webhook for our Slack integration?", {"other"}),
    ("We were billed twice for March, please refund one charge.", {"other"}),
    ("The console has been down for two hours, this is unacceptable!", {"other"}),
    ("We would like to discuss becoming a reseller of your platform in Korea.", {"other"}),
    ("Can I get a quote for 100 seats?", {"other"}),
    ("Scans keep failing with a 403 error since this morning.", {"other"}),
    ("Please update our billing address on future invoices.", {"other"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:32] for text, _ in CASES])
def test_english_message_gets_its_kinds(text, expected):
    result = classify(text)
    assert set(result.kinds) == expected, [
        (cue.status, cue.rule, cue.text, cue.by) for cue in result.cues
    ]


def test_cues_explain_a_negated_right():
    cues = classify("Please do not close my account.").cues
    assert any(cue.kind == "deletion" and cue.status == "negated" for cue in cues)


def test_cues_explain_a_deflected_right():
    result = classify("If I leave, would my data be removed?")
    assert result.kinds == ("inquiry",)
    assert any(cue.kind == "deletion" and cue.status == "deflected" for cue in result.cues)


def test_a_disclaimer_alone_makes_no_request():
    footer = (
        "Thanks for the quick fix!\n\n--\nKim Lee\nThis e-mail may contain confidential "
        "information; if you got it by mistake, please inform the sender and then erase it "
        "along with any copies."
    )
    assert classify(footer).kinds == ("other",)
