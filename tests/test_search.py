"""Search: Chinese words of two characters, English words, order numbers, quotes; hostile
input; the index follows edits, trash and restore; upgrades back-fill it; the CLI.

The tests that take a `store` run on SQLite (FTS5) and PostgreSQL (search_docs, 0004)."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import delete
from sqlmodel import col

from ecomplaint.cli.main import main
from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import cases, entries, parties, trash
from ecomplaint.store import queries
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store, migrate, open_store
from ecomplaint.store.search import case_filter, catch_up, rebuild_index, search_case_ids
from ecomplaint.store.search_tokens import index_tokens, query_phrases

BOTH_DATABASES = True


def _case(store: Store, title: str, **kw: str) -> int:
    case_id = cases.create_case(store, title=title, **kw).created_id
    assert case_id is not None
    return case_id


def _entry(store: Store, case_id: int, summary: str = "", quote: str = "") -> int:
    entry_id = entries.log_entry(
        store, case_id=case_id, kind="call_in", summary=summary, quote=quote
    ).created_id
    assert entry_id is not None
    return entry_id


def _index_rows(store: Store) -> list[tuple[object, int, str]]:
    """(row key, case id, indexed text) for every row of the search index."""
    sql = (
        "SELECT rowid, rowid >> 32, body FROM search_index ORDER BY rowid"
        if store.dialect == "sqlite"
        else "SELECT kind || row_id, case_id, doc::text FROM search_docs ORDER BY kind, row_id"
    )
    with store.read() as s:
        return [tuple(r) for r in s.connection().exec_driver_sql(sql)]  # type: ignore[misc]


@pytest.fixture
def mixed(store: Store) -> dict[str, int]:
    tv = _case(
        store,
        "TV 底座安装被改成挂墙",
        merchant="某东家电自营店",
        order_no="JD-2026-1102-4417",
        product="43 英寸电视",
        demands="退还安装费\n恢复原状",
    )
    _entry(store, tv, summary="打客服电话投诉", quote="24 到 48 小时内给您回复")
    wreath = _case(store, "Mourning wreath sent by a store agent", merchant="Lumen Apparel")
    _entry(store, wreath, summary="Agent texted a threat", quote="we will have to call the police")
    # 安 and 装 both occur here, but never side by side: 安装 must not find this case.
    apart = _case(store, "平安，装修", notes="安排 服装")
    return {"tv": tv, "wreath": wreath, "apart": apart}


# --- tokens ------------------------------------------------------------------------------


def test_chinese_becomes_bigrams_with_a_last_single_character() -> None:
    assert index_tokens("安装师傅") == ["安装", "装师", "师傅", "傅"]
    assert index_tokens("TV安装，JD2026 Café ＴＶ") == [
        "tv",
        "安装",
        "装",
        "jd",
        "2026",
        "cafe",
        "tv",
    ]


def test_query_phrases_quote_every_word_and_prefix_the_last_token() -> None:
    assert query_phrases("安装") == ['"安装"']
    assert query_phrases("安") == ['"安" *']
    assert query_phrases("安装师傅") == ['"安装 装师 师傅"']
    assert query_phrases("TV  安装") == ['"tv" *', '"安装"']
    assert query_phrases('"* AND NEAR( - ) ^') == ['"and" *', '"near" *']
    assert query_phrases("()\"'*") == []


# --- finding -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("安装", {"tv"}),  # two characters: the default FTS5 tokenizer cannot find this
        ("客服", {"tv"}),  # in an entry's summary
        ("小时内", {"tv"}),  # in a quote
        ("回复", {"tv"}),
        ("wreath", {"wreath"}),
        ("WREATH", {"wreath"}),  # case-insensitive
        ("wrea", {"wreath"}),  # the word being typed
        ("police", {"wreath"}),  # in a quote
        ("JD-2026-1102-4417", {"tv"}),  # the order number as printed
        ("2026-1102", {"tv"}),
        ("TV 安装", {"tv"}),  # words AND together
        ("TV 安装 wreath", set()),
        ("lumen agent", {"wreath"}),  # across the case and its entry
        ("装", {"tv", "apart"}),  # one character
        ("安装费", {"tv"}),  # in the demands
        ("电视", {"tv"}),  # the product
        ("安排", {"apart"}),  # notes
    ],
)
def test_search_finds(store: Store, mixed: dict[str, int], text: str, expected: set[str]) -> None:
    found = set(search_case_ids(store, text))
    assert found == {mixed[k] for k in expected}


def test_no_match_across_a_punctuation_or_field_boundary(store: Store, mixed) -> None:
    assert search_case_ids(store, "安装") == [mixed["tv"]]  # 平安，装修 is not 安装
    assert search_case_ids(store, "安服") == []  # 安排 服装: never adjacent
    assert search_case_ids(store, "安装师傅") == []  # each bigram occurs, the word does not


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "*",
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "NEAR(安装 客服, 2)",
        "-",
        "(",
        ")",
        "安装)",
        '安装"',
        "^安装",
        "body:安装",
        "{body}: x",
        "安装 OR wreath",
        "a'b",
        "\\",
        "%",
        "_",
        ":",
    ],
)
def test_hostile_query_syntax_never_raises(store: Store, mixed, text: str) -> None:
    found = search_case_ids(store, text)
    assert isinstance(found, list)
    queries.list_cases(store, search=text)  # the same text through the list query
    if text in ("安装)", '安装"', "^安装"):
        assert found == [mixed["tv"]]  # the punctuation is dropped, the words remain
    if text in ("安装 OR wreath", "body:安装", "NEAR(安装 客服, 2)"):  # words here, not syntax
        assert found == []


def test_search_results_are_newest_first_and_limited(store: Store, clock: FixedClock) -> None:
    ids = []
    for i in range(3):
        ids.append(_case(store, f"客服 {i}"))
        clock.advance(timedelta(minutes=1))
    assert search_case_ids(store, "客服") == ids[::-1]
    entries.log_entry(store, case_id=ids[0], kind="note", summary="later")  # touches case 0
    assert search_case_ids(store, "客服") == [ids[0], ids[2], ids[1]]
    assert len(search_case_ids(store, "客服", limit=2)) == 2


def test_parties_are_searched(store: Store) -> None:
    case_id = _case(store, "A case")
    parties.add_party(store, case_id=case_id, role="customer_service", name="工号 3021")
    assert search_case_ids(store, "3021") == [case_id]
    assert search_case_ids(store, "工号3021") == [case_id]


# --- the index follows every write -------------------------------------------------------


def test_trash_hides_and_restore_shows_again(store: Store, mixed) -> None:
    tv = mixed["tv"]
    cases.trash_case(store, case_id=tv)
    assert search_case_ids(store, "客服") == []
    assert queries.list_cases(store, search="客服") == []
    cases.restore_case(store, case_id=tv)
    assert search_case_ids(store, "客服") == [tv]

    entry_id = _entry(store, tv, summary="主管回电")
    entries.trash_entry(store, entry_id=entry_id)
    assert search_case_ids(store, "主管") == []
    entries.restore_entry(store, entry_id=entry_id)
    assert search_case_ids(store, "主管") == [tv]


def test_edits_reindex(store: Store, mixed) -> None:
    tv = mixed["tv"]
    cases.edit_case(store, case_id=tv, values={"title": "退款纠纷"})
    assert search_case_ids(store, "退款") == [tv]
    assert search_case_ids(store, "底座") == []
    entry_id = _entry(store, tv, summary="first words")
    entries.edit_entry(store, entry_id=entry_id, values={"summary": "second words"})
    assert search_case_ids(store, "first") == []
    assert search_case_ids(store, "second") == [tv]


def test_a_failed_write_leaves_the_index_as_it_was(store: Store, mixed) -> None:
    before = _index_rows(store)
    with pytest.raises(RuntimeError), store.write() as s:
        case = s.get(tb.Case, mixed["tv"])
        assert case is not None
        case.title = "回滚测试"
        s.add(case)
        s.flush()  # indexed inside the transaction...
        raise RuntimeError("boom")  # ...and rolled back with it
    assert _index_rows(store) == before
    assert search_case_ids(store, "回滚") == []


def test_emptying_the_trash_drops_index_rows(store: Store, mixed) -> None:
    cases.trash_case(store, case_id=mixed["tv"])
    cases.trash_case(store, case_id=mixed["apart"])
    trash.empty_trash(store)  # a bulk DELETE; ON DELETE CASCADE removes the entries
    assert {r[1] for r in _index_rows(store)} == {mixed["wreath"]}
    # A new case that takes the freed highest id must not inherit the old case's text.
    new = _case(store, "fresh")
    if store.dialect == "sqlite":  # PostgreSQL's sequences never hand out an id again
        assert new == mixed["apart"]
    assert search_case_ids(store, "安排") == []
    assert search_case_ids(store, "客服") == []
    assert search_case_ids(store, "fresh") == [new]


def test_bulk_statements_through_a_session_are_indexed(store: Store, mixed) -> None:
    from sqlalchemy import update

    with store.write() as s:
        s.execute(
            update(tb.Entry)
            .where(col(tb.Entry.case_id) == mixed["wreath"])
            .values(summary="bulk edited")
        )
    assert search_case_ids(store, "bulk edited") == [mixed["wreath"]]
    with store.write() as s:
        s.execute(delete(tb.Entry).where(col(tb.Entry.case_id) == mixed["wreath"]))
    assert search_case_ids(store, "bulk") == []


def test_a_row_moved_to_another_case_is_found_under_the_new_case(store: Store, mixed) -> None:
    from sqlalchemy import update

    with store.write() as s:
        s.execute(
            update(tb.Entry)
            .where(col(tb.Entry.case_id) == mixed["wreath"])
            .values(case_id=mixed["apart"])
        )
    assert search_case_ids(store, "police") == [mixed["apart"]]
    assert search_case_ids(store, "mourning") == [mixed["wreath"]]  # its own title stays


def test_trashed_parties_are_not_found(store: Store) -> None:
    case_id = _case(store, "A case")
    party_id = parties.add_party(store, case_id=case_id, role="installer", name="李师傅").created_id
    assert party_id is not None
    assert search_case_ids(store, "师傅") == [case_id]
    parties.trash_party(store, party_id=party_id)
    assert search_case_ids(store, "师傅") == []
    parties.restore_party(store, party_id=party_id)
    assert search_case_ids(store, "师傅") == [case_id]


def test_text_statements_are_indexed_before_the_commit(store: Store, mixed) -> None:
    from sqlalchemy import text

    with store.write() as s:
        s.execute(text("UPDATE cases SET title = '文本语句' WHERE id = :i"), {"i": mixed["apart"]})
    assert search_case_ids(store, "文本") == [mixed["apart"]]
    with store.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM search_queue").scalar() == 0


def test_writes_from_another_tool_are_caught_up(store: Store, mixed) -> None:
    if store.dialect == "sqlite":
        conn = sqlite3.connect(store.path)
        conn.execute("UPDATE cases SET title = '外部工具改的' WHERE id = ?", (mixed["wreath"],))
        conn.commit()
        conn.close()
    else:  # psql, say: a plain driver connection, no session hooks
        url = store.engine.url.set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False)) as pg:
            pg.execute("UPDATE cases SET title = '外部工具改的' WHERE id = %s", (mixed["wreath"],))
    assert catch_up(store) == 1
    assert search_case_ids(store, "外部") == [mixed["wreath"]]
    assert catch_up(store) == 0


def test_rebuild_gives_the_same_index(store: Store, mixed) -> None:
    before = _index_rows(store)
    assert rebuild_index(store) == 3 + 2  # cases + entries (no parties here)
    assert _index_rows(store) == before


def test_the_head_schema_has_the_triggers(store: Store) -> None:
    # A later batch-mode rebuild of these tables drops their triggers: recreate them then.
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        if store.dialect == "sqlite"
        else "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    )
    with store.read() as s:
        names = {r[0] for r in s.connection().exec_driver_sql(sql)}
    suffixes = ("ai", "au", "ad") if store.dialect == "sqlite" else ("enqueue",)
    for table in ("cases", "entries", "parties"):
        assert {f"search_{table}_{x}" for x in suffixes} <= names


# --- filters -----------------------------------------------------------------------------


def test_search_combines_with_the_filters(store: Store) -> None:
    a = _case(store, "客服不回复", platform="jd", status="open", tags="安装")
    b = _case(store, "客服骚扰", platform="tmall", status="open")
    _case(store, "别的", platform="jd")
    ids = search_case_ids(store, "客服")
    assert set(ids) == {a, b}
    for kw, expected in (
        ({"platform": "jd"}, [a]),
        ({"platform": "tmall"}, [b]),
        ({"tag": "安装"}, [a]),
        ({"status": "closed"}, []),
    ):
        assert [c.id for c in queries.list_cases(store, search_ids=ids, **kw)] == expected
        assert [c.id for c in queries.list_cases(store, search="客服", **kw)] == expected


def test_a_long_id_list_filters_the_same(store: Store, mixed) -> None:
    many = [mixed["wreath"], *range(10_000, 10_500)]  # long enough to go as one JSON value
    assert [c.id for c in queries.list_cases(store, search_ids=many)] == [mixed["wreath"]]
    assert queries.list_cases(store, search_ids=[]) == []


def test_an_empty_search_box_lists_every_case(store: Store, mixed) -> None:
    assert len(queries.list_cases(store, search="  ")) == 3
    assert queries.list_cases(store, search="!!!") == []  # typed, but nothing to find
    assert search_case_ids(store, "") == []


def test_case_filter_matches_nothing_for_text_without_words() -> None:
    assert str(case_filter("!!!")) in {"false", "0 = 1"}


# --- upgrades and the CLI ----------------------------------------------------------------


def test_upgrading_a_0002_store_back_fills_the_index(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "ecomplaint.sqlite3"
    migrate(db, target="0002")
    conn = sqlite3.connect(db)
    now = "2026-03-01 08:00:00"
    conn.execute(
        "INSERT INTO cases (id, uid, title, platform, merchant, order_no, product, currency,"
        " services, complainant_name, complainant_phone, complainant_address,"
        " complainant_id_no, demands, status, tags, language, assignee, notes, created_at,"
        " updated_at, version) VALUES (1, 'u1', '电视安装纠纷', 'jd', '某东', 'JD-1', '', 'CNY',"
        " '', '', '', '', '', '', 'open', '', 'zh', '', '', ?, ?, 1)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO cases (id, uid, title, platform, merchant, order_no, product, currency,"
        " services, complainant_name, complainant_phone, complainant_address,"
        " complainant_id_no, demands, status, tags, language, assignee, notes, created_at,"
        " updated_at, version, trashed_at) VALUES (2, 'u2', '已删除的客服案件', 'jd', '', '', '',"
        " 'CNY', '', '', '', '', '', '', 'open', '', 'zh', '', '', ?, ?, 1, ?)",
        (now, now, now),
    )
    for i, (summary, quote) in enumerate([("客服电话", ""), ("", "overdue reply promised")]):
        conn.execute(
            "INSERT INTO entries (uid, case_id, kind, channel, direction, stance, occurred_at,"
            " occurred_tz, precision, logged_at, summary, quote, logged_by, version)"
            " VALUES (?, 1, 'call_in', 'phone', 'in', 'none', ?, 'Asia/Shanghai', 'exact', ?,"
            " ?, ?, '', 1)",
            (f"e{i}", now, now, summary, quote),
        )
    conn.commit()
    conn.close()

    store = open_store(folder, clock=FixedClock())
    try:
        assert store.migrated_from == "0002"
        assert search_case_ids(store, "安装") == [1]
        assert search_case_ids(store, "客服") == [1]  # the trashed case 2 stays hidden
        assert search_case_ids(store, "promised") == [1]
        cases.restore_case(store, case_id=2)
        assert set(search_case_ids(store, "客服")) == {1, 2}
    finally:
        store.close()


def test_cli_cases_search_json_on_the_demo_store(tmp_path: Path, capsys) -> None:
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", d, "cases", "--search", "安装", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "ecomplaint.cases/1"
    assert [c["order_no"] for c in doc["cases"]] == ["JD-2026-1102-4417"]
    assert main(["--data-dir", d, "cases", "--search", "wreath", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [c["order_no"] for c in doc["cases"]] == ["TM-2026-0127-8830"]
    assert main(["--data-dir", d, "cases", "--search", 'NEAR("', "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cases"] == []
