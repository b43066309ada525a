"""`intake classify` and `intake eval`: the command-line contract that outside checks use."""

from __future__ import annotations

import json
from pathlib import Path

from intake.cli import main

REQUEST_MAIL = (
    b"From: Dana <dana@example.com>\nTo: support@win-techno.com\nSubject: my data\n"
    b"Message-ID: <c1@example.com>\n\n"
    b"Please delete all my personal data.\n\n"
    b"On Mon, Jan 5, 2026 at 10:00 AM Support <support@win-techno.com> wrote:\n"
    b"> We can also send you a copy of what we hold.\n"
)
OUT_OF_OFFICE = (
    b"From: Lee <lee@example.com>\nTo: support@win-techno.com\n"
    b"Subject: Automatic reply: your request\nAuto-Submitted: auto-replied\n\n"
    b"I am out of the office until Monday. Please delete nothing.\n"
)


def _files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "mail": tmp_path / "request.eml",
        "ooo": tmp_path / "ooo.eml",
        "chat": tmp_path / "chat.txt",
    }
    files["mail"].write_bytes(REQUEST_MAIL)
    files["ooo"].write_bytes(OUT_OF_OFFICE)
    files["chat"].write_text("私の個人情報を削除してください\n", encoding="utf-8")
    return files


def test_classify_json_has_the_contract_fields(tmp_path, capsys):
    files = _files(tmp_path)
    assert main(["classify", "--json", *map(str, files.values())]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [set(r) for r in records] == [
        {"file", "channel", "language", "kinds", "auto_reply", "bounce", "cues"}
    ] * 3
    mail, ooo, chat = records
    assert (mail["channel"], mail["language"], mail["kinds"]) == ("email", "en", ["deletion"])
    assert all("copy" not in cue["text"] for cue in mail["cues"]), "quoted text is not read"
    assert (ooo["auto_reply"], ooo["kinds"], ooo["cues"]) == (True, [], [])
    assert (chat["channel"], chat["language"], chat["kinds"]) == ("chat", "ja", ["deletion"])
    cue = chat["cues"][0]
    assert cue["status"] == "kept" and cue["kind"] == "deletion"
    assert "私の個人情報を削除してください"[cue["start"] : cue["end"]] == cue["text"]


def test_classify_reports_unreadable_files_and_exits_1(tmp_path, capsys):
    files = _files(tmp_path)
    assert main(["classify", str(files["chat"]), str(tmp_path / "missing.txt")]) == 1
    assert "cannot read the file" in capsys.readouterr().err


def test_eval_exits_1_below_the_floor_and_0_above(tmp_path, capsys):
    files = _files(tmp_path)
    labels = [
        {"file": "request.eml", "channel": "email", "language": "en", "kinds": ["deletion"]},
        {"file": "chat.txt", "channel": "chat", "language": "ja", "kinds": ["deletion"]},
        {"file": "ooo.eml", "channel": "email", "language": "en", "kinds": [], "auto_reply": True},
    ]
    (tmp_path / "labels.jsonl").write_text("\n".join(json.dumps(x) for x in labels) + "\n")
    assert files["mail"].exists()
    assert main(["eval", str(tmp_path), "--min-macro-f1", "0.5"]) == 0
    out = capsys.readouterr().out
    assert "macro-F1" in out and "exact-set match        1.000" in out
    labels[1]["kinds"] = ["disclosure"]
    (tmp_path / "labels.jsonl").write_text("\n".join(json.dumps(x) for x in labels) + "\n")
    assert main(["eval", str(tmp_path), "--min-macro-f1", "0.99"]) == 1
    captured = capsys.readouterr()
    assert "chat.txt: expected ['disclosure'] got ['deletion']" in captured.out
    assert "below the floor" in captured.err


def test_eval_without_labels_says_so(tmp_path, capsys):
    assert main(["eval", str(tmp_path)]) == 2
    assert "no labels.jsonl" in capsys.readouterr().err
