"""Business days: Japanese national holidays, company closing days, the Tokyo day boundary."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from intake.settings import Settings
from workflows.business_calendar import BusinessCalendar, business_calendar

TOKYO = ZoneInfo("Asia/Tokyo")
CALENDAR = BusinessCalendar()  # Asia/Tokyo, closing 29 Dec - 3 Jan


def tokyo(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TOKYO)


def end_of(day: date) -> datetime:
    """23:59:59.999999 Tokyo time of `day`, as UTC."""
    return datetime.combine(day, time.max, tzinfo=TOKYO).astimezone(UTC)


def test_golden_week_2026_is_not_business_days():
    closed = [date(2026, 4, 29), *(date(2026, 5, day) for day in range(2, 7))]
    open_ = [date(2026, 4, 28), date(2026, 4, 30), date(2026, 5, 1), date(2026, 5, 7)]
    assert [day for day in closed if CALENDAR.is_business_day(day)] == []
    assert all(CALENDAR.is_business_day(day) for day in open_)


def test_business_days_count_across_golden_week():
    arrival = tokyo(2026, 4, 28, 10)  # Tuesday; 29 Apr and 3-6 May are holidays
    assert CALENDAR.end_of_business_day(arrival, 1) == end_of(date(2026, 4, 30))
    assert CALENDAR.end_of_business_day(arrival, 2) == end_of(date(2026, 5, 1))
    assert CALENDAR.end_of_business_day(arrival, 3) == end_of(date(2026, 5, 7))
    assert CALENDAR.end_of_business_day(arrival, 7) == end_of(date(2026, 5, 13))
    assert CALENDAR.business_days_between(arrival, tokyo(2026, 5, 7, 9)) == 3


def test_new_year_closing_days_and_the_first_of_january():
    closed = [date(2026, 12, day) for day in (29, 30, 31)]
    closed += [date(2027, 1, day) for day in (1, 2, 3)]
    assert [day for day in closed if CALENDAR.is_business_day(day)] == []
    assert CALENDAR.is_business_day(date(2027, 1, 4))
    without_closing = BusinessCalendar(closing_days=())
    assert without_closing.is_business_day(date(2026, 12, 29))  # an ordinary Tuesday
    assert not without_closing.is_business_day(date(2027, 1, 1))  # New Year's Day, a holiday


def test_a_request_arriving_on_28_december_at_18_00_tokyo_time():
    arrival = tokyo(2026, 12, 28, 18)  # Monday, the last business day of 2026
    assert CALENDAR.end_of_business_day(arrival, 0) == end_of(date(2026, 12, 28))
    assert CALENDAR.end_of_business_day(arrival, 1) == end_of(date(2027, 1, 4))
    # 11 Jan 2027 is Coming of Age Day: 7 business days end on Wednesday 13 Jan
    assert CALENDAR.end_of_business_day(arrival, 5) == end_of(date(2027, 1, 8))
    assert CALENDAR.end_of_business_day(arrival, 7) == end_of(date(2027, 1, 13))


def test_a_request_arriving_on_a_saturday_counts_from_monday():
    arrival = tokyo(2026, 11, 14, 10)  # Saturday
    assert CALENDAR.end_of_business_day(arrival, 0) == end_of(date(2026, 11, 16))
    assert CALENDAR.end_of_business_day(arrival, 1) == end_of(date(2026, 11, 17))
    assert CALENDAR.business_days_between(arrival, tokyo(2026, 11, 16, 9)) == 1


def test_friday_afternoon_plus_one_business_day_is_the_end_of_monday():
    friday = tokyo(2026, 11, 6, 15)
    due = CALENDAR.end_of_business_day(friday, 1)
    assert due == end_of(date(2026, 11, 9))
    assert due.tzinfo == UTC and due.isoformat() == "2026-11-09T14:59:59.999999+00:00"


def test_a_utc_time_already_the_next_day_in_tokyo_counts_from_the_tokyo_date():
    late_utc = datetime(2026, 4, 28, 15, 30, tzinfo=UTC)  # 29 Apr 00:30 in Tokyo: Showa Day
    assert CALENDAR.local_date(late_utc) == date(2026, 4, 29)
    assert CALENDAR.end_of_business_day(late_utc, 0) == end_of(date(2026, 4, 30))
    friday_utc = datetime(2026, 11, 6, 16, 0, tzinfo=UTC)  # Saturday 01:00 in Tokyo
    assert CALENDAR.end_of_business_day(friday_utc, 0) == end_of(date(2026, 11, 9))
    in_new_york = BusinessCalendar(zone=ZoneInfo("America/New_York"))
    assert in_new_york.local_date(late_utc) == date(2026, 4, 28)


def test_national_holidays_come_from_the_holidays_package():
    assert not CALENDAR.is_business_day(date(2026, 5, 6))  # substitute holiday (振替休日)
    assert not CALENDAR.is_business_day(date(2026, 9, 22))  # citizens' holiday (国民の休日)
    assert date(2026, 9, 22) in CALENDAR.holidays_of(2026)
    assert CALENDAR.is_business_day(date(2026, 9, 24))


def test_business_days_between_inverts_end_of_business_day_all_year():
    day = date(2026, 1, 1)
    while day.year == 2026:
        if CALENDAR.is_business_day(day):
            start = tokyo(day.year, day.month, day.day, 17)
            for count in (0, 1, 7, 10):
                due = CALENDAR.end_of_business_day(start, count)
                assert CALENDAR.business_days_between(start, due) == count, (day, count)
                assert CALENDAR.is_business_day(CALENDAR.local_date(due))
        day += timedelta(days=1)
    start, end = tokyo(2026, 5, 7, 9), tokyo(2026, 4, 28, 10)
    assert CALENDAR.business_days_between(start, end) == -3


def test_business_time_skips_weekends_and_holidays():
    friday_evening, monday_morning = tokyo(2026, 11, 6, 18), tokyo(2026, 11, 9, 6)
    twelve_hours = timedelta(hours=12)
    assert CALENDAR.business_time_between(friday_evening, monday_morning) == twelve_hours
    assert CALENDAR.after_business_time(friday_evening, twelve_hours) == monday_morning
    assert CALENDAR.before_business_time(monday_morning, twelve_hours) == friday_evening
    across_golden_week = CALENDAR.after_business_time(tokyo(2026, 5, 1, 12), timedelta(days=1))
    assert across_golden_week == tokyo(2026, 5, 7, 12)


def test_naive_datetimes_and_negative_counts_are_refused():
    with pytest.raises(ValueError, match="no time zone"):
        CALENDAR.end_of_business_day(datetime(2026, 4, 28, 10), 1)
    with pytest.raises(ValueError, match="0 or more"):
        CALENDAR.end_of_business_day(tokyo(2026, 4, 28), -1)


def test_business_calendar_follows_the_settings_and_is_built_once():
    assert business_calendar(Settings()) is business_calendar(Settings())
    obon = business_calendar(Settings(closing_days="12-29..01-03, 08-13..08-16"))
    assert not obon.is_business_day(date(2026, 8, 14))
    assert business_calendar(Settings()).is_business_day(date(2026, 8, 14))
    utc_calendar = business_calendar(Settings(deadline_timezone="UTC"))
    assert utc_calendar.local_date(datetime(2026, 4, 28, 15, 30, tzinfo=UTC)) == date(2026, 4, 28)
