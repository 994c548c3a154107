"""Backups and restore: rolling backups keep N, a restore gives back exactly the backup's state."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from ecomplaint.cli.main import main
from ecomplaint.domain.clock import FixedClock
from ecomplaint.handoff import backups
from ecomplaint.handoff.backups import backup_folder, backup_if_due, describe_backup
from ecomplaint.handoff.restore import restore_backup
from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries
from ecomplaint.store import queries
from ecomplaint.store.backup import backup_database, backup_name, list_backups
from ecomplaint.store.engine import Store, head_revision, migrate, open_store
from tests.conftest import FROZEN
from tests.helpers.evidence import add_evidence, evidence_hashes

PHOTO = b"\xff\xd8\xff" + b"wall mount" * 300
CHAT = b"chat export " * 200


def shown(folder: Path, capsys: Any) -> dict[str, Any]:
    """`ecomplaint show --json` of every case (trashed too), by uid."""
    store = open_store(folder, clock=FixedClock(FROZEN))
    try:
        ids = [c.id for c in queries.list_cases(store, include_trashed=True)]
    finally:
        store.close()
    capsys.readouterr()
    out = {}
    for case_id in ids:
        assert main(["--data-dir", str(folder), "show", str(case_id), "--json"]) == 0
        doc = json.loads(capsys.readouterr().out)
        out[doc["case"]["uid"]] = doc
    return out


@pytest.fixture
def full_store(demo_store: Store) -> Store:
    add_evidence(demo_store, 1, PHOTO, name="wall.jpg")
    add_evidence(demo_store, 2, CHAT, name="chat.txt", mime="text/plain")
    return demo_store


def change_everything(store: Store) -> None:
    cases.create_case(store, title="A later case")
    entry = queries.case_detail(store, 1).entries[0]
    entries.edit_entry(store, entry_id=entry.id, values={"summary": "edited after the backup"})
    add_evidence(store, 1, b"a later photo", name="later.jpg")


@pytest.mark.parametrize("shape", ["zip", "folder"])
def test_a_restore_returns_the_exact_state_of_the_backup(
    full_store: Store, tmp_path: Path, capsys: Any, shape: str
) -> None:
    store = full_store
    if shape == "zip":
        backup = backups.write_backup_file(store, tmp_path / "whole.zip")
    else:
        backup = backup_folder(store.folder, reason="manual", now=FROZEN)
    folder = store.folder
    store.close()
    expected = shown(folder, capsys), evidence_hashes(folder)

    store = open_store(folder, clock=FixedClock(FROZEN))
    change_everything(store)
    (folder / "evidence").joinpath(PHOTO_PATH()).unlink()  # an original lost since
    store.close()
    changed = shown(folder, capsys), evidence_hashes(folder)
    assert changed != expected

    result = restore_backup(folder, backup, now=FROZEN + timedelta(hours=1))
    assert (shown(folder, capsys), evidence_hashes(folder)) == expected

    # what was there before the restore was backed up first, originals included
    assert result.before_restore is not None
    before = describe_backup(result.before_restore)
    assert before.reason == "before-restore" and before.counts["cases"] == 3
    assert before.evidence_files == len(changed[1])
    store2 = open_store(folder, clock=FixedClock(FROZEN))
    try:
        assert queries.counts(store2)["cases"] == 2
    finally:
        store2.close()


def PHOTO_PATH() -> str:  # noqa: N802 - reads like the constant it stands for
    import hashlib

    sha = hashlib.sha256(PHOTO).hexdigest()
    return f"{sha[:2]}/{sha}"


def test_a_backup_folder_links_the_originals_and_lists_them(full_store: Store) -> None:
    path = backup_folder(full_store.folder, reason="manual", now=FROZEN)
    manifest = json.loads((path / "manifest.json").read_text())
    assert manifest["format"] == "ecomplaint.manifest/1" and manifest["kind"] == "backup"
    assert manifest["schema"] == head_revision()
    live = queries.counts(full_store)
    assert manifest["counts"] == {k: live[k] for k in ("cases", "entries", "evidence")}
    assert len(manifest["files"]) == 1 + len(evidence_hashes(full_store.folder))
    src = full_store.folder / "evidence" / PHOTO_PATH()
    copy = path / "evidence" / PHOTO_PATH()
    assert copy.read_bytes() == PHOTO
    assert copy.stat().st_ino == src.stat().st_ino  # a hard link: no second copy on disk
    assert path.name == "ecomplaint-20261120-060000-manual"


def test_rolling_backups_keep_the_newest_n_and_spare_other_backups(store: Store) -> None:
    folder = store.folder
    # a pre-migration backup (engine.open_store) and a pre-restore one: never rotated
    pre = backup_database(store.path, folder / "backups" / backup_name("before-0002", FROZEN))
    backup_folder(folder, reason="before-restore", now=FROZEN)
    taken = []
    for day in range(6):
        now = FROZEN + timedelta(days=day, minutes=1)
        taken.append(backup_if_due(store, keep=3, now=now))
        assert backup_if_due(store, keep=3, now=now + timedelta(hours=23)) is None  # not due
    assert all(taken)
    autos = [p for _, p in backups.auto_backups(folder)]
    assert autos == list(reversed(taken[-3:]))
    names = [p.name for p in list_backups(folder / "backups")]
    assert pre.name in names and any(n.endswith("-before-restore") for n in names)
    assert len(names) == 5
    assert not list((folder / "backups").glob(".deleting-*"))


def test_a_backup_is_due_again_after_the_clock_went_back(store: Store) -> None:
    assert backup_if_due(store, now=FROZEN) is not None
    assert backup_if_due(store, now=FROZEN - timedelta(days=30)) is not None


def test_restoring_a_backup_from_an_older_schema_migrates_on_open(
    full_store: Store, tmp_path: Path
) -> None:
    old = tmp_path / "old"
    old.mkdir()
    migrate(old / "ecomplaint.sqlite3", target="0001")
    backup = backup_folder(old, reason="old", now=FROZEN)
    assert describe_backup(backup).schema == "0001"
    folder = full_store.folder
    full_store.close()
    restore_backup(folder, backup, now=FROZEN)
    store = open_store(folder, clock=FixedClock(FROZEN))
    try:
        assert store.migrated_from == "0001"
        assert queries.schema_revision(store) == head_revision()
        assert queries.counts(store)["cases"] == 0
    finally:
        store.close()
    assert evidence_hashes(folder) == {}  # the backup had no originals


def test_a_tampered_backup_is_refused_and_the_store_is_untouched(
    full_store: Store, tmp_path: Path, capsys: Any
) -> None:
    backup = backup_folder(full_store.folder, reason="manual", now=FROZEN)
    folder = full_store.folder
    change_everything(full_store)
    full_store.close()
    expected = shown(folder, capsys), evidence_hashes(folder)
    copy = tmp_path / "copy"
    import shutil

    shutil.copytree(backup, copy)
    target = copy / "evidence" / PHOTO_PATH()
    target.unlink()  # the copy shares the inode with the store: replace, do not edit in place
    target.write_bytes(PHOTO.replace(b"wall", b"WALL", 1))
    with pytest.raises(UserError) as err:
        restore_backup(folder, copy, now=FROZEN)
    assert err.value.key == "backup.bad_file"
    assert "SHA-256" in err.value.message("en") and "指纹" in err.value.message("zh")
    assert (shown(folder, capsys), evidence_hashes(folder)) == expected
    assert not list(folder.glob(".restore-*"))


def test_a_restore_is_refused_while_the_store_is_open_elsewhere(
    full_store: Store, tmp_path: Path
) -> None:
    backup = backups.write_backup_file(full_store, tmp_path / "b.zip")
    cases.create_case(full_store, title="still open")  # the engine keeps its connection
    with full_store.engine.connect(), pytest.raises(UserError) as err:
        restore_backup(full_store.folder, backup, now=FROZEN)
    assert err.value.key == "backup.store_busy"
    assert queries.counts(full_store)["cases"] == 3


def test_describe_a_pre_migration_database_backup(full_store: Store) -> None:
    path = backup_database(
        full_store.path, full_store.folder / "backups" / backup_name("before-0003", FROZEN)
    )
    info = describe_backup(path)
    assert info.shape == "database" and info.reason == "before-0003"
    assert info.counts["cases"] == 2 and info.created_at == FROZEN


def test_describe_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(b"nope")
    for path in (tmp_path / "x.zip", tmp_path / "missing", tmp_path):
        with pytest.raises(UserError):
            describe_backup(path)


# --- the commands --------------------------------------------------------------------------------


def test_backup_and_restore_commands(
    full_store: Store, tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    d = str(full_store.folder)
    n_files = len(evidence_hashes(full_store.folder))
    n_evidence = queries.counts(full_store)["evidence"]
    full_store.close()
    out = tmp_path / "b.zip"
    assert main(["--data-dir", d, "backup", "-o", str(out), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["backup"]["counts"]["cases"] == 2 and doc["backup"]["evidence_files"] == n_files

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--data-dir", d, "restore", str(out)]) == 1  # no terminal, no --yes
    assert "--yes" in capsys.readouterr().err

    assert main(["--data-dir", d, "restore", str(out), "--dry-run"]) == 0
    assert f"Cases 2, entries 16, evidence {n_evidence}" in capsys.readouterr().out

    assert main(["--data-dir", d, "restore", str(out), "--yes", "--json"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["restored"] is True and doc["before_restore"]
    assert "Cases 2" in captured.err  # the description is shown before anything is replaced

    (tmp_path / "junk.zip").write_bytes(b"junk")
    assert main(["--data-dir", d, "restore", str(tmp_path / "junk.zip"), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "cannot be restored: it is not a readable zip file" in err
    assert "hand-off" not in err and "imported" not in err


def test_restore_works_when_the_current_database_is_damaged(
    full_store: Store, tmp_path: Path, capsys: Any
) -> None:
    backup = backups.write_backup_file(full_store, tmp_path / "b.zip")
    folder = full_store.folder
    full_store.close()
    (folder / "ecomplaint.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert main(["--data-dir", str(folder), "cases"]) == 2  # the store cannot open
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "restore", str(backup), "--yes"]) == 0
    assert len(shown(folder, capsys)) == 2
    kept = [p for p in list_backups(folder / "backups") if p.name.endswith("before-restore")]
    assert (kept[0] / "ecomplaint.sqlite3").read_bytes().startswith(b"SQLite format 3")
