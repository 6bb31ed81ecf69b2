"""The interface language: which one the user chose (per user, in
QSettings), and installing its translators when the application starts.

English is the source language and needs no file. Qt's own translations
(qtbase_*.qm) are loaded too, so standard dialogs and buttons match."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from desktop import APP_NAME
from desktop.resources import resource_path
from desktop.views.formatting import reset_locale_cache

LANGUAGE_KEY = "ui/language"
SOURCE_LANGUAGE = "en"
# Each language named in itself, so a user can find theirs in any interface.
INTERFACE_LANGUAGES = {
    "en": "English",
    "pl": "Polski",
    "sv": "Svenska",
    "el": "Ελληνικά",
    "eo": "Esperanto",
}
TRANSLATIONS_DIR = resource_path("translations")

_installed: list[QTranslator] = []
_active = {"language": SOURCE_LANGUAGE}


def user_settings() -> QSettings:
    """The per-user INI file (the same one the main window uses)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def interface_language() -> str:
    """The chosen language code; English when none was chosen or it is unknown."""
    value = user_settings().value(LANGUAGE_KEY, SOURCE_LANGUAGE)
    return value if isinstance(value, str) and value in INTERFACE_LANGUAGES else SOURCE_LANGUAGE


def active_language() -> str:
    """The language installed at start (a new choice shows after a restart)."""
    return _active["language"]


def babel_locale() -> str:
    """The running interface language as a Babel locale name, for country
    and currency names in lists."""
    return active_language()


def set_interface_language(code: str) -> None:
    """Remember the choice; it shows from the next start (Settings offers a
    restart at once)."""
    if code not in INTERFACE_LANGUAGES:
        raise ValueError(f"unknown interface language {code!r}")
    settings = user_settings()
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def remove_translators() -> None:
    """Uninstall what install_translators() installed (tests, restarts)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    reset_locale_cache()
    _active["language"] = SOURCE_LANGUAGE


def install_translators(code: str | None = None) -> list[str]:
    """Install the translations of `code` (default: the user's choice) and
    make its locale the default for numbers and dates. Returns the files
    loaded, so the caller can log them."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translators")
    remove_translators()
    code = code or interface_language()
    QLocale.setDefault(QLocale(code))
    reset_locale_cache()  # numbers and dates in lists follow the new locale
    _active["language"] = code
    if code == SOURCE_LANGUAGE:
        return []
    loaded: list[str] = []
    candidates = (
        (f"techledger_{code}", str(TRANSLATIONS_DIR)),
        (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(f"{folder}/{name}.qm")
    return loaded
