"""Which module registers each sub-command, and its one-line help, so the
parser can be built without importing every command module.

Importing the command modules pulls in SQLAlchemy, the models and most
services (about 80 modules, ~1 s on the development machine); a command
needs only its own. `build_parser` registers the chosen command's modules
for real and every other command as a bare entry carrying this help, which
is all `techledger --help` and argparse's "invalid choice" need.
tests/unit/test_cli_catalogue.py proves this table matches what the modules
register, in the same order."""

from __future__ import annotations

# (command, module under desktop.commandline, help), in the order of `--help`.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("backup", "admin", "back up the SQLite database now (or --list)"),
    (
        "restore",
        "admin",
        "replace the database with a backup (the current data is backed up first)",
    ),
    ("demo", "admin", "fill an empty database with a realistic demo shop"),
    ("migrate", "admin", "upgrade the database schema (backs up first)"),
    (
        "check",
        "admin",
        "integrity, foreign keys, invoice hash chains, schema revision and row counts",
    ),
    ("version", "version", "print the version of TechLedger and its schema"),
    ("shop", "setup", "the company profile"),
    ("tax", "setup", "VAT rates"),
    ("series", "setup", "invoice number series"),
    ("worktype", "setup", "work types and their default rates"),
    ("technician", "setup", "technicians"),
    ("rate", "setup", "hourly rate rules with effective dates"),
    ("product", "products", "the materials catalogue"),
    ("client", "records", "add, edit, list, credit"),
    ("contract", "records", "add or list contracts"),
    ("time", "records", "log or list time"),
    ("material", "records", "record materials used"),
    (
        "import",
        "data",
        "import a CSV of clients, contacts, products or time entries "
        "(Kimai, Toggl, Clockify; ITFlow clients)",
    ),
    ("export", "data", "export time entries, invoices or the accounting export as CSV or XLSX"),
    ("ticket", "tickets", "helpdesk tickets"),
    ("kb", "tickets", "the knowledge base"),
    ("timer", "timer", "start, stop or show the running timer"),
    ("schedule", "schedules", "recurring maintenance tickets"),
    ("prepaid", "prepaid", "prepaid hours: top up, balance, ledger, statement, settings"),
    ("invoice", "billing", "draft, issue, credit, pay, list, show, run"),
    ("payment", "billing", "reverse a payment; apply or refund a client's credit"),
    ("site", "visits", "a client's sites (places visited)"),
    ("visit", "visits", "on-site visits, their work and the signed report"),
)

# Modules in registration order. Each returns the action groups it made;
# the HANGERS then hang actions on those groups: `documents` needs the
# groups of prepaid, billing and visits (`prepaid statement`, `invoice pdf`,
# `visit pdf`), `credit` those of records and billing (`client credit`,
# `payment apply-credit`), so a command loads the modules its groups need.
MODULES = (
    "admin",
    "version",
    "setup",
    "products",
    "records",
    "data",
    "tickets",
    "timer",
    "schedules",
    "prepaid",
    "billing",
    "visits",
    "documents",
    "credit",
    "client_edit",
)
HANGERS = ("documents", "credit", "client_edit")
_PDF_GROUPS = ("prepaid", "billing", "visits", "documents")
EXTRA_MODULES = {
    "records": ("credit", "client_edit"),
    "prepaid": _PDF_GROUPS,
    "billing": (*_PDF_GROUPS, "credit"),
    "visits": _PDF_GROUPS,
}

# Top-level options that take a value (the value is not the command).
VALUE_OPTIONS = ("--db",)


def chosen_command(argv: list[str]) -> str | None:
    """The sub-command argparse will see in `argv`: its first positional
    word. None when there is none (the window, `--help`)."""
    words = iter(argv)
    for word in words:
        if word in VALUE_OPTIONS:
            next(words, None)
        elif word == "--" or word.startswith("-"):
            continue
        else:
            return word
    return None


def modules_for(command: str | None) -> set[str]:
    """The modules to import and register for real when `command` runs."""
    owners = {module for name, module, _help in COMMANDS if name == command}
    for module in list(owners):
        owners.update(EXTRA_MODULES.get(module, ()))
    return owners
