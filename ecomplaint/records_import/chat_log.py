"""Generic CSV and plain-text chat logs (what third-party WeChat/QQ exporters write).

The user says which column holds the time, the sender and the text (or, for a text log, a
pattern with those named groups); the mapping is saved per source under a name in the config
folder (import_mappings.json) and reused next time.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from ecomplaint import settings
from ecomplaint.i18n import t
from ecomplaint.records_import.model import ImportFailed, ParseReport, SourceItem
from ecomplaint.records_import.text_lines import check_encoding, read_lines

MAPPINGS_FILE = "import_mappings.json"
csv.field_size_limit(16 * 1024 * 1024)  # a pasted essay in one cell is still one message


@dataclass(frozen=True)
class ColumnMapping:
    time: str = ""  # column holding the time
    sender: str = ""  # column holding who wrote it
    text: str = ""  # column holding the message
    address: str = ""  # optional: column with a number or account id
    format: str = ""  # strptime format of the time; empty: ISO 8601 and common forms
    pattern: str = ""  # text logs: a regex with the named groups time, sender, text

    @classmethod
    def parse(cls, spec: str) -> ColumnMapping:
        """`time=Time,sender=From,text=Content` (a pattern goes last: it may hold commas)."""
        values: dict[str, str] = {}
        rest = spec
        if "pattern=" in rest:
            rest, _, pattern = rest.partition("pattern=")
            values["pattern"] = pattern
        names = {f.name for f in fields(cls)}
        for pair in filter(None, (x.strip() for x in rest.split(","))):
            key, sep, value = pair.partition("=")
            if not sep or key.strip() not in names:
                raise ImportFailed("import.bad_mapping", text=spec)
            values[key.strip()] = value.strip()
        mapping = cls(**values)
        if mapping.pattern:
            try:
                groups = re.compile(mapping.pattern).groupindex
            except re.error:
                raise ImportFailed("import.bad_mapping", text=spec) from None
            if not {"time", "text"} <= set(groups):
                raise ImportFailed("import.bad_mapping", text=spec)
        elif not (mapping.time and mapping.text):
            raise ImportFailed("import.bad_mapping", text=spec)
        return mapping


def _mappings_path() -> Path:
    return settings.config_dir() / MAPPINGS_FILE


def load_mappings() -> dict[str, ColumnMapping]:
    try:
        raw = json.loads(_mappings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, ColumnMapping] = {}
    names = {f.name for f in fields(ColumnMapping)}
    for name, value in raw.items() if isinstance(raw, dict) else ():
        if isinstance(value, dict):
            out[str(name)] = ColumnMapping(**{k: str(v) for k, v in value.items() if k in names})
    return out


def save_mapping(name: str, mapping: ColumnMapping) -> Path:
    """Remember `mapping` under `name` (atomic write; other saved mappings are kept)."""
    all_ = {k: asdict(v) for k, v in load_mappings().items()}
    all_[name] = asdict(mapping)
    path = _mappings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".mappings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(all_, f, ensure_ascii=False, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def get_mapping(name: str) -> ColumnMapping:
    saved = load_mappings()
    if name not in saved:
        raise ImportFailed(
            "import.mapping_unknown", name=name, names=", ".join(sorted(saved)) or "—"
        )
    return saved[name]


_COMMON = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M")


def parse_time(value: str, fmt: str, tz: ZoneInfo, path: Path, line: int) -> datetime:
    v = value.strip()
    when: datetime | None = None
    try:
        if fmt:
            when = datetime.strptime(v, fmt)
        else:
            try:
                when = datetime.fromisoformat(v)
            except ValueError:
                for candidate in _COMMON:
                    with contextlib.suppress(ValueError):
                        when = datetime.strptime(v, candidate)
                        break
    except ValueError:
        when = None
    if when is None:
        raise ImportFailed("import.bad_time", path=path, line=line, value=v[:40])
    return when if when.tzinfo is not None else when.replace(tzinfo=tz)


def _item(
    when: datetime, sender: str, text: str, address: str, line: int, mine: set[str]
) -> SourceItem:
    return SourceItem(
        kind="chat",
        occurred_at=when,
        direction="out" if sender.casefold() in mine else "in",
        address=address or sender,
        contact=sender,
        text=text,
        locator=f"line {line}",
    )


def parse_csv(
    path: Path,
    *,
    mapping: ColumnMapping | None,
    zone: str,
    me: set[str] = frozenset(),  # type: ignore[assignment]
    encoding: str = "utf-8",
    keep: Callable[[SourceItem], bool] = lambda _i: True,
    report: ParseReport | None = None,
) -> Iterator[SourceItem]:
    tz = ZoneInfo(zone)
    name = check_encoding(encoding)
    with open(path, "rb") as fb:
        if fb.read(3) == b"\xef\xbb\xbf":
            name = "utf-8-sig"
    if report is not None:
        report.file_kind = "csv"
        report.assumptions.append(t("import.assume_zone", zone=zone))
    mine = {x.casefold() for x in me}
    line = 1
    try:
        with open(path, encoding=name, errors="strict", newline="") as f:
            reader = csv.reader(f)
            header = next(reader, None)
            if not header:
                raise ImportFailed("import.empty", path=path)
            columns = [h.strip() for h in header]
            shown = ", ".join(columns)[:300]
            if mapping is None or mapping.pattern:
                raise ImportFailed("import.csv_needs_mapping", path=path, columns=shown)
            index: dict[str, int] = {}
            for key in ("time", "sender", "text", "address"):
                column = getattr(mapping, key)
                if not column:
                    continue
                if column not in columns:
                    raise ImportFailed(
                        "import.csv_bad_column", path=path, column=column, columns=shown
                    )
                index[key] = columns.index(column)
            for row in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue

                def cell(key: str, row: list[str] = row) -> str:
                    i = index.get(key)
                    return row[i] if i is not None and i < len(row) else ""

                item = _item(
                    parse_time(cell("time"), mapping.format, tz, path, line),
                    cell("sender").strip(),
                    cell("text"),
                    cell("address").strip(),
                    line,
                    mine,
                )
                if keep(item):
                    yield item
    except UnicodeDecodeError:
        raise ImportFailed("import.encoding", path=path, line=line + 1, encoding=name) from None
    except csv.Error as exc:
        raise ImportFailed(
            "import.xml_malformed", path=path, line=line, column=0, detail=str(exc)
        ) from None


def parse_text_log(
    path: Path,
    *,
    mapping: ColumnMapping | None,
    zone: str,
    me: set[str] = frozenset(),  # type: ignore[assignment]
    encoding: str = "utf-8",
    keep: Callable[[SourceItem], bool] = lambda _i: True,
    report: ParseReport | None = None,
) -> Iterator[SourceItem]:
    """A line matching the pattern starts a message; other lines continue the last one."""
    if mapping is None or not mapping.pattern:
        first = next((line for _n, line in read_lines(path, encoding)), "")
        raise ImportFailed("import.chat_no_messages", path=path, line=first[:80])
    tz = ZoneInfo(zone)
    pattern = re.compile(mapping.pattern)
    if report is not None:
        report.file_kind = "text_log"
        report.assumptions.append(t("import.assume_zone", zone=zone))
    mine = {x.casefold() for x in me}
    pending: tuple[datetime, str, list[str], int] | None = None
    seen = False
    for n, line in read_lines(path, encoding):
        m = pattern.match(line)
        if m is None:
            if pending is not None:
                pending[2].append(line)
            continue
        seen = True
        if pending is not None:
            item = _item(pending[0], pending[1], "\n".join(pending[2]), "", pending[3], mine)
            if keep(item):
                yield item
        groups = m.groupdict()
        when = parse_time(groups["time"], mapping.format, tz, path, n)
        pending = (when, (groups.get("sender") or "").strip(), [groups["text"]], n)
    if pending is not None:
        item = _item(pending[0], pending[1], "\n".join(pending[2]).rstrip(), "", pending[3], mine)
        if keep(item):
            yield item
    if not seen:
        first = next((line for _n, line in read_lines(path, encoding)), "")
        raise ImportFailed("import.chat_no_messages", path=path, line=first[:80])
