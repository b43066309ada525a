"""`intake serve` (run everything) and `intake status` (what runs and what waits)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from intake.cli_workflow import safe_url


def add_serve_commands(commands: Any) -> None:
    serve_command = commands.add_parser(
        "serve", help="run the intake: mail and chat receivers, delivery, scheduler and console"
    )
    serve_command.set_defaults(run=_run_serve)
    status_command = commands.add_parser(
        "status", help="what is configured and running, and what waits: messages, outbox"
    )
    status_command.add_argument("--json", action="store_true", help="one JSON object")
    status_command.set_defaults(run=_run_status)


def _fail(message: str) -> int:
    print(f"intake: {message}", file=sys.stderr)
    return 2


def _run_serve(_args: argparse.Namespace) -> int:
    from intake.serve import serve_forever

    return serve_forever()


def _run_status(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from intake.settings import SettingsError, load_settings
    from intake.status import configured_parts, counts, read_running
    from workflows.db import DatabaseError, open_database

    try:
        settings = load_settings()
    except SettingsError as error:
        return _fail(str(error))
    try:
        engine = open_database(settings.database_url)
        figures = counts(engine)
        engine.dispose()
    except (DatabaseError, sa.exc.SQLAlchemyError) as error:
        reason = " ".join(str(getattr(error, "orig", None) or error).split())
        return _fail(f"database {safe_url(settings.database_url)}: {reason}")
    running = read_running(settings)
    report = {
        "database": safe_url(settings.database_url),
        "home": str(settings.home),
        "running": running,
        "configured": configured_parts(settings),
        "counts": figures,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"database   {report['database']}")
    print(f"data       {report['home']}")
    if running is None:
        print("serve      not running")
    else:
        print(f"serve      running, pid {running['pid']}, since {running['started']}")
        for part, where in running.get("parts", {}).items():
            print(f"  {part:<11}{where}")
    print("configured")
    for part, what in report["configured"].items():
        print(f"  {part:<11}{what}")
    print("counts")
    for name, value in figures.items():
        print(f"  {name.replace('_', ' '):<17}{value}")
    return 0
