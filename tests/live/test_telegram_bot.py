"""The Telegram bot: the real python-telegram-bot stack against a fake Bot API on 127.0.0.1.

Every test waits on conditions with timeouts (`wait_until`, `FakeBotApi.wait_for`), never
on the clock. Retries are driven through the workspace's test clock.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import socket
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from fake_bot_api import TOKEN, FakeBotApi, text_update
from sqlmodel import Session, col, select
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bots import telegram_bot
from bots.chat_texts import (
    CHAT_LANGUAGES,
    STATUS_OF_STATE,
    chat_language,
    render_chat_text,
    status_rows,
)
from bots.staff_notices import NoticeCursor, queue_staff_notices
from bots.telegram_bot import TelegramBot, webhook_secret
from bots.telegram_delivery import IN_DOUBT, outcome_of, split_text
from workflows.db import open_database
from workflows.models import Case, Customer, Event, InboundMessage, Outbox
from workflows.outbox import SENDING
from workflows.outbox_claims import (
    INTERRUPTED,
    claim_due,
    claim_due_in,
    release_interrupted,
)
from workflows.pipeline import ingest

WORKFLOW_TESTS = Path(__file__).resolve().parents[1] / "workflows"
sys.path.insert(0, str(WORKFLOW_TESTS))
from workflow_helpers import add_customer, code_in, make_workspace  # noqa: E402


def _load_engine_fixture():
    """The `engine` fixture of the workflow tests (SQLite and PostgreSQL), shared by path."""
    spec = importlib.util.spec_from_file_location("workflow_engine", WORKFLOW_TESTS / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.engine


engine = _load_engine_fixture()  # SQLite and PostgreSQL: for the claims


@pytest.fixture
def sqlite_engine(tmp_path) -> Iterator[sa.Engine]:
    """The bot's tests run on SQLite; the claims that differ on PostgreSQL run on both."""
    engine = open_database(f"sqlite:///{tmp_path}/bot.db")
    yield engine
    engine.dispose()


REQUESTS = {
    "ja": ["私の個人情報を削除してください。", "登録されている私のデータを開示してください。"],
    "en": ["Please delete all my personal data.", "Please stop using my data for marketing."],
    "zh": ["请删除我的所有个人信息。", "请停止将我的个人信息用于营销。"],
    "ko": ["제 개인정보를 모두 삭제해 주세요.", "보유하고 있는 제 개인정보를 열람하고 싶습니다."],
    "fr": [
        "Je voudrais que vous supprimiez toutes mes données personnelles.",
        "Merci de ne plus utiliser mes données pour la publicité.",
    ],
    "de": [
        "Bitte löschen Sie alle meine personenbezogenen Daten.",
        "Bitte verwenden Sie meine Daten nicht mehr für Werbung.",
    ],
    "es": [
        "Por favor, eliminen todos mis datos personales.",
        "Dejen de usar mis datos para publicidad, por favor.",
    ],
}
COMPLAINT = "I want to complain: you shared my personal information without my consent."
GREETING = {
    "ja": "こんにちは。",
    "en": "This is the privacy desk",
    "zh": "这里是",
    "ko": "개인정보 보호 창구입니다",
    "fr": "Ici le service de protection",
    "de": "Hier ist die Datenschutzstelle",
    "es": "Le atiende el servicio",
}
ACKNOWLEDGEMENT = {  # the subjects of templates/replies/<lang>/acknowledgement.j2
    "ja": "個人情報に関するご依頼を受け付けました",
    "en": "We have received your personal information request",
    "zh": "我们已收到您关于个人信息的请求",
    "ko": "개인정보 관련 요청을 접수했습니다",
    "fr": "Nous avons bien reçu votre demande concernant vos informations personnelles",
    "de": "Wir haben Ihr Anliegen zu Ihren personenbezogenen Daten erhalten",
    "es": "Hemos recibido su solicitud sobre sus datos personales",
}
WAIT_SECONDS = 30.0  # generous: a loaded machine; the first classification loads the models


async def wait_until(predicate: Callable[[], bool], timeout: float = WAIT_SECONDS) -> None:
    """Return once `predicate()` (run in a thread: it may read the database) holds."""
    async with asyncio.timeout(timeout):
        while not await asyncio.to_thread(predicate):
            await asyncio.sleep(0.01)


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi()
    await api.start()
    yield api
    await api.stop()


def bot_workspace(engine, tmp_path, fake: FakeBotApi, **overrides):
    return make_workspace(
        engine, tmp_path, telegram_token=TOKEN, telegram_base_url=fake.base_url, **overrides
    )


@asynccontextmanager
async def running(ws, **options) -> AsyncIterator[TelegramBot]:
    """The bot running (polling or webhook) until the block ends."""
    bot = TelegramBot.create(ws, poll_timeout=5, **options)
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(bot.run(stop, ready))
    ready_wait = asyncio.create_task(ready.wait())
    await asyncio.wait(
        (task, ready_wait), timeout=WAIT_SECONDS, return_when=asyncio.FIRST_COMPLETED
    )
    ready_wait.cancel()
    if task.done():
        task.result()  # raises what stopped it
    try:
        yield bot
    finally:
        stop.set()
        await asyncio.wait_for(task, WAIT_SECONDS)


def rows(ws, model, *where) -> list:
    with Session(ws.engine) as session:
        return list(session.exec(select(model).where(*where).order_by(col(model.id))).all())


def events(ws, case_id: int) -> list[Event]:
    return rows(ws, Event, Event.case_id == case_id)


async def wait_sent(fake: FakeBotApi, chat_id: int, marker: str, count: int = 1) -> list[str]:
    """The texts sent to `chat_id`, once `count` of them contain `marker`."""
    await fake.wait_for(
        lambda: sum(marker in t for t in fake.sent_to(chat_id)) >= count, WAIT_SECONDS
    )
    return fake.sent_to(chat_id)


# -- customer side -----------------------------------------------------------------------


async def test_start_greets_in_the_users_language(sqlite_engine, tmp_path, fake):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    languages = {101: "ja", 102: "en-US", 103: "fr", 104: "de", 105: "zh-hans", 106: "ko"}
    async with running(ws):
        await fake.push(*[text_update(u, "/start", language_code=c) for u, c in languages.items()])
        await fake.push(text_update(107, "/start"), text_update(108, "/start", language_code="pt"))
        await fake.push(text_update(109, "/start Hola, buenos días"))
        for user, code in languages.items():
            [text] = await wait_sent(fake, user, GREETING[code[:2]])
            others = [GREETING[lang] for lang in GREETING if lang != code[:2]]
            assert not any(other in text for other in others)
        for user in (107, 108):  # no language known: Japanese and English together
            [text] = await wait_sent(fake, user, GREETING["en"])
            assert GREETING["ja"] in text and text.index(GREETING["ja"]) < text.index("This is")
        await wait_sent(fake, 109, GREETING["es"])
    assert rows(ws, InboundMessage) == [] and rows(ws, Case) == []  # commands open nothing


async def test_a_request_opens_a_case_and_is_acknowledged_in_the_users_language(
    sqlite_engine, tmp_path, fake
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    async with running(ws):
        await fake.push(text_update(201, REQUESTS["fr"][0], language_code="fr"))
        texts = await wait_sent(fake, 201, ACKNOWLEDGEMENT["fr"])
    [case] = rows(ws, Case)
    assert (case.channel, case.chat_user_id, case.kinds) == ("chat", 201, ["deletion"])
    assert (case.language, case.state) == ("fr", "awaiting_identity")
    assert case.number in texts[0]
    [inbound] = rows(ws, InboundMessage)
    assert (inbound.state, inbound.case_id) == ("processed", case.id)
    assert json.loads(inbound.raw)["message"]["text"] == REQUESTS["fr"][0]


async def test_sixty_users_each_get_a_case_and_an_acknowledgement_in_their_language(
    sqlite_engine, tmp_path, fake
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    languages = list(REQUESTS)
    users = {1000 + n: languages[n % len(languages)] for n in range(60)}
    async with running(ws):
        for n, (user, lang) in enumerate(users.items()):
            request = REQUESTS[lang][n // len(languages) % 2]
            await fake.push(
                text_update(user, "/start", language_code=lang, message_id=1),
                text_update(user, request, language_code=lang, message_id=2),
            )
        await fake.wait_for(
            lambda: all(
                any(ACKNOWLEDGEMENT[lang] in text for text in fake.sent_to(user))
                for user, lang in users.items()
            ),
            timeout=60,
        )
    for user, lang in users.items():
        texts = fake.sent_to(user)
        assert GREETING[lang] in texts[0], (user, lang, texts[0][:80])
        [ack] = [text for text in texts if ACKNOWLEDGEMENT[lang] in text]
        others = [marker for other, marker in ACKNOWLEDGEMENT.items() if other != lang]
        assert not any(marker in ack for marker in others)
    cases = rows(ws, Case)
    assert sorted(case.chat_user_id for case in cases) == sorted(users)
    assert all(case.language == users[case.chat_user_id] for case in cases)
    assert len({case.number for case in cases}) == 60


async def test_the_same_update_twice_changes_nothing(sqlite_engine, tmp_path, fake):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    async with running(ws):
        update = text_update(301, COMPLAINT, update_id=500)
        start = text_update(301, "/start", update_id=501)
        await fake.push(update, dict(update), start, dict(start))  # each delivered twice
        await wait_sent(fake, 301, ACKNOWLEDGEMENT["en"])
        await fake.push(text_update(301, "/status", update_id=502))
        await wait_sent(fake, 301, "Your requests from this chat")  # handled after them
    assert fake.delivered.count(500) >= 2 and fake.delivered.count(501) >= 2
    assert len(rows(ws, InboundMessage)) == 1 and len(rows(ws, Case)) == 1
    assert len(rows(ws, Outbox)) == 1
    texts = fake.sent_to(301)
    assert sum(ACKNOWLEDGEMENT["en"] in text for text in texts) == 1
    assert sum(GREETING["en"] in text for text in texts) == 1  # the earlier message's language


async def test_an_edited_message_is_kept_and_joins_the_case_waiting_on_the_user(
    sqlite_engine, tmp_path, fake
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    async with running(ws):
        await fake.push(text_update(401, "Please delete all my personal dta.", message_id=7))
        await wait_sent(fake, 401, ACKNOWLEDGEMENT["en"])
        edit = text_update(401, "Please delete all my personal data.", message_id=7, edited=True)
        [edit_id] = await fake.push(edit)
        await wait_until(lambda: len(rows(ws, Event, Event.action == "customer_wrote")) == 1)
    [case] = rows(ws, Case)
    assert case.state == "awaiting_identity"
    first, edited = rows(ws, InboundMessage)
    assert edited.unique_key == f"tg:{edit_id}" and "edited_message" in json.loads(edited.raw)
    assert (first.case_id, edited.case_id) == (case.id, case.id)
    assert edited.new_text == "Please delete all my personal data."
    [wrote] = rows(ws, Event, Event.action == "customer_wrote")
    assert (wrote.case_id, wrote.inbound_id) == (case.id, edited.id)


async def test_status_lists_the_users_own_cases(sqlite_engine, tmp_path, fake):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    async with running(ws):
        await fake.push(text_update(501, "/status", language_code="en"))
        await wait_sent(fake, 501, "We have no requests from this chat yet")
        await fake.push(text_update(501, COMPLAINT, language_code="en"))
        await wait_sent(fake, 501, ACKNOWLEDGEMENT["en"])
        await fake.push(text_update(501, REQUESTS["en"][0], language_code="en"))
        await wait_sent(fake, 501, ACKNOWLEDGEMENT["en"], count=2)
        await fake.push(text_update(502, REQUESTS["ja"][0], language_code="ja"))
        await wait_sent(fake, 502, ACKNOWLEDGEMENT["ja"])
        await fake.push(text_update(501, "/status", language_code="en"))
        texts = await wait_sent(fake, 501, "Your requests from this chat")
        await fake.push(text_update(502, "/status", language_code="ja"))
        japanese = await wait_sent(fake, 502, "ご依頼（新しい順）")
    listing = texts[-1]
    complaint, deletion = sorted(rows(ws, Case, Case.chat_user_id == 501), key=lambda c: c.id)
    [other] = rows(ws, Case, Case.chat_user_id == 502)
    assert listing.index(deletion.number) < listing.index(complaint.number)  # newest first
    assert other.number not in listing
    assert "Status: waiting for your identity confirmation" in listing
    assert "Status: being handled" in listing and "Request: complaint" in listing
    assert "Request: deletion" in listing
    assert other.number in japanese[-1] and "ご本人確認待ち" in japanese[-1]


async def test_the_identity_dialogue_in_chat_links_the_user_to_the_customer(
    sqlite_engine, tmp_path, fake
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    add_customer(ws.engine, "WT-2002", "Hanako Sato", "hanako@example.jp")
    processed: list[bool] = []  # the hook `intake serve` uses to wake mail delivery
    async with running(ws, on_processed=lambda: processed.append(True)):
        await fake.push(text_update(777, "私のデータを開示してください", language_code="ja"))
        await wait_sent(fake, 777, "メールアドレス", count=1)
        await wait_until(lambda: len(rows(ws, Outbox, Outbox.purpose == "identity_ask")) == 1)
        [ask] = rows(ws, Outbox, Outbox.purpose == "identity_ask")
        await wait_until(lambda: rows(ws, Outbox, Outbox.id == ask.id)[0].state == "sent")
        await fake.push(text_update(777, "hanako@example.jp です", language_code="ja"))
        await wait_until(lambda: len(rows(ws, Outbox, Outbox.purpose == "identity_request")) == 1)
        [mail] = rows(ws, Outbox, Outbox.purpose == "identity_request")
        assert (mail.channel, mail.recipient) == ("email", "hanako@example.jp")
        await wait_until(lambda: len(rows(ws, Outbox, Outbox.purpose == "identity_code_sent")))
        await fake.push(text_update(777, code_in(mail), language_code="ja"))
        await wait_until(lambda: rows(ws, Case)[0].identity_state == "confirmed")
    [case] = rows(ws, Case)
    assert case.state == "draft_ready"
    [customer] = rows(ws, Customer)
    assert (customer.telegram_user_id, case.customer_id) == (777, customer.id)
    assert code_in(mail) not in "".join(fake.sent_to(777))  # the code went only by mail
    assert "chat_user_linked" in [event.action for event in events(ws, case.id)]
    assert len(processed) == 3


async def test_commit_comes_before_the_offset_moves_past_an_update(
    sqlite_engine, tmp_path, fake, monkeypatch
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    real_store_many = telegram_bot.store_many

    def recording_store_many(workspace, messages):
        stored = real_store_many(workspace, messages)
        ids = [json.loads(raw)["update_id"] for raw, _channel, _envelope in messages]
        fake.log.append(("committed", ids))
        return stored

    monkeypatch.setattr(telegram_bot, "store_many", recording_store_many)
    async with running(ws):
        [update_id] = await fake.push(text_update(601, COMPLAINT))
        await wait_sent(fake, 601, ACKNOWLEDGEMENT["en"])
    committed = fake.log.index(("committed", [update_id]))
    confirmed = next(
        n for n, (kind, value) in enumerate(fake.log) if kind == "getUpdates" and value
    )
    assert fake.log[confirmed][1] == update_id + 1
    assert committed < confirmed


async def test_an_update_is_not_lost_when_the_bot_stops_between_fetch_and_store(
    sqlite_engine, tmp_path, fake, monkeypatch
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    attempted = threading.Event()

    def crash_before_commit(_workspace, _messages):
        attempted.set()
        raise RuntimeError("the process dies before the commit")

    monkeypatch.setattr(telegram_bot, "store_many", crash_before_commit)
    async with running(ws):
        [update_id] = await fake.push(text_update(701, COMPLAINT))
        await wait_until(attempted.is_set)
    assert rows(ws, InboundMessage) == []
    assert [u["update_id"] for u in fake.updates] == [update_id]  # never confirmed
    assert not any(kind == "getUpdates" and (value or 0) > update_id for kind, value in fake.log)

    monkeypatch.undo()
    async with running(ws):  # the restart: Telegram hands the update over again
        await wait_sent(fake, 701, ACKNOWLEDGEMENT["en"])
    [inbound] = rows(ws, InboundMessage)
    assert (inbound.unique_key, inbound.state) == (f"tg:{update_id}", "processed")
    assert len(rows(ws, Case)) == 1
    assert fake.updates == []  # confirmed once kept


async def test_an_update_python_telegram_bot_cannot_read_is_kept_and_stops_nothing(
    sqlite_engine, tmp_path, fake
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    unreadable = text_update(1301, REQUESTS["en"][0], update_id=70)
    unreadable["message"]["from"] = {"id": 1301}  # no is_bot, no first_name: PTB refuses it
    async with running(ws):
        await fake.push(unreadable, text_update(1302, COMPLAINT, update_id=71))
        await wait_sent(fake, 1302, ACKNOWLEDGEMENT["en"])
        await wait_sent(fake, 1301, ACKNOWLEDGEMENT["en"])  # the pipeline read it
        await fake.push(text_update(1303, COMPLAINT, update_id=72))
        await wait_sent(fake, 1303, ACKNOWLEDGEMENT["en"])  # and polling goes on
    stored = {row.unique_key: row for row in rows(ws, InboundMessage)}
    assert set(stored) == {"tg:70", "tg:71", "tg:72"}
    assert json.loads(stored["tg:70"].raw) == unreadable  # kept exactly as it came
    assert all(row.state == "processed" for row in stored.values())
    assert sorted(case.chat_user_id for case in rows(ws, Case)) == [1301, 1302, 1303]


# -- delivery ----------------------------------------------------------------------------


async def test_a_user_who_blocked_the_bot_gets_the_entry_failed_with_an_event(
    sqlite_engine, tmp_path, fake
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    fake.fail_send(403, chat_id=801)
    async with running(ws):
        await fake.push(text_update(801, COMPLAINT))
        await wait_until(lambda: [e.state for e in rows(ws, Outbox)] == ["failed"])
    [entry] = rows(ws, Outbox)
    assert entry.last_error.startswith("Forbidden: bot was blocked by the user")
    assert entry.attempts == 1 and entry.next_attempt_at is None
    [failed] = rows(ws, Event, Event.action == "delivery_failed")
    assert failed.case_id == entry.case_id and failed.details["outbox"] == entry.id
    assert fake.sent_to(801) == []


@pytest.mark.parametrize(("status", "retry_after"), [(429, 3), (500, 0)])
async def test_a_refused_send_is_retried_later_with_backoff(
    sqlite_engine, tmp_path, fake, status, retry_after
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake, delivery_retry_seconds=60)
    fake.fail_send(status, chat_id=802, retry_after=retry_after)
    async with running(ws) as bot:
        await fake.push(text_update(802, COMPLAINT))
        await wait_until(lambda: [e.attempts for e in rows(ws, Outbox)] == [1])
        [entry] = rows(ws, Outbox)
        assert entry.state == "pending"
        assert entry.next_attempt_at == ws.now() + timedelta(seconds=60)
        ws.clock.advance(seconds=59)
        assert await bot.deliver_once() == 0
        ws.clock.advance(seconds=1)
        bot.wake.set()
        await wait_sent(fake, 802, ACKNOWLEDGEMENT["en"])
    [entry] = rows(ws, Outbox)
    assert (entry.state, entry.attempts) == ("sent", 2)
    assert len(fake.sent_to(802)) == 1


async def test_an_entry_left_sending_at_start_up_is_failed_and_never_resent(
    sqlite_engine, tmp_path, fake
):
    ws = bot_workspace(sqlite_engine, tmp_path, fake)
    ingest(ws, text_update_bytes(803, COMPLAINT, 900), "chat")
    [claimed] = claim_due(ws, "chat")  # then the process dies mid-send
    assert claimed.state == SENDING
    async with running(ws) as bot:
        await wait_until(lambda: rows(ws, Outbox)[0].state == "failed")
        assert await bot.deliver_once() == 0
    [entry] = rows(ws, Outbox)
    assert entry.last_error == INTERRUPTED
    assert [e.action for e in events(ws, entry.case_id)][-1] == "delivery_interrupted"
    assert fake.sent_to(803) == []


def text_update_bytes(user_id: int, text: str, update_id: int) -> bytes:
    return json.dumps(text_update(user_id, text, update_id=update_id)).encode()


def test_claims_by_concurrent_workers_never_overlap(engine, tmp_path):
    ws = make_workspace(engine, tmp_path)
    for n in range(24):
        ingest(ws, text_update_bytes(900 + n, COMPLAINT, 2000 + n), "chat")
    claimed: list[int] = []

    def worker() -> None:
        while batch := claim_due(ws, "chat", 2):
            claimed.extend(entry.id for entry in batch)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(claimed) == sorted(entry.id for entry in rows(ws, Outbox))
    assert len(claimed) == 24 == len(set(claimed))


def test_a_claim_in_flight_is_skipped_by_another_worker(engine, tmp_path):
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer at a time: a second claim waits for the first")
    ws = make_workspace(engine, tmp_path)
    for n in range(2):
        ingest(ws, text_update_bytes(950 + n, COMPLAINT, 3000 + n), "chat")
    with ws.transaction() as first, ws.transaction() as second:
        [mine] = claim_due_in(first, ws, "chat", 1)
        [theirs] = claim_due_in(second, ws, "chat", 1)  # does not wait for the first
        assert mine.id != theirs.id


# -- staff side --------------------------------------------------------------------------


async def test_staff_notices_go_out_once_each_and_not_again_after_a_restart(engine, tmp_path, fake):
    staff = -100123
    ws = bot_workspace(
        engine, tmp_path, fake, telegram_staff_chat_id=staff, public_url="https://desk.example/"
    )
    async with running(ws):
        await fake.push(text_update(1101, COMPLAINT))  # opened, then drafted: two notices
        await fake.wait_for(lambda: len(fake.sent_to(staff)) == 2, WAIT_SECONDS)
    [case] = rows(ws, Case)
    opened, drafted = fake.sent_to(staff)
    assert opened.startswith("新しい案件 / New case: " + case.number)
    assert drafted.startswith("承認待ちの下書き / Draft waiting for approval: " + case.number)
    assert f"https://desk.example/cases/{case.number}" in opened
    async with running(ws) as bot:  # a restart
        assert await bot.deliver_once() == 0
        await fake.push(text_update(1102, REQUESTS["en"][0]))  # opened; waits on identity
        await fake.wait_for(lambda: len(fake.sent_to(staff)) == 3, WAIT_SECONDS)
        await wait_sent(fake, 1102, ACKNOWLEDGEMENT["en"])
        assert await bot.deliver_once() == 0
    assert len(fake.sent_to(staff)) == 3
    keys = [entry.notice_key for entry in rows(ws, Outbox, Outbox.purpose == "staff_notice")]
    assert len(keys) == 3 == len(set(keys))


# -- webhook mode ------------------------------------------------------------------------


async def test_webhook_mode_keeps_an_update_before_answering_and_refuses_strangers(
    sqlite_engine, tmp_path, fake
):
    port = unused_port()
    ws = bot_workspace(
        sqlite_engine,
        tmp_path,
        fake,
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
        telegram_webhook_port=port,
        telegram_webhook_secret="s3cret-Token_1",
    )
    async with running(ws):
        assert fake.webhook == {
            "url": f"http://127.0.0.1:{port}/telegram/hook",
            "secret": "s3cret-Token_1",
        }
        update = text_update(1201, COMPLAINT, update_id=42)
        assert await fake.post_to_webhook(update, secret=None) == 403
        assert await fake.post_to_webhook(update, secret="wrong") == 403
        assert rows(ws, InboundMessage) == []
        assert await fake.post_to_webhook(update, secret="s3cret-Token_1") == 200
        [inbound] = rows(ws, InboundMessage)  # committed before the 200
        assert inbound.unique_key == "tg:42"
        await wait_sent(fake, 1201, ACKNOWLEDGEMENT["en"])
        assert await fake.post_to_webhook(update, secret="s3cret-Token_1") == 200  # a retry
    assert len(rows(ws, InboundMessage)) == 1 and len(rows(ws, Case)) == 1
    assert len(fake.sent_to(1201)) == 1


# -- small parts -------------------------------------------------------------------------


def test_the_webhook_secret_is_derived_when_not_set(tmp_path):
    from intake.settings import Settings

    settings = Settings(secret_key="k" * 64)
    derived = webhook_secret(settings)
    assert len(derived) == 64 and derived.isalnum()
    assert webhook_secret(Settings(secret_key="k" * 64, telegram_webhook_secret="abc")) == "abc"


def test_chat_language_prefers_telegram_then_the_text_then_earlier_messages():
    assert chat_language("fr-CA") == "fr"
    assert chat_language("pt-BR", "Guten Tag, ich habe eine Frage") == "de"
    assert chat_language("", "", earlier="ko") == "ko"
    assert chat_language("", "12345") == "ja+en"


def test_what_each_telegram_error_means_for_the_entry():
    forbidden = outcome_of(Forbidden("Forbidden: bot was blocked by the user"), 0, 1)
    assert forbidden.permanent and not forbidden.sent
    assert outcome_of(BadRequest("Bad Request: chat not found"), 0, 1).permanent
    flood = outcome_of(RetryAfter(30), 0, 1)
    assert not flood.permanent and flood.wait.total_seconds() == 30
    assert not outcome_of(TimedOut(), 0, 1).permanent
    assert not outcome_of(NetworkError("Bad Gateway"), 0, 1).permanent
    lost_answer = NetworkError("httpx.ReadError: reset")
    lost_answer.__cause__ = httpx.ReadError("reset")
    assert outcome_of(lost_answer, 0, 1).permanent
    assert outcome_of(lost_answer, 0, 1).error.startswith(IN_DOUBT)
    partly = outcome_of(NetworkError("Bad Gateway"), 1, 2)
    assert partly.permanent and partly.error.startswith("1 of 2 parts sent")


def test_long_texts_are_split_at_line_ends_within_the_limit():
    text = "\n".join(f"line {n} " + "x" * 50 for n in range(200))
    pieces = split_text(text, 1000)
    assert "".join(pieces) == text
    assert all(len(piece) <= 1000 and piece.endswith("\n") for piece in pieces[:-1])


def test_only_claims_older_than_the_cutoff_count_as_interrupted(engine, tmp_path):
    ws = make_workspace(engine, tmp_path)
    ingest(ws, text_update_bytes(960, COMPLAINT, 4000), "chat")
    [claimed] = claim_due(ws, "chat")
    assert release_interrupted(ws, "chat", ws.now() - timedelta(seconds=1)) == 0  # a live send
    assert rows(ws, Outbox)[0].state == SENDING
    assert release_interrupted(ws, "chat", ws.now()) == 1
    [entry] = rows(ws, Outbox)
    assert (entry.id, entry.state, entry.last_error) == (claimed.id, "failed", INTERRUPTED)


def test_two_workers_queue_each_staff_notice_once(engine, tmp_path):
    ws = make_workspace(engine, tmp_path, telegram_staff_chat_id=-100777)
    for n in range(6):  # each complaint: opened, then drafted
        ingest(ws, text_update_bytes(970 + n, COMPLAINT, 5000 + n), "chat")
    counts: list[int] = []
    workers = [
        threading.Thread(target=lambda: counts.append(queue_staff_notices(ws, NoticeCursor())))
        for _ in range(3)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    notices = rows(ws, Outbox, Outbox.purpose == "staff_notice")
    assert sum(counts) == len(notices) == 12
    assert len({entry.notice_key for entry in notices}) == 12
    assert queue_staff_notices(ws, NoticeCursor()) == 0  # a restart finds them queued


@pytest.mark.parametrize("language", [*CHAT_LANGUAGES, "ja+en"])
def test_the_bot_texts_render_in_every_language(language):
    from datetime import UTC, datetime

    from intake.settings import Settings

    greeting = render_chat_text("start", language, {"company": Settings().company})
    assert "/status" in greeting and "\n\n\n" not in greeting
    cases = [
        Case(number=f"PR-2026-{n:06d}", channel="chat", state=state, kinds=["deletion"])
        for n, state in enumerate(STATUS_OF_STATE, 1)
    ]
    cases[0].due_answer_at = datetime(2026, 12, 15, tzinfo=UTC)
    listing = render_chat_text("status", language, {"cases": status_rows(cases)})
    assert all(case.number in listing for case in cases)
    assert render_chat_text("status", language, {"cases": []}) not in listing
