"""Issue #11: user text is data. Control characters are refused at entry (one rule, every
service), shown escaped by every CLI command (exact in --json), times in the future are
refused, and bytes from an old terminal or a GBK file name never end in a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from ecomplaint.cli.main import main
from ecomplaint.domain.clock import FixedClock
from ecomplaint.i18n import UserError
from ecomplaint.services import cases, entries, escalations, evidence, parties, pauses, promises
from ecomplaint.store import queries
from ecomplaint.store import tables as tb
from ecomplaint.store.engine import Store
from tests.helpers.photos import make_photo

ESC_SEQ = "\x1b[2J\x1b]0;pwned\x07"  # clear screen, set the terminal title
HOSTILE = f"red{ESC_SEQ}\r\bX\u202eTXT.exe\x00\x7f\x9b"
# What a terminal must never receive raw from human output: C0 except LF, DEL, C1, bidi.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


# --- one rule for control characters, in every service --------------------------------


@pytest.fixture
def case_id(store: Store) -> int:
    return cases.create_case(store, title="TV").created_id or 0


def _refuses(call: Callable[[], Any], char: str = "U+001B") -> UserError:
    with pytest.raises(UserError) as err:
        call()
    assert err.value.key == "field.control_char"
    assert char in err.value.message("en") and char in err.value.message("zh")
    assert "控制字符" in err.value.message("zh")
    return err.value


def test_every_service_refuses_control_characters_with_a_message(
    store: Store, case_id: int, tmp_path: Path, clock: FixedClock
) -> None:
    bad = "a\x1b[2Jb"
    _refuses(lambda: cases.create_case(store, title=bad))
    _refuses(lambda: cases.create_case(store, title="t", demands=bad))
    _refuses(lambda: cases.edit_case(store, case_id=case_id, values={"order_no": bad}))
    _refuses(lambda: cases.create_case(store, title="t", tags=["ok", bad]))
    _refuses(lambda: parties.add_party(store, case_id=case_id, role="customer_service", name=bad))
    _refuses(lambda: entries.log_entry(store, case_id=case_id, kind="note", summary=bad))
    _refuses(lambda: entries.log_entry(store, case_id=case_id, kind="note", quote=bad))
    _refuses(
        lambda: promises.record_promise(
            store, case_id=case_id, what="reply", window_min=24, window_max=48, description=bad
        )
    )
    _refuses(
        lambda: escalations.record_escalation(
            store, case_id=case_id, ladder="cn.jd", rung="supervisor", note=bad
        )
    )
    _refuses(lambda: pauses.pause_case(store, case_id=case_id, reason=bad))
    photo = make_photo(tmp_path / "p.jpg")
    _refuses(lambda: evidence.attach_files(store, case_id=case_id, paths=[photo], description=bad))
    # NUL is no longer dropped silently: it is refused too, like DEL and C1 controls
    _refuses(lambda: cases.create_case(store, title="a\x00b"), "U+0000")
    _refuses(
        lambda: entries.log_entry(store, case_id=case_id, kind="note", summary="\x7f"), "U+007F"
    )
    _refuses(lambda: cases.create_case(store, title="a\x9bb"), "U+009B")
    assert [c.title for c in queries.list_cases(store)] == ["TV"]  # nothing half-written


def test_tab_and_line_breaks_are_kept_in_multi_line_fields(store: Store, case_id: int) -> None:
    quote = "line one\r\nline two\n\tindented"
    eid = entries.log_entry(store, case_id=case_id, kind="note", quote=quote).created_id
    (entry,) = [e for e in queries.case_detail(store, case_id).entries if e.id == eid]
    assert entry.quote == quote


# --- the CLI shows control characters escaped; --json keeps them exactly ---------------


def _plant_hostile_text(store: Store, case_id: int, tmp_path: Path) -> None:
    """Text stored before the rule (or by another program): the CLI must still be safe."""
    eid = entries.log_entry(store, case_id=case_id, kind="note", summary="s").created_id
    pid = parties.add_party(store, case_id=case_id, role="customer_service", name="p").created_id
    promises.record_promise(
        store, case_id=case_id, what="reply", window_min=1, window_max=2, entry_id=eid
    )
    photo = make_photo(tmp_path / "p.jpg")
    evidence.attach_files(store, case_id=case_id, paths=[photo], entry_id=eid)
    with store.write() as s:
        case = s.get(tb.Case, case_id)
        assert case is not None
        for field in ("title", "merchant", "order_no", "product", "services"):
            setattr(case, field, field + HOSTILE)
        case.demands = "d1" + HOSTILE + "\nd2"
        entry = s.get(tb.Entry, eid)
        assert entry is not None
        entry.summary, entry.quote = "sum" + HOSTILE, "quote" + HOSTILE + "\nsecond line"
        party = s.get(tb.Party, pid)
        assert party is not None
        party.name = "who" + HOSTILE
        for p in s.exec(select(tb.Promise)):
            p.description = "promise" + HOSTILE
        for x in s.exec(select(tb.Evidence)):
            x.original_name = "file" + HOSTILE + "\nname.png"
        s.add_all([case, entry, party])


def test_every_command_escapes_control_characters_and_json_keeps_them(
    store: Store, store_args: list[str], case_id: int, tmp_path: Path, capsys: Any
) -> None:
    _plant_hostile_text(store, case_id, tmp_path)
    later = "2026-12-30T00:00:00+00:00"  # the promise is overdue then
    commands = [
        ["show", str(case_id)],
        ["cases"],
        ["cases", "--search", "red"],
        ["evidence", str(case_id)],
        ["due", "--at", later],
        ["info"],
        ["backups"],
    ]
    for command in commands:
        capsys.readouterr()
        assert main([*store_args, *command]) == 0, command
        out = capsys.readouterr().out
        assert not RAW.search(out), (command, out)
        if command[0] in ("show", "cases", "evidence", "due"):
            assert "\\x1b[2J" in out and "\\u202e" in out, (command, out)
    capsys.readouterr()
    main([*store_args, "show", str(case_id)])
    shown = capsys.readouterr().out
    assert "\\r\\x08X\\u202eTXT.exe\\x00\\x7f\\x9b" in shown
    assert "second line" in shown.split("quote")[1]  # a multi-line quote keeps its lines

    capsys.readouterr()
    assert main([*store_args, "show", str(case_id), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["case"]["title"] == "title" + HOSTILE
    assert doc["timeline"][0]["quote"] == "quote" + HOSTILE + "\nsecond line"
    capsys.readouterr()
    assert main([*store_args, "evidence", str(case_id), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["evidence"][0]["original_name"].startswith(
        "file" + HOSTILE
    )


def test_error_messages_quoting_user_input_are_escaped(
    store_args: list[str], case_id: int, capsys: Any
) -> None:
    assert main([*store_args, "log", str(case_id), "--kind", "note", "--summary", "x\x1b[2J"]) == 2
    err = capsys.readouterr().err
    assert "U+001B" in err and not RAW.search(err)
    assert main([*store_args, "log", str(case_id), "--kind", "note", "--summary", "s",
                 "--at", "2026\x1b[2J"]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert "\\x1b[2J" in err and not RAW.search(err)


def test_visible_escapes_every_control_and_keeps_ordinary_text() -> None:
    from ecomplaint.domain.visible import visible  # (new in issue #11)

    assert visible("电视安装 · C:\\Users") == "电视安装 · C:\\Users"
    assert visible("a\u202eb\u2066c\x85d\ufeff") == "a\\u202eb\\u2066c\\x85d\\ufeff"
    assert visible("one\ntwo\tx") == "one\\ntwo\\tx"
    assert visible("one\ntwo\tx\r", multiline=True) == "one\ntwo\tx\\r"
    assert visible("a\\b\x1b") == "a\\\\b\\x1b"  # once escaped, a typed backslash is doubled
    assert visible(os.fsdecode(b"n\xff")) == "n\\xff"


# --- the future is refused at entry ------------------------------------------------------


def _future(call: Callable[[], Any]) -> None:
    with pytest.raises(UserError) as err:
        call()
    assert err.value.key == "field.in_future"
    assert "2100" in err.value.message("en") and "晚于当前时间" in err.value.message("zh")


def test_times_beyond_a_day_ahead_of_the_clock_are_refused(
    store: Store, case_id: int, clock: FixedClock
) -> None:
    far = clock.now().replace(year=2100)
    _future(lambda: entries.log_entry(store, case_id=case_id, kind="note", summary="x",
                                      occurred_at=far))  # fmt: skip
    eid = entries.log_entry(store, case_id=case_id, kind="note", summary="x").created_id or 0
    _future(lambda: entries.edit_entry(store, entry_id=eid, values={"occurred_at": far}))
    _future(
        lambda: promises.record_promise(
            store, case_id=case_id, what="reply", window_min=1, window_max=2, made_at=far
        )
    )
    _future(
        lambda: escalations.record_escalation(
            store, case_id=case_id, ladder="cn.jd", rung="supervisor", escalated_at=far
        )
    )
    _future(lambda: pauses.pause_case(store, case_id=case_id, started_at=far))
    _future(lambda: cases.create_case(store, title="t", order_date="2100-01-01"))
    _future(lambda: cases.edit_case(store, case_id=case_id, values={"order_date": "2100-01-01"}))
    # within the tolerance (a clock a few hours off, another zone) it is accepted
    soon = clock.now() + timedelta(hours=20)
    entries.log_entry(store, case_id=case_id, kind="note", summary="y", occurred_at=soon)
    just_over = clock.now() + timedelta(days=1, minutes=1)
    with pytest.raises(UserError, match="future"):
        entries.log_entry(store, case_id=case_id, kind="note", summary="z", occurred_at=just_over)


def test_cli_log_refuses_a_date_in_2100(store_args: list[str], case_id: int, capsys: Any) -> None:
    code = main([*store_args, "log", str(case_id), "--kind", "note", "--summary", "s",
                 "--at", "2100-01-01T10:00:00+08:00"])  # fmt: skip
    assert code == 2 and "in the future" in capsys.readouterr().err


# --- bytes that are not UTF-8 ------------------------------------------------------------


def test_gbk_argv_is_decoded_and_undecodable_bytes_get_a_message(
    store: Store, store_args: list[str], case_id: int, capsys: Any
) -> None:
    # What Python makes of GBK bytes in argv under a UTF-8 locale (surrogateescape)
    gbk = os.fsdecode("安装师傅上门改成挂墙".encode("gbk"))
    assert main([*store_args, "log", str(case_id), "--kind", "note", "--summary", gbk]) == 0
    assert queries.case_detail(store, case_id).entries[-1].summary == "安装师傅上门改成挂墙"
    capsys.readouterr()
    junk = os.fsdecode(b"call \xff\xfe\x81")
    assert main([*store_args, "log", str(case_id), "--kind", "note", "--summary", junk]) == 2
    err = capsys.readouterr().err
    assert "not readable text" in err and "\\xff\\xfe\\x81" in err


def test_gbk_search_and_lookups_are_decoded_too(
    store: Store, store_args: list[str], case_id: int, capsys: Any
) -> None:
    cases.edit_case(store, case_id=case_id, values={"title": "电视安装投诉"})
    capsys.readouterr()
    assert main([*store_args, "cases", "--search", os.fsdecode("电视".encode("gbk"))]) == 0
    assert "电视安装投诉" in capsys.readouterr().out
    assert main([*store_args, "show", os.fsdecode(b"\xff\xfe")]) == 2
    err = capsys.readouterr().err
    assert "not readable text" in err and "\\xff\\xfe" in err


def test_a_real_gbk_argv_ends_without_a_traceback(
    store_args: list[str], case_id: int, tmp_path: Path
) -> None:
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONUTF8": "1", "ECOMPLAINT_LANG": "en"}
    cmd = [sys.executable, "-m", "ecomplaint", *store_args, "log", str(case_id)]
    ok = subprocess.run(
        [*cmd, "--kind", "note", "--summary", "客服".encode("gbk")],  # type: ignore[list-item]
        capture_output=True,
        env=env,
        cwd=Path(__file__).parent.parent,
    )
    assert ok.returncode == 0, ok.stderr.decode()
    bad = subprocess.run(
        [*cmd, "--kind", "note", "--summary", b"\xff\xfe"],  # type: ignore[list-item]
        capture_output=True,
        env=env,
        cwd=Path(__file__).parent.parent,
    )
    assert bad.returncode == 2 and b"Traceback" not in bad.stderr
    assert b"not readable text" in bad.stderr


def test_attach_files_with_gbk_newline_and_rtl_names(
    store: Store, store_args: list[str], case_id: int, tmp_path: Path, capsys: Any
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = [
        "聊天截图".encode("gbk") + b".jpg",  # an old Windows zip's file name
        b"bad\xff\xfe.jpg",  # not any encoding
        b"line\nbreak.jpg",
        "invoice\u202egpj.exe".encode(),
    ]
    paths = []
    for i, raw in enumerate(names):
        target = os.path.join(os.fsencode(folder), raw)
        make_photo(Path(os.fsdecode(target)), color=(i * 50, 10, 10))
        paths.append(os.fsdecode(target))
    assert main([*store_args, "attach", str(case_id), *paths]) == 0
    out = capsys.readouterr().out
    assert not RAW.search(out)
    stored = sorted(x.original_name for x in evidence.list_evidence(store, case_id=case_id))
    assert "聊天截图.jpg" in stored and "bad\\xff\\xfe.jpg" in stored
    assert "line\nbreak.jpg" in stored and "invoice\u202egpj.exe" in stored
    assert main([*store_args, "evidence", str(case_id)]) == 0
    listing = capsys.readouterr().out
    assert not RAW.search(listing)
    assert "line\\nbreak.jpg" in listing and "invoice\\u202egpj.exe" in listing
    assert "聊天截图.jpg" in listing and "bad\\xff\\xfe.jpg" in listing
