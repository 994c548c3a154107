"""Letter drafts: every kind renders for the demo and fixture cases in both languages with no
placeholder left; user text stays literal in text and PDF; user templates override shipped
ones, inside a sandbox, and a misspelt placeholder is an error, never a blank."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from ecomplaint.cli.main import main
from ecomplaint.domain.ladder import load_rule_book
from ecomplaint.domain.records import CaseDetail
from ecomplaint.i18n import UserError
from ecomplaint.letters.kinds import load_kinds
from ecomplaint.letters.literal import lit
from ecomplaint.letters.render import Letter, render_letter
from ecomplaint.services import letters as letter_service
from ecomplaint.services.remedies import remedy_report
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from tests.dossier_support import T0, make_detail

KINDS = load_kinds()
BOOK = load_rule_book()
NOW = T0 + timedelta(days=5)
LEFTOVERS = ("{{", "}}", "{%", "%}", "Undefined", "None")
HOSTILE = (
    '<b>bold</b> & <img src="file:///etc/passwd"> {{ case.title }} {% for x in y %}'
    "\x1b[31mRED\x1b[0m \u202eevil\x00 end\ud800"
)


def render(detail: CaseDetail, kind: str, lang: str, tmp: Path, config: Path | None = None):
    report = remedy_report(detail, store_folder=tmp, now=NOW, book=BOOK)
    return render_letter(
        detail,
        kind=(load_kinds(config) if config else KINDS)[kind],
        lang=lang,  # type: ignore[arg-type]
        book=BOOK,
        remedies=report,
        now=NOW,
        config_folder=config,
    )


def uk_detail() -> CaseDetail:
    base = make_detail(title="Faulty kettle", demands="Full refund of £120")
    case = dataclasses.replace(base.case, currency="GBP", platform="amazon", language="en")
    return dataclasses.replace(base, case=case)


def fixtures() -> dict[str, CaseDetail]:
    return {"fixture": make_detail(), "fixture_zh": make_detail(language="zh"), "uk": uk_detail()}


def check_clean(letter: Letter) -> None:
    assert letter.text.strip()
    for token in LEFTOVERS:
        assert token not in letter.text, (letter.kind, letter.lang, token)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_kind_renders_for_demo_and_fixture_cases(demo_store: Store, lang: str) -> None:
    details = [queries.case_detail(demo_store, c.id) for c in queries.list_cases(demo_store)]
    details += list(fixtures().values())
    assert len(details) == 5
    for kind in KINDS:
        for detail in details:
            letter = render(detail, kind, lang, demo_store.folder)
            check_clean(letter)
            assert lit(detail.case.order_no) in letter.text


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_hostile_user_text_stays_literal(tmp_path: Path, kind: str, lang: str) -> None:
    detail = make_detail(
        title=HOSTILE,
        summary=HOSTILE,
        quote=HOSTILE,
        demands=HOSTILE,
        party_name=HOSTILE,
        description=HOSTILE,
        complainant=HOSTILE,
    )
    letter = render(detail, kind, lang, tmp_path)
    text = letter.text
    assert '<b>bold</b> & <img src="file:///etc/passwd">' in text
    assert "{{ case.title }} {% for x in y %}" in text  # printed, never evaluated
    assert "\x1b" not in text and "\x00" not in text and "\u202e" not in text
    assert "\\x1b[31mRED\\x1b[0m \\u202eevil\\x00 end\\ud800" in text
    saved = letter_service.save_letter(letter, tmp_path / "letter.txt")  # a lone surrogate
    assert saved.read_text("utf-8") == text  # could not be written as UTF-8; escaped, it can


def test_hostile_text_stays_literal_in_the_pdf(tmp_path: Path) -> None:
    detail = make_detail(quote=HOSTILE, summary=HOSTILE, language="en")
    letter = render(detail, "formal_complaint", "en", tmp_path)
    out = letter_service.save_letter(letter, tmp_path / "letter.pdf")
    extracted = "".join(page.extract_text() for page in PdfReader(out).pages)
    flat = "".join(extracted.split())
    assert '<b>bold</b>&<imgsrc="file:///etc/passwd">' in flat
    assert "{{case.title}}{%forxiny%}" in flat


def test_literal_is_idempotent_and_keeps_lines() -> None:
    once = lit("a\r\nb\x1bc\u202e")
    assert once == "a\nb\\x1bc\\u202e" and lit(once) == once
    assert lit(None) == "—"


def test_a_user_template_overrides_the_shipped_one(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "letters" / "en"
    folder.mkdir(parents=True)
    (folder / "store.j2").write_text("CUSTOM {{ case.order_no }} {{ reply.by }}\n", "utf-8")
    letter = render(make_detail(), "store", "en", tmp_path, tmp_path / "config")
    assert letter.text.startswith("CUSTOM TM-1 ")
    # The other language and the other kinds still come from the shipped folder.
    assert render(make_detail(), "store", "zh", tmp_path, tmp_path / "config").text.startswith("致")


@pytest.mark.parametrize(
    "body",
    [
        "{{ case.odrer_no }}",  # a misspelt placeholder
        "{{ case.title.__class__.__mro__ }}",  # reaching into Python
        "{% for %}",  # broken syntax
        "{% include 'nowhere.j2' %}",
    ],
)
def test_a_broken_or_unsafe_user_template_is_refused(tmp_path: Path, body: str) -> None:
    folder = tmp_path / "config" / "letters" / "en"
    folder.mkdir(parents=True)
    (folder / "store.j2").write_text(body, "utf-8")
    with pytest.raises(UserError) as err:
        render(make_detail(), "store", "en", tmp_path, tmp_path / "config")
    assert err.value.key == "letter.template_error"
    assert "store.j2" in err.value.message()


def test_form_limits_are_data_and_unverified_ones_say_so(tmp_path: Path) -> None:
    letter = render(make_detail(language="zh"), "regulator_12315", "zh", tmp_path)
    facts = next(n for n in letter.lengths if n.block == "facts")
    assert facts.max_chars is None and "未经核实" in facts.note.zh and facts.chars > 50
    config = tmp_path / "config"
    (config / "letters").mkdir(parents=True)
    (config / "letters" / "limits.json").write_text(
        json.dumps({"regulator_12315.facts": 50}), "utf-8"
    )
    letter = render(make_detail(language="zh"), "regulator_12315", "zh", tmp_path, config)
    facts = next(n for n in letter.lengths if n.block == "facts")
    assert facts.max_chars == 50 and facts.over


def test_tv_12315_draft_has_the_forms_fields_and_the_broken_promises(
    demo_store: Store,
) -> None:
    detail = queries.case_detail(demo_store, queries.find_case_id(demo_store, "JD-2026-1102-4417"))
    now = detail.entries[-1].occurred_at + timedelta(days=8)
    report = remedy_report(detail, store_folder=demo_store.folder, now=now, book=BOOK)
    text = render_letter(
        detail, kind=KINDS["regulator_12315"], lang="zh", book=BOOK, remedies=report, now=now
    ).text
    for field in ("【投诉人】", "【被投诉人】", "【购买信息】", "【事实与理由】", "【诉求】"):
        assert field in text
    assert "购买日期：2026年11月2日" in text and "金额：¥1,799.00" in text
    assert "“已经给您上报了，主管 24 小时内会联系您。”" in text
    assert "迟了 5 天" in text  # the supervisor's 24-hour call-back came on day six
    assert "至今未兑现，已超时" in text  # the written explanation promised in 3 working days
    assert "7 个工作日内决定是否受理" in text
    assert "赔偿墙纸更换费用" in text


def test_cli_letter_list_and_draft(demo_store: Store, tmp_path: Path, capsys) -> None:
    args = ["--data-dir", str(demo_store.folder)]
    assert main([*args, "letter", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split()[0] for ln in lines] == list(KINDS)
    out = tmp_path / "wreath.txt"
    assert (
        main(
            [
                *args,
                "letter",
                "TM-2026-0127-8830",
                "--kind",
                "formal_complaint",
                "--at",
                "2026-02-10T09:00+08:00",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    text = out.read_text("utf-8")
    assert text.startswith("To Lumen Apparel Flagship Store") and "E1  Screenshot" in text
    assert main([*args, "letter", "1", "--kind", "nonsense"]) == 2
    assert "There is no letter kind" in capsys.readouterr().err
    assert (
        main([*args, "letter", "1", "--kind", "store", "-o", str(tmp_path / "missing" / "x.txt")])
        == 2
    )


def test_marking_a_letter_sent_logs_entry_exhibit_and_starts_the_rungs_clock(
    demo_store: Store, tmp_path: Path, capsys
) -> None:
    import hashlib

    from ecomplaint.store.blobs import blob_path

    tv = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    before = queries.case_detail(demo_store, tv)
    edited = tmp_path / "as_sent.txt"
    edited.write_text("我修改后的投诉 <b>{{ x }}</b>\n", "utf-8")
    args = ["--data-dir", str(demo_store.folder)]
    assert (
        main(
            [
                *args,
                "letter",
                str(tv),
                "--kind",
                "regulator_12315",
                "--sent",
                "--sent-file",
                str(edited),
                "--at",
                "2026-11-20T10:00+08:00",
            ]
        )
        == 0
    )
    after = queries.case_detail(demo_store, tv)
    entry = next(e for e in after.entries if e not in before.entries)
    assert entry.kind == "complaint" and entry.direction == "out"
    exhibit = next(x for x in after.evidence if x.entry_id == entry.id)
    stored = blob_path(demo_store.folder, exhibit.sha256).read_bytes()
    assert stored == edited.read_bytes()  # the letter as sent, byte for byte
    assert hashlib.sha256(stored).hexdigest() == exhibit.sha256
    esc = next(x for x in after.escalations if x.entry_id == entry.id)
    assert esc.rung == "regulator_12315"
    # The rung's clocks are those of the rules in force on the letter's day: since 2026-04-15
    # SAMR Order No. 121, whose time limits the pack marks unconfirmed (no rule clock).
    import datetime as dt

    from ecomplaint.domain.ladder import load_rule_book

    rung = load_rule_book(demo_store.folder).ladder(esc.ladder).rung("regulator_12315")
    in_force = rung.on(dt.date(2026, 11, 20)).clocks
    expected = sorted(
        (c.promise_clock[0], c.promise_clock[1])
        for c in in_force
        if c.starts == "escalation" and c.basis == "rule"
    )
    started = sorted((p.clock, p.window_max) for p in after.promises if p.escalation_id == esc.id)
    assert started == expected
    old_rules = [c for c in rung.on(dt.date(2026, 3, 20)).clocks if c.basis == "rule"]
    assert any(c.promise_clock == ("working_days", 7) for c in old_rules)  # Order No. 20 art. 14
    # A letter to a rung already reached is logged without moving the ladder.
    n = len(after.escalations)
    assert main([*args, "letter", str(tv), "--kind", "store", "--sent"]) == 0
    assert len(queries.case_detail(demo_store, tv).escalations) == n
    assert "Logged as sent" in capsys.readouterr().err


def test_a_letter_for_another_country_is_flagged(demo_store: Store, capsys) -> None:
    """A UK Section 75 claim drafted for a Chinese case says so; a 12315 complaint does not."""
    tv = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    args = ["--data-dir", str(demo_store.folder), "--lang", "en", "letter", str(tv)]
    assert main([*args, "--kind", "s75_claim"]) == 0
    err = capsys.readouterr().err
    assert '"s75_claim" is written for cases in GB, and this case is in CN' in err
    assert main([*args, "--kind", "regulator_12315"]) == 0
    assert "written for cases in" not in capsys.readouterr().err
