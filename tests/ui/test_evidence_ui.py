"""Thumbnails, the strip, the viewer, the attach worker and drops, with real widgets."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPixmap
from pytestqt.qtbot import QtBot

from ecomplaint.services import evidence as ev
from ecomplaint.services.cases import create_case
from ecomplaint.services.demo import demo_uid
from ecomplaint.services.thumbnails import ensure_thumbnail, thumbnail_path
from ecomplaint.store import queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import iter_blob_files
from ecomplaint.ui.evidence import actions as actions
from ecomplaint.ui.evidence.attach import attach_label, attach_with_thumbnails
from ecomplaint.ui.evidence.drop import paths_from_mime
from ecomplaint.ui.evidence.strip import EvidenceStrip, FailingRole, RecordRole
from ecomplaint.ui.evidence.thumbs import ThumbnailLoader
from ecomplaint.ui.evidence.viewer import ImageViewerDialog
from ecomplaint.ui.ops import LongOp, Ops
from tests.helpers.photos import make_photo


def _is_red(rgb: tuple[int, ...]) -> bool:
    return rgb[0] > 150 and rgb[2] < 100


@pytest.fixture
def rotated(store: Store, tmp_path: Path) -> ev.FileResult:
    """Stored landscape 64×32, left half red; EXIF Orientation=6 means "turn 90° clockwise"."""
    case_id = create_case(store, title="photos").created_id
    photo = make_photo(tmp_path / "rotated.jpg", (64, 32), orientation=6)
    return ev.attach_files(store, case_id=case_id or 0, paths=[photo]).results[0]


def test_exif_rotated_photo_thumbnail_is_upright(store: Store, rotated: ev.FileResult) -> None:
    path = ensure_thumbnail(store.folder, rotated.sha256, rotated.mime, 40)
    assert path == thumbnail_path(store.folder, rotated.sha256, 40)
    with Image.open(path) as img:
        rgb = img.convert("RGB")
        assert rgb.size == (20, 40)  # portrait now
        assert _is_red(rgb.getpixel((10, 5))) and not _is_red(rgb.getpixel((10, 35)))


def test_corrupt_and_bomb_images_give_no_thumbnail(store: Store, tmp_path: Path) -> None:
    case_id = create_case(store, title="bad").created_id or 0
    corrupt = tmp_path / "broken.jpg"
    good = make_photo(tmp_path / "g.jpg").read_bytes()
    corrupt.write_bytes(good[:200] + b"\x00" * 300)  # a JPEG header, then garbage
    bomb = tmp_path / "bomb.png"
    Image.new("1", (10_000, 10_000)).save(bomb)  # 100 MP in a few kB
    out = ev.attach_files(store, case_id=case_id, paths=[corrupt, bomb])
    assert [r.mime for r in out.results] == ["image/jpeg", "image/png"]
    for r in out.results:
        assert ensure_thumbnail(store.folder, r.sha256, r.mime) is None


@pytest.fixture
def loader(demo_store: Store) -> Iterator[ThumbnailLoader]:
    lo = ThumbnailLoader(demo_store.folder, 96)
    yield lo
    lo.stop()


def test_strip_shows_demo_screenshots_and_marks_altered(
    demo_store: Store, loader: ThumbnailLoader, qtbot: QtBot
) -> None:
    case_id = queries.find_case_id(demo_store, demo_uid("wreath"))
    rows = ev.list_evidence(demo_store, case_id=case_id)
    strip = EvidenceStrip(loader)
    qtbot.addWidget(strip)
    strip.set_rows(rows)
    model = strip.strip_model
    with qtbot.waitSignals([loader.ready, loader.ready], timeout=5000):
        for i in range(2):
            model.data(model.index(i), Qt.ItemDataRole.DecorationRole)  # asks for thumbnails
    icons = [model.data(model.index(i), Qt.ItemDataRole.DecorationRole) for i in range(2)]
    assert all(isinstance(pm, QPixmap) and pm.width() == 96 for pm in icons)
    # the screenshot itself, not a placeholder: the order's orange banner near the top
    banner = QColor(icons[0].toImage().pixel(48, 14))
    assert banner.red() > 200 and 40 < banner.green() < 150 and banner.blue() < 80
    strip.set_failing({rows[1].id})
    assert model.data(model.index(1), FailingRole) and not model.data(model.index(0), FailingRole)
    assert model.data(model.index(1), Qt.ItemDataRole.DisplayRole).startswith("⚠")
    assert "failed verification" in model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)
    assert rows[0].sha256 in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(strip.openRequested) as sig:
        strip.activated.emit(model.index(0))
    assert sig.args == [model.data(model.index(0), RecordRole)]


def test_non_image_shows_type_placeholder(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    lo = ThumbnailLoader(store.folder, 64)
    try:
        case_id = create_case(store, title="t").created_id or 0
        f = tmp_path / "chat.txt"
        f.write_text("chat export", encoding="utf-8")
        ev.attach_files(store, case_id=case_id, paths=[f])
        strip = EvidenceStrip(lo)
        qtbot.addWidget(strip)
        strip.set_rows(ev.list_evidence(store, case_id=case_id))
        pm = strip.strip_model.data(strip.strip_model.index(0), Qt.ItemDataRole.DecorationRole)
        assert isinstance(pm, QPixmap) and not pm.isNull()
        assert not lo.is_pending(ev.list_evidence(store, case_id=case_id)[0].sha256)
    finally:
        lo.stop()


def test_viewer_upright_fit_and_zoom(store: Store, rotated: ev.FileResult, qtbot: QtBot) -> None:
    rec = ev.get_evidence(store, rotated.evidence_id or 0)
    dlg = ImageViewerDialog(store.folder, rec)
    qtbot.addWidget(dlg)
    dlg.resize(400, 400)
    dlg.show()
    assert (dlg.image.width(), dlg.image.height()) == (32, 64)
    assert _is_red(QColor(dlg.image.pixel(16, 5)).getRgb())
    dlg.fit()
    assert dlg.zoom() == 1.0  # small pictures are not blown up
    dlg.zoom_in()
    assert dlg.zoom() == pytest.approx(1.25) and not dlg.fit_mode
    with qtbot.waitSignal(dlg.saveCopyRequested):
        dlg.act_save.trigger()


def test_viewer_corrupt_image_shows_notice(store: Store, tmp_path: Path, qtbot: QtBot) -> None:
    case_id = create_case(store, title="b").created_id or 0
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    r = ev.attach_files(store, case_id=case_id, paths=[bad]).results[0]
    dlg = ImageViewerDialog(store.folder, ev.get_evidence(store, r.evidence_id or 0))
    qtbot.addWidget(dlg)
    assert dlg.image.isNull() and "cannot be shown" in dlg.notice.text()


def test_viewer_names_a_picture_too_large_to_show(
    store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    """A decompression bomb is not decoded, and the notice says why (its size), not
    "damaged"."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 30000, 20000, 8, 2, 0, 0, 0)
    bomb = tmp_path / "bomb.png"
    idat = chunk(b"IDAT", zlib.compress(b"\x00" * 4096))
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + idat + chunk(b"IEND", b""))
    case_id = create_case(store, title="b").created_id or 0
    r = ev.attach_files(store, case_id=case_id, paths=[bomb]).results[0]
    dlg = ImageViewerDialog(store.folder, ev.get_evidence(store, r.evidence_id or 0))
    qtbot.addWidget(dlg)
    assert dlg.image.isNull()
    assert "too large" in dlg.notice.text() and "30000 × 20000" in dlg.notice.text()


def _attach(ops: Ops, case_id: int, paths: list[str], **kw: Any) -> tuple[LongOp, list[Any]]:
    done: list[Any] = []
    op = ops.long(
        lambda job: attach_with_thumbnails(job, case_id=case_id, paths=paths),
        attach_label(len(paths)),
        done.append,
        **kw,
    )
    return op, done


def test_attach_off_thread_with_thumbnails(
    store: Store, tmp_path: Path, qtbot: QtBot, make_ops: Any
) -> None:
    ops = make_ops(store)
    case_id = create_case(store, title="batch").created_id or 0
    paths = [
        str(make_photo(tmp_path / f"p{i}.jpg", (400, 300), color=(i, 100, 50))) for i in range(6)
    ]
    announced: list[Any] = []
    ops.changed.connect(lambda changes, _who: announced.append(changes))
    op, done = _attach(ops, case_id, paths, show_after_ms=0)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    outcome = done[0]
    assert len(outcome.attached) == 6 and not outcome.cancelled
    for r in outcome.attached:
        assert thumbnail_path(store.folder, r.sha256).exists()
    assert op.finished and op.dialog is None  # closed when done
    assert announced == [outcome.changes] and announced[0].evidence


def test_quick_attach_shows_no_progress_dialog(
    store: Store, tmp_path: Path, qtbot: QtBot, make_ops: Any
) -> None:
    ops = make_ops(store)
    case_id = create_case(store, title="quick").created_id or 0
    f = tmp_path / "a.txt"
    f.write_text("quick", encoding="utf-8")
    op, done = _attach(ops, case_id, [str(f)], show_after_ms=5000)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert not op.dialog_shown


def test_attach_cancel_commits_nothing(
    store: Store, tmp_path: Path, qtbot: QtBot, make_ops: Any
) -> None:
    ops = make_ops(store)
    case_id = create_case(store, title="cancel").created_id or 0
    paths = [str(make_photo(tmp_path / f"c{i}.jpg", color=(i, 0, 0))) for i in range(3)]
    block = threading.Event()
    ops.read(lambda _s: block.wait(10), None)  # hold the queue so the cancel comes first
    cancelled: list[bool] = []
    op, done = _attach(ops, case_id, paths, cancelled=lambda: cancelled.append(True))
    op.cancel()  # pressed before the first chunk: deterministic
    block.set()
    qtbot.waitUntil(lambda: bool(cancelled or done), timeout=10000)
    assert cancelled and not done
    assert ev.list_evidence(store, case_id=case_id) == []
    assert list(iter_blob_files(store.folder)) == []


def test_drop_and_paste_paths(tmp_path: Path, qtbot: QtBot) -> None:
    f = tmp_path / "a.txt"
    f.write_text("x", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)), QUrl("https://example.com/x.png")])
    assert paths_from_mime(mime) == [str(f)]
    pasted = QMimeData()
    image = QImage(20, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    pasted.setImageData(image)
    out = paths_from_mime(pasted, tmp_path)
    assert len(out) == 1 and out[0].endswith(".png")
    assert Image.open(out[0]).size == (20, 10)


def test_save_copy_and_open_non_image_use_copies(
    store: Store, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = create_case(store, title="o").created_id or 0
    f = tmp_path / "call.m4a"
    f.write_bytes(b"\x00\x01recording" * 50)
    rec = ev.get_evidence(
        store, ev.attach_files(store, case_id=case_id, paths=[f]).results[0].evidence_id or 0
    )
    target = tmp_path / "out" / "copy.m4a"
    target.parent.mkdir()
    monkeypatch.setattr(actions, "ask_save_path", lambda parent, suggested: str(target))
    assert actions.save_copy(store.folder, rec) == target
    assert target.read_bytes() == f.read_bytes()
    opened: list[str] = []
    monkeypatch.setattr(actions, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    assert actions.open_evidence(store.folder, rec) is None
    assert opened and Path(opened[0]).name == "call.m4a"
    assert Path(opened[0]) != blob_path(store.folder, rec.sha256)
    assert Path(opened[0]).read_bytes() == f.read_bytes()
    monkeypatch.setattr(actions, "ask_yes_no", lambda parent, title, text: "call.m4a" in text)
    assert actions.confirm_trash(rec)


def test_verify_reports_altered_and_saves_marks(
    demo_store: Store, qtbot: QtBot, make_ops: Any
) -> None:
    from ecomplaint.services.evidence_verify import last_failing_ids
    from ecomplaint.ui.evidence.verify import verify_and_save, verify_label

    case_id = queries.find_case_id(demo_store, demo_uid("wreath"))
    rows = ev.list_evidence(demo_store, case_id=case_id)
    blob = blob_path(demo_store.folder, rows[0].sha256)
    blob.chmod(0o644)
    blob.write_bytes(blob.read_bytes()[:-1] + b"\x00")
    done: list[Any] = []
    make_ops(demo_store).long(verify_and_save, verify_label(), done.append, show_after_ms=0)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert done[0].failing_evidence_ids() == {rows[0].id}
    assert last_failing_ids(demo_store.folder) == {rows[0].id}
