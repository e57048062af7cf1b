"""The boarding officers of an inspection: the desk's officers and supervisors, ticked."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QWidget

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
ROWS_SHOWN = (3, 7)  # the list is as tall as its names, within these bounds


def officer_text(username: str, full_name: str) -> str:
    return f"{full_name} ({username})" if full_name and full_name != username else username


class OfficersList(QListWidget):
    """Space ticks the current officer; a named officer whose account has since been
    disabled stays in the list, ticked, so saving never drops them. Read-only, only the
    ticked officers are shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officers")
        self._read_only = False
        self._names: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full name is in the tooltip

    def sizeHint(self) -> QSize:
        shown = sum(not self.item(row).isHidden() for row in range(self.count()))
        rows = min(max(shown, ROWS_SHOWN[0]), ROWS_SHOWN[1])
        height = rows * max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        return QSize(super().sizeHint().width(), height + 2 * self.frameWidth() + 2)

    def set_officers(self, available: list[tuple[str, str]], ticked: tuple[str, ...]) -> None:
        self.clear()
        self._names = dict(available)
        everyone = list(available) + [(u, u) for u in ticked if u not in self._names]
        for username, full_name in everyone:
            item = QListWidgetItem(officer_text(username, full_name), self)
            item.setToolTip(item.text())
            item.setData(NAME_ROLE, username)
            item.setCheckState(Qt.CheckState.Checked if username in ticked
                               else Qt.CheckState.Unchecked)
        self.set_read_only(self._read_only)

    def names(self) -> dict[str, str]:
        """username -> full name of the officers the desk knows."""
        return dict(self._names)

    def ticked(self) -> tuple[str, ...]:
        return tuple(str(self.item(row).data(NAME_ROLE)) for row in range(self.count())
                     if self.item(row).checkState() == Qt.CheckState.Checked)

    def tick(self, username: str, on: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(NAME_ROLE) == username:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in range(self.count()):
            item = self.item(row)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setHidden(read_only and item.checkState() != Qt.CheckState.Checked)
        self.updateGeometry()
