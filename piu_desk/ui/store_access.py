"""The store folder and how to open it: the core calls made before a desk exists.

Key-derivation parameters are None in production (the core's defaults); tests pass cheap
ones explicitly, as SECURITY.md allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from piu_desk.core import maintenance
from piu_desk.core.desk import Desk, store_exists
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.station import Station
from piu_desk.core.session import Clock, utc_now
from piu_desk.core.store.keys import KdfParams

ADMIN_ROLES = frozenset({Role.ADMIN, Role.SUPERVISOR})


@dataclass(frozen=True)
class StoreAccess:
    folder: Path
    kdf: KdfParams | None = None
    kdf_floor: KdfParams | None = None
    clock: Clock = field(default=utc_now)

    def _kdf_args(self) -> dict[str, Any]:
        args: dict[str, Any] = {}
        if self.kdf is not None:
            args["kdf"] = self.kdf
        if self.kdf_floor is not None:
            args["kdf_floor"] = self.kdf_floor
        return args

    def exists(self) -> bool:
        return store_exists(self.folder)

    def open(self) -> Desk:
        return Desk.open(self.folder, clock=self.clock, **self._kdf_args())

    def create(self, station: Station, username: str, full_name: str,
               password: str) -> tuple[Desk, str]:
        admin = NewUser(username, full_name, password, ADMIN_ROLES)
        return Desk.create(self.folder, station, admin, clock=self.clock, **self._kdf_args())

    def restore(self, source: Path, username: str, password: str) -> Path | None:
        """Call with the desk closed; returns where the replaced store was moved."""
        args = {"kdf_floor": self.kdf_floor} if self.kdf_floor is not None else {}
        return maintenance.restore(source, self.folder, username, password,
                                   clock=self.clock, **args)
