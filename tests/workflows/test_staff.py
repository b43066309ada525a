"""Staff accounts: adding them, and logins with lock-out, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlmodel import Session

from workflows.db import transaction
from workflows.staff import (
    LOCK_MINUTES,
    MAX_FAILED_LOGINS,
    ROLES,
    StaffError,
    add_staff,
    find_staff,
    verify_login,
)

PASSWORD = "correct horse battery"
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _add(engine, username="alice", password=PASSWORD, role="agent", **extra):
    with transaction(engine) as session:
        return add_staff(session, username, password, role, **extra)


def _login(engine, password, now=NOW, username="alice"):
    with transaction(engine) as session:
        user = verify_login(session, username, password, now)
        return None if user is None else user.username


def _user(engine, username="alice"):
    with Session(engine) as session:
        return find_staff(session, username)


def test_an_added_account_logs_in_with_its_password(engine):
    user = _add(engine, "Alice", role="approver", display_name=" Alice Abe ", email="A@Example.COM")
    assert (user.username, user.role, user.display_name, user.email, user.active) == (
        "alice",
        "approver",
        "Alice Abe",
        "a@example.com",
        True,
    )
    assert PASSWORD not in user.password_hash
    assert user.password_hash.startswith("$argon2id$")
    assert _login(engine, PASSWORD) == "alice"
    assert _login(engine, PASSWORD, username="ALICE ") == "alice"
    assert ROLES == ("agent", "approver")


@pytest.mark.parametrize(
    ("username", "password", "role", "email", "reason"),
    [
        ("a", PASSWORD, "agent", None, "2 to 64"),
        ("bob smith", PASSWORD, "agent", None, "2 to 64"),
        ("x" * 65, PASSWORD, "agent", None, "2 to 64"),
        ("bob", PASSWORD, "admin", None, "not one of agent, approver"),
        ("bob", "short pass", "agent", None, "at least 12"),
        ("bob", PASSWORD, "agent", "not-an-address", "not a valid address"),
    ],
)
def test_bad_accounts_are_refused(engine, username, password, role, email, reason):
    with pytest.raises(StaffError, match=reason), transaction(engine) as session:
        add_staff(session, username, password, role, email=email)
    assert _user(engine, username) is None


def test_an_existing_username_is_refused(engine):
    _add(engine)
    with pytest.raises(StaffError, match="already exists"):
        _add(engine, "ALICE", role="approver")
    assert _user(engine).role == "agent"


def test_a_wrong_password_fails_and_counts(engine):
    _add(engine)
    assert _login(engine, "wrong password!!") is None
    assert _login(engine, "wrong password!!") is None
    assert _user(engine).failed_logins == 2
    assert _login(engine, PASSWORD) == "alice"
    assert _user(engine).failed_logins == 0


def test_an_unknown_username_fails(engine):
    _add(engine)
    assert _login(engine, PASSWORD, username="mallory") is None


def test_five_failures_lock_the_account_for_fifteen_minutes(engine):
    _add(engine)
    for attempt in range(MAX_FAILED_LOGINS):
        assert _login(engine, "wrong password!!", NOW + timedelta(seconds=attempt)) is None
    locked_at = NOW + timedelta(seconds=MAX_FAILED_LOGINS - 1)
    user = _user(engine)
    assert user.failed_logins == MAX_FAILED_LOGINS
    assert user.locked_until == locked_at + timedelta(minutes=LOCK_MINUTES)
    # Locked: even the right password fails, and attempts do not extend the lock.
    assert _login(engine, PASSWORD, locked_at + timedelta(minutes=1)) is None
    assert _login(engine, "wrong again!!!", locked_at + timedelta(minutes=14)) is None
    assert _user(engine).locked_until == locked_at + timedelta(minutes=LOCK_MINUTES)
    assert _login(engine, PASSWORD, locked_at + timedelta(minutes=14, seconds=59)) is None
    # Fifteen minutes on the lock has run out.
    assert _login(engine, PASSWORD, locked_at + timedelta(minutes=LOCK_MINUTES)) == "alice"
    user = _user(engine)
    assert (user.failed_logins, user.locked_until) == (0, None)


def test_after_a_lock_runs_out_the_count_starts_afresh(engine):
    _add(engine)
    for _ in range(MAX_FAILED_LOGINS):
        _login(engine, "wrong password!!")
    later = NOW + timedelta(minutes=LOCK_MINUTES + 1)
    assert _login(engine, "wrong password!!", later) is None
    user = _user(engine)
    assert (user.failed_logins, user.locked_until) == (1, None)


def test_an_inactive_account_fails_with_the_right_password(engine):
    _add(engine)
    with transaction(engine) as session:
        find_staff(session, "alice").active = False
    assert _login(engine, PASSWORD) is None


def test_a_hash_with_old_parameters_is_renewed_at_login(engine):
    _add(engine)
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with transaction(engine) as session:
        find_staff(session, "alice").password_hash = weak
    assert _login(engine, PASSWORD) == "alice"
    renewed = _user(engine).password_hash
    assert renewed != weak
    assert not PasswordHasher().check_needs_rehash(renewed)
    assert _login(engine, PASSWORD) == "alice"
