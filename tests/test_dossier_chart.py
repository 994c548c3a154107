"""The case-at-a-glance chart in the dossier: drawn as text and vector shapes on the summary."""

from __future__ import annotations

from pathlib import Path

from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.store import queries
from ecomplaint.store.engine import Store
from tests.dossier_support import need, run

TV_ORDER = "JD-2026-1102-4417"


def _pdf(store: Store, lang: str, out: Path) -> Path:
    d = queries.case_detail(store, queries.find_case_id(store, TV_ORDER))
    build_dossier(d, store_folder=store.folder, out=out, options=DossierOptions(lang=lang))  # type: ignore[arg-type]
    return out


def test_chart_on_summary_page_as_text_in_both_languages(demo_store: Store, tmp_path: Path) -> None:
    need("pdftotext")
    for lang, words in (
        ("en", ["Promise window", "Late / overdue", "Harassment", "Reply · Overdue"]),
        ("zh", ["承诺时限", "迟延/超时", "骚扰", "答复 · 已超时"]),
    ):
        pdf = _pdf(demo_store, lang, tmp_path / f"{lang}.pdf")
        pages = run("pdftotext", "-enc", "UTF-8", str(pdf), "-").split("\f")
        # the summary page: its heading appears there once more than in the contents
        summary = next(
            pg
            for pg in pages
            if pg.count(words[0]) and ("Summary of facts" in pg or "事实摘要" in pg)
        )
        for w in words:
            assert w in summary, (lang, w)
