"""The watchlist as a table read page by page: one kind or both, a text looked for in the
names, documents and identifiers, and expired entries shown (marked) or left out. The
filtering is done by the store, so a list of a hundred thousand entries opens at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from piu_desk.core.desk import Desk
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.errors import DeskError
from piu_desk.core.intel import watchlist
from piu_desk.ui.intel.watchlist_texts import (
    EXPIRED_COLOURS,
    EXPIRED_MARK,
    born_or_imo,
    country_code,
    country_tooltip,
    documents_text,
    expires_text,
    handling_text,
    kind_text,
    names_text,
    names_tooltip,
    origin_text,
)
from piu_desk.ui.records.common import format_date
from piu_desk.ui.records.lazy_model import LazyTableModel
from piu_desk.ui.table_models import Index


class Column(IntEnum):
    """Who or what, and whether it still alerts, first: on a laptop screen the columns
    from the reason on may need scrolling to."""

    KIND = 0
    NAMES = 1
    BORN_IMO = 2
    COUNTRY = 3
    DOCUMENTS = 4
    EXPIRES = 5
    ORIGIN = 6
    REASON = 7
    ISSUER = 8
    ISSUED = 9
    HANDLING = 10


STATION = len(Column)  # whose desk entered it: a column at HQ only (StationFilter.fit)


class WatchlistModel(LazyTableModel):
    """Set the filters with `set_filter`; `total` is how many match, `everything` how many
    entries the watchlist holds and `expired_count` how many of those have expired."""

    columns = len(Column)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.kind: EntryKind | None = None
        self.query = ""
        self.show_expired = True
        self.origin = ""  # one station's, or all
        self.station_label: Callable[[str], str] = str  # a station's name, for its tooltip
        self.everything = 0
        self.expired_count = 0
        self.today = date.min
        self._recount = True

    def set_filter(self, kind: EntryKind | None, text: str, show_expired: bool) -> None:
        self.kind, self.query, self.show_expired = kind, " ".join(text.split()), show_expired
        self._recount = self.today == date.min  # the totals change with entries, not filters
        self.reload()

    def set_origin(self, origin: str) -> None:
        self.origin = origin
        self._recount = self.today == date.min
        self.reload()

    @property
    def filtered(self) -> bool:
        return (self.kind is not None or bool(self.query) or not self.show_expired
                or bool(self.origin))

    def reload(self) -> None:
        """Read the first page again; the totals too, unless only the filter changed."""
        recount, self._recount = self._recount, True
        try:
            self.today = watchlist.today_of(self._desk)
            if recount:
                self.everything = watchlist.count(self._desk)
                self.expired_count = self.everything - watchlist.count(self._desk,
                                                                       expired=False)
        except DeskError:  # locked meanwhile: the list is emptied below
            self.everything = self.expired_count = 0
        super().reload()

    def count(self) -> int:
        return watchlist.count(self._desk, self._kind(), text=self.query,
                               expired=self.show_expired, origin=self.origin)

    def page(self, offset: int, limit: int) -> list[Any]:
        return watchlist.page(self._desk, offset, limit, self._kind(), text=self.query,
                              expired=self.show_expired, origin=self.origin)

    def _kind(self) -> str:
        return self.kind.value if self.kind else ""

    def is_expired(self, entry: WatchEntry) -> bool:
        return entry.expired(self.today)

    def headers(self) -> list[str]:
        texts = {Column.KIND: self.tr("Kind"), Column.NAMES: self.tr("Name and aliases"),
                 Column.BORN_IMO: self.tr("Born / IMO"),
                 Column.COUNTRY: self.tr("Nationality / flag"),
                 Column.DOCUMENTS: self.tr("Documents"), Column.EXPIRES: self.tr("Expires"),
                 Column.ORIGIN: self.tr("From"), Column.REASON: self.tr("Reason"),
                 Column.ISSUER: self.tr("Issuing unit"), Column.ISSUED: self.tr("Issued"),
                 Column.HANDLING: self.tr("Handling")}
        return [texts[c] for c in Column] + [self.tr("Station")]

    def text(self, record: Any, column: int) -> str:
        e: WatchEntry = record
        if column == STATION:
            return e.station
        col = Column(column)
        if col is Column.KIND:
            return kind_text(e.kind)
        if col is Column.NAMES:
            return names_text(e)
        if col is Column.BORN_IMO:
            return born_or_imo(e)
        if col is Column.COUNTRY:
            return country_code(e)
        if col is Column.DOCUMENTS:
            return documents_text(e)
        if col is Column.REASON:
            return " ".join(e.reason.split())
        if col is Column.ISSUER:
            return e.issuer
        if col is Column.ISSUED:
            return format_date(e.issued)
        if col is Column.EXPIRES:
            return expires_text(e, self.is_expired(e))
        if col is Column.HANDLING:
            return handling_text(e.handling)
        return origin_text(e.origin)

    def tooltip(self, record: Any, column: int) -> str:
        e: WatchEntry = record
        if column == Column.NAMES:
            return names_tooltip(e)
        if column == Column.COUNTRY:
            return country_tooltip(e)
        if column == Column.REASON:
            return e.reason
        if column == STATION:
            return self.station_label(e.station)
        if self.is_expired(e):
            return self.tr("Expired: this entry no longer raises alerts.")
        return self.text(record, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        styled = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                  Qt.ItemDataRole.FontRole)
        if role not in styled:
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not self.is_expired(self._rows[index.row()]):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(EXPIRED_COLOURS[0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(EXPIRED_MARK if col == Column.EXPIRES else EXPIRED_COLOURS[1]))
        return _bold() if col == Column.EXPIRES else None


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
