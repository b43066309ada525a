"""The workflow commands of `intake`: ingest, customers, requests and staff, run in-process."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake import cli_workflow
from intake.cli import main

PASSWORD = "correct horse battery"
CASE_NUMBER = r"PR-\d{4}-\d{6}"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """A fresh data folder (SQLite under it) and no other configuration."""
    for name in ("INTAKE_CONFIG", "INTAKE_DATABASE_URL", "INTAKE_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("INTAKE_HOME", str(home))
    return home


def _mail(path: Path, sender: str, body: str, *, subject: str = "Request", **headers: str) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "support@win-techno.com"
    message["Subject"] = subject
    message["Message-ID"] = f"<{path.stem}@example.com>"
    message["Date"] = "Tue, 01 Dec 2026 09:00:00 +0900"
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    path.write_bytes(message.as_bytes())
    return path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _report(out: str) -> dict[str, str]:
    """`FILE: outcome` lines by file name."""
    lines = [line.split(": ", 1) for line in out.splitlines()]
    return {Path(path).name: outcome for path, outcome in lines}


def _listed(capsys, *options: str) -> list[dict]:
    status, out, _ = _run(capsys, "requests", "list", "--json", *options)
    assert status == 0
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def ingested(tmp_path, capsys) -> dict[str, str]:
    """Two requests by mail, an auto-reply and one chat message, ingested; outcome by file."""
    files = [
        _mail(
            tmp_path / "disclosure.eml",
            "Taro Yamada <taro@example.com>",
            "Please tell me what personal data you hold about me.",
        ),
        _mail(
            tmp_path / "question.eml",
            "hanako@example.com",
            "What is your privacy policy regarding cookies?",
        ),
        _mail(
            tmp_path / "away.eml",
            "bob@example.com",
            "I am out of the office until Monday.",
            subject="Out of office",
            Auto_Submitted="auto-replied",
        ),
    ]
    chat = tmp_path / "chat.txt"
    chat.write_text("Please delete my account and all my data.\n", "utf-8")
    status, out, err = _run(capsys, "ingest", *map(str, files), str(chat), "--chat-user", "4242")
    assert status == 0, err
    report = _report(out)
    assert list(report) == ["disclosure.eml", "question.eml", "away.eml", "chat.txt"]
    return report


def _number(outcome: str) -> str:
    match = re.search(CASE_NUMBER, outcome)
    assert match, outcome
    return match.group(0)


# ingest


def test_ingest_reports_what_happened_to_each_file(ingested):
    assert re.fullmatch(
        rf"new case {CASE_NUMBER} \(awaiting_identity\)", ingested["disclosure.eml"]
    )
    assert re.fullmatch(rf"new case {CASE_NUMBER} \(draft_ready\)", ingested["question.eml"])
    assert ingested["away.eml"].startswith("automatic: no case")
    assert re.fullmatch(rf"new case {CASE_NUMBER} \(awaiting_identity\)", ingested["chat.txt"])
    numbers = {_number(ingested[name]) for name in ("disclosure.eml", "question.eml", "chat.txt")}
    assert len(numbers) == 3


def test_ingesting_the_same_files_again_changes_nothing(ingested, tmp_path, capsys):
    before = _listed(capsys)
    files = [str(tmp_path / name) for name in ingested]
    status, out, _ = _run(capsys, "ingest", *files, "--chat-user", "4242")
    assert status == 0
    assert set(_report(out).values()) == {"duplicate: already ingested"}
    assert _listed(capsys) == before


def test_a_reply_joins_its_case(ingested, tmp_path, capsys):
    number = _number(ingested["disclosure.eml"])
    reply = _mail(
        tmp_path / "reply.eml",
        "taro@example.com",
        "Any news on this?",
        subject=f"Re: [{number}] Request",
    )
    status, out, _ = _run(capsys, "ingest", str(reply))
    assert status == 0
    assert _report(out)["reply.eml"] == f"joined case {number} (awaiting_identity)"


def test_a_chat_file_needs_the_chat_user(tmp_path, home, capsys):
    mail = _mail(tmp_path / "a.eml", "taro@example.com", "Please delete my data.")
    chat = tmp_path / "note.txt"
    chat.write_text("Please delete my data.", "utf-8")
    status, out, err = _run(capsys, "ingest", str(mail), str(chat))
    assert status == 2
    assert out == ""
    assert "note.txt" in err and "--chat-user" in err
    assert not (home / "intake.db").exists()


def test_a_failed_file_is_reported_and_the_others_still_ingested(tmp_path, capsys):
    good = _mail(tmp_path / "good.eml", "taro@example.com", "Please delete my data.")
    missing = tmp_path / "missing.eml"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    argv = ["ingest", str(missing), str(binary), str(good), "--chat-user", "7"]
    status, out, _ = _run(capsys, *argv)
    assert status == 1
    report = _report(out)
    assert report["missing.eml"].startswith("failed: cannot read the file")
    assert report["binary.txt"] == "failed: a chat message file must be UTF-8 text"
    assert report["good.eml"].startswith("new case ")


def test_long_runs_show_a_running_count(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli_workflow, "PROGRESS_ABOVE", 2)
    monkeypatch.setattr(cli_workflow, "PROGRESS_EVERY", 2)
    files = [
        str(_mail(tmp_path / f"m{n}.eml", f"user{n}@example.com", "Please delete my data."))
        for n in range(3)
    ]
    status, out, err = _run(capsys, "ingest", *files)
    assert status == 0
    assert len(out.splitlines()) == 3
    assert err.splitlines() == ["ingested 2/3 files (0 failed)", "ingested 3/3 files (0 failed)"]


def test_few_files_show_no_count(tmp_path, capsys):
    mail = _mail(tmp_path / "m.eml", "user@example.com", "Please delete my data.")
    status, _, err = _run(capsys, "ingest", str(mail))
    assert (status, err) == (0, "")


# requests


def test_requests_list_shows_every_case(ingested, capsys):
    rows = _listed(capsys)
    assert [row["due"] for row in rows] == sorted(row["due"] for row in rows)  # soonest first
    by_number = {row["number"]: row for row in rows}
    disclosure = by_number[_number(ingested["disclosure.eml"])]
    assert disclosure == {
        "number": disclosure["number"],
        "channel": "email",
        "customer": "taro@example.com",
        "kinds": ["disclosure"],
        "state": "awaiting_identity",
        "due": disclosure["due"],
        "opened": disclosure["opened"],
    }
    assert disclosure["due"] > disclosure["opened"]  # set when the case opened
    chat = by_number[_number(ingested["chat.txt"])]
    assert (chat["channel"], chat["customer"], chat["kinds"]) == ("chat", "chat:4242", ["deletion"])

    status, out, _ = _run(capsys, "requests", "list")
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert any(
        line.startswith(f"{disclosure['number']}  email  taro@example.com  disclosure  ")
        and f"awaiting_identity  due {disclosure['due']}  opened " in line
        for line in lines
    )


def test_requests_list_filters_by_state(ingested, capsys):
    waiting = _listed(capsys, "--state", "awaiting_identity")
    assert {row["number"] for row in waiting} == {
        _number(ingested["disclosure.eml"]),
        _number(ingested["chat.txt"]),
    }
    assert len(_listed(capsys, "--state", "open")) == 3
    assert _listed(capsys, "--state", "closed") == []
    status, out, err = _run(capsys, "requests", "list", "--state", "pending")
    assert (status, out) == (2, "")
    assert "unknown state 'pending'" in err and "awaiting_identity" in err


def test_requests_list_sorts_by_due_time_then_number(ingested, capsys):
    from sqlmodel import Session, select

    from intake.settings import load_settings
    from workflows.models import Case
    from workflows.workspace import open_workspace

    ws = open_workspace(load_settings())
    with Session(ws.engine) as session:
        cases = session.exec(select(Case).order_by(Case.id)).all()
        first, second, third = (case.number for case in cases)
        cases[2].due_answer_at = cases[0].opened_at
        session.add(cases[2])
        session.commit()
    ws.engine.dispose()
    assert [row["number"] for row in _listed(capsys)] == [third, first, second]


def test_requests_show_prints_the_whole_case(ingested, capsys):
    number = _number(ingested["disclosure.eml"])
    status, out, _ = _run(capsys, "requests", "show", number.lower())
    assert status == 0
    assert out.startswith(f"== {number}  awaiting_identity\n")
    for expected in (
        "  Requester: Taro Yamada <taro@example.com>",
        "  Identity:  pending",
        "    code to t***@example.com: pending",
        "  disclosure  pending",
        "email  Taro Yamada <taro@example.com>  'Request'",
        "      Please tell me what personal data you hold about me.",
        "acknowledgement -> taro@example.com (email): pending",
        "identity_request -> taro@example.com (email): pending",
        '  system  opened  kinds=["disclosure"]',
        '  system  ask_identity  from="new" to="awaiting_identity"',
    ):
        assert expected in out, expected


def test_requests_show_json(ingested, capsys):
    number = _number(ingested["question.eml"])
    status, out, _ = _run(capsys, "requests", "show", number, "--json")
    assert status == 0
    record = json.loads(out)
    assert record["number"] == number
    assert (record["kinds"], record["identity"]["state"]) == (["inquiry"], "not_needed")
    assert [(item["kind"], item["outcome"]) for item in record["items"]] == [("inquiry", "pending")]
    [message] = record["messages"]
    assert message["sender"] == "hanako@example.com"
    assert message["text"] == ["What is your privacy policy regarding cookies?"]
    assert record["state"] == "draft_ready"
    assert record["draft"]["subject"] and record["draft"]["body"]
    assert record["draft"]["template"] == "answer"
    assert record["events"][0]["action"] == "opened"
    assert all(entry["recipient"] == "hanako@example.com" for entry in record["outbox"])


def test_requests_show_an_unknown_number(ingested, capsys):
    status, out, err = _run(capsys, "requests", "show", "PR-1999-000001")
    assert (status, out) == (1, "")
    assert "no case numbered 'PR-1999-000001'" in err


def test_the_console_script_lists_requests(ingested, home):
    script = Path(sys.executable).parent / "intake"
    environment = {**os.environ, "INTAKE_HOME": str(home)}
    for name in ("INTAKE_CONFIG", "INTAKE_DATABASE_URL", "INTAKE_SECRET_KEY"):
        environment.pop(name, None)
    result = subprocess.run(
        [str(script), "requests", "list", "--json"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3


# customers


CUSTOMERS_CSV = (
    "account_id,name,emails,phone\n"
    "WT-1001,Taro Yamada,taro@example.com,090-1234-5678\n"
    "WT-1002,Hanako Sato,hanako@example.com,123\n"
    "WT-1003,Jiro Suzuki,jiro@example.com;jiro.s@example.com,\n"
)


def test_customers_import_reports_bad_rows_and_export_reads_back(tmp_path, capsys):
    source = tmp_path / "customers.csv"
    source.write_text(CUSTOMERS_CSV, "utf-8")
    status, out, err = _run(capsys, "customers", "import", str(source))
    assert status == 1
    assert out == f"{source}: 2 inserted, 0 updated, 1 refused\n"
    [refused] = err.splitlines()
    assert refused.startswith(f"{source}:3: phone '123' ")

    exported = tmp_path / "out.csv"
    status, out, _ = _run(capsys, "customers", "export", str(exported))
    assert (status, out) == (0, f"{exported}: 2 customers exported\n")
    rows = list(csv.DictReader(io.StringIO(exported.read_text("utf-8-sig"))))
    assert [(row["account_id"], row["emails"], row["phone"]) for row in rows] == [
        ("WT-1001", "taro@example.com", "09012345678"),
        ("WT-1003", "jiro@example.com;jiro.s@example.com", ""),
    ]

    status, out, err = _run(capsys, "customers", "import", str(exported))
    assert (status, out, err) == (0, f"{exported}: 0 inserted, 0 updated, 0 refused\n", "")


def test_a_registry_customer_is_listed_by_account_id(tmp_path, capsys):
    source = tmp_path / "customers.csv"
    source.write_text(CUSTOMERS_CSV, "utf-8")
    _run(capsys, "customers", "import", str(source))
    mail = _mail(tmp_path / "m.eml", "taro@example.com", "Please delete my data.")
    assert _run(capsys, "ingest", str(mail))[0] == 0
    [row] = _listed(capsys)
    assert row["customer"] == "WT-1001"


def test_customers_import_of_a_missing_file(tmp_path, capsys):
    status, _, err = _run(capsys, "customers", "import", str(tmp_path / "none.csv"))
    assert status == 1
    assert "cannot read the file" in err


# staff


def _staff_add(capsys, monkeypatch, password: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    return _run(capsys, "staff", "add", *argv, "--password-stdin")


def test_staff_add_and_list(capsys, monkeypatch):
    status, out, _ = _staff_add(
        capsys,
        monkeypatch,
        PASSWORD,
        "alice",
        "--role",
        "approver",
        "--name",
        "Alice Abe",
        "--email",
        "alice@example.com",
    )
    assert (status, out) == (0, "staff account alice added (approver)\n")
    assert _staff_add(capsys, monkeypatch, PASSWORD, "bob", "--role", "agent")[0] == 0
    status, out, _ = _run(capsys, "staff", "list")
    assert status == 0
    assert out.splitlines() == [
        "alice  approver  active  Alice Abe <alice@example.com>",
        "bob  agent  active",
    ]
    status, out, _ = _run(capsys, "staff", "list", "--json")
    assert [json.loads(line)["username"] for line in out.splitlines()] == ["alice", "bob"]

    from sqlmodel import Session

    from intake.settings import load_settings
    from workflows.staff import verify_login
    from workflows.workspace import open_workspace

    ws = open_workspace(load_settings())
    with Session(ws.engine) as session:
        assert verify_login(session, "alice", PASSWORD, ws.now()) is not None
    ws.engine.dispose()


def test_staff_add_refuses_an_existing_username(capsys, monkeypatch):
    assert _staff_add(capsys, monkeypatch, PASSWORD, "alice", "--role", "agent")[0] == 0
    status, out, err = _staff_add(capsys, monkeypatch, PASSWORD, "alice", "--role", "approver")
    assert (status, out) == (1, "")
    assert "already exists" in err


def test_staff_add_refuses_a_short_password(home, capsys, monkeypatch):
    status, out, err = _staff_add(capsys, monkeypatch, "short pass", "alice", "--role", "agent")
    assert (status, out) == (1, "")
    assert "at least 12 characters" in err
    assert _run(capsys, "staff", "list")[1] == ""


def test_staff_add_refuses_a_bad_role_or_username(capsys, monkeypatch):
    status, _, err = _staff_add(capsys, monkeypatch, PASSWORD, "alice", "--role", "admin")
    assert status == 2 and "not one of agent, approver" in err
    status, _, err = _staff_add(capsys, monkeypatch, PASSWORD, "al ice", "--role", "agent")
    assert status == 1 and "2 to 64" in err


def test_staff_add_asks_for_the_password_twice(capsys, monkeypatch):
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr(cli_workflow.getpass, "getpass", lambda prompt: next(answers))
    status, _, err = _run(capsys, "staff", "add", "alice", "--role", "agent")
    assert status == 1 and "the two passwords differ" in err
    answers = iter([PASSWORD, PASSWORD])
    assert _run(capsys, "staff", "add", "alice", "--role", "agent")[0] == 0


# settings and database problems


def test_a_bad_setting_is_named_and_exits_2(capsys, monkeypatch):
    monkeypatch.setenv("INTAKE_IDENTITY_CODE_HOURS", "soon")
    status, out, err = _run(capsys, "requests", "list")
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "identity_code_hours" in err


def test_an_unreachable_database_exits_2(capsys, monkeypatch):
    monkeypatch.setenv("INTAKE_DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:1/none")
    status, out, err = _run(capsys, "staff", "list")
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "database" in err and "secret" not in err


def test_serve_stops_with_the_database_named_when_it_cannot_be_opened(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("INTAKE_HOME", str(tmp_path))
    monkeypatch.setenv("INTAKE_DATABASE_URL", "postgresql://someone:secret@127.0.0.1:9/none")
    assert main(["serve"]) == 2
    error = capsys.readouterr().err
    assert "127.0.0.1:9" in error and "secret" not in error
