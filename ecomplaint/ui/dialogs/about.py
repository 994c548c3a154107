"""Help → About: the version (from the package metadata) and the licences of what we ship."""

from __future__ import annotations

import html
import platform
import re
from dataclasses import dataclass
from importlib.metadata import PackageMetadata, PackageNotFoundError, metadata, requires

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import ecomplaint
from ecomplaint.resources_path import resource_path

APP_LICENCE = "Apache-2.0"
# Licence fields longer than this are whole licence texts, not names (reportlab's is).
_SHORT_LICENCE = 60


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


@dataclass(frozen=True)
class FontLicence:
    font: str
    filename: str
    text: str


def _requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ (]", requirement, maxsplit=1)[0]


def _field(meta: PackageMetadata, key: str) -> str:
    values = meta.get_all(key)
    return str(values[0]).strip() if values else ""


def licence_of(meta: PackageMetadata) -> str:
    """A distribution's licence name: License-Expression, a short License, or a classifier."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= _SHORT_LICENCE:
        return field
    for classifier in meta.get_all("Classifier") or []:
        if str(classifier).startswith("License ::"):
            return str(classifier).rsplit("::", 1)[-1].strip()
    return field.split(",", 1)[0][:_SHORT_LICENCE] if field else "?"


def runtime_libraries() -> list[Library]:
    """Python, Qt and ecomplaint's runtime dependencies, as the installed metadata says."""
    libraries = [
        Library("Python", platform.python_version(), "PSF-2.0"),
        Library("Qt", qVersion(), "LGPL-3.0-only"),
    ]
    try:
        wanted = [r for r in requires("ecomplaint") or [] if "extra ==" not in r]
    except PackageNotFoundError:  # a source tree that was never installed
        wanted = []
    for requirement in wanted:
        name = _requirement_name(requirement)
        try:
            meta = metadata(name)
        except PackageNotFoundError:
            libraries.append(Library(name, "?", "?"))
            continue
        version = _field(meta, "Version") or "?"
        libraries.append(Library(_field(meta, "Name") or name, version, licence_of(meta)))
    return libraries


def font_licences() -> list[FontLicence]:
    """The bundled fonts' copyright files (resources/fonts/*COPYRIGHT*)."""
    folder = resource_path("fonts")
    found = []
    for path in sorted(folder.glob("*COPYRIGHT*")):
        font = path.name.split("-COPYRIGHT")[0]
        found.append(FontLicence(font, path.name, path.read_text(encoding="utf-8")))
    return found


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About eComplaint"))
        self.version = str(ecomplaint.__version__)

        icon = QLabel(self)
        pixmap = QPixmap(str(resource_path("icons", "ecomplaint-256.png")))
        if not pixmap.isNull():
            icon.setPixmap(
                pixmap.scaled(
                    72,
                    72,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        title = QLabel("<b style='font-size:16pt'>eComplaint</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.version_label = QLabel(self.tr("Version {version}").format(version=self.version))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(
            self.tr(
                "Keeps an honest, dated record of an e-commerce dispute, watches the other "
                "side's promises and turns the record into an evidence dossier."
            )
        )
        summary.setWordWrap(True)
        licence = QLabel(
            self.tr("eComplaint is free software under the {licence} licence.").format(
                licence=APP_LICENCE
            )
        )
        licence.setWordWrap(True)

        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.version_label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._libraries_view(), self.tr("Libraries"))
        for font in font_licences():
            text = QPlainTextEdit(font.text, self)
            text.setReadOnly(True)
            text.setAccessibleName(font.filename)
            self.tabs.addTab(text, self.tr("Font: {font}").format(font=font.font))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(summary)
        layout.addWidget(licence)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 590)

    def _libraries_view(self) -> QTextBrowser:
        rows = "".join(
            f"<tr><td>{html.escape(lib.name)}</td><td>{html.escape(lib.version)}</td>"
            f"<td>{html.escape(lib.licence)}</td></tr>"
            for lib in runtime_libraries()
        )
        header = (
            f"<tr><th align='left'>{html.escape(self.tr('Library'))}</th>"
            f"<th align='left'>{html.escape(self.tr('Version'))}</th>"
            f"<th align='left'>{html.escape(self.tr('Licence'))}</th></tr>"
        )
        view = QTextBrowser(self)
        view.setAccessibleName(self.tr("Libraries"))
        view.setHtml(f"<table cellpadding='3' width='100%'>{header}{rows}</table>")
        return view
