"""Where the IMAP poller stands in a mailbox: its UIDVALIDITY and the last UID committed.

The position is advanced only after the fetched messages are committed, so a crash can at
worst fetch a message again (the store keeps it once), never skip one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from workflows.models import ImapCursor
from workflows.workspace import Workspace


@dataclass(frozen=True)
class Mailbox:
    """One folder of one account on one server."""

    host: str
    username: str
    folder: str


@dataclass(frozen=True)
class Position:
    uidvalidity: int
    last_uid: int


def load_position(ws: Workspace, mailbox: Mailbox) -> Position | None:
    """The stored position in `mailbox`, or None before its first poll."""
    with ws.transaction() as session:
        row = session.exec(_cursor_of(mailbox)).first()
        return None if row is None else Position(row.uidvalidity, row.last_uid)


def save_position(ws: Workspace, mailbox: Mailbox, position: Position) -> Position:
    """Store `position` and return what is stored: within one UIDVALIDITY the last UID only
    grows (another poller may have gone further); a new UIDVALIDITY replaces the old."""
    with ws.transaction() as session:
        row = session.exec(_cursor_of(mailbox).with_for_update()).first()
        if row is None:
            row = ImapCursor(
                host=mailbox.host,
                username=mailbox.username,
                folder=mailbox.folder,
                uidvalidity=position.uidvalidity,
                last_uid=position.last_uid,
                updated_at=ws.now(),
            )
        elif row.uidvalidity != position.uidvalidity:
            row.uidvalidity, row.last_uid = position.uidvalidity, position.last_uid
        else:
            row.last_uid = max(row.last_uid, position.last_uid)
        row.updated_at = ws.now()
        session.add(row)
        return Position(row.uidvalidity, row.last_uid)


def _cursor_of(mailbox: Mailbox):
    return select(ImapCursor).where(
        ImapCursor.host == mailbox.host,
        ImapCursor.username == mailbox.username,
        ImapCursor.folder == mailbox.folder,
    )
