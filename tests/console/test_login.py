"""Logging in and out: staff accounts, the session cookie, the lock-out, the CSRF token."""

from __future__ import annotations

from console_helpers import PASSWORD, csrf_of, log_in
from fastapi.testclient import TestClient
from sqlmodel import Session

from console.app import create_app
from workflows.staff import LOCK_MINUTES, MAX_FAILED_LOGINS, find_staff


def test_an_api_login_opens_the_session_and_logout_ends_it(client):
    assert client.get("/api/cases").status_code == 401
    token = log_in(client, "bob")
    assert client.get("/api/session").json()["user"] == {"username": "bob", "role": "approver"}
    assert client.get("/api/cases").status_code == 200

    response = client.post("/api/logout", headers={"X-CSRF-Token": token})
    assert response.status_code == 200
    assert response.json()["csrf_token"] != token
    assert client.get("/api/cases").status_code == 401


def test_the_session_cookie_is_httponly_and_samesite_and_not_secure_over_http(client):
    response = client.get("/login")
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
    assert "secure" not in cookie


def test_the_session_cookie_is_secure_when_the_console_is_published_over_https(ws):
    settings = type(ws.settings)(**{**ws.settings.__dict__, "public_url": "https://desk.example"})
    secure_ws = type(ws)(ws.engine, settings, ws.clock)
    with TestClient(create_app(secure_ws), base_url="https://testserver") as client:
        cookie = client.get("/login").headers["set-cookie"].lower()
    assert "; secure" in cookie


def test_a_login_form_logs_in_and_a_wrong_password_is_refused(client):
    token = csrf_of(client)
    wrong = client.post(
        "/login", data={"username": "alice", "password": "wrong password!", "csrf_token": token}
    )
    assert wrong.status_code == 401
    assert "locked for a while" in wrong.text
    right = client.post(
        "/login",
        data={"username": "alice", "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert (right.status_code, right.headers["location"]) == (303, "/queue")
    assert "Alice Agent" in client.get("/queue").text


def test_pages_send_a_visitor_who_is_not_logged_in_to_the_login_page(client):
    response = client.get("/queue", follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, "/login")


def test_repeated_wrong_passwords_lock_the_account_even_for_the_right_one(client, ws):
    token = csrf_of(client)
    for _ in range(MAX_FAILED_LOGINS):
        response = client.post(
            "/api/login",
            json={"username": "alice", "password": "not the password"},
            headers={"X-CSRF-Token": token},
        )
        assert response.status_code == 401
    locked = client.post(
        "/api/login",
        json={"username": "alice", "password": PASSWORD},
        headers={"X-CSRF-Token": token},
    )
    assert locked.status_code == 401
    with Session(ws.engine) as session:
        user = find_staff(session, "alice")
        assert user is not None and user.locked_until is not None

    ws.clock.advance(minutes=LOCK_MINUTES + 1)
    assert log_in(client, "alice")  # the lock ran out: the right password works again


def test_a_forged_session_cookie_is_not_a_login(client):
    log_in(client, "bob")
    client.cookies.set("intake_console", "eyJ1IjoiYm9iIn0.forged.signature")
    assert client.get("/api/cases").status_code == 401


def test_the_interface_language_follows_the_browser_or_the_setting(client, ws):
    assert "ログイン" in client.get("/login", headers={"Accept-Language": "ja,en;q=0.5"}).text
    assert "Log in" in client.get("/login", headers={"Accept-Language": "en-GB,ja;q=0.3"}).text
    settings = type(ws.settings)(**{**ws.settings.__dict__, "console_language": "ja"})
    with TestClient(create_app(type(ws)(ws.engine, settings, ws.clock))) as japanese:
        page = japanese.get("/login", headers={"Accept-Language": "en"}).text
    assert '<html lang="ja">' in page
