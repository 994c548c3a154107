"""The window's reading with the real engine: a demo screenshot attached in the window is read
on the compute lane, its text saved where services.ocr finds it, and shown in the viewer."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ecomplaint.resources_path import resource_path
from ecomplaint.services import ocr
from ecomplaint.services.cases import create_case
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


@pytest.fixture
def engine_ready() -> None:
    from ecomplaint.ocr import engine

    if engine.unavailable():
        pytest.skip("OCR is not installed here")


def test_an_attached_screenshot_is_read_saved_and_shown(
    qtbot: QtBot, store: Store, make_window: Any, tmp_path: Path, engine_ready: None
) -> None:
    w: MainWindow = make_window(store)
    w.show()
    qtbot.waitExposed(w)
    case_id = create_case(store, title="wreath").created_id or 0
    wait_idle(qtbot, w)
    w.refresh_cases()
    w.open_case(case_id)
    wait_idle(qtbot, w)
    shot = tmp_path / "短信 <b>.png"  # hostile name: shown as typed
    shutil.copy(resource_path("demo", "wreath_sms.png"), shot)
    finished: list[Any] = []
    w.evidence.reader.finished.connect(finished.append)
    w.evidence.attach_paths([str(shot)], show_after_ms=60_000)
    qtbot.waitUntil(lambda: bool(finished), timeout=180_000)
    wait_idle(qtbot, w)
    assert finished[0].read == 1 and not finished[0].failed
    (record,) = queries.case_detail(store, case_id).evidence
    stored = ocr.exhibit_text(store, evidence_uid=record.uid)
    assert stored is not None and "花圈" in stored.text
    assert ocr.unread_images(store, case_id=case_id) == []

    viewer = w.evidence.open_record(record)
    assert viewer is not None
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.overlay.count() == len(stored.lines), timeout=10_000)
    assert viewer.side.text.toPlainText() == stored.text
    viewer.close()


def test_a_damaged_picture_gets_a_sentence_and_stays_stored(
    qtbot: QtBot, store: Store, make_window: Any, tmp_path: Path, engine_ready: None
) -> None:
    w: MainWindow = make_window(store)
    w.show()
    qtbot.waitExposed(w)
    case_id = create_case(store, title="damaged").created_id or 0
    wait_idle(qtbot, w)
    w.refresh_cases()
    w.open_case(case_id)
    wait_idle(qtbot, w)
    whole = resource_path("demo", "wreath_order.png").read_bytes()
    cut = tmp_path / "cut.png"
    cut.write_bytes(whole[: len(whole) // 3])  # a PNG cut short
    w.evidence.attach_paths([str(cut)], show_after_ms=60_000)
    qtbot.waitUntil(lambda: not w.evidence.reading_notice.isHidden(), timeout=120_000)
    notice = w.evidence.reading_notice.text()
    assert notice.startswith("Text not read — cut.png: ") and "stored and verified" in notice
    wait_idle(qtbot, w)
    (record,) = queries.case_detail(store, case_id).evidence
    assert record.trashed_at is None
    stored = ocr.exhibit_text(store, evidence_uid=record.uid)
    assert stored is not None and stored.error  # kept with its reason: not retried each time
