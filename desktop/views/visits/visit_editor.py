"""One on-site visit in place: client and site, arrival and departure,
travel, the work done per ticket, materials from the catalogue, the
customer's signature and name, and the report preview (QtPdf).

Each button is one unit of work; the report is rendered off the GUI thread
with its own Session. Everything is local: no network is needed. The
widgets are built in `visit_editor_ui`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QTableWidget, QWidget
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.services.common.durations import DurationError, parse_duration
from desktop.services.common.errors import UserError
from desktop.services.common.files import write_atomically
from desktop.services.printing import render
from desktop.services.queries.lookup import LookupFailed, parse_datetime, parse_quantity
from desktop.services.records.clients import NotFound, ValidationError
from desktop.services.records.timer import (
    client_choices,
    technician_choices,
    ticket_choices,
    work_type_choices,
)
from desktop.services.records.visits import (
    SiteChoice,
    VisitDetails,
    VisitInput,
    add_visit_material,
    add_visit_work,
    parse_departure,
    product_choices,
    remove_visit_line,
    save_visit,
    sign_visit,
    site_choices,
    visit_details,
)
from desktop.views.formatting import format_datetime, format_minutes, format_money
from desktop.views.operations import run_in_background
from desktop.views.record_dialog import service_message
from desktop.views.theme import icon
from desktop.views.time.fields import ErrorForm, fill_combo, select_id
from desktop.views.visits.visit_editor_ui import (
    append_row,
    fit_columns,
    format_km,
    parse_km,
    parse_work_times,
    setup_ui,
    start_text,
)

STAMP = "%Y-%m-%d %H:%M"


class VisitEditor(QWidget):
    """Edits visit `visit_id` (None: a new one). `closed` asks the page to
    go back to the list; `saved` says the list changed."""

    closed = Signal()
    saved = Signal()
    reportReady = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        technician_id: int | None,
        clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.clock = clock
        self.visit_id: int | None = None
        self.details: VisitDetails | None = None
        self.pdf_bytes: bytes | None = None
        self.task = None
        self._sites: list[SiteChoice] = []
        with read_only(sessions) as session:
            setup_ui(
                self,
                clients=client_choices(session),
                technicians=technician_choices(session),
                work_types=work_type_choices(session, on_site_first=True),
                products=product_choices(session),
                technician_id=technician_id,
            )
        self.client.currentIndexChanged.connect(self._client_changed)
        self.site.currentIndexChanged.connect(self._site_changed)
        fit_columns(self.work_table, self.material_table)
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
        self.travel_time.setText(
            format_minutes(details.travel_minutes) if details.travel_minutes else ""
        )
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
        self.title.setText(
            self.tr("Visit %1").replace("%1", str(details.id)) if details else self.tr("New visit")
        )
        for widget in self.dependent_sections:
            widget.setEnabled(saved)
        self.needs_saving.setVisible(not saved)
        self.report_button.setEnabled(saved)
        self.work_table.setRowCount(0)
        self.material_table.setRowCount(0)
        if details is None:
            self.signed_note.hide()
            return
        for line in details.work:
            append_row(
                self.work_table,
                line.id,
                [
                    line.ticket or self.tr("(no ticket)"),
                    line.work_type,
                    start_text(line.started_at, details.arrived_at),
                    format_minutes(line.raw_minutes),
                    line.description,
                ],
            )
        for m in details.materials:
            quantity = Decimal(m.quantity_milli) / 1000
            append_row(
                self.material_table,
                m.id,
                [
                    m.description,
                    f"{quantity.normalize():f} {m.unit}",
                    format_money(m.unit_price_minor, m.currency),
                ],
            )
        fit_columns(self.work_table, self.material_table)
        if details.has_signature and details.signed_at:
            self.signed_note.setText(
                self.tr("Signed by %1 at %2")
                .replace("%1", details.signer_name or "")
                .replace("%2", format_datetime(details.signed_at))
            )
            self.signed_note.show()
        else:
            self.signed_note.hide()
        if not self.work_start.text().strip():
            self.work_start.setText(details.arrived_at.strftime(STAMP))

    def remove_line(self, table: QTableWidget, *, material: bool) -> None:
        """Take the selected work or material line off the visit."""
        item = table.currentItem()
        if item is None or self.visit_id is None:
            return
        line_id = item.data(Qt.ItemDataRole.UserRole)
        form = self.material_form if material else self.work_form
        visit_id = self.visit_id
        if self._run(
            form,
            lambda session: remove_visit_line(
                session, visit_id, entry_id=line_id, material=material
            ),
        ):
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
        self.travel_time.setText(format_minutes(site.travel_minutes) if site.travel_minutes else "")
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
            try:
                departed = parse_departure(self.departed.text(), arrived)
            except LookupFailed as exc:
                errors["departed"] = str(exc)
        travel_minutes = distance = 0
        if self.travel_time.text().strip():
            try:
                travel_minutes = parse_duration(self.travel_time.text())
            except DurationError as exc:
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
        except NotFound as exc:
            self._show_banner(service_message(str(exc)))
            return False
        except UserError as exc:  # at the field it names, else in the banner
            errors = exc.field_errors()
            rest = form.show_errors(errors) if errors else [service_message(exc.message)]
            if rest:
                self._show_banner(" ".join(rest))
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
            start, minutes = parse_work_times(self.work_start.text(), self.work_duration.text())
            try:
                add_visit_work(
                    session,
                    self.visit_id,
                    work_type_id=self.work_type.currentData(),
                    started_at=start,
                    minutes=minutes,
                    description=self.work_description.text(),
                    ticket_id=self.work_ticket.currentData(),
                )
            except ValidationError as exc:
                # The entry's end is typed here as its duration.
                raise ValidationError(
                    {("duration" if k == "end" else k): v for k, v in exc.errors.items()}
                ) from None

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
        except (LookupFailed, DurationError):
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
            add_visit_material(
                session,
                self.visit_id,
                product_id=self.product.currentData(),
                quantity_milli=quantity,
                ticket_id=None,
            )

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
                sign_visit(
                    session,
                    self.visit_id,
                    signature_png=png,
                    signer_name=self.signer.text(),
                    signed_at=self.clock(),
                )

            if not self._run(self.sign_form, sign):
                return
            self._reload()
        visit_id = self.visit_id

        def make_report(session: Session, _progress: object) -> bytes:
            return render.visit_report(session, visit_id).pdf

        self.report_button.setEnabled(False)
        self.task = run_in_background(
            make_report,
            sessions=self.sessions,
            reading=True,
            parent=self,
            on_done=self._show_pdf,
            on_error=self._report_failed,
        )

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
        self._show_banner(
            self.tr("The report could not be produced: %1").replace("%1", service_message(str(exc)))
        )

    def _clear_preview(self) -> None:
        self.pdf_bytes = None
        self.pdf_document.close()
        self.preview_stack.setCurrentWidget(self.preview_hint)
        self.save_pdf_button.setEnabled(False)

    def save_pdf(self) -> None:
        if not self.pdf_bytes or self.details is None:
            return
        name = f"visit-{self.details.id}-{self.details.arrived_at:%Y%m%d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the visit report"), name, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            write_atomically(path, self.pdf_bytes)
        except UserError as exc:
            self._show_banner(
                self.tr("The report was not saved: %1").replace("%1", service_message(str(exc)))
            )
