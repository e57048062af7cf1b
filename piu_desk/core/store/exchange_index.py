"""Derived indexes of records received in a bundle: the search index and the watchlist's
screening keys, refreshed inside the transaction that applied the records.

Applying writes rows directly (exchange_payload), so the repositories' own index calls
did not run. A record's children come back with new local ids and a deleted record's row is
gone, so index rows of a kind whose ids no longer exist are removed as well.
"""

from __future__ import annotations

from collections.abc import Iterable

from piu_desk.core.store import crew, inspections, persons, port_calls, search, tipoffs, vessels
from piu_desk.core.store import watchlist as watchlist_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.watchlist import KeysOf

_KIND_TABLE = {search.Kind.VESSEL: "vessels", search.Kind.PORT_CALL: "port_calls",
               search.Kind.INSPECTION: "inspections", search.Kind.CREW_MEMBER: "crew_members",
               search.Kind.PERSON: "persons", search.Kind.PERSON_ABOARD: "persons_aboard",
               search.Kind.TIPOFF: "tipoffs"}
_SIMPLE = {"vessels": vessels.index, "port_calls": port_calls.index,
           "inspections": inspections.index, "persons": persons.index,
           "tipoffs": tipoffs.index}
_KINDS_OF = {"vessels": (search.Kind.VESSEL,), "port_calls": (search.Kind.PORT_CALL,),
             "inspections": (search.Kind.INSPECTION,), "persons": (search.Kind.PERSON,),
             "tipoffs": (search.Kind.TIPOFF,), "crew_lists": (search.Kind.CREW_MEMBER,),
             "persons_aboard": (search.Kind.PERSON_ABOARD,)}


def _crew_list(conn: Connection, list_id: int) -> None:
    row = conn.execute("SELECT port_call_id FROM crew_lists WHERE id = ?",
                       (list_id,)).fetchone()
    title = crew._vessel_title(conn, int(row[0])) if row else ""
    for r in conn.execute("SELECT id, family_name, given_names, rank, nationality, "
                          "document_number FROM crew_members WHERE crew_list_id = ?",
                          (list_id,)).fetchall():
        search.put(conn, search.Kind.CREW_MEMBER, int(r[0]), f"{r[1]} {r[2]}",
                   f"{r[3]} {r[4]} {search.identifier_forms(str(r[5]))} {title}")


def _aboard(conn: Connection, aid: int) -> None:
    r = conn.execute("SELECT family_name, given_names, nationality, circumstances, "
                     "port_call_id FROM persons_aboard WHERE id = ?", (aid,)).fetchone()
    if r is not None:
        search.put(conn, search.Kind.PERSON_ABOARD, aid, f"{r[0]} {r[1]}",
                   f"{r[2]} {str(r[3])[:500]} {crew._vessel_title(conn, int(r[4]))}")


def _purge(conn: Connection, kind: search.Kind) -> None:
    low = search.rowid(kind, 0)
    conn.execute(f"DELETE FROM search_index WHERE rowid >= ? AND rowid < ? AND rowid - ? "
                 f"NOT IN (SELECT id FROM {_KIND_TABLE[kind]})",
                 (low, low + (1 << search.SHIFT), low))


def refresh(conn: Connection, applied: Iterable[tuple[str, str, int | None]],
            keys_of: KeysOf) -> None:
    """Index rows and screening keys of the records `applied` (table, uid, local id or
    None when deleted), in the open transaction."""
    purge: set[search.Kind] = set()
    for table, _uid, local_id in applied:
        if local_id is None or table == "crew_lists":
            purge.update(_KINDS_OF.get(table, ()))
        if table == "watchlist_entries" and local_id is None:
            conn.execute("DELETE FROM watchlist_keys WHERE entry_id NOT IN "
                         "(SELECT id FROM watchlist_entries)")
        if local_id is None:
            continue
        if table in _SIMPLE:
            _SIMPLE[table](conn, local_id)
        elif table == "crew_lists":
            _crew_list(conn, local_id)
        elif table == "persons_aboard":
            _aboard(conn, local_id)
        elif table == "watchlist_entries":
            entry = watchlist_repo.get(conn, local_id)
            if entry is not None:
                watchlist_repo.put_keys(conn, entry, keys_of(entry))
    for kind in sorted(purge):
        _purge(conn, kind)
