"""First run: the station, its administrator, and the recovery key shown once.

Creating the store derives the administrator's key (about a second of Argon2id), so it
runs on a background thread while the page shows that it is working. The recovery key page
cannot be left until the administrator confirms the key was printed or written down.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import (
    validate_full_name,
    validate_password,
    validate_username,
)
from piu_desk.core.domain.station import Station, validate_locode, validate_station
from piu_desk.ui import recovery_sheet
from piu_desk.ui.i18n import LanguagePicker, Retranslating
from piu_desk.ui.store_access import StoreAccess
from piu_desk.ui.widgets import InlineMessage, check, line_edit, password_edit, run_in_thread


def _field(form: QFormLayout, label: QLabel, edit: QWidget, message: InlineMessage) -> None:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(edit)
    column.addWidget(message)
    form.addRow(label, column)


class StationPage(Retranslating, QWizardPage):
    def __init__(self, picker: LanguagePicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language_label = QLabel(self)
        self.name = line_edit("stationName", self)
        self.locode = line_edit("locode", self)
        self.locode.setMaxLength(6)
        self.unit = line_edit("unit", self)
        self.name_label, self.locode_label, self.unit_label = (QLabel(self) for _ in range(3))
        self.name_message = InlineMessage(self, name="stationNameMessage")
        self.locode_message = InlineMessage(self, name="locodeMessage")
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.language_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(picker, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        _field(form, self.name_label, self.name, self.name_message)
        _field(form, self.locode_label, self.locode, self.locode_message)
        form.addRow(self.unit_label, self.unit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        for edit in (self.name, self.locode):
            edit.textChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("This desk's station"))
        self.setSubTitle(self.tr("Step 1 of 3: the port unit this computer belongs to."))
        self.intro.setText(self.tr(
            "Welcome to PIU Desk. No store was found on this computer, so we set one up now. "
            "Everything you enter is kept encrypted on this computer."))
        self.language_label.setText(self.tr("Language:"))
        self.name_label.setText(self.tr("Station name:"))
        self.locode_label.setText(self.tr("UN/LOCODE:"))
        self.unit_label.setText(self.tr("Unit (optional):"))
        self.name.setPlaceholderText(self.tr("for example Sihanoukville Autonomous Port PIU"))
        self.locode.setPlaceholderText("KHKOS")
        self._changed()

    def _changed(self) -> None:
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        # validate_station checks the name before the code, so a valid code isolates it
        name = self._check(self.name.text(), lambda: validate_station(self.name.text(), "KHKOS"),
                           self.name_message)
        code = self._check(self.locode.text(), lambda: validate_locode(self.locode.text()),
                           self.locode_message)
        return name and code

    @staticmethod
    def _check(text: str, validate: Callable[[], object], message: InlineMessage) -> bool:
        if not text.strip():
            message.clear_text()  # nothing typed yet: no complaint, but no Next either
            return False
        return check(validate, message)

    def station(self) -> Station:
        return validate_station(self.name.text(), self.locode.text(), self.unit.text())


class AdminPage(Retranslating, QWizardPage):
    """The first administrator. Leaving this page creates the store."""

    def __init__(self, create: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.created = False
        self.busy = False
        self.username = line_edit("adminUsername", self)
        self.full_name = line_edit("adminFullName", self)
        self.password = password_edit("adminPassword", self)
        self.confirm = password_edit("adminConfirm", self)
        self.labels = [QLabel(self) for _ in range(4)]
        self.messages = [InlineMessage(self, name=n) for n in (
            "usernameMessage", "fullNameMessage", "passwordMessage", "confirmMessage")]
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.hide()
        self.error = InlineMessage(self, name="createError")
        form = QFormLayout()
        for label, edit, message in zip(self.labels, self._edits(), self.messages, strict=True):
            _field(form, label, edit, message)
            edit.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        for widget in (self.status, self.progress, self.error):
            layout.addWidget(widget)
        self.setCommitPage(True)
        self.retranslate()

    def _changed(self) -> None:
        self.completeChanged.emit()

    def _edits(self) -> list[QLineEdit]:
        return [self.username, self.full_name, self.password, self.confirm]

    def retranslate(self) -> None:
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr("Step 2 of 3: the first account. It can add the other "
                                 "officers' accounts later."))
        self.explain.setText(self.tr(
            "Choose a password of at least 10 characters that only you know. A sentence of "
            "several words is easy to remember and hard to guess."))
        for label, text in zip(self.labels, (
                self.tr("User name:"), self.tr("Full name:"), self.tr("Password:"),
                self.tr("Password again:")), strict=True):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("for example dara"))
        self.status.setText(self.tr("Creating the encrypted store. This takes a few "
                                    "seconds…"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.busy:
            return False
        results = [self._check_one(i) for i in range(4)]
        return all(results)

    def _check_one(self, index: int) -> bool:
        edit = self._edits()[index]
        text = edit.text()
        message = self.messages[index]
        if not text:
            message.clear_text()
            return False
        if index == 3:
            if text != self.password.text():
                message.show_text(self.tr("The two passwords are not the same."))
                return False
            message.clear_text()
            return True
        validators: list[Callable[[], object]] = [
            lambda: validate_username(text), lambda: validate_full_name(text),
            lambda: validate_password(text)]
        return check(validators[index], message)

    def validatePage(self) -> bool:
        if self.created:
            return True
        if not self.busy:
            self._create()
        return False

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for edit in self._edits():
            edit.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status.setVisible(busy)
        if busy:
            self.error.clear_text()
        self.completeChanged.emit()  # the wizard updates its buttons here: Back comes after
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not busy)


class RecoveryPage(Retranslating, QWizardPage):
    def __init__(self, print_sheet: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.key_holder = QVBoxLayout()
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(print_sheet)
        self.confirmed = QCheckBox(self)
        self.confirmed.setObjectName("recoveryKeyKept")
        self.confirmed.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addSpacing(12)
        layout.addLayout(self.key_holder)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.confirmed)
        self.retranslate()

    def show_key(self, key_text: str) -> None:
        self.key_holder.addWidget(recovery_sheet.RecoveryKeyView(key_text, self))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr("Step 3 of 3: shown this once only."))
        self.explain.setText(self.tr(
            "If every administrator password is lost, this key is the only way into the "
            "store. Print it or write it down now, and keep it locked away from the "
            "computer. It will not be shown again."))
        self.print_button.setText(self.tr("Print…"))
        self.confirmed.setText(self.tr("I have printed or written down the recovery key"))

    def isComplete(self) -> bool:
        return self.confirmed.isChecked()


class FirstRunWizard(Retranslating, QWizard):
    """Creates the store; afterwards `desk` is open and unlocked as the administrator."""

    def __init__(self, access: StoreAccess, language: str,
                 on_language: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.access = access
        self.desk: Desk | None = None
        self.recovery_key = ""
        self.picker = LanguagePicker(language)
        self.picker.chosen.connect(on_language)
        self.station_page = StationPage(self.picker, self)
        self.admin_page = AdminPage(self._create, self)
        self.recovery_page = RecoveryPage(self._print, self)
        for page in (self.station_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(760, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PIU Desk — first start"))
        buttons = {QWizard.WizardButton.NextButton: self.tr("Next"),
                   QWizard.WizardButton.BackButton: self.tr("Back"),
                   QWizard.WizardButton.CommitButton: self.tr("Create the store"),
                   QWizard.WizardButton.FinishButton: self.tr("Start PIU Desk"),
                   QWizard.WizardButton.CancelButton: self.tr("Cancel")}
        for button, text in buttons.items():
            self.setButtonText(button, text)

    def _create(self) -> None:
        station = self.station_page.station()
        page = self.admin_page
        page.set_busy(True)
        run_in_thread(lambda: self.access.create(station, page.username.text(),
                                                 page.full_name.text(), page.password.text()),
                      self, on_done=self._created, on_error=self._failed)

    def _created(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.desk, self.recovery_key = result
        self.admin_page.created = True
        self.admin_page.set_busy(False)
        self.recovery_page.show_key(self.recovery_key)
        self.next()
        for edit in (self.admin_page.password, self.admin_page.confirm):
            edit.clear()

    def _failed(self, exc: BaseException) -> None:
        self.admin_page.set_busy(False)
        self.admin_page.error.show_error(exc)

    def _print(self) -> None:
        recovery_sheet.print_with_dialog(self, self.recovery_key, self.station_page.station())

    def reject(self) -> None:
        if self.admin_page.busy or self.desk is not None:
            return  # the store is being made, or its recovery key is not yet confirmed
        super().reject()
