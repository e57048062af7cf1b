"""An item of the register: every field, its whole history on a timeline, who held it and
when; edit its details (never its status), and the events its status allows (issue, return,
transfer, incident, recovery, disposal) — those dialogs live in the custody and incident
modules and are loaded when asked for."""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.asset import (
    CONDITION_LABELS,
    STATUS_LABELS,
    Asset,
    AssetEvent,
    AssetStatus,
    usd_text,
)
from piu_desk.core.equipment import assets, custody
from piu_desk.core.store.custody import Custody
from piu_desk.ui.equipment.item_edit import ItemEditDialog
from piu_desk.ui.equipment.item_timeline import TimelineView
from piu_desk.ui.equipment.register_model import STATUS_COLOURS
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.records.common import Particulars, format_date, format_moment
from piu_desk.ui.records.page import RecordPage, fill_row, fit_rows, small_table
from piu_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
CUSTODY_DIALOGS = "piu_desk.ui.equipment.custody_dialogs"
INCIDENT_DIALOG = "piu_desk.ui.equipment.incident_dialog"
KEYS = ["tag", "category", "description", "make", "model", "serial_number", "status",
        "condition", "location", "holder", "donor", "agreement_ref", "grant_code",
        "handover_date", "handover_doc_ref", "value_khr", "value_usd"]
# Action -> (module, function, statuses it applies to).
ACTIONS: dict[str, tuple[str, str, tuple[AssetStatus, ...]]] = {
    "issue": (CUSTODY_DIALOGS, "issue_item", (AssetStatus.IN_STORE,)),
    "return": (CUSTODY_DIALOGS, "return_item", (AssetStatus.ISSUED,)),
    "transfer": (CUSTODY_DIALOGS, "transfer_item", (AssetStatus.ISSUED,)),
    "incident": (INCIDENT_DIALOG, "report_incident", (AssetStatus.IN_STORE, AssetStatus.ISSUED)),
    "recover": (INCIDENT_DIALOG, "recover_item", (AssetStatus.LOST, AssetStatus.STOLEN)),
    "dispose": (INCIDENT_DIALOG, "dispose_item", (AssetStatus.IN_STORE, AssetStatus.LOST,
                                                  AssetStatus.STOLEN, AssetStatus.UNDER_REPAIR)),
}


def action_available(module_name: str) -> bool:
    try:
        return importlib.util.find_spec(module_name) is not None
    except (ImportError, ValueError):
        return False


class ItemPage(RecordPage):
    topics = frozenset({"assets"})

    def __init__(self, desk: Desk, tasks: TaskRunner, asset_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("itemPage")
        self.asset_id = asset_id
        self.asset: Asset | None = None
        self.events: list[AssetEvent] = []
        self.custodies: list[Custody] = []
        session = desk.session
        self.custodian = session is not None and session.has(Role.CUSTODIAN)
        self.may_see_custody = session is not None and (session.has(Role.CUSTODIAN)
                                                        or session.has(Role.SUPERVISOR))
        self.action_buttons: dict[str, QPushButton] = {}
        for key in ACTIONS:
            button = self.action_button(f"item_{key}")
            button.clicked.connect(lambda _on=False, k=key: self.run_action(k))
            self.action_buttons[key] = button
        self.accept_button = self.action_button("itemRecordAcceptance")
        self.accept_button.clicked.connect(self.record_acceptance)
        self.edit_button = self.action_button("itemEdit")
        self.edit_button.clicked.connect(self.edit)
        self.particulars = Particulars(KEYS, columns=3)
        self.timeline = TimelineView()
        self.timeline_group = QGroupBox()
        QVBoxLayout(self.timeline_group).addWidget(self.timeline)
        self.custody_group = QGroupBox()
        self.custody_empty = QLabel()
        self.custody_table = small_table("custodyHistory", 6)
        custody_box = QVBoxLayout(self.custody_group)
        custody_box.addWidget(self.custody_empty)
        custody_box.addWidget(self.custody_table)
        custody_box.addStretch(1)
        self.custody_group.setVisible(self.may_see_custody)
        lower = QHBoxLayout()
        lower.addWidget(self.timeline_group, 3)
        lower.addWidget(self.custody_group, 4)
        self.body.addWidget(self.particulars)
        self.body.addLayout(lower, 1)
        self.retranslate()

    # -- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        texts = {"issue": self.tr("Issue…"), "return": self.tr("Return…"),
                 "transfer": self.tr("Transfer…"), "incident": self.tr("Report incident…"),
                 "recover": self.tr("Recovered…"), "dispose": self.tr("Dispose of…")}
        for key, button in self.action_buttons.items():
            button.setText(texts[key])
        self.accept_button.setText(self.tr("Record acceptance"))
        self.accept_button.setToolTip(self.tr("The holder signed the acceptance form"))
        self.edit_button.setText(self.tr("Edit…"))
        self.particulars.set_labels({
            "tag": self.tr("Tag"), "category": self.tr("Category"),
            "description": self.tr("Description"), "make": self.tr("Make"),
            "model": self.tr("Model"), "serial_number": self.tr("Serial number"),
            "status": self.tr("Status"), "condition": self.tr("Condition"),
            "location": self.tr("Location"), "holder": self.tr("Held by"),
            "donor": self.tr("Donor"), "agreement_ref": self.tr("Agreement"),
            "grant_code": self.tr("Grant code"), "handover_date": self.tr("Handed over"),
            "handover_doc_ref": self.tr("Handover document"),
            "value_khr": self.tr("Value (KHR)"), "value_usd": self.tr("Value (USD)")})
        self.timeline_group.setTitle(self.tr("History"))
        self.custody_group.setTitle(self.tr("Custody"))
        self.custody_empty.setText(self.tr("Never issued."))
        self.custody_table.setHorizontalHeaderLabels([
            self.tr("Holder"), self.tr("Issued"), self.tr("Expected back"),
            self.tr("Accepted"), self.tr("Ended"), self.tr("How")])
        self.timeline.retranslate()
        if self.asset is not None:
            self._show()

    # -- reading --------------------------------------------------------------------------
    def load(self) -> bool:
        try:
            self.asset = assets.get(self._desk, self.asset_id)
            self.events = assets.timeline(self._desk, self.asset_id)
            self.custodies = (custody.history(self._desk, self.asset_id)
                              if self.may_see_custody else [])
        except Exception as exc:  # a locked desk, an item gone: said, page not opened
            show_error(self, exc)
            return False
        self._show()
        self.timeline.show_events(self.events)
        return True

    def holder(self) -> Custody | None:
        return next((c for c in reversed(self.custodies) if not c.ended_on), None)

    def _show(self) -> None:
        a = self.asset
        assert a is not None
        status = tr_core("Equipment", STATUS_LABELS[a.status])
        self.title.setText(f"{a.tag} — {a.description}")
        self.subtitle.setText(" · ".join(x for x in (a.category, status, a.location) if x))
        held = self.holder()
        self.particulars.set_values({
            "tag": a.tag, "category": a.category, "description": a.description,
            "make": a.make, "model": a.model, "serial_number": a.serial_number,
            "status": status, "condition": tr_core("Equipment", CONDITION_LABELS[a.condition]),
            "location": a.location, "holder": held.holder if held else "",
            "donor": a.donor, "agreement_ref": a.agreement_ref, "grant_code": a.grant_code,
            "handover_date": format_date(a.handover_date),
            "handover_doc_ref": a.handover_doc_ref, "value_khr": f"{a.value_khr:,}",
            "value_usd": usd_text(a.value_usd_cents)})
        colour = STATUS_COLOURS.get(a.status, "#1b6e20")
        self.particulars.values["status"].setStyleSheet(f"color: {colour}; font-weight: bold;")
        self._fill_custody()
        self._set_buttons(a, held)

    def _fill_custody(self) -> None:
        how = {"returned": self.tr("Returned"), "transferred": self.tr("Transferred"),
               "repair_sent": self.tr("Sent for repair"), "lost": self.tr("Lost"),
               "stolen": self.tr("Stolen")}
        table = self.custody_table
        table.setRowCount(len(self.custodies))
        for row, c in enumerate(reversed(self.custodies)):
            accepted = (format_moment(c.accepted_at[:16]) if c.accepted_at
                        else self.tr("Not yet"))
            fill_row(table, row, [c.holder, format_date(c.issued_on),
                                  format_date(c.expected_return), accepted,
                                  format_date(c.ended_on), how.get(c.end_kind, c.end_kind)], c)
        table.setVisible(bool(self.custodies))
        self.custody_empty.setVisible(not self.custodies)
        fit_rows(table, 8)

    def _set_buttons(self, a: Asset, held: Custody | None) -> None:
        for key, button in self.action_buttons.items():
            module_name, _function, statuses = ACTIONS[key]
            button.setVisible(self.custodian and a.status in statuses
                              and action_available(module_name))
        self.edit_button.setVisible(self.custodian)
        self.accept_button.setVisible(self.custodian and held is not None
                                      and not held.accepted_at)

    # -- actions --------------------------------------------------------------------------
    def run_action(self, key: str) -> None:
        """Open the custody or incident dialog for this item (loaded now, when asked)."""
        module_name, function, _statuses = ACTIONS[key]
        try:
            opener = getattr(importlib.import_module(module_name), function)
        except Exception as exc:  # someone else's module: never take this page down
            log.exception("cannot load %s.%s", module_name, function)
            show_error(self, exc)
            return
        opener(self, self._desk, self._tasks, self.asset_id)

    def record_acceptance(self) -> None:
        held = self.holder()
        if held is None:
            return
        self._tasks.call(lambda: custody.accept(self._desk, self.asset_id, held.holder), self)

    def edit(self) -> ItemEditDialog | None:
        if self.asset is None:
            return None
        dialog = ItemEditDialog(self._desk, self._tasks, self.asset, parent=self)
        dialog.open()
        return dialog
