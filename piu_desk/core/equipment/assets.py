"""The register: add and edit items (never their status), read them, their timeline."""

from __future__ import annotations

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.asset import Asset, AssetEvent, AssetStatus, EventKind, validate_asset
from piu_desk.core.equipment.common import CHANGES, anyone, custodian, existing, invalid
from piu_desk.core.records.common import new_uid, origin
from piu_desk.core.session import Changes
from piu_desk.core.store import assets as repo
from piu_desk.core.store import custody as custody_repo
from piu_desk.core.store.assets import RegisterLine
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP

VIEW = QT_TRANSLATE_NOOP("Actions", "view the equipment register")


def _duplicate_check(conn: Connection, a: Asset) -> None:
    other = repo.by_tag(conn, a.tag)
    if other is not None and other.id != a.id:
        raise invalid("tag", QT_TRANSLATE_NOOP(
            "Validation", "The tag {tag} is already on another item."), tag=a.tag)


def insert_new(desk: Desk, conn: Connection, clean: Asset, on: str) -> int:
    """Store a validated new item as received, in the caller's transaction."""
    _duplicate_check(conn, clean)
    by = desk.session.username if desk.session else "-"
    aid = repo.insert(conn, clean, new_uid(), origin(conn), desk.now(), by)
    repo.add_event(conn, AssetEvent(0, aid, EventKind.RECEIVED, on, AssetStatus.IN_STORE,
                                    "", clean.handover_doc_ref, by, desk.now()),
                   new_uid(), origin(conn))
    desk.audit_in(conn, "asset.add", f"asset {clean.tag}")
    return aid


def add(desk: Desk, asset: Asset) -> tuple[int, Changes]:
    """A new item, in store; its status starts as "in store" whatever `asset` says."""
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "add equipment"))
    clean = validate_asset(asset)
    on = clean.handover_date or desk.now()[:10]
    return desk.mutate(lambda c: insert_new(desk, c, clean, on)), CHANGES


def edit(desk: Desk, asset: Asset) -> Changes:
    """Change an item's details. Its status is kept: it moves only through events."""
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "edit equipment"))
    clean = validate_asset(asset)

    def run(conn: Connection) -> None:
        existing(conn, clean.id or 0)
        _duplicate_check(conn, clean)
        repo.update_details(conn, clean, desk.now())
        desk.audit_in(conn, "asset.edit", f"asset {clean.tag}")
    desk.mutate(run)
    return CHANGES


def _may_see(desk: Desk, conn: Connection, asset_id: int) -> None:
    session = anyone(desk)
    if session.has(Role.CUSTODIAN) or session.has(Role.SUPERVISOR):
        return
    held = custody_repo.current(conn, asset_id)
    if held is None or held.holder != session.username:
        desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)


def get(desk: Desk, asset_id: int) -> Asset:
    def run(conn: Connection) -> Asset:
        _may_see(desk, conn, asset_id)
        return existing(conn, asset_id)
    return desk.db(run)


def get_by_tag(desk: Desk, tag: str) -> Asset | None:
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(lambda c: repo.by_tag(c, tag.strip().upper()))


def timeline(desk: Desk, asset_id: int) -> list[AssetEvent]:
    """Everything that happened to the item, oldest first."""
    def run(conn: Connection) -> list[AssetEvent]:
        _may_see(desk, conn, asset_id)
        return repo.events(conn, asset_id)
    return desk.db(run)


def register(desk: Desk, *, status: AssetStatus | None = None, category: str = "",
             location: str = "", holder: str = "", tags: list[str] | None = None,
             limit: int = 100_000, offset: int = 0) -> list[Asset]:
    """The register (custodian and supervisors), filtered, by tag."""
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(lambda c: repo.listing(c, status=status, category=category,
                                          location=location, holder=holder, tags=tags,
                                          limit=limit, offset=offset))


def register_with_holders(desk: Desk) -> list[tuple[Asset, str]]:
    """The whole register, by tag, each item with who or which place holds it today ("" in
    store) — what `register` and `custody.holdings` give together, read in one query."""
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(repo.listing_with_holders)


def register_lines(desk: Desk) -> list[RegisterLine]:
    """The whole register, by tag, as its table shows it: each item's shown columns and who
    or which place holds it today — `register_with_holders`, lighter."""
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(repo.register_lines)


def items(desk: Desk, ids: list[int]) -> list[Asset]:
    """The whole items with these ids, in the order given (ids not in the register left
    out): what a report of the rows on screen prints."""
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(lambda c: repo.by_ids(c, ids))


def mine(desk: Desk) -> list[Asset]:
    """What the logged-in user holds today (any role may ask)."""
    session = anyone(desk)
    return desk.db(lambda c: repo.listing(c, holder=session.username))


def counts(desk: Desk) -> dict[AssetStatus, int]:
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(repo.count_by_status)
