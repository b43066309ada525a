"""The classifier reads Chinese, Korean, French, German and Spanish requests.

Each language has its own short cases: every right, a complaint, an inquiry, a negation
trap, a conditional question, decoys (a document or a disclaimer that only looks like a
request) and plain support mail. A second group of tests keeps the five lexicons fast:
their patterns must stay shaped so that the regex engine can skip text cheaply.
"""

from __future__ import annotations

import re

import pytest

from intake.classifier import classify
from intake.lexicon import load_lexicon

CASES = {
    "zh": [
        ("请删除我的个人信息。", {"deletion"}),
        ("我想注銷帳號，個人資料也請一併刪除。", {"deletion"}),
        ("怎么才能删除我的账号？", {"deletion"}),
        ("请告诉我你们保存了我哪些个人信息。", {"disclosure"}),
        ("我的手机号换了，请更新一下。", {"correction"}),
        ("请不要再给我发营销邮件。", {"suspension"}),
        ("不要把我的資料提供給第三方。", {"suspension"}),
        ("我已经退订了，为什么还在给我发邮件？太过分了！", {"complaint"}),
        ("我怀疑你们泄露了我的个人信息。", {"complaint"}),
        ("你们的用户数据存储在哪个国家？", {"inquiry"}),
        ("如果我注销账号，你们会删除我的数据吗？", {"inquiry"}),
        ("请不要删除我的账号，只想修改邮箱。", {"correction"}),
        ("我不小心删除了发票，能重新发一份吗？", {"other"}),
        ("如果您误收到本邮件，请立即通知发件人并删除所有相关信息。", {"other"}),
        ("这个月被重复扣费了，请退款。", {"other"}),
        ("我早就退订了还一直收到广告，请马上删除我的所有数据！", {"deletion", "complaint"}),
    ],
    "ko": [
        ("제 개인정보를 모두 삭제해 주세요.", {"deletion"}),
        ("회원 탈퇴하고 싶어요.", {"deletion"}),
        ("개인정보 열람을 요청합니다.", {"disclosure"}),
        ("제 데이터 사본을 메일로 받을 수 있을까요?", {"disclosure"}),
        ("새 번호로 바뀌었으니 연락처를 수정해 주세요.", {"correction"}),
        ("광고 문자 그만 보내주세요.", {"suspension"}),
        ("마케팅 활용 동의를 철회합니다.", {"suspension"}),
        ("수신거부를 했는데도 광고가 계속 와요. 정말 불쾌합니다.", {"complaint"}),
        ("고객 데이터는 어느 나라 서버에 저장되나요?", {"inquiry"}),
        ("탈퇴하면 개인정보는 바로 삭제되나요?", {"inquiry"}),
        ("계정은 삭제하지 마시고 이메일 주소만 바꿔 주세요.", {"correction"}),
        ("청구서를 실수로 삭제했는데 다시 보내주실 수 있나요?", {"other"}),
        ("본 메일을 잘못 수신하신 경우 즉시 삭제해 주시기 바랍니다.", {"other"}),
        ("비밀번호를 변경하고 싶은데 링크가 안 열려요.", {"other"}),
        ("이번 달 요금이 두 번 결제되었어요. 환불해 주세요.", {"other"}),
    ],
    "fr": [
        ("Salut, vous pouvez effacer mon profil et tout ce que vous avez sur moi ?", {"deletion"}),
        ("J'exerce mon droit à l'oubli.", {"deletion"}),
        ("Je souhaite obtenir une copie de mes données personnelles.", {"disclosure"}),
        ("J'ai déménagé, merci de mettre à jour mon adresse.", {"correction"}),
        ("Merci de ne plus m'envoyer vos newsletters.", {"suspension"}),
        ("Je m'oppose au profilage à partir de mes données.", {"suspension"}),
        ("Désabonnée en mai, vos promos arrivent encore : inadmissible.", {"complaint"}),
        ("Je pense qu'il y a eu une fuite de données chez vous.", {"complaint"}),
        ("Combien de temps conservez-vous les journaux de connexion ?", {"inquiry"}),
        ("Si je résilie, mes données seront-elles supprimées ?", {"inquiry"}),
        ("Je ne veux pas supprimer mon compte, juste changer mon e-mail.", {"correction"}),
        ("Comment supprimer la facture en double de mon compte ?", {"other"}),
        (
            "Si vous avez reçu ce message par erreur, merci de le supprimer et de prévenir "
            "l'expéditeur.",
            {"other"},
        ),
        ("Le tableau de bord ne charge plus, c'est inadmissible.", {"other"}),
        ("Je voudrais modifier mon mot de passe.", {"other"}),
    ],
    "de": [
        ("Bitte löschen Sie mein Kundenkonto und alle meine Daten.", {"deletion"}),
        ("Wie kann ich meinen Account löschen?", {"deletion"}),
        ("Ich bitte um Auskunft nach Art. 15 DSGVO.", {"disclosure"}),
        ("Welche Daten haben Sie über mich gespeichert?", {"disclosure"}),
        ("Ich bin umgezogen, bitte aktualisieren Sie meine Anschrift.", {"correction"}),
        ("Ich will keine Werbung mehr von euch.", {"suspension"}),
        ("Verwenden Sie meine Telefonnummer bitte nicht für Werbeanrufe.", {"suspension"}),
        ("Trotz meiner Abmeldung bekomme ich weiterhin Newsletter. Eine Frechheit!", {"complaint"}),
        ("In welchem Rechenzentrum werden unsere Kundendaten gehostet?", {"inquiry"}),
        ("Wenn ich kündige, werden dann meine Daten gelöscht?", {"inquiry"}),
        ("Ich will mein Konto nicht löschen, nur meine E-Mail-Adresse ändern.", {"correction"}),
        ("Wie kann ich die doppelte Rechnung löschen?", {"other"}),
        (
            "Sollten Sie diese E-Mail irrtümlich erhalten haben, löschen Sie bitte alle Daten "
            "dieser Nachricht.",
            {"other"},
        ),
        ("Der Scan hängt seit gestern, das ist inakzeptabel.", {"other"}),
        ("Ich habe gestern mein Konto gelöscht und wollte mich nur bedanken.", {"other"}),
    ],
    "es": [
        ("Por favor, eliminen mi cuenta y todos los datos asociados.", {"deletion"}),
        ("¿Cómo puedo borrar mi perfil?", {"deletion"}),
        ("¿Qué datos personales tienen sobre mí?", {"disclosure"}),
        ("Me he mudado, por favor actualicen mi dirección.", {"correction"}),
        ("No quiero recibir más correos publicitarios.", {"suspension"}),
        ("Quiero darme de baja del boletín.", {"suspension"}),
        ("Me di de baja y sigo recibiendo publicidad, es inaceptable.", {"complaint"}),
        ("Creo que hubo una filtración de datos.", {"complaint"}),
        ("¿Cuánto tiempo guardan los registros de acceso?", {"inquiry"}),
        ("Si cancelo mi suscripción, ¿se eliminan mis datos?", {"inquiry"}),
        ("No quiero eliminar mi cuenta, solo cambiar mi correo.", {"correction"}),
        ("¿Cómo elimino una factura duplicada?", {"other"}),
        (
            "Si usted ha recibido este mensaje por error, elimine todos los datos y avise "
            "al remitente.",
            {"other"},
        ),
        ("Ya eliminé mi cuenta de prueba, gracias por todo.", {"other"}),
        ("Quisiera pasar al plan Business el próximo mes.", {"other"}),
    ],
}

PARAMS = [
    pytest.param(text, kinds, id=f"{language}-{index:02d}")
    for language, cases in CASES.items()
    for index, (text, kinds) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_kinds_of_a_message(text, expected):
    classification = classify(text)
    assert set(classification.kinds) == expected, classification.cues


def test_every_language_has_enough_cases():
    for language, cases in CASES.items():
        kinds = {kind for _text, expected in cases for kind in expected}
        assert len(cases) >= 12, language
        assert kinds >= {"disclosure", "correction", "suspension", "deletion"}, language
        assert kinds >= {"complaint", "inquiry", "other"}, language


def test_rules_of_one_language_stay_silent_on_the_others():
    for language, cases in CASES.items():
        for text, _expected in cases:
            foreign = [
                cue
                for cue in classify(text).cues
                if cue.rule.split(":")[0] in CASES and not cue.rule.startswith(f"{language}:")
            ]
            assert not foreign, (text, foreign)


# --- speed shape ---------------------------------------------------------------------
#
# The classifier lower-cases the text and compiles a lower-case pattern without
# IGNORECASE, which is several times faster. Python's regex engine then skips text fast
# only when it knows which characters a match can start with: the Latin lexicons say so
# with a guard `(?=[...])`, the Chinese and Korean ones start with a group of plain
# characters. These tests keep that true as people add alternatives, using the standard
# library's regex parser.

parser = pytest.importorskip("re._parser")
constants = pytest.importorskip("re._constants")

ENTRIES = {
    language: [
        (entry_id, pattern.pattern)
        for entry_id, pattern in (
            *((rule.id, rule.pattern) for rule in load_lexicon(language).rules),
            *((decoy.id, decoy.pattern) for decoy in load_lexicon(language).decoys),
            *((context.name, context.pattern) for context in load_lexicon(language).contexts),
        )
    ]
    for language in CASES
}


def _first_chars(items) -> tuple[set[str] | None, bool]:
    """The characters a parsed sequence can start with (None: any), and whether it can be empty."""
    chars: set[str] = set()
    for op, av in items:
        found, nullable = _first_of(op, av)
        if found is None:
            return None, False
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_of(op, av) -> tuple[set[str] | None, bool]:
    c = constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars = set()
        for item_op, item in av:
            if item_op is c.LITERAL:
                chars.add(chr(item))
            elif item_op is c.RANGE:
                chars |= {chr(code) for code in range(item[0], item[1] + 1)}
            else:
                return None, False
        return chars, False
    if op is c.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            found, empty = _first_chars(alternative.data)
            if found is None:
                return None, False
            chars |= found
            nullable |= empty
        return chars, nullable
    if op is c.SUBPATTERN:
        return _first_chars(av[3].data)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _high, sub = av
        found, empty = _first_chars(sub.data)
        return found, (low == 0 or empty)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True
    return None, False


def _starts_with_plain_characters(data) -> bool:
    """True when every top-level alternative begins with a character or a class of them, so
    that the engine can jump to the characters a match starts with."""
    c = constants
    op, av = data[0]
    while op is c.SUBPATTERN:
        data = av[3].data
        op, av = data[0]
    if op in (c.LITERAL, c.IN):
        return True
    if op is c.BRANCH:
        return all(alt.data and alt.data[0][0] is c.LITERAL for alt in av[1])
    return False


@pytest.mark.parametrize("language", list(CASES))
def test_patterns_are_lower_case(language):
    for entry_id, pattern in ENTRIES[language]:
        letters = re.sub(r"\\.", "", pattern)
        assert letters == letters.lower(), f"{entry_id}: upper-case letters turn on IGNORECASE"


@pytest.mark.parametrize("language", ["fr", "de", "es"])
def test_latin_guards_list_every_first_letter(language):
    for entry_id, pattern in ENTRIES[language]:
        parsed = parser.parse(pattern).data
        assert parsed[0][0] is constants.ASSERT, f"{entry_id}: no guard"
        guard, _ = _first_chars(parsed[0][1][1].data)
        body, nullable = _first_chars(parsed[1:])
        assert body is not None and not nullable, f"{entry_id}: first letter unbounded"
        missing = {char.lower() for char in body} - guard
        assert not missing, f"{entry_id}: guard misses {''.join(sorted(missing))}"


@pytest.mark.parametrize("language", ["zh", "ko"])
def test_cjk_patterns_start_with_plain_characters(language):
    for entry_id, pattern in ENTRIES[language]:
        assert _starts_with_plain_characters(parser.parse(pattern).data), entry_id
