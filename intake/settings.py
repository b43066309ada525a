"""Settings: embedded defaults, then a TOML file, then `INTAKE_*` environment variables.

Every setting has a name (`database_url`), an environment variable (`INTAKE_DATABASE_URL`),
a type and a default, so a bad value is reported by the name the user wrote.
"""

from __future__ import annotations

import os
import secrets
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


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
    company_name_ja: str = "Win Techno株式会社"
    company_name_en: str = "Win Techno Inc."
    company_desk_ja: str = "個人情報保護管理窓口"
    company_desk_en: str = "Personal Information Protection Management Contact"
    company_address_ja: str = "〒106-6135 東京都港区六本木6-2-31 六本木ヒルズノースタワー17F"
    company_address_en: str = (
        "Roppongi Hills North Tower 17F, 6-2-31 Roppongi, Minato-ku, Tokyo 106-6135, Japan"
    )

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


ENV_PREFIX = "INTAKE_"
SECURITY_MODES = ("none", "starttls", "ssl")
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
    if bool(settings.smtp_tls_cert) != bool(settings.smtp_tls_key):
        raise SettingsError("settings smtp_tls_cert and smtp_tls_key: set both or neither")
    home = settings.home.resolve()
    database_url = settings.database_url or f"sqlite:///{home / 'intake.db'}"
    secret_key = settings.secret_key or _home_secret(home)
    return replace(settings, home=home, database_url=database_url, secret_key=secret_key)


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
