"""Messages from the Qt-free core, in the user's language (Chinese or English).

The UI translates its own strings with Qt's tr(); errors raised below ui/ carry a key and
arguments and are rendered here, so the CLI and the window show the same sentence.
"""

from __future__ import annotations

import locale
import os
from typing import Literal

Lang = Literal["zh", "en"]

_current: Lang | None = None

MESSAGES: dict[str, dict[str, str]] = {
    # store
    "store.dir_not_writable": {
        "en": "The data folder {path} cannot be written to. Choose another folder with "
        "--data-dir or fix its permissions. Nothing was changed.",
        "zh": "数据文件夹 {path} 无法写入。请用 --data-dir 选择其他文件夹，"
        "或修改其权限。未做任何更改。",
    },
    "store.not_sqlite": {
        "en": "The file {path} is not an eComplaint database (it is not SQLite). "
        "It was left untouched.",
        "zh": "文件 {path} 不是 eComplaint 数据库（不是 SQLite 文件）。该文件未被改动。",
    },
    "store.corrupt": {
        "en": "The database {path} is damaged ({detail}). It was left untouched.",
        "zh": "数据库 {path} 已损坏（{detail}）。该文件未被改动。",
    },
    "store.too_new": {
        "en": "The database {path} was written by a newer version of eComplaint "
        "(schema {found}). Update eComplaint to open it; the file was left untouched.",
        "zh": "数据库 {path} 由更新版本的 eComplaint 创建（结构版本 {found}）。"
        "请升级 eComplaint 后再打开；该文件未被改动。",
    },
    "store.locked": {
        "en": "The database {path} is in use by another program and stayed locked. "
        "Close the other eComplaint window and try again.",
        "zh": "数据库 {path} 正被其他程序占用且一直处于锁定状态。"
        "请关闭另一个 eComplaint 窗口后重试。",
    },
    "store.disk_full": {
        "en": "The disk holding {path} is full; the last change was not saved. "
        "Free some space and try again.",
        "zh": "{path} 所在的磁盘已满，最后一次更改未能保存。请释放空间后重试。",
    },
    "store.server_unreachable": {
        "en": "The team database {path} cannot be reached ({detail}). Check the address, "
        "the network and that the server is running; nothing was changed.",
        "zh": "无法连接团队数据库 {path}（{detail}）。请检查地址、网络以及服务器是否在运行；"
        "未做任何更改。",
    },
    "store.migration_failed": {
        "en": "Upgrading the database {path} failed ({detail}). The database was not changed; "
        "a backup is at {backup}.",
        "zh": "升级数据库 {path} 失败（{detail}）。数据库未被更改；备份位于 {backup}。",
    },
    "store.backups_available": {
        "en": "Backups you can restore: {list}",
        "zh": "可恢复的备份：{list}",
    },
    "store.no_backups": {
        "en": "No backup of this store was found.",
        "zh": "没有找到该数据的备份。",
    },
    "cli.no_qt": {
        "en": "The window cannot start: Qt is not available ({detail}). Install the "
        "application with its dependencies (see README.md); the commands (ecomplaint --help) "
        "still work.",
        "zh": "无法打开窗口：Qt 不可用（{detail}）。请按 README.md 安装完整依赖；"
        "命令行功能（ecomplaint --help）仍可使用。",
    },
    # validation
    "field.required": {"en": "{field} is required.", "zh": "请填写{field}。"},
    "field.too_long": {
        "en": "{field} is too long ({length} characters; at most {limit}).",
        "zh": "{field}过长（{length} 个字符，最多 {limit} 个）。",
    },
    "field.bad_choice": {
        "en": '{field}: "{value}" is not one of {choices}.',
        "zh": "{field}：“{value}”不是可选值（{choices}）。",
    },
    "field.bad_amount": {
        "en": '{field}: "{value}" is not an amount of money (for example 2399.00).',
        "zh": "{field}：“{value}”不是有效金额（例如 2399.00）。",
    },
    "field.negative_amount": {
        "en": "{field} cannot be negative.",
        "zh": "{field}不能为负数。",
    },
    "field.bad_currency": {
        "en": '{field}: "{value}" is not a three-letter currency code such as CNY.',
        "zh": "{field}：“{value}”不是三位货币代码（如 CNY）。",
    },
    "field.naive_time": {
        "en": "{field} needs a time zone.",
        "zh": "{field}需要包含时区。",
    },
    "field.in_future": {
        "en": "{field} ({value}) is in the future.",
        "zh": "{field}（{value}）晚于当前时间。",
    },
    "field.bad_date": {
        "en": '{field}: "{value}" is not a date (use YYYY-MM-DD).',
        "zh": "{field}：“{value}”不是有效日期（格式 YYYY-MM-DD）。",
    },
    "field.implausible_date": {
        "en": "{field} ({value}) is not a plausible date.",
        "zh": "{field}（{value}）不是合理的日期。",
    },
    "not_found": {"en": "No {what} with id {ident}.", "zh": "找不到编号为 {ident} 的{what}。"},
    "wrong_case": {
        "en": "The {what} {ident} belongs to another case.",
        "zh": "{what} {ident} 属于另一个案件。",
    },
    "stale": {
        "en": "This {what} was changed by someone else since you opened it. "
        "Reload it and make your change again.",
        "zh": "自您打开后，此{what}已被他人修改。请重新加载后再修改。",
    },
    "trashed": {
        "en": "The {what} {ident} is in the trash. Restore it first.",
        "zh": "{what} {ident} 在回收站中，请先恢复。",
    },
    # nouns used in the sentences above
    "noun.case": {"en": "case", "zh": "案件"},
    "noun.party": {"en": "party", "zh": "当事方"},
    "noun.entry": {"en": "entry", "zh": "记录"},
    "noun.promise": {"en": "promise", "zh": "承诺"},
    "noun.escalation": {"en": "escalation", "zh": "升级"},
    "noun.evidence": {"en": "evidence", "zh": "证据"},
    # field names
    "f.title": {"en": "Title", "zh": "标题"},
    "f.platform": {"en": "Platform", "zh": "平台"},
    "f.status": {"en": "Status", "zh": "状态"},
    "f.amount": {"en": "Amount paid", "zh": "支付金额"},
    "f.currency": {"en": "Currency", "zh": "币种"},
    "f.order_date": {"en": "Order date", "zh": "下单日期"},
    "f.role": {"en": "Role", "zh": "角色"},
    "f.name": {"en": "Name or agent ID", "zh": "姓名或工号"},
    "f.kind": {"en": "Kind", "zh": "类型"},
    "f.channel": {"en": "Channel", "zh": "渠道"},
    "f.direction": {"en": "Direction", "zh": "方向"},
    "f.precision": {"en": "Time precision", "zh": "时间精度"},
    "f.occurred_at": {"en": "When it happened", "zh": "发生时间"},
    "f.summary": {"en": "Summary", "zh": "摘要"},
    "f.quote": {"en": "Verbatim quote", "zh": "原话"},
    "f.demands": {"en": "Demands", "zh": "诉求"},
    "f.merchant": {"en": "Merchant or store", "zh": "商家/店铺"},
    "f.order_no": {"en": "Order number", "zh": "订单号"},
    "f.product": {"en": "Product", "zh": "商品"},
    "f.services": {"en": "Services bought", "zh": "所购服务"},
    "f.tags": {"en": "Tags", "zh": "标签"},
    "f.notes": {"en": "Notes", "zh": "备注"},
    "f.complainant_name": {"en": "Complainant name", "zh": "投诉人姓名"},
    "f.complainant_phone": {"en": "Complainant phone", "zh": "投诉人电话"},
    "f.complainant_address": {"en": "Complainant address", "zh": "投诉人地址"},
    "f.complainant_id_no": {"en": "Complainant ID number", "zh": "投诉人证件号"},
    "f.assignee": {"en": "Assigned to", "zh": "负责人"},
    "f.language": {"en": "Case language", "zh": "案件语言"},
    # window
    "ui.bad_window": {
        "en": "The promise window must end after it starts (for example from 24 to 48 hours).",
        "zh": "承诺时限的结束须晚于开始（例如 24 至 48 小时）。",
    },
}


def detect_language() -> Lang:
    """$ECOMPLAINT_LANG, then the system locale; Chinese for any zh locale, else English."""
    env = os.environ.get("ECOMPLAINT_LANG", "")
    if env.lower().startswith("zh"):
        return "zh"
    if env.lower().startswith("en"):
        return "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    loc = locale.getlocale()[0] or ""
    return "zh" if loc.lower().startswith("zh") else "en"


def current_language() -> Lang:
    global _current
    if _current is None:
        _current = detect_language()
    return _current


def set_language(lang: Lang) -> None:
    global _current
    _current = lang


def t(key: str, lang: Lang | None = None, **args: object) -> str:
    """Render message `key` in `lang` (default: the current language)."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    text = entry.get(lang or current_language()) or entry["en"]
    return text.format(**args) if args else text


class UserError(Exception):
    """An error whose message is meant for the user, in their language."""

    def __init__(self, key: str, **args: object) -> None:
        self.key = key
        self.args_ = args
        super().__init__(self.message("en"))

    def message(self, lang: Lang | None = None) -> str:
        rendered = {
            k: (t(v[2:], lang) if isinstance(v, str) and v.startswith("@:") else v)
            for k, v in self.args_.items()
        }
        return t(self.key, lang, **rendered)

    def __str__(self) -> str:
        return self.message()
