"""No database access from window code on the UI thread (HOUSE.md habit 3), checked.

`install()` hooks every SQLAlchemy session as it begins: when that happens on the Qt main
thread and window code (ecomplaint.ui) is on the stack, the read should have gone through
ui.ops. By default the offence is logged once per place; `strict=True` (the test suite, or the
`ECOMPLAINT_DEBUG_UI_THREAD=1` environment setting) raises instead, so the mistake cannot
land. Core code called from a test or the CLI on the main thread is not window code: allowed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

_state: dict[str, Any] = {"ui_thread": None, "strict": False, "seen": set(), "allowed": 0}


class UiThreadDatabaseAccess(AssertionError):
    """Window code opened a database session on the UI thread."""


def _ui_frame() -> str | None:
    """The innermost ecomplaint.ui frame on the stack (other than this module), if any."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name.startswith("ecomplaint.ui.") and name != __name__:
            return f"{name}:{frame.f_lineno} ({frame.f_code.co_name})"
        frame = frame.f_back  # type: ignore[assignment]
    return None


def _on_begin(_session: Any, _transaction: Any, _connection: Any) -> None:
    if threading.get_ident() != _state["ui_thread"] or _state["allowed"]:
        return
    where = _ui_frame()
    if where is None:
        return
    if _state["strict"]:
        raise UiThreadDatabaseAccess(f"database read on the UI thread from {where}; use ui.ops")
    if where not in _state["seen"]:
        _state["seen"].add(where)
        log.warning("database access on the UI thread from %s", where)


@contextlib.contextmanager
def allowed() -> Iterator[None]:
    """Opening the store at start-up, before any window exists (only the startup frame shows,
    and there is no runner yet to hand the work to)."""
    _state["allowed"] += 1
    try:
        yield
    finally:
        _state["allowed"] -= 1


def install(*, strict: bool | None = None) -> None:
    """Call once from the UI thread (the app, or a test fixture) before any window exists."""
    _state["ui_thread"] = threading.get_ident()
    if strict is None:
        strict = os.environ.get("ECOMPLAINT_DEBUG_UI_THREAD", "") not in ("", "0")
    _state["strict"] = strict
    if not event.contains(Session, "after_begin", _on_begin):
        event.listen(Session, "after_begin", _on_begin)


def uninstall() -> None:
    if event.contains(Session, "after_begin", _on_begin):
        event.remove(Session, "after_begin", _on_begin)
    _state["ui_thread"] = None
    _state["strict"] = False
