"""One on-site visit in place: client and site, arrival and departure,
travel, the work done per ticket, materials from the catalogue, the
customer's signature and name, and the report preview (QtPdf).

Each button is one unit of work; the report is rendered off the GUI thread
with its own Session. Everything is local: no network is needed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.services.clients import NotFound, ValidationError
from desktop.services.lookup import LookupFailed, parse_datetime, parse_quantity
from desktop.services.timer import (
    client_choices,
    technician_choices,
    ticket_choices,
    work_type_choices,
)
from desktop.services.visits import (
    SiteChoice,
    VisitDetails,
    VisitInput,
    add_visit_material,
    add_visit_work,
    product_choices,
    remove_visit_line,
    save_visit,
    sign_visit,
    site_choices,
    visit_details,
    visit_report_pdf,
)
from desktop.views.formatting import format_datetime, format_minutes, format_money
from desktop.views.operations import run_in_background
from desktop.views.record_dialog import service_message
from desktop.views.theme import icon
from desktop.views.time.fields import ErrorForm, fill_combo, select_id
from desktop.views.time.quick_entry import parse_duration
from desktop.views.visits.signature_pad import SignaturePad

STAMP = "%Y-%m-%d %H:%M"
EDITOR_STYLE = """
QFrame#visitSection { background: #FFFFFF; border: 1px solid #D8DEE6; border-radius: 8px; }
QLabel#hint { color: #5B6878; }
QLabel#signedNote { color: #1E6B3A; font-weight: 600; }
QPdfView { background: #E9EDF2; border: 1px solid #D8DEE6; }
"""


def parse_km(text: str) -> int:
    """'12.5' km → 12500 m; empty is 0."""
    cleaned = text.strip().lower().removesuffix("km").strip().replace(",", ".")
    if not cleaned:
        return 0
    try:
        metres = Decimal(cleaned) * 1000
    except InvalidOperation:
        raise LookupFailed(f"'{text}' is not a distance; write it like 12.5.") from None
    return int(metres.to_integral_value())


def format_km(metres: int) -> str:
    return f"{Decimal(metres) / 1000:.1f}" if metres else ""


def _section(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("visitSection")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    layout.addWidget(label)
    return frame, layout


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(False)
    table.setMinimumHeight(96)
    table.setMaximumHeight(170)
    return table


class VisitEditor(QWidget):
    """Edits visit `visit_id` (None: a new one). `closed` asks the page to
    go back to the list; `saved` says the list changed."""

    closed = Signal()
    saved = Signal()
    reportReady = Signal()

    def __init__(self, sessions: sessionmaker[Session], *, technician_id: int | None,
                 clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.clock = clock
        self.visit_id: int | None = None
        self.details: VisitDetails | None = None
        self.pdf_bytes: bytes | None = None
        self.task = None
        self._sites: list[SiteChoice] = []
        self.setStyleSheet(EDITOR_STYLE)

        with read_only(sessions) as session:
            clients = client_choices(session)
            technicians = technician_choices(session)
            work_types = work_type_choices(session, on_site_first=True)
            products = product_choices(session)

        # -- where and when --
        self.visit_form = ErrorForm()
        self.client = QComboBox()
        fill_combo(self.client, clients, none_text=self.tr("— pick a client —"))
        self.site = QComboBox()
        self.technician = QComboBox()
        fill_combo(self.technician, technicians, keep=technician_id)
        self.arrived = QLineEdit()
        self.arrived.setPlaceholderText("2026-11-23 09:00")
        self.departed = QLineEdit()
        self.departed.setPlaceholderText(self.tr("e.g. 2026-11-23 11:30 or 11:30"))
        self.travel_time = QLineEdit()
        self.travel_time.setPlaceholderText(self.tr("0:35"))
        self.distance = QLineEdit()
        self.distance.setPlaceholderText(self.tr("km"))
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was done, in a sentence or two"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(64)
        for combo in (self.client, self.site, self.technician):
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        travel = QWidget()
        travel_row = QHBoxLayout(travel)
        travel_row.setContentsMargins(0, 0, 0, 0)
        travel_row.setSpacing(8)
        travel_row.addWidget(self.visit_form.wrap("travel_time", self.travel_time), 1)
        travel_row.addWidget(QLabel(self.tr("h:mm")))
        travel_row.addSpacing(16)
        travel_row.addWidget(QLabel(self.tr("Distance")))
        travel_row.addWidget(self.visit_form.wrap("distance", self.distance), 1)
        travel_row.addWidget(QLabel(self.tr("km")))
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.setSpacing(8)
        when_row.addWidget(self.visit_form.wrap("arrived", self.arrived), 1)
        when_row.addWidget(QLabel(self.tr("to")))
        when_row.addWidget(self.visit_form.wrap("departed", self.departed), 1)
        self.visit_form.add_field("client", self.tr("Client"), self.client)
        self.visit_form.add_field("site", self.tr("Site"), self.site)
        self.visit_form.add_field("technician", self.tr("Technician"), self.technician)
        self.visit_form.addRow(self.tr("Arrival – departure"), when)
        self.visit_form.addRow(self.tr("Travel"), travel)
        self.visit_form.add_field("summary", self.tr("Summary"), self.summary)
        self.save_button = QPushButton(icon("edit"), self.tr("Save visit"))
        self.save_button.setObjectName("saveVisitButton")
        self.save_button.setToolTip(self.tr("Save the visit (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.banner = QLabel()
        self.banner.setObjectName("dialogBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        where, where_layout = _section(self.tr("Visit"))
        where_layout.addLayout(self.visit_form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        where_layout.addLayout(save_row)

        # -- work per ticket --
        self.work_table = _table([self.tr("Ticket"), self.tr("Work type"), self.tr("Start"),
                                  self.tr("Time"), self.tr("Description")])
        self.work_form = ErrorForm()
        self.remove_work_button = self._remove_button(self.work_table, material=False)
        self.work_ticket = QComboBox()
        self.work_type = QComboBox()
        fill_combo(self.work_type, work_types)
        self.work_start = QLineEdit()
        self.work_start.setPlaceholderText(self.tr("start"))
        self.work_duration = QLineEdit()
        self.work_duration.setPlaceholderText(self.tr("1:30"))
        self.work_description = QLineEdit()
        self.work_description.setPlaceholderText(self.tr("What was done"))
        self.work_description.returnPressed.connect(self.add_work)
        self.add_work_button = QPushButton(icon("add"), self.tr("Add work"))
        self.add_work_button.setObjectName("addWorkButton")
        self.add_work_button.clicked.connect(self.add_work)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.work_form.wrap("ticket", self.work_ticket), 0, 0, 1, 2)
        grid.addWidget(self.work_form.wrap("work_type", self.work_type), 0, 2, 1, 2)
        grid.addWidget(self.work_form.wrap("start", self.work_start), 1, 0)
        grid.addWidget(self.work_form.wrap("duration", self.work_duration), 1, 1)
        grid.addWidget(self.work_form.wrap("description", self.work_description), 1, 2)
        grid.addWidget(self.add_work_button, 1, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.remove_work_button, 1, 4, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(2, 1)
        work, work_layout = _section(self.tr("Work done"))
        work_layout.addWidget(self.work_table)
        work_layout.addLayout(grid)

        # -- materials --
        self.material_table = _table([self.tr("Material"), self.tr("Quantity"),
                                      self.tr("Unit price")])
        self.material_form = ErrorForm()
        self.remove_material_button = self._remove_button(self.material_table, material=True)
        self.product = QComboBox()
        fill_combo(self.product, products, none_text=self.tr("— pick from the catalogue —"))
        self.product.setMinimumContentsLength(24)
        self.quantity = QLineEdit("1")
        self.quantity.setMaximumWidth(90)
        self.quantity.returnPressed.connect(self.add_material)
        self.add_material_button = QPushButton(icon("add"), self.tr("Add material"))
        self.add_material_button.setObjectName("addMaterialButton")
        self.add_material_button.clicked.connect(self.add_material)
        material_row = QHBoxLayout()
        material_row.setSpacing(8)
        material_row.addWidget(self.material_form.wrap("product", self.product), 1)
        material_row.addWidget(self.material_form.wrap("quantity", self.quantity))
        material_row.addWidget(self.add_material_button, 0, Qt.AlignmentFlag.AlignTop)
        material_row.addWidget(self.remove_material_button, 0, Qt.AlignmentFlag.AlignTop)
        materials, materials_layout = _section(self.tr("Materials"))
        materials_layout.addWidget(self.material_table)
        materials_layout.addLayout(material_row)

        # -- signature --
        self.sign_form = ErrorForm()
        self.pad = SignaturePad()
        self.clear_pad_button = QPushButton(self.tr("Clear"))
        self.clear_pad_button.clicked.connect(self.pad.clear)
        self.signer = QLineEdit()
        self.signer.setObjectName("signerName")
        self.signer.setPlaceholderText(self.tr("Name in capitals"))
        self.signed_note = QLabel()
        self.signed_note.setObjectName("signedNote")
        self.signed_note.hide()
        signature, signature_layout = _section(self.tr("Customer signature"))
        signature_layout.addWidget(self.sign_form.wrap("signature", self.pad))
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.signed_note, 1)
        pad_row.addWidget(self.clear_pad_button)
        signature_layout.addLayout(pad_row)
        signature_layout.addLayout(self.sign_form)
        self.sign_form.add_field("signer", self.tr("Signed by"), self.signer)

        self.needs_saving = QLabel(self.tr("Save the visit first; then add work, materials "
                                           "and the signature."))
        self.needs_saving.setObjectName("hint")
        self.needs_saving.setWordWrap(True)

        form_column = QWidget()
        column = QVBoxLayout(form_column)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        column.addWidget(self.banner)
        column.addWidget(where)
        column.addWidget(self.needs_saving)
        column.addWidget(work)
        column.addWidget(materials)
        column.addWidget(signature)
        column.addStretch(1)
        self._dependent = [work, materials, signature]
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_column)
        scroll.setMinimumWidth(520)

        # -- report preview --
        self.report_button = QPushButton(icon("report"), self.tr("Sign and produce report"))
        self.report_button.setObjectName("reportButton")
        self.report_button.setDefault(False)
        self.report_button.clicked.connect(self.produce_report)
        self.save_pdf_button = QPushButton(self.tr("Save PDF…"))
        self.save_pdf_button.setEnabled(False)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview_hint = QLabel(self.tr("The visit report appears here. Add the work, let the "
                                           "customer sign, then produce the report."))
        self.preview_hint.setObjectName("emptyState")
        self.preview_hint.setWordWrap(True)
        self.preview_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.preview_hint)
        self.preview_stack.addWidget(self.pdf_view)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(8, 0, 0, 0)
        preview_layout.setSpacing(8)
        buttons = QHBoxLayout()
        title = QLabel(self.tr("Report preview"))
        title.setObjectName("sectionTitle")
        buttons.addWidget(title)
        buttons.addStretch(1)
        buttons.addWidget(self.save_pdf_button)
        buttons.addWidget(self.report_button)
        preview_layout.addLayout(buttons)
        preview_layout.addWidget(self.preview_stack, 1)

        self.back_button = QPushButton(self.tr("‹ All visits"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.closed)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addWidget(self.title)
        header.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.client.currentIndexChanged.connect(self._client_changed)
        self.site.currentIndexChanged.connect(self._site_changed)
        self._fit_columns()
        self.new_visit()

    # -- loading ---------------------------------------------------------------

    def new_visit(self) -> None:
        self.visit_id = None
        self.details = None
        start = self.clock().replace(second=0, microsecond=0)
        start -= dt.timedelta(minutes=start.minute % 5)
        self.client.setCurrentIndex(0)
        self._client_changed()
        self.arrived.setText(start.strftime(STAMP))
        self.departed.clear()
        self.travel_time.clear()
        self.distance.clear()
        self.summary.clear()
        self.signer.clear()
        self.pad.clear()
        self._clear_preview()
        self._show_details()
        self.client.setFocus()

    def open_visit(self, visit_id: int) -> None:
        self.visit_id = visit_id
        self._reload()
        details = self.details
        assert details is not None
        select_id(self.client, details.client_id)
        self._client_changed()
        select_id(self.site, details.site_id)
        select_id(self.technician, details.technician_id)
        self.arrived.setText(details.arrived_at.strftime(STAMP))
        self.departed.setText(details.departed_at.strftime(STAMP) if details.departed_at else "")
        self.travel_time.setText(format_minutes(details.travel_minutes)
                                 if details.travel_minutes else "")
        self.distance.setText(format_km(details.travel_distance_m))
        self.summary.setPlainText(details.work_summary)
        self.signer.setText(details.signer_name or "")
        self.pad.clear()
        self._clear_preview()

    def _reload(self) -> None:
        if self.visit_id is None:
            self.details = None
        else:
            with read_only(self.sessions) as session:
                self.details = visit_details(session, self.visit_id)
        self._show_details()

    def _show_details(self) -> None:
        details = self.details
        saved = details is not None
        self.title.setText(self.tr("Visit %1").replace("%1", str(details.id)) if details
                           else self.tr("New visit"))
        for widget in self._dependent:
            widget.setEnabled(saved)
        self.needs_saving.setVisible(not saved)
        self.report_button.setEnabled(saved)
        self.work_table.setRowCount(0)
        self.material_table.setRowCount(0)
        if details is None:
            self.signed_note.hide()
            return
        for line in details.work:
            self._append(self.work_table, line.id, [
                line.ticket or self.tr("(no ticket)"), line.work_type,
                format_datetime(line.started_at), format_minutes(line.raw_minutes),
                line.description,
            ])
        for m in details.materials:
            quantity = Decimal(m.quantity_milli) / 1000
            self._append(self.material_table, m.id, [
                m.description, f"{quantity.normalize():f} {m.unit}",
                format_money(m.unit_price_minor, m.currency),
            ])
        self._fit_columns()
        if details.has_signature and details.signed_at:
            self.signed_note.setText(
                self.tr("Signed by %1 at %2").replace("%1", details.signer_name or "")
                .replace("%2", format_datetime(details.signed_at)))
            self.signed_note.show()
        else:
            self.signed_note.hide()
        if not self.work_start.text().strip():
            self.work_start.setText(details.arrived_at.strftime(STAMP))

    def _remove_button(self, table: QTableWidget, *, material: bool) -> QPushButton:
        button = QPushButton(self.tr("Remove"))
        button.setToolTip(self.tr("Take the selected line off the visit (Delete)"))
        button.setEnabled(False)
        button.clicked.connect(lambda: self.remove_line(table, material=material))
        table.itemSelectionChanged.connect(
            lambda: button.setEnabled(bool(table.selectedItems())))
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: self.remove_line(table, material=material))
        return button

    def _fit_columns(self) -> None:
        work = self.work_table.horizontalHeader()
        work.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        work.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        work.resizeSection(0, 190)
        work.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        materials = self.material_table.horizontalHeader()
        materials.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        materials.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _append(table: QTableWidget, line_id: int, values: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, line_id)
            table.setItem(row, column, item)

    def remove_line(self, table: QTableWidget, *, material: bool) -> None:
        """Take the selected work or material line off the visit."""
        item = table.currentItem()
        if item is None or self.visit_id is None:
            return
        line_id = item.data(Qt.ItemDataRole.UserRole)
        form = self.material_form if material else self.work_form
        visit_id = self.visit_id
        if self._run(form, lambda session: remove_visit_line(
                session, visit_id, entry_id=line_id, material=material)):
            self._reload()

    def _client_changed(self) -> None:
        client_id = self.client.currentData()
        self._sites = []
        tickets = []
        if client_id is not None:
            with read_only(self.sessions) as session:
                self._sites = site_choices(session, client_id)
                tickets = ticket_choices(session, client_id)
        self.site.blockSignals(True)
        self.site.clear()
        for site in self._sites:
            self.site.addItem(icon("site"), site.text, site.id)
        if client_id is None:
            self.site.addItem(self.tr("— pick the client first —"), None)
        elif not self._sites:
            self.site.addItem(self.tr("(this client has no sites; add one under Clients)"), None)
        self.site.blockSignals(False)
        fill_combo(self.work_ticket, tickets, none_text=self.tr("(no ticket)"))
        self._site_changed()

    def _site_changed(self) -> None:
        """A new visit takes its travel from the site's usual distance and time."""
        if self.visit_id is not None:
            return
        site = next((s for s in self._sites if s.id == self.site.currentData()), None)
        if site is None:
            return
        self.travel_time.setText(format_minutes(site.travel_minutes) if site.travel_minutes
                                 else "")
        self.distance.setText(format_km(site.distance_m))

    # -- actions -----------------------------------------------------------------

    def _visit_input(self) -> VisitInput:
        errors: dict[str, str] = {}
        arrived = departed = None
        try:
            arrived = parse_datetime(self.arrived.text())
        except LookupFailed as exc:
            errors["arrived"] = str(exc)
        if self.departed.text().strip() and arrived is not None:
            text = self.departed.text().strip()
            try:
                if len(text) <= 5:
                    departed = dt.datetime.combine(arrived.date(),
                                                   dt.time.fromisoformat(text.zfill(5)))
                else:
                    departed = parse_datetime(text)
            except (LookupFailed, ValueError):
                errors["departed"] = f"'{text}' is not a time; write it as 11:30."
        travel_minutes = distance = 0
        if self.travel_time.text().strip():
            try:
                travel_minutes = parse_duration(self.travel_time.text())
            except LookupFailed as exc:
                errors["travel_time"] = str(exc)
        try:
            distance = parse_km(self.distance.text())
        except LookupFailed as exc:
            errors["distance"] = str(exc)
        if errors:
            raise ValidationError(errors)
        assert arrived is not None
        return VisitInput(
            client_id=self.client.currentData(),
            site_id=self.site.currentData(),
            technician_id=self.technician.currentData(),
            arrived_at=arrived,
            departed_at=departed,
            travel_minutes=travel_minutes,
            travel_distance_m=distance,
            work_summary=self.summary.toPlainText(),
        )

    def _run(self, form: ErrorForm, action) -> bool:
        """Run `action(session)` in one unit of work; show errors at the fields."""
        form.clear_errors()
        self.banner.hide()
        try:
            with unit_of_work(self.sessions) as session:
                action(session)
        except ValidationError as exc:
            rest = form.show_errors(exc.errors)
            if rest:
                self._show_banner(" ".join(rest))
            return False
        except NotFound as exc:
            self._show_banner(service_message(str(exc)))
            return False
        return True

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def save(self) -> bool:
        def action(session: Session) -> None:
            visit = save_visit(session, self._visit_input(), self.visit_id)
            self.visit_id = visit.id

        if not self._run(self.visit_form, action):
            return False
        self._reload()
        self.saved.emit()
        return True

    def add_work(self) -> None:
        if self.visit_id is None:
            return

        def action(session: Session) -> None:
            errors: dict[str, str] = {}
            start = None
            minutes = 0
            try:
                start = parse_datetime(self.work_start.text())
            except LookupFailed as exc:
                errors["start"] = str(exc)
            try:
                minutes = parse_duration(self.work_duration.text())
            except LookupFailed as exc:
                errors["duration"] = str(exc)
            if errors:
                raise ValidationError(errors)
            assert start is not None
            try:
                add_visit_work(session, self.visit_id,
                               work_type_id=self.work_type.currentData(), started_at=start,
                               minutes=minutes, description=self.work_description.text(),
                               ticket_id=self.work_ticket.currentData())
            except ValidationError as exc:
                # The entry's end is typed here as its duration.
                raise ValidationError({("duration" if k == "end" else k): v
                                       for k, v in exc.errors.items()}) from None

        if self._run(self.work_form, action):
            previous_end = self._next_start()
            self.work_duration.clear()
            self.work_description.clear()
            self._reload()
            if previous_end:
                self.work_start.setText(previous_end)
            self.work_description.setFocus()

    def _next_start(self) -> str:
        try:
            start = parse_datetime(self.work_start.text())
            minutes = parse_duration(self.work_duration.text())
        except LookupFailed:
            return ""
        return (start + dt.timedelta(minutes=minutes)).strftime(STAMP)

    def add_material(self) -> None:
        if self.visit_id is None:
            return

        def action(session: Session) -> None:
            try:
                quantity = parse_quantity(self.quantity.text())
            except LookupFailed as exc:
                raise ValidationError({"quantity": str(exc)}) from None
            add_visit_material(session, self.visit_id, product_id=self.product.currentData(),
                               quantity_milli=quantity, ticket_id=None)

        if self._run(self.material_form, action):
            self.quantity.setText("1")
            self.product.setCurrentIndex(0)
            self._reload()

    def produce_report(self) -> None:
        """Save the visit, store the signature when one was drawn, then render
        the report off the GUI thread and show it."""
        if self.visit_id is None or not self.save():
            return
        already_signed = self.details is not None and self.details.has_signature
        if not self.pad.is_empty() or (self.signer.text().strip() and not already_signed):
            png = self.pad.to_png()

            def sign(session: Session) -> None:
                assert self.visit_id is not None
                sign_visit(session, self.visit_id, signature_png=png,
                           signer_name=self.signer.text(), signed_at=self.clock())

            if not self._run(self.sign_form, sign):
                return
            self._reload()
        visit_id, sessions = self.visit_id, self.sessions

        def render(_progress) -> bytes:
            with read_only(sessions) as session:
                return visit_report_pdf(session, visit_id)

        self.report_button.setEnabled(False)
        self.task = run_in_background(render, parent=self, on_done=self._show_pdf,
                                      on_error=self._report_failed)

    def _show_pdf(self, data: bytes) -> None:
        self.report_button.setEnabled(True)
        self.pdf_bytes = data
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        self.preview_stack.setCurrentWidget(self.pdf_view)
        self.save_pdf_button.setEnabled(True)
        self.reportReady.emit()

    def _report_failed(self, exc: BaseException) -> None:
        self.report_button.setEnabled(True)
        self._show_banner(self.tr("The report could not be produced: %1")
                          .replace("%1", service_message(str(exc))))

    def _clear_preview(self) -> None:
        self.pdf_bytes = None
        self.pdf_document.close()
        self.preview_stack.setCurrentWidget(self.preview_hint)
        self.save_pdf_button.setEnabled(False)

    def save_pdf(self) -> None:
        if not self.pdf_bytes or self.details is None:
            return
        name = f"visit-{self.details.id}-{self.details.arrived_at:%Y%m%d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the visit report"),
                                                    name, self.tr("PDF files (*.pdf)"))
        if path:
            with open(path, "wb") as handle:
                handle.write(self.pdf_bytes)
