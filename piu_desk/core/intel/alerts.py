"""Alert services: screening on demand, the alert inbox, dispositions, confirmed subjects."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewMember
from piu_desk.core.errors import Invalid
from piu_desk.core.intel import screening
from piu_desk.core.intel.watchlist import today_of
from piu_desk.core.records.common import editor, new_uid, not_found, origin, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import alerts as repo
from piu_desk.core.store.alerts import Alert
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

__all__ = ["Alert", "ConfirmedSubjects", "Disposition", "confirmed_subjects", "count",
           "dispose", "get", "page", "screen_crew_list", "screen_members",
           "screen_person_aboard", "screen_port_call"]


class Disposition(StrEnum):
    CONFIRMED = "confirmed"
    FALSE_POSITIVE = "false_positive"
    HQ_CHECK = "hq_check"


OPEN = "open"
DISPOSITION_LABELS = {
    Disposition.CONFIRMED: QT_TRANSLATE_NOOP("Intel", "Confirmed match"),
    Disposition.FALSE_POSITIVE: QT_TRANSLATE_NOOP("Intel", "False positive"),
    Disposition.HQ_CHECK: QT_TRANSLATE_NOOP("Intel", "Needs HQ check"),
}


@dataclass(frozen=True)
class ConfirmedSubjects:
    """Who and what to highlight: records with a confirmed watchlist match."""

    person_ids: frozenset[int]
    vessel_ids: frozenset[int]
    crew_member_ids: frozenset[int]
    person_aboard_ids: frozenset[int]
    port_call_ids: frozenset[int]


def _screen(desk: Desk, fn: screening.ScreenIn, ref: int) -> tuple[list[int], Changes]:
    editor(desk, QT_TRANSLATE_NOOP("Actions", "screen against the watchlist"))
    today = today_of(desk)
    made = desk.mutate(lambda c: fn(c, ref, today, origin(c), desk.now(), new_uid))
    return made, Changes.of("alerts")


def screen_crew_list(desk: Desk, list_id: int) -> tuple[list[int], Changes]:
    """Screen a stored crew list again; the ids of the new alerts (none twice)."""
    return _screen(desk, screening.screen_crew_list_in, list_id)


def screen_person_aboard(desk: Desk, aboard_id: int) -> tuple[list[int], Changes]:
    return _screen(desk, screening.screen_person_aboard_in, aboard_id)


def screen_port_call(desk: Desk, port_call_id: int) -> tuple[list[int], Changes]:
    return _screen(desk, screening.screen_port_call_in, port_call_id)


def screen_members(desk: Desk, members: list[CrewMember]) -> list[list[screening.Hit]]:
    """Screen rows not stored (a sheet read for `piu-desk screen --file`); nothing is
    written. For each row, its hits, best first."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "screen against the watchlist"))
    today = today_of(desk)
    profiles = [screening.member_profile(m) for m in members]
    return desk.db(lambda c: screening.find_persons(c, profiles, today))


def get(desk: Desk, alert_id: int) -> Alert:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view alerts"))
    found = desk.db(lambda c: repo.get(c, alert_id))
    if found is None:
        raise not_found("alert")
    return found


def page(desk: Desk, offset: int = 0, limit: int = 200, status: str = "", *,
         origin: str = "") -> list[Alert]:
    """Newest first; `status` is "open" or a Disposition value, or empty for all;
    `origin` keeps the alerts that concern one station (`Alert.station`: its port call's,
    wherever the alert was raised)."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view alerts"))
    return desk.db(lambda c: repo.page(c, offset, limit, status, origin))


def count(desk: Desk, status: str = OPEN, *, origin: str = "") -> int:
    """Open alerts by default: the number the sidebar and status bar show."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view alerts"))
    return desk.db(lambda c: repo.count(c, status, origin))


def dispose(desk: Desk, alert_id: int, disposition: Disposition, note: str) -> Changes:
    """The officer's decision, with a note; audited. A false positive is remembered for the
    pair until either side changes."""
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "dispose of alert"))
    clean_note = " ".join(note.split())[:2000]
    if disposition is not Disposition.CONFIRMED and not clean_note:
        raise Invalid("note", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Write a note saying why.")))

    def run(conn: Connection) -> None:
        if repo.get(conn, alert_id) is None:
            raise not_found("alert")
        repo.dispose(conn, alert_id, Disposition(disposition).value, clean_note,
                     session.username, desk.now())
        desk.audit_in(conn, "alert.dispose", f"alert {alert_id}", disposition.value)
    desk.mutate(run)
    return Changes.of("alerts", "audit")


def confirmed_subjects(desk: Desk) -> ConfirmedSubjects:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view alerts"))
    rows = desk.db(repo.confirmed)
    keyed: dict[str, set[int]] = {"person": set(), "vessel": set()}
    kinds: dict[str, set[int]] = {"crew_member": set(), "person_aboard": set(),
                                  "port_call": set()}
    for kind, ref, key in rows:
        kinds.setdefault(kind, set()).add(ref)
        prefix, _, value = key.partition(":")
        if value.isdigit():
            keyed.setdefault(prefix, set()).add(int(value))
    return ConfirmedSubjects(frozenset(keyed["person"]), frozenset(keyed["vessel"]),
                             frozenset(kinds["crew_member"]),
                             frozenset(kinds["person_aboard"]), frozenset(kinds["port_call"]))
