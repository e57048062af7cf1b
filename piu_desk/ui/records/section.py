"""The two sidebar sections for records: Port calls (the officer's day starts there) and
Vessels. Each has the search box on top (Ctrl+F), its list as the first page, and the
record pages opened from the list or the search results (Alt+Left goes back)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.session import Changes
from piu_desk.ui.records.navigator import Navigator
from piu_desk.ui.records.port_calls_view import PortCallsView
from piu_desk.ui.records.search_view import SearchResults
from piu_desk.ui.records.vessels_view import VesselsView
from piu_desk.ui.tasks import TaskRunner

SCOPE = Qt.ShortcutContext.WidgetWithChildrenShortcut


class RecordsSection(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, home: PortCallsView | VesselsView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.home = home
        self.results = SearchResults(desk, tasks)
        self.search_box = self.results.search_box
        self.navigator = Navigator(desk, tasks, home, self.results)
        home.open_record.connect(self.navigator.open)
        self.search_label = QLabel()
        self.search_box.textEdited.connect(self._typed)
        self.search_box.leave.connect(self.navigator.leave_results)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self,
                                       self.focus_search, context=SCOPE)
        self.back_shortcut = QShortcut(QKeySequence("Alt+Left"), self, self.navigator.back,
                                       context=SCOPE)
        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.navigator, 1)

    def focus_search(self) -> None:
        """Ctrl+F: to the search box, its text selected; earlier results come back."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()
        if self.search_box.text().strip():
            self.navigator.show_results()

    def _typed(self, text: str) -> None:
        if text.strip():
            self.navigator.show_results()
        else:
            self.navigator.leave_results()

    def search(self, text: str) -> SearchResults:
        """Search at once for `text`, as if typed (for the keyboard and for tests)."""
        self.search_box.setText(text)
        self._typed(text)
        self.results.run()
        return self.results

    def refresh(self, changes: Changes) -> None:
        if changes.touches("session") and not self._desk.is_unlocked:
            return
        self.home.refresh(changes)
        self.navigator.refresh(changes)
        if self.navigator.current() is self.results and self.results.query:
            self.results.run()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Search:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PortCallsSection(RecordsSection):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, PortCallsView(desk, tasks), parent)
        self.setObjectName("portCallsSection")
        self.retranslate()


class VesselsSection(RecordsSection):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, VesselsView(desk, tasks), parent)
        self.setObjectName("vesselsSection")
        self.retranslate()
