"""Measure one scheduler tick over 100,000 open cases on SQLite and PostgreSQL.

Usage: python bench/deadlines.py [--cases N] [--due D] [--postgresql URL]
Fills a fresh database (SQLite file; PostgreSQL: a throwaway schema) with N open cases of
which D have a notice due now (half an identity reminder with a new code, half a staff
reminder, both queued as mail); the others' next notice lies days ahead. Prints the time of
one `run_tick` (the first acts on the D cases, the second finds nothing) and the query plan
of the tick's claim query, which must use the index on `next_notice_at`. Target: a tick
under one second.
"""

from __future__ import annotations

import argparse
import random
import secrets
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from databases import DEFAULT_POSTGRESQL, postgresql_engine, sqlite_engine

from intake.settings import Settings
from workflows.db import is_sqlite
from workflows.deadline_policy import due_points
from workflows.deadline_tick import BATCH, claim_plan, run_tick
from workflows.models import Case, IdentityChallenge
from workflows.workspace import Workspace

TARGET_SECONDS = 1.0
INDEX = "ix_request_case_next_notice_at"
CHUNK = 10_000


def _case_row(number: int, kinds: list[str], opened_at: datetime, **values: Any) -> dict[str, Any]:
    state = "awaiting_identity" if kinds != ["inquiry"] else "in_review"
    return {
        "number": f"PR-{opened_at.year}-{number:06d}",
        "channel": "email",
        "state": state,
        "requester_address": f"user{number}@example.com",
        "language": "ja" if number % 2 else "en",
        "kinds": kinds,
        "identity_state": "pending" if state == "awaiting_identity" else "not_needed",
        "trust_notes": [],
        "opened_at": opened_at,
        "updated_at": opened_at,
        "policy": "appi",
        "paused_for_seconds": 0,
        "extended_by_months": 0,
        "extended_by_days": 0,
        **values,
    }


def _first_notice(settings: Settings, kinds: list[str], opened_at: datetime) -> datetime:
    state = "pending" if kinds != ["inquiry"] else "not_needed"
    points = due_points(
        kinds=kinds,
        arrived_at=opened_at,
        identity_state=state,
        identity_confirmed_at=None,
        paused_for=timedelta(0),
        extended_by=None,
        policy="appi",
        settings=settings,
    )
    return min(notice.at for notice in points.notices)


def fill(engine: sa.Engine, settings: Settings, now: datetime, cases: int, due: int) -> int:
    """Insert `cases` open cases, `due` of them with a notice due at `now`; how many are due."""
    generator = random.Random(7)
    kinds_choices = [["disclosure"], ["deletion"], ["inquiry"]]
    first_notices: dict[tuple[str, datetime], datetime] = {}
    rows = []
    for number in range(1, cases - due + 1):  # opened in the last hours: nothing due yet
        kinds = generator.choice(kinds_choices)
        opened_at = now - timedelta(minutes=generator.randrange(0, 600))
        cache_key = (kinds[0], opened_at)
        if cache_key not in first_notices:
            first_notices[cache_key] = _first_notice(settings, kinds, opened_at)
        rows.append(_case_row(number, kinds, opened_at, next_notice_at=first_notices[cache_key]))
    for offset in range(due):  # opened 12 days ago: reminders due
        number = cases - due + 1 + offset
        kinds = ["disclosure"] if offset % 2 else ["inquiry"]
        opened_at = now - timedelta(days=12, minutes=offset)
        first = _first_notice(settings, kinds, opened_at)
        rows.append(_case_row(number, kinds, opened_at, next_notice_at=first))
    table = Case.__table__
    with engine.begin() as connection:
        for start in range(0, len(rows), CHUNK):
            connection.execute(table.insert(), rows[start : start + CHUNK])
        due_cases = connection.execute(
            sa.select(table.c.id, table.c.requester_address, table.c.opened_at).where(
                table.c.next_notice_at <= now, table.c.state == "awaiting_identity"
            )
        ).all()
        challenges = [
            {
                "case_id": case_id,
                "channel": "email",
                "destination": address,
                "code_hash": "0" * 64,
                "token_hash": secrets.token_hex(32),
                "state": "expired",
                "attempts": 0,
                "max_attempts": 5,
                "created_at": opened_at,
                "expires_at": opened_at + timedelta(hours=72),
            }
            for case_id, address, opened_at in due_cases
        ]
        if challenges:
            connection.execute(IdentityChallenge.__table__.insert(), challenges)
        if not is_sqlite(engine):
            connection.exec_driver_sql("ANALYZE request_case")
        return connection.execute(
            sa.select(sa.func.count()).select_from(table).where(table.c.next_notice_at <= now)
        ).scalar_one()


def measure(name: str, engine: sa.Engine, home: Path, cases: int, due: int) -> bool:
    settings = Settings(
        home=home,
        database_url=str(engine.url),
        secret_key="b" * 64,
        staff_address="privacy-desk@example.org",
        escalation_address="dpo@example.org",
    )
    now = datetime.now(UTC).replace(microsecond=0)
    ws = Workspace(engine, settings, lambda: now)
    started = time.perf_counter()
    due_now = fill(engine, settings, now, cases, due)
    filled = time.perf_counter() - started
    run_tick(ws, now - timedelta(days=30))  # warm up: connections, templates, calendar
    plan = claim_plan(ws, now)  # while the cases are due
    started = time.perf_counter()
    result = run_tick(ws, now)
    first = time.perf_counter() - started
    started = time.perf_counter()
    again = run_tick(ws, now)
    second = time.perf_counter() - started
    met = first < TARGET_SECONDS and INDEX in plan
    print(f"{name}: {cases} open cases ({filled:.1f} s to fill), {due_now} with a notice due")
    print(
        f"  tick acting on {result.cases} cases ({result.notices} notices queued,"
        f" {result.failed} failed): {first * 1000:.0f} ms;"
        f" the next tick ({again.cases} cases): {second * 1000:.1f} ms"
    )
    print(
        f"  target < {TARGET_SECONDS:.0f} s with the index {INDEX}: {'met' if met else 'NOT MET'}"
    )
    print(f"  plan of the claim query (batch of {BATCH}) while {due_now} cases are due:")
    for line in plan.splitlines():
        print(f"    {line}")
    return met


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--cases", type=int, default=100_000)
    arguments.add_argument("--due", type=int, default=100)
    arguments.add_argument("--postgresql", default=DEFAULT_POSTGRESQL)
    args = arguments.parse_args()
    databases = [("SQLite", sqlite_engine())]
    if args.postgresql:
        databases.append(("PostgreSQL", postgresql_engine(args.postgresql)))
    results = []
    for name, opened in databases:
        try:
            with opened as (engine, home):
                results.append(measure(name, engine, home, args.cases, args.due))
        except sa.exc.OperationalError as error:
            print(f"{name:<10} skipped: {str(error.orig).splitlines()[0]}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
