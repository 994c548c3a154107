"""zh/en messages for importing call logs, SMS, e-mail and chat exports (merged into MESSAGES)."""

from __future__ import annotations

from ecomplaint.i18n import MESSAGES

IMPORT_MESSAGES: dict[str, dict[str, str]] = {
    "import.not_found": {
        "en": "The file {path} does not exist. Nothing was imported.",
        "zh": "文件 {path} 不存在。未导入任何内容。",
    },
    "import.unreadable": {
        "en": "The file {path} cannot be read ({detail}). Nothing was imported.",
        "zh": "无法读取文件 {path}（{detail}）。未导入任何内容。",
    },
    "import.empty": {
        "en": "The file {path} is empty. Nothing was imported.",
        "zh": "文件 {path} 是空的。未导入任何内容。",
    },
    "import.too_big": {
        "en": "The file {path} is {size}; the import reads files up to {limit}. Split it (for "
        "example back up a shorter period) and import the parts. Nothing was imported.",
        "zh": "文件 {path} 大小为 {size}，导入最多读取 {limit} 的文件。请拆分后分别导入"
        "（例如只备份较短的时间段）。未导入任何内容。",
    },
    "import.unknown_format": {
        "en": "{path} is not a file the import knows (SMS Backup & Restore .xml, .eml, .mbox, "
        "WhatsApp _chat.txt, .csv or a text chat log with a saved mapping). Nothing was imported.",
        "zh": "无法识别 {path} 的格式（支持 SMS Backup & Restore 的 .xml、.eml、.mbox、"
        "WhatsApp 的 _chat.txt、.csv 或配有已保存列映射的文本聊天记录）。未导入任何内容。",
    },
    "import.msg_unsupported": {
        "en": "Outlook .msg files are not read by this version: {path}. In Outlook, save the "
        "message as .eml (or drag it into a mail program that exports .eml) and import that.",
        "zh": "此版本不读取 Outlook 的 .msg 文件：{path}。请在 Outlook 中将邮件另存为 .eml"
        "（或拖入可导出 .eml 的邮件程序），再导入该文件。",
    },
    "import.xml_malformed": {
        "en": "{path} is damaged at line {line}, column {column} ({detail}). Nothing was imported.",
        "zh": "{path} 在第 {line} 行第 {column} 列处损坏（{detail}）。未导入任何内容。",
    },
    "import.truncated": {
        "en": "{path} ends too early, at line {line}: the file was cut off (an interrupted "
        "copy or backup). Copy it again from the phone. Nothing was imported.",
        "zh": "{path} 在第 {line} 行提前结束：文件不完整（复制或备份被中断）。"
        "请从手机重新复制。未导入任何内容。",
    },
    "import.mime_truncated": {
        "en": "{path}, {where}: the message stops before its end (a missing closing MIME "
        "boundary: the file was cut off). Export it again. Nothing was imported.",
        "zh": "{path}，{where}：邮件在结尾之前中断（缺少 MIME 结束分隔线，文件不完整）。"
        "请重新导出。未导入任何内容。",
    },
    "import.xml_entities": {
        "en": "{path} declares XML entities or a document type ({where}), which a phone backup "
        "never does; it was refused as unsafe. Nothing was imported.",
        "zh": "{path} 含有 XML 实体或文档类型声明（{where}），正常的手机备份不会有；"
        "出于安全原因已拒绝。未导入任何内容。",
    },
    "import.xml_encoding": {
        "en": "{path} declares a character encoding the import cannot read ({detail}). "
        "Nothing was imported.",
        "zh": "{path} 声明了无法识别的字符编码（{detail}）。未导入任何内容。",
    },
    "import.xml_not_backup": {
        "en": "{path} is XML but not an SMS Backup & Restore file (it starts with <{root}>, "
        "expected <smses> or <calls>). Nothing was imported.",
        "zh": "{path} 是 XML 文件，但不是 SMS Backup & Restore 备份（根元素为 <{root}>，"
        "应为 <smses> 或 <calls>）。未导入任何内容。",
    },
    "import.bad_attr": {
        "en": "{path}, line {line}, <{element}>: the value {attr}={value} cannot be read. "
        "Nothing was imported.",
        "zh": "{path} 第 {line} 行 <{element}>：属性 {attr}={value} 无法识别。未导入任何内容。",
    },
    "import.mime_malformed": {
        "en": "{path}, {where}: the message is damaged ({detail}). Nothing was imported.",
        "zh": "{path}，{where}：邮件已损坏（{detail}）。未导入任何内容。",
    },
    "import.not_mbox": {
        "en": "{path} is not an mbox mailbox (the first line must start with 'From '). "
        "Nothing was imported.",
        "zh": "{path} 不是 mbox 邮箱文件（第一行应以“From ”开头）。未导入任何内容。",
    },
    "import.encoding": {
        "en": "{path}, line {line}: the text is not {encoding}. Give the file's encoding "
        "(for example --encoding gb18030). Nothing was imported.",
        "zh": "{path} 第 {line} 行：文本不是 {encoding} 编码。请指定文件的编码"
        "（例如 --encoding gb18030）。未导入任何内容。",
    },
    "import.unknown_encoding": {
        "en": "The encoding {encoding} is unknown. Nothing was imported.",
        "zh": "未知的编码 {encoding}。未导入任何内容。",
    },
    "import.chat_no_messages": {
        "en": "{path} holds no chat message in a layout the import knows (first line: {line}). "
        "Nothing was imported.",
        "zh": "{path} 中没有可识别格式的聊天消息（第一行：{line}）。未导入任何内容。",
    },
    "import.chat_day_month": {
        "en": "In {path} every date (for example {example}) reads both as day/month and as "
        "month/day. Say which: --day-first or --month-first. Nothing was imported.",
        "zh": "{path} 中的日期（例如 {example}）既可理解为“日/月”也可理解为“月/日”。"
        "请指定：--day-first（日在前）或 --month-first（月在前）。未导入任何内容。",
    },
    "import.chat_day_month_conflict": {
        "en": "{path}: line {line} ({example}) contradicts the date order {order}. "
        "Nothing was imported.",
        "zh": "{path} 第 {line} 行（{example}）与日期顺序“{order}”矛盾。未导入任何内容。",
    },
    "import.bad_time": {
        "en": "{path}, line {line}: the time {value} cannot be read. Nothing was imported.",
        "zh": "{path} 第 {line} 行：无法识别时间 {value}。未导入任何内容。",
    },
    "import.bad_zone": {
        "en": "{zone} is not a time zone name (use one like Asia/Shanghai or Europe/London).",
        "zh": "{zone} 不是有效的时区名称（例如 Asia/Shanghai 或 Europe/London）。",
    },
    "import.csv_needs_mapping": {
        "en": "{path}: say which columns hold the time, the sender and the text, e.g. "
        "--map time=Time,sender=From,text=Content (columns found: {columns}). Add "
        "--save-mapping NAME to remember it. Nothing was imported.",
        "zh": "{path}：请指明时间、发送者和内容分别在哪一列，例如 "
        "--map time=时间,sender=发送者,text=内容（文件中的列：{columns}）。"
        "加上 --save-mapping 名称 可保存该映射。未导入任何内容。",
    },
    "import.csv_bad_column": {
        "en": "{path} has no column {column} (columns found: {columns}). Nothing was imported.",
        "zh": "{path} 中没有列 {column}（文件中的列：{columns}）。未导入任何内容。",
    },
    "import.bad_mapping": {
        "en": "The column mapping {text} cannot be read: write it as time=COLUMN,sender=COLUMN,"
        "text=COLUMN (optional: address, direction, format, pattern).",
        "zh": "无法识别列映射 {text}：请写成 time=列名,sender=列名,text=列名"
        "（可选：address、direction、format、pattern）。",
    },
    "import.mapping_unknown": {
        "en": "No saved column mapping is called {name}. Saved: {names}.",
        "zh": "没有名为 {name} 的已保存列映射。已保存的：{names}。",
    },
    "import.not_found_batch": {
        "en": "No import {batch} in this case (it may already be undone).",
        "zh": "本案件中没有导入批次 {batch}（可能已撤销）。",
    },
    "import.bad_party_map": {
        "en": "--party {text} cannot be read: write NUMBER=PARTY_ID (see `ecomplaint show`).",
        "zh": "无法识别 --party {text}：请写成 号码=当事方编号（见 `ecomplaint show`）。",
    },
    "import.line": {"en": "line {line}", "zh": "第 {line} 行"},
    "import.message_no": {"en": "message {n}", "zh": "第 {n} 封邮件"},
    "import.assume_zone": {
        "en": "The file gives no time zone: its times were read as {zone}.",
        "zh": "文件未注明时区：其中的时间按 {zone} 读取。",
    },
    "import.assume_day_first": {
        "en": "Dates were read day first (31/12), as chosen.",
        "zh": "日期按“日/月”顺序读取（如 31/12），依据用户的选择。",
    },
    "import.assume_month_first": {
        "en": "Dates were read month first (12/31), as chosen.",
        "zh": "日期按“月/日”顺序读取（如 12/31），依据用户的选择。",
    },
    "import.found_day_first": {
        "en": "Dates are day first (line {line} reads {example}).",
        "zh": "日期为“日/月”顺序（第 {line} 行为 {example}）。",
    },
    "import.found_month_first": {
        "en": "Dates are month first (line {line} reads {example}).",
        "zh": "日期为“月/日”顺序（第 {line} 行为 {example}）。",
    },
    # what an imported entry says
    "call.incoming": {"en": "Incoming call", "zh": "来电"},
    "call.outgoing": {"en": "Outgoing call", "zh": "去电"},
    "call.missed": {"en": "Missed call", "zh": "未接来电"},
    "call.voicemail": {"en": "Call to voicemail", "zh": "来电转语音信箱"},
    "call.rejected": {"en": "Rejected call", "zh": "已拒接来电"},
    "call.refused": {"en": "Blocked call", "zh": "已拦截来电"},
    "call.lasting": {"en": "{what}, {duration}", "zh": "{what}，通话 {duration}"},
    "import.from": {"en": "from {who}", "zh": "来自 {who}"},
    "import.to": {"en": "to {who}", "zh": "发给 {who}"},
    "import.empty_message": {"en": "(empty message)", "zh": "（空消息）"},
    "import.attached": {"en": "[attachment: {name}]", "zh": "[附件：{name}]"},
    "import.source_exhibit": {
        "en": "Imported source file ({kind})",
        "zh": "导入的原始文件（{kind}）",
    },
    "import.attachment_exhibit": {
        "en": "Attachment of an imported {kind}, {where}",
        "zh": "导入的{kind}所附文件，{where}",
    },
    "import.kind.sms_backup": {"en": "SMS and call backup", "zh": "短信与通话备份"},
    "import.kind.eml": {"en": "e-mail", "zh": "电子邮件"},
    "import.kind.mbox": {"en": "mailbox", "zh": "邮箱文件"},
    "import.kind.whatsapp": {"en": "WhatsApp chat export", "zh": "WhatsApp 聊天导出"},
    "import.kind.csv": {"en": "chat log (CSV)", "zh": "聊天记录（CSV）"},
    "import.kind.text_log": {"en": "chat log (text)", "zh": "聊天记录（文本）"},
    # call bursts (timeline and dossier)
    "burst.title": {
        "en": "Harassment pattern: {count} unanswered calls in {span}",
        "zh": "骚扰模式：{span}内 {count} 次未接来电",
    },
    "burst.range": {"en": "first {first}, last {last}", "zh": "首次 {first}，末次 {last}"},
    "burst.appendix": {
        "en": "Appendix: each call of the harassment patterns",
        "zh": "附录：骚扰模式中的每一次来电",
    },
}

MESSAGES.update(IMPORT_MESSAGES)
