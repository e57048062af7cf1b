"""What the crew list and the watchlist imports share: their pages (choose the file, the
preview, what was imported) stacked above a bar that says why the import cannot go ahead,
with the import button and Cancel/Close; the dialog is held still while the worker reads
or saves."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.tasks import Task


class ImportDialog(Retranslating, QDialog):
    """Subclasses make their pages, call `_frame` and give `_show_decision()` (the import
    button's text and state and the reason shown); `outcome` is set once rows were saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: object | None = None
        self.task: Task | None = None  # the reading or saving under way, or the last one
        self._busy = False
        self.pages = QStackedWidget()
        self.reason = named(QLabel(), "importBlocked")
        self.reason.setWordWrap(True)
        self.import_button = QPushButton()
        self.close_button = named(QPushButton(), "closeImport")

    def _frame(self, pages: Sequence[QWidget], import_name: str, minimum: tuple[int, int],
               size: tuple[int, int], reason_colour: str) -> None:
        """Lay out the pages and the bar, sized for the screen (a 1366x768 laptop too); the
        reason is said in `reason_colour`."""
        self.reason.setStyleSheet(f"color: {reason_colour};")
        for page in pages:
            self.pages.addWidget(page)
        self.import_button.setObjectName(import_name)
        for button in (self.import_button, self.close_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason, 1)
        bottom.addStretch(0)  # the buttons keep their size while the reason is hidden
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumSize(*minimum)
        room = self.screen().availableGeometry()
        self.resize(min(size[0], room.width() - 40), min(size[1], room.height() - 40))

    def _show_decision(self) -> None:
        raise NotImplementedError

    def _working(self) -> None:
        """While the worker reads or saves (not the whole dialog: the progress window, a
        child of it, keeps its Cancel button)."""
        self._busy = True
        for widget in (self.pages, self.import_button, self.close_button):
            widget.setEnabled(False)

    def _idle(self) -> None:
        self._busy = False
        self.pages.setEnabled(True)
        self.close_button.setEnabled(True)
        self._show_decision()

    def reject(self) -> None:
        """Cancel leaves the store as it was; after an import, closing is Accepted."""
        if self._busy:
            return
        if self.outcome is not None:
            self.accept()
        else:
            super().reject()
