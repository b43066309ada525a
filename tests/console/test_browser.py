"""The console in a real browser: headless Chromium (Debian's `chromium`) driven by Playwright.

The console runs under uvicorn in a background thread on 127.0.0.1 over a SQLite workspace.
The module skips where `chromium` or the `playwright` package is missing, unless
INTAKE_REQUIRE_CHROMIUM=1. Screenshots go to INTAKE_TEST_ARTIFACTS, or else the test's tmp_path.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from console_helpers import PASSWORD, case_by_number, open_case
from workflow_helpers import add_customer, make_workspace, outbox

from workflows.approval import confirm_identity_by_hand
from workflows.db import open_database
from workflows.models import Case
from workflows.pipeline import ingest
from workflows.staff import add_staff
from workflows.workspace import Workspace

CHROMIUM = shutil.which("chromium")
try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

_missing = [
    what
    for what, absent in (
        ("the `chromium` browser (Debian package chromium)", CHROMIUM is None),
        ("the `playwright` Python package (pip install -e '.[test]')", sync_playwright is None),
    )
    if absent
]
if _missing:
    _reason = "browser tests need " + " and ".join(_missing)
    if os.environ.get("INTAKE_REQUIRE_CHROMIUM") == "1":
        pytest.fail(f"INTAKE_REQUIRE_CHROMIUM=1 but {_reason}", pytrace=False)
    pytest.skip(_reason, allow_module_level=True)

STARTUP_TIMEOUT = 15.0
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

HOSTILE_HTML = """<html><body>
<p>Please delete everything you hold about me.</p>
<script>window.__pwned=1</script>
<img src=x onerror="window.__pwned=2">
<a href="javascript:alert(1)">click me</a>
<img src="http://203.0.113.9/pixel.png">
</body></html>"""


@dataclass
class Console:
    url: str
    ws: Workspace
    urgent: str  # the deletion request, confirmed by hand: the most urgent open case
    hostile: str  # the mail whose HTML part tries to run script and load remote content


def _hostile_mail() -> bytes:
    message = EmailMessage()
    message["From"] = "mallory@example.net"
    message["To"] = "support@win-techno.com"
    message["Subject"] = "About my account"
    message["Message-ID"] = "<browser-hostile@example.net>"
    message["Date"] = "Tue, 01 Dec 2026 09:00:00 +0900"
    message.set_content("Please delete everything you hold about me.")
    message.add_alternative(HOSTILE_HTML, subtype="html")
    return message.as_bytes()


def _seed(ws: Workspace) -> tuple[str, str]:
    """Staff, a confirmed deletion request (the earliest due), then two later cases."""
    with ws.transaction() as session:
        add_staff(session, "bob", PASSWORD, "approver", display_name="Bob Approver")
    add_customer(ws.engine, "WT-1001", "Taro Yamada", "taro@example.jp")
    deletion = open_case(
        ws, "taro@example.jp", "Please delete my account and all my personal data."
    )
    assert deletion.kinds and "deletion" in deletion.kinds, deletion.kinds
    assert deletion.state == "awaiting_identity", deletion.state
    with ws.transaction() as session:
        case = session.get(Case, deletion.id)
        assert case is not None
        confirm_identity_by_hand(
            session, ws, case, actor="bob", role="approver", note="called the number on record"
        )
        assert case.state == "draft_ready", case.state

    ws.clock.advance(days=2)  # later cases fall due later
    add_customer(ws.engine, "WT-1002", "Hanako Sato", "hanako@example.jp")
    open_case(ws, "hanako@example.jp", "Please send me a copy of all my personal data.")
    inbound = ingest(ws, _hostile_mail(), "email")
    assert inbound.case_id is not None, inbound.error
    with ws.transaction() as session:
        hostile = session.get(Case, inbound.case_id)
        assert hostile is not None
        hostile_number = hostile.number or ""
    return deletion.number or "", hostile_number


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def _wait_until_answering(url: str, thread: threading.Thread) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(f"{url}/login", timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if not thread.is_alive():
            raise RuntimeError("the console server stopped while starting")
        if time.monotonic() > deadline:
            raise TimeoutError(f"the console at {url} did not answer within {STARTUP_TIMEOUT}s")
        time.sleep(0.05)


@pytest.fixture
def console(tmp_path) -> Iterator[Console]:
    import uvicorn

    from console.app import create_app

    engine = open_database(f"sqlite:///{tmp_path}/console.db")
    ws = make_workspace(engine, tmp_path)
    urgent, hostile = _seed(ws)
    sock = _free_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(ws), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_answering(url, thread)
        yield Console(url, ws, urgent, hostile)
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)
        sock.close()
        engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def artifacts(tmp_path) -> Path:
    folder = Path(os.environ.get("INTAKE_TEST_ARTIFACTS") or tmp_path / "artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _log_in(page: Page, console: Console) -> None:
    page.goto(f"{console.url}/queue")
    assert urlsplit(page.url).path == "/login"  # not logged in yet: sent to the form
    page.fill("form.login input[name=username]", "bob")
    page.fill("form.login input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("form.login button[type=submit]")
    assert urlsplit(page.url).path != "/login", page.content()


def test_log_in_open_the_most_urgent_case_edit_and_approve_its_draft(page, console):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.accept()))
    _log_in(page, console)
    page.goto(f"{console.url}/queue")
    rows = page.locator("tr.case-row")
    assert rows.count() >= 2
    first = rows.first.locator(f'a[href="/cases/{console.urgent}"]')
    assert first.count() == 1, rows.first.inner_text()

    first.click()
    page.wait_for_url(f"**/cases/{console.urgent}")
    assert "Please delete my account" in page.inner_text("body")
    page.click(f'a[href="/cases/{console.urgent}/draft"]')
    page.wait_for_url(f"**/cases/{console.urgent}/draft")

    body = page.locator("form.draft textarea[name=body]")
    edited = body.input_value() + "\n\nP.S. Edited in the browser by Bob.\n"
    body.fill(edited)
    with page.expect_navigation():
        page.click("form.draft button[type=submit]")
    assert "Edited in the browser by Bob." in page.locator("form.draft textarea").input_value()

    with page.expect_navigation():
        page.click(f'form[action="/cases/{console.urgent}/approve"] button[type=submit]')
    assert page.url.startswith(console.url)

    [answer] = outbox(console.ws.engine, purpose="answer")
    assert answer.recipient == "taro@example.jp"
    assert "Edited in the browser by Bob." in (answer.body or "")
    assert case_by_number(console.ws, console.urgent).state == "approved"


def test_hostile_mail_html_runs_no_script_and_loads_nothing_from_elsewhere(page, console):
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    _log_in(page, console)
    page.goto(f"{console.url}/cases/{console.hostile}")
    page.wait_for_load_state("networkidle")
    assert "Please delete everything you hold about me." in page.inner_text("body")

    page.click("details:has(.mail-html) > summary")  # unfold the sanitised HTML part
    html_part = page.locator(".mail-html")
    html_part.wait_for(state="visible")
    assert "Please delete everything you hold about me." in html_part.inner_text()
    assert html_part.locator("script, img, [onerror]").count() == 0
    link = html_part.get_by_text("click me")
    if link.count():  # the link text may survive sanitising; clicking it must do nothing
        link.first.click()
    page.wait_for_load_state("networkidle")

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
    console_origin = urlsplit(console.url).netloc
    elsewhere = [
        url
        for url in requests
        if urlsplit(url).scheme not in ("data", "about", "blob")
        and urlsplit(url).netloc != console_origin
    ]
    assert elsewhere == [], elsewhere
    assert any(f"/cases/{console.hostile}" in url for url in requests)


def test_screenshots_of_the_queue_and_a_case(page, console, artifacts):
    _log_in(page, console)
    shots = {
        "console-queue.png": f"{console.url}/queue",
        "console-case.png": f"{console.url}/cases/{console.urgent}",
        "console-hostile-case.png": f"{console.url}/cases/{console.hostile}",
    }
    for name, url in shots.items():
        page.goto(url)
        for summary in page.locator("details:has(.mail-html) > summary").all():
            summary.click()  # show the sanitised HTML part too
        page.wait_for_load_state("networkidle")
        assert "built-in method" not in page.inner_text("body"), name  # a Jinja slip
        page.screenshot(path=str(artifacts / name), full_page=True)
    for name in shots:
        data = (artifacts / name).read_bytes()
        assert len(data) > len(PNG_MAGIC) and data.startswith(PNG_MAGIC), name
