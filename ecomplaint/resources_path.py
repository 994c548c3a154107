"""Where the shipped resources/ folder is: frozen bundle, installed wheel or source tree."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def _frozen_base() -> Path | None:
    """Inside a PyInstaller bundle the spec puts resources/ at ecomplaint/resources."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "ecomplaint" / "resources"
    return None


def resource_path(*parts: str) -> Path:
    """Return a real filesystem path inside resources/ (fonts and Qt need real files)."""
    base = _frozen_base()
    if base is None:
        try:
            base = Path(str(files("ecomplaint.resources")))
        except ModuleNotFoundError:
            base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)
