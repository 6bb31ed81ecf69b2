"""Icons and the application's style sheet, in one place so every page looks
the same."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.resources import resource_path

ICON_DIR = resource_path("icons")

ACCENT = "#1F5A96"

STYLE_SHEET = f"""
QListWidget#sidebar {{
    background: #EEF2F7;
    border: none;
    border-right: 1px solid #D8DEE6;
    padding: 8px 6px;
    outline: 0;
    font-size: 10.5pt;
}}
QListWidget#sidebar::item {{
    padding: 8px 10px;
    margin: 1px 0;
    border-radius: 6px;
    color: #2A3442;
}}
QListWidget#sidebar::item:hover {{ background: #E1E8F1; }}
QListWidget#sidebar::item:selected {{
    background: #D3E1F2;
    color: {ACCENT};
    font-weight: 600;
}}
QLabel#pageTitle {{
    font-size: 16pt;
    font-weight: 600;
    color: #1D2733;
}}
QLabel#sectionTitle {{
    font-size: 11pt;
    font-weight: 600;
    color: #1D2733;
}}
QLabel#emptyState {{
    color: #5B6878;
    font-size: 11pt;
    padding: 40px;
}}
QLabel#fieldError {{
    color: #B3261E;
    font-size: 9pt;
}}
QLabel#dialogBanner {{
    background: #FDECEA;
    color: #8C1D18;
    border: 1px solid #F3B8B3;
    border-radius: 4px;
    padding: 8px 10px;
}}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"],
QPlainTextEdit[invalid="true"] {{
    border: 1px solid #B3261E;
    background: #FFF6F5;
}}
QTableView {{
    gridline-color: #E3E7EC;
    selection-background-color: #D3E1F2;
    selection-color: #1D2733;
    alternate-background-color: #F7F9FB;
}}
QHeaderView::section {{
    background: #F3F5F8;
    border: none;
    border-bottom: 1px solid #D8DEE6;
    border-right: 1px solid #E3E7EC;
    padding: 5px 6px;
    font-weight: 600;
    color: #3E4C5E;
}}
QFrame#tile {{
    background: #FFFFFF;
    border: 1px solid #D8DEE6;
    border-radius: 8px;
}}
QFrame#tile:hover {{ border-color: {ACCENT}; background: #F7FAFE; }}
QLabel#tileValue {{ font-size: 22pt; font-weight: 600; color: {ACCENT}; }}
QLabel#tileTitle {{ font-size: 10pt; font-weight: 600; color: #2A3442; }}
QLabel#tileNote {{ color: #5B6878; }}
QToolButton {{ padding: 4px 8px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QPushButton {{ padding: 5px 16px; }}
"""


@cache
def icon(name: str) -> QIcon:
    """The line icon `resources/icons/<name>.svg`."""
    return QIcon(str(ICON_DIR / f"{name}.svg"))


def app_icon() -> QIcon:
    return icon("techledger")
