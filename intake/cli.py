"""The `intake` command line: one entry point, one subcommand per job."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from intake.cli_deadlines import add_deadline_commands
from intake.cli_serve import add_serve_commands
from intake.cli_workflow import add_workflow_commands
from intake.evaluate import evaluate, report
from intake.mail import MailParseError, parse
from intake.message import ParsedMessage
from intake.understand import understand_file

NEW_TEXT_PREVIEW_LINES = 12
T = TypeVar("T")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the subcommand named in `argv` and return its exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    return args.run(args)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake",
        description="Privacy-request intake: receive, understand and answer"
        " personal-information requests.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    parse_command = commands.add_parser(
        "parse", help="parse .eml files and show what the intake understands of them"
    )
    parse_command.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parse_command.add_argument("--json", action="store_true", help="one JSON object per line")
    parse_command.set_defaults(run=_run_parse)

    classify_command = commands.add_parser(
        "classify", help="classify .eml files (mail) and other files (one chat message each)"
    )
    classify_command.add_argument("files", nargs="+", type=Path, metavar="FILE")
    classify_command.add_argument("--json", action="store_true", help="one JSON object per line")
    classify_command.set_defaults(run=_run_classify)

    eval_command = commands.add_parser(
        "eval", help="score the classifier on a labelled folder (DIR/labels.jsonl)"
    )
    eval_command.add_argument("folder", type=Path, metavar="DIR")
    eval_command.add_argument(
        "--min-macro-f1", type=float, default=0.0, help="exit 1 when macro-F1 is below this"
    )
    eval_command.set_defaults(run=_run_eval)

    add_serve_commands(commands)
    add_workflow_commands(commands)
    add_deadline_commands(commands)
    return parser


def _each_file(
    paths: list[Path], read: Callable[[Path], T], failures: list[Path]
) -> Iterator[tuple[Path, T]]:
    """Each path with what `read` makes of it; unreadable files and non-mail are reported
    on stderr and collected in `failures`."""
    for path in paths:
        try:
            yield path, read(path)
        except OSError as error:
            failures.append(path)
            print(f"{path}: cannot read the file: {error.strerror or error}", file=sys.stderr)
        except MailParseError as error:
            failures.append(path)
            print(f"{path}: not a mail message: {error}", file=sys.stderr)


def _run_parse(args: argparse.Namespace) -> int:
    failures: list[Path] = []
    for path, parsed in _each_file(args.files, lambda p: parse(p.read_bytes()), failures):
        if args.json:
            record = {"file": str(path), **parsed.to_json()}
            print(json.dumps(record, ensure_ascii=False, default=str))
        else:
            print(_summary(path, parsed))
    return 1 if failures else 0


def _run_classify(args: argparse.Namespace) -> int:
    failures: list[Path] = []
    for path, understanding in _each_file(args.files, understand_file, failures):
        if args.json:
            print(json.dumps({"file": str(path), **understanding.to_json()}, ensure_ascii=False))
            continue
        kinds = ", ".join(understanding.classification.kinds) or "(none: automatic mail)"
        print(f"{path}: {kinds} [{understanding.channel}, {understanding.language}]")
        for cue in understanding.classification.cues:
            because = f" (by {cue.by}: {cue.by_text!r})" if cue.by else ""
            print(f"    {cue.status:15s} {cue.kind:11s} {cue.text!r} <- {cue.rule}{because}")
    return 1 if failures else 0


def _run_eval(args: argparse.Namespace) -> int:
    if not (args.folder / "labels.jsonl").is_file():
        print(f"{args.folder}: no labels.jsonl in this folder", file=sys.stderr)
        return 2
    try:
        result = evaluate(args.folder)
    except ValueError as error:
        print(f"cannot evaluate: {error}", file=sys.stderr)
        return 2
    print(report(result))
    if result.macro_f1 < args.min_macro_f1:
        print(
            f"\nFAIL: macro-F1 {result.macro_f1:.3f} is below the floor {args.min_macro_f1:.3f}",
            file=sys.stderr,
        )
        return 1
    return 0


def _summary(path: Path, parsed: ParsedMessage) -> str:
    """A few lines a person can read: who, what, which facts, and the customer's own text."""
    facts = [f"language {parsed.language}"]
    facts += [name for name in ("auto_reply", "bounce", "bulk") if getattr(parsed.automatic, name)]
    lines = [
        f"== {path}",
        f"  From:     {parsed.from_ or '(none)'}",
        f"  Subject:  {parsed.subject or '(none)'}",
        f"  Date:     {parsed.date.isoformat() if parsed.date else '(none)'}",
        f"  Facts:    {', '.join(facts)}",
    ]
    if parsed.automatic.reasons:
        lines.append(f"  Because:  {'; '.join(parsed.automatic.reasons)}")
    if parsed.bounce_info:
        info = parsed.bounce_info
        lines.append(
            f"  Bounce:   {', '.join(info.failed_recipients) or '?'} status {info.status or '?'}"
            f" original {info.original_message_id or '?'}"
        )
    for attachment in parsed.attachments:
        lines.append(
            f"  Attached: {attachment.filename or '(no name)'}"
            f" ({attachment.content_type}, {attachment.size} bytes)"
        )
    for defect in parsed.defects:
        lines.append(f"  Defect:   {defect.where}: {defect.problem} -> {defect.repair}")
    new_text_lines = parsed.new_text.splitlines()
    lines.append("  New text:")
    lines += [f"    {line}" for line in new_text_lines[:NEW_TEXT_PREVIEW_LINES]]
    if len(new_text_lines) > NEW_TEXT_PREVIEW_LINES:
        lines.append(f"    ... ({len(new_text_lines) - NEW_TEXT_PREVIEW_LINES} more lines)")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
