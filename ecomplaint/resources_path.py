"""Where the shipped resources/ folder is, installed or in a source tree."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Return a real filesystem path inside resources/ (fonts and Qt need real files)."""
    try:
        base = Path(str(files("ecomplaint.resources")))
    except ModuleNotFoundError:
        base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)
