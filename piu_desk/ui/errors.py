"""Showing errors: a known fault says what to do; anything else is logged, never shown as a
stack trace."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from piu_desk.core.errors import DeskError

log = logging.getLogger("piu_desk.ui")


def tr_core(context: str, text: str) -> str:
    """Translate a string the core marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate(context, text)


def describe(exc: BaseException) -> str:
    """The text to show an officer for `exc`; bugs are logged with their trace."""
    if isinstance(exc, DeskError):
        return exc.render(tr_core)
    log.error("internal error", exc_info=(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate(
        "Errors", "Something went wrong inside PIU Desk. Nothing was changed. The details "
        "are in the log file; please tell support.")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Errors", "PIU Desk"), describe(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()
