"""The Export dialog on a real widget: builds off the UI thread, opens when done, cancels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.files.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot: QtBot, demo_store: Store, tmp_path: Path, make_ops):  # type: ignore[no-untyped-def]
    opened: list[Path] = []
    case_id = queries.find_case_id(demo_store, "TM-2026-0127-8830")
    dlg = ExportDialog(
        make_ops(demo_store),
        queries.case_detail(demo_store, case_id),
        ask_save_path=lambda parent, title, start: str(tmp_path / "chosen.pdf"),
        opener=opened.append,
    )
    qtbot.addWidget(dlg)
    dlg.opened = opened  # type: ignore[attr-defined]
    yield dlg
    dlg.shutdown()


def test_language_follows_the_case_and_relabels_sections(dialog: ExportDialog) -> None:
    assert dialog.lang.currentData() == "en"
    assert dialog.section_boxes["promises"].text() == "Promise ledger"
    dialog.lang.setCurrentIndex(0)
    assert dialog.section_boxes["promises"].text() == "承诺台账"


def test_export_runs_in_background_and_opens(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    out = tmp_path / "d.pdf"
    dialog.path.setText(str(out))
    dialog.redact.setChecked(True)
    dialog.section_boxes["declaration"].setChecked(False)
    assert dialog.options().redact and "declaration" not in dialog.options().sections
    with qtbot.waitSignal(dialog.done_ok, timeout=30_000):
        dialog.export_button.click()
        assert dialog.running and not dialog.export_button.isEnabled()
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.opened == [out]  # type: ignore[attr-defined]
    assert not dialog.running and dialog.export_button.isEnabled()
    assert "d.pdf" in dialog.status.text()


def test_cancel_leaves_no_file(qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    dialog.path.setText(str(out))
    dialog.start_export()
    dialog.cancel_or_close()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    assert "cancelled" in dialog.status.text().lower()
    assert dialog.opened == []  # type: ignore[attr-defined]


def test_empty_path_asks_where_to_save(qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.path.setText("")
    with qtbot.waitSignal(dialog.done_ok, timeout=30_000):
        dialog.start_export()
    assert (tmp_path / "chosen.pdf").exists()


def test_export_dialog_stops_and_offers_export_anyway(
    qtbot: QtBot, demo_store: Store, tmp_path: Path, make_ops: Any
) -> None:
    """An altered exhibit stops the export (read and checked on the runner); the user may then
    export anyway, the exhibit printed marked ALTERED (issue #12 §3)."""
    from tests.test_dossier_exhibit_check import (
        _case_with_pictures,
        _exhibit_no,
        _substitute,
        _text,
    )

    case_id, _first, second = _case_with_pictures(demo_store)
    no = _exhibit_no(demo_store, case_id, second)
    _substitute(demo_store, second)
    dlg = ExportDialog(
        make_ops(demo_store), queries.case_detail(demo_store, case_id), opener=lambda p: None
    )
    qtbot.addWidget(dlg)
    out = tmp_path / "dlg.pdf"
    dlg.path.setText(str(out))
    try:
        assert dlg.anyway_button.isHidden()
        dlg.export_button.click()
        qtbot.waitUntil(lambda: not dlg.running, timeout=30_000)
        assert not out.exists() and dlg.last_result is None
        assert no in dlg.status.text() and not dlg.anyway_button.isHidden()
        shots = Path(__file__).resolve().parents[2] / "build" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        dlg.grab().save(str(shots / "export_not_intact.png"))
        with qtbot.waitSignal(dlg.done_ok, timeout=30_000):
            dlg.anyway_button.click()
        assert dlg.last_result is not None and dlg.last_result.altered == (no,)
        assert no in dlg.status.text() and dlg.anyway_button.isHidden()
        assert "ALTERED" in _text(out)
    finally:
        dlg.shutdown()


def test_redacted_export_with_originals_asks_before_writing(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    dialog.path.setText(str(out))
    dialog.show()
    dialog.redact.setChecked(True)
    assert not dialog.unredacted_ok.isVisible()
    dialog.attach.setChecked(True)
    assert dialog.unredacted_ok.isVisible() and not dialog.unredacted_ok.isChecked()
    dialog.export_button.click()  # not accepted yet: nothing runs, the dialog says why
    assert not dialog.running and not out.exists()
    assert "not redacted" in dialog.status.text()
    dialog.unredacted_ok.setChecked(True)
    assert dialog.options().include_unredacted_originals
    with qtbot.waitSignal(dialog.done_ok, timeout=60_000):
        dialog.export_button.click()
    assert out.read_bytes().startswith(b"%PDF")
