"""Measure the whole pipeline: messages per second through `ingest` on SQLite and PostgreSQL.

Usage: python bench/ingest.py [CORPUS_DIR] [--rounds N] [--postgresql URL]
Each round ingests every corpus mail and chat once more, as `intake ingest` does (all
stored in one commit, then each processed in its own transaction), with fresh Message-IDs and chat
users so that each is a new message (store, parse, classify, thread, open the case, draft
and queue the acknowledgement and identity request). Prints messages and cases per second
(wall clock and CPU time of this process). Target: at least 200 messages per second end to
end on one core with SQLite.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import sqlalchemy as sa
from databases import DEFAULT_POSTGRESQL, postgresql_engine, sqlite_engine
from sqlmodel import Session, func, select
from timing import corpus_parser

from intake.chat import make_update
from intake.classifier import classify
from intake.settings import Settings
from workflows.models import Case
from workflows.pipeline import ingest_many
from workflows.workspace import Workspace

TARGET_PER_SECOND = 200


def corpus_messages(corpus: Path, round_number: int) -> list[tuple[bytes, str]]:
    """The corpus as (raw, channel) pairs, made unique for `round_number`."""
    messages = []
    with (corpus / "labels.jsonl").open(encoding="utf-8") as labels:
        for number, line in enumerate(labels):
            label = json.loads(line)
            path = corpus / label["file"]
            if label["channel"] == "email":
                raw = re.sub(
                    rb"(?im)^(Message-ID:\s*<)",
                    rb"\g<1>r%d." % round_number,
                    path.read_bytes(),
                    count=1,
                )
                messages.append((raw, "email"))
            else:
                user = 1_000_000 * (round_number + 1) + number
                messages.append((make_update(user, path.read_text("utf-8")), "chat"))
    return messages


def _case_count(ws: Workspace) -> int:
    with Session(ws.engine) as session:
        return session.exec(select(func.count()).select_from(Case)).one()


def run(ws: Workspace, corpus: Path, rounds: int) -> tuple[int, int, float, float, list[float]]:
    """Ingest `rounds` copies of the corpus; (messages, cases, wall seconds, CPU seconds,
    CPU ms per message of each round: a lookup that scans a growing table shows as a rise)."""
    batches = [corpus_messages(corpus, number) for number in range(rounds)]
    cases_before = _case_count(ws)
    per_round = []
    started, cpu_started = time.perf_counter(), time.process_time()
    for batch in batches:
        round_started = time.process_time()
        ingest_many(ws, [(raw, channel, None) for raw, channel in batch])
        per_round.append(1000 * (time.process_time() - round_started) / len(batch))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    cases = _case_count(ws) - cases_before
    return sum(len(batch) for batch in batches), cases, wall, cpu, per_round


def report(
    name: str, messages: int, cases: int, wall: float, cpu: float, per_round: list[float]
) -> None:
    verdict = ""
    if name == "SQLite":
        met = "met" if messages / cpu >= TARGET_PER_SECOND else "NOT MET"
        verdict = f" (target >= {TARGET_PER_SECOND} msg/s CPU on one core: {met})"
    print(
        f"{name:<10} {messages} messages, {cases} cases: "
        f"{messages / wall:6.0f} msg/s wall, {messages / cpu:6.0f} msg/s CPU, "
        f"{cases / wall:6.0f} cases/s wall, {1000 * cpu / messages:.2f} ms CPU per message"
        f"{verdict}"
    )
    print(f"{'':<10} CPU ms per message, first round {per_round[0]:.2f}, last {per_round[-1]:.2f}")


def main() -> int:
    arguments = corpus_parser(__doc__.splitlines()[0])
    arguments.add_argument("--rounds", type=int, default=3)
    arguments.add_argument("--postgresql", default=DEFAULT_POSTGRESQL)
    args = arguments.parse_args()
    if not (args.corpus / "labels.jsonl").is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    classify("warm up the lexicons", language="en")
    databases = [("SQLite", sqlite_engine())]
    if args.postgresql:
        databases.append(("PostgreSQL", postgresql_engine(args.postgresql)))
    for name, opened in databases:
        try:
            with opened as (engine, home):
                settings = Settings(home=home, database_url=str(engine.url), secret_key="b" * 64)
                ws = Workspace(engine, settings)
                warm_up = corpus_messages(args.corpus, 999)  # compiles templates, fills caches
                ingest_many(ws, [(raw, channel, None) for raw, channel in warm_up])
                report(name, *run(ws, args.corpus, args.rounds))
        except sa.exc.OperationalError as error:
            print(f"{name:<10} skipped: {str(error.orig).splitlines()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
