"""`intake deadlines`: the open cases' due points as of a time, upcoming and overdue."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from intake.cli_workflow import with_workspace

if TYPE_CHECKING:
    from workflows.workspace import Workspace


def add_deadline_commands(commands: Any) -> None:
    """Register `deadlines` on the `intake` subparsers."""
    command = commands.add_parser(
        "deadlines", help="the open cases' due points, upcoming and overdue, as of a time"
    )
    command.add_argument("--json", action="store_true", help="one JSON object per line")
    command.add_argument(
        "--at",
        metavar="TIME",
        help="as of this time: ISO 8601 (2026-12-10T09:00, a date, or with an offset); without"
        " an offset in deadline_timezone; default: now",
    )
    command.set_defaults(run=_run_deadlines)


def parse_time(text: str, zone: ZoneInfo) -> datetime:
    """An ISO 8601 date or time; without an offset it is local to `zone` (a date: 00:00)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--at {text!r} is not an ISO 8601 date or time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def _run_deadlines(args: argparse.Namespace) -> int:
    return with_workspace(_list)(args)


def _list(args: argparse.Namespace, ws: Workspace) -> int:
    from sqlmodel import Session

    from workflows.deadline_list import deadline_items

    zone = ws.settings.deadline_zone
    try:
        at = parse_time(args.at, zone) if args.at is not None else ws.now()
    except ValueError as error:
        print(f"intake: {error}", file=sys.stderr)
        return 2
    with Session(ws.engine) as session:
        items = deadline_items(session, at)
    for item in items:
        if args.json:
            print(json.dumps(item.to_json(), ensure_ascii=False))
            continue
        due = item.due.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        status = "OVERDUE " if item.overdue else "upcoming"
        paused = "  (paused)" if item.paused else ""
        print(f"{item.case_number}  {item.point:<8}  {due}  {status}  {item.state}{paused}")
    return 0
