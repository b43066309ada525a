"""The design's invariant, driven by random event sequences (Hypothesis stateful testing):

    nothing is disclosed, changed or erased before identity is confirmed and staff approved.

The machine starts each example on a fresh database (a SQLite file; a throwaway PostgreSQL
schema in the second run) with two or three registry customers, then drives random sequences
of: requests mailed by customers (from their own address, or by someone else from another
address naming their account id) and by strangers; chat users asking, or typing an address,
account id or phone; replies to our mails with the right code, a wrong one or one from another
case, from the right or a wrong address (or chat user); the clock moving on (codes expire after
72 h); staff actions in random roles on random cases (approve, reject, confirm by hand,
corrections, edit draft, decide items, close or take up triaged, link a customer; each may be
refused with NotAllowed, IllegalTransition or ValueError; any other exception fails); and the
outbox being delivered.

After every step it checks, against the database:

1. a customer's personal fields (name, phone, postal address, emails, opt-outs, erasure) change
   only through an `executed` Event of a case of theirs whose identity is confirmed and whose
   draft an approver approved, of the kind that changes that field (and to the approved value);
   the Telegram link only to the chat user of a confirmed case of theirs;
2. every answer, and every mail with attachments, belongs to a case with a draft approved by an
   approver before it was queued, and (when a right was carried out) identity confirmed before;
3. no outbox entry carries the name, email or phone of a customer other than its case's;
4. a challenge is confirmed only by a message in its own case carrying its own, unexpired code.

The stricter run adds that registry data goes only to a recipient proven to be that customer:
their address on record, their linked chat, or the case's recipient once identity was
confirmed for that very customer (by hand, or by a code sent to their address on record).
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import secrets
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlmodel import Session, col, select
from workflow_helpers import add_customer, code_in, mail, make_workspace

from intake.chat import make_update
from workflows import approval, identity
from workflows.cases import ITEM_KINDS, RIGHTS
from workflows.db import make_engine, migrate, open_database, transaction
from workflows.models import (
    Case,
    CaseItem,
    Customer,
    CustomerEmail,
    Draft,
    Event,
    IdentityChallenge,
    Outbox,
)
from workflows.outbox import mark_sent
from workflows.pipeline import ingest
from workflows.states import IllegalTransition

DEFAULT_POSTGRESQL_URL = "postgresql://postgres@127.0.0.1:5432/test"
CONNECT_TIMEOUT_S = 5

CUSTOMERS = (
    ("WT-1001", "Taro Yamada", "taro@example.jp", "09012345678", "Tokyo, Chiyoda 1-1"),
    ("WT-2002", "Hanako Sato", "hanako@example.jp", "08098765432", "Osaka, Kita 2-2"),
    ("WT-3003", "Kenji Ito", "kenji@example.jp", "07011223344", "Fukuoka, Hakata 3-3"),
)
MALLORY = "mallory@evil.example"
GENERAL_SUPPORT = "general-desk@win-techno.com"  # our own desk: forwards there disclose nothing
CHAT_USERS = (701, 702, 703)
AGENT, APPROVER = "agent", "approver"
ACTORS = {AGENT: "ann", APPROVER: "bob"}  # the actor name tells the role an action was taken in
CODE_HOURS = 72

SENTENCES = {
    "disclosure": (
        "Please send me a copy of all the personal data you hold about me.",
        "私の個人情報を開示してください。",
    ),
    "correction": (
        "My phone number on file is wrong, please correct it.",
        "登録している住所を変更したいです。",
    ),
    "suspension": (
        "Please stop using my data for marketing.",
        "広告目的での個人情報の利用を停止してください。",
    ),
    "deletion": (
        "Please delete my account and all my data.",
        "私の個人情報をすべて削除してください。",
    ),
    "complaint": (
        "I want to complain about how you handled my personal information.",
        "個人情報の取り扱いについて苦情を申し立てます。",
    ),
    "inquiry": ("How long do you keep access logs?", "個人情報の保存期間を教えてください。"),
}
REQUEST_KINDS = tuple(SENTENCES)
REFUSED = (approval.NotAllowed, IllegalTransition, ValueError)

PERSONAL_FIELDS = (
    "name",
    "phone",
    "postal_address",
    "emails",
    "marketing",
    "third_party",
    "erased",
)
FIELDS_BY_KIND = {
    "correction": {"name", "phone", "postal_address", "emails"},
    "deletion": {"name", "phone", "postal_address", "emails", "erased"},
    "suspension": {"marketing", "third_party"},
}

requests = st.lists(
    st.tuples(st.sampled_from(REQUEST_KINDS), st.integers(0, 1)), min_size=1, max_size=2
)
picks = st.integers(0, 63)
roles = st.sampled_from((AGENT, APPROVER))


def _request_text(parts: list[tuple[str, int]]) -> str:
    return " ".join(SENTENCES[kind][language] for kind, language in parts)


# Databases


def _postgresql_url() -> sa.URL:
    url = sa.make_url(os.environ.get("INTAKE_TEST_POSTGRESQL_URL", DEFAULT_POSTGRESQL_URL))
    return url.set(drivername="postgresql+psycopg")


def _postgresql_reachable() -> None:
    """Skip (or fail with INTAKE_REQUIRE_POSTGRESQL=1) when the test server cannot be reached."""
    url = _postgresql_url()
    admin = sa.create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except sa.exc.OperationalError as error:
        reason = (
            f"PostgreSQL at {url.render_as_string()} is unreachable: "
            + (str(error.orig).strip().splitlines()[0])
        )
        if os.environ.get("INTAKE_REQUIRE_POSTGRESQL") == "1":
            pytest.fail(f"{reason} and INTAKE_REQUIRE_POSTGRESQL=1 requires it")
        pytest.skip(reason)
    finally:
        admin.dispose()


_TEMPLATE: list[Path] = []


def _sqlite_template() -> Path:
    """A migrated, empty SQLite file made once per run; each example starts on a copy."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="identity-invariant-template-"))
        engine = open_database(f"sqlite:///{folder}/t.db")
        engine.dispose()  # the last connection closed folds the WAL into the file
        assert not (folder / "t.db-wal").exists()
        _TEMPLATE.append(folder / "t.db")
    return _TEMPLATE[0]


def _sqlite_fast(dbapi_connection: Any, _record: Any) -> None:
    """A throwaway file needs no fsync (after the engine's own settings, which ask for it)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.close()


class _Database:
    """One example's migrated, empty database; `close` throws it away."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.admin: sa.Engine | None = None
        self.schema = ""
        if backend == "sqlite":
            shutil.copyfile(_sqlite_template(), folder / "t.db")
            self.engine = make_engine(f"sqlite:///{folder}/t.db")
            sa.event.listen(self.engine, "connect", _sqlite_fast)
            return
        url = _postgresql_url()
        self.admin = sa.create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
        self.schema = f"t_{secrets.token_hex(6)}"
        with self.admin.begin() as connection:
            connection.exec_driver_sql(f"CREATE SCHEMA {self.schema}")
        self.engine = sa.create_engine(
            url,
            connect_args={
                "options": f"-csearch_path={self.schema}",
                "connect_timeout": CONNECT_TIMEOUT_S,
            },
        )
        migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()
        if self.admin is not None:
            with self.admin.begin() as connection:
                connection.exec_driver_sql(f"DROP SCHEMA {self.schema} CASCADE")
            self.admin.dispose()


# Reading outbox entries


def entry_content(entry: Outbox) -> tuple[str, int]:
    """Everything an entry shows its reader (headers, text parts, decoded attachments)."""
    if entry.channel == "chat":
        return json.loads(entry.rendered)["text"], 0
    message = email.message_from_bytes(entry.rendered, policy=email.policy.default)
    texts = [f"{name}: {value}" for name, value in message.items()]
    attachments = 0
    for part in message.walk():
        if part.is_multipart():
            continue
        content = part.get_content()
        if isinstance(content, bytes):
            content = content.decode("utf-8-sig", errors="replace")
        texts.append(content)
        attachments += part.get_content_disposition() == "attachment"
    return "\n".join(texts), attachments


class IdentityInvariantMachine(RuleBasedStateMachine):
    backend = "sqlite"
    strict = False

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="identity-invariant-"))
        self.database = _Database(self.backend, self.folder)
        self.engine = self.database.engine
        self.ws = make_workspace(self.engine, self.folder, general_support_address=GENERAL_SUPPORT)
        self.customer_ids: list[int] = []
        self.expected: dict[int, dict[str, Any]] = {}  # the registry as the rules allow it
        self.identifiers: dict[int, set[str]] = {}  # every name/email/phone a customer had
        self.addresses: dict[int, set[str]] = {}  # every address a customer had on record
        self.telegram: dict[int, set[str]] = {}  # every chat user linked to a customer
        self.seen_entries: set[int] = set()
        self.contents: dict[int, tuple[str, int]] = {}  # outbox id -> what it shows
        self.last_event_id = 0
        self.sent_codes: list[tuple[int | None, frozenset[str], Any]] = []  # (case, codes, at)
        self.update_id = 0
        self.counter = 0
        self.case_count = 0

    def teardown(self) -> None:
        self.database.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # Setting up

    @initialize(count=st.integers(2, 3))
    def registry_customers(self, count: int) -> None:
        for account_id, name, address, phone, postal in CUSTOMERS[:count]:
            customer = add_customer(
                self.engine,
                account_id,
                name,
                address,
                phone=phone,
                postal_address=postal,
                marketing_opt_out=False,
                third_party_opt_out=False,
            )
            self.customer_ids.append(customer.id)
        with Session(self.engine) as session:
            self.expected = self._registry(session)
            for customer_id, state in self.expected.items():
                self._remember(customer_id, state)

    # Sending messages

    def _ingest_mail(self, raw: bytes) -> None:
        inbound = ingest(self.ws, raw, "email")
        self._note_codes(inbound)

    def _ingest_chat(self, user: int, text: str) -> None:
        self.update_id += 1
        inbound = ingest(self.ws, make_update(user, text, update_id=self.update_id), "chat")
        self._note_codes(inbound)

    def _note_codes(self, inbound) -> None:
        assert inbound.state == "processed", f"message not processed: {inbound.error}"
        codes = frozenset(identity.codes_in(inbound.new_text or ""))
        self.sent_codes.append((inbound.case_id, codes, inbound.received_at))

    def _customer(self, pick: int) -> tuple[int, dict[str, Any]]:
        customer_id = self.customer_ids[pick % len(self.customer_ids)]
        return customer_id, self.expected[customer_id]

    @rule(pick=picks, parts=requests, spoofed=st.booleans(), names_account=st.booleans())
    def customer_mails_a_request(self, pick, parts, spoofed, names_account) -> None:
        """A registered customer asks, or someone else asks from another address naming them."""
        customer_id, state = self._customer(pick)
        own = state["primary"]
        text = _request_text(parts)
        if spoofed or names_account or own is None:
            text += f" My account id is {CUSTOMERS[self.customer_ids.index(customer_id)][0]}."
        if spoofed or own is None:
            raw = mail(MALLORY, text, name="Mallory")
        else:
            raw = mail(own, text, name=state["name"] or "")
        self._ingest_mail(raw)

    @rule(parts=requests, number=st.integers(1, 3))
    def stranger_mails_a_request(self, parts, number) -> None:
        self._ingest_mail(mail(f"stranger{number}@example.org", _request_text(parts)))

    @rule(user=st.sampled_from(CHAT_USERS), parts=requests)
    def chat_user_asks(self, user, parts) -> None:
        self._ingest_chat(user, _request_text(parts))

    @rule(
        user=st.sampled_from(CHAT_USERS),
        pick=picks,
        what=st.sampled_from(("email", "account", "phone", "own_email")),
    )
    def chat_user_says_who_they_are(self, user, pick, what) -> None:
        """A chat user types an address, account id or phone: theirs, or someone else's."""
        index = pick % len(self.customer_ids)
        account_id, _name, address, phone, _postal = CUSTOMERS[index]
        text = {
            "email": f"{address} です",
            "account": f"My account is {account_id}",
            "phone": f"電話番号は {phone} です",
            "own_email": f"my address is chat{user}@example.net",
        }[what]
        self._ingest_chat(user, text)

    def _code(self, session: Session, case_id: int | None, source: str, pick: int) -> str:
        """The newest code sent for `case_id`, one sent for another case, or a wrong one."""
        requests_ = session.exec(
            select(Outbox).where(Outbox.purpose == "identity_request").order_by(col(Outbox.id))
        ).all()
        own = [entry for entry in requests_ if entry.case_id == case_id]
        others = [entry for entry in requests_ if entry.case_id != case_id]
        if source == "own" and own:
            return code_in(own[-1])
        if source == "other" and others:
            return code_in(others[pick % len(others)])
        known = {code_in(entry) for entry in requests_}
        return next(
            f"{(pick * 7919 + step) % 10**6:06d}"
            for step in range(10**6)
            if f"{(pick * 7919 + step) % 10**6:06d}" not in known
        )

    @precondition(lambda self: self.case_count > 0)
    @rule(
        pick=picks,
        source=st.sampled_from(("own", "wrong", "other")),
        sender=st.sampled_from(("recipient", "mallory", "other_customer")),
        code_pick=picks,
    )
    def someone_replies_to_our_mail_with_a_code(self, pick, source, sender, code_pick) -> None:
        with Session(self.engine) as session:
            entries = session.exec(
                select(Outbox).where(Outbox.channel == "email").order_by(col(Outbox.id))
            ).all()
            if not entries:
                return
            entry = entries[pick % len(entries)]
            code = self._code(session, entry.case_id, source, code_pick)
        if sender == "recipient":
            address = entry.recipient
        elif sender == "mallory":
            address = MALLORY
        else:
            others = [
                state["primary"]
                for state in self.expected.values()
                if state["primary"] and state["primary"] != entry.recipient
            ]
            address = others[code_pick % len(others)] if others else MALLORY
        reply = mail(
            address,
            f"The code is {code}.",
            subject=f"Re: {entry.subject}",
            in_reply_to=entry.message_id,
        )
        self._ingest_mail(reply)

    @precondition(lambda self: self.case_count > 0)
    @rule(
        user=st.sampled_from(CHAT_USERS),
        source=st.sampled_from(("own", "wrong", "other")),
        code_pick=picks,
    )
    def chat_user_sends_a_code(self, user, source, code_pick) -> None:
        with Session(self.engine) as session:
            case = session.exec(
                select(Case).where(Case.chat_user_id == user).order_by(col(Case.id).desc())
            ).first()
            code = self._code(session, None if case is None else case.id, source, code_pick)
        self._ingest_chat(user, code)

    @rule(hours=st.integers(1, 80))
    def time_passes(self, hours) -> None:
        self.ws.clock.advance(hours=hours)

    @rule()
    def the_outbox_is_delivered(self) -> None:
        with transaction(self.engine) as session:
            for entry in session.exec(select(Outbox).where(Outbox.state == "pending")).all():
                mark_sent(session, entry, self.ws.now())

    # Staff

    def _staff(self, pick: int, action) -> None:
        """Run one staff action on a case in its own transaction; refusals roll it back."""
        with Session(self.engine) as session:
            ids = session.exec(select(Case.id).order_by(col(Case.id))).all()
        if not ids:
            return
        try:
            with transaction(self.engine) as session:
                action(session, session.get(Case, ids[pick % len(ids)]))
        except REFUSED:
            pass

    @precondition(lambda self: self.case_count > 0)
    @rule(pick=picks, role=roles)
    def staff_approve(self, pick, role) -> None:
        self._staff(
            pick, lambda s, case: approval.approve(s, self.ws, case, actor=ACTORS[role], role=role)
        )

    @precondition(lambda self: self.case_count > 0)
    @rule(pick=picks, role=roles, reason=st.sampled_from(("", "We hold no such data.")))
    def staff_reject(self, pick, role, reason) -> None:
        self._staff(
            pick,
            lambda s, case: approval.reject(
                s, self.ws, case, reason=reason, actor=ACTORS[role], role=role
            ),
        )

    @precondition(lambda self: self.case_count > 0)
    @rule(pick=picks, role=roles, note=st.sampled_from(("", "  ", "Called the number on file.")))
    def staff_confirm_identity_by_hand(self, pick, role, note) -> None:
        self._staff(
            pick,
            lambda s, case: approval.confirm_identity_by_hand(
                s, self.ws, case, actor=ACTORS[role], role=role, note=note
            ),
        )

    @precondition(lambda self: self.case_count > 0)
    @rule(
        pick=picks,
        role=roles,
        fields=st.lists(
            st.sampled_from(("name", "phone", "postal_address", "email")),
            min_size=1,
            max_size=2,
            unique=True,
        ),
    )
    def staff_set_corrections(self, pick, role, fields) -> None:
        self.counter += 1
        number = self.counter

        def action(session: Session, case: Case) -> None:
            tag = f"c{case.customer_id or 0}n{number}"
            values = {
                "name": f"Corrected Name {tag}",
                "phone": f"0{case.customer_id or 0:02d}{number:08d}",
                "postal_address": f"Corrected Street {tag}",
                "email": f"{tag}@corrected.example",
            }
            changes = [{"field": field, "new": values[field]} for field in fields]
            approval.set_corrections(session, self.ws, case, changes, actor=ACTORS[role], role=role)

        self._staff(pick, action)

    @precondition(lambda self: self.case_count > 0)
    @rule(pick=picks, role=roles)
    def staff_edit_draft(self, pick, role) -> None:
        self._staff(
            pick,
            lambda s, case: approval.edit_draft(
                s,
                self.ws,
                case,
                subject="Our answer",
                body="Please find our answer below.\n",
                actor=ACTORS[role],
                role=role,
            ),
        )

    @precondition(lambda self: self.case_count > 0)
    @rule(
        pick=picks,
        role=roles,
        kind=st.sampled_from(ITEM_KINDS),
        outcome=st.sampled_from(("refused", "not_applicable", "pending")),
        reason=st.sampled_from((None, "", "Not held.")),
    )
    def staff_decide_item(self, pick, role, kind, outcome, reason) -> None:
        self._staff(
            pick,
            lambda s, case: approval.decide_item(
                s, case, kind, outcome, reason=reason, actor=ACTORS[role]
            ),
        )

    @precondition(lambda self: self.case_count > 0)
    @rule(pick=picks, role=roles, forward=st.booleans())
    def staff_close_triaged(self, pick, role, forward) -> None:
        self._staff(
            pick,
            lambda s, case: approval.close_not_privacy(
                s, self.ws, case, actor=ACTORS[role], role=role, forward=forward
            ),
        )

    @precondition(lambda self: self.case_count > 0)
    @rule(
        pick=picks,
        role=roles,
        kinds=st.lists(st.sampled_from(ITEM_KINDS), min_size=1, max_size=2, unique=True),
    )
    def staff_take_up_triaged(self, pick, role, kinds) -> None:
        self._staff(
            pick,
            lambda s, case: approval.take_up_triaged(
                s, self.ws, case, kinds, actor=ACTORS[role], role=role
            ),
        )

    @precondition(lambda self: self.case_count > 0)
    @rule(pick=picks, role=roles, customer_pick=picks)
    def staff_link_customer(self, pick, role, customer_pick) -> None:
        customer_id, _state = self._customer(customer_pick)
        self._staff(
            pick,
            lambda s, case: approval.link_customer(
                s, self.ws, case, s.get(Customer, customer_id), actor=ACTORS[role], role=role
            ),
        )

    # Reading the database

    def _registry(self, session: Session) -> dict[int, dict[str, Any]]:
        states = {}
        for customer in session.exec(select(Customer)).all():
            emails = session.exec(
                select(CustomerEmail)
                .where(CustomerEmail.customer_id == customer.id)
                .order_by(col(CustomerEmail.is_primary).desc(), col(CustomerEmail.id))
            ).all()
            states[customer.id] = {
                "name": customer.name,
                "phone": customer.phone,
                "postal_address": customer.postal_address,
                "emails": tuple(sorted((row.address, row.is_primary) for row in emails)),
                "primary": emails[0].address if emails else None,
                "marketing": customer.marketing_opt_out,
                "third_party": customer.third_party_opt_out,
                "erased": customer.erased_at is not None,
                "telegram": customer.telegram_user_id,
            }
        return states

    def _remember(self, customer_id: int, state: dict[str, Any]) -> None:
        names = {state["name"], state["phone"]} - {None}
        addresses = {address for address, _primary in state["emails"]}
        self.identifiers.setdefault(customer_id, set()).update(names | addresses)
        self.addresses.setdefault(customer_id, set()).update(addresses)
        if state["telegram"] is not None:
            self.telegram.setdefault(customer_id, set()).add(str(state["telegram"]))

    def _content(self, entry: Outbox) -> tuple[str, int]:
        if entry.id not in self.contents:
            self.contents[entry.id] = entry_content(entry)
        return self.contents[entry.id]

    @staticmethod
    def _approved(session: Session, case: Case) -> list[Draft]:
        return list(
            session.exec(
                select(Draft).where(
                    Draft.case_id == case.id,
                    Draft.state == "approved",
                    Draft.approved_by == ACTORS[APPROVER],
                )
            ).all()
        )

    def _proof_for(self, session: Session, case: Case, customer_id: int) -> bool:
        """Whether the case's identity was confirmed as `customer_id` (strict runs only)."""
        if case.identity_state != "confirmed" or case.customer_id != customer_id:
            return False
        if case.identity_confirmed_by != "customer code":
            return True  # staff vouched for the requester, with a note
        confirmed = session.exec(
            select(IdentityChallenge).where(
                IdentityChallenge.case_id == case.id, IdentityChallenge.state == "confirmed"
            )
        ).all()
        return any(challenge.customer_id == customer_id for challenge in confirmed)

    # The invariants

    @invariant()
    def invariants_hold(self) -> None:
        if not self.customer_ids:
            return
        with Session(self.engine) as session:
            self.case_count = len(session.exec(select(Case.id)).all())
            self._registry_changes_only_through_approved_confirmed_execution(session)
            self._answers_need_approval_and_identity(session)
            self._entries_carry_no_other_customers_data(session)
            self._challenges_confirmed_only_by_their_own_code(session)

    def _registry_changes_only_through_approved_confirmed_execution(self, session: Session) -> None:
        """Invariant 1, against the registry the machine expects."""
        now = self._registry(session)
        executed = session.exec(
            select(Event).where(Event.id > self.last_event_id, Event.action == "executed")
        ).all()
        self.last_event_id = session.exec(select(sa.func.max(Event.id))).one() or 0
        for customer_id, after in now.items():
            before = self.expected[customer_id]
            changed = {name for name in PERSONAL_FIELDS if before[name] != after[name]}
            allowed: set[str] = set()
            approved_values: list[dict[str, Any]] = []
            for event in executed:
                case = session.get(Case, event.case_id)
                if case is None or case.customer_id != customer_id:
                    continue
                drafts = self._approved(session, case)
                assert case.identity_state == "confirmed" and case.identity_confirmed_at, (
                    f"{event.details} executed on customer {customer_id} in case {case.number}"
                    f" whose identity is {case.identity_state}"
                )
                assert drafts, f"{event.details} executed in {case.number} without approval"
                if self.strict:
                    assert self._proof_for(session, case, customer_id), (
                        f"{event.details} executed on customer {customer_id} in {case.number},"
                        f" but its identity was proven for someone else"
                        f" (challenges of customer ≠ {customer_id})"
                    )
                allowed |= FIELDS_BY_KIND.get(event.details.get("kind"), set())
                approved_values += [c for d in drafts for c in d.changes]
            assert changed <= allowed, (
                f"customer {customer_id}: {sorted(changed - allowed)} changed"
                f" { ({n: (before[n], after[n]) for n in changed}) } without an approved,"
                f" identity-confirmed execution that changes them (executed: "
                f"{[e.details for e in executed]})"
            )
            if not after["erased"]:
                for name in changed & {"name", "phone", "postal_address"}:
                    assert {"field": name, "new": after[name]} in [
                        {"field": c["field"], "new": c["new"]} for c in approved_values
                    ], f"customer {customer_id}: {name} set to {after[name]!r}, never approved"
                assert after["marketing"] >= before["marketing"]
                assert after["third_party"] >= before["third_party"]
            if after["telegram"] != before["telegram"]:
                linked_by = session.exec(
                    select(Case).where(
                        Case.customer_id == customer_id,
                        Case.chat_user_id == after["telegram"],
                        Case.identity_state == "confirmed",
                    )
                ).all()
                assert after["telegram"] is None or linked_by, (
                    f"customer {customer_id} linked to chat user {after['telegram']}"
                    " without a confirmed case of that chat user"
                )
            self._remember(customer_id, after)
            self.expected[customer_id] = after

    def _answers_need_approval_and_identity(self, session: Session) -> None:
        """Invariant 2."""
        for entry in session.exec(select(Outbox).order_by(col(Outbox.id))).all():
            _text, attachments = self._content(entry)
            if entry.recipient == GENERAL_SUPPORT:
                continue
            if entry.purpose != "answer" and not attachments:
                continue
            case = session.get(Case, entry.case_id)
            assert case is not None, f"outbox {entry.id} ({entry.purpose}) has no case"
            approved = [
                draft
                for draft in self._approved(session, case)
                if draft.approved_at is not None and draft.approved_at <= entry.created_at
            ]
            assert approved, (
                f"{entry.purpose} {entry.id} of {case.number} queued without an approver's approval"
            )
            items = session.exec(select(CaseItem).where(CaseItem.case_id == case.id)).all()
            rights_done = [i.kind for i in items if i.kind in RIGHTS and i.outcome == "done"]
            if rights_done or attachments:
                assert (
                    case.identity_confirmed_at is not None
                    and case.identity_confirmed_at <= entry.created_at
                ), (
                    f"{entry.purpose} {entry.id} of {case.number} ({rights_done},"
                    f" {attachments} attachments) queued before identity was confirmed"
                    f" (identity {case.identity_state})"
                )

    def _owner_of(self, session: Session, case: Case) -> int | None:
        """The customer an entry is about: the case's, else the requester's own record."""
        if case.customer_id is not None:
            return case.customer_id
        for customer_id in self.customer_ids:
            if case.requester_address and case.requester_address in self.addresses[customer_id]:
                return customer_id
            if case.chat_user_id is not None and str(case.chat_user_id) in self.telegram.get(
                customer_id, set()
            ):
                return customer_id
        return None

    def _entries_carry_no_other_customers_data(self, session: Session) -> None:
        """Invariant 3 (and, in strict runs, data only to a proven recipient)."""
        query = select(Outbox).order_by(col(Outbox.id))
        for entry in session.exec(query).all():
            if entry.id in self.seen_entries:
                continue
            self.seen_entries.add(entry.id)
            if entry.recipient == GENERAL_SUPPORT:
                continue
            text, _attachments = self._content(entry)
            # the recipient's own address (in To: or quoted back) discloses nothing to them
            lowered = text.lower().replace(entry.recipient.lower(), " ")
            case = session.get(Case, entry.case_id) if entry.case_id else None
            owner = None if case is None else self._owner_of(session, case)
            carried = {
                customer_id: sorted(
                    item for item in self.identifiers[customer_id] if item.lower() in lowered
                )
                for customer_id in self.customer_ids
            }
            carried = {customer_id: found for customer_id, found in carried.items() if found}
            others = {
                customer_id: found for customer_id, found in carried.items() if customer_id != owner
            }
            assert not others, (
                f"{entry.purpose} {entry.id} to {entry.recipient} of case"
                f" {case and case.number} (its customer: {owner}) carries other customers'"
                f" data: {others} (all customer data in it: {carried})"
            )
            if self.strict:
                for customer_id, found in carried.items():
                    self._recipient_is_proven(session, entry, case, customer_id, found)

    def _recipient_is_proven(
        self, session: Session, entry: Outbox, case: Case, customer_id: int, found: list[str]
    ) -> None:
        if entry.recipient in self.addresses[customer_id]:
            return
        if entry.channel == "chat" and entry.recipient in self.telegram.get(customer_id, set()):
            return
        confirmed = (
            case.identity_confirmed_at is not None
            and case.identity_confirmed_at <= entry.created_at
        )
        assert confirmed and self._proof_for(session, case, customer_id), (
            f"{entry.purpose} {entry.id} of {case.number} goes to {entry.recipient}"
            f" ({entry.channel}), not proven to be customer {customer_id}, yet carries"
            f" their {found} (identity {case.identity_state})"
        )

    def _challenges_confirmed_only_by_their_own_code(self, session: Session) -> None:
        """Invariant 4: the n-th challenge of a case is the n-th code mail of the case."""
        challenges: dict[int, list[IdentityChallenge]] = {}
        for challenge in session.exec(
            select(IdentityChallenge).order_by(col(IdentityChallenge.id))
        ).all():
            challenges.setdefault(challenge.case_id, []).append(challenge)
        code_mails: dict[int, list[Outbox]] = {}
        query = select(Outbox).where(Outbox.purpose == "identity_request")
        for entry in session.exec(query.order_by(col(Outbox.id))).all():
            code_mails.setdefault(entry.case_id, []).append(entry)
        assert set(challenges) == set(code_mails), "a challenge without its code mail"
        for case_id, case_challenges in challenges.items():
            mails = code_mails[case_id]
            assert len(case_challenges) == len(mails), f"case {case_id}: codes ≠ challenges"
            for challenge, code_mail in zip(case_challenges, mails, strict=True):
                if challenge.state != "confirmed":
                    continue
                code = code_in(code_mail)
                assert challenge.confirmed_at < challenge.created_at + timedelta(
                    hours=CODE_HOURS
                ), f"case {case_id}: challenge {challenge.id} confirmed after it expired"
                assert any(
                    sent_to == case_id and code in codes and at == challenge.confirmed_at
                    for sent_to, codes, at in self.sent_codes
                ), (
                    f"case {case_id}: challenge {challenge.id} confirmed without a message in"
                    f" the case carrying its code {code}"
                )


class StrictIdentityInvariantMachine(IdentityInvariantMachine):
    strict = True


def _run(machine: type[IdentityInvariantMachine], backend: str, examples: int) -> None:
    machine = type(f"{machine.__name__}On{backend.title()}", (machine,), {"backend": backend})
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=examples,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_nothing_personal_leaves_or_changes_before_confirmation_and_approval_sqlite():
    _run(IdentityInvariantMachine, "sqlite", 30)


def test_nothing_personal_leaves_or_changes_before_confirmation_and_approval_postgresql():
    _postgresql_reachable()
    _run(IdentityInvariantMachine, "postgresql", 10)


def test_registry_data_reaches_only_a_recipient_proven_to_be_that_customer_sqlite():
    _run(StrictIdentityInvariantMachine, "sqlite", 25)
