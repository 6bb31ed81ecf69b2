"""Every error a service shows a person derives from one base, UserError."""

from __future__ import annotations

import pytest

from desktop.services.billing.invoices import InvoiceError, NothingToBill
from desktop.services.billing.rates import RateError
from desktop.services.billing.rules import SetupError
from desktop.services.common.errors import UserError
from desktop.services.common.money import AmountError
from desktop.services.common.number_text import NotANumber
from desktop.services.common.record_rules import NotFound, ValidationError, VersionConflict
from desktop.services.data.export_files import ExportError
from desktop.services.data.imports.context import RowRejected
from desktop.services.data.imports.formats import MappingError
from desktop.services.data.imports.reading import ImportFileError
from desktop.services.data.imports.values import CellError
from desktop.services.helpdesk.messaging import KeyringUnavailable, MessageError, PasswordNeeded
from desktop.services.helpdesk.sla import SlaError
from desktop.services.helpdesk.tickets import TicketError
from desktop.services.prepaid.ledger import PrepaidError
from desktop.services.queries.lookup import LookupFailed

SIMPLE = [
    InvoiceError, NothingToBill, RateError, SetupError, AmountError, NotANumber,
    NotFound, VersionConflict, ExportError, RowRejected, MappingError,
    ImportFileError, CellError, MessageError, KeyringUnavailable, PasswordNeeded,
    SlaError, TicketError, PrepaidError, LookupFailed,
]  # fmt: skip


@pytest.mark.parametrize("kind", SIMPLE)
def test_each_is_a_user_error_and_keeps_its_old_base(kind: type[Exception]) -> None:
    error = kind("Nope.")
    assert isinstance(error, UserError)
    assert str(error) == "Nope."
    assert error.field_errors() == {}  # type: ignore[attr-defined]


def test_a_field_puts_the_message_there() -> None:
    error = AmountError("Not an amount.", field="price")
    assert isinstance(error, ValueError)
    assert error.field_errors() == {"price": "Not an amount."}


def test_validation_error_lists_every_field() -> None:
    error = ValidationError({"name": "Enter a name.", "email": "Not an address."})
    assert isinstance(error, UserError)
    assert error.field_errors() == {"name": "Enter a name.", "email": "Not an address."}
