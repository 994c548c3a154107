"""`ecomplaint import-records` and `ecomplaint undo-import` from a terminal."""

from __future__ import annotations

import io
import json
import re
from contextlib import redirect_stderr, redirect_stdout
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ecomplaint.cli.cmd_import_records import terminal_safe
from ecomplaint.cli.main import main
from ecomplaint.services import cases
from tests import records_fixtures as fx

SH = ZoneInfo("Asia/Shanghai")


def _run(store, *args: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--lang", lang, "--data-dir", str(store.folder), *args])
    return code, out.getvalue(), err.getvalue()


def _backup(tmp_path: Path) -> Path:
    t0 = datetime(2026, 11, 13, 21, 0, tzinfo=SH)
    return fx.sms_xml(
        tmp_path / "sms.xml",
        [
            fx.sms("17100009999", t0, "再不签收就报警\u202e", name="店铺客服"),
            fx.sms("17100009999", t0 + timedelta(days=2), "花圈已送达", name="店铺客服"),
            fx.sms("10086", t0, "话费提醒", name="运营商"),
        ],
    )


def test_dry_run_json_previews_and_stores_nothing_then_import_then_undo(store, tmp_path):
    cid = cases.create_case(store, title="Wreath", platform="tmall").created_id
    path = _backup(tmp_path)
    code, out, _ = _run(
        store,
        "import-records",
        str(cid),
        str(path),
        "--number",
        "+86 171 0000 9999",
        "--from",
        "2026-11-13",
        "--to",
        "2026-11-14",
        "--dry-run",
        "--json",
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["format"] == "ecomplaint.import-records/1" and doc["committed"] is False
    assert [(r["kind"], r["text"], r["duplicate"]) for r in doc["rows"]] == [
        ("sms", "再不签收就报警\u202e", None)
    ]
    assert doc["rows"][0]["locator"] == "line 5 <sms> #1"
    code, out, _ = _run(store, "show", str(cid), "--json")
    assert json.loads(out)["timeline"] == []

    code, out, _ = _run(store, "import-records", str(cid), str(path), "--contact", "店铺")
    assert code == 0 and "2 rows: 2 new, 0 duplicates." in out
    assert "\u202e" not in out and "\\u202e" in out  # a bidi override cannot flip the terminal
    batch = re.search(r"\(import ([0-9a-f-]{36});", out).group(1)  # type: ignore[union-attr]
    code, out, _ = _run(store, "import-records", str(cid), str(path), "--contact", "店铺")
    assert "0 new, 2 duplicates" in out and "[imported]" in out
    code, out, _ = _run(store, "undo-import", str(cid), batch)
    assert code == 0
    code, out, _ = _run(store, "show", str(cid), "--json")
    assert json.loads(out)["timeline"] == []


def test_an_ambiguous_chat_is_refused_until_the_date_order_is_given(store, tmp_path) -> None:
    cid = cases.create_case(store, title="UK", platform="amazon").created_id
    path = tmp_path / "_chat.txt"
    path.write_text("05/06/2026, 14:02 - Seller: Refund next week\n", encoding="utf-8")
    code, _out, err = _run(store, "import-records", str(cid), str(path), lang="zh")
    assert code == 2 and "--day-first" in err and "未导入任何内容" in err
    code, out, _ = _run(
        store,
        "import-records",
        str(cid),
        str(path),
        "--day-first",
        "--zone",
        "Europe/London",
        "--json",
    )
    row = json.loads(out)["rows"][0]
    assert row["local_time"] == "2026-06-05T14:02:00+01:00"
    code, _out, err = _run(store, "import-records", str(cid), str(path), "--zone", "Mars/Base")
    assert code == 2 and "not a time zone" in err


def test_a_saved_csv_mapping_is_used_by_name(store, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ECOMPLAINT_CONFIG_DIR", str(tmp_path / "cfg"))
    cid = cases.create_case(store, title="WeChat", platform="jd").created_id
    path = tmp_path / "chat.csv"
    path.write_text("when,who,what\n2026-11-05 09:00,客服,请稍等\n", encoding="utf-8")
    code, _o, err = _run(store, "import-records", str(cid), str(path), "--dry-run")
    assert code == 2 and "columns found: when, who, what" in err
    code, _o, _e = _run(
        store,
        "import-records",
        str(cid),
        str(path),
        "--map",
        "time=when,sender=who,text=what",
        "--save-mapping",
        "helper",
        "--dry-run",
    )
    assert code == 0
    code, out, _e = _run(
        store, "import-records", str(cid), str(path), "--mapping", "helper", "--json"
    )
    assert json.loads(out)["rows"][0]["text"] == "请稍等"
    code, _o, err = _run(store, "import-records", str(cid), str(path), "--mapping", "nope")
    assert code == 2 and "helper" in err


def test_terminal_safe_escapes_controls_and_keeps_one_line() -> None:
    assert terminal_safe("a\x1b[31mb\nc\u202ed") == "a\\x1b[31mb\\nc\\u202ed"
    assert terminal_safe("x" * 100, 10) == "x" * 9 + "…"


def test_bare_chat_times_are_read_in_the_cases_zone_unless_told(store, tmp_path) -> None:
    # A UK case's WhatsApp export was read as Shanghai time (7 hours off) unless --zone was typed.
    cid = cases.create_case(store, title="Kettle", platform="amazon", tz="Europe/London").created_id
    path = tmp_path / "_chat.txt"
    path.write_text("05/06/2026, 14:02 - Seller: Refund next week\n", encoding="utf-8")
    code, out, _ = _run(
        store, "import-records", str(cid), str(path), "--day-first", "--dry-run", "--json"
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["rows"][0]["local_time"] == "2026-06-05T14:02:00+01:00"
    code, out, _ = _run(
        store, "import-records", str(cid), str(path), "--day-first", "--from", "2026-06-05",
        "--to", "2026-06-05", "--dry-run", "--json",
    )  # fmt: skip
    assert len(json.loads(out)["rows"]) == 1
    code, out, _ = _run(
        store, "import-records", str(cid), str(path), "--day-first", "--zone", "Asia/Shanghai",
        "--dry-run", "--json",
    )  # fmt: skip
    assert json.loads(out)["rows"][0]["local_time"] == "2026-06-05T14:02:00+08:00"
