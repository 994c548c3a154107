"""The chronology cites the exhibit and lines an entry made from a screenshot came from."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from ecomplaint.domain.exhibits import exhibit_order
from ecomplaint.domain.ocr_text import lines_to_json
from ecomplaint.dossier.builder import build_dossier
from ecomplaint.dossier.options import DossierOptions
from ecomplaint.services.screenshot_entries import make_entries, preview_entries
from ecomplaint.store import queries
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store
from tests.dossier_support import need, run
from tests.helpers.chat_ocr import recorded_read, wreath_sms


def _sms_entries(store: Store) -> tuple[int, str]:
    case_id = queries.find_case_id(store, "TM-2026-0127-8830")
    read = wreath_sms()
    with store.write() as s:
        # The demo attaches the SMS screenshot to the wreath entry (an exhibit of an entry).
        ev = s.exec(
            select(tb.Evidence).where(
                tb.Evidence.case_id == case_id, tb.Evidence.original_name == "wreath_sms.png"
            )
        ).one()
        assert ev.entry_id is not None
        uid = ev.uid
        ev.captured_at = datetime(2026, 2, 6, 13, 55, tzinfo=UTC)
        s.add(ev)
        s.add(
            tb.OcrRead(
                sha256=ev.sha256,
                engine="test",
                read_at=store.clock.now(),
                width=read.width,
                height=read.height,
                lines_json=lines_to_json(read.lines),
                text=read.text,
            )
        )
    preview = preview_entries(store, evidence_uid=uid)
    make_entries(store, evidence_uid=uid, proposals=preview.proposals)
    return case_id, uid


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [
        ("en", r"Source: (E\d+), lines 6–8"),
        ("zh", r"来源：(E\d+)，第 6–8 行"),
    ],
)
def test_chronology_cites_exhibit_and_lines(
    demo_store: Store, tmp_path: Path, lang: str, pattern: str
) -> None:
    case_id, uid = _sms_entries(demo_store)
    detail = queries.case_detail(demo_store, case_id)
    out = tmp_path / f"d_{lang}.pdf"
    build_dossier(
        detail, store_folder=demo_store.folder, out=out, options=DossierOptions(lang=lang)
    )  # type: ignore[arg-type]
    need("pdftotext")
    text = run("pdftotext", "-enc", "UTF-8", str(out), "-")
    flat = re.sub(r"\s*\n\s*", " ", text)
    m = re.search(pattern, flat)
    assert m is not None, flat[:2000]
    # The number is the screenshot's exhibit number in the index of exhibits.
    names = [x.original_name for x in exhibit_order(detail)]
    assert m.group(1) == f"E{names.index('wreath_sms.png') + 1}"
    single = "line 13" if lang == "en" else "第 13 行"
    assert single in flat
    assert "ocr:" not in flat


def test_entries_read_from_a_redacted_copy_cite_the_original_exhibit(
    demo_store: Store, tmp_path: Path
) -> None:
    """The user made entries from the redacted copy: they are made from (and cite) the
    original's text and lines, and the chronology cites the exhibit (the copy is printed in
    the original's place, not numbered on its own)."""
    from ecomplaint.domain.image_redaction import Box
    from ecomplaint.services.image_redaction import redact_image
    from ecomplaint.store import ocr_reads

    case_id = queries.find_case_id(demo_store, "TM-2026-0127-8830")
    with demo_store.read() as s:
        original = s.exec(
            select(tb.Evidence).where(
                tb.Evidence.case_id == case_id, tb.Evidence.original_name == "wreath_sms.png"
            )
        ).one()
    copy = redact_image(
        demo_store,
        evidence_uid=original.uid,
        boxes=[Box(180, 105, 200, 35, "phone")],  # the number in the title bar
        by="tester",
        check_text=False,
    )
    with demo_store.write() as s:
        for sha in (copy.sha256, original.sha256):
            ocr_reads.save_read(s, recorded_read("wreath_sms", sha), read_at=demo_store.clock.now())
    preview = preview_entries(demo_store, evidence_uid=copy.uid, lines=[13])
    made = make_entries(demo_store, evidence_uid=copy.uid, proposals=preview.proposals)
    detail = queries.case_detail(demo_store, case_id)
    (entry,) = [e for e in detail.entries if e.id in made.entry_ids]
    assert entry.source_sha256 == original.sha256 != copy.sha256
    number = f"E{[x.uid for x in exhibit_order(detail)].index(original.uid) + 1}"
    need("pdftotext")
    for redact in (False, True):
        out = tmp_path / f"d_{redact}.pdf"
        build_dossier(
            detail,
            store_folder=demo_store.folder,
            out=out,
            options=DossierOptions(lang="en", redact=redact),
        )
        flat = re.sub(r"\s*\n\s*", " ", run("pdftotext", "-enc", "UTF-8", str(out), "-"))
        assert f"Source: {number}, line 13" in flat


@pytest.mark.parametrize(("lang", "words"), [("en", "{n}, lines 6–8"), ("zh", "{n}，第 6–8 行")])
def test_a_letter_cites_the_exhibit_and_lines_too(demo_store: Store, lang: str, words: str) -> None:
    from ecomplaint.services.letters import draft_letter

    case_id, uid = _sms_entries(demo_store)
    detail = queries.case_detail(demo_store, case_id)
    n = f"E{[x.uid for x in exhibit_order(detail)].index(uid) + 1}"
    letter = draft_letter(demo_store, case_id=case_id, kind="platform_complaint", lang=lang)  # type: ignore[arg-type]
    assert words.format(n=n) in letter.text
    assert "ocr:" not in letter.text
