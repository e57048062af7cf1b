"""The recipient's acceptance of issued items: print the acceptance form to be signed, then
record that it was signed (by whom). "Later" leaves the items awaiting acceptance; the
Custody section lists them and comes back here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Asset
from piu_desk.core.equipment import custody
from piu_desk.core.reports.equipment_reports import render_acceptance_form
from piu_desk.core.reports.printouts import Printout, file_name
from piu_desk.core.session import Changes
from piu_desk.ui.equipment.custody_forms import FormDialog, holder_text, item_text, officer_names
from piu_desk.ui.errors import tr_core
from piu_desk.ui.pdf_output import printout_language, render_and_save
from piu_desk.ui.tasks import Task, TaskRunner


def acceptance_printout(desk: Desk, holder: str, items: Sequence[Asset],
                        language: str) -> Printout:
    """The form for `holder` to sign for `items` (run off the GUI thread)."""
    day = desk.now()[:10]
    data = render_acceptance_form(holder, items, desk.station(), tr_core, language)
    return Printout(data, f"acceptance-{day}", file_name("acceptance", holder, day,
                                                          language=language))


class AcceptanceDialog(FormDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, holder: str, items: Sequence[Asset],
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("acceptanceDialog")
        self.holder, self.items = holder, list(items)
        self.names = officer_names(desk)
        self.list = QListWidget()
        self.list.setObjectName("acceptanceItems")
        self.list.addItems([item_text(a) for a in self.items])
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = min(max(len(self.items), 1), 6)
        self.list.setFixedHeight(rows * max(self.list.sizeHintForRow(0), 20)
                                 + 2 * self.list.frameWidth() + 2)
        self.add_row("items", self.list, lambda: self.tr("Items:"))
        self.print_button = QPushButton()
        self.print_button.setObjectName("printAcceptance")
        self.print_button.clicked.connect(self.print_form)
        self.add_row("print", self.print_button, lambda: self.tr("Form to sign:"))
        self.accepted_by = QLineEdit(self.names.get(holder, ""))
        self.accepted_by.setObjectName("acceptedBy")
        self.add_row("accepted_by", self.accepted_by, lambda: self.tr("Signed by:"))
        self.printed: Task | None = None
        self.setMinimumWidth(620)
        self.retranslate()

    def who(self) -> str:
        return holder_text(self.holder, self.names)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Acceptance by the recipient"))
        self.show_heading(self.tr(
            "Issued to {holder}. Print the acceptance form and have it signed; then record "
            "the acceptance. Choose Later if the form is not signed yet.").replace(
            "{holder}", self.who()))
        self.print_button.setText(self.tr("Print acceptance form…"))
        self.accepted_by.setPlaceholderText(self.tr("Name of the person who signed"))
        self.ok_button().setText(self.tr("Record acceptance"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Later"))

    def print_form(self) -> Task:
        desk, holder, items = self.desk, self.who(), list(self.items)
        language = printout_language()
        self.printed = render_and_save(
            self.tasks, self, self.tr("Preparing the acceptance form…"),
            lambda: acceptance_printout(desk, holder, items, language), desk=desk)
        return self.printed

    def work(self) -> Changes:
        changes = Changes()
        for a in self.items:
            assert a.id is not None
            changes = custody.accept(self.desk, a.id, self.accepted_by.text())
        return changes
