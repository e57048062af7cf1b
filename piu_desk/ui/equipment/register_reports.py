"""The register's printouts and the donor's workbook: the asset register (the items shown),
assets by holder, maintenance due (PDF, in the language chosen in the Reports menu), and
the register as XLSX. Rendering runs on the desk's worker; the file is written only where
the custodian chose, after the warning that it is not encrypted."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Asset
from piu_desk.core.equipment import assets, custody, maintenance
from piu_desk.core.reports import equipment_reports as er
from piu_desk.core.reports.equipment_xlsx import register_xlsx
from piu_desk.core.store.atomic import write_atomic
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import Translate, identity_translate
from piu_desk.ui.i18n import ENGLISH, catalogue_path
from piu_desk.ui.pdf_output import default_folder, render_in_background, save_pdf
from piu_desk.ui.tasks import Task, TaskRunner

REGISTER, HOLDERS, MAINTENANCE = "register", "holders", "maintenance"
REPORTS = (REGISTER, HOLDERS, MAINTENANCE)
_translators: dict[str, QTranslator] = {}


def translate_for(language: str) -> Translate:
    """A translate callable for printouts in `language`, whatever the screen's language."""
    if language == ENGLISH:
        return identity_translate
    translator = _translators.get(language)
    if translator is None:
        translator = QTranslator()
        path = catalogue_path(language)
        if path is not None:
            translator.load(path.name, str(path.parent))
        _translators[language] = translator
    loaded = translator

    def translate(context: str, text: str) -> str:
        return loaded.translate(context, text) or text
    return translate


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def report_title(kind: str) -> str:
    return {REGISTER: translate("RegisterReports", "Asset register"),
            HOLDERS: translate("RegisterReports", "Assets by holder"),
            MAINTENANCE: translate("RegisterReports", "Maintenance due")}[kind]


def render_report(desk: Desk, kind: str, items: Sequence[Asset], today: str,
                  language: str) -> bytes:
    """The report's PDF bytes (on the desk's worker)."""
    translate, station = translate_for(language), desk.station()
    if kind == HOLDERS:
        return er.render_holders(custody.holdings(desk), station, translate, language)
    if kind == MAINTENANCE:
        return er.render_maintenance_due(maintenance.due_list(desk, today), today, station,
                                         translate, language)
    return er.render_register(items, station, translate, language)


def save_report(tasks: TaskRunner, parent: QWidget, kind: str, item_ids: Sequence[int],
                today: str, language: str,
                saved: Callable[[Path], None] | None = None) -> Task:
    """The report rendered on the desk's worker (the register's reads the items with
    `item_ids` whole there) and saved where the custodian chooses."""
    desk = tasks.desk
    name = f"asset-{kind}-{today}-{language}.pdf"

    def save(data: object) -> None:
        assert isinstance(data, bytes)
        path = save_pdf(parent, data, name, desk=desk, reference=f"asset-{kind}")
        if path is not None and saved is not None:
            saved(path)
    return render_in_background(
        tasks, lambda: render_report(
            desk, kind, assets.items(desk, list(item_ids)) if kind == REGISTER else [], today,
            language), parent,
        translate("RegisterReports", "Preparing the report…"), save)


def confirm_workbook(parent: QWidget | None, path: Path) -> bool:
    """Say that the workbook is not encrypted before writing it; True to go on."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("RegisterReports", "This workbook is not encrypted"),
        translate("RegisterReports",
                  "The workbook is not encrypted. Anyone who gets it can read everything in it. "
                  "Save it only where it is needed, and send it to the donor only."),
        QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unencryptedXlsxBox")
    box.setInformativeText(translate("RegisterReports", "It will be saved as:\n%1")
                           .replace("%1", str(path)))
    save = box.addButton(translate("RegisterReports", "Save the workbook"),
                         QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is save


def ask_workbook_path(parent: QWidget | None, suggested: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("RegisterReports", "Export the register for the donor"),
        str(default_folder() / suggested), translate("RegisterReports", "Excel workbooks (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def write_workbook(desk: Desk, path: Path, items: Sequence[Asset],
                   holders: dict[int, str]) -> Path:
    """The workbook written atomically and the export audited (on the desk's worker)."""
    data = register_xlsx(items, holders)

    def run(conn: Connection) -> Path:
        write_atomic(path, data)
        desk.audit_in(conn, "report.export", "asset-register", path.name)
        return path
    return desk.mutate(run)


def export_xlsx(tasks: TaskRunner, parent: QWidget, item_ids: Sequence[int],
                holders: dict[int, str], today: str,
                saved: Callable[[Path], None] | None = None) -> Task | None:
    """The workbook of the items with `item_ids` (read whole on the desk's worker)."""
    path = ask_workbook_path(parent, f"asset-register-{today}.xlsx")
    if path is None or not confirm_workbook(parent, path):
        return None
    desk = tasks.desk

    def done(result: object) -> None:
        if isinstance(result, Path) and saved is not None:
            saved(result)
    return tasks.run(lambda _p, _c: write_workbook(
        desk, path, assets.items(desk, list(item_ids)), holders), parent=parent,
                     title=translate("RegisterReports", "Writing the workbook…"), on_done=done)
