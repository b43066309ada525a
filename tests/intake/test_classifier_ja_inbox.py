"""Japanese cases written for the causes found on tests/train/inbox3 (my own wording; the
set's texts are not copied). Rules only: `classify(text, fallback=False)`."""

import pytest

from intake.classifier import classify

CASES = [
    # A hard-wrapped sentence: the line break inside it does not end it for `together` rules.
    ("私の利用データを広告や\nマーケティングの目的で使うのはお控えください。", {"suspension"}),
    ("メルマガや新製品の\nご案内はもういりません。", {"suspension"}),
    # ...but a line ending in punctuation still ends the sentence.
    ("ご案内のメールを拝見しました。\n今後もよろしくお願いします。", {"other"}),
    # Where MY data was passed (past tense) is a disclosure of the provision records.
    ("私の情報をどこの会社に渡したのか教えてください", {"disclosure"}),
    ("自分のデータをどの業者に回したのか知りたいです", {"disclosure"}),
    # hard negatives: a practice question in the present tense; a file, not personal data.
    ("個人情報はどこの会社に提供していますか", {"inquiry"}),
    ("どこの会社に提供したか教えてください", {"other"}),
    # Casual "do you collect it?" is a practice question.
    ("このアプリって位置情報とか集めてるの？", {"inquiry"}),
    ("購入履歴って勝手に取ったりしてます？", {"inquiry"}),
    ("このファイルって集めてます？", {"other"}),
    # Whether this is the contact point for a privacy matter.
    ("プライバシーに関して質問があるのですが、担当はどちらになりますか", {"inquiry"}),
    (
        "個人情報の件で問い合わせたいのですが、問い合わせ先はこのアドレスでよろしいでしょうか",
        {"inquiry"},
    ),
    ("窓口はここで合ってますか？", {"other"}),
    # An app reading the address book is a personal-information matter for a grievance.
    ("アプリが電話帳まで読もうとしてきて不信感しかない", {"complaint"}),
    ("アプリの動作が重くて不信感しかない", {"other"}),
    # A request already sent in writing (書面を郵送いたしました) is past, not a new request.
    (
        "先月、保有個人データの開示請求書を郵送いたしましたが、まだ何の返事もありません",
        {"complaint"},
    ),
    ("開示請求書を送付しましたので、ご確認のうえ開示してください", {"disclosure"}),
    # "From now on, stop it" after a mention of sharing with other companies.
    ("提携先に私の連絡先を渡していたなら、今後はやめてください", {"suspension"}),
    ("今後はやめてください", {"other"}),
    # "This is my N-th request" is a grievance about an ignored request.
    ("メールアドレスの変更を依頼するのはこれで4回目です", {"complaint", "correction"}),
    ("配信停止をお願いするのは三度目です。個人情報の扱いが雑すぎます", {"complaint", "suspension"}),
    ("住所変更は今回で2回目になります。新住所は大阪市北区梅田1-1です", {"correction"}),
    # A quoted company name as an addressee or the company's new name is corporate data.
    ("領収書の宛名は「株式会社みどり商会」でお願いします", {"other"}),
    ("弊社の社名変更についてのご案内", {"other"}),
    ("苗字の漢字を「髙橋」に直してください", {"correction"}),
    # A bulleted privacy-practice questionnaire under "please answer the following".
    (
        "下記の点についてご回答ください。\n・個人データの保管場所と保管期間\n・委託先の管理体制",
        {"inquiry"},
    ),
    ("下記の点についてご回答ください。\n・ライセンスの残り台数\n・更新の方法", {"other"}),
    # "Take it off the list / out of the scope" of sharing or analysis is a stop of use.
    ("私のデータをマーケティング分析の対象から除いてください", {"suspension"}),
    ("このフォルダをスキャン対象から外してほしい", {"other"}),
    # A wrapped line inside "no reply" (「ご返信も\nありません」).
    ("個人情報の削除をお願いしましたが、その後ご返信も\nありません", {"complaint"}),
    # A lawyer writing as the customer's agent makes the request; a threat to consult one is a
    # grievance.
    ("委任を受けた弁護士の田中です。依頼人の個人情報の削除を求めます", {"deletion"}),
    ("個人情報を勝手に使われたので弁護士に相談します", {"complaint"}),
    # A bulleted list of requests with the request verb on the line after it, or 「上記2点」.
    (
        "つきましては、\n・登録の電話番号を新しい番号へ変更\n・旧メールアドレスの削除\nをお願いできますでしょうか。",
        {"correction", "deletion"},
    ),
    (
        "お願いがあります。\n・私の登録住所の変更\n・会員情報の削除\n上記2点についてご対応をお願いします",
        {"correction", "deletion"},
    ),
    ("・ライセンスの追加\n・請求書の再発行\nをお願いします", {"other"}),
    # Spanish: "do you share data with other companies?" is a practice question; "don't" is a stop.
    ("¿Venden la información de sus usuarios a otras compañías?", {"inquiry"}),
    ("No compartan mis datos con otras empresas, por favor.", {"suspension"}),
    ("¿Comparten la licencia con otras empresas del mismo edificio?", {"other"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_classify(text: str, expected: set[str]) -> None:
    assert set(classify(text, fallback=False).kinds) == expected
