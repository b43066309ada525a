"""The customer registry: lookups, CSV import/export, disclosure export and erasure."""

from __future__ import annotations

import csv
import io
import json
import time
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from workflows.db import transaction
from workflows.models import (
    Case,
    Customer,
    CustomerEmail,
    InboundMessage,
    ProvisionRecord,
    Tombstone,
)
from workflows.registry import (
    COLUMNS,
    ImportReport,
    erase_customer,
    export_csv,
    export_held_data,
    find_by_account_id,
    find_by_email,
    find_by_phone,
    find_by_telegram,
    find_mentioned,
    import_csv,
    import_customers,
    normalize_email,
    normalize_phone,
    primary_email,
    was_erased,
)

KEY = "test-secret-key"
TARO = {
    "account_id": "WT-204518",
    "name": "山田 太郎",
    "emails": "Taro@Example.jp; taro.yamada@work.example.com",
    "phone": "090-1234-5678",
    "postal_address": "東京都千代田区丸の内1-1-1",
    "telegram_user_id": "987654321",
    "country": "JP",
    "marketing_opt_out": "yes",
    "third_party_opt_out": "",
}
HANAKO = {
    "account_id": "A-2231",
    "name": "佐藤 花子",
    "emails": "hanako@example.net",
    "phone": "(03) 5555 0199",
    "postal_address": "",
    "telegram_user_id": "",
    "country": "",
    "marketing_opt_out": "0",
    "third_party_opt_out": "true",
}


def _import(engine: sa.Engine, *rows: dict[str, str]) -> ImportReport:
    with transaction(engine) as session:
        return import_customers(session, rows)


def _customer(session: Session, account_id: str) -> Customer:
    return session.exec(select(Customer).where(Customer.account_id == account_id)).one()


def _account_ids(customers: list[Customer]) -> list[str | None]:
    return sorted(customer.account_id or "" for customer in customers)


@pytest.fixture
def registry(engine: sa.Engine) -> sa.Engine:
    """A database holding Taro and Hanako."""
    report = _import(engine, TARO, HANAKO)
    assert (report.inserted, report.errors) == (2, [])
    return engine


# Normalizing


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (" Taro@Example.JP ", "taro@example.jp"),
        ("山田 太郎 <Taro@Example.jp>", "taro@example.jp"),
        ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp"),
    ],
)
def test_normalize_email_strips_lowercases_and_takes_the_address_of_a_name(given, expected):
    assert normalize_email(given) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("090-1234-5678", "09012345678"),
        ("０９０－１２３４－５６７８", "09012345678"),
        ("(03) 1234 5678", "0312345678"),
        ("+81 90 1234 5678", "09012345678"),
        ("81-90-1234-5678", "09012345678"),
        ("+81 (0)3-1234-5678", "0312345678"),
        ("1234-5678", ""),
        ("", ""),
    ],
)
def test_normalize_phone_keeps_digits_with_81_as_0(given, expected):
    assert normalize_phone(given) == expected


# Lookups


@pytest.mark.parametrize(
    "address",
    [
        "taro@example.jp",
        "TARO@EXAMPLE.JP",
        "Yamada Taro <taro@example.jp>",
        "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ",
        "taro.yamada@work.example.com",
    ],
)
def test_find_by_email_finds_every_address_in_any_form(registry, address):
    with transaction(registry) as session:
        assert find_by_email(session, address).account_id == "WT-204518"


def test_find_by_email_of_an_unknown_address_is_none(registry):
    with transaction(registry) as session:
        assert find_by_email(session, "someone@example.org") is None


@pytest.mark.parametrize("user_id", [987654321, "987654321", " 987654321 "])
def test_find_by_telegram_takes_the_id_as_number_or_text(registry, user_id):
    with transaction(registry) as session:
        assert find_by_telegram(session, user_id).account_id == "WT-204518"
        assert find_by_telegram(session, 123) is None
        assert find_by_telegram(session, "not a number") is None


@pytest.mark.parametrize("account_id", ["WT-204518", " ＷＴ－２０４５１８ "])
def test_find_by_account_id_accepts_full_width_forms(registry, account_id):
    with transaction(registry) as session:
        assert find_by_account_id(session, account_id).name == "山田 太郎"


def test_find_by_phone_accepts_any_format(registry):
    with transaction(registry) as session:
        assert _account_ids(find_by_phone(session, "+81 3-5555-0199")) == ["A-2231"]


@pytest.mark.parametrize(
    "text",
    [
        "電話番号は090-1234-5678です。",
        "携帯：０９０－１２３４－５６７８までご連絡ください",
        "携帯：０９０ー１２３４ー５６７８",
        "Please call me on +81 90 1234 5678.",
        "tel 09012345678",
        "TEL 090.1234.5678 / FAX 03 1111 2222",
    ],
)
def test_find_mentioned_recognises_phone_formats(registry, text):
    with transaction(registry) as session:
        assert _account_ids(find_mentioned(session, text)) == ["WT-204518"]


def test_find_mentioned_recognises_a_landline_in_parentheses(registry):
    with transaction(registry) as session:
        found = find_mentioned(session, "自宅 (03) 5555 0199 にお願いします")
        assert _account_ids(found) == ["A-2231"]


def test_find_mentioned_separates_two_numbers_written_in_a_row(registry):
    with transaction(registry) as session:
        found = find_mentioned(session, "連絡先 090-1234-5678 03-5555-0199")
        assert _account_ids(found) == ["A-2231", "WT-204518"]


@pytest.mark.parametrize(
    "text",
    [
        "【開示請求】\n氏名：山田太郎\n会員番号：ＷＴ－２０４５１８\n保有個人データを開示してください。",
        "My account id is WT-204518. Please delete my data.",
        "account wt-204518 please",
        "登録メール：ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰ の情報を削除してください",
        "Please stop using the data of taro.yamada@work.example.com, thanks.",
    ],
)
def test_find_mentioned_recognises_account_ids_and_emails_in_japanese_and_english(registry, text):
    with transaction(registry) as session:
        assert _account_ids(find_mentioned(session, text)) == ["WT-204518"]


def test_find_mentioned_finds_several_customers_once_each(registry):
    text = "会員番号A-2231（hanako@example.net）と WT-204518、taro@example.jp の件"
    with transaction(registry) as session:
        assert _account_ids(find_mentioned(session, text)) == ["A-2231", "WT-204518"]


def test_find_mentioned_finds_nobody_in_a_text_without_identifiers(registry):
    text = "2026-12-01 に注文番号 123456789012345678 の件で問い合わせました。Thank you."
    with transaction(registry) as session:
        assert find_mentioned(session, text) == []
        assert find_mentioned(session, "") == []


def test_find_mentioned_asks_the_database_with_in_never_a_full_scan(registry):
    statements: list[str] = []

    def remember(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    sa.event.listen(registry, "before_cursor_execute", remember)
    try:
        with transaction(registry) as session:
            find_mentioned(session, "WT-204518 taro@example.jp 090-1234-5678")
    finally:
        sa.event.remove(registry, "before_cursor_execute", remember)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    assert all(" IN " in statement.upper() for statement in selects), selects


def test_primary_email_is_the_marked_one_else_the_oldest(registry):
    with transaction(registry) as session:
        taro = _customer(session, "WT-204518")
        assert primary_email(session, taro) == "taro@example.jp"
        for row in session.exec(select(CustomerEmail).where(CustomerEmail.customer_id == taro.id)):
            row.is_primary = False
            session.add(row)
        session.flush()
        assert primary_email(session, taro) == "taro@example.jp"
        assert primary_email(session, Customer(id=10_000)) is None


def test_erased_customers_are_not_found_by_any_lookup(registry):
    with transaction(registry) as session:
        taro = _customer(session, "WT-204518")
        taro.erased_at = datetime(2026, 12, 1, tzinfo=UTC)  # marked, data still present
        session.add(taro)
        session.flush()
        assert find_by_email(session, "taro@example.jp") is None
        assert find_by_telegram(session, 987654321) is None
        assert find_by_account_id(session, "WT-204518") is None
        assert find_by_phone(session, "090-1234-5678") == []
        assert find_mentioned(session, "WT-204518 taro@example.jp 090-1234-5678") == []


def test_erased_customers_are_not_found_after_erasure(registry):
    with transaction(registry) as session:
        erase_customer(
            session, _customer(session, "WT-204518"), secret_key=KEY, case_number=None,
            requested_at=None,
        )  # fmt: skip
    with transaction(registry) as session:
        assert find_by_email(session, "taro@example.jp") is None
        assert find_by_telegram(session, 987654321) is None
        assert find_by_account_id(session, "WT-204518") is None
        assert find_mentioned(session, "WT-204518 taro@example.jp 090-1234-5678") == []


# Import and export


def _write_csv(path, rows: list[list[str]], encoding: str) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def test_import_csv_reads_utf8_with_bom(engine, tmp_path):
    path = tmp_path / "customers.csv"
    _write_csv(path, [list(COLUMNS), list(TARO.values())], "utf-8-sig")
    with transaction(engine) as session:
        report = import_csv(session, path)
    assert report == ImportReport(inserted=1, updated=0, errors=[])
    with transaction(engine) as session:
        taro = find_by_account_id(session, "WT-204518")
        assert taro.name == "山田 太郎"
        assert taro.phone == "09012345678"
        assert taro.telegram_user_id == 987654321
        assert (taro.marketing_opt_out, taro.third_party_opt_out) == (True, False)
        assert primary_email(session, taro) == "taro@example.jp"


def test_import_csv_reads_cp932(engine, tmp_path):
    path = tmp_path / "customers-sjis.csv"
    row = {**HANAKO, "name": "髙橋 﨑子", "postal_address": "大阪府大阪市北区梅田①-2"}
    _write_csv(path, [list(COLUMNS), list(row.values())], "cp932")
    with transaction(engine) as session:
        assert import_csv(session, path).inserted == 1
    with transaction(engine) as session:
        hanako = find_by_email(session, "hanako@example.net")
        assert (hanako.name, hanako.postal_address) == ("髙橋 﨑子", "大阪府大阪市北区梅田①-2")
        assert hanako.phone == "0355550199"


def test_import_reports_bad_rows_with_line_numbers_and_imports_the_good_ones(engine, tmp_path):
    header = ["account_id", "name", "emails", "telegram_user_id", "postal_address", "country"]
    rows = [
        header,
        ["C-1", "Good One", "one@example.com", "", "東京都\n港区", ""],  # lines 2-3
        ["", "No Account", "none@example.com", "", "", ""],  # line 4
        ["C-2", "Bad Email", "not-an-address", "", "", ""],  # line 5
        [],  # line 6, blank
        ["C-3", "Bad Telegram", "three@example.com", "12ab", "", ""],  # line 7
        ["C-4", "Taken Email", "ONE@example.com", "", "", ""],  # line 8
        ["C-5", "Bad Country", "five@example.com", "", "", "Japan"],  # line 9
        ["C-6", "Good Two", "six@example.com seven@example.com", "42", "", "jp"],  # line 10
    ]
    path = tmp_path / "mixed.csv"
    _write_csv(path, rows, "utf-8")
    with transaction(engine) as session:
        report = import_csv(session, path)
    assert (report.inserted, report.updated) == (2, 0)
    assert [line for line, _ in report.errors] == [4, 5, 7, 8, 9]
    messages = dict(report.errors)
    assert "account_id" in messages[4]
    assert "not-an-address" in messages[5]
    assert "12ab" in messages[7]
    assert "another customer" in messages[8]
    assert "country" in messages[9]
    with transaction(engine) as session:
        assert sorted(session.exec(select(Customer.account_id))) == ["C-1", "C-6"]
        assert find_by_email(session, "seven@example.com").country == "JP"


def test_import_without_account_id_column_reports_the_header(engine, tmp_path):
    path = tmp_path / "wrong.csv"
    _write_csv(path, [["name", "emails"], ["X", "x@example.com"]], "utf-8")
    with transaction(engine) as session:
        report = import_csv(session, path)
    assert (report.inserted, [line for line, _ in report.errors]) == (0, [1])


def test_import_stores_identifiers_normalized(engine):
    row = {
        "account_id": " ＷＴ－９ ",
        "emails": "Ｔａｒｏ＠Ｅｘａｍｐｌｅ．ｊｐ",
        "phone": "＋８１ ９０ １２３４ ５６７８",
    }
    assert _import(engine, row).inserted == 1
    with transaction(engine) as session:
        [customer] = session.exec(select(Customer)).all()
        assert (customer.account_id, customer.phone) == ("WT-9", "09012345678")
        assert primary_email(session, customer) == "taro@example.jp"


def test_import_refuses_a_phone_that_is_not_one_number(engine):
    report = _import(engine, {"account_id": "P-1", "phone": "090-1234-5678 / 03-1234-5678"})
    assert report.inserted == 0 and [line for line, _ in report.errors] == [2]


def test_import_reports_a_telegram_id_already_on_another_customer(registry):
    report = _import(registry, {"account_id": "Z-1", "telegram_user_id": "987654321"})
    assert report.inserted == 0
    assert report.errors == [(2, "telegram_user_id 987654321 already belongs to another customer")]


def test_import_of_an_existing_account_updates_it_and_replaces_its_emails(registry):
    changed = {**TARO, "name": "山田 太郎（新）", "emails": "new@example.jp taro@example.jp"}
    report = _import(registry, changed)
    assert (report.inserted, report.updated, report.errors) == (0, 1, [])
    with transaction(registry) as session:
        taro = find_by_account_id(session, "WT-204518")
        assert taro.name == "山田 太郎（新）"
        assert primary_email(session, taro) == "new@example.jp"
        assert find_by_email(session, "taro.yamada@work.example.com") is None
        assert find_by_email(session, "taro@example.jp").id == taro.id


def test_import_leaves_fields_of_absent_columns_alone(registry):
    report = _import(registry, {"account_id": "WT-204518", "name": "Taro Yamada"})
    assert report.updated == 1
    with transaction(registry) as session:
        taro = find_by_account_id(session, "WT-204518")
        assert (taro.name, taro.phone) == ("Taro Yamada", "09012345678")
        assert primary_email(session, taro) == "taro@example.jp"


def test_import_customers_is_a_frozen_report():
    report = ImportReport(inserted=1)
    with pytest.raises(AttributeError):
        report.inserted = 2  # type: ignore[misc]


def test_export_then_import_changes_nothing(registry, tmp_path):
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    with transaction(registry) as session:
        assert export_csv(session, first) == 2
    with transaction(registry) as session:
        before = [c.model_dump() for c in session.exec(select(Customer).order_by(Customer.id))]
        report = import_csv(session, first)
    assert report == ImportReport(inserted=0, updated=0, errors=[])
    with transaction(registry) as session:
        after = [c.model_dump() for c in session.exec(select(Customer).order_by(Customer.id))]
        export_csv(session, second)
    assert after == before
    assert second.read_bytes() == first.read_bytes()
    assert first.read_bytes().startswith(b"\xef\xbb\xbf")


def test_import_with_the_secret_key_refuses_to_recreate_an_erased_customer(registry):
    with transaction(registry) as session:
        erase_customer(
            session, _customer(session, "A-2231"), secret_key=KEY, case_number=None,
            requested_at=None,
        )  # fmt: skip
    with transaction(registry) as session:
        report = import_customers(session, [HANAKO], secret_key=KEY)
    assert report.inserted == 0
    assert [line for line, _ in report.errors] == [2]


# Disclosure and erasure


def _held_case(session: Session, customer: Customer) -> Case:
    """Give Taro a provision record, a case and two messages."""
    at = datetime(2026, 11, 30, 1, 2, 3, tzinfo=UTC)
    session.add(
        ProvisionRecord(
            customer_id=customer.id,
            recipient="株式会社ウィン配送",
            data_items="氏名、住所、電話番号",
            purpose="商品の配送",
            provided_at=at,
        )
    )
    case = Case(
        number="WT-2026-000001",
        channel="email",
        state="closed",
        customer_id=customer.id,
        identity_state="confirmed",
        requester_address="taro@example.jp",
        requester_name="山田 太郎",
        subject="開示請求 山田太郎",
        kinds=["disclosure", "deletion"],
        opened_at=at,
        updated_at=at,
        closed_at=at,
    )
    session.add(case)
    session.flush()
    for number, text in enumerate(["開示してください。携帯 090-1234-5678", "削除もお願いします"]):
        session.add(
            InboundMessage(
                channel="email",
                unique_key=f"message-{number}",
                raw=f"From: 山田 太郎 <taro@example.jp>\n\n{text}".encode(),
                received_at=at,
                envelope={"from": "taro@example.jp", "to": ["support@example.com"]},
                sender_address="taro@example.jp",
                sender_name="山田 太郎",
                chat_user_id=987654321,
                subject="開示請求 山田太郎",
                cues=[{"kind": "disclosure", "text": "山田太郎"}],
                facts={"in_reply_to": "<a@example.com>", "name": "山田 太郎", "dmarc": "pass"},
                new_text=text,
                case_id=case.id,
            )
        )
    session.flush()
    return case


def test_held_data_export_holds_the_record_provisions_cases_and_messages(registry):
    with transaction(registry) as session:
        taro = _customer(session, "WT-204518")
        _held_case(session, taro)
        files = export_held_data(session, taro)
    assert sorted(files) == ["personal-data.csv", "personal-data.json"]
    data = json.loads(files["personal-data.json"].decode("utf-8"))
    assert "山田 太郎" in files["personal-data.json"].decode("utf-8")  # ensure_ascii off
    assert data["customer"]["emails"] == ["taro@example.jp", "taro.yamada@work.example.com"]
    assert data["customer"]["telegram_user_id"] == 987654321
    assert data["customer"]["marketing_opt_out"] is True
    datetime.fromisoformat(data["customer"]["created_at"])
    assert data["provision_to_third_parties"] == [
        {
            "recipient": "株式会社ウィン配送",
            "data_items": "氏名、住所、電話番号",
            "purpose": "商品の配送",
            "provided_at": "2026-11-30T01:02:03+00:00",
        }
    ]
    assert data["cases"][0]["number"] == "WT-2026-000001"
    assert data["cases"][0]["kinds"] == ["disclosure", "deletion"]
    assert [m["text"] for m in data["messages"]] == [
        "開示してください。携帯 090-1234-5678",
        "削除もお願いします",
    ]
    assert data["messages"][0]["received_at"] == "2026-11-30T01:02:03+00:00"

    raw_csv = files["personal-data.csv"]
    assert raw_csv.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw_csv.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["section", "field", "value"]
    assert all(len(row) == 3 for row in rows)
    assert ["customer", "email", "taro.yamada@work.example.com"] in rows
    assert ["provision_to_third_parties 1", "recipient", "株式会社ウィン配送"] in rows
    assert ["messages 2", "text", "削除もお願いします"] in rows
    assert ["cases 1", "kinds", "disclosure; deletion"] in rows


def test_held_data_export_of_a_customer_without_cases_is_empty_lists(registry):
    with transaction(registry) as session:
        data = json.loads(
            export_held_data(session, _customer(session, "A-2231"))["personal-data.json"]
        )
    assert (data["cases"], data["messages"], data["provision_to_third_parties"]) == ([], [], [])


def _dump(session: Session, customer_id: int, case_id: int) -> str:
    """Every column of the customer's rows, cases and messages, as one text."""
    queries = [
        select(Customer).where(Customer.id == customer_id),
        select(CustomerEmail).where(CustomerEmail.customer_id == customer_id),
        select(ProvisionRecord).where(ProvisionRecord.customer_id == customer_id),
        select(Case).where(Case.id == case_id),
        select(InboundMessage).where(InboundMessage.case_id == case_id),
    ]
    parts = []
    for query in queries:
        for row in session.exec(query):
            for value in row.model_dump().values():
                parts.append(value.decode("utf-8") if isinstance(value, bytes) else repr(value))
    return "\n".join(parts)


def test_erasure_leaves_no_personal_value_and_a_tombstone_recognises_the_old_identifiers(
    registry,
):
    requested = datetime(2026, 11, 29, tzinfo=UTC)
    with transaction(registry) as session:
        taro = _customer(session, "WT-204518")
        taro.notes = "電話で本人確認済み"
        case = _held_case(session, taro)
        customer_id, case_id = taro.id, case.id
        assert "taro@example.jp" in _dump(session, customer_id, case_id)
        tombstone = erase_customer(
            session, taro, secret_key=KEY, case_number=case.number, requested_at=requested
        )
    assert (tombstone.case_number, tombstone.outcome) == ("WT-2026-000001", "erased")
    with transaction(registry) as session:
        dump = _dump(session, customer_id, case_id)
        for value in [
            "山田", "太郎", "taro@example.jp", "taro.yamada", "090-1234-5678", "09012345678",
            "千代田", "987654321", "WT-204518", "本人確認",
        ]:  # fmt: skip
            assert value not in dump, value
        assert (
            session.exec(
                select(CustomerEmail).where(CustomerEmail.customer_id == customer_id)
            ).all()
            == []
        )
        messages = session.exec(select(InboundMessage).where(InboundMessage.case_id == case_id))
        for message in messages:
            assert message.raw is None and message.cues == [] and message.body_erased_at
            assert message.facts == {"in_reply_to": "<a@example.com>"}
            assert (message.chat_user_id, message.envelope) == (None, {})
        erased = session.get(Customer, customer_id)
        assert erased.erased_at is not None and erased.account_id is None
        stone = session.exec(select(Tombstone)).one()
        assert stone.requested_at == requested and stone.erased_at == erased.erased_at
        assert not any("taro" in digest for digest in stone.identifier_hashes)

        for identifier in [
            "taro@example.jp", "Taro <TARO@example.jp>", "taro.yamada@work.example.com",
            "WT-204518", "090-1234-5678", "+81 90 1234 5678", 987654321, "987654321",
        ]:  # fmt: skip
            assert was_erased(session, identifier, KEY), identifier
        assert not was_erased(session, "hanako@example.net", KEY)
        assert not was_erased(session, "taro@example.jp", "another key")


def test_erasure_keeps_the_other_customers_untouched(registry):
    with transaction(registry) as session:
        erase_customer(
            session, _customer(session, "WT-204518"), secret_key=KEY, case_number=None,
            requested_at=None,
        )  # fmt: skip
    with transaction(registry) as session:
        hanako = find_by_email(session, "hanako@example.net")
        assert (hanako.name, hanako.phone) == ("佐藤 花子", "0355550199")
        assert session.exec(select(col(CustomerEmail.address))).all() == ["hanako@example.net"]


def test_erasing_twice_is_refused(registry):
    with transaction(registry) as session:
        taro = _customer(session, "WT-204518")
        erase_customer(session, taro, secret_key=KEY, case_number=None, requested_at=None)
        with pytest.raises(ValueError, match="already erased"):
            erase_customer(session, taro, secret_key=KEY, case_number=None, requested_at=None)


def test_erasure_keeps_the_chat_id_of_a_case_so_that_its_answer_can_be_sent(registry):
    with transaction(registry) as session:
        taro = _customer(session, "WT-204518")
        at = datetime(2026, 11, 30, tzinfo=UTC)
        case = Case(channel="chat", customer_id=taro.id, chat_user_id=987654321,
                    chat_id=987654321, opened_at=at, updated_at=at)  # fmt: skip
        session.add(case)
        session.flush()
        erase_customer(session, taro, secret_key=KEY, case_number=None, requested_at=at)
        assert (case.chat_id, case.chat_user_id) == (987654321, 987654321)
        assert was_erased(session, 987654321, KEY)


def test_find_mentioned_stays_fast_on_a_long_hostile_text(registry):
    text = "1 " * 50_000 + "a." * 50_000 + "x" * 50_000 + "-1" * 50_000
    started = time.perf_counter()
    with transaction(registry) as session:
        assert find_mentioned(session, text) == []
    assert time.perf_counter() - started < 5


def test_email_addresses_are_found_in_japanese_and_full_width_text():
    from workflows.registry import mentioned_emails

    assert mentioned_emails("メールアドレスはTaro@Example.jpです") == ["taro@example.jp"]
    full_width = "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ に送ってください"
    assert mentioned_emails(full_width) == ["taro@example.jp"]
