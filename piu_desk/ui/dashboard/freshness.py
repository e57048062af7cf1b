"""Reading a dashboard again when what it counts changed: at once while it is shown,
otherwise when it is shown next (a hidden dashboard does not read the store)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.session import Changes

if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object


class ReloadWhenShown(_WidgetBase):
    """Mix in before a QWidget class that has `_desk`, `topics` (the change topics it
    counts) and `reload()` (which clears `_stale`)."""

    topics: tuple[str, ...] = ()
    _desk: Desk
    _stale = False

    def reload(self) -> None:
        raise NotImplementedError

    def refresh(self, changes: Changes) -> None:
        if changes.touches("session") and not self._desk.is_unlocked:
            return
        if any(changes.touches(t) for t in self.topics):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
