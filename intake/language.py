"""Detect the main language of a customer's text, cheaply enough to run inside every mail parse.

Script rules decide CJK text (kana: Japanese, hangul: Korean, Han alone: Chinese unless
Japanese-only kanji or punctuation say otherwise), a romaji rule catches Japanese typed in
Latin letters, a stop-word scorer decides short and ordinary en/fr/de/es text, and only
Latin text it is unsure about goes to langdetect (restricted to en/fr/de/es, seeded).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

SERVED_LANGUAGES: tuple[str, ...] = ("ja", "en", "zh", "ko", "fr", "de", "es")

RAW_CHARS_CAP = 8000
"""Characters of the input cleaned of markup; the rest is never looked at."""
TEXT_CHARS_CAP = 2000
"""Characters of cleaned text whose letters are counted and scored."""
CJK_LETTER_WEIGHT = 3
"""One kana, Han or hangul character carries about as much text as three Latin letters."""

_HTML_BLOCK = re.compile(r"<(style|script|head)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z!][^<>]{0,2000}>")
_HTML_ENTITY = re.compile(r"&#?\w{1,10};")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.M)

_KANA_RANGES = "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d"
_HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HANGUL_RANGES = "\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3"
_KANA = re.compile(f"[{_KANA_RANGES}]+")
_HAN = re.compile(f"[{_HAN_RANGES}]+")
_HANGUL = re.compile(f"[{_HANGUL_RANGES}]+")
_CJK = re.compile(f"[{_KANA_RANGES}{_HAN_RANGES}{_HANGUL_RANGES}]")
_LATIN = re.compile(
    r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\uff21-\uff3a\uff41-\uff5a]+"
)
_UNSERVED_SCRIPT = re.compile(r"[\u0370-\u10ff\u1200-\u139f\u1780-\u17ff]+")
"""Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, Georgian, Ethiopic, Khmer..."""
_WORD = re.compile(r"[a-z\u00df-\u00f6\u00f8-\u00ff\u0101\u0113\u012b\u014d\u016b\u0153']+")

# Kanji written only in Japanese: shinjitai whose Chinese forms differ, and kokuji.
_JA_ONLY_KANJI = frozenset(
    "様頼変続関払込済検険験駅円売読転気帰権図単戦価労営県徳恵拝歳覚桜楽薬広悪圧囲緑縁隠"
    "穏稲粋斉剤専銭栄塩応仮絵拡渇巻陥勧寛歓観犠拠暁勲渓経継軽撃倹剣圏顕黒砕雑桟賛児実釈"
    "収従渋獣縦粛処奨焼乗浄剰畳嬢譲醸摂繊荘捜挿巣総騒増蔵臓対帯滝択沢団遅鋳庁聴逓鉄"
    "闘弐悩脳廃髪抜晩仏辺舗歩毎満黙訳揺謡覧竜両猟塁戻霊齢働畑峠枠匂栃辻"
)
_JA_WORDS = ("削除", "情報", "株式会社", "有限会社", "御中", "申込", "取扱", "問合")
_JA_MARKS = frozenset("「」『』・〒々〆ヶ")
_STRONG_JA_MARKS = frozenset("〒々〆ヶ")
# Chinese-only characters: simplified forms, and traditional forms Japanese writes otherwise.
_ZH_ONLY_HAN = frozenset(
    "个们这对说时请删发问吗为么还给让过谢务户码设联贵资讯帐门网电话语见长东车书买卖开关认"
    "识动产业从众优价应该样进选种专处备复变际证账邮类录统谁题项页预领风飞确馈储单图华历"
    "纪约经结绝续线细织终组维编缩罗义乐习亲仅伟传创别办劝劳势协卫厅压县启员响欢观规觉记许"
    "论访诉询试详误读调谈负贴费赖赔赠转轻较辑运远连迟释钱铁银错闭间队阶陆隐难须顾额饭馆驾"
    "验鸡齐刪嗎麼戶碼聯們這來對說號寫變關與體實會經國學點裡幫隱圖"
)
# Chinese function words that Japanese text does not use.
_ZH_FUNCTION_HAN = frozenset("的是吗呢吧您你我她也很把啊哪怎没")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ROMAJI_WORD = re.compile(
    r"(?:(?:ky|gy|sh|sy|zy|ch|ty|dy|ts|ny|hy|by|py|my|ry|jy|[kgsztdhbpmrfjvwyn])?"
    r"[aiueo\u0101\u012b\u016b\u0113\u014d]|n|[kstpgcd](?=[kstpgcdj]))+"
)
_ROMAJI_STRONG = _word_set(
    "desu masu kudasai onegai onegaishimasu shimasu watashi watakushi boku atashi shite "
    "hoshii kojin jouhou johou jōhō jyouhou sakujo keshite kesu keshitai deta deeta arigatou "
    "arigato arigatō gozaimasu sumimasen shitai dekimasu dekimasen desuka kaiin touroku "
    "tōroku akaunto meeru henkou henkō teishi kaiyaku taikai yoroshiku moraemasu moraeru "
    "moraitai naze nani doushite kore koko soko iie konnichiwa konnichiha konbanwa "
    "ohayou sayounara mou dake kara yori deshita mashita masen kedo "
    "tasukete wakarimasen wakaranai kaisha namae denwa bangou juusho hai sayonara gomen "
    "gomennasai daijoubu daijobu shitsumon riyou"
)
_ROMAJI_PARTICLES = _word_set("wa ga wo")
_ROMAJI_SHARED_PARTICLES = _word_set("no ni de to mo ka ne yo e o ya")
_ROMAJI_ENDINGS = ("masu", "mashita", "masen", "mashou", "desu", "deshita", "kudasai")

_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _word_set(
        "the and to of a is are was my me i i'm im you your please pls plz thanks thank thx "
        "hi hello hey can could would should for with this that it it's do does don't dont "
        "not what how why when where have has had on in we our be been will just all from "
        "any at get about an if or so u ok okay yes no there they them their am did "
        "want need data account delete stop send know let request privacy urgent cancel "
        "unsubscribe regards dear cheers sincerely kind best help issue question access deletion "
        "removal remove erase export copy update change"
    ),
    "fr": _word_set(
        "le la les de des du un une et est je j'ai vous nous mon ma mes pour pas ne que qui "
        "dans sur avec merci bonjour bonsoir salut svp plaît plait s'il il elle au aux ce "
        "cette mais ou où en données compte supprimer voudrais pouvez votre vos suis très oui "
        "non être avoir c'est ça moi demande suppression désabonnement désinscription bonne "
        "journée cordialement madame monsieur veuillez accès réclamation personnelles concernant"
    ),
    "de": _word_set(
        "der die das und ist ich sie nicht mit mein meine meinen meiner ihr ihre ihren bitte "
        "danke schön hallo guten tag für auf den dem ein eine einen zu von wir es sind wo "
        "werden wird daten konto löschen nur auch noch kein keine mir mich was wie warum "
        "vielen dank grüße gruß möchte können sehr bei aus oder aber habe haben in anfrage "
        "auskunft löschung werbung widerspruch datenschutz tschüss kündigung grüßen freundlichen "
        "geehrte damen herren personenbezogene personenbezogener"
    ),
    "es": _word_set(
        "el la los las de del y que en un una es por favor gracias hola mi mis me no con "
        "para su sus se lo al quiero quisiera datos cuenta borrar eliminar como cómo qué muy "
        "buenos buenas días pero sí ustedes usted necesito saludos puedo pueden tengo estoy "
        "está yo solicitud baja eliminación protección tardes muchas adiós correo estimados "
        "atentamente personales lista"
    ),
}
_ACCENT_HINTS: dict[str, str] = {
    **dict.fromkeys("ñ¿¡áíóú", "es"),
    **dict.fromkeys("èêàâîôûçœë", "fr"),
    **dict.fromkeys("ßäö", "de"),
}
_LATIN_LANGUAGES = ("en", "fr", "de", "es")


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the main language of the customer's own text, one of SERVED_LANGUAGES.

    Returns `default` when the text holds no letters of a served script; never raises.
    """
    try:
        return _detect(text, default)
    except Exception:  # a language guess must never break a mail parse
        return default


def _detect(text: str, default: str) -> str:
    if not isinstance(text, str) or not text:
        return default
    cleaned = _clean(text[:RAW_CHARS_CAP])[:TEXT_CHARS_CAP]
    kana = han = hangul = 0
    if _CJK.search(cleaned):
        kana = _letter_count(_KANA, cleaned)
        han = _letter_count(_HAN, cleaned)
        hangul = _letter_count(_HANGUL, cleaned)
    latin = _letter_count(_LATIN, cleaned)
    other = _letter_count(_UNSERVED_SCRIPT, cleaned)
    cjk_weight = (kana + han + hangul) * CJK_LETTER_WEIGHT
    if other >= max(latin, cjk_weight):
        return default  # also the text without letters
    if cjk_weight >= latin:
        if hangul >= kana + han:
            return "ko"
        if kana:
            return "ja"
        return _japanese_or_chinese(cleaned)
    return _latin_language(cleaned, default)


def _clean(text: str) -> str:
    """Text without markup, addresses and `>`-quoted lines, none of which tell the language."""
    if "<" in text:
        text = _HTML_TAG.sub(" ", _HTML_BLOCK.sub(" ", text))
    if "&" in text:
        text = _HTML_ENTITY.sub(" ", text)
    if "://" in text or "www." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _EMAIL_ADDRESS.sub(" ", text)
    if ">" not in text:
        return text
    unquoted = _QUOTED_LINE.sub("", text)
    return unquoted if unquoted.strip() else text


def _letter_count(script: re.Pattern[str], text: str) -> int:
    return sum(map(len, script.findall(text)))


def _japanese_or_chinese(text: str) -> str:
    """Han text without kana: "ja" when Japanese-only kanji, words and marks outweigh Chinese."""
    japanese_score = 2 * sum(text.count(word) for word in _JA_WORDS)
    chinese_score = 0
    for char in text:
        if char in _JA_ONLY_KANJI:
            japanese_score += 2
        elif char in _JA_MARKS:
            japanese_score += 2 if char in _STRONG_JA_MARKS else 1
        elif char in _ZH_ONLY_HAN:
            chinese_score += 2
        elif char in _ZH_FUNCTION_HAN:
            chinese_score += 1
    return "ja" if japanese_score > chinese_score else "zh"


def _latin_language(text: str, default: str) -> str:
    lowered = text.lower()
    words = _WORD.findall(lowered)
    if _looks_like_romaji(words, lowered):
        return "ja"
    scores = _stop_word_scores(words, lowered)
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    best, second = scores[ranked[0]], scores[ranked[1]]
    if best >= 1 and best >= 2 * second:
        return ranked[0]
    return _langdetect_latin(text) or (ranked[0] if best > 0 else default)


def _looks_like_romaji(words: list[str], lowered: str) -> bool:
    """Japanese typed in Latin letters: nearly every word is kana syllables, some unmistakable."""
    if _ROMAJI_STRONG.isdisjoint(words) and not any(end in lowered for end in _ROMAJI_ENDINGS):
        return False
    syllabic = [word for word in words if _ROMAJI_WORD.fullmatch(word.replace("'", ""))]
    if len(syllabic) < 0.75 * len(words):
        return False
    strong = sum(
        word in _ROMAJI_STRONG or (len(word) > 4 and word.endswith(_ROMAJI_ENDINGS))
        for word in syllabic
    )
    particles = sum(word in _ROMAJI_PARTICLES for word in syllabic)
    shared = sum(word in _ROMAJI_SHARED_PARTICLES for word in syllabic)
    score = 2 * strong + particles + 0.5 * shared
    return strong >= 1 and score >= 2 and score >= 0.3 * len(words)


def _stop_word_scores(words: Iterable[str], lowered: str) -> dict[str, float]:
    """Per-language count of its function words and greetings, plus its accented letters."""
    word_counts = Counter(words)
    scores = {
        language: float(sum(word_counts[word] for word in stop_words.intersection(word_counts)))
        for language, stop_words in _STOP_WORDS.items()
    }
    for char, language in _ACCENT_HINTS.items():
        if char in lowered:
            scores[language] += 1
    return scores


def _langdetect_latin(text: str) -> str | None:
    """langdetect's best en/fr/de/es guess, or None when the text has no features for it."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _latin_detector_factory().create()
    detector.append(text)
    try:
        language = detector.detect()
    except LangDetectException:
        return None
    return language if language in _LATIN_LANGUAGES else None


@cache
def _latin_detector_factory() -> DetectorFactory:
    """A seeded langdetect factory holding only the en/fr/de/es profiles, loaded on first use."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_json_profile(
        [(Path(PROFILES_DIRECTORY) / code).read_text("utf-8") for code in _LATIN_LANGUAGES]
    )
    factory.set_seed(0)
    return factory
