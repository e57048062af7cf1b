"""Handling codes: who may receive a record (tip-offs, watchlist entries, alerts).

The same three codes everywhere, so the exchange asks one question of any record: may this
leave the desk, and for whom?
"""

from __future__ import annotations

from enum import StrEnum

from piu_desk.core.text import QT_TRANSLATE_NOOP


class Handling(StrEnum):
    HQ = "hq"  # may go to headquarters, which may pass it on
    HQ_ONLY = "hq_only"  # may go to headquarters but not beyond
    DESK_ONLY = "desk_only"  # stays on this desk


HANDLING_LABELS = {
    Handling.HQ: QT_TRANSLATE_NOOP("Intel", "May go to HQ"),
    Handling.HQ_ONLY: QT_TRANSLATE_NOOP("Intel", "May go to HQ but not beyond"),
    Handling.DESK_ONLY: QT_TRANSLATE_NOOP("Intel", "Stays on this desk"),
}

# How a handling code may be written in an imported list.
HANDLING_WORDS = {
    "hq": Handling.HQ, "may go to hq": Handling.HQ, "releasable": Handling.HQ,
    "hq_only": Handling.HQ_ONLY, "hq only": Handling.HQ_ONLY,
    "may go to hq but not beyond": Handling.HQ_ONLY, "hq but not beyond": Handling.HQ_ONLY,
    "desk_only": Handling.DESK_ONLY, "desk only": Handling.DESK_ONLY, "desk": Handling.DESK_ONLY,
    "stays on this desk": Handling.DESK_ONLY, "local": Handling.DESK_ONLY,
}
