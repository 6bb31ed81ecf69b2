"""One invoice in the workspace: its lines, the PDF exactly as it will
print (QtPdf), and what can be done with it now — edit and issue a draft;
save, e-mail, credit or record a payment on an issued invoice.

The editor is the widgets and the loading; its parts live beside it: the
line form (line_form.py), changing a draft and its conflicts
(draft_changes.py, draft_conflict.py), the PDF preview (preview.py), the
issued-invoice actions (issued_actions.py) and the facts (facts.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.billing import draft_editing
from desktop.services.billing.unbilled import InvoiceView, invoice_view
from desktop.views.formatting import code_labels, format_money
from desktop.views.history_dialog import show_history
from desktop.views.list_page import PAGE_MARGIN
from desktop.views.operations import BackgroundTask

from .common import EXTRA_STYLE, STATUS_CHIPS, date_edit, quick_action, tr
from .draft_changes import DraftChanges
from .draft_conflict import DraftConflictPanel
from .facts import fill_facts
from .issued_actions import IssuedActions
from .line_form import LineForm
from .preview import PdfPreview
from .table_models import LinesTableModel


def status_chip(label: QLabel, status: str) -> None:
    fg, bg = STATUS_CHIPS.get(status, ("#4F5B69", "#EEF1F4"))
    label.setText(code_labels().get(status, status))
    label.setStyleSheet(f"color: {fg}; background: {bg};")


class InvoiceEditor(QWidget):
    """The invoice `load()`ed last. `changed` tells the page to re-read its
    lists; `backRequested` to show them again; `deleteRequested` that the
    user deleted the draft (the page offers Undo before it is final).

    What can be done with it lives in one helper each: `changes` (a
    draft's lines, notes, issuing, conflicts), `preview` (the PDF) and
    `issued` (e-mail, payment, credit note)."""

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
        # The draft's version as shown: every change expects it, so a change
        # made after someone else saved the draft is refused (not lost).
        self.version: int | None = None
        self.changes = DraftChanges(self)
        self.preview = PdfPreview(self)
        self.issued = IssuedActions(self)
        header = self._build_header()
        bar, line_bar = self._build_actions()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_left(line_bar))
        self.splitter.addWidget(self._build_right())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN - 8)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    @property
    def open_dialog(self) -> QDialog | None:
        """The issued invoice's dialog while it is open (tests fill it in)."""
        return self.issued.dialog

    def tasks(self) -> list[BackgroundTask]:
        """The editor's background work still running (PDF renders)."""
        return self.preview.tasks()

    def _build_header(self) -> QHBoxLayout:
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
        return header

    def _build_actions(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The invoice's actions (`actions`, `buttons`) and those over the lines."""
        self.actions = {}
        self.buttons = {}
        bar = QHBoxLayout()
        bar.setSpacing(2)
        # What changes lines sits over the lines; the invoice's own actions
        # stay in the top bar, so neither row is squeezed (or elided).
        line_bar = QHBoxLayout()
        line_bar.setSpacing(2)
        line_keys = ("add_line", "discount", "remove_line")
        for key, text, shortcut, icon_name, slot in (
            ("back", tr("Invoices"), "Alt+Left", "back", self.backRequested.emit),
            ("issue", tr("Issue"), "Ctrl+Return", "issue", self.changes.issue),
            ("add_line", tr("Add line"), "Ctrl+L", "add", lambda: self.changes.start_line("add")),
            (
                "discount",
                tr("Discount"),
                "Ctrl+Shift+L",
                "discount",
                lambda: self.changes.start_line("discount"),
            ),
            ("remove_line", tr("Remove line"), "Ctrl+Del", "remove", self.changes.remove_line),
            ("delete", tr("Delete draft"), "Ctrl+Shift+Del", "delete", self.changes.delete_draft),
            (
                "save_pdf",
                tr("Save PDF…"),
                QKeySequence.StandardKey.Save,
                "pdf",
                self.preview.save_pdf,
            ),
            ("email", tr("E-mail…"), "Ctrl+E", "message", self.issued.email),
            ("payment", tr("Payment…"), "Ctrl+P", "payment", self.issued.record_payment),
            ("credit", tr("Credit note…"), "Ctrl+Shift+C", "credit", self.issued.credit_note),
            ("history", tr("History…"), "Ctrl+H", "history", self.show_history),
        ):
            action, button = quick_action(self, text, shortcut, icon_name, slot)
            self.actions[key] = action
            self.buttons[key] = button
            (line_bar if key in line_keys else bar).addWidget(button)
            if key == "back":
                bar.addSpacing(12)
            elif key == "issue":
                # The date the Issue button gives the invoice, beside it.
                self.issue_date_label = QLabel(tr("Issue date"))
                self.issue_date_label.setObjectName("factName")
                self.issue_date_edit = date_edit(dt.date.today())
                self.issue_date_label.setBuddy(self.issue_date_edit)
                bar.addWidget(self.issue_date_label)
                bar.addWidget(self.issue_date_edit)
                bar.addSpacing(12)
        self.issued.add_payment_menu()
        bar.addStretch(1)
        line_bar.addStretch(1)
        escape = QAction(tr("Back to the list (or forget the line being typed)"), self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.changes.escape)
        self.addAction(escape)
        return bar, line_bar

    def _build_left(self, line_bar: QHBoxLayout) -> QScrollArea:
        """The lines, the line form, the notes and the facts, in a column."""
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
        # The description takes the room; the numbers are as wide as they
        # are (an invoice has tens of lines, so sizing to them is cheap).
        lh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(LinesTableModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.lines_table.selectionModel().currentRowChanged.connect(self.changes.line_selected)
        self.lines_table.doubleClicked.connect(
            lambda _i: self.line_form.description_edit.setFocus()
        )

        self.line_form = LineForm()
        self.line_form.apply_button.clicked.connect(self.changes.apply_line)
        self.line_form.cancel_button.clicked.connect(self.changes.cancel_line)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(tr("Notes printed on the invoice"))
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 3 + 16)
        self.notes_button = QPushButton(tr("Save notes"))
        self.notes_button.setEnabled(False)
        self.notes_button.clicked.connect(self.changes.save_notes)
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
        self.conflict_panel = DraftConflictPanel()
        self.conflict_panel.reapply_button.clicked.connect(self.changes.reapply_change)
        self.conflict_panel.discard_button.clicked.connect(self.changes.discard_change)
        left_column.addWidget(self.conflict_panel)
        line_bar_holder = QVBoxLayout()
        line_bar_holder.setSpacing(2)
        line_bar_holder.addLayout(line_bar)
        line_bar_holder.addWidget(self.lines_table, 1)
        left_column.addLayout(line_bar_holder, 1)
        left_column.addWidget(self.line_form)
        left_column.addWidget(self.notes_holder)
        left_column.addWidget(self.facts)
        # A conflict panel on a short screen: the column scrolls rather than
        # letting its parts overlap.
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return left_scroll

    def _build_right(self) -> QWidget:
        """The PDF exactly as it will print."""
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
        return right

    # -- loading ----------------------------------------------------------

    def show_history(self) -> None:
        """Who changed this invoice, its lines and payments, and how (audit log)."""
        if self.invoice is not None:
            show_history(
                self,
                self.sessions,
                "invoices",
                self.invoice.id,
                tr("History of %1").replace("%1", self.invoice.number or tr("the draft")),
            )

    def load(self, invoice_id: int) -> None:
        if self.invoice is None or self.invoice.id != invoice_id:
            self.conflict_panel.hide()
        with read_only(self.sessions) as session:
            # The version first: a save landing between the two reads then
            # shows as a conflict, never as a silent overwrite.
            self.version = draft_editing.draft_version(session, invoice_id)
            self.invoice = invoice_view(session, invoice_id, dt.date.today())
        self._show()
        self.preview.render()

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
        # The form shows for the line selected, or a line being added; an
        # issued invoice has none.
        self.line_form.start("edit", None, inv.currency)
        self.line_form.setVisible(False)
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
        has_credit = payable and inv.client_credit_minor > 0 and inv.outstanding_minor > 0
        self.actions["apply_credit"].setEnabled(has_credit)
        reversible = any(p.reversible for p in inv.payments)
        self.actions["reverse"].setEnabled(payable and reversible)
        self.actions["credit"].setEnabled(payable and inv.status != "credited")
        self.buttons["credit"].setVisible(payable)
        self.actions["remove_line"].setEnabled(False)
        self._fill_facts()

    def _fill_facts(self) -> None:
        assert self.invoice is not None
        fill_facts(self.facts_form, self.invoice)
