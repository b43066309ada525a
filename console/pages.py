"""The server-rendered pages: login, queue, case and draft. Every form posts the session's
CSRF token; every action is the same as the API's (`console.actions`)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlmodel import Session

import templates as template_package
from console import actions, auth
from console.actions import find_case
from console.i18n import TEXTS, choose_language
from console.queries import QueueFilters, case_view, draft_preview, queue
from console.security import CSRF_FIELD, Staff, check_csrf, console_session, current_staff
from workflows.states import OPEN_STATES, allowed_actions
from workflows.workspace import Workspace

TEMPLATE_DIR = Path(template_package.__file__).parent / "console"
# autoescape everywhere: Starlette's default escapes only .html files, and these are .j2
templates = Jinja2Templates(
    env=jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
    )
)


@jinja2.pass_context
def _local_time(context: jinja2.runtime.Context, value: Any) -> str:
    """A moment (aware datetime or ISO text) in the desk's time zone: "2026-12-10 23:59 JST"."""
    if value is None or value == "":
        return "-"
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(context["zone"])
    return local.strftime("%Y-%m-%d %H:%M ") + (local.tzname() or "")


templates.env.filters["local"] = _local_time
router = APIRouter(include_in_schema=False)
LoggedIn = Annotated[Staff, Depends(current_staff)]
Csrf = Depends(check_csrf)
KINDS = ("disclosure", "correction", "suspension", "deletion", "complaint", "inquiry", "other")


def _ws(request: Request) -> Workspace:
    ws: Workspace = request.app.state.ws
    return ws


def language_of(request: Request) -> str:
    """The interface language: the setting, else the browser's Accept-Language."""
    setting = _ws(request).settings.console_language
    return choose_language(setting, request.headers.get("accept-language"))


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    staff: Staff | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """A console page with the interface text, the staff member and the CSRF token."""
    language = language_of(request)
    base = {
        "lang": language,
        "t": TEXTS[language],
        "staff": staff,
        "csrf_field": CSRF_FIELD,
        "csrf_token": console_session(request).csrf,
        "now": _ws(request).now(),
        "zone": _ws(request).settings.deadline_zone,
    }
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)


def _see(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


@router.get("/")
def home() -> RedirectResponse:
    return _see("/queue")


@router.get("/login")
def login_page(request: Request) -> HTMLResponse:
    return render(request, "login.j2", {"failed": False})


@router.post("/login", dependencies=[Csrf])
def login_form(
    request: Request, username: Annotated[str, Form()], password: Annotated[str, Form()]
) -> Response:
    if auth.log_in(request, username, password) is None:
        return render(request, "login.j2", {"failed": True, "username": username}, status_code=401)
    return _see("/queue")


@router.post("/logout", dependencies=[Csrf])
def logout_form(request: Request) -> RedirectResponse:
    auth.log_out(request)
    return _see("/login")


@router.get("/queue")
def queue_page(
    request: Request,
    staff: LoggedIn,
    state: str = "",
    kind: str = "",
    channel: str = "",
    language: str = "",
    q: str = "",
) -> HTMLResponse:
    ws = _ws(request)
    filters = QueueFilters(state, kind, channel, language, q[:200])
    with Session(ws.engine) as session:
        rows = queue(session, ws.now(), filters)
    choices = {
        "states": sorted(OPEN_STATES),
        "kinds": KINDS,
        "channels": ("email", "chat"),
        "languages": ("ja", "en", "zh", "ko", "fr", "de", "es"),
    }
    return render(request, "queue.j2", {"rows": rows, "filters": filters, **choices}, staff=staff)


@router.get("/cases/{number}")
def case_page(request: Request, number: str, staff: LoggedIn) -> HTMLResponse:
    ws = _ws(request)
    with Session(ws.engine) as session:
        case = find_case(session, number)
        record = case_view(session, case)
        allowed = allowed_actions(case.state, staff.role)
    return render(request, "case.j2", {"case": record, "allowed": allowed}, staff=staff)


@router.get("/cases/{number}/draft")
def draft_page(request: Request, number: str, staff: LoggedIn) -> HTMLResponse:
    ws = _ws(request)
    with Session(ws.engine) as session:
        case = find_case(session, number)
        record = case_view(session, case)
        preview = draft_preview(session, ws, case)
        allowed = allowed_actions(case.state, staff.role)
    context = {"case": record, "preview": preview, "allowed": allowed}
    return render(request, "draft.j2", context, staff=staff)


@router.post("/cases/{number}/draft", dependencies=[Csrf])
def draft_form(
    request: Request,
    number: str,
    staff: LoggedIn,
    subject: Annotated[str, Form()],
    body: Annotated[str, Form()],
) -> RedirectResponse:
    actions.edit_draft(_ws(request), staff, number, subject, body)
    return _see(f"/cases/{number}/draft")


@router.post("/cases/{number}/approve", dependencies=[Csrf])
def approve_form(request: Request, number: str, staff: LoggedIn) -> RedirectResponse:
    actions.approve(_ws(request), staff, number)
    return _see(f"/cases/{number}")


@router.post("/cases/{number}/reject", dependencies=[Csrf])
def reject_form(
    request: Request, number: str, staff: LoggedIn, reason: Annotated[str, Form()] = ""
) -> RedirectResponse:
    actions.reject(_ws(request), staff, number, reason)
    return _see(f"/cases/{number}")


@router.post("/cases/{number}/extend", dependencies=[Csrf])
def extend_form(
    request: Request, number: str, staff: LoggedIn, reason: Annotated[str, Form()] = ""
) -> RedirectResponse:
    actions.extend_deadline(_ws(request), staff, number, reason)
    return _see(f"/cases/{number}")


@router.post("/cases/{number}/identity", dependencies=[Csrf])
def identity_form(
    request: Request, number: str, staff: LoggedIn, note: Annotated[str, Form()] = ""
) -> RedirectResponse:
    actions.confirm_identity(_ws(request), staff, number, note)
    return _see(f"/cases/{number}")
