"""The prepaid tab of the contracts page: the office manager's overview —
every prepaid client with hours left, a used-% bar, next expiry and the
forecast run-out date, low balances highlighted; under it the selected
contract's ledger, with Top up…, Statement PDF… and History…."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.common.files import write_atomically
from desktop.services.prepaid.overview import PrepaidRow, ledger_rows, prepaid_overview
from desktop.services.printing import render
from desktop.views.client_details import small_table, tool_button
from desktop.views.contracts.dialogs import StatementDialog, TopUpDialog, date_edit, picked
from desktop.views.contracts.prepaid_table_models import LedgerTableModel, PrepaidTableModel
from desktop.views.contracts.used_bar_delegate import UsedBarDelegate
from desktop.views.formatting import format_date, format_minutes
from desktop.views.history_dialog import show_history
from desktop.views.operations import BackgroundTask, run_in_background
from desktop.views.record_dialog import service_message

FILTERS = ("active", "low", "all")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContractsPage", text)


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "TechLedger", "TechLedger"
    )


def write_statement(
    sessions: sessionmaker[Session],
    contract_id: int,
    period_from: dt.date,
    period_to: dt.date,
    path: Path,
) -> Path:
    """Render the statement and write it (runs on a worker: own Session)."""
    with read_only(sessions) as session:
        pdf = render.statement(session, contract_id, period_from, period_to).pdf
    return write_atomically(path, pdf)


class PrepaidOverview(QWidget):
    """The prepaid tab: the contracts table, then the selected one's ledger."""

    statementSaved = Signal(str)  # the path, once the PDF is on disk
    balanceChanged = Signal(int)  # contract id, after a top-up

    def __init__(
        self,
        sessions: sessionmaker[Session],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self._today = today
        self.task: BackgroundTask | None = None
        self._rows: list[PrepaidRow] = []

        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("prepaidFilter")
        for key, title in zip(
            FILTERS,
            (_tr("Active contracts"), _tr("Running low"), _tr("Including ended")),
            strict=True,
        ):
            self.filter_combo.addItem(title, key)
        self.filter_combo.currentIndexChanged.connect(self._show_rows)
        self.summary = QLabel()
        self.summary.setObjectName("prepaidSummary")
        # The day the figures are read on (today unless the user looks back
        # or ahead): hours left, the ledger and the pace agree on it.
        self.as_of_label = QLabel(_tr("As of"))
        self.as_of_edit = date_edit(self.today())
        self.as_of_edit.setObjectName("prepaidAsOf")
        self.as_of_label.setBuddy(self.as_of_edit)
        self.as_of_edit.dateChanged.connect(self.refresh)
        self.top_up_button = tool_button(_tr("Top up…"), "topup", self.top_up)
        self.statement_button = tool_button(_tr("Statement PDF…"), "statement", self.save_statement)
        self.history_button = tool_button(_tr("History…"), "history", self.show_history)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.filter_combo)
        toolbar.addWidget(self.as_of_label)
        toolbar.addWidget(self.as_of_edit)
        toolbar.addWidget(self.summary, 1)
        toolbar.addWidget(self.top_up_button)
        toolbar.addWidget(self.statement_button)
        toolbar.addWidget(self.history_button)

        self.model = PrepaidTableModel(self)
        self.table = small_table(self.model, [30, 28, 10, 18, 20, 12])
        self.table.setObjectName("prepaidTable")
        self.table.setItemDelegateForColumn(
            PrepaidTableModel.COL_USED, UsedBarDelegate(PrepaidTableModel.UsedRole, self.table)
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Names share what the figures leave, so the row fits without scrolling.
        header.setSectionResizeMode(PrepaidTableModel.COL_CLIENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PrepaidTableModel.COL_CONTRACT, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(PrepaidTableModel.COL_CLIENT, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)

        self.ledger_title = QLabel()
        self.ledger_title.setObjectName("sectionTitle")
        self.ledger_facts = QLabel()
        self.ledger_facts.setObjectName("tileNote")
        self.ledger_facts.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("tileNote")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notice.setOpenExternalLinks(True)
        self.ledger_model = LedgerTableModel(parent=self)
        self.ledger_table = small_table(self.ledger_model, [10, 10, 8, 8, 18, 12, 30])
        self.ledger_table.setObjectName("ledgerTable")
        ledger = QWidget()
        ledger_layout = QVBoxLayout(ledger)
        ledger_layout.setContentsMargins(0, 8, 0, 0)
        ledger_layout.setSpacing(6)
        ledger_layout.addWidget(self.ledger_title)
        ledger_layout.addWidget(self.ledger_facts)
        ledger_layout.addWidget(self.ledger_table, 1)
        ledger_layout.addWidget(self.notice)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table_stack)
        splitter.addWidget(ledger)
        splitter.setSizes([260, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        self.refresh()

    # -- data -------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def as_of(self) -> dt.date:
        """The day the overview and the ledger show (the "As of" field)."""
        return picked(self.as_of_edit)

    def set_as_of(self, day: dt.date) -> None:
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))

    def refresh(self, *_args: object) -> None:
        """Re-read the contracts (three queries), keeping the selection."""
        selected = self.selected_row()
        with read_only(self.sessions) as session:
            self._rows = prepaid_overview(session, self.as_of(), include_ended=True)
        self._show_rows(keep=selected.contract_id if selected else None)

    def set_filter(self, key: str) -> None:
        """'active', 'low' or 'all' (the dashboard opens 'low')."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(key))

    def _show_rows(self, *_args: object, keep: int | None = None) -> None:
        key = self.filter_combo.currentData()
        active = [row for row in self._rows if row.status == "active"]
        shown = {"active": active, "low": [r for r in active if r.low], "all": self._rows}[key]
        self.model.set_rows(shown)
        low = sum(1 for row in active if row.low)
        self.summary.setText(
            _tr("%1 active, %2 running low").replace("%1", str(len(active))).replace("%2", str(low))
        )
        if shown:
            self.table_stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                _tr("No prepaid contract is running low.")
                if key == "low"
                else _tr(
                    "No prepaid-hours contracts yet. Add one to a client to sell blocks of hours."
                )
            )
            self.table_stack.setCurrentWidget(self.empty_label)
        row = self.model.find_row(keep) if keep is not None else None
        self.table.selectRow(row if row is not None else 0)
        if not shown:
            self._show_ledger(None)

    def selected_row(self) -> PrepaidRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_for(rows[0]) if rows else None

    def select_contract(self, contract_id: int) -> bool:
        row = self.model.find_row(contract_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _on_selection(self) -> None:
        self._show_ledger(self.selected_row())

    def _show_ledger(self, row: PrepaidRow | None) -> None:
        self.top_up_button.setEnabled(row is not None)
        self.statement_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        if row is None:
            self.ledger_title.setText(_tr("Ledger"))
            self.ledger_facts.clear()
            self.ledger_model.set_rows([])
            return
        with read_only(self.sessions) as session:
            # As of the page's day, as the row above it: expiries due by then
            # show even before a month-end run posts them.
            entries = ledger_rows(session, row.contract_id, self.as_of())
        self.ledger_model.currency = row.currency
        self.ledger_model.set_rows(entries)
        self.ledger_table.scrollToBottom()
        self.ledger_title.setText(
            _tr("Ledger — %1 · %2").replace("%1", row.client_name).replace("%2", row.contract_name)
        )
        self.ledger_facts.setText(self._facts(row))

    def _facts(self, row: PrepaidRow) -> str:
        parts = [_tr("%1 h left").replace("%1", format_minutes(row.balance_minutes))]
        if row.minutes_per_week:
            parts.append(
                _tr("%1 h a week lately").replace("%1", format_minutes(row.minutes_per_week))
            )
        if row.runs_out_on:
            parts.append(_tr("runs out about %1").replace("%1", format_date(row.runs_out_on)))
        if row.next_expiry:
            parts.append(
                _tr("%1 h expire on %2")
                .replace("%1", format_minutes(row.expiring_minutes))
                .replace("%2", format_date(row.next_expiry))
            )
        if row.minimum_purchase_minutes:
            parts.append(
                _tr("minimum purchase %1 h").replace(
                    "%1", format_minutes(row.minimum_purchase_minutes)
                )
            )
        return " · ".join(parts)

    # -- actions ----------------------------------------------------------

    def show_history(self) -> None:
        """Every change to the contract and its prepaid ledger (audit log)."""
        row = self.selected_row()
        if row is not None:
            show_history(
                self,
                self.sessions,
                "contracts",
                row.contract_id,
                _tr("History of %1").replace("%1", row.contract_name),
            )

    def make_top_up_dialog(self) -> TopUpDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = TopUpDialog(self.sessions, row, self, today=self.today())
        dialog.accepted.connect(lambda: self._topped_up(row.contract_id))
        return dialog

    def top_up(self) -> None:
        dialog = self.make_top_up_dialog()
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def _topped_up(self, contract_id: int) -> None:
        self.refresh()
        self.select_contract(contract_id)
        self.balanceChanged.emit(contract_id)

    def make_statement_dialog(self) -> StatementDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        folder = _settings().value("contracts/statement_folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder_path = Path(str(folder))
        if not folder_path.is_dir():
            folder_path = Path.home()
        # The period ends on the day the page shows, so the PDF agrees with it.
        dialog = StatementDialog(self.sessions, row, folder_path, self, today=self.as_of())
        dialog.accepted.connect(lambda: self.write_statement(row.contract_id, *dialog.chosen()))
        return dialog

    def save_statement(self) -> None:
        dialog = self.make_statement_dialog()
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def write_statement(
        self, contract_id: int, period_from: dt.date, period_to: dt.date, path: Path
    ) -> BackgroundTask:
        """Render and save the statement off the GUI thread."""
        _settings().setValue("contracts/statement_folder", str(path.parent))
        self.notice.setText(_tr("Writing the statement…"))
        self.statement_button.setEnabled(False)

        def work(sessions: sessionmaker[Session], _progress: object) -> Path:
            return write_statement(sessions, contract_id, period_from, period_to, path)

        self.task = run_in_background(
            work,
            sessions=self.sessions,
            own_units=True,  # write_statement reads in a Session of its own
            parent=self,
            title=_tr("Writing the prepaid statement"),
            on_done=self._statement_done,
            on_error=self._statement_failed,
        )
        return self.task

    def _statement_done(self, path: Path) -> None:
        self.statement_button.setEnabled(self.selected_row() is not None)
        url = path.resolve().as_uri()
        self.notice.setText(
            _tr("Statement saved: %1").replace("%1", f'<a href="{url}">{path.name}</a>')
        )
        self.statementSaved.emit(str(path))

    def _statement_failed(self, exc: BaseException) -> None:
        self.statement_button.setEnabled(self.selected_row() is not None)
        self.notice.clear()
        QMessageBox.warning(
            self,
            _tr("Statement not saved"),
            _tr("The statement could not be saved: %1").replace("%1", service_message(str(exc))),
        )
