"""Sessions, CSRF tokens, the staff member of a request, and the security headers.

The session is a cookie signed with the workspace's secret key (itsdangerous): the username
once logged in, and a CSRF token that every form (field `csrf_token`) and every mutating API
call (header `X-CSRF-Token`) must echo. A fresh token is issued at login and at logout.
The staff account is read from the database on every request, so a deactivated account or a
changed role takes effect at once.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlmodel import Session

from workflows.staff import find_staff
from workflows.workspace import Workspace

COOKIE = "intake_console"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SESSION_HOURS = 12
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; script-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


class LoginRequired(Exception):
    """The request needs a logged-in staff member."""


class CsrfRefused(Exception):
    """A mutating request came without the session's CSRF token."""


@dataclass(frozen=True)
class Staff:
    """The logged-in staff member, as the workflow functions want them."""

    username: str
    role: str
    display_name: str | None


@dataclass
class ConsoleSession:
    """What the session cookie carries; `changed` makes the response set it again."""

    username: str | None
    csrf: str
    changed: bool = False

    def renew(self, username: str | None) -> None:
        """Log in or out: a new user (or none) and a fresh CSRF token."""
        self.username, self.csrf, self.changed = username, secrets.token_urlsafe(32), True


def _serializer(ws: Workspace) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(ws.settings.secret_key, salt="intake-console-session")


def load_session(ws: Workspace, cookie: str | None) -> ConsoleSession:
    """The session in the cookie, or a new anonymous one when it is missing, forged or old."""
    if cookie:
        try:
            data: dict[str, Any] = _serializer(ws).loads(cookie, max_age=SESSION_HOURS * 3600)
            return ConsoleSession(data.get("u"), str(data["csrf"]))
        except (BadSignature, KeyError, TypeError, AttributeError):
            pass
    return ConsoleSession(None, secrets.token_urlsafe(32), changed=True)


def secure_cookies(ws: Workspace) -> bool:
    """Cookies are marked Secure when the console is published over https."""
    return ws.settings.public_url.lower().startswith("https://")


def store_session(ws: Workspace, session: ConsoleSession, response: Response) -> None:
    value = _serializer(ws).dumps({"u": session.username, "csrf": session.csrf})
    response.set_cookie(
        COOKIE,
        value,
        max_age=SESSION_HOURS * 3600,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(ws),
        path="/",
    )


def console_session(request: Request) -> ConsoleSession:
    session: ConsoleSession = request.state.console_session
    return session


async def check_csrf(request: Request) -> None:
    """Refuse a mutating request whose header or form field does not carry the token."""
    if request.method in SAFE_METHODS:
        return
    sent = request.headers.get(CSRF_HEADER)
    content_type = request.headers.get("content-type", "")
    if sent is None and content_type.startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    expected = console_session(request).csrf
    if not sent or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise CsrfRefused


def current_staff(request: Request) -> Staff:
    """The logged-in, active staff member; raises LoginRequired otherwise."""
    username = console_session(request).username
    if not username:
        raise LoginRequired
    ws: Workspace = request.app.state.ws
    with Session(ws.engine) as session:
        user = find_staff(session, username)
        if user is None or not user.active:
            raise LoginRequired
        return Staff(user.username, user.role, user.display_name)


def session_middleware(
    ws: Workspace,
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    """Load the session before the request, store it after when it changed, and add the
    security headers to every response."""

    async def middleware(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        session = load_session(ws, request.cookies.get(COOKIE))
        request.state.console_session = session
        response = await call_next(request)
        if session.changed:
            store_session(ws, session, response)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    return middleware
