"""Per-install settings, each declared once with its type and default (Qt-free).

Stored as JSON in the platform's config folder (override: $ECOMPLAINT_CONFIG_DIR). The window's
own state (geometry, splitters) lives in QSettings; what the core and the CLI need lives here.
"""

from __future__ import annotations

import functools
import getpass
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

ENV_CONFIG_DIR = "ECOMPLAINT_CONFIG_DIR"


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    doc: str


@functools.cache  # the login name does not change while the program runs
def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still a usable default
        return "user"


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in (
        Option("user_name", str, None, "who logs entries (shown as 'logged by' in team mode)"),
        Option("database_url", str, "", "empty: SQLite in the data folder; or postgresql://…"),
        Option("language", str, "", "zh, en or empty to follow the system"),
        Option("evidence_max_mb", int, 200, "largest evidence file accepted, in MB"),
        Option("backups_keep", int, 7, "automatic daily backups kept"),
        Option("shared_evidence_dir", str, "", "team mode: a folder every volunteer can read"),
        Option(
            "display_zone",
            str,
            "",
            "empty: show each case in its own time zone; or one IANA zone for all",
        ),
    )
}


def config_dir() -> Path:
    env = os.environ.get(ENV_CONFIG_DIR)
    return Path(env) if env else user_config_path("eComplaint", appauthor=False)


def _file() -> Path:
    return config_dir() / "settings.json"


# (path, mtime_ns, size) -> settings: the window asks for the display zone per cell painted,
# and reading the file each time cost 60 ms of the first paint (bench/README.md: start-up).
_cache: dict[str, Any] = {"key": None, "value": None}


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        st = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_mtime_ns, st.st_size)


def load() -> dict[str, Any]:
    """All settings; unknown keys ignored, wrong types fall back to the default."""
    path = _file()
    key = _stamp(path)
    if _cache["key"] == key:
        return dict(_cache["value"])
    out = _read(path)
    _cache["key"], _cache["value"] = key, out
    return dict(out)


def _read(path: Path) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            raw = loaded
    except (OSError, ValueError):
        pass
    out: dict[str, Any] = {}
    for name, opt in OPTIONS.items():
        value = raw.get(name, opt.default)
        out[name] = value if isinstance(value, opt.type) else opt.default
    if not out["user_name"]:
        out["user_name"] = _default_user()
    return out


def get(name: str) -> Any:
    return load()[name]


def save(**values: Any) -> None:
    """Update some settings atomically (temp file + rename)."""
    current = load()
    for name, value in values.items():
        opt = OPTIONS[name]
        if not isinstance(value, opt.type):
            raise TypeError(f"{name} must be {opt.type.__name__}")
        current[name] = value
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".settings-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(current, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, _file())


def database_url(override: str | None = None) -> str:
    """--database wins, then $ECOMPLAINT_DATABASE, then the setting; empty means SQLite."""
    if override:
        return override
    return os.environ.get("ECOMPLAINT_DATABASE") or str(get("database_url") or "")
