"""Table and list models without any window: rows in through set_rows(), sorting asked of SQL."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from ecomplaint.domain.enums import PromiseStatus
from ecomplaint.domain.records import CaseSummary
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.cases.list_model import CaseListModel
from ecomplaint.ui.cases.party_model import PartyListModel
from ecomplaint.ui.timeline.model import TimelineModel
from ecomplaint.ui.timeline.rows import build_timeline

NOW = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def summary(i: int, *, overdue: bool = False) -> CaseSummary:
    return CaseSummary(
        id=i,
        uid=f"u{i}",
        title=f"case {i}",
        platform="jd",
        merchant="m",
        order_no=str(i),
        status="open",
        tags="",
        updated_at=NOW,
        next_due=NOW if overdue else None,
        overdue=overdue,
    )


def test_case_list_lazy_loading(qapp: object) -> None:
    model = CaseListModel()
    asked: list[int] = []
    model.fetch_requested.connect(asked.append)
    model.set_rows([summary(i) for i in range(200)], complete=False)
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert asked == [200]
    assert not model.canFetchMore(QModelIndex())  # one page in flight at a time
    model.fetchMore(QModelIndex())
    assert asked == [200]
    model.append_rows([summary(i) for i in range(195, 250)], complete=True)
    assert model.rowCount() == 250  # the overlap is not duplicated
    assert not model.canFetchMore(QModelIndex())


def test_case_list_sort_is_asked_of_sql(qapp: object) -> None:
    model = CaseListModel()
    asked: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda k, d: asked.append((k, d)))
    model.set_rows([summary(1), summary(2)])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert asked == [("title", False), ("next_due", True)]
    assert [model.row_at(i).id for i in range(2)] == [1, 2]  # the model itself reorders nothing


def test_case_list_overdue_mark(qapp: object) -> None:
    model = CaseListModel()
    model.set_rows([summary(1, overdue=True), summary(2)])
    overdue_col = CaseListModel.COLUMNS.index("overdue")
    assert model.data(model.index(0, overdue_col)) == "overdue"
    assert model.data(model.index(1, overdue_col)) == ""
    assert model.data(model.index(0, overdue_col), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 1)) == "JD.com"  # the word the CLI and dossier use
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == 1
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Next deadline"
    )


def test_timeline_rows_group_by_day_with_promise_chips(demo_store: Store) -> None:
    case_id = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    detail = queries.case_detail(demo_store, case_id)
    rows = build_timeline(detail, NOW)
    days = [r.day.isoformat() for r in rows if r.is_day]
    assert days == ["2026-11-02", "2026-11-04", "2026-11-06", "2026-11-12"]
    entries = [r for r in rows if not r.is_day]
    assert len(entries) == len(detail.entries)
    times = [r.local_time for r in entries]
    assert times == sorted(times)  # chronological
    statuses = {c.status for r in entries for c in r.chips}
    # p1/p2 kept, p3 kept late (supervisor called 6 days late), p4 written reply overdue
    assert statuses == {PromiseStatus.KEPT, PromiseStatus.KEPT_LATE, PromiseStatus.OVERDUE}

    model = TimelineModel()
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    assert model.data(model.index(0, 0)) == "2026-11-02  Monday"
    complaint = model.row_of_entry(entries[2].entry.id)  # type: ignore[union-attr]
    text = model.data(model.index(complaint, 0))
    assert "15:05" in text and "Outgoing call" in text and "phone" in text
    assert "“我们先去了解一下情况" in text
    assert "Reply: Kept" in text
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_party_model_puts_the_complainant_first(demo_store: Store) -> None:
    case_id = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    parties = list(reversed(queries.case_detail(demo_store, case_id).parties))
    model = PartyListModel()
    model.set_rows(parties)
    assert model.data(model.index(0, 0)).startswith("Complainant: 王丽")
    assert model.rowCount() == 4
