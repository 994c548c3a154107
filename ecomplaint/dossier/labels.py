"""The dossier's own fixed words (headings, captions), in Chinese and English (data, no Qt).
Words for stored values and durations come from ecomplaint.vocabulary, shared with the window
and the CLI."""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]

# key: (zh, en)
LABELS: dict[str, tuple[str, str]] = {
    # sections
    "sec.cover": ("封面", "Cover"),
    "sec.contents": ("目录", "Contents"),
    "sec.summary": ("事实摘要", "Summary of facts"),
    "sec.demands": ("诉求", "Demands"),
    "sec.legal_basis": ("诉求的法律依据", "Legal basis for the demands"),
    "sec.parties": ("当事方", "Parties"),
    "sec.chronology": ("事件经过（时间线）", "Chronology"),
    "sec.promises": ("承诺台账", "Promise ledger"),
    "sec.escalations": ("升级记录", "Escalation history"),
    "sec.rules": ("援引的平台规则", "Cited platform rules"),
    "sec.exhibits": ("证据目录与证据", "Exhibits"),
    "sec.declaration": ("声明", "Declaration"),
    # cover
    "cover.kind": ("投诉材料", "Complaint dossier"),
    "cover.complainant": ("投诉人", "Complainant"),
    "cover.platform": ("平台", "Platform"),
    "cover.merchant": ("商家/店铺", "Merchant"),
    "cover.order_no": ("订单号", "Order number"),
    "cover.product": ("商品", "Product"),
    "cover.period": ("事件期间", "Period"),
    "cover.status": ("案件状态", "Status"),
    "cover.as_of": ("材料生成（记录截至）", "Generated (record as of)"),
    "cover.fingerprint": ("内容指纹（SHA-256）", "Content fingerprint (SHA-256)"),
    "cover.fingerprint_note": (
        "指纹根据本材料所含全部数据及导出选项计算；同一记录、同一选项重新导出，指纹与文件逐字节相同。",
        "Computed over all data in this dossier and the export options; regenerating from the "
        "same record with the same options gives the same fingerprint and the same file, byte "
        "for byte.",
    ),
    "cover.redacted": (
        "隐私保护版：投诉人的姓名、电话、身份证号和地址已遮蔽。",
        "Redacted copy: the complainant's name, phone numbers, ID numbers and address are masked.",
    ),
    "cover.exhibits": ("证据数量", "Exhibits"),
    # summary
    "sum.first_contact": ("首次联系", "First contact"),
    "sum.days_since": ("距首次联系已过 {days} 天", "{days} days since first contact"),
    "sum.promises": ("承诺", "Promises"),
    "sum.promise_counts": (
        "共 {made} 项：按时兑现 {kept}，逾期兑现 {late}，违背 {broken}，已超时未兑现 {overdue}，"
        "未到期 {pending}",
        "{made} made: {kept} kept on time, {late} kept late, {broken} broken, {overdue} overdue "
        "and unkept, {pending} not yet due",
    ),
    "sum.longest_overdue": ("超时最久", "Longest overdue"),
    "sum.longest_late": ("兑现最迟", "Latest kept"),
    "sum.longest_overdue_text": ("{what}：已超时 {late}", "{what}: overdue by {late}"),
    "sum.longest_late_text": ("{what}：迟了 {late}", "{what}: {late} late"),
    "sum.amount_paid": ("支付金额", "Amount paid"),
    "sum.demands_total": ("诉求金额合计", "Demands total"),
    "sum.jurisdiction": ("适用地区与时钟", "Jurisdiction and clock"),
    "sum.jurisdiction_text": (
        "{country} · 时区 {tz}（{offset}）· 工作日日历 {calendar}（{library}）",
        "{country} · time zone {tz} ({offset}) · working days: {calendar} ({library})",
    ),
    "sum.amounts": ("记录中提到的金额", "Amounts mentioned in the record"),
    "sum.bought": ("购买的商品和服务", "What was bought"),
    "sum.done": ("实际上门/服务情况", "What was done"),
    "sum.none": ("（无）", "(none)"),
    "sum.escalations": ("升级", "Escalations"),
    "sum.escalation_count": ("已升级 {n} 次，当前：{rung}", "{n} so far; latest: {rung}"),
    "sum.entries": ("记录条数", "Timeline entries"),
    "sum.fact": ("项目", "Item"),
    "sum.value": ("内容", "Details"),
    "src.services": ("所购服务", "services bought"),
    "src.case": ("订单", "order"),
    # parties
    "party.role": ("角色", "Role"),
    "party.name": ("姓名/工号", "Name or agent ID"),
    "party.org": ("单位", "Organisation"),
    "party.contact": ("联系方式", "Contact"),
    # chronology
    "chr.approx": ("约", "approx."),
    "chr.day": ("（仅日期）", "(date only)"),
    "chr.quote": ("原话", "Quote"),
    # 「」 (not “”): reportlab keeps only characters from U+3000 up off the start of a line
    "chr.open_quote": ("：「", ": “"),
    "chr.close_quote": ("」", "”"),
    "chr.exhibits": ("证据", "Exhibits"),
    "chr.logged": ("记录于", "logged"),
    "chr.empty": ("（尚无记录）", "(no entries yet)"),
    "chr.escalation": ("升级", "Escalation"),
    "chr.reference": ("受理编号 {ref}", "reference {ref}"),
    "chr.owes": ("应在 {due} 前：{what}", "owes by {due}: {what}"),
    "chr.stance": ("对方立场", "Stance"),
    "pl.weeks_max": ("{w} 周内", "within {w} weeks"),
    "pl.months": ("{a}–{b} 个月", "{a}–{b} months"),
    "pl.months_max": ("{b} 个月内", "within {b} months"),
    "pl.calendar": ("按 {calendar} 工作日计算", "counted on {calendar} working days"),
    "pl.approx": (
        "（该年份节假日未公布，按周一至周五估算）",
        "(holidays of that year not published: Monday–Friday assumed)",
    ),
    "rules.unconfirmed": ("未经核实", "Not confirmed"),
    "rules.in_force": ("施行期间", "In force"),
    # promise ledger
    "pl.made": ("承诺时间", "Promised"),
    "pl.by": ("承诺方", "By"),
    "pl.what": ("承诺内容", "What"),
    "pl.window": ("时限", "Window"),
    "pl.outcome": ("结果", "Outcome"),
    "pl.late": ("超时", "How late"),
    "pl.empty": ("（没有记录承诺）", "(no promises recorded)"),
    "pl.hours": ("{a}–{b} 小时", "{a}–{b} h"),
    "pl.hours_max": ("{b} 小时内", "within {b} h"),
    "pl.wdays": ("{a}–{b} 个工作日", "{a}–{b} working days"),
    "pl.wdays_max": ("{b} 个工作日内", "within {b} working days"),
    "pl.due": ("截止 {due}", "due by {due}"),
    "pl.kept_at": ("兑现于 {at}", "kept {at}"),
    "pl.broken_at": ("违背于 {at}", "broken {at}"),
    # escalations
    "esc.rung": ("升级层级", "Rung"),
    "esc.at": ("升级时间", "Escalated"),
    "esc.ref": ("受理编号", "Reference"),
    "esc.deadline": ("答复期限", "Response deadline"),
    "esc.outcome": ("结果", "Outcome"),
    "esc.empty": ("（尚未升级）", "(not escalated)"),
    "esc.no_deadline": ("（未记录期限）", "(no deadline recorded)"),
    "esc.pending": ("（尚无结果）", "(no outcome yet)"),
    # rules
    "rules.source": ("来源", "Source"),
    "rules.date": ("日期", "Date"),
    "rules.empty": (
        "（未援引平台规则：规则资料库中没有适用于本平台的条目。）",
        "(No platform rule cited: the rule data holds no entry for this platform.)",
    ),
    # legal basis
    "legal.no_pack": (
        "（没有适用于本案件所在国家的法定救济规则。）",
        "(No remedy pack covers this case's country.)",
    ),
    "legal.none": (
        "根据目前的回答，没有可列出的法定救济。",
        "On the answers given so far, no statutory remedy can be listed.",
    ),
    "legal.unanswered": (
        "以下救济是否适用，尚待回答",
        "Remedies that depend on questions not yet answered",
    ),
    "legal.asked": (
        "是否适用由投诉人逐项回答确认，不作推定。",
        "Whether each remedy applies was answered by the complainant, never assumed.",
    ),
    # exhibits
    "ex.index": ("证据目录", "Index of exhibits"),
    "ex.no": ("编号", "No."),
    "ex.description": ("说明", "Description"),
    "ex.file": ("原文件", "Original file"),
    "ex.captured": ("拍摄/截取时间", "Captured"),
    "ex.added": ("存入时间", "Added"),
    "ex.size": ("大小", "Size"),
    "ex.type": ("类型", "Type"),
    "ex.sha": ("SHA-256", "SHA-256"),
    "ex.entry": ("相关记录", "Timeline entry"),
    "ex.unknown": ("未知", "unknown"),
    "ex.missing": (
        "原文件在数据存储中缺失或已损坏，无法显示。",
        "The original file is missing from the store or damaged; it cannot be shown.",
    ),
    "ex.not_image": (
        "此证据不是图片，内容不在此打印；原文件见附件或材料包，可用上面的指纹核对。",
        "This exhibit is not a picture and is not printed here; the original is attached or in "
        "the bundle and can be checked against the fingerprint above.",
    ),
    "ex.privacy": (
        "注意：此图片可能含有个人信息（未经人工核查遮蔽）。",
        "Note: this image may contain personal data (not checked for privacy).",
    ),
    "ex.attached": (
        "原文件已作为附件嵌入本 PDF：{name}",
        "Original embedded in this PDF as: {name}",
    ),
    "ex.empty": ("（没有证据）", "(no exhibits)"),
    "ex.altered": (
        "已被改动 — 指纹与记录不符",
        "ALTERED — fingerprint does not match the record",
    ),
    "ex.gone": ("缺失 — 数据存储中没有此文件", "MISSING — the file is not in the store"),
    "ex.now": ("现存文件的指纹", "Fingerprint of the file now stored"),
    "ex.altered_note": (
        "数据存储中的这个文件与存入时记录的 SHA-256 指纹不符：它已被替换或损坏。"
        "下面打印的是它现在的内容，不能证明就是原件。",
        "The file in the store no longer matches the SHA-256 fingerprint recorded when it was "
        "added: it was replaced or damaged. What is printed below is its present content and "
        "does not prove what the original was.",
    ),
    # declaration
    "decl.text": (
        "本人声明：本材料所述事实据本人所知真实无误；所附证据为原件的未经改动的副本，"
        "其 SHA-256 指纹已逐一列明，可供核对。",
        "I declare that the facts set out in this dossier are true to the best of my knowledge, "
        "and that the exhibits are unaltered copies of the originals, each identified by the "
        "SHA-256 fingerprint listed above.",
    ),
    "decl.exceptions": (
        "但以下证据除外：{list}。它们的文件与存入时记录的指纹不符或已缺失，"
        "在本材料中标为“已被改动”或“缺失”；本人不声明其为原件的未经改动的副本。",
        "Except exhibits {list}: their files no longer match the fingerprints recorded when "
        "they were added, or are missing. They are marked ALTERED or MISSING in this dossier "
        "and are not declared to be unaltered copies of the originals.",
    ),
    "decl.name": ("声明人", "Name"),
    "decl.signature": ("签名", "Signature"),
    "decl.date": ("日期", "Date"),
    # footer and metadata
    "foot.page": ("第 {x} 页，共 {y} 页", "Page {x} of {y}"),
    "meta.subject": (
        "{platform}平台投诉材料 · 订单 {order}",
        "Complaint dossier · {platform} · order {order}",
    ),
    "case.ref": ("案件 {ref}", "Case {ref}"),
    "cell.see_note": ("……（全文见表后注 {n}）", "… (full text in note {n} below the table)"),
    "cell.note": ("注 {n}：", "Note {n}: "),
    "masked.address": ("［地址已遮蔽］", "[address withheld]"),
    "masked.id": ("［证件号已遮蔽］", "[ID number withheld]"),
    # the case at a glance (chart on the summary page, see dossier/chart.py)
    "chart.title": ("案件一览", "The case at a glance"),
    "chart.entries": ("记录", "Entries"),
    "chart.call": ("电话", "Calls"),
    "chart.visit": ("上门", "Visits"),
    "chart.chat": ("聊天/短信", "Chats"),
    "chart.harassment": ("骚扰", "Harassment"),
    "chart.other": ("其他", "Other"),
    "chart.window": ("承诺时限", "Promise window"),
    "chart.late": ("迟延/超时", "Late / overdue"),
    "chart.paused": ("暂停", "Paused"),
    "chart.as_of": ("截至", "As of"),
    "chart.gap": ("≈ 省略 {d} 天", "≈ {d} days cut"),
    "chart.more": ("另有 {n} 项承诺见承诺台账", "{n} more promises in the ledger"),
    # bought vs done (summary)
    "bvd.title": ("购买与实际对照", "Bought vs done"),
    "bvd.bought": ("购买/约定", "Bought"),
    "bvd.done": ("实际情况", "Done"),
    "bvd.amount": ("金额", "Amount"),
    "bvd.not_bought": ("（未购买）", "(not bought)"),
    "bvd.said": ("记录中提到", "Mentioned in the record"),
    # verification page and timestamp (dossier/verification.py, dossier/timestamp.py)
    "sec.verification": ("如何核验本材料", "How to verify this dossier"),
    "ver.intro": (
        "每份证据原件的 SHA-256 指纹列在证据目录中。用下列任一命令计算原件的指纹，结果应与目录中"
        "的完全一致（不区分大小写）。本 PDF 内还附有清单文件 {name}，列出本材料的内容指纹和"
        "每份证据的指纹。",
        "The SHA-256 fingerprint of each original exhibit is listed in the exhibits section. "
        "Compute a file's fingerprint with any of these commands; it must match the listed one "
        "exactly (upper or lower case). This PDF also carries the manifest {name}, listing the "
        "dossier's content fingerprint and every exhibit's fingerprint.",
    ),
    "ver.system": ("系统", "System"),
    "ver.command": ("命令（FILE 为文件名）", "Command (FILE: the file)"),
    "ver.exhibits": (
        "原件可从本 PDF 的附件中取出（如已附上），或取自随附的材料包 originals/ 文件夹。",
        "Take the originals out of this PDF's attachments (when attached) or from the "
        "originals/ folder of the bundle.",
    ),
    "ver.manifest": ("清单文件指纹", "Manifest fingerprint"),
    "ver.timestamp": ("可信时间戳（RFC 3161）", "Trusted timestamp (RFC 3161)"),
    "ver.stamped": ("已由 {tsa} 于 {at} 加盖时间戳。", "Timestamped by {tsa} at {at}."),
    "ver.no_stamp": (
        "本材料尚无时间戳。材料包中的 dossier-manifest.tsq 是对清单文件的时间戳请求，可发送给任一"
        "时间戳机构。",
        "No timestamp yet. The bundle's dossier-manifest.tsq is a timestamp request over the "
        "manifest, to send to any timestamp authority.",
    ),
    "ver.openssl": (
        "ROOT.pem 为时间戳机构的根证书。验证通过说明清单文件在该时间已存在且此后未被改动。",
        "ROOT.pem: the timestamp authority's root certificate. Success shows the manifest "
        "existed at that time and has not changed since.",
    ),
    "masked.email": ("［邮箱已遮蔽］", "[e-mail withheld]"),
    # the redaction report
    "sec.redaction": ("遮蔽说明", "Redaction report"),
    "red.intro": (
        "本材料为隐私保护版。下表列出被遮蔽的各类个人信息及其在材料文字中被遮蔽的次数，"
        "不显示任何被遮蔽的内容。",
        "This is a redacted copy. The table lists each kind of personal data masked and how "
        "many times it was masked in the dossier's text; no masked value is shown.",
    ),
    "red.kind": ("类别", "Kind"),
    "red.count": ("遮蔽次数", "Times masked"),
    "red.none": ("未发现需要遮蔽的信息。", "Nothing needed masking."),
    "red.k.name": ("投诉人姓名", "Complainant's name"),
    "red.k.listed": ("导出时列出的其他写法", "Other forms listed at export"),
    "red.k.phone": ("电话号码", "Phone numbers"),
    "red.k.id": ("身份证号", "ID numbers"),
    "red.k.email": ("电子邮箱", "E-mail addresses"),
    "red.k.address": ("地址（省、市以下）", "Addresses (below the city)"),
    "red.images": (
        "{n} 张图片未标记为已核查隐私，按原样印出，各自带有提示。",
        "{n} picture(s) not marked as checked for privacy are printed as they are, each "
        "with a note.",
    ),
    "red.originals": (
        "未遮蔽：随附的 {n} 个原始文件（{where}）保持原样，未作任何遮蔽，可能含有个人信息。",
        "Not redacted: the {n} original file(s) {where} are included as they are, "
        "unredacted, and may contain personal data.",
    ),
    "red.where_pdf": ("嵌入本 PDF", "attached inside this PDF"),
    "red.where_zip": ("在材料包 originals/ 文件夹中", "in the bundle's originals/ folder"),
}


def label(key: str, lang: Lang, **args: object) -> str:
    zh, en = LABELS[key]
    text = zh if lang == "zh" else en
    return text.format(**args) if args else text
