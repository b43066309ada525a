"""Small builders shared by the workflow tests: a workspace, mails, and outbox readers."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid

import sqlalchemy as sa
from sqlmodel import Session, col, select

from intake.settings import Settings
from workflows.models import Case, Customer, CustomerEmail, Outbox
from workflows.workspace import Workspace

SECRET = "0123456789abcdef" * 4


class TestClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 12, 1, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


def make_workspace(engine: sa.Engine, tmp_path, **overrides) -> Workspace:
    settings = Settings(home=tmp_path, database_url=str(engine.url), secret_key=SECRET)
    for name, value in overrides.items():
        settings = type(settings)(**{**settings.__dict__, name: value})
    return Workspace(engine, settings, TestClock())


def mail(
    sender: str,
    body: str,
    *,
    subject: str = "Request",
    name: str = "",
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>" if name else sender
    message["To"] = "support@win-techno.com"
    message["Subject"] = subject
    message["Message-ID"] = message_id or make_msgid(domain="example.com")
    message["Date"] = "Tue, 01 Dec 2026 09:00:00 +0900"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = " ".join([*(references or []), in_reply_to])
    for header, value in (headers or {}).items():
        message[header] = value
    message.set_content(body)
    return message.as_bytes()


def add_customer(engine: sa.Engine, account_id: str, name: str, address: str, **fields) -> Customer:
    with Session(engine, expire_on_commit=False) as session, session.begin():
        customer = Customer(account_id=account_id, name=name, **fields)
        session.add(customer)
        session.flush()
        session.add(CustomerEmail(customer_id=customer.id, address=address, is_primary=True))
    return customer


def outbox(engine: sa.Engine, **where) -> list[Outbox]:
    with Session(engine) as session:
        query = select(Outbox).order_by(col(Outbox.id))
        for field, value in where.items():
            query = query.where(getattr(Outbox, field) == value)
        return list(session.exec(query).all())


def cases(engine: sa.Engine) -> list[Case]:
    with Session(engine) as session:
        return list(session.exec(select(Case).order_by(col(Case.id))).all())


def code_in(entry: Outbox) -> str:
    match = re.search(r"(?<![\d-])(\d{6})(?!\d)", entry.body or "")
    assert match, f"no code in the outbox entry {entry.purpose}: {entry.body!r}"
    return match.group(1)


def parsed_outbox_mail(entry: Outbox) -> email.message.EmailMessage:
    return email.message_from_bytes(entry.rendered, policy=email.policy.default)
