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
    "evidence.team_needs_shared_folder": {
        "en": "In team mode evidence must be stored where every volunteer can read it. Set a "
        "shared evidence folder (--evidence-dir, or shared_evidence_dir in the settings) and "
        "attach again. Nothing was stored.",
        "zh": "团队模式下，证据必须保存在所有志愿者都能读取的位置。请设置共享证据文件夹"
        "（--evidence-dir，或设置中的 shared_evidence_dir）后重新添加。未保存任何文件。",
    },
    "output.not_a_file": {
        "en": "{path} exists and is not an ordinary file (a folder, a device or a pipe); "
        "choose a file name. Nothing was written.",
        "zh": "{path} 已存在，但不是普通文件（而是文件夹、设备或管道）；"
        "请另选文件名。未写入任何文件。",
    },
    "output.no_folder": {
        "en": "The folder {path} does not exist. Check the path or create the folder first; "
        "nothing was written.",
        "zh": "文件夹 {path} 不存在。请检查路径或先创建该文件夹；未写入任何文件。",
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
    # the store's guards (issue 12): refusals that keep a case history whole
    "store.foreign": {
        "en": "The file {path} is an SQLite database, but not one eComplaint wrote, or another "
        "program changed its structure ({detail}). It was left untouched.",
        "zh": "文件 {path} 是 SQLite 数据库，但不是 eComplaint 创建的，或其结构已被其他程序"
        "改动（{detail}）。该文件未被改动。",
    },
    "store.db_is_folder": {
        "en": "{path} is a folder, where eComplaint expects its database file. Nothing was "
        "changed; rename or move that folder, or choose another data folder with --data-dir.",
        "zh": "{path} 是一个文件夹，而此处应是 eComplaint 的数据库文件。未做任何更改；"
        "请重命名或移走该文件夹，或用 --data-dir 选择其他数据文件夹。",
    },
    "store.db_unreadable": {
        "en": "The database {path} cannot be read ({detail}). Check its permissions; it was "
        "left untouched.",
        "zh": "无法读取数据库 {path}（{detail}）。请检查文件权限；该文件未被改动。",
    },
    "store.read_only": {
        "en": "The database {path} is read-only, so nothing could be saved in it. Make it "
        "writable (or copy it to a folder you can write to) and start again; it was left "
        "untouched.",
        "zh": "数据库 {path} 是只读的，无法保存任何内容。请将其改为可写"
        "（或复制到可写的文件夹）后重新打开；该文件未被改动。",
    },
    "store.missing_database": {
        "en": "The database {path} is missing or empty, but this folder holds a case history "
        "(evidence files or backups). Nothing was created, so nothing is hidden: restore a "
        "backup (ecomplaint restore BACKUP), or, only if you mean to start over, open a new "
        "empty store with --new-store.",
        "zh": "数据库 {path} 缺失或为空，但此文件夹中已有案件记录（证据文件或备份）。"
        "为免掩盖数据丢失，未新建任何内容：请恢复备份（ecomplaint restore 备份），"
        "或在确实要重新开始时，用 --new-store 新建空数据库。",
    },
    "store.write_stopped": {
        "en": "The database {path} is damaged ({detail}). To protect what is left, nothing "
        "more is written to it until it is restored from a backup; this change was not saved.",
        "zh": "数据库 {path} 已损坏（{detail}）。为保护其余数据，在从备份恢复之前不再写入"
        "任何内容；此次更改未保存。",
    },
    "backup.store_damaged": {
        "en": "The store {path} failed its check ({detail}), so no backup was made and the "
        "good backups were kept. Restore one of them.",
        "zh": "数据 {path} 未通过检查（{detail}），因此没有备份，原有的完好备份均已保留。"
        "请从其中之一恢复。",
    },
    "store.new_store_button": {"en": "Start a new, empty store", "zh": "新建空数据库"},
    "store.open_failed": {
        "en": "The store could not be opened ({detail}). Nothing was changed.",
        "zh": "无法打开数据（{detail}）。未做任何更改。",
    },
    "disk.full": {
        "en": "The disk is full: {path} could not be written. Nothing was changed and nothing "
        "half-written was left; free some space and try again.",
        "zh": "磁盘已满：无法写入 {path}。未做任何更改，也未留下写了一半的文件；请释放空间后重试。",
    },
    "io.failed": {
        "en": "{path} could not be read or written ({detail}). Nothing was changed.",
        "zh": "无法读写 {path}（{detail}）。未做任何更改。",
    },
    "backup.no_space": {
        "en": "Restoring {file} needs {need} of free space; only {free} is left. Nothing was "
        "changed; free some space and try again.",
        "zh": "从 {file} 恢复需要 {need} 的可用空间，但仅剩 {free}。未做任何更改；"
        "请释放空间后重试。",
    },
    "backup.foreign_database": {
        "en": "The database inside the backup {file} is not exactly one eComplaint wrote "
        "({detail}); it was refused. Nothing was changed.",
        "zh": "备份 {file} 中的数据库与 eComplaint 所写的不完全一致（{detail}），已拒绝。"
        "未做任何更改。",
    },
    "backup.reason.not_regular": {
        "en": "{name} is a link or a special file, not an ordinary file",
        "zh": "{name} 是链接或特殊文件，而不是普通文件",
    },
    "evidence.link_outside": {
        "en": "{path} is a link to {target}, outside the folder you chose. It was not "
        "attached: a link can expose a private file. Attach the file itself, or use "
        "--follow-links if you mean to.",
        "zh": "{path} 是指向所选文件夹之外 {target} 的链接，未添加：链接可能泄露私密文件。"
        "请直接添加该文件本身，或在确有需要时使用 --follow-links。",
    },
    "handoff.number_range": {
        "en": "{file}: {name} holds a number too large to store ({where}). Nothing was imported.",
        "zh": "{file}：{name} 中有超出可保存范围的数字（{where}）。未导入任何内容。",
    },
    "cli.no_qt": {
        "en": "The window cannot start: Qt is not available ({detail}). Install the "
        "application with its dependencies (see README.md); the commands (ecomplaint --help) "
        "still work.",
        "zh": "无法打开窗口：Qt 不可用（{detail}）。请按 README.md 安装完整依赖；"
        "命令行功能（ecomplaint --help）仍可使用。",
    },
    # hand-off files (.ecase) — every refusal says that nothing was written
    "handoff.bad_zip": {
        "en": "{file} is not a readable hand-off file ({detail}). Nothing was imported.",
        "zh": "{file} 不是可读取的移交文件（{detail}）。未导入任何内容。",
    },
    "handoff.zip_bomb": {
        "en": "{file} unpacks to far more data than it holds ({detail}); it looks like a "
        "zip bomb and was refused. Nothing was imported.",
        "zh": "{file} 解压后的数据量远超其自身大小（{detail}），疑似“压缩炸弹”，已拒绝。"
        "未导入任何内容。",
    },
    "handoff.unsafe_path": {
        "en": '{file} contains an entry named "{name}" that would be written outside its '
        "folder (or is a link). The file was refused; nothing was imported.",
        "zh": "{file} 中的条目“{name}”会写到目标文件夹之外（或是链接）。已拒绝该文件，"
        "未导入任何内容。",
    },
    "handoff.duplicate_name": {
        "en": '{file} lists "{name}" twice. The file was refused; nothing was imported.',
        "zh": "{file} 中“{name}”出现了两次。已拒绝该文件，未导入任何内容。",
    },
    "handoff.bad_json": {
        "en": "{file}: {name} is not valid JSON ({detail}). Nothing was imported.",
        "zh": "{file}：{name} 不是有效的 JSON（{detail}）。未导入任何内容。",
    },
    "handoff.bad_text": {
        "en": "{file}: {where}: {detail} Nothing was imported.",
        "zh": "{file}：{where}：{detail}未导入任何内容。",
    },
    "handoff.schema": {
        "en": "{file}: {name} does not follow the case file format ({errors}). "
        "Nothing was imported.",
        "zh": "{file}：{name} 不符合案件文件格式（{errors}）。未导入任何内容。",
    },
    "handoff.not_casefile": {
        "en": "{file} is not an eComplaint case file. Nothing was imported.",
        "zh": "{file} 不是 eComplaint 案件文件。未导入任何内容。",
    },
    "handoff.too_new": {
        "en": "{file} was written by a newer eComplaint (format {found}; this version reads "
        "{supported}). Update eComplaint to import it; nothing was imported.",
        "zh": "{file} 由更新版本的 eComplaint 生成（格式 {found}；本版本可读取 {supported}）。"
        "请升级后再导入；未导入任何内容。",
    },
    "handoff.missing_file": {
        "en": "{file} is incomplete: {name} is missing. Nothing was imported.",
        "zh": "{file} 不完整：缺少 {name}。未导入任何内容。",
    },
    "handoff.unexpected_entry": {
        "en": '{file} contains "{name}", which its manifest does not list. The file was '
        "refused; nothing was imported.",
        "zh": "{file} 包含清单中未列出的“{name}”。已拒绝该文件，未导入任何内容。",
    },
    "handoff.fingerprint_mismatch": {
        "en": "{file}: {name} does not match its SHA-256 fingerprint; it was altered or "
        "damaged after export. Nothing was imported.",
        "zh": "{file}：{name} 与其 SHA-256 指纹不符，导出后被修改或已损坏。未导入任何内容。",
    },
    "handoff.duplicate_uid": {
        "en": "{file} uses the identifier {uid} for two records. Nothing was imported.",
        "zh": "{file} 中两条记录使用了同一标识 {uid}。未导入任何内容。",
    },
    "handoff.bad_reference": {
        "en": "{file}: {where} refers to {uid}, which the file does not contain. "
        "Nothing was imported.",
        "zh": "{file}：{where} 引用了文件中不存在的 {uid}。未导入任何内容。",
    },
    "handoff.uid_elsewhere": {
        "en": "The {what} {uid} in this file already belongs to another case in your store. "
        "Nothing was imported.",
        "zh": "文件中的{what} {uid} 在您的数据中已属于另一个案件。未导入任何内容。",
    },
    "handoff.blob_missing": {
        "en": "The evidence file {name} ({sha}) is missing from the store; the case cannot "
        "be exported complete. Nothing was written.",
        "zh": "证据文件 {name}（{sha}）在数据中缺失，无法完整导出该案件。未写入任何文件。",
    },
    "handoff.blob_altered": {
        "en": "The evidence file {path} no longer matches its fingerprint {sha}; it was "
        "refused rather than handed on. Nothing was written.",
        "zh": "证据文件 {path} 与其指纹 {sha} 不再一致，已拒绝导出。未写入任何文件。",
    },
    "handoff.export_bad_reference": {
        "en": "The case refers to a record ({ident}) outside it; run a store check. "
        "Nothing was written.",
        "zh": "该案件引用了案件之外的记录（{ident}），请检查数据。未写入任何文件。",
    },
    "handoff.backup_failed": {
        "en": "This import would update records already in your store, and the backup taken "
        "first failed ({detail}). Nothing was imported; free some space and try again.",
        "zh": "此次导入会更新您数据中已有的记录，但导入前的备份失败（{detail}）。"
        "未导入任何内容；请释放空间后重试。",
    },
    "handoff.cancelled": {
        "en": "Cancelled. Nothing was written.",
        "zh": "已取消，未写入任何内容。",
    },
    # backups and restore
    "backup.not_backup": {
        "en": "{file} is not an eComplaint backup. Nothing was changed.",
        "zh": "{file} 不是 eComplaint 备份。未做任何更改。",
    },
    "backup.bad_file": {
        "en": "{file} cannot be restored: {detail}. The store was not changed.",
        "zh": "无法从 {file} 恢复：{detail}。当前数据未被更改。",
    },
    "backup.reason.bad_zip": {
        "en": "it is not a readable zip file ({detail})",
        "zh": "它不是可读取的 zip 文件（{detail}）",
    },
    "backup.reason.zip_bomb": {
        "en": "it unpacks to far more data than it holds ({detail})",
        "zh": "解压后的数据量远超其自身大小（{detail}）",
    },
    "backup.reason.contents": {
        "en": "its contents do not match its manifest ({name})",
        "zh": "其内容与清单不符（{name}）",
    },
    "backup.reason.fingerprint": {
        "en": "{name} does not match its SHA-256 fingerprint (altered or damaged)",
        "zh": "{name} 与其 SHA-256 指纹不符（已被修改或损坏）",
    },
    "backup.reason.manifest": {
        "en": "its manifest.json is not valid",
        "zh": "其 manifest.json 无效",
    },
    "backup.bad_database": {
        "en": "The database inside the backup {file} is damaged ({detail}). Nothing was changed.",
        "zh": "备份 {file} 中的数据库已损坏（{detail}）。未做任何更改。",
    },
    "backup.too_new": {
        "en": "The backup {file} was made by a newer eComplaint (schema {found}). Update "
        "eComplaint to restore it; nothing was changed.",
        "zh": "备份 {file} 由更新版本的 eComplaint 创建（结构版本 {found}）。"
        "请升级后再恢复；未做任何更改。",
    },
    "backup.store_busy": {
        "en": "The database {path} is still open in another eComplaint window or program. "
        "Close it and try again; nothing was changed.",
        "zh": "数据库 {path} 仍在另一个 eComplaint 窗口或程序中打开。请关闭后重试；未做任何更改。",
    },
    "backup.team_mode": {
        "en": "This store is on a database server (team mode): back it up and restore it on "
        "the server (for example with pg_dump and pg_restore). Nothing was changed.",
        "zh": "当前数据位于数据库服务器上（团队模式）：请在服务器端备份与恢复"
        "（例如使用 pg_dump 与 pg_restore）。未做任何更改。",
    },
    "backup.declined": {
        "en": "Restore cancelled; nothing was changed.",
        "zh": "已取消恢复，未做任何更改。",
    },
    "backup.needs_yes": {
        "en": "Restoring replaces the whole store. Run again with --yes to confirm "
        "(no terminal to ask on).",
        "zh": "恢复会替换全部数据。请加上 --yes 再次运行以确认（当前无法交互询问）。",
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
        "en": "{field} ({value}) is in the future (now: {now}). Record what has happened; "
        "check the date and year.",
        "zh": "{field}（{value}）晚于当前时间（现在：{now}）。"
        "只能记录已发生的事，请检查日期和年份。",
    },
    "field.control_char": {
        "en": "{field} holds an invisible control character {char} (character {position}). "
        "Remove it and save again.",
        "zh": "{field}含有不可见的控制字符 {char}（第 {position} 个字符），请删除后再保存。",
    },
    "cli.bad_bytes": {
        "en": '{option}: "{value}" is not readable text (bytes in an unknown encoding). '
        "Set the terminal to UTF-8 and type it again.",
        "zh": "{option}：“{value}”无法识别（未知编码的字节）。请将终端设为 UTF-8 后重新输入。",
    },
    "field.bad_encoding": {
        "en": '{field}: "{value}" is not readable text (bytes in an unknown encoding). '
        "Set the terminal to UTF-8 and type it again.",
        "zh": "{field}：“{value}”无法识别（未知编码的字节）。请将终端设为 UTF-8 后重新输入。",
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
    # evidence
    "evidence.no_files": {"en": "No files were given to attach.", "zh": "没有选择要添加的文件。"},
    "evidence.not_found": {
        "en": "{path}: no such file. Nothing was attached from it.",
        "zh": "{path}：文件不存在，未添加。",
    },
    "evidence.unreadable": {
        "en": "{path} cannot be read ({detail}). Check its permissions; it was not attached.",
        "zh": "无法读取 {path}（{detail}）。请检查文件权限；该文件未添加。",
    },
    "evidence.is_folder": {
        "en": "{path} is a folder. Attach the files inside it instead.",
        "zh": "{path} 是文件夹。请选择其中的文件添加。",
    },
    "evidence.not_regular": {
        "en": "{path} is not an ordinary file (a pipe or a device) and was not attached.",
        "zh": "{path} 不是普通文件（可能是管道或设备），未添加。",
    },
    "evidence.empty": {
        "en": "{path} is empty (0 bytes) and proves nothing; it was not attached.",
        "zh": "{path} 是空文件（0 字节），不能作为证据，未添加。",
    },
    "evidence.too_big": {
        "en": "{path} is {size}, above the limit of {limit} per file; it was not attached. "
        "Raise the limit in Preferences or attach a shorter recording.",
        "zh": "{path} 大小为 {size}，超过单个文件 {limit} 的上限，未添加。"
        "可在“偏好设置”中提高上限，或截取较短的录音录像。",
    },
    "evidence.source_changed": {
        "en": "{path} changed while it was being attached. Nothing was attached; try again.",
        "zh": "{path} 在添加过程中发生了变化。未添加任何文件，请重试。",
    },
    "evidence.blob_missing": {
        "en": "The stored file {sha} is missing from the evidence folder. Run "
        '"ecomplaint verify" to see what else is affected.',
        "zh": "证据文件夹中缺少已保存的文件 {sha}。请运行“ecomplaint verify”检查其他文件。",
    },
    "evidence.altered": {
        "en": "The stored copy of {name} no longer matches its fingerprint {sha}: it was "
        "altered or damaged on disk. No copy was written.",
        "zh": "{name} 的存档文件与其指纹 {sha} 不符：文件已被改动或损坏。未生成副本。",
    },
    "evidence.cancelled": {
        "en": "Attaching was cancelled; nothing was attached.",
        "zh": "已取消添加，没有添加任何文件。",
    },
    # dossier export
    "dossier.cannot_write": {
        "en": "The dossier could not be written to {path} ({detail}). Nothing was written; "
        "choose another folder.",
        "zh": "无法将投诉材料写入 {path}（{detail}）。未写入任何文件，请选择其他文件夹。",
    },
    "dossier.exhibits_not_intact": {
        "en": "Some exhibits' files no longer match the fingerprints recorded when they were "
        "added — altered: {altered}; missing: {missing}. The dossier would vouch for them, so "
        'nothing was written. Run "ecomplaint verify" to see the files, restore them from a '
        'backup, or export anyway ("Export anyway" in the window, --allow-altered on the '
        "command line) to print them marked ALTERED.",
        "zh": "部分证据的文件与存入时记录的指纹不符——已被改动：{altered}；缺失：{missing}。"
        "投诉材料会为这些证据作保证，因此未写入任何文件。请运行“ecomplaint verify”查看这些文件，"
        "从备份中恢复，或仍要导出（窗口中点“仍要导出”，命令行加 --allow-altered），"
        "届时这些证据将标为“已被改动”。",
    },
    "dossier.exhibit_changed": {
        "en": "The file of exhibit {exhibit} changed while the dossier was being written. "
        "Nothing was written; export again.",
        "zh": "在生成投诉材料期间，证据 {exhibit} 的文件发生了变化。未写入任何文件，请重新导出。",
    },
    "dossier.unredacted_originals": {
        "en": "A redacted dossier with --attach-originals would carry the original files "
        "unredacted (phone numbers, names and addresses in them stay readable). Nothing was "
        "written. Add --include-unredacted-originals to accept that, or leave out "
        "--attach-originals.",
        "zh": "带 --attach-originals 的隐私保护版会附上未经遮蔽的原始文件（其中的电话、姓名、"
        "地址仍可读）。未写入任何文件。如确认附上，请加 --include-unredacted-originals；"
        "否则请去掉 --attach-originals。",
    },
    "dossier.bundle_unredacted": {
        "en": "A bundle always holds the original files, and they are not redacted (phone "
        "numbers, names and addresses in them stay readable). Nothing was written. Add "
        "--include-unredacted-originals to accept that, or export a redacted PDF alone with "
        "'export --redact'.",
        "zh": "材料包总是包含原始文件，且这些文件未经遮蔽（其中的电话、姓名、地址仍可读）。"
        "未写入任何文件。如确认，请加 --include-unredacted-originals；"
        "或用 'export --redact' 只导出隐私保护版 PDF。",
    },
    "dossier.unredacted_ok": {
        "en": "Include the originals anyway: they are NOT redacted",
        "zh": "仍然附上原始文件：原始文件未经遮蔽",
    },
    "dossier.unredacted_confirm": {
        "en": "The original files are not redacted. Tick the box below the options to "
        "include them anyway, or untick 'Attach the original files'.",
        "zh": "原始文件未经遮蔽。如仍要附上，请勾选下方的确认框；否则请取消“附上原始文件”。",
    },
    "dossier.bad_sections": {
        "en": "Unknown dossier sections: {names}. Choose from: {choices}.",
        "zh": "未知的材料章节：{names}。可选：{choices}。",
    },
    # trusted timestamps (dossier/timestamp.py, cli/cmd_timestamp.py)
    "timestamp.cannot_read": {
        "en": "The reply {path} could not be read ({detail}). Nothing was kept.",
        "zh": "无法读取回复文件 {path}（{detail}）。未保存任何内容。",
    },
    "timestamp.unreadable": {
        "en": "This is not a timestamp authority's reply (.tsr) ({detail}). Nothing was kept.",
        "zh": "这不是时间戳机构的回复文件（.tsr）（{detail}）。未保存任何内容。",
    },
    "timestamp.refused": {
        "en": "The authority refused the request ({detail}). Nothing was kept.",
        "zh": "时间戳机构拒绝了该请求（{detail}）。未保存任何内容。",
    },
    "timestamp.no_request": {
        "en": "No timestamp request was made for this case yet: run `ecomplaint bundle` first "
        "and send its dossier-manifest.tsq.{detail}",
        "zh": "此案件尚未生成时间戳请求：请先运行 `ecomplaint bundle`，再发送其中的 "
        "dossier-manifest.tsq。{detail}",
    },
    "timestamp.other_content": {
        "en": "This reply stamps other content than any request made for this case. Nothing "
        "was kept.{detail}",
        "zh": "此回复所盖时间戳的内容与本案件生成的任何请求都不符。未保存任何内容。{detail}",
    },
    "timestamp.other_request": {
        "en": "This reply answers a different request (the nonce differs). Nothing was kept."
        "{detail}",
        "zh": "此回复对应的是另一个请求（随机数不符）。未保存任何内容。{detail}",
    },
    "timestamp.no_certificate": {
        "en": "The reply does not carry the authority's certificate: ask again with the "
        "certificate requested. Nothing was kept.{detail}",
        "zh": "回复中没有时间戳机构的证书，请重新请求并要求附带证书。未保存任何内容。{detail}",
    },
    "timestamp.bad_signature": {
        "en": "The reply's signature does not verify ({detail}): it may be damaged or forged. "
        "Nothing was kept.",
        "zh": "回复的签名无法通过验证（{detail}），文件可能已损坏或被伪造。未保存任何内容。",
    },
    "timestamp.not_a_tsa": {
        "en": "The reply is signed by a certificate that is not for timestamping. Nothing was "
        "kept.{detail}",
        "zh": "回复的签名证书不是时间戳专用证书。未保存任何内容。{detail}",
    },
    "timestamp.bad_chain": {
        "en": "The certificate chain in the reply does not verify ({detail}). Nothing was kept.",
        "zh": "回复中的证书链无法通过验证（{detail}）。未保存任何内容。",
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
    "f.description": {"en": "Description", "zh": "说明"},
    "f.organisation": {"en": "Organisation", "zh": "单位"},
    "f.contact": {"en": "Contact", "zh": "联系方式"},
    "f.file_name": {"en": "File name", "zh": "文件名"},
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
            k: (
                t(v[2:], lang)
                if isinstance(v, str) and v.startswith("@:")
                else v.message(lang)  # a nested error, in the same language
                if isinstance(v, UserError)
                else v
            )
            for k, v in self.args_.items()
        }
        return t(self.key, lang, **rendered)

    def __str__(self) -> str:
        return self.message()
