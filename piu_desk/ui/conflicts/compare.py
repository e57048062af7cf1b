"""The two versions of a conflicting record side by side, field by field, and the merged
payload a supervisor's per-field picks make.

A payload is `{"row": {...}, "children": {"table": [...]}}` (core/exchange/sync), or None
when that side deleted the record. References to other records are their global ids; a
`Lookup` turns one into the referenced record's shared row, so it is shown by name.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from piu_desk.ui.admin.common import local_time
from piu_desk.ui.conflicts.labels import child_label, family_name, field_label
from piu_desk.ui.records.common import (
    DASH,
    MOMENT_FORMAT,
    format_date,
    format_moment,
    format_number,
    ship_type_text,
)

Lookup = Callable[[str, str], dict[str, Any] | None]
"""(table, uid) -> that record's shared row, or None when it is not on this desk."""

REFERENCES = {"vessel_id": "vessels", "port_call_id": "port_calls", "person_id": "persons",
              "asset_id": "assets", "merged_into": "persons", "handover_id": "handovers"}
HIDDEN = ("uid",)
MOMENTS = ("arrival", "departure", "started_at", "received_at")
DATES = ("date_of_birth", "issued", "expires", "since", "until", "document_expiry")
CHILD_SHOWN = 3


def when(iso: str) -> str:
    """A UTC time stamp of the desk as local date and time, to the minute."""
    moment = local_time(iso)
    return QLocale().toString(moment, MOMENT_FORMAT) if moment.isValid() else iso


@dataclass(frozen=True)
class FieldRow:
    key: str  # "row:<column>" or "children:<table>"
    label: str
    ours: str
    theirs: str
    differs: bool


def row_of(payload: object) -> dict[str, Any]:
    row = payload.get("row") if isinstance(payload, dict) else None
    return row if isinstance(row, dict) else {}


def children_of(payload: object) -> dict[str, list[Any]]:
    children = payload.get("children") if isinstance(payload, dict) else None
    return children if isinstance(children, dict) else {}


def value_text(column: str, value: object, lookup: Lookup) -> str:
    if value is None or value == "":
        return DASH
    if isinstance(value, dict) and "b64" in value:
        return QCoreApplication.translate("Conflicts", "(a file)")
    if column in REFERENCES and isinstance(value, str):
        found = lookup(REFERENCES[column], value)
        return summary(REFERENCES[column], found, lookup) if found else \
            QCoreApplication.translate("Conflicts", "a record not on this desk")
    if column == "ship_type" and isinstance(value, int):
        return ship_type_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    text = str(value)
    if column in MOMENTS:
        return format_moment(text)
    if column.endswith("_at"):
        return when(text)
    if column in DATES or column.endswith("_on"):
        return format_date(text)
    return text


def child_text(table: str, rows: list[Any]) -> str:
    if not rows:
        return DASH
    names = [" ".join(str(r.get(k) or "") for k in ("family_name", "given_names", "name",
                                                      "username", "status", "text")
                      if r.get(k)).strip() for r in rows if isinstance(r, dict)]
    shown = [n for n in names if n][:CHILD_SHOWN]
    count = QCoreApplication.translate("Conflicts", "{n} rows").replace("{n}", str(len(rows)))
    if not shown:
        return count
    more = "…" if len(rows) > len(shown) else ""
    return f"{count}: {', '.join(shown)}{more}"


def field_rows(table: str, ours: object, theirs: object, lookup: Lookup) -> list[FieldRow]:
    """Every field of the record, then every kind of child, each side as text."""
    mine, other = row_of(ours), row_of(theirs)
    out = []
    for column in [*mine, *(c for c in other if c not in mine)]:
        if column in HIDDEN:
            continue
        a, b = mine.get(column), other.get(column)
        out.append(FieldRow("row:" + column, field_label(table, column),
                            value_text(column, a, lookup) if ours is not None else DASH,
                            value_text(column, b, lookup) if theirs is not None else DASH,
                            a != b))
    kids, their_kids = children_of(ours), children_of(theirs)
    for child in [*kids, *(c for c in their_kids if c not in kids)]:
        a_rows, b_rows = kids.get(child, []), their_kids.get(child, [])
        out.append(FieldRow("children:" + child, child_label(child), child_text(child, a_rows),
                            child_text(child, b_rows), a_rows != b_rows))
    return out


def merged(ours: object, theirs: object, picks: dict[str, str]) -> dict[str, Any]:
    """Their payload with the fields picked "local" taken from this desk's."""
    out: dict[str, Any] = copy.deepcopy(theirs) if isinstance(theirs, dict) else {}
    out.setdefault("row", {})
    out.setdefault("children", {})
    for key, pick in picks.items():
        if pick != "local":
            continue
        part, _, name = key.partition(":")
        source = row_of(ours) if part == "row" else children_of(ours)
        if name in source:
            out[part][name] = copy.deepcopy(source[name])
        else:
            out[part].pop(name, None)
    return out


def summary(table: str, row: dict[str, Any] | None, lookup: Lookup) -> str:
    """What identifies a record to an officer: a vessel's name and IMO, a port call's vessel
    and arrival, a person's name..."""
    if not row:
        return QCoreApplication.translate("Conflicts", "deleted")

    def get(key: str) -> str:
        return str(row.get(key) or "")
    if table == "vessels":
        imo = get("imo")
        return f"{get('name')} (IMO {imo})" if imo else get("name")
    if table == "port_calls":
        vessel = value_text("vessel_id", row.get("vessel_id"), lookup)
        arrived = QCoreApplication.translate("Conflicts", "{vessel}, arrived {when}")
        return arrived.replace("{vessel}", vessel).replace("{when}", format_moment(get("arrival")))
    if "port_call_id" in row:
        call = value_text("port_call_id", row.get("port_call_id"), lookup)
        return f"{family_name(table)}: {call}"
    if table in ("persons", "persons_aboard"):
        return f"{get('family_name')} {get('given_names')}".strip()
    if table == "tipoffs":
        return QCoreApplication.translate("Conflicts", "received {when}").replace(
            "{when}", format_moment(get("received_at")))
    if table == "watchlist_entries":
        return " ".join(t for t in (get("names"), get("imo")) if t)
    if table == "assets":
        return f"{get('tag')} {get('description')}".strip()
    for key in ("name", "tag", "description", "kind"):
        if get(key):
            return get(key)
    return get("uid")[:8]
