"""The demo store: a station and one account per role, with passwords that are public.

Only a store created here is marked as a demo (in its slot file and its database); the
login screen shows these passwords on a demo store and nowhere else. Later features add
their synthetic records through `DEMO_SEEDERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from piu_desk.core import (
    accounts,
    demo_equipment,
    demo_exchange,
    demo_intel,
    demo_records,
    demo_watchlist,
)
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.station import Station
from piu_desk.core.session import Clock, utc_now
from piu_desk.core.store import keys


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    password: str
    roles: frozenset[Role]


DEMO_STATION = Station(name="Sihanoukville Autonomous Port PIU", locode="KHKOS",
                       unit="Port Intelligence Unit, Preah Sihanouk")
DEMO_ADMIN = DemoAccount("admin", "Sok Dara", "demo-admin-2026",
                         frozenset({Role.ADMIN, Role.SUPERVISOR}))
DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DEMO_ADMIN,
    DemoAccount("sopheap", "Keo Sopheap", "demo-super-2026", frozenset({Role.SUPERVISOR})),
    DemoAccount("vanna", "Chan Vanna", "demo-officer-2026", frozenset({Role.OFFICER})),
    DemoAccount("rithy", "Lim Rithy", "demo-officer-2026",
                frozenset({Role.OFFICER, Role.EXCHANGE})),
    DemoAccount("chenda", "Meas Chenda", "demo-custodian-2026",
                frozenset({Role.CUSTODIAN, Role.OFFICER})),
)

Seeder = Callable[[Desk], None]
DEMO_SEEDERS: list[Seeder] = []
DEMO_SEEDERS.append(demo_records.seed)
DEMO_SEEDERS.append(demo_intel.seed)
DEMO_SEEDERS.append(demo_watchlist.seed)
DEMO_SEEDERS.append(demo_equipment.seed)


def create_demo(folder: Path, *, clock: Clock = utc_now,
                kdf: keys.KdfParams = keys.DEFAULT_KDF,
                kdf_floor: keys.KdfParams = keys.MINIMUM_KDF, exchange: bool = True) -> str:
    """Create the demo store; returns its recovery key (printed like any other).
    `exchange`: a simulated HQ enrols the station and exchanges bundles with it
    (demo_exchange); off for a test that brings an HQ of its own."""
    desk, recovery_text = Desk.create(
        folder, DEMO_STATION, NewUser(DEMO_ADMIN.username, DEMO_ADMIN.full_name,
                                      DEMO_ADMIN.password, DEMO_ADMIN.roles),
        clock=clock, kdf=kdf, kdf_floor=kdf_floor, demo=True)
    with desk:
        for account in DEMO_ACCOUNTS[1:]:
            accounts.add_user(desk, NewUser(account.username, account.full_name,
                                            account.password, account.roles))
        for seed in DEMO_SEEDERS:
            seed(desk)
    clear_first_login_flags(folder, clock, kdf, kdf_floor)
    if exchange:
        demo_exchange.exchange_with_hq(folder, demo_exchange.Params(clock, kdf, kdf_floor))
    return recovery_text


def clear_first_login_flags(folder: Path, clock: Clock, kdf: keys.KdfParams,
                             kdf_floor: keys.KdfParams) -> None:
    """Demo passwords are meant to be kept, so no account is asked to change one."""
    with Desk.open(folder, clock=clock, kdf=kdf, kdf_floor=kdf_floor) as desk:
        desk.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)
        accounts.clear_password_change(desk, [a.username for a in DEMO_ACCOUNTS])
