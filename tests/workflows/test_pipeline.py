"""End to end through `ingest`: cases opened, identity confirmed, approval acts and replies."""

from __future__ import annotations

import json
import re

import pytest
from sqlmodel import Session, select
from workflow_helpers import (
    add_customer,
    cases,
    code_in,
    mail,
    make_workspace,
    outbox,
    parsed_outbox_mail,
)

from intake.chat import make_update
from workflows import approval
from workflows.db import transaction
from workflows.models import Case, Customer, CustomerEmail, Draft, Event, InboundMessage
from workflows.pipeline import ingest, process_pending, store


@pytest.fixture
def ws(engine, tmp_path):
    return make_workspace(engine, tmp_path)


def _events(ws, case_id: int) -> list[str]:
    with Session(ws.engine) as session:
        rows = session.exec(select(Event).where(Event.case_id == case_id).order_by(Event.id))
        return [event.action for event in rows]


def test_the_same_message_twice_changes_nothing(ws):
    raw = mail("hanako@example.jp", "登録している住所を変更したいです。", name="佐藤 花子")
    first = ingest(ws, raw, "email")
    before = (len(cases(ws.engine)), len(outbox(ws.engine)))
    second = ingest(ws, raw, "email")
    assert second.id == first.id
    assert (len(cases(ws.engine)), len(outbox(ws.engine))) == before == (1, 2)


def test_an_other_message_opens_a_triage_case_closed_in_one_action(ws):
    inbound = ingest(ws, mail("buyer@example.com", "Can I get a quote for 20 licences?"), "email")
    [case] = cases(ws.engine)
    assert (case.state, case.kinds, inbound.case_id) == ("triage", [], case.id)
    assert outbox(ws.engine) == []
    with transaction(ws.engine) as session:
        approval.close_not_privacy(
            session, ws, session.get(Case, case.id), actor="alice", role="agent"
        )
    assert cases(ws.engine)[0].state == "closed"


def test_deletion_by_a_known_customer_runs_from_code_to_erasure(ws):
    add_customer(ws.engine, "WT-1001", "Taro Yamada", "taro@example.jp", phone="09012345678")
    request = mail("taro@example.jp", "Please delete my account and all my data.", name="Taro")
    ingest(ws, request, "email")
    [case] = cases(ws.engine)
    assert (case.state, case.kinds, case.customer_id is not None) == (
        "awaiting_identity",
        ["deletion"],
        True,
    )
    ack, challenge = outbox(ws.engine)
    assert (ack.purpose, challenge.purpose, challenge.recipient) == (
        "acknowledgement",
        "identity_request",
        "taro@example.jp",
    )
    assert f"[{case.number}]" in parsed_outbox_mail(ack)["Subject"]
    assert parsed_outbox_mail(ack)["Auto-Submitted"] == "auto-replied"

    reply = mail(
        "taro@example.jp",
        f"The code is {code_in(challenge)}.",
        subject=f"Re: {parsed_outbox_mail(challenge)['Subject']}",
        in_reply_to=challenge.message_id,
    )
    ingest(ws, reply, "email")
    [case] = cases(ws.engine)
    assert (case.state, case.identity_state) == ("draft_ready", "confirmed")

    with transaction(ws.engine) as session:
        approval.approve(session, ws, session.get(Case, case.id), actor="boss", role="approver")
    answer = outbox(ws.engine, purpose="answer")[0]
    headers = parsed_outbox_mail(answer)
    reply_id = email_message_id(reply)
    assert headers["In-Reply-To"] == reply_id
    assert reply_id in headers["References"]
    assert f"[{case.number}]" in headers["Subject"]
    assert headers["Auto-Submitted"] is None
    with Session(ws.engine) as session:
        customer = session.exec(select(Customer)).one()
        assert customer.erased_at is not None and customer.name is None
        assert session.exec(select(CustomerEmail)).all() == []
        texts = session.exec(select(InboundMessage.raw)).all()
        assert all(raw is None for raw in texts)
    assert "executed" in _events(ws, case.id)


def email_message_id(raw: bytes) -> str:
    import email as stdlib_email

    return stdlib_email.message_from_bytes(raw)["Message-ID"]


def test_a_bounce_of_our_reply_marks_the_outbox_entry_undelivered(ws):
    ingest(ws, mail("lost@example.com", "How long do you keep access logs?"), "email")
    [ack] = outbox(ws.engine, purpose="acknowledgement")
    bounce = mail(
        "MAILER-DAEMON@example.com",
        "This is the mail system. Your message could not be delivered.",
        subject="Undelivered Mail Returned to Sender",
    )
    dsn = _dsn(ack.message_id)
    ingest(ws, dsn, "email")
    [entry] = outbox(ws.engine, purpose="acknowledgement")
    assert entry.state == "undelivered"
    [case] = cases(ws.engine)
    assert "bounce_received" in _events(ws, case.id)
    assert len(cases(ws.engine)) == 1 and bounce


def _dsn(original_message_id: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.example.com (Mail Delivery System)\r\n"
        "To: support@win-techno.com\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <bounce.1@mx.example.com>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n'
        "\r\n--B\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.com\r\n\r\n"
        "Final-Recipient: rfc822; lost@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {original_message_id}\r\nSubject: x\r\n"
        "--B--\r\n"
    ).encode()


def test_an_unknown_sender_proves_their_address_and_gets_the_no_data_notice(ws):
    ingest(ws, mail("stranger@example.org", "What personal data do you hold about me?"), "email")
    [challenge] = outbox(ws.engine, purpose="identity_request")
    assert challenge.recipient == "stranger@example.org"
    ingest(
        ws,
        mail("stranger@example.org", code_in(challenge), in_reply_to=challenge.message_id),
        "email",
    )
    [case] = cases(ws.engine)
    assert case.state == "draft_ready"
    with Session(ws.engine) as session:
        from workflows.replies import current_draft

        assert current_draft(session, case).template == "no_data_held"


def test_a_chat_user_links_their_account_with_a_code_sent_to_the_address_on_record(ws):
    add_customer(ws.engine, "WT-2002", "Hanako Sato", "hanako@example.jp")
    ingest(ws, make_update(777, "私のデータを開示してください", update_id=1), "chat")
    [case] = cases(ws.engine)
    assert case.state == "awaiting_identity"
    [ask] = outbox(ws.engine, purpose="identity_ask")
    assert ask.channel == "chat" and json.loads(ask.rendered)["chat_id"] == 777
    ingest(ws, make_update(777, "hanako@example.jp です", update_id=2), "chat")
    [challenge] = outbox(ws.engine, purpose="identity_request")
    assert challenge.channel == "email" and challenge.recipient == "hanako@example.jp"
    ingest(ws, make_update(777, code_in(challenge), update_id=3), "chat")
    [case] = cases(ws.engine)
    assert (case.state, case.identity_state) == ("draft_ready", "confirmed")
    with Session(ws.engine) as session:
        assert session.exec(select(Customer)).one().telegram_user_id == 777


def test_a_wrong_code_does_not_confirm_and_five_wrong_codes_lock_the_challenge(ws):
    add_customer(ws.engine, "WT-3003", "Ken Ito", "ken@example.jp")
    ingest(ws, mail("ken@example.jp", "Please stop using my data for marketing."), "email")
    [challenge] = outbox(ws.engine, purpose="identity_request")
    wrong = "000000" if code_in(challenge) != "000000" else "111111"
    for _attempt in range(5):
        ingest(ws, mail("ken@example.jp", wrong, in_reply_to=challenge.message_id), "email")
    ingest(
        ws, mail("ken@example.jp", code_in(challenge), in_reply_to=challenge.message_id), "email"
    )
    [case] = cases(ws.engine)
    assert case.state == "awaiting_identity" and case.identity_state == "pending"
    assert "identity_code_locked" in _events(ws, case.id)


def test_approval_before_identity_is_confirmed_is_refused_even_with_a_draft(ws):
    add_customer(ws.engine, "WT-4004", "Mika Mori", "mika@example.jp")
    ingest(ws, mail("mika@example.jp", "Send me a copy of all my personal data."), "email")
    [case] = cases(ws.engine)
    with transaction(ws.engine) as session:  # as if a bug had drafted too early
        forced = session.get(Case, case.id)
        forced.state = "draft_ready"
        session.add(Draft(case_id=case.id, template="answer", language="en", subject="s", body="b"))
    with (
        pytest.raises(approval.NotAllowed, match="identity is not confirmed"),
        transaction(ws.engine) as session,
    ):
        approval.approve(session, ws, session.get(Case, case.id), actor="boss", role="approver")
    assert outbox(ws.engine, purpose="answer") == []


def test_a_stored_message_left_by_a_crash_is_processed_on_start_up(ws):
    stored = store(ws, mail("late@example.com", "Please delete my data."), "email")
    assert cases(ws.engine) == []
    assert process_pending(ws) == 1
    [case] = cases(ws.engine)
    with Session(ws.engine) as session:
        assert session.get(InboundMessage, stored.inbound_id).case_id == case.id


def test_a_message_whose_processing_fails_is_tried_once_per_round_then_again(ws, monkeypatch):
    stored = store(ws, mail("flaky@example.com", "Please delete my data."), "email")

    def broken(*_args, **_kwargs):
        raise RuntimeError("the classifier is away")

    with monkeypatch.context() as patched:
        patched.setattr("workflows.pipeline.classify_mail", broken)
        assert process_pending(ws) == 1
    with Session(ws.engine) as session:
        kept = session.get(InboundMessage, stored.inbound_id)
        assert (kept.state, kept.attempts) == ("stored", 1)
        assert "the classifier is away" in kept.error
    assert process_pending(ws) == 1
    assert [case.kinds for case in cases(ws.engine)] == [["deletion"]]


def test_bytes_that_are_not_mail_are_kept_and_reported(ws):
    inbound = ingest(ws, b"\x00\x01 not mail at all", "email")
    assert inbound.state == "failed" and inbound.raw == b"\x00\x01 not mail at all"
    assert inbound.error


def test_the_loop_guard_throttles_automatic_mail_to_one_address(ws):
    for number in range(12):
        ingest(ws, mail("flood@example.com", f"What cookies do you use? ({number})"), "email")
    sent = outbox(ws.engine, recipient="flood@example.com", state="pending")
    throttled = outbox(ws.engine, recipient="flood@example.com", state="throttled")
    assert len(sent) == ws.settings.loop_guard_limit and len(throttled) == 2


def test_automatic_mail_opens_no_case_and_gets_no_answer(ws):
    auto = mail(
        "away@example.com",
        "I am out of the office until Monday.",
        subject="Out of Office",
        headers={"Auto-Submitted": "auto-replied"},
    )
    inbound = ingest(ws, auto, "email")
    assert inbound.auto_reply and inbound.case_id is None
    assert cases(ws.engine) == [] and outbox(ws.engine) == []


def test_disclosure_sends_the_export_and_a_bounce_of_that_answer_returns_to_the_case(ws):
    add_customer(ws.engine, "WT-5005", "Aiko Kato", "aiko@example.jp", phone="0312345678")
    ingest(ws, mail("aiko@example.jp", "保有している私の個人情報を開示してください。"), "email")
    [challenge] = outbox(ws.engine, purpose="identity_request")
    ingest(
        ws, mail("aiko@example.jp", code_in(challenge), in_reply_to=challenge.message_id), "email"
    )
    [case] = cases(ws.engine)
    with transaction(ws.engine) as session:
        approval.approve(session, ws, session.get(Case, case.id), actor="boss", role="approver")
    [answer] = outbox(ws.engine, purpose="answer")
    parts = {part.get_filename(): part for part in parsed_outbox_mail(answer).iter_attachments()}
    assert set(parts) == {"personal-data.json", "personal-data.csv"}
    exported = json.loads(parts["personal-data.json"].get_content())
    assert "Aiko Kato" in json.dumps(exported, ensure_ascii=False)
    assert answer.recipient == "aiko@example.jp"

    ingest(ws, _dsn(answer.message_id), "email")
    [answer] = outbox(ws.engine, purpose="answer")
    assert answer.state == "undelivered"
    assert _events(ws, case.id)[-1] == "bounce_received"


def test_a_link_token_confirms_identity_once(ws, tmp_path):
    from workflows.pipeline import confirm_by_link

    ws = make_workspace(ws.engine, tmp_path, public_url="https://privacy.example.com")
    add_customer(ws.engine, "WT-6006", "Jun Abe", "jun@example.jp")
    ingest(ws, mail("jun@example.jp", "Please correct my phone number."), "email")
    [challenge] = outbox(ws.engine, purpose="identity_request")
    link = re.search(r"https://privacy\.example\.com/confirm/(\S+)", challenge.body)
    assert link, challenge.body
    [case] = cases(ws.engine)
    assert confirm_by_link(ws, "not-a-token") is None
    assert confirm_by_link(ws, link.group(1)) == case.number
    assert confirm_by_link(ws, link.group(1)) is None
    assert cases(ws.engine)[0].identity_state == "confirmed"


def test_a_triaged_message_is_forwarded_to_general_support_and_closed(ws, tmp_path):
    ws = make_workspace(ws.engine, tmp_path, general_support_address="help@example.com")
    raw = mail("buyer@example.com", "Our invoice total looks wrong this month.")
    ingest(ws, raw, "email")
    [case] = cases(ws.engine)
    with transaction(ws.engine) as session:
        approval.close_not_privacy(
            session, ws, session.get(Case, case.id), actor="alice", role="agent", forward=True
        )
    [forward] = outbox(ws.engine, purpose="forward")
    assert forward.recipient == "help@example.com" and forward.automatic is False
    [original] = list(parsed_outbox_mail(forward).iter_attachments())
    assert original.get_content().replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")
    assert cases(ws.engine)[0].state == "closed"


def test_the_audit_trail_and_case_times_follow_the_workspace_clock(ws):
    ws.clock.advance(days=3)
    ingest(ws, mail("clock@example.com", "Please delete my data."), "email")
    [case] = cases(ws.engine)
    with Session(ws.engine) as session:
        times = {event.at for event in session.exec(select(Event))}
    assert times == {ws.now()} and case.opened_at == case.updated_at == ws.now()


def test_a_batch_holding_the_same_message_twice_stores_and_processes_it_once(ws):
    from workflows.pipeline import ingest_many

    raw = mail("twice@example.com", "Please delete my data.")
    first, second = ingest_many(ws, [(raw, "email", None), (raw, "email", None)])
    assert first.id == second.id and len(cases(ws.engine)) == 1


def test_an_erasure_leaves_no_address_in_codes_earlier_drafts_or_delivered_mail(ws):
    from workflows.models import Draft, IdentityChallenge, Outbox
    from workflows.outbox import mark_sent

    add_customer(ws.engine, "WT-7007", "Rin Ono", "rin@example.jp")
    ingest(
        ws, mail("rin@example.jp", "Please delete all my personal data.", name="Rin Ono"), "email"
    )
    [challenge] = outbox(ws.engine, purpose="identity_request")
    ingest(
        ws, mail("rin@example.jp", code_in(challenge), in_reply_to=challenge.message_id), "email"
    )
    [case] = cases(ws.engine)
    with transaction(ws.engine) as session:
        for entry in session.exec(select(Outbox)).all():
            mark_sent(session, entry, ws.now())
        approval.edit_draft(
            session,
            ws,
            session.get(Case, case.id),
            subject="Deleted",
            body="Dear Rin Ono, done.",
            actor="alice",
            role="agent",
        )
        approval.approve(session, ws, session.get(Case, case.id), actor="boss", role="approver")
    with Session(ws.engine) as session:
        stored = [
            *(c.destination for c in session.exec(select(IdentityChallenge))),
            *(d.body for d in session.exec(select(Draft)) if d.state != "approved"),
            *(
                (o.recipient, o.body, o.rendered)
                for o in session.exec(select(Outbox))
                if o.state == "sent"
            ),
        ]
        [answer] = [o for o in session.exec(select(Outbox)) if o.purpose == "answer"]
    assert "rin@example.jp" not in repr(stored) and "Rin Ono" not in repr(stored)
    assert answer.recipient == "rin@example.jp" and answer.state == "pending"


def test_a_disclosure_export_leaves_out_cases_merely_linked_to_the_customer(ws):
    taro = add_customer(ws.engine, "WT-8008", "Taro Yamada", "taro@example.jp")
    add_customer(ws.engine, "WT-8009", "Kenji Sato", "kenji@example.jp")
    ingest(ws, mail("taro@example.jp", "Please send me a copy of my personal data."), "email")
    [challenge] = outbox(ws.engine, purpose="identity_request")
    ingest(
        ws, mail("taro@example.jp", code_in(challenge), in_reply_to=challenge.message_id), "email"
    )
    ingest(ws, make_update(701, "kenji@example.jp です", update_id=70), "chat")
    first, stranger = cases(ws.engine)
    with transaction(ws.engine) as session:
        approval.link_customer(
            session,
            ws,
            session.get(Case, stranger.id),
            session.get(Customer, taro.id),
            actor="alice",
            role="agent",
        )
        approval.approve(session, ws, session.get(Case, first.id), actor="boss", role="approver")
    [answer] = outbox(ws.engine, purpose="answer")
    exported = {
        part.get_filename(): part.get_content()
        for part in parsed_outbox_mail(answer).iter_attachments()
    }
    assert "Taro Yamada" in str(exported) and "kenji" not in str(exported)


def test_a_request_written_only_in_the_subject_opens_its_case(ws):
    request = mail("s@example.jp", "よろしくお願いします。", subject="個人情報の開示請求")
    ingest(ws, request, "email")
    assert [case.kinds for case in cases(ws.engine)] == [["disclosure"]]
