"""The committed translations are complete and up to date.

- every tr() string of ui/ is in both .ts files (lupdate into a temp copy finds nothing new),
- no window string escapes lupdate through a wrapper (`_tr(text)` calling translate(ctx, text)),
- zh_CN has no unfinished or empty translation,
- the committed .qm files are exactly what pyside6-lrelease builds from the .ts files.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    path = str(found) if found.exists() else shutil.which(name)
    assert path, f"{name} is needed (it comes with PySide6)"
    return path


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for m in ctx.iter("message"):
            out[(name, m.findtext("source", ""))] = m.find("translation")
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_ts_has_every_ui_string(lang: str, tmp_path: Path) -> None:
    committed = TS_DIR / f"ecomplaint_{lang}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    sources = sorted(str(p) for p in (ROOT / "ecomplaint" / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) == set(messages(committed)), "run pyside6-lupdate (see README)"


def test_zh_cn_is_complete() -> None:
    found = messages(TS_DIR / "ecomplaint_zh_CN.ts")
    assert len(found) > 150
    unfinished = [
        src
        for (_ctx, src), tr in found.items()
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not tr.text
    ]
    assert unfinished == []


def test_no_translate_call_hides_its_text_from_lupdate() -> None:
    # lupdate reads only the literal inside tr()/translate(); a helper such as
    # `def _tr(text): return translate("Ops", text)` leaves every string it is given
    # untranslated in the Chinese window.
    hidden = []
    for path in sorted((ROOT / "ecomplaint" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            at = {"translate": 1, "tr": 0}.get(name)
            if at is None or len(node.args) <= at:
                continue
            text = node.args[at]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == [], "translate()/tr() needs a literal text that lupdate can read"


def test_zh_cn_keeps_the_plural_of_attaching() -> None:
    # lupdate drops numerus="yes" when it refreshes; the plural is restored by hand.
    for lang in LANGS:
        root = ET.parse(TS_DIR / f"ecomplaint_{lang}.ts").getroot()
        found = [
            m
            for m in root.iter("message")
            if m.findtext("source") == "Fingerprinting and copying %n file(s)…"
        ]
        assert len(found) == 1 and found[0].get("numerus") == "yes", lang
        assert all((f.text or "").strip() for f in found[0].iter("numerusform")), lang


@pytest.mark.parametrize("lang", LANGS)
def test_committed_qm_matches_the_ts(lang: str, tmp_path: Path) -> None:
    built = tmp_path / f"ecomplaint_{lang}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS_DIR / f"ecomplaint_{lang}.ts"), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == (TS_DIR / f"ecomplaint_{lang}.qm").read_bytes(), (
        "rebuild the .qm with pyside6-lrelease and commit it"
    )
