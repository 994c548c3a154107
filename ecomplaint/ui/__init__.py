"""The PySide6 face of eComplaint. Nothing outside ui/ imports Qt."""
