"""The master watchlist at HQ: the version the stations have been sent, until when it is
valid, the changes made since, publishing the next version, and the versions before."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.exchange.releases import Release
from piu_desk.ui.admin.common import named, read_only
from piu_desk.ui.hq.texts import DASH, fill, format_date, moment, valid_until
from piu_desk.ui.records.common import MUTED_STYLE, format_number, value_label
from piu_desk.ui.table_models import RowsTableModel

ROWS_SHOWN = 5
PENDING_STYLE = "color: #7a4b00; font-weight: bold;"


class ReleasesModel(RowsTableModel):
    columns = 6

    def set_rows(self, rows: list[Release]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Version"), self.tr("Published"), self.tr("By"),
                self.tr("Valid until"), self.tr("Entries"), self.tr("Note")]

    def cell(self, item: Any, column: int, role: int) -> Any:
        assert isinstance(item, Release)
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(item.version), moment(item.published_at), item.published_by,
                    format_date(item.expires_at), format_number(item.entries),
                    item.note or DASH)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and item.note:
            return item.note
        return None


class ReleasesBox(QGroupBox):
    publish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releasesBox")
        self.latest: Release | None = None
        self.unpublished = 0
        self.may_publish = False
        self.current = value_label("currentRelease")
        self.current.setStyleSheet("font-weight: bold;")
        self.published = value_label("releasePublished")
        self.published.setStyleSheet(MUTED_STYLE)
        self.pending = value_label("unpublishedChanges")
        self.publish_button = named(QPushButton(), "publishRelease")
        self.publish_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.publish_button.clicked.connect(self.publish_requested.emit)
        self.only_supervisor = named(QLabel(), "publishOnlySupervisor")
        self.only_supervisor.setStyleSheet(MUTED_STYLE)
        self.only_supervisor.setWordWrap(True)
        self.past_label = QLabel()
        self.model = ReleasesModel(self)
        self.table = read_only(named(QTableView(), "releasesTable"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        action = QHBoxLayout()
        action.addWidget(self.publish_button)
        action.addWidget(self.only_supervisor, 1)
        action.setAlignment(self.publish_button, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.published)
        layout.addWidget(self.pending)
        layout.addLayout(action)
        layout.addWidget(self.past_label)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Master watchlist"))
        self.past_label.setText(self.tr("Versions published:"))
        self.only_supervisor.setText(self.tr("Only a supervisor publishes a version."))
        self.model.retranslate()
        self._show()

    def show_releases(self, rows: list[Release], unpublished: int, may_publish: bool) -> None:
        self.latest = rows[0] if rows else None
        self.unpublished, self.may_publish = unpublished, may_publish
        self.model.set_rows(rows)
        self._show()

    def next_version(self) -> int:
        return self.latest.version + 1 if self.latest else 1

    def _show(self) -> None:
        latest, locale = self.latest, QLocale()
        if latest is None:
            self.current.setText(self.tr("No version published yet: the stations have no "
                                         "watchlist from HQ."))
            self.published.hide()
        else:
            self.current.setText(fill(self.tr("{version} · entries: {entries}"),
                                      version=valid_until(latest.version, latest.expires_at),
                                      entries=locale.toString(latest.entries)))
            self.published.setText(fill(self.tr("Published {time} by {user}"),
                                        time=moment(latest.published_at),
                                        user=latest.published_by))
            self.published.show()
        if self.unpublished:
            self.pending.setText(fill(self.tr("Changes not yet published: {n}"),
                                      n=locale.toString(self.unpublished)))
            self.pending.setStyleSheet(PENDING_STYLE)
        else:
            self.pending.setText(self.tr("Every change is published."))
            self.pending.setStyleSheet(MUTED_STYLE)
        self.publish_button.setText(fill(self.tr("Publish version {version}…"),
                                         version=self.next_version()))
        self.publish_button.setVisible(self.may_publish)
        self.only_supervisor.setVisible(not self.may_publish)
        self.past_label.setVisible(latest is not None)
        self.table.setVisible(latest is not None)
        self._fit()

    def _fit(self) -> None:
        """As tall as the versions, up to five; then it scrolls."""
        rows = min(self.model.rowCount(), ROWS_SHOWN)
        height = self.table.verticalHeader().defaultSectionSize() * max(rows, 1)
        self.table.setFixedHeight(height + self.table.horizontalHeader().sizeHint().height()
                                  + 2 * self.table.frameWidth() + 2)
