"""Every remembered setting declared once, with its type and default (Picard's options.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ecomplaint import settings as install_settings

# key -> (type, default)
DECLARED: dict[str, tuple[type, Any]] = {
    "window/geometry": (QByteArray, QByteArray()),
    "window/state": (QByteArray, QByteArray()),
    "window/main_splitter": (QByteArray, QByteArray()),
    "window/case_splitter": (QByteArray, QByteArray()),
    "workspace/last_case": (int, 0),
    "ui/language": (str, "system"),  # "system", "zh" or "en"
    # the jurisdiction last chosen for a new case ("" = follow the locale)
    "new_case/ladder": (str, ""),
    "new_case/tz": (str, ""),
    "new_case/calendar": (str, ""),
    "new_case/currency": (str, ""),
}


class Settings:
    """Typed access to QSettings; tests hand in a QSettings on an ini file in a temp folder."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            # Beside the per-install settings.json: one folder, which $ECOMPLAINT_CONFIG_DIR
            # moves for tests and portable installs.
            path = install_settings.config_dir() / "window.ini"
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.q = qsettings

    def get(self, key: str) -> Any:
        kind, default = DECLARED[key]
        value: Any = self.q.value(key, default)
        if value is None:
            return default
        if kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(bytes(value))
        return kind(value)

    def set(self, key: str, value: Any) -> None:
        if key not in DECLARED:
            raise KeyError(key)
        self.q.setValue(key, value)

    def sync(self) -> None:
        self.q.sync()
