"""The alert inbox's rows: each alert with the watchlist entry it matched and the record it
was raised on (a crew list row, a person found aboard, or a port call and its vessel).

A page of rows is read in one go on the database thread: the alerts, then each entry once
however many alerts name it, then each screened record. No Qt here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TypeVar

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewMember, PersonAboard
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.domain.watchlist import WatchEntry
from piu_desk.core.errors import Invalid
from piu_desk.core.intel import alerts, screening, watchlist
from piu_desk.core.intel.alerts import OPEN, Alert, Disposition
from piu_desk.core.intel.matching import PersonProfile, VesselProfile
from piu_desk.core.records import crew, port_calls, vessels

CREW_MEMBER, PERSON_ABOARD, PORT_CALL = "crew_member", "person_aboard", "port_call"
# The inbox's filters: the open alerts, those decided, or all (open first).
SHOW_OPEN, SHOW_DISPOSED, SHOW_ALL = "open", "disposed", "all"
FILTERS = (SHOW_OPEN, SHOW_DISPOSED, SHOW_ALL)
T = TypeVar("T")
MOST = 500  # rows read for one filter: the newest of each kind


@dataclass(frozen=True)
class AlertRow:
    alert: Alert
    entry: WatchEntry | None  # None when the entry can no longer be read
    member: CrewMember | None = None
    aboard: PersonAboard | None = None
    vessel: Vessel | None = None  # the port call's vessel
    port_call: PortCall | None = None  # where it was seen

    @property
    def kind(self) -> str:
        return self.alert.subject_kind

    @property
    def is_open(self) -> bool:
        return self.alert.status == OPEN

    @property
    def person_id(self) -> int | None:
        subject = self.member or self.aboard
        return subject.person_id if subject is not None else None

    @property
    def vessel_id(self) -> int | None:
        if self.vessel is not None:
            return self.vessel.id
        return self.port_call.vessel_id if self.port_call is not None else None

    def seen_profile(self, today: date) -> PersonProfile | VesselProfile | None:
        """The record as the screening read it (a person found aboard with only an age
        was screened with the year of birth it gives)."""
        if self.member is not None:
            return screening.member_profile(self.member)
        if self.aboard is not None:
            p = self.aboard
            born = p.date_of_birth or (str(today.year - p.age) if p.age is not None else "")
            return PersonProfile((f"{p.family_name} {p.given_names}".strip(),), born,
                                 p.nationality)
        if self.kind == PORT_CALL and self.vessel is not None:
            return screening.vessel_profile(self.vessel)
        return None

    def entry_profile(self) -> PersonProfile | VesselProfile | None:
        if self.entry is None:
            return None
        if self.kind == PORT_CALL:
            return screening.entry_vessel(self.entry)
        return screening.entry_person(self.entry)


@dataclass(frozen=True)
class Inbox:
    rows: list[AlertRow]
    total: int  # how many alerts the filter matches (rows holds at most MOST of each)
    open_count: int


def _statuses(shown: str) -> tuple[str, ...]:
    disposed = tuple(d.value for d in Disposition)
    return {SHOW_OPEN: (OPEN,), SHOW_DISPOSED: disposed, SHOW_ALL: (OPEN, *disposed)}[shown]


def load_inbox(desk: Desk, shown: str, origin: str = "") -> Inbox:
    """The alerts `shown` asks for, open ones first, then newest first, of one station
    (`origin`) or all; on the database thread in one go (call it there, or through
    `desk.run_on_owner`). The open count is the whole desk's, as the sidebar shows it."""
    statuses = _statuses(shown)
    found: list[Alert] = []
    total = 0
    for status in statuses:
        found.extend(alerts.page(desk, 0, MOST, status, origin=origin))
        total += alerts.count(desk, status, origin=origin)
    found.sort(key=lambda a: (a.status != OPEN, -a.id))
    open_count = total if shown == SHOW_OPEN and not origin else alerts.count(desk)
    return Inbox(with_records(desk, found), total, open_count)


def with_records(desk: Desk, found: list[Alert]) -> list[AlertRow]:
    entries: dict[int, WatchEntry | None] = {}
    calls: dict[int, tuple[PortCall | None, Vessel | None]] = {}
    rows = []
    for a in found:
        if a.entry_id not in entries:
            entries[a.entry_id] = _or_none(partial(watchlist.get, desk, a.entry_id))
        rows.append(_row(desk, a, entries[a.entry_id], calls))
    return rows


def _row(desk: Desk, a: Alert, entry: WatchEntry | None,
         calls: dict[int, tuple[PortCall | None, Vessel | None]]) -> AlertRow:
    member = aboard = None
    call_id = a.port_call_id
    if a.subject_kind == CREW_MEMBER:
        found = _or_none(lambda: crew.member(desk, a.subject_id))
        if found is not None:
            member, call_id = found
    elif a.subject_kind == PERSON_ABOARD:
        aboard = _or_none(lambda: crew.person_aboard(desk, a.subject_id))
        call_id = aboard.port_call_id if aboard is not None else call_id
    elif a.subject_kind == PORT_CALL:
        call_id = a.subject_id
    call, vessel = calls.get(call_id or 0, (None, None))
    if call_id is not None and call_id not in calls:
        call = _or_none(lambda: port_calls.get(desk, call_id))
        vessel = _or_none(lambda: vessels.get(desk, call.vessel_id)) if call else None
        calls[call_id] = (call, vessel)
    return AlertRow(a, entry, member, aboard, vessel, call)


def _or_none(read: Callable[[], T]) -> T | None:
    """What `read` returns, or None when the record is gone (it was merged or removed)."""
    try:
        return read()
    except Invalid:
        return None
