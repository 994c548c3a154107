"""A guard for environments that still have PySide6 6.12.0 on CPython 3.11.

PySide6 6.12.0 hands `None` back from every void Qt call (and `True` from a Python-side `emit`
of a bool signal) without taking a new reference, as if those singletons were immortal. They
are immortal only from CPython 3.12 on; on 3.11 each call drops the count by one and after some
thousands of calls the interpreter aborts ("none_dealloc: deallocating None").

Checked on CPython 3.11.7, 1,000 `QWidget.setEnabled()` calls and 1,000 `Signal(bool)` emits:
6.12.0 loses 1,000 references (and aborts); 6.11.3, 6.11.0 and 6.10.3 lose none. So
pyproject.toml pins `PySide6-Essentials<6.12` and on a fresh install this guard does nothing.
It stays only for a venv that already has 6.12.0 (it raises the singletons' counts out of
reach, which is what 3.12 does for them anyway); delete it once no such venv is in use.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_done = False


def protect_singletons() -> bool:
    """Raise the singletons' reference counts once per process; True if it was needed."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    from PySide6 import __version__ as pyside_version

    if not pyside_version.startswith("6.12."):
        return False  # the pinned versions keep their references right
    for obj in (None, True, False, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11
        count = ctypes.c_ssize_t.from_address(id(obj))
        count.value += _HEADROOM
    _done = True
    return True
