"""What the register screen shows, read in one go on the database thread: every item's
shown columns with who holds it today, and the four dashboard tiles as the ids of the items
behind each (so a click on a tile filters the table without asking the store again)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from piu_desk.core.collector import collector_paused
from piu_desk.core.desk import Desk
from piu_desk.core.equipment import assets
from piu_desk.core.equipment.tiles import tile_counts
from piu_desk.core.store.assets import RegisterLine

ISSUED, MAINTENANCE_DUE, VERIFICATION_DUE, LOST_THIS_YEAR = (
    "issued", "maintenance_due", "verification_due", "lost_this_year")
TILES = (ISSUED, MAINTENANCE_DUE, VERIFICATION_DUE, LOST_THIS_YEAR)


class RegisterRow(NamedTuple):
    asset: RegisterLine  # the item's shown columns; the item page reads the whole item
    search: str  # tag, description, serial number, make and model, case-folded

    @property
    def asset_id(self) -> int:
        return self.asset.id

    @property
    def holder(self) -> str:
        """Who or which place holds it today; "" in store."""
        return self.asset.holder


@dataclass
class RegisterData:
    rows: list[RegisterRow] = field(default_factory=list)
    tiles: dict[str, frozenset[int]] = field(default_factory=dict)  # tile -> asset ids

    def count(self, tile: str) -> int:
        return len(self.tiles.get(tile, frozenset()))


def row_of(line: RegisterLine) -> RegisterRow:
    text = " ".join((line.tag, line.description, line.serial_number, line.make, line.model))
    return RegisterRow(line, text.casefold())


def load_rows(desk: Desk) -> list[RegisterRow]:
    """Every item with its holder today. Runs on the database thread."""
    with collector_paused():
        return [row_of(line) for line in assets.register_lines(desk)]


def load_tiles(desk: Desk, today: str) -> dict[str, frozenset[int]]:
    """The items behind each dashboard tile as of `today` (ISO date), ids only. Runs on the
    database thread."""
    tiles = tile_counts(desk, today)
    return {ISSUED: tiles.issued, MAINTENANCE_DUE: tiles.maintenance_due,
            VERIFICATION_DUE: tiles.verification_due, LOST_THIS_YEAR: tiles.lost_this_year}


def load_register(desk: Desk, today: str) -> RegisterData:
    """The rows and the tiles in one go (for scripts and tests)."""
    return RegisterData(load_rows(desk), load_tiles(desk, today))
