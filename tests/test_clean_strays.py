"""`verify --clean-strays` deletes only what the store itself wrote (issue #12 §5).

Only fingerprint-named originals no record names (older than an hour) and the store's own
temporary copies (older than a day) go, after a list and a question (--yes to skip); never a
folder, a sync tool's marker, or any file of another shape; in team mode, never a file whose
record is about to commit. Attach and import remove their own old leftovers."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from ecomplaint import paths
from ecomplaint.cli.main import main
from ecomplaint.domain.clock import FixedClock
from ecomplaint.handoff.export import export_case
from ecomplaint.handoff.importer import import_case_file
from ecomplaint.services import cases
from ecomplaint.services import evidence as ev
from ecomplaint.services import evidence_verify as ver
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.evidence_files import blob_lock
from ecomplaint.store.tables import Evidence

OLD = 3 * 24 * 3600  # seconds: older than every grace period


def _age(path: Path, seconds: float) -> Path:
    t = path.stat().st_mtime - seconds
    os.utime(path, (t, t), follow_symlinks=False)
    return path


def _orphan(store: Store, content: bytes, *, old: bool = True) -> Path:
    """A fingerprint-named file in the store that no record names (a killed attach)."""
    sha = hashlib.sha256(content).hexdigest()
    path = blob_path(store.folder, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return _age(path, OLD) if old else path


def _partial(store: Store, name: str = ".partial-k3j_9x2a", *, old: bool = True) -> Path:
    root = paths.evidence_dir(store.folder)
    root.mkdir(parents=True, exist_ok=True)
    path = root / name
    path.write_bytes(b"half a copy")
    return _age(path, OLD) if old else path


def _not_ours(store: Store) -> list[Path]:
    """What a user or a sync tool puts in the evidence folder, all of it old."""
    root = paths.evidence_dir(store.folder)
    (root / "ab").mkdir(parents=True, exist_ok=True)
    folder = root / "my scans"
    folder.mkdir()
    (folder / "receipt.pdf").write_bytes(b"%PDF user file")
    (root / ".stfolder").mkdir()  # Syncthing's marker
    (root / "desktop.ini").write_bytes(b"[.ShellClassInfo]")
    (root / ".dropbox").write_bytes(b"{}")
    (root / "ab" / "notes.txt").write_bytes(b"user notes")
    (root / ".partial-abc").write_bytes(b"not mkstemp's shape")
    (root / ".partial-zzzz_zzzzfolder").mkdir()
    private = root.parent / "private.txt"
    private.write_bytes(b"secret")
    (root / ".partial-lnk_0000").symlink_to(private)
    found = [folder, folder / "receipt.pdf", root / ".stfolder", root / "desktop.ini"]
    found += [root / ".dropbox", root / "ab" / "notes.txt", root / ".partial-abc"]
    found += [root / ".partial-zzzz_zzzzfolder", root / ".partial-lnk_0000", private]
    for p in found:
        _age(p, OLD)
    return found


def test_clean_strays_never_touches_what_the_store_did_not_write(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = _not_ours(store)
    orphan, partial = _orphan(store, b"orphaned original"), _partial(store)
    report = ver.verify_store(store)
    assert {p.name for p in report.foreign} >= {"my scans", ".stfolder", "desktop.ini", "notes.txt"}
    assert set(ver.cleanable(store, report)) == {orphan, partial}

    folder = str(store.folder)
    store.close()
    assert main(["--data-dir", folder, "verify", "--clean-strays", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "NOT OURS (never deleted)" in out and "my scans" in out
    assert not orphan.exists() and not partial.exists()
    assert all(p.exists() or p.is_symlink() for p in theirs), [p for p in theirs if not p.exists()]
    assert (
        Path(folder) / "evidence" / "my scans" / "receipt.pdf"
    ).read_bytes() == b"%PDF user file"


def test_it_lists_and_asks_and_without_an_answer_deletes_nothing(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    orphan = _orphan(store, b"orphaned original")
    folder = str(store.folder)
    store.close()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # a script: nobody to answer
    assert main(["--data-dir", folder, "verify", "--clean-strays"]) == 0
    out = capsys.readouterr().out
    assert str(orphan) in out and "--yes" in out and orphan.exists()

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert main(["--data-dir", folder, "verify", "--clean-strays"]) == 0
    assert orphan.exists()
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert main(["--data-dir", folder, "--lang", "zh", "verify", "--clean-strays"]) == 0
    assert "将被删除" in capsys.readouterr().out and not orphan.exists()


def test_fresh_files_are_never_strays(store: Store) -> None:
    """An attach or import may be about to commit the row that names a fresh file."""
    young_orphan = _orphan(store, b"just copied", old=False)
    _age(young_orphan, 20 * 60)  # twenty minutes: still within the hour
    young_partial = _partial(store, ".partial-young_00", old=False)
    _age(young_partial, 3 * 3600)  # hours, not a day
    report = ver.verify_store(store)
    assert young_orphan in report.orphaned and young_partial in report.strays  # reported
    assert ver.cleanable(store, report) == []
    assert ver.clean_strays(store, report) == []
    assert young_orphan.exists() and young_partial.exists()


def test_an_interrupted_delete_of_a_file_a_record_still_names_is_kept(
    store: Store, tmp_path: Path
) -> None:
    case_id = cases.create_case(store, title="c").created_id
    assert case_id is not None
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"\xff\xd8 the only copy")
    (result,) = ev.attach_files(store, case_id=case_id, paths=[src]).results
    blob = blob_path(store.folder, result.sha256)
    aside = blob.parent.parent / f".deleting-{result.sha256}"
    os.replace(blob, aside)  # as a killed "empty trash" whose commit failed would leave it
    _age(aside, OLD)
    report = ver.verify_store(store)
    assert aside in report.strays and ver.clean_strays(store, report) == []
    assert aside.exists()


def test_attach_and_import_remove_their_own_old_leftovers(
    demo_store: Store, tmp_path: Path
) -> None:
    old, young = _partial(demo_store), _partial(demo_store, ".partial-young_00", old=False)
    theirs = _not_ours(demo_store)
    src = tmp_path / "call.m4a"
    src.write_bytes(b"recording")
    case_id = cases.create_case(demo_store, title="c").created_id
    assert case_id is not None
    ev.attach_files(demo_store, case_id=case_id, paths=[src])
    assert not old.exists() and young.exists()  # a young one may be another window copying
    assert all(p.exists() or p.is_symlink() for p in theirs)

    ecase = export_case(demo_store, case_id, tmp_path / "c.ecase").path
    other = open_store(tmp_path / "other", clock=FixedClock())
    try:
        left = _partial(other)
        import_case_file(other, ecase)
        assert not left.exists()
    finally:
        other.close()


def test_verify_reports_staging_left_by_a_restore_or_a_backup(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    (store.folder / ".restore-x1y2z3").mkdir()
    backups = paths.backups_dir(store.folder)
    backups.mkdir(exist_ok=True)
    (backups / "ecomplaint-20261201-000000-manual.partial").mkdir()
    report = ver.verify_store(store)
    assert [p.name for p in report.staging] == [
        ".restore-x1y2z3",
        "ecomplaint-20261201-000000-manual.partial",
    ]
    folder = str(store.folder)
    store.close()
    main(["--data-dir", folder, "verify"])
    assert "INTERRUPTED RESTORE/BACKUP" in capsys.readouterr().out


def test_team_mode_cleanup_waits_for_an_attach_about_to_commit(pg_url: str, tmp_path: Path) -> None:
    shared = tmp_path / "shared-evidence"
    a = open_store(tmp_path / "a", database_url=pg_url, clock=FixedClock(), evidence_dir=shared)
    b = open_store(tmp_path / "b", database_url=pg_url, clock=FixedClock(), evidence_dir=shared)
    try:
        case_id = cases.create_case(a, title="团队").created_id
        content = b"volunteer B's screenshot"
        blob = _orphan(b, content)  # B's file is in place, old (content seen before)
        report = ver.verify_store(a)
        assert blob in report.orphaned
        finished = threading.Event()
        removed: list[Path] = []

        def clean() -> None:
            removed.extend(ver.clean_strays(a, report))
            finished.set()

        with b.write() as s:  # B's attach transaction: the lock, then its row
            blob_lock(s, exclusive=False)
            cleaner = threading.Thread(target=clean)
            cleaner.start()
            assert not finished.wait(0.5)  # A's cleanup waits for B's commit
            s.add(
                Evidence(
                    uid="b-shot",
                    case_id=case_id,
                    sha256=hashlib.sha256(content).hexdigest(),
                    original_name="shot.png",
                    size=len(content),
                    mime="image/png",
                    added_at=b.clock.now(),
                )
            )
        cleaner.join(timeout=30)
        assert finished.is_set() and removed == [] and blob.exists()
    finally:
        a.close()
        b.close()
