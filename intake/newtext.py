"""Split a plain-text mail body into what the sender wrote now and everything else.

The classifier reads only `TextParts.new_text`, so quoted replies, forwarded messages,
signatures and legal disclaimers are moved out of it, while the sender's own words stay.
When in doubt a line stays new text: losing a request is worse than keeping a signature.

How: regular-expression scans running at C speed find the few lines that can matter (runs
of quoted lines, rules and separators, header blocks, lines ending in a colon), so ordinary
prose costs no Python work per line. `>`-quoted runs, with their attribution line, are
quoted wherever they stand; the first unmarked history block (Original Message, an Outlook
header block, a forward, a dated attribution over unmarked text) is quoted with everything
below it. The first and the last unquoted runs then have disclaimers and a signature peeled
off their ends. Every step is linear: no pattern can match a line in two ways, and the
heuristics only look at short, bounded stretches of lines.
"""

from __future__ import annotations

import heapq
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TextParts:
    """A mail body split by where each part came from; each part is stripped."""

    new_text: str  # only what the sender wrote now
    quoted: str  # quoted replies and forwarded messages
    signature: str  # signature block(s)
    disclaimer: str  # legal / confidentiality / privacy disclaimers


def split_text(text: str) -> TextParts:
    """Split a decoded body; never raises, and new_text is never empty for a non-blank body."""
    try:
        return _split(text)
    except Exception:
        _log.exception("split_text failed; the whole body is kept as new text")
        return TextParts(text.strip() if isinstance(text, str) else "", "", "", "")


# --- line shapes ------------------------------------------------------------------------------

QUOTE_MARKS = ">＞|"
BLANKS = " \t\u3000\xa0"
RULE_CHARS = "-_=*~#+─━＿＝＊～・■□◆◇☆★※ー－—–"
RULE_AND_BLANKS = RULE_CHARS + BLANKS
MAX_MARKER_CHARS = 300  # attribution, header and separator lines are never longer

SEPARATOR_TITLES = frozenset(
    {
        "original message",
        "original-message",
        "original-nachricht",
        "ursprüngliche nachricht",
        "message d'origine",
        "message original",
        "mensaje original",
        "元のメッセージ",
        "オリジナルメッセージ",
        "原始邮件",
        "원본 메시지",
        "forwarded message",
        "weitergeleitete nachricht",
        "message transféré",
        "mensaje reenviado",
        "転送メッセージ",
        "転送されたメッセージ",
        "转发的邮件",
        "전달된 메시지",
        "전달된 메일",
    }
)
FORWARD_INTROS = frozenset(
    {
        "begin forwarded message",
        "anfang der weitergeleiteten nachricht",
        "début du message réexpédié",
        "inicio del mensaje reenviado",
        "転送されたメッセージ",
        "转发的邮件",
    }
)
HEADER_FIELDS: dict[str, str] = {
    **dict.fromkeys(
        ["from", "差出人", "送信者", "送信元", "von", "de", "da", "van", "发件人", "寄件者"],
        "from",
    ),
    **dict.fromkeys(["寄件人", "보낸 사람", "보낸사람"], "from"),
    **dict.fromkeys(
        ["sent", "date", "送信日時", "送信日", "日付", "日時", "gesendet", "datum", "envoyé"],
        "date",
    ),
    **dict.fromkeys(
        ["enviado", "fecha", "发送时间", "日期", "时间", "보낸 날짜", "날짜", "inviato", "data"],
        "date",
    ),
    **dict.fromkeys(
        ["to", "宛先", "an", "à", "a", "para", "收件人", "받는 사람", "받는사람", "aan"], "to"
    ),
    **dict.fromkeys(["cc", "bcc", "抄送", "참조"], "cc"),
    **dict.fromkeys(
        ["subject", "件名", "betreff", "objet", "asunto", "主题", "主旨", "제목", "oggetto"],
        "subject",
    ),
}

ATTRIBUTION_ENDINGS = (
    *("wrote", "a écrit", "escribió", "schreef", "ha scritto", "写道", "님이 작성", "님이작성"),
    *("書きました", "書き込みました", "のメール"),
)
DATED_LINE_START = re.compile(r"\d{4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}|\d{4}년")
TIME_OF_DAY = re.compile(r"\d{1,2}\s*[:時]\s*\d{2}")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}/\d{1,2}/\d{2}\b")
ATTRIBUTION_OPENERS = ("On ", "Le ", "Am ", "El ", "Il ", "Op ", "在")


def _field_names(wanted: set[str]) -> str:
    """A regex alternation of the header field names with these canonical meanings."""
    names = (name for name, field in HEADER_FIELDS.items() if field in wanted)
    return "|".join(re.escape(name).replace(r"\ ", " ?") for name in names)


FROM_FIELD = rf"(?i:{_field_names({'from'})})[{BLANKS}]*[:：][^\n]*"
OTHER_FIELD = rf"(?i:{_field_names({'date', 'to', 'cc', 'subject'})})[{BLANKS}]*[:：][^\n]*"
WRAPPED_VALUE = r"(?:\n[ \t]+[^\n:：]*)?"  # a To: list folded onto an indented line
FROM_FIELD_STARTS = "".join(
    sorted({name[0] + name[0].upper() for name, field in HEADER_FIELDS.items() if field == "from"})
)
# One scan finds every line that starts something. Each alternative begins at a line start,
# none can match the same text in two ways (so the scan stays linear), and the literal
# newline plus a one-character look-ahead let the engine skip ordinary lines fast.
LINE_START = (
    rf"[{BLANKS}]*(?:"
    rf"(?P<quote>[>＞][^\n]*(?:\n[{BLANKS}]*[>＞][^\n]*)*)"
    rf"|(?P<pipe>\|[^\n]*(?:\n[{BLANKS}]*\|[^\n]*)*)"
    rf"|(?P<header>{FROM_FIELD}{WRAPPED_VALUE}(?:\n[{BLANKS}]*{OTHER_FIELD}{WRAPPED_VALUE}){{2,}})"
    rf"|(?P<ruled_header>[_\-]{{5,}}[{BLANKS}]*\n[{BLANKS}]*{FROM_FIELD}\n[{BLANKS}]*{OTHER_FIELD})"
    rf"|(?P<rule>[{re.escape(RULE_CHARS)}])"
    ")"
)
FIRST_LINE_EVENT = re.compile(LINE_START)
LINE_EVENT = re.compile(
    rf"\n(?=[{re.escape(BLANKS + QUOTE_MARKS + RULE_CHARS + FROM_FIELD_STARTS)}]){LINE_START}"
)
LINE_END_COLON = re.compile(rf":[{BLANKS}]*(?=\n|\Z)")
LINE_END_WIDE_COLON = re.compile(rf"：[{BLANKS}]*(?=\n|\Z)")


def _is_quote_line(stripped: str) -> bool:
    """A line quoted with `>`, `＞` or `|` (a `|...|` table row is not a quote)."""
    head = stripped[0]
    return head in QUOTE_MARKS and not (head == "|" and stripped[-1] == "|" and len(stripped) > 1)


def _is_rule(stripped: str) -> bool:
    """A decorative rule such as `-----`, `━━━━` or `＿＿＿` (three marks or more)."""
    return len(stripped) >= 3 and not stripped.strip(RULE_AND_BLANKS)


def _is_separator(stripped: str) -> bool:
    """`-----Original Message-----`, `---------- Forwarded message ---------` and kin."""
    if stripped[0] not in RULE_CHARS:
        return False
    title = " ".join(stripped.strip(RULE_AND_BLANKS + ":：").split()).lower()
    return title in SEPARATOR_TITLES


def _is_forward_intro(stripped: str) -> bool:
    """`Begin forwarded message:` and its translations."""
    return stripped[:-1].strip().lower() in FORWARD_INTROS


def _attribution_strength(stripped: str) -> int:
    """2 for a dated or addressed reply header, 1 for a bare `X wrote:`, 0 for no attribution."""
    before_colon = stripped[:-1].rstrip().lower()
    if not (
        before_colon.endswith(ATTRIBUTION_ENDINGS)
        or "schrieb" in before_colon
        or ("@" in stripped and DATED_LINE_START.match(stripped))
    ):
        return 0
    if "@" in stripped or (TIME_OF_DAY.search(stripped) and YEAR.search(stripped)):
        return 2
    return 1


def _wrapped_attribution_start(lines: list[str], index: int, stripped: str) -> int:
    """The first line of an attribution that a mailer wrapped over two lines, as Gmail does."""
    if index == 0 or stripped.startswith(ATTRIBUTION_OPENERS) or stripped[0].isdigit():
        return index
    previous = lines[index - 1].strip()
    if (
        previous
        and len(previous) <= 200
        and previous.startswith(ATTRIBUTION_OPENERS)
        and previous[-1] not in ".!?。！？:："
    ):
        return index - 1
    return index


def _next_text_is_quote(lines: list[str], start: int) -> bool:
    """Whether the first non-blank line from `start` on (looking 50 lines ahead) is quoted."""
    for index in range(start, min(start + 50, len(lines))):
        stripped = lines[index].strip()
        if stripped:
            return _is_quote_line(stripped)
    return False


# --- quoted history -----------------------------------------------------------------------------


Event = tuple[int, int, re.Match[str]]  # line index, stream number, match


def _line_events(text: str) -> Iterator[Event]:
    """Every line that may quote or open history, lazily in line order, with its match.

    Stream 0 holds line starts (`LINE_EVENT`), 1 and 2 line-ending colons; each stream has at
    most one event per line, so no two events compare equal.
    """
    streams = [_line_start_events(text)]
    for stream, pattern, colon in ((1, LINE_END_COLON, ":"), (2, LINE_END_WIDE_COLON, "：")):
        if colon in text:
            streams.append(_numbered(pattern.finditer(text), text, stream))
    return streams[0] if len(streams) == 1 else heapq.merge(*streams)


def _line_start_events(text: str) -> Iterator[Event]:
    """Stream 0: quote runs, header blocks and rules, including one on the first line."""
    first = FIRST_LINE_EVENT.match(text)
    if first and first.lastgroup:
        yield 0, 0, first
    yield from _numbered(LINE_EVENT.finditer(text, first.end() if first else 0), text, 0)


def _numbered(matches: Iterator[re.Match[str]], text: str, stream: int) -> Iterator[Event]:
    """The matches with the index of the line each begins on (a leading newline is skipped)."""
    line = counted = 0
    for found in matches:
        start = found.start() + (text[found.start()] == "\n")
        line += text.count("\n", counted, start)
        counted = start
        yield line, stream, found


def _find_history(text: str, lines: list[str]) -> tuple[list[list[int]], int]:
    """Spans of quoted lines (with attributions), and where unmarked quoted history begins."""
    spans: list[list[int]] = []
    history_start = len(lines)
    for index, stream, found in _line_events(text):
        kind = found.lastgroup if stream == 0 else "colon"
        if kind in ("quote", "pipe"):
            end = index + 1 + text.count("\n", found.start() + 1, found.end())
            if kind == "pipe" and _is_table(lines, index, end):
                continue
            if spans and spans[-1][1] >= index:  # under its attribution line
                spans[-1][1] = end
            else:
                spans.append([index, end])
            continue
        if kind in ("header", "ruled_header"):
            history_start = index
            break
        stripped = lines[index].strip()
        if kind == "rule":
            if _is_separator(stripped):
                history_start = index
                break
            continue
        if stripped[0] in QUOTE_MARKS or len(stripped) > MAX_MARKER_CHARS:
            continue
        strength = _attribution_strength(stripped)
        if strength and _next_text_is_quote(lines, index + 1):
            spans.append([_wrapped_attribution_start(lines, index, stripped), index + 1])
        elif strength == 2:
            history_start = _wrapped_attribution_start(lines, index, stripped)
            break
        elif not strength and _is_forward_intro(stripped):
            history_start = index
            break
    while spans and spans[-1][0] >= history_start:
        spans.pop()
    if spans and spans[-1][1] > history_start:
        spans[-1][1] = history_start
    if history_start < len(lines):
        spans.append([history_start, len(lines)])
    return spans, history_start


def _is_table(lines: list[str], start: int, end: int) -> bool:
    """Whether `|`-led lines are mostly table rows (`| a | b |`) rather than a quote."""
    rows = sum(lines[index].rstrip().endswith("|") for index in range(start, end))
    return rows * 2 >= end - start


# --- disclaimers ----------------------------------------------------------------------------------


def _cues(alternatives: str) -> tuple[str, ...]:
    """Cue phrases written as one `a|b|c` string."""
    return tuple(alternatives.split("|"))


MAX_DISCLAIMER_LINES = 60
MAX_DISCLAIMER_CHARS = 5000
# Cues are matched as plain substrings: Latin ones in the lower-cased text with single spaces,
# CJK ones in the text without any whitespace (Japanese lines wrap mid-word). Each group
# counts one point, a telling phrase two more; a disclaimer needs three.
LATIN_CUES = {
    "confidential": _cues("confidential|privileged|proprietary"),
    "recipient": _cues(
        "intended recipient|intended solely|intended only|intended exclusively|addressee"
        "|named recipient"
    ),
    "error": _cues("in error|by mistake|mistakenly|misdirected"),
    "action": _cues(
        "notify the sender|notify us|inform the sender|destroy|delete it|delete this"
        "|delete the e|delete the message|delete the original|delete all copies"
        "|permanently delete"
    ),
    "prohibited": _cues("prohibited|must not|not permitted|unauthori|forbidden"),
    "copying": _cues("copying|distribut|disseminat|disclosure"),
    "liability": _cues("liable|liability|virus|error-free|secure or error"),
    "privacy": _cues(
        "privacy notice|privacy policy|privacy statement|data protection|processed in accordance"
    ),
    "this_mail": _cues("this email|this e-mail|this message|this communication|this transmission"),
}
CJK_CUES = {
    "confidential": _cues("機密|秘密|守秘|社外秘"),
    "recipient": _cues(
        "宛先以外|本来の宛先|本来の受信者|本来の受取人|名宛人|宛先に記載|宛先に指定|宛先として"
    ),
    "error": _cues(
        "誤って受信|誤って届|誤って配信|誤って送信|誤ってお受け取り|誤って本メール"
        "|誤ってこのメール|誤送信|誤配信|心当たりのない"
    ),
    "action": _cues(
        "送信者に|送信者へ|送信者まで|送信元に|送信元へ|送信元まで|破棄して|破棄し、"
        "|破棄の上|破棄いただ|破棄願|破棄くださ|破棄下さ|削除して|削除し、|削除の上"
        "|削除のうえ|削除いただ|削除願|削除くださ|削除下さ"
    ),
    "prohibited": _cues("禁止|固くお断り|無断で"),
    "copying": _cues("複製|転載|転送|配布|漏洩|開示"),
    "liability": _cues("責任を負|ウイルス|ウィルス"),
    "privacy": _cues("個人情報保護方針|個人情報の取扱|個人情報の取り扱|プライバシーポリシー"),
    "this_mail": _cues("本メール|本電子メール|このメール|当メール|本メッセージ"),
}
LATIN_CUES["telling"] = _cues(
    "if you are not|if you have received|not the intended recipient|in error, please"
    "|received this in error|received this email in error|received it in error"
    "|received this e-mail in error|received this message in error"
    "|we process your personal|we collect your personal|we handle your personal"
    "|personal data is processed|personal data are processed|personal data will be"
    "|personal information is processed|personal information will be"
)
CJK_CUES["telling"] = _cues(
    "誤って受信|誤ってお受け取り|誤って届|宛先以外の方|心当たりのない方"
    "|個人情報保護方針に|プライバシーポリシーに基づ|プライバシーポリシーに従"
)


def _cue_finder(groups: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, set[str]]]:
    """One alternation of every cue (longest first), and the groups each cue counts for."""
    every = {cue for cues in groups.values() for cue in cues}
    groups_of = {
        cue: {name for name, cues in groups.items() if any(part in cue for part in cues)}
        for cue in every
    }
    alternation = "|".join(re.escape(cue) for cue in sorted(every, key=len, reverse=True))
    return re.compile(alternation), groups_of


LATIN_CUE_FINDER, LATIN_CUE_GROUPS = _cue_finder(LATIN_CUES)
CJK_CUE_FINDER, CJK_CUE_GROUPS = _cue_finder(CJK_CUES)
FIRST_PERSON_WORD = re.compile(
    r"(?:I|My|my|Me|me|Mine|mine|Myself|myself)(?:'m|'ve|'d|'ll|’m|’ve)?\b"
)
FIRST_PERSON_CJK = ("私", "わたし", "わたくし", "僕")
DISCLAIMER_TITLE = re.compile(
    r"[\W_]*(?:confidentiality(?:\s+notice)?|confidential|disclaimer|legal\s+notice|privacy"
    r"\s+notice|免責事項|機密保持|注意事項|個人情報の取り?扱い(?:について)?)[\W_]*",
    re.IGNORECASE,
)
EXTERNAL_BANNER = _cues(
    "originated from outside|external email|external e-mail|external sender"
    "|do not click links|do not click on links|外部から送信|外部から届いた|外部から受信"
    "|社外からのメール"
)
EXTERNAL_BANNER_FINDER = re.compile("|".join(map(re.escape, EXTERNAL_BANNER)))


def _has_first_person(text: str) -> bool:
    """Whether the writer speaks as 'I' / 'my' / 「私」: disclaimers never do, customers do."""
    if any(word in text for word in FIRST_PERSON_CJK):
        return True
    for found in FIRST_PERSON_WORD.finditer(text):
        before = text[found.start() - 1] if found.start() else " "
        if not (before.isalpha() or before in "'’"):
            return True
    return False


def _disclaimer_score(paragraph: str) -> int:
    """Points for how much a paragraph reads like a disclaimer; 0 when its writer says I/my."""
    if _has_first_person(paragraph):
        return 0
    spaced = " ".join(paragraph.split()).lower()
    groups: set[str] = set()
    for found in LATIN_CUE_FINDER.finditer(spaced):
        groups |= LATIN_CUE_GROUPS[found.group()]
    if not spaced.isascii():
        for found in CJK_CUE_FINDER.finditer("".join(spaced.split())):
            groups |= CJK_CUE_GROUPS[found.group()]
    telling = "telling" in groups
    return len(groups) - telling + (2 if telling else 0)


def _last_paragraph(lines: list[str], start: int, end: int) -> int | None:
    """Start of the paragraph ending at `end` (no blank line at end), None when too long."""
    index = end
    while index > start and lines[index - 1].strip():
        index -= 1
        if end - index > MAX_DISCLAIMER_LINES:
            return None
    return index


def _peel_disclaimer(lines: list[str], start: int, end: int) -> int | None:
    """New end of the run once a disclaimer paragraph (and its title) is cut off its end."""
    first = _last_paragraph(lines, start, end)
    if first is None or first == end:
        return None
    paragraph = "\n".join(lines[first:end])
    if len(paragraph) > MAX_DISCLAIMER_CHARS or _disclaimer_score(paragraph) < 3:
        return None
    title_end = _trim_end(lines, start, first)
    title_start = _last_paragraph(lines, start, title_end)
    if title_start is not None and title_end - title_start == 1:
        title = lines[title_start].strip()
        if len(title) <= 60 and DISCLAIMER_TITLE.fullmatch(title):
            return title_start
    return first


def _peel_banner(lines: list[str], start: int, end: int) -> int:
    """New start of the run once an 'external sender' banner is cut off its beginning."""
    first = start
    while first < end and not lines[first].strip():
        first += 1
    last = first
    while last < end and lines[last].strip() and last - first < 8:
        last += 1
    paragraph = "\n".join(lines[first:last])
    if (
        paragraph
        and len(paragraph) <= 600
        and EXTERNAL_BANNER_FINDER.search(paragraph.lower())
        and not _has_first_person(paragraph)
    ):
        return last
    return start


# --- signatures ------------------------------------------------------------------------------

MAX_SIGNATURE_LINES = 15
MAX_DELIMITED_SIGNATURE_LINES = 20
RULE, SENT_FROM, CONTACT, COMPANY, NAME, TITLE = range(6)
CUE_KINDS = frozenset({SENT_FROM, CONTACT, COMPANY})

CLOSING = re.compile(
    r"(?:(?:(?:best|kind|warm(?:est)?|many|with\s+(?:best|kind)|yours|all\s+the)\s+)?"
    r"(?:regards|wishes|thanks|thank\s+you|cheers|best|sincerely|truly|faithfully|respectfully"
    r"|cordially)(?:\s+(?:in\s+advance|again|so\s+much|a\s+lot))?"
    r"|cordialement|bien\s+cordialement|bien\s+à\s+vous|(?:meilleures\s+)?salutations"
    r"|merci(?:\s+d'avance|\s+beaucoup)?|mit\s+freundlichen\s+grüßen"
    r"|(?:viele|beste|liebe|freundliche)\s+grüße|mfg|lg|danke|vielen\s+dank(?:\s+im\s+voraus)?"
    r"|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|cordialmente|gracias(?:\s+de\s+antemano)?"
    r"|谢谢(?:您)?|此致|敬礼|祝好|顺祝商祺|감사합니다|고맙습니다|以上|敬具|草々|かしこ)"
    r"[\s,.!！。、~～]*",
    re.IGNORECASE,
)
JA_CLOSINGS = ("よろしくお願い", "宜しくお願い")
SENT_FROM_LINE = re.compile(
    r"(?:sent\s+(?:from|with|via)\s|get\s+outlook\s+for\s|envoyé\s+de\s+mon\s|von\s+meinem\s"
    r"|enviado\s+desde\s+mi\s|发自我的|从我的).{0,40}|.{1,30}(?:から送信|에서\s*보냄|发送)",
    re.IGNORECASE,
)
SENT_FROM_HINTS = re.compile("sent |outlook|envoyé|meinem|enviado|发自|从我的|送信|보냄|发送")
# Searched in the lower-cased line: a customer's request or changed data is never a signature.
REQUEST_OR_CHANGE = re.compile(
    "削除|消去|抹消|開示|訂正|修正|変更|停止|中止|退会|解約|希望|依頼|請求|苦情|個人情報|旧|新し"
    "|新(?:住所|電話|番号|メール|アドレス|連絡先|部署|姓)|【新|→|->|⇒|追伸"
    "|delete|erase|remove|disclos|correct|update|unsubscribe|opt[- ]?out|request|complain"
)
CONTACT_LINE = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[^<>:：]{0,40}<[^<>\s]+@[^<>\s]+>"
    r"|(?:(?:tel|phone|mobile|mob|cell|fax|direct|office|t|m|f|p|電話|携帯|ＴＥＬ)\.?\s*[:：]?\s*)?"
    r"[+＋(（]?\d[\d\s()（）\-‐－―.]{6,}\d"
    r"|〒\s*\d{3}.*|(?:東京都|北海道|(?:京都|大阪)府|\S{2,3}県)\S*[市区町村郡].*",
    re.IGNORECASE,
)
CONTACT_LABELS = frozenset(
    {"tel", "phone", "mobile", "mob", "cell", "fax", "direct", "office", "email", "e-mail"}
    | {"mail", "url", "web", "website", "address", "addr", "t", "m", "f", "p", "e", "w"}
    | {"電話", "携帯", "住所", "メール", "mail address", "ｔｅｌ", "ｆａｘ", "ｍａｉｌ", "twitter"}
    | {"linkedin", "x", "skype", "teams", "direct line", "mobile phone", "cell phone"}
)
COMPANY_MARKERS = re.compile(
    "株式会社|有限会社|合同会社|社団法人|財団法人|\\(株\\)|（株）|㈱|公司|주식회사"
)
DEPARTMENT_ENDINGS = ("部", "課", "室", "本部", "センター", "グループ", "チーム")
COMPANY_WORDS = frozenset(
    _cues(
        "inc|corp|corporation|co|company|ltd|llc|llp|gmbh|ag|sa|sas|sarl|kk|pte|pty|plc|limited"
        "|holdings|group|department|dept"
    )
)
LATIN_WORD = re.compile("[a-z]+")
COMPANY_ABBREVIATION_END = re.compile(
    r"\b(?:inc|corp|co|ltd|pte|pty|k\.k|s\.a|b\.v|n\.v|jr|sr)\.$", re.IGNORECASE
)
LIST_ITEM = re.compile(r"[・•●○◆◇■□*+\-]|\(?\d{1,2}[.)）]|[①-⑳]")
LATIN_SMALL_WORDS = frozenset({"of", "and", "for", "the", "at", "in", "&", "de", "du", "des"})
LATIN_SMALL_WORDS |= {"van", "von", "der", "da", "del", "di", "la", "le", "y", "und", "für", "-"}
CJK_NAME = re.compile(
    r"[\u3400-\u9fff々〆ヶ\u30a0-\u30ff\uac00-\ud7a3]{1,6}"
    r"(?:[ \u3000]+[\u3040-\u30ff\u3400-\u9fff々\uac00-\ud7a3]{1,6}){0,2}"
)
DATA_INTRO = re.compile(
    r"[:：]$|\b(?:below|following|as\s+follows|new|updated|changed?|moved|address)\b"
    r"|以下|下記|次の|新|変更|引っ?越|転居|移転|住所",
    re.IGNORECASE,
)


def _label(stripped: str) -> str:
    """The lower-cased label of a 'Label: value' line ('' for none, or for a time like 10:30)."""
    colon = stripped.find(":", 0, 24)
    wide_colon = stripped.find("：", 0, 24)
    if colon < 0 or 0 <= wide_colon < colon:
        colon = wide_colon
    if colon <= 0 or (stripped[colon - 1].isdigit() and stripped[colon + 1 : colon + 2].isdigit()):
        return ""
    return " ".join(stripped[:colon].split()).lower()


def _is_closing(stripped: str) -> bool:
    """A valediction such as 'Best regards,', 'Cordialement,' or 「よろしくお願いいたします。」."""
    if len(stripped) > 60:
        return False
    return any(closing in stripped for closing in JA_CLOSINGS) or bool(CLOSING.fullmatch(stripped))


def _looks_like_company(stripped: str, lowered: str) -> bool:
    """A company or department line: 'Acme Corp.', 「株式会社サンプル 営業部」."""
    if COMPANY_MARKERS.search(stripped):
        return True
    if any(token.endswith(DEPARTMENT_ENDINGS) for token in stripped.split()):
        return True
    return not COMPANY_WORDS.isdisjoint(LATIN_WORD.findall(lowered))


def _looks_like_name(stripped: str) -> bool:
    """A person's name: 'Rob Haines', 'Lucía Fernández', 「佐藤 美咲」, '김민준 드림'."""
    if CJK_NAME.fullmatch(stripped):
        return True
    words = stripped.split()
    if not 1 <= len(words) <= 4:
        return False
    capitalised = 0
    for word in words:
        if word.lower() in LATIN_SMALL_WORDS:
            continue
        if not (word[0].isupper() and all(ch.isalpha() or ch in ".'’-" for ch in word)):
            return False
        capitalised += 1
    return capitalised > 0


def _looks_like_prose(stripped: str) -> bool:
    """A sentence rather than a signature line."""
    last = stripped[-1]
    cjk_sentence = "。" in stripped or "？" in stripped or "！" in stripped
    if (cjk_sentence or "\u3040" <= last <= "\u309f") and not CJK_NAME.fullmatch(stripped):
        return True
    if last in "!?:;,、，：；" or stripped[0].islower():
        return True
    if last == "." and not COMPANY_ABBREVIATION_END.search(stripped):
        return True
    return len(stripped.split()) >= 9 or _has_first_person(stripped)


def _looks_like_title(stripped: str) -> bool:
    """A job title or department line: 'Head of Cloud Platform', 'IT Procurement', 「部長」."""
    words = stripped.split()
    if len(words) > 7:
        return False
    if not any(ch.isascii() and ch.isalpha() for ch in stripped):
        return len(stripped) <= 20
    return all(
        word.lower() in LATIN_SMALL_WORDS or not word[0].isalpha() or word[0].isupper()
        for word in words
    )


def _signature_line_kind(stripped: str) -> int | None:
    """What kind of signature line this is, or None when it cannot be part of a signature."""
    if len(stripped) > 100:
        return None
    if stripped == "--" or _is_rule(stripped):
        return RULE
    lowered = stripped.lower()
    if _is_closing(stripped) or REQUEST_OR_CHANGE.search(lowered):
        return None
    if lowered.startswith(("p.s", "ps:", "ps ")):
        return None
    if SENT_FROM_HINTS.search(lowered) and SENT_FROM_LINE.fullmatch(stripped):
        return SENT_FROM
    if CONTACT_LINE.fullmatch(stripped):
        return CONTACT
    label = _label(stripped)
    if label:
        return CONTACT if label in CONTACT_LABELS else None  # 'Account ID: 123' is data
    if LIST_ITEM.match(stripped) or _looks_like_prose(stripped):
        return None
    if _looks_like_company(stripped, lowered):
        return COMPANY
    if _looks_like_name(stripped):
        return NAME
    return TITLE if _looks_like_title(stripped) else None


def _delimiter_start(lines: list[str], start: int, end: int) -> int | None:
    """The earliest `-- ` signature delimiter over a short block that is not a request."""
    lowest = max(start, end - 3 * MAX_DELIMITED_SIGNATURE_LINES)
    delimiters = [i for i in range(lowest, end) if "--" in lines[i] and lines[i].strip() == "--"]
    if not delimiters:
        return None
    found = None
    prose_lines = 0
    has_cue = False
    for index in range(end - 1, delimiters[0] - 1, -1):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if stripped == "--":
            if not prose_lines or (has_cue and prose_lines <= 2):  # a tagline or two is fine
                found = index
            continue
        kind = _signature_line_kind(stripped)
        if kind is None:
            lowered = stripped.lower()
            if REQUEST_OR_CHANGE.search(lowered) or lowered.startswith(("p.s", "ps:", "ps ")):
                break  # a P.S. or a request under the delimiter belongs to the letter
            prose_lines += 1
        elif kind != RULE:
            has_cue = True
    return found


def _trailing_block_start(lines: list[str], start: int, end: int) -> int | None:
    """Start of the signature-like block at the end of the run, if it passes as a signature."""
    kinds: list[int] = []
    top = None
    index = end - 1
    while index >= start:
        stripped = lines[index].strip()
        if stripped:
            kind = _signature_line_kind(stripped)
            if kind is None:
                break
            kinds.append(kind)
            top = index
            if len(kinds) > MAX_SIGNATURE_LINES:
                return None
        elif end - index > 2 * MAX_SIGNATURE_LINES:
            return None
        index -= 1
    if top is None:
        return None
    stop_line = lines[index].strip() if index >= start else ""
    if _is_closing(stop_line):
        return top
    if stop_line and DATA_INTRO.search(stop_line):
        return None
    if CUE_KINDS.intersection(kinds) or kinds[-1] == RULE:  # contact details, or under a rule
        return top
    if stop_line and kinds[-1] == NAME and len(kinds) <= 3:
        return top
    return None


def _peel_signature(lines: list[str], start: int, end: int) -> int | None:
    """New end of the run once its signature block is cut off, or None without one."""
    candidates = [
        found
        for found in (_delimiter_start(lines, start, end), _trailing_block_start(lines, start, end))
        if found is not None
    ]
    return min(candidates) if candidates else None


# --- assembly ----------------------------------------------------------------------------------

MAX_PEELS = 6  # disclaimer/signature layers taken off the end of one run


def _trim_end(lines: list[str], start: int, end: int) -> int:
    """`end` moved up past blank lines."""
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def _text_of(lines: list[str], spans: Iterable[Sequence[int]]) -> str:
    """The stripped text of the spans, separated by blank lines."""
    pieces = (
        lines[start].strip() if end - start == 1 else "\n".join(lines[start:end]).strip()
        for start, end in sorted(spans)
    )
    return "\n\n".join(piece for piece in pieces if piece)


def _split(text: str) -> TextParts:
    """`split_text` without its safety net."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    lines = text.split("\n")
    quoted, history_start = _find_history(text, lines)

    runs: list[tuple[int, int]] = []  # the unquoted stretches between quoted ones
    previous_end = 0
    for start, end in [*quoted, (len(lines), len(lines))]:
        if start > previous_end and (
            lines[start - 1].strip() or _trim_end(lines, previous_end, start) > previous_end
        ):
            runs.append((previous_end, start))
        previous_end = end
        if previous_end >= history_start:
            break

    new: list[tuple[int, int]] = list(runs[1:-1])  # answers between quotes stay whole
    signatures: list[tuple[int, int]] = []
    disclaimers: list[tuple[int, int]] = []
    for position, (start, end) in enumerate(runs):
        if position == 0 or position == len(runs) - 1:
            _split_run(lines, start, end, new, signatures, disclaimers)

    new_text = _text_of(lines, new) or text.strip()
    return TextParts(
        new_text=new_text,
        quoted=_text_of(lines, quoted),
        signature=_text_of(lines, signatures),
        disclaimer=_text_of(lines, disclaimers),
    )


def _split_run(
    lines: list[str],
    start: int,
    end: int,
    new: list[tuple[int, int]],
    signatures: list[tuple[int, int]],
    disclaimers: list[tuple[int, int]],
) -> None:
    """Peel disclaimers and signatures off one run of unquoted lines; the rest is new text."""
    if start == 0:
        banner_end = _peel_banner(lines, start, end)
        if banner_end > start:
            disclaimers.append((start, banner_end))
            start = banner_end
    end = _trim_end(lines, start, end)
    for _ in range(MAX_PEELS):
        peeled = False
        cut = _peel_disclaimer(lines, start, end)
        if cut is not None:
            disclaimers.append((cut, end))
            end, peeled = _trim_end(lines, start, cut), True
        cut = _peel_signature(lines, start, end)
        if cut is not None:
            signatures.append((cut, end))
            end, peeled = _trim_end(lines, start, cut), True
        if not peeled:
            break
    new.append((start, end))
