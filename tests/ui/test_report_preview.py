"""The daily report dialog on a store with a busy day: the draft preview shows every page and
pages through them, zooms and fits; saving or printing issues the report (numbered, coded,
in the audit trail) once, and cancelling issues nothing; the printed pages are the issued
PDF's; a paper copy's number and code are checked in the verify dialog; and nothing lands
in the temp folder on the way."""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.reports.daily_register import preview_daily_report, verify_file
from piu_desk.core.store import daily
from piu_desk.ui.dashboard import report_dialog
from piu_desk.ui.dashboard.period_picker import RANGE, SHIFT
from piu_desk.ui.dashboard.report_dialog import DailyReportDialog
from piu_desk.ui.dashboard.verify_dialog import VerifyReportDialog
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.core.daily_support import DAY, day_store, local, set_clock
from tests.ui.test_pdf_output import answer_boxes, choose

WAIT_MS = 30_000


@pytest.fixture(scope="module")
def busy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, FakeClock]]:
    with day_store(tmp_path_factory.mktemp("busy"), "busy") as (desk, clock):
        set_clock(clock, local(DAY, "21:00"))
        yield desk, clock


@pytest.fixture
def empty_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder Python and Qt would use, empty; the test checks it stays so."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    return folder


def issued_numbers(desk: Desk) -> list[str]:
    return [e.target for e in desk.db(lambda c: daily.issued_page(c, 0, 50))]


def open_dialog(qtbot: QtBot, desk: Desk) -> DailyReportDialog:
    dialog = DailyReportDialog(desk, TaskRunner(desk))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_preview(qtbot, dialog)
    return dialog


def wait_preview(qtbot: QtBot, dialog: DailyReportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0
                    and dialog.preview.area.isVisible(), timeout=WAIT_MS)


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_the_preview_shows_every_page_and_pages_through(
        qtbot: QtBot, busy: tuple[Desk, FakeClock], empty_temp: Path) -> None:
    desk, _ = busy
    dialog = open_dialog(qtbot, desk)
    expected = pages_of(preview_daily_report(desk, Period.day(DAY)))
    preview = dialog.preview
    assert expected > 3 and preview.page_count() == expected
    assert preview.position.text() == f"Page 1 of {expected}"
    assert not preview.previous.isEnabled()
    preview.next.click()
    preview.next.click()
    assert preview.position.text() == f"Page 3 of {expected}"
    preview.show_page(expected - 1)
    assert preview.position.text() == f"Page {expected} of {expected}"
    assert not preview.next.isEnabled()
    preview.previous.click()
    assert preview.index == expected - 2
    fitted = preview.page_label.pixmap().width()
    assert abs(fitted - preview.area.viewport().width()) < 40  # fits the width
    preview.zoom_in.click()
    assert preview.page_label.pixmap().width() > fitted and not preview.fit_width.isChecked()
    preview.fit_page.click()
    whole = preview.page_label.pixmap()
    assert whole.deviceIndependentSize().height() <= preview.area.viewport().height()
    assert "draft" in dialog.status.text() and issued_numbers(desk) == []
    assert list(empty_temp.iterdir()) == []


def test_saving_issues_the_report_once_and_the_paper_copy_verifies(
        qtbot: QtBot, busy: tuple[Desk, FakeClock], tmp_path: Path, empty_temp: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    desk, _ = busy
    dialog = open_dialog(qtbot, desk)
    draft_pages = dialog.preview.page_count()
    before = issued_numbers(desk)
    choose(monkeypatch, None)
    dialog.save_button.click()  # cancelled in the file dialog: nothing issued
    assert issued_numbers(desk) == before
    asked = choose(monkeypatch, tmp_path / "out" / "daily")
    (tmp_path / "out").mkdir()
    seen = answer_boxes(True, watch=tmp_path / "out" / "daily.pdf")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.last_saved is not None, timeout=WAIT_MS)
    assert Path(asked[0]).name == f"daily-report-{DAY.isoformat()}.pdf"
    assert seen[0][0] == "unencryptedPdfBox" and not seen[0][2]  # warned before writing
    issued = dialog.issued
    assert issued is not None and issued_numbers(desk) == [issued.number, *before]
    saved = (tmp_path / "out" / "daily.pdf").read_bytes()
    assert saved == issued.pdf and verify_file(desk, issued.number, saved)
    assert dialog.preview.page_count() == pages_of(saved) == draft_pages
    assert issued.number in dialog.status.text() and issued.code in dialog.status.text()
    entry = desk.db(lambda c: daily.issued(c, issued.number))
    assert entry is not None
    assert json.loads(entry.detail)["pdf_sha256"] == hashlib.sha256(saved).hexdigest()
    # saved again: the same report, not a new number
    choose(monkeypatch, tmp_path / "out" / "again.pdf")
    answer_boxes(True)
    dialog.last_saved = None
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.last_saved is not None, timeout=WAIT_MS)
    assert (tmp_path / "out" / "again.pdf").read_bytes() == saved
    assert issued_numbers(desk) == [issued.number, *before]
    verify = VerifyReportDialog(desk, TaskRunner(desk, dialog), dialog)
    qtbot.addWidget(verify)
    verify.number.setText(issued.number.lower())
    verify.code.setText(issued.code.replace("-", " ").lower())
    verify.check_button.click()
    assert verify.verification is not None and verify.verification.ok
    assert verify.verdict.text().startswith("✔ Report " + issued.number)
    assert "the code matches" in verify.verdict.text()
    assert "Period: Thursday 26 November 2026" in verify.details.text()
    wrong = ("A" if issued.code[0] != "A" else "B") + issued.code[1:]
    verify.code.setText(wrong)
    verify.check_button.click()
    assert verify.verification is not None and not verify.verification.ok
    assert "does not match" in verify.verdict.text()
    verify.number.setText("KHKOS-DR-1999-0001")
    verify.check_button.click()
    assert "has not issued" in verify.verdict.text()
    assert list(empty_temp.iterdir()) == []


def test_printing_issues_the_report_and_sends_its_pages(
        qtbot: QtBot, busy: tuple[Desk, FakeClock], tmp_path: Path, empty_temp: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    desk, _ = busy
    dialog = open_dialog(qtbot, desk)
    dialog.picker.set_kind(SHIFT)
    wait_preview(qtbot, dialog)
    refused: list[int] = []

    def cancel(printer: QPrinter, pages: int, parent: object) -> bool:
        refused.append(pages)
        return False
    monkeypatch.setattr(report_dialog, "ask_printer", cancel)
    before = issued_numbers(desk)
    dialog.print_button.click()
    assert refused and issued_numbers(desk) == before
    paper = tmp_path / "printer-output.pdf"  # a printer that writes a PDF, for the test

    def accept(printer: QPrinter, pages: int, parent: object) -> bool:
        printer.setOutputFileName(str(paper))
        return True
    monkeypatch.setattr(report_dialog, "ask_printer", accept)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.issued is not None, timeout=WAIT_MS)
    issued = dialog.issued
    assert issued is not None and issued_numbers(desk)[0] == issued.number
    entry = desk.db(lambda c: daily.issued(c, issued.number))
    assert entry is not None and json.loads(entry.detail)["period"] == \
        f"{DAY.isoformat()}T07:00/{DAY.isoformat()}T19:00"
    assert pages_of(paper.read_bytes()) == pages_of(issued.pdf)
    assert list(empty_temp.iterdir()) == []


def test_a_period_that_cannot_be_is_said_and_nothing_is_offered(
        qtbot: QtBot, busy: tuple[Desk, FakeClock]) -> None:
    desk, _ = busy
    dialog = open_dialog(qtbot, desk)
    dialog.picker.set_kind(RANGE)
    dialog.picker.last.setDate(dialog.picker.first.date().addDays(-2))
    dialog.make_preview()
    assert dialog.error.text() == "The last day cannot be before the first day."
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.preview.placeholder.isVisible()
    dialog.picker.last.setDate(dialog.picker.first.date().addDays(1))
    dialog.make_preview()
    wait_preview(qtbot, dialog)
    assert not dialog.error.isVisible() and dialog.save_button.isEnabled()


def test_the_report_language_is_chosen_apart_from_the_windows(
        qtbot: QtBot, busy: tuple[Desk, FakeClock]) -> None:
    desk, _ = busy
    dialog = open_dialog(qtbot, desk)
    english = dialog.preview.pages.data if dialog.preview.pages else b""
    assert dialog.report_language() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("km"))
    dialog.make_preview()
    qtbot.waitUntil(lambda: dialog.preview.pages is not None
                    and dialog.preview.pages.data != english, timeout=WAIT_MS)
    assert dialog.preview.pages is not None
    khmer = dialog.preview.pages.data
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(khmer)).pages[:1])
    assert "២០២៦" in text  # the year in Khmer digits
    assert dialog.windowTitle() == "Daily report"  # the window stays in English
