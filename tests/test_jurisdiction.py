"""Every case runs on its own jurisdiction's clock (zone, working-day calendar, ladder)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from ecomplaint.cli.main import main
from ecomplaint.domain.clock import FixedClock
from ecomplaint.domain.ladder import load_rule_book
from ecomplaint.domain.next_step import next_step
from ecomplaint.services import cases, entries, escalations
from ecomplaint.services.entries import NewPromise
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_uk_five_working_days_over_easter_end_after_easter_monday_at_2359_london(
    store: Store, store_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    case = _json(
        capsys, [*store_args, "new", "--title", "Sofa", "--ladder", "uk.marketplace", "--json"]
    )
    shown = _json(capsys, [*store_args, "show", str(case["id"]), "--json"])["case"]
    assert (shown["tz"], shown["calendar"], shown["currency"], shown["language"]) == (
        "Europe/London",
        "GB-ENG",
        "GBP",
        "en",
    )
    # Maundy Thursday 10:00 typed without a zone: read in the case's zone (BST, UTC+1).
    argv = [*store_args, "log", str(case["id"]), "--kind", "email", "--summary", "We will refund"]
    argv += ["--at", "2026-04-02 10:00", "--promise", "refund", "--within", "5wd", "--json"]
    logged = _json(capsys, argv)
    d = queries.case_detail(store, case["id"])
    (p,) = d.promises
    assert p.id == logged["promise"]["id"]
    assert d.entries[0].occurred_at == datetime(2026, 4, 2, 9, 0, tzinfo=UTC)
    assert (p.tz, p.calendar) == ("Europe/London", "GB-ENG")
    # Good Friday 3 Apr and Easter Monday 6 Apr are bank holidays in England: 7, 8, 9, 10,
    # 13 April; the day ends at 23:59:59 London time (BST).
    assert p.due_by == datetime(2026, 4, 13, 22, 59, 59, tzinfo=UTC)


def test_scotland_counts_its_own_bank_holidays(store: Store) -> None:
    # 2 January is a bank holiday in Scotland only.
    made = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)  # Thursday (a holiday everywhere)
    due = {}
    for cal in ("GB-ENG", "GB-SCT"):
        cid = cases.create_case(store, title=cal, ladder="uk.marketplace", calendar=cal).created_id
        assert cid is not None
        entries.log_entry(
            store,
            case_id=cid,
            kind="email",
            summary="x",
            occurred_at=made,
            promise=NewPromise(what="reply", window_min=0, window_max=1, clock="working_days"),
        )
        due[cal] = queries.case_detail(store, cid).promises[0].due_by
    assert due["GB-ENG"] == datetime(2026, 1, 2, 23, 59, 59, tzinfo=UTC)
    assert due["GB-SCT"] == datetime(2026, 1, 5, 23, 59, 59, tzinfo=UTC)


def test_chinese_case_across_national_day_lands_on_the_make_up_saturday(store: Store) -> None:
    cid = cases.create_case(store, title="电视", platform="jd").created_id
    assert cid is not None
    entries.log_entry(
        store,
        case_id=cid,
        kind="call_in",
        summary="三个工作日内回复",
        occurred_at=datetime(2026, 9, 30, 2, 0, tzinfo=UTC),  # 10:00 Beijing time
        promise=NewPromise(what="reply", window_min=0, window_max=3, clock="working_days"),
    )
    (p,) = queries.case_detail(store, cid).promises
    # 1–7 Oct is the holiday; Thu 8, Fri 9 and the make-up Saturday 10 Oct are working days.
    assert p.due_by == datetime(2026, 10, 10, 15, 59, 59, tzinfo=UTC)
    assert p.calendar == "CN"


def test_a_third_countrys_ladder_works_from_a_data_pack_alone(store: Store) -> None:
    (store.folder / "rules").mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "de.json", store.folder / "rules" / "de.json")
    cid = cases.create_case(store, title="Waschmaschine", ladder="de.generic").created_id
    assert cid is not None
    c = queries.get_case(store, cid)
    assert (c.country, c.tz, c.calendar, c.currency) == ("DE", "Europe/Berlin", "DE-BY", "EUR")
    entries.log_entry(
        store,
        case_id=cid,
        kind="email",
        summary="Antwort in 3 Werktagen",
        occurred_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),  # Monday; 6 Jan is Epiphany in BY
        promise=NewPromise(what="reply", window_min=0, window_max=3, clock="working_days"),
    )
    (p,) = queries.case_detail(store, cid).promises
    assert p.due_by == datetime(2026, 1, 9, 22, 59, 59, tzinfo=UTC)  # Fri 23:59:59 CET
    book = load_rule_book(store.folder)
    step = next_step(queries.case_detail(store, cid), book, datetime(2026, 1, 12, tzinfo=UTC))
    assert step is not None and step.rung == "schlichtung"
    assert step.source == "Fixture rules, first half"  # the version in force on the day
    # Escalating in July uses the second half's 10-working-day clock.
    x = escalations.record_escalation(
        store,
        case_id=cid,
        ladder="de.generic",
        rung="schlichtung",
        escalated_at=datetime(2026, 7, 6, 8, 0, tzinfo=UTC),
        rules=book,
    )
    owed = [q for q in queries.case_detail(store, cid).promises if q.escalation_id == x.created_id]
    assert [(q.window_max, q.calendar) for q in owed] == [(10, "DE-BY")]


def test_the_ombudsman_is_not_suggested_before_the_formal_complaint_has_run(
    store: Store,
) -> None:
    book = load_rule_book(store.folder)
    cid = cases.create_case(store, title="Sofa", ladder="uk.marketplace").created_id
    assert cid is not None
    t0 = datetime(2026, 5, 11, 9, 0, tzinfo=UTC)
    entries.log_entry(
        store,
        case_id=cid,
        kind="email",
        summary="Seller: refund in 48 hours",
        occurred_at=t0,
        promise=NewPromise(what="refund", window_min=0, window_max=48),
    )
    step = next_step(queries.case_detail(store, cid), book, t0 + timedelta(days=4))
    assert step is not None and step.rung == "formal_complaint"

    complained = t0 + timedelta(days=5)
    escalations.record_escalation(
        store, case_id=cid, ladder="uk.marketplace", rung="formal_complaint",
        escalated_at=complained, rules=book,
    )  # fmt: skip
    entries.log_entry(
        store,
        case_id=cid,
        kind="email",
        summary="We will call you tomorrow",
        occurred_at=complained + timedelta(days=1),
        promise=NewPromise(what="callback", window_min=0, window_max=24),
    )
    # The call-back lapsed but the 8 weeks for a final response still run: no ombudsman.
    during = complained + timedelta(weeks=3)
    assert next_step(queries.case_detail(store, cid), book, during) is None
    # Eight weeks without a final response: now the ombudsman.
    after = complained + timedelta(weeks=8, days=1)
    late = next_step(queries.case_detail(store, cid), book, after)
    assert late is not None and late.rung == "ombudsman" and late.escalate_by is None

    # A final response starts the six months to refer.
    final = complained + timedelta(weeks=4)
    entries.log_entry(
        store,
        case_id=cid,
        kind="email",
        summary="Our final response",
        stance="final_response",
        occurred_at=final,
    )
    step = next_step(queries.case_detail(store, cid), book, final + timedelta(days=1))
    assert step is not None and step.rung == "ombudsman"
    # 13 June 10:00 BST + 6 months = 13 December 10:00 GMT (same London wall-clock time)
    assert step.escalate_by == datetime(2026, 12, 13, 10, 0, tzinfo=UTC)


def test_due_at_is_history_as_of_that_time(
    store: Store, store_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    cid = cases.create_case(store, title="TV", platform="jd").created_id
    assert cid is not None
    t0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
    entries.log_entry(
        store,
        case_id=cid,
        kind="call_in",
        summary="24–48 小时内回复",
        occurred_at=t0,
        promise=NewPromise(what="reply", window_min=24, window_max=48),
    )
    # Later: the promise was answered with an offer, then the case escalated.
    entries.log_entry(
        store,
        case_id=cid,
        kind="offer",
        summary="退 50 元",
        stance="offer",
        occurred_at=t0 + timedelta(days=8),
    )
    escalations.record_escalation(
        store, case_id=cid, ladder="cn.jd", rung="supervisor", escalated_at=t0 + timedelta(days=9)
    )
    at = (t0 + timedelta(days=3)).isoformat()
    doc = _json(capsys, [*store_args, "due", "--at", at, "--json"])
    assert [i["case_id"] for i in doc["overdue"]] == [cid]
    assert doc["waiting"] == []  # the offer came later
    (step,) = doc["next_steps"]
    assert step["rung"] == "supervisor"  # judged before the escalation to the supervisor
    at = (t0 + timedelta(days=8, hours=1)).isoformat()
    later = _json(capsys, [*store_args, "due", "--at", at, "--json"])
    assert [w["reason"] for w in later["waiting"]] == ["final_offer"]


def test_an_ecase_file_carries_the_jurisdiction(
    store: Store, store_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cid = cases.create_case(store, title="Kettle", ladder="uk.marketplace", calendar="GB-NIR")
    assert cid.created_id is not None
    entries.log_entry(
        store,
        case_id=cid.created_id,
        kind="email",
        summary="Refund in 3 working days",
        occurred_at=datetime(2026, 3, 16, 10, 0, tzinfo=UTC),  # 17 March: holiday in NI
        promise=NewPromise(what="refund", window_min=0, window_max=3, clock="working_days"),
    )
    out = tmp_path / "k.ecase"
    assert main([*store_args, "export-case", str(cid.created_id), "-o", str(out)]) == 0
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", str(out)]) == 0
    capsys.readouterr()
    doc = _json(capsys, ["--data-dir", str(other), "show", "1", "--json"])
    assert (doc["case"]["tz"], doc["case"]["calendar"], doc["case"]["ladder"]) == (
        "Europe/London",
        "GB-NIR",
        "uk.marketplace",
    )
    (p,) = doc["promises"]
    assert p["calendar"] == "GB-NIR"
    # 17 March (St Patrick's Day) is a holiday in Northern Ireland: 18, 19, 20 March
    assert p["due_by"] == "2026-03-20T23:59:59+00:00"


def test_show_uses_the_case_zone_unless_the_user_chose_one(
    store: Store,
    store_args: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cid = cases.create_case(store, title="Sofa", ladder="uk.marketplace", amount="649").created_id
    assert cid is not None
    at = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)
    entries.log_entry(store, case_id=cid, kind="note", summary="x", occurred_at=at)
    monkeypatch.delenv("ECOMPLAINT_TZ", raising=False)
    assert main([*store_args, "--lang", "en", "show", str(cid)]) == 0
    out = capsys.readouterr().out
    assert "2026-04-02 10:00 +01" in out and "£649.00" in out
    monkeypatch.setenv("ECOMPLAINT_TZ", "Asia/Shanghai")
    assert main([*store_args, "--lang", "en", "show", str(cid)]) == 0
    assert "2026-04-02 17:00 +08" in capsys.readouterr().out


def test_money_has_the_currencys_own_symbol_and_grouping() -> None:
    from ecomplaint.money import demand_amounts, format_money

    assert format_money("649", "GBP", "en") == "£649.00"
    assert format_money("1799", "CNY", "en") == "¥1,799.00"
    assert format_money("1799", "CNY", "zh", word=True) == "1,799.00 元"
    assert format_money("12.5", "EUR", "en") == "€12.50"
    assert sum(demand_amounts(["退还安装费 50 元", "Refund £649.00", "道歉"])) == 699


def test_a_rule_is_cited_only_on_the_days_it_was_in_force(tmp_path: Path) -> None:
    from ecomplaint.dossier.citations import load_citations

    pack = {
        "format": "ecomplaint.rules/1",
        "id": "x",
        "title": "x",
        "source": "x",
        "date": "2026-01-01",
        "references": [
            {"id": "old", "platforms": ["jd"], "title": "Old", "text": "old rule",
             "source": "Old rules", "date": "2020-01-01", "until": "2026-04-14"},
            {"id": "new", "platforms": ["jd"], "title": "New", "text": "new rule",
             "source": "New rules", "date": "2026-04-15", "from": "2026-04-15"},
        ],
    }  # fmt: skip
    (tmp_path / "x.json").write_text(json.dumps(pack), encoding="utf-8")
    march = load_citations("jd", "en", tmp_path, on="2026-03-01")
    assert [c.text for c in march] == ["old rule"]
    assert [c.text for c in load_citations("jd", "en", tmp_path, on="2026-11-20")] == ["new rule"]
    book_refs = load_rule_book(shipped=tmp_path).references_for("jd", on=date(2026, 11, 20))
    assert [r.id for r in book_refs] == ["new"]


def test_a_year_the_calendar_does_not_know_is_marked_approximate(
    store: Store, clock: FixedClock
) -> None:
    from ecomplaint.domain.promise_rules import evaluate

    made = datetime(2027, 6, 1, 2, 0, tzinfo=UTC)  # chinesecalendar has not got 2027 yet
    clock.at = made + timedelta(days=1)
    states = {}
    for ladder in ("cn.generic", "uk.marketplace"):
        cid = cases.create_case(store, title=ladder, ladder=ladder).created_id
        assert cid is not None
        entries.log_entry(
            store,
            case_id=cid,
            kind="email",
            summary="x",
            occurred_at=made,
            promise=NewPromise(what="reply", window_min=0, window_max=3, clock="working_days"),
        )
        d = queries.case_detail(store, cid)
        states[ladder] = evaluate(d.promises[0], d.pauses, made)
    assert states["cn.generic"].approximate is True
    assert states["uk.marketplace"].approximate is False


def test_a_stance_can_be_recorded_later_and_waiting_on_me_follows_it(
    store: Store, store_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    cid = cases.create_case(store, title="TV", platform="jd").created_id
    assert cid is not None
    at = datetime(2026, 11, 12, 3, 0, tzinfo=UTC)
    logged = entries.log_entry(store, case_id=cid, kind="call_in", summary="50 元", occurred_at=at)
    when = (at + timedelta(hours=1)).isoformat()
    assert _json(capsys, [*store_args, "due", "--at", when, "--json"])["waiting"] == []
    _json(
        capsys, [*store_args, "edit-entry", str(logged.created_id), "--stance", "offer", "--json"]
    )
    waiting = _json(capsys, [*store_args, "due", "--at", when, "--json"])["waiting"]
    assert [(w["case_id"], w["reason"]) for w in waiting] == [(cid, "final_offer")]
    entries.log_entry(
        store,
        case_id=cid,
        kind="call_out",
        summary="接受",
        stance="acceptance",
        occurred_at=at + timedelta(minutes=30),
    )
    assert _json(capsys, [*store_args, "due", "--at", when, "--json"])["waiting"] == []
