"""The one base of every error a person is meant to read.

A service raises a subclass of `UserError` with plain English text (the
views translate it through the "Services" context); `field` names the input
it is about, so a dialog or record form can put the message under that
field instead of in a banner. The command line, the dialogs and the record
forms catch `UserError` alone; anything else is a bug and keeps its
traceback.

The subclasses keep their older built-in base too (`ValueError`,
`LookupError`, `RuntimeError`), so code that still catches those works."""

from __future__ import annotations


class UserError(Exception):
    """Refused input or a refused operation; nothing was changed."""

    field: str | None = None

    def __init__(self, message: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        if field is not None:
            self.field = field

    @property
    def message(self) -> str:
        return str(self)

    def field_errors(self) -> dict[str, str]:
        """Messages by field name; empty when the error belongs to no field."""
        return {self.field: self.message} if self.field else {}
