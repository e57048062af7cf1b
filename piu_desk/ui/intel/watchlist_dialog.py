"""Add a watchlist entry by hand, or correct one of this desk's own. A person has names and
aliases, a date of birth (or only the year), a nationality and document numbers; a vessel
has its name and former names, IMO number, MMSI, call sign and flag. Every field the core
finds wrong gets its message under it at once. An entry issued by HQ is shown read-only:
HQ's next list is what changes it."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry, validate_entry
from piu_desk.core.errors import Invalid
from piu_desk.core.intel import watchlist
from piu_desk.ui.admin.common import error_label, named
from piu_desk.ui.entry_common import banner, set_banner
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.watchlist_fields import (
    IDENTITY,
    LISTING,
    PERSON_ONLY,
    VESSEL_ONLY,
    EntryFields,
    lines_of,
)
from piu_desk.ui.intel.watchlist_texts import handling_text, kind_text, origin_text
from piu_desk.ui.records.common import attempt
from piu_desk.ui.records.fields import InlineErrors, fit_height, with_error
from piu_desk.ui.tasks import TaskRunner

# A value each field may take that the core accepts, to find every wrong field at once.
NEUTRAL: dict[str, Any] = {
    "names": ("X",), "reason": "-", "issuer": "-", "issued": "", "expires": "",
    "date_of_birth": "", "nationality": "", "documents": (), "imo": "", "mmsi": "",
    "call_sign": "", "flag": ""}


def problems_of(entry: WatchEntry, today: date) -> dict[str, str]:
    """Every field the core's rules refuse, with the core's message (translated)."""
    found: dict[str, str] = {}
    for _ in NEUTRAL:
        try:
            validate_entry(entry, today)
        except Invalid as exc:
            if exc.field in found or exc.field not in NEUTRAL:
                found.setdefault(exc.field, exc.render(tr_core))
                break
            found[exc.field] = exc.render(tr_core)
            entry = replace(entry, **{exc.field: NEUTRAL[exc.field]})
        else:
            break
    return found


class WatchEntryDialog(Retranslating, QDialog):
    """`entry` None adds one (a person unless `kind` says otherwise). After `accepted`,
    `entry_id` is the entry saved."""

    def __init__(self, desk: Desk, tasks: TaskRunner, entry: WatchEntry | None = None,
                 parent: QWidget | None = None, *, kind: EntryKind = EntryKind.PERSON) -> None:
        super().__init__(parent)
        self.setObjectName("watchEntryDialog")
        self._desk, self._tasks, self._entry = desk, tasks, entry
        self.today = watchlist.today_of(desk)
        self.entry_id: int | None = entry.id if entry else None
        self.read_only = entry is not None and entry.origin is Origin.HQ and \
            not desk.station().is_hq  # HQ maintains the master watchlist
        self.fields = EntryFields()
        self.person = named(QRadioButton(), "kindPerson")
        self.vessel = named(QRadioButton(), "kindVessel")
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.person)
        self.kinds.addButton(self.vessel)
        self.handling = named(QComboBox(), "handling")
        for code in Handling:
            self.handling.addItem("", code.value)
        self.origin = named(QLabel(), "origin")
        self.notice = banner("hqNotice")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self._fill(entry, kind)
        self.person.toggled.connect(self._show_kind)
        self.retranslate()
        self._show_kind()
        self.setMinimumWidth(920)

    @property
    def adding(self) -> bool:
        return self._entry is None

    def kind(self) -> EntryKind:
        return EntryKind.PERSON if self.person.isChecked() else EntryKind.VESSEL

    def _build(self) -> None:
        self.row_labels: dict[str, QLabel] = {}
        labels: dict[str, QLabel] = {}
        widgets: dict[str, QWidget] = {**self.fields.widgets, "handling": self.handling}
        self.forms: dict[str, QFormLayout] = {}
        self.boxes: dict[str, QWidget] = {}
        for side, keys in (("identity", IDENTITY), ("listing", (*LISTING, "handling"))):
            form = self.forms[side] = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for key in keys:
                widget = widgets[key]
                hint = getattr(widget, "hint", None)
                box, labels[key] = with_error(widget, hint)
                self.boxes[key] = box
                self.row_labels[key] = QLabel()
                self.row_labels[key].setBuddy(widget)
                form.addRow(self.row_labels[key], box)
        self.origin_label = QLabel()
        self.forms["listing"].addRow(self.origin_label, self.origin)
        self.general_error = error_label()
        self.errors = InlineErrors(labels, self.general_error)
        kinds = QHBoxLayout()
        self.kind_label = QLabel()
        kinds.addWidget(self.kind_label)
        kinds.addWidget(self.person)
        kinds.addWidget(self.vessel)
        kinds.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(self.forms["identity"], 1)
        columns.addSpacing(16)
        columns.addLayout(self.forms["listing"], 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(kinds)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fill(self, e: WatchEntry | None, kind: EntryKind) -> None:
        if e is None:
            (self.person if kind is EntryKind.PERSON else self.vessel).setChecked(True)
            self.fields.edits["issued"].setText(self.today.isoformat())
            with suppress(Exception):  # a convenience: the officer can type the unit
                self.fields.edits["issuer"].setText(self._desk.station().name)
            self.handling.setCurrentIndex(self.handling.findData(Handling.HQ_ONLY.value))
        else:
            (self.person if e.kind is EntryKind.PERSON else self.vessel).setChecked(True)
            self.fields.fill(e)
            self.handling.setCurrentIndex(max(self.handling.findData(e.handling.value), 0))
        for radio in (self.person, self.vessel):
            radio.setEnabled(e is None)  # an entry keeps its kind
        if self.read_only:
            self.fields.set_read_only()
            self.handling.setEnabled(False)

    def _show_kind(self) -> None:
        person = self.kind() is EntryKind.PERSON
        form = self.forms["identity"]
        for key in PERSON_ONLY:
            form.setRowVisible(self.boxes[key], person)
        for key in VESSEL_ONLY:
            form.setRowVisible(self.boxes[key], not person)
        self._label_names()

    def _label_names(self) -> None:
        person = self.kind() is EntryKind.PERSON
        self.row_labels["aliases"].setText(self.tr("Aliases:") if person
                                           else self.tr("Former names:"))
        self.fields.edits["name"].setPlaceholderText(
            self.tr("Family name and given names, as in the passport") if person
            else self.tr("As written on the hull or certificate"))

    def retranslate(self) -> None:
        if self.read_only:
            self.setWindowTitle(self.tr("Watchlist entry from HQ"))
        else:
            self.setWindowTitle(self.tr("New watchlist entry") if self.adding
                                else self.tr("Edit watchlist entry"))
        self.kind_label.setText(self.tr("This entry is a:"))
        self.person.setText(kind_text(EntryKind.PERSON))
        self.vessel.setText(kind_text(EntryKind.VESSEL))
        texts = {"name": self.tr("Name:"), "date_of_birth": self.tr("Date of birth:"),
                 "nationality": self.tr("Nationality:"), "documents": self.tr("Documents:"),
                 "imo": self.tr("IMO number:"), "mmsi": self.tr("MMSI:"),
                 "call_sign": self.tr("Call sign:"), "flag": self.tr("Flag state:"),
                 "reason": self.tr("Reason:"), "issuer": self.tr("Issuing unit:"),
                 "issued": self.tr("Issued on:"), "expires": self.tr("Expires on:"),
                 "handling": self.tr("Handling code:")}
        for key, text in texts.items():
            self.row_labels[key].setText(text)
        self.origin_label.setText(self.tr("Origin:"))
        origin = self._entry.origin if self._entry else Origin.LOCAL
        self.origin.setText(origin_text(origin))
        self._label_names()
        self.fields.retranslate()
        for index in range(self.handling.count()):
            code = Handling(self.handling.itemData(index))
            self.handling.setItemText(index, handling_text(code))
        set_banner(self.notice, "info", self.tr(
            "HQ issued this entry. It cannot be changed on this desk: HQ's next list "
            "replaces it. Ask HQ if something in it is wrong.") if self.read_only else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add to the watchlist") if self.adding else self.tr("Save"))
        ok.setVisible(not self.read_only)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))

    # -- saving -----------------------------------------------------------------------------
    def entry(self) -> WatchEntry:
        """The form as an entry (not checked yet)."""
        base = self._entry
        f = self.fields
        text = f.text
        names = (text("name"), *lines_of(f.edits_multi["aliases"]))
        common = dict(
            id=base.id if base else None, kind=self.kind(), names=names,
            reason=f.edits_multi["reason"].toPlainText(), issuer=text("issuer"),
            issued=text("issued"), expires=text("expires"),
            handling=Handling(self.handling.currentData()),
            origin=base.origin if base else Origin.LOCAL, uid=base.uid if base else "")
        if self.kind() is EntryKind.PERSON:
            return WatchEntry(**common, date_of_birth=text("date_of_birth"),  # type: ignore[arg-type]
                              nationality=f.code("nationality"),
                              documents=lines_of(f.edits_multi["documents"]))
        return WatchEntry(**common, imo=text("imo"), mmsi=text("mmsi"),  # type: ignore[arg-type]
                          call_sign=text("call_sign"), flag=f.code("flag"))

    def check(self) -> bool:
        """Show the core's message under every wrong field; True when there is none."""
        self.errors.clear()
        found = problems_of(self.entry(), self.today)
        for key, text in found.items():
            self.errors.set("name" if key == "names" else key, text)
        if found:
            first = next(iter(found))
            widget = self.fields.widgets.get("name" if first == "names" else first)
            if widget is not None:
                widget.setFocus()
            fit_height(self)
        return not found

    def submit(self) -> None:
        if self.read_only or not self.check():
            return
        entry = self.entry()
        if self._entry is None:
            done = attempt(self._tasks, self, lambda: watchlist.add(self._desk, entry),
                           self._invalid)
            if done is not None:
                self.entry_id = done[0]
                self.accept()
        elif attempt(self._tasks, self, lambda: watchlist.update(self._desk, entry),
                     self._invalid) is not None:
            self.accept()

    def _invalid(self, exc: Invalid) -> None:
        self.errors.set("name" if exc.field == "names" else exc.field, exc.render(tr_core))
        fit_height(self)
