"""The case context: follows the open case, and reloads it only for changes to that case."""

from __future__ import annotations

from typing import Any

from ecomplaint.services import cases, parties
from ecomplaint.services.changes import Changes
from ecomplaint.store.engine import Store
from ecomplaint.ui.cases.context import CaseContext


def test_the_open_case_reloads_for_its_own_changes_only(
    qtbot: Any, store: Store, make_ops: Any
) -> None:
    ops = make_ops(store)
    mine = cases.create_case(store, title="mine").created_id
    other = cases.create_case(store, title="other").created_id
    case = CaseContext(ops)
    opened: list[int] = []
    loads: list[int] = []
    case.opened.connect(opened.append)
    case.detail_changed.connect(lambda: loads.append(case.case_id or 0))
    case.open(mine or 0)
    ops.drain()
    assert opened == [mine] and loads == [mine] and case.detail is not None

    ops.write(lambda s: parties.add_party(s, case_id=other, role="merchant", name="B"))
    ops.write(lambda s: Changes(case_id=mine))  # no flag: nothing the pane shows changed
    ops.drain()
    assert loads == [mine]  # neither reloaded the open case

    ops.write(lambda s: parties.add_party(s, case_id=mine, role="merchant", name="A"))
    ops.drain()
    assert loads == [mine, mine] and [p.name for p in case.detail.parties] == ["A"]
    assert opened == [mine]  # a reload is not a new case

    ops.write(lambda s: cases.trash_case(s, case_id=mine))
    ops.drain()
    assert case.case_id is None and opened == [mine, 0]
