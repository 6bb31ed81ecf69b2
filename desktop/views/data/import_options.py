"""The 'Options' box of the import dialog: what to do with names TechLedger
does not know, the default work type, how to read 03/02/2026, and whether
to skip bad rows."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget


class ImportOptionsBox(QGroupBox):
    """The choices an import takes besides its file and columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Options"))
        self.create_clients = QCheckBox(self.tr("Create missing clients"))
        self.create_clients.setToolTip(
            self.tr(
                "Clients are matched by name, ignoring case. A name TechLedger does not "
                "know is created as a new client with the company's country and currency "
                "when this is ticked; otherwise its rows are rejected."
            )
        )
        self.create_staff = QCheckBox(self.tr("Create missing technicians and work types"))
        self.create_staff.setObjectName("createStaff")
        self.create_staff.setToolTip(
            self.tr(
                "Users and activities TechLedger does not know are added as technicians "
                "and work types when this is ticked; otherwise their rows are rejected."
            )
        )
        self.work_type = QComboBox()
        self.date_order = QComboBox()
        for key, label in (
            ("auto", self.tr("Decide from the file")),
            ("dmy", self.tr("Day first (31/03/2026)")),
            ("mdy", self.tr("Month first (03/31/2026)")),
        ):
            self.date_order.addItem(label, key)
        self.skip_bad = QCheckBox(self.tr("Skip bad rows"))
        self.skip_bad.setToolTip(
            self.tr(
                "Ticked, the good rows are imported and the rejected ones left out. "
                "Unticked, nothing is imported while any row is rejected."
            )
        )
        # Two short lines; the tooltips say the rest. Not word-wrapped: a
        # wrapped label's height-for-width squeezes the whole box in Qt layouts.
        hint = QLabel(
            self.tr(
                "Rows naming what TechLedger lacks are rejected, unless ticked above;\n"
                "the dry run lists every name that would be created."
            )
        )
        hint.setObjectName("hint")
        options = QFormLayout(self)
        options.setVerticalSpacing(6)
        options.addRow(self.create_clients)
        options.addRow(self.create_staff)
        options.addRow(self.skip_bad)
        options.addRow(self.tr("Work type when none is given:"), self.work_type)
        options.addRow(self.tr("Dates like 03/02/2026:"), self.date_order)
        options.addRow(hint)
        self._time_only = [self.create_staff, self.work_type, self.date_order]

    def set_work_types(self, choices: list[tuple[str, str]]) -> None:
        """(code, name) of the active work types; the first is the default."""
        self.work_type.clear()
        for code, name in choices:
            self.work_type.addItem(f"{name} ({code})", code)
        if not choices:
            self.work_type.addItem(self.tr("(no work types yet)"), "")

    def set_time_only_enabled(self, enabled: bool) -> None:
        for widget in self._time_only:
            widget.setEnabled(enabled)
