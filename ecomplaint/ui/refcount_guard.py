"""A guard against a PySide6 6.12.0 reference-counting bug on CPython 3.11.

PySide6 6.12.0 hands `None` back from every void Qt call (and `True` from some, such as a
Python-side `emit`) without taking a new reference, as if those singletons were immortal. They
are immortal only from CPython 3.12 on; on 3.11 each call drops None's count by one, and after
some thousands of calls the interpreter aborts with "none_dealloc: deallocating None". Measured
here: 1,000 calls to QWidget.setEnabled() cost None 1,000 references.

Until PySide6 is fixed or the project moves to Python 3.12+, we give the singletons a reference
count no session can exhaust (what 3.12 does for them anyway). This touches only None, True,
False, Ellipsis and NotImplemented, which CPython never frees.
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
    for obj in (None, True, False, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11
        count = ctypes.c_ssize_t.from_address(id(obj))
        count.value += _HEADROOM
    _done = True
    return True
