"""What the register screen shows, read in one go on the database thread: every item with
who holds it today, and the four dashboard counts with the items behind each (so a click
on a tile filters the table without asking the store again)."""

from __future__ import annotations

from dataclasses import dataclass, field

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Asset, AssetStatus
from piu_desk.core.equipment import assets, campaigns, incidents, maintenance
from piu_desk.core.equipment.incidents import IncidentKind

ISSUED, MAINTENANCE_DUE, VERIFICATION_DUE, LOST_THIS_YEAR = (
    "issued", "maintenance_due", "verification_due", "lost_this_year")
TILES = (ISSUED, MAINTENANCE_DUE, VERIFICATION_DUE, LOST_THIS_YEAR)


@dataclass(frozen=True)
class RegisterRow:
    asset: Asset
    holder: str  # who or which place holds it today; "" in store
    search: str  # tag, description and serial number, case-folded

    @property
    def asset_id(self) -> int:
        return self.asset.id or 0


@dataclass
class RegisterData:
    rows: list[RegisterRow] = field(default_factory=list)
    tiles: dict[str, frozenset[int]] = field(default_factory=dict)  # tile -> asset ids

    def count(self, tile: str) -> int:
        return len(self.tiles.get(tile, frozenset()))


def row_of(asset: Asset, holder: str) -> RegisterRow:
    text = " ".join((asset.tag, asset.description, asset.serial_number, asset.make,
                     asset.model)).casefold()
    return RegisterRow(asset, holder, text)


def load_rows(desk: Desk) -> list[RegisterRow]:
    """Every item with its holder today. Runs on the database thread."""
    return [row_of(a, holder) for a, holder in assets.register_with_holders(desk)]


def load_tiles(desk: Desk, today: str) -> dict[str, frozenset[int]]:
    """The items behind each dashboard tile as of `today` (ISO date); slower than the rows
    on a large register, so read after them. Runs on the database thread."""
    lost = {i.asset_id for i in incidents.incidents(desk, since=f"{today[:4]}-01-01")
            if i.kind in (IncidentKind.LOSS.value, IncidentKind.THEFT.value)}
    return {
        ISSUED: frozenset(a.id or 0 for a in assets.register(desk, status=AssetStatus.ISSUED)),
        MAINTENANCE_DUE: frozenset(d.asset.id or 0 for d in maintenance.due_list(desk, today)),
        VERIFICATION_DUE: frozenset(a.id or 0 for a in campaigns.verification_due(desk, today)),
        LOST_THIS_YEAR: frozenset(lost),
    }


def load_register(desk: Desk, today: str) -> RegisterData:
    """The rows and the tiles in one go (for scripts and tests)."""
    return RegisterData(load_rows(desk), load_tiles(desk, today))
