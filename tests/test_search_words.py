"""The store's search engine on the demo cases."""

from __future__ import annotations

from ecomplaint.store import queries, search
from ecomplaint.store.engine import Store


def test_the_real_engine_finds_two_character_chinese_words(demo_store: Store) -> None:
    tv = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    wreath = queries.find_case_id(demo_store, "TM-2026-0127-8830")
    assert list(search.search_case_ids(demo_store, "安装")) == [tv]  # in the title
    assert list(search.search_case_ids(demo_store, "主管")) == [tv]  # in summaries
    assert list(search.search_case_ids(demo_store, "wreath")) == [wreath]
    assert list(search.search_case_ids(demo_store, "安装 wreath")) == []  # all words
    assert list(search.search_case_ids(demo_store, "100%")) == []
    # the case list runs the same search as a subquery
    assert [c.id for c in queries.list_cases(demo_store, search="主管")] == [tv]
