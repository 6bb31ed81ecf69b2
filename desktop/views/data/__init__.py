"""Data → Import…, Export… and Export client help site…: moving records in
and out of TechLedger."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from .export_dialog import ExportDialog
from .help_site import export_help_site
from .import_dialog import ImportDialog


def install_data_menu(window: QMainWindow) -> dict[str, QAction]:
    """Add Import… and Export… to `window.menus["data"]`; the dialogs work on
    `window.db`. Returns the actions (kept on the window as `data_actions`)."""
    menu = window.menus["data"]
    if not menu.isEmpty():
        menu.addSeparator()
    import_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Import…"))
    import_action.setObjectName("importAction")
    export_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Export…"))
    export_action.setObjectName("exportAction")
    site_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "Export client &help site…")
    )
    site_action.setObjectName("helpSiteAction")

    def open_dialog(factory) -> None:
        dialog = factory(window.db.sessions, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.data_dialog = dialog
        dialog.open()

    import_action.triggered.connect(lambda _checked=False: open_dialog(ImportDialog))
    export_action.triggered.connect(lambda _checked=False: open_dialog(ExportDialog))
    site_action.triggered.connect(lambda _checked=False: export_help_site(window))
    actions = {"import": import_action, "export": export_action, "help_site": site_action}
    window.data_actions = actions
    return actions


__all__ = ["ExportDialog", "ImportDialog", "install_data_menu"]
