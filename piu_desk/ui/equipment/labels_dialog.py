"""Print labels…: QR label sheets for the selected items or for every item shown, on a
common A4 layout, with the first labels of a partly used sheet left blank. The PDF is
rendered on the desk's worker and saved where the custodian chooses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.reports.equipment_labels import LAYOUTS, render_labels
from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.pdf_output import render_in_background, save_pdf
from piu_desk.ui.tasks import Task, TaskRunner


class LabelsDialog(Retranslating, QDialog):
    def __init__(self, tasks: TaskRunner, selected: list[str], shown: list[str],
                 parent: QWidget | None = None,
                 saved: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelsDialog")
        self._tasks, self._saved = tasks, saved
        self.selected_tags, self.shown_tags = selected, shown
        self.task: Task | None = None
        self.selected_choice = named(QRadioButton(), "labelsSelected")
        self.shown_choice = named(QRadioButton(), "labelsShown")
        self.selected_choice.setEnabled(bool(selected))
        (self.selected_choice if selected else self.shown_choice).setChecked(True)
        self.layout_box = named(QComboBox(), "labelsLayout")
        for key, layout in LAYOUTS.items():
            self.layout_box.addItem(layout.name, key)
        self.skip = named(QSpinBox(), "labelsSkip")
        self.skip.setRange(0, LAYOUTS["3x8"].per_page - 1)
        self.layout_box.currentIndexChanged.connect(self._layout_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.print_labels)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(self.selected_choice)
        self.form.addRow(self.shown_choice)
        self.form.addRow("", self.layout_box)
        self.form.addRow("", self.skip)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print asset labels"))
        n = QLocale().toString
        self.selected_choice.setText(self.tr("The selected items (%1)").replace(
            "%1", n(len(self.selected_tags))))
        self.shown_choice.setText(self.tr("Every item shown in the register (%1)").replace(
            "%1", n(len(self.shown_tags))))
        for row, text in ((2, self.tr("Label sheet:")),
                          (3, self.tr("Labels already used on the first sheet:"))):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save as PDF…"))

    def _layout_changed(self) -> None:
        self.skip.setMaximum(LAYOUTS[self.layout_box.currentData()].per_page - 1)

    def tags(self) -> list[str]:
        return self.selected_tags if self.selected_choice.isChecked() else self.shown_tags

    def print_labels(self) -> None:
        tags, layout, skip = self.tags(), LAYOUTS[self.layout_box.currentData()], \
            self.skip.value()
        desk, saved, parent = self._tasks.desk, self._saved, self.parentWidget()

        def save(data: object) -> None:
            assert isinstance(data, bytes)
            path = save_pdf(parent, data, "asset-labels.pdf", desk=desk,
                            reference="asset-labels")
            if path is not None and saved is not None:
                saved(path)
        title = self.tr("Preparing the labels…")
        self.accept()
        self.task = render_in_background(
            self._tasks, lambda: render_labels(tags, desk.station(), layout, skip=skip),
            parent, title, save)
