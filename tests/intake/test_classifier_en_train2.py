"""English probe cases for the causes found on the persona-first development set (tests/train/en2).

Each miss of that set was traced to a cause (a second-language register, a teenager's typo, a
lawyer's parenthetical, a request told by its value only, a report read as a request, a
reported suggestion, a subject line that names the request), and the lexicon was fixed for the
cause, not for the sentence. These cases are new wordings of each cause, written for this file
(none is copied from the set), together with hard negatives that must keep their kind.

The cases test the rules alone (`fallback=False`): the statistical fallback is trained on them,
so it must not be what makes them pass.
"""

from __future__ import annotations

import pytest

from intake.classifier import classify

D, C, S, X, K = "disclosure", "correction", "suspension", "deletion", "complaint"
INQ, OTHER = "inquiry", "other"


def _case(text: str, *kinds: str) -> object:
    return pytest.param(text, set(kinds), id=f"{'+'.join(kinds)}:{text[:40]}")


CASES = [
    # --- disclosure asked by what ties the data to the requester; a step someone else suggested
    _case("Which personal details are connected to my profile?", D),
    _case("what kind of data is tied to my email address", D),
    _case("What information is linked to this licence key?", OTHER),
    _case("The agent suggested I delete my account, but I only want the newsletter to stop.", S),
    _case("They advised us to close the account.", OTHER),
    # --- correction of a value the writer gave wrongly
    _case("I typed a fake email into the trial form, could you change it to a real one?", C),
    # --- disclosure: second-language registers ("teach me", "revert with", data before its holder)
    _case("Kindly teach me which personal data of mine is stored in your system.", D),
    _case("Please teach me how to renew the licence.", OTHER),
    _case("Please revert back with the list of information you hold about me.", D),
    _case("Kindly revert with the invoice copy for March.", OTHER),
    _case("Could you confirm my details that your team is holding?", D),
    _case("I would like to check my personal data which your company has registered.", D),
    _case("I want to know if my data which you hold is safe.", OTHER),
    _case("What contact details are registered for me?", D),
    # what has been collected, with "been" and an -ing verb
    _case("What have you been collecting about me?", D),
    _case("Tell me what your app has been logging about me.", D),
    _case("Please let me know what you've been storing on me since 2020.", D),
    _case("Tell me what you've been working on this quarter.", OTHER),
    # a copy of a list, not a file's name
    _case("Why did the agent upload a list of my folder names and my file names?", OTHER),
    _case("I want a list of my files that you keep.", D),
    _case("Please send the details of all information gathered about me.", D),
    # how my data is used, in ESL word order; what you do with it
    _case("Please inform me for which purposes my data is used.", D),
    _case("For which purposes is my data used?", D),
    _case("What do you guys actually do with my location data?", D),
    _case("What do you do with the crash reports?", OTHER),
    # "why do you need it" asks about a field in general: a practice question
    _case("Your sign-up form wants my birthday. Why do you need it?", INQ),
    _case("Your sign-up form wants my birthday. Why do you even need it?", K),
    _case("Why does the mobile app ask for my contacts? What does it do with them?", INQ),
    _case("Why do you need admin rights to install?", OTHER),
    _case("Why do you need my phone number?", D),
    # the source of one's data
    _case("Who gave you my number? I'd like you to tell me where it came from.", D, K),
    _case("I never gave my email to you, so please tell me where exactly it came from.", D),
    _case("There is a charge on my account I don't recognise, where did it come from?", OTHER),
    _case("Can you tell me where it came from? The parcel had no sender.", OTHER),
    # recipients: "details to resellers" is no list of recipients
    _case("Please stop passing my details to resellers, whoever they are.", S),
    _case("Please give me a list of the partners you passed my details to.", D),
    # --- correction: the value itself, or a pronoun for it, to use from now on -------------
    _case("Please use ana.lopez@example.org from now on.", C),
    _case("Contact me at +44 7700 900123 instead.", C),
    _case("My home email is kai@example.net. Please use that from now on.", C),
    _case("Use this one from now on: the old work address is closing.", OTHER),
    _case("Please use the new VPN profile from now on.", OTHER),
    # terse requests once the field is named
    _case("your site says my surname is Smyth. It's Smith. fix pls", C),
    _case("The birthday on my profile is off by one day. update it please.", C),
    _case("The installer is broken. fix pls", OTHER),
    # "it's x now, not y" after a change of name or address
    _case("New surname since the wedding - it's Rossi now, not Bianchi.", C),
    _case("My new family name after my divorce is Keller.", C),
    _case("It's a bug, not a feature. My address is fine.", OTHER),
    # the field called wrong where it is kept, typos included
    _case("adress wrong on acount, it's flat 4 not flat 2", C),
    _case("surname is incorrect in your system", C),
    _case("The price is wrong on the invoice.", OTHER),
    # a heading names the change (subject lines, one-line chats)
    _case("Surname change - Priya Natarajan", C),
    _case("Update email address", C),
    _case("Postal address update please", C),
    _case("name change feature is broken", OTHER),
    _case("Update email address format in the template", OTHER),
    # stop mailing the old address = use the new one (a correction, not a suspension)
    _case("Stop emailing my old address, I'm switching jobs. Use lee@example.com from now on.", C),
    _case("Please stop emailing my work address with your promotions.", S),
    # --- suspension ---------------------------------------------------------------------
    # a parenthetical after the verb, another person's data, a subjunctive demand
    _case("Please cease, with immediate effect, all use of her personal data for marketing.", S),
    _case("We ask that any further sharing of our client's data with affiliates stop at once.", S),
    _case("He does not consent to any marketing and asks that it end.", S),
    _case("I did not agree to my details being passed to anyone. I'm shocked.", K),
    # a use named by its purpose: product improvement
    _case("I don't want my telemetry sent to you for product improvement.", S),
    _case("Please keep my crash logs out of your service improvement work.", S),
    # "stop using what you collected"
    _case("Please stop using whatever you have already collected from me.", S),
    _case("Stop using everything you hold on me for marketing.", S),
    # "make that stop" when one's data is the subject
    _case("My account keeps sharing usage data. Can you make that stop?", S),
    # a first-person report is no request: "i don't use it", "we never share"
    _case("I don't use my old laptop anymore, can I move the licence?", OTHER),
    _case("We never share your data with anyone, right?", OTHER),
    _case("Please don't use my data for ads.", S),
    # a reply, not marketing: "don't send me a form letter"
    _case("Do not send me a canned response, answer my question about the licence.", OTHER),
    _case("Don't send me any more promotional emails.", S),
    # "not just unsubscribe me": the unsubscription is what was done instead
    _case("I wanted my profile deleted, not just unsubscribe me from the mailing list.", X),
    _case("Please not only unsubscribe me but also delete my data.", S, X),
    # --- deletion -----------------------------------------------------------------------
    # a product or brand word before "account"; typos of "account" and "delete"
    _case("Please close my WinGuard Family account.", X),
    _case("Please delete my Gmail account.", OTHER),
    _case("Please close my test account.", OTHER),
    _case("plz delet my acount", X),
    _case("remov my infomation from your database pls", X),
    # the data named by who holds it, then erased
    _case("How can I get everything you hold on me removed?", X),
    _case("I want all the information about me erased.", X),
    _case("How do I get the data you have about me?", D),
    # nothing of mine remains
    _case("Once my membership ends, make sure nothing of mine remains on your servers.", X),
    # "can u delete it", "get rid of it"
    _case("i dont use my account anymore. can u delete it", X),
    _case("My old account is useless now. Could you get rid of it?", X),
    _case("The invoice PDF is wrong. Can you get rid of it?", OTHER),
    # data left lying around, said casually
    _case("I don't really want my details floating around on servers forever.", X),
    # a report is no request: "my account got wiped"
    _case("Last year my account got wiped by your system, so be careful this time.", OTHER),
    # asked before, with a time: a deletion repeated
    _case("I asked to be deleted three weeks ago. Do it now.", X, K),
    _case("I asked to be removed in March from your newsletter.", OTHER),
    # headings
    _case("Account deletion", X),
    _case("Account deletion request", X),
    _case("Close account - j.smith", X),
    _case("What is your account deletion policy?", OTHER),
    # a right someone else suggests, or a policy says one may ask for, is not asked for
    _case("My husband says I should close my account over the spam. I'd rather keep it.", OTHER),
    _case("Your help page says we can request an export of our data. We don't need one.", OTHER),
    _case("The FAQ says I can delete my account in settings, but the button is missing.", X),
    _case("My friend said I should ask you to delete my data, so please delete my data.", X),
    # --- complaint ----------------------------------------------------------------------
    # learnt of a breach from the news, not told
    _case("So I find out about the leak on Reddit? Seriously?", K),
    _case("We learnt about the security incident from a journalist before you told us.", K),
    _case("I haven't had a single email from you about the breach.", K),
    _case("I haven't received a single email from you about my order.", OTHER),
    _case("I read about your new feature on Twitter first, looks great.", OTHER),
    # disbelief and let-down, when personal data is the subject
    _case("After the data exposure I expected far better from a security company.", K),
    _case("Your app crashed again. I expected better.", OTHER),
    # the request misread
    _case("That's not what I asked for: I asked you to erase my data.", X, K),
    # a correction asked again for the third time, with the field named
    _case("Third time asking: my date of birth is 4 May, not 5 April. fix it.", C, K),
    # --- inquiry ------------------------------------------------------------------------
    _case("Who is responsible for data protection at your company?", INQ),
    _case("Could you tell us the department responsible for handling personal information?", INQ),
    _case("Who is responsible for billing?", OTHER),
    _case("Does the new mobile app collect any personal data?", INQ),
    _case(
        "Our trustees asked me what, if any, personal data about our pupils your software"
        " collects, and whether any of it goes to advertisers.",
        INQ,
    ),
    _case("Tell me what data about me your app collects.", D),
    _case("Can you delete the duplicate invoice and resend it?", OTHER),
    _case("When I cancel, does that also delete my data from your servers?", INQ),
    _case("Will it remove my data if I uninstall?", INQ),
    # --- registers met while probing the causes above ----------------------------------
    _case("can u stop txting me", S),
    _case("Our client objects to the use of her personal data for profiling.", S),
    _case("why tf do u have my address", K),
    _case("I'd like my name off your mailing list.", S),
    _case("I want my details out of your database.", X),
    _case("I don't want you to have my phone number anymore.", X),
    _case("I don't want you to keep my address on the invoice.", OTHER),
    _case("I am not satisfied with the way you store my data.", K),
    _case("I'm not satisfied with the scan speed.", OTHER),
    _case("I don't want to unsubscribe, I just want fewer emails.", OTHER),
    _case("Before I decide whether to close my account, tell me what you hold on me.", D),
    _case("I thought about asking you to erase my data but decided against it.", OTHER),
    _case("I've decided: delete my account.", X),
    _case("I'm no longer at Acme, I'm at Beta Corp now.", C),
    _case("I'm no longer with the company, please delete my account.", X),
    _case("We live in Osaka now.", C),
    _case("I live in fear now that you leaked my data.", K),
    _case("the email you have for me is dead", C),
    _case("my mobile's different now: 07700 900456", C),
    # --- decoys -------------------------------------------------------------------------
    _case(
        "Get 100 free leads today!\nYou are receiving this because you signed up.\n"
        "To opt out, reply with\nSTOP in the subject line.",
        OTHER,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_train2_probe_gets_its_kinds(text, expected):
    result = classify(text, language="en", fallback=False)
    assert set(result.kinds) == expected, [
        (cue.status, cue.rule, cue.text, cue.by) for cue in result.cues
    ]
