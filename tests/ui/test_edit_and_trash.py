"""Editing an existing entry (time, kind, party, text, stance, its promise) and a party in the
window, undoably; the trash view lists what was deleted and restores it, undoably."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime

from ecomplaint.services import cases, entries, parties
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.cases.party_dialog import PartyDialog
from ecomplaint.ui.dialogs.trash import TrashDialog
from ecomplaint.ui.main_window import MainWindow
from ecomplaint.ui.timeline.log_entry_dialog import LogEntryDialog
from tests.ui.conftest import wait_idle

CALL = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)  # 09:30 in London (GMT)


def london_case_with_a_call(store: Store) -> tuple[int, int, int]:
    case_id = cases.create_case(
        store, title="Washing machine never delivered", ladder="uk.generic", currency="GBP"
    ).created_id
    assert case_id is not None
    seller = parties.add_party(store, case_id=case_id, role="merchant", name="Acme Ltd")
    other = parties.add_party(store, case_id=case_id, role="customer_service", name="Agent 7")
    assert seller.created_id is not None and other.created_id is not None
    entries.log_entry(
        store,
        case_id=case_id,
        kind="call_out",
        party_id=seller.created_id,
        occurred_at=CALL,
        occurred_tz="Europe/London",
        summary="Phoned the seller",
        promise=entries.NewPromise(what="reply", clock="hours", window_min=0, window_max=48),
    )
    return case_id, seller.created_id, other.created_id


def open_case(qtbot: Any, w: MainWindow, case_id: int) -> None:
    wait_idle(qtbot, w)
    w.open_case(case_id)
    qtbot.waitUntil(lambda: w.detail is not None and w.detail.case.id == case_id)
    wait_idle(qtbot, w)


def test_edit_an_entry_and_its_promise_then_undo(
    qtbot: Any, store: Store, make_window: Any
) -> None:
    case_id, _seller, agent = london_case_with_a_call(store)
    w: MainWindow = make_window(store)
    open_case(qtbot, w, case_id)
    assert w.detail is not None
    (entry,) = w.detail.entries
    before = queries.case_detail(store, case_id)
    dialog = w.edit_entry(entry.id)
    assert isinstance(dialog, LogEntryDialog)
    # the form shows the entry as stored, in the case's zone
    assert dialog.at.dateTime() == QDateTime(QDate(2026, 11, 18), QTime(9, 30))
    assert dialog.summary.toPlainText() == "Phoned the seller"
    assert dialog.promised.isChecked() and dialog.window_preset.currentData() == "48h"
    dialog.at.setDateTime(QDateTime(QDate(2026, 11, 18), QTime(11, 0)))
    dialog.kind.setCurrentIndex(dialog.kind.findData("call_in"))
    dialog.party.setCurrentIndex(dialog.party.findData(agent))
    dialog.stance.setCurrentIndex(dialog.stance.findData("final_response"))
    dialog.summary.setPlainText("They phoned back <b>at last</b>")
    dialog.window_preset.setCurrentIndex(dialog.window_preset.findData("24h"))
    dialog.try_accept()
    wait_idle(qtbot, w)

    after = queries.case_detail(store, case_id)
    (e,) = after.entries
    assert (e.kind, e.party_id, e.stance, e.summary) == (
        "call_in",
        agent,
        "final_response",
        "They phoned back <b>at last</b>",
    )
    assert e.occurred_at == datetime(2026, 11, 18, 11, 0, tzinfo=UTC)
    (p,) = after.promises
    assert (p.window_max, p.party_id) == (24, agent)
    assert p.made_at == e.occurred_at  # the promise made in the call moved with it
    assert p.due_by == e.occurred_at + timedelta(hours=24)

    w.act_undo.trigger()
    wait_idle(qtbot, w)
    undone = queries.case_detail(store, case_id)
    (e0,) = undone.entries
    (p0,) = undone.promises
    b_entry, b_promise = before.entries[0], before.promises[0]
    assert (e0.kind, e0.party_id, e0.stance, e0.summary, e0.occurred_at) == (
        b_entry.kind,
        b_entry.party_id,
        b_entry.stance,
        b_entry.summary,
        b_entry.occurred_at,
    )
    assert (p0.window_max, p0.made_at, p0.due_by) == (
        b_promise.window_max,
        b_promise.made_at,
        b_promise.due_by,
    )
    w.act_redo.trigger()
    wait_idle(qtbot, w)
    assert queries.case_detail(store, case_id).entries[0].kind == "call_in"


def test_untick_the_promise_trashes_it_and_undo_brings_it_back(
    qtbot: Any, store: Store, make_window: Any
) -> None:
    case_id, _seller, _agent = london_case_with_a_call(store)
    w: MainWindow = make_window(store)
    open_case(qtbot, w, case_id)
    assert w.detail is not None
    dialog = w.edit_entry(w.detail.entries[0].id)
    assert dialog is not None
    dialog.promised.setChecked(False)
    dialog.try_accept()
    wait_idle(qtbot, w)
    assert queries.case_detail(store, case_id).promises == []
    w.act_undo.trigger()
    wait_idle(qtbot, w)
    assert len(queries.case_detail(store, case_id).promises) == 1


def test_edit_a_party_then_undo(qtbot: Any, store: Store, make_window: Any) -> None:
    case_id, seller, _agent = london_case_with_a_call(store)
    w: MainWindow = make_window(store)
    open_case(qtbot, w, case_id)
    party = next(p for p in queries.case_detail(store, case_id).parties if p.id == seller)
    dialog = w.edit_party(party)
    assert isinstance(dialog, PartyDialog)
    dialog.name.setText("")
    dialog.try_accept()
    assert not dialog.error.isHidden()  # refused inline, nothing saved
    dialog.name.setText("Acme Trading Ltd")
    dialog.contact.setText("0800 000 000")
    dialog.try_accept()
    wait_idle(qtbot, w)
    p = next(p for p in queries.case_detail(store, case_id).parties if p.id == seller)
    assert (p.name, p.contact) == ("Acme Trading Ltd", "0800 000 000")
    w.act_undo.trigger()
    wait_idle(qtbot, w)
    p = next(p for p in queries.case_detail(store, case_id).parties if p.id == seller)
    assert (p.name, p.contact) == ("Acme Ltd", "")


def test_trash_view_lists_and_restores_undoably(qtbot: Any, store: Store, make_window: Any) -> None:
    case_id, _seller, _agent = london_case_with_a_call(store)
    entry_id = queries.case_detail(store, case_id).entries[0].id
    entries.trash_entry(store, entry_id=entry_id)
    w: MainWindow = make_window(store)
    open_case(qtbot, w, case_id)
    dialog = w.show_trash()
    assert isinstance(dialog, TrashDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert "Phoned the seller" in dialog.list.item(0).text()
    assert dialog.empty.isHidden()
    dialog.restore.click()
    wait_idle(qtbot, w)
    assert [e.id for e in queries.case_detail(store, case_id).entries] == [entry_id]
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert not dialog.empty.isHidden()
    w.act_undo.trigger()  # back into the trash
    wait_idle(qtbot, w)
    assert queries.case_detail(store, case_id).entries == []
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    dialog.close()


def test_a_stance_is_recorded_when_logging(qtbot: Any, store: Store, make_window: Any) -> None:
    case_id, seller, _agent = london_case_with_a_call(store)
    w: MainWindow = make_window(store)
    open_case(qtbot, w, case_id)
    dialog = w.log_entry()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("email"))
    dialog.party.setCurrentIndex(dialog.party.findData(seller))
    dialog.summary.setPlainText("Our final response: no refund")
    dialog.stance.setCurrentIndex(dialog.stance.findData("final_response"))
    dialog.try_accept()
    wait_idle(qtbot, w)
    latest = max(queries.case_detail(store, case_id).entries, key=lambda e: e.id)
    assert (latest.summary, latest.stance) == ("Our final response: no refund", "final_response")
    model = w.timeline.timeline_model
    qtbot.waitUntil(lambda: model.rowCount() >= 4)
    row = model.row_of_entry(latest.id)
    assert "Final response" in model.heading_text(model.row_at(row))
