"""`detect_language` names the language of short and long customer texts, fast, and never raises."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_corpus import corpus_labels, require_corpus

from intake.language import SERVED_LANGUAGES, detect_language

JAPANESE = [
    ("個人情報の開示をお願いします。", "ja"),
    ("すみません、アカウントを消したいです", "ja"),
    ("ありがとうございました！", "ja"),
    ("ｱｶｳﾝﾄ ｻｸｼﾞｮ ｼﾃｸﾀﾞｻｲ", "ja"),
    ("ｵﾈｶﾞｲｼﾏｽ", "ja"),
    ("メルマガいらないです", "ja"),
    ("来週のmeetingの件ですが、scheduleをrescheduleしてもいいですか？", "ja"),
    (
        "お世話になっております。AWS連携の設定で「AccessDenied」というerrorが出ます。"
        "IAM roleのpolicyはdocumentation通りに作成済みです。ご確認をお願いします。",
        "ja",
    ),
    (
        "登録メールアドレスの変更をお願いできますでしょうか。\n\n--\n"
        "Kenji Tanaka\nSenior Engineer, Example Trading Co.\nkenji.tanaka@example.jp",
        "ja",
    ),
    ("watashi no kojin jouhou wo sakujo shite kudasai", "ja"),
    ("deta wo keshite hoshii desu", "ja"),
    ("onegaishimasu", "ja"),
    ("sumimasen, meeru no haishin wo teishi shite moraemasu ka", "ja"),
    ("arigatou gozaimasu!", "ja"),
    ("Watashi no jōhō wa doko ni hozon sarete imasu ka?", "ja"),
    ("Hai, kore wa nan desu ka", "ja"),
]
JAPANESE_KANJI_ONLY = [
    ("個人情報削除依頼", "ja"),
    ("登録住所変更届", "ja"),
    ("〒150-0001 東京都渋谷区神宮前1-1-1", "ja"),
    ("山田太郎様", "ja"),
    ("株式会社山田商事 御中", "ja"),
    ("【重要】個人情報開示請求", "ja"),
]
CHINESE = [
    ("请删除我的个人信息", "zh"),
    ("谢谢", "zh"),
    ("你好，我想修改我的手机号码。", "zh"),
    ("请问你们如何保护用户的隐私？数据会存储在哪里？", "zh"),
    ("請刪除我的個人資料", "zh"),
    ("請問你們如何保護個人資料？", "zh"),
    ("我們公司想了解貴公司的隱私政策，謝謝。", "zh"),
    ("個人資料刪除申請", "zh"),
]
KOREAN = [
    ("감사합니다", "ko"),
    ("제 개인정보를 삭제해 주세요", "ko"),
    ("안녕하세요, 계정을 탈퇴하고 싶습니다.", "ko"),
    ("Win Techno 서비스 해지 요청합니다", "ko"),
    ("마케팅 이메일 수신을 거부합니다. 더 이상 보내지 마세요!", "ko"),
]
ENGLISH = [
    ("please delete my data", "en"),
    ("thx!!", "en"),
    ("hello", "en"),
    ("Could you tell me what personal information you store about me?", "en"),
    ("Hey, can u stop emailing me pls", "en"),
    ("My name is Takahashi Kenji and I want to cancel my subscription.", "en"),
    ("Do you have an office in Tokyo or Osaka?", "en"),
    (
        "I would like to update the phone number on my account. "
        "The new one is 090-0000-0000. Thank you.\n山田 花子 (やまだ はなこ)",
        "en",
    ),
    ("Please remove me from your mailing list.\n\nBest regards,\n田中 太郎", "en"),
    (
        "Dear Sir or Madam,\n\nPursuant to applicable data protection law, I hereby request "
        "access to all personal data concerning me that your organisation processes, "
        "together with the purposes of the processing and the recipients to whom it has "
        "been disclosed.\n\nYours faithfully,\nMorgan Ellis",
        "en",
    ),
    ("<p>Please <b>stop</b> sending me newsletters.</p>", "en"),
    ("Privacy request", "en"),
    ("GDPR request - urgent", "en"),
    ("Webhook delivery failed 401 after reinstalling GitHub App", "en"),
    ("Thanks, Kara", "en"),
    ("Kara is my name and I need to update my email address", "en"),
    ("I love sushi and ramen, but please stop the newsletters", "en"),
]
FRENCH = [
    ("merci", "fr"),
    ("Bonjour, je voudrais supprimer mon compte.", "fr"),
    ("svp arrêtez de m'envoyer des pubs", "fr"),
    ("Pourriez-vous m'indiquer quelles données personnelles vous conservez à mon sujet ?", "fr"),
    ("Madame, Monsieur, veuillez rectifier l'adresse postale associée à mon abonnement.", "fr"),
    ("Désabonnement", "fr"),
    ("Bonne journée", "fr"),
]
GERMAN = [
    ("danke schön", "de"),
    ("Bitte löschen Sie mein Konto.", "de"),
    ("Hallo, wo werden meine Daten gespeichert?", "de"),
    ("Ich möchte wissen, welche Daten Sie über mich gespeichert haben.", "de"),
    ("Sehr geehrte Damen und Herren, hiermit widerspreche ich der Nutzung meiner Daten.", "de"),
    ("Kontolöschung", "de"),
    ("Widerspruch Werbung", "de"),
    ("Datenauskunft gewünscht", "de"),
]
SPANISH = [
    ("gracias!", "es"),
    ("Hola, quiero borrar mi cuenta", "es"),
    ("¿Pueden eliminar mis datos personales, por favor?", "es"),
    ("no me manden mas correos de publicidad", "es"),
    ("Necesito una copia de la información que tienen sobre mí.", "es"),
    ("yo no se nada de eso", "es"),
    ("Adiós", "es"),
    ("Baja de la lista de correo", "es"),
]
NO_LETTERS = ["", "12345 :)", "😀😀😀", "\x00\x00\x00", "   \n\t ", "090-0000-0000", "!!!???"]

LABELLED_TEXTS = (
    JAPANESE + JAPANESE_KANJI_ONLY + CHINESE + KOREAN + ENGLISH + FRENCH + GERMAN + SPANISH
)


@pytest.mark.parametrize(("text", "expected"), LABELLED_TEXTS)
def test_detects_the_language_of_each_labelled_text(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_kanji_only_japanese_is_told_from_chinese_by_japanese_forms() -> None:
    assert detect_language("個人情報削除依頼") == "ja"
    assert detect_language("个人信息删除申请") == "zh"
    assert detect_language("個人資料刪除申請") == "zh"


def test_a_japanese_name_does_not_make_an_english_mail_japanese() -> None:
    english = "Please close my account and erase everything you hold about me. Thanks,\n"
    assert detect_language(english + "佐藤 健") == "en"
    assert detect_language(english + "サトウ ケン") == "en"


def test_english_words_in_a_japanese_mail_keep_it_japanese() -> None:
    assert detect_language("PDFのinvoiceをre-sendしていただけますか") == "ja"


@pytest.mark.parametrize("text", NO_LETTERS)
def test_text_without_letters_gives_the_default(text: str) -> None:
    assert detect_language(text) == "en"
    assert detect_language(text, default="ja") == "ja"


def test_text_in_an_unserved_script_gives_the_default() -> None:
    russian = "Здравствуйте, удалите, пожалуйста, мои данные"
    assert detect_language(russian + ". Account: Ivan Petrov", default="ja") == "ja"
    assert detect_language(russian + " (東京オフィス)", default="en") == "en"
    assert detect_language("個人情報の削除をお願いします。Иван Петров", default="en") == "ja"


def test_quoted_lines_do_not_decide_the_language() -> None:
    text = (
        "Merci de supprimer mon compte.\n\n"
        "> Please reply with the e-mail address of your account and we will delete it for you.\n"
        "> Thank you for contacting the support team.\n"
    )
    assert detect_language(text) == "fr"


def test_the_same_text_always_gives_the_same_answer() -> None:
    no_stop_words = "Invoice INV-2026-0042 overdue"  # decided by the seeded langdetect
    answers = {detect_language(no_stop_words) for _ in range(20)}
    assert answers == {"en"}


def test_ten_megabytes_of_text_are_answered() -> None:
    huge = "Bitte löschen Sie alle meine Daten. " * 300_000
    assert detect_language(huge) == "de"


def test_a_non_string_gives_the_default() -> None:
    assert detect_language(None, default="ja") == "ja"  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_text_gives_a_served_language(text: str) -> None:
    assert detect_language(text) in SERVED_LANGUAGES


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=3000))
def test_random_text_gives_the_same_answer_twice(text: str) -> None:
    assert detect_language(text) == detect_language(text)


@pytest.mark.corpus
def test_every_corpus_chat_gets_its_labelled_language() -> None:
    corpus_dir = require_corpus()
    chats = [item for item in corpus_labels() if item["channel"] == "chat"]
    assert len(chats) == 35
    misses = {
        item["file"]: (item["language"], detected)
        for item in chats
        if (detected := detect_language((corpus_dir / item["file"]).read_text("utf-8")))
        != item["language"]
    }
    assert misses == {}
