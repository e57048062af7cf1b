"""The custodian's four dashboard tiles over the register — items issued, with maintenance
due, with verification overdue, lost or stolen this year — as counts and the ids behind
them (a tile filters the register by them), read by id only in one go: the same items as
`assets.register(status=ISSUED)`, `maintenance.due_list`, `campaigns.verification_due` and
this year's loss and theft `incidents.incidents`, without building any of them."""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.asset import AssetStatus
from piu_desk.core.equipment.assets import VIEW
from piu_desk.core.equipment.campaigns import verified_since
from piu_desk.core.equipment.incidents import IncidentKind
from piu_desk.core.equipment.maintenance import OUT_OF_SERVICE, SOON_DAYS, due_window
from piu_desk.core.store import asset_care, assets, campaigns
from piu_desk.core.store.connection import Connection

LOST_OR_STOLEN = (IncidentKind.LOSS.value, IncidentKind.THEFT.value)


@dataclass(frozen=True)
class TileCounts:
    """Each tile's items (asset ids); a tile's number is how many there are."""

    issued: frozenset[int]
    maintenance_due: frozenset[int]
    verification_due: frozenset[int]
    lost_this_year: frozenset[int]

    @property
    def counts(self) -> tuple[int, int, int, int]:
        """Issued, maintenance due, verification overdue, lost or stolen this year."""
        return (len(self.issued), len(self.maintenance_due), len(self.verification_due),
                len(self.lost_this_year))


def tile_counts(desk: Desk, as_of: str, *, soon_days: int = SOON_DAYS,
                months: int = 12) -> TileCounts:
    """The tiles as of `as_of` (ISO date): maintenance due by `soon_days` later, not
    verified in the `months` before, lost or stolen from 1 January to 31 December of its
    year."""
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    today, horizon = due_window(as_of, soon_days)
    since, year = verified_since(today, months), today[:4]

    def run(conn: Connection) -> TileCounts:
        return TileCounts(
            assets.ids_with_status(conn, AssetStatus.ISSUED),
            asset_care.due_ids(conn, horizon, OUT_OF_SERVICE),
            campaigns.not_verified_ids(conn, since, OUT_OF_SERVICE),
            assets.ids_with_incident(conn, LOST_OR_STOLEN, f"{year}-01-01", f"{year}-12-31"))
    return desk.db(run)
