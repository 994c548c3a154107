"""Attaching evidence: content-addressed, never touching the original, refusing bad files."""

from __future__ import annotations

import hashlib
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ecomplaint.i18n import UserError, t
from ecomplaint.services import evidence as ev
from ecomplaint.services.cases import create_case
from ecomplaint.services.entries import log_entry
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from ecomplaint.store.evidence_files import iter_blob_files, iter_strays
from tests.helpers.photos import make_photo


@pytest.fixture
def case_id(store: Store) -> int:
    cid = create_case(store, title="Wreath").created_id
    assert cid is not None
    return cid


@pytest.fixture
def entry_id(store: Store, case_id: int) -> int:
    eid = log_entry(store, case_id=case_id, kind="note", summary="screenshots").created_id
    assert eid is not None
    return eid


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_file_twice_is_stored_once_with_two_rows(
    store: Store, case_id: int, entry_id: int, tmp_path: Path
) -> None:
    f = tmp_path / "order.txt"
    f.write_text("wreath order 8830\n", encoding="utf-8")
    first = ev.attach_files(store, case_id=case_id, paths=[f], entry_id=entry_id)
    second = ev.attach_files(store, case_id=case_id, paths=[f], description="again")
    a, b = first.results[0], second.results[0]
    assert a.ok and b.ok and a.evidence_id != b.evidence_id
    assert a.sha256 == b.sha256 == sha(f)
    assert not a.stored_before and b.stored_before
    assert b.same_as == (a.evidence_id,)
    assert [s for s, _ in iter_blob_files(store.folder)] == [a.sha256]
    rows = ev.list_evidence(store, case_id=case_id)
    assert [(r.entry_id, r.description) for r in rows] == [(entry_id, ""), (None, "again")]
    assert rows[0].original_name == "order.txt" and rows[0].size == f.stat().st_size
    assert rows[0].mime == "text/plain"
    assert rows[0].added_at == datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    assert second.changes.evidence and second.changes.case_id == case_id


def test_original_untouched_and_blob_identical(store: Store, case_id: int, tmp_path: Path) -> None:
    f = make_photo(tmp_path / "shot.jpg")
    before = (f.read_bytes(), f.stat().st_mtime_ns, f.stat().st_mode)
    r = ev.attach_files(store, case_id=case_id, paths=[f]).results[0]
    assert (f.read_bytes(), f.stat().st_mtime_ns, f.stat().st_mode) == before
    assert blob_path(store.folder, r.sha256).read_bytes() == before[0]
    assert r.mime == "image/jpeg"
    assert list(iter_strays(store.folder)) == []


def test_type_comes_from_content_not_name(store: Store, case_id: int, tmp_path: Path) -> None:
    png_named_txt = tmp_path / "looks-like.txt"
    make_photo(tmp_path / "x.jpg").rename(png_named_txt)
    binary = tmp_path / "call.m4a.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    chinese = tmp_path / "聊天记录.txt"
    chinese.write_text("客服：我们会在24-48小时内回复您。" * 400, encoding="utf-8")
    out = ev.attach_files(store, case_id=case_id, paths=[png_named_txt, binary, chinese])
    assert [r.mime for r in out.results] == ["image/jpeg", "application/octet-stream", "text/plain"]


def test_exif_capture_time_with_and_without_offset(
    store: Store, case_id: int, tmp_path: Path
) -> None:
    with_offset = make_photo(tmp_path / "a.jpg", taken="2026:02:05 21:50:07", offset="+09:00")
    zone_only = make_photo(tmp_path / "b.jpg", taken="2026:02:05 21:50:07", color=(1, 2, 3))
    no_exif = make_photo(tmp_path / "c.jpg", color=(9, 9, 9))
    garbage = make_photo(tmp_path / "d.jpg", taken="not a date at all!!", color=(4, 4, 4))
    out = ev.attach_files(store, case_id=case_id, paths=[with_offset, zone_only, no_exif, garbage])
    assert [r.captured_at for r in out.results] == [
        datetime(2026, 2, 5, 12, 50, 7, tzinfo=UTC),  # 21:50 at +09:00
        datetime(2026, 2, 5, 13, 50, 7, tzinfo=UTC),  # 21:50 in Asia/Shanghai
        None,
        None,
    ]


def test_empty_folder_fifo_and_missing_refused_others_attached(
    store: Store, case_id: int, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("ok", encoding="utf-8")
    empty = tmp_path / "empty.png"
    empty.touch()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    out = ev.attach_files(
        store, case_id=case_id, paths=[empty, good, tmp_path, fifo, tmp_path / "nope.jpg"]
    )
    assert [r.error_key for r in out.results] == [
        "evidence.empty",
        "",
        "evidence.is_folder",
        "evidence.not_regular",
        "evidence.not_found",
    ]
    assert out.results[1].ok and len(out.attached) == 1
    assert "empty.png" in out.results[0].error and "0 bytes" in out.results[0].error
    assert len(ev.list_evidence(store, case_id=case_id)) == 1


def test_oversized_refused_with_message_in_both_languages(
    store: Store, case_id: int, tmp_path: Path
) -> None:
    big = tmp_path / "recording.wav"
    big.write_bytes(b"\x01" * 3000)
    out = ev.attach_files(store, case_id=case_id, paths=[big], size_limit=2048)
    r = out.results[0]
    assert not r.ok and r.error_key == "evidence.too_big"
    assert "limit" in r.error and "recording.wav" in r.error
    assert "上限" in t("evidence.too_big", "zh", path=big, size="1", limit="2")
    assert list(iter_blob_files(store.folder)) == []
    assert not out.changes.evidence


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_refused_by_permissions(store: Store, case_id: int, tmp_path: Path) -> None:
    locked = tmp_path / "locked.jpg"
    locked.write_bytes(b"secret")
    locked.chmod(0)
    try:
        r = ev.attach_files(store, case_id=case_id, paths=[locked]).results[0]
    finally:
        locked.chmod(0o600)
    assert r.error_key == "evidence.unreadable"


def test_read_error_midway_refuses_file_and_leaves_nothing(
    store: Store, case_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root can read chmod-000 files, so simulate the OS refusing the read (EIO, EACCES)."""
    f = tmp_path / "flaky.bin"
    f.write_bytes(b"x" * 10)
    real_open = open

    def failing_open(file: object, mode: str = "r", *a: object, **k: object) -> object:
        if Path(str(file)) == f:
            raise PermissionError(13, "Permission denied")
        return real_open(file, mode, *a, **k)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", failing_open)
    r = ev.attach_files(store, case_id=case_id, paths=[f]).results[0]
    monkeypatch.undo()
    assert r.error_key == "evidence.unreadable" and "Permission denied" in r.error
    assert list(iter_strays(store.folder)) == [] and list(iter_blob_files(store.folder)) == []


def test_cancel_commits_nothing_and_removes_new_blobs(
    store: Store, case_id: int, tmp_path: Path
) -> None:
    kept = tmp_path / "kept.txt"
    kept.write_text("already here", encoding="utf-8")
    ev.attach_files(store, case_id=case_id, paths=[kept])
    files = [kept]
    for i in range(4):
        p = tmp_path / f"f{i}.bin"
        p.write_bytes(os.urandom(3 * 1024 * 1024))
        files.append(p)
    stop = threading.Event()
    seen: list[ev.AttachProgress] = []

    def progress(p: ev.AttachProgress) -> None:
        seen.append(p)
        if p.files_done >= 3:
            stop.set()

    out = ev.attach_files(store, case_id=case_id, paths=files, progress=progress, cancel=stop)
    assert out.cancelled and not out.attached and not out.changes.evidence
    assert len(ev.list_evidence(store, case_id=case_id)) == 1
    assert [s for s, _ in iter_blob_files(store.folder)] == [sha(kept)]  # the old one stays
    assert list(iter_strays(store.folder)) == []
    assert seen[-1].total_bytes == sum(p.stat().st_size for p in files)
    assert all(a.done_bytes <= b.done_bytes for a, b in zip(seen, seen[1:], strict=False))


def test_entry_of_another_case_and_trashed_case_refused(
    store: Store, case_id: int, entry_id: int, tmp_path: Path
) -> None:
    f = tmp_path / "a.txt"
    f.write_text("a", encoding="utf-8")
    other = create_case(store, title="Other").created_id
    assert other is not None
    with pytest.raises(UserError) as err:
        ev.attach_files(store, case_id=other, paths=[f], entry_id=entry_id)
    assert err.value.key == "wrong_case"
    with pytest.raises(UserError):
        ev.attach_files(store, case_id=case_id, paths=[])
    assert list(iter_blob_files(store.folder)) == []


def test_save_copy_checks_fingerprint(store: Store, case_id: int, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("original", encoding="utf-8")
    r = ev.attach_files(store, case_id=case_id, paths=[f]).results[0]
    rec = ev.get_evidence(store, r.evidence_id or 0)
    out = ev.save_copy(store.folder, rec, tmp_path / "copy.txt")
    assert out.read_text(encoding="utf-8") == "original"
    opened = ev.temp_copy(store.folder, rec)
    assert opened.name == "a.txt" and opened != blob_path(store.folder, rec.sha256)
    blob = blob_path(store.folder, rec.sha256)
    blob.chmod(0o644)
    blob.write_text("forged!!", encoding="utf-8")
    with pytest.raises(UserError) as err:
        ev.save_copy(store.folder, rec, tmp_path / "copy2.txt")
    assert err.value.key == "evidence.altered"
    assert not (tmp_path / "copy2.txt").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ecomplaint")] == []


def test_exif_time_without_offset_is_read_in_the_cases_zone(store: Store, tmp_path: Path) -> None:
    # A UK case's photo (no entry chosen) was dated as if taken in Shanghai: 8 hours off.
    uk = create_case(store, title="Kettle", platform="amazon", tz="Europe/London").created_id
    assert uk is not None
    photo = make_photo(tmp_path / "uk.jpg", taken="2026:02:05 21:50:07", color=(5, 6, 7))
    out = ev.attach_files(store, case_id=uk, paths=[photo])
    assert out.results[0].captured_at == datetime(2026, 2, 5, 21, 50, 7, tzinfo=UTC)  # GMT
