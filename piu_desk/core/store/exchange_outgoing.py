"""What the next bundle for a peer will roughly hold, read before it is written.

An export builds its entries as it writes them (memory stays flat whatever the size), so
the sizes are known only at the end; this is the estimate its progress runs over.
"""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.store import exchange_payload as payloads
from piu_desk.core.store.connection import Connection


@dataclass(frozen=True)
class Estimate:
    records: int
    """Records with a change the peer has not confirmed (before the handling codes)."""
    attachment_bytes: int
    """The bytes of the attachments among them."""


def estimate(conn: Connection, peer: str) -> Estimate:
    confirmed = int(conn.execute(
        "SELECT coalesce((SELECT confirmed_seq FROM exchange_channels WHERE peer = ?), 0)",
        (peer,)).fetchone()[0])
    records = int(conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM changes WHERE seq > ? AND via != ? "
        "GROUP BY tbl, uid)", (confirmed, peer)).fetchone()[0])
    size = 0
    for table, column in payloads.BLOB_COLUMN.items():
        # length() of a BLOB reads no content pages
        size += int(conn.execute(
            f"SELECT coalesce(sum(length({column})), 0) FROM {table} WHERE uid IN "
            f"(SELECT uid FROM changes WHERE tbl = ? AND seq > ? AND via != ?)",
            (table, confirmed, peer)).fetchone()[0])
    return Estimate(records, size)
