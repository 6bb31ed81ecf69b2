"""At 1024×700, in the longest languages, the invoices page shows its quick
actions whole and its period fields without overlap (issue 16: the toolbar
read "Πρ…ιο", "Άν…μα" and the Lines label sat on the date field)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QLabel, QToolButton

from desktop.views import i18n
from desktop.views.invoicing import InvoicesPage
from desktop.views.main_window import MainWindow


@pytest.fixture
def language(qapp):
    yield i18n.install_translators
    i18n.remove_translators()


@pytest.mark.parametrize("code", ["el", "pl", "en"])
def test_quick_actions_and_period_fit_at_1024(qtbot, small_db, language, code):
    language(code)
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("invoices")
    page = window.pages["invoices"]
    assert isinstance(page, InvoicesPage)
    qtbot.waitUntil(lambda: window.width() == 1024)
    actions = set(page.actions.values())
    overview = page.stack.widget(0)  # the editor (page 1) has its own buttons
    buttons = [b for b in overview.findChildren(QToolButton) if b.defaultAction() in actions]
    assert {b.defaultAction() for b in buttons} == actions
    for button in buttons:
        button.show()  # Open hides until a row is chosen; it must fit too
        page.layout().activate()
        # A button narrower than it asks for elides its text.
        assert button.width() >= button.sizeHint().width(), (code, button.text())
    # The period's labels and fields do not overlap one another.
    row = [page.from_edit, page.to_edit, page.grouping]
    labels = [w for w in page.findChildren(QLabel) if w.objectName() == "factName"]
    widgets = sorted(
        (w for w in row + labels if w.isVisible()),
        key=lambda w: w.mapTo(page, w.rect().topLeft()).x(),
    )
    for left, right in itertools.pairwise(widgets):
        left_end = left.mapTo(page, left.rect().topRight()).x()
        right_start = right.mapTo(page, right.rect().topLeft()).x()
        assert left_end <= right_start, (code, left, right)
