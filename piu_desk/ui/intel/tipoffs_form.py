"""The fields of a tip-off: when and how it came, who received it, the human source's code
(only for a human source, and only the code), who may receive it, what it is about and what
it says; each with its inline message line."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.tipoff import Channel, TipOff
from piu_desk.core.errors import DeskError
from piu_desk.core.records import officers, sources
from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.tipoffs_subjects import SubjectsEditor
from piu_desk.ui.intel.tipoffs_texts import channel_text, handling_text
from piu_desk.ui.records.common import MUTED_STYLE
from piu_desk.ui.records.fields import with_error
from piu_desk.ui.records.port_call_form import ENTRY_FORMAT, ISO_MINUTES, desk_now
from piu_desk.ui.tasks import TaskRunner

FIELDS = ("received_at", "channel", "source_code", "reporting_officer", "handling",
          "subjects", "text")


def officer_names(desk: Desk) -> list[tuple[str, str]]:
    """(user name, full name) of the officers who may receive a tip-off; [] for a reader
    who may not list them (the tip-off then keeps the name it has)."""
    try:
        return officers.boarding_officers(desk)
    except DeskError:
        return []


class TipOffForm(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.received = named(QDateTimeEdit(), "receivedAt")
        self.received.setDisplayFormat(ENTRY_FORMAT)
        self.received.setCalendarPopup(True)
        self.received.setDateTime(desk_now(desk))
        self.channel = named(QComboBox(), "channel")
        for c in Channel:
            self.channel.addItem("", c)
        self.source = named(QComboBox(), "sourceCode")
        self.source_note = named(QLabel(), "sourceNote")
        self.source_note.setStyleSheet(MUTED_STYLE)
        self.source_note.setWordWrap(True)
        self.officer = named(QComboBox(), "reportingOfficer")
        self.names = dict(officer_names(desk))
        for username, name in self.names.items():
            self.officer.addItem(f"{name} ({username})", username)
        session = desk.session
        if session is not None:
            self.set_officer(session.username)
        self.handling = named(QComboBox(), "handling")
        for h in (Handling.DESK_ONLY, Handling.HQ_ONLY, Handling.HQ):
            self.handling.addItem("", h)
        self.subjects = SubjectsEditor(desk, tasks)
        self.text = named(QPlainTextEdit(), "reportText")
        self.text.setTabChangesFocus(True)
        self.fields: dict[str, QWidget] = {
            "received_at": self.received, "channel": self.channel, "source_code": self.source,
            "reporting_officer": self.officer, "handling": self.handling,
            "subjects": self.subjects, "text": self.text}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.row_labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for key in FIELDS:
            box, self.errors[key] = with_error(self.fields[key],
                                               self.source_note if key == "source_code" else None)
            self.row_labels[key] = QLabel()
            self.row_labels[key].setBuddy(self.fields[key])
            self.form.addRow(self.row_labels[key], box)
        self.load_sources("")
        self.channel.currentIndexChanged.connect(lambda _i: self._show_source())
        self.retranslate()
        self._show_source()

    def retranslate(self) -> None:
        texts = {"received_at": self.tr("Received:"), "channel": self.tr("Channel:"),
                 "source_code": self.tr("Source code:"),
                 "reporting_officer": self.tr("Received by:"),
                 "handling": self.tr("Handling code:"), "subjects": self.tr("About:"),
                 "text": self.tr("Report:")}
        for key, text in texts.items():
            self.row_labels[key].setText(text)
        for row in range(self.channel.count()):
            self.channel.setItemText(row, channel_text(self.channel.itemData(row)))
        for row in range(self.handling.count()):
            self.handling.setItemText(row, handling_text(self.handling.itemData(row)))
        self.handling.setToolTip(self.tr("Who may receive this report: the exchange with HQ "
                                         "obeys it."))
        if self.source.count():
            self.source.setItemText(0, self.tr("Choose the source's code"))
        self.source_note.setText(self.tr("Sources are named by code only."))
        self.text.setPlaceholderText(self.tr(
            "What was reported, as told: who, what, where, when. Never the source's name."))

    def load_sources(self, current: str) -> None:
        """The codes in use (and `current`, a source retired since the tip-off came)."""
        try:
            codes = [s.code for s in sources.codes(self._desk)]
        except DeskError:
            codes = []
        if current and current not in codes:
            codes.insert(0, current)
        self.source.clear()
        self.source.addItem(self.tr("Choose the source's code"), "")
        for code in codes:
            self.source.addItem(code, code)
        self.source.setCurrentIndex(max(self.source.findData(current), 0))

    def _show_source(self) -> None:
        human = self.channel.currentData() == Channel.HUMAN_SOURCE
        self.form.setRowVisible(self.row_labels["source_code"], human)

    def set_officer(self, username: str) -> None:
        if self.officer.findData(username) < 0:
            self.officer.addItem(username, username)
        self.officer.setCurrentIndex(self.officer.findData(username))

    def fill(self, t: TipOff) -> None:
        self.received.setDateTime(QDateTime.fromString(t.received_at[:16], ISO_MINUTES))
        self.channel.setCurrentIndex(self.channel.findData(t.channel))
        self.load_sources(t.source_code)
        self.set_officer(t.reporting_officer)
        self.handling.setCurrentIndex(self.handling.findData(t.handling))
        self.subjects.set_subjects(t.subjects)
        self.text.setPlainText(t.text)

    def tipoff(self, base: TipOff | None) -> TipOff:
        """The fields over `base` (a new tip-off when None); the source code only for a
        human source."""
        channel = Channel(self.channel.currentData())
        human = channel == Channel.HUMAN_SOURCE
        values = {"received_at": self.received.dateTime().toString(ISO_MINUTES),
                  "channel": channel, "reporting_officer": str(self.officer.currentData() or ""),
                  "source_code": str(self.source.currentData() or "") if human else "",
                  "handling": Handling(self.handling.currentData()),
                  "subjects": self.subjects.subjects(), "text": self.text.toPlainText()}
        return replace(base or TipOff(None, "", channel, "", ""), **values)  # type: ignore[arg-type]

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.received, self.channel, self.source, self.officer, self.handling):
            w.setEnabled(not read_only)
        self.text.setReadOnly(read_only)
        self.subjects.set_read_only(read_only)

    def focus(self, key: str) -> None:
        widget = self.fields.get(key)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
