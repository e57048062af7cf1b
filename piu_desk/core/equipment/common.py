"""What the equipment services share: the custodian's role check, and one way to move an
item's status — an event, checked against the transition table, written to the timeline and
the audit trail in the caller's transaction."""

from __future__ import annotations

from dataclasses import replace

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.asset import Asset, AssetEvent, Condition, EventKind, next_status
from piu_desk.core.errors import Invalid
from piu_desk.core.records.common import new_uid, not_found, origin
from piu_desk.core.session import Changes, Session
from piu_desk.core.store import assets as repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

CHANGES = Changes.of("assets", "audit")


def custodian(desk: Desk, action: str) -> Session:
    """Only the equipment custodian changes the register."""
    return desk.session_or_locked(Role.CUSTODIAN, action=action)


def anyone(desk: Desk) -> Session:
    """Any logged-in user (each may see what they hold)."""
    return desk.session_or_locked(action="")


def invalid(field_name: str, text: str, **args: object) -> Invalid:
    return Invalid(field_name, Message("Validation", text, dict(args)))


def existing(conn: Connection, asset_id: int) -> Asset:
    found = repo.get(conn, asset_id)
    if found is None:
        raise not_found("asset")
    return found


def by_tag(conn: Connection, tag: str) -> Asset:
    found = repo.by_tag(conn, tag)
    if found is None:
        raise invalid("tag", QT_TRANSLATE_NOOP(
            "Validation", "No item in the register has the tag {tag}."), tag=tag)
    return found


def record_event(desk: Desk, conn: Connection, asset: Asset, kind: EventKind, on: str, *,
                 holder: str = "", detail: str = "", condition: Condition | None = None,
                 location: str | None = None) -> Asset:
    """Move `asset` by `kind` (Invalid when the table refuses it); the item as it is now."""
    after = next_status(asset.status, kind)
    moved = replace(asset, status=after, condition=condition or asset.condition,
                    location=asset.location if location is None else location)
    assert asset.id is not None
    repo.set_state(conn, asset.id, after, moved.condition, moved.location, desk.now())
    by = desk.session.username if desk.session else "-"
    repo.add_event(conn, AssetEvent(0, asset.id, kind, on, after, holder, detail, by,
                                    desk.now()), new_uid(), origin(conn))
    desk.audit_in(conn, f"asset.{kind.value}", f"asset {asset.tag}", holder)
    return moved
