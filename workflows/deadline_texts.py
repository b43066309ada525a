"""The staff's messages about deadlines: reminders, escalations and the daily digest.

Staff read Japanese and English, as in the staff chat's notices (`bots.staff_notices`): each
message says it in Japanese first, then in English, with the link to the case in the console.
Times are shown in the deadline time zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from intake.settings import Settings
from workflows.deadline_policy import Notice
from workflows.drafting import BILINGUAL, RenderedReply
from workflows.models import Case


@dataclass(frozen=True)
class DigestLine:
    """A case in the digest: its number, state, kinds and the due time that matters."""

    number: str
    state: str
    kinds: Sequence[str]
    due: datetime | None


def local_time(settings: Settings, moment: datetime | None) -> str:
    """`2026-12-10 23:59 JST` (in the deadline time zone), or `-`."""
    if moment is None:
        return "-"
    return f"{moment.astimezone(settings.deadline_zone):%Y-%m-%d %H:%M %Z}"


def console_url(settings: Settings, case_number: str) -> str:
    """The case's page in the staff console."""
    base = settings.public_url or f"http://{settings.console_host}:{settings.console_port}"
    return f"{base.rstrip('/')}/cases/{case_number}"


def _label(notice: Notice) -> str:
    """The label in the notice's key (`staff_reminder:50%:...` -> `50%`)."""
    parts = notice.key.split(":")
    return parts[1] if len(parts) > 2 else ""


def _reminder_reason(notice: Notice) -> tuple[str, str]:
    label = _label(notice)
    if label.endswith("%"):
        return f"目標期間の{label}が経過しました", f"{label} of the time to the target has passed"
    if label.endswith("bd-before"):
        days = label.removesuffix("bd-before")
        return f"回答期限の{days}営業日前です", f"{days} business day(s) before the target"
    return "回答期限が近づいています", "the target is near"


def _case_facts(case: Case) -> tuple[str, str]:
    kinds = ", ".join(case.kinds) or "triage"
    japanese = f"状態：{case.state}　種類：{kinds}　方針：{case.policy}"
    english = f"State: {case.state}; kinds: {kinds}; policy: {case.policy}"
    return japanese, english


def staff_notice_text(
    settings: Settings, case: Case, notice: Notice, now: datetime
) -> RenderedReply:
    """The message of a staff reminder or an escalation about `case`."""
    number = case.number or ""
    facts_ja, facts_en = _case_facts(case)
    answer = local_time(settings, case.due_answer_at)
    if notice.kind == "staff_reminder":
        reason_ja, reason_en = _reminder_reason(notice)
        subject = f"回答期限のお知らせ / Answer due soon: {number} (due {answer})"
        ja = [f"案件 {number}：{reason_ja}。", f"回答期限：{answer}"]
        en = [f"Case {number}: {reason_en}.", f"Answer due: {answer}"]
    elif notice.kind == "backstop_overdue":
        backstop = local_time(settings, case.due_backstop_at)
        days = (now - notice.at).days
        subject = f"【至急】法定期限超過 / URGENT: APPI two weeks passed: {number}"
        ja = [
            f"案件 {number}：受付から2週間（{backstop}）を経過しましたが、まだ回答していません"
            f"（超過{days}日）。",
            "個人情報保護法第39条により、ご本人は訴えを提起できる状態です。直ちに対応してください。",
        ]
        en = [
            f"Case {number}: two weeks have passed since the request arrived ({backstop}) and it "
            f"is not answered ({days} day(s) over).",
            "Under APPI Art. 39 the requester may now sue. Please act now.",
        ]
    else:
        days = (now - notice.at).days
        subject = f"【期限超過】回答期限を過ぎています / Overdue: {number} (due {answer})"
        ja = [f"案件 {number}：回答期限（{answer}）を過ぎています（超過{days}日）。"]
        en = [f"Case {number}: the answer was due {answer} ({days} day(s) over)."]
    link = console_url(settings, number)
    body = "\n".join([*ja, facts_ja, "", *en, facts_en, "", link]) + "\n"
    return RenderedReply(subject, body, BILINGUAL)


def digest_text(
    settings: Settings,
    day: str,
    sections: Sequence[tuple[str, str, Sequence[DigestLine]]],
) -> RenderedReply:
    """The daily digest: for each (Japanese title, English title, cases) a list of cases."""
    counts = " / ".join(f"{english} {len(lines)}" for _ja, english, lines in sections)
    subject = f"本日の期限一覧 / Deadline digest {day}: {counts}"
    body: list[str] = [f"{day} の期限一覧 / Deadline digest for {day}", ""]
    for japanese, english, lines in sections:
        body.append(f"■ {japanese} / {english} ({len(lines)})")
        if not lines:
            body.append("  なし / none")
        for line in lines:
            kinds = ", ".join(line.kinds) or "triage"
            due = local_time(settings, line.due)
            body.append(f"  {line.number}  {line.state}  {kinds}  due {due}")
            body.append(f"    {console_url(settings, line.number)}")
        body.append("")
    return RenderedReply(subject, "\n".join(body).rstrip() + "\n", BILINGUAL)
