"""The main window end to end: pages, search, editing a client, reopening."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStackedWidget
from sqlalchemy import select

from desktop.app import open_database
from desktop.db.session import read_only
from desktop.models import Client
from desktop.views.clients_page import ClientsPage
from desktop.views.dashboard_page import DashboardPage
from desktop.views.launch import make_application
from desktop.views.list_page import ListPage
from desktop.views.main_window import PAGES, MainWindow, window_settings


def open_window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_sidebar(qtbot, window: MainWindow, key: str) -> None:
    row = PAGES.index(key)
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == key


def test_every_page_opens_from_the_sidebar(qtbot, demo_db):
    window = open_window(qtbot, demo_db)
    assert demo_db.display_name in window.database_label.text()
    for key in PAGES:
        click_sidebar(qtbot, window, key)
        page = window.stack.currentWidget()
        assert page is window.pages[key]
        if isinstance(page, ListPage):
            assert page.model.rowCount() > 0
            assert page.status_text() in window.rows_label.text()
            assert isinstance(page.stack, QStackedWidget)
            assert page.stack.currentWidget() is page.table


def test_dashboard_tiles_open_their_pages(qtbot, demo_db):
    window = open_window(qtbot, demo_db)
    window.show_page("dashboard")
    dashboard = window.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    for tile in dashboard.tiles.values():
        window.show_page("dashboard")
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert window.current_page_key() == tile.page


def test_search_edit_save_and_reopen(qtbot, demo_db, tmp_path):
    window = open_window(qtbot, demo_db)
    click_sidebar(qtbot, window, "clients")
    page = window.pages["clients"]
    assert isinstance(page, ClientsPage)
    # QTest types ASCII only: search for a client whose name starts so.
    all_names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    name = next(n for n in all_names if n[:4].isascii() and n[:4].isalpha())
    needle = name[:4]

    # Typing filters after a short pause, in SQL.
    qtbot.keyClicks(page.search, needle)
    qtbot.waitUntil(lambda: page.model.filter_text == needle)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names and all(
        needle.lower() in n.lower() or _matches_other(demo_db, n, needle) for n in names
    )
    assert name in names

    # Edit the first match through the dialog and the OK button.
    page.table.selectRow(names.index(name))
    client_id = page.selected_id()
    dialog = page.make_edit_dialog(client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.city_edit.clear()
    qtbot.keyClicks(dialog.city_edit, "Visby")
    dialog.terms_spin.setValue(45)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    page._after_save(dialog.saved_id)
    assert page.selected_id() == client_id
    row = page.table.selectionModel().selectedRows()[0].row()
    assert page.model.index(row, page.spec.column_index("city")).data() == "Visby"

    window.close()
    url = demo_db.url
    demo_db.close()

    reopened = open_database(url)
    try:
        with read_only(reopened.sessions) as s:
            client = s.get(Client, client_id)
            assert (client.city, client.payment_terms_days) == ("Visby", 45)
        window2 = open_window(qtbot, reopened)
        window2.show_page("clients")
        page2 = window2.pages["clients"]
        assert page2.select_id(client_id)
        row = page2.table.selectionModel().selectedRows()[0].row()
        assert page2.model.index(row, page2.spec.column_index("city")).data() == "Visby"
        terms = page2.model.index(row, page2.spec.column_index("payment_terms_days"))
        assert terms.data(page2.model.SortRole) == 45
        window2.close()
    finally:
        reopened.close()


def _matches_other(db, name: str, needle: str) -> bool:
    """The search also looks at city, VAT id and email."""
    with read_only(db.sessions) as s:
        c = s.scalars(select(Client).where(Client.name == name)).first()
    return any(needle.lower() in (v or "").lower() for v in (c.city, c.vat_id, c.email))


def test_window_state_is_saved_in_private_settings(qtbot, small_db, private_qsettings):
    window = open_window(qtbot, small_db)
    window.resize(1000, 700)
    window.show_page("invoices")
    window.close()
    settings = window_settings()
    assert settings.value("main_window/page") == "invoices"
    assert str(private_qsettings) in settings.fileName()
    assert QSettings.defaultFormat() == QSettings.Format.IniFormat
    again = open_window(qtbot, small_db)
    assert again.current_page_key() == "invoices"


def test_empty_state_says_what_to_do(qtbot, tmp_path):
    db = open_database(str(tmp_path / "empty.db"))
    try:
        window = open_window(qtbot, db)
        window.show_page("clients")
        page = window.pages["clients"]
        assert page.stack.currentWidget() is page.empty_label
        assert "New client" in page.empty_label.text()
        window.show_page("settings")
        window.close()
    finally:
        db.close()


def test_no_match_names_the_search(qtbot, small_db):
    window = open_window(qtbot, small_db)
    window.show_page("tickets")
    page = window.pages["tickets"]
    qtbot.keyClicks(page.search, "xyz")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty_label)
    assert "xyz" in page.empty_label.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.table)


def test_header_click_on_free_text_column_keeps_sql_order(qtbot, small_db):
    window = open_window(qtbot, small_db)
    window.show_page("time")
    page = window.pages["time"]
    header = page.table.horizontalHeader()
    description = page.spec.column_index("description")
    before = page.model.sort_column, page.model.sort_order
    rect_x = header.sectionViewportPosition(description) + 10
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect_x, header.height() // 2)
    )
    assert (page.model.sort_column, page.model.sort_order) == before
    assert header.sortIndicatorSection() == before[0]
    client = page.spec.column_index("client")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(client) + 10, header.height() // 2),
    )
    assert page.model.sort_column == client


def test_the_application_carries_our_names_and_icon(qapp):
    # run_gui itself (with its event loop) is run in a separate process by
    # tests/gui/test_entry_points.py: exiting the test process's own event
    # loop here would leave later tests' timers dead.
    app = make_application(["techledger"])
    assert app is qapp
    assert QApplication.organizationName() == "TechLedger"
    assert QApplication.applicationName() == "TechLedger"
    assert not QApplication.windowIcon().isNull()
