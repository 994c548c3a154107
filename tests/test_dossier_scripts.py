"""Right-to-left scripts and emoji in the dossier: Arabic joined, Hebrew and Arabic in visual
order, every emoji a visible "[emoji]", never U+FFFD; and long escaped runs stay linear."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.abag import ABag

from ecomplaint.dossier import text
from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.options import DossierOptions
from tests.dossier_support import make_detail, need, run

ARABIC = "مرحبا بالعالم"
HEBREW = "שלום עולם"
EMOJI = "👨‍👩‍👧 👍🏽 🇨🇳 ❤️"


def _build(tmp_path: Path, lang: str, **fields: str) -> Path:
    out = tmp_path / f"d-{lang}.pdf"
    build_dossier(
        make_detail(**fields),
        store_folder=tmp_path,
        out=out,
        options=DossierOptions(lang=lang),  # type: ignore[arg-type]
    )
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_arabic_hebrew_and_emoji_print_as_words(tmp_path: Path, lang: str) -> None:
    out = _build(
        tmp_path,
        lang,
        title=f"{ARABIC} {EMOJI}",
        summary=f"商家说：{ARABIC}。The agent said {HEBREW}. {EMOJI}",
        party_name="متجر الأمل",
    )
    drawn = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert re.search("[\ufe70-\ufeff]", drawn), "Arabic letters are not joined"
    assert "\ufffd" not in drawn
    # A reader's tool finds the words back.
    need("pdftotext")
    found = unicodedata.normalize("NFKC", run("pdftotext", "-enc", "UTF-8", str(out), "-"))
    for word in ("مرحبا", "بالعالم", "שלום", "עולם", "متجر", "الأمل"):
        assert word in found
    assert "\ufffd" not in found
    # 👨‍👩‍👧 (a ZWJ family), 👍🏽, 🇨🇳 and ❤️: one visible marker each where no font draws it.
    assert found.count("[emoji]") >= 3
    need("pdffonts")
    fonts = run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(" yes " in line.split("TrueType", 1)[1] for line in fonts)


def test_right_to_left_runs_are_drawn_in_visual_order() -> None:
    # The dossier is laid out left to right: a right-to-left run is drawn reversed.
    drawn = text.markup(f"He said {HEBREW}.")
    assert HEBREW[::-1] in drawn
    arabic = unicodedata.normalize("NFKC", text.markup(f"商家：{ARABIC}"))
    assert ARABIC[::-1] in arabic
    assert re.search("[\ufe70-\ufeff]", text.markup(ARABIC))  # joining forms


def test_emoji_sequences_become_one_marker_and_unknown_characters_say_what_they_were() -> None:
    assert text.clean("a👨‍👩‍👧b") == "a[emoji]b"
    assert text.clean("👍🏽🇨🇳") == "[emoji][emoji]"
    assert text.clean("ไ") == "[U+0E44]"  # Thai: no bundled font has it
    assert "\ufffd" not in "".join(chunk for _, chunk in text.runs("x\U0001f600y"))


def test_mixed_fonts_next_to_hebrew_do_not_break_layout(tmp_path: Path) -> None:
    # A Chinese bracket glued to Hebrew in one word once crashed reportlab's own shaping.
    out = _build(tmp_path, "zh", quote=f"「{HEBREW}」x「שלום", summary="中文שלום")
    assert len(PdfReader(str(out)).pages) >= 3


def _layout_work(tmp_path: Path, n: int, ch: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Fragment copies made while breaking lines: reportlab's unit of layout work."""
    calls = [0]
    original = ABag.clone

    def counting(self: ABag, **kw: object) -> ABag:
        calls[0] += 1
        return original(self, **kw)

    monkeypatch.setattr(ABag, "clone", counting)
    detail = make_detail()
    detail = dataclasses.replace(
        detail, case=dataclasses.replace(detail.case, services=ch * n, demands=ch * n)
    )
    out = tmp_path / f"long-{n}.pdf"
    build_dossier(detail, store_folder=tmp_path, out=out, options=DossierOptions(lang="en"))
    monkeypatch.setattr(ABag, "clone", original)
    return calls[0]


@pytest.mark.parametrize("ch", ["&", "‹"])
def test_long_runs_needing_escapes_lay_out_in_linear_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ch: str
) -> None:
    # A long table cell was laid out again at every page it split over (quadratic: 7.5
    # times the work for 4 times the text); now it is cut with its full text after the
    # table, and four times the text costs about four times the work.
    small = _layout_work(tmp_path, 3_000, ch, monkeypatch)
    large = _layout_work(tmp_path, 12_000, ch, monkeypatch)
    assert large <= 5 * small, (small, large)


def test_100000_ampersands_export(tmp_path: Path) -> None:
    # Completes (bench/README.md has the times: 189 s before, a few seconds now).
    detail = make_detail()
    detail = dataclasses.replace(
        detail, case=dataclasses.replace(detail.case, services="&" * 100_000, demands="‹" * 100_000)
    )
    out = tmp_path / "big.pdf"
    build_dossier(detail, store_folder=tmp_path, out=out, options=DossierOptions(lang="zh"))
    assert len(PdfReader(str(out)).pages) > 10


@pytest.mark.parametrize("run_of", ["1", "1 ", "a@b."])
def test_100000_character_runs_of_digits_or_addresses_export_redacted(
    tmp_path: Path, run_of: str
) -> None:
    # The amount finder and the e-mail pattern backtracked over the rest of a long run from
    # every position (8,000 digits: 7 s; 100,000: many minutes). Completing is the test.
    detail = make_detail(summary=run_of * (100_000 // len(run_of)))
    out = tmp_path / "digits.pdf"
    build_dossier(
        detail, store_folder=tmp_path, out=out, options=DossierOptions(lang="en", redact=True)
    )
    assert len(PdfReader(str(out)).pages) > 3
