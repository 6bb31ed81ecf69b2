"""What the visit form says about itself: that leaving it would lose what was
typed (Save / Discard / Stay), and why a visit's travel is not invoiced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.records.visits import VisitDetails, sign_visit

if TYPE_CHECKING:
    from desktop.views.visits.visit_editor import VisitEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitEditor", text)


def form_state(editor: VisitEditor) -> tuple[object, ...]:
    """The visit's own fields as typed (compared with the saved state)."""
    return (
        editor.client.currentData(),
        editor.site.currentData(),
        editor.technician.currentData(),
        editor.arrived.text().strip(),
        editor.departed.text().strip(),
        editor.travel_time.text().strip(),
        editor.distance.text().strip(),
        editor.summary.toPlainText().strip(),
        editor.signer.text().strip(),
    )


def work_typed(editor: VisitEditor) -> bool:
    """A work line typed but not yet added."""
    return bool(editor.work_duration.text().strip() or editor.work_description.text().strip())


def watch_signature(editor: VisitEditor) -> None:
    """Keep `editor.pad_dirty`: strokes drawn since the signature was last
    stored (cleared when the pad is, and when a report with it is ready)."""
    editor.pad_dirty = False

    def drawn() -> None:
        editor.pad_dirty = not editor.pad.is_empty()

    def reported() -> None:
        editor.pad_dirty = False

    editor.pad.changed.connect(drawn)
    editor.reportReady.connect(reported)


def signature_pending(editor: VisitEditor) -> bool:
    """A signature drawn, or a signer's name typed, that is not stored yet."""
    stored_name = (editor.details.signer_name or "") if editor.details else ""
    name = editor.signer.text().strip()
    return editor.pad_dirty or (bool(name) and name != stored_name)


def has_unsaved(editor: VisitEditor) -> bool:
    return (
        form_state(editor) != editor.clean_state or work_typed(editor) or signature_pending(editor)
    )


def ask_before_leaving(editor: VisitEditor) -> QMessageBox | None:
    """Go back to the list, first asking what to do with unsaved changes:
    save them (and add the typed work line), discard them, or stay. Returns
    the question (window-modal, for tests) or None when nothing was at stake."""
    if not has_unsaved(editor):
        editor.closed.emit()
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _tr("Leave this visit?"),
        _tr("This visit has changes that are not saved yet."),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        editor,
    )
    box.button(QMessageBox.StandardButton.Save).setText(_tr("Save and go back"))
    box.button(QMessageBox.StandardButton.Discard).setText(_tr("Discard changes"))
    box.button(QMessageBox.StandardButton.Cancel).setText(_tr("Stay"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        editor.leave_box = None
        choice = box.standardButton(box.clickedButton())
        saved = choice == QMessageBox.StandardButton.Save and _save_all(editor)
        if saved or choice == QMessageBox.StandardButton.Discard:
            editor.closed.emit()
        # Stay, Esc, or a save that failed: the form stays, its errors shown.

    box.finished.connect(answered)
    editor.leave_box = box
    box.open()
    return box


def _save_all(editor: VisitEditor) -> bool:
    """Save the visit, then the typed work line and the signature; False
    when any of them failed (its message is at its field)."""
    if not editor.save():
        return False
    if work_typed(editor):
        editor.add_work()
        if work_typed(editor):  # refused: the line is still there, with its error
            return False
    if signature_pending(editor):
        visit_id, png = editor.visit_id, editor.pad.to_png()
        assert visit_id is not None  # saved above
        if not editor._run(
            editor.sign_form,
            lambda session: sign_visit(
                session,
                visit_id,
                signature_png=png,
                signer_name=editor.signer.text(),
                signed_at=editor.clock(),
            ),
        ):
            return False
        editor.pad_dirty = False
    return True


def travel_note(details: VisitDetails | None) -> str:
    """Why the visit's travel will not be on an invoice ("" when it will,
    or when there is no travel)."""
    if details is None:
        return ""
    if details.travel_billing == "no_contract":
        return _tr(
            "Travel is on the report but not invoiced: the work on this visit is not "
            "logged under a contract, and only a contract's travel terms (trip fee, "
            "distance or travel-time rate) put travel on an invoice."
        )
    if details.travel_billing == "no_terms":
        return _tr(
            "Travel is on the report but not invoiced: the contract %1 has no travel "
            "terms (trip fee, distance or travel-time rate)."
        ).replace("%1", details.travel_contract)
    return ""
