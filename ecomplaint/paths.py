"""One place that decides where the user's data lives."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "eComplaint"
ENV_DATA_DIR = "ECOMPLAINT_DATA_DIR"
DB_FILENAME = "ecomplaint.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins, then $ECOMPLAINT_DATA_DIR, then the platform's user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return user_data_path(APP_NAME, appauthor=False)


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


# Team mode keeps evidence in a folder every volunteer can read; open_store registers it here
# for the data folder it opened, so every evidence path in the program goes through one place.
_SHARED_EVIDENCE: dict[Path, Path] = {}


def set_evidence_dir(folder: Path, shared: Path | None) -> None:
    if shared is None:
        _SHARED_EVIDENCE.pop(folder, None)
    else:
        _SHARED_EVIDENCE[folder] = shared


def evidence_dir(folder: Path) -> Path:
    return _SHARED_EVIDENCE.get(folder) or folder / "evidence"


def evidence_is_shared(folder: Path) -> bool:
    return folder in _SHARED_EVIDENCE
