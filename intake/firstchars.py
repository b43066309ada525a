"""The characters a regular expression's match can start with, to skip patterns cheaply.

A classifier pattern whose possible first characters do not occur in a text cannot match
it, so the search is skipped. The set is read from the stdlib's own regex parser; where a
pattern is too complex to tell (an optional first item, a negated class, a wide range), the
answer is None and the pattern always runs.
"""

from __future__ import annotations

import re

try:
    from re import _constants as sre_constants
    from re import _parser as sre_parser
except ImportError:  # a Python without these internals: no gating, same results
    sre_parser = None
    sre_constants = None

MAX_RANGE = 512
MAX_BRANCH_DEPTH = 20


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, or None when unknown."""
    if sre_parser is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError, ValueError):
        return None
    chars = _sequence_first(list(parsed), 0)
    return frozenset(chars) if chars else None


def _sequence_first(items: list, depth: int) -> set[str] | None:
    """First characters of a sequence of parsed items; zero-width items are stepped over."""
    if depth > MAX_BRANCH_DEPTH:
        return None
    zero_width = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
    for opcode, argument in items:
        if opcode in zero_width:
            continue
        return _item_first(opcode, argument, depth)
    return None


def _item_first(opcode, argument, depth: int) -> set[str] | None:
    constants = sre_constants
    if opcode == constants.LITERAL:
        return {chr(argument)}
    if opcode == constants.IN:
        return _class_chars(argument)
    if opcode == constants.BRANCH:
        union: set[str] = set()
        for alternative in argument[1]:
            chars = _sequence_first(list(alternative), depth + 1)
            if chars is None:
                return None
            union |= chars
        return union
    if opcode == constants.SUBPATTERN:
        return _sequence_first(list(argument[-1]), depth + 1)
    if opcode in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
        minimum, _maximum, repeated = argument
        return _sequence_first(list(repeated), depth + 1) if minimum >= 1 else None
    if opcode == constants.ATOMIC_GROUP:
        return _sequence_first(list(argument), depth + 1)
    return None


def _class_chars(members: list) -> set[str] | None:
    chars: set[str] = set()
    for opcode, argument in members:
        if opcode == sre_constants.LITERAL:
            chars.add(chr(argument))
        elif opcode == sre_constants.RANGE:
            low, high = argument
            if high - low > MAX_RANGE:
                return None
            chars.update(chr(code) for code in range(low, high + 1))
        else:  # NEGATE, CATEGORY (\w, \d): anything may start a match
            return None
    return chars
