"""PDF pages for the preview: a document is closed under the one PDFium lock, by `close()`
or, when dropped without it, by our finalizer — on whatever thread drops it."""

from __future__ import annotations

import gc
import threading
from datetime import date

from piu_desk.core.reports.recovery_sheet import render_recovery_sheet
from piu_desk.ui.dashboard import pdf_pages
from piu_desk.ui.dashboard.pdf_pages import PdfPages
from tests.conftest import STATION


def sample_pdf() -> bytes:
    return render_recovery_sheet("ABCD-EFGH", STATION, date(2026, 11, 28))


def test_pages_are_drawn_and_closing_twice_is_harmless() -> None:
    pages = PdfPages(sample_pdf())
    assert len(pages) >= 1 and pages.size(0).width() > 500
    assert not pages.image(0, 30).isNull()
    pages.close()
    pages.close()


def test_a_dropped_document_is_closed_under_the_lock_on_the_dropping_thread() -> None:
    holder = [PdfPages(sample_pdf())]
    doc = holder[0]._doc

    def drop() -> None:  # a worker whose garbage collection meets the dropped pages
        holder.clear()
        gc.collect()
    worker = threading.Thread(target=drop)
    with pdf_pages.PDFIUM:  # the GUI thread drawing a page: the worker has to wait
        worker.start()
        worker.join(0.5)
        assert worker.is_alive() and doc.raw is not None
    worker.join(10)
    assert not worker.is_alive() and doc.raw is None  # closed once the lock was free
