"""The deadline policy: due points, notices and their keys, policies per country, settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta

from intake.settings import Settings, SettingsError, load_settings
from workflows.business_calendar import business_calendar
from workflows.deadline_policy import DuePoints, due_points, extension_for, policy_for

TOKYO = ZoneInfo("Asia/Tokyo")
SETTINGS = Settings()
CALENDAR = business_calendar(SETTINGS)
EU_AND_EEA = (
    *("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU"),
    *("IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"),
    *("IS", "LI", "NO"),  # EEA
)


def tokyo(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TOKYO)


def end_of(day: date) -> datetime:
    return datetime.combine(day, time.max, tzinfo=TOKYO).astimezone(UTC)


def due(**facts: Any) -> DuePoints:
    """`due_points` of a confirmed APPI disclosure request that arrived on Monday 2 Nov 2026."""
    arrived_at = facts.pop("arrived_at", tokyo(2026, 11, 2, 10))
    arguments: dict[str, Any] = {
        "kinds": ["disclosure"],
        "arrived_at": arrived_at,
        "identity_state": "confirmed",
        "identity_confirmed_at": arrived_at + timedelta(hours=1),
        "paused_for": timedelta(0),
        "extended_by": None,
        "policy": "appi",
        "settings": SETTINGS,
    }
    return due_points(**{**arguments, **facts})


def keys(points: DuePoints, kind: str | None = None) -> list[str]:
    return [notice.key for notice in points.notices if kind in (None, notice.kind)]


def test_appi_rights_request_gets_the_company_targets_and_the_two_week_backstop():
    points = due()  # Monday 2 Nov 2026 10:00; 3 Nov is Culture Day
    assert points.acknowledge_by == end_of(date(2026, 11, 4))
    assert points.answer_by == end_of(date(2026, 11, 12))  # 7 business days
    assert points.backstop_at == tokyo(2026, 11, 16, 10)  # arrival + 14 calendar days
    assert points.identity_expires_at is None  # already confirmed
    assert keys(points, "overdue") == ["overdue:answer:2026-11-12T14:59:59"]
    assert keys(points, "backstop_overdue") == ["backstop_overdue:backstop:2026-11-16T01:00:00"]
    assert [n.audience for n in points.notices if "overdue" in n.kind] == ["escalation"] * 2


def test_the_backstop_ignores_pauses_and_extensions():
    plain = due()
    moved = due(paused_for=timedelta(days=3), extended_by=timedelta(days=10))
    assert moved.backstop_at == plain.backstop_at == tokyo(2026, 11, 2, 10) + timedelta(days=14)
    assert moved.answer_by == plain.answer_by + timedelta(days=13)


def test_pausing_moves_the_answer_target_by_the_paused_span():
    span = timedelta(days=2, hours=3, minutes=7)
    plain, paused = due(), due(paused_for=span)
    assert paused.answer_by - plain.answer_by == span
    assert paused.acknowledge_by == plain.acknowledge_by
    assert keys(paused, "overdue") != keys(plain, "overdue")
    never_paused = replace(SETTINGS, pause_while_awaiting_customer=False)
    assert due(paused_for=span, settings=never_paused).answer_by == plain.answer_by
    with pytest.raises(ValueError, match="negative"):
        due(paused_for=timedelta(hours=-1))


def test_the_company_target_never_lies_past_the_backstop_over_new_year_and_golden_week():
    new_year = due(arrived_at=tokyo(2026, 12, 28, 18))
    # 7 business days would end on 13 Jan 2027; the backstop is 11 Jan 18:00 (a holiday)
    assert new_year.backstop_at == tokyo(2027, 1, 11, 18)
    assert new_year.answer_by == end_of(date(2027, 1, 8))
    assert new_year.acknowledge_by == end_of(date(2027, 1, 4))
    golden_week = due(arrived_at=tokyo(2026, 4, 28, 10))
    assert golden_week.backstop_at == tokyo(2026, 5, 12, 10)
    assert golden_week.answer_by == end_of(date(2026, 5, 11))


def test_a_saturday_arrival_counts_from_monday():
    points = due(arrived_at=tokyo(2026, 11, 14, 10))  # 23 Nov is Labour Thanksgiving Day
    assert points.acknowledge_by == end_of(date(2026, 11, 17))
    assert points.answer_by == end_of(date(2026, 11, 26))  # Monday 16 Nov is day 0
    assert points.backstop_at == tokyo(2026, 11, 28, 10)


def test_gdpr_answers_within_a_month_extendable_by_two_more():
    arrival = tokyo(2026, 3, 10, 10)
    gdpr = due(arrived_at=arrival, policy="gdpr")
    assert gdpr.answer_by == end_of(date(2026, 4, 10)) and gdpr.backstop_at is None
    extended = due(arrived_at=arrival, policy="gdpr", extended_by=extension_for("gdpr"))
    assert extended.answer_by == end_of(date(2026, 6, 10))
    assert keys(extended, "overdue") == ["overdue:answer:2026-06-10T14:59:59"]
    month_end = due(arrived_at=tokyo(2026, 1, 31, 10), policy="gdpr")
    assert month_end.answer_by == end_of(date(2026, 2, 28))
    late_utc = datetime(2026, 3, 9, 16, 0, tzinfo=UTC)  # already 10 Mar in Tokyo
    assert due(arrived_at=late_utc, policy="gdpr").answer_by == end_of(date(2026, 4, 10))


def test_ccpa_answers_within_45_days_extendable_by_45():
    arrival = tokyo(2026, 3, 10, 10)
    assert due(arrived_at=arrival, policy="ccpa").answer_by == end_of(date(2026, 4, 24))
    extended = due(arrived_at=arrival, policy="ccpa", extended_by=extension_for("ccpa"))
    assert extended.answer_by == end_of(date(2026, 6, 8))


def test_extensions_each_policy_allows():
    assert extension_for("appi") is None
    assert extension_for("gdpr") == relativedelta(months=2)
    assert extension_for("ccpa") == timedelta(days=45)
    with pytest.raises(ValueError, match="hipaa"):
        extension_for("hipaa")


def test_clock_start_identity_counts_from_the_confirmation():
    from_identity = replace(SETTINGS, clock_start="identity")
    arrival, confirmed = tokyo(2026, 3, 10, 10), tokyo(2026, 3, 20, 15)
    gdpr = due(
        arrived_at=arrival,
        identity_confirmed_at=confirmed,
        policy="gdpr",
        settings=from_identity,
    )
    assert gdpr.answer_by == end_of(date(2026, 4, 20))
    appi = due(identity_confirmed_at=tokyo(2026, 11, 4, 9), settings=from_identity)
    assert appi.answer_by == end_of(date(2026, 11, 13))  # 7 business days after 4 Nov
    assert due(identity_confirmed_at=tokyo(2026, 11, 4, 9)).answer_by == end_of(date(2026, 11, 12))
    late = due(identity_confirmed_at=tokyo(2026, 11, 13, 9), settings=from_identity)
    assert late.answer_by == end_of(date(2026, 11, 13)) < late.backstop_at  # capped


def test_with_clock_start_identity_nothing_about_the_answer_is_sent_before_confirmation():
    from_identity = replace(SETTINGS, clock_start="identity")
    waiting = due(identity_state="pending", identity_confirmed_at=None, settings=from_identity)
    kinds = {notice.kind for notice in waiting.notices}
    assert kinds == {"identity_reminder", "identity_expiry", "backstop_overdue"}
    assert waiting.backstop_at == tokyo(2026, 11, 16, 10)


def test_notice_keys_are_stable_until_their_due_point_moves():
    pending = due(identity_state="pending", identity_confirmed_at=None)
    assert pending.notices == due(identity_state="pending", identity_confirmed_at=None).notices
    assert keys(pending, "staff_reminder") == [
        "staff_reminder:50%:2026-11-12T14:59:59",
        "staff_reminder:80%:2026-11-12T14:59:59",
        "staff_reminder:1bd-before:2026-11-12T14:59:59",
    ]
    confirmed = due()  # the same case after its identity was confirmed
    assert keys(confirmed, "staff_reminder") == keys(pending, "staff_reminder")
    assert keys(confirmed, "backstop_overdue") == keys(pending, "backstop_overdue")
    assert keys(confirmed, "identity_reminder") == []
    paused = due(paused_for=timedelta(days=1))
    assert set(keys(paused, "staff_reminder")).isdisjoint(keys(confirmed, "staff_reminder"))
    assert keys(paused, "backstop_overdue") == keys(confirmed, "backstop_overdue")


def test_staff_reminders_fall_on_business_days_before_the_target():
    points = due(arrived_at=tokyo(2026, 4, 28, 10))
    reminders = {n.key.split(":")[1]: n.at for n in points.notices if n.kind == "staff_reminder"}
    assert set(reminders) == {"50%", "80%", "1bd-before"}
    for at in reminders.values():
        assert tokyo(2026, 4, 28, 10) < at < points.answer_by
        assert CALENDAR.is_business_day(CALENDAR.local_date(at)), at
    assert reminders["50%"] < reminders["80%"] <= reminders["1bd-before"]
    last_day = reminders["1bd-before"].astimezone(TOKYO)  # the end of the business day before
    assert last_day == datetime(2026, 5, 8, 23, 59, 59, tzinfo=TOKYO)
    assert {n.audience for n in points.notices if n.kind == "staff_reminder"} == {"staff"}


def test_identity_reminders_after_2_and_5_business_days_and_expiry_after_14_days():
    arrival = tokyo(2026, 11, 9, 10)  # Monday
    points = due(arrived_at=arrival, identity_state="pending", identity_confirmed_at=None)
    reminders = [n for n in points.notices if n.kind == "identity_reminder"]
    assert [n.at for n in reminders] == [tokyo(2026, 11, 11, 10), tokyo(2026, 11, 16, 10)]
    assert [n.audience for n in reminders] == ["customer", "customer"]
    assert [n.key for n in reminders] == [
        "identity_reminder:2bd:2026-11-11T01:00:00",
        "identity_reminder:5bd:2026-11-16T01:00:00",
    ]
    assert points.identity_expires_at == tokyo(2026, 11, 23, 10)  # calendar days
    expiry = [n for n in points.notices if n.kind == "identity_expiry"]
    assert [(n.at, n.key) for n in expiry] == [
        (tokyo(2026, 11, 23, 10), "identity_expiry:expiry:2026-11-23T01:00:00")
    ]
    over_golden_week = due(
        arrived_at=tokyo(2026, 4, 28, 10), identity_state="pending", identity_confirmed_at=None
    )
    first = next(n for n in over_golden_week.notices if n.kind == "identity_reminder")
    assert first.at == tokyo(2026, 5, 1, 10)  # 29 Apr is Showa Day


def test_complaints_and_inquiries_get_ten_business_days_and_no_backstop():
    for policy in ("appi", "gdpr"):
        points = due(
            kinds=["complaint", "inquiry"],
            identity_state="not_needed",
            identity_confirmed_at=None,
            policy=policy,
        )
        assert points.answer_by == end_of(date(2026, 11, 17))  # 10 business days
        assert points.backstop_at is None and points.identity_expires_at is None
        assert "backstop_overdue" not in {notice.kind for notice in points.notices}
    assert due(kinds=["complaint", "deletion"]).answer_by == end_of(date(2026, 11, 12))


def test_notices_are_aware_and_in_time_order():
    points = due(identity_state="pending", identity_confirmed_at=None)
    times = [notice.at for notice in points.notices]
    assert times == sorted(times) and all(at.utcoffset() == timedelta(0) for at in times)


def test_bad_facts_are_refused():
    with pytest.raises(ValueError, match="aware"):
        due(arrived_at=datetime(2026, 11, 2, 10))
    with pytest.raises(ValueError, match="hipaa"):
        due(policy="hipaa")
    with pytest.raises(TypeError, match="sequence"):
        due(kinds="disclosure")


def test_policy_for_maps_customer_countries():
    assert [policy_for(country, SETTINGS) for country in EU_AND_EEA] == ["gdpr"] * 30
    assert policy_for("us", SETTINGS) == "ccpa"
    assert (policy_for("JP", SETTINGS), policy_for(None, SETTINGS)) == ("appi", "appi")
    custom = replace(SETTINGS, default_policy="gdpr", policy_countries="appi:JP; ccpa:US,CA")
    assert [policy_for(c, custom) for c in ("JP", "CA", "DE", None)] == [
        "appi",
        "ccpa",
        "gdpr",
        "gdpr",
    ]


def test_deadline_settings_parse_and_load_from_the_environment(tmp_path):
    settings = load_settings(
        {
            "INTAKE_HOME": str(tmp_path),
            "INTAKE_CLOSING_DAYS": "12-29..01-03, 08-13..08-16",
            "INTAKE_STAFF_REMINDER_PERCENTS": "80, 50",
            "INTAKE_DIGEST_TIME": "08:30",
            "INTAKE_PAUSE_WHILE_AWAITING_CUSTOMER": "off",
        }
    )
    assert settings.closing_day_ranges == (((12, 29), (1, 3)), ((8, 13), (8, 16)))
    assert settings.staff_reminder_percent_values == (50, 80)
    assert settings.identity_reminder_day_values == (2, 5)
    assert settings.digest_clock == time(8, 30)
    assert settings.pause_while_awaiting_customer is False
    assert settings.deadline_zone == TOKYO


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"INTAKE_CLOSING_DAYS": "12-32..01-03"}, "setting closing_days: '12-32..01-03'"),
        ({"INTAKE_CLOSING_DAYS": "Dec 29"}, "setting closing_days"),
        ({"INTAKE_CLOSING_DAYS": "01-01..12-31"}, "closing_days: .* closes every day"),
        ({"INTAKE_DEADLINE_TIMEZONE": "Asia/Tokio"}, "setting deadline_timezone"),
        ({"INTAKE_CLOCK_START": "request"}, "setting clock_start: 'request'"),
        ({"INTAKE_DEFAULT_POLICY": "hipaa"}, "setting default_policy: 'hipaa'"),
        ({"INTAKE_POLICY_COUNTRIES": "hipaa:US"}, "setting policy_countries: 'hipaa:US'"),
        ({"INTAKE_POLICY_COUNTRIES": "gdpr:DEU"}, "setting policy_countries: 'DEU'"),
        ({"INTAKE_POLICY_COUNTRIES": "gdpr:US;ccpa:US"}, "policy_countries: US .* two"),
        ({"INTAKE_STAFF_REMINDER_PERCENTS": "50,120"}, "setting staff_reminder_percents"),
        ({"INTAKE_IDENTITY_REMINDER_BUSINESS_DAYS": "2,x"}, "identity_reminder_business_days"),
        ({"INTAKE_DIGEST_TIME": "9am"}, "setting digest_time: '9am'"),
        ({"INTAKE_DIGEST_TIME": "24:00"}, "setting digest_time"),
        ({"INTAKE_ANSWER_BUSINESS_DAYS_RIGHTS": "0"}, "answer_business_days_rights: .* 1"),
        ({"INTAKE_ACK_BUSINESS_DAYS": "-1"}, "setting ack_business_days: must be 0 or more"),
        ({"INTAKE_TICK_SECONDS": "0"}, "setting tick_seconds: must be at least 1"),
        ({"INTAKE_BACKSTOP_CALENDAR_DAYS": "two weeks"}, "backstop_calendar_days .*INTAKE_"),
        ({"INTAKE_STAFF_ADDRESS": "privacy-desk"}, "setting staff_address: .* not a mail"),
        (
            {"INTAKE_ESCALATION_ADDRESS": "Support@win-techno.com"},
            "setting escalation_address: .* the intake receives",
        ),
    ],
)
def test_a_bad_deadline_setting_is_named(tmp_path, environ, message):
    with pytest.raises(SettingsError, match=message):
        load_settings({"INTAKE_HOME": str(tmp_path), **environ})
