"""The main window: a sidebar of pages, the pages, and a status bar naming the
open database and how many rows the current list has loaded."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop.app import Database
from desktop.views.backup_ui import install_backup_menu
from desktop.views.dashboard_page import DashboardPage
from desktop.views.data import install_data_menu
from desktop.views.help_menu import install_help_menu
from desktop.views.list_page import ListPage
from desktop.views.page_actions import enable_all, page_actions, sync_enabled
from desktop.views.theme import STYLE_SHEET, app_icon, icon
from desktop.views.tickets.schedule_runner import install_schedule_runner
from desktop.views.time.timer_indicator import install_timer

ORGANIZATION = "TechLedger"
APPLICATION = "TechLedger"
PAGES = (
    "dashboard",
    "clients",
    "tickets",
    "knowledge",
    "time",
    "visits",
    "contracts",
    "invoices",
    "settings",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def page_titles() -> dict[str, str]:
    """Sidebar labels by page key."""
    return {
        "dashboard": _tr("Dashboard"),
        "clients": _tr("Clients"),
        "tickets": _tr("Tickets"),
        "knowledge": _tr("Knowledge base"),
        "time": _tr("Time"),
        "visits": _tr("Visits"),
        "contracts": _tr("Contracts"),
        "invoices": _tr("Invoices"),
        "settings": _tr("Settings"),
    }


def sidebar_width(titles: Iterable[str]) -> int:
    """Wide enough for the longest page title in the interface language
    (bold, as the selected item is drawn), never narrower than 170 px."""
    font = QFont()
    font.setPointSizeF(10.5)  # the style sheet's sidebar font
    font.setBold(True)
    widest = max((QFontMetrics(font).horizontalAdvance(t) for t in titles), default=0)
    # icon 20 + spacing 6 + item padding 2×10 + list padding 2×6 + border + slack
    return max(170, widest + 20 + 6 + 20 + 12 + 1 + 8)


def _page(module: str, name: str) -> type[QWidget]:
    """A page class, imported when the page is first shown: importing every
    page (and the services behind it) up front was most of the start-up."""
    return getattr(importlib.import_module(f"desktop.views.{module}"), name)


def window_settings() -> QSettings:
    """Where window geometry lives (INI in the user's config folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class MainWindow(QMainWindow):
    """Sidebar + pages for one open database. Pages are built the first time
    they are shown, so opening a big database costs only the dashboard."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("TechLedger — %1").replace("%1", db.display_name))
        self.setWindowIcon(app_icon())
        self.setStyleSheet(STYLE_SHEET)
        self.pages: dict[str, QWidget] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setMinimumWidth(sidebar_width(page_titles().values()))
        self.sidebar.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key, title in page_titles().items():
            item = QListWidgetItem(icon(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 38))
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([max(190, self.sidebar.minimumWidth()), 1090])
        self.setCentralWidget(self.splitter)

        self.database_label = QLabel(self.tr("Database: %1").replace("%1", db.display_name))
        self.rows_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.rows_label)

        self._factories: dict[str, Callable[[], QWidget]] = {
            "dashboard": self._make_dashboard,
            "clients": lambda: _page("clients_page", "ClientsPage")(db.sessions),
            "tickets": lambda: _page("tickets.queue_page", "QueuePage")(db.sessions, self.timer),
            "knowledge": lambda: _page("tickets.knowledge_page", "KnowledgePage")(db.sessions),
            "time": lambda: _page("time.time_page", "TimePage")(db.sessions, self.timer),
            "visits": lambda: _page("visits.visits_page", "VisitsPage")(db.sessions, self.timer),
            "contracts": lambda: _page("contracts.contracts_page", "ContractsPage")(db.sessions),
            "invoices": lambda: _page("invoicing", "InvoicesPage")(db.sessions),
            "settings": lambda: _page("settings", "SettingsPage")(db.sessions),
        }
        self._build_menus()
        install_backup_menu(self)
        install_data_menu(self)
        self.help_actions = install_help_menu(self, self.menus["help"], db)
        self.timer = install_timer(self, db.sessions)
        self.timer.context = self._selected_ticket
        install_schedule_runner(self, db.sessions)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        # An explicit minimum keeps the window's minimum size fixed when pages
        # are added later (otherwise every new page resets it).
        self.setMinimumSize(900, 560)
        self.resize(1280, 800)
        self.restore_state()
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    # -- menus ------------------------------------------------------------

    def _build_menus(self) -> None:
        """File, Go, Actions, Data and Help. Other modules add their actions to
        `self.menus[...]` (Data: backup, restore, import, export). Actions
        holds the current page's main actions and the timer's."""
        bar = self.menuBar()
        self.menus = {
            "file": bar.addMenu(self.tr("&File")),
            "go": bar.addMenu(self.tr("&Go")),
            "actions": bar.addMenu(self.tr("&Actions")),
            "data": bar.addMenu(self.tr("&Data")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        titles = page_titles()
        for number, key in enumerate(PAGES, start=1):
            action = self.menus["go"].addAction(icon(key), titles[key])
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
        quit_action = self.menus["file"].addAction(self.tr("&Quit"))
        # The platform's Quit key where it has one (empty on Windows): Ctrl+Q.
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        quit_action.triggered.connect(self.close)
        actions_menu = self.menus["actions"]
        actions_menu.aboutToShow.connect(lambda: sync_enabled(self.current_page_actions()))
        actions_menu.aboutToHide.connect(lambda: enable_all(self.current_page_actions()))

    def current_page_actions(self) -> list[QAction]:
        """The main actions of the page on show (named, with their keys)."""
        key = self.current_page_key()
        page = self.pages.get(key)
        return page_actions(key, page) if page is not None else []

    def _fill_actions_menu(self) -> None:
        """The current page's actions, then the timer's (always there)."""
        menu = self.menus["actions"]
        menu.clear()
        for action in self.current_page_actions():
            menu.addAction(action)
        if menu.actions():
            menu.addSeparator()
        menu.addAction(self.timer.indicator.toggle_action)
        menu.addAction(self.timer.indicator.entry_action)

    # -- pages ------------------------------------------------------------

    def _make_dashboard(self) -> QWidget:
        page = DashboardPage(self.db.sessions)
        page.openPage.connect(self.show_page)

        def open_filtered(key: str, filter_key: str) -> None:
            # A page with saved filters (tickets, contracts) applies its own;
            # a plain list gets the word in its search box, visibly.
            self.show_page(key)
            target = self.pages[key]
            if hasattr(target, "set_filter"):
                target.set_filter(filter_key)
            elif isinstance(target, ListPage):
                target.search.setText(filter_key)
                target.apply_search()

        page.openFiltered.connect(open_filtered)
        return page

    def page(self, key: str) -> QWidget:
        """The page `key`, built on first use."""
        if key not in self.pages:
            page = self._factories[key]()
            page.setObjectName(f"{key}Page")
            if isinstance(page, ListPage):
                page.statusChanged.connect(self._update_status)
            self.pages[key] = page
            self.stack.addWidget(page)
            page_actions(key, page)  # name its keys, for the menu and Help
        return self.pages[key]

    def build_all_pages(self) -> None:
        """Build every page (Help lists every page's keys)."""
        for key in PAGES:
            self.page(key)

    def _selected_ticket(self) -> int | None:
        """The ticket selected in the queue on show (the timer's context)."""
        page = self.pages.get("tickets")
        if page is None or self.current_page_key() != "tickets":
            return None
        return page.selected_id()  # type: ignore[attr-defined]  # a QueuePage

    def current_page_key(self) -> str:
        return PAGES[max(self.sidebar.currentRow(), 0)]

    def show_page(self, key: str) -> None:
        """Switch to page `key` (as a click in the sidebar would)."""
        self.sidebar.setCurrentRow(PAGES.index(key))

    def _on_sidebar_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row]
        # Each page refreshes itself from views/changes.py (when records it
        # shows change, and some each time they are shown).
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self._fill_actions_menu()
        self._update_status()

    def _update_status(self) -> None:
        page = self.pages.get(self.current_page_key())
        if isinstance(page, ListPage):
            self.rows_label.setText(page.status_text())
        else:
            self.rows_label.clear()

    # -- window state -----------------------------------------------------

    def restore_state(self) -> None:
        settings = window_settings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        page = settings.value("main_window/page")
        if isinstance(page, str) and page in PAGES:
            self.show_page(page)

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.setValue("main_window/page", self.current_page_key())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        # A page built but never shown (Help builds them all) still has to
        # stop its background work before its threads are destroyed.
        for page in self.pages.values():
            shutdown = getattr(page, "shutdown", None)
            if callable(shutdown):
                shutdown()
        super().closeEvent(event)
