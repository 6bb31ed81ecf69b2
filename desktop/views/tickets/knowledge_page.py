"""The knowledge base (tier 0): search as you type, the article with its
symptoms, cause, workaround and fix, and how many tickets it solved."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.helpdesk import knowledge
from desktop.services.helpdesk.knowledge import ArticleInput, ArticleSummary
from desktop.views import changes
from desktop.views.list_page import PAGE_MARGIN, SEARCH_DELAY_MS, page_title
from desktop.views.record_dialog import RecordDialog
from desktop.views.theme import icon
from desktop.views.tickets.dialogs import text_box


def _tr(text: str) -> str:
    return QCoreApplication.translate("KnowledgePage", text)


ArticleRole = Qt.ItemDataRole.UserRole


class ArticleDialog(RecordDialog):
    """New article, or edit one."""

    def __init__(self, sessions, article: ArticleSummary | None = None, parent=None) -> None:
        super().__init__(sessions, _tr("Edit article") if article else _tr("New article"), parent)
        self.article_id = article.id if article else None
        self.setMinimumWidth(560)
        self.title_edit = self.add_field("title", _tr("Title"), QLineEdit())
        self.symptoms_edit = self.add_field("symptoms", _tr("Symptoms"), text_box(3))
        self.cause_edit = self.add_field("cause", _tr("Cause"), text_box(2))
        self.workaround_edit = self.add_field("workaround", _tr("Workaround"), text_box(2))
        self.fix_edit = self.add_field("fix", _tr("Fix"), text_box(3))
        self.tags_edit = self.add_field("tags", _tr("Tags"), QLineEdit())
        self.tags_edit.setPlaceholderText(_tr("comma-separated, e.g. printer, m365"))
        # The client help site (Data → Export client help site…) shows only
        # the articles ticked here; internal notes never leave the app.
        self.for_clients_box = self.add_field(
            "for_clients", "", QCheckBox(_tr("Show on the client help site"))
        )
        self.internal_edit = self.add_field("internal_notes", _tr("Internal notes"), text_box(2))
        self.internal_edit.setPlaceholderText(_tr("For technicians only; never exported"))
        if article:
            self.for_clients_box.setChecked(article.for_clients)
            self.internal_edit.setPlainText(article.internal_notes)
            self.title_edit.setText(article.title)
            self.symptoms_edit.setPlainText(article.symptoms)
            self.cause_edit.setPlainText(article.cause)
            self.workaround_edit.setPlainText(article.workaround)
            self.fix_edit.setPlainText(article.fix)
            self.tags_edit.setText(", ".join(article.tags))

    def save(self, session: Session) -> int:
        data = ArticleInput(
            title=self.title_edit.text(),
            symptoms=self.symptoms_edit.toPlainText(),
            cause=self.cause_edit.toPlainText(),
            workaround=self.workaround_edit.toPlainText(),
            fix=self.fix_edit.toPlainText(),
            tags=self.tags_edit.text(),
            for_clients=self.for_clients_box.isChecked(),
            internal_notes=self.internal_edit.toPlainText(),
        )
        if self.article_id is None:
            return knowledge.add_article(session, data).id
        return knowledge.update_article(session, self.article_id, data).id


def article_html(article: ArticleSummary) -> str:
    solved = article.solved_tickets
    count = (
        _tr("Solved 1 ticket")
        if solved == 1
        else _tr("Solved %1 tickets").replace("%1", str(solved))
    )
    tags = " ".join(
        f'<span style="background:#E8EEF6; color:#1F5A96;">&nbsp;{escape(t)}&nbsp;</span>'
        for t in article.tags
    )
    parts = [
        f'<h2 style="color:#1D2733; margin-bottom:2px;">{escape(article.title)}</h2>',
        f'<p style="color:#5B6878; margin-top:0;">{escape(count)}&nbsp;&nbsp;{tags}</p>',
    ]
    for title, text in (
        (_tr("Symptoms"), article.symptoms),
        (_tr("Cause"), article.cause),
        (_tr("Workaround"), article.workaround),
        (_tr("Fix"), article.fix),
    ):
        if text:
            body = "<br/>".join(escape(line) for line in text.splitlines())
            parts.append(
                f'<h4 style="color:#3E4C5E; margin-bottom:2px;">{escape(title)}</h4>'
                f'<p style="margin-top:0;">{body}</p>'
            )
    return "".join(parts)


class KnowledgePage(QWidget):
    """Search box and New article above; the matches left, the article right."""

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_tr("Search symptoms, causes, fixes, tags…"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.refresh)  # Enter: search now
        self.new_button = QPushButton(icon("add"), _tr("New article"))
        self.new_button.clicked.connect(self.new_article)
        self.edit_button = QPushButton(icon("edit"), _tr("Edit"))
        self.edit_button.clicked.connect(self.edit_article)

        self.results = QListWidget()
        self.results.setObjectName("articleList")
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setStyleSheet(
            "QListWidget#articleList::item { padding: 7px 6px; border-bottom: 1px solid #E3E7EC; }"
            "QListWidget#articleList::item:selected { background: #D3E1F2; color: #1D2733; }"
        )
        self.results.currentItemChanged.connect(self._show_current)
        self.view = QTextBrowser()
        self.view.setObjectName("articleView")
        self.view.document().setDocumentMargin(14)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.results)
        splitter.addWidget(self.view)
        splitter.setSizes([380, 700])

        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.search)
        toolbar.addStretch(1)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN - 4, PAGE_MARGIN, PAGE_MARGIN - 8)
        layout.setSpacing(12)
        layout.addWidget(page_title(_tr("Knowledge base")))
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        for shortcut, slot in (
            ("Ctrl+F", self.search.setFocus),
            ("Ctrl+N", self.new_article),
            ("F5", self.refresh),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            # Like the Actions menu's: the key works wherever the focus is in
            # the window while this page is shown (hidden pages do not answer).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.articles: list[ArticleSummary] = []
        self.refresh()
        changes.watch_changes(self, sessions, {changes.KNOWLEDGE}, self.refresh)

    def refresh(self) -> None:
        """Search now (the box calls this after a short pause)."""
        self._timer.stop()
        with read_only(self.sessions) as session:
            self.articles = knowledge.search_articles(session, self.search.text(), 100)
        self.results.clear()
        for article in self.articles:
            solved = article.solved_tickets
            item = QListWidgetItem(
                f"{article.title}\n{_tr('Solved %1').replace('%1', str(solved))}"
                f"  ·  {', '.join(article.tags)}"
            )
            item.setData(ArticleRole, article.id)
            self.results.addItem(item)
        if self.articles:
            self.results.setCurrentRow(0)
        else:
            self.view.setHtml(f'<p style="color:#5B6878;">{escape(_tr("No article matches."))}</p>')
        self.edit_button.setEnabled(bool(self.articles))

    def current(self) -> ArticleSummary | None:
        row = self.results.currentRow()
        return self.articles[row] if 0 <= row < len(self.articles) else None

    def _show_current(self) -> None:
        article = self.current()
        if article is not None:
            self.view.setHtml(article_html(article))

    def new_article(self) -> None:
        dialog = ArticleDialog(self.sessions, None, self)
        if dialog.exec():
            self.refresh()

    def edit_article(self) -> None:
        article = self.current()
        if article is None:
            return
        dialog = ArticleDialog(self.sessions, article, self)
        if dialog.exec():
            self.refresh()
