"""Entries made from a screenshot's text: one transaction, cited lines, no duplicates, undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from ecomplaint.domain.ocr_text import OcrResult, lines_to_json
from ecomplaint.i18n import UserError
from ecomplaint.i18n import t as msg
from ecomplaint.services.cases import create_case
from ecomplaint.services.parties import add_party
from ecomplaint.services.screenshot_entries import (
    make_entries,
    preview_entries,
    redo_entries,
    undo_entries,
)
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Entry, Evidence, OcrRead
from tests.helpers.chat_ocr import chat_both_sides, ln, page, screenshot_with_text, wreath_sms
from tests.helpers.evidence import add_evidence

BOTH_DATABASES = True  # SQLite and PostgreSQL (team mode)


def _live(store: Store) -> list[Entry]:
    with store.read() as s:
        rows = s.exec(select(Entry).where(Entry.trashed_at == None)).all()  # noqa: E711
        return sorted(rows, key=lambda e: e.occurred_at)


def test_make_entries_cites_exhibit_lines_in_one_batch(store: Store) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    preview = preview_entries(store, evidence_uid=uid)
    assert [p.lines for p in preview.proposals] == [(6, 7, 8), (10, 11), (13,)]
    made = make_entries(store, evidence_uid=uid, proposals=preview.proposals)
    assert len(made.entry_ids) == 3 and made.skipped_duplicates == 0
    assert made.changes.timeline and made.changes.case_id == preview.case_id
    rows = _live(store)
    assert [(e.kind, e.channel, e.direction, e.source_locator) for e in rows] == [
        ("sms", "sms", "in", "ocr:6-8"),
        ("sms", "sms", "in", "ocr:10-11"),
        ("sms", "sms", "in", "ocr:13"),
    ]
    assert {e.source_sha256 for e in rows} == {preview.sha256}
    assert {e.import_batch for e in rows} == {made.batch}
    assert rows[2].quote == "已为您订好一份花圈，祝您身体健康。"
    assert rows[2].occurred_at == datetime(2026, 2, 5, 13, 48, tzinfo=UTC)
    assert rows[2].occurred_tz == "Asia/Shanghai" and rows[2].precision == "exact"
    assert rows[0].logged_by == "tester"


def test_same_lines_twice_are_skipped_not_duplicated(store: Store) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    first = preview_entries(store, evidence_uid=uid, lines=[10, 11])
    make_entries(store, evidence_uid=uid, proposals=first.proposals)
    # The stale preview again: skipped inside the transaction.
    again = make_entries(store, evidence_uid=uid, proposals=first.proposals)
    assert again.entry_ids == [] and again.skipped_duplicates == 1 and again.batch == ""
    # A fresh preview of the whole page starts the made one unticked.
    whole = preview_entries(store, evidence_uid=uid)
    assert [p.include for p in whole.proposals] == [True, False, True]
    assert whole.duplicate_of(whole.proposals[1]) == _live(store)[0].id
    more = make_entries(store, evidence_uid=uid, proposals=whole.proposals)
    assert len(more.entry_ids) == 2
    assert len(_live(store)) == 3


def test_undo_trashes_the_batch_only_and_redo_returns_it(store: Store) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    preview = preview_entries(store, evidence_uid=uid)
    made = make_entries(store, evidence_uid=uid, proposals=preview.proposals)
    undo_entries(store, case_id=preview.case_id, batch=made.batch)
    assert _live(store) == []
    with store.read() as s:  # the screenshot itself stays
        assert s.exec(select(Evidence).where(Evidence.uid == uid)).one().trashed_at is None
    redo_entries(store, case_id=preview.case_id, batch=made.batch)
    assert len(_live(store)) == 3
    # Undone lines can be made again (they are no longer live entries).
    undo_entries(store, case_id=preview.case_id, batch=made.batch)
    assert all(p.include for p in preview_entries(store, evidence_uid=uid).proposals)
    with pytest.raises(UserError) as err:
        undo_entries(store, case_id=preview.case_id, batch=made.batch)
    assert err.value.key == "screenshot.not_found_batch"


def test_corrections_party_and_refusals(store: Store) -> None:
    uid = screenshot_with_text(store, chat_both_sides())
    preview = preview_entries(store, evidence_uid=uid)
    shop = add_party(store, case_id=preview.case_id, role="customer_service", name="小雨")
    pid = shop.created_id
    fixed = [replace(p, party_id=pid) for p in preview.proposals]
    fixed[2] = replace(fixed[2], direction="in", quote="<b>我</b>\u202e改过")
    fixed[3] = replace(fixed[3], include=False)
    no_time = replace(fixed[0], occurred_at=None)
    with pytest.raises(UserError) as err:
        make_entries(store, evidence_uid=uid, proposals=[no_time, *fixed[1:]])
    assert err.value.key == "screenshot.no_time" and "4" in err.value.message()
    assert _live(store) == []  # nothing added
    future = replace(fixed[0], occurred_at=datetime(2030, 1, 1, tzinfo=UTC))
    with pytest.raises(UserError):
        make_entries(store, evidence_uid=uid, proposals=[future])
    with pytest.raises(UserError) as none:
        make_entries(store, evidence_uid=uid, proposals=[replace(p, include=False) for p in fixed])
    assert none.value.key == "screenshot.none_chosen"
    made = make_entries(store, evidence_uid=uid, proposals=fixed)
    rows = _live(store)
    assert len(made.entry_ids) == 4 and {e.party_id for e in rows} == {pid}
    assert [e.quote for e in rows if e.source_locator == "ocr:9"] == ["<b>我</b>\u202e改过"]
    assert [e.precision for e in rows][0] == "approximate"  # above the first stamp
    assert "ocr:10" not in {e.source_locator for e in rows}  # unticked


def test_party_of_another_case_refused(store: Store) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    other = create_case(store, title="other").created_id
    assert other is not None
    stranger = add_party(store, case_id=other, role="merchant", name="x").created_id
    preview = preview_entries(store, evidence_uid=uid)
    bad = [replace(preview.proposals[0], party_id=stranger)]
    with pytest.raises(UserError):
        make_entries(store, evidence_uid=uid, proposals=bad)
    assert _live(store) == []


def test_unread_or_missing_exhibit_is_a_clear_message(store: Store) -> None:
    case_id = create_case(store, title="x").created_id
    assert case_id is not None
    ev_id = add_evidence(store, case_id, b"not read yet", name="later.png")
    with store.read() as s:
        ev = s.get(Evidence, ev_id)
        assert ev is not None
        ev_uid = ev.uid
    with pytest.raises(UserError) as err:
        preview_entries(store, evidence_uid=ev_uid)
    assert err.value.key == "screenshot.not_read" and "later.png" in err.value.message()
    with pytest.raises(UserError) as gone:
        preview_entries(store, evidence_uid="no-such-uid")
    assert gone.value.key == "not_found"
    uid = screenshot_with_text(store, wreath_sms())
    with pytest.raises(UserError) as line:
        preview_entries(store, evidence_uid=uid, lines=[99])
    assert line.value.key == "screenshot.bad_line"


def test_capture_unknown_relative_days_are_approximate(store: Store) -> None:
    uid = screenshot_with_text(store, chat_both_sides(), captured=None)
    preview = preview_entries(store, evidence_uid=uid)
    assert not preview.capture_known
    assert preview.proposals[1].precision == "approximate"
    assert preview.proposals[1].time_note == "day_from_added"


def test_two_writers_make_the_same_lines_once(store: Store) -> None:
    import threading

    uid = screenshot_with_text(store, wreath_sms())
    preview = preview_entries(store, evidence_uid=uid)
    start = threading.Barrier(2)
    results: list[object] = []

    def writer() -> None:
        start.wait()
        try:
            results.append(make_entries(store, evidence_uid=uid, proposals=preview.proposals))
        except Exception as exc:  # a lost race must be a clear refusal, never a duplicate
            results.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(_live(store)) == 3
    made = sorted(len(r.entry_ids) for r in results if not isinstance(r, Exception))
    assert made in ([0, 3], [3]), results


def test_a_uk_case_reads_the_stamps_in_london_time(store: Store) -> None:
    # Seen at 2026-02-06 13:55 UTC: 13:55 in London, the same day. "昨天 14:31" is the 5th,
    # 14:31 London time (14:31 UTC in winter), not Shanghai's 06:31 UTC.
    uid = screenshot_with_text(store, chat_both_sides(), tz="Europe/London")
    preview = preview_entries(store, evidence_uid=uid)
    assert preview.zone == "Europe/London"
    made = make_entries(store, evidence_uid=uid, proposals=preview.proposals[1:2])
    (entry,) = [e for e in _live(store) if e.id in made.entry_ids]
    assert entry.occurred_tz == "Europe/London"
    assert entry.occurred_at == datetime(2026, 2, 5, 14, 31, tzinfo=UTC)


def test_the_title_bar_names_the_party(store: Store) -> None:
    uid = screenshot_with_text(store, wreath_sms())  # title bar: "+86 186 **** 2207"
    case_id = preview_entries(store, evidence_uid=uid).case_id
    add_party(store, case_id=case_id, role="complainant", name="Chen", contact="13912345678")
    agent = add_party(
        store, case_id=case_id, role="customer_service", name="小雨", contact="186 1234 2207"
    ).created_id
    add_party(store, case_id=case_id, role="platform", name="Tmall", contact="400-800-1234")
    preview = preview_entries(store, evidence_uid=uid)
    assert preview.reading.title == "+86 186 **** 2207"
    assert {p.party_id for p in preview.proposals} == {agent}
    # Two parties the title could be: nobody is guessed.
    add_party(store, case_id=case_id, role="merchant", name="店长", contact="18699992207")
    add_party(store, case_id=case_id, role="merchant", name="店员", contact="+86 186 5555 2207")
    assert {p.party_id for p in preview_entries(store, evidence_uid=uid).proposals} == {None}


def _redacted_copy(store: Store, original_uid: str, result: OcrResult) -> str:
    """A redacted copy of `original_uid` whose text `result` was read (its own numbering)."""
    with store.read() as s:
        orig = s.exec(select(Evidence).where(Evidence.uid == original_uid)).one()
        case_id = orig.case_id
    ev_id = add_evidence(store, case_id, b"redacted png", name="sms (redacted).png")
    with store.write() as s:
        ev = s.get(Evidence, ev_id)
        assert ev is not None
        ev.derived_from_uid = original_uid
        s.add(ev)
        s.add(
            OcrRead(
                sha256=ev.sha256,
                engine="test",
                read_at=store.clock.now(),
                width=result.width,
                height=result.height,
                lines_json=lines_to_json(result.lines),
                text=result.text,
            )
        )
        return ev.uid


def test_entries_from_a_redacted_copy_cite_the_original(store: Store) -> None:
    original = wreath_sms()
    uid = screenshot_with_text(store, original)
    # The copy's read lacks the blacked-out number (line 4): its numbering is one short.
    copy_read = page(*(ln for n, ln in enumerate(original.lines, 1) if n != 4))
    copy_uid = _redacted_copy(store, uid, copy_read)
    with store.read() as s:
        orig_sha = s.exec(select(Evidence).where(Evidence.uid == uid)).one().sha256
    preview = preview_entries(store, evidence_uid=copy_uid)
    assert preview.sha256 == orig_sha and preview.evidence_uid == uid
    assert [p.lines for p in preview.proposals] == [(6, 7, 8), (10, 11), (13,)]
    # Lines chosen in the copy's numbering (9-10 there) are the original's 10-11.
    chosen = preview_entries(store, evidence_uid=copy_uid, lines=[9, 10])
    assert [p.lines for p in chosen.proposals] == [(10, 11)]
    made = make_entries(store, evidence_uid=copy_uid, proposals=chosen.proposals)
    assert [(e.source_sha256, e.source_locator) for e in _live(store)] == [(orig_sha, "ocr:10-11")]
    # The same message again, from the original or the copy: the same lines, skipped.
    again = preview_entries(store, evidence_uid=uid)
    assert again.duplicate_of(again.proposals[1]) == made.entry_ids[0]
    twice = make_entries(store, evidence_uid=copy_uid, proposals=preview.proposals)
    assert twice.skipped_duplicates == 1 and len(twice.entry_ids) == 2
    assert len(_live(store)) == 3


def test_a_copy_whose_original_is_trashed_is_refused(store: Store) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    copy_uid = _redacted_copy(store, uid, wreath_sms())
    before = preview_entries(store, evidence_uid=copy_uid)  # a preview left open meanwhile
    with store.write() as s:
        orig = s.exec(select(Evidence).where(Evidence.uid == uid)).one()
        orig.trashed_at = store.clock.now()
        s.add(orig)
    for lang in ("en", "zh"):
        with pytest.raises(UserError) as err:
            preview_entries(store, evidence_uid=copy_uid)
        assert err.value.key == "screenshot.original_gone"
        assert "sms (redacted).png" in err.value.message(lang)  # type: ignore[arg-type]
    with pytest.raises(UserError) as late:
        make_entries(store, evidence_uid=copy_uid, proposals=before.proposals)
    assert late.value.key == "screenshot.original_gone"
    assert _live(store) == []


def test_no_time_anywhere_takes_the_time_added_and_says_so(store: Store) -> None:
    bare = page(ln("您好，请尽快寄回", 44, 228, 300), ln("好的", 400, 300, 60))
    uid = screenshot_with_text(store, replace(bare, sha256="cd" * 32), captured=None)
    with store.read() as s:
        added = s.exec(select(Evidence).where(Evidence.uid == uid)).one().added_at
    store.clock.advance(timedelta(hours=5))  # type: ignore[attr-defined]  # made later
    preview = preview_entries(store, evidence_uid=uid)
    assert [(p.occurred_at, p.precision) for p in preview.proposals] == [
        (added, "approximate"),
        (added, "approximate"),
    ]
    note = preview.proposals[0].time_note
    assert msg(f"screenshot.note.{note}", "en") == (
        "no time on the picture; the time it was added — check it"
    )
    assert "添加" in msg(f"screenshot.note.{note}", "zh")
