"""Errors the command line reports as they are, without a traceback."""

from __future__ import annotations

from desktop.services.common.errors import UserError


class CommandError(UserError):
    """Bad input or a refused operation; nothing was changed. Every
    `UserError` a service raises is reported the same way
    (`desktop.commandline._failure_kind`)."""
