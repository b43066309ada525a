"""A fresh probe of the Chinese, Korean, French, German and Spanish lexicons.

Round 1 (126 messages, written before reading the lexicons) scored, before any change:
zh 25/26, ko 21/25, fr 24/25, de 20/25, es 20/25; all 110/126 (87 %) exact-set matches.
Per kind, recall / precision: disclosure 22/26 (0.85) / 0.92, correction 16/19 (0.84) /
1.00, suspension 18/21 (0.86) / 1.00, deletion 23/24 (0.96) / 1.00, complaint 12/15
(0.80) / 0.80, inquiry 15/15 (1.00) / 1.00, other 16/16 (1.00) / 0.62.

Round 2 (40 messages, written after the round-1 fixes and before any further change)
scored: zh 5/8, ko 7/8, fr 6/8, de 8/8, es 5/8; all 31/40 (78 %). Per kind, recall /
precision: disclosure 2/6 (0.33) / 0.67, correction 4/5 (0.80) / 1.00, suspension 9/9
(1.00) / 1.00, deletion 4/5 (0.80) / 0.80, complaint 4/5 (0.80) / 1.00, inquiry 5/5 (1.00)
/ 1.00, other 5/5 (1.00) / 0.42.

After the fixes (zh.toml, ko.toml, fr.toml, de.toml, es.toml): round 1 126/126, round 2
40/40, every language and every kind at recall and precision 1.00. These are the cases
the fixes were made for, so they no longer estimate anything; the before figures do.
"""

from __future__ import annotations

import pytest

from intake.classifier import classify

D, C, S, X = "disclosure", "correction", "suspension", "deletion"
P, Q, N = "complaint", "inquiry", "other"  # Q: question, N: not about personal data

ROUND_1 = {
    "zh": [
        (
            "您好，根据《个人信息保护法》第四十五条，我要求查阅并复制贵公司持有的我的全部个人信息。",
            {D},
        ),
        ("你们到底存了我哪些资料？发我一份看看", {D}),
        ("請問貴公司把我的個人資料提供給了哪些第三方？請列出清單。", {D}),
        ("我想导出我的账户数据，能给我一个下载链接吗？", {D}),
        ("我搬家了，新地址是上海市浦东新区XX路88号，麻烦改一下。", {C}),
        ("我的名字登记错了，应该是王晓明，请帮忙更正。", {C}),
        ("請幫我把註冊的電話號碼更新為0912345678。", {C}),
        ("别再给我推送个性化广告了，谢谢。", {S}),
        ("请停止将我的个人信息用于营销目的。", {S}),
        ("我不同意你们把我的数据共享给合作伙伴，请停止共享。", {S}),
        ("請停止使用我的資料做用戶畫像分析。", {S}),
        ("请注销我的账户并彻底删除所有个人数据。", {X}),
        ("我要求行使删除权，把我的信息全部清除。", {X}),
        ("請把我的帳號和所有資料刪掉，不想再用了。", {X}),
        ("我一个月前提交的删除申请到现在还没人处理，太不负责任了！", {P}),
        ("我的手机号肯定是被你们泄露了，最近天天接到骚扰电话。", {P}),
        ("我明明已经取消订阅了，为什么还一直收到你们的推广短信？请立即停止发送！", {P, S}),
        ("你们的Cookie都用来做什么？", {Q}),
        ("請問我的個人資料會保存多久？", {Q}),
        ("你们会把用户数据共享给母公司吗？", {Q}),
        ("不要删除我的账号，我只是想看看你们收集了我哪些信息。", {D}),
        ("我在应用里删除了一个文件，能恢复吗？", {N}),
        ("服务器又宕机了，什么时候能恢复？", {N}),
        ("发票抬头开错了，请重新开一张。", {N}),
        ("请把我的数据复制一份给我，然后删除我的账号。", {D, X}),
        ("我们公司想跟贵司谈一下渠道合作。", {N}),
    ],
    "ko": [
        ("개인정보보호법 제35조에 따라 귀사가 보유한 본인의 개인정보 열람을 청구합니다.", {D}),
        ("나에 대해 뭐 저장해놨는지 보여줘", {D}),
        ("제 정보를 어떤 제3자에게 제공했는지 내역을 알려주세요.", {D}),
        ("제 계정 데이터를 내려받고 싶은데 다운로드 방법 알려주세요.", {D}),
        ("이사해서 주소가 바뀌었어요. 새 주소로 변경 부탁드립니다.", {C}),
        ("제 이름 철자가 잘못 등록되어 있습니다. 정정해 주시기 바랍니다.", {C}),
        ("전화번호 바꼈어 업데이트 좀 해줘", {C}),
        ("맞춤형 광고에 제 정보 쓰지 마세요.", {S}),
        ("제 개인정보를 제3자에게 제공하는 것을 중단해 주십시오.", {S}),
        ("마케팅 메일 이제 보내지 마", {S}),
        ("제 데이터를 분석이나 프로파일링에 이용하는 것에 대해 처리정지를 요구합니다.", {S}),
        ("개인정보보호법 제36조에 따라 제 개인정보의 삭제를 요청합니다.", {X}),
        ("계정 없애고 내 정보 다 지워줘", {X}),
        ("개인정보 삭제는 어떻게 하나요?", {X}),
        ("지난달에 삭제 요청했는데 아직도 답이 없네요. 너무 무책임합니다.", {P}),
        ("제 정보가 유출된 것 같아요. 모르는 곳에서 자꾸 연락이 옵니다.", {P}),
        ("광고 수신 거부했는데 왜 또 문자가 와요? 짜증나네요. 당장 제 번호 삭제해 주세요.", {P, X}),
        ("쿠키는 어떤 용도로 사용하시나요?", {Q}),
        ("개인정보 보관 기간이 어떻게 되나요?", {Q}),
        ("회원 정보를 모회사와 공유하시나요?", {Q}),
        ("탈퇴는 안 할게요. 주소만 수정해 주세요.", {C}),
        ("앱에서 사진 파일을 삭제하는 방법을 알려주세요.", {N}),
        ("로그인이 안 돼요. 서버 점검 중인가요?", {N}),
        ("결제 영수증 다시 발급해 주세요.", {N}),
        ("보유하고 계신 제 개인정보 사본을 보내주시고, 그 후에 전부 삭제해 주세요.", {D, X}),
    ],
    "fr": [
        (
            "Madame, Monsieur, conformément à l'article 15 du RGPD, je vous prie de me "
            "communiquer l'ensemble des données personnelles me concernant.",
            {D},
        ),
        ("Salut, tu peux m'envoyer ce que vous avez sur moi ?", {D}),
        ("À qui avez-vous transmis mes données ? Je veux la liste des destinataires.", {D}),
        (
            "Je souhaite exercer mon droit à la portabilité et récupérer mes données dans "
            "un format lisible.",
            {D},
        ),
        (
            "Je viens de déménager, voici ma nouvelle adresse : 12 rue des Lilas, 69003 "
            "Lyon. Merci de la modifier.",
            {C},
        ),
        (
            "Mon nom de famille est mal orthographié dans mon compte, pourriez-vous le rectifier ?",
            {C},
        ),
        ("j'ai changé de numéro de téléphone, tu peux mettre à jour stp", {C}),
        ("Arrêtez de m'envoyer de la pub, merci.", {S}),
        (
            "Je m'oppose, en vertu de l'article 21 du RGPD, au traitement de mes données à "
            "des fins de prospection.",
            {S},
        ),
        ("Je ne veux plus que mes données soient partagées avec vos partenaires commerciaux.", {S}),
        ("Merci de cesser d'utiliser mes données pour la publicité ciblée.", {S}),
        ("Je demande la suppression de toutes mes données personnelles (article 17 du RGPD).", {X}),
        ("Oubliez-moi. Supprimez mon compte et tout ce qui va avec.", {X}),
        ("Comment faire pour que mes données soient effacées ?", {X}),
        (
            "Ça fait deux mois que j'ai envoyé ma demande d'accès et toujours aucune "
            "réponse, c'est inadmissible.",
            {P},
        ),
        (
            "Je pense que mes données ont fuité : je reçois des spams à l'adresse que je "
            "n'utilise que chez vous.",
            {P},
        ),
        (
            "Je me suis désabonné il y a un mois et je reçois encore vos newsletters ! "
            "C'est scandaleux. Supprimez mon adresse immédiatement.",
            {P, X},
        ),
        ("Quels cookies utilisez-vous sur votre site ?", {Q}),
        ("Combien de temps conservez-vous les données de vos clients ?", {Q}),
        ("Où sont hébergées mes données ? En Europe ?", {Q}),
        (
            "Ne supprimez surtout pas mon compte, je veux seulement corriger mon adresse e-mail.",
            {C},
        ),
        ("Comment supprimer une facture en double dans l'application ?", {N}),
        ("Le site est en panne depuis ce matin, que se passe-t-il ?", {N}),
        ("Je voudrais changer de formule d'abonnement, quelles sont les options ?", {N}),
        ("Envoyez-moi une copie de mes données, puis effacez tout.", {D, X}),
    ],
    "de": [
        (
            "Sehr geehrte Damen und Herren, gemäß Art. 15 DSGVO bitte ich um Auskunft über "
            "die zu meiner Person gespeicherten Daten.",
            {D},
        ),
        ("Was habt ihr eigentlich alles über mich gespeichert?", {D}),
        (
            "An welche Dritten haben Sie meine Daten weitergegeben? Bitte nennen Sie mir "
            "die Empfänger.",
            {D},
        ),
        (
            "Ich möchte eine Kopie meiner Daten in einem maschinenlesbaren Format erhalten "
            "(Art. 20 DSGVO).",
            {D},
        ),
        (
            "Ich bin umgezogen, meine neue Anschrift lautet Hauptstraße 5, 10115 Berlin. "
            "Bitte aktualisieren Sie meine Daten.",
            {C},
        ),
        ("Mein Nachname ist falsch geschrieben, bitte berichtigen Sie ihn.", {C}),
        ("hab ne neue handynummer, kannst du die bitte ändern?", {C}),
        ("Hört bitte auf, mir Werbung zu schicken.", {S}),
        (
            "Hiermit lege ich Widerspruch gegen die Verarbeitung meiner Daten zu Werbezwecken ein.",
            {S},
        ),
        ("Bitte geben Sie meine Daten nicht mehr an Dritte weiter.", {S}),
        ("Ich möchte nicht, dass meine Daten für Profiling oder Analysen genutzt werden.", {S}),
        ("Ich verlange die Löschung meiner personenbezogenen Daten nach Art. 17 DSGVO.", {X}),
        ("Löscht bitte meinen Account und alle Daten dazu.", {X}),
        ("Wie kann ich meine Daten löschen lassen?", {X}),
        (
            "Meine Auskunftsanfrage von vor sechs Wochen ist immer noch unbeantwortet. Das "
            "ist nicht akzeptabel.",
            {P},
        ),
        (
            "Ich vermute ein Datenleck bei Ihnen, seit kurzem bekomme ich Phishing-Mails "
            "an meine Kundenadresse.",
            {P},
        ),
        (
            "Ich habe mich abgemeldet und bekomme trotzdem weiter Newsletter. Unverschämt! "
            "Löschen Sie sofort meine E-Mail-Adresse.",
            {P, X},
        ),
        ("Welche Cookies setzen Sie auf Ihrer Webseite ein?", {Q}),
        ("Wie lange speichern Sie meine Bestelldaten?", {Q}),
        ("Werden meine Daten an Ihre Muttergesellschaft in den USA übermittelt?", {Q}),
        (
            "Bitte löschen Sie mein Konto nicht, ich möchte nur meine E-Mail-Adresse ändern.",
            {C},
        ),
        ("Wie lösche ich eine Rechnung aus dem Entwurfsordner?", {N}),
        ("Seit gestern funktioniert die App nicht mehr, bitte um Hilfe.", {N}),
        ("Können Sie mir ein Angebot für 50 Lizenzen schicken?", {N}),
        ("Schick mir bitte eine Kopie meiner Daten und lösch danach mein Konto.", {D, X}),
    ],
    "es": [
        (
            "Estimados señores: en virtud del artículo 15 del RGPD, solicito el acceso a "
            "mis datos personales.",
            {D},
        ),
        ("Oye, ¿qué datos tienen de mí? Mándamelos porfa.", {D}),
        ("¿A qué empresas le han cedido mis datos? Quiero saberlo.", {D}),
        ("Quisiera descargar una copia de toda mi información en formato portable.", {D}),
        (
            "Me mudé, mi nueva dirección es Av. Reforma 222, CDMX. ¿Me la pueden actualizar?",
            {C},
        ),
        ("Mi apellido está mal escrito en su sistema, solicito la rectificación.", {C}),
        ("Cambié de número de celular, por favor modifíquenlo en mi cuenta.", {C}),
        ("Dejen de mandarme publicidad, por favor.", {S}),
        (
            "Ejerzo mi derecho de oposición al tratamiento de mis datos con fines de marketing.",
            {S},
        ),
        ("No quiero que compartan mis datos con terceros.", {S}),
        ("Por favor, dejen de usar mi información para anuncios personalizados.", {S}),
        (
            "Solicito la supresión de mis datos personales conforme al artículo 17 del RGPD "
            "y la LOPDGDD.",
            {X},
        ),
        ("Borra mi cuenta y todos mis datos, ya no quiero saber nada.", {X}),
        ("¿Cómo hago para que eliminen mis datos?", {X}),
        ("Hace un mes pedí acceso a mis datos y nadie me ha respondido. Es una vergüenza.", {P}),
        (
            "Creo que filtraron mis datos, me están llegando correos de phishing con mi "
            "nombre completo.",
            {P},
        ),
        (
            "Ya me di de baja y siguen enviándome promociones, ¡qué falta de respeto! "
            "Eliminen mi correo de su base de datos ya.",
            {P, X},
        ),
        ("¿Qué cookies utiliza su página web?", {Q}),
        ("¿Por cuánto tiempo conservan mis datos?", {Q}),
        ("¿Dónde almacenan la información de los clientes?", {Q}),
        ("No borren mi cuenta, solo quiero cambiar mi correo electrónico.", {C}),
        ("¿Cómo elimino una factura duplicada de la app?", {N}),
        ("La plataforma no carga desde ayer, ¿hay alguna caída?", {N}),
        ("Me cobraron dos veces este mes, necesito un reembolso.", {N}),
        ("Quiero una copia de mis datos y después que borren mi cuenta.", {D, X}),
    ],
}

# Written after the first fixes and before any further change.
ROUND_2 = {
    "zh": [
        ("麻烦把你们系统里关于我的所有记录导出来发我邮箱。", {D}),
        ("我换工作了，公司名称和职位都要改一下。", {C}),
        ("以后不要再给我打推销电话了，谢谢。", {S}),
        ("我要求你们把我的个人信息从所有系统中彻底抹掉。", {X}),
        ("我的信息是不是被你们卖给了第三方？最近总有陌生人打电话，非常气愤。", {P}),
        ("你们的隐私政策里说的数据保留期限是多少？", {Q}),
        ("登录页面一直加载不出来。", {N}),
        ("帳號先不要註銷，我只想知道你們有我哪些資料。", {D}),
    ],
    "ko": [
        ("제가 가입할 때 입력한 정보를 전부 확인하고 싶습니다. 보내 주세요.", {D}),
        ("회사를 옮겨서 소속이랑 직함이 바뀌었어요. 반영 부탁드립니다.", {C}),
        ("더 이상 이벤트 알림 문자 보내지 말아 주세요.", {S}),
        ("제 정보를 다른 회사랑 공유하지 마세요.", {S}),
        ("이제 서비스 안 쓸 거니까 제 계정이랑 기록 싹 다 없애 주세요.", {X}),
        ("탈퇴한 지 3개월 됐는데 아직도 광고 전화가 와요. 어떻게 된 거예요?", {P}),
        ("결제 내역은 몇 년 동안 보관하나요?", {Q}),
        ("다음 달부터 요금이 오르나요?", {N}),
    ],
    "fr": [
        (
            "Bonjour, pourriez-vous m'indiquer quelles informations personnelles figurent "
            "dans votre base à mon nom ?",
            {D},
        ),
        ("Petite correction : mon prénom s'écrit Hélène avec un accent, pas Helene.", {C}),
        ("Je ne souhaite plus être sollicité par téléphone pour vos offres.", {S}),
        ("Merci de ne pas transmettre mes coordonnées à des sociétés partenaires.", {S}),
        ("Fermez mon compte et détruisez les données associées.", {X}),
        (
            "Trois relances et toujours rien concernant ma demande de suppression, je vais "
            "saisir la CNIL.",
            {P},
        ),
        ("Vos serveurs sont-ils situés en France ?", {Q}),
        ("Je n'ai pas reçu ma facture du mois de mars.", {N}),
    ],
    "de": [
        (
            "Können Sie mir mitteilen, welche personenbezogenen Daten bei Ihnen über mich "
            "vorliegen?",
            {D},
        ),
        ("Bitte tragen Sie meine neue Telefonnummer ein: 0171 1234567.", {C}),
        ("Ich untersage Ihnen die Nutzung meiner Daten für Werbezwecke.", {S}),
        ("Schickt mir bitte keine Angebote mehr per SMS.", {S}),
        ("Bitte entfernen Sie sämtliche Daten, die Sie zu meiner Person gespeichert haben.", {X}),
        (
            "Obwohl ich der Weitergabe widersprochen habe, bekomme ich Anrufe von "
            "Partnerfirmen. Das ist eine Unverschämtheit!",
            {P},
        ),
        ("Nutzen Sie Tracking-Pixel in Ihren Newslettern?", {Q}),
        ("Das Passwort-Reset funktioniert bei mir nicht.", {N}),
    ],
    "es": [
        ("Necesito saber qué información personal mía consta en sus archivos.", {D}),
        ("Por favor corrijan la fecha de nacimiento de mi perfil, está mal.", {C}),
        ("No autorizo que usen mis datos para elaborar perfiles comerciales.", {S}),
        ("Ya no quiero recibir llamadas comerciales de ustedes.", {S}),
        ("Quiero que borren toda la información que tienen sobre mí.", {X}),
        (
            "Les pedí que dejaran de escribirme y siguen mandándome correos. ¡Estoy harta!",
            {P},
        ),
        ("¿Comparten mis datos con su empresa matriz en Estados Unidos?", {Q}),
        ("¿Tienen descuentos para estudiantes?", {N}),
    ],
}

# Probes written while generalising (after reading the lexicons): kept as regressions, and
# not counted in the honest estimates above.
REGRESSIONS = {
    "zh": [
        ("请把我从营销名单里移除。", {S}),
        ("请把我从群聊里移除。", {N}),
        ("我想知道怎么使用这个功能。", {N}),
        ("請停止向第三方提供我的個人資料。", {S}),
        ("我想知道你们是怎么使用我的信息的。", {D}),
    ],
    "ko": [
        ("내 정보 뭐 갖고 있는지 알려줘", {D}),
        ("왜 동의도 안 했는데 광고 문자가 오나요? 정말 화가 납니다.", {P}),
        ("제가 주문한 상품 정보를 확인하고 싶어요.", {N}),
        ("제가 등록한 카드 정보를 변경하고 싶어요.", {N}),
        ("제 정보를 마케팅에 쓰지 말아주세요.", {S}),
    ],
    "fr": [
        ("Je n'ai jamais donné mon accord pour recevoir ces mails !", {P}),
        ("Je n'ai jamais donné mon accord pour ce prélèvement !", {N}),
        ("Envoie-moi le lien de téléchargement stp.", {N}),
        ("Mon adresse n'est plus la bonne.", {C}),
        ("Supprimez tout ce que vous avez sur moi.", {X}),
    ],
    "de": [
        ("Löscht alles, was ihr über mich habt.", {X}),
        ("Bitte schicken Sie mir eine Kopie der Rechnung.", {N}),
        ("Was wisst ihr über mich?", {D}),
        ("Meine E-Mail-Adresse stimmt nicht mehr.", {C}),
        ("Bitte sperren Sie meine Daten für Werbung.", {S}),
        ("Ich bekomme keine Bestätigungsmails mehr.", {N}),
    ],
    "es": [
        ("Mándame el enlace de descarga del programa.", {N}),
        ("Ya no me manden correos.", {S}),
        ("Vendieron mi número, me llaman de todos lados.", {P}),
        ("Olvídenme, por favor.", {X}),
        ("Quiero saber los datos que tienen sobre mí.", {D}),
    ],
}

# Written for the causes behind the non-Japanese misses of the blind2 development half (no text
# copied from it): Korean negative questions (~지 않나요?) ask rather than negate or request, a
# conditional opt-out asks what happens, lax handling and someone else's order details are
# complaints; French cold calling (démarché, m'appeler sur mon portable) is a personal-data
# context and "the third time" a grievance, while an order number is no personal field; German
# "von X auf Y ändern" may put a long value (an address, a mail address) before the verb, and
# "nichts" negates; Spanish erasure of "el teléfono antiguo" names the field with an article.
ROUND_3 = {
    "ko": [
        ("광고 쿠키를 거부하면 어떤 데이터는 수집되지 않나요?", {Q}),
        ("개인정보를 해외로 이전하지 않나요?", {Q}),
        ("제3자에게 고객 정보를 공유하지 않습니까?", {Q}),
        ("탈퇴하면 제 정보는 파기되지 않나요?", {Q}),
        ("계정은 삭제하지 않을 거예요. 주소만 바꿔주세요", {C}),
        ("제 번호를 광고에 쓰지 마세요", {S}),
        ("광고 수신을 거부하려면 어떻게 해야 하나요?", {S}),
        (
            "택배 상자에 다른 사람의 배송 정보가 붙어 있었어요. "
            "개인정보를 이렇게 관리해도 되는 건가요?",
            {P},
        ),
        ("개인정보 관리가 너무 허술한 것 아닌가요?", {P}),
        ("다른 고객의 주문 내역이 제 계정에 보여요.", {P}),
        ("보안이 이렇게 엉망이면 제 정보를 어떻게 믿고 맡기나요?", {P}),
        ("고객님들의 개인정보를 이렇게 마음대로 다뤄도 되는 건가요?", {P}),
        ("앱 화면이 너무 허술해요. 디자인 개선 부탁드립니다", {N}),
        ("배송지 주소를 이렇게 적어도 되나요?", {N}),
    ],
    "fr": [
        ("Vous continuez de m'appeler sur mon portable, c'est inadmissible.", {P}),
        ("Vos télévendeurs m'ont encore démarché hier, c'est scandaleux.", {P}),
        (
            "C'est la quatrième fois que je vous écris au sujet de mon numéro de téléphone "
            "affiché publiquement.",
            {P},
        ),
        (
            "Votre service client continue de me relancer sur mon numéro perso, "
            "c'est insupportable.",
            {P},
        ),
        ("Mon numéro de commande est faux, c'est inadmissible.", {N}),
        ("Mon portable ne s'allume plus, c'est inadmissible pour un appareil neuf.", {N}),
        ("Mon numéro de dossier a changé.", {N}),
        ("Je viens de changer de numéro, le nouveau est le 06 12 34 56 78.", {C}),
        ("Merci de remplacer l'adresse e-mail associée à mon compte par celle-ci : a@b.fr", {C}),
        ("Merci de remplacer le fichier joint à mon dossier.", {N}),
    ],
    "de": [
        (
            "Meine Adresse bitte von Hauptstraße 12 in Berlin auf Gartenweg 7 in Potsdam "
            "aktualisieren.",
            {C},
        ),
        (
            "Könnten Sie meine E-Mail-Adresse von anna.alt@example.de auf anna.neu@example.de "
            "umstellen?",
            {C},
        ),
        (
            "Ich möchte, dass meine Telefonnummer in Ihrem Kundenkonto auf die neue Nummer "
            "0171 2345678 geändert wird.",
            {C},
        ),
        ("Meinen Nachnamen bitte von Weber auf Weber-Lang umschreiben.", {C}),
        ("Bitte nichts an meinem Namen ändern, nur die Rechnung erneut senden.", {N}),
        ("Die Lieferadresse bitte von Berlin auf Hamburg ändern.", {N}),
        ("Können Sie bitte die E-Mail-Adresse in meinem Konto ändern?", {C}),
        ("Die Adresse in meinem Profil bitte nicht ändern, nur das Passwort.", {N}),
    ],
    "es": [
        ("Borren el teléfono fijo que tienen registrado, ya no existe.", {X}),
        ("Eliminen la dirección postal antigua, ya no vivo allí.", {X}),
        ("Supriman el número de móvil que les di el año pasado.", {X}),
        ("Borren el pedido duplicado, por favor.", {N}),
        ("Eliminen el número de pedido 123 del carrito.", {N}),
        ("Elimine el número de factura duplicado.", {N}),
        ("La dirección que tienen registrada ya no es correcta.", {C}),
        ("El correo de mi cuenta está mal escrito.", {C}),
        ("La dirección de envío del pedido está mal.", {N}),
    ],
}

# Round 4: correction probes written after the blind2 development set was studied and BEFORE
# the lexicons were changed for them, aimed at value statements ("registered as X, it is
# really Y", "the new one is …"), fields the rules did not list, verb-first German and stale
# values, with one-order delivery addresses and passwords as hard negatives. Before: 20/34
# exact (zh 3/7, ko 5/6, fr 5/7, de 3/7, es 4/7; every negative passed but one zh order
# address). Causes fixed: no rule for "X になってますが Y です"-style value statements in
# zh/ko/fr/de/es, Geburtsdatum / date de naissance / E-Mail missing from field lists, German
# "ist meine Nummer veraltet" (verb first), "die neue lautet …" after the field, "ya no es
# ese", "tienen mal mi …", and a zh order's 收货地址 change not treated as a one-off. The last
# cases of each language were added after the fixes, for the blind2 causes.
ROUND_4 = {
    "zh": [
        ("我的生日登记成了1985年，其实是1958年。", {C}),
        ("账户里的英文名写的是ZHANG WEI，正确的是ZHANG WEI MING。", {C}),
        ("我换手机号了，新号码是13912345678。", {C}),
        ("資料上的地址還是舊的，麻煩幫我更新一下。", {C}),
        ("我结婚后改姓了，请把姓名改成李晓红。", {C}),
        ("请把这个订单的收货地址改成公司地址。", {N}),
        ("我想修改登录密码。", {N}),
        ("系统里我的出生日期显示的是1970年，正确的是1907年。", {C}),
        ("请把本次订单的收件地址更改一下。", {N}),
    ],
    "ko": [
        ("생년월일이 1990년으로 등록돼 있는데 1991년이 맞습니다.", {C}),
        ("전화번호가 예전 번호로 되어 있어요. 새 번호는 010-1234-5678입니다.", {C}),
        ("회사 이름이 바뀌어서 소속 정보 수정 부탁드려요.", {C}),
        ("주소가 옛날 주소 그대로네요. 고쳐 주세요.", {C}),
        ("이번 주문 배송지만 회사로 바꿔 주세요.", {N}),
        ("비밀번호를 바꾸고 싶어요.", {N}),
        ("영문 성함이 LEE JIEUN으로 등록되어 있는데 LEE JIEUN A가 맞습니다.", {C}),
        ("주소가 서울로 되어 있는데 그것이 맞아요.", {N}),
    ],
    "fr": [
        ("Mon nom est enregistré comme « Dupond », alors que c'est « Dupont ».", {C}),
        ("Ma date de naissance est fausse sur mon compte : c'est le 3 avril, pas le 4 mars.", {C}),
        ("J'ai déménagé, ma nouvelle adresse est 12 rue des Lilas, Lyon.", {C}),
        ("Mon numéro de téléphone n'est plus à jour, le nouveau est le 06 12 34 56 78.", {C}),
        ("Je me suis mariée, merci de mettre à jour mon nom de famille.", {C}),
        ("Pouvez-vous changer l'adresse de livraison de ma commande en cours ?", {N}),
        ("Je voudrais changer mon mot de passe.", {N}),
        ("Ma date de naissance est incorrecte sur mon espace client.", {C}),
        ("Le nouveau tarif est 12 euros par mois ?", {N}),
    ],
    "de": [
        ("In meinem Konto steht noch meine alte Adresse, bitte auf Hauptstraße 5 ändern.", {C}),
        ("Mein Geburtsdatum ist falsch hinterlegt, richtig ist der 4.3.1980.", {C}),
        ("Seit der Hochzeit heiße ich Müller statt Schmidt, bitte anpassen.", {C}),
        ("Bei Ihnen ist mein Name als Maier gespeichert, richtig ist Meier.", {C}),
        ("Meine E-Mail lautet jetzt anna@example.de.", {C}),
        ("Bitte ändern Sie die Lieferadresse für Bestellung 4711.", {N}),
        ("Ich möchte mein Passwort ändern.", {N}),
        ("Leider ist unsere Firmenadresse veraltet, die neue lautet Ringstraße 4.", {C}),
        ("Übrigens ist meine Handynummer nicht mehr aktuell. Die neue ist 0152 9876543.", {C}),
        ("Die neue Version ist 2.1, bitte aktualisieren.", {N}),
    ],
    "es": [
        ("Mi nombre aparece como Jose pero es José, con tilde.", {C}),
        ("Me he mudado; mi nueva dirección es Calle Mayor 3, Madrid.", {C}),
        ("Mi número de teléfono ya no es ese, el nuevo es 612 345 678.", {C}),
        ("Tienen mal mi fecha de nacimiento, es el 5 de mayo de 1980.", {C}),
        ("Por favor, actualicen mi apellido, me casé y ahora es García.", {C}),
        ("Quiero cambiar la dirección de envío de este pedido.", {N}),
        ("Necesito cambiar mi contraseña.", {N}),
        ("Mi apellido figura como Garcia pero en realidad es García.", {C}),
    ],
}

ROUNDS = {"r1": ROUND_1, "r2": ROUND_2, "regressions": REGRESSIONS, "r3": ROUND_3, "r4": ROUND_4}

PARAMS = [
    pytest.param(language, text, kinds, id=f"{name}-{language}-{index:02d}")
    for name, cases in ROUNDS.items()
    for language, items in cases.items()
    for index, (text, kinds) in enumerate(items)
]


@pytest.mark.parametrize(("language", "text", "expected"), PARAMS)
def test_kinds_of_a_fresh_message(language, text, expected):
    classification = classify(text, language=language)
    assert set(classification.kinds) == expected, classification.cues


def test_each_language_covers_every_kind():
    for language, items in ROUND_1.items():
        counts = {
            kind: sum(kind in kinds for _text, kinds in items) for kind in (D, C, S, X, P, Q, N)
        }
        assert len(items) >= 22, language
        assert min(counts[D], counts[C], counts[X], counts[P], counts[Q], counts[N]) >= 3, language
        assert counts[S] >= 4, language
