"""Showing an attachment inside the application, from memory: a photo or scanned page in a
viewer window, never through a temporary file and an outside program. A document Qt cannot
show (a PDF) can only be saved as a copy, after a warning that the copy is not encrypted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from piu_desk.ui.admin.common import confirm, format_size, named


class ImageViewer(QDialog):
    """The picture fitted to the window, or at its real size (F or the button switches)."""

    def __init__(self, image: QImage, file_name: str, size: int,
                 save_copy: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._pixmap = QPixmap.fromImage(image)
        self._file_name, self._size = file_name, size
        self._fit = True
        self.picture = named(QLabel(), "picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = QScrollArea()
        self.area.setWidget(self.picture)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidgetResizable(True)
        self.area.setStyleSheet("QScrollArea { background: #202124; }")
        self.info = named(QLabel(), "pictureInfo")
        self.fit_button = named(QPushButton(), "fitButton")
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.toggled.connect(self.set_fit)
        self.save_button = named(QPushButton(), "saveCopy")
        self.save_button.setVisible(save_copy is not None)
        if save_copy is not None:
            self.save_button.clicked.connect(save_copy)
        self.close_button = named(QPushButton(), "closeViewer")
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence("F"), self, self.fit_button.toggle)
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        row.addWidget(self.fit_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addLayout(row)
        self.resize(980, 720)
        self.retranslate()
        self._show_picture()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self._file_name)
        self.info.setText(self.tr("%1 · %2 × %3 pixels · %4").replace(
            "%1", self._file_name).replace("%2", str(self._pixmap.width())).replace(
            "%3", str(self._pixmap.height())).replace("%4", format_size(self._size)))
        self.fit_button.setText(self.tr("Fit to window"))
        self.fit_button.setToolTip(self.tr("Switch between the whole picture and its real "
                                           "size (F)"))
        self.save_button.setText(self.tr("Save a copy…"))
        self.close_button.setText(self.tr("Close"))

    def set_fit(self, fit: bool) -> None:
        self._fit = fit
        self.area.setWidgetResizable(fit)
        self._show_picture()

    def _show_picture(self) -> None:
        if not self._fit:
            self.picture.setPixmap(self._pixmap)
            self.picture.adjustSize()
            return
        area = self.area.viewport().size()
        if (self._pixmap.width() <= area.width() and self._pixmap.height() <= area.height()):
            self.picture.setPixmap(self._pixmap)
            return
        self.picture.setPixmap(self._pixmap.scaled(
            area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._show_picture()


def confirm_unencrypted_copy(parent: QWidget, file_name: str, lead: str = "") -> bool:
    """Warn that the copy leaves the encrypted store; True when the user goes on. `lead`
    says first why a copy is offered at all."""
    title = QCoreApplication.translate("AttachmentCopy", "Save an unencrypted copy?")
    text = QCoreApplication.translate(
        "AttachmentCopy", "The copy of %1 is written to the disk unencrypted: anyone who gets "
        "that disk or USB stick can open it.").replace("%1", file_name)
    if lead:
        text = f"{lead}\n\n{text}"
    details = QCoreApplication.translate(
        "AttachmentCopy", "Save it only where it must go, and delete it when it is no longer "
        "needed. The copy is recorded in the audit trail.")
    go = QCoreApplication.translate("AttachmentCopy", "Choose where to save…")
    return confirm(parent, title, text, go, details)
