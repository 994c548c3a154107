"""Issue 12, the store's side: nothing lost, nothing silently replaced.

§1 a damaged store is never written to nor backed up over good backups; §2 a missing database
beside a case history is an error; §8 store errors are messages, the file untouched;
§9 evidence is private. (§6, restores, is in test_restore_guard.py.)
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from ecomplaint.cli.main import main
from ecomplaint.domain.clock import FixedClock
from ecomplaint.handoff import backups
from ecomplaint.handoff.backups import backup_folder, backup_if_due, describe_backup
from ecomplaint.services import cases, entries
from ecomplaint.services.demo import load_demo
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.errors import StoreError
from ecomplaint.store.migrate import known_revisions
from tests.conftest import FROZEN
from tests.helpers.evidence import add_evidence

PHOTO = b"\xff\xd8\xff" + b"installer's photo " * 500


# --- a real store, and a copy of it with one damaged page of `entries` ------------------------


@pytest.fixture(scope="session")
def real_store(tmp_path_factory: Any) -> Path:
    """Built once: the demo cases, 300 more entries, an original and one good backup."""
    folder = tmp_path_factory.mktemp("real") / "data"
    s = open_store(folder, clock=FixedClock(FROZEN))
    try:
        load_demo(s)
        case_id = cases.create_case(s, title="A long case").created_id
        assert case_id is not None
        for i in range(300):
            entries.log_entry(s, case_id=case_id, kind="note", summary=f"note {i:03} " + "x" * 300)
        add_evidence(s, case_id, PHOTO, name="photo.jpg")
        backup_if_due(s, now=FROZEN - timedelta(days=1))
    finally:
        s.close()
    _checkpoint(folder / "ecomplaint.sqlite3")
    return folder


def _checkpoint(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")  # every page in the main file, no -wal
    conn.close()


def entries_leaf_pages(db: Path) -> list[int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf' ORDER BY pageno"
        ).fetchall()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert len(rows) > 10, "the template should spread entries over many pages"
    return [r[0] for r in rows] + [size]


def damage_one_entries_page(db: Path) -> bytes:
    """Overwrite one leaf page of `entries` from the middle of the table (not the last one,
    where new rows go): what a bad sector or a torn copy does. Returns the damaged bytes."""
    *pages, size = entries_leaf_pages(db)
    page = pages[len(pages) // 2]
    raw = bytearray(db.read_bytes())
    start = (page - 1) * size
    raw[start : start + size] = b"\xa5" * size
    db.write_bytes(bytes(raw))
    return bytes(raw)


@pytest.fixture
def copy(real_store: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(real_store, target, symlinks=True)
    return target


@pytest.fixture
def damaged(copy: Path) -> Path:
    damage_one_entries_page(copy / "ecomplaint.sqlite3")
    return copy


def run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


# --- §1 a damaged store is never written to, never backed up over good backups -----------------


def test_a_backup_of_a_damaged_store_is_refused_and_names_the_good_backups(
    damaged: Path, capsys: Any
) -> None:
    before = sorted(p.name for p in (damaged / "backups").iterdir())
    assert run(damaged, "backup") == 2
    err = capsys.readouterr().err
    assert "no backup was made" in err
    assert before[0] in err  # the good backup to restore
    assert sorted(p.name for p in (damaged / "backups").iterdir()) == before
    with pytest.raises(StoreError) as info:
        s = open_store(damaged, clock=FixedClock(FROZEN))
        try:
            backups.write_backup_file(s, damaged.parent / "one.zip")
        finally:
            s.close()
    assert info.value.key == "backup.store_damaged"
    assert not (damaged.parent / "one.zip").exists()


def test_daily_starts_on_a_damaged_store_keep_the_good_backup(damaged: Path) -> None:
    good = [p for p in (damaged / "backups").iterdir()]
    refused = 0
    for day in range(8):  # eight daily window starts
        s = open_store(damaged, clock=FixedClock(FROZEN + timedelta(days=day)))
        try:
            backup_if_due(s, keep=7)
        except StoreError as exc:
            assert exc.key == "backup.store_damaged"
            refused += 1
        finally:
            s.close()
    assert refused == 8
    assert [p for p in (damaged / "backups").iterdir()] == good
    assert backups.passes_check(good[0])


def _damaged_auto_backup(good: Path, name: str) -> Path:
    """An automatic backup as the old program made them from a damaged store: no check."""
    bad = good.with_name(name)
    shutil.copytree(good, bad)
    damage_one_entries_page(bad / "ecomplaint.sqlite3")
    manifest = json.loads((bad / "manifest.json").read_text())
    manifest.pop("check", None)
    (bad / "manifest.json").write_text(json.dumps(manifest))
    return bad


def test_rotation_always_keeps_the_newest_backup_that_passed_its_check(copy: Path) -> None:
    (good,) = (copy / "backups").iterdir()
    for day in range(1, 9):
        _damaged_auto_backup(good, f"ecomplaint-202611{20 + day:02}-000000-auto")
    removed = backups.rotate(copy, keep=7)
    left = [p for _, p in backups.auto_backups(copy)]
    assert good in left, "the only good backup was rotated away"
    assert len(removed) == 1 and len(left) == 8


def test_each_backup_records_its_check_in_its_description(copy: Path) -> None:
    path = backup_folder(copy, reason="manual", now=FROZEN)
    manifest = json.loads((path / "manifest.json").read_text())
    assert manifest["check"] == {"quick_check": "ok"}
    info = describe_backup(path)
    assert info.check == "ok"
    assert "Check:  passed (quick_check)" in backups.describe_lines(info, zh=False)
    assert "数据库检查：通过" in backups.describe_lines(info, zh=True)


def test_a_write_that_meets_a_damaged_page_stops_every_write(damaged: Path) -> None:
    s = open_store(damaged, clock=FixedClock(FROZEN))
    try:
        case_id = max(c.id for c in _cases(s))
        hit = None
        for entry_id in range(1, 400):  # edit every entry: one of them sits on the bad page
            try:
                entries.edit_entry(s, entry_id=entry_id, values={"summary": "edited"})
            except StoreError as exc:
                hit = exc
                break
            except Exception:  # noqa: BLE001, S112 - an id of another case, or none
                continue
        assert hit is not None and hit.key == "store.write_stopped"
        assert str(next((damaged / "backups").iterdir())) in hit.message("en")
        with pytest.raises(StoreError) as info:  # a write far from the damage: refused too
            cases.create_case(s, title="after the damage")
        assert info.value.key == "store.write_stopped"
        assert "不再写入" in info.value.message("zh")
    finally:
        s.close()
    # the next session (a CLI command) knows, without a full check at every start
    from ecomplaint.store import health

    assert health.damage_seen(damaged)
    assert run(damaged, "log", str(case_id), "--kind", "note", "--summary", "lost?") == 2


def test_log_after_a_command_met_the_damage_is_refused(damaged: Path, capsys: Any) -> None:
    run(damaged, "show", "3", "--json")  # a read meets the damaged page
    capsys.readouterr()
    db = damaged / "ecomplaint.sqlite3"
    _checkpoint(db)
    before = db.read_bytes()
    assert run(damaged, "log", "3", "--kind", "note", "--summary", "written into damage?") == 2
    assert "nothing more is written" in capsys.readouterr().err
    _checkpoint(db)
    assert db.read_bytes()[100:] == before[100:]  # every page as it was (the header counts
    # journal-mode switches, which opening does)


def test_verify_checks_the_database_too(damaged: Path, capsys: Any) -> None:
    assert run(damaged, "verify") == 1
    out = capsys.readouterr()
    assert "damaged" in out.err
    assert "ORPHANED" not in out.out  # a partial list of exhibits must not call files orphans
    assert run(damaged, "verify", "--clean-strays") == 1
    assert any((damaged / "evidence").rglob("*"))  # nothing deleted


def test_start_up_runs_no_full_check_on_a_healthy_store(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ecomplaint.store import sqlite_file

    calls: list[Path] = []
    monkeypatch.setattr(sqlite_file, "quick_check", lambda p: calls.append(p) or "ok")
    open_store(copy, clock=FixedClock(FROZEN)).close()
    assert calls == []


def _cases(s: Store) -> list[Any]:
    from ecomplaint.store import queries

    return list(queries.list_cases(s))


# --- §2 a missing or empty database beside a case history is not a new store -------------------


@pytest.mark.parametrize("how", ["deleted", "truncated"])
def test_a_missing_database_beside_evidence_and_backups_is_an_error(
    copy: Path, capsys: Any, how: str
) -> None:
    db = copy / "ecomplaint.sqlite3"
    originals = sorted((copy / "evidence").rglob("*/*"))
    if how == "deleted":
        db.unlink()
    else:
        db.write_bytes(b"")
    assert run(copy, "cases") == 2
    err = capsys.readouterr().err
    assert "missing or empty" in err and "--new-store" in err
    assert str(next((copy / "backups").iterdir())) in err
    assert run(copy, "verify", "--clean-strays") == 2  # never "every file is orphaned"
    assert db.exists() == (how == "truncated") and (not db.exists() or db.stat().st_size == 0)
    assert sorted((copy / "evidence").rglob("*/*")) == originals
    # the user asks for a new store: then, and only then
    assert run(copy, "--new-store", "cases") == 0
    assert db.stat().st_size > 0


def test_only_evidence_is_enough_history(copy: Path) -> None:
    (copy / "ecomplaint.sqlite3").unlink()
    shutil.rmtree(copy / "backups")
    with pytest.raises(StoreError) as info:
        open_store(copy)
    assert info.value.key == "store.missing_database"


def test_an_empty_folder_still_starts_a_new_store(tmp_path: Path) -> None:
    open_store(tmp_path / "fresh").close()
    (tmp_path / "other").mkdir()
    open_store(tmp_path / "other").close()
    assert (tmp_path / "other" / "ecomplaint.sqlite3").stat().st_size > 0


@pytest.mark.slow
def test_an_empty_team_database_beside_shared_evidence_is_an_error(
    pg_url: str, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    sha = "ab" + "0" * 62
    (shared / "ab").mkdir(parents=True)
    (shared / "ab" / sha).write_bytes(b"someone's original")
    with pytest.raises(StoreError) as info:
        open_store(tmp_path / "local", database_url=pg_url, evidence_dir=shared)
    assert info.value.key == "store.missing_database"
    open_store(tmp_path / "local", database_url=pg_url, evidence_dir=shared, new_store=True).close()


# --- §8 store errors are messages; the file untouched -------------------------------------------


def test_a_database_path_that_is_a_folder_is_a_message(tmp_path: Path, capsys: Any) -> None:
    folder = tmp_path / "data"
    (folder / "ecomplaint.sqlite3").mkdir(parents=True)
    assert run(folder, "cases") == 2
    assert "is a folder" in capsys.readouterr().err


def test_a_read_only_database_is_a_message_and_untouched(copy: Path, capsys: Any) -> None:
    db = copy / "ecomplaint.sqlite3"
    before = db.read_bytes()
    db.chmod(0o444)
    try:
        assert run(copy, "log", "1", "--kind", "note", "--summary", "x") == 2
        assert "read-only" in capsys.readouterr().err
        assert db.read_bytes() == before
        assert not Path(str(db) + "-wal").exists()
    finally:
        db.chmod(0o644)


def test_an_unreadable_database_is_a_message(
    copy: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    from ecomplaint.store import sqlite_file

    db = copy / "ecomplaint.sqlite3"
    db.chmod(0)
    if os.geteuid() == 0:  # root reads whatever the mode: refuse at the OS boundary instead
        real_open = builtins.open

        def no_read(file: Any, *a: Any, **k: Any) -> Any:
            if Path(file) == db:
                raise PermissionError(13, "Permission denied", str(db))
            return real_open(file, *a, **k)

        monkeypatch.setattr(sqlite_file, "open", no_read, raising=False)
    try:
        assert run(copy, "cases") == 2
        err = capsys.readouterr().err
        assert "cannot be read" in err and "Traceback" not in err
    finally:
        db.chmod(0o644)


@pytest.mark.parametrize("revision", ["ab12cd34ef56", "0001"])
def test_another_programs_sqlite_file_with_alembic_is_refused_untouched(
    tmp_path: Path, capsys: Any, revision: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "ecomplaint.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
        f"INSERT INTO alembic_version VALUES ('{revision}');"
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
        "INSERT INTO notes (body) VALUES ('a stranger''s data');"
    )
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError) as info:
        open_store(folder)
    assert info.value.key == "store.foreign"
    for lang in ("en", "zh"):
        text = info.value.message(lang)  # type: ignore[arg-type]
        assert "not SQLite" not in text and "不是 SQLite" not in text
    assert run(folder, "cases") == 2
    assert "not one eComplaint wrote" in capsys.readouterr().err
    assert db.read_bytes() == before
    assert not Path(str(db) + "-wal").exists()  # not switched to WAL


def test_the_shipped_schema_references_match_the_migrations() -> None:
    from ecomplaint.store import schema_check

    for revision in known_revisions():
        assert schema_check.reference(revision) == schema_check.build_reference(revision), (
            "run python -m ecomplaint.store.schema_check"
        )


def test_an_extra_trigger_in_the_store_is_refused_at_open(copy: Path) -> None:
    db = copy / "ecomplaint.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute(
        "CREATE TRIGGER rewrite AFTER INSERT ON entries BEGIN UPDATE entries SET summary = 'x'; END"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        open_store(copy)
    assert info.value.key == "store.foreign"
    assert "extra trigger rewrite" in info.value.message("en")


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The disk fills up: every fsync (where a full disk shows at the latest) fails ENOSPC."""
    import errno

    def fsync(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)
    yield


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if "partial" in p.name or p.name.endswith(".tmp") or p.name.startswith(".backup-")
    )


@pytest.mark.parametrize(
    "command",
    [
        ["backup"],
        ["backup", "-o", "{tmp}/whole.zip"],
        ["export-case", "1", "-o", "{tmp}/case.ecase"],
        ["attach", "1", "{tmp}/new.jpg"],
        ["import", "{tmp}/given.ecase"],
    ],
    ids=["backup", "backup-zip", "export-case", "attach", "import"],
)
def test_a_full_disk_is_a_message_and_leaves_nothing_half_written(
    copy: Path, tmp_path: Path, capsys: Any, command: list[str], request: Any
) -> None:
    (tmp_path / "new.jpg").write_bytes(b"\xff\xd8\xff a new photo")
    given = tmp_path / "given"
    shutil.copytree(copy, given)
    assert run(given, "export-case", "3", "-o", str(tmp_path / "given.ecase")) == 0
    shutil.rmtree(given)
    shutil.rmtree(copy / "evidence")  # so that the import has originals to write
    backups_before = sorted(p.name for p in (copy / "backups").iterdir())
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    request.getfixturevalue("full_disk")
    assert run(copy, *args) == 2
    err = capsys.readouterr().err
    assert "disk is full" in err and "Traceback" not in err
    assert _leftovers(copy) == [] and _leftovers(tmp_path) == []
    assert sorted(p.name for p in (copy / "backups").iterdir()) == backups_before
    assert not (tmp_path / "whole.zip").exists() and not (tmp_path / "case.ecase").exists()


def test_a_full_disk_during_verify_leaves_no_empty_report(
    copy: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def write_text(self: Path, *_a: Any, **_k: Any) -> int:
        self.touch()  # the file is created, then nothing fits in it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", write_text)
    assert run(copy, "verify") == 2
    assert "disk is full" in capsys.readouterr().err
    assert not (copy / "verify-last.tmp").exists()


def test_numbers_beyond_sqlites_range_in_a_case_file_are_refused(
    copy: Path, tmp_path: Path, capsys: Any
) -> None:
    from tests.test_handoff import _doc_change, rewrite

    assert run(copy, "export-case", "1", "-o", str(tmp_path / "a.ecase")) == 0
    for n, value in enumerate((1 << 70, 10**40)):
        bad = rewrite(
            tmp_path / "a.ecase",
            tmp_path / f"big{n}.ecase",
            _doc_change(lambda d, v=value: d["case"].__setitem__("version", v)),
            fix_manifest=True,
        )
        fresh = tmp_path / f"other{n}"
        assert run(fresh, "import", str(bad)) == 2
        err = capsys.readouterr().err
        assert "too large to store" in err and "Traceback" not in err


# --- §9 evidence files are private ------------------------------------------------------------


def test_stored_originals_and_the_data_folder_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(PHOTO)
    s = open_store(folder, clock=FixedClock(FROZEN))
    try:
        case_id = cases.create_case(s, title="Private").created_id
        from ecomplaint.services.evidence import attach_files

        outcome = attach_files(s, case_id=case_id, paths=[photo])
        (stored,) = [r for r in outcome.results if r.ok]
    finally:
        s.close()
    blob = next((folder / "evidence").rglob(stored.sha256))
    assert stat.S_IMODE(blob.stat().st_mode) == 0o400
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "evidence").stat().st_mode) == 0o700


def test_a_data_folder_left_open_by_an_older_version_is_closed(copy: Path) -> None:
    copy.chmod(0o755)
    open_store(copy).close()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o700


def test_a_link_to_a_file_outside_its_folder_is_not_attached(
    copy: Path, tmp_path: Path, capsys: Any
) -> None:
    secret = tmp_path / "private" / "id_rsa"
    secret.parent.mkdir()
    secret.write_bytes(b"-----BEGIN OPENSSH PRIVATE KEY----- not for sharing")
    shared = tmp_path / "screenshots"
    shared.mkdir()
    link = shared / "screenshot.png"
    link.symlink_to(secret)
    inside = shared / "same-folder.png"
    (shared / "real.png").write_bytes(b"\x89PNG a real screenshot")
    inside.symlink_to(shared / "real.png")
    blobs = len(list((copy / "evidence").rglob("*/*")))

    assert run(copy, "attach", "1", str(link)) == 2
    assert "outside the folder" in capsys.readouterr().err
    assert len(list((copy / "evidence").rglob("*/*"))) == blobs
    assert run(copy, "attach", "1", str(inside)) == 0  # a link within its folder is fine
    assert run(copy, "attach", "1", str(link), "--follow-links") == 0  # the user said so


@pytest.mark.parametrize("revision", ["ab12cd34ef56", "0001", None])
def test_another_programs_team_database_is_refused_untouched(
    pg_url: str, tmp_path: Path, revision: str | None
) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id SERIAL PRIMARY KEY, body TEXT)"))
        if revision is not None:
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
            conn.execute(text(f"INSERT INTO alembic_version VALUES ('{revision}')"))
    try:
        with pytest.raises(StoreError) as info:
            open_store(tmp_path / "local", database_url=pg_url)
        assert info.value.key == "store.foreign"
        with engine.connect() as conn:
            tables = set(
                conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
        assert tables == ({"notes"} if revision is None else {"notes", "alembic_version"})
    finally:
        engine.dispose()


def test_a_hot_journal_left_by_a_killed_writer_is_rolled_back_not_called_damage(
    real_store: Path, tmp_path: Path
) -> None:
    """A process killed mid-transaction in rollback-journal mode leaves a hot `-journal`
    (what a killed restore leaves): the next start rolls it back and opens the store as it
    was before that transaction, instead of reporting it damaged."""
    db = real_store / "ecomplaint.sqlite3"
    target = tmp_path / "data"
    shutil.copytree(real_store, target, symlinks=True)
    conn = sqlite3.connect(target / "ecomplaint.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA cache_size=5")  # changed pages spill to the file before the commit
    conn.execute("BEGIN")
    conn.execute("UPDATE entries SET summary = summary || ' half-written'")
    killed = tmp_path / "killed"
    killed.mkdir()
    for f in target.iterdir():  # the files as a SIGKILL at this moment leaves them
        if f.is_file():
            shutil.copy2(f, killed / f.name)
    shutil.copytree(target / "evidence", killed / "evidence", symlinks=True)
    conn.execute("ROLLBACK")
    conn.close()
    assert (killed / "ecomplaint.sqlite3-journal").stat().st_size > 0
    assert (killed / "ecomplaint.sqlite3").read_bytes() != db.read_bytes()

    s = open_store(killed, clock=FixedClock(FROZEN))
    try:
        with s.read() as session:
            c = session.connection()
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert (
                c.exec_driver_sql(
                    "SELECT count(*) FROM entries WHERE summary LIKE '%half-written'"
                ).scalar()
                == 0
            )
    finally:
        s.close()
