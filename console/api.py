"""The JSON API under /api: everything the pages do. Mutating calls need the session's CSRF
token in the `X-CSRF-Token` header (`GET /api/session` hands it out)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlmodel import Session

from console import actions, auth
from console.actions import ActionRefused, find_case
from console.queries import QueueFilters, case_json, case_view, draft_preview, queue
from console.security import LoginRequired, Staff, check_csrf, console_session, current_staff
from workflows.states import allowed_actions
from workflows.workspace import Workspace

router = APIRouter(prefix="/api", tags=["console"])
LoggedIn = Annotated[Staff, Depends(current_staff)]
Csrf = Depends(check_csrf)


class Credentials(BaseModel):
    username: str
    password: str


class DraftEdit(BaseModel):
    subject: str
    body: str


class Reason(BaseModel):
    reason: str


class Note(BaseModel):
    note: str


def _ws(request: Request) -> Workspace:
    ws: Workspace = request.app.state.ws
    return ws


def _done(request: Request, number: str) -> dict[str, Any]:
    """The case after an action, as `GET /api/cases/{number}` returns it."""
    return get_case(request, number, current_staff(request))


@router.get("/session")
def get_session(request: Request) -> dict[str, Any]:
    """Who is logged in (or null) and the CSRF token for mutating calls."""
    session = console_session(request)
    try:
        staff: Staff | None = current_staff(request)
    except LoginRequired:
        staff = None
    return {
        "user": None if staff is None else {"username": staff.username, "role": staff.role},
        "csrf_token": session.csrf,
    }


@router.post("/login", dependencies=[Csrf])
def login(request: Request, credentials: Credentials) -> JSONResponse:
    """Log in; 401 for a wrong password or a locked account. A new CSRF token comes back."""
    staff = auth.log_in(request, credentials.username, credentials.password)
    if staff is None:
        return JSONResponse({"detail": "wrong username or password, or locked"}, status_code=401)
    csrf = console_session(request).csrf
    user = {"username": staff.username, "role": staff.role}
    return JSONResponse({"user": user, "csrf_token": csrf})


@router.post("/logout", dependencies=[Csrf])
def logout(request: Request) -> dict[str, Any]:
    auth.log_out(request)
    return {"user": None, "csrf_token": console_session(request).csrf}


@router.get("/cases")
def list_cases(
    request: Request,
    staff: LoggedIn,
    state: str = "",
    kind: str = "",
    channel: str = "",
    language: str = "",
    q: Annotated[str, Query(max_length=200)] = "",
) -> dict[str, Any]:
    """The open cases, nearest due first, with the queue's filters and search."""
    ws = _ws(request)
    filters = QueueFilters(state, kind, channel, language, q)
    with Session(ws.engine) as session:
        rows = queue(session, ws.now(), filters)
    return {"cases": [row.to_json() for row in rows]}


@router.get("/cases/{number}")
def get_case(request: Request, number: str, staff: LoggedIn) -> dict[str, Any]:
    """One case in full, the draft as it will be sent, and what this staff member may do."""
    ws = _ws(request)
    with Session(ws.engine) as session:
        case = find_case(session, number)
        record = case_json(case_view(session, case))
        record["preview"] = draft_preview(session, ws, case)
        record["allowed_actions"] = allowed_actions(case.state, staff.role)
    return record


@router.put("/cases/{number}/draft", dependencies=[Csrf])
def put_draft(request: Request, number: str, edit: DraftEdit, staff: LoggedIn) -> dict[str, Any]:
    actions.edit_draft(_ws(request), staff, number, edit.subject, edit.body)
    return _done(request, number)


@router.post("/cases/{number}/approve", dependencies=[Csrf])
def post_approve(request: Request, number: str, staff: LoggedIn) -> dict[str, Any]:
    """Carry out the case's items and queue the approved reply (approvers only)."""
    actions.approve(_ws(request), staff, number)
    return _done(request, number)


@router.post("/cases/{number}/reject", dependencies=[Csrf])
def post_reject(request: Request, number: str, body: Reason, staff: LoggedIn) -> dict[str, Any]:
    actions.reject(_ws(request), staff, number, body.reason)
    return _done(request, number)


@router.post("/cases/{number}/extend", dependencies=[Csrf])
def post_extend(request: Request, number: str, body: Reason, staff: LoggedIn) -> dict[str, Any]:
    actions.extend_deadline(_ws(request), staff, number, body.reason)
    return _done(request, number)


@router.post("/cases/{number}/identity", dependencies=[Csrf])
def post_identity(request: Request, number: str, body: Note, staff: LoggedIn) -> dict[str, Any]:
    """Confirm the requester's identity by hand, with a note saying how."""
    actions.confirm_identity(_ws(request), staff, number, body.note)
    return _done(request, number)


__all__ = ["ActionRefused", "router"]
