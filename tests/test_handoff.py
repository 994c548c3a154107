"""Hand-off files (.ecase): a faithful round trip, updates by uid, refusals that write nothing."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from ecomplaint.domain.clock import FixedClock
from ecomplaint.handoff import casefile as cf
from ecomplaint.handoff.export import export_case
from ecomplaint.handoff.importer import describe_casefile, import_case_file
from ecomplaint.i18n import MESSAGES, UserError
from ecomplaint.services import cases, entries, parties
from ecomplaint.services.demo import load_demo
from ecomplaint.store import queries
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store, open_store
from ecomplaint.zipsafe import Limits, unsafe_name
from tests.conftest import FROZEN
from tests.helpers.evidence import add_evidence, evidence_hashes

TV_ORDER = "JD-2026-1102-4417"
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n" + b"screenshot" * 500


def make_rich_case(store: Store) -> int:
    """The TV case plus evidence (two records share a file), a pause, a trashed entry and a
    superseded promise: every kind of record and reference the format carries."""
    case_id = queries.find_case_id(store, TV_ORDER)
    detail = queries.case_detail(store, case_id)
    first_entry = detail.entries[0].id
    add_evidence(store, case_id, JPEG, name="墙面.jpg", entry_id=first_entry)
    add_evidence(store, case_id, PNG, name="chat.png", mime="image/png")
    add_evidence(store, case_id, JPEG, name="copy.jpg")
    with store.write() as s:
        promises = list(s.exec(select(tb.Promise).where(tb.Promise.case_id == case_id)))
        promises[0].superseded_by_id = promises[1].id
        s.add(promises[0])
        s.add(
            tb.Pause(
                case_id=case_id,
                promise_id=promises[1].id,
                started_at=FROZEN - timedelta(days=3),
                ended_at=FROZEN - timedelta(days=2),
                reason="等待消费者提供照片",
            )
        )
    entries.trash_entry(store, entry_id=detail.entries[-1].id)
    return case_id


@pytest.fixture
def rich_case(demo_store: Store) -> int:
    return make_rich_case(demo_store)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: Any) -> tuple[Path, Path]:
    """Built once: an empty store at the current schema, and the rich case's .ecase file."""
    root = tmp_path_factory.mktemp("templates")
    empty = open_store(root / "empty", clock=FixedClock(FROZEN))
    empty.close()
    source = open_store(root / "source", clock=FixedClock(FROZEN))
    try:
        load_demo(source)
        path = export_case(source, make_rich_case(source), root / "tv.ecase").path
    finally:
        source.close()
    return root / "empty", path


@pytest.fixture
def other_store(tmp_path: Path, templates: tuple[Path, Path]) -> Iterator[Store]:
    """An empty store (a copy of the template: no migration to run each time)."""
    shutil.copytree(templates[0], tmp_path / "other")
    s = open_store(tmp_path / "other", clock=FixedClock(FROZEN + timedelta(days=1)))
    yield s
    s.close()


def document(store: Store, case_id: int) -> dict[str, Any]:
    detail = queries.case_detail(store, case_id, include_trashed=True)
    return cf.comparable(cf.to_document(detail, now=store.clock.now()))


def state(store: Store) -> tuple[dict[str, int], dict[str, str], list[str]]:
    """What 'nothing was written' is checked against: row counts, originals, every file."""
    files = sorted(
        str(p.relative_to(store.folder))
        for p in store.folder.rglob("*")
        if p.is_file() and not p.name.startswith("ecomplaint.sqlite3")
    )
    return queries.counts(store), evidence_hashes(store.folder), files


def rewrite(
    src: Path,
    dest: Path,
    change: Callable[[dict[str, bytes]], None],
    *,
    fix_manifest: bool = False,
) -> Path:
    """Copy a .ecase, letting `change` edit its {name: bytes}; optionally re-fingerprint."""
    with zipfile.ZipFile(src) as z:
        content = {n: z.read(n) for n in z.namelist()}
    change(content)
    if fix_manifest and cf.MANIFEST_JSON in content:
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


@pytest.fixture
def ecase(templates: tuple[Path, Path], tmp_path: Path) -> Path:
    return Path(shutil.copy(templates[1], tmp_path / "tv.ecase"))


@pytest.fixture
def exported(demo_store: Store, rich_case: int, tmp_path: Path) -> Path:
    """The rich case exported from this test's own demo store (to compare with it)."""
    return export_case(demo_store, rich_case, tmp_path / "mine.ecase").path


# --- the round trip ---------------------------------------------------------------------------


def test_export_then_import_into_an_empty_store_gives_an_identical_case(
    demo_store: Store, rich_case: int, other_store: Store, exported: Path
) -> None:
    result = import_case_file(other_store, exported)
    assert result.created
    assert document(other_store, result.case_id) == document(demo_store, rich_case)
    assert result.files_added == 2 and result.records["evidence"].added == 3
    assert result.records["pauses"].added == 1
    # the store-local ids are not the same, the uids are
    assert queries.get_case(other_store, result.case_id).uid == result.case_uid


def test_a_hand_off_moves_a_case_between_stores_with_fingerprints_intact(
    other_store: Store, ecase: Path
) -> None:
    result = import_case_file(other_store, ecase)
    detail = queries.case_detail(other_store, result.case_id)
    on_disk = evidence_hashes(other_store.folder)
    assert {e.sha256 for e in detail.evidence} == set(on_disk)
    assert all(name == digest for name, digest in on_disk.items())
    assert hashlib.sha256(JPEG).hexdigest() in on_disk


def test_the_file_is_a_zip_of_case_json_originals_and_a_manifest(ecase: Path) -> None:
    with zipfile.ZipFile(ecase) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
        doc = json.loads(z.read("case.json"))
    sha_jpeg = hashlib.sha256(JPEG).hexdigest()
    assert names == {
        "case.json",
        "manifest.json",
        f"evidence/{sha_jpeg}",
        f"evidence/{hashlib.sha256(PNG).hexdigest()}",
    }
    assert {f["path"] for f in manifest["files"]} == names - {"manifest.json"}
    assert doc["format"] == "ecomplaint.casefile/1"
    assert cf.case_validator().is_valid(doc)
    # no store-local integer id anywhere: references are uids
    text = json.dumps(doc)
    assert '"id"' not in text and '"case_id"' not in text and '"party_id"' not in text


def test_re_import_updates_by_uid_instead_of_duplicating(
    demo_store: Store, rich_case: int, other_store: Store, exported: Path, tmp_path: Path
) -> None:
    first = import_case_file(other_store, exported)
    again = import_case_file(other_store, exported)
    assert not again.created and again.case_id == first.case_id
    assert again.records["entries"].added == 0 and again.records["entries"].updated == 0
    assert again.files_added == 0 and again.files_present == 2

    # the sender edits an entry and logs a new one; the receiver added one of their own
    entry = queries.case_detail(demo_store, rich_case).entries[0]
    entries.edit_entry(demo_store, entry_id=entry.id, values={"summary": "改过的摘要"})
    entries.log_entry(demo_store, case_id=rich_case, kind="note", summary="新的记录")
    local = entries.log_entry(other_store, case_id=first.case_id, kind="note", summary="本地记录")
    mine = queries.case_detail(other_store, first.case_id)
    local_version = next(e for e in mine.entries if e.uid == entry.uid).version
    updated = export_case(demo_store, rich_case, tmp_path / "v2.ecase").path
    third = import_case_file(other_store, updated)

    assert third.records["entries"].added == 1 and third.records["entries"].updated == 1
    assert len(queries.list_cases(other_store)) == 1
    detail = queries.case_detail(other_store, first.case_id)
    got = next(e for e in detail.entries if e.uid == entry.uid)
    sent_version = next(
        e for e in queries.case_detail(demo_store, rich_case).entries if e.uid == entry.uid
    ).version
    assert got.summary == "改过的摘要"
    # past the store's (a stale window is told) and at least the file's (a second import of
    # the same file is "unchanged", not a conflict)
    assert got.version == max(local_version + 1, sent_version)
    assert local.created_id in {e.id for e in detail.entries}  # left alone


def test_describe_reads_what_a_file_holds_without_importing(ecase: Path) -> None:
    info = describe_casefile(ecase)
    assert info["counts"]["evidence"] == 3 and info["evidence_files"] == 2


# --- refusals: each one writes nothing ---------------------------------------------------------


def refused(store: Store, path: Path, key: str, **kw: Any) -> UserError:
    before = state(store)
    with pytest.raises(UserError) as err:
        import_case_file(store, path, **kw)
    assert err.value.key == key, err.value.message("en")
    assert state(store) == before
    return err.value


def test_a_tampered_evidence_file_is_refused_and_nothing_is_written(
    other_store: Store, ecase: Path, tmp_path: Path
) -> None:
    sha = hashlib.sha256(PNG).hexdigest()

    def tamper(content: dict[str, bytes]) -> None:
        content[f"evidence/{sha}"] = content[f"evidence/{sha}"].replace(
            b"screenshot", b"Screenshot", 1
        )

    bad = rewrite(ecase, tmp_path / "bad.ecase", tamper)
    err = refused(other_store, bad, "handoff.fingerprint_mismatch")
    assert sha in err.message("en") and "Nothing was imported" in err.message("en")
    assert "指纹" in err.message("zh")
    left = [p for p in other_store.folder.rglob("*") if p.is_file()]
    assert all(p.name.startswith("ecomplaint.sqlite3") for p in left), left


def test_a_tampered_file_does_not_touch_a_case_already_there(
    other_store: Store, ecase: Path, tmp_path: Path
) -> None:
    import_case_file(other_store, ecase)

    def tamper(content: dict[str, bytes]) -> None:
        doc = json.loads(content["case.json"])
        doc["case"]["title"] = "篡改"
        content["case.json"] = json.dumps(doc).encode()

    refused(
        other_store, rewrite(ecase, tmp_path / "t.ecase", tamper), "handoff.fingerprint_mismatch"
    )
    assert queries.list_cases(other_store)[0].title != "篡改"


@pytest.mark.parametrize(
    "name",
    [
        "../../x",
        "/etc/x",
        "evidence\\..\\x",
        "evidence/../../x",
        "C:/x",
        "./case.json",
        "evidence//x",
    ],
)
def test_an_entry_that_escapes_the_folder_is_refused(
    other_store: Store, ecase: Path, tmp_path: Path, name: str
) -> None:
    def add(content: dict[str, bytes]) -> None:
        content[name] = b"owned"

    bad = rewrite(ecase, tmp_path / "escape.ecase", add, fix_manifest=True)
    err = refused(other_store, bad, "handoff.unsafe_path")
    assert name in err.message("en")
    assert not (tmp_path / "x").exists() and not (other_store.folder.parent / "x").exists()


def test_unsafe_name_rules() -> None:
    assert not unsafe_name("evidence/" + "a" * 64) and not unsafe_name("case.json")
    for bad in ("", "..", "a/../b", "/a", "a\\b", "a/", "a//b", "C:x", "a\x00b", "./a"):
        assert unsafe_name(bad), bad


def test_a_symlink_entry_is_refused(other_store: Store, ecase: Path, tmp_path: Path) -> None:
    bad = tmp_path / "link.ecase"
    with zipfile.ZipFile(ecase) as src, zipfile.ZipFile(bad, "w") as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        link = zipfile.ZipInfo("evidence/link")
        link.create_system = 3
        link.external_attr = (0o120777) << 16
        out.writestr(link, "/etc/passwd")
    refused(other_store, bad, "handoff.unsafe_path")


def test_duplicate_names_are_refused(other_store: Store, ecase: Path, tmp_path: Path) -> None:
    bad = tmp_path / "dup.ecase"
    with zipfile.ZipFile(ecase) as src, zipfile.ZipFile(bad, "w") as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        with pytest.warns(UserWarning):
            out.writestr("case.json", b"{}")
    refused(other_store, bad, "handoff.duplicate_name")


def bytes_inflated(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Bytes each zip entry really inflated, by name: how far a reader got, not how long it took.

    Counted where zipfile checks the CRC of every piece it inflates (also the last piece, whose
    bad CRC raises before read() returns it)."""
    got: dict[str, int] = {}
    update_crc = zipfile.ZipExtFile._update_crc  # type: ignore[attr-defined]

    def counting(self: zipfile.ZipExtFile, data: bytes) -> None:
        got[self.name] = got.get(self.name, 0) + len(data)
        update_crc(self, data)

    monkeypatch.setattr(zipfile.ZipExtFile, "_update_crc", counting)
    return got


def test_a_zip_bomb_is_refused_early(
    other_store: Store, ecase: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = tmp_path / "bomb.ecase"
    zeros = bytes(64 << 20)
    with zipfile.ZipFile(ecase) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, src.read(info))
        out.writestr("evidence/" + "0" * 64, zeros, compresslevel=9)
    assert bomb.stat().st_size < 1 << 20
    inflated = bytes_inflated(monkeypatch)
    err = refused(other_store, bomb, "handoff.zip_bomb")
    # reading stopped at the ratio limit (one chunk past it at most), long before the 64 MB
    with zipfile.ZipFile(bomb) as z:
        packed = z.getinfo("evidence/" + "0" * 64).compress_size
    assert inflated.get("evidence/" + "0" * 64, 0) <= Limits().max_ratio * packed + (1 << 20)
    assert "zip bomb" in err.message("en") and "压缩炸弹" in err.message("zh")


def test_declared_sizes_are_not_trusted(
    other_store: Store, ecase: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Headers and manifest say 1 KB; the data inflates to 8 MB: reading stops at 1 KB and the
    entry is refused (its checksum covers the real data)."""
    declared = 1024
    sha = hashlib.sha256(bytes(declared)).hexdigest()
    name = "evidence/" + sha

    def add(content: dict[str, bytes]) -> None:
        manifest = json.loads(content[cf.MANIFEST_JSON])
        manifest["files"].append({"path": name, "sha256": sha, "size": declared})
        content[cf.MANIFEST_JSON] = json.dumps(manifest).encode()
        content[name] = bytes(8 << 20)

    liar = rewrite(ecase, tmp_path / "liar.ecase", add)
    data = bytearray(liar.read_bytes())
    real = (8 << 20).to_bytes(4, "little")
    assert data.count(real) == 2  # the local header and the central directory entry
    liar.write_bytes(bytes(data.replace(real, declared.to_bytes(4, "little"))))
    inflated = bytes_inflated(monkeypatch)
    refused(other_store, liar, "handoff.bad_zip")
    assert 0 < inflated[name] <= declared  # the 8 MB behind the lie were never read


def test_the_streaming_budget_stops_whatever_the_headers_say(
    other_store: Store, ecase: Path
) -> None:
    refused(other_store, ecase, "handoff.zip_bomb", limits=Limits(max_total=10_000))
    refused(other_store, ecase, "handoff.zip_bomb", limits=Limits(max_entries=3))


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_bytes(b"not a zip at all"),
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.with_name("tv.ecase").read_bytes()[:3000]),  # from `ecase`
    ],
    ids=["garbage", "empty", "truncated"],
)
def test_a_malformed_file_is_refused(
    other_store: Store, ecase: Path, tmp_path: Path, make: Callable[[Path], Any]
) -> None:
    bad = tmp_path / "bad.ecase"
    make(bad)
    err = refused(other_store, bad, "handoff.bad_zip")
    assert "Nothing was imported" in err.message("en") and "未导入" in err.message("zh")


def _doc_change(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, bytes]], None]:
    def apply(content: dict[str, bytes]) -> None:
        doc = json.loads(content["case.json"])
        change(doc)
        content["case.json"] = json.dumps(doc).encode()

    return apply


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda c: c.__setitem__("case.json", b"{not json"), "handoff.bad_json"),
        (lambda c: c.pop("manifest.json"), "handoff.missing_file"),
        (_doc_change(lambda d: d["case"].pop("title")), "handoff.schema"),
        (
            _doc_change(lambda d: d["entries"][0].__setitem__("occurred_at", "yesterday")),
            "handoff.schema",
        ),
        (_doc_change(lambda d: d["entries"][0].__setitem__("kind", "séance")), "field.bad_choice"),
        (
            _doc_change(lambda d: d["entries"][0].__setitem__("party", "nobody")),
            "handoff.bad_reference",
        ),
        (
            _doc_change(lambda d: d["entries"][1].__setitem__("uid", d["entries"][0]["uid"])),
            "handoff.duplicate_uid",
        ),
        (
            _doc_change(lambda d: d.__setitem__("format", "ecomplaint.casefile/2")),
            "handoff.too_new",
        ),
        (
            _doc_change(lambda d: d.__setitem__("format", "something.else/1")),
            "handoff.not_casefile",
        ),
        (
            _doc_change(
                lambda d: d["evidence"].pop() and d["evidence"][0].__setitem__("sha256", "f" * 64)
            ),
            "handoff.missing_file",
        ),
        (
            _doc_change(lambda d: d["entries"][0].__setitem__("quote", "a\x1b[2Jb")),
            "handoff.bad_text",
        ),
        (_doc_change(lambda d: d["case"].__setitem__("title", "t\x00")), "handoff.bad_text"),
        (_doc_change(lambda d: d["parties"][0].__setitem__("name", "\ud800")), "handoff.bad_text"),
        (
            _doc_change(lambda d: d["evidence"][0].__setitem__("original_name", "a\udc80.png")),
            "handoff.bad_text",
        ),
    ],
    ids=[
        "json",
        "no-manifest",
        "schema",
        "time",
        "vocabulary",
        "reference",
        "dup-uid",
        "newer",
        "foreign",
        "evidence-not-carried",
        "escape-in-quote",
        "nul-in-title",
        "lone-surrogate",
        "surrogate-in-file-name",
    ],
)
def test_a_bad_document_is_refused(
    other_store: Store, ecase: Path, tmp_path: Path, change: Any, key: str
) -> None:
    bad = rewrite(ecase, tmp_path / "doc.ecase", change, fix_manifest=True)
    refused(other_store, bad, key)


def test_a_newer_format_says_so_in_both_languages(
    other_store: Store, ecase: Path, tmp_path: Path
) -> None:
    bad = rewrite(
        ecase,
        tmp_path / "v2.ecase",
        _doc_change(lambda d: d.__setitem__("format", "ecomplaint.casefile/2")),
        fix_manifest=True,
    )
    err = refused(other_store, bad, "handoff.too_new")
    assert "newer eComplaint" in err.message("en") and "更新版本" in err.message("zh")


def test_a_uid_of_another_case_is_refused_and_new_originals_are_removed(
    demo_store: Store, rich_case: int, other_store: Store, tmp_path: Path
) -> None:
    """The failure comes from the database, after the originals were put in place."""
    party = queries.case_detail(demo_store, rich_case).parties[0]
    other_case = cases.create_case(other_store, title="别的案件").created_id
    assert other_case is not None
    parties.add_party(other_store, case_id=other_case, uid=party.uid, role="other", name="x")
    add_evidence(demo_store, rich_case, b"only in the file", name="new.txt", mime="text/plain")
    path = export_case(demo_store, rich_case, tmp_path / "clash.ecase").path
    refused(other_store, path, "handoff.uid_elsewhere")


def test_every_message_key_has_both_languages() -> None:
    mine = [k for k in MESSAGES if k.startswith(("handoff.", "backup."))]
    assert len(mine) > 20
    for key in mine:
        assert MESSAGES[key].get("zh") and MESSAGES[key].get("en"), key


# --- export -------------------------------------------------------------------------------------


def test_export_refuses_an_original_that_no_longer_matches_its_fingerprint(
    demo_store: Store, rich_case: int, tmp_path: Path
) -> None:
    sha = hashlib.sha256(JPEG).hexdigest()
    blob = demo_store.folder / "evidence" / sha[:2] / sha
    blob.write_bytes(b"changed behind our back")
    with pytest.raises(UserError) as err:
        export_case(demo_store, rich_case, tmp_path / "out.ecase")
    assert err.value.key == "handoff.blob_altered"
    assert list(tmp_path.glob("*ecase*")) == []  # no half file, under any name


def test_export_replaces_an_existing_file_whole(
    demo_store: Store, rich_case: int, tmp_path: Path
) -> None:
    dest = tmp_path / "tv.ecase"
    dest.write_bytes(b"old")
    export_case(demo_store, rich_case, dest)
    with zipfile.ZipFile(io.BytesIO(dest.read_bytes())) as z:
        assert "case.json" in z.namelist()
    assert [p.name for p in tmp_path.glob("*ecase*")] == ["tv.ecase"]


# --- the commands --------------------------------------------------------------------------------


def test_export_case_and_import_commands(tmp_path: Path, ecase: Path, capsys: Any) -> None:
    from ecomplaint.cli.main import main

    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert main(["--data-dir", a, "import", str(ecase), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "ecomplaint.import/1" and doc["created"] is True
    assert doc["records"]["evidence"] == {
        "added": 3,
        "updated": 0,
        "unchanged": 0,
        "kept_local": 0,
        "conflicts": 0,
    }
    assert doc["evidence_files"] == {"added": 2, "already_present": 0}

    out = tmp_path / "again"
    assert main(["--data-dir", a, "export-case", TV_ORDER, "-o", str(out), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["file"] == str(out) + ".ecase" and doc["evidence_files"] == 2

    assert main(["--data-dir", b, "import", str(out) + ".ecase"]) == 0
    assert "Imported new case" in capsys.readouterr().out
    assert main(["--data-dir", b, "import", str(out) + ".ecase"]) == 0
    assert "Updated case" in capsys.readouterr().out

    (tmp_path / "x.ecase").write_bytes(b"garbage")
    assert main(["--data-dir", b, "--lang", "zh", "import", str(tmp_path / "x.ecase")]) == 2
    assert "未导入任何内容" in capsys.readouterr().err
    assert main(["--data-dir", b, "export-case", "no-such-case", "-o", str(out)]) == 2


# --- progress and cancel -------------------------------------------------------------------------


class _CancelAfter:
    """A cancel flag that turns on after `n` checks (mid-way through the copying)."""

    def __init__(self, n: int) -> None:
        self.n = n

    def is_set(self) -> bool:
        self.n -= 1
        return self.n < 0


def test_progress_reaches_the_total_and_cancel_leaves_nothing_behind(
    demo_store: Store, rich_case: int, other_store: Store, tmp_path: Path
) -> None:
    from ecomplaint.progress import Cancelled

    seen: list[tuple[int, int]] = []
    path = export_case(
        demo_store, rich_case, tmp_path / "p.ecase", progress=lambda d, t: seen.append((d, t))
    ).path
    assert seen and seen[-1][0] == seen[-1][1] == len(JPEG) + len(PNG)

    with pytest.raises(Cancelled):
        export_case(demo_store, rich_case, tmp_path / "c.ecase", cancel=_CancelAfter(1))
    assert sorted(p.name for p in tmp_path.glob("*ecase*")) == ["p.ecase"]

    before = state(other_store)
    with pytest.raises(Cancelled):
        import_case_file(other_store, path, cancel=_CancelAfter(1))
    assert state(other_store) == before


def test_re_import_repairs_a_damaged_stored_original(other_store: Store, ecase: Path) -> None:
    import_case_file(other_store, ecase)
    sha = hashlib.sha256(PNG).hexdigest()
    blob = other_store.folder / "evidence" / sha[:2] / sha
    blob.chmod(0o644)
    blob.write_bytes(b"bit rot")
    import_case_file(other_store, ecase)
    assert blob.read_bytes() == PNG
    assert not [p for p in (other_store.folder / "evidence").iterdir() if p.name.startswith(".")]
