"""What changed: one signal the pages listen to, instead of pages telling
each other to refresh.

Work that changes records says which kinds it changed; `run_in_background`
announces them once when the work succeeds (`changes=`), and work done on
the GUI thread calls `announce(sessions, kinds)` itself. Every page decides
for itself whether a change concerns it (`watch_changes`), as Anki's pages
do with its `operation_did_execute` hook. The notifier belongs to the
database's session factory, so two open databases (or two tests) never hear
each other."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session, sessionmaker

# The kinds of records a change can concern.
CLIENTS = "clients"  # clients, contacts, sites
TICKETS = "tickets"
KNOWLEDGE = "knowledge"
TIME = "time"  # time entries, materials, the timer
VISITS = "visits"
CONTRACTS = "contracts"
PREPAID = "prepaid"  # top-ups, draws, expiries
INVOICES = "invoices"  # drafts, issued invoices, credit notes, payments
PEOPLE = "people"  # technicians
SETTINGS = "settings"  # the shop, rates, series, calendars
KINDS = frozenset(
    {CLIENTS, TICKETS, KNOWLEDGE, TIME, VISITS, CONTRACTS, PREPAID, INVOICES, PEOPLE, SETTINGS}
)
EVERYTHING = KINDS  # an import or a restore
# What drafting, issuing or deleting an invoice touches: the invoice, the
# work it bills (or releases) and the prepaid hours it draws.
BILLING = frozenset({INVOICES, TIME, VISITS, PREPAID})


def known(kinds: Iterable[str]) -> frozenset[str]:
    """`kinds` as a set, refusing a kind nobody listens for (a typo would
    otherwise refresh nothing, silently)."""
    kinds = frozenset(kinds)
    unknown = kinds - KINDS
    if unknown:
        raise ValueError(f"Unknown kinds of change: {sorted(unknown)}")
    return kinds


class Changes(QObject):
    """The notifier of one database: `changed(kinds)` once per change."""

    changed = Signal(frozenset)

    def announce(self, kinds: Iterable[str]) -> None:
        kinds = known(kinds)
        if kinds:
            self.changed.emit(kinds)


_notifiers: weakref.WeakKeyDictionary[sessionmaker[Session], Changes] = weakref.WeakKeyDictionary()


def changes_for(sessions: sessionmaker[Session]) -> Changes:
    """The notifier of the database `sessions` opens (made on first use,
    on the GUI thread)."""
    notifier = _notifiers.get(sessions)
    if notifier is None:
        notifier = _notifiers[sessions] = Changes()
    return notifier


def announce(sessions: sessionmaker[Session], kinds: Iterable[str]) -> None:
    """Tell every page that records of `kinds` changed (GUI thread only)."""
    changes_for(sessions).announce(kinds)


class ChangeWatcher(QObject):
    """One page's listener. A change of a kind the page shows refreshes it
    at once when it is on screen, otherwise the next time it is shown (a
    hidden page costs nothing). With `every_show`, the page also refreshes
    each time it is shown again, for changes made outside this window (the
    command line, another copy on a shared database). With `even_hidden`,
    a change refreshes the page at once, shown or not (cheap reloads that
    must be right the moment anything reads them, such as pickers)."""

    def __init__(
        self,
        owner: QObject,
        sessions: sessionmaker[Session],
        kinds: Iterable[str],
        refresh: Callable[[], object],
        *,
        every_show: bool = False,
        even_hidden: bool = False,
    ) -> None:
        super().__init__(owner)
        self.kinds = known(kinds)
        self._refresh = refresh
        self._every_show = every_show
        self._even_hidden = even_hidden
        self._shown_before = False
        self.stale = False
        self._widget = owner if isinstance(owner, QWidget) else None
        if self._widget is not None:
            self._widget.installEventFilter(self)
        changes_for(sessions).changed.connect(self._on_changed)

    def _on_changed(self, kinds: frozenset) -> None:
        if not (kinds & self.kinds):
            return
        if self._widget is None or self._even_hidden or self._widget.isVisible():
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show:
            again = self._every_show and self._shown_before
            self._shown_before = True
            if self.stale or again:
                self.stale = False
                self._refresh()
        return False


def watch_changes(
    owner: QObject,
    sessions: sessionmaker[Session],
    kinds: Iterable[str],
    refresh: Callable[[], object],
    *,
    every_show: bool = False,
    even_hidden: bool = False,
) -> ChangeWatcher:
    """Refresh `owner` (a page, or any QObject) with `refresh` when records
    of `kinds` change; see ChangeWatcher."""
    return ChangeWatcher(
        owner, sessions, kinds, refresh, every_show=every_show, even_hidden=even_hidden
    )
