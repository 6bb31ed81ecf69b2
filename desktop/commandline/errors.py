"""Errors the command line reports as they are, without a traceback."""

from __future__ import annotations


class CommandError(Exception):
    """Bad input or a refused operation; nothing was changed."""
