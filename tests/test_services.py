"""Services: one transaction each, validation in the user's language, undo data, the trash."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries, parties, trash
from ecomplaint.services.demo import load_demo
from ecomplaint.store import queries

BOTH_DATABASES = True


def _case(store, **kw) -> int:
    case_id = cases.create_case(store, title=kw.pop("title", "A case"), **kw).created_id
    assert case_id is not None
    return case_id


def test_create_case_normalises_and_reads_back(store) -> None:
    case_id = _case(
        store,
        platform="jd",
        amount="¥1,799.5",
        currency="cny",
        tags="安装, 客服，安装",
        order_date="2026-11-02",
    )
    c = queries.get_case(store, case_id)
    assert c.amount == Decimal("1799.50") and c.currency == "CNY"
    assert c.tag_list == ["安装", "客服"]
    assert c.order_date.isoformat() == "2026-11-02"
    assert c.created_at == store.clock.now()


@pytest.mark.parametrize(
    ("kwargs", "en", "zh"),
    [
        ({"title": "  "}, "Title is required", "请填写标题"),
        ({"title": "t", "amount": "fifty"}, "not an amount of money", "不是有效金额"),
        ({"title": "t", "amount": "-3"}, "cannot be negative", "不能为负数"),
        ({"title": "t", "platform": "ebay"}, "is not one of", "不是可选值"),
        ({"title": "t", "order_date": "2026-02-30"}, "is not a date", "不是有效日期"),
        ({"title": "t", "order_date": "1066-10-14"}, "not a plausible date", "不是合理的日期"),
        ({"title": "t", "currency": "yuan"}, "three-letter currency", "三位货币代码"),
    ],
)
def test_bad_case_input_gets_a_clear_message_in_both_languages(store, kwargs, en, zh) -> None:
    with pytest.raises(UserError) as info:
        cases.create_case(store, **kwargs)
    assert en in info.value.message("en")
    assert zh in info.value.message("zh")
    assert queries.list_cases(store) == []  # nothing half-written


def test_edit_returns_the_old_values_and_refuses_a_stale_version(store) -> None:
    case_id = _case(store, title="old title", status="open")
    changes = cases.edit_case(
        store, case_id=case_id, values={"title": "new", "status": "open"}, expected_version=1
    )
    assert dict(changes.before) == {"title": "old title"}
    assert queries.get_case(store, case_id).version == 2
    with pytest.raises(UserError) as info:
        cases.edit_case(store, case_id=case_id, values={"title": "again"}, expected_version=1)
    assert info.value.key == "stale"
    cases.edit_case(store, case_id=case_id, values=changes.before)  # the undo
    assert queries.get_case(store, case_id).title == "old title"


def test_entries_need_a_summary_a_party_of_the_same_case_and_an_aware_time(store) -> None:
    a, b = _case(store, title="a"), _case(store, title="b")
    other_party = parties.add_party(store, case_id=b, role="installer", name="x").created_id
    with pytest.raises(UserError, match="Summary is required"):
        entries.log_entry(store, case_id=a, kind="note")
    with pytest.raises(UserError) as info:
        entries.log_entry(store, case_id=a, kind="note", summary="s", party_id=other_party)
    assert info.value.key == "wrong_case"
    with pytest.raises(UserError) as info:
        entries.log_entry(
            store, case_id=a, kind="note", summary="s", occurred_at=datetime(2026, 1, 1)
        )
    assert info.value.key == "field.naive_time"


def test_an_entry_defaults_to_now_and_to_the_kind_s_channel_and_direction(store) -> None:
    case_id = _case(store)
    entries.log_entry(store, case_id=case_id, kind="call_in", summary="they called")
    (e,) = queries.case_detail(store, case_id).entries
    assert (e.channel, e.direction, e.occurred_at, e.logged_at) == (
        "phone",
        "in",
        store.clock.now(),
        store.clock.now(),
    )


def test_trash_is_undoable_until_emptied(store) -> None:
    case_id = _case(store)
    entry_id = entries.log_entry(store, case_id=case_id, kind="note", summary="s").created_id
    assert entry_id is not None
    entries.trash_entry(store, entry_id=entry_id)
    assert queries.case_detail(store, case_id).entries == []
    assert [i.id for i in trash.list_trash(store)] == [entry_id]
    entries.restore_entry(store, entry_id=entry_id)
    assert len(queries.case_detail(store, case_id).entries) == 1

    cases.trash_case(store, case_id=case_id)
    assert queries.list_cases(store) == []
    with pytest.raises(UserError) as info:
        entries.log_entry(store, case_id=case_id, kind="note", summary="s")
    assert info.value.key == "trashed"
    cases.restore_case(store, case_id=case_id)
    assert len(queries.list_cases(store)) == 1

    cases.trash_case(store, case_id=case_id)
    trash.empty_trash(store)
    assert queries.counts(store)["entries"] == 0  # the case's children went with it
    assert queries.counts(store)["cases_in_trash"] == 0


def test_demo_loads_both_stories_once(store) -> None:
    first = load_demo(store)
    second = load_demo(store)
    assert len(first.created) == 2 and second.created == []
    assert sorted(second.existing) == sorted(first.created)
    summaries = {c.platform: c for c in queries.list_cases(store)}
    assert set(summaries) == {"jd", "tmall"}
    tv = queries.case_detail(store, summaries["jd"].id)
    assert tv.case.language == "zh" and len(tv.promises) == 4 and len(tv.escalations) == 1
    supervisor = next(p.id for p in tv.parties if p.role == "supervisor")
    offer = [e for e in tv.entries if e.party_id == supervisor]
    assert [e.stance for e in offer] == ["final_offer"] and "50" in offer[0].summary
    wreath = queries.case_detail(store, summaries["tmall"].id)
    assert wreath.case.language == "en"
    assert any(e.kind == "harassment" for e in wreath.entries)


def test_an_interrupted_demo_load_is_completed_not_duplicated(store) -> None:
    load_demo(store)
    tv_id = queries.find_case_id(store, "JD-2026-1102-4417")
    last = queries.case_detail(store, tv_id).entries[-1]
    from ecomplaint.services.trash import empty_trash

    entries.trash_entry(store, entry_id=last.id)
    empty_trash(store)  # as if the load had died before this entry
    load_demo(store)
    again = queries.case_detail(store, tv_id)
    assert len(again.entries) == 8
    assert len({e.uid for e in again.entries}) == 8
