"""Measure `intake.mail.parse` against the stdlib's plain parse, and time hostile inputs.

Usage: python bench/parse.py [CORPUS_DIR] [--seconds S]
Prints messages per second for both parsers over the corpus emails in the same run, their
ratio (target: parse within 4x of the stdlib), and the parse time of each large hostile
mail (target: none over 2 seconds).
"""

from __future__ import annotations

import email
import email.policy
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR / "tests" / "intake"))

from hostile_mail import LARGE_HOSTILE_MAILS  # noqa: E402
from timing import corpus_arguments, seconds_per_item  # noqa: E402

from intake.mail import MailParseError, parse  # noqa: E402

RATIO_TARGET = 4.0
HOSTILE_SECONDS_TARGET = 2.0


def stdlib_parse(raw: bytes) -> email.message.Message:
    return email.message_from_bytes(raw, policy=email.policy.default)


def main() -> int:
    args = corpus_arguments(__doc__.splitlines()[0])
    mails = [path.read_bytes() for path in sorted((args.corpus / "email").glob("*.eml"))]
    if not mails:
        print(f"no .eml files under {args.corpus / 'email'}", file=sys.stderr)
        return 1
    for raw in mails:  # warm-up: imports, lazy profiles, caches
        parse(raw)
    stdlib_rate = 1 / seconds_per_item(stdlib_parse, mails, args.seconds)
    intake_rate = 1 / seconds_per_item(parse, mails, args.seconds)
    ratio = stdlib_rate / intake_rate
    print(f"corpus: {len(mails)} emails, {sum(map(len, mails)) / len(mails):.0f} bytes average")
    print(f"stdlib email.message_from_bytes(policy=default): {stdlib_rate:9.0f} messages/s")
    print(f"intake.mail.parse:                               {intake_rate:9.0f} messages/s")
    verdict = "ok" if ratio <= RATIO_TARGET else "OVER TARGET"
    print(f"ratio: parse takes {ratio:.2f}x the stdlib time (target <= {RATIO_TARGET}x): {verdict}")

    slowest = 0.0
    print("\nhostile inputs (target: each under 2 s):")
    for name, build in LARGE_HOSTILE_MAILS.items():
        raw = build()
        started = time.perf_counter()
        try:
            parse(raw)
            outcome = "parsed"
        except MailParseError as error:
            outcome = f"MailParseError: {error}"
        elapsed = time.perf_counter() - started
        slowest = max(slowest, elapsed)
        print(f"  {name:32s} {len(raw) / 1e6:6.1f} MB  {elapsed:6.3f} s  {outcome}")
    verdict = "ok" if slowest <= HOSTILE_SECONDS_TARGET else "OVER TARGET"
    print(f"slowest hostile input: {slowest:.3f} s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
