"""Issue 12 §6: backups and restores accept only what the program wrote.

Each crafted backup is refused with a clear message and the store is left exactly as it was:
a database with a trigger, view or table of its own, a lone alembic_version, broken references,
a link in a backup folder, a zip bomb, a device in a zip; and before-restore copies share the
originals and are rotated.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from ecomplaint.cli.main import main
from ecomplaint.domain.clock import FixedClock
from ecomplaint.handoff import backups
from ecomplaint.handoff.backups import backup_folder
from ecomplaint.handoff.restore import restore_backup
from ecomplaint.i18n import UserError
from ecomplaint.store.engine import Store, open_store
from tests.conftest import FROZEN
from tests.helpers.evidence import add_evidence, evidence_hashes

PHOTO = b"\xff\xd8\xff" + b"wall mount" * 300


@pytest.fixture
def store_and_backup(demo_store: Store) -> tuple[Path, Path]:
    add_evidence(demo_store, 1, PHOTO, name="wall.jpg")
    backup = backup_folder(demo_store.folder, reason="manual", now=FROZEN)
    folder = demo_store.folder
    demo_store.close()
    return folder, backup


def snapshot(folder: Path) -> tuple[bytes, dict[str, str], list[str]]:
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
    return (folder / "ecomplaint.sqlite3").read_bytes(), evidence_hashes(folder), files


def refit(backup: Path) -> None:
    """Re-fingerprint a backup folder's manifest after a test changed its files."""
    manifest = json.loads((backup / "manifest.json").read_text())
    for f in manifest["files"]:
        p = backup / f["path"]
        f["sha256"] = hashlib.sha256(p.read_bytes()).hexdigest()
        f["size"] = p.stat().st_size
    (backup / "manifest.json").write_text(json.dumps(manifest))


def crafted(backup: Path, sql: str) -> Path:
    conn = sqlite3.connect(backup / "ecomplaint.sqlite3")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.executescript(sql)
    conn.commit()
    conn.close()
    refit(backup)
    return backup


def refused(folder: Path, source: Path, key: str) -> UserError:
    before = snapshot(folder)
    with pytest.raises(UserError) as info:
        restore_backup(folder, source, now=FROZEN + timedelta(hours=1))
    assert info.value.key == key, info.value.message("en")
    assert snapshot(folder) == before
    return info.value


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        (
            "CREATE TRIGGER rewrite AFTER INSERT ON entries BEGIN "
            "UPDATE entries SET summary = 'rewritten'; UPDATE evidence SET trashed_at = "
            "'2026-01-01'; END;",
            "extra trigger rewrite",
        ),
        ("CREATE VIEW spy AS SELECT * FROM cases;", "extra view spy"),
        ("CREATE TABLE extra (x);", "extra table extra"),
        (
            "DROP TRIGGER search_entries_ai; CREATE TRIGGER search_entries_ai AFTER INSERT ON "
            "entries BEGIN DELETE FROM evidence; END;",
            "changed trigger search_entries_ai",
        ),
    ],
    ids=["trigger", "view", "table", "same-name-trigger"],
)
def test_a_backup_whose_schema_is_not_exactly_ours_is_refused(
    store_and_backup: tuple[Path, Path], sql: str, said: str
) -> None:
    folder, backup = store_and_backup
    error = refused(folder, crafted(backup, sql), "backup.foreign_database")
    assert said in error.message("en")
    assert "不完全一致" in error.message("zh")


def test_a_database_holding_only_alembic_version_is_refused(
    store_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, _ = store_and_backup
    lone = tmp_path / "ecomplaint-20261101-000000-before-0004.sqlite3"
    conn = sqlite3.connect(lone)
    conn.executescript(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
        "INSERT INTO alembic_version VALUES ('0004');"
    )
    conn.close()
    refused(folder, lone, "backup.foreign_database")


def test_a_backup_with_broken_references_is_refused(store_and_backup: tuple[Path, Path]) -> None:
    folder, backup = store_and_backup
    sql = "UPDATE entries SET case_id = 999 WHERE id = (SELECT min(id) FROM entries);"
    error = refused(folder, crafted(backup, sql), "backup.bad_database")
    assert "broken references" in error.message("en")


def test_a_link_in_a_backup_folder_is_refused_and_its_target_untouched(
    store_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, backup = store_and_backup
    outside = tmp_path / "someone-elses.jpg"
    outside.write_bytes(PHOTO)
    outside.chmod(0o664)
    blob = sorted((backup / "evidence").rglob("*/*"))[0]
    blob.unlink()
    blob.symlink_to(outside)
    error = refused(folder, backup, "backup.bad_file")
    assert "link or a special file" in error.message("en")
    assert stat.S_IMODE(outside.stat().st_mode) == 0o664


def test_a_linked_evidence_folder_in_a_backup_is_refused(
    store_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, backup = store_and_backup
    fan = sorted((backup / "evidence").iterdir())[0]
    moved = shutil.move(str(fan), str(tmp_path / "elsewhere"))
    fan.symlink_to(moved, target_is_directory=True)
    refused(folder, backup, "backup.bad_file")


def zip_of(backup: Path, dest: Path, extra: Callable[[zipfile.ZipFile], None] | None) -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(backup.rglob("*")):
            if p.is_file():
                z.write(p, str(p.relative_to(backup)))
        if extra:
            extra(z)
    return dest


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    store_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, backup = store_and_backup
    zeros = b"\x00" * (64 << 20)  # 64 MiB that deflate to 64 KiB: about 1,000:1
    (backup / "ecomplaint.sqlite3").write_bytes(zeros)
    refit(backup)
    bomb = zip_of(backup, tmp_path / "bomb.zip", None)
    assert bomb.stat().st_size < (1 << 20)
    error = refused(folder, bomb, "backup.bad_file")
    assert "unpacks to far more data" in error.message("en")
    assert not list(folder.glob(".restore-*"))


def test_a_device_or_pipe_entry_in_a_backup_zip_is_refused(
    store_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, backup = store_and_backup
    empty = hashlib.sha256(b"").hexdigest()
    name = f"evidence/{empty[:2]}/{empty}"
    manifest = json.loads((backup / "manifest.json").read_text())
    manifest["files"].append({"path": name, "sha256": empty, "size": 0})  # listed: consistent
    (backup / "manifest.json").write_text(json.dumps(manifest))

    def fifo(z: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo(name)
        info.create_system = 3
        info.external_attr = (stat.S_IFIFO | 0o644) << 16
        z.writestr(info, b"")

    refused(folder, zip_of(backup, tmp_path / "fifo.zip", fifo), "backup.bad_file")


def test_a_restore_that_cannot_fit_is_refused_before_writing(
    store_and_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, backup = store_and_backup
    real = shutil.disk_usage
    monkeypatch.setattr(
        shutil, "disk_usage", lambda p: real(p)._replace(free=1 << 20)
    )  # 1 MiB left
    error = refused(folder, backup, "backup.no_space")
    assert "free space" in error.message("en")


def test_a_full_disk_during_a_restore_is_a_message_and_changes_nothing(
    store_and_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    folder, backup = store_and_backup
    before = snapshot(folder)

    def fsync(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)
    assert main(["--data-dir", str(folder), "restore", str(backup), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "disk is full" in err and "Traceback" not in err
    monkeypatch.undo()
    assert snapshot(folder) == before


def test_before_restore_backups_share_the_originals_and_are_rotated(
    store_and_backup: tuple[Path, Path],
) -> None:
    folder, backup = store_and_backup
    for hour in range(1, 11):
        restore_backup(folder, backup, now=FROZEN + timedelta(hours=hour))
    kept = [p for _, p in backups.auto_backups(folder, backups.BEFORE_RESTORE)]
    assert len(kept) == backups.DEFAULT_KEEP
    for blob in (folder / "evidence").rglob("*/*"):
        copy = kept[0] / "evidence" / blob.parent.name / blob.name
        assert copy.stat().st_ino == blob.stat().st_ino  # a hard link, not a second copy
        assert stat.S_IMODE(blob.stat().st_mode) == 0o400
    s = open_store(folder, clock=FixedClock(FROZEN))  # and the restored store opens
    s.close()


@pytest.mark.slow
def test_a_restore_killed_at_any_point_leaves_a_store_that_opens(
    store_and_backup: tuple[Path, Path],
) -> None:
    """SIGKILL mid-restore: the store opens (never "database missing"), passes its checks,
    and holds either the state before or the backup's; before-restore copies stay rotated."""
    import random
    import signal
    import subprocess
    import sys
    import time

    folder, backup = store_and_backup
    root = Path(__file__).parent.parent
    rng = random.Random(20261201)
    for _ in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-m", "ecomplaint", "--data-dir", str(folder)]
            + ["restore", str(backup), "--yes"],
            cwd=root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.3 + rng.random() * 1.2)  # start-up, then somewhere in the restore
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        s = open_store(folder, clock=FixedClock(FROZEN))
        try:
            with s.read() as session:
                conn = session.connection()
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        finally:
            s.close()
    kept = backups.auto_backups(folder, backups.BEFORE_RESTORE)
    assert len(kept) <= backups.DEFAULT_KEEP + 1
