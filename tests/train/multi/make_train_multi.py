#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the multilingual training/development set tests/train/multi.

170 customer messages to support@win-techno.com / the Telegram bot in
Chinese (zh, mostly simplified, a few traditional), Korean, French, German and
Spanish: 12 emails and 22 chat messages per language.

Every text and label lives in this file.  Running it deletes
email/m*.eml and chat/m*.txt in this folder, then rewrites them and
labels.jsonl deterministically (fixed dates, Message-IDs, boundaries, and a
fixed shuffle).  Standard library only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
from datetime import datetime, timedelta, timezone
from email import charset as _charset
from email.charset import Charset
from email.generator import BytesGenerator
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "m"
SEED = 20250317
SUPPORT = "support@win-techno.com"
KINDS = {"disclosure", "correction", "suspension", "deletion", "complaint", "inquiry", "other"}

ITEMS: list[dict] = []

# Time zone and mail domain per language, used for Date / Message-ID / Received.
TZ = {
    "zh": timezone(timedelta(hours=8)),
    "ko": timezone(timedelta(hours=9)),
    "fr": timezone(timedelta(hours=1)),
    "de": timezone(timedelta(hours=1)),
    "es": timezone(timedelta(hours=1)),
}
MAILERS = [
    "Foxmail 7.2.25",
    "Microsoft Outlook 16.0",
    "Mozilla Thunderbird 115.8.1",
    "Apple Mail (2.3774.400.31)",
    "Roundcube Webmail/1.6.6",
    None,
    "Daum Mail",
    "Evolution 3.50.3",
]


def C(lang: str, kinds: list[str], note: str, text: str) -> None:
    """A Telegram chat message."""
    ITEMS.append({"channel": "chat", "lang": lang, "kinds": kinds, "note": note, "text": text})


def E(
    lang: str,
    kinds: list[str],
    note: str,
    *,
    subject: str,
    sender: tuple[str, str],
    body: str,
    charset: str = "utf-8",
    cte: str = "base64",
    layout: str = "plain",
    auto: bool = False,
    headers: dict[str, str] | None = None,
    html_body: str | None = None,
) -> None:
    """An email.  layout: plain | alt (multipart/alternative) | html (HTML only).
    cte: base64 | qp | 8bit."""
    ITEMS.append(
        {
            "channel": "email",
            "lang": lang,
            "kinds": kinds,
            "note": note,
            "subject": subject,
            "sender": sender,
            "body": body,
            "charset": charset,
            "cte": cte,
            "layout": layout,
            "auto": auto,
            "headers": headers or {},
            "html": html_body,
        }
    )


def B(lang: str, note: str, **kw) -> None:
    """A bounce (multipart/report from MAILER-DAEMON)."""
    ITEMS.append(
        {"channel": "email", "lang": lang, "kinds": [], "note": note, "bounce": True, **kw}
    )


# ---------------------------------------------------------------------------
# texts
# ---------------------------------------------------------------------------

# ============================== Chinese (zh) ===============================

E(
    "zh",
    ["disclosure"],
    "Formal request to see all personal data held (registration, logs, devices, third-party provision records) as a CSV/PDF copy.",
    subject="关于查阅本人个人信息的申请",
    sender=("刘洋", "liu.yang@example.com"),
    charset="utf-8",
    cte="base64",
    body="""\
Win Techno 公司个人信息保护负责人：

您好！

本人自 2022 年 6 月起使用贵公司的 WinGuard Cloud（注册邮箱：liu.yang@example.com）。
现依据贵公司隐私政策及相关个人信息保护法规，申请查阅贵公司所持有的、与本人有关的全部个人信息，包括但不限于：

1. 注册时填写的姓名、电话、公司及地址等资料；
2. 账号登录记录及操作日志；
3. 已登记设备的信息；
4. 向第三方（含关联公司、委托方）提供本人信息的记录。

请以电子文件（CSV 或 PDF 均可）形式发送至本邮箱。如需核实本人身份，请告知需要提供哪些材料。

此致
敬礼！

刘洋
2025年3月3日
""",
)

E(
    "zh",
    ["correction"],
    "Registered name has a wrong character (章伟 instead of 张伟); asks to correct it on the account and invoices.",
    subject="注册姓名写错了，麻烦更正",
    sender=("张伟", "zhangwei88@example.net"),
    charset="gb2312",
    cte="base64",
    body="""\
客服您好，

我在贵公司注册 WinGuard 的时候，姓名被登记成了"章伟"，正确的是"张伟"（弓长张）。
最近开出来的发票抬头个人姓名也是错的，报销的时候财务不给过。

麻烦把账户里的姓名改成"张伟"，以后的发票也按正确的名字开。谢谢！

张伟
手机：186 2107 4432
""",
)

E(
    "zh",
    ["suspension"],
    "Objects to the data being passed to 'partners' mentioned in the privacy policy; asks to stop third-party provision (opt out of sharing).",
    subject="不同意把我的信息提供给第三方",
    sender=("赵敏", "zhaomin.work@example.org"),
    charset="gbk",
    cte="8bit",
    body="""\
你好：

看了你们更新后的隐私政策，里面写着会把用户信息"提供给合作伙伴用于改进服务和推荐产品"。
这一条我不同意。请停止将我的姓名、邮箱、手机号以及使用情况提供给任何第三方，包括所谓的合作伙伴和广告商。

软件我还会继续用，账号也不要动，只是我的信息别再往外给了。
请处理完回复确认一下。

赵敏
""",
)

E(
    "zh",
    ["deletion"],
    "Traditional Chinese (Taiwan). No longer uses WinGuard; asks to delete the account and all related personal data and confirm.",
    subject="申請刪除帳號及個人資料",
    sender=("林怡君", "yichun.lin@example.com"),
    charset="big5",
    cte="base64",
    body="""\
您好：

我去年購買了 WinGuard 個人版，目前已改用公司統一配發的防毒軟體，不會再使用貴公司的服務。

請協助刪除我的會員帳號（yichun.lin@example.com），以及帳號底下所有相關的個人資料，
包括姓名、電話、地址和信用卡末四碼等紀錄。完成後請回信告知，謝謝。

林怡君 敬上
""",
)

E(
    "zh",
    ["disclosure", "deletion"],
    "Multi-intent: first asks for a copy of all personal data held (to keep), then asks for everything to be deleted after sending it.",
    subject="个人数据：请先发我一份副本，然后全部删除",
    sender=("孙晓东", "sun.xd@example.jp"),
    charset="utf-8",
    cte="qp",
    layout="alt",
    body="""\
您好，

我是 WinGuard 的老用户，最近在整理自己在各个网站上留下的个人信息。

麻烦你们做两件事：
第一，把你们系统里关于我的所有资料（账号信息、购买记录、客服记录等）整理一份发给我，我想自己留档；
第二，我确认收到以后，请把这些资料从你们的系统里全部删除，账号也一起注销。

顺序请不要搞反——先发给我，再删除。谢谢配合。

孙晓东
""",
)

E(
    "zh",
    ["suspension", "complaint"],
    "Reply to a promotional mail: already unsubscribed last month, still receiving promotions; demands the address no longer be used for marketing and voices distrust of the data handling. Quoted promo is context only.",
    subject="Re: 【WinGuard】春季大促，全线产品8折起",
    sender=("周婷", "zhouting@example.net"),
    charset="utf-8",
    cte="base64",
    headers={"In-Reply-To": "<promo-2025spring-118234@news.win-techno.com>"},
    body="""\
上个月我已经点过退订了，系统也提示"退订成功"，为什么还在给我发这种促销邮件？

请立即停止把我的邮箱用于任何营销推广，包括促销、问卷和活动通知。
说实话，退订了还照发，让我很怀疑你们到底是怎么管理用户信息的。

周婷

在 2025-03-05 10:02，WinGuard 写道：
> 尊敬的用户：
> WinGuard 春季大促火热进行中！全线产品 8 折起，续费再送 3 个月。
> 活动时间：3月1日—3月31日
> 如不希望再收到此类邮件，请点击此处退订。
""",
)

E(
    "zh",
    ["complaint"],
    "HTML-only. Suspects a leak: after registering for a trial, gets sales calls from strangers who know name and company. Grievance about handling of personal data; no right requested.",
    subject="怀疑个人信息被泄露",
    sender=("黄俊杰", "junjie.huang@example.com"),
    charset="utf-8",
    cte="base64",
    layout="html",
    body="""\
你好，

我两周前在贵公司官网申请了 WinGuard Cloud 的免费试用，填写了姓名、公司名和手机号。
从上周开始，我几乎每天都接到推销电话，有卖服务器的，有卖培训课程的，对方都能准确说出我的名字和公司。

这个手机号是我专门新办的，只在你们的试用申请表上填过。
我很难不怀疑是你们这边把信息泄露或者卖出去了。这种情况非常让人气愤，希望贵公司认真对待。

黄俊杰
""",
)

E(
    "zh",
    ["inquiry"],
    "Legal department evaluating WinGuard Cloud asks where scan logs are stored, retention period and whether data goes to affiliates. Questions about practices only. The disclaimer's 'please delete this email' is furniture.",
    subject="关于 WinGuard Cloud 数据处理的几个问题",
    sender=("吴静 (法务部)", "wu.jing@legal.example.com"),
    charset="utf-8",
    cte="base64",
    body="""\
Win Techno 相关负责人：

您好。我司正在评估采购 WinGuard Cloud，法务部在审核合同前有以下几个问题想确认：

1. 终端扫描日志和告警数据存储在哪个国家或地区的服务器上？
2. 上述数据的保存期限是多久？合同终止后如何处理？
3. 贵公司是否会将客户数据提供给母公司或其他关联公司？如有，用于什么目的？

如有相关的数据处理协议（DPA）模板，也烦请一并提供。谢谢！

吴静
某某科技有限公司 法务部
电话：021-5555-0186

————————————————
本邮件及其附件可能含有保密信息，仅供指定收件人使用。如果您不是指定收件人，请立即通知发件人并删除本邮件，不得复制、转发或使用其中任何内容。
""",
)

E(
    "zh",
    ["other"],
    "Decoy: asks to void/delete a duplicated invoice. Billing, not personal data.",
    subject="发票重复开具，请作废一张",
    sender=("财务部 郑丽", "zheng.li@finance.example.org"),
    charset="gb2312",
    cte="base64",
    body="""\
您好，

我司 2 月份的 WinGuard 授权续费，贵公司开了两张一模一样的发票：
  No. 20250214-0031
  No. 20250214-0032
金额、抬头都相同，应该是重复开具了。请把其中 0032 这张作废删除，避免我们重复入账。

如需退回纸质发票，请告知邮寄地址。

郑丽
财务部
""",
)

E(
    "zh",
    ["other"],
    "Decoy: Chinese marketing spam for enterprise mailboxes with the usual '退订回T' unsubscribe line. Not a privacy request.",
    subject="【企业邮箱】开年特惠，100用户仅需 ￥1999/年",
    sender=("云通办公", "promo@cloudmail-offer.example.net"),
    charset="gb2312",
    cte="base64",
    layout="alt",
    body="""\
尊敬的企业负责人：

新春开工季，云通企业邮箱限时特惠！
★ 100 用户仅需 ￥1999/年
★ 无限容量，支持海外收发
★ 免费迁移旧邮箱数据

立即咨询：400-000-1234
活动截止 3 月 31 日，名额有限，先到先得！

退订回T
""",
)

E(
    "zh",
    [],
    "Auto-reply (out of office) from a customer mailbox; no request.",
    subject="自动回复：Re: WinGuard 授权到期提醒",
    sender=("何晨", "he.chen@example.com"),
    charset="utf-8",
    cte="base64",
    auto=True,
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""\
您好，

我目前正在休假，3 月 17 日返回办公室，期间无法及时查看邮件。
如有紧急事务，请联系同事王磊（wang.lei@example.com）。

谢谢！
何晨
""",
)

E(
    "zh",
    ["correction"],
    "Reply to an account-information confirmation: the company moved; asks to update the contact address and landline. The quoted support text is context.",
    subject="Re: 请确认您的账户信息",
    sender=("马海涛", "ma.haitao@example.org"),
    charset="utf-8",
    cte="qp",
    headers={"In-Reply-To": "<acct-check-77120@win-techno.com>"},
    body="""\
你好，

邮件里列出来的联系地址是旧的，我们公司去年底已经搬了。
请帮我把账户的联系地址改成：
深圳市南山区科苑南路 3099 号 18 楼 1806 室
座机也换了，新号码是 0755-8600-1275。

其他信息没有问题。

马海涛

-----原始邮件-----
发件人: Win Techno 客户支持 <support@win-techno.com>
主题: 请确认您的账户信息

马海涛 先生：
为保证服务通知准确送达，请核对以下登记信息：
联系地址：深圳市福田区深南大道 6008 号 11 楼
电话：0755-8300-4410
如有变更，请直接回复本邮件。
""",
)

# --- zh chats ---

C(
    "zh",
    ["disclosure"],
    "Indirect: casual 'what info of mine have you actually stored, I want a look' = request to see held data.",
    "你们到底存了我哪些资料啊？想看看",
)

C(
    "zh",
    ["disclosure"],
    "Polite question asking whether the user can export the personal data in their account (registration info, login records): data copy/export request.",
    "请问可以把我账号下的个人数据导出来吗？比如注册信息、登录记录这些，我想留一份。",
)

C(
    "zh",
    ["disclosure"],
    "Traditional Chinese. Asks whether data was provided to other companies and wants the provision records: disclosure of third-party provision records, not a general inquiry.",
    "請問你們有把我的個人資料提供給其他公司嗎？如果有的話，麻煩給我一份提供紀錄，要寫清楚給了誰、給了什麼。",
)

C(
    "zh",
    ["correction"],
    "Indirect: 'moved house, new address ...' = update the registered address.",
    "搬家了，新地址：北京市朝阳区望京西园三区 312 号楼 1203。以后寄东西寄这里吧",
)

C(
    "zh",
    ["correction"],
    "Registered mobile number has two digits swapped; asks to fix it.",
    "手机号当时填错了，最后四位是7788不是7878，麻烦帮忙改一下～",
)

C(
    "zh",
    ["suspension"],
    "Indirect: 'don't push marketing SMS to me any more' = stop using the number for marketing.",
    "别再给我发营销短信了，一天好几条，烦死了。谢谢",
)

C(
    "zh",
    ["suspension"],
    "Does not want usage data used for profiling/ad analysis and asks whether it can be turned off: request to stop a use.",
    "我不希望自己的使用数据被拿去做用户画像或者广告分析，能帮我关掉吗？",
)

C(
    "zh",
    ["deletion"],
    "Close the account and wipe every record about me.",
    "我要注销账号，把我在你们那儿的所有记录都清掉，一条都别留。",
)

C(
    "zh",
    ["deletion"],
    "Question 'how can I get you to delete my personal info' expresses deletion intent (README convention).",
    "请问怎样才能让你们删除我的个人信息？需要走什么流程？",
)

C(
    "zh",
    ["deletion"],
    "Traditional Chinese, casual: account no longer used, delete it together with the data.",
    "帳號已經不用了，幫我連同資料一起刪掉吧，謝謝",
)

C(
    "zh",
    ["correction", "complaint"],
    "Multi-intent: asked last week to change the e-mail address, still old, support silent; gives the new address again and complains about slow handling.",
    "上周就让你们改邮箱地址了，到现在系统里还是旧的，发消息也没人回。新邮箱是 wang.lei88@example.net，麻烦尽快改好。你们这效率也太低了吧",
)

C(
    "zh",
    ["disclosure"],
    "Negation trap: do NOT delete the account; only wants to know what information is stored.",
    "先别删我的账号！！我只是想知道你们保存了我哪些信息，别误会",
)

C(
    "zh",
    ["suspension"],
    "Negation trap: no need to close the account or delete data; only stop the promotional e-mails.",
    "不用注销账号，也不用删资料，只要别再给我发推广邮件就行。",
)

C(
    "zh",
    ["correction"],
    "Negation trap: keep the account, do not delete; only change the login e-mail.",
    "账号请保留，千万不要删除。我只是想把登录邮箱从 chen.j@example.com 换成 chen.jing@example.org",
)

C(
    "zh",
    ["complaint"],
    "Complaint about an ignored disclosure request two weeks ago; does not restate the request, so only complaint.",
    "我半个月前提交的个人信息查阅申请，到现在一点动静都没有。这就是你们对待用户个人信息的态度？",
)

C(
    "zh",
    ["inquiry"],
    "Question about which cookies the website uses and whether third-party tracking exists.",
    "你们官网用了哪些 cookie？有没有第三方的广告追踪？",
)

C(
    "zh",
    ["inquiry"],
    "Hypothetical: 'if I cancel later, how long will you keep my data?' asks about retention practice; no request.",
    "如果我以后不续费了，你们会把我的数据保留多久？",
)

C(
    "zh",
    ["inquiry"],
    "Traditional Chinese. Asks which contact point handles personal-data requests: question about the process, no request made.",
    "請問個人資料相關的申請要寄到哪個窗口？有專門的負責人嗎？",
)

C(
    "zh",
    ["other"],
    "Decoy: export last month's scan results as a PDF report.",
    "怎么把上个月的扫描结果导出成PDF报告？老板要看",
)

C(
    "zh",
    ["other"],
    "Decoy: stop WinGuard automatic updates that reboot the server.",
    "服务器上的 WinGuard 老是自动更新完就重启，怎么关掉自动更新？",
)

C(
    "zh",
    ["other"],
    "Decoy: remove a scrapped PC from the management console device list.",
    "管理控制台里有一台旧电脑已经报废了，怎么把它从设备列表里删掉？",
)

C(
    "zh",
    ["disclosure", "suspension"],
    "Multi-intent: send me a copy of what you hold about me; and stop giving my information to partners.",
    "把你们手上关于我的资料发我一份。另外以后别再把我的信息给什么合作方了",
)

# ============================== Korean (ko) ================================

E(
    "ko",
    ["disclosure"],
    "Formal 합쇼체 request under the Personal Information Protection Act to view the personal data held, its purposes and third-party provision.",
    subject="개인정보 열람 요청드립니다",
    sender=("최민준", "minjun.choi@example.com"),
    charset="euc-kr",
    cte="base64",
    body="""\
Win Techno 개인정보 보호책임자님께

안녕하십니까. WinGuard 개인용 라이선스를 사용하고 있는 최민준입니다.

개인정보 보호법 및 귀사 개인정보 처리방침에 따라 아래 사항에 대한 열람을 청구합니다.

1. 귀사가 보유하고 있는 본인의 개인정보 항목 및 내용
2. 개인정보의 수집·이용 목적
3. 개인정보를 제3자에게 제공한 현황(제공받은 자, 제공 일자, 제공 항목)

회신은 본 메일 주소로 전자 파일 형태로 보내 주시면 됩니다.
본인 확인에 필요한 서류가 있다면 안내 부탁드립니다.

감사합니다.
최민준 드림
""",
)

E(
    "ko",
    ["correction"],
    "Legal name change (개명) approved by court; asks to change the member name and the name on tax invoices.",
    subject="개명으로 인한 회원정보 변경 요청",
    sender=("김서윤", "seoyun.kim@example.net"),
    charset="utf-8",
    cte="qp",
    body="""\
안녕하세요.

작년 말 법원 허가를 받아 개명을 했습니다.
  - 기존 이름: 김지혜
  - 변경된 이름: 김서윤

회원정보에 등록된 이름과 앞으로 발행될 세금계산서의 담당자 이름을 변경된 이름으로 수정해 주시면 감사하겠습니다.
기본증명서 사본이 필요하시면 말씀해 주세요.

김서윤 드림
""",
)

E(
    "ko",
    ["suspension"],
    "Withdraws consent to receive marketing and to third-party provision for marketing: stop those uses.",
    subject="[수신동의 철회] 광고성 정보 수신 거부합니다",
    sender=("이도현", "dohyun.lee@example.org"),
    charset="euc-kr",
    cte="8bit",
    body="""\
담당자님께,

가입 당시 선택 항목으로 동의했던 '마케팅 정보 수신'과 '마케팅 목적의 제3자 제공'에 대한 동의를 모두 철회합니다.

앞으로 이메일, 문자, 앱 푸시 등 어떤 방식으로도 광고성 정보를 보내지 마시고,
제 정보를 제휴사에 제공하는 것도 중단해 주십시오.

처리 결과를 회신해 주시기 바랍니다.

이도현
""",
)

E(
    "ko",
    ["deletion"],
    "Membership withdrawal and destruction (파기) of all personal data. Asking which legally retained payment items remain is part of the erasure confirmation, not a separate disclosure request.",
    subject="회원 탈퇴 및 개인정보 파기 요청",
    sender=("정하은", "haeun.jung@example.com"),
    charset="utf-8",
    cte="base64",
    layout="alt",
    body="""\
안녕하세요, 고객지원팀 담당자님.

더 이상 WinGuard 서비스를 이용하지 않을 예정이라 회원 탈퇴를 요청드립니다.
탈퇴와 함께 제 계정(haeun.jung@example.com)에 연결된 모든 개인정보를 파기해 주세요.
법령상 보관 의무가 있는 결제 기록이 있다면 어떤 항목이 얼마 동안 남는지도 함께 알려주시면 좋겠습니다.

처리가 완료되면 메일로 알려주세요.

정하은 드림
""",
)

E(
    "ko",
    ["disclosure", "correction"],
    "Multi-intent: send the personal data currently held, and if the address on file is the old one, correct it to the new address given.",
    subject="보유 중인 제 정보 확인 및 주소 정정 부탁드립니다",
    sender=("윤재석", "jaeseok.yoon@example.jp"),
    charset="euc-kr",
    cte="base64",
    body="""\
안녕하세요, 윤재석입니다.

두 가지 부탁드리겠습니다.

먼저, 현재 귀사에서 보유하고 계신 제 개인정보 내역을 정리해서 보내주세요.
그리고 그중 주소가 예전 주소(경기도 성남시 분당구)로 되어 있다면 아래 주소로 정정해 주시기 바랍니다.

  새 주소: 서울특별시 마포구 월드컵북로12길 34, 502호 (우 03995)

바쁘신 와중에 감사합니다.
윤재석
""",
)

E(
    "ko",
    ["deletion", "complaint"],
    "Reply to a privacy-policy notice: withdrew six months ago but still receives mail; complains that data was not destroyed and demands deletion of all remaining data. Quoted notice is context.",
    subject="RE: [WinGuard] 개인정보 처리방침 변경 안내",
    sender=("한지민", "jimin.han@example.net"),
    charset="utf-8",
    cte="base64",
    headers={"In-Reply-To": "<policy-notice-20250301-5512@news.win-techno.com>"},
    body="""\
탈퇴한 지 반년이 넘었는데 왜 아직도 이런 메일이 오는 겁니까?
탈퇴하면 개인정보를 지체 없이 파기한다고 안내하지 않으셨나요?

남아 있는 제 정보 전부 즉시 삭제하시고, 언제 무엇을 삭제했는지 결과를 알려주십시오.
이번에도 대충 넘어가시면 개인정보 침해신고센터에 신고하겠습니다.

한지민

-----Original Message-----
From: WinGuard <news@win-techno.com>
Sent: Saturday, March 1, 2025 9:00 AM
Subject: [WinGuard] 개인정보 처리방침 변경 안내

고객님, 안녕하세요.
WinGuard 개인정보 처리방침이 2025년 4월 1일자로 변경될 예정입니다.
주요 변경 사항은 홈페이지 공지사항을 확인해 주세요.
""",
)

E(
    "ko",
    ["complaint"],
    "HTML-only. After registering for a webinar, spam texts surged to a phone number given only on that form; suspects a leak. Grievance only, no right requested.",
    subject="웨비나 신청 후 스팸 문자가 급증했습니다",
    sender=("강유진", "yujin.kang@example.com"),
    charset="utf-8",
    cte="base64",
    layout="html",
    body="""\
안녕하세요.

지난달 귀사의 "랜섬웨어 대응 전략" 웨비나를 신청하면서 휴대폰 번호를 처음으로 기재했습니다.
그런데 그 직후부터 대출, 코인 투자, 보험 스팸 문자가 하루에 열 통 넘게 오고 있습니다.

이 번호는 개통한 지 두 달도 안 됐고, 다른 곳에는 거의 알려준 적이 없습니다.
귀사 쪽에서 개인정보가 유출된 것은 아닌지 매우 불쾌하고 걱정스럽습니다.
보안 회사에서 이런 일이 생긴다는 것 자체가 납득이 되지 않네요.

강유진
""",
)

E(
    "ko",
    ["inquiry"],
    "IT manager asks whether cloud data is transferred abroad and whether a list of processors exists; practice questions only. Disclaimer's 'delete immediately' is furniture.",
    subject="개인정보 국외 이전 관련 문의",
    sender=("오승훈 (정보보안팀)", "sh.oh@corp.example.com"),
    charset="euc-kr",
    cte="base64",
    body="""\
안녕하십니까.

당사는 WinGuard Cloud 도입을 검토 중인 ○○물산 정보보안팀입니다.
내부 심의를 위해 다음 사항을 문의드립니다.

1. 클라우드 콘솔에 저장되는 임직원 단말 정보가 국외(일본 등)로 이전되는지
2. 이전된다면 이전되는 국가, 항목, 보유 기간
3. 개인정보 처리 수탁업체 목록을 공개하고 계신지

답변 주시면 감사하겠습니다.

오승훈 / 정보보안팀 과장
Tel. 02-3456-7788

※ 본 메일은 지정된 수신인만을 위한 것으로 기밀 정보를 포함할 수 있습니다.
잘못 전달된 경우 발신인에게 알려주시고 즉시 삭제하여 주시기 바랍니다.
""",
)

E(
    "ko",
    ["other"],
    "Decoy: a tax invoice was issued twice; asks to cancel (delete) one. Billing only.",
    subject="세금계산서 중복 발행 건",
    sender=("배수진", "sujin.bae@account.example.org"),
    charset="utf-8",
    cte="qp",
    body="""\
안녕하세요, ㈜한빛솔루션 회계팀 배수진입니다.

3월 5일자로 WinGuard 연간 라이선스 세금계산서가 두 번 발행되었습니다.
(승인번호 끝자리 ...4471, ...4472)

동일한 건이라 하나는 취소 처리해 주시고, 국세청 시스템에서도 삭제될 수 있도록 부탁드립니다.

감사합니다.
배수진 드림
""",
)

E(
    "ko",
    ["other"],
    "Decoy: Korean '(광고)' spam with the legally required free opt-out number (무료수신거부). Not a privacy request.",
    subject="(광고) 사무실 복합기 렌탈 최대 50% 할인",
    sender=("오피스렌탈몰", "event@rental-mall.example.net"),
    charset="euc-kr",
    cte="base64",
    layout="alt",
    body="""\
(광고) 오피스렌탈몰

대표님, 아직도 복합기 비싸게 쓰고 계신가요?
★ 컬러 복합기 월 29,900원부터
★ 설치비·토너 무료
★ 3개월 무료 체험 이벤트 진행 중

상담 문의: 1588-0000

무료수신거부 080-000-1234
""",
)

E(
    "ko",
    [],
    "Auto-reply (away notice) from a customer; no request.",
    subject="[자동응답] 부재중 안내",
    sender=("송태윤", "taeyun.song@example.com"),
    charset="utf-8",
    cte="base64",
    auto=True,
    headers={"Auto-Submitted": "auto-replied"},
    body="""\
안녕하세요. 송태윤입니다.

3월 10일(월)부터 3월 14일(금)까지 해외 출장으로 메일 확인이 어렵습니다.
급한 용무는 팀 대표 메일(it-team@example.com)로 연락 부탁드립니다.

감사합니다.
""",
)

E(
    "ko",
    ["suspension"],
    "Reply to a survey invitation: don't send surveys/event mail any more, and don't use my usage history for marketing analysis. Stop-use request; quoted invitation is context.",
    subject="Re: [WinGuard] 고객 만족도 설문조사 참여 안내",
    sender=("임채원", "chaewon.lim@example.org"),
    charset="utf-8",
    cte="qp",
    headers={"In-Reply-To": "<survey-2025q1-33871@news.win-techno.com>"},
    body="""\
앞으로 이런 설문이나 이벤트 안내는 보내지 말아 주세요.
그리고 제 제품 사용 기록을 마케팅 분석에 활용하는 것도 원치 않습니다. 그 부분도 중단 부탁드립니다.

임채원

2025년 3월 6일 (목) 오전 10:15, WinGuard <survey@win-techno.com>님이 작성:
> 고객님, 안녕하세요.
> 더 나은 서비스를 위해 3분 정도 소요되는 설문조사에 참여해 주세요.
> 참여하신 분 중 추첨을 통해 커피 쿠폰을 드립니다.
""",
)

# --- ko chats ---

C(
    "ko",
    ["disclosure"],
    "Indirect: 'curious what info of mine you have, can I see it?' = request to see held data.",
    "제 정보 뭐뭐 갖고 계신지 궁금해요. 한번 볼 수 있을까요?",
)

C(
    "ko",
    ["disclosure"],
    "반말: wants to download own login history and sign-up info; asks where. Data-copy request.",
    "내 로그인 기록이랑 가입 정보 다운받고 싶은데 어디서 해?",
)

C(
    "ko",
    ["disclosure"],
    "Asks to be shown the record of any handover of the user's data to outside companies: disclosure of provision records.",
    "혹시 제 정보를 외부 업체에 넘기신 적 있으면 그 내역 좀 보여주세요. 어디에 뭘 줬는지요.",
)

C(
    "ko",
    ["correction"],
    "Indirect: 'I moved, new address ...' = update the registered address.",
    "이사했어요~ 새 주소는 부산광역시 해운대구 센텀중앙로 78, 1203동 1504호예요",
)

C(
    "ko",
    ["correction"],
    "Casual with typo (바꿔주세여): mobile number changed, update it.",
    "핸드폰 번호 바뀌었어요 010-2718-2818로 바꿔주세여",
)

C(
    "ko",
    ["suspension"],
    "Indirect: 'please stop sending ad texts, seriously' = stop marketing use.",
    "광고 문자 좀 그만 보내주세요 진짜로... 하루에 두세 통씩 와요",
)

C(
    "ko",
    ["suspension"],
    "Refuses use of data for targeted ads and behavioural-data collection.",
    "맞춤형 광고에 제 데이터 쓰지 말아 주세요. 행태정보 수집도 거부합니다.",
)

C("ko", ["deletion"], "Withdraw and wipe all records.", "탈퇴할게요. 제 기록 싹 다 지워주세요")

C(
    "ko",
    ["deletion"],
    "Question 'how do I request deletion of personal information?' expresses deletion intent (README convention).",
    "개인정보 삭제 요청은 어떻게 하면 되나요?",
)

C(
    "ko",
    ["deletion"],
    "Indirect: 'please forget me; I don't want any trace of me left in your systems' = erasure.",
    "저를 잊어 주세요. 더 이상 귀사 시스템에 제 흔적이 남아 있지 않았으면 합니다.",
)

C(
    "ko",
    ["correction", "complaint"],
    "Multi-intent: asked three times to change the e-mail address, mail still goes to the old one; gives the new one and complains about the handling.",
    "이메일 주소 바꿔달라고 벌써 세 번이나 말했는데 아직도 옛날 주소로 메일이 와요. 새 주소 park.mj@example.net 이에요. 도대체 고객 정보 관리를 어떻게 하시는 거예요?",
)

C(
    "ko",
    ["disclosure"],
    "Negation trap: not withdrawal; keep the account, only tell me what data of mine is stored.",
    "탈퇴 말고요! 계정은 그대로 두고 저장된 제 정보가 뭔지만 알려주세요",
)

C(
    "ko",
    ["suspension"],
    "Negation trap: no need to go as far as deletion; just stop the newsletter.",
    "삭제까지는 안 하셔도 돼요. 그냥 뉴스레터만 안 오게 해주세요",
)

C(
    "ko",
    ["correction"],
    "Negation trap: don't delete the account; only the login ID (company e-mail) should change.",
    "계정 지우지 마세요!! 회사 메일이 바뀌어서 로그인 아이디만 바꾸려는 거예요. 새 메일: lee.sh@example.com",
)

C(
    "ko",
    ["complaint"],
    "Complaint that a disclosure request went unanswered for a month past the legal deadline; request not restated.",
    "개인정보 열람 신청한 지 한 달이 넘었는데 아무 답이 없네요. 법정 처리 기한 지난 거 알고 계시죠?",
)

C(
    "ko",
    ["inquiry"],
    "Asks what the site's cookies are for and whether refusing them blocks the service (hypothetical): practice question.",
    "웹사이트 쿠키는 어떤 용도로 쓰세요? 거부하면 서비스 이용이 안 되나요?",
)

C(
    "ko",
    ["inquiry"],
    "Asks the log retention period for a security audit: practice question.",
    "로그 보관 기간이 어떻게 되나요? 회사 보안 감사 때문에 여쭤봅니다.",
)

C(
    "ko",
    ["inquiry"],
    "Hypothetical: 'if I cancel the subscription, is my payment info removed immediately?' asks about practice, no request.",
    "만약 구독을 해지하면 제 결제 정보는 바로 없어지나요, 아니면 일정 기간 보관하나요?",
)

C(
    "ko",
    ["other"],
    "Decoy: export a scan-result report to Excel.",
    "스캔 결과 리포트를 엑셀로 내보내려면 어떻게 해요?",
)

C(
    "ko",
    ["other"],
    "Decoy: make the update-notification pop-up stop appearing.",
    "업데이트 알림 팝업 좀 그만 뜨게 하고 싶은데 설정에서 어디를 끄면 되나요?",
)

C(
    "ko",
    ["other"],
    "Decoy: delete a quarantined file permanently in WinGuard.",
    "격리된 파일을 완전히 삭제하고 싶은데 삭제 버튼이 비활성화돼 있어요",
)

C(
    "ko",
    ["disclosure", "deletion"],
    "Multi-intent: first show me what you have, then after I check, delete it all.",
    "제 정보 뭐 있는지 먼저 보여주시고요, 확인하고 나면 전부 삭제해 주세요",
)

# ============================== French (fr) ================================

E(
    "fr",
    ["disclosure"],
    "Formal GDPR Art. 15 access request: copy of all personal data, purposes, recipients, retention period, within one month.",
    subject="Demande d'exercice du droit d'accès (article 15 du RGPD)",
    sender=("Hélène Garnier", "helene.garnier@example.org"),
    charset="iso-8859-1",
    cte="qp",
    body="""\
Madame, Monsieur,

Cliente de WinGuard Cloud depuis mars 2023 (compte : helene.garnier@example.org), je vous prie, en application de l'article 15 du Règlement général sur la protection des données, de bien vouloir me communiquer :

- l'ensemble des données à caractère personnel me concernant que vous traitez, sous forme de copie ;
- les finalités de ces traitements ;
- les destinataires ou catégories de destinataires auxquels ces données ont été communiquées, y compris hors de l'Union européenne ;
- la durée de conservation envisagée.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente demande pour y répondre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Garnier
27, avenue Jean-Jaurès
31000 Toulouse
""",
)

E(
    "fr",
    ["correction"],
    "Surname changed after marriage (nom d'usage); asks to update the account and future invoices.",
    subject="Changement de nom suite à mon mariage",
    sender=("Claire Dubois-Martin", "claire.martin@example.net"),
    charset="utf-8",
    cte="qp",
    body="""\
Bonjour,

Je me suis mariée en février et j'utilise désormais le nom d'usage Dubois-Martin.

Pourriez-vous mettre à jour mon compte en conséquence ? Le nom affiché est toujours « Claire Martin », y compris sur les factures. L'adresse e-mail, elle, ne change pas.

Merci d'avance,
Claire Dubois-Martin
""",
)

E(
    "fr",
    ["suspension"],
    "Objects to use for commercial prospecting and to transmission to partners (GDPR Art. 21): stop-use / stop-sharing request. Account stays.",
    subject="Opposition à la prospection commerciale",
    sender=("Bernard Lemoine", "b.lemoine@example.com"),
    charset="iso-8859-1",
    cte="8bit",
    body="""\
Madame, Monsieur,

Conformément à l'article 21 du RGPD, je m'oppose à l'utilisation de mes données personnelles à des fins de prospection commerciale, ainsi qu'à leur transmission à vos partenaires, quels qu'ils soient.

Je souhaite continuer à utiliser mon abonnement WinGuard ; seules les communications commerciales et la cession de mes coordonnées sont concernées.

Merci de me confirmer la prise en compte de cette opposition.

Cordialement,
Bernard Lemoine
""",
)

E(
    "fr",
    ["deletion"],
    "Belgian customer asks for erasure (droit à l'effacement, Art. 17) of the account and all data, with written confirmation (including any legal exceptions); the confirmation is part of the erasure request, not disclosure.",
    subject="Demande d'effacement de mes données",
    sender=("Sophie Vandenbroucke", "sophie.vdb@example.com"),
    charset="utf-8",
    cte="base64",
    layout="alt",
    body="""\
Bonjour,

Je n'utilise plus WinGuard depuis l'an dernier et je souhaite que vous effaciez l'intégralité de mes données personnelles, compte compris, conformément à l'article 17 du RGPD.

Je vous saurais gré de bien vouloir me confirmer par écrit que l'effacement a été effectué, ainsi que ses éventuelles exceptions légales.

Bien à vous,
Sophie Vandenbroucke
Namur
""",
)

E(
    "fr",
    ["disclosure", "deletion"],
    "Multi-intent: data portability (receive data in a structured format) and then deletion of the account once received.",
    subject="Portabilité puis suppression de mon compte",
    sender=("Julien Perrin", "julien.perrin@example.jp"),
    charset="iso-8859-1",
    cte="qp",
    body="""\
Bonjour,

Je quitte WinGuard pour une autre solution. Avant de partir, je voudrais récupérer mes données (informations de compte, historique de commandes, échanges avec le support) dans un format structuré et lisible par machine, type CSV ou JSON.

Une fois que je les aurai reçues, merci de supprimer mon compte et toutes les données associées.

Merci,
Julien Perrin
""",
)

E(
    "fr",
    ["suspension", "complaint"],
    "Reply to a satisfaction survey: third reminder although unsubscribed in January; demands that his address stop being used and complains. Quoted survey is context.",
    subject="Re: Votre avis compte ! Enquête de satisfaction WinGuard",
    sender=("Marc Lefèvre", "marc.lefevre@example.net"),
    charset="utf-8",
    cte="base64",
    headers={"In-Reply-To": "<enquete-2025-4471@news.win-techno.com>"},
    body="""\
Troisième relance en quinze jours, alors que je me suis désinscrit de toutes vos communications en janvier.

Cessez d'utiliser mon adresse pour vos enquêtes et vos mailings. Visiblement ma désinscription n'a servi à rien, ce qui ne m'inspire pas franchement confiance dans la gestion de vos fichiers clients.

M. Lefèvre

Le mar. 4 mars 2025 à 09:30, WinGuard <enquete@win-techno.com> a écrit :
> Bonjour Monsieur Lefèvre,
> Vous utilisez WinGuard depuis 6 mois : votre avis nous intéresse !
> Répondez à notre questionnaire (3 minutes) et tentez de gagner une licence d'un an.
""",
)

E(
    "fr",
    ["complaint"],
    "HTML-only. Received another customer's invoice (name, address) by mistake, not the first time; grievance about handling of personal data, no right requested.",
    subject="Facture d'un autre client reçue par erreur",
    sender=("Nathalie Roussel", "n.roussel@example.org"),
    charset="utf-8",
    cte="base64",
    layout="html",
    body="""\
Bonjour,

J'ai reçu ce matin, dans mon espace client, la facture d'une autre personne : nom, adresse postale, numéro de licence, tout y est.

Ce n'est pas la première fois : en décembre, j'avais déjà reçu un récapitulatif de commande qui ne me concernait pas.
Je m'interroge sérieusement sur la façon dont vous traitez les données personnelles de vos clients — et donc les miennes, qui se retrouvent peut-être chez quelqu'un d'autre.

Pour un éditeur de logiciels de sécurité, c'est pour le moins inquiétant.

Nathalie Roussel
""",
)

E(
    "fr",
    ["inquiry"],
    "Company DPO preparing an impact assessment asks about transfers to Japan, sub-processors and the DPO contact: practice questions. Disclaimer's 'delete it' is furniture.",
    subject="Questions RGPD - transferts et sous-traitants",
    sender=("Thomas Mercier", "t.mercier@dpo.example.com"),
    charset="iso-8859-1",
    cte="qp",
    body="""\
Bonjour,

Dans le cadre de l'analyse d'impact que nous menons avant le déploiement de WinGuard Cloud sur nos 300 postes, pourriez-vous m'indiquer :

1. si des données des utilisateurs sont transférées au Japon ou ailleurs hors de l'Union européenne, et sur quelle base juridique ;
2. la liste de vos sous-traitants ultérieurs (hébergement, support) ;
3. les coordonnées de votre délégué à la protection des données ou de votre représentant dans l'UE.

Merci par avance pour votre retour.

Thomas Mercier
Délégué à la protection des données

--
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'émetteur et de le supprimer.
""",
)

E(
    "fr",
    ["other"],
    "Decoy: duplicate invoice to be deleted/cancelled. Billing only.",
    subject="Facture en double – merci de supprimer",
    sender=("Compta SARL Atelier Bleu", "compta@atelier-bleu.example.com"),
    charset="utf-8",
    cte="qp",
    body="""\
Bonjour,

Nous avons reçu deux fois la facture FA-2025-00817 pour le renouvellement de nos licences (une fois le 3 mars, une fois le 5 mars), avec deux numéros différents mais le même montant.

Pourriez-vous supprimer la seconde (FA-2025-00829) et nous envoyer un avoir si nécessaire ?

Cordialement,
Le service comptable
""",
)

E(
    "fr",
    ["other"],
    "Decoy: cancel the subscription at renewal (résiliation). Contract/billing matter; no request about personal data.",
    subject="Résiliation à échéance",
    sender=("Pierre Fontaine", "p.fontaine@example.net"),
    charset="iso-8859-1",
    cte="qp",
    layout="alt",
    body="""\
Bonjour,

Je souhaite résilier mon abonnement WinGuard Famille à sa date d'échéance (le 14 avril). Merci de ne pas le reconduire et de ne pas prélever le montant du renouvellement.

Pouvez-vous me confirmer la bonne prise en compte ?

Pierre Fontaine
""",
)

E(
    "fr",
    [],
    "Auto-reply (out of office); no request.",
    subject="Réponse automatique : Absent du bureau",
    sender=("Vincent Girard", "vincent.girard@example.com"),
    charset="utf-8",
    cte="qp",
    auto=True,
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""\
Bonjour,

Je suis absent du bureau jusqu'au lundi 17 mars inclus, avec un accès limité à mes e-mails.
Pour toute urgence, vous pouvez contacter Mme Leroy au 01 23 45 67 89.

Cordialement,
Vincent Girard
""",
)

E(
    "fr",
    ["correction"],
    "Reply to an order confirmation: the billing address has a wrong house number; asks to correct it. Quoted confirmation is context.",
    subject="RE: Confirmation de votre commande n° 58213",
    sender=("Élodie Caron", "elodie.caron@example.org"),
    charset="iso-8859-1",
    cte="qp",
    headers={"In-Reply-To": "<order-58213@shop.win-techno.com>"},
    body="""\
Bonjour,

Petite erreur dans mon adresse de facturation : ce n'est pas le 12 mais le 21, rue des Lilas. Pouvez-vous corriger dans mon compte pour les prochaines fois ?

Merci !
Élodie

-----Message d'origine-----
De : WinGuard Boutique <shop@win-techno.com>
Envoyé : lundi 3 mars 2025 14:12
Objet : Confirmation de votre commande n° 58213

Merci pour votre commande !
Adresse de facturation : Élodie Caron, 12 rue des Lilas, 44000 Nantes
Produit : WinGuard Premium - 3 postes - 1 an
""",
)

# --- fr chats ---

C(
    "fr",
    ["disclosure"],
    "Indirect: 'what info do you have on me exactly?' = request to know held data.",
    "Bonjour, qu'est-ce que vous avez comme infos sur moi exactement ?",
)

C(
    "fr",
    ["disclosure"],
    "Question form: can I get a copy of my personal data (login history, account info)?",
    "Est-ce que je peux obtenir une copie de mes données perso ? (historique de connexion, infos du compte…)",
)

C(
    "fr",
    ["disclosure"],
    "Asks whether contact details were sent to third parties, to whom, and wants the list: disclosure of provision records.",
    "Avez-vous transmis mes coordonnées à des tiers ? Si oui, à qui ? Je veux la liste.",
)

C(
    "fr",
    ["correction"],
    "Indirect: 'I moved to Lyon, new address ...' = update registered address.",
    "J'ai déménagé à Lyon, ma nouvelle adresse c'est 14 rue des Tanneurs, 69002 Lyon 🙂",
)

C(
    "fr",
    ["correction"],
    "Name misspelled on the account; asks to correct it (casual, no capitals).",
    "mon nom est mal orthographié sur mon compte, c'est Lefébvre avec un b, pas Lefèvre. merci de corriger",
)

C(
    "fr",
    ["suspension"],
    "Stop sending newsletters = stop marketing use.",
    "arrêtez de m'envoyer vos newsletters svp",
)

C(
    "fr",
    ["suspension"],
    "Does not want usage data used for advertising profiling; asks how to switch it off. Expresses the stop-use intent.",
    "Je ne veux pas que mes données d'utilisation servent à du profilage publicitaire. Comment je désactive ça ?",
)

C(
    "fr",
    ["deletion"],
    "Direct, terse: delete my account and all my data.",
    "supprimez mon compte et toutes mes données. merci",
)

C(
    "fr",
    ["deletion"],
    "Indirect: 'I exercise my right to be forgotten' = erasure.",
    "J'exerce mon droit à l'oubli. Je ne veux plus exister dans vos fichiers.",
)

C(
    "fr",
    ["deletion"],
    "Question 'how do I get my data erased from your side?' expresses deletion intent (README convention).",
    "Comment faire pour que mes données soient effacées de chez vous ?",
)

C(
    "fr",
    ["correction", "complaint"],
    "Multi-intent: asked three weeks ago to change the phone number, still old; gives the new one and complains.",
    "Ça fait 3 semaines que j'ai demandé à changer mon numéro de téléphone et c'est toujours l'ancien dans mon profil. Le nouveau : 06 12 34 56 78. C'est vraiment pénible, personne ne suit les demandes chez vous ?",
)

C(
    "fr",
    ["disclosure"],
    "Negation trap: do NOT delete the account; only wants to know which data is kept.",
    "Surtout ne supprimez pas mon compte ! Je voudrais seulement savoir quelles données vous conservez sur moi.",
)

C(
    "fr",
    ["suspension"],
    "Negation trap: no need to erase anything; just stop sharing my info with partners.",
    "Pas besoin d'effacer quoi que ce soit, je veux juste que vous arrêtiez de partager mes infos avec vos partenaires.",
)

C(
    "fr",
    ["correction"],
    "Negation trap: does not want to close the account, only change the associated e-mail address.",
    "Je ne veux pas fermer mon compte hein, juste changer l'adresse mail associée → j.roux@example.org",
)

C(
    "fr",
    ["complaint"],
    "Complains about targeted ads that seem based on console activity and suspects data resale; grievance, no explicit request.",
    "Franchement, voir de la pub ciblée sur des trucs que j'ai cherchés dans votre console, c'est limite. Vous revendez nos données ou quoi ?",
)

C(
    "fr",
    ["inquiry"],
    "Question about which cookies the website uses and whether third-party ones are among them.",
    "Quels cookies utilisez-vous sur votre site, et est-ce qu'il y en a de tiers ?",
)

C(
    "fr",
    ["inquiry"],
    "Question about where WinGuard Cloud data is hosted (Europe or Japan).",
    "Où sont hébergées les données de WinGuard Cloud ? En Europe ou au Japon ?",
)

C(
    "fr",
    ["inquiry"],
    "Hypothetical: 'if I cancel, how long do you keep my info?' asks about retention; no request.",
    "Si je résilie, vous gardez mes infos combien de temps ?",
)

C(
    "fr",
    ["other"],
    "Decoy: export the scan report as CSV.",
    "comment exporter le rapport d'analyse en CSV ?",
)

C(
    "fr",
    ["other"],
    "Decoy: disable automatic updates that reboot the workstation.",
    "Comment désactiver les mises à jour automatiques ? Ça redémarre le poste en pleine réunion, c'est insupportable",
)

C(
    "fr",
    ["other"],
    "Decoy: remove a replaced PC from the management console.",
    "Je voudrais retirer un PC de la console de gestion, il a été remplacé la semaine dernière.",
)

C(
    "fr",
    ["disclosure", "suspension"],
    "Multi-intent: send me what you have on me, and stop using it for marketing campaigns.",
    "Envoyez-moi ce que vous avez sur moi, et arrêtez de vous en servir pour vos campagnes marketing.",
)

# ============================== German (de) ================================

E(
    "de",
    ["disclosure"],
    "Formal GDPR Art. 15 access request (Auskunftsersuchen): whether data is processed, copy, purposes, recipients, storage period, origin.",
    subject="Auskunftsersuchen gemäß Art. 15 DSGVO",
    sender=("Dr. Markus Hoffmann", "m.hoffmann@example.com"),
    charset="iso-8859-1",
    cte="qp",
    body="""\
Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Auskunftsrecht gemäß Art. 15 DSGVO Gebrauch.

Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten. Falls ja, bitte ich um
- eine Kopie dieser Daten,
- Angaben zu den Verarbeitungszwecken,
- die Empfänger bzw. Kategorien von Empfängern, insbesondere in Drittländern,
- die geplante Speicherdauer sowie
- die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden.

Zur Identifizierung: Kundenkonto m.hoffmann@example.com, Lizenz WG-PRO-2023-55812.

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Markus Hoffmann
Goethestraße 12
60313 Frankfurt am Main
""",
)

E(
    "de",
    ["correction"],
    "Long story of a move; asks to change the postal address and landline in the customer account.",
    subject="Neue Anschrift",
    sender=("Renate Vogel", "renate.vogel@example.net"),
    charset="iso-8859-1",
    cte="8bit",
    body="""\
Guten Tag,

nach 30 Jahren in Kassel sind mein Mann und ich zu unserer Tochter nach Freiburg gezogen. Der Umzug war ein ziemliches Durcheinander, und ich arbeite gerade nach und nach alle Verträge ab. Jetzt sind Sie dran.

Bitte ändern Sie in meinem Kundenkonto die Anschrift auf:

Renate Vogel
Wiesentalstraße 8
79115 Freiburg im Breisgau

Die alte Festnetznummer gibt es auch nicht mehr, neu ist 0761 4455 210.

Vielen Dank und freundliche Grüße
Renate Vogel
""",
)

E(
    "de",
    ["suspension"],
    "Objection under Art. 21 GDPR to use of data for advertising and to passing it to third parties; keeps the contract.",
    subject="Widerspruch gegen Werbung und Datenweitergabe",
    sender=("Jan Krüger", "jan.krueger@example.org"),
    charset="utf-8",
    cte="qp",
    body="""\
Sehr geehrte Damen und Herren,

ich widerspreche hiermit gemäß Art. 21 DSGVO der Verarbeitung meiner personenbezogenen Daten zu Werbezwecken sowie jeder Weitergabe an Dritte, etwa an „Partnerunternehmen“ oder Werbenetzwerke.

Mein Vertrag über WinGuard Cloud soll davon unberührt bleiben.

Bitte bestätigen Sie mir die Umsetzung schriftlich.

Mit freundlichen Grüßen
Jan Krüger
""",
)

E(
    "de",
    ["deletion"],
    "Parent asks to delete an account that their 14-year-old son created without consent, with all data.",
    subject="Konto meines Sohnes löschen",
    sender=("Sabine Wagner", "sabine.wagner@example.com"),
    charset="utf-8",
    cte="base64",
    layout="alt",
    body="""\
Hallo,

mein Sohn (14) hat sich offenbar ohne mein Wissen bei Ihnen registriert, um eine Testversion von WinGuard auszuprobieren. Dabei hat er seinen Namen, sein Geburtsdatum und seine Handynummer angegeben.

Als Erziehungsberechtigte bitte ich Sie, dieses Konto (lukas.wagner09@example.com) samt aller dazugehörigen Daten zu löschen.

Danke und viele Grüße
Sabine Wagner
""",
)

E(
    "de",
    ["deletion"],
    "Formal erasure request under Art. 17 GDPR after ending the business relationship, with a deadline and request for confirmation.",
    subject="Löschung meiner personenbezogenen Daten (Art. 17 DSGVO)",
    sender=("Andreas Schulz", "a.schulz@example.jp"),
    charset="iso-8859-1",
    cte="qp",
    body="""\
Sehr geehrte Damen und Herren,

unser Vertragsverhältnis endete am 31.12.2024. Da der Zweck der Verarbeitung damit entfallen ist, fordere ich Sie gemäß Art. 17 Abs. 1 lit. a DSGVO auf, sämtliche mich betreffenden personenbezogenen Daten unverzüglich zu löschen.

Bitte bestätigen Sie die Löschung bis zum 15.04.2025.

Mit freundlichen Grüßen
Andreas Schulz
""",
)

E(
    "de",
    ["deletion", "complaint"],
    "Reply to a support mail claiming deletion was done: still receives newsletters, so data was obviously not deleted; demands complete deletion and written confirmation, and complains. Quoted support text (mentions deletion) is context.",
    subject="AW: Ihre Löschanfrage – Ticket #48120",
    sender=("Katrin Becker", "katrin.becker@example.net"),
    charset="utf-8",
    cte="base64",
    headers={"In-Reply-To": "<ticket-48120-r1@win-techno.com>"},
    body="""\
Hallo,

Sie haben mir am 12. Februar bestätigt, dass meine Daten gelöscht wurden. Seitdem habe ich drei Newsletter von Ihnen bekommen – adressiert mit meinem Vornamen.

Offenbar wurde also eben nicht gelöscht. Ich erwarte, dass Sie das jetzt endlich vollständig erledigen und mir schriftlich bestätigen, welche Daten wann gelöscht wurden. So ein Umgang mit Kundendaten ist wirklich ärgerlich.

Katrin Becker

-----Ursprüngliche Nachricht-----
Von: Win Techno Support <support@win-techno.com>
Gesendet: Mittwoch, 12. Februar 2025 11:04
Betreff: Ihre Löschanfrage – Ticket #48120

Sehr geehrte Frau Becker,
wir bestätigen Ihnen hiermit, dass Ihre personenbezogenen Daten gelöscht wurden.
Mit freundlichen Grüßen
Ihr Win Techno Support
""",
)

E(
    "de",
    ["complaint", "suspension"],
    "HTML-only. A mailing exposed 200+ addresses in open CC including the sender's private one: complaint about data handling; also asks to be taken off this distribution list (stop using the address).",
    subject="Datenpanne? Alle Empfänger im CC",
    sender=("Florian Weber", "florian.weber@example.org"),
    charset="utf-8",
    cte="base64",
    layout="html",
    body="""\
Hallo,

in Ihrer Einladung zum „WinGuard Partnertag 2025“ von heute früh standen sämtliche Empfänger offen im CC – ich habe über 200 Adressen gezählt, darunter meine private.

Das ist ein klassischer Datenschutzverstoß, und das ausgerechnet von einem Anbieter für Sicherheitssoftware. Ich halte das für eine meldepflichtige Panne.

Nehmen Sie mich bitte aus diesem Verteiler.

Florian Weber
""",
)

E(
    "de",
    ["inquiry"],
    "IT admin asks for the DPA (AVV), sub-processors and whether data leaves the EU: practice questions. Disclaimer's 'delete this mail' is furniture.",
    subject="Fragen zu AVV und Unterauftragsverarbeitern",
    sender=("Stefan Braun", "s.braun@it.example.com"),
    charset="iso-8859-1",
    cte="qp",
    body="""\
Guten Tag,

wir planen, WinGuard Cloud für ca. 120 Arbeitsplätze einzusetzen. Unser Datenschutzbeauftragter hat vorab folgende Fragen:

1. Stellen Sie einen Auftragsverarbeitungsvertrag (AVV) nach Art. 28 DSGVO zur Verfügung?
2. Welche Unterauftragsverarbeiter setzen Sie ein?
3. Werden Daten außerhalb der EU bzw. des EWR gespeichert oder verarbeitet, und wenn ja, auf welcher Grundlage?

Vielen Dank im Voraus.

Mit freundlichen Grüßen
Stefan Braun
IT-Administration

--
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
""",
)

E(
    "de",
    ["other"],
    "Decoy: a renewal invoice was issued twice; asks to delete/cancel the duplicate. Billing only.",
    subject="Rechnung doppelt – bitte stornieren",
    sender=("Buchhaltung Müller & Partner", "buchhaltung@mueller-partner.example.com"),
    charset="utf-8",
    cte="qp",
    body="""\
Sehr geehrte Damen und Herren,

für die Verlängerung unserer WinGuard-Lizenzen haben wir zwei Rechnungen erhalten (RE-2025-10344 und RE-2025-10351), beide über 1.428,00 EUR.

Bitte löschen bzw. stornieren Sie die zweite Rechnung, damit sie nicht doppelt gebucht wird.

Freundliche Grüße
Buchhaltung
Müller & Partner Steuerberatung
""",
)

E(
    "de",
    ["other"],
    "Decoy: SEO agency spam with a 'Newsletter abbestellen' footer. Not a privacy request.",
    subject="Ihre Website auf Platz 1 bei Google - garantiert!",
    sender=("TopRank Agentur", "info@toprank-agentur.example.net"),
    charset="iso-8859-1",
    cte="qp",
    layout="alt",
    body="""\
Sehr geehrte Geschäftsleitung,

wir haben Ihre Website win-techno.com analysiert und festgestellt, dass Sie bei wichtigen Suchbegriffen viel Potenzial verschenken.

Mit unserem SEO-Komplettpaket bringen wir Sie in 90 Tagen auf die erste Seite - oder Sie zahlen nichts!

Jetzt kostenloses Erstgespräch vereinbaren: 0800 000 4455

Sie möchten keine weiteren Angebote erhalten? Newsletter abbestellen.
""",
)

E(
    "de",
    [],
    "Auto-reply (Abwesenheitsnotiz); no request.",
    subject="Abwesenheitsnotiz: Ihre Anfrage bei Win Techno",
    sender=("Petra Schmitt", "petra.schmitt@example.com"),
    charset="utf-8",
    cte="qp",
    auto=True,
    headers={"Auto-Submitted": "auto-replied"},
    body="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.03.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an zentrale@example.com.

Mit freundlichen Grüßen
Petra Schmitt
""",
)

E(
    "de",
    ["correction"],
    "Reply to an order mail: surname misspelled (Mueller vs Müller) and phone number wrong; asks to correct. Quoted text is context.",
    subject="AW: Ihre Bestellung WG-2025-3371",
    sender=("Jürgen Müller", "juergen.mueller@example.org"),
    charset="utf-8",
    cte="qp",
    headers={"In-Reply-To": "<order-WG-2025-3371@shop.win-techno.com>"},
    body="""\
Hallo,

danke für die schnelle Lieferung. Zwei Kleinigkeiten stimmen in meinem Kundenkonto aber nicht:

1. Mein Nachname wird mit ü geschrieben: Müller, nicht „Mueller“.
2. Die Telefonnummer endet auf 7730, nicht auf 7703.

Könnten Sie das bitte korrigieren?

Gruß
Jürgen Müller

-----Ursprüngliche Nachricht-----
Von: WinGuard Shop <shop@win-techno.com>
Gesendet: Dienstag, 4. März 2025 16:40
Betreff: Ihre Bestellung WG-2025-3371

Sehr geehrter Herr Mueller,
vielen Dank für Ihre Bestellung. Kunde: Juergen Mueller, Tel. 0221 998 7703
""",
)

# --- de chats ---

C(
    "de",
    ["disclosure"],
    "Indirect: 'what do you actually know about me?' = request to be told held data.",
    "Was wisst ihr eigentlich alles über mich?",
)

C(
    "de",
    ["disclosure"],
    "Question form: can I get my data as a download (account data, login history)?",
    "Kann ich meine Daten irgendwo als Download bekommen? Also Kontodaten, Login-Historie usw.",
)

C(
    "de",
    ["disclosure"],
    "Asks to whom the data was passed and wants a list: disclosure of provision records.",
    "An wen haben Sie meine Daten weitergegeben? Ich hätte gern eine Aufstellung.",
)

C(
    "de",
    ["correction"],
    "Indirect: 'got married, my name is now Anna Köhler instead of Anna Brandt' = update the name.",
    "Hab geheiratet 😊 heiße jetzt Anna Köhler statt Anna Brandt",
)

C(
    "de",
    ["correction"],
    "Casual with typos: mobile number in profile is wrong, gives the correct one.",
    "meine handynr im profil is falsch, richtig is 0151 2345 6789",
)

C(
    "de",
    ["suspension"],
    "No more advertising mail = stop marketing use.",
    "Bitte keine Werbemails mehr an mich.",
)

C(
    "de",
    ["suspension"],
    "Objects to use of data for analytics and tracking.",
    "Ich widerspreche der Nutzung meiner Daten für Analyse- und Trackingzwecke.",
)

C(
    "de",
    ["deletion"],
    "Delete my account completely including all data (du form).",
    "Löscht bitte meinen Account komplett, inkl. aller Daten.",
)

C(
    "de",
    ["deletion"],
    "Indirect: 'I want nothing about me to remain stored with you' = erasure.",
    "Ich möchte, dass bei Ihnen nichts mehr über mich gespeichert ist.",
)

C(
    "de",
    ["deletion"],
    "Question 'how can I have my account and data removed for good?' expresses deletion intent (README convention).",
    "Wie kann ich mein Konto und meine Daten endgültig entfernen lassen?",
)

C(
    "de",
    ["correction", "complaint"],
    "Multi-intent: third time telling them the address changed; gives the new one and complains that they cannot keep customer data in order.",
    "Zum dritten Mal: meine Adresse ist NICHT mehr Hauptstr. 5! Neu: Lindenweg 17, 80331 München. Langsam nervt es, dass Sie Ihre Kundendaten nicht im Griff haben.",
)

C(
    "de",
    ["disclosure"],
    "Negation trap: do not delete; only wants to see what is stored about them.",
    "Nicht löschen!! Ich will nur sehen, was bei euch über mich gespeichert ist.",
)

C(
    "de",
    ["suspension"],
    "Negation trap: instead of deleting the account, it is enough to stop passing data to partner firms.",
    "Anstatt mein Konto zu löschen, reicht es mir, wenn Sie meine Daten nicht mehr an Partnerfirmen weitergeben.",
)

C(
    "de",
    ["correction"],
    "Negation trap: no cancellation, nothing to delete; only change the e-mail address.",
    "Kündigen will ich nicht und löschen sollt ihr auch nix. Nur die E-Mail-Adresse ändern bitte: tom.berger@example.net",
)

C(
    "de",
    ["complaint"],
    "Complaint: access request six weeks ago ignored, threatens the supervisory authority; request not restated.",
    "Ich habe vor sechs Wochen Auskunft verlangt, passiert ist nichts. Die DSGVO gibt Ihnen einen Monat. Ich überlege ernsthaft, mich bei der Datenschutzbehörde zu beschweren.",
)

C(
    "de",
    ["inquiry"],
    "Question whether the website sets Google Analytics cookies.",
    "Setzt ihr auf der Website Google-Analytics-Cookies?",
)

C(
    "de",
    ["inquiry"],
    "Asks who the data protection officer is and how to reach them.",
    "Wer ist Ihr Datenschutzbeauftragter und wie erreiche ich ihn?",
)

C(
    "de",
    ["inquiry"],
    "Asks whether WinGuard Cloud scan logs are transferred to headquarters in Japan.",
    "Werden die Scan-Logs von WinGuard Cloud an die Zentrale in Japan übertragen?",
)

C(
    "de",
    ["other"],
    "Decoy: export the report on detected threats.",
    "Wie exportiere ich den Bericht über die gefundenen Bedrohungen?",
)

C(
    "de",
    ["other"],
    "Decoy: stop automatic updates so the server only updates in the maintenance window.",
    "Automatische Updates stoppen – geht das? Unser Server soll nur im Wartungsfenster aktualisiert werden.",
)

C(
    "de",
    ["other"],
    "Decoy: remove the licence from an old computer and move it to a new one.",
    "Wie entferne ich die Lizenz von meinem alten Rechner und übertrage sie auf den neuen?",
)

C(
    "de",
    ["disclosure", "correction"],
    "Multi-intent: send an overview of stored data; the address is probably outdated anyway, here is the new one.",
    "Schicken Sie mir bitte eine Übersicht meiner gespeicherten Daten. Die Adresse dürfte ohnehin veraltet sein – neu ist Am Markt 3, 28195 Bremen.",
)

# ============================== Spanish (es) ===============================

E(
    "es",
    ["disclosure"],
    "Formal GDPR Art. 15 access request (derecho de acceso) from Spain: copy of data, purposes, recipients, retention, within one month.",
    subject="Ejercicio del derecho de acceso (art. 15 RGPD)",
    sender=("Javier Morales Ruiz", "javier.morales@example.com"),
    charset="iso-8859-1",
    cte="qp",
    body="""\
Muy señores míos:

D. Javier Morales Ruiz, con DNI 00000000T y domicilio en calle Alcalá 210, 3.º izquierda, 28028 Madrid, por medio del presente escrito ejerce el derecho de acceso previsto en el artículo 15 del Reglamento (UE) 2016/679 y, en consecuencia,

SOLICITA

que se le facilite, en el plazo de un mes, copia de los datos personales que le conciernen y que son objeto de tratamiento por su parte, así como información sobre los fines del tratamiento, los destinatarios a los que se hayan comunicado o vayan a comunicarse y el plazo previsto de conservación.

En Madrid, a 3 de marzo de 2025.

Atentamente,
Javier Morales Ruiz
""",
)

E(
    "es",
    ["correction"],
    "Mexican customer: changed mobile number and personal e-mail; asks to update the contact details in the account.",
    subject="Actualización de mis datos de contacto",
    sender=("Guadalupe Hernández", "lupita.hdz@example.net"),
    charset="utf-8",
    cte="base64",
    body="""\
Buenas tardes,

Les escribo porque cambié de número de celular y también de correo personal, y no encuentro en el portal dónde modificarlos.

Los datos nuevos son:
  Celular: 55 1234 9876
  Correo: guadalupe.hernandez@example.org

¿Me los podrían actualizar en mi cuenta, por favor? El número anterior ya está dado de baja.

Muchas gracias y saludos cordiales,
Guadalupe Hernández
CDMX
""",
)

E(
    "es",
    ["suspension"],
    "Objection to processing for advertising and to communication of data to third parties; keeps the service.",
    subject="Oposición al tratamiento con fines publicitarios",
    sender=("Carmen Navarro", "carmen.navarro@example.org"),
    charset="iso-8859-1",
    cte="8bit",
    body="""\
Estimados señores:

Por la presente me opongo al tratamiento de mis datos personales con fines de publicidad y prospección comercial, y solicito que no se cedan ni comuniquen a terceros, incluidas empresas colaboradoras o del mismo grupo.

Deseo seguir utilizando WinGuard con normalidad; únicamente pido que cese ese uso de mis datos.

Les agradecería que me confirmaran por escrito que lo han tenido en cuenta.

Un saludo,
Carmen Navarro
""",
)

E(
    "es",
    ["deletion"],
    "Request for erasure (supresión) of all data and account closure, with confirmation.",
    subject="Solicitud de supresión de datos",
    sender=("Alberto Gil", "alberto.gil@example.com"),
    charset="utf-8",
    cte="qp",
    layout="alt",
    body="""\
Hola:

Ya no utilizo ningún producto de Win Techno, así que les pido que supriman todos mis datos personales y cierren mi cuenta (alberto.gil@example.com).

Cuando esté hecho, envíenme por favor una confirmación.

Gracias,
Alberto Gil
""",
)

E(
    "es",
    ["disclosure", "deletion"],
    "Argentine voseo, plain mail. Multi-intent: tell me what data you have on me, and afterwards delete everything.",
    subject="mis datos",
    sender=("Martín Sosa", "martin.sosa@example.net"),
    charset="utf-8",
    cte="qp",
    body="""\
Hola, ¿qué tal?

¿Me podés mandar qué datos tienen guardados de mí? Nombre, mail, tarjeta, lo que sea.
Después de verlos quiero que borren todo, no pienso renovar.

Gracias, saludos
Martín
""",
)

E(
    "es",
    ["correction", "complaint"],
    "Reply to an order mail: second time writing that the surname is misspelled on invoices and account; asks to correct and complains about it. Quoted text is context.",
    subject="RE: Su pedido n.º 77410 ha sido enviado",
    sender=("Rocío Domínguez", "rocio.dominguez@example.jp"),
    charset="iso-8859-1",
    cte="qp",
    headers={"In-Reply-To": "<order-77410@shop.win-techno.com>"},
    body="""\
Buenos días:

Es la segunda vez que les escribo por lo mismo: mi apellido es Domínguez, con tilde, no «Dominguez» ni mucho menos «Rodríguez», como pone ahora en la factura.

Corríjanlo en mi cuenta y en las facturas, por favor. Ya es bastante molesto tener que repetirlo y que nadie lo arregle.

Rocío Domínguez

-----Mensaje original-----
De: WinGuard Tienda <shop@win-techno.com>
Enviado el: martes, 4 de marzo de 2025 10:21
Asunto: Su pedido n.º 77410 ha sido enviado

Estimada Sra. Rodríguez:
Su pedido de WinGuard Premium (1 año) ha sido enviado.
""",
)

E(
    "es",
    ["complaint"],
    "HTML-only. Gets sales calls from another company that knows details only given to Win Techno; suspects data was shared. Grievance only.",
    subject="¿Han cedido mis datos?",
    sender=("Fernando Ortega", "f.ortega@example.com"),
    charset="utf-8",
    cte="base64",
    layout="html",
    body="""\
Buenas:

Esta semana me han llamado dos veces de una empresa de «ciberseguridad para pymes». La comercial sabía mi nombre, el de mi empresa y que tengo contratado WinGuard Cloud para 15 equipos.

Ese dato concreto solo lo tienen ustedes. No recuerdo haber autorizado nunca que compartan mi información con nadie, y me parece muy grave.

Fernando Ortega
""",
)

E(
    "es",
    ["inquiry"],
    "Company asks about processors and international transfers before signing: practice questions. Disclaimer's 'delete it' is furniture.",
    subject="Consulta sobre encargados del tratamiento y transferencias internacionales",
    sender=("Isabel Prieto", "isabel.prieto@legal.example.org"),
    charset="iso-8859-1",
    cte="qp",
    body="""\
Estimados señores:

Antes de formalizar la contratación de WinGuard Cloud, nuestro departamento jurídico necesita aclarar lo siguiente:

1. ¿Qué empresas actúan como encargados del tratamiento por cuenta de Win Techno?
2. ¿Se realizan transferencias internacionales de datos fuera del Espacio Económico Europeo? En caso afirmativo, ¿con qué garantías?
3. ¿Disponen de un modelo de contrato de encargo del tratamiento?

Quedo a la espera de su respuesta.

Isabel Prieto
Asesoría Jurídica

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Si usted lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación.
""",
)

E(
    "es",
    ["other"],
    "Decoy: duplicated invoice to be cancelled/deleted. Billing only.",
    subject="Factura duplicada",
    sender=("Administración Talleres Ibarra", "admin@talleres-ibarra.example.com"),
    charset="utf-8",
    cte="qp",
    body="""\
Hola,

Nos ha llegado dos veces la factura de la renovación anual (F-2025/0412 y F-2025/0419), por el mismo importe.

¿Podéis anular y eliminar la segunda para que no la contabilicemos por duplicado?

Gracias,
Amaia – Administración
""",
)

E(
    "es",
    ["other"],
    "Decoy: marketing spam with 'reply BAJA to unsubscribe'. Not a privacy request.",
    subject="¡Último día! Certificado SSL a mitad de precio",
    sender=("HostingPlus", "ofertas@hostingplus.example.net"),
    charset="utf-8",
    cte="qp",
    layout="alt",
    body="""\
Hola:

Solo hoy: certificados SSL Wildcard al 50 % y dominio .es gratis durante un año.
Protege tu web y mejora tu posicionamiento en minutos.

👉 Aprovecha la oferta antes de las 23:59.

Si no deseas recibir más comunicaciones, responde BAJA a este correo.
""",
)

B(
    "es",
    "Bounce: Spanish-language delivery failure notice from MAILER-DAEMON for a Win Techno reply that confirms erasure; the bounced original is a keyword trap.",
    rcpt="p.iglesias@example.org",
    human="""\
Este es el sistema de entrega de correo de mx2.example.org.

No se ha podido entregar su mensaje a uno o más destinatarios. Se trata de un error permanente.

<p.iglesias@example.org>: la dirección de correo no existe. El buzón ha sido dado de baja.

Por favor, no responda a este mensaje.
""",
    diag="smtp; 550 5.1.1 <p.iglesias@example.org>: Recipient address rejected: User unknown",
    orig_subject="Re: Solicitud de supresión de sus datos personales",
    orig_body="""\
Estimado Sr. Iglesias:

Le confirmamos que, atendiendo a su solicitud, hemos suprimido todos sus datos personales de nuestros sistemas y dado de baja su cuenta.
Si desea rectificar o acceder a otros datos, no dude en contactarnos.

Atentamente,
Atención al cliente de Win Techno
""",
)

E(
    "es",
    ["suspension"],
    "Reply to a newsletter: stop using my address for these bulletins. Quoted newsletter (with its own unsubscribe line) is context.",
    subject="RE: Boletín WinGuard – Novedades de marzo",
    sender=("Pilar Castro", "pilar.castro@example.com"),
    charset="utf-8",
    cte="qp",
    headers={"In-Reply-To": "<boletin-2025-03-9921@news.win-techno.com>"},
    body="""\
Por favor, dejen de usar mi correo para enviarme estos boletines. No recuerdo haberme suscrito nunca.

Gracias.
Pilar

El jue, 6 mar 2025 a las 9:00, WinGuard (<news@win-techno.com>) escribió:
> Novedades de marzo en WinGuard:
> - Nuevo módulo de protección contra phishing
> - Webinar gratuito: «Cómo preparar tu empresa ante el ransomware»
> Si no desea recibir este boletín, haga clic aquí.
""",
)

# --- es chats ---

C(
    "es",
    ["disclosure"],
    "Indirect: 'what do you know about me? I mean, what data of mine do you keep?' = request to know held data.",
    "¿Qué saben de mí? O sea, ¿qué datos míos tienen guardados?",
)

C(
    "es",
    ["disclosure"],
    "Needs a copy of own personal data in downloadable format.",
    "Necesito una copia de mis datos personales en un formato que pueda descargar.",
)

C(
    "es",
    ["disclosure"],
    "Asks with which companies the data was shared and wants the details: disclosure of provision records.",
    "¿Con qué empresas han compartido mi información? Quiero el detalle, por favor.",
)

C(
    "es",
    ["correction"],
    "Indirect: 'I moved to Valencia, the new address is ...' = update registered address.",
    "Me mudé a Valencia, la nueva dirección es C/ de la Paz 14, 3.º B, 46003",
)

C(
    "es",
    ["correction"],
    "Date of birth wrong in the profile (day and month swapped); gives the right one.",
    "Mi fecha de nacimiento está mal en el perfil: es el 04/11/1988, no el 11/04/1988.",
)

C(
    "es",
    ["suspension"],
    "Don't send me more advertising = stop marketing use.",
    "No me manden más publicidad, por favor",
)

C(
    "es",
    ["suspension"],
    "Lowercase, curt: no use of data for personalised ads or profiles, switch it off.",
    "no quiero que usen mis datos para anuncios personalizados ni para hacer perfiles. desactívenlo",
)

C(
    "es",
    ["deletion"],
    "'Darme de baja' alone could mean unsubscribe, but 'que borren todos mis datos' makes it erasure.",
    "Quiero darme de baja y que borren todos mis datos",
)

C(
    "es",
    ["deletion"],
    "Indirect: 'forget about me, I don't want any trace of my data left' = erasure.",
    "Olvídense de mí. No quiero que quede ni rastro de mis datos en sus sistemas.",
)

C(
    "es",
    ["deletion"],
    "Question 'how do I get you to delete my account with all my data?' expresses deletion intent (README convention).",
    "¿Cómo hago para que eliminen mi cuenta con todos mis datos?",
)

C(
    "es",
    ["suspension", "complaint"],
    "Multi-intent: unsubscribed two months ago, mails keep coming; demands they stop using the address and complains.",
    "Me di de baja del boletín hace dos meses y me siguen llegando correos. ¡Dejen de usar mi dirección ya! Es el colmo.",
)

C(
    "es",
    ["disclosure"],
    "Negation trap: don't delete anything; only wants to see the stored information.",
    "No borren nada, solo quiero ver qué información tienen guardada sobre mí.",
)

C(
    "es",
    ["suspension"],
    "Negation trap: rather than deleting the account, prefers they just stop sharing the data with third parties.",
    "En lugar de eliminar mi cuenta, prefiero que simplemente dejen de compartir mis datos con terceros.",
)

C(
    "es",
    ["correction"],
    "Negation trap: does not want to close the account, only change the e-mail.",
    "no quiero cerrar la cuenta eh, solo cambiar el correo a lucia.ferrer@example.org",
)

C(
    "es",
    ["complaint"],
    "Complaint: access request over a month ago unanswered; request not restated.",
    "Pedí acceso a mis datos hace más de un mes y nadie me ha contestado. Me parece inaceptable.",
)

C(
    "es",
    ["inquiry"],
    "Question whether the website uses advertising cookies (banner doesn't say which).",
    "¿Su web usa cookies de publicidad? Me sale el banner pero no dice cuáles.",
)

C(
    "es",
    ["inquiry"],
    "Question about how long access logs are kept.",
    "¿Cuánto tiempo conservan los registros de acceso?",
)

C(
    "es",
    ["inquiry"],
    "Hypothetical: 'if I cancel, are my data deleted automatically or do I have to ask?' asks about practice; no request made.",
    "Si cancelo mi suscripción, ¿mis datos se borran automáticamente o hay que pedirlo aparte?",
)

C(
    "es",
    ["other"],
    "Decoy: export the scan report to PDF.",
    "cómo exporto el informe de escaneo a PDF??",
)

C(
    "es",
    ["other"],
    "Decoy: stop automatic updates because they consume mobile data ('datos móviles' is not personal data).",
    "¿Se pueden parar las actualizaciones automáticas? Me están consumiendo todos los datos móviles",
)

C(
    "es",
    ["other"],
    "Decoy: remove a device from the console.",
    "Quiero eliminar un dispositivo de la consola, ya no lo usamos en la oficina.",
)

C(
    "es",
    ["correction", "suspension"],
    "Multi-intent: update my phone number, and stop calling me with offers.",
    "Actualicen mi teléfono al 612 345 678 y, de paso, no me llamen más para ofrecerme cosas.",
)


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------

MAILER_BY_LANG = {
    "zh": ["Foxmail 7.2.25.228", "Microsoft Outlook 16.0", None, "NetEase Flash Mail 2.4.1.32"],
    "ko": ["Microsoft Outlook 16.0", "Daum Mail", None, "Naver Mail"],
    "fr": [
        "Mozilla Thunderbird 115.8.1",
        "Microsoft Outlook 16.0",
        "Apple Mail (2.3774.400.31)",
        None,
    ],
    "de": [
        "Mozilla Thunderbird 115.8.1",
        "Microsoft Outlook 16.0",
        "Roundcube Webmail/1.6.6",
        None,
    ],
    "es": ["Microsoft Outlook 16.0", "Apple Mail (2.3774.400.31)", None, "Zimbra 9.0.0_GA"],
}
HTML_LANG = {"zh": "zh-CN", "ko": "ko", "fr": "fr", "de": "de", "es": "es"}


def _digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def _cs(name: str, cte: str) -> Charset:
    cs = Charset(name)
    cs.body_encoding = {"base64": _charset.BASE64, "qp": _charset.QP, "8bit": None}[cte]
    return cs


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    part = MIMEText(text, subtype, _cs(charset, cte))
    del part["MIME-Version"]
    return part


def _to_html(text: str, lang: str, charset: str) -> str:
    paragraphs = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{HTML_LANG[lang]}">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
        '<body style="font-family: sans-serif; font-size: 14px;">\n'
        f"{body}\n</body>\n</html>\n"
    )


def _encoded_words(value: str, charset: str) -> str:
    """RFC 2047 encoded words in the message's own charset (B for CJK, Q otherwise).

    Written by hand because email.header names some charsets by their Python
    codec (eucgb2312_cn) instead of the MIME name."""
    if value.isascii():
        return value
    q = charset.lower() in ("iso-8859-1", "utf-8") and not any(ord(c) > 0x2FF for c in value)
    words, chunk = [], ""

    def enc(text: str) -> str:
        raw = text.encode(charset)
        if q:
            out = "".join(
                "_"
                if b == 0x20
                else chr(b)
                if (chr(b).isalnum() and b < 0x80) or chr(b) in "!*+-/"
                else f"={b:02X}"
                for b in raw
            )
            return f"=?{charset}?Q?{out}?="
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="

    for ch in value:
        if chunk and len(enc(chunk + ch)) > 66:
            words.append(enc(chunk))
            chunk = ""
        chunk += ch
    words.append(enc(chunk))
    return "\n ".join(words)


def _addr(name: str, addr: str, charset: str) -> str:
    if name.isascii():
        return formataddr((name, addr))
    return f"{_encoded_words(name, charset)} <{addr}>"


def _hdr(value: str, charset: str) -> str:
    return _encoded_words(value, charset)


def _date(lang: str, n: int) -> datetime:
    base = datetime(2025, 3, 3, 8, 0, tzinfo=TZ[lang])
    return base + timedelta(minutes=397 * n)


def _received(host: str, n: int, when: datetime, digest: str) -> str:
    return (
        f"from {host} ({host} [198.51.100.{10 + n % 240}])\n"
        f"\tby mx1.win-techno.com (Postfix) with ESMTPS id {digest[:10].upper()}\n"
        f"\tfor <{SUPPORT}>; {format_datetime(when)}"
    )


def build_email(item: dict, name: str, n: int) -> bytes:
    lang = item["lang"]
    when = _date(lang, n)
    digest = _digest(name, item.get("subject", ""))
    if item.get("bounce"):
        return build_bounce(item, name, n, when, digest)
    charset, cte, layout = item["charset"], item["cte"], item["layout"]
    sender_name, sender_addr = item["sender"]
    domain = sender_addr.split("@", 1)[1]
    if layout == "plain":
        msg = _text_part(item["body"], "plain", charset, cte)
    elif layout == "html":
        msg = _text_part(
            item["html"] or _to_html(item["body"], lang, charset), "html", charset, cte
        )
    elif layout == "alt":
        msg = MIMEMultipart("alternative", boundary=f"----=_Part_{n}_{digest[:12]}")
        msg.attach(_text_part(item["body"], "plain", charset, cte))
        msg.attach(
            _text_part(item["html"] or _to_html(item["body"], lang, charset), "html", charset, cte)
        )
    else:
        raise ValueError(layout)
    top = Message()
    top["Received"] = _received(f"mail.{domain}", n, when + timedelta(seconds=4), digest)
    top["Return-Path"] = f"<{sender_addr}>"
    top["From"] = _addr(sender_name, sender_addr, charset)
    top["To"] = SUPPORT if n % 3 else formataddr(("Win Techno Support", SUPPORT))
    top["Subject"] = _hdr(item["subject"], charset)
    top["Date"] = format_datetime(when)
    top["Message-ID"] = f"<{digest[:16]}.{n}@{domain}>"
    for key, value in item["headers"].items():
        top[key] = value
        if key == "In-Reply-To":
            top["References"] = value
    mailer = MAILER_BY_LANG[lang][n % len(MAILER_BY_LANG[lang])]
    if mailer:
        top["X-Mailer"] = mailer
    # Put the envelope-style headers first, then the MIME headers of the body.
    for key, value in msg.items():
        if key.lower() == "mime-version":
            continue
        top[key] = value
    top["MIME-Version"] = "1.0"
    top._payload = msg._payload  # keep the encoded body / list of parts exactly as built
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(top)
    return buf.getvalue()


def build_bounce(item: dict, name: str, n: int, when: datetime, digest: str) -> bytes:
    rcpt = item["rcpt"]
    host = rcpt.split("@", 1)[1]
    mta = f"mx2.{host}"
    sent = when - timedelta(minutes=3)
    body = _text_part(item["orig_body"], "plain", "utf-8", "qp")
    orig = Message()
    orig["From"] = formataddr(("Win Techno Support", SUPPORT))
    orig["To"] = rcpt
    orig["Subject"] = _hdr(item["orig_subject"], "utf-8")
    orig["Date"] = format_datetime(sent)
    orig["Message-ID"] = f"<{digest[16:32]}@win-techno.com>"
    orig["MIME-Version"] = "1.0"
    for key, value in body.items():
        orig[key] = value
    orig._payload = body._payload

    report = MIMEMultipart(
        "report", boundary=f"{digest[:8]}.{n}/{mta}", report_type="delivery-status"
    )
    report.attach(_text_part(item["human"], "plain", "utf-8", "qp"))
    ds = MIMEBase("message", "delivery-status")
    per_msg = Message()
    per_msg["Reporting-MTA"] = f"dns; {mta}"
    per_msg["X-Postfix-Queue-ID"] = digest[:10].upper()
    per_msg["X-Postfix-Sender"] = f"rfc822; {SUPPORT}"
    per_msg["Arrival-Date"] = format_datetime(sent)
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = f"rfc822; {rcpt}"
    per_rcpt["Original-Recipient"] = f"rfc822;{rcpt}"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Remote-MTA"] = f"dns; {mta}"
    per_rcpt["Diagnostic-Code"] = item["diag"]
    ds.set_payload([per_msg, per_rcpt])
    del ds["MIME-Version"]
    report.attach(ds)
    rfc = MIMEMessage(orig)
    del rfc["MIME-Version"]
    report.attach(rfc)

    top = Message()
    top["Return-Path"] = "<>"
    top["Received"] = _received(mta, n, when + timedelta(seconds=2), digest)
    top["Date"] = format_datetime(when)
    top["From"] = f"MAILER-DAEMON@{mta} (Sistema de entrega de correo)"
    top["To"] = SUPPORT
    top["Subject"] = _hdr("Notificación de estado de entrega (error)", "utf-8")
    top["Message-ID"] = f"<{digest[:16]}.{n}@{mta}>"
    top["Auto-Submitted"] = "auto-replied"
    for key, value in report.items():
        if key.lower() == "mime-version":
            continue
        top[key] = value
    top["MIME-Version"] = "1.0"
    top._payload = report._payload
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(top)
    return buf.getvalue()


def main() -> None:
    for item in ITEMS:
        assert set(item["kinds"]) <= KINDS, item
        if "other" in item["kinds"] or "inquiry" in item["kinds"]:
            assert len(item["kinds"]) == 1, item
    items = list(ITEMS)
    random.Random(SEED).shuffle(items)
    for sub in ("email", "chat"):
        (HERE / sub).mkdir(exist_ok=True)
    for old in list((HERE / "email").glob(f"{PREFIX}*.eml")) + list(
        (HERE / "chat").glob(f"{PREFIX}*.txt")
    ):
        old.unlink()
    lines = []
    for n, item in enumerate(items, 1):
        stem = f"{PREFIX}{n:03d}"
        if item["channel"] == "chat":
            rel = f"chat/{stem}.txt"
            (HERE / rel).write_text(item["text"].strip("\n") + "\n", encoding="utf-8")
        else:
            rel = f"email/{stem}.eml"
            (HERE / rel).write_bytes(build_email(item, stem, n))
        lines.append(
            json.dumps(
                {
                    "file": rel,
                    "channel": item["channel"],
                    "language": item["lang"],
                    "kinds": item["kinds"],
                    "auto_reply": bool(item.get("auto")),
                    "bounce": bool(item.get("bounce")),
                    "note": item["note"],
                },
                ensure_ascii=False,
            )
        )
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(items)} items to {HERE}")


if __name__ == "__main__":
    main()
