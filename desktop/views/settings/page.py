"""The Settings page: a list of sections on the left, the chosen section on
the right. Each section saves its own card in one unit of work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.views import changes
from desktop.views.list_page import PAGE_MARGIN, page_title
from desktop.views.settings.calendar import CalendarSection
from desktop.views.settings.catalogue import CatalogueSection
from desktop.views.settings.company import CompanySection
from desktop.views.settings.languages import LanguagesSection
from desktop.views.settings.mail import MailSection
from desktop.views.settings.maintenance import MaintenanceSection
from desktop.views.settings.numbering import SeriesSection, TaxSection
from desktop.views.settings.prepaid import PrepaidSection
from desktop.views.settings.rates import WorkTypesSection
from desktop.views.settings.rounding import RoundingSection
from desktop.views.settings.sticky import StickyActions
from desktop.views.settings.technicians import TechniciansSection

SECTIONS = (
    "company",
    "series",
    "tax",
    "work",
    "people",
    "catalogue",
    "rounding",
    "prepaid",
    "calendar",
    "maintenance",
    "mail",
    "languages",
)
SECTION_WIDTH = 760

SETTINGS_STYLE = """
QListWidget#settingsNav {
    background: transparent;
    border: none;
    outline: 0;
}
QListWidget#settingsNav::item {
    padding: 7px 10px;
    margin: 1px 0;
    border-radius: 6px;
    color: #2A3442;
}
QListWidget#settingsNav::item:hover { background: #E9EEF5; }
QListWidget#settingsNav::item:selected { background: #D3E1F2; color: #1F5A96; font-weight: 600; }
QFrame#settingsCard {
    background: #FFFFFF;
    border: 1px solid #D8DEE6;
    border-radius: 8px;
}
QLabel#fieldHint { color: #5B6878; font-size: 9pt; }
QLabel#savedNote { color: #1E6B35; }
QLabel#keyringNote { color: #3E4C5E; }
QLabel#keyringNote[warning="true"] {
    background: #FFF4DB;
    color: #5C3A00;
    border: 1px solid #F0D48A;
    border-radius: 4px;
    padding: 8px 10px;
}
QLabel#logoPreview {
    border: 1px dashed #B8C2CF;
    border-radius: 6px;
    color: #5B6878;
    background: #FAFBFC;
}
QScrollArea#settingsScroll { background: transparent; border: none; }
QFrame#stickyActions {
    background: #FFFFFF;
    border: 1px solid #D8DEE6;
    border-bottom: none;
}
QWidget#settingsScrollBody { background: transparent; }
"""


class SettingsPage(QWidget):
    """Company, numbering, VAT, work and rates, technicians, catalogue,
    rounding, prepaid hours, calendar and SLA, mail, languages. A technician
    saved is announced (views/changes.py, "people"), so the window's pickers
    follow at once."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.setStyleSheet(SETTINGS_STYLE)
        self.sections: dict[str, QWidget] = {}
        self._scrolls: dict[str, QScrollArea] = {}
        self._sticky: dict[str, StickyActions] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {
            "company": lambda: CompanySection(sessions),
            "series": lambda: SeriesSection(sessions),
            "tax": lambda: TaxSection(sessions),
            "work": lambda: WorkTypesSection(sessions),
            "people": self._make_people,
            "catalogue": self._make_catalogue,
            "rounding": lambda: RoundingSection(sessions),
            "prepaid": lambda: PrepaidSection(sessions),
            "calendar": lambda: CalendarSection(sessions),
            "maintenance": lambda: MaintenanceSection(sessions),
            "mail": lambda: MailSection(sessions),
            "languages": lambda: LanguagesSection(sessions),
        }
        self.nav = QListWidget()
        self.nav.setObjectName("settingsNav")
        self.nav.setFixedWidth(210)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for key, title in self.section_titles().items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
        self.stack = QStackedWidget()

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(page_title(self.tr("Settings")))
        layout.addLayout(body, 1)
        self.nav.currentRowChanged.connect(self._on_row)
        self.nav.setCurrentRow(0)
        changes.watch_changes(
            self, sessions, {changes.SETTINGS, changes.PEOPLE}, self.refresh, every_show=True
        )

    def section_titles(self) -> dict[str, str]:
        return {
            "company": self.tr("Company profile"),
            "series": self.tr("Invoice numbers"),
            "tax": self.tr("VAT rates"),
            "work": self.tr("Work types and rates"),
            "people": self.tr("Technicians"),
            "catalogue": self.tr("Catalogue"),
            "rounding": self.tr("Rounding"),
            "prepaid": self.tr("Prepaid hours"),
            "calendar": self.tr("Hours, holidays and SLA"),
            "maintenance": self.tr("Maintenance schedules"),
            "mail": self.tr("Mail and templates"),
            "languages": self.tr("Languages"),
        }

    def _make_people(self) -> QWidget:
        section = TechniciansSection(self.sessions)
        section.changed.connect(lambda: changes.announce(self.sessions, {changes.PEOPLE}))
        return section

    def _make_catalogue(self) -> QWidget:
        section = CatalogueSection(self.sessions)
        section.changed.connect(lambda: changes.announce(self.sessions, {changes.SETTINGS}))
        return section

    def section(self, key: str) -> QWidget:
        """The section `key`, built the first time it is needed."""
        if key not in self.sections:
            widget = self._factories[key]()
            widget.setObjectName(f"{key}Section")
            widget.setMaximumWidth(SECTION_WIDTH)
            holder = QWidget()
            holder.setObjectName("settingsScrollBody")
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, PAGE_MARGIN, PAGE_MARGIN)
            column.addWidget(widget)
            scroll = QScrollArea()
            scroll.setObjectName("settingsScroll")
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            self.sections[key] = widget
            self.stack.addWidget(scroll)
            self._scrolls[key] = scroll
            self._sticky[key] = StickyActions(scroll, widget)
        return self.sections[key]

    def show_section(self, key: str) -> QWidget:
        """Switch to section `key` as a click in the list would."""
        self.nav.setCurrentRow(SECTIONS.index(key))
        return self.sections[key]

    def current_section_key(self) -> str:
        return SECTIONS[max(self.nav.currentRow(), 0)]

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        key = SECTIONS[row]
        self.section(key)
        self.stack.setCurrentWidget(self._scrolls[key])

    def refresh(self) -> None:
        """Reload the lists (not the forms: what is being typed stays)."""
        for widget in self.sections.values():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()
