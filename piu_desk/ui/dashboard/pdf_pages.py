"""A PDF held in memory, its pages drawn as images: for the preview and for printing.

QtPdf is not part of PySide6-Essentials and poppler is not on a Windows desk, so pages are
drawn with PDFium (pypdfium2, which ships PDFium in its wheels for Windows and Linux). The
document is opened from the bytes in memory: nothing is written to disk, nor to the temp
folder. PDFium is not thread-safe: every call here holds one lock, and a document dropped
without `close()` is closed by our own finalizer under that lock. Left to pypdfium2's
finalizer, it would be closed by whichever thread the garbage collector happens to run on
(a worker filling the store, say) while the GUI thread draws another page.
"""

from __future__ import annotations

import threading
import weakref

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72
PRINT_DPI_CAP = 300  # enough for text on paper; more only slows the printer down
PDFIUM = threading.RLock()  # one PDFium call at a time, whatever the thread


def _close(doc: pdfium.PdfDocument) -> None:
    with PDFIUM:
        doc.close()


class PdfPages:
    """The pages of a PDF in memory: their count, size in points, and images."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        with PDFIUM:
            self._doc = pdfium.PdfDocument(data)
            self._sizes = [QSizeF(*self._doc.get_page_size(n)) for n in range(len(self._doc))]
        # Holds the document, so it runs before pypdfium2's own finalizer could.
        self._closer = weakref.finalize(self, _close, self._doc)

    def __len__(self) -> int:
        return len(self._sizes)

    def size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        return self._sizes[index]

    def image(self, index: int, dpi: float) -> QImage:
        """Page `index` drawn at `dpi` on white."""
        with PDFIUM:
            return self._image(index, dpi)

    def _image(self, index: int, dpi: float) -> QImage:
        page = self._doc[index]
        try:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, may_draw_forms=False,
                                 force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
                                 rev_byteorder=True)
            try:
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBA8888).copy()
            finally:
                bitmap.close()
        finally:
            page.close()
        return image

    def close(self) -> None:
        self._closer()


def print_pages(printer: QPrinter, pages: PdfPages) -> int:
    """Draw the pages (those the print dialog chose, else all) on `printer`, each at the
    printer's resolution (at most PRINT_DPI_CAP), fitted to the printable area; the number
    of pages sent."""
    first, last = 1, len(pages)
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        first, last = max(1, printer.fromPage()), min(len(pages), printer.toPage() or last)
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        for number in range(first, last + 1):
            if sent:
                printer.newPage()
            image = pages.image(number - 1, dpi)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(area.x(), area.y(), image.width() * scale,
                            image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
    return sent
