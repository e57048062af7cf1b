"""Per-peer figures for the stations overview (exchange/stations.py): each a single
counting query, so the overview stays cheap however many records a station has sent."""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.store.connection import Connection

EXPECTED_PREFIX = "exchange.enrol.expected."
"""meta keys HQ sets when it enrols a station (exchange/enrolment.py), valued the name."""


@dataclass(frozen=True)
class PeerFigures:
    last_in_at: str | None
    last_in_sequence: int | None
    missing_sequences: list[int]
    last_out_at: str | None
    last_out_sequence: int | None
    outstanding: int
    records: int
    conflicts: int
    parked: int


def expected(conn: Connection) -> dict[str, str]:
    """Stations enrolled at this desk, by id, with their names."""
    return {str(r[0])[len(EXPECTED_PREFIX):]: str(r[1]) for r in conn.execute(
        "SELECT key, value FROM meta WHERE key LIKE ? ESCAPE '\\'",
        (EXPECTED_PREFIX.replace("_", "\\_") + "%",))}


def _one(conn: Connection, sql: str, *args: object) -> object:
    return conn.execute(sql, args).fetchone()[0]


def outstanding(conn: Connection, peer: str) -> int:
    """Records with a change the peer has not confirmed (not sent back to where it came
    from); counted, not built. Records that handling codes keep here are counted too."""
    confirmed = _one(conn, "SELECT coalesce(max(confirmed_seq), 0) FROM exchange_channels "
                           "WHERE peer = ?", peer)
    # NOT INDEXED: read the sequence range (the rowid), not the whole (tbl, uid) index
    return int(str(_one(conn, "SELECT count(*) FROM (SELECT DISTINCT tbl, uid FROM changes "
                              "NOT INDEXED WHERE seq > ? AND via != ?)", confirmed, peer)))


def figures(conn: Connection, peer: str, pinned: bool = True) -> PeerFigures:
    """`outstanding` is counted for a pinned peer only (0 before): a peer that has never
    confirmed anything has every record outstanding, which costs a pass over the log."""
    seqs = [int(r[0]) for r in conn.execute(
        "SELECT sequence FROM exchange_bundles_in WHERE peer = ? ORDER BY sequence", (peer,))]
    have = set(seqs)
    missing = [s for s in range(1, seqs[-1]) if s not in have] if seqs else []
    channel = conn.execute("SELECT last_import_at, last_export_at FROM exchange_channels "
                           "WHERE peer = ?", (peer,)).fetchone()
    last_in, last_out = (str(channel[0]), str(channel[1])) if channel else ("", "")
    out = _one(conn, "SELECT max(sequence) FROM exchange_bundles_out WHERE peer = ? AND "
                     "state = 'sent'", peer)
    return PeerFigures(
        last_in or None, seqs[-1] if seqs else None, missing,
        last_out or None, int(str(out)) if out is not None else None,
        outstanding(conn, peer) if pinned else 0,
        int(str(_one(conn, "SELECT count(*) FROM record_versions WHERE origin = ? AND "
                           "deleted = 0", peer))),
        int(str(_one(conn, "SELECT count(*) FROM conflicts WHERE peer = ? AND "
                           "resolved_at = ''", peer))),
        int(str(_one(conn, "SELECT count(*) FROM exchange_parked WHERE peer = ?", peer))))
