"""The whole shared corpus through `ingest`: one case per human message with the labelled items."""

from __future__ import annotations

import pytest
from shared_corpus import corpus_labels, require_corpus
from sqlmodel import Session, select
from workflow_helpers import make_workspace

from intake.chat import make_update
from workflows.cases import items_of
from workflows.models import Case, InboundMessage, Outbox
from workflows.pipeline import ingest

pytestmark = pytest.mark.corpus
FIRST_CHAT_USER = 5_000


def _ingest_corpus(ws) -> dict[str, InboundMessage]:
    corpus = require_corpus()
    inbound_by_file = {}
    for number, label in enumerate(corpus_labels()):
        path = corpus / label["file"]
        if label["channel"] == "email":
            inbound_by_file[label["file"]] = ingest(ws, path.read_bytes(), "email")
        else:
            update = make_update(FIRST_CHAT_USER + number, path.read_text("utf-8"))
            inbound_by_file[label["file"]] = ingest(ws, update, "chat")
    return inbound_by_file


def test_every_corpus_message_opens_its_case_with_the_labelled_items(engine, tmp_path):
    ws = make_workspace(engine, tmp_path)
    inbound_by_file = _ingest_corpus(ws)
    labels = corpus_labels()
    with Session(engine) as session:
        for label in labels:
            inbound = inbound_by_file[label["file"]]
            assert inbound.state == "processed", (label["file"], inbound.error)
            if label["auto_reply"] or label["bounce"]:
                assert inbound.case_id is None, label["file"]
                continue
            case = session.get(Case, inbound.case_id)
            expected = sorted(kind for kind in label["kinds"] if kind != "other")
            assert sorted(item.kind for item in items_of(session, case)) == expected, label
            assert case.state == ("triage" if not expected else case.state), label["file"]
        automatic = sum(label["auto_reply"] or label["bounce"] for label in labels)
        assert len(session.exec(select(Case)).all()) == len(labels) - automatic
        recipients = {entry.recipient for entry in session.exec(select(Outbox)).all()}
        for label in labels:
            if label["auto_reply"] or label["bounce"]:
                sender = inbound_by_file[label["file"]].sender_address
                assert sender not in recipients, f"{label['file']} was answered"


def test_ingesting_the_corpus_twice_changes_nothing(engine, tmp_path):
    ws = make_workspace(engine, tmp_path)
    _ingest_corpus(ws)
    with Session(engine) as session:
        before = [len(session.exec(select(table)).all()) for table in (Case, Outbox)]
    _ingest_corpus(ws)
    with Session(engine) as session:
        after = [len(session.exec(select(table)).all()) for table in (Case, Outbox)]
        assert len(session.exec(select(InboundMessage)).all()) == len(corpus_labels())
    assert after == before
