"""`queue_to_requester`: the one choice of chat or mail, recipient and thread of a reply."""

from __future__ import annotations

import json

import pytest
from workflow_helpers import make_workspace, outbox, parsed_outbox_mail

from workflows.db import transaction
from workflows.drafting import RenderedReply
from workflows.models import Case, InboundMessage
from workflows.outbox import queue_to_requester

REPLY = RenderedReply("Your request", "Thank you.\n", "en")
CUSTOMER_MESSAGE_ID = "<customer.1@example.jp>"


@pytest.fixture
def ws(engine, tmp_path):
    return make_workspace(engine, tmp_path)


def _queue(ws, case_fields: dict, *, answered: bool = False, **options) -> int | None:
    """Open a case with `case_fields` and queue REPLY to its requester with `options`."""
    with transaction(ws.engine) as session:
        case = Case(number="PR-2026-000001", opened_at=ws.now(), updated_at=ws.now())
        for name, value in case_fields.items():
            setattr(case, name, value)
        session.add(case)
        session.flush()
        answering = None
        if answered:
            answering = InboundMessage(
                channel="email",
                unique_key=f"mid:{CUSTOMER_MESSAGE_ID}",
                received_at=ws.now(),
                message_id=CUSTOMER_MESSAGE_ID,
                case_id=case.id,
            )
            session.add(answering)
            session.flush()
        return queue_to_requester(
            session,
            ws,
            case,
            REPLY,
            purpose="test",
            automatic=False,
            answering=answering,
            **options,
        )


CHAT_CASE = {"channel": "chat", "chat_user_id": 42, "chat_id": 4242}
MAIL_CASE = {"channel": "email", "requester_address": "ken@example.jp"}


def test_a_chat_case_is_answered_in_its_chat(ws):
    assert _queue(ws, CHAT_CASE, to="ken@example.jp") is not None
    [entry] = outbox(ws.engine)
    assert (entry.channel, entry.recipient) == ("chat", "4242")
    assert json.loads(entry.rendered) == {"chat_id": 4242, "text": "Your request\n\nThank you.\n"}


@pytest.mark.parametrize(
    "options",
    [{"by_mail": True}, {"attachments": [("data.csv", "text/csv", b"a,b\n")]}],
    ids=["by_mail", "attachments"],
)
def test_a_chat_case_goes_by_mail_when_asked_or_with_attachments(ws, options):
    assert _queue(ws, CHAT_CASE, to="ken@example.jp", **options) is not None
    [entry] = outbox(ws.engine)
    assert (entry.channel, entry.recipient) == ("email", "ken@example.jp")


def test_mail_goes_to_the_requester_threaded_to_the_answered_message(ws):
    _queue(ws, MAIL_CASE, answered=True)
    [entry] = outbox(ws.engine)
    assert (entry.channel, entry.recipient, entry.automatic) == ("email", "ken@example.jp", False)
    headers = parsed_outbox_mail(entry)
    assert headers["In-Reply-To"] == CUSTOMER_MESSAGE_ID
    assert headers["To"] == "ken@example.jp"


def test_mail_to_another_address_and_without_a_message_to_answer(ws):
    _queue(ws, MAIL_CASE, to="records@example.jp")
    [entry] = outbox(ws.engine)
    assert entry.recipient == "records@example.jp"
    assert parsed_outbox_mail(entry)["In-Reply-To"] is None


@pytest.mark.parametrize(
    "case_fields",
    [
        {"channel": "email", "requester_address": None},
        {"channel": "chat", "chat_user_id": 42, "chat_id": None},
    ],
    ids=["mail case", "chat case without a chat"],
)
def test_no_address_to_mail_to_queues_nothing(ws, case_fields):
    assert _queue(ws, case_fields) is None
    assert outbox(ws.engine) == []
