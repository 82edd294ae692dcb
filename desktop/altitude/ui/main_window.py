"""The main window: a sidebar of pages, menus, the undo stack and the status bar.

At start-up the window is shown first as a shell (``MainWindow()``: sidebar, menus,
toolbar, no plan yet), then ``attach`` gives it the opened plan and builds the page it
shows: the frame is on screen before the services, the store and the pages are imported
(ui.app; benchmarks/RESULTS.md). Tests and dialogs pass the context at once.

Pages are built when first shown: the one shown at start-up before the window appears,
each other one when it is first asked for (the sidebar, Ctrl+1…, ``page()``, ``pages``).
A page nobody opens is never built, so its data is not read and its module not imported:
on a ten-year plan Team, Delegation and Inventory each took 0.2-0.3 s to build, which
used to block the window just after its first paint (benchmarks/RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Signal
from PySide6.QtWidgets import QMainWindow

from altitude.ui import watch_paints
from altitude.ui.dashboard.frame_shell import DASHBOARD
from altitude.ui.page_registry import page_specs

if TYPE_CHECKING:  # the frame's picture is shown before these are imported (PySide creates
    # each Qt class's Python type when it is first imported: ~0.5-1 ms apiece)
    from PySide6.QtGui import (
        QAction,
        QCloseEvent,
        QImage,
        QKeySequence,
        QPaintEvent,
        QResizeEvent,
        QShowEvent,
        QWindow,
    )
    from PySide6.QtWidgets import QListWidget, QStackedWidget, QToolBar, QVBoxLayout, QWidget

    from altitude.domain.overview import AtAGlance
    from altitude.ui.dashboard.frame_shell import FrameShell
    from altitude.ui.dashboard.page_placeholder import PagePlaceholder
    from altitude.ui.shared.context import AppContext
    from altitude.ui.shared.page_base import Page

HAS_HELP_KEY = "altitudeHelpKey"  # a dialog's property once it has its F1


class MainWindow(QMainWindow):
    first_painted = Signal()  # the window is on screen: what can wait starts now
    ctx: AppContext  # set by attach
    checkin_action: QAction  # these from build_frame on
    sidebar: QListWidget
    stack: QStackedWidget
    banner_area: QVBoxLayout
    toolbar: QToolBar

    def __init__(
        self,
        ctx: AppContext | None = None,
        settings: QSettings | None = None,
        *,
        frame_later: bool = False,
    ) -> None:
        """``frame_later``: the sidebar, menus and toolbar wait for ``build_frame`` (or
        ``show_shell``): start-up first learns the window's size, to know whether the
        frame's kept picture fits (ui.app)."""
        super().__init__()
        self.settings = settings or QSettings()
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(900, 600))
        self._specs = page_specs()
        self._built: dict[int, Page] = {}
        self._painted = False
        self._keys: list[tuple[QAction, QKeySequence]] = []  # given at attach
        self.closed_on_dashboard = False  # current when closed: its picture is kept (ui.app)
        self.frame_picture: tuple[str, QSize] | None = None  # the key and size it showed
        self.reminder: object | None = None  # set by ui.features
        self.shell: FrameShell | None = None  # the frame's picture, until it is built
        self.frame_built = False
        self.frame_builder: Callable[[], None] = self.build_frame  # ui.app: theme first
        self.frame_to_keep: tuple[str, QSize] | None = None  # its key, at this size (ui.app)
        self.setWindowTitle("Altitude")
        self._restore_geometry()
        self.opening_row = self._remembered_row()
        watch_paints(self)
        if not frame_later:
            self.build_frame()
        if ctx is not None:
            self.attach(ctx)

    def show_shell(self, shell: FrameShell) -> None:
        """The frame's kept picture in the whole window, until ``build_frame``."""
        self.shell = shell
        self.setCentralWidget(shell)
        watch_paints(shell)

    def build_frame(self) -> None:
        """The sidebar, the pages' places, the menus and the toolbar (once)."""
        if self.frame_built:
            return
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import (
            QHBoxLayout,
            QListWidget,
            QListWidgetItem,
            QStackedWidget,
            QToolBar,
            QVBoxLayout,
            QWidget,
        )

        self.frame_built = True
        # In the toolbar from the frame on, so the toolbar has its height before the plan
        # comes (ui.features gives it its key and its work; its words are the features').
        self.checkin_action = QAction(
            QCoreApplication.translate("Features", "Weekly check-in"), self
        )
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.banner_area = QVBoxLayout()
        # The reminder's banner goes here (ui.features); its margins are the frame's too, so
        # the page has the same size before and after the plan comes
        self.banner_area.setContentsMargins(12, 8, 12, 0)
        for title, _build in self._specs:
            self.sidebar.addItem(QListWidgetItem(title))
            self.stack.addWidget(self._placeholder())  # the page's place until it is built
        self.sidebar.currentRowChanged.connect(self._show_row)
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
        if self.shell is not None:
            self.shell.release()
            self.shell = None
        self.setCentralWidget(body)  # the shell, if any, is deleted later
        self.setTabOrder(self.sidebar, self.stack)

        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        # At the top, Qt's default: naming Qt.ToolBarArea would create every enum of the Qt
        # namespace before the frame is shown (~25-40 ms here, benchmarks/RESULTS.md).
        self.addToolBar(self.toolbar)
        self.toolbar.addAction(self.checkin_action)
        self._build_actions()
        self.sidebar.setCurrentRow(self.opening_row)
        if self.isVisible():  # built in place of its picture: no show event to come
            self._lay_out_sidebar()
            if self.focusWidget() is None:  # as a shown frame's: the first in the tab order
                self.sidebar.setFocus()

    def attach(self, ctx: AppContext) -> None:
        """The plan this window shows, once opened: undo, the title, the first page."""
        from PySide6.QtGui import QKeySequence

        self.frame_builder()  # normally built already (ui.app builds it first, theme first)
        self.ctx = ctx
        for action, key in self._keys:
            action.setShortcut(key)
        self._keys = []
        self.undo_action = ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.insertActions(self.new_action, [self.undo_action, self.redo_action])
        ctx.state_changed.connect(self._show_title)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.undo_stack.cleanChanged.connect(lambda _clean: None)
        self._show_row(max(0, self.sidebar.currentRow()))  # built even if the row was current
        self._show_title(ctx.overview)

    @property
    def attached(self) -> bool:
        """Whether the window has its plan yet (the shell at start-up has none)."""
        return hasattr(self, "ctx")

    # ------------------------------------------------------------ actions

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        quit_action = QAction(self.tr("&Quit"), self)
        self._keys_later(quit_action, QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))  # undo and redo: at attach
        self.edit_menu = edit_menu
        self.new_action = QAction(self.tr("&New item"), self)
        self._keys_later(self.new_action, QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self._new_item)
        edit_menu.addAction(self.new_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for index, (title, _build) in enumerate(self._specs):
            action = QAction(title, self)
            if index < 9:  # Ctrl+1 to Ctrl+9; later pages by the sidebar or this menu
                self._keys_later(action, QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            view_menu.addAction(action)
            self.page_actions.append(action)
        self.view_menu = view_menu
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._build_help_menu()
        self.quit_action = quit_action
        file_menu.addAction(quit_action)

    def _placeholder(self) -> PagePlaceholder:
        """Where the page comes: in the frame at start-up, what is happening."""
        from altitude.ui.dashboard.page_placeholder import PagePlaceholder

        return PagePlaceholder(self.tr("Opening your plan…"))

    def keep_page_picture(self, picture: tuple[QImage, QSize] | None) -> None:
        """The frame shows the dashboard as last closed, if that is the page it opens on."""
        from altitude.ui.dashboard.page_placeholder import PagePlaceholder

        place = self.stack.widget(DASHBOARD)
        if self.sidebar.currentRow() == DASHBOARD and isinstance(place, PagePlaceholder):
            place.keep(picture)
            watch_paints(place)

    def _keys_later(self, action: QAction, key: QKeySequence) -> None:
        """``action``'s shortcut, given at ``attach``: the frame has nothing to do with keys
        yet, and PySide's first ``setShortcut`` creates every enum of the Qt namespace
        (~45 ms here; benchmarks/RESULTS.md), which the frame would wait for."""
        self._keys.append((action, key))

    def _new_item(self) -> None:
        if self.attached:  # the frame at start-up has no pages yet
            self.current_page().new_item()

    def _build_help_menu(self) -> None:
        """The guide (F1: at the shown page's part) and its shortcuts page; features add
        About after the separator. The guide's modules are imported when first opened."""
        from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

        self.guide_action = QAction(self.tr("Altitude &guide"), self)
        self._keys_later(self.guide_action, QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setStatusTip(self.tr("How Altitude works, and the ideas behind it"))
        self.guide_action.triggered.connect(lambda _checked=False: self.open_guide())
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setStatusTip(self.tr("Every key Altitude knows"))
        self.shortcuts_action.triggered.connect(lambda _checked=False: self.open_guide("shortcuts"))
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # F1 in a dialog opens that dialog's part
            app.focusWindowChanged.connect(self._give_dialog_help)

    def open_guide(self, topic: str | None = None) -> QWidget:
        """The guide at ``topic``, or at the part about the page shown."""
        from altitude.ui.guide.launch import open_guide
        from altitude.ui.guide.topics import topic_of

        return open_guide(self, topic or topic_of(self.current_page()))

    def _give_dialog_help(self, focus: QWindow | None) -> None:
        """A dialog coming to the front gets its own F1 (the window's shortcut is not
        reachable from a modal dialog). A closed window leaves the dialogs to the open one."""
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QApplication, QDialog

        if not self.isVisible():
            return
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QDialog) or widget.property(HAS_HELP_KEY):
                continue
            if focus is None or widget.windowHandle() != focus:
                continue
            widget.setProperty(HAS_HELP_KEY, True)
            key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), widget)
            key.activated.connect(lambda dialog=widget: self._dialog_guide(dialog))

    def _dialog_guide(self, dialog: QWidget) -> None:
        from altitude.ui.guide.launch import open_guide_for

        open_guide_for(dialog, self)

    def add_file_action(self, action: QAction) -> None:
        """Later features (import, export, report, backups) add themselves before Quit."""
        self.file_menu.insertAction(self.quit_action, action)

    # ------------------------------------------------------------ pages

    @property
    def pages(self) -> list[Page]:
        """Every page, in sidebar order (built now if not yet)."""
        return [self.page(index) for index in range(len(self._specs))]

    def page(self, index: int) -> Page:
        """The page at ``index``, built and put in its place on first use."""
        page = self._built.get(index)
        if page is None:
            from altitude.ui.dashboard.page_placeholder import PagePlaceholder

            place = self.stack.widget(index)
            if isinstance(place, PagePlaceholder):  # nothing paints while the page is built,
                place.keep(None)  # so its picture's pixels go now, not after (peak memory)
            page = self._specs[index][1](self.ctx)
            self._built[index] = page
            watch_paints(page)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            if place is not None:  # the placeholder put there at start-up
                self.stack.removeWidget(place)
                place.deleteLater()
            self.stack.setCurrentIndex(current)
        return page

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)
        shown = self.stack.currentWidget()
        if shown is not None:
            shown.setFocus()

    def current_page(self) -> Page:
        return self.page(self.stack.currentIndex())

    def _show_row(self, index: int) -> None:
        if 0 <= index < len(self._specs) and self.attached:
            self.page(index)
            self.stack.setCurrentIndex(index)

    def is_built(self, index: int) -> bool:
        """Whether the page at ``index`` has been built (shown or asked for) yet."""
        return index in self._built

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.frame_built:  # not the frame's picture, which has no sidebar yet
            self._lay_out_sidebar()

    def _lay_out_sidebar(self) -> None:
        # The sidebar placed its rows while building, before the stylesheet's padding was
        # applied (at show): rows 30 px tall sat 14 px apart, overlapping. Place them again.
        self.sidebar.ensurePolished()
        self.sidebar.doItemsLayout()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _on_current_dashboard(self) -> bool:
        """Whether the dashboard is on screen and shows the plan as it is (not behind a
        write made elsewhere that it has not shown yet)."""
        from altitude.services.errors import StoreError

        if not self.attached or self.stack.currentIndex() != DASHBOARD:
            return False
        try:
            return self.is_built(DASHBOARD) and not self.ctx.service.changed_elsewhere()
        except StoreError:  # the plan is closed already (or gone): nothing to keep
            return False

    def _remember_page(self, index: int) -> None:
        self.settings.setValue("window/page", index)

    def _show_title(self, state: AtAGlance) -> None:
        plan = state.plan
        suffix = f" — {plan.new_role}" if plan and plan.new_role else ""
        self.setWindowTitle(f"Altitude{suffix}")

    # ------------------------------------------------------------ geometry

    def _restore_geometry(self) -> None:
        from PySide6.QtCore import QByteArray

        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1180, 760)

    def _remembered_row(self) -> int:
        page = self.settings.value("window/page", 0)
        try:
            index = int(page)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            index = 0
        return index if 0 <= index < len(self._specs) else 0

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.shell is not None and not self.shell.size_fits(self.size()):
            self.frame_builder()  # the picture was for another size: the frame itself, now

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed_on_dashboard = self._on_current_dashboard()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
