"""Business days: weekdays that are neither Japanese national holidays nor company closing days.

Days are local days of one time zone (default Asia/Tokyo); every datetime going in must be
aware, and every datetime coming out is an aware UTC datetime. The national holidays come
from the maintained `holidays` package (`holidays.country_holidays("JP")`), never a list
kept here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from intake.settings import MonthDay, Settings, closed_on

TOKYO = ZoneInfo("Asia/Tokyo")
ClosingDays = tuple[tuple[MonthDay, MonthDay], ...]  # (first, last) pairs, may wrap the year
NEW_YEAR_CLOSING: ClosingDays = (((12, 29), (1, 3)),)
_ONE_DAY = timedelta(days=1)
_SEARCH_LIMIT = 2 * 366  # days to look for a business day before giving up


class BusinessCalendar:
    """Which local days are business days, and due times counted in them."""

    def __init__(
        self,
        zone: ZoneInfo = TOKYO,
        closing_days: Sequence[tuple[MonthDay, MonthDay]] = NEW_YEAR_CLOSING,
        country: str = "JP",
    ) -> None:
        self.zone = zone
        self.closing_days = tuple(closing_days)
        self.country = country
        self._holidays: dict[int, frozenset[date]] = {}
        self._business_days: dict[date, bool] = {}  # every due time asks about the same days

    def holidays_of(self, year: int) -> frozenset[date]:
        """The national holidays of `year` (computed once per year)."""
        found = self._holidays.get(year)
        if found is None:
            found = frozenset(holidays.country_holidays(self.country, years=year))
            self._holidays[year] = found
        return found

    def is_closing_day(self, day: date) -> bool:
        """Whether `day` falls in one of the company's closing ranges."""
        return closed_on((day.month, day.day), self.closing_days)

    def is_business_day(self, day: date) -> bool:
        """Monday to Friday, not a national holiday, not a closing day."""
        known = self._business_days.get(day)
        if known is None:
            known = (
                day.weekday() < 5
                and day not in self.holidays_of(day.year)
                and not self.is_closing_day(day)
            )
            self._business_days[day] = known
        return known

    def local_date(self, moment: datetime) -> date:
        """The date of `moment` in this calendar's time zone."""
        return _aware(moment).astimezone(self.zone).date()

    def start_of_day(self, day: date) -> datetime:
        """00:00 local of `day`, in UTC."""
        return datetime.combine(day, time.min, tzinfo=self.zone).astimezone(UTC)

    def end_of_day(self, day: date) -> datetime:
        """23:59:59.999999 local of `day`, in UTC."""
        return datetime.combine(day, time.max, tzinfo=self.zone).astimezone(UTC)

    def business_day_after(self, day: date, business_days: int) -> date:
        """The business day `business_days` business days after `day`; with 0, `day` itself
        when it is a business day, else the next business day."""
        if business_days < 0:
            raise ValueError(f"business_days must be 0 or more, not {business_days}")
        current = day
        for _ in range(_SEARCH_LIMIT):
            if self.is_business_day(current):
                break
            current += _ONE_DAY
        else:
            raise ValueError(f"no business day within {_SEARCH_LIMIT} days of {day}")
        for _ in range(business_days):
            current = self._next_business_day(current)
        return current

    def end_of_business_day(self, moment: datetime, business_days: int) -> datetime:
        """The end (23:59:59.999999 local, in UTC) of the business day `business_days` business
        days after the local date of `moment` (0: that day if it is a business day, else the
        next one). Friday 15:00 + 1 is Monday's end when Monday is a business day."""
        return self.end_of_day(self.business_day_after(self.local_date(moment), business_days))

    def business_days_between(self, start: datetime, end: datetime) -> int:
        """How many business days lie after the local date of `start` up to and including the
        local date of `end`; negative when `end` is earlier. So for a `start` on a business
        day, `business_days_between(start, end_of_business_day(start, n)) == n`."""
        first, last = self.local_date(start), self.local_date(end)
        if last < first:
            return -self.business_days_between(end, start)
        count, current = 0, first
        while current < last:
            current += _ONE_DAY
            count += self.is_business_day(current)
        return count

    def business_time_between(self, start: datetime, end: datetime) -> timedelta:
        """The part of [start, end) that falls on business days (zero when `end` <= `start`)."""
        start, end = _aware(start).astimezone(UTC), _aware(end).astimezone(UTC)
        total = timedelta(0)
        day = self.local_date(start)
        while start < end:
            next_start = self.start_of_day(day + _ONE_DAY)
            if self.is_business_day(day):
                total += min(end, next_start) - start
            start, day = next_start, day + _ONE_DAY
        return total

    def after_business_time(self, start: datetime, amount: timedelta) -> datetime:
        """The moment at which `amount` of business time has passed since `start` (in UTC)."""
        cursor = _aware(start).astimezone(UTC)
        day = self.local_date(cursor)
        for _ in range(_SEARCH_LIMIT + amount.days * 2):
            if amount <= timedelta(0):
                return cursor
            next_start = self.start_of_day(day + _ONE_DAY)
            if self.is_business_day(day):
                used = min(amount, next_start - cursor)
                if used == amount:
                    return cursor + used
                amount -= used
            cursor, day = next_start, day + _ONE_DAY
        raise ValueError(f"too few business days after {start}")

    def before_business_time(self, end: datetime, amount: timedelta) -> datetime:
        """The moment from which `amount` of business time remains until `end` (in UTC)."""
        cursor = _aware(end).astimezone(UTC)
        day = self.local_date(cursor)
        for _ in range(_SEARCH_LIMIT + amount.days * 2):
            if amount <= timedelta(0):
                return cursor
            day_start = self.start_of_day(day)
            if self.is_business_day(day):
                used = min(amount, cursor - day_start)
                if used == amount:
                    return cursor - used
                amount -= used
            cursor, day = day_start, day - _ONE_DAY
        raise ValueError(f"too few business days before {end}")

    def _next_business_day(self, day: date) -> date:
        for offset in range(1, _SEARCH_LIMIT):
            candidate = day + timedelta(days=offset)
            if self.is_business_day(candidate):
                return candidate
        raise ValueError(f"no business day within {_SEARCH_LIMIT} days after {day}")


def business_calendar(settings: Settings) -> BusinessCalendar:
    """The calendar the settings describe, built once per time zone and closing days."""
    return _calendar(settings.deadline_zone, settings.closing_day_ranges)


@lru_cache(maxsize=8)
def _calendar(zone: ZoneInfo, closing_days: ClosingDays) -> BusinessCalendar:
    return BusinessCalendar(zone, closing_days)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{moment!r} has no time zone; deadlines need aware datetimes")
    return moment
