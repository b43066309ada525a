"""The workflow subcommands of `intake`: ingest files, the customer registry, cases and staff.

Every command opens the workspace from `load_settings()` (the `INTAKE_*` environment and
the `INTAKE_CONFIG` file); a bad setting or a database that cannot be used is reported in
one line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

    from workflows.models import Case, InboundMessage
    from workflows.workspace import Workspace

# The workflow modules (SQLAlchemy, Alembic, the classifier) load only when a workflow
# command runs, so that `intake parse` and `intake classify` stay quick to start.

PROGRESS_ABOVE = 20  # more files than this: a running count on stderr
PROGRESS_EVERY = 50
TEXT_PREVIEW_LINES = 5
Run = Callable[[argparse.Namespace, "Workspace"], int]


def add_workflow_commands(commands: Any) -> None:
    """Register `ingest`, `customers`, `requests` and `staff` on the `intake` subparsers."""
    ingest_command = commands.add_parser(
        "ingest",
        help="run .eml files (mail) and other files (one chat message each) through the intake",
    )
    ingest_command.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ingest_command.add_argument(
        "--chat-user",
        type=int,
        metavar="ID",
        help="the chat (Telegram) user id that non-.eml files come from",
    )
    ingest_command.set_defaults(run=_run_ingest)

    customers = commands.add_parser("customers", help="import or export the customer registry")
    customer_commands = customers.add_subparsers(title="commands", metavar="COMMAND")
    customers.set_defaults(run=_usage(customers))
    import_command = customer_commands.add_parser(
        "import", help="insert or update customers from a CSV file (UTF-8 or CP932)"
    )
    import_command.add_argument("file", type=Path, metavar="FILE.csv")
    import_command.set_defaults(run=with_workspace(_run_customers_import))
    export_command = customer_commands.add_parser(
        "export", help="write every live customer to a CSV file"
    )
    export_command.add_argument("file", type=Path, metavar="FILE.csv")
    export_command.set_defaults(run=with_workspace(_run_customers_export))

    requests = commands.add_parser("requests", help="list cases and show one in full")
    request_commands = requests.add_subparsers(title="commands", metavar="COMMAND")
    requests.set_defaults(run=_usage(requests))
    list_command = request_commands.add_parser(
        "list", help="one line per case, soonest answer due first"
    )
    list_command.add_argument("--json", action="store_true", help="one JSON object per line")
    list_command.add_argument(
        "--state",
        metavar="S",
        help="only cases in state S: open (any state not final) or one of the case states",
    )
    list_command.set_defaults(run=with_workspace(_run_requests_list))
    show_command = request_commands.add_parser(
        "show", help="a case with its items, messages, draft, outbox and timeline"
    )
    show_command.add_argument("number", metavar="NUMBER")
    show_command.add_argument("--json", action="store_true", help="one JSON object")
    show_command.set_defaults(run=with_workspace(_run_requests_show))

    staff = commands.add_parser("staff", help="staff accounts of the privacy desk")
    staff_commands = staff.add_subparsers(title="commands", metavar="COMMAND")
    staff.set_defaults(run=_usage(staff))
    add_command = staff_commands.add_parser(
        "add", help="add a staff account; the password is asked twice on the terminal"
    )
    add_command.add_argument("username", metavar="USERNAME")
    add_command.add_argument("--role", required=True, metavar="agent|approver")
    add_command.add_argument("--name", help="the name shown to colleagues")
    add_command.add_argument("--email", metavar="E")
    add_command.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (for scripts)",
    )
    add_command.set_defaults(run=_run_staff_add)
    staff_list_command = staff_commands.add_parser("list", help="every staff account")
    staff_list_command.add_argument("--json", action="store_true", help="one JSON object per line")
    staff_list_command.set_defaults(run=with_workspace(_run_staff_list))


def _usage(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    def run(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return run


def _fail(message: str) -> None:
    print(f"intake: {message}", file=sys.stderr)


def _one_line(error: BaseException) -> str:
    """The error (a driver's own message when there is one) as a single line."""
    text = " ".join(str(getattr(error, "orig", None) or error).split())
    return text or type(error).__name__


def with_workspace(run: Run) -> Callable[[argparse.Namespace], int]:
    """`run` with an open workspace; settings and database problems end it with status 2."""

    @functools.wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        import sqlalchemy as sa

        from intake.settings import SettingsError, load_settings
        from workflows.db import DatabaseError
        from workflows.workspace import open_workspace

        try:
            settings = load_settings()
        except SettingsError as error:
            _fail(str(error))
            return 2
        try:
            ws = open_workspace(settings)
        except DatabaseError as error:
            _fail(f"database: {_one_line(error)}")
            return 2
        except (sa.exc.SQLAlchemyError, OSError) as error:
            _fail(f"database {safe_url(settings.database_url)}: {_one_line(error)}")
            return 2
        try:
            return run(args, ws)
        except sa.exc.SQLAlchemyError as error:
            _fail(f"database {safe_url(settings.database_url)}: {_one_line(error)}")
            return 2
        finally:
            ws.engine.dispose()

    return wrapper


def safe_url(database_url: str) -> str:
    """The URL with any password hidden."""
    import sqlalchemy as sa

    try:
        return sa.make_url(database_url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "(malformed database_url)"


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


# ingest


def _is_mail(path: Path) -> bool:
    return path.suffix.lower() == ".eml"


def _run_ingest(args: argparse.Namespace) -> int:
    chats = [path for path in args.files if not _is_mail(path)]
    if chats and args.chat_user is None:
        _fail(
            f"{chats[0]} is not an .eml file, so it is read as a chat message:"
            " give the chat user it comes from with --chat-user ID"
        )
        return 2
    return with_workspace(_ingest_files)(args)


def _ingest_files(args: argparse.Namespace, ws: Workspace) -> int:
    """Ingest in batches: each batch stored in one commit, then each message processed."""
    failed = 0
    total = len(args.files)
    for first in range(0, total, PROGRESS_EVERY):
        batch = args.files[first : first + PROGRESS_EVERY]
        for path, outcome in _ingest_batch(ws, batch, args.chat_user):
            failed += outcome.startswith("failed:")
            print(f"{path}: {outcome}", flush=True)
        done = first + len(batch)
        if total > PROGRESS_ABOVE:
            print(f"ingested {done}/{total} files ({failed} failed)", file=sys.stderr, flush=True)
    return 1 if failed else 0


def _ingest_batch(
    ws: Workspace, paths: list[Path], chat_user: int | None
) -> list[tuple[Path, str]]:
    """Each file's report line words, in order."""
    from workflows.pipeline import process, store_many

    outcomes: dict[int, str] = {}
    readable: list[tuple[int, bytes, str]] = []
    for position, path in enumerate(paths):
        try:
            raw, channel = _read_message(path, chat_user)
        except OSError as error:
            outcomes[position] = f"failed: cannot read the file: {error.strerror or error}"
        except UnicodeDecodeError:
            outcomes[position] = "failed: a chat message file must be UTF-8 text"
        except ValueError as error:
            outcomes[position] = f"failed: {error}"
        else:
            readable.append((position, raw, channel))
    stored = store_many(ws, [(raw, channel, None) for _position, raw, channel in readable])
    for (position, _raw, _channel), item in zip(readable, stored, strict=True):
        if not item.is_new:
            outcomes[position] = "duplicate: already ingested"
            continue
        process(ws, item.inbound_id)
        outcomes[position] = _outcome(ws, item.inbound_id)
    return [(path, outcomes[position]) for position, path in enumerate(paths)]


def _read_message(path: Path, chat_user: int | None) -> tuple[bytes, str]:
    """The raw message a file holds and its channel; raises OSError or ValueError."""
    from intake.chat import make_update

    data = path.read_bytes()
    if _is_mail(path):
        if not data.strip():
            raise ValueError("the file is empty")
        return data, "email"
    text = data.decode("utf-8-sig")
    if not text.strip():
        raise ValueError("the file is empty")
    if chat_user is None:
        raise ValueError("a chat message needs the chat user (--chat-user ID)")
    return make_update(chat_user, text), "chat"


def _outcome(ws: Workspace, inbound_id: int) -> str:
    """The report words of a processed message, read in one session."""
    from sqlmodel import Session, select

    from workflows.models import Case, Event, InboundMessage
    from workflows.pipeline import FAILED, STORED

    with Session(ws.engine) as session:
        inbound = session.get_one(InboundMessage, inbound_id)
        if inbound.state == FAILED:
            return f"failed: {inbound.error or 'unknown error'}"
        if inbound.state == STORED:  # a processing error it will retry (`process_pending`)
            return f"failed: {inbound.error or 'not processed'} (kept, will be retried)"
        case = session.get(Case, inbound.case_id) if inbound.case_id else None
        if inbound.auto_reply or inbound.bounce or inbound.facts.get("our_loop_header"):
            what = "bounce" if inbound.bounce else "auto-reply or loop"
            about = f", about case {case.number}" if case is not None else ""
            return f"automatic: no case ({what}{about})"
        if case is None:
            return "automatic: no case"
        opened = session.exec(
            select(Event.id).where(Event.inbound_id == inbound.id, Event.action == "opened")
        ).first()
        verb = "new case" if opened is not None else "joined case"
        return f"{verb} {case.number} ({case.state})"


# customers


def _run_customers_import(args: argparse.Namespace, ws: Workspace) -> int:
    from workflows import registry
    from workflows.db import transaction

    try:
        with transaction(ws.engine) as session:
            report = registry.import_csv(session, args.file, secret_key=ws.settings.secret_key)
    except OSError as error:
        _fail(f"{args.file}: cannot read the file: {error.strerror or error}")
        return 1
    print(
        f"{args.file}: {report.inserted} inserted, {report.updated} updated,"
        f" {len(report.errors)} refused"
    )
    for line, reason in report.errors:
        print(f"{args.file}:{line}: {reason}", file=sys.stderr)
    return 1 if report.errors else 0


def _run_customers_export(args: argparse.Namespace, ws: Workspace) -> int:
    from sqlmodel import Session

    from workflows import registry

    try:
        with Session(ws.engine) as session:
            count = registry.export_csv(session, args.file)
    except OSError as error:
        _fail(f"{args.file}: cannot write the file: {error.strerror or error}")
        return 1
    print(f"{args.file}: {count} customers exported")
    return 0


# requests


def _customer_label(case: Case, account_ids: dict[int, str | None]) -> str | None:
    """Who the case is for: the registry account, else the requester's address or chat user."""
    account = account_ids.get(case.customer_id) if case.customer_id else None
    if account:
        return account
    if case.requester_address:
        return case.requester_address
    if case.chat_user_id is not None:
        return f"chat:{case.chat_user_id}"
    return None


def _account_ids(session: Session, cases: list[Case]) -> dict[int, str | None]:
    from sqlmodel import col, select

    from workflows.models import Customer

    wanted = sorted({case.customer_id for case in cases if case.customer_id})
    if not wanted:
        return {}
    rows = session.exec(
        select(Customer.id, Customer.account_id).where(col(Customer.id).in_(wanted))
    )
    return dict(rows.all())


def _case_row(case: Case, account_ids: dict[int, str | None]) -> dict[str, Any]:
    return {
        "number": case.number,
        "channel": case.channel,
        "customer": _customer_label(case, account_ids),
        "kinds": list(case.kinds),
        "state": case.state,
        "due": _iso(case.due_answer_at),
        "opened": _iso(case.opened_at),
    }


def _run_requests_list(args: argparse.Namespace, ws: Workspace) -> int:
    from sqlmodel import Session, col, select

    from workflows.models import Case
    from workflows.states import OPEN_STATES, STATES

    wanted = args.state
    if wanted is not None and wanted != "open" and wanted not in STATES:
        _fail(f"unknown state {wanted!r}: use open or one of {', '.join(STATES)}")
        return 2
    with Session(ws.engine) as session:
        query = select(Case)
        if wanted == "open":
            query = query.where(col(Case.state).in_(sorted(OPEN_STATES)))
        elif wanted is not None:
            query = query.where(Case.state == wanted)
        cases = list(session.exec(query))
        account_ids = _account_ids(session, cases)
    cases.sort(
        key=lambda case: (
            case.due_answer_at is None,
            case.due_answer_at.timestamp() if case.due_answer_at else 0.0,
            case.number or "",
        )
    )
    for case in cases:
        row = _case_row(case, account_ids)
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
            continue
        print(
            "  ".join(
                [
                    row["number"] or "-",
                    row["channel"],
                    row["customer"] or "-",
                    ",".join(row["kinds"]) or "-",
                    row["state"],
                    f"due {row['due'] or '-'}",
                    f"opened {row['opened']}",
                ]
            )
        )
    return 0


def _run_requests_show(args: argparse.Namespace, ws: Workspace) -> int:
    from sqlmodel import Session

    from workflows.cases import by_number

    with Session(ws.engine) as session:
        case = by_number(session, args.number)
        if case is None:
            _fail(f"no case numbered {args.number.strip()!r}")
            return 1
        record = case_record(session, case)
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2, default=str))
    else:
        print(_case_text(record))
    return 0


def _preview(text: str | None) -> list[str]:
    lines = [line.rstrip() for line in (text or "").strip().splitlines()]
    if len(lines) > TEXT_PREVIEW_LINES:
        return [*lines[:TEXT_PREVIEW_LINES], f"... ({len(lines) - TEXT_PREVIEW_LINES} more lines)"]
    return lines


def _sender(message: InboundMessage) -> str | None:
    name = message.sender_name
    who = message.sender_address or (
        f"chat:{message.chat_user_id}" if message.chat_user_id is not None else None
    )
    if name and who:
        return f"{name} <{who}>"
    return who or name


def case_record(session: Session, case: Case) -> dict[str, Any]:
    """Everything `requests show` prints, as JSON-ready data."""
    from sqlmodel import col, select

    from workflows.cases import items_of
    from workflows.identity import mask_address
    from workflows.models import Case, Customer, Event, IdentityChallenge, InboundMessage, Outbox
    from workflows.replies import current_draft
    from workflows.states import FINAL_STATES

    customer = session.get(Customer, case.customer_id) if case.customer_id else None
    linked = session.get(Case, case.linked_case_id) if case.linked_case_id else None
    messages = session.exec(
        select(InboundMessage)
        .where(InboundMessage.case_id == case.id)
        .order_by(col(InboundMessage.received_at), col(InboundMessage.id))
    )
    challenges = session.exec(
        select(IdentityChallenge)
        .where(IdentityChallenge.case_id == case.id)
        .order_by(col(IdentityChallenge.id))
    )
    outbox = session.exec(select(Outbox).where(Outbox.case_id == case.id).order_by(col(Outbox.id)))
    events = session.exec(
        select(Event).where(Event.case_id == case.id).order_by(col(Event.at), col(Event.id))
    )
    draft = current_draft(session, case)
    return {
        "number": case.number,
        "state": case.state,
        "final": case.state in FINAL_STATES,
        "channel": case.channel,
        "language": case.language,
        "kinds": list(case.kinds),
        "subject": case.subject,
        "requester": {
            "name": case.requester_name,
            "address": case.requester_address,
            "chat_user_id": case.chat_user_id,
        },
        "customer": None
        if customer is None
        else {"account_id": customer.account_id, "name": customer.name},
        "linked_case": None if linked is None else linked.number,
        "trust_notes": list(case.trust_notes),
        "opened": _iso(case.opened_at),
        "updated": _iso(case.updated_at),
        "due_ack": _iso(case.due_ack_at),
        "due_answer": _iso(case.due_answer_at),
        "due_backstop": _iso(case.due_backstop_at),
        "closed": _iso(case.closed_at),
        "close_reason": case.close_reason,
        "identity": {
            "state": case.identity_state,
            "confirmed_at": _iso(case.identity_confirmed_at),
            "confirmed_by": case.identity_confirmed_by,
            "challenges": [
                {
                    "destination": mask_address(challenge.destination),
                    "state": challenge.state,
                    "attempts": challenge.attempts,
                    "created": _iso(challenge.created_at),
                    "expires": _iso(challenge.expires_at),
                }
                for challenge in challenges
            ],
        },
        "items": [
            {
                "kind": item.kind,
                "outcome": item.outcome,
                "reason": item.reason,
                "decided_by": item.decided_by,
                "decided_at": _iso(item.decided_at),
            }
            for item in items_of(session, case)
        ],
        "messages": [
            {
                "received": _iso(message.received_at),
                "channel": message.channel,
                "sender": _sender(message),
                "subject": message.subject,
                "state": message.state,
                "text": _preview(message.new_text),
            }
            for message in messages
        ],
        "draft": None
        if draft is None
        else {
            "version": draft.version,
            "template": draft.template,
            "language": draft.language,
            "created": _iso(draft.created_at),
            "created_by": draft.created_by,
            "approved_by": draft.approved_by,
            "subject": draft.subject,
            "body": draft.body,
        },
        "outbox": [
            {
                "purpose": entry.purpose,
                "channel": entry.channel,
                "recipient": entry.recipient,
                "state": entry.state,
                "created": _iso(entry.created_at),
                "sent": _iso(entry.sent_at),
                "last_error": entry.last_error,
            }
            for entry in outbox
        ],
        "events": [
            {
                "at": _iso(event.at),
                "actor": event.actor,
                "action": event.action,
                "details": event.details,
            }
            for event in events
        ],
    }


def _details_text(details: dict[str, Any]) -> str:
    return " ".join(
        f"{key}={json.dumps(value, ensure_ascii=False, default=str)}"
        for key, value in details.items()
    )


def _event_line(event: dict[str, Any]) -> str:
    details = _details_text(event["details"])
    return f"  {event['at']}  {event['actor']}  {event['action']}  {details}".rstrip()


def _case_text(record: dict[str, Any]) -> str:
    """The record of `case_record` as lines a person reads."""
    requester = record["requester"]
    who = requester["address"] or (
        f"chat:{requester['chat_user_id']}" if requester["chat_user_id"] is not None else "-"
    )
    if requester["name"]:
        who = f"{requester['name']} <{who}>"
    customer = record["customer"]
    identity = record["identity"]
    lines = [
        f"== {record['number']}  {record['state']}",
        f"  Channel:   {record['channel']} ({record['language']})",
        f"  Requester: {who}",
        "  Customer:  "
        + (
            f"{customer['account_id'] or '(erased)'} {customer['name'] or ''}".rstrip()
            if customer
            else "(not linked to the registry)"
        ),
        f"  Subject:   {record['subject'] or '(none)'}",
        f"  Kinds:     {', '.join(record['kinds']) or '(none)'}",
        f"  Opened:    {record['opened']}",
        f"  Due:       answer {record['due_answer'] or '-'}, acknowledgement"
        f" {record['due_ack'] or '-'}",
    ]
    if record["closed"]:
        lines.append(f"  Closed:    {record['closed']} {record['close_reason'] or ''}".rstrip())
    if record["linked_case"]:
        lines.append(f"  Linked to: {record['linked_case']}")
    lines += [f"  Trust:     {note}" for note in record["trust_notes"]]
    confirmed = (
        f" at {identity['confirmed_at']} by {identity['confirmed_by']}"
        if identity["confirmed_at"]
        else ""
    )
    lines.append(f"  Identity:  {identity['state']}{confirmed}")
    for challenge in identity["challenges"]:
        lines.append(
            f"    code to {challenge['destination']}: {challenge['state']},"
            f" {challenge['attempts']} tries, expires {challenge['expires']}"
        )
    lines.append("Items:")
    lines += [
        f"  {item['kind']:11s} {item['outcome']}"
        + (f" ({item['reason']})" if item["reason"] else "")
        + (f" by {item['decided_by']}" if item["decided_by"] else "")
        for item in record["items"]
    ] or ["  (none)"]
    lines.append("Messages:")
    for message in record["messages"]:
        lines.append(
            f"  {message['received']}  {message['channel']}  {message['sender'] or '-'}"
            + (f"  {message['subject']!r}" if message["subject"] else "")
        )
        lines += [f"      {line}" for line in message["text"]]
    if not record["messages"]:
        lines.append("  (none)")
    draft = record["draft"]
    lines.append("Draft:")
    if draft is None:
        lines.append("  (none)")
    else:
        lines.append(
            f"  version {draft['version']} ({draft['template']}, {draft['language']})"
            f" by {draft['created_by']}"
            + (f", approved by {draft['approved_by']}" if draft["approved_by"] else "")
        )
        lines.append(f"  Subject: {draft['subject']}")
        lines += [f"    {line}" for line in draft["body"].splitlines()]
    lines.append("Outbox:")
    lines += [
        f"  {entry['purpose']} -> {entry['recipient']} ({entry['channel']}): {entry['state']}"
        + (f" [{entry['last_error']}]" if entry["last_error"] else "")
        for entry in record["outbox"]
    ] or ["  (none)"]
    lines.append("Timeline:")
    lines += [_event_line(event) for event in record["events"]] or ["  (none)"]
    return "\n".join(lines)


# staff


def _read_password(from_stdin: bool) -> str | None:
    """The new password, from stdin's first line or asked twice; None (said why) if refused."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    try:
        first = getpass.getpass("Password: ")
        second = getpass.getpass("Password again: ")
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        _fail("no password given")
        return None
    if first != second:
        _fail("the two passwords differ")
        return None
    return first


def _run_staff_add(args: argparse.Namespace) -> int:
    from workflows.staff import ROLES, StaffError, check_password

    if args.role not in ROLES:
        _fail(f"role {args.role!r} is not one of {', '.join(ROLES)}")
        return 2
    password = _read_password(args.password_stdin)
    if password is None:
        return 1
    try:
        check_password(password)
    except StaffError as error:
        _fail(str(error))
        return 1
    return with_workspace(functools.partial(_add_staff_account, password=password))(args)


def _add_staff_account(args: argparse.Namespace, ws: Workspace, *, password: str) -> int:
    import sqlalchemy as sa

    from workflows.db import transaction
    from workflows.staff import StaffError, add_staff

    try:
        with transaction(ws.engine) as session:
            user = add_staff(session, args.username, password, args.role, args.name, args.email)
    except StaffError as error:
        _fail(str(error))
        return 1
    except sa.exc.IntegrityError:
        _fail(f"username {args.username!r} already exists")
        return 1
    print(f"staff account {user.username} added ({user.role})")
    return 0


def _run_staff_list(args: argparse.Namespace, ws: Workspace) -> int:
    from sqlmodel import Session

    from workflows.staff import is_locked, list_staff

    now = ws.now()
    with Session(ws.engine) as session:
        users = list_staff(session)
    for user in users:
        locked = is_locked(user, now)
        if args.json:
            record = {
                "username": user.username,
                "role": user.role,
                "name": user.display_name,
                "email": user.email,
                "active": user.active,
                "locked_until": _iso(user.locked_until) if locked else None,
                "created": _iso(user.created_at),
            }
            print(json.dumps(record, ensure_ascii=False))
            continue
        status = "active" if user.active else "inactive"
        if locked:
            status += f", locked until {_iso(user.locked_until)}"
        who = " ".join(
            part for part in (user.display_name, user.email and f"<{user.email}>") if part
        )
        print(f"{user.username}  {user.role}  {status}" + (f"  {who}" if who else ""))
    return 0
