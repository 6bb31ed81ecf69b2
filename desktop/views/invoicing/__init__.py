"""The Invoices page: unbilled work, drafts with a PDF preview, issuing,
credit notes, payments, e-mail and the month-end run."""

from .page import InvoicesPage

__all__ = ["InvoicesPage"]
