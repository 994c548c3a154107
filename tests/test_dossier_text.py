"""Text handling, redaction, facts and citations: no PDF needed."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from ecomplaint.domain.enums import PromiseStatus
from ecomplaint.dossier import text
from ecomplaint.dossier.citations import load_citations
from ecomplaint.dossier.facts import amounts_in, compute
from ecomplaint.dossier.options import DossierOptions, fingerprint, record_as_of
from ecomplaint.dossier.redact import Redactor, mask_name
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from tests.dossier_support import make_detail


def test_markup_escapes_user_text_and_drops_controls() -> None:
    out = text.markup("<img src=/etc/passwd> & <b>bold</b>\x00\x07\u202e")
    assert "<img" not in out and "&lt;img src=/etc/passwd&gt;" in out
    assert "&amp;" in out and "&lt;b&gt;" in out
    assert "\x00" not in out and "\x07" not in out and "\u202e" not in out


def test_runs_put_chinese_in_the_cjk_font_and_replace_missing_glyphs() -> None:
    runs = text.runs("TV 电视 😀")
    fonts_used = {name for name, _ in runs}
    assert len(fonts_used) == 2
    joined = "".join(chunk for _, chunk in runs)
    assert "电视" in joined and "😀" not in joined and "[emoji]" in joined
    assert "\ufffd" not in joined


def test_lines_split_one_paragraph_per_line() -> None:
    assert text.lines("a\r\n\nb\rc\t d") == ["a", "b", "c  d"]


def test_redactor_masks_phone_name_address_and_id() -> None:
    d = make_detail(complainant="Chen Jing", phone="13912345678")
    case = d.case.__class__(**{**d.case.__dict__, "complainant_id_no": "11010519491231002X"})
    red = Redactor.for_case(case, "en", enabled=True)
    out = red(
        "Chen Jing at 88 Wensan Road, call 139 1234 5678 or +86-139-1234-5678 "
        "or 13812345678; ID 11010519491231002X"
    )
    assert "13912345678" not in out.replace(" ", "").replace("-", "")
    assert "139****5678" in out and "138****5678" in out
    assert "Chen Jing" not in out and "C*** J***" in out
    assert "Wensan" not in out and "11010519491231002X" not in out
    assert Redactor.for_case(case, "en", enabled=False)("Chen Jing") == "Chen Jing"


def test_mask_name_chinese() -> None:
    assert mask_name("王丽") == "王*"
    assert mask_name("欧阳娜娜") == "欧***"


def test_amounts_found_in_chinese_and_english() -> None:
    found = [a for a, _ in amounts_in("挂架 70 元、含挂架的挂墙安装 130 元；refund ¥50 or 20 yuan")]
    assert found == ["70", "130", "50", "20"]


def test_tv_facts_bought_vs_done_and_promise_outcomes(demo_store: Store) -> None:
    case_id = queries.find_case_id(demo_store, "JD-2026-1102-4417")
    d = queries.case_detail(demo_store, case_id)
    f = compute(d, demo_store.clock.now())
    assert (f.made, f.kept, f.kept_late, f.overdue) == (4, 2, 1, 1)
    assert f.longest_overdue is not None and f.longest_overdue[0].what == "reply"
    assert f.longest_late is not None and f.longest_late[1] > timedelta(days=5)
    assert any("底座安装" in b for b in f.bought)
    assert [e.kind for e in f.done] == ["visit"]
    amounts = [m.amount for m in f.amounts]
    assert amounts[0] == "50" and "70" in amounts and "130" in amounts
    assert f.states[f.longest_overdue[0].id].status == PromiseStatus.OVERDUE
    assert f.days_since_first_contact == 15


def test_fingerprint_depends_on_data_and_options_only() -> None:
    d = make_detail()
    a = fingerprint(d, DossierOptions(lang="en"))
    assert a == fingerprint(make_detail(), DossierOptions(lang="en"))
    assert a != fingerprint(d, DossierOptions(lang="zh"))
    assert a != fingerprint(make_detail(summary="other"), DossierOptions(lang="en"))
    assert record_as_of(d) == d.entries[0].logged_at


def test_citations_read_from_rule_files(tmp_path: Path) -> None:
    assert load_citations("jd", "en", tmp_path / "missing") == []
    (tmp_path / "cn.tmall.json").write_text(
        json.dumps(
            {
                "ladders": [
                    {
                        "id": "cn.tmall",
                        "rungs": [
                            {"id": "supervisor", "description": "not a citation", "source": "x"}
                        ],
                    }
                ],
                "references": [
                    {
                        "id": "a",
                        "title": {"zh": "骚扰", "en": "Harassment"},
                        "text": {"zh": "骚扰扣 12 分", "en": "12 points"},
                        "source": "Rules",
                        "date": "2022-04-25",
                    },
                    {"text": "JD only", "source": "JD rules", "platforms": ["jd"]},
                ],
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    tm = load_citations("tmall", "zh", tmp_path)
    assert [(c.title, c.text, c.source, c.date) for c in tm] == [
        ("骚扰", "骚扰扣 12 分", "Rules", "2022-04-25")
    ]
    assert [c.text for c in load_citations("jd", "en", tmp_path)] == ["JD only"]


def test_dossier_and_export_cli_import_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ecomplaint.dossier.builder, ecomplaint.dossier.bundle, "
        "ecomplaint.cli.cmd_export; "
        "bad = [m for m in sys.modules if m.startswith('PySide6')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
