"""The CLI as a script would use it: exit codes and the documented JSON shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ecomplaint.cli.main import main


def run_json(capsys, *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_then_cases_json_lists_the_two_demo_cases(tmp_path: Path, capsys) -> None:
    d = str(tmp_path / "d")
    assert main(["--data-dir", d, "demo"]) == 0
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    doc = run_json(capsys, "--data-dir", d, "cases", "--json")
    assert doc["format"] == "ecomplaint.cases/1"
    assert sorted(c["platform"] for c in doc["cases"]) == ["jd", "tmall"]
    keys = {
        "id",
        "uid",
        "title",
        "platform",
        "merchant",
        "order_no",
        "status",
        "tags",
        "updated_at",
        "next_due",
        "overdue",
    }
    assert all(set(c) == keys for c in doc["cases"])


def test_show_json_has_the_case_and_its_timeline_in_order(tmp_path: Path, capsys) -> None:
    d = str(tmp_path / "d")
    main(["--data-dir", d, "demo"])
    capsys.readouterr()
    doc = run_json(capsys, "--data-dir", d, "show", "JD-2026-1102-4417", "--json")
    assert doc["format"] == "ecomplaint.case/1"
    assert doc["case"]["amount"] == "1799.00" and "安装" in doc["case"]["tags"]
    times = [e["occurred_at"] for e in doc["timeline"]]
    assert times == sorted(times) and len(times) == 8
    assert {"parties", "promises", "escalations", "evidence"} <= set(doc)


def test_info_json_reports_schema_and_counts(tmp_path: Path, capsys) -> None:
    d = tmp_path / "d"
    main(["--data-dir", str(d), "demo"])
    capsys.readouterr()
    doc = run_json(capsys, "--data-dir", str(d), "info", "--json")
    assert doc["data_dir"] == str(d.resolve())
    assert doc["counts"]["cases"] == 2 and doc["schema"]


def test_unknown_case_exits_2_with_a_message_in_the_chosen_language(tmp_path: Path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "--lang", "zh", "show", "12345"]) == 2
    assert "找不到" in capsys.readouterr().err


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ecomplaint", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.startswith("eComplaint ")


def test_a_mistyped_output_folder_is_refused_not_created(tmp_path: Path, capsys) -> None:
    d = str(tmp_path / "d")
    main(["--data-dir", d, "demo"])
    missing = tmp_path / "no" / "such" / "folder"
    for argv in (
        ["export", "1", "-o", str(missing / "x.pdf")],
        ["bundle", "1", "-o", str(missing / "x.zip")],
        ["export-case", "1", "-o", str(missing / "x.ecase")],
        ["backup", "-o", str(missing / "b.zip")],
    ):
        assert main(["--data-dir", d, *argv]) == 2, argv
        assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_show_names_an_escalation_like_every_other_kind(tmp_path: Path, capsys) -> None:
    d = str(tmp_path / "d")
    main(["--data-dir", d, "demo"])
    capsys.readouterr()
    assert main(["--lang", "en", "--data-dir", d, "show", "JD-2026-1102-4417"]) == 0
    out = capsys.readouterr().out
    assert "+08  Escalation  " in out and "escalation  " not in out  # as "Order", "Visit"
    assert main(["--lang", "zh", "--data-dir", d, "show", "JD-2026-1102-4417"]) == 0
    assert "+08  升级" in capsys.readouterr().out
