"""Today lists the user's own legal deadlines (the `own_windows` of `due`) under the table, read
through the runner, with the case title shown as characters."""

from __future__ import annotations

from typing import Any

from ecomplaint.cli.main import main
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Case
from ecomplaint.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle

TV_ORDER = "JD-2026-1102-4417"


def test_today_shows_the_seven_day_return_window_once_answered(
    qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    case_id = queries.find_case_id(demo_store, TV_ORDER)
    with demo_store.write() as s:
        case = s.get(Case, case_id)
        assert case is not None
        case.title = "<b>电视</b> %2"
        s.add(case)
    w: MainWindow = make_window(demo_store)
    w.today.refresh()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.today.view.report is not None)
    assert w.today.view.own == [] and w.today.view.own_label.isHidden()  # nothing answered
    # The store's clock stands at 2026-11-20: received on the 16th, the 7 days end on the 23rd.
    args = ["--data-dir", str(demo_store.folder), "remedies", TV_ORDER]
    sets = ["received_on=2026-11-16", "distance_sale=yes", "excluded_goods=no"]
    assert main([*args, *(x for v in sets for x in ("--set", v))]) == 0
    w.today.refresh()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: bool(w.today.view.own))
    text = w.today.view.own_label.text()
    assert [(o.remedy_id, o.last_day.isoformat()) for o in w.today.view.own] == [
        ("cn.crpl.25", "2026-11-23")
    ]
    assert "2026-11-23" in text and "3 days left" in text
    assert "<b>电视</b> %2" in text  # the title as typed, its "%2" not filled in
    assert not w.today.view.own_label.isHidden()
