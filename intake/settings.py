"""Settings: embedded defaults, then a TOML file, then `INTAKE_*` environment variables.

Every setting has a name (`database_url`), an environment variable (`INTAKE_DATABASE_URL`),
a type and a default, so a bad value is reported by the name the user wrote.
"""

from __future__ import annotations

import os
import secrets
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, time
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo


class SettingsError(ValueError):
    """A setting is missing, malformed or contradicts another; the message names it."""


@dataclass(frozen=True)
class Settings:
    """What the intake is configured with; README's Configuration table says what each means."""

    home: Path = Path("var")
    database_url: str = ""
    secret_key: str = ""
    support_address: str = "support@win-techno.com"
    mail_domain: str = "win-techno.com"
    case_prefix: str = "PR"
    japanese_mail_charset: str = "iso-2022-jp"
    identity_code_hours: int = 72
    identity_max_attempts: int = 5
    loop_guard_limit: int = 10
    loop_guard_minutes: int = 180
    general_support_address: str = ""
    public_url: str = ""
    # SMTP receiver (aiosmtpd): where it listens, for whom it accepts mail, how much
    smtp_enabled: bool = True
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 8025
    smtp_recipients: str = ""  # comma-separated; empty: support_address only
    smtp_max_bytes: int = 25 * 1024 * 1024
    smtp_tls_cert: str = ""  # both set: STARTTLS offered
    smtp_tls_key: str = ""
    # outbound mail relay; no relay_host: replies stay queued in the Outbox
    relay_host: str = ""
    relay_port: int = 587
    relay_security: str = "starttls"  # none | starttls | ssl
    relay_username: str = ""
    relay_password: str = ""
    relay_timeout_seconds: int = 30
    delivery_max_attempts: int = 8
    delivery_retry_seconds: int = 60  # first retry; doubles each attempt
    # IMAP poller; no imap_host: off
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "ssl"  # none | starttls | ssl
    imap_username: str = ""
    imap_password: str = ""
    imap_folder: str = "INBOX"
    imap_done_folder: str = ""  # empty: flag fetched mail as seen and leave it
    imap_poll_seconds: int = 60
    imap_idle: bool = True
    # Telegram bot; no telegram_token: off
    telegram_token: str = ""
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str = ""  # empty: long polling
    telegram_webhook_listen: str = "127.0.0.1"
    telegram_webhook_port: int = 8443
    telegram_webhook_secret: str = ""
    telegram_staff_chat_id: int = 0  # 0: no staff notices
    # staff console
    console_host: str = "127.0.0.1"
    console_port: int = 8080
    console_language: str = ""  # ja | en; "": from the browser's Accept-Language
    company_name_ja: str = "Win Techno株式会社"
    company_name_en: str = "Win Techno Inc."
    company_desk_ja: str = "個人情報保護管理窓口"
    company_desk_en: str = "Personal Information Protection Management Contact"
    company_address_ja: str = "〒106-6135 東京都港区六本木6-2-31 六本木ヒルズノースタワー17F"
    company_address_en: str = (
        "Roppongi Hills North Tower 17F, 6-2-31 Roppongi, Minato-ku, Tokyo 106-6135, Japan"
    )
    # deadlines (README "Deadlines"): targets in business days of `deadline_timezone`, which
    # skip Saturdays, Sundays, Japanese national holidays and the company's closing days
    deadline_timezone: str = "Asia/Tokyo"
    closing_days: str = "12-29..01-03"  # MM-DD or MM-DD..MM-DD, comma-separated; "": none
    ack_business_days: int = 1  # acknowledgement: 0 = by the end of the day of arrival
    answer_business_days_rights: int = 7  # disclosure, correction, suspension, deletion
    answer_business_days_other: int = 10  # complaints and inquiries
    backstop_calendar_days: int = 14  # APPI Art. 39: never paused, never extended
    staff_reminder_percents: str = "50,80"  # of the answer target; "": none
    staff_reminder_business_days_before: int = 1  # 0: none
    identity_reminder_business_days: str = "2,5"  # customer reminders; "": none
    identity_expiry_days: int = 14  # calendar days from arrival; then the case expires
    clock_start: str = "arrival"  # arrival | identity (confirmation)
    pause_while_awaiting_customer: bool = True  # the answer target only, never the backstop
    default_policy: str = "appi"  # appi | gdpr | ccpa
    policy_countries: str = (  # customer countries with another policy: "policy:CC,CC;..."
        "gdpr:AT,BE,BG,CY,CZ,DE,DK,EE,ES,FI,FR,GB,GR,HR,HU,IE,IS,IT,LI,LT,LU,LV,MT,NL,NO,PL,"
        "PT,RO,SE,SI,SK;ccpa:US"
    )
    escalation_address: str = ""  # mail for overdue targets and the backstop; "": none
    escalation_chat_id: int = 0  # Telegram chat for escalations; 0: telegram_staff_chat_id
    staff_address: str = ""  # mail for staff reminders and the digest; "": chat only
    digest_time: str = "09:00"  # HH:MM in deadline_timezone
    tick_seconds: int = 60  # how often the scheduler looks for due notices

    @property
    def company(self) -> dict[str, str]:
        """The company facts reply templates print."""
        return {
            "name_ja": self.company_name_ja,
            "name_en": self.company_name_en,
            "desk_ja": self.company_desk_ja,
            "desk_en": self.company_desk_en,
            "address_ja": self.company_address_ja,
            "address_en": self.company_address_en,
            "email": self.support_address,
        }

    @property
    def smtp_recipient_addresses(self) -> frozenset[str]:
        """The addresses the SMTP receiver accepts mail for (lower case)."""
        listed = self.smtp_recipients or self.support_address
        return frozenset(part.strip().lower() for part in listed.split(",") if part.strip())

    @property
    def deadline_zone(self) -> ZoneInfo:
        """`deadline_timezone` as a time zone."""
        return _zone(self.deadline_timezone)

    @property
    def closing_day_ranges(self) -> tuple[tuple[MonthDay, MonthDay], ...]:
        """`closing_days` as (first, last) month-day pairs; a range may wrap the year end."""
        return _closing_days(self.closing_days)

    @property
    def staff_reminder_percent_values(self) -> tuple[int, ...]:
        """`staff_reminder_percents` as ascending whole percents (1..99)."""
        return _whole_numbers("staff_reminder_percents", self.staff_reminder_percents, 1, 99)

    @property
    def identity_reminder_day_values(self) -> tuple[int, ...]:
        """`identity_reminder_business_days` as ascending business-day counts."""
        raw = self.identity_reminder_business_days
        return _whole_numbers("identity_reminder_business_days", raw, 1, 366)

    @property
    def policy_by_country(self) -> Mapping[str, str]:
        """`policy_countries` as {ISO country code (upper case): policy}."""
        return _policy_countries(self.policy_countries)

    @property
    def digest_clock(self) -> time:
        """`digest_time` as a local time of day."""
        return _clock_time("digest_time", self.digest_time)


ENV_PREFIX = "INTAKE_"
DEADLINE_POLICIES = ("appi", "gdpr", "ccpa")
CLOCK_STARTS = ("arrival", "identity")
MonthDay = tuple[int, int]
SECURITY_MODES = ("none", "starttls", "ssl")
CONSOLE_LANGUAGES = ("", "ja", "en")
_PORTS = ("smtp_port", "relay_port", "imap_port", "telegram_webhook_port", "console_port")
SECRET_FILE = "secret.key"


def _convert(name: str, raw: Any, target: Any) -> Any:
    """`raw` (a TOML value or an environment string) as the type of the default `target`."""
    try:
        if isinstance(target, bool):
            if isinstance(raw, bool):
                return raw
            if str(raw).strip().lower() in {"1", "true", "yes", "on"}:
                return True
            if str(raw).strip().lower() in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(raw)
        if isinstance(target, int):
            if isinstance(raw, bool):
                raise ValueError(raw)
            return int(raw)
        if isinstance(target, Path):
            return Path(str(raw)).expanduser()
        if not isinstance(raw, str):
            raise ValueError(raw)
        return raw
    except (TypeError, ValueError):
        kind = type(target).__name__
        raise SettingsError(
            f"setting {name} (env {ENV_PREFIX}{name.upper()}): {raw!r} is not a valid {kind}"
        ) from None


def load_settings(
    environ: Mapping[str, str] | None = None, config_file: Path | None = None
) -> Settings:
    """Settings from defaults, the TOML file (`INTAKE_CONFIG` or `config_file`), then the
    environment; creates the home folder and a secret key there when none is configured."""
    environ = os.environ if environ is None else environ
    defaults = Settings()
    known = {field.name: getattr(defaults, field.name) for field in fields(Settings)}
    values: dict[str, Any] = {}
    path = config_file or (Path(environ["INTAKE_CONFIG"]) if environ.get("INTAKE_CONFIG") else None)
    if path is not None:
        try:
            table = tomllib.loads(path.read_text("utf-8"))
        except OSError as error:
            raise SettingsError(f"config file {path}: {error.strerror}") from None
        except tomllib.TOMLDecodeError as error:
            raise SettingsError(f"config file {path}: {error}") from None
        for name, raw in table.items():
            if name not in known:
                raise SettingsError(f"config file {path}: unknown setting {name!r}")
            values[name] = _convert(name, raw, known[name])
    for name, target in known.items():
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is not None:
            values[name] = _convert(name, raw, target)
    settings = replace(defaults, **values)
    return _complete(settings)


def _complete(settings: Settings) -> Settings:
    """Fill the settings that derive from the home folder: database URL and secret key."""
    at_least_one = (
        "identity_code_hours",
        "identity_max_attempts",
        "loop_guard_limit",
        "smtp_max_bytes",
        "relay_timeout_seconds",
        "delivery_max_attempts",
        "delivery_retry_seconds",
        "imap_poll_seconds",
    )
    for name in at_least_one:
        if getattr(settings, name) < 1:
            raise SettingsError(f"setting {name}: must be at least 1")
    for name in _PORTS:
        if not 0 < getattr(settings, name) < 65536:
            raise SettingsError(f"setting {name}: {getattr(settings, name)} is not a TCP port")
    for name in ("relay_security", "imap_security"):
        if getattr(settings, name) not in SECURITY_MODES:
            choices = " | ".join(SECURITY_MODES)
            raise SettingsError(f"setting {name}: {getattr(settings, name)!r} is not {choices}")
    if settings.console_language not in CONSOLE_LANGUAGES:
        raise SettingsError(
            f"setting console_language: {settings.console_language!r} is not ja | en | (empty)"
        )
    if bool(settings.smtp_tls_cert) != bool(settings.smtp_tls_key):
        raise SettingsError("settings smtp_tls_cert and smtp_tls_key: set both or neither")
    _check_deadlines(settings)
    home = settings.home.resolve()
    database_url = settings.database_url or f"sqlite:///{home / 'intake.db'}"
    secret_key = settings.secret_key or _home_secret(home)
    return replace(settings, home=home, database_url=database_url, secret_key=secret_key)


def _check_deadlines(settings: Settings) -> None:
    """Raise SettingsError, naming the setting, for a deadline setting that cannot work."""
    for name in (
        "answer_business_days_rights",
        "answer_business_days_other",
        "backstop_calendar_days",
        "identity_expiry_days",
        "tick_seconds",
    ):
        if getattr(settings, name) < 1:
            raise SettingsError(f"setting {name}: must be at least 1")
    for name in ("ack_business_days", "staff_reminder_business_days_before"):
        if getattr(settings, name) < 0:
            raise SettingsError(f"setting {name}: must be 0 or more")
    for name, value, choices in (
        ("clock_start", settings.clock_start, CLOCK_STARTS),
        ("default_policy", settings.default_policy, DEADLINE_POLICIES),
    ):
        if value not in choices:
            raise SettingsError(f"setting {name}: {value!r} is not {' | '.join(choices)}")
    _zone(settings.deadline_timezone)
    closing = _closing_days(settings.closing_days)
    if all(closed_on(day, closing) for day in _LEAP_YEAR_DAYS):
        raise SettingsError(f"setting closing_days: {settings.closing_days!r} closes every day")
    _ = settings.staff_reminder_percent_values, settings.identity_reminder_day_values
    _policy_countries(settings.policy_countries)
    _clock_time("digest_time", settings.digest_time)
    received = settings.smtp_recipient_addresses | {settings.support_address.lower()}
    for name in ("escalation_address", "staff_address"):
        address = getattr(settings, name).strip().lower()
        if address and "@" not in address:
            raise SettingsError(f"setting {name}: {address!r} is not a mail address")
        if address in received:
            raise SettingsError(
                f"setting {name}: {address} is an address the intake receives; "
                "notices sent there would come back as requests"
            )


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, LookupError):
        raise SettingsError(
            f"setting deadline_timezone: {name!r} is not a time zone (such as Asia/Tokyo)"
        ) from None


@lru_cache(maxsize=16)
def _closing_days(raw: str) -> tuple[tuple[MonthDay, MonthDay], ...]:
    """'12-29..01-03, 08-13' as ((12, 29), (1, 3)), ((8, 13), (8, 13))."""
    ranges = []
    for part in (piece.strip() for piece in raw.split(",")):
        if not part:
            continue
        first, _, last = part.partition("..")
        ranges.append((_month_day(first, part), _month_day(last or first, part)))
    return tuple(ranges)


def _month_day(text: str, part: str) -> MonthDay:
    month, _, day = text.strip().partition("-")
    try:
        date(2000, int(month), int(day))  # a leap year: 02-29 is allowed
    except ValueError:
        raise SettingsError(
            f"setting closing_days: {part!r} is not MM-DD or MM-DD..MM-DD (such as 12-29..01-03)"
        ) from None
    return int(month), int(day)


def closed_on(day: MonthDay, ranges: Sequence[tuple[MonthDay, MonthDay]]) -> bool:
    """Whether the month-day `day` lies in one of `ranges` (a range may wrap the year end)."""
    for first, last in ranges:
        if first <= last and first <= day <= last:
            return True
        if first > last and (day >= first or day <= last):
            return True
    return False


_LEAP_YEAR_START = date(2000, 1, 1).toordinal()
_LEAP_YEAR_DAYS = tuple(
    (day.month, day.day)
    for day in map(date.fromordinal, range(_LEAP_YEAR_START, _LEAP_YEAR_START + 366))
)


def _whole_numbers(name: str, raw: str, low: int, high: int) -> tuple[int, ...]:
    """'50, 80' as (50, 80): distinct integers from `low` to `high`, ascending."""
    try:
        numbers = sorted({int(piece) for piece in raw.split(",") if piece.strip()})
    except ValueError:
        raise SettingsError(
            f"setting {name}: {raw!r} is not a comma-separated list of whole numbers"
        ) from None
    if numbers and not (low <= numbers[0] and numbers[-1] <= high):
        raise SettingsError(f"setting {name}: {raw!r} has a number outside {low}..{high}")
    return tuple(numbers)


@lru_cache(maxsize=16)
def _policy_countries(raw: str) -> Mapping[str, str]:
    """'gdpr:AT,BE;ccpa:US' as {'AT': 'gdpr', 'BE': 'gdpr', 'US': 'ccpa'}."""
    mapping: dict[str, str] = {}
    for group in (piece.strip() for piece in raw.split(";")):
        if not group:
            continue
        policy, colon, countries = group.partition(":")
        policy = policy.strip().lower()
        if not colon or policy not in DEADLINE_POLICIES:
            raise SettingsError(
                f"setting policy_countries: {group!r} is not POLICY:CC,CC with POLICY one of "
                + " | ".join(DEADLINE_POLICIES)
            )
        for country in (piece.strip().upper() for piece in countries.split(",")):
            if not country:
                continue
            if len(country) != 2 or not country.isascii() or not country.isalpha():
                raise SettingsError(
                    f"setting policy_countries: {country!r} is not a two-letter country code"
                )
            if mapping.get(country, policy) != policy:
                raise SettingsError(
                    f"setting policy_countries: {country} is listed under two policies"
                )
            mapping[country] = policy
    return MappingProxyType(mapping)


def _clock_time(name: str, raw: str) -> time:
    """'09:00' as time(9, 0)."""
    hours, colon, minutes = raw.strip().partition(":")
    try:
        if not colon or len(minutes) != 2:
            raise ValueError(raw)
        return time(int(hours), int(minutes))
    except ValueError:
        raise SettingsError(f"setting {name}: {raw!r} is not a time of day HH:MM") from None


def _home_secret(home: Path) -> str:
    """The secret key kept in the home folder, created (mode 0600) on first use."""
    path = home / SECRET_FILE
    try:
        home.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w") as secret_file:
                secret_file.write(secrets.token_hex(32) + "\n")
        secret = path.read_text().strip()
    except FileExistsError:
        secret = path.read_text().strip()
    except OSError as error:
        raise SettingsError(
            f"setting home: cannot keep the secret key in {path}: {error.strerror}"
        ) from None
    if len(secret) < 32:
        raise SettingsError(f"setting secret_key: {path} holds fewer than 32 characters")
    return secret
