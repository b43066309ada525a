"""`intake deadlines [--json] [--at TIME]`, run in-process on a fresh data folder."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake.cli import main
from intake.cli_deadlines import parse_time


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    for name in ("INTAKE_CONFIG", "INTAKE_DATABASE_URL", "INTAKE_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("INTAKE_HOME", str(home))
    return home


def _mail(path: Path, sender: str, body: str) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "support@win-techno.com"
    message["Subject"] = "Request"
    message["Message-ID"] = f"<{path.stem}@example.com>"
    message.set_content(body)
    path.write_bytes(message.as_bytes())
    return path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def ingested(tmp_path, capsys) -> None:
    files = [
        _mail(tmp_path / "rights.eml", "taro@example.com", "Please delete my personal data."),
        _mail(tmp_path / "question.eml", "ken@example.com", "How long do you keep access logs?"),
    ]
    status, _, _ = _run(capsys, "ingest", *map(str, files))
    assert status == 0


def _items(capsys, *options: str) -> list[dict]:
    status, out, _ = _run(capsys, "deadlines", "--json", *options)
    assert status == 0
    return [json.loads(line) for line in out.splitlines()]


def test_deadlines_lists_each_due_point_upcoming_now_and_overdue_later(ingested, capsys):
    now = _items(capsys)
    assert [(item["point"], item["overdue"]) for item in now] == [
        ("answer", False),
        ("backstop", False),
        ("identity", False),
        ("answer", False),
    ]
    rights, question = now[0]["case"], now[-1]["case"]
    assert {item["case"] for item in now[:3]} == {rights} and rights != question
    month_later = (datetime.now(UTC) + timedelta(days=31)).isoformat()
    assert all(item["overdue"] for item in _items(capsys, "--at", month_later))
    status, out, _ = _run(capsys, "deadlines", "--at", month_later)
    lines = out.splitlines()
    assert status == 0 and len(lines) == 4
    assert (
        lines[0].startswith(f"{rights}  answer    ")
        and "  OVERDUE   awaiting_identity" in (lines[0])
    )


def test_a_time_without_an_offset_is_local_and_a_bad_one_is_refused(ingested, capsys):
    from zoneinfo import ZoneInfo

    tokyo = ZoneInfo("Asia/Tokyo")
    assert parse_time("2026-12-10", tokyo) == datetime(2026, 12, 9, 15, 0, tzinfo=UTC)
    assert parse_time("2026-12-10T09:30+00:00", tokyo) == datetime(2026, 12, 10, 9, 30, tzinfo=UTC)
    status, out, err = _run(capsys, "deadlines", "--at", "next tuesday")
    assert (status, out) == (2, "")
    assert "not an ISO 8601 date or time" in err
