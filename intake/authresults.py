"""Read SPF, DKIM and DMARC verdicts from an `Authentication-Results` header (RFC 8601)."""

from __future__ import annotations

import re

from intake.message import AuthResults

METHOD_RESULT = re.compile(r"(?:^|[;\s])(spf|dkim|dmarc)\s*=\s*([A-Za-z]+)", re.IGNORECASE)
COMMENT = re.compile(r"\([^()]*\)")


def parse_authentication_results(header_value: str | None) -> AuthResults:
    """Verdicts of the first result of each method; empty strings where a method is absent."""
    if not header_value:
        return AuthResults()
    value = COMMENT.sub(" ", " ".join(header_value.split()))[:4000]
    authserv_id = value.split(";", 1)[0].strip().split(" ", 1)[0]
    verdicts: dict[str, str] = {}
    for method, result in METHOD_RESULT.findall(value):
        verdicts.setdefault(method.lower(), result.lower())
    return AuthResults(
        authserv_id=authserv_id if "=" not in authserv_id else "",
        spf=verdicts.get("spf", ""),
        dkim=verdicts.get("dkim", ""),
        dmarc=verdicts.get("dmarc", ""),
    )
