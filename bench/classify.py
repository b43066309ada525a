"""Measure what classification adds to parsing, over the corpus emails and chats.

Usage: python bench/classify.py [CORPUS_DIR] [--seconds S]
Prints messages per second for parse alone and for parse + classify in the same run, and
the time classification adds per message (target: under 1 ms on average on one core).
"""

from __future__ import annotations

import sys
from pathlib import Path

from timing import corpus_arguments, seconds_per_item

from intake.classifier import classify
from intake.mail import parse

PROJECT_DIR = Path(__file__).resolve().parent.parent
ADDED_MS_TARGET = 1.0


def parse_only(raw: bytes) -> None:
    parse(raw)


def parse_and_classify(raw: bytes) -> None:
    parsed = parse(raw)
    classify(
        parsed.new_text, language=parsed.language, automatic=parsed.auto_reply or parsed.bounce
    )


def main() -> int:
    args = corpus_arguments(__doc__.splitlines()[0])
    mails = [path.read_bytes() for path in sorted((args.corpus / "email").glob("*.eml"))]
    chats = [path.read_text("utf-8") for path in sorted((args.corpus / "chat").glob("*.txt"))]
    if not mails:
        print(f"no .eml files under {args.corpus / 'email'}", file=sys.stderr)
        return 1
    for raw in mails:  # warm-up: imports, lexicons, caches
        parse_and_classify(raw)

    parse_seconds = seconds_per_item(parse_only, mails, args.seconds)
    both_seconds = seconds_per_item(parse_and_classify, mails, args.seconds)
    chat_seconds = seconds_per_item(lambda text: classify(text), chats, args.seconds)
    added_ms = (both_seconds - parse_seconds) * 1000
    print(f"corpus: {len(mails)} emails, {len(chats)} chats")
    print(f"parse alone:        {1 / parse_seconds:8.0f} messages/s")
    print(f"parse + classify:   {1 / both_seconds:8.0f} messages/s")
    print(
        f"classify (chats):   {1 / chat_seconds:8.0f} messages/s, {chat_seconds * 1e3:.3f} ms each"
    )
    verdict = "ok" if added_ms < ADDED_MS_TARGET else "OVER TARGET"
    print(
        f"classification adds {added_ms:.3f} ms per email"
        f" (target < {ADDED_MS_TARGET} ms): {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
