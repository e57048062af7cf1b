"""What the custody, maintenance, verification and incident screens share: a form dialog
whose OK runs one core call and keeps the dialog open with the message under the field the
core names; date and condition fields; item labels; the colours of overdue and due-soon."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import (
    CONDITION_LABELS,
    STATUS_LABELS,
    Asset,
    AssetStatus,
    Condition,
)
from piu_desk.core.errors import DeskError, Invalid
from piu_desk.core.records.officers import boarding_officers
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import error_label
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.records.common import today
from piu_desk.ui.records.fields import InlineErrors, fit_height, with_error
from piu_desk.ui.tasks import TaskRunner

OVERDUE_BACKGROUND = QColor("#fde0e0")
OVERDUE_TEXT = QColor("#9b0014")
SOON_BACKGROUND = QColor("#fff1d0")
SOON_TEXT = QColor("#6b4500")
FLAG_STYLES = {  # the scan log's banner: found, twice, unknown
    "": "background: #e3f4e4; color: #1b5e20; border: 1px solid #7cb07f;",
    "duplicate": "background: #fff1d0; color: #6b4500; border: 2px solid #e0a030;",
    "unknown": "background: #fde0e0; color: #9b0014; border: 2px solid #c62828;",
}


def condition_text(condition: str) -> str:
    try:
        return tr_core("Equipment", CONDITION_LABELS[Condition(condition)])
    except ValueError:
        return condition


def status_text(status: AssetStatus) -> str:
    return tr_core("Equipment", STATUS_LABELS[status])


def item_text(asset: Asset) -> str:
    """"MBSP-0012 — Laptop 14-inch (Lenovo ThinkPad T14)"."""
    model = " ".join(x for x in (asset.make, asset.model) if x)
    return f"{asset.tag} — {asset.description}" + (f" ({model})" if model else "")


def officer_names(desk: Desk) -> dict[str, str]:
    """user name -> full name of the desk's officers; empty for a custodian who may not
    list them (the holder is then typed)."""
    try:
        return dict(boarding_officers(desk))
    except DeskError:
        return {}


def holder_text(holder: str, names: dict[str, str]) -> str:
    full = names.get(holder, "")
    return f"{full} ({holder})" if full and full != holder else holder


def fit_columns(table: QTableView, *stretch: int) -> QTableView:
    """The `stretch` columns share the width; the others fit their contents."""
    header = table.horizontalHeader()
    model = table.model()
    for column in range(model.columnCount() if model is not None else 0):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                    if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def iso(day: QDate) -> str:
    return day.toString(Qt.DateFormat.ISODate)


class DateField(QDateEdit):
    """A day picked from a calendar, shown year-month-day as the core takes it."""

    def __init__(self, name: str, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(today(desk))

    def iso(self) -> str:
        return iso(self.date())


class OptionalDate(QWidget):
    """A date that may be left out: a tick box, then the day."""

    def __init__(self, name: str, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.enabled = QCheckBox()
        self.enabled.setObjectName(f"{name}Set")
        self.day = DateField(f"{name}Day", desk)
        self.day.setEnabled(False)
        self.enabled.toggled.connect(self.day.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.day, 1)

    def set_iso(self, value: str) -> None:
        self.enabled.setChecked(bool(value))
        if value:
            self.day.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))

    def iso(self) -> str:
        return self.day.iso() if self.enabled.isChecked() else ""


class ConditionBox(QComboBox):
    def __init__(self, name: str, current: Condition = Condition.GOOD,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        for c in Condition:
            self.addItem("", c.value)
        self.set_condition(current)
        self.retranslate()

    def retranslate(self) -> None:
        for row in range(self.count()):
            self.setItemText(row, condition_text(str(self.itemData(row))))

    def set_condition(self, condition: Condition | str) -> None:
        self.setCurrentIndex(max(0, self.findData(Condition(condition).value)))

    def condition(self) -> Condition:
        return Condition(str(self.currentData()))


def run_modal(dialog: QDialog) -> bool:
    """Show `dialog` modal; True when it was accepted. It is deleted afterwards: one dialog
    a call, not one more child of its parent each time."""
    done = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return done


class Refused(Exception):
    """What a dialog finds wrong before asking the core: the field and the message."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field, self.text = field, text


class FormDialog(QDialog):
    """OK runs `work()` (a quick core call); an Invalid keeps the dialog open with its
    message under the field it names (or under the form), anything else is shown in a box.
    Subclasses add rows with `add_row`, give `retranslate()` and `work()`."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tasks = tasks
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general = error_label()
        self.general.setObjectName("formError")
        self.errors = InlineErrors({}, self.general)
        self.fields: dict[str, QWidget] = {}
        self._labels: list[tuple[QLabel, Callable[[], str]]] = []
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.heading.setWordWrap(True)
        self.heading.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def add_row(self, field: str, widget: QWidget, label: Callable[[], str]) -> None:
        """A labelled field whose core field name is `field` (its messages go under it)."""
        box, message = with_error(widget)
        caption = QLabel()
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self.errors.labels[field] = message
        self.fields[field] = widget
        self._labels.append((caption, label))

    def show_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.heading.setVisible(bool(text))

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for caption, text in self._labels:
            caption.setText(text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def work(self) -> Any:
        raise NotImplementedError

    def submit(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self.work()
        except Invalid as exc:
            self.show_invalid(exc.field, exc.render(tr_core))
            return
        except Refused as exc:
            self.show_invalid(exc.field, exc.text)
            return
        except Exception as exc:  # every error reaches the officer or the log
            show_error(self, exc)
            return
        result = self.result_value
        changes = result[-1] if isinstance(result, tuple) and result else result
        if isinstance(changes, Changes):
            self.tasks.changed.emit(changes)
        self.accept()

    def show_invalid(self, field: str, text: str) -> None:
        self.errors.set(field, text)
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()
        fit_height(self)
