"""The stations whose records a desk holds: HQ's consolidated store keeps every record's
station (`origin`), and its lists and search filter by it."""

from __future__ import annotations

from piu_desk.core.desk import Desk
from piu_desk.core.records.common import reader
from piu_desk.core.store import exchange_stations, meta, origins
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP


def stations_present(desk: Desk) -> list[tuple[str, str]]:
    """(station id, name) of each station some listed record comes from, by name. The name
    is the one this desk knows: its own, or the one given when HQ enrolled the station;
    the id where none is known."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view records"))

    def run(conn: Connection) -> list[tuple[str, str]]:
        known = exchange_stations.expected(conn)
        own = meta.station(conn)
        known[own.locode] = own.name or own.locode
        found = [(sid, known.get(sid) or sid) for sid in origins.present(conn)]
        return sorted(found, key=lambda s: (s[1].casefold(), s[0]))
    return desk.db(run)
