"""One invoice in the workspace: its lines, the PDF exactly as it will
print (QtPdf), and what can be done with it now — edit and issue a draft;
save, e-mail, credit or record a payment on an issued invoice."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.services import draft_editing, invoice_mail
from desktop.services.invoices import InvoiceError, issue_invoice
from desktop.services.money import AmountError, parse_amount, plain_amount
from desktop.services.unbilled import InvoiceView, invoice_view
from desktop.views.formatting import code_labels, format_date, format_money
from desktop.views.history_dialog import show_history
from desktop.views.list_page import PAGE_MARGIN
from desktop.views.operations import BackgroundTask, run_in_background
from desktop.views.record_dialog import service_message
from desktop.views.theme import STYLE_SHEET

from .common import (
    EXTRA_STYLE,
    STATUS_CHIPS,
    QuantityError,
    date_edit,
    date_of,
    parse_quantity,
    plain_quantity,
    quick_action,
    tr,
)
from .dialogs import CreditNoteDialog, PaymentDialog, SendInvoiceDialog, open_dialog
from .table_models import LinesTableModel


def status_chip(label: QLabel, status: str) -> None:
    fg, bg = STATUS_CHIPS.get(status, ("#4F5B69", "#EEF1F4"))
    label.setText(code_labels().get(status, status))
    label.setStyleSheet(f"color: {fg}; background: {bg};")


def _field(widget: QWidget) -> tuple[QWidget, QLabel]:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.hide()
    column.addWidget(error)
    return holder, error


class LineForm(QFrame):
    """Edit the selected line, or type a new line or discount, in place.
    Errors show under the field concerned; what was typed stays."""

    MODES = ("edit", "add", "discount")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsPanel")
        self.mode = "edit"
        self.line_id: int | None = None
        self.currency = ""
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.description_edit = QLineEdit()
        self.quantity_edit = QLineEdit()
        self.unit_edit = QLineEdit()
        self.price_edit = QLineEdit()
        self.errors: dict[str, QLabel] = {}
        self.widgets = {
            "description": self.description_edit,
            "quantity": self.quantity_edit,
            "unit": self.unit_edit,
            "price": self.price_edit,
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.heading, 0, 0, 1, 4)
        self.captions: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate(
            (
                ("description", tr("Description")),
                ("quantity", tr("Quantity")),
                ("unit", tr("Unit")),
                ("price", tr("Unit price")),
            )
        ):
            label = QLabel(caption)
            label.setObjectName("factName")
            label.setBuddy(self.widgets[key])
            self.captions[key] = label
            holder, error = _field(self.widgets[key])
            if key != "description":
                holder.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * 14)
            self.errors[key] = error
            grid.addWidget(label, 1, column)
            grid.addWidget(holder, 2, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.apply_button = QPushButton(tr("Save line"))
        self.apply_button.setToolTip(tr("Save the line (Enter)"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Forget the changes (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        grid.addLayout(buttons, 3, 0, 1, 4)
        for edit in self.widgets.values():
            edit.returnPressed.connect(self.apply_button.click)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_button.click()
            return
        super().keyPressEvent(event)

    def start(self, mode: str, line=None, currency: str = "") -> None:
        """Fill the form for `mode`: "edit" `line`, or a new "add"/"discount"."""
        self.mode = mode
        self.currency = currency or self.currency
        self.clear_errors()
        self.line_id = line.id if line is not None else None
        if mode == "edit" and line is not None:
            self.heading.setText(tr("Line %1").replace("%1", str(line.position)))
            self.description_edit.setText(line.description)
            self.quantity_edit.setText(plain_quantity(line.quantity_milli))
            self.unit_edit.setText(line.unit)
            self.price_edit.setText(plain_amount(line.unit_price_minor, self.currency))
            self.apply_button.setText(tr("Save line"))
            self.description_edit.setCursorPosition(0)
        else:
            discount = mode == "discount"
            self.heading.setText(tr("New discount") if discount else tr("New line"))
            self.description_edit.setText(tr("Discount") if discount else "")
            self.quantity_edit.setText("1")
            self.unit_edit.setText(tr("pc"))
            self.price_edit.clear()
            self.price_edit.setPlaceholderText(tr("amount off") if discount else "")
            self.apply_button.setText(tr("Add discount") if discount else tr("Add line"))
        # A line's unit was set when it was billed; only new lines choose one.
        self.unit_edit.setReadOnly(mode == "edit")
        self.setEnabled(mode != "edit" or line is not None)

    def clear_errors(self) -> None:
        self.problem.hide()
        for key, label in self.errors.items():
            label.hide()
            widget = self.widgets[key]
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def show_error(self, key: str | None, message: str) -> None:
        if key is None:
            self.problem.setText(message)
            self.problem.show()
            return
        self.errors[key].setText(message)
        self.errors[key].show()
        widget = self.widgets[key]
        widget.setProperty("invalid", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setFocus()

    def values(self) -> tuple[str, int, str, int] | None:
        """Description, quantity (thousandths), unit, price (minor units), or
        None after showing what is wrong."""
        self.clear_errors()
        description = self.description_edit.text().strip()
        errors: list[tuple[str, str]] = []
        if not description:
            errors.append(("description", tr("A line needs a description.")))
        quantity = price = 0
        try:
            quantity = parse_quantity(self.quantity_edit.text())
        except QuantityError as exc:
            errors.append(("quantity", str(exc)))
        unit = self.unit_edit.text().strip()
        if not unit:
            errors.append(("unit", tr("Give a unit, e.g. h or pc.")))
        try:
            price = parse_amount(self.price_edit.text(), self.currency, allow_negative=True)
        except AmountError as exc:
            errors.append(("price", service_message(str(exc))))
        for key, message in reversed(errors):
            self.show_error(key, message)
        return None if errors else (description, quantity, unit, price)


class InvoiceEditor(QWidget):
    """The invoice `load()`ed last. `changed` tells the page to re-read its
    lists; `backRequested` to show them again; `deleteRequested` that the
    user deleted the draft (the page offers Undo before it is final)."""

    changed = Signal(int)
    backRequested = Signal()
    deleteRequested = Signal(int)
    previewReady = Signal()
    notice = Signal(str)

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.setStyleSheet(EXTRA_STYLE)
        self.invoice: InvoiceView | None = None
        self.pdf: bytes | None = None
        self.open_dialog: QDialog | None = None
        self._render_task: BackgroundTask | None = None
        self._renders: list[BackgroundTask] = []
        self._generation = 0
        self._buffer: QBuffer | None = None

        # -- header ---------------------------------------------------------
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.number_label = QLabel()
        self.number_label.setObjectName("invoiceNumber")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.setStyleSheet("color: #5B6878; font-size: 11pt; font-weight: 600;")
        self.chip = QLabel()
        self.chip.setObjectName("statusChip")
        self.total_label = QLabel()
        self.total_label.setObjectName("bigNumber")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.subtotal_label = QLabel()
        self.subtotal_label.setObjectName("hint")
        self.subtotal_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        first = QHBoxLayout()
        first.setSpacing(10)
        first.addWidget(self.number_label)
        first.addWidget(self.chip)
        first.addStretch(1)
        heading.addLayout(first)
        heading.addWidget(self.title_label)
        totals = QVBoxLayout()
        totals.setSpacing(2)
        totals.addWidget(self.total_label)
        totals.addWidget(self.subtotal_label)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addLayout(totals)

        # -- actions --------------------------------------------------------
        self.actions = {}
        self.buttons = {}
        bar = QHBoxLayout()
        bar.setSpacing(2)
        for key, text, shortcut, icon_name, slot in (
            ("back", tr("Invoices"), "Alt+Left", "back", self.backRequested.emit),
            ("issue", tr("Issue"), "Ctrl+Return", "issue", self.issue),
            ("add_line", tr("Add line"), "Ctrl+L", "add", lambda: self.start_line("add")),
            (
                "discount",
                tr("Discount"),
                "Ctrl+Shift+L",
                "discount",
                lambda: self.start_line("discount"),
            ),
            ("remove_line", tr("Remove line"), "Ctrl+Del", "remove", self.remove_line),
            ("delete", tr("Delete draft"), "Ctrl+Shift+Del", "delete", self.delete_draft),
            ("save_pdf", tr("Save PDF…"), QKeySequence.StandardKey.Save, "pdf", self.save_pdf),
            ("email", tr("E-mail…"), "Ctrl+E", "message", self.email),
            ("payment", tr("Payment…"), "Ctrl+P", "payment", self.record_payment),
            ("credit", tr("Credit note…"), "Ctrl+Shift+C", "credit", self.credit_note),
            ("history", tr("History…"), "Ctrl+H", "history", self.show_history),
        ):
            action, button = quick_action(self, text, shortcut, icon_name, slot)
            self.actions[key] = action
            self.buttons[key] = button
            bar.addWidget(button)
            if key == "back":
                bar.addSpacing(12)
        bar.addStretch(1)
        self.issue_date_label = QLabel(tr("Issue date"))
        self.issue_date_label.setObjectName("factName")
        self.issue_date_edit = date_edit(dt.date.today())
        self.issue_date_label.setBuddy(self.issue_date_edit)
        bar.addWidget(self.issue_date_label)
        bar.addWidget(self.issue_date_edit)
        escape = QAction(tr("Back to the list (or forget the line being typed)"), self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self._escape)
        self.addAction(escape)

        # -- left: lines, line form, notes, facts ----------------------------
        self.lines_model = LinesTableModel(self)
        self.lines_table = QTableView()
        self.lines_table.setObjectName("linesTable")
        self.lines_table.setModel(self.lines_model)
        self.lines_table.setAlternatingRowColors(True)
        self.lines_table.setShowGrid(False)
        self.lines_table.setWordWrap(False)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.verticalHeader().hide()
        self.lines_table.verticalHeader().setDefaultSectionSize(
            self.lines_table.fontMetrics().height() + 10
        )
        lh = self.lines_table.horizontalHeader()
        lh.setHighlightSections(False)
        lh.setSectionResizeMode(LinesTableModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        char = self.lines_table.fontMetrics().horizontalAdvance("0")
        for col, chars in (
            (LinesTableModel.COL_POS, 3),
            (LinesTableModel.COL_QTY, 6),
            (LinesTableModel.COL_UNIT, 5),
            (LinesTableModel.COL_PRICE, 12),
            (LinesTableModel.COL_NET, 13),
        ):
            self.lines_table.setColumnWidth(col, chars * char + 20)
        self.lines_table.selectionModel().currentRowChanged.connect(self._line_selected)
        self.lines_table.doubleClicked.connect(
            lambda _i: self.line_form.description_edit.setFocus()
        )

        self.line_form = LineForm()
        self.line_form.apply_button.clicked.connect(self.apply_line)
        self.line_form.cancel_button.clicked.connect(self._cancel_line)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(tr("Notes printed on the invoice"))
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 3 + 16)
        self.notes_button = QPushButton(tr("Save notes"))
        self.notes_button.setEnabled(False)
        self.notes_button.clicked.connect(self.save_notes)
        self.notes_edit.textChanged.connect(
            lambda: self.notes_button.setEnabled(
                self.invoice is not None
                and self.notes_edit.toPlainText().strip() != self.invoice.notes
            )
        )
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes_edit, 1)
        notes_row.addWidget(self.notes_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.notes_holder = QWidget()
        notes_column = QVBoxLayout(self.notes_holder)
        notes_column.setContentsMargins(0, 0, 0, 0)
        notes_title = QLabel(tr("Notes"))
        notes_title.setObjectName("factName")
        notes_column.addWidget(notes_title)
        notes_column.addLayout(notes_row)

        self.facts = QFrame()
        self.facts.setObjectName("factsPanel")
        self.facts_form = QFormLayout(self.facts)
        self.facts_form.setContentsMargins(12, 10, 12, 10)
        self.facts_form.setHorizontalSpacing(16)
        self.facts_form.setVerticalSpacing(4)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.setSpacing(10)
        left_column.addWidget(self.lines_table, 1)
        left_column.addWidget(self.line_form)
        left_column.addWidget(self.notes_holder)
        left_column.addWidget(self.facts)

        # -- right: the PDF ----------------------------------------------------
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName("pdfPreview")
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.preview_state = QLabel()
        self.preview_state.setObjectName("hint")
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(4)
        right_column.addWidget(self.pdf_view, 1)
        right_column.addWidget(self.preview_state)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 460])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN - 8)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    # -- loading ----------------------------------------------------------

    def show_history(self) -> None:
        """Who changed this invoice, its lines and payments, and how (audit log)."""
        if self.invoice is not None:
            show_history(self, self.sessions, "invoices", self.invoice.id,
                         tr("History of %1").replace("%1", self.invoice.number or tr("the draft")))

    def load(self, invoice_id: int) -> None:
        with read_only(self.sessions) as session:
            self.invoice = invoice_view(session, invoice_id, dt.date.today())
        self._show()
        self.render_preview()

    def reload(self, select_line: int | None = None) -> None:
        if self.invoice is None:
            return
        self.load(self.invoice.id)
        if select_line is not None:
            row = self.lines_model.row_of(select_line)
            if row is not None:
                self.lines_table.selectRow(row)

    def _show(self) -> None:
        inv = self.invoice
        assert inv is not None
        draft = inv.is_draft
        is_credit = inv.kind == "credit_note"
        if draft:
            self.number_label.setText(tr("Draft invoice — no number until it is issued"))
        elif is_credit:
            self.number_label.setText(tr("Credit note %1").replace("%1", inv.number or ""))
        else:
            self.number_label.setText(tr("Invoice %1").replace("%1", inv.number or ""))
        self.title_label.setText(inv.client_name)
        status_chip(self.chip, inv.status)
        self.total_label.setText(format_money(inv.total_minor, inv.currency))
        self.subtotal_label.setText(
            tr("Net %1 · VAT %2")
            .replace("%1", format_money(inv.net_minor, inv.currency))
            .replace("%2", format_money(inv.tax_minor, inv.currency))
        )
        self.lines_model.set_lines(list(inv.lines), inv.currency)
        self.line_form.setVisible(draft)
        self.line_form.start("edit", None, inv.currency)
        self.notes_edit.blockSignals(True)
        self.notes_edit.setPlainText(inv.notes)
        self.notes_edit.blockSignals(False)
        self.notes_edit.setReadOnly(not draft)
        self.notes_button.setEnabled(False)
        self.notes_button.setVisible(draft)
        self.notes_holder.setVisible(draft or bool(inv.notes))
        self.issue_date_label.setVisible(draft)
        self.issue_date_edit.setVisible(draft)
        for key in ("issue", "add_line", "discount", "remove_line", "delete"):
            self.actions[key].setEnabled(draft)
            self.buttons[key].setVisible(draft)
        payable = not draft and inv.kind == "invoice"
        for key in ("email",):
            self.actions[key].setEnabled(not draft)
            self.buttons[key].setVisible(not draft)
        self.actions["payment"].setEnabled(payable and inv.status != "credited")
        self.buttons["payment"].setVisible(payable)
        self.actions["credit"].setEnabled(payable and inv.status != "credited")
        self.buttons["credit"].setVisible(payable)
        self.actions["remove_line"].setEnabled(False)
        self._fill_facts()

    def _fill_facts(self) -> None:
        inv = self.invoice
        assert inv is not None
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)

        def row(name: str, value: str, colour: str | None = None) -> None:
            label = QLabel(name)
            label.setObjectName("factName")
            text = QLabel(value)
            text.setObjectName("factValue")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if colour:
                text.setStyleSheet(f"color: {colour}; font-weight: 600;")
            self.facts_form.addRow(label, text)

        if inv.supply_from or inv.supply_to:
            row(tr("Work done"), f"{format_date(inv.supply_from)} – {format_date(inv.supply_to)}")
        if inv.is_draft:
            row(
                tr("Lines"),
                tr("%1 lines; select one to change it").replace("%1", str(len(inv.lines))),
            )
        else:
            row(tr("Issued"), format_date(inv.issue_date))
            if inv.kind == "invoice":
                row(
                    tr("Due"),
                    format_date(inv.due_date),
                    "#B3261E" if inv.status == "overdue" else None,
                )
                row(tr("Paid"), format_money(inv.paid_minor, inv.currency))
                if inv.credited_minor:
                    row(tr("Credited"), format_money(inv.credited_minor, inv.currency))
                if inv.outstanding_minor < 0:
                    row(
                        tr("Credit"),
                        tr("%1 paid too much").replace(
                            "%1", format_money(-inv.outstanding_minor, inv.currency)
                        ),
                        "#1E6B35",
                    )
                else:
                    row(
                        tr("Outstanding"),
                        format_money(inv.outstanding_minor, inv.currency),
                        "#B3261E" if inv.status == "overdue" else None,
                    )
                for payment in inv.payments:
                    row(
                        tr("Payment"),
                        f"{format_date(payment.received_on)} · "
                        f"{format_money(payment.amount_minor, inv.currency)}"
                        + (f" · {payment.reference}" if payment.reference else ""),
                    )
                if inv.credit_notes:
                    row(tr("Credit notes"), ", ".join(inv.credit_notes))
            if inv.corrects_number:
                row(tr("Corrects"), inv.corrects_number)

    # -- preview ----------------------------------------------------------

    def render_preview(self) -> None:
        """Render the PDF off the GUI thread; the newest request wins."""
        if self.invoice is None:
            return
        self._generation += 1
        generation = self._generation
        invoice_id = self.invoice.id
        sessions = self.sessions
        self.preview_state.setText(tr("Rendering the PDF…"))

        def work(_progress) -> bytes:
            with read_only(sessions) as session:
                return invoice_mail.invoice_pdf(session, invoice_id)

        def done(pdf: bytes) -> None:
            if generation == self._generation:
                self._show_pdf(pdf)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.preview_state.setText(
                    tr("The PDF could not be made: %1").replace("%1", service_message(str(exc)))
                )

        self._render_task = run_in_background(work, parent=self, on_done=done, on_error=failed)
        self._renders = [*self.tasks(), self._render_task]

    def tasks(self) -> list[BackgroundTask]:
        """Renders still running (superseded ones finish and are ignored)."""
        return [t for t in self._renders if not t.finished]

    def _show_pdf(self, pdf: bytes) -> None:
        self.pdf = pdf
        # The document reads from the buffer while it is shown: keep both.
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.close()
        self.pdf_document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = self.pdf_document.pageCount()
        self.preview_state.setText(
            tr("1 page") if pages == 1 else tr("%1 pages").replace("%1", str(pages))
        )
        self.previewReady.emit()

    def current_pdf(self) -> bytes:
        """The PDF of the invoice as it stands (rendered now if the preview
        is not up to date)."""
        assert self.invoice is not None
        if self.pdf is not None and (self._render_task is None or self._render_task.finished):
            return self.pdf
        with read_only(self.sessions) as session:
            return invoice_mail.invoice_pdf(session, self.invoice.id)

    # -- draft editing ----------------------------------------------------

    def _line_selected(self, current, _previous) -> None:
        if self.invoice is None or not self.invoice.is_draft:
            return
        line = self.lines_model.line(current.row()) if current.isValid() else None
        self.line_form.start("edit", line, self.invoice.currency)
        self.actions["remove_line"].setEnabled(line is not None)

    def selected_line(self):
        index = self.lines_table.currentIndex()
        return self.lines_model.line(index.row()) if index.isValid() else None

    def start_line(self, mode: str) -> None:
        if self.invoice is None or not self.invoice.is_draft:
            return
        self.lines_table.clearSelection()
        self.line_form.start(mode, None, self.invoice.currency)
        self.line_form.setEnabled(True)
        self.line_form.description_edit.setFocus()
        self.line_form.description_edit.selectAll()

    def _cancel_line(self) -> None:
        line = self.selected_line()
        if self.invoice is not None:
            self.line_form.start("edit", line, self.invoice.currency)

    def _escape(self) -> None:
        if self.line_form.isVisible() and self.line_form.isAncestorOf(self.focusWidget()):
            self._cancel_line()
            self.lines_table.setFocus()
        else:
            self.backRequested.emit()

    def apply_line(self) -> None:
        assert self.invoice is not None
        values = self.line_form.values()
        if values is None:
            return
        description, quantity, unit, price = values
        form = self.line_form
        try:
            with unit_of_work(self.sessions) as session:
                if form.mode == "edit" and form.line_id is not None:
                    line = draft_editing.update_line(
                        session,
                        form.line_id,
                        description=description,
                        quantity_milli=quantity,
                        unit_price_minor=price,
                    )
                else:
                    line = draft_editing.add_line(
                        session,
                        self.invoice.id,
                        description=description,
                        quantity_milli=quantity,
                        unit=unit,
                        unit_price_minor=price,
                        kind="discount" if form.mode == "discount" else "adjustment",
                    )
                line_id = line.id
        except InvoiceError as exc:
            message = service_message(str(exc))
            form.show_error(
                "description"
                if "description" in message
                else "quantity"
                if "quantity" in message
                else None,
                message,
            )
            return
        self.reload(select_line=line_id)
        self.lines_table.setFocus()
        self.changed.emit(self.invoice.id)

    def remove_line(self) -> None:
        line = self.selected_line()
        if self.invoice is None or line is None or not self.invoice.is_draft:
            return
        try:
            with unit_of_work(self.sessions) as session:
                draft_editing.remove_line(
                    session, line.id, dt.datetime.now().replace(microsecond=0)
                )
        except InvoiceError as exc:
            self.line_form.show_error(None, service_message(str(exc)))
            return
        self.reload()
        self.notice.emit(
            tr("Line %1 removed; its work is unbilled again.").replace("%1", str(line.position))
        )
        self.changed.emit(self.invoice.id)

    def save_notes(self) -> None:
        assert self.invoice is not None
        try:
            with unit_of_work(self.sessions) as session:
                draft_editing.set_notes(session, self.invoice.id, self.notes_edit.toPlainText())
        except InvoiceError as exc:
            self.line_form.show_error(None, service_message(str(exc)))
            return
        self.reload()

    def delete_draft(self) -> None:
        if self.invoice is not None and self.invoice.is_draft:
            self.deleteRequested.emit(self.invoice.id)

    def issue(self) -> None:
        if self.invoice is None or not self.invoice.is_draft:
            return
        if self.notes_button.isEnabled():
            self.save_notes()
        try:
            with unit_of_work(self.sessions) as session:
                number = issue_invoice(
                    session, self.invoice.id, date_of(self.issue_date_edit)
                ).number
        except InvoiceError as exc:
            self.line_form.show_error(None, service_message(str(exc)))
            return
        self.reload()
        self.notice.emit(tr("Issued invoice %1.").replace("%1", number or ""))
        self.changed.emit(self.invoice.id)

    # -- issued invoices ----------------------------------------------------

    def suggested_filename(self) -> str:
        assert self.invoice is not None
        name = self.invoice.number or f"draft-{self.invoice.client_name}"
        return re.sub(r"[^\w.-]+", "-", name).strip("-") + ".pdf"

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Write the PDF to `path` (asked for when None)."""
        if self.invoice is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                tr("Save the PDF"),
                str(Path.home() / self.suggested_filename()),
                tr("PDF document (*.pdf)"),
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            target.write_bytes(self.current_pdf())
        except OSError as exc:
            self.notice.emit(tr("The PDF was not saved: %1").replace("%1", str(exc)))
            return None
        self.notice.emit(tr("Saved %1.").replace("%1", str(target)))
        return target

    def _open(self, dialog: QDialog, then) -> QDialog:
        self.open_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "open_dialog", None))
        return open_dialog(dialog, then, STYLE_SHEET + EXTRA_STYLE)

    def email(self) -> QDialog | None:
        if self.invoice is None or self.invoice.is_draft:
            return None
        total = format_money(self.invoice.total_minor, self.invoice.currency)
        with read_only(self.sessions) as session:
            mail = invoice_mail.propose(session, self.invoice.id, total)
        dialog = SendInvoiceDialog(self.sessions, mail, self.current_pdf(), self)

        def sent(d: QDialog) -> None:
            self.notice.emit(
                tr("Sent %1 to %2.")
                .replace("%1", mail.number)
                .replace("%2", getattr(d, "sent_to", "") or "")
            )

        return self._open(dialog, sent)

    def record_payment(self) -> QDialog | None:
        if self.invoice is None or not self.actions["payment"].isEnabled():
            return None

        def paid(_d: QDialog) -> None:
            self.reload()
            self.changed.emit(self.invoice.id)

        return self._open(PaymentDialog(self.sessions, self.invoice, self), paid)

    def credit_note(self) -> QDialog | None:
        if self.invoice is None or not self.actions["credit"].isEnabled():
            return None

        def credited(d: QDialog) -> None:
            self.reload()
            self.changed.emit(self.invoice.id)
            with read_only(self.sessions) as session:
                note = invoice_view(session, d.credit_id, dt.date.today())
            self.notice.emit(
                tr("Issued credit note %1 (%2).")
                .replace("%1", note.number or "")
                .replace("%2", format_money(note.total_minor, note.currency))
            )

        return self._open(CreditNoteDialog(self.sessions, self.invoice, self), credited)
