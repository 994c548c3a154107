"""Promise, pause and escalation services on a temporary store with a frozen clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from ecomplaint.domain.enums import PromiseStatus as S
from ecomplaint.domain.ladder import load_rule_book
from ecomplaint.domain.promise_rules import evaluate
from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries, escalations, pauses, promises
from ecomplaint.services.what_next import case_next_step
from ecomplaint.store import queries
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store

BOTH_DATABASES = True

T0 = datetime(2026, 11, 16, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai


@pytest.fixture
def case_id(store: Store) -> int:
    cid = cases.create_case(store, title="Kettle", platform="jd").created_id
    assert cid is not None
    return cid


def stored(store: Store, pid: int) -> tuple[datetime, datetime]:
    with store.read() as s:
        row = s.get(tb.Promise, pid)
        assert row is not None
        return row.due_from, row.due_by


def state(store: Store, case_id: int, pid: int, now: datetime):
    d = queries.case_detail(store, case_id, include_trashed=True)
    p = next(x for x in d.promises if x.id == pid)
    return evaluate(p, d.pauses, now)


def test_pause_and_resume_keep_the_stored_window_in_step(store, case_id):
    pid = promises.record_promise(
        store, case_id=case_id, what="reply", window_min=24, window_max=48, made_at=T0
    ).created_id
    assert stored(store, pid) == (T0 + timedelta(hours=24), T0 + timedelta(hours=48))
    pauses.pause_case(store, case_id=case_id, started_at=T0 + timedelta(hours=10))
    with pytest.raises(UserError):
        pauses.pause_case(store, case_id=case_id, started_at=T0 + timedelta(hours=11))
    assert state(store, case_id, pid, T0 + timedelta(hours=60)).status is S.PAUSED
    change = pauses.resume_case(store, case_id=case_id, ended_at=T0 + timedelta(hours=30))
    assert change.changes.promises
    assert stored(store, pid) == (T0 + timedelta(hours=44), T0 + timedelta(hours=68))
    with pytest.raises(UserError):
        pauses.resume_case(store, case_id=case_id)
    # A pause on one promise only moves that promise.
    other = promises.record_promise(
        store,
        case_id=case_id,
        what="refund",
        window_min=0,
        window_max=10,
        made_at=T0 + timedelta(hours=31),
    ).created_id
    pauses.pause_promise(store, promise_id=other, started_at=T0 + timedelta(hours=32))
    pauses.resume_promise(store, promise_id=other, ended_at=T0 + timedelta(hours=34))
    assert stored(store, other)[1] == T0 + timedelta(hours=43)
    assert stored(store, pid)[1] == T0 + timedelta(hours=68)


def test_resume_before_start_is_refused(store, case_id):
    pauses.pause_case(store, case_id=case_id, started_at=T0)
    with pytest.raises(UserError) as err:
        pauses.resume_case(store, case_id=case_id, ended_at=T0 - timedelta(hours=1))
    assert "暂停" in err.value.message("zh")


def test_edit_recomputes_window_and_returns_before(store, case_id):
    pid = promises.record_promise(
        store, case_id=case_id, what="reply", window_min=24, window_max=48, made_at=T0
    ).created_id
    ch = promises.edit_promise(
        store, promise_id=pid, values={"clock": "working_days", "window_min": 0, "window_max": 3}
    )
    assert ch.before == {"clock": "hours", "window_min": 24, "window_max": 48}
    assert stored(store, pid)[1] == datetime(2026, 11, 19, 15, 59, 59, tzinfo=UTC)
    with pytest.raises(UserError):
        promises.edit_promise(store, promise_id=pid, values={"window_min": 9})


def test_kept_broken_superseded_and_undo(store, case_id):
    e1 = entries.log_entry(
        store, case_id=case_id, kind="call_in", summary="call", occurred_at=T0 + timedelta(hours=50)
    ).created_id
    p1 = promises.record_promise(
        store, case_id=case_id, what="reply", window_min=24, window_max=48, made_at=T0
    ).created_id
    promises.mark_kept(store, promise_id=p1, entry_id=e1)
    assert state(store, case_id, p1, T0 + timedelta(days=9)).status is S.KEPT_LATE
    with pytest.raises(UserError):
        promises.mark_broken(store, promise_id=p1)
    undo = promises.clear_outcome(store, promise_id=p1)
    assert undo.before["kept_entry_id"] == e1
    assert state(store, case_id, p1, T0 + timedelta(days=9)).status is S.OVERDUE

    promises.mark_broken(store, promise_id=p1, entry_id=e1)
    assert state(store, case_id, p1, T0 + timedelta(days=9)).status is S.BROKEN
    promises.clear_outcome(store, promise_id=p1)

    p2 = promises.record_promise(
        store,
        case_id=case_id,
        what="reply",
        window_min=0,
        window_max=72,
        made_at=T0 + timedelta(hours=49),
    ).created_id
    with pytest.raises(UserError):
        promises.supersede(store, promise_id=p2, by_promise_id=p1)  # older cannot replace
    with pytest.raises(UserError):
        promises.supersede(store, promise_id=p1, by_promise_id=p1)
    promises.supersede(store, promise_id=p1, by_promise_id=p2)
    assert state(store, case_id, p1, T0 + timedelta(days=9)).status is S.SUPERSEDED


def test_trash_and_restore(store, case_id):
    pid = promises.record_promise(
        store, case_id=case_id, what="visit", window_min=0, window_max=5
    ).created_id
    ch = promises.trash_promise(store, promise_id=pid)
    assert ch.before == {"trashed_at": None}
    assert queries.case_detail(store, case_id).promises == []
    promises.restore_promise(store, promise_id=pid)
    assert len(live_promises(store, case_id)) == 1


def live_promises(store: Store, case_id: int) -> list:
    return queries.case_detail(store, case_id).promises


def test_escalation_creates_the_rungs_response_clock(store, case_id):
    under_order_20 = datetime(2026, 3, 16, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai
    x = escalations.record_escalation(
        store,
        case_id=case_id,
        ladder="cn.jd",
        rung="regulator_12315",
        escalated_at=under_order_20,
        reference_no="12315-001",
    )
    with store.read() as s:
        owed = s.exec(select(tb.Promise).where(tb.Promise.escalation_id == x.created_id)).all()
    assert len(owed) == 1  # mediation (45 working days) starts at acceptance: not created yet
    assert (owed[0].clock, owed[0].window_max, owed[0].calendar) == ("working_days", 7, "CN")
    # 7 working days from Monday 16 Mar 2026: Wednesday 25 Mar, 23:59:59 Shanghai
    assert owed[0].due_by == datetime(2026, 3, 25, 15, 59, 59, tzinfo=UTC)
    # From 2026-04-15 Order No. 121 applies; its limit is not confirmed, so no rule clock.
    later = escalations.record_escalation(
        store, case_id=case_id, ladder="cn.jd", rung="regulator_12315", escalated_at=T0
    )
    with store.read() as s:
        assert not s.exec(
            select(tb.Promise).where(tb.Promise.escalation_id == later.created_id)
        ).all()
    escalations.trash_escalation(store, escalation_id=later.created_id)
    esc = queries.case_detail(store, case_id).escalations[0]
    assert esc.rung_label == "12315 投诉（市场监管部门）"  # case language zh
    # Suggested chase points are nobody's promise.
    y = escalations.record_escalation(
        store, case_id=case_id, ladder="cn.jd", rung="platform_intervention", escalated_at=T0
    )
    with store.read() as s:
        assert not s.exec(select(tb.Promise).where(tb.Promise.escalation_id == y.created_id)).all()
    escalations.trash_escalation(store, escalation_id=x.created_id)
    assert all(
        p.escalation_id != x.created_id for p in queries.case_detail(store, case_id).promises
    )
    escalations.restore_escalation(store, escalation_id=x.created_id)
    assert any(
        p.escalation_id == x.created_id for p in queries.case_detail(store, case_id).promises
    )


def test_uk_ladder_final_response_then_six_months(store, clock):
    cid = cases.create_case(
        store, title="Boiler", platform="amazon", currency="GBP", language="en"
    ).created_id
    x = escalations.record_escalation(
        store, case_id=cid, ladder="uk.generic", rung="firm", escalated_at=T0
    )
    assert x.created_id
    d = queries.case_detail(store, cid)
    assert d.promises[0].due_by == T0 + timedelta(weeks=8)
    final = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    clock.advance(final - clock.now())  # the final response is logged when it has come
    entries.log_entry(
        store,
        case_id=cid,
        kind="email",
        summary="final response",
        stance="final_offer",
        occurred_at=final,
    )
    step = case_next_step(store, cid, datetime(2026, 12, 2, tzinfo=UTC))
    assert step is not None and step.rung == "ombudsman"
    # same London wall-clock time six months on (GMT in December, BST in June)
    assert step.escalate_by == datetime(2027, 6, 1, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    assert step.deadline == step.escalate_by


def test_demo_tv_case(demo_store, clock):
    cid = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    d = queries.case_detail(demo_store, cid)
    states = {p.description: evaluate(p, d.pauses, clock.now()) for p in d.promises}
    assert states["了解情况后回复"].status is S.KEPT  # 24–48 h, answered after ~43 h
    assert states["主管回电"].status is S.KEPT_LATE
    written = states["发来书面处理说明"]
    assert written.status is S.OVERDUE
    assert written.due_by == datetime(2026, 11, 17, 15, 59, 59, tzinfo=UTC)
    step = case_next_step(demo_store, cid, clock.now())
    assert step is not None
    assert (step.ladder, step.rung, step.reason) == (
        "cn.jd",
        "platform_intervention",
        "final_offer",
    )
    assert step.label("en") == "JD platform intervention"
    # No consumer time limit on this rung: no deadline that would move with the clock, only the
    # rung's own response clock (and when it would run out if escalated now).
    assert step.deadline is None
    assert (step.response_amount, step.response_unit) == (48, "hours")
    assert step.response_due_by == clock.now() + timedelta(hours=48)
    later = case_next_step(demo_store, cid, clock.now() + timedelta(hours=5))
    assert later is not None and later.deadline == step.deadline
    assert {t.reason for t in step.triggers} == {"final_offer", "overdue_promise"}


def test_escalating_answers_the_trigger(demo_store, clock):
    cid = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    escalations.record_escalation(
        demo_store,
        case_id=cid,
        ladder="cn.jd",
        rung="platform_intervention",
        escalated_at=clock.now(),
    )
    assert case_next_step(demo_store, cid, clock.now()) is None
    # ...until the platform's own promise lapses: then the next rung is the complaint.
    later = clock.now() + timedelta(days=3)
    promises.record_promise(
        demo_store,
        case_id=cid,
        what="reply",
        window_min=0,
        window_max=24,
        made_at=clock.now() + timedelta(minutes=5),
    )
    step = case_next_step(demo_store, cid, later)
    assert step is not None and step.rung == "platform_complaint"
    assert step.alternatives == ("black_cat",)


def test_user_rule_override_and_broken_file(tmp_path: Path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "mine.json").write_text(
        '{"format": "ecomplaint.rules/1", "id": "mine", "title": "mine", "source": "me",'
        ' "date": "2026-11-22", "ladders": [{"id": "cn.jd", "label": "JD (mine)",'
        ' "source": "me", "date": "2026-11-22", "platforms": ["jd"], "rungs": ['
        '{"id": "frontline", "label": "CS", "source": "me", "date": "2026-11-22"},'
        '{"id": "court", "label": "Court", "source": "me", "date": "2026-11-22"}]}]}',
        encoding="utf-8",
    )
    (folder / "wrong.json").write_text(
        '{"format": "ecomplaint.rules/1", "id": "w", "title": "w", "source": "s", "date": "d",'
        ' "ladders": [{"id": "x", "label": "x", "source": "s", "date": "d", "rungs": ['
        '{"id": "a", "label": "a", "source": "s", "date": "d",'
        ' "clocks": [{"key": "k", "amount": -1, "unit": "hours", "basis": "rule",'
        ' "label": "k"}]}]}]}',
        encoding="utf-8",
    )
    book = load_rule_book(tmp_path)
    jd = book.ladder("cn.jd")
    assert jd is not None and [r.id for r in jd.rungs] == ["frontline", "court"]
    assert book.ladder("cn.tmall") is not None  # shipped packs still there
    assert "x" not in book.ladders
    messages = sorted(p.message("en") for p in book.problems)
    assert len(messages) == 2
    assert "broken.json" in messages[0] and "line 1" in messages[0]
    assert "amount" in messages[1]
    assert "规则包" in book.problems[0].message("zh")


def test_shipped_packs_cite_sources_and_keep_demo_rung_ids():
    book = load_rule_book(None)
    for ladder in book.ladders.values():
        assert ladder.source and ladder.date
        for rung in ladder.rungs:
            assert rung.source and rung.date and rung.label.zh and rung.label.en
    for lid in ("cn.jd", "cn.tmall"):
        ladder = book.ladder(lid)
        assert ladder is not None
        assert ladder.rung("supervisor") and ladder.rung("platform_complaint")
    generic = book.ladder("cn.generic")
    assert generic is not None
    clocks = {c.key: (c.amount, c.unit) for c in generic.rung("regulator_12315").clocks}
    assert clocks == {"acceptance": (7, "working_days"), "mediation": (45, "working_days")}
    assert generic.rung("black_cat").clocks[0].amount == 48
    refs = book.references_for("jd")
    assert {"jd.harassment_points", "jd.dongdong_blacklist"} <= {r.id for r in refs}
    assert "12" in book.references["tmall.harassment_points"].text.en
