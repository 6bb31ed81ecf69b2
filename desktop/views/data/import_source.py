"""The top of the import dialog: the file, what it holds, which program
wrote it, and its encoding; below them what was detected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.data.imports import FORMAT_NAMES


class ImportSourceForm(QWidget):
    """`file_chosen` carries the path the user picked with Browse…"""

    file_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for key, label in (
            ("time", self.tr("Time entries")),
            ("clients", self.tr("Clients")),
            ("contacts", self.tr("Contacts")),
            ("products", self.tr("Products")),
        ):
            self.kind.addItem(label, key)
        self.format = QComboBox()
        for key, label in FORMAT_NAMES.items():
            self.format.addItem(self.tr(label), key)
        self.encoding = QComboBox()
        for key, label in (
            ("auto", self.tr("Automatic (UTF-8, UTF-16, else Windows-1252)")),
            ("cp1252", self.tr("Windows-1252 (Western European)")),
            ("latin-1", self.tr("Latin-1 (ISO 8859-1)")),
            ("utf-8", self.tr("UTF-8")),
            ("utf-16", self.tr("UTF-16")),
        ):
            self.encoding.addItem(label, key)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Choose a CSV file…"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.file_info = QLabel()
        self.file_info.setObjectName("fileInfo")
        # One line, not wrapped: a wrapped label would make the dialog lay
        # out height-for-width and squeeze the options below.
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Contents:"), self.kind)
        form.addRow(self.tr("Exported by:"), self.format)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow("", self.file_info)

    def choose_file(self) -> None:
        settings = QSettings()
        folder = str(settings.value("import/folder", str(Path.home())))
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a CSV file"),
            folder,
            self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if path:
            settings.setValue("import/folder", str(Path(path).parent))
            self.file_chosen.emit(path)
