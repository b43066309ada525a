"""`intake parse`: a summary or JSON per file, exit 1 and a clear message for non-mail."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from intake.cli import main

JAPANESE_MAIL = (
    b"From: =?ISO-2022-JP?B?GyRCOjRGIxsoQg==?= <sato@example.jp>\n"
    b"To: support@win-techno.com\n"
    b"Subject: =?ISO-2022-JP?B?GyRCOEQ/TT5wSnMkTjpvPXwbKEI=?=\n"
    b"Message-ID: <cli-test@example.jp>\n"
    b"Date: Thu, 8 Jan 2026 10:24:13 +0900\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/plain; charset=ISO-2022-JP\n\n"
    b"\x1b$B8D?M>pJs$r:o=|$7$F$/$@$5$$!#\x1b(B\n"
)


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_parse_json_prints_one_object_per_file(tmp_path, capsys):
    mail = _write(tmp_path, "a.eml", JAPANESE_MAIL)
    assert main(["parse", "--json", str(mail), str(mail)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    assert record["file"] == str(mail)
    assert record["from"] == {"name": "佐藤", "address": "sato@example.jp"}
    assert record["subject"] == "個人情報の削除"
    assert record["new_text"] == "個人情報を削除してください。"
    assert record["language"] == "ja"
    assert record["auto_reply"] is False and record["bounce"] is False
    assert record["date"].startswith("2026-01-08T10:24:13+09:00")


def test_parse_summary_shows_sender_subject_and_new_text(tmp_path, capsys):
    mail = _write(tmp_path, "a.eml", JAPANESE_MAIL)
    assert main(["parse", str(mail)]) == 0
    out = capsys.readouterr().out
    assert "佐藤 <sato@example.jp>" in out
    assert "個人情報を削除してください。" in out


def test_parse_exits_1_and_names_the_file_that_is_not_mail(tmp_path, capsys):
    good = _write(tmp_path, "good.eml", JAPANESE_MAIL)
    bad = _write(tmp_path, "picture.eml", b"\x89PNG\r\n\x1a\n\x00\x00")
    missing = tmp_path / "missing.eml"
    assert main(["parse", "--json", str(good), str(bad), str(missing)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert f"{bad}: not a mail message" in captured.err
    assert f"{missing}: cannot read the file" in captured.err


def test_intake_console_script_runs(tmp_path):
    mail = _write(tmp_path, "a.eml", JAPANESE_MAIL)
    intake = Path(sys.executable).parent / "intake"
    command = [str(intake)] if intake.exists() else [sys.executable, "-m", "intake.cli"]
    result = subprocess.run(
        [*command, "parse", "--json", str(mail)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "ja"
