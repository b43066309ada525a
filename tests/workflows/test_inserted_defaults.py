"""Rows written by plain INSERTs get the model's column defaults for what they leave out."""

from __future__ import annotations

import pytest
from sqlmodel import Session, col, select
from workflow_helpers import mail, make_workspace, outbox

from intake.chat import make_update
from workflows import outbox as outbox_module
from workflows import pipeline
from workflows.models import InboundMessage, Outbox


@pytest.fixture
def ws(engine, tmp_path):
    return make_workspace(engine, tmp_path)


def test_the_states_the_inserts_rely_on_are_the_models_defaults():
    assert InboundMessage.__table__.c.state.default.arg == pipeline.STORED
    assert Outbox.__table__.c.state.default.arg == outbox_module.PENDING


def test_stored_messages_get_the_defaults_in_one_statement(ws):
    stored = pipeline.store_many(
        ws,
        [
            (mail("ken@example.jp", "Please delete my data."), "email", {"peer": "1.2.3.4"}),
            (make_update(42, "データを削除してください"), "chat", None),
        ],
    )
    with Session(ws.engine) as session:
        query = select(InboundMessage).where(
            col(InboundMessage.id).in_([item.inbound_id for item in stored])
        )
        rows = list(session.exec(query.order_by(col(InboundMessage.id))))
    assert [row.envelope for row in rows] == [{"peer": "1.2.3.4"}, {}]
    for row in rows:
        assert (row.state, row.attempts, row.kinds, row.cues, row.facts) == (
            "stored",
            0,
            [],
            [],
            {},
        )
        assert (row.auto_reply, row.bounce) == (False, False)
        assert row.received_at == ws.now()
        assert row.error is row.processed_at is row.case_id is row.sender_address is None


def test_queued_entries_get_the_defaults(ws):
    pipeline.ingest(ws, mail("ken@example.jp", "Please tell me what data you hold."), "email")
    entries = outbox(ws.engine)
    assert entries
    for entry in entries:
        assert (entry.state, entry.attempts, entry.last_error, entry.sent_at) == (
            "pending",
            0,
            None,
            None,
        )
        assert entry.rendered
        assert entry.created_at == entry.next_attempt_at == ws.now()
