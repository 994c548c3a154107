"""Hostile user text never breaks the dossier: markup, emoji, RTL, control characters and
20,000-character quotes always give a valid PDF, and markup appears literally."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.options import DossierOptions
from tests.dossier_support import make_detail, need, run

PIECES = [
    "<img src=/etc/passwd>",
    "</para>",
    "<b>",
    "&amp;",
    "&",
    "<",
    ">",
    "<font name=x>",
    "😀",
    "👨‍👩‍👧",
    "שלום",
    "مرحبا",
    "\u202e",
    "\u200f",
    "\x00",
    "\x1b[31m",
    "\r\n",
    "\t",
    "“引号”",
    "¥50",
    "—",
    "中文",
    " ",
    "\n",
    "\ufeff",
    "\udcff",
]
hostile = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=12).map(
    "".join
)
long_run = st.sampled_from(["长", "x", "😀", "<", "ש"]).map(lambda c: c * 20_000)


def _valid(pdf: Path) -> None:
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 3
    assert reader.pages[-1].extract_text() is not None


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=hostile,
    summary=hostile,
    quote=hostile,
    name=hostile,
    lang=st.sampled_from(["zh", "en"]),
    redact=st.booleans(),
)
def test_hostile_text_gives_valid_pdf(
    title: str, summary: str, quote: str, name: str, lang: str, redact: bool
) -> None:
    detail = make_detail(
        title=title,
        summary=summary,
        quote=quote,
        party_name=name,
        demands=summary,
        description=quote,
        complainant=name or "x",
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "h.pdf"
        build_dossier(
            detail,
            store_folder=Path(tmp),
            out=out,
            options=DossierOptions(lang=lang, redact=redact),
        )  # type: ignore[arg-type]
        _valid(out)


@settings(max_examples=4, deadline=None)
@given(quote=long_run, field=st.sampled_from(["quote", "summary", "description", "title"]))
def test_20000_character_quotes_split_across_pages(quote: str, field: str) -> None:
    detail = make_detail(**{field: quote})
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "long.pdf"
        build_dossier(detail, store_folder=Path(tmp), out=out, options=DossierOptions(lang="zh"))
        _valid(out)


def test_markup_appears_literally_and_reads_no_file(tmp_path: Path) -> None:
    detail = make_detail(
        summary='<img src="/etc/passwd"/> & <a href="x">link</a>', quote="<b>not bold</b>"
    )
    out = tmp_path / "m.pdf"
    build_dossier(detail, store_folder=tmp_path, out=out, options=DossierOptions(lang="en"))
    need("pdftotext")
    txt = re.sub(r"\s+", " ", run("pdftotext", "-enc", "UTF-8", str(out), "-"))
    assert '<img src="/etc/passwd"/> & <a href="x">link</a>' in txt
    assert "<b>not bold</b>" in txt
    assert b"root:" not in out.read_bytes()
