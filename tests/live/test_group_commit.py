"""`GroupCommit`: deliveries that arrive together share one commit; one bad message does not
hold back the others."""

from __future__ import annotations

import asyncio

import pytest
from sqlmodel import Session, func, select
from workflow_helpers import mail, make_workspace

import intake.group_commit as group_commit
from intake.group_commit import GroupCommit
from workflows.models import InboundMessage
from workflows.pipeline import store_many


def _stored(ws) -> int:
    with Session(ws.engine) as session:
        return session.exec(select(func.count()).select_from(InboundMessage)).one()


async def test_concurrent_deliveries_share_commits_and_each_learns_its_row(
    engine, tmp_path, monkeypatch
):
    ws = make_workspace(engine, tmp_path)
    groups: list[int] = []

    def counting(ws_, messages):
        groups.append(len(messages))
        return store_many(ws_, messages)

    monkeypatch.setattr(group_commit, "store_many", counting)
    committer = GroupCommit(ws, "email")
    raws = [mail(f"u{n}@example.com", f"Message {n}") for n in range(12)]
    stored = await asyncio.gather(*(committer.store(raw, None) for raw in raws))
    assert len({item.inbound_id for item in stored}) == 12
    assert all(item.is_new for item in stored)
    assert sum(groups) == 12 and len(groups) < 12  # at least one commit served several
    assert _stored(ws) == 12


async def test_a_message_that_fails_alone_does_not_fail_the_others(engine, tmp_path, monkeypatch):
    ws = make_workspace(engine, tmp_path)
    poison = mail("bad@example.com", "This one cannot be stored.")

    def failing_on_poison(ws_, messages):
        if any(raw == poison for raw, _channel, _envelope in messages):
            raise RuntimeError("the disk refused it")
        return store_many(ws_, messages)

    monkeypatch.setattr(group_commit, "store_many", failing_on_poison)
    committer = GroupCommit(ws, "email")
    good = [mail(f"ok{n}@example.com", f"Fine {n}") for n in range(3)]
    results = await asyncio.gather(
        *(committer.store(raw, None) for raw in [*good, poison]), return_exceptions=True
    )
    assert all(not isinstance(result, Exception) for result in results[:3])
    assert isinstance(results[3], RuntimeError)
    assert _stored(ws) == 3


@pytest.mark.parametrize("count", [1, 150])
async def test_groups_never_exceed_the_largest_size(engine, tmp_path, monkeypatch, count):
    ws = make_workspace(engine, tmp_path)
    groups: list[int] = []

    def counting(ws_, messages):
        groups.append(len(messages))
        return store_many(ws_, messages)

    monkeypatch.setattr(group_commit, "store_many", counting)
    committer = GroupCommit(ws, "email", largest=100)
    raws = [mail(f"g{n}@example.com", f"Message {n}") for n in range(count)]
    await asyncio.gather(*(committer.store(raw, None) for raw in raws))
    assert max(groups) <= 100 and sum(groups) == count
