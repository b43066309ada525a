"""The customer reply templates under `templates/replies/` render, say what they must, and
leave nothing unused."""

import re
from datetime import UTC, datetime
from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes

from workflows.drafting import (
    BASIC_LANGUAGES,
    BASIC_TEMPLATES,
    BILINGUAL,
    FULL_LANGUAGES,
    REPLY_TEMPLATES,
    has_template,
    render_reply,
    reply_environment,
)

REPLIES_DIR = Path(__file__).resolve().parents[2] / "templates" / "replies"
CASE_NUMBER = "PR-2026-000123"
KINDS = ("disclosure", "correction", "suspension", "deletion", "complaint", "inquiry")
OUTCOMES = ("done", "refused", "not_applicable")
TOPICS = (
    "collected",
    "cookies",
    "purposes",
    "third_party",
    "entrustment",
    "joint_use",
    "retention",
    "storage_location",
    "contact",
)
COMPANY = {
    "name_ja": "Win Techno株式会社",
    "name_en": "Win Techno Inc.",
    "desk_ja": "個人情報保護管理窓口",
    "desk_en": "Personal Information Protection Management Contact",
    "address_ja": "〒106-6135 東京都港区六本木6-2-31 六本木ヒルズノースタワー17階",
    "address_en": (
        "Roppongi Hills North Tower 17F, 6-2-31 Roppongi, Minato-ku, Tokyo 106-6135, Japan"
    ),
    "email": "support@win-techno.com",
}
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def sample_context(**overrides):
    """A realistic context with every variable a reply template may use."""
    context = {
        "case_number": CASE_NUMBER,
        "channel": "email",
        "requester_name": "Taro Yamada",
        "customer_name": "山田 太郎",
        "kinds": ["disclosure", "deletion"],
        "items": [
            {"kind": "disclosure", "outcome": "done", "reason": None},
            {"kind": "deletion", "outcome": "refused", "reason": "契約期間中のため。"},
        ],
        "received_at": datetime(2026, 12, 1, 1, 0, tzinfo=UTC),
        "due_at": datetime(2026, 12, 15, 8, 0, tzinfo=UTC),
        "identity_required": True,
        "code": "482913",
        "code_expires_at": datetime(2026, 12, 2, 15, 30, tzinfo=UTC),
        "confirm_url": "https://privacy.win-techno.com/confirm/6f1c2a",
        "days_left": 2,
        "export_files": ["personal-data.json", "third-party-provision-records.csv"],
        "changes": [
            {"field_label": "住所", "old": "東京都渋谷区1-1-1", "new": "東京都港区六本木1-2-3"},
            {"field_label": "電話番号", "old": None, "new": "03-1234-5678"},
        ],
        "opt_outs": ["marketing", "third_party"],
        "topics": ["collected", "retention"],
        "staff_note": None,
        "refusal_reason": "ご本人様であることを確認できなかったため。",
        "extension_reason": "関連部署での調査に時間を要しているため。",
        "company": dict(COMPANY),
    }
    unknown = set(overrides) - set(context)
    assert not unknown, f"not a reply context variable: {unknown}"
    context.update(overrides)
    return context


def all_optional_missing():
    return sample_context(
        requester_name=None,
        customer_name=None,
        kinds=[],
        items=[],
        due_at=None,
        identity_required=False,
        code=None,
        code_expires_at=None,
        confirm_url=None,
        days_left=None,
        export_files=[],
        changes=[],
        opt_outs=[],
        topics=[],
        staff_note=None,
        refusal_reason=None,
        extension_reason=None,
    )


# Wording that only the named part produces, per language.
PART_MARKERS = {
    "ja": {
        "disclosure_done": "第三者提供記録",
        "correction_done": "訂正・追加いたしました",
        "suspension_done": "下記を停止いたしました",
        "deletion_done": "アカウントも閉鎖いたしました",
        "complaint_done": "真摯に受け止めております",
        "inquiry_done": "プライバシーポリシーに基づき",
        "refused": "ご要望に沿いかねる結果となりました",
        "not_applicable": "対応の対象となる事項がございませんでした",
    },
    "en": {
        "disclosure_done": "records of any provision of your personal data to third parties",
        "correction_done": "corrected our records as follows",
        "suspension_done": "have stopped:",
        "deletion_done": "your account has been closed",
        "complaint_done": "We take your concerns seriously",
        "inquiry_done": "Here are the answers to your questions",
        "refused": "we are unable to carry out your request for",
        "not_applicable": "there was nothing for us to do regarding",
    },
}
TOPIC_MARKERS = {
    "ja": {
        "collected": "プライバシーポリシー第2項",
        "cookies": "第2.3.3項",
        "purposes": "第3項",
        "third_party": "第4項",
        "entrustment": "第6項",
        "joint_use": "第7項",
        "retention": "【保存期間】",
        "storage_location": "【保管場所】",
        "contact": "第12項",
    },
    "en": {
        "collected": "section 2 of our Privacy Policy",
        "cookies": "section 2.3.3",
        "purposes": "section 3 of our Privacy Policy",
        "third_party": "section 4 of our Privacy Policy",
        "entrustment": "section 6",
        "joint_use": "section 7",
        "retention": "How long we keep your information",
        "storage_location": "Where your information is stored",
        "contact": "section 12",
    },
}


@pytest.mark.parametrize("language", FULL_LANGUAGES)
@pytest.mark.parametrize("name", REPLY_TEMPLATES)
def test_every_reply_template_renders_in_japanese_and_english(name, language):
    reply = render_reply(name, language, sample_context())
    assert reply.language == language
    assert reply.subject.strip()
    assert "\n" not in reply.subject
    assert reply.body.strip()
    assert reply.body.endswith("\n")


@pytest.mark.parametrize("language", FULL_LANGUAGES)
@pytest.mark.parametrize("name", REPLY_TEMPLATES)
def test_every_reply_template_renders_with_all_optional_values_missing(name, language):
    reply = render_reply(name, language, all_optional_missing())
    assert reply.subject.strip()
    assert "None" not in reply.body


@pytest.mark.parametrize("language", BASIC_LANGUAGES)
@pytest.mark.parametrize("name", BASIC_TEMPLATES)
def test_basic_templates_render_in_each_basic_language(name, language):
    for context in (sample_context(), sample_context(channel="chat"), all_optional_missing()):
        reply = render_reply(name, language, context)
        assert reply.language == language
        assert reply.subject.strip()
        assert "\n" not in reply.subject
        assert reply.body.strip()
        assert "None" not in reply.body
    assert COMPANY["email"] in render_reply(name, language, sample_context()).body


@pytest.mark.parametrize("language", BASIC_LANGUAGES)
@pytest.mark.parametrize("name", sorted(set(REPLY_TEMPLATES) - set(BASIC_TEMPLATES)))
def test_other_templates_fall_back_to_japanese_and_english(name, language):
    assert not has_template(name, language)
    reply = render_reply(name, language, sample_context())
    assert reply.language == BILINGUAL
    japanese, english = reply.body.split("-" * 40)
    assert JAPANESE.search(japanese)
    assert "Kind regards," in english
    assert " / " in reply.subject


def test_answer_in_french_gives_japanese_and_english():
    reply = render_reply("answer", "fr", sample_context())
    assert reply.language == "ja+en"
    assert "■ 開示について" in reply.body
    assert "== Disclosure of your personal data ==" in reply.body


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_answer_reaches_every_part(language):
    items = [
        {"kind": kind, "outcome": outcome, "reason": f"reason-{kind}-{outcome}"}
        for kind in KINDS
        for outcome in OUTCOMES
    ]
    context = sample_context(items=items, topics=list(TOPICS), staff_note="We checked the logs.")
    body = render_reply("answer", language, context).body
    for part, marker in PART_MARKERS[language].items():
        assert marker in body, part
    for topic, marker in TOPIC_MARKERS[language].items():
        assert marker in body, topic
    for kind in KINDS:
        assert f"reason-{kind}-refused" in body
        assert f"reason-{kind}-not_applicable" in body
    for name in context["export_files"]:
        assert name in body
    assert "東京都港区六本木1-2-3" in body
    assert body.count("We checked the logs.") == 1


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_answer_covers_each_item_once_under_its_own_heading(language):
    body = render_reply("answer", language, sample_context()).body
    heading = "■ 削除について" if language == "ja" else "== Deletion =="
    assert body.count(heading) == 1
    assert "契約期間中のため。" in body
    assert PART_MARKERS[language]["deletion_done"] not in body


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_answer_refuses_to_render_an_undecided_item(language):
    context = sample_context(items=[{"kind": "deletion", "outcome": "pending", "reason": None}])
    with pytest.raises(jinja2.UndefinedError):
        render_reply("answer", language, context)


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_answer_fails_on_an_unknown_topic(language):
    with pytest.raises(jinja2.TemplateNotFound):
        render_reply(
            "answer",
            language,
            sample_context(
                items=[{"kind": "inquiry", "outcome": "done", "reason": None}], topics=["weather"]
            ),
        )


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_answer_on_retention_and_storage_says_the_desk_answers_individually(language):
    context = sample_context(
        items=[{"kind": "inquiry", "outcome": "done", "reason": None}],
        topics=["retention", "storage_location"],
    )
    body = render_reply("answer", language, context).body
    individually = (
        "個別にご回答いたします" if language == "ja" else "answers this question individually"
    )
    assert body.count(individually) == 2


@pytest.mark.parametrize("name", ["identity_request", "identity_reminder"])
@pytest.mark.parametrize("language", FULL_LANGUAGES + BASIC_LANGUAGES)
def test_identity_messages_show_the_code_and_its_expiry_date(name, language):
    context = sample_context()
    body = render_reply(name, language, context).body
    assert "482913" in body
    expiry = {
        "ja": "2026年12月3日",  # 15:30 UTC on 2 December is 00:30 on 3 December in Tokyo
        "zh": "2026年12月3日",
        "ko": "2026년 12월 3일",
        "en": "3 December 2026",
        "de": "3.12.2026",
        "fr": "03/12/2026",
        "es": "03/12/2026",
    }[language]
    assert expiry in body
    assert "00:30" in body
    assert context["confirm_url"] in body


CHANNEL_WORDING = {
    ("ja", "email"): "本メールにご返信",
    ("ja", "chat"): "このチャットにて",
    ("en", "email"): "reply to this email",
    ("en", "chat"): "send this code in this chat",
}


@pytest.mark.parametrize("name", ["identity_request", "identity_reminder"])
@pytest.mark.parametrize(("language", "channel"), sorted(CHANNEL_WORDING))
def test_identity_messages_tell_how_to_send_the_code_back(name, language, channel):
    body = render_reply(name, language, sample_context(channel=channel)).body
    assert CHANNEL_WORDING[language, channel] in body
    other = "chat" if channel == "email" else "email"
    assert CHANNEL_WORDING[language, other] not in body


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_identity_request_warns_about_passwords_and_strangers(language):
    body = render_reply("identity_request", language, sample_context()).body
    if language == "ja":
        assert "パスワードをお尋ねすることは一切ございません" in body
        assert "お心当たりのない場合" in body
        assert "ご登録いただいているメールアドレス" in body
    else:
        assert "never ask you for your password" in body
        assert "If you did not make this request" in body
        assert "address we have on record" in body


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_chat_identity_messages_name_the_masked_address_and_ask_for_the_code_here(language):
    context = {**sample_context(channel="chat", code=None), "masked_address": "t***@example.jp"}
    body = render_reply("identity_code_sent", language, context).body
    assert "t***@example.jp" in body
    assert ("このチャットにて" if language == "ja" else "in this chat") in body
    assert "482913" not in body
    body = render_reply("identity_ask_account", language, sample_context(channel="chat")).body
    assert ("メールアドレス" if language == "ja" else "email address") in body
    assert "482913" not in body


@pytest.mark.parametrize(("days_left", "wording"), [(3, "3 days"), (1, "1 day."), (0, "today")])
def test_identity_reminder_counts_the_days_left(days_left, wording):
    body = render_reply("identity_reminder", "en", sample_context(days_left=days_left)).body
    assert f"The code expires in {wording}" in body or f"The code expires {wording}" in body


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_acknowledgement_lists_the_requested_kinds_in_words(language):
    body = render_reply("acknowledgement", language, sample_context()).body
    if language == "ja":
        assert "開示、削除" in body
        assert "2026年12月15日" in body
        assert "別途メッセージにてご案内" in body
    else:
        assert "disclosure of your personal data and deletion" in body
        assert "15 December 2026" in body
        assert "separate message" in body
    assert CASE_NUMBER in body


@pytest.mark.parametrize("language", FULL_LANGUAGES + BASIC_LANGUAGES)
def test_subject_never_contains_the_case_number(language):
    names = REPLY_TEMPLATES if language in FULL_LANGUAGES else BASIC_TEMPLATES
    for name in names:
        for context in (sample_context(), all_optional_missing()):
            subject = render_reply(name, language, context).subject
            assert CASE_NUMBER not in subject
            assert "PR-" not in subject


@pytest.mark.parametrize("name", REPLY_TEMPLATES)
def test_japanese_bodies_end_with_the_signature(name):
    body = render_reply(name, "ja", sample_context()).body
    signature = "\n".join(
        [
            COMPANY["name_ja"],
            COMPANY["desk_ja"],
            COMPANY["address_ja"],
            "メール：" + COMPANY["email"],
        ]
    )
    assert body.rstrip().endswith(signature)
    assert body.startswith("山田 太郎 様\n")


@pytest.mark.parametrize(
    ("customer_name", "requester_name", "greeting"),
    [
        ("山田 太郎", "Taro Yamada", "山田 太郎 様"),
        (None, "Taro Yamada", "Taro Yamada 様"),
        ("佐藤花子様", None, "佐藤花子様"),
        (None, None, "お客様"),
    ],
)
def test_japanese_greeting_addresses_the_customer_with_sama(
    customer_name, requester_name, greeting
):
    context = sample_context(customer_name=customer_name, requester_name=requester_name)
    body = render_reply("acknowledgement", "ja", context).body
    assert body.splitlines()[0] == greeting


@pytest.mark.parametrize(
    ("customer_name", "requester_name", "greeting"),
    [("Taro Yamada", "T. Y.", "Dear Taro Yamada,"), (None, None, "Hello,")],
)
def test_english_greeting_uses_the_name_or_hello(customer_name, requester_name, greeting):
    context = sample_context(customer_name=customer_name, requester_name=requester_name)
    assert render_reply("refusal", "en", context).body.splitlines()[0] == greeting


@pytest.mark.parametrize("language", FULL_LANGUAGES + BASIC_LANGUAGES)
def test_bodies_have_no_runs_of_blank_lines_or_stray_spaces(language):
    names = REPLY_TEMPLATES if language in FULL_LANGUAGES else BASIC_TEMPLATES
    items = [{"kind": kind, "outcome": "done", "reason": None} for kind in KINDS]
    for name in names:
        for context in (
            sample_context(items=items, topics=list(TOPICS), staff_note="Note."),
            all_optional_missing(),
        ):
            body = render_reply(name, language, context).body
            assert "\n\n\n" not in body, name
            assert not re.search(r"[ \t]+\n", body), name


def _referenced_patterns(source):
    """Regular expressions of the template names a template includes, imports or extends."""
    tree = reply_environment().parse(source)
    patterns = []
    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        expression = node.template
        pieces = expression.nodes if isinstance(expression, nodes.Concat) else [expression]
        patterns.append(
            "".join(
                re.escape(piece.value) if isinstance(piece, nodes.Const) else "[^/]+"
                for piece in pieces
            )
        )
    return patterns


def test_no_template_file_is_unused():
    files = {path.relative_to(REPLIES_DIR).as_posix() for path in REPLIES_DIR.rglob("*.j2")}
    stray = sorted(p.relative_to(REPLIES_DIR).as_posix() for p in REPLIES_DIR.rglob("*"))
    assert all(name.endswith(".j2") or (REPLIES_DIR / name).is_dir() for name in stray)
    roots = {f"{lang}/{name}.j2" for lang in FULL_LANGUAGES for name in REPLY_TEMPLATES}
    roots |= {f"{lang}/{name}.j2" for lang in BASIC_LANGUAGES for name in BASIC_TEMPLATES}
    assert roots <= files, sorted(roots - files)
    reached, queue = set(), sorted(roots)
    while queue:
        name = queue.pop()
        if name in reached:
            continue
        reached.add(name)
        for pattern in _referenced_patterns((REPLIES_DIR / name).read_text(encoding="utf-8")):
            matches = [other for other in files if re.fullmatch(pattern, other)]
            assert matches, f"{name} refers to {pattern!r}, which matches no file"
            queue.extend(matches)
    assert files == reached, sorted(files - reached)
    extra = {
        name
        for name in files
        if re.fullmatch(r"[a-z]{2}/[a-z_]+\.j2", name)
        and not name.split("/")[1].startswith("_")
        and name.split("/")[1][:-3] not in REPLY_TEMPLATES
    }
    assert not extra


@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_dynamic_parts_exist_exactly_for_the_known_kinds_and_topics(language):
    parts = {path.stem for path in (REPLIES_DIR / language / "parts").glob("*.j2")}
    assert {name for name in parts if name.endswith("_done")} == {f"{k}_done" for k in KINDS}
    assert {name for name in parts if name.startswith("topic_")} == {f"topic_{t}" for t in TOPICS}
