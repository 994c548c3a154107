"""The About box: every runtime dependency with its licence, the bundled fonts' licences."""

from __future__ import annotations

import re
from email.message import Message

from tests.test_packaging_metadata import normalise, pyproject


def meta(**fields: str | list[str]) -> Message:
    message = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return message


def test_licence_name_prefers_the_spdx_expression() -> None:
    from ecomplaint.ui.dialogs.about import licence_of

    assert licence_of(meta(License_Expression="MIT", License="whatever")) == "MIT"
    assert licence_of(meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    long_text = "BSD license (see license.txt for details), Copyright (c) 2000-2025, ReportLab Inc."
    classifiers = ["Programming Language :: Python", "License :: OSI Approved :: BSD License"]
    assert licence_of(meta(License=long_text, Classifier=classifiers)) == "BSD License"
    assert licence_of(meta()) == "?"


def test_about_lists_every_runtime_dependency_with_its_licence() -> None:
    from ecomplaint.ui.dialogs.about import runtime_libraries

    listed = {normalise(lib.name): lib for lib in runtime_libraries()}
    for requirement in pyproject()["dependencies"]:
        name = normalise(re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0])
        assert name in listed, f"{name} missing from the About box"
        assert listed[name].licence not in ("", "?"), f"{name} has no licence"
        assert listed[name].version not in ("", "?")
    assert {"python", "qt"} <= set(listed)


def test_about_shows_each_bundled_font_licence() -> None:
    from ecomplaint.ui.dialogs.about import font_licences

    fonts = {f.font: f.text for f in font_licences()}
    assert set(fonts) == {"DejaVu", "DroidSansFallback"}
    assert "Apache" in fonts["DroidSansFallback"]
    assert "Bitstream" in fonts["DejaVu"]


def test_about_dialog_shows_version_libraries_and_fonts(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser

    from ecomplaint.ui.dialogs.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == f"Version {pyproject()['version']}"
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Libraries", "Font: DejaVu", "Font: DroidSansFallback"]
    libraries = dialog.tabs.widget(0)
    assert isinstance(libraries, QTextBrowser)
    text = libraries.toPlainText()
    assert "reportlab" in text and "LGPL-3.0" in text
    droid = dialog.tabs.widget(2)
    assert isinstance(droid, QPlainTextEdit)
    assert "Apache License, Version 2.0" in droid.toPlainText()
