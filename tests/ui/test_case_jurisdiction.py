"""The case dialog's jurisdiction: the ladder fills country, zone, calendar and currency from
its pack; a new case starts from the last choice, else from the user's locale."""

from __future__ import annotations

from typing import Any

from ecomplaint.domain.ladder import load_rule_book
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from ecomplaint.ui.cases.dialog import CaseDialog, locale_ladder
from ecomplaint.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def jurisdiction(d: CaseDialog) -> tuple[str, ...]:
    return tuple(d.value(k) for k in ("ladder", "country", "tz", "calendar", "currency"))


def test_choosing_a_ladder_fills_the_jurisdiction(qapp: Any) -> None:
    d = CaseDialog(None, rules=load_rule_book(), defaults={"ladder": "uk.generic"})
    assert jurisdiction(d) == ("uk.generic", "GB", "Europe/London", "GB-ENG", "GBP")
    assert d.value("language") == "en"
    d.set_value("ladder", "cn.jd")
    assert jurisdiction(d) == ("cn.jd", "CN", "Asia/Shanghai", "CN", "CNY")
    # each stays editable: a Scottish case on the UK ladder
    d.set_value("ladder", "uk.marketplace")
    d.set_value("calendar", "GB-SCT")
    assert d.values()["calendar"] == "GB-SCT"


def test_a_bad_zone_is_refused_inline_and_kept(qapp: Any) -> None:
    d = CaseDialog(None, rules=load_rule_book(), defaults={"ladder": "uk.generic"})
    d.set_value("title", "x")
    d.set_value("tz", "Mars/Olympus")
    d.try_accept()
    assert not d.error.isHidden()
    assert "Mars/Olympus" in d.error.text()
    assert d.value("tz") == "Mars/Olympus"


def test_locale_picks_its_country_ladder() -> None:
    rules = load_rule_book()
    assert locale_ladder(rules, "en_GB") == "uk.marketplace"  # the UK's default ladder
    assert locale_ladder(rules, "zh_CN") == "cn.generic"
    assert locale_ladder(rules, "C") == ""


def test_new_case_is_stored_in_its_jurisdiction_and_remembered(
    qtbot: Any, store: Store, make_window: Any
) -> None:
    w: MainWindow = make_window(store)
    wait_idle(qtbot, w)
    d = w.new_case()
    d.set_value("title", "Washing machine never delivered")
    d.set_value("ladder", "uk.generic")
    d.set_value("amount", "649")
    d.try_accept()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.detail is not None)
    wait_idle(qtbot, w)
    case = queries.get_case(store, w.current_case_id)
    assert (case.ladder, case.country, case.tz, case.calendar, case.currency) == (
        "uk.generic",
        "GB",
        "Europe/London",
        "GB-ENG",
        "GBP",
    )
    assert w.header.values["amount"].text() == "£649.00"
    # the next new case starts where this one did
    again = w.new_case()
    assert jurisdiction(again) == ("uk.generic", "GB", "Europe/London", "GB-ENG", "GBP")
    again.reject()

    # editing the zone alone changes only the zone
    e = w.edit_case()
    assert e is not None
    e.set_value("tz", "Europe/Dublin")
    e.try_accept()
    wait_idle(qtbot, w)
    case = queries.get_case(store, case.id)
    assert (case.tz, case.calendar) == ("Europe/Dublin", "GB-ENG")
