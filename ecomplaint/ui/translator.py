"""Loading the window's translations (.qm built from resources/translations/*.ts).

Installing a translator sends every widget a LanguageChange event; the window retranslates
itself live. The Qt-free core follows through ecomplaint.i18n.set_language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ecomplaint.i18n import Lang, detect_language, set_language
from ecomplaint.resources_path import resource_path

QM_NAMES: dict[Lang, str] = {"zh": "ecomplaint_zh_CN.qm", "en": "ecomplaint_en.qm"}


def resolve_language(setting: str) -> Lang:
    """The settings value ("system", "zh", "en") as a language."""
    if setting == "zh":
        return "zh"
    if setting == "en":
        return "en"
    return detect_language()


def qm_path(lang: Lang) -> Path:
    return Path(str(resource_path("translations", QM_NAMES[lang])))


class Translations:
    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language: Lang | None = None

    def apply(self, lang: Lang) -> bool:
        """Switch the application to `lang`; False if its .qm file could not be loaded."""
        app = QCoreApplication.instance()
        assert app is not None
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        ok = True
        ours = QTranslator(app)
        if ours.load(str(qm_path(lang))):
            app.installTranslator(ours)
            self._installed.append(ours)
        else:
            ok = False
        if lang == "zh":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qtbase = QTranslator(app)
            if qtbase.load("qtbase_zh_CN", qt_dir):  # standard buttons and context menus
                app.installTranslator(qtbase)
                self._installed.append(qtbase)
        set_language(lang)
        self.language = lang
        return ok
