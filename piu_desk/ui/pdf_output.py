"""Saving a printout as a PDF file: ask where, say that the file is not encrypted, then write
it atomically (and audit it, given the desk).

A screen's "Print / Save as PDF…" button does, with its task runner:

    render_and_save(self.tasks, self, self.tr("Preparing the inspection report…"),
                    lambda: inspection_printout(desk, inspection_id, user.full_name,
                                                datetime.now(), tr_core, language),
                    desk=desk)

`render_and_save` renders off the GUI thread, then calls `save_pdf`. PDFs are built in memory
and written only to the file the user chose, never to the temp folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError
from piu_desk.core.reports.output import export_pdf, with_pdf_suffix, write_pdf
from piu_desk.core.reports.printouts import Printout
from piu_desk.ui.errors import show_error
from piu_desk.ui.tasks import Task, TaskRunner


def printout_language() -> str:
    """Printouts from a screen come in the language the screen is shown in."""
    return "km" if QLocale().language() == QLocale.Language.Khmer else "en"


def default_folder() -> Path:
    """Where the save dialog opens first: the user's documents folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_path(parent: QWidget | None, suggested_name: str, folder: Path) -> Path | None:
    """The file the user chose (ending in .pdf), or None when they cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PdfOutput", "Save as PDF"),
        str(folder / suggested_name),
        QCoreApplication.translate("PdfOutput", "PDF documents (*.pdf)"))
    return with_pdf_suffix(Path(chosen)) if chosen else None


def confirm_unencrypted(parent: QWidget | None, path: Path) -> bool:
    """Say, before anything is written, that the file is not encrypted; True to go on.
    Cancel is the default answer."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        "PdfOutput", "This PDF file is not encrypted"), QCoreApplication.translate(
        "PdfOutput",
        "The PDF file is not encrypted. Anyone who gets it, from this computer, a USB stick "
        "or an e-mail, can read everything in it. Save it only where it is needed, keep it "
        "safe, and delete it when it is no longer needed."),
        QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unencryptedPdfBox")
    box.setInformativeText(QCoreApplication.translate(
        "PdfOutput", "It will be saved as:\n%1").replace("%1", str(path)))
    save = box.addButton(QCoreApplication.translate("PdfOutput", "Save the PDF"),
                         QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is save


def save_pdf(parent: QWidget | None, data: bytes, suggested_name: str, *,
             desk: Desk | None = None, reference: str = "",
             folder: Path | None = None) -> Path | None:
    """Ask where, warn that the PDF is not encrypted, then write it atomically; the path
    written, or None when the user cancelled or the write failed (the failure is shown).
    Given the desk, the export is audited with `reference` (the printout's reference)."""
    target = ask_path(parent, suggested_name, folder or default_folder())
    if target is None or not confirm_unencrypted(parent, target):
        return None
    try:
        if desk is not None:
            return export_pdf(desk, target, data, reference or target.name)
        return write_pdf(target, data)
    except DeskError as exc:  # a full disk, a read-only stick: said, nothing half-written
        show_error(parent, exc)
        return None


def render_in_background(tasks: TaskRunner, fn: Callable[[], bytes | Printout],
                         parent: QWidget | None, title: str,
                         on_done: Callable[[bytes | Printout], None]) -> Task:
    """Run `fn` (a renderer, or a core `*_printout` call) on the desk's worker with a
    progress dialog titled `title`; `on_done` gets its result on the GUI thread. Errors are
    shown to the user."""
    def done(result: object) -> None:
        assert isinstance(result, (bytes, Printout))
        on_done(result)
    return tasks.run(lambda _progress, _cancel: fn(), parent=parent, title=title,
                     on_done=done)


def render_and_save(tasks: TaskRunner, parent: QWidget | None, title: str,
                    make: Callable[[], Printout], *, desk: Desk | None = None,
                    saved: Callable[[Path], None] | None = None) -> Task:
    """Render in the background, then `save_pdf` with the printout's suggested name and
    reference; `saved` gets the path written."""
    def save(result: bytes | Printout) -> None:
        assert isinstance(result, Printout)
        path = save_pdf(parent, result.data, result.file_name, desk=desk,
                        reference=result.reference)
        if path is not None and saved is not None:
            saved(path)
    return render_in_background(tasks, make, parent, title, save)
