"""Watchlist services: manual entry, editing, listing, and importing a CSV/XLSX list."""

from __future__ import annotations

from datetime import date

from piu_desk.core.desk import Desk, Progress
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.watchlist import Origin, WatchEntry, validate_entry
from piu_desk.core.errors import Invalid
from piu_desk.core.imports.watchlist_sheet import WatchlistReport
from piu_desk.core.intel import blocking
from piu_desk.core.records.common import new_uid, not_found, origin, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import meta
from piu_desk.core.store import watchlist as repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

EDITORS = (Role.OFFICER, Role.SUPERVISOR, Role.EXCHANGE)


def today_of(desk: Desk) -> date:
    return date.fromisoformat(desk.now()[:10])


def add(desk: Desk, entry: WatchEntry) -> tuple[int, Changes]:
    """A manual entry (origin "local" unless said otherwise)."""
    session = desk.session_or_locked(*EDITORS, action=QT_TRANSLATE_NOOP(
        "Actions", "edit watchlist"))
    clean = validate_entry(entry, today_of(desk))

    def run(conn: Connection) -> int:
        entry_id = repo.insert(conn, clean, blocking.entry_keys(clean), new_uid(),
                               origin(conn), desk.now(), session.username)
        desk.audit_in(conn, "watchlist.add", f"watchlist entry {entry_id}",
                      f"{clean.kind.value}; {clean.origin.value}")
        return entry_id
    return desk.mutate(run), Changes.of("watchlist", "audit")


def update(desk: Desk, entry: WatchEntry) -> Changes:
    desk.session_or_locked(*EDITORS, action=QT_TRANSLATE_NOOP("Actions", "edit watchlist"))
    clean = validate_entry(entry, today_of(desk))

    def run(conn: Connection) -> None:
        current = repo.get(conn, clean.id) if clean.id is not None else None
        if current is None:
            raise not_found("watchlist entry")
        if (current.origin == Origin.HQ or clean.origin == Origin.HQ) and \
                not meta.station(conn).is_hq:  # HQ maintains the master watchlist
            raise Invalid("origin", Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "Entries from headquarters cannot be changed on this desk; "
                "the next list from headquarters replaces them.")))
        repo.update(conn, clean, blocking.entry_keys(clean), desk.now())
        desk.audit_in(conn, "watchlist.edit", f"watchlist entry {clean.id}")
    desk.mutate(run)
    return Changes.of("watchlist", "audit")


def get(desk: Desk, entry_id: int) -> WatchEntry:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view watchlist"))
    found = desk.db(lambda c: repo.get(c, entry_id))
    if found is None:
        raise not_found("watchlist entry")
    return found


def page(desk: Desk, offset: int = 0, limit: int = 500, kind: str = "", *, text: str = "",
         expired: bool = True, origin: str = "") -> list[WatchEntry]:
    """Entries in the order stored; `entry.expired(today)` says which no longer alert.
    `text` is looked for in names, documents, IMO, MMSI, call sign, reason and issuer;
    `expired=False` leaves out the entries expired today; `origin` keeps the entries of
    one station's desk (`entry.station`)."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view watchlist"))
    live_on = "" if expired else today_of(desk).isoformat()
    return desk.db(lambda c: repo.page(c, offset, limit, kind, text, live_on, origin))


def count(desk: Desk, kind: str = "", *, text: str = "", expired: bool = True,
          origin: str = "") -> int:
    """How many entries `page` would list with the same filters."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view watchlist"))
    live_on = "" if expired else today_of(desk).isoformat()
    return desk.db(lambda c: repo.count(c, kind, text, live_on, origin))


def import_entries(desk: Desk, report: WatchlistReport, source_name: str) -> tuple[int, Changes]:
    """Store the valid rows of a read list (`watchlist_sheet.read_watchlist`), all in one
    transaction; rows with problems are never imported (the report lists them)."""
    session = desk.session_or_locked(*EDITORS, action=QT_TRANSLATE_NOOP(
        "Actions", "import watchlist"))

    def run(conn: Connection) -> int:
        at, station = desk.now(), origin(conn)
        for row in report.valid:
            repo.insert(conn, row.entry, blocking.entry_keys(row.entry), new_uid(), station,
                        at, session.username)
        desk.audit_in(conn, "watchlist.import", source_name,
                      f"{len(report.valid)} imported, {len(report.problems)} with problems")
        return len(report.valid)
    return desk.mutate(run), Changes.of("watchlist", "audit")


def rebuild_index(desk: Desk, progress: Progress | None = None) -> int:
    """Rewrite the screening index from the entries; the number of entries indexed."""
    desk.session_or_locked(Role.SUPERVISOR, Role.ADMIN, action=QT_TRANSLATE_NOOP(
        "Actions", "rebuild screening index"))
    done = desk.mutate(lambda c: repo.rebuild_keys(c, blocking.entry_keys))
    if progress is not None:
        progress(done, done)
    return done


__all__ = ["WatchEntry", "add", "count", "get", "import_entries", "page", "rebuild_index",
           "update"]
