"""`ecomplaint screenshot-entries`: preview, confirm, JSON, escaping, undo."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import replace

import pytest
from sqlmodel import select

from ecomplaint.chat_messages import counted
from ecomplaint.cli import cmd_screenshot_entries as cmd
from ecomplaint.cli.main import main
from ecomplaint.domain.ocr_text import OcrLine
from ecomplaint.store.engine import Store
from ecomplaint.store.tables import Entry, Evidence
from tests.helpers.chat_ocr import ln, page, screenshot_with_text, wreath_sms


def _run(store: Store, *args: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--lang", lang, "--data-dir", str(store.folder), *args])
    return code, out.getvalue(), err.getvalue()


def _exhibit_id(store: Store, uid: str) -> str:
    with store.read() as s:
        return str(s.exec(select(Evidence.id).where(Evidence.uid == uid)).one())


def _live(store: Store) -> list[Entry]:
    with store.read() as s:
        return list(s.exec(select(Entry).where(Entry.trashed_at == None)).all())  # noqa: E711


def test_preview_without_yes_adds_nothing_then_yes_then_undo(store: Store) -> None:
    ex = _exhibit_id(store, screenshot_with_text(store, wreath_sms()))
    code, out, _ = _run(store, "screenshot-entries", ex)
    assert code == 0
    assert "2026-02-05 14:31 +08  them  lines 6–8" in out
    assert "您好，我是 Lumen 服饰旗舰店客服小雨。" in out
    assert "Nothing was added (add --yes" in out and _live(store) == []
    code, out, _ = _run(store, "screenshot-entries", f"#{ex}", "--lines", "10-13", "--yes")
    assert code == 0 and "2 entries added" in out
    assert sorted(e.source_locator for e in _live(store)) == ["ocr:10-11", "ocr:13"]
    batch = out.split("undo-screenshot-entries ")[1].split()[1]
    case_id = out.split("undo-screenshot-entries ")[1].split()[0]
    # The same lines again: marked as made, nothing added.
    code, out, _ = _run(store, "screenshot-entries", ex, "--yes")
    assert "already entry #" in out and "1 entry added" in out
    assert len(_live(store)) == 3
    code, out, _ = _run(store, "undo-screenshot-entries", case_id, batch, lang="zh")
    assert code == 0 and "已撤销" in out
    assert [e.source_locator for e in _live(store)] == ["ocr:6-8"]


def test_json_and_party(store: Store) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    code, out, _ = _run(store, "screenshot-entries", uid, "--json")
    doc = json.loads(out)
    assert code == 0 and doc["format"] == "ecomplaint.screenshot-entries/1"
    assert doc["kind"] == "sms" and doc["is_chat"] is True and doc["committed"] is False
    assert doc["title"] == "+86 186 **** 2207"
    first = doc["proposals"][0]
    assert first["locator"] == "ocr:6-8" and first["direction"] == "in"
    assert first["occurred_at"] == "2026-02-05T14:31:00+08:00" and first["precision"] == "exact"
    assert {"line": 1, "why": "status_bar"} in doc["skipped_lines"]
    code, out, err = _run(store, "screenshot-entries", uid, "--json", "--yes", "--party", "999")
    assert code != 0 and "999" in err and _live(store) == []


def test_hostile_text_is_escaped_and_zh_words(store: Store) -> None:
    base = wreath_sms()
    evil = "\x1b[2J清屏\u202eevil"
    lines = list(base.lines)
    lines[12] = OcrLine(evil, lines[12].box)
    uid = screenshot_with_text(store, replace(base, sha256="cd" * 32, lines=tuple(lines)))
    code, out, _ = _run(store, "screenshot-entries", uid, "--lines", "13", lang="zh")
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[2J清屏\\u202eevil" in out
    assert "对方  第 13 行" in out and "未添加任何记录" in out


def test_bad_lines_and_unknown_exhibit_are_clear(store: Store) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    code, _, err = _run(store, "screenshot-entries", uid, "--lines", "9-4")
    assert code != 0 and '"9-4" is not a list of lines' in err and "Traceback" not in err
    code, _, err = _run(store, "screenshot-entries", uid, "--lines", "40")
    assert code != 0 and "no line 40" in err
    code, _, err = _run(store, "screenshot-entries", "424242")
    assert code != 0 and "424242" in err and "Traceback" not in err


def test_chosen_chrome_is_kept_and_a_left_out_line_is_named(store: Store) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    code, out, _ = _run(store, "screenshot-entries", uid, "--lines", "1-3", "--json")
    doc = json.loads(out)
    assert code == 0 and [p["lines"] for p in doc["proposals"]] == [[1], [2], [3]]
    code, out, _ = _run(store, "screenshot-entries", uid, "--lines", "5-6")
    assert code == 0 and "Chosen but not quoted: line 5 (a time stamp" in out
    code, out, _ = _run(store, "screenshot-entries", uid, "--lines", "5-6", "--json")
    assert json.loads(out)["left_out_lines"] == [{"line": 5, "why": "stamp"}]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_counts_are_said_in_the_singular_and_plural(store: Store, lang: str) -> None:
    uid = screenshot_with_text(store, wreath_sms())
    code, out, _ = _run(store, "screenshot-entries", uid, "--lines", "13", "--yes", lang=lang)
    assert code == 0
    code, again, _ = _run(store, "screenshot-entries", uid, "--yes", lang=lang)
    assert code == 0
    code, _, err = _run(store, "screenshot-entries", uid, "--lines", "99", lang=lang)
    if lang == "en":
        assert "1 entry added from sms.png." in out
        assert "2 entries added from sms.png." in again
        assert "entries already made" in counted("screenshot.skipped", 2, "en")
        assert counted("screenshot.skipped", 1, "en") == (
            "1 entry already made from the same lines, skipped."
        )
        assert cmd._ask(1) == "Add this entry? [y/N] "
        assert cmd._ask(3) == "Add these 3 entries? [y/N] "
    else:
        assert "已从 sms.png 添加 1 条记录。" in out and "已从 sms.png 添加 2 条记录。" in again
        assert cmd._ask(1) == "添加这条记录？ [y/N] "
    assert "14" in err
    one = screenshot_with_text(store, replace(page(ln("好的", 400, 300, 60)), sha256="cd" * 32))
    code, _, err = _run(store, "screenshot-entries", one, "--lines", "2", lang=lang)
    assert code != 0
    assert ("has 1 line." if lang == "en" else "共 1 行") in err
