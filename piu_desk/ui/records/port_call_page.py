"""A port call: its particulars, a warning line when vulnerable persons were found aboard,
and tabs for crew lists, persons found aboard and inspections, each with the button that
adds one (when the dialog for it is installed)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import PersonAboard
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.records import port_calls, vessels
from piu_desk.ui.admin.common import named
from piu_desk.ui.intel.alert_marks import MatchBadge, load_confirmed
from piu_desk.ui.records.arrival_dialog import EditPortCallDialog
from piu_desk.ui.records.common import (
    ABOARD,
    CREW,
    CREW_IMPORT_DIALOG,
    CREW_LIST_DIALOG,
    INSPECTION_DIALOG,
    INSPECTIONS,
    PERSON_ABOARD_DIALOG,
    VESSEL,
    Particulars,
    Target,
    can_edit,
    country_text,
    format_moment,
    format_number,
    optional_dialog,
    port_text,
)
from piu_desk.ui.records.crew_tab import CrewTab
from piu_desk.ui.records.page import RecordPage
from piu_desk.ui.records.port_call_tabs import AboardTab, InspectionsTab
from piu_desk.ui.records.tags import label, ordered
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import WARNING_STYLE

KEYS = ["vessel", "flag", "imo", "arrival", "departure", "last_port", "next_port", "berth",
        "agent", "voyage", "crew", "passengers"]
TABS = (CREW, ABOARD, INSPECTIONS)


class PortCallPage(RecordPage):
    topics = frozenset({"port_calls", "vessels", "crew", "persons", "inspections", "alerts"})

    def __init__(self, desk: Desk, tasks: TaskRunner, port_call_id: int, tab: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("portCallPage")
        self.port_call_id = port_call_id
        self.port_call: PortCall | None = None
        self.vessel: Vessel | None = None
        self.match_badge = MatchBadge()
        self.action_row.addWidget(self.match_badge)
        self.vessel_button = self.action_button("openVessel")
        self.edit_button = self.action_button("editPortCall")
        self.particulars = Particulars(KEYS, columns=3)
        self.alert = named(QLabel(), "aboardAlert")
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet(WARNING_STYLE)
        self.alert.hide()
        self.crew = CrewTab(desk, tasks)
        self.aboard = AboardTab(desk, tasks)
        self.inspections = InspectionsTab(desk, tasks)
        self.tabs = named(QTabWidget(), "portCallTabs")
        for widget in (self.crew, self.aboard, self.inspections):
            self.tabs.addTab(widget, "")
        self.body.addWidget(self.particulars)
        self.body.addWidget(self.alert)
        self.body.addWidget(self.tabs, 1)
        self._import_dialog = optional_dialog(CREW_IMPORT_DIALOG)
        self._hooks = {CREW: optional_dialog(CREW_LIST_DIALOG),
                       ABOARD: optional_dialog(PERSON_ABOARD_DIALOG),
                       INSPECTIONS: optional_dialog(INSPECTION_DIALOG)}
        editor = can_edit(desk)
        for key, button in ((CREW, self.crew.add_button), (ABOARD, self.aboard.add_button),
                            (INSPECTIONS, self.inspections.add_button)):
            button.setVisible(editor and self._hooks[key] is not None)
            button.clicked.connect(lambda _checked=False, key=key: self.add(key))
        self.crew.import_button.setVisible(editor and self._import_dialog is not None)
        self.crew.import_button.clicked.connect(self.import_sheet)
        self.edit_button.setVisible(editor)
        self.vessel_button.clicked.connect(self._open_vessel)
        self.edit_button.clicked.connect(self.edit)
        self.crew.open_record.connect(self.open_record.emit)
        self.aboard.open_record.connect(self.open_record.emit)
        self.inspections.open_inspection.connect(self.open_inspection)
        self.show_tab(tab)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.vessel_button.setText(self.tr("Vessel…"))
        self.vessel_button.setToolTip(self.tr("Open the vessel's page"))
        self.edit_button.setText(self.tr("Edit…"))
        self.particulars.set_labels({
            "vessel": self.tr("Vessel:"), "flag": self.tr("Flag:"), "imo": self.tr("IMO:"),
            "arrival": self.tr("Arrival:"), "departure": self.tr("Departure:"),
            "last_port": self.tr("Last port:"), "next_port": self.tr("Next port:"),
            "berth": self.tr("Berth:"), "agent": self.tr("Agent:"),
            "voyage": self.tr("Voyage:"), "crew": self.tr("Crew:"),
            "passengers": self.tr("Passengers:")})
        self._show()
        self._name_tabs()

    def focus_widget(self) -> QWidget:
        tab = self.tabs.currentWidget()
        return tab.table if isinstance(tab, CrewTab | AboardTab | InspectionsTab) else self.tabs

    def show_tab(self, tab: str) -> None:
        if tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(tab))

    # -- reading --------------------------------------------------------------------------
    def load(self) -> bool:
        pc = self._tasks.call(lambda: port_calls.get(self._desk, self.port_call_id), self)
        if pc is None:
            return False
        self.port_call = pc
        marks = load_confirmed(self._desk)
        self.match_badge.setVisible(pc.vessel_id in marks.vessel_ids
                                    or self.port_call_id in marks.port_call_ids)
        self.vessel = self._tasks.call(lambda: vessels.get(self._desk, pc.vessel_id), self)
        self.crew.load(self.port_call_id)
        self._show_alert(self.aboard.load(self.port_call_id))
        self.inspections.load(self.port_call_id)
        self._show()
        self._name_tabs()
        return True

    def _show(self) -> None:
        pc, v = self.port_call, self.vessel
        if pc is None:
            return
        self.title.setText(pc.vessel_name)
        self.subtitle.setText(self.tr("Port call · arrived %1").replace(
            "%1", format_moment(pc.arrival)))
        self.particulars.set_values({
            "vessel": pc.vessel_name, "flag": country_text(pc.vessel_flag),
            "imo": (v.imo or "") if v else "", "arrival": format_moment(pc.arrival),
            "departure": format_moment(pc.departure), "last_port": port_text(pc.last_port),
            "next_port": port_text(pc.next_port), "berth": pc.berth, "agent": pc.agent,
            "voyage": pc.voyage_number, "crew": format_number(pc.crew_count),
            "passengers": format_number(pc.passenger_count)})

    def _show_alert(self, persons: list[PersonAboard]) -> None:
        counts = Counter(flag for p in persons for flag in ordered(p.vulnerabilities))
        if not counts:
            self.alert.hide()
            return
        parts = [f"{label(flag)}: {n}" for flag, n in counts.items()]
        self.alert.setText(self.tr("Vulnerable persons found aboard — %1").replace(
            "%1", " · ".join(parts)))
        self.alert.show()

    def _name_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Crew lists (%1)").replace(
            "%1", str(len(self.crew.lists))))
        self.tabs.setTabText(1, self.tr("Persons found aboard (%1)").replace(
            "%1", str(len(self.aboard.persons))))
        self.tabs.setTabText(2, self.tr("Inspections (%1)").replace(
            "%1", str(len(self.inspections.inspections))))

    # -- actions ------------------------------------------------------------------------
    def _open_vessel(self) -> None:
        if self.port_call is not None:
            self.open_record.emit(Target(VESSEL, self.port_call.vessel_id))

    def edit(self) -> EditPortCallDialog | None:
        if self.port_call is None:
            return None
        dialog = EditPortCallDialog(self._desk, self._tasks, self.port_call, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add(self, key: str) -> QDialog | None:
        """Open the other package's dialog for a crew list, a person found aboard or an
        inspection; the page reads again when it closes."""
        make = self._hooks.get(key)
        if make is None:
            return None
        if key == INSPECTIONS:
            dialog = make(self._desk, self._tasks, port_call_id=self.port_call_id,
                          inspection_id=None, parent=self)
        else:
            dialog = make(self._desk, self._tasks, self.port_call_id, self)
        return self._open_dialog(dialog, key)

    def import_sheet(self) -> QDialog | None:
        """The crew-list import, with this port call chosen for it."""
        if self._import_dialog is None:
            return None
        dialog = self._import_dialog(self._desk, self._tasks, port_call_id=self.port_call_id,
                                     parent=self)
        return self._open_dialog(dialog, CREW)

    def open_inspection(self, inspection_id: int) -> QDialog | None:
        make = self._hooks.get(INSPECTIONS)
        if make is None:
            return None
        dialog = make(self._desk, self._tasks, port_call_id=self.port_call_id,
                      inspection_id=inspection_id, parent=self)
        return self._open_dialog(dialog, INSPECTIONS)

    def _open_dialog(self, dialog: QDialog, tab: str) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._after(tab))
        dialog.open()
        return dialog

    def _after(self, tab: str) -> Callable[[int], None]:
        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.load()
                self.show_tab(tab)
        return done
