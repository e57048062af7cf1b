"""The pages of a records section, like a browser's history: the list first, then each
record opened from it (or from search results); Back returns to the page before."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.session import Changes
from piu_desk.ui.records.common import PERSON, PORT_CALL, VESSEL, Target
from piu_desk.ui.records.page import RecordPage
from piu_desk.ui.records.person_page import PersonPage
from piu_desk.ui.records.port_call_page import PortCallPage
from piu_desk.ui.records.search_view import SearchResults
from piu_desk.ui.records.vessel_page import VesselPage
from piu_desk.ui.tasks import TaskRunner


class Navigator(QStackedWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, home: QWidget, results: SearchResults,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordPages")
        self._desk, self._tasks = desk, tasks
        self.home, self.results = home, results
        self.history: list[QWidget] = [home]
        self.addWidget(home)
        self.addWidget(results)
        results.open_record.connect(self.open)
        results.go_back.connect(self.back)
        self.setCurrentWidget(home)

    def current(self) -> QWidget:
        return self.history[-1]

    def _make(self, target: Target) -> RecordPage | None:
        if target.kind == VESSEL:
            return VesselPage(self._desk, self._tasks, target.id)
        if target.kind == PORT_CALL:
            return PortCallPage(self._desk, self._tasks, target.id, target.tab)
        if target.kind == PERSON:
            return PersonPage(self._desk, self._tasks, target.id)
        return None

    def open(self, target: Target) -> RecordPage | None:
        """Open the record on a new page; None when it cannot be read (already said)."""
        top = self.current()
        if isinstance(top, PortCallPage) and target.kind == PORT_CALL \
                and top.port_call_id == target.id:
            top.show_tab(target.tab)
            return top
        page = self._make(target)
        if page is None or not page.load():
            if page is not None:
                page.deleteLater()
            return None
        page.open_record.connect(self.open)
        page.go_back.connect(self.back)
        self.addWidget(page)
        self._push(page)
        return page

    def _push(self, page: QWidget) -> None:
        self.history.append(page)
        self.setCurrentWidget(page)
        if isinstance(page, RecordPage) and page is not self.results:
            page.focus_widget().setFocus()

    def back(self) -> None:
        if len(self.history) < 2:
            return
        page = self.history.pop()
        self.setCurrentWidget(self.history[-1])
        self.history[-1].setFocus()
        if page is not self.results:
            self.removeWidget(page)
            page.deleteLater()

    def home_page(self) -> None:
        while len(self.history) > 1:
            self.back()

    # -- search results -----------------------------------------------------------------
    def show_results(self) -> None:
        """The results on top: the pages opened from them are closed."""
        if self.results in self.history:
            while self.current() is not self.results:
                self.back()
        else:
            self._push(self.results)

    def leave_results(self) -> None:
        if self.current() is self.results:
            self.back()

    def refresh(self, changes: Changes) -> None:
        for page in self.history[1:]:
            if isinstance(page, RecordPage):
                page.refresh(changes)
