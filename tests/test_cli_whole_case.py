"""A terminal-only user enters both demo stories from scratch with the recording commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ecomplaint.cli.main import main
from ecomplaint.resources_path import resource_path

Cli = Any


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    base = ["--data-dir", str(tmp_path / "data")]

    def run(*argv: str) -> dict[str, Any]:
        code = main([*base, *argv, "--json"])
        out, err = capsys.readouterr()
        assert code == 0, err
        return json.loads(out) if out.strip() else {}

    def fails(*argv: str) -> str:
        code = main([*base, *argv])
        out, err = capsys.readouterr()
        assert code == 2
        return err

    def plain(*argv: str) -> int:
        return main([*base, *argv])

    run.fails = fails  # type: ignore[attr-defined]
    run.plain = plain  # type: ignore[attr-defined]
    return run


def test_tv_installation_entered_from_a_terminal(cli: Cli, tmp_path: Path) -> None:
    case = cli(
        "new", "--title", "43 英寸电视底座安装被擅自改为挂墙", "--platform", "jd",
        "--merchant", "某东家电自营店", "--order-no", "JD-2026-1102-4417",
        "--product", "43 英寸液晶电视（含标配底座）", "--order-date", "2026-11-02",
        "--amount", "1799.00", "--services", "底座安装服务 50 元（非挂墙，不含挂架）",
        "--complainant-name", "王丽", "--complainant-phone", "13812345678",
        "--demands", "按订单恢复为底座安装，并修复墙面和墙纸",
        "--demands", "退还安装费 50 元", "--demands", "赔偿墙纸更换费用 300 元",
        "--tags", "安装,客服", "--language", "zh",
    )  # fmt: skip
    c = str(case["id"])
    assert case["kind"] == "case" and len(case["uid"]) == 36
    me = cli("party", c, "--role", "complainant", "--name", "王丽")["id"]
    cli("log", c, "--kind", "order", "--summary", "下单电视，另付 50 元底座安装",
        "--at", "2026-11-02 20:10", "--party", str(me))  # fmt: skip
    visit = cli("log", c, "--kind", "visit", "--summary", "师傅未核对订单便挂墙",
                "--at", "2026-11-04 14:30",
                "--new-party", "installer:安装师傅（姓刘）")  # fmt: skip
    call1 = cli("log", c, "--kind", "call_out", "--summary", "致电客服投诉安装",
                "--quote", "24 到 48 小时内给您回复。", "--at", "2026-11-04 15:05",
                "--new-party", "customer_service:客服 工号 7731",
                "--promise", "reply", "--within", "24-48h")  # fmt: skip
    cs = str(call1["party"]["id"])
    installer = str(visit["party"]["id"])
    cli("log", c, "--kind", "call_in", "--summary", "安装师傅来电施压", "--at", "2026-11-04 16:10",
        "--party", installer)  # fmt: skip
    call2 = cli("log", c, "--kind", "call_out", "--summary", "再次致电客服",
                "--at", "2026-11-04 16:40", "--party", cs,
                "--promise", "reply", "--within", "24-48h")  # fmt: skip
    back = cli("log", c, "--kind", "call_in", "--summary", "客服回电", "--at", "2026-11-06 10:20",
               "--party", cs)  # fmt: skip
    for promise in (call1["promise"]["id"], call2["promise"]["id"]):
        cli("kept", str(promise), "--entry", str(back["id"]))
    note = cli("log", c, "--kind", "note", "--summary", "要求升级至客服主管",
               "--at", "2026-11-06 10:35", "--party", cs,
               "--promise", "callback", "--within", "24h")  # fmt: skip
    esc = cli("escalate", c, "--rung", "supervisor", "--at", "2026-11-06 10:35",
              "--entry", str(note["id"]))  # fmt: skip
    boss = cli("party", c, "--role", "supervisor", "--name", "客服主管")["id"]
    offer = cli("log", c, "--kind", "call_in", "--summary", "主管：只退 50 元安装费",
                "--at", "2026-11-12 11:00", "--party", str(boss), "--stance", "offer",
                "--promise", "reply", "--within", "3wd")  # fmt: skip
    cli("kept", str(note["promise"]["id"]), "--entry", str(offer["id"]))
    cli("edit", c, "--status", "escalated")

    shown = cli("show", c)
    assert shown["case"]["tz"] == "Asia/Shanghai" and shown["case"]["ladder"] == "cn.jd"
    assert len(shown["timeline"]) == 8 and len(shown["parties"]) == 4
    assert [x["rung"] for x in shown["escalations"]] == ["supervisor"]
    assert shown["escalations"][0]["id"] == esc["id"]
    assert shown["escalations"][0]["escalated_at"] == "2026-11-06T02:35:00+00:00"
    stances = [e["stance"] for e in shown["timeline"]]
    assert stances.count("final_offer") == 1
    assert len(shown["promises"]) == 4
    assert sorted(p["window_max"] for p in shown["promises"]) == [3, 24, 48, 48]
    # Mistakes get the same messages as in the window, and change nothing.
    assert "时限" in cli.fails("--lang", "zh", "log", c, "--kind", "note", "--summary", "x",
                              "--promise", "reply", "--within", "tomorrow")  # fmt: skip
    assert "not a rung" in cli.fails("--lang", "en", "escalate", c, "--rung", "ombudsman")
    assert len(cli("show", c)["timeline"]) == 8

    pdf = tmp_path / "tv.pdf"
    assert cli.plain("export", c, "-o", str(pdf)) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "客服主管/店长" in text and "350.00" in text  # escalation; demands total ¥350.00


def test_wreath_entered_from_a_terminal_and_exported_redacted(cli: Cli, tmp_path: Path) -> None:
    case = cli(
        "new", "--title", "Store agent sent a mourning wreath", "--platform", "tmall",
        "--merchant", "Lumen Apparel Flagship Store", "--order-no", "TM-2026-0127-8830",
        "--amount", "689.00", "--complainant-name", "Chen Jing",
        "--complainant-phone", "13912345678",
        "--complainant-address", "Room 1203, Building 5, 88 Wensan Road, Hangzhou",
        "--demands", "A written apology from the brand", "--tags", "harassment",
        "--language", "en",
    )  # fmt: skip
    c = str(case["id"])
    call = cli("log", c, "--kind", "call_in", "--summary", "Caller asked me to return a coat",
               "--at", "2026-02-05 14:12",
               "--new-party", "customer_service:Store agent")  # fmt: skip
    agent = str(call["party"]["id"])
    cli("log", c, "--kind", "sms", "--summary", "Threat to call the police",
        "--quote", "we will report you to the police", "--at", "2026-02-05 14:31",
        "--party", agent)  # fmt: skip
    wreath = cli("log", c, "--kind", "harassment", "--summary", "A funeral wreath order",
                 "--at", "2026-02-05 21:48", "--party", agent)  # fmt: skip
    demo = resource_path("demo")
    attached = cli("attach", c, str(demo / "wreath_order.png"), str(demo / "wreath_sms.png"),
                   "--entry", str(wreath["id"]))  # fmt: skip
    assert attached
    complaint = cli("log", c, "--kind", "complaint", "--summary", "Harassment complaint filed",
                    "--at", "2026-02-06 09:30", "--new-party", "platform:Complaints desk",
                    "--promise", "reply", "--within", "48h")  # fmt: skip
    cli("escalate", c, "--rung", "platform_complaint", "--at", "2026-02-06 09:30",
        "--reference", "TS-20260206-0931", "--entry", str(complaint["id"]))  # fmt: skip
    paused = cli("pause", c, "--reason", "returning the coat", "--at", "2026-02-06 12:00")
    assert paused["case_id"] == case["id"]
    cli("resume", c, "--at", "2026-02-06 18:00")
    # Trash and restore a mistaken entry.
    oops = cli("log", c, "--kind", "note", "--summary", "typo", "--at", "2026-02-06 19:00")
    cli("trash", "entry", str(oops["id"]))
    assert len(cli("show", c)["timeline"]) == 4
    cli("untrash", "entry", str(oops["id"]))
    cli("edit-entry", str(oops["id"]), "--summary", "Called the platform again")
    cli("edit-party", agent, "--name", "Store agent ('Xiao Yu')")
    shown = cli("show", c)
    assert [e["summary"] for e in shown["timeline"]][-1] == "Called the platform again"
    assert shown["escalations"][0]["reference_no"] == "TS-20260206-0931"
    assert len(shown["evidence"]) == 2

    pdf = tmp_path / "wreath.pdf"
    assert cli.plain("export", c, "-o", str(pdf), "--redact") == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "13912345678" not in text and "Wensan" not in text
    assert "TS-20260206-0931" in text and "Xiao Yu" in text
