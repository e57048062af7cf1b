"""One search box over vessels, persons, crew rows, port calls, inspections and tip-offs."""

from __future__ import annotations

from piu_desk.core.desk import Desk
from piu_desk.core.records.common import reader
from piu_desk.core.store import search as index
from piu_desk.core.store.search import Hit, Kind
from piu_desk.core.text import QT_TRANSLATE_NOOP

__all__ = ["KIND_LABELS", "Hit", "Kind", "search"]

KIND_LABELS = {
    Kind.VESSEL: QT_TRANSLATE_NOOP("Records", "Vessel"),
    Kind.PORT_CALL: QT_TRANSLATE_NOOP("Records", "Port call"),
    Kind.INSPECTION: QT_TRANSLATE_NOOP("Records", "Inspection"),
    Kind.CREW_MEMBER: QT_TRANSLATE_NOOP("Records", "Crew member"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Records", "Person"),
    Kind.PERSON_ABOARD: QT_TRANSLATE_NOOP("Records", "Person found aboard"),
    Kind.TIPOFF: QT_TRANSLATE_NOOP("Intel", "Tip-off"),
}


def search(desk: Desk, text: str, limit: int = 50,
           kinds: frozenset[Kind] | None = None, *, origin: str = "") -> list[Hit]:
    """Names in any order, case and diacritics ignored; IMO, MMSI, call sign and document
    numbers with or without separators. Best matches first, each with its record's station;
    `origin` keeps the records of one station."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "search"))
    return desk.db(lambda c: index.query(c, text, limit, kinds, origin))
