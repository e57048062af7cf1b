"""What leaves the desk: change records a peer has not confirmed, under the handling codes.

A tip-off leaves only when `may_leave_desk` allows it (graded, assessed, and a handling code
other than "stays on this desk"); a watchlist entry whose handling code keeps it on the
desk never leaves, nor an alert on such an entry; at HQ, what may go to HQ "but not beyond"
is not passed on to other stations. The source register's identities are never among the
shared records at all (exchange_schema.LOCAL_TABLES).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from piu_desk.core.desk import Desk
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.tipoff import Destination, may_leave_desk
from piu_desk.core.domain.watchlist import Origin
from piu_desk.core.exchange.sync.keys import KEY_ROLES
from piu_desk.core.store import exchange_changes as log
from piu_desk.core.store import meta, releases
from piu_desk.core.store import tipoffs as tipoffs_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_refs import Uids
from piu_desk.core.store.exchange_schema import families
from piu_desk.core.text import QT_TRANSLATE_NOOP

ACTION = QT_TRANSLATE_NOOP("Actions", "exchange")
PAGE = 500
Record = dict[str, object]


@dataclass(frozen=True)
class Batch:
    records: list[Record]
    through_seq: int
    """Every change up to here is covered: sent, or held back by its handling code."""


def _handling(conn: Connection, table: str, uid: str) -> tuple[str, str] | None:
    if table == "watchlist_entries":
        row = conn.execute("SELECT handling, origin FROM watchlist_entries WHERE uid = ?",
                           (uid,)).fetchone()
    elif table == "alerts":
        row = conn.execute("SELECT e.handling, e.origin FROM alerts a JOIN watchlist_entries e "
                           "ON e.id = a.entry_id WHERE a.uid = ?", (uid,)).fetchone()
    else:
        return None
    return (str(row[0]), str(row[1])) if row else None


def may_send(conn: Connection, record: Record, beyond_hq: bool, here: str) -> bool:
    """Whether the handling codes let `record` go to the peer (`beyond_hq`: this desk is HQ
    passing a station's record on). A tombstone goes wherever the record could have."""
    table, uid = str(record["table"]), str(record["uid"])
    if record["payload"] is None:
        return True
    if table == "tipoffs":
        row = conn.execute("SELECT id FROM tipoffs WHERE uid = ?", (uid,)).fetchone()
        tipoff = tipoffs_repo.get(conn, int(row[0])) if row else None
        if tipoff is None:
            return False
        where = Destination.BEYOND_HQ if beyond_hq and record["origin"] != here else \
            Destination.HQ
        return bool(may_leave_desk(tipoff, where))
    handling = _handling(conn, table, uid)
    if handling is None:
        return True
    code, origin = handling
    if code == Handling.DESK_ONLY:
        return False
    return not (beyond_hq and code == Handling.HQ_ONLY and origin != here)


def _as_released(record: Record, peer: str) -> Record:
    """A watchlist entry HQ sends is HQ's to the station (read-only there), whatever desk
    first entered it."""
    payload = record["payload"]
    if record["table"] != releases.WATCHLIST or not isinstance(payload, dict) or \
            record["origin"] == peer:
        return record
    row = dict(payload["row"])
    row["provenance"] = Origin.HQ.value
    return {**record, "payload": {**payload, "row": row}}


def scan_in(conn: Connection, peer: str, limit: int, after_seq: int = 0,
            tables: Iterable[str] | None = None) -> Batch:
    """Up to `limit` records for `peer` whose latest change is after `after_seq`.

    At HQ the master watchlist leaves only as released: an entry whose latest change is
    after the latest release's `through_seq` (any entry, before a first release) waits.
    Publishing the next release logs it again (store/releases.py, `recapture`), so the
    peer's confirmation passing it meanwhile loses nothing."""
    fams = families(conn)
    station = meta.station(conn)
    names = set(tables) if tables is not None else None
    release = releases.latest(conn) if station.is_hq else None
    released = release.through_seq if release else -1
    out: list[Record] = []
    through = after_seq
    known: Uids = {}
    while len(out) < limit:
        page = log.pending(conn, peer, through, min(PAGE, limit - len(out)), names)
        if not page:
            through = max(through, log.last_seq(conn)) if names is None else through
            break
        for item in page:
            through = item.seq
            if station.is_hq and item.table == releases.WATCHLIST and item.seq > released:
                continue
            record = log.record(conn, fams[item.table], item, known)
            if may_send(conn, record, station.is_hq, station.locode):
                out.append(_as_released(record, peer) if station.is_hq else record)
    return Batch(out, through)


def scan(desk: Desk, peer: str, limit: int = 10_000, after_seq: int = 0,
         tables: Iterable[str] | None = None) -> Batch:
    desk.session_or_locked(*KEY_ROLES, action=ACTION)
    return desk.mutate(lambda c: scan_in(c, peer, limit, after_seq, tables))


def changes_for(desk: Desk, peer: str, limit: int = 10_000,
                tables: Iterable[str] | None = None) -> Iterator[Record]:
    """Change records (JSON-able) of everything `peer` has not confirmed, at most
    `limit`, oldest latest change first."""
    yield from scan(desk, peer, limit, 0, tables).records


def confirm(desk: Desk, peer: str, up_to_seq: int) -> int:
    """`peer` holds every change up to `up_to_seq`; the channel's confirmed position."""
    desk.session_or_locked(*KEY_ROLES, action=ACTION)
    return desk.mutate(lambda c: log.confirm(c, peer, up_to_seq))


def attachment_bytes(desk: Desk, table: str, sha256: str) -> bytes | None:
    desk.session_or_locked(*KEY_ROLES, action=ACTION)
    return desk.db(lambda c: log.blob(c, table, sha256))
