"""Verify, safe deletes and crash safety of the evidence store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from ecomplaint.cli.main import main
from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import evidence as ev
from ecomplaint.services import evidence_verify as ver
from ecomplaint.services.cases import create_case, trash_case
from ecomplaint.services.entries import log_entry, restore_entry, trash_entry
from ecomplaint.services.thumbnails import thumbnail_path
from ecomplaint.services.trash import empty_trash
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.evidence_files import iter_blob_files, iter_strays


def _attach(store: Store, tmp_path: Path, name: str, text: str, **kw: object) -> int:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    case_id = kw.pop("case_id", None) or create_case(store, title="c").created_id
    r = ev.attach_files(store, case_id=case_id, paths=[f], **kw).results[0]  # type: ignore[arg-type]
    assert r.evidence_id is not None
    return r.evidence_id


def flip_one_byte(path: Path) -> None:
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_flipped_byte_is_named_missing_too(store: Store, tmp_path: Path) -> None:
    good = _attach(store, tmp_path, "good.txt", "fine")
    bad = _attach(store, tmp_path, "bad.txt", "this one gets tampered with")
    gone = _attach(store, tmp_path, "gone.txt", "this one disappears")
    assert ver.verify_store(store).clean
    bad_rec, gone_rec = ev.get_evidence(store, bad), ev.get_evidence(store, gone)
    flip_one_byte(blob_path(store.folder, bad_rec.sha256))
    blob_path(store.folder, gone_rec.sha256).unlink()
    report = ver.verify_store(store)
    assert [(p.sha256, [x.original_name for x in p.exhibits]) for p in report.altered] == [
        (bad_rec.sha256, ["bad.txt"])
    ]
    assert report.altered[0].actual_sha256 not in ("", bad_rec.sha256)
    assert [p.sha256 for p in report.missing] == [gone_rec.sha256]
    assert report.ok == 1 and report.failing_evidence_ids() == {bad, gone}
    assert good not in report.failing_evidence_ids()
    ver.save_last_report(store, report)
    assert ver.last_failing_ids(store.folder) == {bad, gone}


def test_verify_progress_and_cancel(store: Store, tmp_path: Path) -> None:
    for i in range(3):
        _attach(store, tmp_path, f"f{i}.txt", f"file {i} " * 1000)
    seen: list[tuple[int, int]] = []
    ver.verify_store(store, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] == 3 * len("file 0 " * 1000)

    class Stop:
        def is_set(self) -> bool:
            return True

    assert ver.verify_store(store, cancel=Stop()).cancelled


def test_cli_verify_catches_altered_and_json(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eid = _attach(store, tmp_path, "a.txt", "the agent's text message")
    assert main(["--data-dir", str(store.folder), "verify"]) == 0
    flip_one_byte(blob_path(store.folder, ev.get_evidence(store, eid).sha256))
    capsys.readouterr()
    assert main(["--data-dir", str(store.folder), "verify", "--json"]) == 1
    import json

    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "ecomplaint.verify/1" and not doc["clean"]
    assert doc["failing_evidence_ids"] == [eid]
    assert doc["altered"][0]["exhibits"][0]["original_name"] == "a.txt"


def test_trash_restore_and_empty_keeps_shared_blob(
    store: Store, tmp_path: Path, clock: FixedClock
) -> None:
    case_id = create_case(store, title="c").created_id
    entry = log_entry(store, case_id=case_id, kind="note", summary="s").created_id
    assert case_id and entry
    shared_a = _attach(store, tmp_path, "x.txt", "shared", case_id=case_id, entry_id=entry)
    _attach(store, tmp_path, "y.txt", "shared", case_id=case_id)  # same content, case-level
    alone = _attach(store, tmp_path, "z.txt", "only in the entry", case_id=case_id, entry_id=entry)
    earlier = _attach(
        store, tmp_path, "w.txt", "trashed on its own", case_id=case_id, entry_id=entry
    )
    ev.trash_evidence(store, evidence_id=earlier)
    clock.advance(timedelta(minutes=1))
    trash_entry(store, entry_id=entry)
    assert [r.id for r in ev.list_evidence(store, case_id=case_id)] == [shared_a + 1]
    restore_entry(store, entry_id=entry)
    live = {r.id for r in ev.list_evidence(store, case_id=case_id)}
    assert live == {shared_a, shared_a + 1, alone}  # the one trashed on its own stays trashed
    ev.restore_evidence(store, evidence_id=earlier)
    trash_entry(store, entry_id=entry)
    blobs = {sha for sha, _ in iter_blob_files(store.folder)}
    assert len(blobs) == 3  # files stay while their rows sit in the trash
    empty_trash(store)
    remaining = ev.list_evidence(store, case_id=case_id, include_trashed=True)
    assert [r.original_name for r in remaining] == ["y.txt"]
    assert {sha for sha, _ in iter_blob_files(store.folder)} == {remaining[0].sha256}
    assert list(iter_strays(store.folder)) == []
    assert ver.verify_store(store).clean


def test_empty_trash_of_a_trashed_case_removes_its_files(store: Store, tmp_path: Path) -> None:
    case_id = create_case(store, title="c").created_id
    assert case_id
    _attach(store, tmp_path, "a.txt", "abc", case_id=case_id)
    trash_case(store, case_id=case_id)
    assert ver.verify_store(store).ok == 1  # trashed, but its file is still checked
    (sha,) = [s for s, _ in iter_blob_files(store.folder)]
    thumb = thumbnail_path(store.folder, sha)
    thumb.parent.mkdir(parents=True)
    thumb.write_bytes(b"cached")
    empty_trash(store)
    assert list(iter_blob_files(store.folder)) == []
    assert not thumb.exists()  # no picture of deleted evidence lingers in the cache


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from ecomplaint.services import evidence as ev
    from ecomplaint.store.engine import open_store

    folder, case_id, src, stage = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    store = open_store(folder)

    def stall(*_a, **_k):
        print("READY", flush=True)
        time.sleep(60)

    if stage == "commit":  # the blob is in place, the row is flushed but not committed
        ev.touch_case = stall
        ev.attach_files(store, case_id=case_id, paths=[src])
    else:  # half-way through copying into the temporary file
        ev.attach_files(store, case_id=case_id, paths=[src], progress=stall)
    """
)


@pytest.mark.parametrize("stage", ["commit", "copy"])
def test_sigkill_leaves_no_dangling_row_and_stray_is_reported_then_cleaned(
    data_dir: Path, tmp_path: Path, stage: str
) -> None:
    store = open_store(data_dir)
    case_id = create_case(store, title="crash").created_id
    store.close()
    src = tmp_path / "photo.bin"
    src.write_bytes(os.urandom(3 * 1024 * 1024))
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), str(case_id), str(src), stage],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    store = open_store(data_dir)
    try:
        assert ev.list_evidence(store, case_id=case_id or 0, include_trashed=True) == []
        report = ver.verify_store(store)
        assert not report.missing and not report.altered
        leftovers = report.orphaned if stage == "commit" else report.strays
        assert len(leftovers) == 1 and len(report.orphaned + report.strays) == 1
        removed = ver.clean_strays(store, report, min_age_s=0)
        assert removed == leftovers
        assert ver.verify_store(store).clean
        # and the same file attaches fine afterwards
        assert ev.attach_files(store, case_id=case_id or 0, paths=[src]).results[0].ok
        assert ver.verify_store(store).clean
    finally:
        store.close()


def test_recent_partial_file_is_reported_but_not_cleaned(store: Store) -> None:
    root = blob_path(store.folder, "00" * 32).parent.parent
    root.mkdir(parents=True, exist_ok=True)
    partial = root / ".partial-abcd_123"  # mkstemp's shape
    partial.write_bytes(b"copy in progress")
    report = ver.verify_store(store)
    assert report.strays == [partial]
    assert ver.clean_strays(store, report) == []  # young: maybe another window copying
    os.utime(partial, (0, 0))
    assert ver.clean_strays(store, report) == [partial]


def test_attach_recopies_a_blob_removed_before_commit(store: Store, tmp_path: Path) -> None:
    """A cleanup racing an attach: the blob vanished after hashing, so the commit re-copies."""
    case_id = create_case(store, title="race").created_id
    f = tmp_path / "a.txt"
    f.write_text("racing", encoding="utf-8")
    first = ev.attach_files(store, case_id=case_id or 0, paths=[f]).results[0]
    real = ev._check_target
    calls = {"n": 0}

    def remove_then_check(s, case_id, entry_id):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:  # inside the write transaction
            os.chmod(blob_path(store.folder, first.sha256), 0o644)
            blob_path(store.folder, first.sha256).unlink()
        return real(s, case_id, entry_id)

    ev._check_target = remove_then_check  # type: ignore[assignment]
    try:
        ev.attach_files(store, case_id=case_id or 0, paths=[f])
    finally:
        ev._check_target = real  # type: ignore[assignment]
    assert ver.verify_store(store).clean


def test_cli_attach_json_and_refusal_exit_code(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    case_id = create_case(store, title="cli").created_id
    good = tmp_path / "a.txt"
    good.write_text("hello", encoding="utf-8")
    empty = tmp_path / "e.txt"
    empty.touch()
    base = ["--data-dir", str(store.folder), "attach", str(case_id)]
    assert main([*base, str(good), "--description", "note", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "ecomplaint.attach/1"
    assert doc["files"][0]["ok"] and doc["files"][0]["mime"] == "text/plain"
    assert main([*base, str(good), str(empty)]) == 2
    out = capsys.readouterr()
    assert "e.txt" in out.err and "empty" in out.err and "a.txt" in out.out
    assert main([*base, str(good), "--max-mb", "0.000001"]) == 2
    assert "limit" in capsys.readouterr().err


def test_reattaching_the_original_repairs_a_damaged_blob(store: Store, tmp_path: Path) -> None:
    eid = _attach(store, tmp_path, "a.txt", "the true bytes")
    rec = ev.get_evidence(store, eid)
    flip_one_byte(blob_path(store.folder, rec.sha256))
    assert ver.verify_store(store).failing_evidence_ids() == {eid}
    r = ev.attach_files(store, case_id=rec.case_id, paths=[tmp_path / "a.txt"]).results[0]
    assert r.ok and r.stored_before  # not "created": the row existed, the bytes were restored
    assert ver.verify_store(store).clean
