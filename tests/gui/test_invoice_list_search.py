"""The All invoices tab after a search (issue 16): the invoice the details
panel shows is the one Open and Ctrl+O open, without clicking a row first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.db.session import read_only
from desktop.models import Invoice
from desktop.views.invoicing import InvoicesPage
from desktop.views.main_window import MainWindow


def test_ctrl_o_opens_the_invoice_the_panel_shows_after_a_search(qtbot, small_db):
    with read_only(small_db.sessions) as s:
        wanted = s.scalar(select(Invoice.id).where(Invoice.number == "2026-00001"))
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("invoices")
    page = window.pages["invoices"]
    assert isinstance(page, InvoicesPage)
    page.tabs.setCurrentIndex(page.TAB_INVOICES)
    listing = page.invoice_list
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    listing.search.setFocus()
    # A search that finds nothing empties the panel: nothing to open.
    qtbot.keyClicks(listing.search, "no such invoice")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 0)
    assert listing.summary.empty.isVisibleTo(listing.summary)
    assert listing.selected_invoice() is None

    listing.search.clear()
    qtbot.keyClicks(listing.search, "2026-00001")
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    # The panel shows the one invoice found, and it is the one selected.
    assert listing.summary.number_label.isVisibleTo(listing.summary)
    assert "2026-00001" in listing.summary.number_label.text()
    assert listing.selected_invoice() == wanted

    qtbot.keyClick(listing.search, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    assert page.editor.invoice.id == wanted
