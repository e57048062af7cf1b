"""The station's grading scheme, chosen by an administrator: Admiralty (NATO) by default, or
UK 3x5x2. New tip-offs are graded in it; grades already given keep their own scheme."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import SCHEME_LABELS, Scheme
from piu_desk.core.records import tipoffs
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.tasks import TaskRunner


class GradingSchemeDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradingSchemeDialog")
        self._desk, self._tasks = desk, tasks
        self.intro = named(QLabel(), "schemeIntro")
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices = {s: named(QRadioButton(), f"scheme_{s.value}") for s in Scheme}
        current = tasks.call(lambda: tipoffs.grading_scheme(desk), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for scheme, radio in self.choices.items():
            self.group.addButton(radio)
            radio.setChecked(scheme == current)
            layout.addWidget(radio)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Grading scheme"))
        self.intro.setText(self.tr(
            "The scheme this station grades new tip-offs in. Grades already given keep the "
            "scheme they were given in: they are never converted."))
        for scheme, radio in self.choices.items():
            radio.setText(tr_core("Intel", SCHEME_LABELS[scheme]))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use it"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def chosen(self) -> Scheme:
        return next(s for s, r in self.choices.items() if r.isChecked())

    def submit(self) -> None:
        scheme = self.chosen()
        if self._tasks.call(lambda: tipoffs.set_grading_scheme(self._desk, scheme),
                            self) is not None:
            self.accept()
