"""How the window names the original of a redacted copy (viewer caption, strip tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecomplaint.domain.exhibits import Origin


def origin_text(origin: Origin | None) -> str:
    """Says e.g. "Redacted copy of E2 (original fingerprint 1a2b…)"; "" for an original."""
    if origin is None:
        return ""
    if not origin.number:
        return QCoreApplication.translate(
            "Evidence", "Redacted copy of an exhibit that is in the trash"
        )
    return (
        QCoreApplication.translate("Evidence", "Redacted copy of E%1 (original fingerprint %2…)")
        .replace("%1", str(origin.number))
        .replace("%2", origin.sha256[:12])
    )
