"""A PDF shown inside the app one page at a time: page through it ("Page 2 of 7"), zoom in
and out, fit the page's width or the whole page. The page is drawn again at each zoom, so
text stays sharp."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.ui.admin.common import named
from piu_desk.ui.dashboard.pdf_pages import POINTS_PER_INCH, PdfPages
from piu_desk.ui.i18n import Retranslating

ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE, FIXED = "width", "page", "fixed"
SCREEN_DPI = 96
MARGIN = 24  # around the page inside the scroll area


class ReportPreview(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.pages: PdfPages | None = None
        self.index = 0
        self.zoom = 1.0
        self.mode = FIT_WIDTH
        self._build()
        self.retranslate()
        self._update_controls()

    def _build(self) -> None:
        self.previous = named(QToolButton(), "previousPage")
        self.next = named(QToolButton(), "nextPage")
        self.position = named(QLabel(), "pagePosition")
        self.zoom_out = named(QToolButton(), "zoomOut")
        self.zoom_in = named(QToolButton(), "zoomIn")
        self.fit_width = named(QPushButton(), "fitWidth")
        self.fit_page = named(QPushButton(), "fitPage")
        self.zoom_label = named(QLabel(), "zoomLevel")
        for button in (self.fit_width, self.fit_page):
            button.setCheckable(True)
            button.setAutoDefault(False)
        self.previous.setText("◀")
        self.next.setText("▶")
        self.zoom_out.setText("−")
        self.zoom_in.setText("+")
        self.previous.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next.clicked.connect(lambda: self.show_page(self.index + 1))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        self.fit_width.clicked.connect(lambda: self.set_mode(FIT_WIDTH))
        self.fit_page.clicked.connect(lambda: self.set_mode(FIT_PAGE))
        self.page_label = named(QLabel(), "pageImage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.area = named(QScrollArea(), "previewArea")
        self.area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.area.setStyleSheet("QScrollArea { background: #6b6f75; }")
        self.area.setWidget(self.page_label)
        self.area.setWidgetResizable(False)
        self.placeholder = named(QLabel(), "previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        bar = QHBoxLayout()
        controls: tuple[QWidget, ...] = (self.previous, self.position, self.next)
        for widget in controls:
            bar.addWidget(widget)
        bar.addStretch(1)
        controls = (self.zoom_out, self.zoom_label, self.zoom_in, self.fit_width, self.fit_page)
        for widget in controls:
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.placeholder, 1)

    def retranslate(self) -> None:
        self.previous.setToolTip(self.tr("Previous page (Page Up)"))
        self.next.setToolTip(self.tr("Next page (Page Down)"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.fit_width.setText(self.tr("Fit width"))
        self.fit_page.setText(self.tr("Whole page"))
        self.placeholder.setText(self.tr("The preview appears here."))
        self._update_controls()

    # -- what is shown ----------------------------------------------------------------------
    def set_pdf(self, data: bytes | None) -> None:
        """Show `data` from its first page (or, when it has as many pages, the same page)."""
        if self.pages is not None:
            self.pages.close()
        self.pages = PdfPages(data) if data else None
        count = len(self.pages) if self.pages else 0
        self.index = min(self.index, max(count - 1, 0))
        self._draw()

    def set_message(self, text: str) -> None:
        """Show `text` instead of a page (while a preview is made, or why it could not)."""
        self.placeholder.setText(text)
        self.area.hide()
        self.placeholder.show()

    def page_count(self) -> int:
        return len(self.pages) if self.pages else 0

    def show_page(self, index: int) -> None:
        if self.pages and 0 <= index < len(self.pages):
            self.index = index
            self._draw()
            self.area.verticalScrollBar().setValue(0)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._draw()

    def step_zoom(self, step: int) -> None:
        current = self._effective_zoom()
        if step > 0:
            self.zoom = next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1])
        else:
            self.zoom = next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0])
        self.set_mode(FIXED)

    def _effective_zoom(self) -> float:
        if self.pages is None or self.mode == FIXED:
            return self.zoom
        size = self.pages.size(self.index)
        inches_w = size.width() / POINTS_PER_INCH
        inches_h = size.height() / POINTS_PER_INCH
        # the room inside the frame, less a vertical scroll bar (a page fitted to the width
        # is taller than the view) and a margin round the page
        frame = 2 * self.area.frameWidth()
        bar = self.area.verticalScrollBar().sizeHint().width()
        width = self.area.width() - frame - bar - MARGIN
        height = self.area.height() - frame - MARGIN
        by_width = width / (inches_w * SCREEN_DPI)
        if self.mode == FIT_WIDTH:
            return max(0.2, by_width)
        return max(0.2, min(by_width, height / (inches_h * SCREEN_DPI)))

    def _draw(self) -> None:
        if self.pages is None or not len(self.pages):
            self.page_label.clear()
            self.area.hide()
            self.placeholder.show()
            self._update_controls()
            return
        self.placeholder.hide()
        self.area.show()
        ratio = self.devicePixelRatioF()
        image = self.pages.image(self.index, SCREEN_DPI * self._effective_zoom() * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_label.setPixmap(pixmap)
        self.page_label.resize(pixmap.deviceIndependentSize().toSize())
        self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        self.position.setText(self.tr("Page {page} of {count}")
                              .replace("{page}", QLocale().toString(self.index + 1
                                                                    if count else 0))
                              .replace("{count}", QLocale().toString(count)))
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < count - 1)
        for widget in (self.zoom_in, self.zoom_out, self.fit_width, self.fit_page):
            widget.setEnabled(bool(count))
        self.fit_width.setChecked(self.mode == FIT_WIDTH)
        self.fit_page.setChecked(self.mode == FIT_PAGE)
        self.zoom_label.setText(QLocale().toString(round(self._effective_zoom() * 100)) + " %")

    # -- keys and size ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageDown:
            self.show_page(self.index + 1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.show_page(self.index - 1)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.mode != FIXED and self.pages is not None:
            self._draw()
