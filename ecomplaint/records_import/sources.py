"""Which parser reads a file, and the options every parser shares."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ecomplaint.records_import import chat_log, email_files, sms_backup, whatsapp
from ecomplaint.records_import.model import ImportFailed, ParseReport, SourceItem
from ecomplaint.records_import.source_file import check_source_file
from ecomplaint.records_import.spill import Spill

DEFAULT_ZONE = "Asia/Shanghai"

FILE_KINDS = ("sms_backup", "eml", "mbox", "whatsapp", "csv", "text_log")


@dataclass(frozen=True)
class ReadOptions:
    # For files that carry no zone (chat exports, CSV); "" = the case's zone (the import
    # service fills it in), or Asia/Shanghai when a parser is used on its own.
    zone: str = ""
    day_first: bool | None = None  # chat exports: None = decide from the file or ask
    me: frozenset[str] = field(default_factory=frozenset)  # my names/addresses: outgoing
    encoding: str = "utf-8"
    mapping: chat_log.ColumnMapping | None = None


def check_zone(zone: str) -> str:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImportFailed("import.bad_zone", zone=zone) from None
    return zone


def detect_kind(path: Path, options: ReadOptions) -> str:
    suffix = path.suffix.lower()
    if suffix == ".msg":
        raise ImportFailed("import.msg_unsupported", path=path)
    with open(path, "rb") as f:
        head = f.read(512)
    if suffix == ".xml" or head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<"):
        return "sms_backup"
    if suffix == ".eml":
        return "eml"
    if suffix == ".mbox" or head.startswith(b"From "):
        return "mbox"
    if suffix == ".csv":
        return "csv"
    if options.mapping is not None and options.mapping.pattern:
        return "text_log"
    if whatsapp.looks_like_whatsapp(path, options.encoding):
        return "whatsapp"
    if suffix == ".txt":
        return "text_log"
    raise ImportFailed("import.unknown_format", path=path)


def read_source(
    path: Path,
    options: ReadOptions,
    *,
    keep: Callable[[SourceItem], bool] = lambda _i: True,
    spill: Spill | None = None,
    report: ParseReport | None = None,
) -> Iterator[SourceItem]:
    """Check the file, pick its parser and stream the kept items."""
    check_source_file(path)
    if not options.zone:
        options = replace(options, zone=DEFAULT_ZONE)
    check_zone(options.zone)
    kind = detect_kind(path, options)
    me = set(options.me)
    if kind == "sms_backup":
        return sms_backup.parse_sms_backup(path, keep=keep, spill=spill, report=report)
    if kind == "eml":
        return email_files.parse_eml(
            path, me=me, zone=options.zone, keep=keep, spill=spill, report=report
        )
    if kind == "mbox":
        return email_files.parse_mbox(
            path, me=me, zone=options.zone, keep=keep, spill=spill, report=report
        )
    if kind == "whatsapp":
        return whatsapp.parse_whatsapp(
            path,
            zone=options.zone,
            day_first=options.day_first,
            me=me,
            encoding=options.encoding,
            keep=keep,
            report=report,
        )
    if kind == "csv":
        return chat_log.parse_csv(
            path,
            mapping=options.mapping,
            zone=options.zone,
            me=me,
            encoding=options.encoding,
            keep=keep,
            report=report,
        )
    return chat_log.parse_text_log(
        path,
        mapping=options.mapping,
        zone=options.zone,
        me=me,
        encoding=options.encoding,
        keep=keep,
        report=report,
    )
