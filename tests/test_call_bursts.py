"""Missed-call bursts: the grouping rule, and how `show` and the dossier present a burst."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from ecomplaint.cli.main import main
from ecomplaint.domain.call_bursts import CallMark, find_bursts, span_words
from ecomplaint.services import cases, parties
from ecomplaint.services import records_import as ri
from tests import records_fixtures as fx

T0 = datetime(2026, 11, 13, 22, 0, tzinfo=UTC)


def _calls(offsets_min: list[float], caller: object = "a", missed: bool = True) -> list[CallMark]:
    return [
        CallMark(i, T0 + timedelta(minutes=m), caller, missed)
        for i, m in enumerate(offsets_min, start=1)
    ]


def test_nine_calls_in_twenty_minutes_are_one_burst() -> None:
    calls = _calls([0, 2, 5, 7, 10, 12, 15, 18, 20])
    (b,) = find_bursts(calls)
    assert (b.count, b.first, b.last, b.span) == (
        9,
        T0,
        T0 + timedelta(minutes=20),
        timedelta(minutes=20),
    )
    assert b.ids == tuple(range(1, 10))


def test_a_long_gap_splits_runs_and_short_runs_are_not_bursts() -> None:
    calls = _calls([0, 5, 10, 40, 41])  # 30 minutes of silence, then only two calls
    (b,) = find_bursts(calls)
    assert b.ids == (1, 2, 3)
    assert find_bursts(_calls([0, 16, 32])) == []  # each gap just over 15 minutes


def test_only_unanswered_calls_of_one_caller_count_and_others_do_not_break_a_run() -> None:
    a = _calls([0, 4, 8], caller="a")
    other = [CallMark(10 + i, T0 + timedelta(minutes=1 + i), "b", True) for i in range(2)]
    answered = [CallMark(20 + i, T0 + timedelta(minutes=2 + i), "a", False) for i in range(5)]
    (b,) = find_bursts(list(reversed(a + other + answered)))  # any input order
    assert b.caller == "a" and b.ids == (1, 2, 3)
    assert find_bursts(_calls([0, 1, 2], missed=False)) == []
    assert find_bursts(_calls([0, 1, 2], caller=None)) == []  # unknown caller: not grouped


def test_burst_span_in_words() -> None:
    assert span_words(timedelta(minutes=20), "en") == "20 minutes"
    assert span_words(timedelta(minutes=20), "zh") == "20 分钟"
    assert span_words(timedelta(minutes=150), "en") == "2 h 30 min"


def _case_with_a_burst(store, tmp_path: Path) -> tuple[int, Path]:
    cid = cases.create_case(store, title="Wreath", platform="tmall", language="en").created_id
    assert cid is not None
    agent = parties.add_party(store, case_id=cid, role="merchant", name="Store agent")
    sh = ZoneInfo("Asia/Shanghai")
    start = datetime(2026, 11, 13, 22, 1, tzinfo=sh)
    number = "+86 171 0000 9999"
    lines = [fx.call(number, start - timedelta(hours=3), 1, 65)]
    minutes = (0, 2, 4, 7, 9, 12, 14, 17, 20)
    lines += [fx.call(number, start + timedelta(minutes=m), 3) for m in minutes]
    path = fx.calls_xml(tmp_path / "calls-20261114.xml", lines)
    with ri.preview_import(
        store, case_id=cid, path=path, party_map={number: agent.created_id}
    ) as p:
        ri.commit_import(store, preview=p)
    return cid, path


def test_show_groups_the_burst_and_lists_each_call_in_the_appendix(store, tmp_path) -> None:
    cid, _path = _case_with_a_burst(store, tmp_path)
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["--lang", "en", "--data-dir", str(store.folder), "show", str(cid)]) == 0
    text = out.getvalue()
    assert "Harassment pattern: 9 unanswered calls in 20 minutes" in text
    assert "first 2026-11-13 22:01 +08, last 2026-11-13 22:21 +08" in text
    body, appendix = text.split("Appendix: each call of the harassment patterns")
    assert body.count("Missed call") == 0 and "Incoming call, 1 min 5 s" in body
    assert appendix.count("Missed call") == 9


def test_the_dossier_shows_one_pattern_and_the_appendix_with_each_call(store, tmp_path) -> None:
    cid, path = _case_with_a_burst(store, tmp_path)
    pdf = tmp_path / "dossier.pdf"
    assert (
        main(["--lang", "en", "--data-dir", str(store.folder), "export", str(cid), "-o", str(pdf)])
        == 0
    )
    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    flat = " ".join(text.split())
    assert "Harassment pattern: 9 unanswered calls in 20 minutes" in flat
    assert "Appendix: each call of the patterns" in flat
    assert flat.count("line ") >= 10  # each imported call cites its element in the source
    assert "SHA-256" in flat and path.name in flat
