"""zh/en messages for jurisdictions, stances and the recording commands of the CLI.

Kept beside i18n.MESSAGES (merged into it on import) like due_messages, so parallel work on
other features does not collide in one dict; every module raising one of these imports it.
"""

from __future__ import annotations

from ecomplaint.i18n import MESSAGES

JURIS_MESSAGES: dict[str, dict[str, str]] = {
    "f.stance": {"en": "Stance", "zh": "对方立场"},
    "f.tz": {"en": "Time zone", "zh": "时区"},
    "f.country": {"en": "Country", "zh": "国家/地区"},
    "f.ladder": {"en": "Escalation ladder", "zh": "升级路径"},
    "f.work_calendar": {"en": "Working-day calendar", "zh": "工作日日历"},
    "f.within": {"en": "Promise window", "zh": "承诺时限"},
    "f.new_party": {"en": "New party", "zh": "新当事方"},
    "entry.party_twice": {
        "en": "Give either an existing party or a new one, not both.",
        "zh": "请选择已有当事方或新建当事方，不能同时指定。",
    },
    "juris.bad_tz": {
        "en": '{field}: "{value}" is not a time zone (use a name such as Europe/London).',
        "zh": "{field}：“{value}”不是有效时区（请使用如 Asia/Shanghai 的名称）。",
    },
    "juris.bad_calendar": {
        "en": '{field}: "{value}" is not a known working-day calendar ({choices}).',
        "zh": "{field}：“{value}”不是已知的工作日日历（{choices}）。",
    },
    "juris.bad_ladder": {
        "en": '{field}: "{value}" is not a ladder in the rule packs ({choices}).',
        "zh": "{field}：“{value}”不是规则包中的升级路径（{choices}）。",
    },
    "juris.bad_rung": {
        "en": '"{value}" is not a rung of the ladder {ladder} ({choices}).',
        "zh": "“{value}”不是升级路径 {ladder} 的一级（{choices}）。",
    },
    "cli.bad_within": {
        "en": '"{value}" is not a promise window. Use for example 48h, 24-48h, 3wd, 5wd, 8w '
        "or 6m (h hours, d days, wd working days, w weeks, m months).",
        "zh": "“{value}”不是有效的承诺时限。示例：48h、24-48h、3wd、5wd、8w、6m"
        "（h 小时，d 天，wd 工作日，w 周，m 月）。",
    },
    "cli.within_needs_promise": {
        "en": "--within needs --promise (what was promised), and --promise needs --within.",
        "zh": "--within 需要同时给出 --promise（承诺内容），--promise 也需要 --within。",
    },
    "cli.bad_new_party": {
        "en": '--new-party "{value}": write ROLE:NAME, for example customer_service:工号 3021.',
        "zh": "--new-party “{value}”：请写成 角色:姓名，例如 customer_service:工号 3021。",
    },
    "cli.bad_time": {
        "en": '{field}: "{value}" is not a time. Write 2026-04-02 10:00 (read in the case\'s '
        "time zone) or add an offset: 2026-04-02T10:00+01:00.",
        "zh": "{field}：“{value}”不是有效时间。请写成 2026-04-02 10:00（按案件所在时区理解），"
        "或带上时差：2026-04-02T10:00+08:00。",
    },
    "cli.nothing_to_change": {
        "en": "Nothing to change: give at least one --FIELD VALUE.",
        "zh": "没有要修改的内容：请至少给出一个 --字段 值。",
    },
    "cli.bad_trash_kind": {
        "en": '"{value}" cannot be put in the trash here (case, party, entry, promise).',
        "zh": "“{value}”不能在此放入回收站（case、party、entry、promise）。",
    },
}

MESSAGES.update(JURIS_MESSAGES)
