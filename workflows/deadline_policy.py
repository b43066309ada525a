"""The deadline policy: from what is known about a case to its due points and notices.

Pure functions of their arguments and the settings (no database, no clock), so the same
facts always give the same due points and the same notice keys; README "Deadlines" explains
the defaults.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from intake.settings import DEADLINE_POLICIES, Settings
from workflows.business_calendar import BusinessCalendar, business_calendar
from workflows.cases import needs_identity

POLICIES = DEADLINE_POLICIES
AUDIENCES = ("customer", "staff", "escalation")
NOTICE_KINDS = (
    "identity_reminder",
    "staff_reminder",
    "overdue",
    "backstop_overdue",
    "identity_expiry",
)
Extension = timedelta | relativedelta

# The statutory answer periods of the policies that count calendar time (APPI counts in
# the company's business days), and what each allows as an extension.
_PERIODS: dict[str, Extension] = {"gdpr": relativedelta(months=1), "ccpa": timedelta(days=45)}
_EXTENSIONS: dict[str, Extension | None] = {
    "appi": None,
    "gdpr": relativedelta(months=2),
    "ccpa": timedelta(days=45),
}


@dataclass(frozen=True)
class Notice:
    """One message the schedule calls for; `key` names its due point, stably."""

    key: str
    at: datetime
    audience: str  # "customer" | "staff" | "escalation"
    kind: str  # "identity_reminder" | "staff_reminder" | "overdue" | ...


@dataclass(frozen=True)
class DuePoints:
    """The whole schedule of one case (aware UTC datetimes)."""

    acknowledge_by: datetime
    answer_by: datetime
    backstop_at: datetime | None  # APPI rights: arrival + 14 days; never paused or extended
    identity_expires_at: datetime | None
    notices: tuple[Notice, ...]


def policy_for(country: str | None, settings: Settings) -> str:
    """The policy for a customer of `country` (ISO code, any case; None: unknown)."""
    if country:
        found = settings.policy_by_country.get(country.strip().upper())
        if found:
            return found
    return settings.default_policy


def extension_for(policy: str) -> Extension | None:
    """How far `policy` lets staff extend the answer target (None: not at all)."""
    _check_policy(policy)
    return _EXTENSIONS[policy]


def due_points(
    *,
    kinds: Sequence[str],
    arrived_at: datetime,
    identity_state: str,
    identity_confirmed_at: datetime | None,
    paused_for: timedelta,
    extended_by: Extension | None,
    policy: str,
    settings: Settings,
) -> DuePoints:
    """The due points and notices of a case with these facts.

    The answer clock starts at arrival, or with `clock_start = "identity"` at the identity
    confirmation of a rights request (until then `answer_by` is provisional, counted from
    arrival, and no staff reminder or escalation about it is scheduled). `paused_for` (when
    `pause_while_awaiting_customer`) and `extended_by` move `answer_by` only; the backstop and
    the identity expiry always count from arrival.
    """
    _check_policy(policy)
    if isinstance(kinds, str):
        raise TypeError("kinds must be a sequence of kinds, not one string")
    if arrived_at.tzinfo is None or (
        identity_confirmed_at is not None and identity_confirmed_at.tzinfo is None
    ):
        raise ValueError("arrived_at and identity_confirmed_at must be aware datetimes")
    if paused_for < timedelta(0):
        raise ValueError(f"paused_for must not be negative: {paused_for}")
    calendar = business_calendar(settings)
    arrived_at = arrived_at.astimezone(UTC)
    rights = needs_identity(kinds)
    pending = identity_state == "pending"
    started = not (settings.clock_start == "identity" and rights and pending)
    start = arrived_at
    if (
        settings.clock_start == "identity"
        and rights
        and identity_state == "confirmed"
        and identity_confirmed_at is not None
    ):
        start = max(arrived_at, identity_confirmed_at.astimezone(UTC))
    backstop = None
    if rights and policy == "appi":
        backstop = arrived_at + timedelta(days=settings.backstop_calendar_days)
    answer_by = _answer_target(calendar, settings, policy, rights, start, backstop, extended_by)
    if settings.pause_while_awaiting_customer:
        answer_by += paused_for
    expires = arrived_at + timedelta(days=settings.identity_expiry_days) if pending else None
    notices = [*_identity_notices(calendar, settings, arrived_at, expires)]
    if started:
        notices.extend(_staff_notices(calendar, settings, start, answer_by))
    if backstop is not None:
        notices.append(_notice("backstop_overdue", "backstop", backstop, backstop, "escalation"))
    return DuePoints(
        acknowledge_by=calendar.end_of_business_day(arrived_at, settings.ack_business_days),
        answer_by=answer_by,
        backstop_at=backstop,
        identity_expires_at=expires,
        notices=tuple(sorted(notices, key=lambda notice: (notice.at, notice.key))),
    )


def _answer_target(
    calendar: BusinessCalendar,
    settings: Settings,
    policy: str,
    rights: bool,
    start: datetime,
    backstop: datetime | None,
    extended_by: Extension | None,
) -> datetime:
    """The answer target before pauses: business days (APPI, and every complaint or inquiry)
    or the calendar period of GDPR / CCPA, ending with the local day; extensions added."""
    if rights and policy in _PERIODS:
        last_day: date = calendar.local_date(start) + _PERIODS[policy]
        if extended_by is not None:
            last_day = last_day + extended_by
        return calendar.end_of_day(last_day)
    days = settings.answer_business_days_rights if rights else settings.answer_business_days_other
    target = calendar.end_of_business_day(start, days)
    if backstop is not None and target > backstop:
        target = _last_business_day_end(calendar, start, backstop)
    return target + extended_by if extended_by is not None else target


def _last_business_day_end(
    calendar: BusinessCalendar, start: datetime, limit: datetime
) -> datetime:
    """The end of the last business day that is over by `limit`, or `limit` itself when no
    such day begins after `start` (the company target never lies past the backstop)."""
    day = calendar.local_date(limit)
    first = calendar.local_date(start)
    while day >= first:
        if calendar.is_business_day(day) and calendar.end_of_day(day) <= limit:
            return calendar.end_of_day(day)
        day -= timedelta(days=1)
    return limit


def _identity_notices(
    calendar: BusinessCalendar, settings: Settings, arrived_at: datetime, expires: datetime | None
) -> list[Notice]:
    """Reminders to the customer while the identity check waits on them, then the expiry."""
    if expires is None:
        return []
    notices = []
    for days in settings.identity_reminder_day_values:
        at = _to_second(calendar.after_business_time(arrived_at, timedelta(days=days)))
        if at < expires:
            notices.append(_notice("identity_reminder", f"{days}bd", at, at, "customer"))
    notices.append(_notice("identity_expiry", "expiry", expires, expires, "customer"))
    return notices


def _staff_notices(
    calendar: BusinessCalendar, settings: Settings, start: datetime, answer_by: datetime
) -> list[Notice]:
    """Staff reminders at percentages of the business time to the answer target and some
    business days before it, then the escalation when the target passes."""
    notices = []
    total = calendar.business_time_between(start, answer_by)
    if total > timedelta(0):
        for percent in settings.staff_reminder_percent_values:
            at = _to_second(calendar.after_business_time(start, total * percent / 100))
            notices.append(_notice("staff_reminder", f"{percent}%", at, answer_by, "staff"))
    before = settings.staff_reminder_business_days_before
    if before and total > timedelta(days=before):
        at = _to_second(calendar.before_business_time(answer_by, timedelta(days=before)))
        notices.append(_notice("staff_reminder", f"{before}bd-before", at, answer_by, "staff"))
    notices.append(_notice("overdue", "answer", answer_by, answer_by, "escalation"))
    return notices


def _notice(kind: str, label: str, at: datetime, due: datetime, audience: str) -> Notice:
    """A notice keyed by its kind, label and the due point it is about (UTC, to the second)."""
    stamp = due.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return Notice(key=f"{kind}:{label}:{stamp}", at=at, audience=audience, kind=kind)


def _to_second(moment: datetime) -> datetime:
    """A reminder time without its fraction of a second (never later than computed)."""
    return moment.replace(microsecond=0)


def _check_policy(policy: str) -> None:
    if policy not in POLICIES:
        raise ValueError(f"unknown deadline policy {policy!r}: not {' | '.join(POLICIES)}")
