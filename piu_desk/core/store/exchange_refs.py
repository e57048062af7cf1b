"""References between records as they travel: local row ids become global ids (`uid`).

Declared foreign keys are read from the schema (exchange_schema.py). The references SQLite
does not know about are declared here: an id whose table depends on a kind column (an
attachment's owner, an alert's subject, a tip-off's subject), an alert's port call, and the
`person:ID` keys alerts are grouped by. A crew member has no global id of its own; it
travels as its crew list's `uid` and its number on the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.store.connection import Connection

CREW_MEMBER = "crew_member"


class Unresolved(Exception):
    """A record refers to one this desk does not have (yet)."""

    def __init__(self, table: str, uid: str) -> None:
        super().__init__(f"{table} {uid}")
        self.table, self.uid = table, uid


@dataclass(frozen=True)
class KindRef:
    column: str
    kind_column: str
    tables: dict[str, str]  # kind -> table (or CREW_MEMBER)


@dataclass(frozen=True)
class KeyRef:
    column: str  # "prefix:ID"
    tables: dict[str, str]  # prefix -> table


SOFT_FKS: dict[str, dict[str, str]] = {"alerts": {"port_call_id": "port_calls"}}
KIND_REFS: dict[str, tuple[KindRef, ...]] = {
    "attachments": (KindRef("owner_id", "owner_kind", {"inspection": "inspections"}),),
    "alerts": (KindRef("subject_id", "subject_kind", {
        "port_call": "port_calls", "person_aboard": "persons_aboard",
        "crew_member": CREW_MEMBER}),),
    "tipoff_subjects": (KindRef("ref", "kind", {
        "vessel": "vessels", "person": "persons", "port_call": "port_calls"}),),
}
KEY_REFS: dict[str, tuple[KeyRef, ...]] = {
    "alerts": (KeyRef("subject_key", {"person": "persons", "vessel": "vessels"}),),
}


Uids = dict[tuple[str, object], str | None]
"""Global ids already looked up in one read (a local id names the same record for as long
as the transaction lasts), so that records referring to the same one look it up once."""


def uid_of(conn: Connection, table: str, row_id: object, known: Uids | None = None
           ) -> str | None:
    if row_id is None:
        return None
    if known is not None:
        if (table, row_id) not in known:
            known[(table, row_id)] = uid_of(conn, table, row_id)
        return known[(table, row_id)]
    if table == CREW_MEMBER:
        row = conn.execute("SELECT l.uid, m.number FROM crew_members m JOIN crew_lists l "
                           "ON l.id = m.crew_list_id WHERE m.id = ?", (row_id,)).fetchone()
        return f"{row[0]}#{row[1]}" if row else None
    found = conn.execute(f"SELECT uid FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return str(found[0]) if found else None


def id_of(conn: Connection, table: str, uid: object) -> int | None:
    """The local id of `uid`; Unresolved when this desk does not have it."""
    if uid is None:
        return None
    text = str(uid)
    if table == CREW_MEMBER:
        list_uid, _, number = text.rpartition("#")
        row = conn.execute("SELECT m.id FROM crew_members m JOIN crew_lists l ON l.id = "
                           "m.crew_list_id WHERE l.uid = ? AND m.number = ?",
                           (list_uid, int(number) if number.isdigit() else -1)).fetchone()
        if row is None:
            raise Unresolved("crew_lists", list_uid)
        return int(row[0])
    found = conn.execute(f"SELECT id FROM {table} WHERE uid = ?", (text,)).fetchone()
    if found is None:
        raise Unresolved(table, text)
    return int(found[0])


def _key_out(conn: Connection, ref: KeyRef, value: object, known: Uids | None) -> object:
    prefix, _, rest = str(value).partition(":")
    if prefix in ref.tables and rest.isdigit():
        uid = uid_of(conn, ref.tables[prefix], int(rest), known)
        return f"{prefix}:{uid}" if uid else value
    return value


def _key_in(conn: Connection, ref: KeyRef, value: object) -> object:
    prefix, _, rest = str(value).partition(":")
    if prefix in ref.tables and rest and not rest.isdigit() and rest != "None":
        return f"{prefix}:{id_of(conn, ref.tables[prefix], rest)}"
    return value


def soft_out(conn: Connection, table: str, values: dict[str, object],
             known: Uids | None = None) -> None:
    """Replace, in place, the undeclared references of a `table` row with global ids."""
    for column, target in SOFT_FKS.get(table, {}).items():
        values[column] = uid_of(conn, target, values[column], known)
    for kref in KIND_REFS.get(table, ()):
        kind_table = kref.tables.get(str(values[kref.kind_column]))
        if kind_table is not None:
            values[kref.column] = uid_of(conn, kind_table, values[kref.column], known)
    for key in KEY_REFS.get(table, ()):
        values[key.column] = _key_out(conn, key, values[key.column], known)


def soft_in(conn: Connection, table: str, values: dict[str, object]) -> None:
    """The reverse of `soft_out`; Unresolved when a referenced record is missing."""
    for column, target in SOFT_FKS.get(table, {}).items():
        values[column] = id_of(conn, target, values[column])
    for kref in KIND_REFS.get(table, ()):
        kind_table = kref.tables.get(str(values[kref.kind_column]))
        if kind_table is not None:
            values[kref.column] = id_of(conn, kind_table, values[kref.column])
    for key in KEY_REFS.get(table, ()):
        values[key.column] = _key_in(conn, key, values[key.column])
