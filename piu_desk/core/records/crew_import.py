"""Importing a crew-list sheet into the store: match the ship particulars to a vessel and a
port call (or prepare new ones), then save the valid rows as one crew list.

The parser (`core.imports.crew_sheet`) reads and checks; this module decides where the rows
go. Nothing is saved until `commit`, and the officer (or `--valid-rows-only` on the command
line) decides whether valid rows are imported while other rows have problems.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, Direction
from piu_desk.core.domain.vessel import PortCall, Vessel, validate_vessel
from piu_desk.core.errors import Invalid
from piu_desk.core.imports.crew_sheet import RowReport, SheetPreview
from piu_desk.core.imports.particulars import Particular
from piu_desk.core.records import crew, port_calls, vessels
from piu_desk.core.records.common import editor
from piu_desk.core.session import Changes
from piu_desk.core.store import port_calls as port_calls_repo
from piu_desk.core.store import vessels as vessels_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

MATCH_DAYS = 2  # a port call within this many days of the sheet's date is the same call


@dataclass(frozen=True)
class ImportPlan:
    """Where the rows would go. Exactly one of vessel / new_vessel is set unless the sheet
    names no usable ship (then `problems` says why and a port call must be chosen)."""

    direction: Direction
    vessel: Vessel | None = None
    vessel_reason: str = ""  # how it matched: "imo", "mmsi", "call_sign", "name_flag"
    new_vessel: Vessel | None = None
    port_call: PortCall | None = None
    new_port_call: PortCall | None = None
    problems: tuple[Message, ...] = ()


def _msg(text: str, **args: object) -> Message:
    return Message("Import", text, dict(args))


def plan(desk: Desk, preview: SheetPreview) -> ImportPlan:
    """Match the sheet's particulars; nothing is written."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "import crew list"))
    p = preview.particulars
    direction = (Direction.DEPARTURE if p.value(Particular.DIRECTION) == "departure"
                 else Direction.ARRIVAL)
    sheet_vessel = _vessel_from(preview)
    if sheet_vessel is not None:
        vessel, reason = desk.db(lambda c: _match_vessel(c, sheet_vessel))
    else:  # no name or no flag: a valid IMO number still names a registered vessel
        vessel, reason = _registered_imo(desk, p.value(Particular.IMO)), "imo"
        if vessel is None:
            return ImportPlan(direction, problems=(_msg(QT_TRANSLATE_NOOP(
                "Import", "The sheet does not name the ship with a usable name and flag; "
                          "choose the port call the crew list belongs to.")),))
    if vessel is None or vessel.id is None:
        return ImportPlan(direction, new_vessel=sheet_vessel,
                          new_port_call=_port_call_from(preview, 0, direction))
    call = _matching_call(desk, vessel.id, p.value(Particular.DATE), direction)
    return ImportPlan(direction, vessel=vessel, vessel_reason=reason, port_call=call,
                      new_port_call=None if call else _port_call_from(preview, vessel.id,
                                                                      direction))


def _match_vessel(conn: Connection, sheet_vessel: Vessel) -> tuple[Vessel | None, str]:
    """The same IMO number first; else the first possible duplicate (call sign, name and
    flag), which the officer sees and may change before committing."""
    if sheet_vessel.imo and (hit := vessels_repo.by_imo(conn, sheet_vessel.imo)):
        return hit, "imo"
    found = vessels_repo.candidates(conn, sheet_vessel)
    return found[0] if found else (None, "")


def _registered_imo(desk: Desk, imo: str) -> Vessel | None:
    return desk.db(lambda c: vessels_repo.by_imo(c, imo)) if imo else None


def _vessel_from(preview: SheetPreview) -> Vessel | None:
    p = preview.particulars
    name, flag = p.value(Particular.SHIP_NAME), p.value(Particular.FLAG)
    if not name or not flag:
        return None
    try:
        return validate_vessel(Vessel(None, name, flag, imo=p.value(Particular.IMO) or None,
                                      call_sign=p.value(Particular.CALL_SIGN) or None))
    except Invalid:
        return None


def _sheet_moment(value: str) -> str:
    try:
        return datetime.combine(date.fromisoformat(value), datetime.min.time()).isoformat(
            timespec="minutes")
    except ValueError:
        return ""


def _port_call_from(preview: SheetPreview, vessel_id: int,
                    direction: Direction) -> PortCall | None:
    p = preview.particulars
    moment = _sheet_moment(p.value(Particular.DATE))
    if not moment:
        return None
    return PortCall(None, vessel_id, moment, last_port=p.value(Particular.LAST_PORT),
                    voyage_number=p.value(Particular.VOYAGE))


def _matching_call(desk: Desk, vessel_id: int, sheet_date: str,
                   direction: Direction) -> PortCall | None:
    try:
        day = date.fromisoformat(sheet_date)
    except ValueError:
        return None
    calls = desk.db(lambda c: port_calls_repo.of_vessel(c, vessel_id))

    def distance(pc: PortCall) -> int:
        moment = pc.departure if direction == Direction.DEPARTURE and pc.departure else pc.arrival
        return abs((date.fromisoformat(moment[:10]) - day).days)

    near = [pc for pc in calls if distance(pc) <= MATCH_DAYS]
    return min(near, key=distance) if near else None


def commit(desk: Desk, preview: SheetPreview, report: RowReport, chosen: ImportPlan, *,
           today: date, port_call_id: int | None = None) -> tuple[int, Changes]:
    """Create what the plan says is new, then save the valid rows as one crew list."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "import crew list"))
    if not report.members:
        raise Invalid("rows", _msg(QT_TRANSLATE_NOOP(
            "Import", "No row of this sheet is valid, so there is nothing to import.")))
    target = port_call_id or (chosen.port_call.id if chosen.port_call else None)
    if target is None:
        target = _create_target(desk, chosen)
    list_id, _ = crew.save_list(desk, CrewList(
        None, target, chosen.direction, Path(preview.path).name,
        tuple(replace(m, number=i + 1) if m.number <= 0 else m
              for i, m in enumerate(report.members))), today)
    desk.mutate(lambda c: desk.audit_in(
        c, "crew_list.import", f"crew list {list_id}",
        f"{len(report.valid)} imported, {len(report.problems)} with problems, "
        f"{len(report.skipped)} skipped"))
    return list_id, Changes.of("crew", "persons", "vessels", "port_calls", "alerts", "audit")


def _create_target(desk: Desk, chosen: ImportPlan) -> int:
    vessel_id = chosen.vessel.id if chosen.vessel else None
    if vessel_id is None:
        if chosen.new_vessel is None:
            raise Invalid("port_call", _msg(QT_TRANSLATE_NOOP(
                "Import", "Choose the port call this crew list belongs to.")))
        vessel_id, _ = vessels.register(desk, chosen.new_vessel, despite_duplicates=True)
    new_call = chosen.new_port_call
    if new_call is None:
        raise Invalid("port_call", _msg(QT_TRANSLATE_NOOP(
            "Import", "The sheet gives no date of arrival or departure; choose the port call "
                      "this crew list belongs to.")))
    call_id, _ = port_calls.record_arrival(desk, replace(new_call, vessel_id=vessel_id))
    return call_id
