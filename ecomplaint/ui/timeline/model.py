"""The open case's timeline as a list model of TimelineRow (day headers and entries)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ecomplaint.ui.labels import (
    channel_label,
    kind_label,
    promise_status_label,
    promise_what_label,
    stance_label,
)
from ecomplaint.ui.plain import isolate, tooltip
from ecomplaint.ui.zone import offset_text

if TYPE_CHECKING:  # the rows (and the rules they need) load with the first case
    from ecomplaint.ui.timeline.rows import Chip, TimelineRow

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TimelineRow] = []

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TimelineRow:
        return self._rows[row]

    def row_of_entry(self, entry_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.entry is not None and r.entry.id == entry_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].is_day:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def chip_text(self, chip: Chip) -> str:
        status = promise_status_label(chip.status)
        text = f"{promise_what_label(chip.what)}: {status}"
        if chip.status in ("pending", "due", "paused"):
            text += " · " + self.tr("by %1").replace(
                "%1", chip.due_by.strftime("%m-%d %H:%M ") + offset_text(chip.due_by)
            )
        elif chip.late_hours is not None:
            hours = chip.late_hours
            amount = (
                self.tr("%1 h").replace("%1", str(max(1, round(hours))))
                if hours < 48
                else self.tr("%1 d").replace("%1", str(round(hours / 24)))
            )
            text += " · " + amount
        return text

    def evidence_text(self, row: TimelineRow) -> str:
        return self.tr("Evidence: %1").replace("%1", str(row.evidence)) if row.evidence else ""

    def day_text(self, row: TimelineRow) -> str:
        text = row.day.strftime("%Y-%m-%d") + "  " + self.weekday(row.day.weekday())
        return f"{text}  (UTC{row.offset})" if row.offset else text

    def weekday(self, n: int) -> str:
        names = [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]
        return names[n]

    def time_text(self, row: TimelineRow) -> str:
        assert row.entry is not None and row.local_time is not None
        precision = row.entry.precision
        if precision == "day":
            return self.tr("that day")
        text = row.local_time.strftime("%H:%M")
        return self.tr("about %1").replace("%1", text) if precision == "approximate" else text

    def burst_text(self, row: TimelineRow) -> str:
        """'9 missed calls in 20 minutes' (the span to the minute, at least one)."""
        first, last = row.burst[0].occurred_at, row.burst[-1].occurred_at
        minutes = max(1, round((last - first).total_seconds() / 60))
        calls = self.tr("%n missed call(s)", "", row.count_in_burst)
        span = self.tr("%n minute(s)", "", minutes)
        within = self.tr("%1 in %2", "burst: 9 missed calls in 20 minutes")
        return within.replace("%1", calls).replace("%2", span)

    def summary_text(self, row: TimelineRow) -> str:
        e = row.entry
        assert e is not None
        if row.is_burst:
            return self.burst_text(row)
        return e.summary

    def burst_tooltip(self, row: TimelineRow) -> str:
        lines = [self.burst_text(row)]
        for c in row.burst:
            zone = row.local_time.tzinfo if row.local_time else None
            local = c.occurred_at.astimezone(zone)
            lines.append(local.strftime("%Y-%m-%d %H:%M:%S  ") + c.summary)
        return "\n".join(lines)

    def heading_text(self, row: TimelineRow) -> str:
        e = row.entry
        assert e is not None
        when = self.time_text(row)
        if row.is_burst and row.burst_last is not None:
            when += "–" + row.burst_last.strftime("%H:%M")
        parts = [when, kind_label(e.kind)]
        if row.party:
            parts.append(isolate(row.party))
        parts.append(channel_label(e.channel))
        if e.stance and e.stance != "none":  # a final response, an offer… is said on the row
            parts.append(stance_label(e.stance))
        return "  ·  ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.is_day:
                return self.day_text(row)
            assert row.entry is not None
            text = [self.heading_text(row), self.summary_text(row)]
            if row.entry.quote and not row.is_burst:
                text.append("“" + row.entry.quote + "”")
            text.extend(self.chip_text(c) for c in row.chips)
            if row.evidence:
                text.append(self.evidence_text(row))
            return "\n".join(t for t in text if t)
        if role == Qt.ItemDataRole.ToolTipRole and row.is_burst:
            return tooltip(self.burst_tooltip(row))  # user text: plain, never markup
        return None
