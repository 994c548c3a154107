"""Remedy packs: windows (with the CRA s.22 pause), amounts (500- and 1,000-yuan floors),
the £100–£30,000 range, and eligibility asked, never assumed. The clock is injected."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ecomplaint.domain import remedies as rm
from ecomplaint.domain.clock import FixedClock
from ecomplaint.services import remedies as svc
from ecomplaint.services.demo import load_demo
from ecomplaint.store import queries
from ecomplaint.store.engine import Store

PACKS = rm.load_packs()
CN, UK = PACKS["CN"], PACKS["GB"]


def result(pack: rm.RemedyPack, rid: str, answers: dict, now: datetime) -> rm.RemedyResult:
    remedy = next(r for r in pack.remedies if r.id == rid)
    return rm.evaluate(remedy, pack, answers, now)


NOW_CN = datetime(2026, 11, 8, 4, 0, tzinfo=UTC)  # 12:00 in Shanghai


def test_seven_day_return_counts_from_the_day_after_receipt() -> None:
    answers = {"received_on": "2026-11-04", "distance_sale": True, "excluded_goods": False}
    r = result(CN, "cn.crpl.25", answers, NOW_CN)
    assert r.status == rm.APPLIES
    assert r.last_day == date(2026, 11, 11)
    assert r.days_left == 3
    # The deadline is the end of the last day in China's zone: 16:00 UTC.
    assert r.deadline == datetime(2026, 11, 11, 16, 0, tzinfo=UTC)
    later = result(CN, "cn.crpl.25", answers, datetime(2026, 11, 12, 1, 0, tzinfo=UTC))
    assert later.days_left == -1


def test_eligibility_is_asked_not_assumed() -> None:
    r = result(CN, "cn.crpl.25", {"received_on": "2026-11-04"}, NOW_CN)
    assert r.status == rm.UNANSWERED
    assert set(r.missing) == {"distance_sale", "excluded_goods"}
    assert r.last_day is None
    excluded = {"received_on": "2026-11-04", "distance_sale": True, "excluded_goods": True}
    r = result(CN, "cn.crpl.25", excluded, NOW_CN)
    assert r.status == rm.NOT_APPLICABLE and r.against == ("excluded_goods",)
    r = result(CN, "cn.crpl.55", {"price": "50"}, NOW_CN)
    assert r.status == rm.UNANSWERED and r.amount is None


@pytest.mark.parametrize(
    ("price", "expected", "floored"),
    [
        ("50", "500", True),
        ("166.66", "500", True),
        ("166.67", "500.01", False),
        ("1799.00", "5397.00", False),
    ],
)
def test_fraud_three_times_with_a_500_yuan_floor(price: str, expected: str, floored: bool) -> None:
    r = result(CN, "cn.crpl.55", {"fraud": True, "price": price}, NOW_CN)
    assert r.amount == Decimal(expected)
    assert r.floored is floored


def test_food_ten_times_price_or_three_times_loss_at_least_1000() -> None:
    r = result(CN, "cn.fsl.148", {"food_unsafe": True, "price": "38"}, NOW_CN)
    assert r.amount == Decimal("1000") and r.floored
    r = result(CN, "cn.fsl.148", {"food_unsafe": True, "price": "38", "loss": "2000"}, NOW_CN)
    assert r.amount == Decimal("6000.00") and not r.floored
    assert [c[2] for c in r.candidates] == [Decimal("380.00"), Decimal("6000.00")]
    r = result(CN, "cn.fsl.148", {"food_unsafe": True, "price": "150"}, NOW_CN)
    assert r.amount == Decimal("1500.00")
    assert result(CN, "cn.fsl.148", {"food_unsafe": False, "price": "150"}, NOW_CN).amount is None


NOW_UK = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
FAULTY = {"delivered_on": "2026-03-01", "goods_faulty": True}


def test_thirty_day_right_to_reject_without_a_repair() -> None:
    r = result(UK, "uk.cra.22", FAULTY, NOW_UK)
    assert r.last_day == date(2026, 3, 31) and not r.paused
    # London is on BST from 29 March: the deadline is 23:00 UTC on the 31st.
    assert r.deadline == datetime(2026, 3, 31, 23, 0, tzinfo=UTC)


def test_a_repair_stops_the_thirty_day_clock() -> None:
    answers = {**FAULTY, "repair_periods": [["2026-03-10", "2026-03-15"]]}
    r = result(UK, "uk.cra.22", answers, datetime(2026, 4, 2, 12, 0, tzinfo=UTC))
    assert r.last_day == date(2026, 4, 6)  # 31 March + the six waiting days
    assert not r.paused


def test_at_least_seven_days_remain_after_the_goods_come_back() -> None:
    answers = {**FAULTY, "repair_periods": [["2026-03-28", "2026-03-31"]]}
    r = result(UK, "uk.cra.22", answers, datetime(2026, 4, 1, 12, 0, tzinfo=UTC))
    assert r.last_day == date(2026, 4, 7)  # 31 March + 7 (s.22(7)) beats 31 March + 4


def test_a_pending_repair_keeps_the_clock_stopped() -> None:
    answers = {**FAULTY, "repair_periods": [["2026-03-25", None]]}
    clock = FixedClock(datetime(2026, 4, 10, 12, 0, tzinfo=UTC))
    r = result(UK, "uk.cra.22", answers, clock.now())
    assert r.paused
    assert r.days_left == 6  # 25 → 31 March was left when the repair was asked for
    clock.at = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
    assert result(UK, "uk.cra.22", answers, clock.now()).days_left == 6


def test_a_repair_after_the_window_closed_revives_nothing() -> None:
    answers = {**FAULTY, "repair_periods": [["2026-04-05", "2026-04-09"]]}
    r = result(UK, "uk.cra.22", answers, datetime(2026, 4, 20, tzinfo=UTC))
    assert r.last_day == date(2026, 3, 31)


def test_six_month_presumption_and_fourteen_day_cancellation() -> None:
    r = result(UK, "uk.cra.19", {"delivered_on": "2026-08-31", "goods_faulty": True}, NOW_UK)
    assert r.last_day == date(2027, 2, 28)
    cancel = {"delivered_on": "2026-03-01", "distance_sale": True, "cancel_exceptions": False}
    assert result(UK, "uk.ccr.30", cancel, NOW_UK).last_day == date(2026, 3, 15)


@pytest.mark.parametrize(
    ("price", "inside"), [("100", False), ("100.01", True), ("30000", True), ("30000.01", False)]
)
def test_section_75_range(price: str, inside: bool) -> None:
    r = result(UK, "uk.cca.75", {"paid_by_credit_card": True, "price": price}, NOW_UK)
    assert r.in_range is inside
    assert r.status == (rm.APPLIES if inside else rm.NOT_APPLICABLE)


def test_chargeback_is_the_issuers_figure() -> None:
    r = result(UK, "uk.chargeback", {"paid_by_card": True, "paid_on": "2026-01-10"}, NOW_UK)
    assert r.last_day == date(2026, 5, 10)
    assert r.remedy.basis == "issuer"


def test_every_remedy_cites_its_article_and_source() -> None:
    for pack in PACKS.values():
        for r in pack.remedies:
            assert r.article.zh and r.article.en and r.source and r.checked


def test_answers_are_stored_per_case_and_the_record_suggests_the_price(
    store: Store, tmp_path: Path
) -> None:
    load_demo(store)
    tv = queries.case_detail(store, queries.find_case_id(store, "JD-2026-1102-4417"))
    rep = svc.remedy_report(tv, store_folder=store.folder, now=NOW_CN)
    assert rep.country == "CN"
    assert rep.from_record["price"].value == "1799.00"
    fraud = next(r for r in rep.results if r.remedy.id == "cn.crpl.55")
    assert fraud.status == rm.UNANSWERED
    svc.set_answers(store.folder, tv, CN, {"fraud": "yes", "price": "50"}, zh=False)
    rep = svc.remedy_report(tv, store_folder=store.folder, now=NOW_CN)
    fraud = next(r for r in rep.results if r.remedy.id == "cn.crpl.55")
    assert fraud.amount == Decimal("500")
    with pytest.raises(svc.UserError):
        svc.set_answers(store.folder, tv, CN, {"fraud": "perhaps", "loss": "3"}, zh=False)
    assert "loss" not in svc.load_answers(store.folder, tv.case.uid)  # all or nothing


def test_the_dossier_has_a_legal_basis_section_with_the_cited_figures(
    store: Store, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from ecomplaint.dossier.builder import build_dossier
    from ecomplaint.dossier.options import DossierOptions

    load_demo(store)
    tv = queries.case_detail(store, queries.find_case_id(store, "JD-2026-1102-4417"))
    svc.set_answers(store.folder, tv, CN, {"fraud": "yes", "price": "50"}, zh=False)
    out = tmp_path / "tv.pdf"
    build_dossier(tv, store_folder=store.folder, out=out, options=DossierOptions(lang="en"))
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(text.split())
    assert "Legal basis for the demands" in flat
    assert "Consumer Rights Protection Law, art. 55(1)" in flat
    assert "CN¥500.00" in flat and "below the floor" in flat
    assert "Food Safety Law, art. 148(2)" in flat  # listed as not yet answered
    # A damaged answers file does not stop the export.
    svc.answers_path(store.folder, tv.case.uid).write_text("{broken", "utf-8")
    build_dossier(tv, store_folder=store.folder, out=out, options=DossierOptions(lang="zh"))
    assert "诉求的法律依据" in "".join(
        "".join(p.extract_text().split()) for p in PdfReader(out).pages
    )


def test_due_lists_the_consumers_own_open_windows(store: Store, capsys) -> None:
    import json

    from ecomplaint.cli.main import main

    load_demo(store)
    args = ["--data-dir", str(store.folder)]
    at = ["--at", "2026-11-06T12:00+08:00"]
    assert main([*args, "due", "--json", *at]) == 0
    assert json.loads(capsys.readouterr().out)["own_windows"] == []  # nothing answered yet
    assert (
        main(
            [
                *args,
                "remedies",
                "JD-2026-1102-4417",
                "--set",
                "received_on=2026-11-04",
                "--set",
                "distance_sale=yes",
                "--set",
                "excluded_goods=no",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main([*args, "due", "--json", *at]) == 0
    own = json.loads(capsys.readouterr().out)["own_windows"]
    assert [(w["remedy_id"], w["last_day"], w["days_left"]) for w in own] == [
        ("cn.crpl.25", "2026-11-11", 5)
    ]
    assert own[0]["deadline"] == "2026-11-11T16:00:00+00:00"
    assert main([*args, "due", *at]) == 0
    text = capsys.readouterr().out
    assert "My own legal deadlines (1)" in text and "2026-11-11" in text
    # Once the window has passed it leaves the list.
    assert main([*args, "due", "--json", "--at", "2026-11-12T12:00+08:00"]) == 0
    assert json.loads(capsys.readouterr().out)["own_windows"] == []


def test_remedies_json_and_a_users_pack_replaces_the_shipped_one(
    store: Store, tmp_path: Path, capsys
) -> None:
    import json

    from ecomplaint.cli.main import main

    load_demo(store)
    args = ["--data-dir", str(store.folder)]
    assert main([*args, "remedies", "JD-2026-1102-4417", "--json", "--set", "fraud=yes"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "ecomplaint.remedies/1" and doc["country"] == "CN"
    fraud = next(r for r in doc["remedies"] if r["id"] == "cn.crpl.55")
    assert fraud["status"] == "applies" and fraud["amount"] == "5397.00"  # 3 × 1,799.00
    assert doc["from_record"]["price"]["value"] == "1799.00"
    # A user's pack for the same country replaces the shipped one; a broken one is skipped.
    mine = json.loads((Path("resources/rules/remedies/cn.json")).read_text("utf-8"))
    mine["remedies"] = [r for r in mine["remedies"] if r["id"] == "cn.crpl.55"]
    mine["remedies"][0]["amount"]["floor"] = "800"
    folder = store.folder / "rules" / "remedies"
    folder.mkdir(parents=True)
    (folder / "cn.json").write_text(json.dumps(mine), "utf-8")
    (folder / "zz-broken.json").write_text("{not json", "utf-8")
    packs = rm.load_packs(store.folder)
    assert [r.id for r in packs["CN"].remedies] == ["cn.crpl.55"]
    assert packs["CN"].remedies[0].amount.floor == Decimal("800")  # type: ignore[union-attr]
    assert "GB" in packs
