"""At HQ, the crew lists that arrive from stations are screened against the master
watchlist as part of the import: HQ may hold entries a station does not have yet (not
released, or entered at another station). An alert raised here is HQ's record (origin HQ)
and travels back to the stations with HQ's next bundles, as the entry's handling code
allows. A pair already alerted on (by the station itself, in the same bundle) adds nothing:
an alert is unique per entry and subject."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from piu_desk.core.intel import screening
from piu_desk.core.records.common import new_uid
from piu_desk.core.store.connection import Connection

SCREENED = frozenset({"crew_lists"})


def screen_in(conn: Connection, applied: Iterable[tuple[str, str, int | None]], here: str,
              at: str) -> int:
    """Screen the crew lists among `applied` (table, uid, local id); the alerts raised."""
    today = date.fromisoformat(at[:10])
    raised = 0
    for table, _uid, local_id in applied:
        if table in SCREENED and local_id is not None:
            raised += len(screening.screen_crew_list_in(conn, local_id, today, here, at,
                                                        new_uid))
    return raised
