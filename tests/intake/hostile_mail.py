"""Hostile and broken mails built in code: shared by the tests and `bench/parse.py`."""

from __future__ import annotations

import base64

SIMPLE_HEADERS = (
    b"From: Taro <taro@example.jp>\nTo: support@win-techno.com\nSubject: test\n"
    b"Message-ID: <hostile@example.jp>\nDate: Thu, 8 Jan 2026 10:24:13 +0900\n"
)


def _mail(extra_headers: bytes, body: bytes) -> bytes:
    return SIMPLE_HEADERS + extra_headers + b"\n" + body


def nested_multipart(depth: int) -> bytes:
    opening = b"".join(
        b'--b%d\nContent-Type: multipart/mixed; boundary="b%d"\n\n' % (level, level + 1)
        for level in range(depth)
    )
    return _mail(
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n',
        opening + b"--b%d\nContent-Type: text/plain\n\ndeep text\n" % depth,
    )


def nested_rfc822(depth: int) -> bytes:
    inner = b"Subject: innermost\n\nplease delete my data\n"
    for _ in range(depth):
        inner = b"Subject: wrapper\nContent-Type: message/rfc822\n\n" + inner
    return _mail(b"MIME-Version: 1.0\nContent-Type: message/rfc822\n", inner.split(b"\n\n", 1)[1])


def many_parts(count: int) -> bytes:
    parts = b"".join(b"--p\nContent-Type: text/plain\n\npart %d\n" % n for n in range(count))
    return _mail(b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="p"\n', parts)


def huge_text(size: int) -> bytes:
    line = b"This is a very long customer message line that goes on and on.\n"
    return _mail(b"Content-Type: text/plain; charset=us-ascii\n", line * (size // len(line)))


def huge_single_line(size: int) -> bytes:
    return _mail(b"Content-Type: text/plain; charset=us-ascii\n", b"x" * size)


def huge_base64_attachment(size: int) -> bytes:
    payload = base64.encodebytes(b"\x89PNG" + b"\x00" * size)
    return _mail(
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="a"\n',
        b"--a\nContent-Type: text/plain\n\nsee attached\n--a\nContent-Type: image/png\n"
        b'Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="x.png"\n\n'
        + payload
        + b"--a--\n",
    )


def huge_html(size: int) -> bytes:
    chunk = b"<div><span onclick='x()'>text <b>bold</b></span><script>evil()</script></div>\n"
    return _mail(
        b"Content-Type: text/html; charset=utf-8\n",
        b"<html><body>" + chunk * (size // len(chunk)) + b"</body></html>",
    )


def deep_html(depth: int) -> bytes:
    return _mail(
        b"Content-Type: text/html; charset=utf-8\n",
        b"<div>" * depth + b"deep" + b"</div>" * depth,
    )


def huge_header(size: int) -> bytes:
    return (
        b"Subject: " + b"=?utf-8?B?5YmK6Zmk?= " * (size // 21) + b"\n" + SIMPLE_HEADERS + b"\nx\n"
    )


def many_headers(count: int) -> bytes:
    return SIMPLE_HEADERS + b"X-Junk: value\n" * count + b"\nbody\n"


LARGE_HOSTILE_MAILS = {
    "20 MB text body": lambda: huge_text(20 * 1024 * 1024),
    "25 MB single line": lambda: huge_single_line(25 * 1024 * 1024),
    "18 MB base64 attachment": lambda: huge_base64_attachment(18 * 1024 * 1024),
    "20 MB HTML body": lambda: huge_html(20 * 1024 * 1024),
    "100k nested divs": lambda: deep_html(100_000),
    "5 MB subject of encoded words": lambda: huge_header(5 * 1024 * 1024),
    "200k headers": lambda: many_headers(200_000),
    "10k parts": lambda: many_parts(10_000),
    "2000-deep multipart": lambda: nested_multipart(2_000),
    "2000-deep message/rfc822": lambda: nested_rfc822(2_000),
}
