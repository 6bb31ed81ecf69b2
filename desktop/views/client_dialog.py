"""The dialog that creates or edits a client."""

from __future__ import annotations

from dataclasses import asdict, fields

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services import clients as client_service
from desktop.services.clients import ClientInput, NotFound, VersionConflict
from desktop.services.overview import shop_profile
from desktop.views.record_dialog import RecordDialog


def set_combo_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def country_combo() -> QComboBox:
    combo = QComboBox()
    for code, name in client_service.country_choices():
        combo.addItem(f"{name} ({code})", code)
    return combo


def language_names() -> dict[str, str]:
    """Document languages by code, as their names read in the UI."""
    names = {"en": "English", "pl": "Polish", "sv": "Swedish", "el": "Greek", "eo": "Esperanto"}
    return {code: QCoreApplication.translate("ClientDialog", name) for code, name in names.items()}


class ClientDialog(RecordDialog):
    """New client when `client_id` is None, else edit that client.

    The version read when the dialog opens is the one the save expects; if
    someone saved the client in between, the save is refused and the typed
    values stay."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate(
            "ClientDialog", "New client" if client_id is None else "Edit client"
        )
        super().__init__(sessions, title, parent)
        self.client_id = client_id
        self.version: int | None = None

        self.name_edit = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.email_edit = self.add_field("email", self.tr("&Email"), QLineEdit())
        self.phone_edit = self.add_field("phone", self.tr("&Phone"), QLineEdit())
        self.street_edit = self.add_field("street", self.tr("&Street"), QLineEdit())
        self.postcode_edit = self.add_field("postcode", self.tr("Post&code"), QLineEdit())
        self.city_edit = self.add_field("city", self.tr("&City"), QLineEdit())
        self.country_combo = self.add_field("country", self.tr("Co&untry"), country_combo())
        self.vat_edit = self.add_field("vat_id", self.tr("&VAT id"), QLineEdit())
        self.currency_combo = QComboBox()
        for code, name in client_service.currency_choices():
            self.currency_combo.addItem(f"{code} — {name}", code)
        self.add_field("currency", self.tr("Cu&rrency"), self.currency_combo)
        self.language_combo = QComboBox()
        for code, name in language_names().items():
            self.language_combo.addItem(name, code)
        self.add_field("document_language", self.tr("Document &language"), self.language_combo)
        self.terms_spin = QSpinBox()
        self.terms_spin.setRange(0, 365)
        self.terms_spin.setSuffix(self.tr(" days"))
        self.add_field("payment_terms_days", self.tr("Payment &terms"), self.terms_spin)
        self.rate_edit = QLineEdit()
        self.rate_edit.setPlaceholderText(self.tr("e.g. 95.00 — empty uses the shop's rates"))
        self.add_field("default_rate", self.tr("Default hourly &rate"), self.rate_edit)
        self.raw_time_check = QCheckBox(self.tr("Show raw time next to billed time"))
        self.add_field("show_raw_time", self.tr("Invoices"), self.raw_time_check)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.add_field("notes", self.tr("N&otes"), self.notes_edit)
        for combo in (self.country_combo, self.currency_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for compact in (self.language_combo, self.terms_spin):
            compact.setMinimumWidth(160)
        self.setMinimumWidth(520)

        if client_id is None:
            self._fill_defaults()
        else:
            with read_only(sessions) as session:
                data, self.version = client_service.load_client(session, client_id)
            self.set_input(data)
        # On a conflicting save: what the dialog opened with, and what the
        # other user saved (with its version), so both can be shown.
        self.opened_input: ClientInput | None = None if client_id is None else data
        self.theirs: ClientInput | None = None
        self.their_version: int | None = None
        self.conflict_panel = ConflictPanel(self)
        self.conflict_panel.hide()
        self.conflict_panel.use_ticked.clicked.connect(self.use_ticked_values)
        self.conflict_panel.keep_mine.clicked.connect(self.keep_my_values)
        self.layout().insertWidget(1, self.conflict_panel)

    def _fill_defaults(self) -> None:
        with read_only(self.sessions) as session:
            profile = shop_profile(session)
        defaults = ClientInput()
        if profile is not None:
            defaults.country = profile.country
            defaults.currency = profile.currency
            defaults.document_language = profile.document_language
        self.set_input(defaults)

    def set_input(self, data: ClientInput) -> None:
        self.name_edit.setText(data.name)
        self.email_edit.setText(data.email)
        self.phone_edit.setText(data.phone)
        self.street_edit.setText(data.street)
        self.postcode_edit.setText(data.postcode)
        self.city_edit.setText(data.city)
        set_combo_data(self.country_combo, data.country)
        self.vat_edit.setText(data.vat_id)
        set_combo_data(self.currency_combo, data.currency)
        set_combo_data(self.language_combo, data.document_language)
        self.terms_spin.setValue(data.payment_terms_days)
        self.rate_edit.setText(data.default_rate)
        self.raw_time_check.setChecked(data.show_raw_time)
        self.notes_edit.setPlainText(data.notes)

    def current_input(self) -> ClientInput:
        """What the form holds now, as the service expects it."""
        return ClientInput(
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            street=self.street_edit.text(),
            postcode=self.postcode_edit.text(),
            city=self.city_edit.text(),
            country=self.country_combo.currentData() or "",
            vat_id=self.vat_edit.text(),
            currency=self.currency_combo.currentData() or "",
            document_language=self.language_combo.currentData() or "en",
            payment_terms_days=self.terms_spin.value(),
            default_rate=self.rate_edit.text(),
            show_raw_time=self.raw_time_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self, session: Session) -> int:
        data = self.current_input()
        if self.client_id is None:
            return client_service.create_client(session, data)
        assert self.version is not None
        try:
            self.version = client_service.update_client(session, self.client_id, data, self.version)
        except VersionConflict:
            self._load_theirs()
            raise
        return self.client_id

    # -- a conflicting save: both versions side by side ----------------------

    def _load_theirs(self) -> None:
        """Read what the other user saved, in a session of its own."""
        try:
            with read_only(self.sessions) as session:
                self.theirs, self.their_version = client_service.load_client(
                    session, self.client_id
                )
        except NotFound:
            self.theirs, self.their_version = None, None

    def field_labels(self) -> dict[str, str]:
        """Form labels by field key, without their mnemonic ampersands."""
        labels = {}
        for row, key in enumerate(self._fields):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            text = widget.text() if isinstance(widget, QLabel) else key
            labels[key] = text.replace("&", "")
        return labels

    def conflict_text(self) -> str:
        if self.theirs is None:
            return self.tr(
                "Someone else changed this client after you opened it, so your changes were "
                "not saved. They are still here: copy what you need, then Cancel and open the "
                "client again to see the other changes."
            )
        self.conflict_panel.show_versions(
            self.field_labels(), self.current_input(), self.theirs, self.opened_input
        )
        return self.tr(
            "Someone else changed this client after you opened it, so your changes were "
            "not saved yet. Both versions are shown below: tick the values to take from "
            "theirs, or keep all of yours, then press OK to save."
        )

    def use_ticked_values(self) -> None:
        """Fill the form with the ticked values of the other version (the
        rest stays as typed) and save over their version on the next OK."""
        if self.theirs is None:
            return
        merged = self.conflict_panel.merged(self.current_input(), self.theirs)
        self.set_input(merged)
        self._adopt_their_version()

    def keep_my_values(self) -> None:
        """Keep everything as typed; the next OK saves it over their version."""
        self._adopt_their_version()

    def _adopt_their_version(self) -> None:
        self.version = self.their_version
        self.opened_input = self.theirs
        self.theirs = None
        self.conflict_panel.hide()
        self.show_banner(self.tr("Press OK to save the values now in the form."))


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ClientDialog", "yes")
            if value
            else QCoreApplication.translate("ClientDialog", "no")
        )
    text = str(value)
    return text if text else "—"


class ConflictPanel(QGroupBox):
    """Your values next to the values the other user saved, one row per
    field that differs; tick a row to take their value."""

    COL_FIELD, COL_MINE, COL_THEIRS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setTitle(self.tr("Two versions of this client"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your value"), self.tr("Their saved value (tick to take)")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.use_ticked = QPushButton(self.tr("Use the ticked values"))
        self.keep_mine = QPushButton(self.tr("Keep all my values"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_ticked)
        buttons.addWidget(self.keep_mine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.keys: list[str] = []

    def show_versions(
        self,
        labels: dict[str, str],
        mine: ClientInput,
        theirs: ClientInput,
        opened: ClientInput | None,
    ) -> None:
        """List the differing fields. A field only they changed (yours is
        still what the dialog opened with) starts ticked; the rest unticked."""
        mine_values, their_values = asdict(mine), asdict(theirs)
        opened_values = asdict(opened) if opened is not None else {}
        self.keys = [
            f.name for f in fields(ClientInput) if mine_values[f.name] != their_values[f.name]
        ]
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            self.table.setItem(row, self.COL_FIELD, QTableWidgetItem(labels.get(key, key)))
            self.table.setItem(row, self.COL_MINE, QTableWidgetItem(_shown(mine_values[key])))
            theirs_item = QTableWidgetItem(_shown(their_values[key]))
            theirs_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            only_they_changed = opened_values.get(key, object()) == mine_values[key]
            theirs_item.setCheckState(
                Qt.CheckState.Checked if only_they_changed else Qt.CheckState.Unchecked
            )
            self.table.setItem(row, self.COL_THEIRS, theirs_item)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(len(self.keys)))
            + 6
        )
        self.show()

    def ticked(self) -> list[str]:
        """The fields whose value is taken from the other version."""
        return [
            key
            for row, key in enumerate(self.keys)
            if self.table.item(row, self.COL_THEIRS).checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, key: str, ticked: bool) -> None:
        row = self.keys.index(key)
        self.table.item(row, self.COL_THEIRS).setCheckState(
            Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        )

    def merged(self, mine: ClientInput, theirs: ClientInput) -> ClientInput:
        values = asdict(mine)
        their_values = asdict(theirs)
        for key in self.ticked():
            values[key] = their_values[key]
        return ClientInput(**values)
