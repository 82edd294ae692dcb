"""The guide window: contents on the left, the page on the right, back and forward, find.

Offline by construction: pages come from the installed resources (``pages``), and the
browser never follows a link itself (``setOpenLinks(False)``). A link to another guide page
is followed here; any other link is only shown as text in the status bar, never opened —
the guide has none today, and a test keeps it that way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import PurePosixPath

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from altitude.ui.guide.find_bar import FindBar
from altitude.ui.guide.pages import (
    INDEX,
    PLACEHOLDER,
    GuidePage,
    MissingPage,
    contents,
    page_name,
    read_page,
)
from altitude.ui.guide.shortcuts import own_shortcuts

OBJECT_NAME = "guideWindow"
Filler = Callable[[], str]


def space_out(document: QTextDocument) -> None:
    """Qt's Markdown import sets headings flush against the text above them and lines
    close together: give section headings some air and lines a little more height, so a
    page reads as sections rather than a wall."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        form = block.blockFormat()
        if form.headingLevel() > 1:
            form.setTopMargin(14)
            form.setBottomMargin(4)
        elif form.headingLevel() == 0:
            form.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(form)
        block = block.next()


class GuideWindow(QMainWindow):
    def __init__(
        self, parent: QWidget | None = None, fillers: Mapping[str, Filler] | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Altitude guide"))
        self.setMinimumSize(QSize(640, 420))
        self.resize(980, 680)
        self.pages: list[GuidePage] = contents()  # in the app's language
        self.history: list[str] = []
        self.position = -1
        self.fillers: dict[str, Filler] = {"guide-shortcuts": self._own_shortcuts}
        self.fillers.update(fillers or {})

        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setAccessibleName(self.tr("Guide contents"))
        for page in self.pages:
            self.contents.addItem(QListWidgetItem(page.title))
        self.contents.currentRowChanged.connect(self._row_chosen)
        self.contents.setStyleSheet("QListWidget::item { padding: 5px 8px; }")  # as the sidebar
        self.browser = QTextBrowser()
        self.browser.setObjectName("guidePage")
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenLinks(False)  # we follow guide links; nothing else is opened
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.document().setDocumentMargin(16)
        self.find_bar = FindBar(self.browser)
        self.notice = QLabel()
        self.notice.setObjectName("guideNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.browser, 1)
        column.addWidget(self.find_bar)
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 740])
        self.setCentralWidget(split)
        self.statusBar().addWidget(self.notice, 1)
        self._build_actions()

    # ------------------------------------------------------------ actions

    def _action(self, text: str, keys: list[QKeySequence], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        # Not the platform's standard Back keys: on Linux they hold Backspace, which the find
        # field needs.
        back = [key("Alt+Left"), key(Qt.Key.Key_Back)]
        self.back_action = self._action(self.tr("Back"), back, self.back)
        forward = [key("Alt+Right"), key(Qt.Key.Key_Forward)]
        self.forward_action = self._action(self.tr("Forward"), forward, self.forward)
        self.home_action = self._action(
            self.tr("Contents"), [key("Alt+Home")], lambda: self.show_page(INDEX)
        )
        self.find_action = self._action(
            self.tr("Find in this page"), key.keyBindings(key.StandardKey.Find), self.find_bar.open
        )
        self.close_action = self._action(
            self.tr("Close the find bar, or the guide"), [key("Esc")], self._escape
        )
        toolbar = self.addToolBar(self.tr("Guide"))
        toolbar.setObjectName("guideToolbar")
        toolbar.setMovable(False)
        for action in (self.back_action, self.forward_action, self.home_action, self.find_action):
            keys = action.shortcut().toString(key.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({keys})")
            toolbar.addAction(action)

    def _own_shortcuts(self) -> str:
        return own_shortcuts(
            [self.back_action, self.forward_action, self.home_action, self.find_action,
             self.close_action]
        )  # fmt: skip

    def _escape(self) -> None:
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
        else:
            self.close()

    # ------------------------------------------------------------ pages

    @property
    def current(self) -> str | None:
        return self.history[self.position] if self.history else None

    def names(self) -> list[str]:
        return [p.name for p in self.pages]

    def show_page(self, name: str) -> bool:
        """Show ``name`` and remember it for Back; False (and a notice) if there is none."""
        if not self._render(name):
            return False
        if self.current != name:
            del self.history[self.position + 1 :]
            self.history.append(name)
            self.position = len(self.history) - 1
        self._update_buttons()
        return True

    def back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._render(self.history[self.position])
            self._update_buttons()

    def forward(self) -> None:
        if self.position < len(self.history) - 1:
            self.position += 1
            self._render(self.history[self.position])
            self._update_buttons()

    def follow(self, url: QUrl) -> None:
        """A clicked link: another guide page, or (never opened) something outside."""
        if url.scheme() in ("", "file") and not url.host():
            name = page_name(PurePosixPath(url.path()).name)
            if name is not None:
                self.show_page(name)
                return
        self.notice.setText(
            self.tr("Altitude does not open links outside the guide: {0}").format(
                url.toDisplayString()
            )
        )

    def filled(self, page: GuidePage) -> str:
        """The page's Markdown with its run-time tables in place."""

        def fill(match: re.Match[str]) -> str:
            filler = self.fillers.get(match.group(1))
            return filler() if filler else self.tr("(Shown when the guide is opened from the app.)")

        return PLACEHOLDER.sub(fill, page.text)

    def _render(self, name: str) -> bool:
        try:
            page = next((p for p in self.pages if p.name == name), None) or read_page(name)
        except MissingPage:
            self.notice.setText(self.tr("This part of the guide is missing: {0}").format(name))
            return False
        self.notice.clear()
        self.browser.setMarkdown(self.filled(page))
        space_out(self.browser.document())
        self.setWindowTitle(self.tr("Altitude guide — {0}").format(page.title))
        names = self.names()
        self.contents.blockSignals(True)
        self.contents.setCurrentRow(names.index(name) if name in names else -1)
        self.contents.blockSignals(False)
        if self.find_bar.isVisible() and self.find_bar.field.text():
            self.find_bar.find_from_top()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """The Markdown import writes the link colour into the page: a theme switched while
        the guide is open needs the page drawn again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.current:
            self._render(self.current)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.show_page(self.pages[row].name)

    def _update_buttons(self) -> None:
        self.back_action.setEnabled(self.position > 0)
        self.forward_action.setEnabled(self.position < len(self.history) - 1)
