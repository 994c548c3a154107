"""The Overview in the window: drawn from the same core layout as the dossier's chart; hover
names an entry in plain text; a click selects that entry in the timeline."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QPointF, Qt

from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from tests.ui.conftest import wait_idle

TV_ORDER = "JD-2026-1102-4417"


def test_overview_draws_the_case_and_a_click_jumps_to_the_entry(
    qtbot: Any, demo_store: Store, make_window: Any
) -> None:
    w = make_window(demo_store)
    w.resize(1400, 900)
    w.show()
    wait_idle(qtbot, w)
    case_id = queries.find_case_id(demo_store, TV_ORDER)
    w.open_case(case_id)
    qtbot.waitUntil(lambda: w.case.detail is not None and w.case.case_id == case_id)
    wait_idle(qtbot, w)
    view = w.overview
    qtbot.waitUntil(view.isVisible)
    lay = view.layout_
    assert lay is not None
    assert len(lay.bars) == len(w.case.detail.promises) == 4
    assert {t.entry_id for t in lay.ticks} == {e.id for e in w.case.detail.entries}
    shot = view.grab()
    if os.environ.get("ECOMPLAINT_SHOTS"):
        shot.save(os.path.join(os.environ["ECOMPLAINT_SHOTS"], "overview.png"))
        w.grab().save(os.path.join(os.environ["ECOMPLAINT_SHOTS"], "window.png"))
    # hover areas exist for every entry; the tooltip text is plain (escaped) text
    visit = next(e for e in w.case.detail.entries if e.kind == "visit")
    area = next(a for a, entry_id, _ in view._hits if entry_id == visit.id)
    found = view.hit(area.center())
    assert found is not None and found[0] == visit.id and "Visit" in found[1]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=area.center().toPoint())
    current = w.timeline.current_row()
    assert current is not None and current.entry is not None and current.entry.id == visit.id
    assert view.hit(QPointF(1, 1)) is None  # the label column holds nothing to click
