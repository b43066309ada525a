#!/usr/bin/env python3
# ruff: noqa: E501, E741
"""Generate the Japanese training/development set (prefix `j`).

170 items: 70 emails (email/jNNN.eml) and 100 Telegram-style chats
(chat/jNNN.txt), plus labels.jsonl in the corpus format.  Standard library
only; the output is deterministic (fixed dates, Message-IDs, boundaries and a
seeded shuffle).  Run:  python3 make_train_ja.py
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import random
import sys
from collections import Counter
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "j"
SUPPORT = "support@win-techno.com"
JST = dt.timezone(dt.timedelta(hours=9))
KINDS = {"disclosure", "correction", "suspension", "deletion", "complaint", "inquiry", "other"}
RIGHTS = ("disclosure", "correction", "suspension", "deletion")

D, C, S, X = "disclosure", "correction", "suspension", "deletion"
P, Q, O = "complaint", "inquiry", "other"

# ---------------------------------------------------------------------------
# Reusable mail furniture
# ---------------------------------------------------------------------------

DISCLAIMER_JA = (
    "――――――――――――――――――――――――――――――\n"
    "本メールおよび添付ファイルには機密情報が含まれている場合があります。\n"
    "万一、誤って受信された場合は、お手数ですが送信者までご連絡のうえ、\n"
    "本メールを削除していただきますようお願いいたします。\n"
    "無断での複製、転送、開示は固くお断りいたします。\n"
)

DISCLAIMER_JA2 = (
    "【ご注意】このメールは宛先に記載された方のみを対象としています。\n"
    "宛先に心当たりのない方は、直ちに破棄してください。\n"
)

# ---------------------------------------------------------------------------
# Emails.  Each dict: kinds, note, subj, name, addr, body, enc, layout,
# ind (rights phrased indirectly), tags (for the README statistics).
#   enc:    jis (ISO-2022-JP 7bit), sjis (Shift_JIS base64),
#           u8b64 (UTF-8 base64), u8qp (UTF-8 quoted-printable)
#   layout: plain, alt (multipart/alternative with HTML), html (HTML only)
# ---------------------------------------------------------------------------

EMAILS: list[dict] = [
    # ----------------------------------------------------------- disclosure
    dict(
        kinds=[D],
        note="Direct legal request under APPI Art. 33 for disclosure of all retained personal data, electronic copy requested.",
        subj="保有個人データの開示請求",
        name="三上 達也",
        addr="t.mikami@example.jp",
        body="""ウィンテクノ株式会社
個人情報お問い合わせ窓口 御中

平素より大変お世話になっております。
貴社製品「WinGuard」を利用しております、三上達也と申します。

個人情報の保護に関する法律第33条に基づき、貴社が保有している
私に関する保有個人データの開示を請求いたします。

対象は、氏名・住所・電話番号等の登録情報に加え、購入履歴、
サポート窓口へのお問い合わせ記録を含む一切の情報です。
開示の方法は、電磁的記録（PDFまたはCSV）での提供を希望いたします。

本人確認のために必要な書類がございましたら、ご指示ください。
何卒よろしくお願い申し上げます。

三上 達也
〒160-0000 東京都新宿区西新宿9-99-9
登録メールアドレス：t.mikami@example.jp
""",
    ),
    dict(
        kinds=[D],
        ind=[D],
        note="Indirect: customer does not remember what was registered years ago and asks what information about them still remains.",
        subj="昔の登録について",
        name="佐野 美紀",
        addr="miki.sano@example.net",
        enc="u8b64",
        body="""Win Techno御中

はじめてご連絡いたします。佐野と申します。

十年ほど前に、当時使っていたパソコンでWinGuardの製品登録をした記憶があるのですが、
そのとき何を入力したのか、まったく覚えておりません。
御社の手元に、私のどんな情報が今も残っているのでしょうか。
差し支えなければ、教えていただくことはできますか。

当時の登録メールアドレスはこのアドレスと同じだと思います。
どうぞよろしくお願いいたします。

佐野 美紀
""",
    ),
    dict(
        kinds=[D],
        note="Request for disclosure of the records of provision of the sender's data to third parties (APPI Art. 33(5)).",
        subj="第三者提供記録の開示のお願い",
        name="林 正和",
        addr="hayashi.m@example.org",
        body="""ウィンテクノ株式会社
お客様相談室 ご担当者様

いつもお世話になっております。林正和です。

貴社が私の個人データを第三者に提供したことがある場合、その記録
（提供先の名称、提供年月日、提供した項目）の開示をお願いいたします。
提供の事実がない場合は、その旨をご回答いただければ結構です。

お手数をおかけしますが、よろしくお願いいたします。

林 正和
""",
    ),
    dict(
        kinds=[D],
        tags=["neg"],
        note="Negation trap: deletion is explicitly not requested; only disclosure of the data held.",
        subj="保有情報の確認について",
        name="堀口 直樹",
        addr="horiguchi@example.jp",
        enc="sjis",
        body="""Win Techno株式会社 御中

お世話になっております。堀口と申します。

最初にお断りしておきますが、アカウントの削除や情報の消去までは求めておりません。
今後もWinGuardは使い続けるつもりです。

ただ、貴社がどのような個人情報を保有しているのか一度把握しておきたく、
私に関して保有されている情報の開示をお願いしたいと考えております。
手続きの方法をご教示いただけますでしょうか。

堀口 直樹
""",
    ),
    dict(
        kinds=[D],
        tags=["neg"],
        note="Negation trap: sender says they are not asking to stop third-party provision, only to know to whom it was given (disclosure of provision records).",
        subj="提供先について教えてください",
        name="久保田 恵",
        addr="m.kubota@example.net",
        body="""ご担当者様

久保田と申します。

先日届いた貴社からのお知らせに「提携先への情報提供」という記載があり、気になってご連絡しました。
誤解のないように申し上げますと、提供をやめてほしいということではありません。
これまでに、私の情報をどの会社にどういった内容で提供したのか、それを知りたいのです。
記録があれば開示をお願いします。

久保田 恵
""",
    ),
    dict(
        kinds=[D],
        ind=[D],
        tags=["elderly"],
        note="Indirect: elderly customer asks to be sent on paper what is written about her; a disclosure request in plain words.",
        subj="おたずね",
        name="大川 トミ子",
        addr="okawa.tomiko@example.jp",
        body="""ウィンテクノ様

いつもお世話になります。大川トミ子と申します。七十九歳です。

息子に聞きましたら、会社というのはお客の情報をいろいろ持っているものだと申します。
そちら様には、私のことでどんなことが書いてあるのでしょうか。
パソコンの画面で見るのは苦手なので、できましたら紙に書いて郵便で送っていただけますか。

住所は 〒370-0000 群馬県高崎市 八幡町 9-9 です。

どうぞよろしくお願いいたします。
大川 トミ子
""",
    ),
    dict(
        kinds=[D],
        tags=["staff"],
        note="Company staff acting as agent for an employee: asks for disclosure of that employee's data held by Win Techno.",
        subj="【代理請求】保有個人データの開示について",
        name="株式会社かもめ商事 人事部 石原",
        addr="ishihara@kamome-shoji.example.jp",
        layout="alt",
        body="""ウィンテクノ株式会社
個人情報保護担当窓口 御中

株式会社かもめ商事 人事部の石原と申します。

弊社従業員の 岡部 良太 より、貴社が保有している本人の個人データの開示を
求めたいとの申出があり、本人の委任を受けて弊社人事部が代理でご連絡しております。

岡部は、以前貴社のオンライン講座に個人として申し込んだことがあり、
その際の登録内容や受講履歴など、貴社で保有されている情報を確認したいとのことです。
委任状と本人確認書類の写しは、ご指定の方法でお送りいたします。
代理人による開示請求の手続きについてご案内いただけますと幸いです。

株式会社かもめ商事 人事部
石原 千尋
TEL 03-0000-4471
"""
        + DISCLAIMER_JA,
    ),
    dict(
        kinds=[D],
        ind=[D],
        note="Indirect: switching vendors, asks for the data linked to their account (registration info, purchase history) in a portable form - a copy/export of personal data.",
        subj="乗り換えにあたってのお願い",
        name="森下 拓海",
        addr="takumi.morishita@example.com",
        enc="u8qp",
        body="""Win Techno サポート御中

お世話になっております。森下です。

来年度から別のセキュリティ製品への乗り換えを検討しています。
その前に、これまで私のアカウントにひもづいていた登録情報や購入履歴など、
私に関するデータを手元に持ち出せる形（CSVなど）でいただくことはできませんでしょうか。
乗り換え先で何を登録し直すべきかの参考にしたいと考えています。

よろしくお願いします。
森下 拓海
""",
    ),
    # ----------------------------------------------------------- correction
    dict(
        kinds=[C],
        tags=["staff"],
        note="Company staff asks to update an employee's surname (changed by marriage) and e-mail in the registered contact-person data.",
        subj="【ご依頼】ご登録担当者情報の変更について",
        name="北斗精機株式会社 総務部 中川",
        addr="nakagawa@hokuto-seiki.example.jp",
        body="""ウィンテクノ株式会社
営業サポートご担当者様

いつも大変お世話になっております。
北斗精機株式会社 総務部の中川でございます。

弊社契約の管理担当者として貴社にご登録いただいております 佐々木 美穂 につきまして、
婚姻により姓が変わりましたので、ご登録情報の変更をお願い申し上げます。

  旧：佐々木 美穂（m.sasaki@hokuto-seiki.example.jp）
  新：岡田 美穂（m.okada@hokuto-seiki.example.jp）

なお、旧メールアドレスは今月末で使用できなくなります。
お手数をおかけいたしますが、ご対応のほどよろしくお願い申し上げます。

北斗精機株式会社 総務部
中川 聡
"""
        + DISCLAIMER_JA,
    ),
    dict(
        kinds=[C],
        ind=[C],
        note="Indirect: a moving notice ('please send mail to the new address') - correction of the registered address.",
        subj="転居のお知らせ",
        name="関 美由紀",
        addr="seki.miyuki@example.jp",
        body="""ウィンテクノ株式会社 御中

拝啓 秋冷の候、ますますご清祥のこととお喜び申し上げます。

さて、このたび下記へ転居いたしました。
今後、郵便物などは新しい住所宛てにお送りくださいますようお願い申し上げます。

  新住所：〒980-0000 宮城県仙台市青葉区一番町 9-9-9 ハイツ青葉 203

敬具

関 美由紀
""",
    ),
    dict(
        kinds=[C],
        tags=["neg", "staff"],
        note="Negation trap: contract continues and account deletion is explicitly unnecessary; only the contact e-mail address is to be changed.",
        subj="担当者メールアドレス変更のお願い",
        name="株式会社ひので工務店 岩田",
        addr="iwata@hinode-koumuten.example.jp",
        body="""Win Techno株式会社
サポートセンター 御中

株式会社ひので工務店の岩田です。いつもお世話になっております。

先日お電話した際に「アカウントを作り直す必要があるかもしれない」と伺いましたが、
契約は継続いたしますので、アカウントの削除は不要です。
ご登録の担当者メールアドレスの変更のみ、お願いできれば幸いです。

  変更前：iwata.k@hinode-koumuten.example.jp
  変更後：iwata@hinode-koumuten.example.jp

以上、よろしくお願いいたします。
""",
    ),
    dict(
        kinds=[C],
        tags=["neg"],
        note="Negation trap: sender wants to keep receiving ad mail (no suspension); only the wrong date of birth is to be corrected.",
        subj="生年月日の誤りについて",
        name="吉川 奈央",
        addr="nao.yoshikawa@example.org",
        enc="sjis",
        body="""ご担当者さま

いつも楽しくメールマガジンを読ませていただいています。
お得な情報も多いので、広告メールはこれからも届けていただきたく、止めないでください。

ご連絡したのは別の件で、誕生月のクーポンが全然違う月に届きました。
確認したところ、登録されている生年月日が 1990年11月3日 になっているようです。
正しくは 1990年1月13日 です。修正をお願いできますか。

吉川 奈央
""",
    ),
    dict(
        kinds=[C],
        tags=["neg"],
        note="Negation trap: explicitly not a cancellation; asks how to change the registered address ('how do I change' expresses correction intent).",
        subj="住所変更の手続き",
        name="宮本 和也",
        addr="kazuya.m@example.net",
        body="""Win Techno サポート 御中

宮本と申します。

先日、解約についてのご案内メールを頂戴しましたが、解約するつもりはございません。
お伺いしたいのは、登録している住所の変更手続きについてです。
マイページを探しても変更画面が見当たらず困っております。
どちらから変更すればよろしいか、ご教示ください。

宮本 和也
""",
    ),
    dict(
        kinds=[C],
        ind=[C],
        tags=["elderly"],
        note="Indirect: elderly customer just announces a new phone number and that the old one is dead - correction.",
        subj="でんわばんごう",
        name="小山 勝",
        addr="koyama.masaru@example.jp",
        body="""ウインテクノ殿

小山です。
電話番号がかわりました。
あたらしい番号は 090-0000-4821 です。
前の家の番号にかけてもらってももうつながりません。

小山 勝
""",
    ),
    dict(
        kinds=[C],
        ind=[C],
        note="Indirect: points out that mail is addressed with the wrong kanji (高橋 instead of 髙橋); UTF-8 because 髙 is outside JIS X 0208.",
        subj="宛名の表記について",
        name="髙橋 理沙",
        addr="r.takahashi@example.com",
        enc="u8b64",
        body="""ウィンテクノ株式会社
ご担当者様

いつもお世話になっております。髙橋と申します。

貴社から届く郵便物やメールの宛名が「高橋 理沙」となっておりますが、
私の戸籍上の表記は「髙橋 理沙」（いわゆる、はしごだか）でございます。
細かいことで恐縮ですが、今後の書類は正しい表記でお送りいただけますと幸いです。

髙橋 理沙
""",
    ),
    # ----------------------------------------------------------- suspension
    dict(
        kinds=[S],
        note="Direct request to stop marketing mail and stop using purchase history for ad targeting and analysis (APPI Art. 35 use suspension).",
        subj="個人情報の利用停止のお願い",
        name="江口 健太",
        addr="eguchi.kenta@example.net",
        body="""ウィンテクノ株式会社
個人情報保護管理者 様

貴社製品の利用者の江口と申します。

下記の点につき、私の個人情報の利用停止を請求いたします。
・販促メールおよびキャンペーン案内の送付
・購入履歴・利用履歴を用いた広告配信、ならびにマーケティング分析への利用

製品のライセンス管理やサポート対応に必要な範囲での利用は引き続き問題ございません。
対応完了の際はご一報ください。

江口 健太
""",
    ),
    dict(
        kinds=[S],
        ind=[S],
        note="Indirect: 'no need to send me announcements any more' - stop marketing use of the e-mail address.",
        subj="お知らせメールについて",
        name="長谷川 咲",
        addr="saki.hasegawa@example.jp",
        body="""Win Techno御中

長谷川と申します。

御社からのお知らせメールが毎週のように届いておりますが、
製品はもう十分に使いこなしておりますので、私には必要ありません。
今後はご案内をお送りいただかなくて結構です。

長谷川 咲
""",
    ),
    dict(
        kinds=[S],
        tags=["staff"],
        note="Company staff asks that a seminar attendee list no longer be used for sales calls to employees (stop use for marketing). Tone is a request, not a grievance.",
        subj="セミナー参加者名簿の取扱いについて",
        name="株式会社しらかば電機 管理部 高野",
        addr="takano@shirakaba-denki.example.jp",
        body="""ウィンテクノ株式会社 ご担当者様

株式会社しらかば電機 管理部の高野と申します。

先月、貴社主催のセキュリティセミナーに弊社社員5名が参加いたしました。
その後、参加した社員それぞれに貴社営業部門から個別のお電話をいただいているようです。

社内の窓口は管理部に一本化しておりますので、
参加申込の際にご提供した社員個人の氏名・連絡先を営業目的で利用することは、
今後お控えいただけますようお願い申し上げます。

株式会社しらかば電機 管理部
高野 雅人
"""
        + DISCLAIMER_JA2,
    ),
    dict(
        kinds=[S],
        tags=["neg"],
        note="Negation trap: the customer will not close the account (no deletion); only stop use for advertising.",
        subj="広告目的での利用について",
        name="田島 由香",
        addr="tajima.yuka@example.org",
        body="""ご担当者様

田島と申します。

最初に申し上げておきますと、退会するつもりはありませんし、アカウントもこのままで結構です。
ただ、私の購入履歴や閲覧履歴を広告目的で利用することは止めていただきたいのです。
設定画面でそのような項目が見当たらなかったため、メールでお願いしております。

田島 由香
""",
    ),
    dict(
        kinds=[S],
        tags=["neg", "quoted"],
        note="Negation trap: the earlier deletion request (quoted) is withdrawn; the new text asks only to stop provision to third parties.",
        subj="Re: 【Win Techno】個人情報削除のご依頼について",
        name="増田 隆",
        addr="t.masuda@example.net",
        body="""お世話になっております。増田です。

先日お願いした削除依頼ですが、ライセンスの引き継ぎができなくなると伺いましたので、
取り下げさせてください。
その代わりに、私の情報を提携先など第三者に提供することだけは停止をお願いします。

増田 隆

-----Original Message-----
From: Win Techno サポート <support@win-techno.com>
Sent: Tuesday, October 1, 2024 3:12 PM
Subject: 【Win Techno】個人情報削除のご依頼について

増田 隆 様

お問い合わせいただきありがとうございます。
ご依頼の個人情報の削除を実施した場合、現在ご利用中のライセンスは
引き継ぐことができなくなりますので、あらかじめご了承ください。
削除をご希望の場合は、本メールにご返信ください。

Win Techno サポートセンター
""",
    ),
    dict(
        kinds=[S],
        ind=[S],
        note="Indirect: retargeting ads follow the customer around; politely asks that browsing data not be used for ads. Mild wording, no grievance about mishandling.",
        subj="広告の表示について",
        name="桑田 真理",
        addr="mari.kuwata@example.jp",
        enc="sjis",
        body="""Win Techno株式会社 御中

御社のホームページを一度見てから、ほかのニュースサイトなどでも
御社の広告ばかりが表示されるようになりました。
私の閲覧の情報を広告のために使うのは、ご遠慮いただけますでしょうか。

桑田 真理
""",
    ),
    dict(
        kinds=[S],
        ind=[S],
        tags=["elderly"],
        note="Indirect: elderly customer asks that sales calls stop ('please don't call me any more') - stop use of the phone number for sales.",
        subj="お電話のこと",
        name="沢井 シズエ",
        addr="sawai.shizue@example.jp",
        body="""ウィンテクノさま

沢井と申します。
先週からなんどか、新しい製品のご案内のお電話をいただいております。
私はもう年で、いろいろ勧められましても難しいことはわかりません。
孫が入れてくれた今のソフトで十分ですので、もうお電話はかけてこないでください。
よろしくおねがいします。

沢井シズエ
""",
    ),
    # ----------------------------------------------------------- deletion
    dict(
        kinds=[X],
        tags=["elderly"],
        note="Elderly customer gave up her PC and asks in plain words to erase her name, address and phone number.",
        subj="パソコンをやめました",
        name="田村 キヨ",
        addr="tamura.kiyo@example.jp",
        body="""ウインテクノ様

いつもお世話になっております。田村キヨと申します。
私は今年で八十二歳になります。

孫に入れてもらったウインガードというソフトを使っておりましたが、
目が悪くなりましたので、パソコンは処分いたしました。もう使うことはありません。

そちらに登録してある私の名前や住所、電話番号などは、もう要りませんので、
消しておいてください。
よろしくお願いいたします。

田村 キヨ
""",
    ),
    dict(
        kinds=[X],
        tags=["staff"],
        note="Company IT staff asks to erase the names/e-mail addresses of three retired employees held by Win Techno.",
        subj="退職者の登録情報の消去について",
        name="株式会社ながれ製薬 情報システム部 安藤",
        addr="ando@nagare-pharma.example.jp",
        layout="alt",
        body="""ウィンテクノ株式会社
WinGuard Cloud ご担当者様

いつもお世話になっております。
株式会社ながれ製薬 情報システム部の安藤でございます。

弊社では先月末までに下記3名が退職いたしました。

  ・上田 翔（s.ueda@nagare-pharma.example.jp）
  ・小池 麻衣（m.koike@nagare-pharma.example.jp）
  ・平野 大輔（d.hirano@nagare-pharma.example.jp）

3名の端末は管理コンソールから既に外しておりますが、貴社側のサポート窓口や
利用者登録として保有されている同人らの氏名・メールアドレス等の個人情報につきましても、
消去していただきたく、お願い申し上げます。

株式会社ながれ製薬 情報システム部
安藤 剛
"""
        + DISCLAIMER_JA,
    ),
    dict(
        kinds=[X],
        ind=[X],
        tags=["quoted"],
        note="Indirect: quoted billing thread is only context; the new text asks that no trace of the customer remain after the contract ends (deletion).",
        subj="Re: 請求金額についてのお問い合わせ",
        name="浅野 隼人",
        addr="h.asano@example.com",
        body="""ご回答ありがとうございました。請求の件は了解しました。

ついでに申し上げますと、来月の更新日で契約を終了する予定です。
その際には、アカウントも含めて、御社のシステムに私の痕跡が一切残らないようにしてください。

浅野

> 浅野 隼人 様
>
> お問い合わせの件、9月分のご請求はプラン変更に伴う日割り計算のため
> 通常より高くなっております。明細は会員ページからご確認いただけます。
>
> Win Techno サポートセンター 青木
""",
    ),
    dict(
        kinds=[X],
        tags=["neg"],
        note="Negation trap: (scope) the Cloud contract continues, no account closure; only the data from a webinar registration is to be deleted.",
        subj="ウェビナー申込時の情報について",
        name="中田 沙耶",
        addr="nakata.saya@example.net",
        body="""ウィンテクノ株式会社 御中

中田と申します。

WinGuard Cloudの契約は、このまま継続いたします。解約ではございません。
ただし、今年の春に個人として参加したウェビナーの申込時に登録した私の個人情報
（氏名、勤務先、役職、電話番号）については、削除をお願いいたします。

中田 沙耶
""",
    ),
    dict(
        kinds=[X],
        ind=[X],
        note="Indirect: 'I want to end our relationship; please keep no record about me' - deletion.",
        subj="今後のお取引について",
        name="坂口 正人",
        addr="sakaguchi@example.org",
        body="""Win Techno 御中

坂口と申します。

長らく御社製品を使わせていただきましたが、御社とのご縁はこれで終わりにしたいと思います。
つきましては、私に関する記録は何ひとつ残さないでいただけますと幸いです。

坂口 正人
""",
    ),
    dict(
        kinds=[X],
        ind=[X],
        note="Indirect: moving abroad, no reason for the company to keep the data; asks for it to be disposed of appropriately.",
        subj="海外赴任に伴うご連絡",
        name="村田 彩花",
        addr="ayaka.murata@example.jp",
        enc="u8qp",
        body="""Win Techno株式会社
ご担当者様

いつもお世話になっております。村田でございます。

このたび来月より海外赴任となり、御社のサービスを利用しなくなります。
今後、御社が私のデータを保持される理由もないかと存じますので、
然るべく処分していただけますでしょうか。

どうぞよろしくお願いいたします。
村田 彩花
""",
    ),
    dict(
        kinds=[X],
        note="Direct legal demand for erasure (APPI Art. 35); contains a typo (消去 written as 消却 once).",
        subj="個人情報の消去請求",
        name="岡 信二",
        addr="oka.shinji@example.net",
        body="""ウィンテクノ株式会社 御中

個人情報の保護に関する法律第35条に基づき、貴社が保有する私の保有個人データの
消却を請求します。失礼、消去の誤りです。

利用目的の達成に必要な範囲を超えて保有されていると考えます。
対応期限を明示のうえ、書面で回答してください。

岡 信二
""",
    ),
    dict(
        kinds=[X],
        note="HTML-only mail asking how to delete the account without leaving data ('how do I' counts as deletion intent per README).",
        subj="アカウント削除の方法",
        name="長尾 リナ",
        addr="rina.nagao@example.com",
        enc="u8b64",
        layout="html",
        body="""お世話になります。

WinGuardのアカウント削除の方法を教えてください。
マイページの「退会」ボタンを押すだけだとデータが残るのではと心配です。
私の登録データが残らない形で削除したいです。

長尾""",
    ),
    # ----------------------------------------------------------- other
    dict(
        kinds=[O],
        tags=["decoy"],
        note="Decoy: 'delete one of the duplicate invoices' is a billing request, not personal data.",
        subj="請求書が二重に届いています",
        name="株式会社つばさ企画 経理 小西",
        addr="konishi@tsubasa-kikaku.example.jp",
        body="""ウィンテクノ株式会社 ご請求ご担当者様

株式会社つばさ企画 経理の小西です。

10月分の請求書が、請求書番号 INV-2024-1015 と INV-2024-1016 の2通、
同じ金額・同じ内容で届いております。
二重計上ではないかと思われますので、お手数ですが片方を削除（取消）していただけますでしょうか。

株式会社つばさ企画 経理部
小西 恭子
"""
        + DISCLAIMER_JA,
    ),
    dict(
        kinds=[O],
        tags=["decoy"],
        note="Decoy: stopping WinGuard auto-update during compatibility testing; the disclaimer's 'delete this mail' is furniture.",
        subj="自動アップデートの一時停止について",
        name="株式会社やまびこシステム 吉田",
        addr="yoshida@yamabiko-sys.example.jp",
        body="""Win Techno サポート御中

いつもお世話になっております。株式会社やまびこシステムの吉田です。

現在、社内の業務システムとの互換性検証を行っているため、
検証が終わるまでの2週間ほど、WinGuardの自動アップデートを一時的に停止したいと考えております。
管理コンソールから全端末一括で停止する方法はありますでしょうか。
また、停止中も定義ファイルだけは更新させることは可能でしょうか。

株式会社やまびこシステム
インフラ課 吉田 修平
"""
        + DISCLAIMER_JA,
    ),
    dict(
        kinds=[O],
        tags=["quoted"],
        note="Quoted support footer mentions deleting registration data; the customer's new text is only about an activation error code.",
        subj="Re: 【Win Techno】アンインストール手順のご案内",
        name="新井 悠斗",
        addr="yuto.arai@example.net",
        body="""ご案内ありがとうございます。
手順どおりに再インストールしましたが、ライセンス認証の画面で
エラーコード E-2031 が出て先に進めません。どうすればよいでしょうか。

新井

-----Original Message-----
From: Win Techno サポートセンター <support@win-techno.com>
Sent: Monday, September 9, 2024 11:04 AM
To: yuto.arai@example.net
Subject: 【Win Techno】アンインストール手順のご案内

新井 悠斗 様

WinGuardのアンインストールは、以下の手順で行ってください。
1. コントロールパネルを開く
2. 「プログラムのアンインストール」から WinGuard を選択する
3. 画面の指示に従って再起動する

※ご登録情報の削除や利用停止をご希望の場合は、個人情報お問い合わせ窓口
（本アドレス）までお申し付けください。
""",
    ),
    dict(
        kinds=[O],
        tags=["decoy"],
        note="Decoy: sales quote plus a contract plan change (変更) - not personal data.",
        subj="お見積りのお願い",
        name="株式会社いろは建設 購買部 栗原",
        addr="kurihara@iroha-kensetsu.example.jp",
        layout="alt",
        body="""ウィンテクノ株式会社 営業部 御中

株式会社いろは建設 購買部の栗原です。

WinGuard Cloud の追加導入を検討しております。
下記の条件でお見積りをお願いできますでしょうか。

  ・ライセンス数：50
  ・契約期間：3年
  ・オプション：モバイル端末管理

あわせて、現行契約（スタンダードプラン 20ライセンス）を、
来期からプレミアムプランへ変更する場合の差額も教えてください。

株式会社いろは建設 購買部
栗原 徹
""",
    ),
    dict(
        kinds=[O],
        tags=["decoy"],
        note="Decoy: a security researcher asks about coordinated vulnerability disclosure (脆弱性の開示) - not personal data.",
        subj="脆弱性の報告窓口について",
        name="Kenji Watari",
        addr="k.watari@example.org",
        enc="u8b64",
        body="""Win Techno セキュリティご担当者様

個人でセキュリティ調査を行っている渡利と申します。

WinGuard の最新版（v12.4）のアップデート処理に、権限昇格につながる可能性のある
不具合を発見しました。詳細をお伝えしたいのですが、
貴社には脆弱性の報告窓口や、開示までの期間などを定めたポリシーはございますか。
修正前に公表するつもりはありませんので、責任ある開示の手順に沿って進めさせてください。

渡利 健二
PGP: 0x0000AB12
""",
    ),
    dict(
        kinds=[O],
        tags=["decoy"],
        note="Decoy: a shareholder asks when financial results will be disclosed (IR 開示).",
        subj="決算発表の予定について",
        name="宇野 弘",
        addr="uno.hiroshi@example.jp",
        body="""ウィンテクノ株式会社 IRご担当者様

貴社株式を保有しております宇野と申します。

第2四半期の決算短信の開示は、例年どおり11月上旬のご予定でしょうか。
また、決算説明会の資料はウェブサイトで公開されますか。

宇野 弘
""",
    ),
    dict(
        kinds=[O],
        tags=["decoy"],
        note="Decoy: HTML-only spam whose footer says reply 停止 to stop delivery.",
        subj="【期間限定】SEO対策で売上3倍！無料診断実施中",
        name="ウェブ集客ラボ",
        addr="info@webshukyaku-lab.example.com",
        enc="u8b64",
        layout="html",
        body="""ご担当者様

突然のご連絡失礼いたします。ウェブ集客ラボの営業担当です。
御社のホームページを拝見し、検索順位に大きな改善余地があると感じました。
今なら無料でサイト診断を実施しております。ぜひこの機会にお申し込みください！

※今後のご案内が不要な方は、本メールに「配信停止」とご返信ください。
※本メールは法人様向けに送信しております。""",
    ),
    dict(
        kinds=[O],
        tags=["decoy"],
        note="Decoy: exporting management console policy settings to another tenant.",
        subj="ポリシー設定のエクスポート",
        name="株式会社ことぶき食品 情報システム 西村",
        addr="nishimura@kotobuki-foods.example.jp",
        body="""Win Techno サポートご担当者様

株式会社ことぶき食品の西村です。

グループ会社にもWinGuard Cloudを導入することになりました。
当社テナントで作成したポリシー設定（除外リスト、スキャンスケジュール等）を
エクスポートして、グループ会社のテナントへインポートすることは可能でしょうか。

西村 大地
""",
    ),
    dict(
        kinds=[O],
        tags=["decoy"],
        note="Decoy: correction (訂正) of an invoice amount - billing, not personal data.",
        subj="請求金額の訂正依頼",
        name="有限会社さくら会計事務所 吉村",
        addr="yoshimura@sakura-kaikei.example.jp",
        enc="sjis",
        body="""ウィンテクノ株式会社 御中

有限会社さくら会計事務所の吉村でございます。

11月分のご請求書を拝受いたしましたが、ライセンス数が10のところ
12ライセンス分で計算されているようです。
お手数ですが、金額を訂正した請求書を再発行していただけますでしょうか。

有限会社さくら会計事務所
吉村 和子
""",
    ),
    dict(
        kinds=[O],
        tags=["decoy"],
        note="Decoy: a leaked license key should be suspended (利用停止) and reissued - not personal data.",
        subj="【至急】ライセンスキーの利用停止と再発行",
        name="株式会社みなと物産 システム管理 古田",
        addr="furuta@minato-bussan.example.jp",
        body="""ウィンテクノ株式会社 サポートセンター御中

株式会社みなと物産の古田です。

弊社で使用しているWinGuardのライセンスキーが、退職者の私物PCに
コピーされていた可能性があることが判明しました。
外部に漏れたおそれがあるため、当該キー（WG-XXXX-7Q2M-0000）の利用を停止し、
新しいキーを発行していただけますでしょうか。

株式会社みなと物産 システム管理課
古田 誠一
""",
    ),
    dict(
        kinds=[O],
        note="Service outage complaint (console unreachable): a service-quality grievance, not about personal data, so other.",
        subj="管理コンソールに接続できません",
        name="株式会社あすなろ病院 事務局 杉山",
        addr="sugiyama@asunaro-hp.example.jp",
        body="""Win Techno サポート御中

今朝8時ごろから WinGuard Cloud の管理コンソールにログインできません。
「503 Service Unavailable」と表示されます。
端末の検疫状況が確認できず業務が止まっています。大至急復旧をお願いします。
復旧の見込みだけでも教えてください。

あすなろ病院 事務局 杉山
"""
        + DISCLAIMER_JA2,
    ),
    dict(
        kinds=[O],
        tags=["neg", "decoy"],
        note="Negation trap: explicitly not an account deletion; asks to unregister one office PC (device) - other.",
        subj="端末の登録解除",
        name="小田 雄一",
        addr="oda.yuichi@example.net",
        body="""お世話になっております。小田です。

アカウントを削除したいわけではありません。
事務所で使っていたPCを1台廃棄したので、そのPCの登録だけを解除して、
空いたライセンスを新しいPCに割り当てたいのです。手順を教えてください。

小田 雄一
""",
    ),
    dict(
        kinds=[O],
        note="Partnership / sales offer from a translation company; unrelated to personal data.",
        subj="協業のご提案",
        name="株式会社ことのは翻訳 事業開発部 川口",
        addr="kawaguchi@kotonoha-trans.example.jp",
        layout="alt",
        body="""ウィンテクノ株式会社
ご担当者様

突然のご連絡失礼いたします。
株式会社ことのは翻訳 事業開発部の川口と申します。

弊社はIT分野に特化した翻訳・ローカライズサービスを提供しております。
貴社製品の海外展開にあたり、マニュアルや管理画面の多言語化でお力になれればと考え、
ご連絡いたしました。一度オンラインでご挨拶の機会をいただけないでしょうか。

株式会社ことのは翻訳 事業開発部
川口 奈緒
""",
    ),
    # ----------------------------------------------------------- inquiry
    dict(
        kinds=[Q],
        note="General question about which cookies and third-party analytics the website uses.",
        subj="Cookieについて",
        name="井上 智子",
        addr="inoue.tomoko@example.jp",
        enc="sjis",
        body="""Win Techno株式会社 御中

貴社ウェブサイトを閲覧した際、Cookieの利用に関する表示が出ました。
どのような種類のCookieを使用しているのか、また、第三者のアクセス解析ツールや
広告配信事業者のCookieも使われているのか、教えていただけますか。

井上 智子
""",
    ),
    dict(
        kinds=[Q],
        tags=["staff"],
        note="Question about sharing customer data with the parent/overseas group companies (joint use scope); no right requested.",
        subj="グループ会社との情報共有について",
        name="株式会社ふたば運輸 法務部 谷口",
        addr="taniguchi@futaba-unyu.example.jp",
        body="""ウィンテクノ株式会社 御中

株式会社ふたば運輸 法務部の谷口と申します。

貴社製品の導入にあたり、社内で個人情報の取扱いの確認を行っております。
貴社は、顧客の個人情報を親会社や海外のグループ会社と共同利用されていますか。
共同利用をされている場合、その範囲と利用目的、管理責任者をご教示ください。

谷口 恵美
""",
    ),
    dict(
        kinds=[Q],
        note="Question about retention periods of account data and scan logs after cancellation; asked for internal policy review.",
        subj="解約後のデータ保管期間",
        name="株式会社のぞみ歯科 事務長 前田",
        addr="maeda@nozomi-dental.example.jp",
        body="""Win Techno サポートセンター御中

のぞみ歯科の前田です。

院内の規程見直しのためにお伺いします。
WinGuard Cloudを解約した場合、アカウント情報やスキャンログは
どのくらいの期間、貴社で保管されるのでしょうか。
保管期間が過ぎた後の消去方法についても分かれば教えてください。

前田
""",
    ),
    dict(
        kinds=[Q],
        tags=["neg"],
        note="Negation trap: hypothetical question about what happens to data if they cancel some day; sender states they do not want deletion now - inquiry.",
        subj="退会時の登録情報の扱い",
        name="上野 千夏",
        addr="chinatsu.ueno@example.org",
        body="""ご担当者様

上野と申します。

将来的に退会した場合、登録情報は自動的に削除されるのでしょうか。
それとも一定期間保管されるのでしょうか。

なお、現時点で退会や削除を希望しているわけではございません。
家族の分もまとめて契約しているので、念のため確認しておきたいだけです。

上野 千夏
""",
    ),
    dict(
        kinds=[Q],
        tags=["staff"],
        note="Question about the storage country of device/user data in WinGuard Cloud and cross-border transfer; practice question.",
        subj="データの保存場所について",
        name="株式会社こだま工業 情報管理室 細川",
        addr="hosokawa@kodama-kogyo.example.jp",
        layout="alt",
        body="""ウィンテクノ株式会社
WinGuard Cloud ご担当者様

株式会社こだま工業 情報管理室の細川です。

WinGuard Cloudで収集される端末情報や利用者名などのデータは、
どの国のサーバーに保存されていますでしょうか。
国外に保存される場合、「外国にある第三者への提供」に該当するかどうか、
および移転先国の個人情報保護制度に関する情報提供の有無についても伺えれば幸いです。

細川 亮
"""
        + DISCLAIMER_JA,
    ),
    dict(
        kinds=[Q],
        note="Question whether file contents are sent to Win Techno during scans (telemetry practice).",
        subj="スキャン時の送信データについて",
        name="株式会社あおい法律事務所 事務局 三宅",
        addr="miyake@aoi-law.example.jp",
        body="""Win Techno サポートご担当者様

あおい法律事務所の三宅です。

当事務所では依頼者の個人情報を含むファイルを多数扱っております。
WinGuardがスキャンを行う際、ファイルの内容そのものや、ファイル名、
ハッシュ値などが貴社のサーバーへ送信されることはありますでしょうか。
送信される場合、その利用目的と保存期間もお教えください。

三宅 亜紀
""",
    ),
    dict(
        kinds=[Q],
        note="Asks for the contact point for privacy complaints and whether Win Techno belongs to an accredited personal information protection organization; a practice question (the word 苦情 appears but no complaint is made).",
        subj="お問い合わせ",
        name="野口 浩",
        addr="noguchi.h@example.net",
        enc="u8qp",
        body="""Win Techno株式会社 御中

プライバシーポリシーを読んでいて、二点わからないことがありましたのでお伺いします。

・個人情報の取扱いに関する苦情や相談は、このアドレス宛てでよいのでしょうか。
  電話窓口はありますか。
・貴社は認定個人情報保護団体の対象事業者になっていますか。

よろしくお願いします。
野口
""",
    ),
    dict(
        kinds=[Q],
        note="Asks whether support inquiries are used to train AI models; practice question.",
        subj="問い合わせ内容の利用について",
        name="加藤 瞳",
        addr="hitomi.kato@example.com",
        enc="sjis",
        body="""ご担当者様

最近、問い合わせの内容をAIの学習に使う会社があると聞きました。
御社では、サポートへの問い合わせ内容やチャットの記録を
AIの学習や製品改善のために利用していますか。

加藤 瞳
""",
    ),
    # ----------------------------------------------------------- complaint only
    dict(
        kinds=[P],
        note="Suspected leak: spam arrives at an address used only for product registration; demands an explanation (complaint, no right requested).",
        subj="迷惑メールが急増しています",
        name="大西 浩一",
        addr="k.onishi.wg@example.jp",
        body="""Win Techno株式会社 御中

このメールアドレスは、貴社製品のユーザー登録のためだけに作ったものです。
ほかのサービスには一切使っていません。

ところが、先月あたりからこのアドレス宛てに、出会い系や投資の迷惑メールが
一日に何十通も届くようになりました。
貴社から情報が漏れているとしか考えられません。
どのような管理をしているのか、きちんと説明してください。

大西 浩一
""",
    ),
    dict(
        kinds=[P],
        tags=["neg"],
        note="Negation trap: sender says they are not asking for deletion; they report that a Win Techno mail contained another customer's data (complaint about mishandling).",
        subj="別の方の情報が記載されています",
        name="片山 恭平",
        addr="katayama.k@example.net",
        body="""ウィンテクノ株式会社 ご担当者様

片山と申します。

誤解のないよう先に申し上げますが、私の個人情報の削除をお願いしたいわけではありません。

昨日お送りいただいた「ご契約更新のお知らせ」のメールに、
私ではない別の方のお名前、住所、ご契約番号が記載されていました。
こうした誤送信は、その方にとっても私にとっても大変問題だと思います。
社内でどのような確認をされているのか、非常に不安です。

片山 恭平
""",
    ),
    dict(
        kinds=[P],
        note="Complains that an earlier privacy-related inquiry was ignored for two months; does not restate a specific right.",
        subj="返事がありません",
        name="原 美奈子",
        addr="hara.minako@example.org",
        enc="sjis",
        body="""Win Techno御中

二か月前に、個人情報の件でこちらのアドレスに問い合わせをしました。
その後、催促のメールも一度送りましたが、いまだに何の返事もありません。
個人情報の窓口として全く機能していないのではないでしょうか。
あまりにも誠意がない対応だと感じています。

原 美奈子
""",
    ),
    # ----------------------------------------------------------- multi-intent
    dict(
        kinds=[D, X],
        note="Two steps: disclose all data held, then, after review, delete all of it.",
        subj="登録情報について",
        name="小野寺 健一",
        addr="onodera.k@example.jp",
        body="""Win Techno株式会社　ご担当者様

お世話になります。小野寺と申します。
数年前にWinGuardを購入し、昨年で利用をやめました。

つきましては、次の2点をお願いいたします。
1. 貴社が現在保有している私の個人情報の内容を、すべて開示していただくこと
2. 私が開示内容を確認した後、それらの情報をすべて削除していただくこと

順番が前後しないよう、必ず開示を先にお願いいたします。
本人確認書類が必要であればお知らせください。

小野寺 健一
""",
    ),
    dict(
        kinds=[P, S],
        note="Opt-out ignored (complaint) and a renewed demand to stop using the address for promotions (suspension).",
        subj="配信停止したはずですが",
        name="木村 沙織",
        addr="saori.kimura@example.net",
        body="""ご担当者様

先月12日に、貴社サイトのフォームからメールマガジンの配信停止手続きを行い、
完了画面も確認しています。
にもかかわらず、その後も週に二、三通のキャンペーンメールが届き続けています。

停止の手続きが反映されていないのか、別のリストで管理されているのか分かりませんが、
利用者の意思を無視した運用には大変不快な思いをしております。

改めて申し上げます。私のメールアドレスを販促目的で使うことを、直ちにやめてください。

木村 沙織
""",
    ),
    dict(
        kinds=[C, P],
        tags=["staff"],
        note="Name misspelled again after three requests: grievance about data handling plus a correction request.",
        subj="宛名の誤りについて（再三のお願い）",
        name="株式会社みどり設計 経理部 山内",
        addr="yamauchi@midori-sekkei.example.jp",
        body="""ウィンテクノ株式会社 ご担当者様

株式会社みどり設計 経理部の山内でございます。

貴社からの請求書および郵送物の宛名が、いまだに「山内 由美」となっております。
正しくは「山内 由美子」です。

この件は昨年からお電話とメールで計三回お伝えしておりますが、一向に直りません。
氏名という基本的な情報すら正しく管理いただけていないことに、
正直なところ不信感を抱いております。

今度こそ、ご登録の氏名を正しいものに修正してください。

株式会社みどり設計 経理部
山内 由美子
""",
    ),
    dict(
        kinds=[D, C],
        ind=[D, C],
        note="Indirect: wants to check how they are registered (disclosure) and, since the address is probably old, to have it replaced by the current one (correction).",
        subj="登録内容の確認",
        name="西田 浩二",
        addr="nishida.koji@example.jp",
        enc="sjis",
        body="""突然のご連絡失礼いたします。

WinGuardを3年ほど使っている西田と申します。
最近、御社からのダイレクトメールが以前の住所に届いていると、旧居の大家さんから連絡がありました。

御社にどのような内容で登録されているのか、一度確認させていただけないでしょうか。
住所はおそらく古いままだと思いますので、下記の現住所に改めていただけますと助かります。

  現住所：〒530-0000 大阪府大阪市北区梅田 9-9-9

西田 浩二
""",
    ),
    dict(
        kinds=[S, X],
        ind=[X],
        note="Indirect: stop the newsletter (suspension) and dispose of survey/interest data while keeping purchase records (scoped deletion, phrased as 処分).",
        subj="メールマガジンと登録情報の件",
        name="松本 里奈",
        addr="rina.matsumoto@example.org",
        body="""いつもお世話になっております。松本です。

下記2点、お手数ですがご対応をお願いいたします。

・メールマガジン「WinGuard通信」の配信を停止してください。
・製品購入の記録は保証の関係で残していただいて構いませんが、それ以外の、
  アンケートの回答や「興味のある分野」などの情報は、もう必要ないので処分してください。

よろしくお願いいたします。
松本 里奈
""",
    ),
    dict(
        kinds=[P, S, X],
        note="Unconsented sharing with a partner triggered sales calls (complaint); demands provision stop (suspension) and deletion of all data.",
        subj="説明を求めます",
        name="大塚 誠",
        addr="otsuka.makoto@example.net",
        body="""Win Techno株式会社 御中

貴社製品のユーザー登録をした直後から、聞いたこともない保険代理店から
私の名前を名指しした営業電話がかかってくるようになりました。
先方に確認したところ「提携先から紹介を受けた」とのことです。

私は第三者への提供に同意した覚えはありません。

直ちに、私の情報を提携先へ提供するのをやめてください。
そのうえで、貴社が保有する私の個人情報をすべて削除してください。
対応の結果は書面で回答をお願いします。

大塚 誠
""",
    ),
    dict(
        kinds=[D, S],
        note="Disclosure of third-party provision records and suspension of future provision.",
        subj="個人データの第三者提供に関して",
        name="藤井 亜希子",
        addr="akiko.fujii@example.jp",
        layout="alt",
        body="""ウィンテクノ株式会社
個人情報お問い合わせ窓口 御中

藤井亜希子と申します。個人情報の第三者提供に関してお願いがございます。

一、貴社から私の個人データを提供した先の名称と、提供した項目・時期について、
    記録に基づき開示してください。
二、今後は、私の個人データを第三者へ提供しないよう、提供の停止を求めます。

以上、よろしくお願い申し上げます。

藤井 亜希子
""",
    ),
    dict(
        kinds=[P, D],
        tags=["quoted"],
        note="An acknowledged disclosure request went unanswered for over a month (complaint) and the disclosure demand is restated in the new text.",
        subj="Re: 【受付番号 PR-24-0613】個人情報開示請求の受付について",
        name="清水 恭子",
        addr="kyoko.shimizu@example.com",
        enc="u8qp",
        body="""ご担当者様

上記のとおり6月3日に受付のご連絡をいただきましたが、それから一か月以上が経っても
何のご回答もありません。催促の電話をしても「確認中」と言われるだけです。
法律上、遅滞なく対応すべきものではないのでしょうか。

あらためて、私の保有個人データの開示を求めます。至急ご対応ください。

清水 恭子

2024年6月3日 10:02 Win Techno サポート <support@win-techno.com>:
> 清水 恭子 様
>
> 個人情報開示請求を受け付けました（受付番号 PR-24-0613）。
> 内容を確認のうえ、担当者よりご連絡いたします。
> 本メールは送信専用です。
""",
    ),
    dict(
        kinds=[C, X],
        tags=["staff"],
        note="Company staff: change the contract administrator to the successor (correction) and delete the retired administrator's personal data (deletion).",
        subj="【東雲ロジスティクス】管理者変更および退職者情報の削除依頼",
        name="株式会社東雲ロジスティクス 情報システム課 原田",
        addr="a.harada@shinonome-logi.example.jp",
        layout="alt",
        body="""ウィンテクノ株式会社
WinGuard Cloud ご担当者様

いつもお世話になっております。
株式会社東雲ロジスティクス 情報システム課の原田と申します。

弊社のWinGuard Cloud契約の管理責任者であった 桑原 修 が、9月末日をもって退職いたしました。
つきましては、以下2点のご対応をお願いいたします。

(1) 契約上の管理者および連絡先を、後任の 原田 彩（a.harada@shinonome-logi.example.jp、
    03-0000-2210）へ変更してください。
(2) 桑原の氏名・メールアドレス・携帯電話番号など、貴社に登録されている同人の
    個人情報は削除してください。

株式会社東雲ロジスティクス 情報システム課
原田 彩
"""
        + DISCLAIMER_JA,
    ),
    dict(
        kinds=[D, C, X],
        note="Three requests: disclosure; correction by removing outdated employer data (removal of inaccurate content counts as correction); erasure of profiling results (deletion).",
        subj="個人情報に関するお願い（3件）",
        name="青木 康介",
        addr="k.aoki@example.net",
        body="""ウィンテクノ株式会社 御中

青木康介と申します。貴社が保有する私の個人データについて、以下のとおり請求いたします。

一、保有個人データの内容の開示
二、登録されている勤務先は退職により事実と異なっておりますので、勤務先欄の訂正
    （空欄にしていただければ結構です）
三、購買履歴をもとに作成された「興味関心」などの分析結果の消去

ご対応の可否と時期をご回答ください。

青木 康介
""",
    ),
    dict(
        kinds=[P, S, X],
        ind=[X],
        tags=["staff"],
        note="Indirect: company staff; employees' private phones get weekly sales calls after a trade show (complaint); stop using the contacts for sales (suspension) and discard the business-card data (deletion, phrased as 破棄).",
        subj="弊社社員への営業連絡について",
        name="株式会社青葉会計 総務 村井",
        addr="murai@aoba-kaikei.example.jp",
        body="""ウィンテクノ株式会社 営業部 御中

株式会社青葉会計 総務の村井と申します。

昨年、貴社の展示会ブースで弊社社員数名が名刺交換をさせていただきました。
その後、当該社員の個人携帯にまで毎週のように営業のお電話が入っており、
本人たちの業務にも支障が出ております。正直なところ大変迷惑しております。

つきましては、展示会で取得された弊社社員の連絡先を営業目的に用いることを中止し、
お預けした名刺の情報も破棄していただきますよう、お願い申し上げます。

株式会社青葉会計 総務部
村井 瑞穂
"""
        + DISCLAIMER_JA2,
    ),
    dict(
        kinds=[C, S],
        ind=[C, S],
        note="Indirect: announces a new phone number (correction) and asks that sales/survey calls not be made to it (suspension).",
        subj="電話番号の件",
        name="中島 亮",
        addr="nakajima.ryo@example.jp",
        body="""いつもお世話になっております。中島です。

電話番号が変わりましたのでお知らせします。
新しい番号は 080-0000-3391 です。

それから、新しい番号には営業やアンケートのお電話はご遠慮ください。
サポートからのご連絡だけで結構です。

中島 亮
""",
    ),
    # ----------------------------------------------------------- auto / bounce
    dict(
        kind="auto",
        kinds=[],
        auto_header="auto-submitted",
        note="Out-of-office auto-reply (Auto-Submitted: auto-replied); no request.",
        subj="不在のお知らせ（自動返信）Re: 【Win Techno】お問い合わせありがとうございます",
        name="松井 浩平",
        addr="k.matsui@example.jp",
        body="""本メールは自動返信です。

誠に恐れ入りますが、8月10日（土）から8月18日（日）まで夏季休暇のため不在にしております。
期間中にいただいたメールは、19日以降に順次確認させていただきます。

お急ぎのご用件は、同部署の 千葉（chiba@example.jp）までご連絡ください。

松井 浩平
""",
    ),
    dict(
        kind="auto",
        kinds=[],
        auto_header="x-autoreply",
        enc="u8b64",
        note="Receipt-acknowledgement auto-responder (X-Autoreply only); its privacy-policy boilerplate is not a request.",
        subj="【自動返信】お問い合わせを受け付けました",
        name="株式会社ひまわり住宅 お客様窓口",
        addr="no-reply@himawari-jutaku.example.com",
        body="""このメールは送信専用アドレスから自動でお送りしています。

お問い合わせいただきありがとうございます。
以下の内容で受け付けいたしました。担当者より3営業日以内にご連絡いたします。

受付番号：HJ-20241021-0457

いただいた個人情報は、当社プライバシーポリシーに基づき適切に管理し、
お問い合わせへの回答以外の目的には利用いたしません。
個人情報の開示・訂正・削除のご請求は、当社ウェブサイトの専用窓口にて承ります。

株式会社ひまわり住宅 お客様窓口
""",
    ),
    dict(
        kind="auto",
        kinds=[],
        auto_header="auto-submitted",
        enc="sjis",
        note="Business-trip auto-reply quoting a Win Techno mail about completed deletion; the quote is a keyword trap, no request.",
        subj="自動応答: 【Win Techno】ご登録情報削除完了のお知らせ",
        name="今井 由紀子",
        addr="imai.yukiko@example.net",
        body="""ただいま出張のため、10月28日まで不在にしております。
メールの確認が遅れますことをご了承ください。

> 今井 由紀子 様
> ご依頼いただいたご登録情報の削除が完了しましたのでお知らせいたします。
""",
    ),
    dict(
        kind="bounce",
        kinds=[],
        note="Bounce (multipart/report, delivery-status) of a Win Techno reply about a completed correction/deletion; no request.",
    ),
]

# ---------------------------------------------------------------------------
# Chats: (kinds, note, text, ind, tags)
# ---------------------------------------------------------------------------


def ch(kinds, note, text, ind=(), tags=()):
    return dict(kinds=list(kinds), note=note, text=text, ind=list(ind), tags=list(tags))


CHATS: list[dict] = [
    # ----------------------------------------------------------- disclosure
    ch(
        [D],
        "Asks to see a list of the personal data registered about them.",
        "私の個人情報って何が登録されてますか？一覧で見たいです",
    ),
    ch(
        [D],
        "Indirect: slangy 'what data do you have on me?'",
        "うちのデータ何持ってんの？",
        ind=[D],
    ),
    ch(
        [D],
        "Indirect: romaji - 'please tell me what data you have'.",
        "watashi no deeta nani motteru ka oshiete kudasai",
        ind=[D],
        tags=["romaji"],
    ),
    ch(
        [D],
        "Negation trap: not asking for deletion, only wants to see what is held.",
        "データ消してとは言ってないです、何持ってるか見たいだけ",
        tags=["neg"],
    ),
    ch(
        [D],
        "Negation trap: do not delete everything; show only past purchase history.",
        "全部消すのはやめて🙅 過去の購入履歴だけ見せてほしい",
        tags=["neg"],
    ),
    ch(
        [D],
        "Negation trap: (complaint negated; indirect phrasing) 'not angry, but how much of my data do you hold?'",
        "別に怒ってるわけじゃないけど、私のデータってどこまで持ってます？",
        ind=[D],
        tags=["neg"],
    ),
    ch(
        [D],
        "Asks how to file a disclosure request ('how do I' expresses disclosure intent).",
        "開示請求したいです。手続き教えてください🙇",
    ),
    ch([D], "Wants a copy of the registered data as CSV.", "登録情報のコピーもらえる？csvとかで"),
    ch(
        [D],
        "Indirect: asks whether records of past support exchanges remain and to be sent them.",
        "前に問い合わせした時のやりとりの記録って残ってる？あったら送ってほしい",
        ind=[D],
    ),
    ch(
        [D],
        "Indirect: asks whether their information has ever been given to other companies (third-party provision records).",
        "私の情報、ほかの会社に渡したことある？",
        ind=[D],
    ),
    ch(
        [D],
        "Indirect: wants to know for what purposes *their own* data is used (disclosure of use, not a general policy question).",
        "どういう目的で俺の情報使ってんのか知りたい",
        ind=[D],
    ),
    ch(
        [D],
        "Indirect: polite question whether they may check the content of their stored data.",
        "お世話になっております。御社で保管されている私の個人データについて、内容を確認させていただくことは可能でしょうか。",
        ind=[D],
    ),
    ch(
        [D],
        "Indirect: wants to know everything recorded about them, including what the my-page does not show.",
        "マイページに出てない情報も含めて、俺について記録してあること全部知りたいんだけど",
        ind=[D],
    ),
    # ----------------------------------------------------------- correction
    ch([C], "Moved; asks for an address change.", "引っ越したので住所変更お願いします🏠"),
    ch(
        [C],
        "Negation trap: account need not be deleted; only the phone number updated.",
        "垢は消さんでいい、電話番号だけ新しいのにして",
        tags=["neg"],
    ),
    ch(
        [C],
        "Romaji: e-mail changed, please update it.",
        "meado kawatta node henkou onegai shimasu. atarashii no wa k.ono@example.net desu",
        tags=["romaji"],
    ),
    ch(
        [C],
        "Negation trap: keep the newsletter (no suspension); only fix the address.",
        "メルマガは止めなくていいです。住所だけ直して",
        tags=["neg"],
    ),
    ch(
        [C],
        "Negation trap: do not unsubscribe from the newsletter; only fix the kanji of the name.",
        "ニュースレターの解除はしないで大丈夫です、好きなので笑 名前の漢字が違うのだけ直してください",
        tags=["neg"],
    ),
    ch(
        [C],
        "Indirect: announces new surname after marriage.",
        "結婚して苗字変わりました！新しい名前は石川 真央です💍",
        ind=[C],
    ),
    ch(
        [C],
        "Indirect: registered birth year is off by one.",
        "登録の生年月日、1個ずれてる…1988年じゃなくて1989年です",
        ind=[C],
    ),
    ch(
        [C],
        "Indirect: very short new-phone-number notice.",
        "電話番号 090-0000-7732 になりました",
        ind=[C],
    ),
    ch(
        [C],
        "Indirect: company name changed (the customer's registered company name).",
        "会社名が変わりました。株式会社あおば→あおばホールディングス株式会社 です",
        ind=[C],
    ),
    ch(
        [C],
        "Indirect: mail greeting still uses maiden name.",
        "メールの宛名、「様」の前が旧姓のままなんだけど",
        ind=[C],
    ),
    ch(
        [C],
        "Indirect: house number missing from the registered address; supplies it (adding to data).",
        "住所の番地抜けてるっぽい。3-12-5 が正しいです",
        ind=[C],
    ),
    ch(
        [C],
        "Asks where to apply for correction of registered content.",
        "登録内容の訂正をお願いしたいのですが、どこから申請すればいいでしょうか",
    ),
    ch(
        [C],
        "Indirect: building name changed, gives the new one.",
        "マンション名変わったからよろしく　新：グランメゾン桜台 402",
        ind=[C],
    ),
    ch(
        [C],
        "Indirect: furigana reading of the name is wrong.",
        "名前のフリガナ、ミヤザキじゃなくてミヤサキです！濁らない！",
        ind=[C],
    ),
    ch(
        [C],
        "Question form: wants to switch the contact e-mail to a work address.",
        "連絡先のメアド、仕事用のに切り替えたいんですけどできます？",
    ),
    # ----------------------------------------------------------- suspension
    ch([S], "Short: stop the newsletter (marketing use).", "メルマガ止めて"),
    ch(
        [S],
        "Negation trap: not deletion, but suspension of use.",
        "消すんじゃなくて、利用停止でお願いします",
        tags=["neg"],
    ),
    ch(
        [S],
        "Negation trap: will not cancel membership; only stop direct mail.",
        "退会はしないです。DMだけ止めて",
        tags=["neg"],
    ),
    ch(
        [S],
        "Indirect: romaji 'please don't send mails any more' (marketing).",
        "mou meeru okuranaide kudasai",
        ind=[S],
        tags=["romaji"],
    ),
    ch(
        [P, S],
        "Indirect: annoyed at persistent sales calls to their number (complaint about use of personal data); 'don't call me any more' (suspension).",
        "営業の電話しつこすぎ。どこで番号知ったの？もうかけてこないで",
        ind=[S],
    ),
    ch(
        [S],
        "Asks the company to stop using their data for ads.",
        "私の情報を広告とかに使うのやめてもらえます？",
    ),
    ch(
        [S],
        "How-to question about opting out of third-party provision (expresses suspension intent).",
        "第三者提供のオプトアウトってどこでできますか",
    ),
    ch(
        [S],
        "Indirect: 'campaign notices - I'm done with them'.",
        "キャンペーンのお知らせ、もういいです🙅‍♀️",
        ind=[S],
    ),
    ch(
        [S],
        "Indirect: no ads based on browsing history, please.",
        "閲覧履歴で広告出すのナシでお願いします",
        ind=[S],
    ),
    ch(
        [S],
        "Indirect: stop passing their info to partners.",
        "提携先に私の情報回すの、ストップで",
        ind=[S],
    ),
    ch(
        [S],
        "Indirect: don't use their data (incl. survey answers) for analysis.",
        "分析とかに私のデータ使わないでほしいです。アンケートの回答も含めて",
        ind=[S],
    ),
    ch(
        [S],
        "Indirect: polite 'future direct mail is unnecessary'.",
        "恐れ入りますが、今後のダイレクトメールの送付は不要です。よろしくお願いいたします。",
        ind=[S],
    ),
    ch(
        [S],
        "Indirect: got a postcard; don't need these, don't send again.",
        "ハガキ届いたけど、こういうの要らないので今後送らないでね📮",
        ind=[S],
    ),
    # ----------------------------------------------------------- deletion
    ch(
        [X],
        "Wants to quit and have all data deleted.",
        "退会したいです。データも全部消してください",
    ),
    ch(
        [X],
        "Indirect: 'make my name vanish cleanly from your database'.",
        "御社のデータベースから私の名前、きれいさっぱり無くしてください",
        ind=[X],
    ),
    ch(
        [X],
        "Romaji: 'please erase all my personal information'.",
        "kojin jouhou zenbu keshite kudasai",
        tags=["romaji"],
    ),
    ch(
        [X],
        "Indirect: asks for the 'right to be forgotten'.",
        "忘れられる権利ってやつ、お願いできます？",
        ind=[X],
    ),
    ch(
        [X],
        "Indirect: 'never using it again, leave no trace of me'.",
        "もう二度と使わないから、俺の痕跡なにも残さないで",
        ind=[X],
    ),
    ch(
        [X],
        "Indirect: wants the account to be as if it never existed.",
        "アカウントごと、なかったことにしてほしい",
        ind=[X],
    ),
    ch(
        [X],
        "How do I erase my registration data? (deletion intent per README).",
        "登録情報を消すにはどうしたらいいですか？",
    ),
    ch(
        [X],
        "Indirect: old account no longer needed, asks for it to be disposed of.",
        "昔作ったアカウント、もう要らないので処分してもらえますか",
        ind=[X],
    ),
    ch(
        [X],
        "Indirect: remove me completely from your customer list (erasure rather than just stopping mail).",
        "御社の顧客リストから私を完全に外してください。お願いします",
        ind=[X],
    ),
    ch(
        [P, X],
        "Parent objects that a child could register without parental consent (complaint) and asks to delete the child's data.",
        "子どもが勝手に登録してたんですけど、保護者の同意なしで登録できちゃうのってどうなんですか？子どもの情報は消してください",
    ),
    ch(
        [X],
        "Indirect: 'no point keeping my data, throw it away'.",
        "データ持ってても意味ないでしょ、捨てといて",
        ind=[X],
    ),
    # ----------------------------------------------------------- multi-intent
    ch(
        [D, X],
        "Show what is held, then delete everything.",
        "何の情報持ってるか見せて👀 確認したら全部消してほしい",
    ),
    ch(
        [P, X],
        "Mails keep coming after opt-out (complaint); demands deletion of the whole registration. Not suspension: only deletion is asked for.",
        "配信停止したのにまだメール来るんだけど？？もういい、登録ごと全部消して",
    ),
    ch(
        [P, C],
        "Indirect: name kanji wrong again (complaint); gives the correct kanji (correction).",
        "また名前の漢字まちがってる😡 何回言えばいいの？「渡邊」です、「渡辺」じゃない",
        ind=[C],
    ),
    ch(
        [P, S],
        "Already asked to stop, ads still come (complaint); stop them (suspension).",
        "前も止めてって言ったよね？まだ広告メール来る。今度こそ止めて",
    ),
    ch(
        [D, S],
        "Tell me what my data is used for (disclosure) and do not use it for ads (suspension).",
        "私のデータ何に使ってるか教えてください。あと広告には使わないでほしい",
    ),
    ch(
        [C, X],
        "Update e-mail (correction) and delete old purchase history (deletion).",
        "メアド新しいのに変えて→ s.kudo@example.org　あと昔の購入履歴は全部消しといて",
    ),
    ch(
        [P, D],
        "Suspects misuse of their data (complaint) and demands disclosure of how it is used.",
        "なんか勝手に情報使われてる気がするんだけど。俺の情報何に使ってるか全部開示して",
    ),
    ch(
        [S, X],
        "Indirect: romaji - no more mails needed (suspension) and wants registration info gone (deletion).",
        "mou meeru iranai shi, touroku jouhou mo nakushite hoshii desu",
        ind=[S, X],
        tags=["romaji"],
    ),
    ch(
        [D, C],
        "Indirect: wants to see all registered info (disclosure) and gives a new phone number (correction).",
        "登録してる情報ぜんぶ見たい。あと電話番号変わったので 070-0000-5510 にしといてください",
        ind=[D, C],
    ),
    ch(
        [P, D, X],
        "Indirect: suspected leak via SMS using their name (complaint), tell me what you hold (disclosure), then erase it all (deletion).",
        "御社から漏れてない？知らない業者から俺の名前入りのSMS来たんだけど。何持ってるか教えて、で、全部消して",
        ind=[D],
    ),
    ch(
        [C, S],
        "Indirect: new address (correction) and no more postcard DMs (suspension).",
        "住所変わりました！新住所は 〒812-0000 福岡市博多区 9-9-9 です。あとハガキのDMはもう要らないです",
        ind=[C, S],
    ),
    ch(
        [P, S],
        "Shocked that data goes to partners without being told (complaint); stop it now (suspension).",
        "え、提携先にデータ渡してるってマジ？聞いてないんだけど。今すぐやめて",
    ),
    ch(
        [P, X],
        "Deletion requested last month still not done (complaint); delete it quickly (deletion).",
        "削除依頼したの先月だよ？まだ消えてないじゃん。早く消して",
    ),
    # ----------------------------------------------------------- other
    ch(
        [O],
        "Decoy: exporting scan results as CSV.",
        "スキャン結果をエクスポートしたいんだけどCSVで出せる？",
        tags=["decoy"],
    ),
    ch(
        [O],
        "Negation trap: not an account deletion; wants to remove an old PC from the console (device management).",
        "アカウント削除じゃなくて、古いPCをコンソールから外したいだけです",
        tags=["neg", "decoy"],
    ),
    ch(
        [O],
        "Negation trap: explicitly not about personal info; wants to delete quarantined files.",
        "個人情報とかじゃなくて、隔離したファイル消したいだけ",
        tags=["neg", "decoy"],
    ),
    ch(
        [O],
        "Decoy: full scan is too heavy, wants to stop it once.",
        "フルスキャン重すぎ、一回止めたい",
        tags=["decoy"],
    ),
    ch(
        [O],
        "Decoy: stop the auto-renewal (billing).",
        "自動更新止めて！来年は使わないので",
        tags=["decoy"],
    ),
    ch(
        [O],
        "Decoy: asks whether WinGuard has a browser-history erasing feature (product feature).",
        "WinGuardってブラウザの履歴消す機能ある？",
        tags=["decoy"],
    ),
    ch(
        [O],
        "Decoy: the product's PII-scan feature flags all Excel files; asks where exclusions are configured.",
        "個人情報スキャン（PII検出）でExcelが全部ひっかかる😇 除外設定どこ？",
        tags=["decoy"],
    ),
    ch(
        [O],
        "Decoy: password change (credential, technical support) - confirmation mail does not arrive.",
        "パスワード変えたいのに確認メールが来ない",
        tags=["decoy"],
    ),
    ch([O], "Outage question.", "コンソール落ちてる？"),
    ch([O], "Thanks, resolved.", "ありがとうございました！解決しました🙏"),
    ch(
        [O],
        "Romaji: license key cannot be used.",
        "raisensu kii ga tsukaenai desu. dou sureba ii?",
        tags=["romaji"],
    ),
    ch(
        [O], "Decoy: change plan Basic to Pro.", "プラン変更したい。ベーシック→プロ", tags=["decoy"]
    ),
    ch(
        [O],
        "Decoy: how to stop a scheduled scan.",
        "スケジュールスキャンを停止する方法を教えてください",
        tags=["decoy"],
    ),
    ch(
        [O],
        "Decoy: stop desktop pop-up notifications for scan completion.",
        "ポップアップの通知止めたい。スキャン完了のやつ",
        tags=["decoy"],
    ),
    ch(
        [O],
        "Decoy: delete detection logs to free disk space.",
        "検出ログ消していい？容量食ってる",
        tags=["decoy"],
    ),
    ch(
        [O],
        "Invoice PDF downloaded twice - billing question.",
        "請求書のPDF、間違えて2回ダウンロードしちゃったけど大丈夫ですか",
    ),
    ch([O], "Bot start command.", "/start"),
    ch(
        [O],
        "Decoy: spam with 'send STOP to stop delivery'.",
        "🔥副業で月50万🔥 スマホだけでOK！詳しくはプロフィールへ👉 配信停止はSTOPと送信",
        tags=["decoy"],
    ),
    ch([O], "Sales: corporate quote.", "法人向けの見積もりが欲しいです。30台くらい"),
    ch(
        [O],
        "False positive, wants to restore a quarantined file.",
        "誤検知っぽいので隔離されたファイル元に戻したい",
    ),
    # ----------------------------------------------------------- inquiry
    ch([Q], "Which cookies are used.", "クッキーって何使ってます？"),
    ch(
        [Q],
        "Romaji: is data stored on servers in Japan?",
        "deeta wa nihon no saabaa ni hozon sareteru n desu ka?",
        tags=["romaji"],
    ),
    ch([Q], "How long logs are kept.", "ログってどれくらい保存してるの？"),
    ch(
        [Q],
        "Negation trap: hypothetical fee question about a disclosure request, explicitly not requesting now - inquiry.",
        "もし開示請求したら手数料ってかかりますか？今すぐじゃなくて参考までに",
        tags=["neg"],
    ),
    ch(
        [Q],
        "Negation trap: hypothetical - would a deletion request also kill the license? 'Still thinking' - no present request, inquiry.",
        "仮に削除お願いしたらライセンスも使えなくなる？まだ考え中なだけ",
        tags=["neg"],
    ),
    ch(
        [Q],
        "Asks whether personal data is sold (practice question, no grievance).",
        "個人情報を売ったりはしてないですよね？",
    ),
    ch(
        [Q],
        "What changed in the updated privacy policy.",
        "プライバシーポリシー変わったってメール来たけど、何が変わったの？",
    ),
    ch([Q], "Is this chat's content stored?", "このチャットの内容って保存されてます？"),
    ch([Q], "Do you use Google Analytics?", "Googleアナリティクスとか使ってる？"),
    ch(
        [Q],
        "Is this contact point also for privacy consultations?",
        "個人情報の相談もこの窓口でいいんですか？",
    ),
    ch(
        [Q],
        "Does WinGuard upload scanned file contents? (telemetry practice)",
        "WinGuardってスキャンしたファイルの中身をどっかに送ったりする？",
    ),
    ch([Q], "How minors' information is handled.", "未成年の情報ってどう扱ってるんですか"),
    # ----------------------------------------------------------- complaint
    ch(
        [P],
        "Support asked for family members' names on the phone; objects to excessive collection.",
        "サポートの人に電話で家族の名前まで聞かれたんだけど、そこまで必要？ちょっと気持ち悪い",
    ),
    ch(
        [P],
        "Romaji: Win Techno mail exposed other recipients' addresses in CC (leak complaint).",
        "meeru no CC de hoka no hito no adoresu zenbu mieteta yo. arienai",
        tags=["romaji"],
    ),
    ch(
        [P],
        "Complains that a disclosure request has had no response for three weeks; the request is not restated, so complaint only.",
        "開示請求して3週間、なんの音沙汰もないんだけど",
    ),
]

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

BASE_DATE = dt.datetime(2024, 8, 5, 9, 12, 0, tzinfo=JST)


def item_date(n: int) -> dt.datetime:
    return BASE_DATE + dt.timedelta(hours=37 * n, minutes=(n * 17) % 60, seconds=(n * 29) % 60)


def to_html(body: str) -> str:
    paras = body.strip("\n").split("\n\n")
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html"></head><body>']
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def header_charset(enc: str) -> str:
    return "utf-8" if enc.startswith("u8") else "iso-2022-jp"


def text_part(body: str, subtype: str, enc: str) -> Message:
    if enc == "jis":
        body.encode("iso-2022-jp")  # raise early on unencodable text
        return MIMEText(body, subtype, "iso-2022-jp")
    if enc == "sjis":
        part = MIMENonMultipart("text", subtype, charset="Shift_JIS")
        part.set_payload(base64.encodebytes(body.encode("shift_jis")).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
        return part
    if enc == "u8b64":
        return MIMEText(body, subtype, "utf-8")
    if enc == "u8qp":
        cs = Charset("utf-8")
        cs.body_encoding = QP
        return MIMEText(body, subtype, cs)
    raise ValueError(enc)


def common_headers(msg: Message, n: int, e: dict) -> None:
    cs = header_charset(e.get("enc", "jis"))
    date = item_date(n)
    domain = e["addr"].split("@", 1)[1]
    msg["From"] = formataddr((e["name"], e["addr"]), charset=cs)
    msg["To"] = SUPPORT
    msg["Subject"] = Header(e["subj"], cs)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{date:%Y%m%d%H%M%S}.{PREFIX}{n:03d}@{domain}>"
    if e["subj"].startswith("Re:"):
        ref = f"<{(date - dt.timedelta(days=3)):%Y%m%d%H%M%S}.{PREFIX}{n:03d}r@win-techno.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    mailers = [
        "Microsoft Outlook 16.0",
        "Thunderbird 115.3.1",
        "Becky! ver. 2.81.04",
        "Apple Mail (2.3774)",
        None,
        "Sylpheed 3.7.0",
        None,
    ]
    mailer = mailers[n % len(mailers)]
    if mailer:
        msg["X-Mailer"] = mailer


def build_regular(n: int, e: dict) -> Message:
    enc = e.get("enc", "jis")
    layout = e.get("layout", "plain")
    if layout == "plain":
        msg = text_part(e["body"], "plain", enc)
    elif layout == "html":
        msg = text_part(to_html(e["body"]), "html", enc)
    else:
        msg = MIMEMultipart("alternative", boundary=f"----=_Part_{PREFIX}{n:03d}_alt")
        msg.attach(text_part(e["body"], "plain", enc))
        msg.attach(text_part(to_html(e["body"]), "html", enc))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    common_headers(msg, n, e)
    return msg


def build_auto(n: int, e: dict) -> Message:
    msg = build_regular(n, e)
    if e["auto_header"] == "auto-submitted":
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    else:
        msg["X-Autoreply"] = "yes"
    return msg


def build_bounce(n: int, e: dict) -> Message:
    date = item_date(n)
    rcpt = "k.hayashida@example.net"
    outer = MIMEMultipart(
        "report", boundary=f"----=_Report_{PREFIX}{n:03d}", report_type="delivery-status"
    )
    outer["Return-Path"] = "<>"
    outer["From"] = "MAILER-DAEMON@mx1.example.net (Mail Delivery System)"
    outer["To"] = SUPPORT
    outer["Subject"] = Header(
        "メール配信エラーのお知らせ (Undelivered Mail Returned to Sender)", "iso-2022-jp"
    )
    outer["Date"] = format_datetime(date)
    outer["Message-ID"] = f"<{date:%Y%m%d%H%M%S}.{PREFIX}{n:03d}.bounce@mx1.example.net>"
    outer["Auto-Submitted"] = "auto-replied"

    human = MIMEText(
        "このメールはメールシステムから自動的に送信されています。\n\n"
        "お送りいただいたメールは、以下の宛先に配信できませんでした。\n"
        "宛先のメールアドレスが存在しないか、現在使用されていない可能性があります。\n"
        "アドレスをご確認のうえ、再度お送りください。\n\n"
        f"  <{rcpt}>: 宛先不明 (host mx1.example.net said: 550 5.1.1 User unknown)\n\n"
        "※このメールに返信されても、お問い合わせには回答できません。\n",
        "plain",
        "iso-2022-jp",
    )
    human["Content-Description"] = "Notification"
    del human["MIME-Version"]

    dsn = MIMEBase("message", "delivery-status")
    del dsn["MIME-Version"]
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mx1.example.net"
    per_msg["X-Postfix-Queue-ID"] = "4Q9XK21ZB7z9"
    per_msg["Arrival-Date"] = format_datetime(date - dt.timedelta(seconds=3))
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = f"rfc822; {rcpt}"
    per_rcpt["Original-Recipient"] = f"rfc822;{rcpt}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = "dns; mx1.example.net"
    per_rcpt["Diagnostic-Code"] = (
        f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown"
    )
    dsn.set_payload([per_msg, per_rcpt])
    dsn["Content-Description"] = "Delivery report"

    orig = MIMEText(
        "林田 健 様\n\n"
        "Win Techno サポートセンターです。\n"
        "ご依頼いただいた、ご登録住所の訂正および旧住所データの削除が完了いたしました。\n"
        "今後とも WinGuard をよろしくお願いいたします。\n",
        "plain",
        "iso-2022-jp",
    )
    orig["From"] = formataddr(("Win Techno サポートセンター", SUPPORT), charset="iso-2022-jp")
    orig["To"] = rcpt
    orig["Subject"] = Header("【Win Techno】ご登録情報の訂正完了のお知らせ", "iso-2022-jp")
    orig["Date"] = format_datetime(date - dt.timedelta(seconds=5))
    orig["Message-ID"] = f"<{date:%Y%m%d%H%M%S}.{PREFIX}{n:03d}.orig@win-techno.com>"
    wrapped = MIMEMessage(orig)
    del wrapped["MIME-Version"]
    wrapped["Content-Description"] = "Undelivered Message"

    outer.attach(human)
    outer.attach(dsn)
    outer.attach(wrapped)
    return outer


def build_email(n: int, e: dict) -> bytes:
    kind = e.get("kind")
    if kind == "bounce":
        msg = build_bounce(n, e)
    elif kind == "auto":
        msg = build_auto(n, e)
    else:
        msg = build_regular(n, e)
    return msg.as_bytes()


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def check_items() -> None:
    for group, items in (("email", EMAILS), ("chat", CHATS)):
        for i, it in enumerate(items):
            ks = it["kinds"]
            assert all(k in KINDS for k in ks), (group, i, ks)
            assert len(set(ks)) == len(ks), (group, i)
            if O in ks or Q in ks:
                assert len(ks) == 1, (group, i, ks)
            if it.get("kind") in ("auto", "bounce"):
                assert ks == []
            else:
                assert ks, (group, i)
            for r in it.get("ind", []):
                assert r in ks, (group, i, r)
            tags = it.get("tags", [])
            note = it["note"]
            if "neg" in tags:
                assert note.startswith("Negation trap:"), (group, i, note)
            elif "decoy" in tags:
                assert note.startswith("Decoy:"), (group, i, note)
            elif it.get("ind"):
                assert note.startswith("Indirect:"), (group, i, note)


def main() -> None:
    check_items()
    (HERE / "email").mkdir(exist_ok=True)
    (HERE / "chat").mkdir(exist_ok=True)
    for old in list((HERE / "email").glob(f"{PREFIX}*.eml")) + list(
        (HERE / "chat").glob(f"{PREFIX}*.txt")
    ):
        old.unlink()

    emails = list(EMAILS)
    random.Random(20241101).shuffle(emails)
    chats = list(CHATS)
    random.Random(20241102).shuffle(chats)

    labels = []
    for n, e in enumerate(emails, 1):
        name = f"email/{PREFIX}{n:03d}.eml"
        (HERE / name).write_bytes(build_email(n, e))
        labels.append(
            {
                "file": name,
                "channel": "email",
                "language": "ja",
                "kinds": e["kinds"],
                "auto_reply": e.get("kind") == "auto",
                "bounce": e.get("kind") == "bounce",
                "note": e["note"],
            }
        )
    for n, c in enumerate(chats, 1):
        name = f"chat/{PREFIX}{n:03d}.txt"
        (HERE / name).write_text(c["text"].strip("\n") + "\n", encoding="utf-8")
        labels.append(
            {
                "file": name,
                "channel": "chat",
                "language": "ja",
                "kinds": c["kinds"],
                "auto_reply": False,
                "bounce": False,
                "note": c["note"],
            }
        )
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")

    if "--stats" in sys.argv:
        print_stats()


def print_stats() -> None:
    for group, items in (("email", EMAILS), ("chat", CHATS)):
        cnt = Counter(k for it in items for k in it["kinds"])
        ind = Counter(r for it in items for r in it.get("ind", []))
        tags = Counter(t for it in items for t in it.get("tags", []))
        multi = sum(1 for it in items if len(it["kinds"]) > 1)
        print(group, len(items), dict(cnt), "ind", dict(ind), "tags", dict(tags), "multi", multi)
    allit = EMAILS + CHATS
    print("total", len(allit), dict(Counter(k for it in allit for k in it["kinds"])))
    print("indirect", dict(Counter(r for it in allit for r in it.get("ind", []))))
    print(
        "multi",
        sum(1 for it in allit if len(it["kinds"]) > 1),
        "neg",
        sum(1 for it in allit if "neg" in it.get("tags", [])),
        "decoy",
        sum(1 for it in allit if "decoy" in it.get("tags", [])),
    )
    encs = Counter(
        (it.get("enc", "jis"), it.get("layout", "plain"))
        for it in EMAILS
        if it.get("kind") != "bounce"
    )
    print("email enc/layout", dict(encs))


if __name__ == "__main__":
    main()
