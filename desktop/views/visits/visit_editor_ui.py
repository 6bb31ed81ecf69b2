"""The widgets of the visit editor, laid out: the visit form, work per
ticket, materials, the signature pad and the report preview (the Qt
Designer `setupUi` seam: `setup_ui` builds, `VisitEditor` behaves).

Strings keep the "VisitEditor" translation context."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from desktop.services.common.durations import DurationError, parse_duration
from desktop.services.queries.lookup import LookupFailed, parse_datetime
from desktop.services.records.clients import ValidationError
from desktop.services.records.timer import Choice
from desktop.views.formatting import format_datetime, format_time
from desktop.views.theme import icon
from desktop.views.time.fields import ErrorForm, fill_combo
from desktop.views.visits.signature_pad import SignaturePad

EDITOR_STYLE = """
QFrame#visitSection { background: #FFFFFF; border: 1px solid #D8DEE6; border-radius: 8px; }
QLabel#hint { color: #5B6878; }
QLabel#signedNote { color: #1E6B3A; font-weight: 600; }
QPdfView { background: #E9EDF2; border: 1px solid #D8DEE6; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


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


def parse_work_times(start: str, duration: str) -> tuple[dt.datetime, int]:
    """A work line's start and duration in minutes; errors by field."""
    errors: dict[str, str] = {}
    started, minutes = None, 0
    try:
        started = parse_datetime(start)
    except LookupFailed as exc:
        errors["start"] = str(exc)
    try:
        minutes = parse_duration(duration)
    except DurationError as exc:
        errors["duration"] = str(exc)
    if errors or started is None:
        raise ValidationError(errors)
    return started, minutes


def start_text(started: dt.datetime, arrived: dt.datetime) -> str:
    """The time alone on the day of the visit; date and time otherwise."""
    if started.date() == arrived.date():
        return format_time(started)
    return format_datetime(started)


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
    table.setWordWrap(False)  # one line per row; long tickets elide
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setMinimumHeight(96)
    table.setMaximumHeight(170)
    return table


def remove_button(editor, table: QTableWidget, *, material: bool) -> QPushButton:
    """Remove, enabled while a line is selected; Delete in the table too."""
    button = QPushButton(_tr("Remove"))
    button.setToolTip(_tr("Take the selected line off the visit (Delete)"))
    button.setEnabled(False)
    button.clicked.connect(lambda: editor.remove_line(table, material=material))
    table.itemSelectionChanged.connect(lambda: button.setEnabled(bool(table.selectedItems())))
    shortcut = QShortcut(QKeySequence.StandardKey.Delete, table)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: editor.remove_line(table, material=material))
    return button


def fit_columns(work_table: QTableWidget, material_table: QTableWidget) -> None:
    work = work_table.horizontalHeader()
    work.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    work.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    work.resizeSection(0, 170)
    work.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    materials = material_table.horizontalHeader()
    materials.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    materials.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def append_row(table: QTableWidget, line_id: int, values: list[str]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        item.setToolTip(value)  # the columns are narrow; the whole text on hover
        item.setData(Qt.ItemDataRole.UserRole, line_id)
        table.setItem(row, column, item)


def setup_ui(
    editor,
    *,
    clients: list[Choice],
    technicians: list[Choice],
    work_types: list[Choice],
    products: list[Choice],
    technician_id: int | None,
) -> None:
    """Build the editor's widgets as attributes of `editor` and lay them out."""
    editor.setStyleSheet(EDITOR_STYLE)
    # -- where and when --
    editor.visit_form = ErrorForm()
    editor.client = QComboBox()
    fill_combo(editor.client, clients, none_text=_tr("— pick a client —"))
    editor.site = QComboBox()
    editor.technician = QComboBox()
    fill_combo(editor.technician, technicians, keep=technician_id)
    editor.arrived = QLineEdit()
    editor.arrived.setPlaceholderText("2026-11-23 09:00")
    editor.departed = QLineEdit()
    editor.departed.setPlaceholderText(_tr("e.g. 2026-11-23 11:30 or 11:30"))
    editor.travel_time = QLineEdit()
    editor.travel_time.setPlaceholderText(_tr("0:35"))
    editor.distance = QLineEdit()
    editor.distance.setPlaceholderText(_tr("km"))
    editor.summary = QPlainTextEdit()
    editor.summary.setPlaceholderText(_tr("What was done, in a sentence or two"))
    editor.summary.setTabChangesFocus(True)
    editor.summary.setFixedHeight(64)
    for combo in (editor.client, editor.site, editor.technician):
        combo.setMinimumContentsLength(24)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    travel = QWidget()
    travel_row = QHBoxLayout(travel)
    travel_row.setContentsMargins(0, 0, 0, 0)
    travel_row.setSpacing(8)
    travel_row.addWidget(editor.visit_form.wrap("travel_time", editor.travel_time), 1)
    travel_row.addWidget(QLabel(_tr("h:mm")))
    travel_row.addSpacing(16)
    travel_row.addWidget(QLabel(_tr("Distance")))
    travel_row.addWidget(editor.visit_form.wrap("distance", editor.distance), 1)
    travel_row.addWidget(QLabel(_tr("km")))
    when = QWidget()
    when_row = QHBoxLayout(when)
    when_row.setContentsMargins(0, 0, 0, 0)
    when_row.setSpacing(8)
    when_row.addWidget(editor.visit_form.wrap("arrived", editor.arrived), 1)
    when_row.addWidget(QLabel(_tr("to")))
    when_row.addWidget(editor.visit_form.wrap("departed", editor.departed), 1)
    editor.visit_form.add_field("client", _tr("Client"), editor.client)
    editor.visit_form.add_field("site", _tr("Site"), editor.site)
    editor.visit_form.add_field("technician", _tr("Technician"), editor.technician)
    editor.visit_form.addRow(_tr("Arrival – departure"), when)
    editor.visit_form.addRow(_tr("Travel"), travel)
    editor.visit_form.add_field("summary", _tr("Summary"), editor.summary)
    editor.save_button = QPushButton(icon("edit"), _tr("Save visit"))
    editor.save_button.setObjectName("saveVisitButton")
    editor.save_button.setToolTip(_tr("Save the visit (Ctrl+S)"))
    editor.save_button.clicked.connect(editor.save)
    QShortcut(QKeySequence.StandardKey.Save, editor, activated=editor.save)
    editor.banner = QLabel()
    editor.banner.setObjectName("dialogBanner")
    editor.banner.setWordWrap(True)
    editor.banner.hide()
    where, where_layout = _section(_tr("Visit"))
    where_layout.addLayout(editor.visit_form)
    save_row = QHBoxLayout()
    save_row.addStretch(1)
    save_row.addWidget(editor.save_button)
    where_layout.addLayout(save_row)

    # -- work per ticket --
    editor.work_table = _table(
        [_tr("Ticket"), _tr("Work type"), _tr("Start"), _tr("Time"), _tr("Description")]
    )
    editor.work_form = ErrorForm()
    editor.remove_work_button = remove_button(editor, editor.work_table, material=False)
    editor.work_ticket = QComboBox()
    editor.work_type = QComboBox()
    fill_combo(editor.work_type, work_types)
    for combo in (editor.work_ticket, editor.work_type):  # long names must not squeeze the row
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    editor.work_start = QLineEdit()
    editor.work_start.setPlaceholderText(_tr("start"))
    editor.work_duration = QLineEdit()
    editor.work_duration.setPlaceholderText(_tr("1:30"))
    # Start and duration are short; the description takes the rest of the row.
    editor.work_start.setMaximumWidth(140)
    editor.work_duration.setMaximumWidth(70)
    editor.work_description = QLineEdit()
    editor.work_description.setPlaceholderText(_tr("What was done"))
    editor.work_description.returnPressed.connect(editor.add_work)
    editor.add_work_button = QPushButton(icon("add"), _tr("Add work"))
    editor.add_work_button.setObjectName("addWorkButton")
    editor.add_work_button.clicked.connect(editor.add_work)
    grid = QGridLayout()
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(4)
    grid.addWidget(editor.work_form.wrap("ticket", editor.work_ticket), 0, 0, 1, 2)
    grid.addWidget(editor.work_form.wrap("work_type", editor.work_type), 0, 2, 1, 2)
    grid.addWidget(editor.work_form.wrap("start", editor.work_start), 1, 0)
    grid.addWidget(editor.work_form.wrap("duration", editor.work_duration), 1, 1)
    grid.addWidget(editor.work_form.wrap("description", editor.work_description), 1, 2)
    grid.addWidget(editor.add_work_button, 1, 3, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(editor.remove_work_button, 1, 4, Qt.AlignmentFlag.AlignTop)
    grid.setColumnStretch(2, 1)
    work, work_layout = _section(_tr("Work done"))
    work_layout.addWidget(editor.work_table)
    work_layout.addLayout(grid)

    # -- materials --
    editor.material_table = _table([_tr("Material"), _tr("Quantity"), _tr("Unit price")])
    editor.material_form = ErrorForm()
    editor.remove_material_button = remove_button(editor, editor.material_table, material=True)
    editor.product = QComboBox()
    fill_combo(editor.product, products, none_text=_tr("— pick from the catalogue —"))
    editor.product.setMinimumContentsLength(24)
    editor.quantity = QLineEdit("1")
    editor.quantity.setMaximumWidth(90)
    editor.quantity.returnPressed.connect(editor.add_material)
    editor.add_material_button = QPushButton(icon("add"), _tr("Add material"))
    editor.add_material_button.setObjectName("addMaterialButton")
    editor.add_material_button.clicked.connect(editor.add_material)
    material_row = QHBoxLayout()
    material_row.setSpacing(8)
    material_row.addWidget(editor.material_form.wrap("product", editor.product), 1)
    material_row.addWidget(editor.material_form.wrap("quantity", editor.quantity))
    material_row.addWidget(editor.add_material_button, 0, Qt.AlignmentFlag.AlignTop)
    material_row.addWidget(editor.remove_material_button, 0, Qt.AlignmentFlag.AlignTop)
    materials, materials_layout = _section(_tr("Materials"))
    materials_layout.addWidget(editor.material_table)
    materials_layout.addLayout(material_row)

    # -- signature --
    editor.sign_form = ErrorForm()
    editor.pad = SignaturePad()
    editor.clear_pad_button = QPushButton(_tr("Clear"))
    editor.clear_pad_button.clicked.connect(editor.pad.clear)
    editor.signer = QLineEdit()
    editor.signer.setObjectName("signerName")
    editor.signer.setPlaceholderText(_tr("Name in capitals"))
    editor.signed_note = QLabel()
    editor.signed_note.setObjectName("signedNote")
    editor.signed_note.hide()
    signature, signature_layout = _section(_tr("Customer signature"))
    signature_layout.addWidget(editor.sign_form.wrap("signature", editor.pad))
    pad_row = QHBoxLayout()
    pad_row.addWidget(editor.signed_note)
    pad_row.addStretch(1)
    pad_row.addWidget(editor.clear_pad_button)
    signature_layout.addLayout(pad_row)
    signature_layout.addLayout(editor.sign_form)
    editor.sign_form.add_field("signer", _tr("Signed by"), editor.signer)

    editor.needs_saving = QLabel(
        _tr("Save the visit first; then add work, materials and the signature.")
    )
    editor.needs_saving.setObjectName("hint")
    editor.needs_saving.setWordWrap(True)

    form_column = QWidget()
    column = QVBoxLayout(form_column)
    column.setContentsMargins(0, 0, 8, 0)
    column.setSpacing(12)
    column.addWidget(editor.banner)
    column.addWidget(where)
    column.addWidget(editor.needs_saving)
    column.addWidget(work)
    column.addWidget(materials)
    column.addWidget(signature)
    column.addStretch(1)
    editor.dependent_sections = [work, materials, signature]
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(form_column)
    scroll.setMinimumWidth(520)

    # -- report preview --
    editor.report_button = QPushButton(icon("report"), _tr("Sign and produce report"))
    editor.report_button.setObjectName("reportButton")
    editor.report_button.setDefault(False)
    editor.report_button.clicked.connect(editor.produce_report)
    editor.save_pdf_button = QPushButton(_tr("Save PDF…"))
    editor.save_pdf_button.setEnabled(False)
    editor.save_pdf_button.clicked.connect(editor.save_pdf)
    editor.pdf_document = QPdfDocument(editor)
    editor.pdf_view = QPdfView()
    editor.pdf_view.setDocument(editor.pdf_document)
    editor.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
    editor.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    editor.preview_hint = QLabel(
        _tr(
            "The visit report appears here. Add the work, let the "
            "customer sign, then produce the report."
        )
    )
    editor.preview_hint.setObjectName("emptyState")
    editor.preview_hint.setWordWrap(True)
    editor.preview_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    editor.preview_stack = QStackedWidget()
    editor.preview_stack.addWidget(editor.preview_hint)
    editor.preview_stack.addWidget(editor.pdf_view)
    preview = QWidget()
    preview_layout = QVBoxLayout(preview)
    preview_layout.setContentsMargins(8, 0, 0, 0)
    preview_layout.setSpacing(8)
    buttons = QHBoxLayout()
    title = QLabel(_tr("Report preview"))
    title.setObjectName("sectionTitle")
    buttons.addWidget(title)
    buttons.addStretch(1)
    buttons.addWidget(editor.save_pdf_button)
    buttons.addWidget(editor.report_button)
    preview_layout.addLayout(buttons)
    preview_layout.addWidget(editor.preview_stack, 1)

    editor.back_button = QPushButton(_tr("‹ All visits"))
    editor.back_button.setObjectName("backButton")
    editor.back_button.clicked.connect(editor.closed)
    editor.title = QLabel()
    editor.title.setObjectName("pageTitle")
    header = QHBoxLayout()
    header.addWidget(editor.back_button)
    header.addSpacing(8)
    header.addWidget(editor.title)
    header.addStretch(1)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(scroll)
    splitter.addWidget(preview)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    layout = QVBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    layout.addLayout(header)
    layout.addWidget(splitter, 1)
