"""Pictures are read in the background after they are attached, and on demand; progress in the
evidence panel, cancel, and a clear message when the text cannot be read."""

from __future__ import annotations

import hashlib
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from ecomplaint.domain.ocr_text import OcrResult
from ecomplaint.services import evidence as ev
from ecomplaint.services.cases import create_case
from ecomplaint.store import queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.ui.evidence.reading import OcrBackend, Picture
from ecomplaint.ui.main_window import MainWindow
from tests.helpers.photos import make_photo
from tests.ui.conftest import wait_idle
from tests.ui.ocr_fakes import FakeBackend, line


def _window(qtbot: QtBot, store: Store, make_window: Any, fake: FakeBackend) -> tuple[Any, int]:
    w: MainWindow = make_window(store)
    w.show()
    qtbot.waitExposed(w)
    case_id = create_case(store, title="wreath").created_id or 0
    wait_idle(qtbot, w)
    w.refresh_cases()
    w.open_case(case_id)
    wait_idle(qtbot, w)
    w.evidence.reader.backend = fake
    return w, case_id


def test_attached_pictures_are_read_off_the_runner(
    qtbot: QtBot, store: Store, make_window: Any, tmp_path: Path
) -> None:
    fake = FakeBackend((line("你好 hello", 10, 10, 200, 30),))
    fake.gate = threading.Event()
    w, case_id = _window(qtbot, store, make_window, fake)
    photos = [str(make_photo(tmp_path / f"shot{i}.png", (80, 60))) for i in range(3)]
    note = tmp_path / "note.txt"
    note.write_text("not a picture", encoding="utf-8")
    w.evidence.attach_paths([*photos, str(note)], show_after_ms=60_000)
    qtbot.waitUntil(fake.reading.is_set, timeout=20_000)
    assert not w.evidence.reading_row.isHidden()  # quiet progress in the panel
    assert "shot0.png" in w.evidence.reading_label.text()

    # a picture is being read, and the runner still takes a write at once
    wrote: list[object] = []
    w.ops.write(lambda s: create_case(s, title="meanwhile"), wrote.append)
    qtbot.waitUntil(lambda: bool(wrote), timeout=10_000)
    assert not fake.saved

    fake.gate.set()
    qtbot.waitUntil(lambda: not w.evidence.reader.busy(), timeout=20_000)
    wait_idle(qtbot, w)
    pictures = {
        e.uid for e in queries.case_detail(store, case_id).evidence if e.mime != "text/plain"
    }
    assert set(fake.saved) == pictures and len(pictures) == 3  # the text file is not read
    assert fake.read_threads.isdisjoint(fake.save_threads)
    assert threading.get_ident() not in fake.read_threads | fake.save_threads
    assert w.evidence.reading_row.isHidden() and w.evidence.reading_notice.isHidden()


def test_unreadable_pictures_say_why_and_stay_stored(
    qtbot: QtBot, store: Store, make_window: Any, tmp_path: Path
) -> None:
    fake = FakeBackend(errors={"bad.png": "ocr.unavailable"})
    w, case_id = _window(qtbot, store, make_window, fake)
    bad = make_photo(tmp_path / "bad.png", (40, 40))
    w.evidence.attach_paths([str(bad)], show_after_ms=60_000)
    qtbot.waitUntil(lambda: not w.evidence.reading_notice.isHidden(), timeout=20_000)
    text = w.evidence.reading_notice.text()
    assert "bad.png" in text and "ocr.unavailable" not in text  # a sentence, not a key
    assert "stored" in text or "OCR" in text or "could not be read" in text
    (stored,) = ev.list_evidence(store, case_id=case_id)
    data = blob_path(store.folder, stored.sha256).read_bytes()
    assert hashlib.sha256(data).hexdigest() == stored.sha256  # stored, and it verifies


def test_read_text_on_demand_and_cancel(
    qtbot: QtBot, store: Store, make_window: Any, tmp_path: Path
) -> None:
    fake = FakeBackend((line("x", 1, 1, 5, 5),))
    w, case_id = _window(qtbot, store, make_window, fake)
    photo = make_photo(tmp_path / "old.png", (40, 40))
    ev.attach_files(store, case_id=case_id, paths=[photo])  # attached before: never read
    w.open_case(case_id)
    wait_idle(qtbot, w)
    (record,) = w.evidence.records
    fake.gate = threading.Event()
    w.evidence.strip.setFocus()
    w.evidence.strip.setCurrentIndex(w.evidence.strip.model().index(0, 0))
    w.evidence.strip.act_read_text.trigger()  # Ctrl+R on the strip
    qtbot.waitUntil(fake.reading.is_set, timeout=10_000)
    w.evidence.reading_cancel.click()
    qtbot.waitUntil(lambda: not w.evidence.reader.busy(), timeout=10_000)
    assert not fake.saved and w.evidence.reading_row.isHidden()
    assert w.evidence.reader.summary.cancelled == 1

    fake.gate = None
    w.evidence.read_text([record])  # the context menu's "Read text"
    qtbot.waitUntil(lambda: record.uid in fake.saved, timeout=10_000)
    assert fake.saved[record.uid].lines[0].text == "x"


class SavingFake(FakeBackend):
    """The fake engine's read, saved for real (store/ocr_reads): what search indexes."""

    def save(self, store: Store, picture: Picture, result: OcrResult, now: datetime) -> Any:
        return OcrBackend.save(self, store, picture, result, now)


def test_the_case_list_finds_a_case_by_a_word_in_its_screenshot(
    qtbot: QtBot, store: Store, make_window: Any, tmp_path: Path
) -> None:
    fake = SavingFake((line("店铺花圈订单 Zebracorn 139****5678", 10, 10, 300, 30),))
    w, case_id = _window(qtbot, store, make_window, fake)
    create_case(store, title="another case")
    w.evidence.attach_paths([str(make_photo(tmp_path / "order.png", (80, 60)))])
    qtbot.waitUntil(lambda: bool(fake.read_names) and not w.evidence.reader.busy(), timeout=20_000)
    wait_idle(qtbot, w)

    def titles() -> list[str]:
        return [w.case_model.row_at(i).title for i in range(w.case_model.rowCount())]

    w.filters.search.setText("Zebracorn")  # a word only the screenshot holds
    qtbot.waitUntil(lambda: titles() == ["wreath"], timeout=5000)
    w.filters.search.setText("花圈")
    qtbot.waitUntil(lambda: titles() == ["wreath"], timeout=5000)
    w.filters.search.clear()
    qtbot.waitUntil(lambda: len(titles()) == 2, timeout=5000)
