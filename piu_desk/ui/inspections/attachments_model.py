"""An inspection's photos and documents as a list of thumbnails.

An item is either stored (listed from the core, its content fetched when opened) or
pending: read from a file for an inspection not saved yet, held in memory until it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from piu_desk.core.domain.attachment import PDF, TIFF, Attachment
from piu_desk.ui.admin.common import format_size
from piu_desk.ui.entry_common import format_moment
from piu_desk.ui.inspections.thumbnails import document_pixmap, thumbnail_pixmap

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_TAGS = {PDF: "PDF", TIFF: "TIFF"}


@dataclass(frozen=True)
class AttachmentItem:
    file_name: str
    mime_type: str
    size: int
    thumbnail: bytes | None
    stored: Attachment | None = None
    data: bytes | None = None  # pending items only

    @property
    def id(self) -> int | None:
        return self.stored.id if self.stored else None

    @property
    def pending(self) -> bool:
        return self.stored is None

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")

    @classmethod
    def of(cls, stored: Attachment) -> AttachmentItem:
        return cls(stored.file_name, stored.mime_type, stored.size, stored.thumbnail, stored)


class AttachmentsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AttachmentItem] = []
        self._icons: dict[int, QIcon] = {}

    def set_items(self, items: list[AttachmentItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._icons = {}
        self.endResetModel()

    def append(self, items: list[AttachmentItem]) -> None:
        if not items:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._items.extend(items)
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        self.set_items([item for n, item in enumerate(self._items) if n != row])

    def items(self) -> list[AttachmentItem]:
        return list(self._items)

    def item_at(self, row: int) -> AttachmentItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def retranslate(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.file_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(index.row(), item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == ITEM_ROLE:
            return item
        return None

    def _icon(self, row: int, item: AttachmentItem) -> QIcon:
        if row not in self._icons:
            pixmap = thumbnail_pixmap(item.thumbnail) if item.thumbnail else None
            if pixmap is None or pixmap.isNull():
                pixmap = document_pixmap(TYPE_TAGS.get(item.mime_type, "FILE"))
            self._icons[row] = QIcon(pixmap)
        return self._icons[row]

    def _tooltip(self, item: AttachmentItem) -> str:
        size = format_size(item.size)
        if item.stored is None:
            detail = self.tr("%1 · kept when the inspection is saved").replace("%1", size)
        else:
            detail = self.tr("%1 · added by %2 on %3").replace("%1", size).replace(
                "%2", item.stored.added_by).replace("%3", format_moment(item.stored.added_at))
        return f"{item.file_name}\n{detail}"
