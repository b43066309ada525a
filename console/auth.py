"""Logging staff in and out of the console with their staff accounts (`workflows.staff`)."""

from __future__ import annotations

from fastapi import Request

from console.security import Staff, console_session
from workflows.staff import verify_login
from workflows.workspace import Workspace


def log_in(request: Request, username: str, password: str) -> Staff | None:
    """The staff member when the password is right and the account usable; the session then
    belongs to them, with a fresh CSRF token. A wrong password counts towards the lock-out."""
    ws: Workspace = request.app.state.ws
    with ws.transaction() as session:
        user = verify_login(session, username, password, ws.now())
        staff = None if user is None else Staff(user.username, user.role, user.display_name)
    if staff is not None:
        console_session(request).renew(staff.username)
    return staff


def log_out(request: Request) -> None:
    """End the session: no user, and a fresh CSRF token."""
    console_session(request).renew(None)
