"""An import never silently reverts newer work or re-points an exhibit (issue #12 §4)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ecomplaint.cli.main import main
from ecomplaint.handoff import casefile as cf
from ecomplaint.handoff.export import export_case
from ecomplaint.handoff.importer import import_case_file, preview_case_file
from ecomplaint.paths import backups_dir
from ecomplaint.services import cases, entries
from ecomplaint.services.evidence_verify import verify_store
from ecomplaint.store import queries
from ecomplaint.store.blobs import blob_path
from ecomplaint.store.engine import Store
from tests.helpers.evidence import add_evidence

TV_ORDER = "JD-2026-1102-4417"
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"
FORGED = b"\xff\xd8\xff\xe0" + b"forged" * 900 + b"\xff\xd9"


@pytest.fixture
def case_id(demo_store: Store) -> int:
    cid = queries.find_case_id(demo_store, TV_ORDER)
    add_evidence(demo_store, cid, PHOTO, name="wall.jpg")
    return cid


def _snapshot(store: Store, case_id: int) -> dict[str, Any]:
    d = queries.case_detail(store, case_id, include_trashed=True)
    return {
        "case": (d.case.title, d.case.demands, d.case.version),
        "entries": {e.uid: (e.summary, e.trashed_at, e.version) for e in d.entries},
        "evidence": {x.uid: (x.sha256, x.version) for x in d.evidence},
        "counts": queries.counts(store),
    }


def test_an_older_file_does_not_revert_newer_work(
    demo_store: Store, case_id: int, tmp_path: Path
) -> None:
    old = export_case(demo_store, case_id, tmp_path / "old.ecase").path
    d = queries.case_detail(demo_store, case_id)
    cases.edit_case(demo_store, case_id=case_id, values={"title": "新标题", "demands": "退款"})
    first, last = d.entries[0], d.entries[-1]
    entries.edit_entry(demo_store, entry_id=first.id, values={"summary": "改过的摘要"})
    entries.trash_entry(demo_store, entry_id=last.id)
    before = _snapshot(demo_store, case_id)

    result = import_case_file(demo_store, old)

    after = _snapshot(demo_store, case_id)
    assert after == before  # title, demands, summary and the trash all kept
    assert result.records["case"].kept_local == 1
    assert result.records["entries"].kept_local == 2
    kept = {(c.table, c.uid): c for c in result.conflicts}
    assert kept[("case", d.case.uid)].fields["title"] == ("新标题", d.case.title)
    assert kept[("entries", first.uid)].fields["summary"][0] == "改过的摘要"
    assert kept[("entries", last.uid)].fields["trashed_at"][1] is None
    assert result.backup is None  # nothing existing was updated: no backup needed


def test_dry_run_previews_and_writes_nothing(
    demo_store: Store, case_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = export_case(demo_store, case_id, tmp_path / "old.ecase").path
    cases.edit_case(demo_store, case_id=case_id, values={"title": "新标题"})
    before = _snapshot(demo_store, case_id)
    files = sorted(p for p in demo_store.folder.rglob("*") if "sqlite3" not in p.name)

    plan = preview_case_file(demo_store, old)
    assert plan.dry_run and plan.records["case"].kept_local == 1
    sent_title = json.loads(zipfile.ZipFile(old).read(cf.CASE_JSON))["case"]["title"]
    assert [c.fields["title"] for c in plan.conflicts if c.table == "case"] == [
        ("新标题", sent_title)
    ]
    folder = str(demo_store.folder)
    demo_store.close()
    assert main(["--data-dir", folder, "import", str(old), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Preview (nothing written yet)" in out and "新标题" in out and "kept local" in out
    assert main(["--data-dir", folder, "--lang", "zh", "import", str(old), "--dry-run"]) == 0
    assert "未写入任何内容" in capsys.readouterr().out
    from ecomplaint.store.engine import open_store

    again = open_store(Path(folder), clock=demo_store.clock)
    try:
        assert _snapshot(again, case_id) == before
        assert sorted(p for p in again.folder.rglob("*") if "sqlite3" not in p.name) == files
    finally:
        again.close()


def test_same_version_changed_on_both_sides_is_a_conflict(
    demo_store: Store, case_id: int, tmp_path: Path
) -> None:
    # A second store gets the case, both sides edit the same entry once.
    shared = export_case(demo_store, case_id, tmp_path / "shared.ecase").path
    other_folder = tmp_path / "other"
    other = _fresh_store(other_folder, demo_store)
    try:
        mine = import_case_file(other, shared)
        uid = queries.case_detail(demo_store, case_id).entries[0].uid
        theirs = next(e for e in queries.case_detail(other, mine.case_id).entries if e.uid == uid)
        entries.edit_entry(other, entry_id=theirs.id, values={"summary": "他们的版本"})
        here = queries.case_detail(demo_store, case_id).entries[0]
        entries.edit_entry(demo_store, entry_id=here.id, values={"summary": "我的版本"})
        back = export_case(other, mine.case_id, tmp_path / "back.ecase").path
    finally:
        other.close()
    result = import_case_file(demo_store, back)
    assert queries.case_detail(demo_store, case_id).entries[0].summary == "我的版本"
    assert result.records["entries"].conflicts == 1
    (c,) = [c for c in result.conflicts if c.table == "entries"]
    assert c.kind == "conflict" and c.fields["summary"] == ("我的版本", "他们的版本")


def _fresh_store(folder: Path, like: Store) -> Store:
    from ecomplaint.store.engine import open_store

    return open_store(folder, clock=like.clock)


def test_newer_file_updates_after_a_backup_and_a_second_import_changes_nothing(
    demo_store: Store, case_id: int, tmp_path: Path
) -> None:
    other = _fresh_store(tmp_path / "other", demo_store)
    try:
        first = import_case_file(other, export_case(demo_store, case_id, tmp_path / "a.ecase").path)
        assert first.created and first.backup is None  # a new case: nothing to lose
        entry = queries.case_detail(demo_store, case_id).entries[0]
        entries.edit_entry(demo_store, entry_id=entry.id, values={"summary": "新的摘要"})
        newer = export_case(demo_store, case_id, tmp_path / "b.ecase").path
        assert not list(backups_dir(other.folder).glob("*before-import*"))

        second = import_case_file(other, newer)
        assert second.records["entries"].updated == 1 and not second.conflicts
        assert second.backup is not None and second.backup.parent == backups_dir(other.folder)
        assert "before-import" in second.backup.name and second.backup.is_dir()
        got = next(
            e for e in queries.case_detail(other, first.case_id).entries if e.uid == entry.uid
        )
        assert got.summary == "新的摘要"

        third = import_case_file(other, newer)
        assert third.records["entries"].updated == 0 and not third.conflicts
        assert third.backup is None
    finally:
        other.close()


def _forge(src: Path, dest: Path, uid: str) -> Path:
    """The same exhibit uid, a different file, every fingerprint made consistent."""
    with zipfile.ZipFile(src) as z:
        content = {n: z.read(n) for n in z.namelist()}
    doc = json.loads(content[cf.CASE_JSON])
    forged_sha = hashlib.sha256(FORGED).hexdigest()
    for x in doc["evidence"]:
        if x["uid"] == uid:
            x["sha256"], x["size"] = forged_sha, len(FORGED)
    content[cf.CASE_JSON] = json.dumps(doc, ensure_ascii=False).encode()
    content[cf.EVIDENCE_PREFIX + forged_sha] = FORGED
    manifest = json.loads(content[cf.MANIFEST_JSON])
    manifest["files"] = [
        {"path": n, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
        for n, b in content.items()
        if n != cf.MANIFEST_JSON
    ]
    content[cf.MANIFEST_JSON] = json.dumps(manifest).encode()
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in content.items():
            z.writestr(name, data)
    return dest


def test_a_different_file_under_the_same_uid_becomes_a_new_exhibit(
    demo_store: Store, case_id: int, tmp_path: Path
) -> None:
    exhibit = queries.case_detail(demo_store, case_id).evidence[0]
    real = export_case(demo_store, case_id, tmp_path / "real.ecase").path
    forged = _forge(real, tmp_path / "forged.ecase", exhibit.uid)

    result = import_case_file(demo_store, forged)
    again = import_case_file(demo_store, forged)

    evidence = queries.case_detail(demo_store, case_id).evidence
    original = next(x for x in evidence if x.uid == exhibit.uid)
    assert original.sha256 == exhibit.sha256  # never re-pointed
    assert blob_path(demo_store.folder, exhibit.sha256).read_bytes() == PHOTO
    newcomers = [x for x in evidence if x.sha256 == hashlib.sha256(FORGED).hexdigest()]
    assert len(newcomers) == 1 and newcomers[0].uid != exhibit.uid  # once, even imported twice
    assert [c.kind for c in result.conflicts] == ["new_exhibit"]
    assert result.records["evidence"].added == 1 and again.records["evidence"].added == 0
    report = verify_store(demo_store)
    assert report.orphaned == [] and report.missing == [] and report.altered == []


def test_no_backup_no_update(
    demo_store: Store, case_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk during the backup taken before an update: nothing is imported."""
    import errno

    from ecomplaint.handoff import backups
    from ecomplaint.i18n import UserError

    other = _fresh_store(tmp_path / "other", demo_store)
    try:
        first = import_case_file(other, export_case(demo_store, case_id, tmp_path / "a.ecase").path)
        entry = queries.case_detail(demo_store, case_id).entries[0]
        entries.edit_entry(demo_store, entry_id=entry.id, values={"summary": "新的摘要"})
        newer = export_case(demo_store, case_id, tmp_path / "b.ecase").path

        def full(*args: Any, **kwargs: Any) -> Path:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(backups, "backup_folder", full)
        with pytest.raises(UserError) as caught:
            import_case_file(other, newer)
        assert caught.value.key == "handoff.backup_failed"
        assert "未导入任何内容" in caught.value.message("zh")
        got = next(
            e for e in queries.case_detail(other, first.case_id).entries if e.uid == entry.uid
        )
        assert got.summary != "新的摘要"
    finally:
        other.close()


def test_a_file_naming_a_derived_exhibit_uid_itself_is_refused(
    demo_store: Store, case_id: int, tmp_path: Path
) -> None:
    import uuid

    from ecomplaint.handoff import importer
    from ecomplaint.i18n import UserError

    exhibit = queries.case_detail(demo_store, case_id).evidence[0]
    real = export_case(demo_store, case_id, tmp_path / "real.ecase").path
    forged = _forge(real, tmp_path / "forged.ecase", exhibit.uid)
    derived = str(
        uuid.uuid5(importer._EXHIBIT_NS, f"{exhibit.uid}:{hashlib.sha256(FORGED).hexdigest()}")
    )
    with zipfile.ZipFile(forged) as z:
        content = {n: z.read(n) for n in z.namelist()}
    doc = json.loads(content[cf.CASE_JSON])
    twin = dict(doc["evidence"][0], uid=derived, sha256=exhibit.sha256, size=exhibit.size)
    doc["evidence"].append(twin)
    content[cf.CASE_JSON] = json.dumps(doc, ensure_ascii=False).encode()
    manifest = json.loads(content[cf.MANIFEST_JSON])
    for f in manifest["files"]:
        f["sha256"] = hashlib.sha256(content[f["path"]]).hexdigest()
        f["size"] = len(content[f["path"]])
    content[cf.MANIFEST_JSON] = json.dumps(manifest).encode()
    crafted = tmp_path / "crafted.ecase"
    with zipfile.ZipFile(crafted, "w") as z:
        for name, data in content.items():
            z.writestr(name, data)
    before = _snapshot(demo_store, case_id)
    with pytest.raises(UserError) as caught:
        import_case_file(demo_store, crafted)
    assert caught.value.key in ("handoff.duplicate_uid", "handoff.uid_elsewhere")
    assert _snapshot(demo_store, case_id) == before
