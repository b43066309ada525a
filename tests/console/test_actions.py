"""Staff actions through the API and the pages: roles, CSRF, approval, rejection, extension."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from console_helpers import case_by_number, csrf_of, disclosure_case, draft_ready_case, log_in
from workflow_helpers import outbox

from workflows.states import SYSTEM, transition

MUTATIONS = [
    ("put", "/api/cases/{number}/draft", {"subject": "New subject", "body": "New body"}),
    ("post", "/api/cases/{number}/approve", None),
    ("post", "/api/cases/{number}/reject", {"reason": "not obligated"}),
    ("post", "/api/cases/{number}/extend", {"reason": "we need more time"}),
    ("post", "/api/cases/{number}/identity", {"note": "seen the passport"}),
]
FORMS = [
    ("/cases/{number}/draft", {"subject": "New subject", "body": "New body"}),
    ("/cases/{number}/approve", {}),
    ("/cases/{number}/reject", {"reason": "not obligated"}),
    ("/cases/{number}/extend", {"reason": "we need more time"}),
    ("/cases/{number}/identity", {"note": "seen the passport"}),
]


@pytest.mark.parametrize(("method", "path", "payload"), MUTATIONS)
@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_every_api_mutation_needs_the_csrf_token(client, ws, method, path, payload, token):
    number = draft_ready_case(client, ws)
    log_in(client, "bob")
    headers = {} if token is None else {"X-CSRF-Token": token}
    response = client.request(method, path.format(number=number), json=payload, headers=headers)
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    after = case_by_number(ws, number)
    assert (after.state, after.extended_at) == ("draft_ready", None)
    assert outbox(ws.engine, purpose="answer") == []


@pytest.mark.parametrize(("path", "form"), FORMS)
def test_every_form_post_needs_the_csrf_token(client, ws, path, form):
    number = draft_ready_case(client, ws)
    log_in(client, "bob")
    response = client.post(path.format(number=number), data=form)
    assert response.status_code == 403
    assert case_by_number(ws, number).state == "draft_ready"
    assert outbox(ws.engine, purpose="answer") == []


@pytest.mark.parametrize(("path", "form"), [("/login", {"username": "bob", "password": "x"})])
def test_the_login_form_needs_the_csrf_token(client, path, form):
    assert client.post(path, data=form).status_code == 403
    assert client.post("/api/login", json=form).status_code == 403


class _Forms(HTMLParser):
    """The POST forms of a page and the hidden inputs in each."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "form" and (values.get("method") or "").lower() == "post":
            self.forms.append({"action": values.get("action") or ""})
        elif tag == "input" and values.get("type") == "hidden" and self.forms:
            self.forms[-1][values.get("name") or ""] = values.get("value") or ""


def test_every_form_on_every_page_carries_the_sessions_csrf_token(client, ws):
    number = draft_ready_case(client, ws)
    token = log_in(client, "bob")
    seen = []
    for page in ("/queue", f"/cases/{number}", f"/cases/{number}/draft"):
        parser = _Forms()
        parser.feed(client.get(page).text)
        seen += parser.forms
    actions = {form["action"] for form in seen}
    assert {"/logout", f"/cases/{number}/draft", f"/cases/{number}/approve"} <= actions
    assert all(form.get("csrf_token") == token for form in seen), seen


def test_an_agent_cannot_approve(client, ws):
    number = draft_ready_case(client, ws)
    token = log_in(client, "alice")
    response = client.post(f"/api/cases/{number}/approve", headers={"X-CSRF-Token": token})
    assert response.status_code == 403
    assert "agent cannot approve" in response.json()["detail"]
    assert case_by_number(ws, number).state == "draft_ready"
    assert outbox(ws.engine, purpose="answer") == []
    assert "Approve and send" not in client.get(f"/cases/{number}/draft").text


def test_an_agent_cannot_reject_or_extend(client, ws):
    number = draft_ready_case(client, ws, country="DE")
    token = log_in(client, "alice")
    for action in ("reject", "extend"):
        response = client.post(
            f"/api/cases/{number}/{action}",
            json={"reason": "a reason"},
            headers={"X-CSRF-Token": token},
        )
        assert response.status_code == 403, action
    assert case_by_number(ws, number).state == "draft_ready"


def test_approval_queues_the_reply_and_a_closed_case_cannot_be_approved_again(client, ws):
    number = draft_ready_case(client, ws)
    token = log_in(client, "bob")
    response = client.post(f"/api/cases/{number}/approve", headers={"X-CSRF-Token": token})
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "approved"
    [answer] = outbox(ws.engine, purpose="answer")
    assert (answer.recipient, answer.state) == ("taro@example.jp", "pending")

    again = client.post(f"/api/cases/{number}/approve", headers={"X-CSRF-Token": token})
    assert again.status_code == 409
    with ws.transaction() as session:
        case = session.merge(case_by_number(ws, number))
        transition(session, case, "replied", actor=SYSTEM, role=SYSTEM)
        transition(session, case, "close", actor=SYSTEM, role=SYSTEM)
    closed = client.post(f"/api/cases/{number}/approve", headers={"X-CSRF-Token": token})
    assert closed.status_code == 409
    assert case_by_number(ws, number).state == "closed"
    assert len(outbox(ws.engine, purpose="answer")) == 1


def test_an_edited_draft_is_previewed_and_sent_as_edited(client, ws):
    number = draft_ready_case(client, ws)
    token = log_in(client, "bob")
    edited = client.put(
        f"/api/cases/{number}/draft",
        json={"subject": "Your data, as you asked", "body": "Dear Taro,\n\nEdited by Bob.\n"},
        headers={"X-CSRF-Token": token},
    )
    assert edited.status_code == 200, edited.text
    preview = edited.json()["preview"]
    assert preview["recipient"] == "taro@example.jp"
    assert "Your data, as you asked" in preview["sent_subject"]
    assert "Edited by Bob." in preview["sent_body"]
    client.post(f"/api/cases/{number}/approve", headers={"X-CSRF-Token": token})
    [answer] = outbox(ws.engine, purpose="answer")
    assert answer.subject == "Your data, as you asked"
    assert "Edited by Bob." in (answer.body or "")


def test_the_pages_walk_from_queue_to_approval(client, ws):
    number = draft_ready_case(client, ws)
    token = log_in(client, "bob")
    assert f'href="/cases/{number}"' in client.get("/queue").text
    case_page = client.get(f"/cases/{number}").text
    assert '<mark class="cue cue-disclosure"' in case_page
    assert "Please send me a copy" in re.sub(r"<[^>]+>", "", case_page)
    saved = client.post(
        f"/cases/{number}/draft",
        data={"subject": "Re: your request", "body": "Body from the form", "csrf_token": token},
        follow_redirects=False,
    )
    assert (saved.status_code, saved.headers["location"]) == (303, f"/cases/{number}/draft")
    draft_page = client.get(f"/cases/{number}/draft").text
    assert "Body from the form" in draft_page
    approved = client.post(
        f"/cases/{number}/approve", data={"csrf_token": token}, follow_redirects=False
    )
    assert approved.status_code == 303
    assert case_by_number(ws, number).state == "approved"
    assert [entry.body for entry in outbox(ws.engine, purpose="answer")] == ["Body from the form"]


def test_a_refused_form_action_shows_the_reason_on_an_error_page(client, ws):
    number = draft_ready_case(client, ws)
    token = log_in(client, "alice")
    response = client.post(f"/cases/{number}/approve", data={"csrf_token": token})
    assert response.status_code == 403
    assert "agent cannot approve" in response.text


def test_a_rejection_needs_a_reason_and_then_tells_the_customer(client, ws):
    number = draft_ready_case(client, ws)
    token = log_in(client, "bob")
    blank = client.post(
        f"/api/cases/{number}/reject", json={"reason": "  "}, headers={"X-CSRF-Token": token}
    )
    assert blank.status_code == 422
    assert case_by_number(ws, number).state == "draft_ready"
    response = client.post(
        f"/api/cases/{number}/reject",
        json={"reason": "the request repeats one answered last week"},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "rejected"
    [refusal] = outbox(ws.engine, purpose="refusal")
    assert "answered last week" in (refusal.body or "")


def test_an_extension_needs_a_reason_and_a_policy_that_allows_it(client, ws):
    number = draft_ready_case(client, ws, country="DE")  # GDPR: two further months
    token = log_in(client, "bob")
    blank = client.post(
        f"/api/cases/{number}/extend", json={"reason": ""}, headers={"X-CSRF-Token": token}
    )
    assert blank.status_code == 422
    assert case_by_number(ws, number).extended_at is None
    before = case_by_number(ws, number).due_answer_at
    response = client.post(
        f"/api/cases/{number}/extend",
        json={"reason": "the export spans several systems"},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 200, response.text
    after = case_by_number(ws, number)
    assert after.extended_at is not None and after.due_answer_at > before
    assert len(outbox(ws.engine, purpose="extension")) == 1
    twice = client.post(
        f"/api/cases/{number}/extend",
        json={"reason": "again"},
        headers={"X-CSRF-Token": token},
    )
    assert twice.status_code == 409


def test_an_appi_case_cannot_be_extended(client, ws):
    number = draft_ready_case(client, ws)
    token = log_in(client, "bob")
    response = client.post(
        f"/api/cases/{number}/extend", json={"reason": "busy"}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 409
    assert "allows no extension" in response.json()["detail"]


def test_confirming_identity_by_hand_needs_a_note(client, ws):
    case = disclosure_case(ws)
    token = log_in(client, "alice")
    response = client.post(
        f"/api/cases/{case.number}/identity", json={"note": " "}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 422
    assert case_by_number(ws, case.number or "").identity_state != "confirmed"


def test_an_unknown_case_is_404(client):
    token = log_in(client, "bob")
    assert client.get("/api/cases/PR-1999-000001").status_code == 404
    response = client.post("/api/cases/PR-1999-000001/approve", headers={"X-CSRF-Token": token})
    assert response.status_code == 404
    assert csrf_of(client) == token
