"""Action rows that stay on screen: while a settings card runs past the
bottom of its scroll area, the card's own buttons (Save profile, Add series…)
are lifted into a footer pinned to the bottom of the area, in line with the
card, and go back into the card when its foot scrolls into view. The same
widgets move, so what a button does, its state and its "Saved." note stay
as they are (CSS calls this position: sticky)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from desktop.views.settings.form import FieldForm

# The footer only stands in for a card whose title and first field show.
MIN_CARD_SHOWN = 72
FOOTER_PADDING = (20, 10, 20, 10)  # the card's own side margins: the buttons stay put


class StickyActions(QObject):
    """Keeps the action row of the card crossing the bottom edge of `scroll`
    visible."""

    def __init__(self, scroll: QScrollArea, section: QWidget) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self.section = section
        self.card: FieldForm | None = None  # whose row is in the footer now
        self.footer = QFrame(scroll.viewport())
        self.footer.setObjectName("stickyActions")
        self._holder = QVBoxLayout(self.footer)
        self._holder.setContentsMargins(*FOOTER_PADDING)
        self.footer.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update)
        bar = scroll.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        bar.rangeChanged.connect(self._later)
        scroll.viewport().installEventFilter(self)
        section.installEventFilter(self)

    def cards(self) -> list[FieldForm]:
        return [
            card
            for card in self.section.findChildren(FieldForm)
            if card.actions_slot is not None and card.isVisibleTo(self.section)
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._later()
        return False

    def _later(self) -> None:
        self._timer.start()

    def _top(self, widget: QWidget) -> int:
        return widget.mapTo(self.scroll.viewport(), QPoint(0, 0)).y()

    def crossing_card(self) -> FieldForm | None:
        """The card that starts on screen and whose action row does not."""
        bottom = self.scroll.viewport().height()
        for card in self.cards():
            slot = card.actions_slot
            assert slot is not None
            starts_on_screen = self._top(card) + MIN_CARD_SHOWN < bottom - slot.height()
            if starts_on_screen and self._top(slot) + slot.height() > bottom:
                return card
        return None

    def update(self) -> None:
        card = self.crossing_card() if self.scroll.isVisible() else None
        if card is not self.card:
            self._give_back()
            if card is not None:
                self._lift(card)
        if self.card is not None:
            self._place()

    def _lift(self, card: FieldForm) -> None:
        assert card.actions is not None and card.actions_slot is not None
        # The slot keeps the row's height so the card (and the scroll range)
        # does not move when the row leaves it.
        card.actions_slot.setFixedHeight(card.actions_slot.height())
        self._holder.addWidget(card.actions)
        self.card = card
        self.footer.show()
        self.footer.raise_()

    def _give_back(self) -> None:
        card, self.card = self.card, None
        self.footer.hide()
        if card is None or card.actions is None or card.actions_slot is None:
            return
        slot = card.actions_slot
        slot.layout().addWidget(card.actions)
        slot.setMinimumHeight(0)
        slot.setMaximumHeight(16777215)  # QWIDGETSIZE_MAX

    def _place(self) -> None:
        assert self.card is not None
        viewport = self.scroll.viewport()
        left = self.card.mapTo(viewport, QPoint(0, 0)).x()
        height = self.footer.sizeHint().height()
        self.footer.setGeometry(left, viewport.height() - height, self.card.width(), height)
