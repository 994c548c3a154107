"""Names of the stored vocabularies (domain.enums) in the window: the same words as the CLI and
the dossier, from the one catalogue (ecomplaint.vocabulary), in the window's language.
Only the entry direction, which only the log form shows, is a widget string (Qt .ts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecomplaint.vocabulary import word


def platform_label(value: str) -> str:
    return word("platform", value)


def status_label(value: str) -> str:
    return word("status", value)


def role_label(value: str) -> str:
    return word("role", value)


def kind_label(value: str) -> str:
    return word("kind", value)


def channel_label(value: str) -> str:
    return word("channel", value)


def promise_what_label(value: str) -> str:
    return word("what", value)


def promise_status_label(value: str) -> str:
    return word("pstatus", value)


def direction_label(value: str) -> str:
    names = {
        "in": QCoreApplication.translate("Labels", "They contacted me"),
        "out": QCoreApplication.translate("Labels", "I contacted them"),
        "none": QCoreApplication.translate("Labels", "No direction"),
    }
    return names.get(value, value)
