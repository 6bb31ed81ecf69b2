"""The Help menu: keyboard shortcuts (read from the window's own actions, the
same QActions the menus show, so the list is always true), the user guide, and
About TechLedger."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.app import Database
from desktop.db.migrate import current_revision, head_revision
from desktop.resources import guide_path, resource_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _owner(window: QWidget, action: QAction) -> str:
    """Where an action outside the menus lives: its toolbar or its page."""
    for owner in action.associatedObjects():
        if isinstance(owner, QToolBar):
            return owner.windowTitle()
    pages = getattr(window, "pages", {})
    parent = action.parent()
    if isinstance(parent, QWidget):
        from desktop.views.main_window import page_titles  # the window imports this module

        titles = page_titles()
        for key, page in pages.items():
            if parent is page or page.isAncestorOf(parent):
                return titles.get(key, key)
    return ""


def _name(action: QAction) -> str:
    text = _plain(action.text()).strip()
    tip = action.toolTip().strip()
    if tip and tip != text:
        # Tool tips often end with the shortcut in brackets: drop it.
        tip = tip.split(" (")[0]
    return text or tip or action.objectName()


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(where, action, shortcut) for every action of the window that has a
    shortcut: the menus in order, then toolbars and the pages built so far."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(where: str, action: QAction) -> None:
        if id(action) in seen or action.isSeparator():
            return
        shortcuts = [s for s in action.shortcuts() if not s.isEmpty()]
        if not shortcuts:
            return
        seen.add(id(action))
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
        row = (where, _name(action) or _tr("(no description)"), keys)
        if row not in rows:
            rows.append(row)

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{title} › {_plain(action.menu().title())}")
            else:
                # A page's action shown in the Actions menu is listed with its page.
                add(_owner(window, action) or title, action)

    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu(), _plain(top.menu().title()))
    for action in window.findChildren(QAction):
        add(_owner(window, action), action)
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, gathered from its actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        build_all = getattr(window, "build_all_pages", None)
        if callable(build_all):
            build_all()  # every page's keys, not only the pages opened so far
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Action"), self.tr("Shortcut")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for r, (where, action, keys) in enumerate(rows):
            for c, text in enumerate((where or self.tr("Window"), action, keys)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "A page's shortcuts work while that page is shown; the Actions menu "
                "lists those of the page on show."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("tileNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def shortcut_texts(self) -> list[str]:
        return [self.table.item(r, 2).text() for r in range(self.table.rowCount())]


class GuideDialog(QDialog):
    """docs/guide.md rendered as Markdown, with its screenshots (found next
    to the guide) scaled down to the width of the dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("TechLedger user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self._source: dict[str, str] = {}  # scaled picture → the guide's picture
        path = guide_path()
        # Relative image names ("screenshots/x.png") resolve in the guide's folder.
        self.browser.setSearchPaths([str(path.parent)])
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(
                self.tr("The user guide was not found at %1.").replace("%1", str(path))
            )
        self.browser.document().setDocumentMargin(18)
        self.browser.document().setUndoRedoEnabled(False)  # fit_images edits formats
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 680)
        self.fit_images()

    def shown_images(self) -> list[str]:
        """The resource names of the pictures the document shows, in order
        (a scaled copy's name once fit_images has run)."""
        names: list[str] = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat() and fmt.toImageFormat().name() not in names:
                    names.append(fmt.toImageFormat().name())
                it += 1
            block = block.next()
        return names

    def image_names(self) -> list[str]:
        """The pictures as the guide names them ("screenshots/x.png")."""
        return [self._source.get(name, name) for name in self.shown_images()]

    def fit_images(self) -> None:
        """Show every picture at most as wide as the text column (a 1280 px
        screenshot would need a side scroll), scaled smoothly beforehand:
        the text browser itself would scale by dropping pixels."""
        document = self.browser.document()
        column = self.browser.viewport().width() - int(2 * document.documentMargin() + 4)
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            # A picture inside a list item starts further right.
            indent = block.blockFormat().indent() + (
                block.textList().format().indent() if block.textList() else 0
            )
            room = column - int(indent * document.indentWidth() + block.blockFormat().leftMargin())
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                if not fragment.charFormat().isImageFormat():
                    continue
                image_format = fragment.charFormat().toImageFormat()
                name = self._source.get(image_format.name(), image_format.name())
                shown = self._scaled(name, max(room, 200))
                if shown is None or shown == image_format.name():
                    continue
                image_format.setName(shown)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(image_format)
            block = block.next()

    def _scaled(self, name: str, width: int) -> str | None:
        """The resource name of picture `name` at most `width` px wide (the
        picture itself when it is narrower); None when it cannot be read."""
        document = self.browser.document()
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if isinstance(image, QPixmap):
            image = image.toImage()
        if not isinstance(image, QImage) or image.isNull():
            return None
        if image.width() <= width:
            return name
        key = f"{name}?width={width}"
        if key not in self._source:
            ratio = self.devicePixelRatioF()
            scaled = image.scaledToWidth(
                round(width * ratio), Qt.TransformationMode.SmoothTransformation
            )
            scaled.setDevicePixelRatio(ratio)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), scaled)
            self._source[key] = name
        return key

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()


class AboutDialog(QDialog):
    """Version, schema revision, where the data is, and the font licence."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About TechLedger"))
        try:
            revision = current_revision(db.engine) or self.tr("none")
        except Exception:  # a server gone away must not stop the About box
            revision = self.tr("unknown")
        facts = [
            (self.tr("Version"), __version__),
            (
                self.tr("Database schema"),
                self.tr("%1 (this version's newest: %2)")
                .replace("%1", revision)
                .replace("%2", head_revision()),
            ),
            (self.tr("Database"), db.display_name),
            (self.tr("Qt / Python"), f"{qVersion()} / {sys.version.split()[0]}"),
        ]
        rows = "".join(
            f"<tr><td style='padding-right:14px;color:#5B6878'>{k}</td><td>{_escape(v)}</td></tr>"
            for k, v in facts
        )
        self.summary = QLabel(
            f"<h2 style='margin:0'>{APP_NAME}</h2>"
            f"<p>{self.tr('Time, tickets, prepaid hours and invoices for small IT support shops.')}"
            f"</p><table>{rows}</table>"
        )
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setWordWrap(True)
        licence_title = QLabel(
            self.tr("Invoices and reports embed the DejaVu Sans font, shipped under this licence:")
        )
        licence_title.setWordWrap(True)
        self.licence = QTextBrowser()
        licence_path = resource_path("fonts", "LICENSE-DejaVu.txt")
        try:
            self.licence.setPlainText(licence_path.read_text(encoding="utf-8"))
        except OSError:
            self.licence.setPlainText(str(licence_path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(licence_title)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _open(dialog: QDialog) -> None:
    """Window-modal and not blocking; freed when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def install_help_menu(window: QMainWindow, menu: QMenu, db: Database) -> dict[str, QAction]:
    """Add the three Help actions to `menu`; returns them by key."""
    actions: dict[str, QAction] = {}
    shortcuts = menu.addAction(_tr("&Keyboard shortcuts"))
    shortcuts.setShortcut(QKeySequence("Ctrl+/"))
    shortcuts.triggered.connect(lambda: _open(ShortcutsDialog(window)))
    actions["shortcuts"] = shortcuts
    guide = menu.addAction(_tr("&User guide"))
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: _open(GuideDialog(window)))
    actions["guide"] = guide
    menu.addSeparator()
    about = menu.addAction(_tr("&About TechLedger"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: _open(AboutDialog(db, window)))
    actions["about"] = about
    return actions
