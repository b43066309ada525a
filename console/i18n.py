"""The console's interface text in Japanese and English, and how a request picks one."""

from __future__ import annotations

LANGUAGES = ("ja", "en")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Privacy desk",
        "login": "Log in",
        "logout": "Log out",
        "username": "Username",
        "password": "Password",
        "login_failed": "Wrong username or password, or the account is locked for a while.",
        "queue": "Queue",
        "case": "Case",
        "draft": "Draft",
        "number": "Number",
        "state": "State",
        "kind": "Kind",
        "kinds": "Kinds",
        "channel": "Channel",
        "language": "Language",
        "customer": "Customer",
        "requester": "Requester",
        "subject": "Subject",
        "due": "Due",
        "days_left": "Days left",
        "overdue": "overdue",
        "any": "any",
        "search": "Search",
        "filter": "Filter",
        "no_cases": "No open cases match.",
        "messages": "Messages",
        "quoted": "Quoted text",
        "signature": "Signature",
        "disclaimer": "Disclaimer",
        "html_part": "HTML part (sanitised)",
        "cues": "Classification cues",
        "identity": "Identity",
        "confirm_identity": "Confirm identity by hand",
        "note": "Note (how it was checked)",
        "registry": "Registry record",
        "not_linked": "Not linked to the registry",
        "timeline": "Timeline",
        "items": "Items",
        "outbox": "Outbox",
        "edit_draft": "Edit the draft",
        "body": "Body",
        "save": "Save",
        "preview": "Preview: exactly what will be sent",
        "recipient": "To",
        "approve": "Approve and send",
        "reject": "Reject",
        "extend": "Extend the deadline",
        "reason": "Reason (the customer reads it)",
        "no_draft": "There is no draft for this case.",
        "attachments_note": "Attachments made at approval (the data export) are added then.",
        "signed_in_as": "Signed in as",
        "error": "Not done",
        "back": "Back",
        "opened": "Opened",
    },
    "ja": {
        "title": "個人情報窓口",
        "login": "ログイン",
        "logout": "ログアウト",
        "username": "ユーザー名",
        "password": "パスワード",
        "login_failed": "ユーザー名かパスワードが違うか、アカウントが一時的にロックされています。",
        "queue": "案件一覧",
        "case": "案件",
        "draft": "返信案",
        "number": "番号",
        "state": "状態",
        "kind": "種別",
        "kinds": "種別",
        "channel": "経路",
        "language": "言語",
        "customer": "顧客",
        "requester": "依頼者",
        "subject": "件名",
        "due": "期限",
        "days_left": "残り日数",
        "overdue": "期限超過",
        "any": "すべて",
        "search": "検索",
        "filter": "絞り込み",
        "no_cases": "該当する未完了の案件はありません。",
        "messages": "メッセージ",
        "quoted": "引用部分",
        "signature": "署名",
        "disclaimer": "免責文",
        "html_part": "HTML部分（無害化済み）",
        "cues": "分類の手がかり",
        "identity": "本人確認",
        "confirm_identity": "手動で本人確認する",
        "note": "メモ（確認の方法）",
        "registry": "登録情報",
        "not_linked": "登録情報と未連携",
        "timeline": "経緯",
        "items": "請求項目",
        "outbox": "送信キュー",
        "edit_draft": "返信案を編集",
        "body": "本文",
        "save": "保存",
        "preview": "プレビュー（送信される内容そのもの）",
        "recipient": "宛先",
        "approve": "承認して送信",
        "reject": "却下",
        "extend": "期限を延長",
        "reason": "理由（お客様に伝わります）",
        "no_draft": "この案件には返信案がありません。",
        "attachments_note": "承認時に作られる添付ファイル（開示データ）はその時に加わります。",
        "signed_in_as": "ログイン中",
        "error": "実行できません",
        "back": "戻る",
        "opened": "受付",
    },
}


def choose_language(setting: str, accept_language: str | None) -> str:
    """The setting when it names a language, else the browser's first ja or en, else en."""
    if setting in LANGUAGES:
        return setting
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else "en"
