"""Load the user's language: our translations from ``resources/i18n`` and Qt's own (button texts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.paths import resources_dir

#: walkaway_<lang>.qm, compiled from resources/i18n/walkaway_<lang>.ts by pyside6-lrelease.
CATALOG = "walkaway"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install every translation found for ``locale`` (default: the system's); English needs none.

    Returns the installed translators; keep them alive as long as the application.
    """
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    candidates = [
        (CATALOG, folder or translations_dir()),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    ]
    for catalog, where in candidates:
        translator = QTranslator(app)
        # Tries walkaway_de_AT, walkaway_de, ... for each of the user's UI languages.
        if translator.load(locale, catalog, "_", str(where)) and app.installTranslator(translator):
            installed.append(translator)
    return installed
