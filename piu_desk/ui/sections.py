"""The sections of the main window's sidebar, in order, and who may see each.

A section is a QWidget built as `factory(desk, tasks)`, with `refresh(changes)` and
`retranslate()`; one whose sidebar entry says more than its title (a count of waiting work)
also has `sidebar_title()`, asked again after every change. Adding a screen to the desk is
one entry here. A role check here only decides what is shown; the core refuses what a role
may not do regardless.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.text import QT_TRANSLATE_NOOP
from piu_desk.ui.tasks import TaskRunner

SectionFactory = Callable[[Desk, TaskRunner], QWidget]
RECORD_ROLES = frozenset({Role.OFFICER, Role.SUPERVISOR, Role.EXCHANGE})
ANYWHERE, HQ_ONLY, STATIONS_ONLY = "", "hq", "station"


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str  # marked in context "Sections"
    roles: frozenset[Role]  # any of these shows it; empty = everyone
    target: str  # "package.module:Class"
    hidden_for: frozenset[Role] = frozenset()  # any of these hides it, whatever else
    place: str = ANYWHERE  # HQ_ONLY or STATIONS_ONLY: shown only on that kind of desk

    def visible_to(self, has: Callable[[Role], bool], at_hq: bool = False) -> bool:
        if self.place and self.place != (HQ_ONLY if at_hq else STATIONS_ONLY):
            return False
        if any(has(r) for r in self.hidden_for):
            return False
        return not self.roles or any(has(r) for r in self.roles)

    def factory(self) -> SectionFactory:
        module_name, _, name = self.target.partition(":")
        factory: SectionFactory = getattr(importlib.import_module(module_name), name)
        return factory

    def translated_title(self) -> str:
        return QCoreApplication.translate("Sections", self.title)


# In sidebar order. Settings comes last and is built by the main window itself.
SECTIONS: list[SectionSpec] = [
    # -- dashboard --
    SectionSpec("dashboard", QT_TRANSLATE_NOOP("Sections", "Dashboard"),
                frozenset({Role.SUPERVISOR}), "piu_desk.ui.dashboard:DashboardSection"),
    SectionSpec("my_day", QT_TRANSLATE_NOOP("Sections", "My day"), frozenset({Role.OFFICER}),
                "piu_desk.ui.dashboard:MyDaySection", hidden_for=frozenset({Role.SUPERVISOR})),
    SectionSpec("port_calls", QT_TRANSLATE_NOOP("Sections", "Port calls"), RECORD_ROLES,
                "piu_desk.ui.records:PortCallsSection"),
    SectionSpec("vessels", QT_TRANSLATE_NOOP("Sections", "Vessels"), RECORD_ROLES,
                "piu_desk.ui.records:VesselsSection"),
    # -- tip-offs --
    SectionSpec("tipoffs", QT_TRANSLATE_NOOP("Sections", "Tip-offs"), RECORD_ROLES,
                "piu_desk.ui.intel:TipOffsSection"),
    # -- watchlist --
    SectionSpec("watchlist", QT_TRANSLATE_NOOP("Sections", "Watchlist"), RECORD_ROLES,
                "piu_desk.ui.intel:WatchlistSection"),
    # -- alerts --
    SectionSpec("alerts", QT_TRANSLATE_NOOP("Sections", "Alerts"), RECORD_ROLES,
                "piu_desk.ui.intel:AlertsSection"),
    # -- sources --
    SectionSpec("sources", QT_TRANSLATE_NOOP("Sections", "Sources"),
                frozenset({Role.SUPERVISOR}), "piu_desk.ui.intel:SourcesSection"),
    SectionSpec("approvals", QT_TRANSLATE_NOOP("Sections", "Approvals"),
                frozenset({Role.SUPERVISOR}), "piu_desk.ui.inspections:ApprovalsSection"),
    # -- equipment register --
    SectionSpec("equipment", QT_TRANSLATE_NOOP("Sections", "Equipment"),
                frozenset({Role.CUSTODIAN}), "piu_desk.ui.equipment:EquipmentSection"),
    # -- equipment custody, maintenance, verification --
    SectionSpec("custody", QT_TRANSLATE_NOOP("Sections", "Custody"),
                frozenset({Role.CUSTODIAN}), "piu_desk.ui.equipment:CustodySection"),
    SectionSpec("maintenance", QT_TRANSLATE_NOOP("Sections", "Maintenance"),
                frozenset({Role.CUSTODIAN}), "piu_desk.ui.equipment:MaintenanceSection"),
    SectionSpec("verification", QT_TRANSLATE_NOOP("Sections", "Verification"),
                frozenset({Role.CUSTODIAN}), "piu_desk.ui.equipment:VerificationSection"),
    # -- my equipment --
    SectionSpec("my_equipment", QT_TRANSLATE_NOOP("Sections", "My equipment"), frozenset(),
                "piu_desk.ui.equipment:MyEquipmentSection"),
    SectionSpec("exchange", QT_TRANSLATE_NOOP("Sections", "Exchange"),
                frozenset({Role.EXCHANGE, Role.ADMIN}), "piu_desk.ui.exchange:ExchangeSection"),
    SectionSpec("conflicts", QT_TRANSLATE_NOOP("Sections", "Conflicts"),
                frozenset({Role.SUPERVISOR}), "piu_desk.ui.conflicts:ConflictsSection"),
    SectionSpec("stations", QT_TRANSLATE_NOOP("Sections", "Stations"),
                frozenset({Role.SUPERVISOR, Role.EXCHANGE, Role.ADMIN}),
                "piu_desk.ui.hq.stations_section:StationsSection", place=HQ_ONLY),
    SectionSpec("admin", QT_TRANSLATE_NOOP("Sections", "Administration"),
                frozenset({Role.ADMIN, Role.SUPERVISOR}), "piu_desk.ui.admin:AdminSection"),
]
SETTINGS_TITLE = QT_TRANSLATE_NOOP("Sections", "Settings")
