"""Which tables the exchange shares, read from the schema itself.

A **family** is a shareable record: a table with a global id (`uid`), with its **children**,
the tables without a `uid` whose first foreign key points at it (a vessel's name history,
a crew list's members, a tip-off's subjects and moves). A change to a child is a change of
its family's record, and a record travels with its children.

The source register (`sources`) never leaves the desk, nor does anything without a `uid`
that no family owns (accounts, settings, the audit trail, derived indexes). Foreign keys
between families travel as the referenced record's `uid`; the polymorphic references that
SQLite does not know about are declared in exchange_refs.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.store.connection import Connection

LOCAL_TABLES = frozenset({"sources", "changes", "record_versions", "conflicts",
                          "exchange_parked"})
"""Tables with a `uid` that never leave the desk: the source register, and the exchange's
own bookkeeping."""


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str


@dataclass(frozen=True)
class Child:
    table: str
    owner: str  # the column pointing at the family's row id
    columns: tuple[str, ...]  # every column but the owner and a local `id`
    refs: tuple[ForeignKey, ...]  # other foreign keys, to families
    order_by: str


@dataclass(frozen=True)
class Family:
    table: str
    columns: tuple[str, ...]  # every column but the local `id`
    refs: tuple[ForeignKey, ...]
    children: tuple[Child, ...]

    @property
    def has_origin(self) -> bool:
        return "origin" in self.columns


def _columns(conn: Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]


def _foreign_keys(conn: Connection, table: str) -> dict[str, str]:
    return {str(r[3]): str(r[2]) for r in conn.execute(f"PRAGMA foreign_key_list({table})")}


def _tables(conn: Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
        "'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def families(conn: Connection) -> dict[str, Family]:
    """Every shareable family of the current schema, by table name."""
    tables = _tables(conn)
    shared = [t for t in tables if "uid" in _columns(conn, t) and t not in LOCAL_TABLES]
    children: dict[str, list[Child]] = {t: [] for t in shared}
    for table in tables:
        columns = _columns(conn, table)
        if table in shared or "uid" in columns:
            continue
        fks = _foreign_keys(conn, table)
        owned = [c for c in columns if c in fks]
        if not owned or fks[owned[0]] not in children:
            continue  # not part of any record (accounts, derived indexes)
        owner = owned[0]
        keep = tuple(c for c in columns if c not in (owner, "id"))
        refs = tuple(ForeignKey(c, fks[c]) for c in keep if c in fks and fks[c] in children)
        order = "id" if "id" in columns else "rowid"
        children[fks[owner]].append(Child(table, owner, keep, refs, order))
    out = {}
    for table in shared:
        columns = _columns(conn, table)
        fks = _foreign_keys(conn, table)
        keep = tuple(c for c in columns if c != "id")
        refs = tuple(ForeignKey(c, fks[c]) for c in keep if c in fks and fks[c] in children)
        out[table] = Family(table, keep, refs, tuple(children[table]))
    return out


def dependency_order(fams: dict[str, Family]) -> list[str]:
    """Tables so that a referenced family comes before the families referring to it."""
    done: list[str] = []

    def visit(table: str, path: tuple[str, ...]) -> None:
        if table in done or table in path:
            return
        fam = fams[table]
        for ref in fam.refs + tuple(r for c in fam.children for r in c.refs):
            if ref.table in fams:
                visit(ref.table, (*path, table))
        done.append(table)
    for table in sorted(fams):
        visit(table, ())
    return done
