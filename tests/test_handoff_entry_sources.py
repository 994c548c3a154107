"""An entry made from a screenshot (or an imported records file) keeps what it cites across a
.ecase hand-off: the receiver's dossier still says "E2, lines 6–8" (#15)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from sqlmodel import select

from ecomplaint.handoff.export import export_case
from ecomplaint.handoff.importer import import_case_file
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store, open_store
from tests.test_handoff import rewrite

SMS_SHA = "5fe10443e5dcb603406109512e40d7bc59c305fbf1a6f3bcd10daec141631b0a"


def _sources(store: Store) -> dict[str, tuple[str, str, int | None]]:
    with store.read() as s:
        rows = s.exec(select(tb.Entry)).all()
        return {e.uid: (e.source_sha256, e.source_locator, e.duration_s) for e in rows}


def test_an_entrys_source_and_lines_survive_export_and_import(
    demo_store: Store, tmp_path: Path
) -> None:
    with demo_store.write() as s:
        cited, call = s.exec(select(tb.Entry).where(tb.Entry.case_id == 2)).all()[:2]
        cited.source_sha256, cited.source_locator = SMS_SHA, "ocr:6-8"
        call.duration_s = 95
        s.add(cited)
        s.add(call)
        uids = (cited.uid, call.uid)
    dest = tmp_path / "wreath.ecase"
    export_case(demo_store, 2, dest)
    other = open_store(tmp_path / "other")
    try:
        import_case_file(other, dest)
        theirs = _sources(other)
    finally:
        other.close()
    assert theirs[uids[0]] == (SMS_SHA, "ocr:6-8", None)
    assert theirs[uids[1]] == ("", "", 95)

    def old_format(content: dict[str, bytes]) -> None:  # written before these fields
        d = json.loads(content["case.json"])
        for e in d["entries"]:
            del e["source_sha256"], e["source_locator"], e["duration_s"]
        content["case.json"] = json.dumps(d).encode()

    old = rewrite(dest, tmp_path / "old.ecase", old_format, fix_manifest=True)
    third = open_store(tmp_path / "third")
    try:
        import_case_file(third, old)
        assert all(v == ("", "", None) for v in _sources(third).values())
    finally:
        third.close()
    with zipfile.ZipFile(dest) as z:
        assert '"ocr:6-8"' in z.read("case.json").decode()
