"""The one way from the database to a document's PDF bytes.

Each document has one entry point here: it reads what the document prints
(through this package's *_data builders, inside the caller's Session) and
renders it with desktop.documents. The window (preview, save, e-mail), the
command line and the e-mail service all call these, so a document looks the
same whichever path made it. reportlab is imported only when a document is
rendered, which keeps it off the window's start-up path."""

from __future__ import annotations

import datetime as dt
from typing import Generic, NamedTuple, TypeVar

from sqlalchemy.orm import Session

from desktop.documents.data import InvoiceData, StatementData, VisitData

Data = TypeVar("Data")


class Document(NamedTuple, Generic[Data]):
    """What was printed (for messages and file names) and the PDF bytes."""

    data: Data
    pdf: bytes


def invoice(session: Session, invoice_id: int) -> Document[InvoiceData]:
    """The invoice or credit note (Factur-X when issued and the shop has it on)."""
    from desktop.documents.invoice import render_invoice
    from desktop.services.printing.invoice_data import invoice_data

    data = invoice_data(session, invoice_id)
    return Document(data, render_invoice(data))


def visit_report(session: Session, visit_id: int) -> Document[VisitData]:
    """The visit report, with the customer's signature when there is one."""
    from desktop.documents.visit_report import render_visit_report
    from desktop.services.printing.visit_report_data import visit_data

    data = visit_data(session, visit_id)
    return Document(data, render_visit_report(data))


def statement(
    session: Session, contract_id: int, period_from: dt.date, period_to: dt.date
) -> Document[StatementData]:
    """The prepaid statement of a contract for a period."""
    from desktop.documents.statement import render_statement
    from desktop.services.printing.statement_data import statement_data

    data = statement_data(session, contract_id, period_from, period_to)
    return Document(data, render_statement(data))
