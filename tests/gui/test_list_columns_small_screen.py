"""At 1024×700 in Greek the clients list showed its names as "Ateli…":
the yes/no and terms columns grew to their long Greek titles and the name,
which takes what is left, kept a few letters (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views import i18n
from desktop.views.main_window import MainWindow


@pytest.fixture
def language(qapp):
    yield i18n.install_translators
    i18n.remove_translators()


@pytest.mark.parametrize("code", ["el", "pl", "en"])
def test_the_clients_name_column_keeps_its_room_at_1024(qtbot, small_db, language, code):
    language(code)
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("clients")
    page = window.pages["clients"]
    qtbot.waitUntil(lambda: window.width() == 1024)
    table = page.table
    char = table.fontMetrics().horizontalAdvance("0")
    name = page.spec.column_index("name")
    # "Atelier Horloger Léman Sàrl" and most company names are read whole.
    assert table.horizontalHeader().sectionSize(name) >= 17 * char, code  # half of 34
    # An elided title is read whole in its tooltip.
    model = table.model()
    for section in range(model.columnCount()):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip == title
