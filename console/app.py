"""The staff console as one FastAPI application: `create_app(ws)`."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from console import api, pages
from console.actions import ActionRefused
from console.security import CsrfRefused, LoginRequired, session_middleware
from workflows.workspace import Workspace

STATIC_DIR = Path(__file__).parent / "static"


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(ws: Workspace) -> FastAPI:
    """The console on the workspace `ws`: pages at /, the JSON API at /api."""
    app = FastAPI(
        title="win-intake staff console",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the interactive docs load scripts from a CDN, which the CSP forbids
        redoc_url=None,
    )
    app.state.ws = ws
    app.middleware("http")(session_middleware(ws))
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _error: LoginRequired) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": "log in first"}, status_code=401)
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(CsrfRefused)
    async def csrf_refused(request: Request, _error: CsrfRefused) -> Response:
        message = "missing or wrong CSRF token"
        if _is_api(request):
            return JSONResponse({"detail": message}, status_code=403)
        return pages.render(request, "error.j2", {"message": message}, status_code=403)

    @app.exception_handler(ActionRefused)
    async def action_refused(request: Request, error: ActionRefused) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": error.message}, status_code=error.status)
        return pages.render(
            request, "error.j2", {"message": error.message}, status_code=error.status
        )

    return app
