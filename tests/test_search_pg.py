"""Search on PostgreSQL only: the tsvector/tsquery literals, the upgrade from 0003 that
back-fills the index, and no stale documents or term sets after writes the ORM never sees."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import cases, entries, trash
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store, open_store
from ecomplaint.store.migrate import upgrade
from ecomplaint.store.search import catch_up, rebuild_index, search_case_ids
from ecomplaint.store.search_tokens import server_query, tsvector_literal

# --- literals (no server) ----------------------------------------------------------------


def test_tsvector_literal_keeps_token_positions_and_a_gap_between_fields() -> None:
    assert tsvector_literal("安装师傅", "", "JD-1") == (
        "'安装':1 '装师':2 '师傅':3 '傅':4 'jd':6 '1':7"
    )
    assert tsvector_literal("re re", "") == "'re':1,2"
    assert tsvector_literal("", "!!!") == ""


def test_server_query_ands_terms_and_keeps_phrases_for_words_of_several_tokens() -> None:
    assert server_query("安装") == ("'安装'", [])
    assert server_query("安") == ("'安':*", [])
    assert server_query("安装费 re") == ("'安装' & '装费' & 're':*", ["'安装' <-> '装费'"])
    assert server_query("JD-2026") == ("'jd' & '2026':*", ["'jd' <-> '2026':*"])
    assert server_query("a'b") == ("'a' & 'b':*", ["'a' <-> 'b':*"])  # the quote is dropped
    assert server_query("'&|!:*()<->") is None
    assert server_query("x" * 3000) is None  # longer than any lexeme: nothing can match


# --- on the server -----------------------------------------------------------------------


@pytest.fixture
def pg_store(pg_url: str, tmp_path: Path) -> Store:
    store = open_store(tmp_path / "local", database_url=pg_url, clock=FixedClock(), user="t")
    yield store  # type: ignore[misc]
    store.close()


def _count(store: Store, sql: str) -> int:
    with store.read() as s:
        return int(s.execute(text(sql)).scalar() or 0)


def _raw(store: Store) -> psycopg.Connection:
    url = store.engine.url.set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def test_upgrading_a_0003_database_back_fills_the_index(pg_url: str, tmp_path: Path) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as conn, conn.begin():
        upgrade(conn, "0003")
    now = "2026-03-01 08:00:00"
    with engine.connect() as conn, conn.begin():
        for cid, title, trashed in ((1, "电视安装纠纷", None), (2, "已删除的客服案件", now)):
            conn.execute(
                text(
                    "INSERT INTO cases (id, uid, title, platform, merchant, order_no, product,"
                    " currency, services, complainant_name, complainant_phone,"
                    " complainant_address, complainant_id_no, demands, status, tags, language,"
                    " assignee, notes, created_at, updated_at, version, trashed_at)"
                    " VALUES (:id, :uid, :title, 'jd', '某东', 'JD-1', '', 'CNY', '', '', '', '',"
                    " '', '', 'open', '', 'zh', '', '', :now, :now, 1, :trashed)"
                ),
                {"id": cid, "uid": f"u{cid}", "title": title, "now": now, "trashed": trashed},
            )
        for i, (summary, quote) in enumerate([("客服电话", ""), ("", "overdue reply promised")]):
            conn.execute(
                text(
                    "INSERT INTO entries (uid, case_id, kind, channel, direction, stance,"
                    " occurred_at, occurred_tz, precision, logged_at, summary, quote, logged_by,"
                    " version) VALUES (:uid, 1, 'call_in', 'phone', 'in', 'none', :now,"
                    " 'Asia/Shanghai', 'exact', :now, :s, :q, '', 1)"
                ),
                {"uid": f"e{i}", "now": now, "s": summary, "q": quote},
            )
        conn.execute(
            text(
                "INSERT INTO parties (uid, case_id, role, name, organisation, contact, notes,"
                " created_at, version) VALUES ('p1', 1, 'installer', '王师傅', '', '', '', :now,"
                " 1)"
            ),
            {"now": now},
        )
        conn.execute(text("SELECT setval('cases_id_seq', 2)"))
    engine.dispose()

    store = open_store(tmp_path / "local", database_url=pg_url, clock=FixedClock(), user="t")
    try:
        assert store.migrated_from == "0003"
        assert search_case_ids(store, "安装") == [1]
        assert search_case_ids(store, "客服") == [1]  # the trashed case 2 stays hidden
        assert search_case_ids(store, "reply promised") == [1]
        assert search_case_ids(store, "overdue reply") == [1]
        assert search_case_ids(store, "纠纷安装") == []  # bigrams present, not in this order
        assert search_case_ids(store, "师傅") == [1]
        # Each back-filled document references its row, so deleting the row removes it.
        owned = (
            "SELECT count(*) FROM search_docs WHERE (kind = 'c' AND case_id = row_id"
            " AND entry_id IS NULL AND party_id IS NULL) OR (kind = 'e' AND entry_id = row_id)"
            " OR (kind = 'p' AND party_id = row_id)"
        )
        assert _count(store, owned) == _count(store, "SELECT count(*) FROM search_docs") == 4
        cases.restore_case(store, case_id=2)
        assert set(search_case_ids(store, "客服")) == {1, 2}
        # The schema the migration built is the one the program keeps current.
        new = cases.create_case(store, title="升级以后").created_id
        assert search_case_ids(store, "升级") == [new]
    finally:
        store.close()


def test_raw_deletes_and_cascades_leave_no_stale_documents_or_terms(pg_store: Store) -> None:
    keep = cases.create_case(pg_store, title="保留的案件").created_id
    gone = cases.create_case(pg_store, title="要删除的案件").created_id
    assert keep is not None and gone is not None
    entry = entries.log_entry(pg_store, case_id=keep, kind="note", summary="退款承诺").created_id
    entries.log_entry(pg_store, case_id=gone, kind="note", summary="退款拒绝")
    assert set(search_case_ids(pg_store, "退款")) == {keep, gone}

    with _raw(pg_store) as conn:  # another tool, no session hooks at all
        conn.execute("DELETE FROM entries WHERE id = %s", (entry,))
        conn.execute("DELETE FROM cases WHERE id = %s", (gone,))  # cascades to its entry
    # The documents went with their rows; the term sets wait for the next drain.
    assert _count(pg_store, f"SELECT count(*) FROM search_docs WHERE case_id <> {keep}") == 0
    catch_up(pg_store)
    assert search_case_ids(pg_store, "退款") == []
    assert search_case_ids(pg_store, "保留") == [keep]
    assert _count(pg_store, "SELECT count(*) FROM search_terms") == 1
    assert _count(pg_store, "SELECT count(*) FROM search_queue") == 0


def test_emptying_the_trash_leaves_no_terms_behind(pg_store: Store) -> None:
    a = cases.create_case(pg_store, title="客服电话记录").created_id
    b = cases.create_case(pg_store, title="another case").created_id
    assert a is not None and b is not None
    entries.log_entry(pg_store, case_id=a, kind="note", summary="主管回电")
    cases.trash_case(pg_store, case_id=a)
    trash.empty_trash(pg_store)
    assert _count(pg_store, f"SELECT count(*) FROM search_terms WHERE case_id = {a}") == 0
    assert _count(pg_store, f"SELECT count(*) FROM search_docs WHERE case_id = {a}") == 0
    assert search_case_ids(pg_store, "主管") == []
    assert search_case_ids(pg_store, "another") == [b]


def test_rebuild_gives_the_same_documents_and_terms(pg_store: Store) -> None:
    a = cases.create_case(pg_store, title="安装师傅", merchant="Lumen").created_id
    assert a is not None
    entries.log_entry(pg_store, case_id=a, kind="note", summary="refund 48 小时")
    snapshot = (
        "SELECT string_agg(kind || row_id || ':' || case_id || doc::text, '|' ORDER BY kind,"
        " row_id) || (SELECT string_agg(case_id || terms::text, '|') FROM search_terms)"
        " FROM search_docs"
    )
    with pg_store.read() as s:
        before = s.execute(text(snapshot)).scalar()
    assert rebuild_index(pg_store) == 2
    with pg_store.read() as s:
        assert s.execute(text(snapshot)).scalar() == before


def test_a_word_typed_in_the_middle_of_a_long_timeline_is_found(pg_store: Store) -> None:
    case_id = cases.create_case(pg_store, title="长时间线").created_id
    assert case_id is not None
    for i in range(30):
        entries.log_entry(pg_store, case_id=case_id, kind="note", summary=f"第 {i} 次致电 客服")
    entries.log_entry(pg_store, case_id=case_id, kind="note", summary="终于答应退还安装费")
    other = cases.create_case(pg_store, title="装费，安装").created_id  # both bigrams, apart
    assert search_case_ids(pg_store, "退还安装费") == [case_id]
    assert search_case_ids(pg_store, "安装费退还") == []
    assert search_case_ids(pg_store, "安装费") == [case_id]  # not `other`: no phrase there
    assert search_case_ids(pg_store, "安装") == [other, case_id]  # newest first
    assert search_case_ids(pg_store, "客服 安装费") == [case_id]


def test_two_volunteers_writing_at_once_both_get_indexed(pg_url: str, tmp_path: Path) -> None:
    ana = open_store(tmp_path / "a", database_url=pg_url, clock=FixedClock(), user="ana")
    bo = open_store(tmp_path / "b", database_url=pg_url, clock=FixedClock(), user="bo")
    try:
        first = cases.create_case(ana, title="first").created_id
        second = cases.create_case(bo, title="second").created_id
        assert first is not None and second is not None
        with ana.write() as s:
            s.execute(text("UPDATE cases SET title = '甲方改的' WHERE id = :i"), {"i": first})
            case = s.get(tb.Case, first)
            assert case is not None
            case.notes = "甲方备注"
            s.add(case)
            s.flush()  # ana's queue drained in ana's open transaction...
            # ...while bo writes, drains and commits in between, seeing none of ana's rows.
            entries.log_entry(bo, case_id=second, kind="note", summary="乙方记录")
            assert search_case_ids(bo, "乙方") == [second]
            assert search_case_ids(bo, "甲方") == []
        assert search_case_ids(bo, "甲方") == [first]
        assert search_case_ids(ana, "甲方备注") == [first]
        assert _count(ana, "SELECT count(*) FROM search_queue") == 0
    finally:
        ana.close()
        bo.close()
