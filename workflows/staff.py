"""Staff accounts of the privacy desk: add them, list them, check a login.

Passwords are kept only as argon2id hashes (`argon2.PasswordHasher`). After
`MAX_FAILED_LOGINS` wrong passwords in a row an account is locked for `LOCK_MINUTES`;
a locked or inactive account fails even with the right password. No function here
commits: the caller's transaction does.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from workflows.models import StaffUser

ROLES = ("agent", "approver")
MIN_PASSWORD_LENGTH = 12
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
USERNAME = re.compile(r"[a-z0-9._-]{2,64}")
_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")
DISPLAY_NAME_LIMIT = 200
EMAIL_LIMIT = 320

_hasher = PasswordHasher()


class StaffError(ValueError):
    """A staff account cannot be added as asked; the message says why."""


def normalize_username(username: str) -> str:
    return username.strip().lower()


def check_password(password: str) -> None:
    """Raise StaffError when `password` is too short to be accepted."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters long")


def find_staff(session: Session, username: str) -> StaffUser | None:
    wanted = normalize_username(username)
    return session.exec(select(StaffUser).where(StaffUser.username == wanted)).first()


def list_staff(session: Session) -> list[StaffUser]:
    return list(session.exec(select(StaffUser).order_by(col(StaffUser.username))))


def add_staff(
    session: Session,
    username: str,
    password: str,
    role: str,
    display_name: str | None = None,
    email: str | None = None,
) -> StaffUser:
    """A new active account (username stored lower-case); raises StaffError when refused."""
    name = normalize_username(username)
    if not USERNAME.fullmatch(name):
        raise StaffError(f"username {username!r} must be 2 to 64 of a-z, 0-9, '.', '_' and '-'")
    if role not in ROLES:
        raise StaffError(f"role {role!r} is not one of {', '.join(ROLES)}")
    check_password(password)
    display_name = (display_name or "").strip() or None
    if display_name is not None and len(display_name) > DISPLAY_NAME_LIMIT:
        raise StaffError(f"the name is longer than {DISPLAY_NAME_LIMIT} characters")
    email = (email or "").strip().lower() or None
    if email is not None and (len(email) > EMAIL_LIMIT or not _EMAIL.fullmatch(email)):
        raise StaffError(f"email {email!r} is not a valid address")
    if find_staff(session, name) is not None:
        raise StaffError(f"username {name!r} already exists")
    user = StaffUser(
        username=name,
        display_name=display_name,
        email=email,
        password_hash=_hasher.hash(password),
        role=role,
    )
    session.add(user)
    session.flush()
    return user


@cache
def _dummy_hash() -> str:
    """A hash to verify against when the username is unknown, so timing does not tell."""
    return _hasher.hash("no such user: this password never matches")


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def is_locked(user: StaffUser, now: datetime) -> bool:
    return user.locked_until is not None and now < user.locked_until


def verify_login(session: Session, username: str, password: str, now: datetime) -> StaffUser | None:
    """The account when `password` is right and the account active and unlocked, else None.

    A wrong password counts against the account; the fifth in a row locks it until
    `now + LOCK_MINUTES`. Attempts while locked are refused without counting. When a lock
    has run out the count starts afresh. Success resets the count and, when the hasher's
    parameters changed, re-hashes the password.
    """
    user = find_staff(session, username)
    if user is None:
        _password_matches(_dummy_hash(), password)
        return None
    matches = _password_matches(user.password_hash, password)
    if not user.active or is_locked(user, now):
        return None
    if user.locked_until is not None:  # the lock has run out: a fresh count
        user.locked_until = None
        user.failed_logins = 0
    if not matches:
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        session.add(user)
        return None
    user.failed_logins = 0
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    session.add(user)
    return user
