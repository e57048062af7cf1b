"""Custody: issue an item to an officer or a place, record the recipient's acceptance, take
it back with its condition, transfer it between officers; who holds what today; the history
of every hand."""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.asset import Asset, AssetStatus, Condition, EventKind, check_date
from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.equipment.assets import VIEW
from piu_desk.core.equipment.common import (
    CHANGES,
    anyone,
    custodian,
    existing,
    invalid,
    record_event,
)
from piu_desk.core.records.common import new_uid, origin
from piu_desk.core.session import Changes
from piu_desk.core.store import custody as repo
from piu_desk.core.store import users as users_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.custody import Custody
from piu_desk.core.text import QT_TRANSLATE_NOOP

OFFICER, PLACE = "officer", "place"


@dataclass(frozen=True)
class Holding:
    custody: Custody
    asset: Asset


def _recipient(conn: Connection, holder: str, kind: str) -> str:
    if kind == PLACE:
        place = clean_text(holder, 120)
        if not place:
            raise invalid("holder", QT_TRANSLATE_NOOP(
                "Validation", "Name the place the item is issued to."))
        return place
    name = holder.strip().lower()
    user = users_repo.by_name(conn, name)
    if user is None or user.disabled:
        raise invalid("holder", QT_TRANSLATE_NOOP(
            "Validation", "{name} is not an active account; issue to an officer who has "
            "one, or to a place."), name=name)
    return name


def issue(desk: Desk, asset_id: int, holder: str, on: str, *, holder_kind: str = OFFICER,
          expected_return: str = "", location: str = "") -> Changes:
    """Issue an item in store. One under repair, lost, stolen or disposed is refused."""
    session = custodian(desk, QT_TRANSLATE_NOOP("Actions", "issue equipment"))
    day = check_date(on, "on")
    back = check_date(expected_return, "expected_return", required=False)
    if back and back < day:
        raise invalid("expected_return", QT_TRANSLATE_NOOP(
            "Validation", "The expected return cannot be before the issue date."))

    def run(conn: Connection) -> None:
        asset = existing(conn, asset_id)
        who = _recipient(conn, holder, holder_kind)
        record_event(desk, conn, asset, EventKind.ISSUED, day, holder=who,
                     location=clean_text(location, 120) or (who if holder_kind == PLACE
                                                            else asset.location))
        repo.insert(conn, Custody(0, asset_id, holder_kind, who, day, back,
                                  issued_by=session.username), new_uid(), origin(conn))
    desk.mutate(run)
    return CHANGES


def _open(conn: Connection, asset_id: int) -> Custody:
    held = repo.current(conn, asset_id)
    if held is None:
        raise invalid("status", QT_TRANSLATE_NOOP(
            "Validation", "The item is not issued to anyone."))
    return held


def accept(desk: Desk, asset_id: int, accepted_by: str = "") -> Changes:
    """The recipient's acceptance: the officer holding the item (logged in), or — for a
    place, or on the officer's signed form — the custodian records it with the name."""
    session = anyone(desk)

    def run(conn: Connection) -> None:
        held = _open(conn, asset_id)
        if session.username != held.holder:
            desk.session_or_locked(Role.CUSTODIAN, action=QT_TRANSLATE_NOOP(
                "Actions", "record acceptance for another"))
        who = clean_text(accepted_by, 120) or session.username
        repo.accept(conn, held.id, desk.now(), who)
        record_event(desk, conn, existing(conn, asset_id), EventKind.ACCEPTED,
                     desk.now()[:10], holder=held.holder, detail=who)
    desk.mutate(run)
    return CHANGES


def return_item(desk: Desk, asset_id: int, on: str, condition: Condition,
                location: str = "") -> Changes:
    """Back to store, with the condition it came back in."""
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "return equipment"))
    day = check_date(on, "on")

    def run(conn: Connection) -> None:
        asset = existing(conn, asset_id)
        held = repo.current(conn, asset_id)
        record_event(desk, conn, asset, EventKind.RETURNED, day,
                     holder=held.holder if held else "", condition=Condition(condition),
                     location=clean_text(location, 120) or asset.location)
        if held is not None:
            repo.end(conn, held.id, day, "returned", Condition(condition).value)
    desk.mutate(run)
    return CHANGES


def transfer(desk: Desk, asset_id: int, to: str, on: str, *, holder_kind: str = OFFICER,
             expected_return: str = "") -> Changes:
    """From the officer holding it to another; the new holder accepts anew."""
    session = custodian(desk, QT_TRANSLATE_NOOP("Actions", "transfer equipment"))
    day = check_date(on, "on")

    def run(conn: Connection) -> None:
        asset = existing(conn, asset_id)
        held = _open(conn, asset_id) if asset.status == AssetStatus.ISSUED else None
        who = _recipient(conn, to, holder_kind)
        if held is not None and held.holder == who:
            raise invalid("holder", QT_TRANSLATE_NOOP(
                "Validation", "The item is already held by {name}."), name=who)
        record_event(desk, conn, asset, EventKind.TRANSFERRED, day, holder=who,
                     detail=held.holder if held else "")
        if held is not None:
            repo.end(conn, held.id, day, "transferred")
        repo.insert(conn, Custody(0, asset_id, holder_kind, who, day,
                                  check_date(expected_return, "expected_return",
                                             required=False),
                                  issued_by=session.username), new_uid(), origin(conn))
    desk.mutate(run)
    return CHANGES


def close_open_custody(conn: Connection, asset_id: int, on: str, kind: str) -> str:
    """End the open custody (lost, stolen, sent for repair); the holder it had, or ''."""
    held = repo.current(conn, asset_id)
    if held is None:
        return ""
    repo.end(conn, held.id, on, kind)
    return held.holder


def holdings(desk: Desk, holder: str = "") -> list[Holding]:
    """What each holder (or one) has today, by holder. A user without the custodian or
    supervisor role sees only their own."""
    session = anyone(desk)
    if not (session.has(Role.CUSTODIAN) or session.has(Role.SUPERVISOR)):
        if holder and holder != session.username:
            desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
        holder = session.username

    return desk.db(lambda c: [Holding(held, asset) for held, asset in
                              repo.held_now_with_assets(c, holder)])


def history(desk: Desk, asset_id: int) -> list[Custody]:
    """Every custody of the item, oldest first."""
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(lambda c: repo.history(c, asset_id))
