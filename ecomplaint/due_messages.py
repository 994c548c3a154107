"""zh/en messages for promises, pauses, rule packs and `ecomplaint due`.

Kept beside i18n.MESSAGES (merged into it on import) so parallel work on other features does
not collide in one dict; every module that raises one of these imports this module.
"""

from __future__ import annotations

from ecomplaint.i18n import MESSAGES

DUE_MESSAGES: dict[str, dict[str, str]] = {
    "promise.bad_window": {
        "en": "The promise window {low}–{high} is not possible: the end must be positive and "
        "not before the start.",
        "zh": "承诺时限 {low}–{high} 不成立：结束值必须大于 0，且不能早于开始值。",
    },
    "promise.already_closed": {
        "en": "This promise is already {status}; undo that first.",
        "zh": "该承诺已是“{status}”状态，请先撤销。",
    },
    "promise.supersede_self": {
        "en": "A promise cannot replace itself.",
        "zh": "承诺不能替代自己。",
    },
    "promise.supersede_older": {
        "en": "The replacing promise must be made at or after the one it replaces.",
        "zh": "用来替代的承诺必须晚于（或同时于）被替代的承诺。",
    },
    "pause.already_open": {
        "en": "The clock is already paused here since {since}.",
        "zh": "此处计时自 {since} 起已暂停。",
    },
    "pause.none_open": {
        "en": "Nothing is paused here.",
        "zh": "此处没有暂停的计时。",
    },
    "pause.ends_before_start": {
        "en": "A pause cannot end ({end}) before it starts ({start}).",
        "zh": "暂停的结束时间（{end}）不能早于开始时间（{start}）。",
    },
    "rules.bad_file": {
        "en": "The rule pack {path} could not be used and was skipped ({detail}). "
        "The shipped rules apply instead.",
        "zh": "规则包 {path} 无法使用，已跳过（{detail}）。将使用内置规则。",
    },
    "rules.unknown_rung": {
        "en": 'The ladder "{ladder}" has no rung "{rung}"; it was recorded without a '
        "response clock.",
        "zh": "升级路径“{ladder}”中没有“{rung}”这一级；已记录，但没有回复时限。",
    },
    "due.bad_time": {
        "en": '"{value}" is not a time; use ISO 8601 with a zone, e.g. 2026-11-20T14:00+08:00.',
        "zh": "“{value}”不是有效时间；请使用带时区的 ISO 8601 格式，如 2026-11-20T14:00+08:00。",
    },
    "due.ics_write_failed": {
        "en": "The calendar file {path} could not be written ({detail}). Nothing was changed.",
        "zh": "日历文件 {path} 无法写入（{detail}）。未做任何更改。",
    },
}

MESSAGES.update(DUE_MESSAGES)
