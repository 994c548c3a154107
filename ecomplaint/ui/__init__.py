"""The PySide6 face of eComplaint. Nothing outside ui/ imports Qt."""

from ecomplaint.ui.refcount_guard import protect_singletons

protect_singletons()  # before any Qt call: see refcount_guard.py
