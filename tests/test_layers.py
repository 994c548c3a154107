"""The core imports and works with PySide6 absent (HOUSE.md: a Qt-free core)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCK_QT_AND_IMPORT_THE_CORE = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is absent in this test")
        return None

sys.meta_path.insert(0, NoQt())
import ecomplaint
skipped = ("ecomplaint.ui", "ecomplaint.__main__")
names = [m.name for m in pkgutil.walk_packages(ecomplaint.__path__, "ecomplaint.")
         if not m.name.startswith(skipped) and ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
for must in ("ecomplaint.domain", "ecomplaint.store", "ecomplaint.services", "ecomplaint.cli.main"):
    assert must in sys.modules, must
assert not any(m.startswith("PySide6") for m in sys.modules)
print(len(names))
"""


def test_core_packages_import_without_pyside6() -> None:
    out = subprocess.run(
        [sys.executable, "-c", BLOCK_QT_AND_IMPORT_THE_CORE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 20


def test_cli_works_without_pyside6(tmp_path: Path) -> None:
    script = BLOCK_QT_AND_IMPORT_THE_CORE.split("import ecomplaint\n")[0] + (
        "from ecomplaint.cli.main import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path)!r}, 'demo']))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr


def test_no_window_part_imports_the_main_window() -> None:
    """Parts take the runner (ui.ops) and the case context, never the window (HOUSE.md)."""
    ui = ROOT / "ecomplaint" / "ui"
    offenders = [
        str(p.relative_to(ui))
        for p in ui.rglob("*.py")
        if p.name not in ("main_window.py", "app.py")
        and ("main_window" in p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
