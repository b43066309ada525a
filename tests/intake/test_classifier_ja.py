"""Japanese messages (keigo, casual chat, romaji) get the kinds a privacy officer would give.

The sentences are written for this test; none comes from the shared corpus.
"""

from __future__ import annotations

import pytest

from intake.classifier import classify

CASES = [
    # disclosure
    ("御社に保管されている僕の個人データの開示を請求します。", {"disclosure"}),
    ("私に関してどのような情報をお持ちか、開示していただけませんか。", {"disclosure"}),
    ("登録されている情報を確認したいので、一覧で送ってもらえますか？", {"disclosure"}),
    ("自分のデータってどんなのが保存されてるの？見せてほしい", {"disclosure"}),
    ("私の個人情報の利用目的を教えてください。", {"disclosure"}),
    ("御社が私について保有しているデータのコピーをいただけますか。", {"disclosure"}),
    ("私のアカウントに紐づく情報を全部教えて", {"disclosure"}),
    ("どういう情報が登録されているか教えてもらえますか", {"disclosure"}),
    ("何の情報を持ってるのか知りたいです", {"disclosure"}),
    ("ねえ、私の登録情報ってどうなってるの？全部見せて", {"disclosure"}),
    ("watashi no kojin jouhou wo oshiete kudasai", {"disclosure"}),
    ("御社データベース上の私に関する記録の写しを送付願います", {"disclosure"}),
    ("登録内容の照会をお願いします", {"disclosure"}),
    ("私の情報、どこまで把握してるの？", {"disclosure"}),
    ("kojin jouhou no kaiji seikyuu wo shitai desu", {"disclosure"}),
    # correction
    (
        "登録しているメールアドレスを変更したいです。新しいアドレスは sato.new@example.org です。",
        {"correction"},
    ),
    ("会社名が変わったので、登録情報を更新していただけますか。", {"correction"}),
    ("部署異動がありましたので、所属と役職の変更をお願いします。", {"correction"}),
    ("先月引っ越しました。新しい住所は東京都港区1-1-1です。", {"correction"}),
    ("名前の漢字が間違っているので直してもらえる？", {"correction"}),
    ("固定電話の番号が変更になりました。03-1111-2222への更新をお願いします", {"correction"}),
    ("登録内容に誤りがありますので、訂正をお願い申し上げます。", {"correction"}),
    (
        "弊社担当者の氏名および連絡先を訂正いただきたく、ご対応のほどよろしくお願い申し上げます。",
        {"correction"},
    ),
    ("メアド変えたいんだけど", {"correction"}),
    ("juusho ga kawatta node henkou shite kudasai", {"correction"}),
    ("担当者変更のご連絡", {"correction"}),
    ("4月から名字が「佐々木」に変わります", {"correction"}),
    ("住所の建物名が抜けています。", {"correction"}),
    ("保有個人データの内容の訂正等を請求します", {"correction"}),
    ("Watashi no meeru adoresu wo kaetai desu", {"correction"}),
    # suspension
    ("今後、メールマガジンのご案内は不要です。", {"suspension"}),
    ("広告目的で私の閲覧履歴を使うのは控えてください。", {"suspension"}),
    ("ぼくの個人情報を外部の会社に提供しないでください。", {"suspension"}),
    ("営業の電話がしつこいので、もうかけてこないでください", {"suspension"}),
    ("ニュースレターの購読を解除したいです", {"suspension"}),
    ("私のデータをAIの学習に使わないでほしい", {"suspension"}),
    ("グループ会社への個人情報の共有を停止してください", {"suspension"}),
    ("私の情報をマーケティングに利用することを拒否します。", {"suspension"}),
    ("連絡先を販売代理店に渡さないでください。", {"suspension"}),
    ("案内メールって止められますか？", {"suspension"}),
    ("koukoku no meeru wo okuranaide kudasai", {"suspension"}),
    ("今後はご案内をいただかなくても構いません。", {"suspension"}),
    ("配信リストから外してください", {"suspension"}),
    ("マーケティング目的での利用に同意しません", {"suspension"}),
    ("御社からの案内メールは今後受け取りたくありません", {"suspension"}),
    ("Cookieの利用を拒否したいのですが、どうすればいいですか", {"suspension"}),
    ("nyuusuretaa wa mou iranai desu", {"suspension"}),
    # deletion
    ("退会しますので、会員情報はまとめて削除してください。", {"deletion"}),
    ("アカウントを削除したいのですが、どうすればいいですか", {"deletion"}),
    ("個人情報を完全に消去していただきますよう、お願い申し上げます。", {"deletion"}),
    ("私に関するデータを全部消して！", {"deletion"}),
    ("もう使わないので、アカウントごと消してもらえますか", {"deletion"}),
    ("保有個人データの削除を請求いたします。", {"deletion"}),
    ("もう退会するから全部消しといて", {"deletion"}),
    ("どこから申請すれば個人情報を削除してもらえますか", {"deletion"}),
    ("退会したいので、情報は残さないでください。", {"deletion"}),
    ("kojin jouhou wo zenbu keshite hoshii desu", {"deletion"}),
    ("展示会で渡した名刺の情報を破棄していただけますでしょうか", {"deletion"}),
    ("御社の顧客名簿から、わたしの記録をなくしてもらえませんか", {"deletion"}),
    ("会員名簿から自分のデータを抹消してほしい", {"deletion"}),
    ("トライアルで登録した情報って消せます？", {"deletion"}),
    ("退会方法がわかりません", {"deletion"}),
    ("Deeta wo zenbu sakujo shite kudasai", {"deletion"}),
    # complaint
    ("配信解除の手続きを済ませたのに、いまだにセールのメールが来ます。", {"complaint"}),
    ("私の個人情報が流出しているのではないかと心配です。", {"complaint"}),
    ("他人の請求書が私宛に届きました。個人情報の管理はどうなっているのですか。", {"complaint"}),
    ("以前削除をお願いしたのに、一か月経っても返事がありません。", {"complaint"}),
    ("CCで全員のアドレスが見えるメールを送ってくるなんて信じられない", {"complaint"}),
    ("勝手に僕のメールアドレスを提携先に渡しましたよね？不愉快です。", {"complaint"}),
    (
        "登録した覚えがないのに御社からメールが届きます。どこで私のアドレスを知ったのですか？",
        {"complaint"},
    ),
    ("1か月前に削除を依頼しましたが、まだ対応されていません。", {"complaint"}),
    ("見知らぬ会社から営業DMが届いた。顧客リストが流出しているのでは？不安です", {"complaint"}),
    ("御社の社員を名乗る人から電話があった。なぜ私の番号を知っているのですか", {"complaint"}),
    # inquiry
    ("個人データはどこの国のサーバーに保存されていますか？", {"inquiry"}),
    ("アクセスログは何日間保管されますか", {"inquiry"}),
    ("サイトでGoogle Analyticsを使っていますか？", {"inquiry"}),
    ("親会社とユーザー情報を共同利用していますか", {"inquiry"}),
    ("入力した内容はAIの学習に使われますか？", {"inquiry"}),
    ("退会したら、登録した情報はどうなりますか？", {"inquiry"}),
    ("御社の個人情報の扱いについてお尋ねします", {"inquiry"}),
    ("deta wa doko ni hozon sarete imasu ka?", {"inquiry"}),
    ("解約後もメールアドレスは残りますか", {"inquiry"}),
    ("ログを保存する期間は？", {"inquiry"}),
    ("個人データの越境移転について、移転先の国名を教えてください", {"inquiry"}),
    # deflections: a conditional question about practice, not a request
    ("退会した場合、データは削除されるのでしょうか", {"inquiry"}),
    ("もし解約したら、登録したデータは消してもらえるんでしょうか？", {"inquiry"}),
    ("個人情報を削除するにはどうすればいいですか", {"deletion"}),
    ("削除するにはどうすればいいですか", {"deletion"}),
    ("ユーザーを削除するにはどうすればいいですか", {"other"}),
    ("個人情報の削除依頼をした場合、どのくらいで対応してもらえますか", {"inquiry"}),
    ("仮に削除を依頼した場合、復元はできますか", {"inquiry"}),
    # negations
    ("アカウントは削除しないでください。メールアドレスだけ変更をお願いします。", {"correction"}),
    ("退会するつもりはありませんが、登録住所を変更してください", {"correction"}),
    ("個人データの削除ではなく、利用停止をお願いしたいです。", {"suspension"}),
    ("アカウントを消してほしいわけではありません。住所を直してください。", {"correction"}),
    ("akaunto wo sakujo shinaide kudasai. juusho dake henkou shite hoshii", {"correction"}),
    ("登録情報を消してほしいのではなく、見せてほしいだけです", {"disclosure"}),
    ("情報の削除までは求めていません。営業メールを止めてもらえれば十分です", {"suspension"}),
    ("何度も配信停止を依頼しているのに届き続けています。", {"complaint"}),
    # decoys and other
    ("領収書のPDFを消してしまったので、もう一度送ってください", {"other"}),
    ("診断レポートをExcelで書き出す方法を教えて", {"other"}),
    ("本メールに心当たりのない場合は、破棄していただきますようお願いいたします。", {"other"}),
    ("テスト用のプロジェクトを削除したいです", {"other"}),
    ("退職したメンバーのアカウントを削除したい", {"other"}),
    ("APIキーを削除して再発行したい", {"other"}),
    ("料金プランを変更したいのですが", {"other"}),
    ("請求書の宛名を変更してもらえますか", {"other"}),
    ("ログインできません。パスワードを再設定しても入れないです", {"other"}),
    ("請求書払いに対応していますか", {"other"}),
    ("弊社のセキュリティ製品との連携についてご提案させてください", {"other"}),
    ("【期間限定】今なら50%オフ！配信停止をご希望の方はこちら", {"other"}),
    ("障害が何度も起きていて、御社のサービスには不信感しかありません", {"other"}),
    ("ご連絡は不要です。自己解決しました。", {"other"}),
    ("roguin dekimasen. tasukete kudasai", {"other"}),
    ("請求書の送付先を経理部のメールアドレスに変更してください。", {"other"}),
    ("ログイン時にメールアドレスが間違っていますと表示されます", {"other"}),
    ("障害情報のメール通知を止めたい", {"other"}),
    ("テストデータを全部消してください", {"other"}),
    ("メーリングリストのアドレスを変更したらログインできなくなった", {"other"}),
    # multi-intent
    (
        "まず私のデータを見せてください。確認後、全部削除してほしいです。",
        {"disclosure", "deletion"},
    ),
    (
        "住所が変わったので変更をお願いします。あと、DMはもう送らないでください。",
        {"correction", "suspension"},
    ),
    (
        "何度も配信停止を依頼しているのに届き続けています。私の個人情報を直ちに削除してください。",
        {"complaint", "deletion"},
    ),
    (
        "アンケートの回答が勝手に営業に使われていて気味が悪い。利用をやめてください。",
        {"complaint", "suspension"},
    ),
    (
        "個人情報保護法に基づき、当該保有個人データの利用停止及び消去を請求いたします。",
        {"suspension", "deletion"},
    ),
    ("メルマガ止めて。あと登録データも消しといて", {"suspension", "deletion"}),
    (
        "今の登録内容を見せてもらえますか。部署名が古かったら更新してください",
        {"disclosure", "correction"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:24] for text, _ in CASES])
def test_japanese_message_gets_its_kinds(text, expected):
    result = classify(text)
    assert set(result.kinds) == expected, [
        (cue.status, cue.rule, cue.text, cue.by) for cue in result.cues
    ]
