"""The equipment register: assets, their timeline of events, handovers and incidents."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, NamedTuple

from piu_desk.core.collector import collector_paused
from piu_desk.core.domain.asset import Asset, AssetEvent, AssetStatus, Condition, EventKind
from piu_desk.core.store.connection import Connection

_COLUMNS = ("id, tag, category, description, make, model, serial_number, donor, "
            "agreement_ref, grant_code, handover_date, handover_doc_ref, value_khr, "
            "value_usd_cents, location, condition, status, handover_id, uid")
_EVENT_COLUMNS = "id, asset_id, kind, on_date, status_after, holder, detail, by_user, recorded_at"


@dataclass(frozen=True)
class Handover:
    id: int
    donor: str
    agreement_ref: str
    handover_date: str
    document_ref: str
    source_file: str
    created_at: str
    created_by: str


@dataclass(frozen=True)
class Incident:
    id: int
    asset_id: int
    kind: str  # damaged, lost, stolen, disposed
    occurred_on: str
    place: str = ""
    circumstances: str = ""
    holder: str = ""
    police_ref: str = ""
    authorised_by: str = ""
    authority_ref: str = ""
    reported_by: str = ""
    reported_at: str = ""


class RegisterLine(NamedTuple):
    """What the register table shows of an item, with who or which place holds it today
    ("" in store): a third of an `Asset`'s columns, and a tuple, so tens of thousands are
    read quickly. The item's page reads the whole `Asset`."""

    id: int
    tag: str
    category: str
    description: str
    make: str
    model: str
    serial_number: str
    status: AssetStatus
    condition: Condition
    location: str
    value_usd_cents: int
    holder: str


_CONDITIONS = {c.value: c for c in Condition}
_STATUSES = {s.value: s for s in AssetStatus}


def asset_columns(alias: str) -> str:
    """The columns `asset_row` reads, of the table named `alias` in a join."""
    return ", ".join(f"{alias}.{c.strip()}" for c in _COLUMNS.split(","))


def asset_row(r: tuple[Any, ...]) -> Asset:
    """An item from a row whose first columns are `_COLUMNS` (or `asset_columns`), in order;
    read by position, as a register of tens of thousands of items is read in one go."""
    return Asset(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                 r[12], r[13], r[14], _CONDITIONS[r[15]], _STATUSES[r[16]], r[17], r[18])


def get(conn: Connection, asset_id: int) -> Asset | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM assets WHERE id = ?", (asset_id,)).fetchone()
    return asset_row(row) if row else None


def by_tag(conn: Connection, tag: str) -> Asset | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM assets WHERE tag = ?", (tag,)).fetchone()
    return asset_row(row) if row else None


def tags_and_serials(conn: Connection) -> tuple[set[str], set[str]]:
    """Every tag, and every serial number (upper-case), already in the register."""
    rows = conn.execute("SELECT tag, upper(serial_number) FROM assets").fetchall()
    return {str(r[0]) for r in rows}, {str(r[1]) for r in rows if r[1]}


def insert(conn: Connection, a: Asset, uid: str, origin: str, at: str, by: str) -> int:
    cur = conn.execute(
        "INSERT INTO assets(uid, origin, tag, category, description, make, model, "
        "serial_number, donor, agreement_ref, grant_code, handover_date, handover_doc_ref, "
        "value_khr, value_usd_cents, location, condition, status, handover_id, created_at, "
        "created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)",
        (uid, origin, a.tag, a.category, a.description, a.make, a.model, a.serial_number,
         a.donor, a.agreement_ref, a.grant_code, a.handover_date, a.handover_doc_ref,
         a.value_khr, a.value_usd_cents, a.location, a.condition.value,
         AssetStatus.IN_STORE.value, a.handover_id, at, by, at))
    return int(cur.lastrowid or 0)


def update_details(conn: Connection, a: Asset, at: str) -> None:
    """Everything but the status, which only events move."""
    conn.execute(
        "UPDATE assets SET tag = ?, category = ?, description = ?, make = ?, model = ?, "
        "serial_number = ?, donor = ?, agreement_ref = ?, grant_code = ?, handover_date = ?, "
        "handover_doc_ref = ?, value_khr = ?, value_usd_cents = ?, location = ?, "
        "condition = ?, updated_at = ? WHERE id = ?",
        (a.tag, a.category, a.description, a.make, a.model, a.serial_number, a.donor,
         a.agreement_ref, a.grant_code, a.handover_date, a.handover_doc_ref, a.value_khr,
         a.value_usd_cents, a.location, a.condition.value, at, a.id))


def set_state(conn: Connection, asset_id: int, status: AssetStatus, condition: Condition,
              location: str, at: str) -> None:
    conn.execute("UPDATE assets SET status = ?, condition = ?, location = ?, updated_at = ? "
                 "WHERE id = ?", (status.value, condition.value, location, at, asset_id))


def add_event(conn: Connection, e: AssetEvent, uid: str, origin: str) -> int:
    cur = conn.execute(
        "INSERT INTO asset_events(uid, origin, asset_id, kind, on_date, status_after, holder, "
        "detail, by_user, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, e.asset_id, e.kind.value, e.on, e.status_after.value, e.holder, e.detail,
         e.by, e.recorded_at))
    return int(cur.lastrowid or 0)


def _event(r: tuple[object, ...]) -> AssetEvent:
    return AssetEvent(int(str(r[0])), int(str(r[1])), EventKind(str(r[2])), str(r[3]),
                      AssetStatus(str(r[4])), str(r[5]), str(r[6]), str(r[7]), str(r[8]))


def events(conn: Connection, asset_id: int) -> list[AssetEvent]:
    rows = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM asset_events WHERE asset_id = ? "
                        "ORDER BY id", (asset_id,)).fetchall()
    return [_event(r) for r in rows]


def events_of_kind(conn: Connection, kind: EventKind, since: str = "") -> list[AssetEvent]:
    rows = conn.execute(f"SELECT {_EVENT_COLUMNS} FROM asset_events WHERE kind = ? AND "
                        "on_date >= ? ORDER BY on_date, id", (kind.value, since)).fetchall()
    return [_event(r) for r in rows]


def _filters(status: AssetStatus | None, category: str, location: str, holder: str,
             tags: list[str] | None) -> tuple[str, list[object]]:
    where, args = ["1 = 1"], []  # type: list[str], list[object]
    if status is not None:
        where.append("status = ?")
        args.append(status.value)
    if category:
        where.append("category = ?")
        args.append(category)
    if location:
        where.append("location = ?")
        args.append(location)
    if holder:
        where.append("id IN (SELECT asset_id FROM custody WHERE holder = ? AND ended_on = '')")
        args.append(holder)
    if tags is not None:
        where.append(f"tag IN ({', '.join('?' for _ in tags) or 'NULL'})")
        args.extend(tags)
    return " AND ".join(where), args


def listing(conn: Connection, *, status: AssetStatus | None = None, category: str = "",
            location: str = "", holder: str = "", tags: list[str] | None = None,
            limit: int = 100_000, offset: int = 0) -> list[Asset]:
    """The register, by tag, filtered; `holder` is the current custody holder."""
    where, args = _filters(status, category, location, holder, tags)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM assets WHERE {where} "
                        "ORDER BY tag LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
    return [asset_row(r) for r in rows]


# Who or which place holds each item today: its open custody (were there ever two, the one
# `custody.held_now` lists last, the greatest holder). Read from the index of the open
# custody alone, which the planner would pass over for the one by item (in the order wanted
# but without the holder, so reading the whole custody history row by row).
_HOLDERS = ("LEFT JOIN (SELECT asset_id, max(holder) AS holder FROM custody "
            "INDEXED BY custody_held WHERE ended_on = '' GROUP BY asset_id) h "
            "ON h.asset_id = assets.id")


def listing_with_holders(conn: Connection, *, status: AssetStatus | None = None,
                         category: str = "", location: str = "", holder: str = "",
                         tags: list[str] | None = None, limit: int = 100_000,
                         offset: int = 0) -> list[tuple[Asset, str]]:
    """`listing`, each item with who or which place holds it today ("" for none)."""
    where, args = _filters(status, category, location, holder, tags)
    rows = conn.execute(f"SELECT {_COLUMNS}, coalesce(h.holder, '') FROM assets {_HOLDERS} "
                        f"WHERE {where} "
                        "ORDER BY tag LIMIT ? OFFSET ?", (*args, limit, offset)).fetchall()
    return [(asset_row(r), r[19]) for r in rows]


def register_lines(conn: Connection) -> list[RegisterLine]:
    """The whole register, by tag, as the register table shows it."""
    with collector_paused():
        return _lines(conn)


def _lines(conn: Connection) -> list[RegisterLine]:
    rows = conn.execute(
        "SELECT id, tag, category, description, make, model, serial_number, status, condition, "
        f"location, value_usd_cents, coalesce(h.holder, '') FROM assets {_HOLDERS} "
        "ORDER BY +tag").fetchall()  # the table read in its order, then sorted: quicker
    line, statuses, conditions = RegisterLine, _STATUSES, _CONDITIONS
    return [line(r[0], r[1], r[2], r[3], r[4], r[5], r[6], statuses[r[7]], conditions[r[8]],
                 r[9], r[10], r[11]) for r in rows]


def by_ids(conn: Connection, ids: list[int]) -> list[Asset]:
    """The items with these ids, in the order given (unknown ids left out)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM assets WHERE id IN "
                        "(SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall()
    found = {r[0]: asset_row(r) for r in rows}
    return [found[i] for i in ids if i in found]


def ids_with_status(conn: Connection, status: AssetStatus) -> frozenset[int]:
    rows = conn.execute("SELECT id FROM assets WHERE status = ?", (status.value,)).fetchall()
    return frozenset(r[0] for r in rows)


def count_by_status(conn: Connection) -> dict[AssetStatus, int]:
    rows = conn.execute("SELECT status, count(*) FROM assets GROUP BY status").fetchall()
    return {AssetStatus(str(r[0])): int(r[1]) for r in rows}


def insert_handover(conn: Connection, h: Handover, uid: str, origin: str) -> int:
    cur = conn.execute(
        "INSERT INTO handovers(uid, origin, donor, agreement_ref, handover_date, document_ref, "
        "source_file, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, h.donor, h.agreement_ref, h.handover_date, h.document_ref,
         h.source_file, h.created_at, h.created_by))
    return int(cur.lastrowid or 0)


def get_handover(conn: Connection, handover_id: int) -> Handover | None:
    r = conn.execute("SELECT id, donor, agreement_ref, handover_date, document_ref, "
                     "source_file, created_at, created_by FROM handovers WHERE id = ?",
                     (handover_id,)).fetchone()
    return Handover(int(r[0]), *(str(x) for x in r[1:])) if r else None


def of_handover(conn: Connection, handover_id: int) -> list[Asset]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM assets WHERE handover_id = ? ORDER BY tag",
                        (handover_id,)).fetchall()
    return [asset_row(r) for r in rows]


def add_incident(conn: Connection, i: Incident, uid: str, origin: str) -> int:
    cur = conn.execute(
        "INSERT INTO incidents(uid, origin, asset_id, kind, occurred_on, place, circumstances, "
        "holder, police_ref, authorised_by, authority_ref, reported_by, reported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, i.asset_id, i.kind, i.occurred_on, i.place, i.circumstances, i.holder,
         i.police_ref, i.authorised_by, i.authority_ref, i.reported_by, i.reported_at))
    return int(cur.lastrowid or 0)


def incidents(conn: Connection, asset_id: int | None = None, since: str = "") -> list[Incident]:
    rows = conn.execute(
        "SELECT id, asset_id, kind, occurred_on, place, circumstances, holder, police_ref, "
        "authorised_by, authority_ref, reported_by, reported_at FROM incidents "
        "WHERE (? IS NULL OR asset_id = ?) AND occurred_on >= ? ORDER BY occurred_on, id",
        (asset_id, asset_id, since)).fetchall()
    return [Incident(int(r[0]), int(r[1]), *(str(x) for x in r[2:])) for r in rows]


def ids_with_incident(conn: Connection, kinds: tuple[str, ...], first: str,
                      last: str) -> frozenset[int]:
    """The items with an incident of one of `kinds` that occurred from `first` to `last`
    (ISO dates, both included)."""
    marks = ", ".join("?" for _ in kinds) or "NULL"
    rows = conn.execute(f"SELECT DISTINCT asset_id FROM incidents WHERE kind IN ({marks}) AND "
                        "occurred_on BETWEEN ? AND ?", (*kinds, first, last)).fetchall()
    return frozenset(r[0] for r in rows)
