"""The import's one-transaction commit, duplicates and undo on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ecomplaint.domain.clock import FixedClock
from ecomplaint.i18n import UserError
from ecomplaint.services import cases
from ecomplaint.services import records_import as ri
from ecomplaint.store import queries
from ecomplaint.store.engine import open_store
from tests import records_fixtures as fx
from tests.conftest import FROZEN

BOTH_DATABASES = True


def test_import_reimport_and_undo(store, tmp_path: Path, db_kind: str) -> None:
    if db_kind == "postgresql":
        store.close()
        url = store.engine.url.render_as_string(hide_password=False)
        local = open_store(store.folder, database_url=url, clock=FixedClock(FROZEN))
        with pytest.raises(UserError) as err:  # files only one volunteer could read: refused
            ri.preview_import(local, case_id=1, path=tmp_path)
        local.close()
        assert err.value.key == "evidence.team_needs_shared_folder"
        store = open_store(
            store.folder,
            database_url=url,
            evidence_dir=tmp_path / "shared",
            clock=FixedClock(FROZEN),
        )
    cid = cases.create_case(store, title="harassed", platform="tmall").created_id
    assert cid is not None
    t0 = datetime(2026, 11, 13, 22, 1, tzinfo=ZoneInfo("Asia/Shanghai"))
    calls = [fx.call("17100009999", t0 + timedelta(minutes=m), 3) for m in range(0, 20, 4)]
    path = fx.calls_xml(tmp_path / "calls.xml", calls)
    with ri.preview_import(store, case_id=cid, path=path) as p:
        out = ri.commit_import(store, preview=p)
    assert len(out.entry_ids) == 5
    detail = queries.case_detail(store, cid)
    assert {e.source_locator for e in detail.entries} == {
        f"line {n} <call> #{n - 4}" for n in range(5, 10)
    }
    with ri.preview_import(store, case_id=cid, path=path) as p:
        assert p.new_rows == []
    ri.undo_import(store, case_id=cid, batch=out.batch)
    assert queries.case_detail(store, cid).entries == []
    store.close()
