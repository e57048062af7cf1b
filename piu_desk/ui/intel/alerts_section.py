"""The Alerts section: the inbox of watchlist alerts (open ones first), the chosen alert in
detail below it, and the records it links to opened in place (Back returns to the inbox).
The sidebar says how many are open ("Alerts (3)"); so does the status bar, which the main
window fills from `open_count()`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from piu_desk.core.desk import Desk
from piu_desk.core.intel.alerts import DISPOSITION_LABELS, Disposition
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named, read_only, status_style
from piu_desk.ui.entry_common import heading_label, number
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.alert_detail import AlertDetail
from piu_desk.ui.intel.alerts_model import STATION, AlertsModel, Column
from piu_desk.ui.intel.alerts_rows import (
    FILTERS,
    MOST,
    SHOW_ALL,
    SHOW_DISPOSED,
    SHOW_OPEN,
    AlertRow,
    Inbox,
    load_inbox,
)
from piu_desk.ui.records.common import MUTED_STYLE, Target
from piu_desk.ui.station_filter import StationFilter
from piu_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from piu_desk.ui.records.navigator import Navigator

# What makes the inbox read again: its alerts, the entries and the records they show.
TOPICS = ("alerts", "watchlist", "persons", "crew", "port_calls", "vessels", "session")
SECTION_TITLE = "Alerts"  # marked in context "Sections" in piu_desk/ui/sections.py


class AlertsSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsSection")
        self._desk, self._tasks = desk, tasks
        self.inbox = Inbox([], 0, 0)
        self._fitted = False
        self.model = AlertsModel(self)
        self.heading = heading_label("alertsHeading")
        self.filter_label = QLabel()
        self.filter = named(QComboBox(), "alertsFilter")
        for key in FILTERS:
            self.filter.addItem("", key)
        self.station_filter = StationFilter(desk, "alertsStation")
        self.model.station_label = self.station_filter.label_of
        self.total = named(QLabel(), "alertsTotal")
        self.total.setStyleSheet(MUTED_STYLE)
        self.notice = named(QLabel(), "alertsNotice")
        self.notice.setWordWrap(True)
        self.empty = named(QLabel(), "noAlerts")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.table = self._make_table()
        self.detail = AlertDetail(desk, tasks)
        self.detail.decision.decided.connect(self._decided)
        self.detail.decision.refused.connect(self._show_refusal)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._inbox_page())
        self.navigator: Navigator | None = None  # built when a record is first opened
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.back_shortcut = QShortcut(QKeySequence("Alt+Left"), self, self.back,
                                       context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.station_filter.changed.connect(lambda _station: self.reload())
        self.detail.open_record.connect(self.open_record)
        self.retranslate()
        self.reload()

    def _make_table(self) -> QTableView:
        table = read_only(named(QTableView(), "alertsTable"))
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (Column.SCREENED, Column.PORT_CALL, Column.ENTRY, Column.WHY):
            # these share the width; the whole text is in the tooltip and the detail
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(lambda *_: self.show_chosen())
        self.station_filter.fit(table, STATION)
        return table

    def _inbox_page(self) -> QWidget:
        filters = QHBoxLayout()
        filters.addWidget(self.heading)
        filters.addStretch(1)
        filters.addWidget(self.total)
        filters.addSpacing(16)
        filters.addWidget(self.filter_label)
        filters.addWidget(self.filter)
        filters.addSpacing(16)
        filters.addWidget(self.station_filter)
        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addLayout(filters)
        upper.addWidget(self.notice)
        upper.addWidget(self.table, 1)
        upper.addWidget(self.empty)
        scroll = self.detail_scroll = QScrollArea()
        scroll.setObjectName("alertDetailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(scroll)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        page = named(QWidget(), "alertsInbox")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_inbox()

    def fit_inbox(self) -> None:
        """The inbox as tall as its rows (3 to 5 in sight), the rest for the alert; done
        when first shown, not after each decision."""
        rows = min(max(self.model.rowCount(), 3), 5)
        need = (self.heading.sizeHint().height() + self.table.horizontalHeader().height()
                + rows * self.table.verticalHeader().defaultSectionSize()
                + 2 * self.table.frameWidth() + 30)
        total = sum(self.splitter.sizes()) or 700
        self.splitter.setSizes([need, max(total - need, 1)])

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Watchlist alerts"))
        self.filter_label.setText(self.tr("&Show:"))
        self.filter_label.setBuddy(self.filter)
        names = {SHOW_OPEN: self.tr("Open"), SHOW_DISPOSED: self.tr("Decided"),
                 SHOW_ALL: self.tr("All (open first)")}
        for index, key in enumerate(FILTERS):
            self.filter.setItemText(index, names[key])
        self.model.retranslate()
        self._show_counts()

    # -- the inbox ------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if any(changes.touches(topic) for topic in TOPICS):
            self.reload()
        if self.navigator is not None:
            self.navigator.refresh(changes)

    def reload(self) -> None:
        if not self._desk.is_unlocked:
            self.inbox = Inbox([], 0, 0)
            self.model.set_rows([])
            self._show_counts()
            self.show_chosen()
            return
        self.station_filter.reload()
        desk, shown, origin = self._desk, str(self.filter.currentData()), \
            self.station_filter.station()
        found = self._tasks.call(
            lambda: desk.run_on_owner(lambda: load_inbox(desk, shown, origin)), self)
        if found is None:
            return
        chosen, row = self.chosen(), self.table.currentIndex().row()
        self.inbox = found
        self.model.set_rows(found.rows)
        self.select(chosen.alert.id if chosen is not None else 0, max(row, 0))
        self._show_counts()

    def _show_counts(self) -> None:
        shown, total = self.model.rowCount(), self.inbox.total
        if total > shown:
            text = self.tr("The newest %1 of %2 alerts").replace("%1", number(shown)) \
                .replace("%2", number(total))
        else:
            text = self.tr("%1 alert(s)").replace("%1", number(total))
        self.total.setText(text)
        self.total.setToolTip(self.tr("At most %1 alerts of each status are listed.")
                              .replace("%1", number(MOST)))
        self.empty.setText({
            SHOW_OPEN: self.tr("No alert is waiting for a decision. Crew lists, persons found "
                               "aboard and arriving vessels are screened against the "
                               "watchlist as they are recorded."),
            SHOW_DISPOSED: self.tr("No alert has been decided yet."),
        }.get(str(self.filter.currentData()), self.tr("There are no alerts.")))
        self.empty.setVisible(shown == 0)

    def open_count(self) -> int:
        """How many alerts wait for a decision (the status bar shows it)."""
        return self.inbox.open_count

    def sidebar_title(self) -> str:
        """"Alerts (3)" while alerts are open, "Alerts" when none are."""
        title = QCoreApplication.translate("Sections", SECTION_TITLE)
        if not self.open_count():
            return title
        return self.tr("%1 (%2)").replace("%1", title).replace("%2", number(self.open_count()))

    def show_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(FILTERS.index(key))

    # -- choosing -------------------------------------------------------------------------
    def select(self, alert_id: int, fallback_row: int = 0) -> None:
        """That alert; when it is no longer listed, the one now in its place."""
        row = self.model.row_of(alert_id)
        if row < 0:
            row = min(fallback_row, self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.show_chosen()

    def chosen(self) -> AlertRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_chosen(self) -> None:
        row = self.chosen()
        self.detail.setVisible(row is not None)
        self.detail.show_row(row)

    def _decided(self, alert_id: int, disposition: str) -> None:
        label = tr_core("Intel", DISPOSITION_LABELS[Disposition(disposition)])
        self.notice.setStyleSheet(status_style(True))
        self.notice.setText(self.tr("Alert %1 recorded as: %2.").replace(
            "%1", number(alert_id)).replace("%2", label))

    def _show_refusal(self) -> None:
        """The message under the note in sight, once the layout has made room for it."""
        decision = self.detail.decision
        QTimer.singleShot(0, lambda: self.detail_scroll.ensureWidgetVisible(decision.buttons[
            Disposition.HQ_CHECK]) if isValid(decision) else None)

    # -- records opened from an alert -----------------------------------------------------
    def open_record(self, target: Target) -> QWidget | None:
        """The record's page in place of the inbox; Back (Alt+Left) returns."""
        navigator = self._navigator()
        page = navigator.open(target)
        if page is not None:
            self.pages.setCurrentWidget(navigator)
        return page

    def _navigator(self) -> Navigator:
        """The record pages, as in the records sections; its first page stands for the
        inbox. Imported here: the record pages import this package for their marks."""
        from piu_desk.ui.records.navigator import Navigator
        from piu_desk.ui.records.search_view import SearchResults

        if self.navigator is None:
            self.navigator = Navigator(self._desk, self._tasks, QWidget(),
                                       SearchResults(self._desk, self._tasks))
            self.navigator.currentChanged.connect(self._page_changed)
            self.pages.addWidget(self.navigator)
        return self.navigator

    def _page_changed(self) -> None:
        navigator = self.navigator
        if navigator is not None and navigator.current() is navigator.home:
            self.pages.setCurrentIndex(0)
            self.table.setFocus()

    def back(self) -> None:
        """Alt+Left: the page before, the inbox in the end."""
        if self.navigator is not None and self.pages.currentWidget() is self.navigator:
            self.navigator.back()
