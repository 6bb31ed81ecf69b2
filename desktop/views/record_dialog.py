"""The shape every edit dialog shares: a form whose fields show their own
error message underneath, a banner for problems that belong to no field (a
conflicting edit), and OK/Cancel. OK saves in one unit of work; on any
refusal the dialog stays open with everything the user typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import unit_of_work
from desktop.services.clients import NotFound, ValidationError, VersionConflict


def service_message(text: str) -> str:
    """A message from a service, translated when a translation exists."""
    return QCoreApplication.translate("Services", text)


class RecordDialog(QDialog):
    """Subclasses add fields with add_field() and implement save()."""

    def __init__(
        self, sessions: sessionmaker[Session], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.saved_id: int | None = None
        self.setWindowTitle(title)
        self.setModal(True)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

        self.banner = QLabel()
        self.banner.setObjectName("dialogBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Plain text buttons: some platform themes add stock icons that clash
        # with the app's own line icons.
        for button in self.buttons.buttons():
            button.setIcon(QIcon())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # The layout does not drive the window's minimum size: error lines
        # appearing would change it on every failed save. The dialog sets its
        # minimum once before it is first shown and grows itself when needed.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._minimum_fixed = False
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def setVisible(self, visible: bool) -> None:
        if visible and not self._minimum_fixed:
            self._minimum_fixed = True
            hint = self.sizeHint()
            self.setMinimumSize(hint)
            self.resize(hint.expandedTo(self.size()))
        super().setVisible(visible)

    def _grow_to_fit(self) -> None:
        self.resize(self.size().expandedTo(self.sizeHint()))

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled field with an (initially hidden) error line under it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.form.addRow(label, holder)
        self._fields[key] = widget
        self._errors[key] = error
        return widget

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def error_text(self, key: str) -> str:
        """The message shown under `key` ("" when none; for tests too)."""
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field and highlight the field; focus
        the first one so the user lands where the problem is."""
        self.clear_errors()
        first: QWidget | None = None
        for key, message in errors.items():
            if key not in self._fields:
                self.show_banner(service_message(message))
                continue
            self._errors[key].setText(service_message(message))
            self._errors[key].show()
            widget = self._fields[key]
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            first = first or widget
        self._grow_to_fit()
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        self.banner.hide()
        for key, label in self._errors.items():
            label.hide()
            label.clear()
            widget = self._fields[key]
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
        self._grow_to_fit()

    def save(self, session: Session) -> int:
        """Write the form in `session` and return the record's id."""
        raise NotImplementedError

    def conflict_text(self) -> str:
        return self.tr(
            "Someone else changed this record after you opened it, so it was not saved. "
            "Your changes are still here: copy what you need, then Cancel and open the "
            "record again to see the other changes."
        )

    def accept(self) -> None:
        self.clear_errors()
        try:
            with unit_of_work(self.sessions) as session:
                saved_id = self.save(session)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except VersionConflict:
            self.show_banner(self.conflict_text())
            return
        except NotFound:
            self.show_banner(self.tr("This record no longer exists; it was not saved."))
            return
        self.saved_id = saved_id
        super().accept()
