"""Dossier layout: sections flow, only the chronology and the exhibits start a fresh page,
no page is left under a third full otherwise, and the TV demo gains its chart without growing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from ecomplaint.dossier import bought_done
from ecomplaint.dossier.builder import FOOTER_SPACE, MARGIN, build_dossier
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from tests.dossier_support import need, run

TV_ORDER = "JD-2026-1102-4417"
WREATH_ORDER = "TM-2026-0127-8830"
# Pages of the TV demo dossier on main before the chart (056bfae), measured with pypdf.
TV_PAGES_BEFORE = 6
FRESH = {"en": ("Chronology", "Exhibits"), "zh": ("事件经过（时间线）", "证据目录与证据")}


def _build(store: Store, order: str, lang: str, out: Path) -> Path:
    d = queries.case_detail(store, queries.find_case_id(store, order))
    build_dossier(d, store_folder=store.folder, out=out, options=DossierOptions(lang=lang))  # type: ignore[arg-type]
    return out


def _pages(pdf: Path, tmp: Path) -> list[tuple[float, str]]:
    """(share of the frame used, first text line) per page. Use is measured on the rendered
    page (text, tables, pictures and drawings alike): the lowest inked row above the footer."""
    need("pdftotext")
    need("pdftoppm")
    xml = run("pdftotext", "-bbox", str(pdf), "-")
    firsts = []
    for page in re.findall(r"<page width=\"[\d.]+\" height=\"[\d.]+\">(.*?)</page>", xml, re.S):
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<', page)
        firsts.append(min(((float(y), w) for y, w in words), default=(0.0, ""))[1])
    dpi = 36
    run("pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(tmp / "pg"))
    out = []
    for n, png in enumerate(sorted(tmp.glob("pg-*.pgm")) or sorted(tmp.glob("pg-*.png"))):
        im = Image.open(png).convert("L")
        scale = dpi / 72
        top, foot = int(MARGIN * scale), int((im.height / scale - MARGIN - FOOTER_SPACE) * scale)
        inked = [
            y for y in range(top, foot) if im.crop((0, y, im.width, y + 1)).getextrema()[0] < 200
        ]
        bottom = (max(inked) if inked else top) / scale
        frame = im.height / scale - 2 * MARGIN - FOOTER_SPACE
        out.append(((bottom - MARGIN) / frame, firsts[n]))
    return out


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("order", [TV_ORDER, WREATH_ORDER])
def test_no_page_under_a_third_full_except_before_a_fresh_start(
    demo_store: Store, tmp_path: Path, lang: str, order: str
) -> None:
    pdf = _build(demo_store, order, lang, tmp_path / "d.pdf")
    pages = _pages(pdf, tmp_path)
    fresh = FRESH[lang]
    starts_fresh = [any(first.startswith(f.split("（")[0]) for f in fresh) for _, first in pages]
    assert sum(starts_fresh) == 2, [first for _, first in pages]
    for n, (fill, _first) in enumerate(pages[1:-1], start=1):  # cover and last exempt
        if starts_fresh[n + 1]:
            continue  # the last page of a section before one that must start fresh
        assert fill >= 1 / 3, f"page {n + 1} is {fill:.0%} full"


def test_tv_demo_gains_the_chart_without_more_pages(demo_store: Store, tmp_path: Path) -> None:
    for lang in ("en", "zh"):
        pdf = _build(demo_store, TV_ORDER, lang, tmp_path / f"{lang}.pdf")
        assert len(PdfReader(str(pdf)).pages) <= TV_PAGES_BEFORE


def test_bought_vs_done_from_the_record(demo_store: Store, tmp_path: Path) -> None:
    """Base installation 50 beside the wall mount done; bracket 70 and mount 130 not bought."""
    from ecomplaint.dossier.context import Ctx  # noqa: F401  (type of the context used below)

    pdf = _build(demo_store, TV_ORDER, "zh", tmp_path / "zh.pdf")
    text = run("pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-")
    assert "购买与实际对照" in text
    d = queries.case_detail(demo_store, queries.find_case_id(demo_store, TV_ORDER))
    rows = bought_done.rows(_ctx(d))
    bought = [r for r in rows if "底座安装" in r[0]]
    assert bought and bought[0][1] == "¥50.00" and "挂到墙上" in bought[0][2]
    not_bought = {r[1]: r[2] for r in rows if r[0] == "（未购买）"}
    assert set(not_bought) == {"¥70.00", "¥130.00"}
    assert "挂架" in not_bought["¥70.00"] and "挂墙安装" in not_bought["¥130.00"]


def _ctx(detail):  # type: ignore[no-untyped-def]
    from ecomplaint.dossier.context import Ctx
    from ecomplaint.dossier.facts import compute
    from ecomplaint.dossier.flow import styles
    from ecomplaint.dossier.options import DossierOptions, effective_as_of, fingerprint
    from ecomplaint.dossier.redact import Redactor

    options = DossierOptions(lang="zh")
    as_of = effective_as_of(detail, options)
    return Ctx(
        detail=detail,
        options=options,
        as_of=as_of,
        facts=compute(detail, as_of),
        redact=Redactor.for_case(detail.case, "zh", False),
        styles=styles(),
        citations=[],
        exhibits=[],
        pictures={},
        frame_w=500,
        frame_h=700,
        fingerprint=fingerprint(detail, options),
    )
