"""Shared steps of the console tests: log in through the API, open cases through the pipeline."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session, select
from workflow_helpers import add_customer, mail

from workflows.models import Case
from workflows.pipeline import ingest
from workflows.workspace import Workspace

PASSWORD = "correct horse battery"


def csrf_of(client: TestClient) -> str:
    """The session's CSRF token (a session cookie is made on the way)."""
    token: str = client.get("/api/session").json()["csrf_token"]
    return token


def log_in(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log in through the API; the new CSRF token."""
    response = client.post(
        "/api/login",
        json={"username": username, "password": password},
        headers={"X-CSRF-Token": csrf_of(client)},
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["csrf_token"]
    return token


def case_by_number(ws: Workspace, number: str) -> Case:
    with Session(ws.engine) as session:
        case = session.exec(select(Case).where(Case.number == number)).one()
        session.expunge(case)
        return case


def open_case(ws: Workspace, sender: str, text: str, **mail_options: str) -> Case:
    """A new case from one mail; returns it as stored."""
    inbound = ingest(ws, mail(sender, text, **mail_options), "email")
    with Session(ws.engine) as session:
        case = session.get(Case, inbound.case_id)
        assert case is not None, inbound.error
        session.expunge(case)
        return case


def disclosure_case(ws: Workspace, **customer_fields: str) -> Case:
    """A registry customer's disclosure request, waiting on identity."""
    add_customer(ws.engine, "WT-1001", "Taro Yamada", "taro@example.jp", **customer_fields)
    case = open_case(ws, "taro@example.jp", "Please send me a copy of all my personal data.")
    assert case.state == "awaiting_identity"
    return case


def draft_ready_case(client: TestClient, ws: Workspace, **customer_fields: str) -> str:
    """A disclosure case confirmed by hand by the agent in the console: `draft_ready`."""
    case = disclosure_case(ws, **customer_fields)
    token = log_in(client, "alice")
    response = client.post(
        f"/api/cases/{case.number}/identity",
        json={"note": "called the customer on the phone number on record"},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "draft_ready"
    return case.number or ""
