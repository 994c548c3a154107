"""Widget-test helpers: settings in a temp ini file, windows whose runner is always stopped, and
the UI-thread database check switched to strict (a read on the UI thread fails the test)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ecomplaint.i18n import set_language
from ecomplaint.store.engine import Store
from ecomplaint.ui.settings import Settings
from ecomplaint.ui.translator import Translations

# Waits end as soon as their condition holds; the generous ceiling only matters on a machine
# loaded by other work, where pytest-qt's 5 s default failed tests that were right.
_WAIT_CEILING_MS = 30_000


@pytest.fixture(autouse=True)
def patient_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    from pytestqt.qtbot import QtBot

    original = QtBot.waitUntil

    def wait_until(self: QtBot, callback: Callable[[], object], *, timeout: int = 5000) -> None:
        original(self, callback, timeout=max(timeout, _WAIT_CEILING_MS))  # type: ignore[arg-type]

    monkeypatch.setattr(QtBot, "waitUntil", wait_until)


@pytest.fixture(autouse=True)
def no_database_on_the_ui_thread(qapp: object) -> Iterator[None]:
    from ecomplaint.ui import db_guard

    db_guard.install(strict=True)
    yield
    db_guard.uninstall()


@pytest.fixture
def make_ops(qapp: object) -> Iterator[Callable[[Store], object]]:
    """A runner on a store, stopped (its queue drained) at teardown."""
    from ecomplaint.ui.ops import Ops

    made: list[Ops] = []

    def make(store: Store) -> Ops:
        made.append(Ops(store))
        return made[-1]

    yield make
    for ops in made:
        ops.stop()
        assert not ops.running()


@pytest.fixture
def ini_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "ecomplaint.ini"


@pytest.fixture
def settings(ini_path: Path) -> Settings:
    # never the user's real settings
    return Settings(QSettings(str(ini_path), QSettings.Format.IniFormat))


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    tr = Translations()
    tr.apply("en")
    yield tr
    tr.apply("en")
    set_language("en")


@pytest.fixture
def make_window(
    qtbot: object, ini_path: Path, translations: Translations
) -> Iterator[Callable[[Store], object]]:
    from ecomplaint.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(store: Store) -> MainWindow:
        s = Settings(QSettings(str(ini_path), QSettings.Format.IniFormat))
        w = MainWindow(store, settings=s, translations=translations)
        qtbot.addWidget(w)  # type: ignore[attr-defined]
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.stop()
        assert not w.ops.running()


def wait_idle(qtbot: object, window: object, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: window.ops.is_idle(), timeout=timeout)  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never block a test: they are recorded here (text and informative text)."""
    from PySide6.QtWidgets import QMessageBox

    from ecomplaint.ui import ask

    seen: list[str] = []

    def fake(box: QMessageBox) -> int:
        seen.append(box.text() + "\n" + box.informativeText())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(ask, "ask", fake)
    return seen
