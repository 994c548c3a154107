"""zh/en messages for entries made from a screenshot's text (services.screenshot_entries and
the `screenshot-entries` command), merged into i18n.MESSAGES on import."""

from __future__ import annotations

from ecomplaint.i18n import MESSAGES, Lang, t

CHAT_MESSAGES: dict[str, dict[str, str]] = {
    "screenshot.not_read": {
        "en": "The text of {name} has not been read yet. Read it first (ecomplaint ocr, or "
        "Read text in the viewer); nothing was changed.",
        "zh": "{name} 的文字尚未识别。请先识别（ecomplaint ocr，或在查看器中点“识别文字”）；"
        "未做任何更改。",
    },
    "screenshot.no_text": {
        "en": "No text was read from {name}, so there is nothing to make entries from.",
        "zh": "未从 {name} 识别出文字，无法生成记录。",
    },
    "screenshot.original_gone": {
        "en": "{name} is a redacted copy and its original is in the trash or gone: entries "
        "are made from the original (its text and line numbers). Restore the original first; "
        "nothing was changed.",
        "zh": "{name} 是遮蔽副本，其原件已在回收站中或已不存在：记录须从原件（其文字和行号）"
        "生成。请先恢复原件；未做任何更改。",
    },
    "screenshot.bad_line": {
        "en": "There is no line {n}: the text read from this picture has {count} lines.",
        "zh": "没有第 {n} 行：此图片识别出的文字共 {count} 行。",
    },
    "screenshot.bad_line.one": {
        "en": "There is no line {n}: the text read from this picture has 1 line.",
        "zh": "没有第 {n} 行：此图片识别出的文字共 1 行。",
    },
    "screenshot.bad_lines": {
        "en": '"{value}" is not a list of lines (use for example 4-9 or 4,5,7).',
        "zh": "“{value}”不是有效的行号（例如 4-9 或 4,5,7）。",
    },
    "screenshot.none_chosen": {
        "en": "No message is ticked: nothing was added.",
        "zh": "没有勾选任何消息：未添加记录。",
    },
    "screenshot.no_time": {
        "en": "The message from lines {lines} has no time. Give it one; nothing was added.",
        "zh": "第 {lines} 行的消息没有时间。请先填写时间；未添加任何记录。",
    },
    "screenshot.no_words": {
        "en": "The message from lines {lines} has no words. Give it some or untick it; "
        "nothing was added.",
        "zh": "第 {lines} 行的消息没有内容。请填写或取消勾选；未添加任何记录。",
    },
    "screenshot.not_found_batch": {
        "en": "These entries are no longer there to undo (they may already be undone).",
        "zh": "这些记录已不存在，无法撤销（可能已撤销）。",
    },
    "screenshot.not_chat": {
        "en": "This picture is not laid out as a chat: one note is proposed quoting its lines.",
        "zh": "此图片不是聊天界面：建议生成一条引用其文字的备注。",
    },
    "screenshot.nothing": {
        "en": "No message found in the lines chosen.",
        "zh": "所选行中没有找到消息。",
    },
    "screenshot.made.one": {
        "en": "1 entry added from {exhibit}.",
        "zh": "已从 {exhibit} 添加 1 条记录。",
    },
    "screenshot.made": {
        "en": "{count} entries added from {exhibit}.",
        "zh": "已从 {exhibit} 添加 {count} 条记录。",
    },
    "screenshot.skipped": {
        "en": "{count} entries already made from the same lines, skipped.",
        "zh": "{count} 条记录此前已由相同行生成，已跳过。",
    },
    "screenshot.skipped.one": {
        "en": "1 entry already made from the same lines, skipped.",
        "zh": "1 条记录此前已由相同行生成，已跳过。",
    },
    "screenshot.confirm": {
        "en": "Add these {count} entries?",
        "zh": "添加这 {count} 条记录？",
    },
    "screenshot.confirm.one": {
        "en": "Add this entry?",
        "zh": "添加这条记录？",
    },
    "screenshot.side.left": {"en": "them", "zh": "对方"},
    "screenshot.side.right": {"en": "me", "zh": "我"},
    "screenshot.side.none": {"en": "—", "zh": "—"},
    "screenshot.note.before_first_stamp": {
        "en": "time of the stamp below: check it",
        "zh": "取下方时间标记的时间，请核对",
    },
    "screenshot.note.no_stamp": {
        "en": "no time stamp: time of the screenshot, check it",
        "zh": "无时间标记：取截图时间，请核对",
    },
    "screenshot.note.no_stamp_added": {
        "en": "no time on the picture; the time it was added — check it",
        "zh": "图片上没有时间；取文件添加的时间，请核对",
    },
    "screenshot.note.day_from_added": {
        "en": "day counted from when the file was added: check it",
        "zh": "日期按文件添加时间推算，请核对",
    },
    "screenshot.note.no_time": {"en": "no time: give one", "zh": "没有时间，请填写"},
    "screenshot.left_out": {
        "en": "Chosen but not quoted: {lines}.",
        "zh": "已选但未引用：{lines}。",
    },
    "screenshot.why.stamp": {
        "en": "line {n} (a time stamp: it dates the messages under it)",
        "zh": "第 {n} 行（时间标记：用作其下消息的时间）",
    },
    "screenshot.why.bubble_time": {
        "en": "line {n} (a message's own time: used as its time)",
        "zh": "第 {n} 行（消息自带的时间：用作其时间）",
    },
    "screenshot.why.empty": {
        "en": "line {n} (no words read)",
        "zh": "第 {n} 行（未识别出文字）",
    },
    "screenshot.why.other": {
        "en": "line {n} (not part of any message)",
        "zh": "第 {n} 行（不属于任何消息）",
    },
    "screenshot.duplicate": {
        "en": "already entry #{id}",
        "zh": "已是记录 #{id}",
    },
}

MESSAGES.update(CHAT_MESSAGES)


def counted(key: str, count: int, lang: Lang | None = None, **args: object) -> str:
    """Message `key` for `count` things: its ".one" form for exactly one ("1 entry added",
    "Add this entry?"), else the plural; Chinese has no plural but words the one case too."""
    one = f"{key}.one"
    return t(one if count == 1 and one in MESSAGES else key, lang, count=count, **args)
