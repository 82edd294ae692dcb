"""The main window: a sidebar of pages, menus, the undo stack and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import PlanState
from altitude.ui.context import AppContext
from altitude.ui.pages.base import Page
from altitude.ui.pages.registry import build_pages


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings or QSettings()
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(900, 600))
        self.pages: list[Page] = build_pages(ctx)
        self.reminder: object | None = None  # set by ui.features
        self.checkin_action: QAction | None = None
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.banner_area = QVBoxLayout()
        self.banner_area.setContentsMargins(0, 0, 0, 0)
        for page in self.pages:
            self.sidebar.addItem(QListWidgetItem(page.title))
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.currentRowChanged.connect(self._remember_page)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(self.banner_area)
        right.addWidget(self.stack, 1)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        self.setCentralWidget(body)
        self.setTabOrder(self.sidebar, self.stack)

        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._build_actions()
        ctx.state_changed.connect(self._show_title)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.undo_stack.cleanChanged.connect(lambda _clean: None)
        self._restore()
        self._show_title(ctx.state)

    # ------------------------------------------------------------ actions

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.new_action = QAction(self.tr("&New item"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(lambda: self.current_page().new_item())
        edit_menu.addAction(self.new_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for index, page in enumerate(self.pages):
            action = QAction(page.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            view_menu.addAction(action)
            self.page_actions.append(action)
        self.view_menu = view_menu
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.quit_action = quit_action
        file_menu.addAction(quit_action)

    def add_file_action(self, action: QAction) -> None:
        """Later features (import, export, report, backups) add themselves before Quit."""
        self.file_menu.insertAction(self.quit_action, action)

    # ------------------------------------------------------------ pages

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)
        self.stack.currentWidget().setFocus()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def _remember_page(self, index: int) -> None:
        self.settings.setValue("window/page", index)

    def _show_title(self, state: PlanState) -> None:
        plan = state.plan
        suffix = f" — {plan.new_role}" if plan and plan.new_role else ""
        self.setWindowTitle(f"Altitude{suffix}")

    # ------------------------------------------------------------ geometry

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1180, 760)
        page = self.settings.value("window/page", 0)
        try:
            index = int(page)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            index = 0
        self.sidebar.setCurrentRow(index if 0 <= index < len(self.pages) else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
