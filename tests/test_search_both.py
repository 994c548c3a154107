"""Search as a user sees it, on SQLite (the FTS5 index) and PostgreSQL (its interim substring
search): the same cases found, trash hides, edits show, filters combine, odd input is safe."""

from __future__ import annotations

import pytest

from ecomplaint.services import cases, entries
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.store.search import search_case_ids

BOTH_DATABASES = True


@pytest.fixture
def two(store: Store) -> tuple[int, int]:
    tv = cases.create_case(
        store, title="TV 底座安装被改成挂墙", platform="jd", order_no="JD-2026-1102-4417"
    ).created_id
    wreath = cases.create_case(store, title="Mourning wreath", platform="tmall").created_id
    assert tv is not None and wreath is not None
    entries.log_entry(
        store, case_id=tv, kind="call_in", summary="打客服电话", quote="48 小时内回复"
    )
    entries.log_entry(store, case_id=wreath, kind="sms", quote="we will call the police")
    return tv, wreath


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("安装", {0}),
        ("客服", {0}),
        ("小时内", {0}),
        ("police", {1}),
        ("Wreath", {1}),
        ("JD-2026-1102-4417", {0}),
        ("TV 安装", {0}),
        ("TV wreath", set()),
        ('"(*', set()),
        ("%", set()),
        ("_", set()),
    ],
)
def test_finds(store: Store, two: tuple[int, int], text: str, which: set[int]) -> None:
    assert set(search_case_ids(store, text)) == {two[i] for i in which}
    assert {c.id for c in queries.list_cases(store, search=text)} == {two[i] for i in which}


def test_trash_restore_and_edit(store: Store, two: tuple[int, int]) -> None:
    tv, _ = two
    cases.trash_case(store, case_id=tv)
    assert search_case_ids(store, "客服") == []
    cases.restore_case(store, case_id=tv)
    assert search_case_ids(store, "客服") == [tv]
    cases.edit_case(store, case_id=tv, values={"title": "退款纠纷"})
    assert search_case_ids(store, "退款") == [tv]
    assert search_case_ids(store, "底座") == []


def test_search_combines_with_filters(store: Store, two: tuple[int, int]) -> None:
    tv, _ = two
    assert [c.id for c in queries.list_cases(store, search="安装", platform="jd")] == [tv]
    assert queries.list_cases(store, search="安装", platform="tmall") == []
    ids = search_case_ids(store, "安装")
    assert [c.id for c in queries.list_cases(store, search_ids=ids, platform="jd")] == [tv]
