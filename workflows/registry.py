"""The customer registry: lookups, CSV import and export, disclosure export and erasure.

Email addresses are kept lower-case and phone numbers as digits only (`normalize_phone`),
so that lookups are plain indexed equality tests. Erased customers are never found.
No function here commits: the caller's transaction does.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parseaddr
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workflows.models import (
    Case,
    Customer,
    CustomerEmail,
    Draft,
    IdentityChallenge,
    InboundMessage,
    Outbox,
    ProvisionRecord,
    Tombstone,
    utc_now,
)
from workflows.outbox import FAILED, SENT, THROTTLED, UNDELIVERED

COLUMNS = (
    "account_id",
    "name",
    "emails",
    "phone",
    "postal_address",
    "telegram_user_id",
    "country",
    "marketing_opt_out",
    "third_party_opt_out",
)
TEXT_LIMITS = {"account_id": 64, "name": 200, "postal_address": 500}
MIN_PHONE_DIGITS = 9
MAX_PHONE_DIGITS = 13  # the longest run `find_mentioned` takes for one number
IN_CHUNK = 500  # values per `IN (...)`, well under every driver's parameter limit
THREADING_FACTS = ("in_reply_to", "references")  # message ids an erased message keeps
TRUE_WORDS = frozenset({"true", "1", "yes"})
FALSE_WORDS = frozenset({"false", "0", "no", ""})

_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−ー─━", "-"))
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"
)
_VALID_EMAIL = re.compile(r"[^@\s<>(),;:\"]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_TOKEN = re.compile(r"(?<![A-Za-z0-9@])[A-Za-z0-9](?:[A-Za-z0-9_\-.]*[A-Za-z0-9])?(?![A-Za-z0-9@])")
_PHONE_RUN = re.compile(r"\+?\(?[0-9]+\)?(?:[ \-.]?\(?[0-9]+\)?)*")
_COUNTRY = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class ImportReport:
    """What an import did: rows inserted, rows changed, and the rows refused with the reason."""

    inserted: int = 0
    updated: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


class RowError(ValueError):
    """A row of an import that cannot be taken; the message says why."""


# Normalizing


def _fold(text: str) -> str:
    """NFKC (full-width letters, digits, signs to ASCII) with every kind of dash as `-`."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES)


def normalize_email(address: str) -> str:
    """`" Taro <Taro@Example.JP> "` → `"taro@example.jp"`."""
    folded = _fold(address).strip()
    if "<" in folded:
        folded = parseaddr(folded)[1] or folded
    return folded.strip().strip("<>").strip().lower()


def normalize_phone(text: str) -> str:
    """Digits only, `+81`/`81` as `0`; "" when fewer than 9 digits."""
    return _national("".join(char for char in _fold(text) if char.isascii() and char.isdigit()))


def _national(digits: str) -> str:
    """ASCII digits with a leading 81 as 0; "" when too short for a phone number."""
    if digits.startswith("81"):
        rest = digits[2:]
        digits = rest if rest.startswith("0") else "0" + rest  # +81 (0)90… keeps one 0
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def normalize_account_id(account_id: str) -> str:
    return _fold(account_id).strip()


def _identifier_hash(secret_key: str, identifier: str) -> str:
    return hmac.new(secret_key.encode(), identifier.encode(), hashlib.sha256).hexdigest()


# Lookups


def _live() -> Any:
    return col(Customer.erased_at).is_(None)


def _live_with(condition: Any) -> Any:
    """The live customers meeting `condition`, as a statement built once (values bound later)."""
    return select(Customer).where(condition, _live())


_VALUES = sa.bindparam("values", expanding=True)  # `_find_in` binds each chunk here
_WITH_EMAILS = _live_with(col(CustomerEmail.address).in_(_VALUES)).join(
    CustomerEmail, col(CustomerEmail.customer_id) == Customer.id
)
_WITH_ACCOUNT_IDS = _live_with(col(Customer.account_id).in_(_VALUES))
_WITH_PHONES = _live_with(col(Customer.phone).in_(_VALUES))
_WITH_TELEGRAM = _live_with(Customer.telegram_user_id == sa.bindparam("user_id"))
_EMAIL_ORDER = (col(CustomerEmail.is_primary).desc(), col(CustomerEmail.id))  # primary, oldest
_EMAILS_OF = (
    select(CustomerEmail.address)
    .where(CustomerEmail.customer_id == sa.bindparam("customer_id"))
    .order_by(*_EMAIL_ORDER)
)
_ALL_EMAILS = select(CustomerEmail.customer_id, CustomerEmail.address).order_by(*_EMAIL_ORDER)
_TOMBSTONE_HASHES = select(Tombstone.identifier_hashes)


def find_by_email(session: Session, address: str) -> Customer | None:
    found = find_by_emails(session, [address])
    return found[0] if found else None


def find_by_emails(session: Session, addresses: Iterable[str]) -> list[Customer]:
    """The live customers holding any of `addresses`."""
    wanted = sorted({normalize_email(address) for address in addresses} - {""})
    return _find_in(session, _WITH_EMAILS, wanted)


def find_by_telegram(session: Session, user_id: int | str) -> Customer | None:
    try:
        number = int(str(user_id).strip())
    except ValueError:
        return None
    return session.exec(_WITH_TELEGRAM, params={"user_id": number}).first()


def find_by_account_id(session: Session, account_id: str) -> Customer | None:
    wanted = normalize_account_id(account_id)
    if not wanted:
        return None
    return session.exec(select(Customer).where(Customer.account_id == wanted, _live())).first()


def find_by_phone(session: Session, phone: str) -> list[Customer]:
    """The live customers with this number (several people may share one line)."""
    wanted = normalize_phone(phone)
    if not wanted:
        return []
    return _find_in(session, _WITH_PHONES, [wanted])


def _find_in(session: Session, query: Any, values: Sequence[Any]) -> list[Customer]:
    """The customers of `query` (one of the `_WITH_...` statements) whose column is in
    `values`, asked in chunks, by id."""
    found: dict[int, Customer] = {}
    for start in range(0, len(values), IN_CHUNK):
        chunk = {"values": list(values[start : start + IN_CHUNK])}
        for customer in session.exec(query, params=chunk):
            found[customer.id] = customer
    return [found[key] for key in sorted(found)]


def mentioned_emails(text: str) -> list[str]:
    """The email addresses written in a free text (full-width forms folded), lower-cased."""
    return _emails_in(_fold(text))


def _emails_in(folded: str) -> list[str]:
    return [match.lower() for match in _EMAIL.findall(folded)]


def find_mentioned(session: Session, text: str) -> list[Customer]:
    """Customers whose account id, email address or phone number appears in `text`."""
    folded = _fold(text)
    emails = set(_emails_in(folded))
    phones = _phones_in(folded)
    tokens = {token for token in _TOKEN.findall(_EMAIL.sub(" ", folded)) if 2 <= len(token) <= 64}
    tokens |= {token.upper() for token in tokens}
    found = {customer.id: customer for customer in find_by_emails(session, emails)}
    for query, values in ((_WITH_ACCOUNT_IDS, tokens), (_WITH_PHONES, phones)):
        for customer in _find_in(session, query, sorted(values)):
            found[customer.id] = customer
    return [found[key] for key in sorted(found)]


def mentioned_phones(text: str) -> set[str]:
    """Normalized phone numbers in `text`: each run of digit groups, or its parts if too long."""
    return _phones_in(_fold(text))


def _phones_in(folded: str) -> set[str]:
    numbers: set[str] = set()
    for run in _PHONE_RUN.findall(folded):
        groups = re.findall(r"[0-9]+", run)
        whole = _national("".join(groups))
        if len(whole) <= MAX_PHONE_DIGITS:
            numbers.add(whole)
            continue
        numbers.update(_spans(groups))
    return numbers - {""}


def _spans(groups: list[str]) -> Iterator[str]:
    """Several numbers in a row: each span of whole groups short enough to be one number."""
    longest = MAX_PHONE_DIGITS + 2  # room for a leading 81
    for first in range(len(groups)):
        digits = ""
        for group in groups[first : first + longest]:  # each group has a digit at least
            digits += group
            if len(digits) > longest:
                break
            yield _national(digits)


def primary_email(session: Session, customer: Customer) -> str | None:
    """The address marked primary, else the oldest one."""
    return next(iter(emails_of(session, customer)), None)


def emails_of(session: Session, customer: Customer) -> list[str]:
    """The customer's addresses, the primary first, then by age."""
    return list(session.exec(_EMAILS_OF, params={"customer_id": customer.id}))


# Import


def import_csv(
    session: Session, path: str | Path, *, secret_key: str | None = None
) -> ImportReport:
    """Import a CSV file in UTF-8 (with or without BOM) or CP932; see `import_customers`."""
    data = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "cp932"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return ImportReport(errors=[(1, "the file is neither UTF-8 nor CP932 (Shift_JIS)")])
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in next(reader, [])]
    if "account_id" not in header:
        return ImportReport(errors=[(1, "the header line has no account_id column")])
    return _import_numbered(session, _csv_rows(reader, header), secret_key)


def _csv_rows(reader: Any, header: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Each record as a dict, with the line it starts on; blank lines skipped."""
    previous_end = reader.line_num
    for record in reader:
        start, previous_end = previous_end + 1, reader.line_num
        if any(value.strip() for value in record):
            yield start, dict(zip(header, record, strict=False))


def import_customers(
    session: Session, rows: Iterable[dict[str, str]], *, secret_key: str | None = None
) -> ImportReport:
    """Insert or update customers keyed by account_id; bad rows are reported and skipped.

    Row n is reported as line n + 1 (as if a header line came first). With `secret_key`,
    rows naming an identifier of an erased customer are refused rather than re-created.
    """
    return _import_numbered(session, enumerate(rows, start=2), secret_key)


def _import_numbered(
    session: Session, rows: Iterable[tuple[int, dict[str, str]]], secret_key: str | None
) -> ImportReport:
    inserted = updated = 0
    errors: list[tuple[int, str]] = []
    is_erased = _erased_check(session, secret_key)
    for line, row in rows:
        try:
            with session.begin_nested():
                outcome = _import_row(session, row, is_erased)
        except RowError as error:
            errors.append((line, str(error)))
            continue
        except sa.exc.DBAPIError as error:  # a constraint the checks above did not foresee
            errors.append((line, f"refused by the database: {error.orig}"))
            continue
        inserted += outcome == "inserted"
        updated += outcome == "updated"
    return ImportReport(inserted=inserted, updated=updated, errors=errors)


def _erased_check(session: Session, secret_key: str | None) -> Callable[[str], bool] | None:
    """Whether an identifier names an erased customer, by the tombstones read once (an import
    erases no one, so none appears while it runs); None without the secret key."""
    if secret_key is None:
        return None
    erased = _tombstoned_hashes(session)
    return lambda identifier: not erased.isdisjoint(_hashes_of(identifier, secret_key))


def _import_row(
    session: Session, row: dict[str, str], is_erased: Callable[[str], bool] | None
) -> str:
    """Insert or update one row; returns "inserted", "updated" or "unchanged"."""
    values, emails = _parse_row(row)
    if is_erased is not None:
        _refuse_erased(values, emails, is_erased)
    customer = session.exec(
        select(Customer).where(Customer.account_id == values["account_id"])
    ).first()
    is_new = customer is None
    customer = customer or Customer()
    _check_unique(session, customer, values, emails)
    changed = _set_fields(customer, values)
    session.add(customer)
    session.flush()
    if emails is not None:
        changed |= _set_emails(session, customer, emails)
    if is_new:
        return "inserted"
    if changed:
        customer.updated_at = utc_now()
        session.add(customer)
        return "updated"
    return "unchanged"


def _parse_row(row: dict[str, str]) -> tuple[dict[str, Any], list[str] | None]:
    """The Customer fields a row gives (absent columns are left out) and its emails."""
    clean = {key.strip().lower(): (value or "").strip() for key, value in row.items() if key}
    values: dict[str, Any] = {"account_id": normalize_account_id(clean.get("account_id", ""))}
    if not values["account_id"]:
        raise RowError("account_id is missing")
    for name, limit in TEXT_LIMITS.items():
        if name in clean and name != "account_id":
            values[name] = clean[name] or None
        if len(values.get(name) or "") > limit:
            raise RowError(f"{name} is longer than {limit} characters")
    if "phone" in clean:
        values["phone"] = normalize_phone(clean["phone"]) or None
        if clean["phone"] and not MIN_PHONE_DIGITS <= len(values["phone"] or "") <= 15:
            raise RowError(f"phone {clean['phone']!r} is not one phone number")
    if "telegram_user_id" in clean:
        values["telegram_user_id"] = _parse_int(clean["telegram_user_id"])
    if "country" in clean:
        values["country"] = _parse_country(clean["country"])
    for name in ("marketing_opt_out", "third_party_opt_out"):
        if name in clean:
            values[name] = _parse_bool(name, clean[name])
    emails = _parse_emails(clean["emails"]) if "emails" in clean else None
    return values, emails


def _parse_int(text: str) -> int | None:
    folded = _fold(text).strip()
    if not folded:
        return None
    if not folded.isascii() or not folded.isdigit():
        raise RowError(f"telegram_user_id {text!r} is not a whole number")
    return int(folded)


def _parse_country(text: str) -> str | None:
    folded = _fold(text).strip().upper()
    if folded and not _COUNTRY.fullmatch(folded):
        raise RowError(f"country {text!r} is not a two-letter code")
    return folded or None


def _parse_bool(name: str, text: str) -> bool:
    word = _fold(text).strip().lower()
    if word not in TRUE_WORDS | FALSE_WORDS:
        raise RowError(f"{name} {text!r} is not one of true/false/1/0/yes/no")
    return word in TRUE_WORDS


def _parse_emails(text: str) -> list[str]:
    """The addresses of an `emails` cell (split at `;` and whitespace), in order, once each."""
    addresses: list[str] = []
    for piece in _fold(text).split(";"):
        for item in [piece] if "<" in piece else piece.split():
            address = normalize_email(item)
            if not address:
                continue
            if not _VALID_EMAIL.fullmatch(address) or len(address) > 320:
                raise RowError(f"email {item.strip()!r} is not a valid address")
            if address not in addresses:
                addresses.append(address)
    return addresses


def _check_unique(
    session: Session, customer: Customer, values: dict[str, Any], emails: list[str] | None
) -> None:
    """Refuse emails or a Telegram id that belong to another customer."""
    for address in emails or []:
        owner = session.exec(select(CustomerEmail).where(CustomerEmail.address == address)).first()
        if owner is not None and owner.customer_id != customer.id:
            raise RowError(f"email {address} already belongs to another customer")
    telegram = values.get("telegram_user_id")
    if telegram is not None:
        other = session.exec(
            select(Customer).where(
                Customer.telegram_user_id == telegram, Customer.id != customer.id
            )
        ).first()
        if other is not None:
            raise RowError(f"telegram_user_id {telegram} already belongs to another customer")


def _refuse_erased(
    values: dict[str, Any], emails: list[str] | None, is_erased: Callable[[str], bool]
) -> None:
    identifiers = [values["account_id"], *(emails or [])]
    if any(is_erased(identifier) for identifier in identifiers):
        raise RowError("names a customer erased on request; not imported again")


def _set_fields(customer: Customer, values: dict[str, Any]) -> bool:
    """Set the given fields; whether any changed."""
    changed = False
    for name, value in values.items():
        if getattr(customer, name) != value:
            setattr(customer, name, value)
            changed = True
    return changed


def _set_emails(session: Session, customer: Customer, emails: list[str]) -> bool:
    """Make the customer's addresses exactly `emails`, the first primary; whether any changed."""
    held = {
        row.address: row
        for row in session.exec(
            select(CustomerEmail).where(CustomerEmail.customer_id == customer.id)
        )
    }
    changed = False
    for address, row in held.items():
        if address not in emails:
            session.delete(row)
            changed = True
    session.flush()
    for position, address in enumerate(emails):
        row = held.get(address) or CustomerEmail(customer_id=customer.id, address=address)
        if row.id is None or row.is_primary != (position == 0):
            row.is_primary = position == 0
            session.add(row)
            changed = True
    session.flush()
    return changed


# Export


def export_csv(session: Session, path: str | Path) -> int:
    """Write every live customer as a CSV (UTF-8 with BOM) `import_csv` reads back; the count."""
    query = select(Customer).where(_live()).order_by(col(Customer.account_id))
    customers = list(session.exec(query))
    emails: dict[int, list[str]] = {}
    for customer_id, address in session.exec(_ALL_EMAILS):  # each customer's in `emails_of` order
        emails.setdefault(customer_id, []).append(address)
    with Path(path).open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        for customer in customers:
            writer.writerow(_csv_record(customer, emails.get(customer.id, [])))
    return len(customers)


def _csv_record(customer: Customer, emails: list[str]) -> list[str]:
    return [
        customer.account_id or "",
        customer.name or "",
        ";".join(emails),
        customer.phone or "",
        customer.postal_address or "",
        "" if customer.telegram_user_id is None else str(customer.telegram_user_id),
        customer.country or "",
        _bool_text(customer.marketing_opt_out),
        _bool_text(customer.third_party_opt_out),
    ]


def _bool_text(value: bool) -> str:
    return "true" if value else "false"


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def held_data(session: Session, customer: Customer) -> dict[str, Any]:
    """Everything held about the customer, as JSON-ready data (APPI Art. 33).

    Only cases whose requester was proven to be this customer count as theirs: a case
    merely linked to the customer may hold a stranger's words.
    """
    cases = list(
        session.exec(
            select(Case)
            .where(Case.customer_id == customer.id, Case.identity_state == "confirmed")
            .order_by(col(Case.opened_at))
        )
    )
    return {
        "customer": _customer_data(session, customer),
        "provision_to_third_parties": _provision_data(session, customer),
        "cases": [_case_data(case) for case in cases],
        "messages": _message_data(session, cases),
    }


def _customer_data(session: Session, customer: Customer) -> dict[str, Any]:
    return {
        "account_id": customer.account_id,
        "name": customer.name,
        "emails": emails_of(session, customer),
        "phone": customer.phone,
        "postal_address": customer.postal_address,
        "telegram_user_id": customer.telegram_user_id,
        "country": customer.country,
        "marketing_opt_out": customer.marketing_opt_out,
        "third_party_opt_out": customer.third_party_opt_out,
        "notes": customer.notes,
        "created_at": _iso(customer.created_at),
        "updated_at": _iso(customer.updated_at),
    }


def _provision_data(session: Session, customer: Customer) -> list[dict[str, Any]]:
    query = (
        select(ProvisionRecord)
        .where(ProvisionRecord.customer_id == customer.id)
        .order_by(col(ProvisionRecord.provided_at), col(ProvisionRecord.id))
    )
    return [
        {
            "recipient": record.recipient,
            "data_items": record.data_items,
            "purpose": record.purpose,
            "provided_at": _iso(record.provided_at),
        }
        for record in session.exec(query)
    ]


def _case_data(case: Case) -> dict[str, Any]:
    return {
        "number": case.number,
        "kinds": list(case.kinds),
        "state": case.state,
        "opened_at": _iso(case.opened_at),
        "closed_at": _iso(case.closed_at),
    }


def _message_data(session: Session, cases: list[Case]) -> list[dict[str, Any]]:
    numbers = {case.id: case.number for case in cases}
    query = (
        select(InboundMessage)
        .where(col(InboundMessage.case_id).in_(list(numbers)))
        .order_by(col(InboundMessage.received_at), col(InboundMessage.id))
    )
    return [
        {
            "case_number": numbers[message.case_id],
            "received_at": _iso(message.received_at),
            "channel": message.channel,
            "subject": message.subject,
            "text": message.new_text,
        }
        for message in session.exec(query)
    ]


def export_held_data(session: Session, customer: Customer) -> dict[str, bytes]:
    """The files a disclosure sends: `personal-data.json` and `personal-data.csv`."""
    data = held_data(session, customer)
    as_json = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return {
        "personal-data.json": as_json.encode("utf-8"),
        "personal-data.csv": _held_csv(data).encode("utf-8-sig"),
    }


def _held_csv(data: dict[str, Any]) -> str:
    """`section,field,value` rows: one section per record, lists as numbered sections."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(("section", "field", "value"))
    for name, value in data["customer"].items():
        for item in value if isinstance(value, list) else [value]:
            label = "email" if name == "emails" else name
            writer.writerow(("customer", label, _cell(item)))
    for section in ("provision_to_third_parties", "cases", "messages"):
        for number, record in enumerate(data[section], start=1):
            for name, value in record.items():
                writer.writerow((f"{section} {number}", name, _cell(value)))
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _bool_text(value)
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)


# Erasure


def erase_customer(
    session: Session,
    customer: Customer,
    *,
    secret_key: str,
    case_number: str | None,
    requested_at: datetime | None,
) -> Tombstone:
    """Delete the customer's personal data and keep a Tombstone of hashed identifiers."""
    if customer.erased_at is not None:
        raise ValueError(f"customer {customer.id} was already erased")
    erased_at = utc_now()
    cases = list(session.exec(select(Case).where(Case.customer_id == customer.id)))
    messages = _messages_of(session, cases)
    identifiers = _identifiers(session, customer, cases, messages)
    _erase_registry(session, customer, erased_at)
    for message in messages:
        _erase_message(session, message, erased_at)
    for case in cases:
        _erase_case(session, case)
    _erase_workflow_traces(session, cases)
    tombstone = Tombstone(
        identifier_hashes=sorted({_identifier_hash(secret_key, item) for item in identifiers}),
        case_number=case_number,
        requested_at=requested_at,
        erased_at=erased_at,
        outcome="erased",
    )
    session.add(tombstone)
    session.flush()
    return tombstone


def _messages_of(session: Session, cases: list[Case]) -> list[InboundMessage]:
    if not cases:
        return []
    query = select(InboundMessage).where(col(InboundMessage.case_id).in_([c.id for c in cases]))
    return list(session.exec(query))


def _identifiers(
    session: Session, customer: Customer, cases: list[Case], messages: list[InboundMessage]
) -> set[str]:
    """The former identifiers: emails (also those requests came from), account, phone, Telegram."""
    addresses = [*emails_of(session, customer)]
    addresses += [case.requester_address or "" for case in cases]
    addresses += [message.sender_address or "" for message in messages]
    identifiers = {normalize_email(address) for address in addresses}
    identifiers.add(customer.account_id or "")
    identifiers.add(normalize_phone(customer.phone or ""))
    if customer.telegram_user_id is not None:
        identifiers.add(str(customer.telegram_user_id))
    return identifiers - {""}


def _erase_registry(session: Session, customer: Customer, erased_at: datetime) -> None:
    for model in (CustomerEmail, ProvisionRecord):
        for row in session.exec(select(model).where(model.customer_id == customer.id)):
            session.delete(row)
    for name in ("name", "phone", "postal_address", "telegram_user_id", "notes", "account_id"):
        setattr(customer, name, None)
    customer.erased_at = erased_at
    customer.updated_at = erased_at
    session.add(customer)


def _erase_message(session: Session, message: InboundMessage, erased_at: datetime) -> None:
    """Clear the body and everything naming the sender; keep what threading a reply needs."""
    for name in ("raw", "new_text", "subject", "sender_name", "sender_address"):
        setattr(message, name, None)
    message.chat_user_id = message.chat_id = None
    message.cues = []
    message.envelope = {}
    message.facts = {key: message.facts[key] for key in THREADING_FACTS if key in message.facts}
    message.body_erased_at = erased_at
    session.add(message)


def _erase_case(session: Session, case: Case) -> None:
    """Clear who asked; the chat ids stay, as the answer to the request still goes there."""
    case.requester_address = case.requester_name = case.subject = None
    session.add(case)


ERASED = "[erased]"
_DELIVERED = (SENT, FAILED, UNDELIVERED, THROTTLED)


def _erase_workflow_traces(session: Session, cases: list[Case]) -> None:
    """Codes' addresses, earlier drafts and delivered messages of the customer's cases.

    The current draft and messages still waiting in the outbox stay: they carry the answer
    to this very request.
    """
    case_ids = [case.id for case in cases]
    if not case_ids:
        return
    for challenge in session.exec(
        select(IdentityChallenge).where(col(IdentityChallenge.case_id).in_(case_ids))
    ):
        challenge.destination = ERASED
        session.add(challenge)
    for draft in session.exec(
        select(Draft).where(col(Draft.case_id).in_(case_ids), Draft.state != "current")
    ):
        draft.subject, draft.body, draft.changes = ERASED, ERASED, []
        session.add(draft)
    for entry in session.exec(
        select(Outbox).where(col(Outbox.case_id).in_(case_ids), col(Outbox.state).in_(_DELIVERED))
    ):
        entry.subject, entry.body, entry.rendered = ERASED, ERASED, None
        entry.recipient = ERASED
        session.add(entry)


def was_erased(session: Session, identifier: str | int, secret_key: str) -> bool:
    """Whether a tombstone holds this email, account id, phone number or Telegram id."""
    hashes = _hashes_of(identifier, secret_key)
    return any(hashes.intersection(row) for row in session.exec(_TOMBSTONE_HASHES))


def _tombstoned_hashes(session: Session) -> set[str]:
    """Every identifier hash the tombstones hold."""
    return {digest for row in session.exec(_TOMBSTONE_HASHES) for digest in row}


def _hashes_of(identifier: str | int, secret_key: str) -> set[str]:
    """The hashes a tombstone would hold for `identifier`, in each form it may take."""
    text = _fold(str(identifier)).strip()
    forms = {text, normalize_email(text), normalize_phone(text)} - {""}
    return {_identifier_hash(secret_key, form) for form in forms}
