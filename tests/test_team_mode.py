"""Team mode on a real PostgreSQL server: two volunteers, one database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ecomplaint.domain.clock import FixedClock
from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries
from ecomplaint.store import queries
from ecomplaint.store.engine import open_store
from ecomplaint.store.errors import StoreError
from ecomplaint.store.migrate import head_revision

ROOT = Path(__file__).resolve().parent.parent


def test_a_fresh_server_database_is_migrated_and_used(pg_url: str, tmp_path: Path) -> None:
    store = open_store(tmp_path / "local", database_url=pg_url, clock=FixedClock(), user="ana")
    assert store.dialect == "postgresql" and "postgresql" in store.location
    assert queries.schema_revision(store) == head_revision()
    case_id = cases.create_case(store, title="团队案件").created_id
    assert case_id is not None
    entries.log_entry(store, case_id=case_id, kind="call_in", summary="客服来电")
    (entry,) = queries.case_detail(store, case_id).entries
    assert entry.logged_by == "ana"
    store.close()
    again = open_store(tmp_path / "local", database_url=pg_url, clock=FixedClock())
    assert again.migrated_from is None
    again.close()


def test_an_unreachable_server_gets_a_clear_message_without_the_password(tmp_path: Path) -> None:
    url = "postgresql+psycopg://vol:secret@127.0.0.1:1/cases"
    with pytest.raises(StoreError) as info:
        open_store(tmp_path, database_url=url)
    assert info.value.key == "store.server_unreachable"
    assert "secret" not in info.value.message("en")
    assert "无法连接" in info.value.message("zh")


def test_the_second_save_of_the_same_record_is_told_not_silently_applied(
    pg_url: str, tmp_path: Path
) -> None:
    """Volunteer A's save holds the row; B's save from the same version must fail once A commits."""
    a = open_store(tmp_path / "a", database_url=pg_url, clock=FixedClock(), user="a")
    b = open_store(tmp_path / "b", database_url=pg_url, clock=FixedClock(), user="b")
    case_id = cases.create_case(a, title="original").created_id
    assert case_id is not None
    seen_version = queries.get_case(b, case_id).version

    raw = create_engine(pg_url)
    result: dict[str, object] = {}
    with raw.connect() as holder:
        holder.execute(text("SELECT id FROM cases WHERE id = :i FOR UPDATE"), {"i": case_id})
        holder.execute(
            text("UPDATE cases SET title = 'A wins', version = version + 1 WHERE id = :i"),
            {"i": case_id},
        )

        def b_saves() -> None:
            try:
                cases.edit_case(
                    b,
                    case_id=case_id,
                    values={"title": "B overwrites"},
                    expected_version=seen_version,
                )
                result["outcome"] = "saved"
            except UserError as exc:
                result["outcome"] = exc.key

        worker = threading.Thread(target=b_saves)
        worker.start()
        worker.join(0.5)
        assert worker.is_alive(), "B should wait for A's transaction"
        holder.commit()
        worker.join(10)
    raw.dispose()
    assert result["outcome"] == "stale"
    assert queries.get_case(a, case_id).title == "A wins"
    a.close()
    b.close()


def _cli(url: str, config: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    config.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, ECOMPLAINT_CONFIG_DIR=str(config))
    return subprocess.run(
        [sys.executable, "-m", "ecomplaint", "--data-dir", str(data), "--database", url, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


def test_two_volunteer_processes_see_each_others_entries(pg_url: str, tmp_path: Path) -> None:
    ana, bo = tmp_path / "ana", tmp_path / "bo"
    for who, folder in (("ana", ana), ("bo", bo)):
        (folder / "config").mkdir(parents=True)
        (folder / "config" / "settings.json").write_text(json.dumps({"user_name": who}))
    _cli(pg_url, ana / "config", ana / "data", "demo")
    _cli(
        pg_url,
        bo / "config",
        bo / "data",
        "log",
        "JD-2026-1102-4417",
        "--kind",
        "note",
        "--summary",
        "Bo called the store manager again",
    )
    _cli(pg_url, bo / "config", bo / "data", "assign", "JD-2026-1102-4417")
    shown = json.loads(
        _cli(pg_url, ana / "config", ana / "data", "show", "JD-2026-1102-4417", "--json").stdout
    )
    mine = [e for e in shown["timeline"] if e["logged_by"] == "bo"]
    assert [e["summary"] for e in mine] == ["Bo called the store manager again"]
    assert shown["case"]["assignee"] == "bo"
    listed = json.loads(
        _cli(pg_url, bo / "config", bo / "data", "cases", "--mine", "--json").stdout
    )
    assert [c["order_no"] for c in listed["cases"]] == ["JD-2026-1102-4417"]
