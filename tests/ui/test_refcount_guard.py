"""The guard against PySide6 6.12.0 dropping references to None (see refcount_guard.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    code = textwrap.dedent(
        """
        import ecomplaint.ui  # applies the guard
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication([])
        w = QWidget()
        for _ in range(200_000):
            w.setEnabled(True)
        print("ok")
        """
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"


def test_the_pin_keeps_the_leaking_release_out() -> None:
    import tomllib
    from pathlib import Path

    from packaging.requirements import Requirement

    root = Path(__file__).resolve().parents[2]
    deps = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (pyside,) = [Requirement(d) for d in deps["dependencies"] if d.startswith("PySide6")]
    assert not pyside.specifier.contains("6.12.0")
    assert pyside.specifier.contains("6.11.3")  # checked: no lost references on 3.11
