"""The due query, `ecomplaint due` and the .ics export agree with the rules."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from ecomplaint.cli.main import main
from ecomplaint.domain.promise_rules import evaluate
from ecomplaint.services import cases, pauses, promises
from ecomplaint.services.what_next import export_calendar
from ecomplaint.store import queries
from ecomplaint.store.due import due_report, open_promises
from ecomplaint.store.engine import Store

BOTH_DATABASES = True

NOW = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def add(store: Store, cid: int, hours_ago: float, window: int, **kw: object) -> int:
    pid = promises.record_promise(
        store,
        case_id=cid,
        what="reply",
        window_min=0,
        window_max=window,
        made_at=NOW - timedelta(hours=hours_ago),
        **kw,
    ).created_id
    assert pid is not None
    return pid


@pytest.fixture
def busy(store: Store) -> dict[str, int]:
    a = cases.create_case(store, title="A", platform="jd").created_id
    b = cases.create_case(store, title="B", platform="tmall").created_id
    closed = cases.create_case(store, title="C", status="resolved").created_id
    assert a and b and closed
    ids = {
        "late_1h": add(store, a, 25, 24),
        "late_3d": add(store, b, 96, 24),
        "soon": add(store, a, 20, 24),
        "later": add(store, b, 1, 72),
        "closed_case": add(store, closed, 96, 24),
        "paused": add(store, b, 96, 24, description="paused"),
    }
    pauses.pause_promise(
        store, promise_id=ids["paused"], started_at=NOW - timedelta(hours=80), reason="photos"
    )
    return ids


def test_due_report_sections_and_order(store, busy):
    r = due_report(store, NOW, until=NOW + timedelta(days=7))
    assert [i.promise_id for i in r.overdue] == [busy["late_3d"], busy["late_1h"]]
    assert r.overdue[0].overdue_by == timedelta(hours=72)
    assert [i.promise_id for i in r.due_soon] == [busy["soon"]]
    assert [i.promise_id for i in r.upcoming] == [busy["later"]]
    assert [(w.reason, w.promise_id) for w in r.waiting] == [("paused", busy["paused"])]
    assert (r.counts.overdue, r.counts.due_soon, r.counts.upcoming, r.counts.waiting) == (
        2,
        1,
        1,
        1,
    )
    assert len(open_promises(store, NOW, due_before=NOW, limit=1)) == 1


def test_sql_agrees_with_evaluate(store, busy):
    """Every open promise the query calls overdue is overdue by the Python rules, and back."""
    sql_overdue = {i.promise_id for i in due_report(store, NOW).overdue}
    py_overdue = set()
    for summary in queries.list_cases(store, include_trashed=False):
        d = queries.case_detail(store, summary.id)
        if d.case.status in ("resolved", "closed"):
            continue
        py_overdue |= {p.id for p in d.promises if evaluate(p, d.pauses, NOW).overdue_by}
    assert sql_overdue == py_overdue


def test_cli_due_json_agrees_with_the_window(store_args, demo_store, data_dir, capsys):
    demo_store.close()
    assert main([*store_args, "due", "--json", "--at", "2026-11-20T14:00:00+08:00"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "ecomplaint.due/1"
    assert doc["at"] == "2026-11-20T06:00:00+00:00"
    assert doc["counts"]["overdue"] == 1
    item = doc["overdue"][0]
    assert item["description"] == "发来书面处理说明"
    assert item["due_by"] == "2026-11-17T15:59:59+00:00"
    assert item["overdue_seconds"] == 2 * 86400 + 14 * 3600 + 1
    assert doc["waiting"][0]["reason"] == "final_offer"
    step = doc["next_steps"][0]
    assert (step["rung"], step["ladder"]) == ("platform_intervention", "cn.jd")
    # Before the supervisor's promise lapsed it is upcoming, not overdue.
    assert main([*store_args, "due", "--json", "--at", "2026-11-16T12:00:00+08:00"]) == 0
    early = json.loads(capsys.readouterr().out)
    assert early["counts"]["overdue"] == 0
    assert [i["description"] for i in early["upcoming"]] == ["发来书面处理说明"]


def test_cli_due_text_and_bad_time(store_args, demo_store, data_dir, capsys):
    demo_store.close()
    assert main([*store_args, "--lang", "zh", "due", "--at", "2026-11-20T06:00Z"]) == 0
    out = capsys.readouterr().out
    assert "超时 (1)" in out and "申请京东平台介入" in out
    assert main([*store_args, "--lang", "en", "due", "--at", "yesterday"]) == 2
    assert "ISO 8601" in capsys.readouterr().err


def test_ics_parses_with_stable_uids(demo_store, data_dir, tmp_path: Path):
    path = tmp_path / "due.ics"
    n = export_calendar(demo_store, path, NOW)
    cal = Calendar.from_ical(path.read_bytes())
    events = cal.walk("VEVENT")
    assert n == len(events) == 1
    ev = events[0]
    assert str(ev["uid"]).startswith("promise-") and "发来书面处理说明" in str(ev["summary"])
    assert ev.decoded("dtstart") == datetime(2026, 11, 17, 15, 59, 59, tzinfo=UTC)
    again = tmp_path / "again.ics"
    export_calendar(demo_store, again, NOW + timedelta(hours=1))
    uids = {str(e["uid"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")}
    assert uids == {str(ev["uid"])}


def test_ics_per_case_and_escalate_by(store, tmp_path: Path):
    from ecomplaint.services import entries, escalations

    cid = cases.create_case(
        store, title="Boiler", platform="amazon", currency="GBP", language="en"
    ).created_id
    other = cases.create_case(store, title="Other").created_id
    add(store, other, 1, 10)
    escalations.record_escalation(
        store, case_id=cid, ladder="uk.generic", rung="firm", escalated_at=NOW - timedelta(days=1)
    )
    entries.log_entry(
        store,
        case_id=cid,
        kind="email",
        summary="final response",
        stance="final_offer",
        occurred_at=NOW - timedelta(hours=1),
    )
    path = tmp_path / "case.ics"
    export_calendar(store, path, NOW, case_id=cid, lang="en")
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    summaries = sorted(str(e["summary"]) for e in events)
    assert len(events) == 2  # the firm's 8-week clock and the 6-month ombudsman limit
    assert any("Ombudsman (escalate by)" in s for s in summaries)


def test_cli_writes_ics(store_args, demo_store, data_dir, tmp_path, capsys):
    demo_store.close()
    target = tmp_path / "out.ics"
    assert main([*store_args, "due", "--at", "2026-11-20T06:00Z", "--ics", str(target)]) == 0
    assert Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert main([*store_args, "due", "--ics", str(tmp_path / "no" / "x.ics")]) == 2
