"""The shape every edit dialog shares: a form whose fields show their own
error message underneath, a banner for problems that belong to no field (a
conflicting edit), and OK/Cancel. OK saves in one unit of work; on any
refusal (a UserError from a service) the dialog stays open with everything
the user typed, the message under the field it names or in the banner."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

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

from desktop.db.session import read_only, unit_of_work
from desktop.services.common.errors import UserError
from desktop.services.records.clients import NotFound, VersionConflict
from desktop.views.conflict_panel import ConflictPanel


def service_message(text: str) -> str:
    """A message from a service, translated when a translation exists."""
    return QCoreApplication.translate("Services", text)


def field_with_error(widget: QWidget) -> tuple[QWidget, QLabel]:
    """`widget` with a hidden error line under it, in one holder for a form
    row; show the error with the label's setText and show()."""
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
    return holder, error


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
        holder, error = field_with_error(widget)
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

    def show_user_error(self, exc: UserError) -> None:
        """A service's refusal: under the field(s) it names, else (or for a
        field this form does not have) in the banner."""
        errors = exc.field_errors()
        if errors:
            self.show_errors(errors)
        else:
            self.clear_errors()
            self.show_banner(service_message(exc.message))

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
        except VersionConflict:
            self.show_banner(self.conflict_text())
            return
        except NotFound:
            self.show_banner(self.tr("This record no longer exists; it was not saved."))
            return
        except UserError as exc:  # every other refusal a person is meant to read
            self.show_user_error(exc)
            return
        self.saved_id = saved_id
        super().accept()


class VersionedRecordDialog(RecordDialog):
    """A RecordDialog for a record with a version counter. The version read
    when the dialog opens is the one the save expects; when someone saved
    the record in between, the save is refused, the typed values stay, and
    both versions are shown side by side: the user takes theirs per field
    (or keeps all of theirs) and saves over the other version on purpose.

    Subclasses name their fields with add_field() keys equal to the field
    names of their input dataclass, and implement load_record(),
    set_input(), current_input() and display_values()."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        title: str,
        conflict_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(sessions, title, parent)
        self.version: int | None = None
        # On a conflicting save: what the dialog opened with, and what the
        # other user saved (with its version), so both can be shown.
        self.opened_input: Any = None
        self.theirs: Any = None
        self.their_version: int | None = None
        self.conflict_panel = ConflictPanel(conflict_title, self)
        self.conflict_panel.hide()
        self.conflict_panel.use_ticked.clicked.connect(self.use_ticked_values)
        self.conflict_panel.keep_mine.clicked.connect(self.keep_my_values)
        self.layout().insertWidget(1, self.conflict_panel)

    # -- what subclasses provide -------------------------------------------

    def load_record(self, session: Session) -> tuple[Any, int]:
        """The record as form input, with its version. Raises NotFound."""
        raise NotImplementedError

    def set_input(self, data: Any) -> None:
        raise NotImplementedError

    def current_input(self) -> Any:
        raise NotImplementedError

    def display_values(self, data: Any) -> dict[str, str]:
        """Each field of `data` as the user reads it (names, not ids)."""
        raise NotImplementedError

    def conflict_messages(self) -> tuple[str, str]:
        """The banner when the record is gone, and when both are shown."""
        return (
            RecordDialog.conflict_text(self),
            self.tr(
                "Someone else changed this record after you opened it, so your changes were "
                "not saved yet. Both versions are shown below: tick the values to take from "
                "theirs, or keep all of yours, then press OK to save."
            ),
        )

    # -- the flow ------------------------------------------------------------

    def start_editing(self) -> None:
        """Read the record and the version the save will expect."""
        with read_only(self.sessions) as session:
            data, self.version = self.load_record(session)
        self.set_input(data)
        self.opened_input = data

    def _load_theirs(self) -> None:
        """Read what the other user saved, in a session of its own."""
        try:
            with read_only(self.sessions) as session:
                self.theirs, self.their_version = self.load_record(session)
        except NotFound:
            self.theirs, self.their_version = None, None

    def field_labels(self) -> dict[str, str]:
        """Form labels by field key, without their mnemonic ampersands."""
        labels = {}
        for row, key in enumerate(self._fields):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            text = widget.text() if isinstance(widget, QLabel) else key
            labels[key] = text.replace("&", "")
        return labels

    def conflict_fields(self) -> list[tuple[str, str]]:
        labels = self.field_labels()
        return [(f.name, labels.get(f.name, f.name)) for f in fields(self.current_input())]

    def conflict_text(self) -> str:
        self._load_theirs()
        gone, both = self.conflict_messages()
        if self.theirs is None:
            return gone
        self.conflict_panel.show_versions(
            self.conflict_fields(),
            self.display_values(self.current_input()),
            self.display_values(self.theirs),
            self.display_values(self.opened_input) if self.opened_input is not None else None,
        )
        return both

    def use_ticked_values(self) -> None:
        """Fill the form with the ticked values of the other version (the
        rest stays as typed) and save over their version on the next OK."""
        if self.theirs is None:
            return
        taken = {key: getattr(self.theirs, key) for key in self.conflict_panel.ticked()}
        self.set_input(replace(self.current_input(), **taken))
        self._adopt_their_version()

    def keep_my_values(self) -> None:
        """Keep everything as typed; the next OK saves it over their version."""
        self._adopt_their_version()

    def _adopt_their_version(self) -> None:
        self.version = self.their_version
        self.opened_input = self.theirs
        self.theirs = None
        self.conflict_panel.hide()
        self.show_banner(self.tr("Press OK to save the values now in the form."))
