"""Shared set-up for the equipment tests: a custodian at the desk and a few items."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.asset import Asset
from piu_desk.core.equipment import assets

CUSTODIAN = ("chenda", "Meas Chenda", "custodian-pass-1")


def sample(tag: str, category: str = "Laptop", serial: str = "", **kw: object) -> Asset:
    return Asset(id=None, tag=tag, category=category, description=f"{category} {tag}",
                 make="Lenovo", model="T14", serial_number=serial or f"SN-{tag}",
                 donor="Maritime Security Programme", agreement_ref="LoA-2025-07",
                 grant_code="MSP-KH-03", handover_date="2025-06-02",
                 value_khr=4_100_000, value_usd_cents=100_000, location="Store room",
                 **kw)  # type: ignore[arg-type]


@pytest.fixture
def custodian_desk(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock("admin", "admin-password-1")
    accounts.add_user(desk, NewUser(*CUSTODIAN, frozenset({Role.CUSTODIAN, Role.OFFICER})))
    desk.unlock(CUSTODIAN[0], CUSTODIAN[2])
    return desk


def add_items(desk: Desk, *tags: str, category: str = "Laptop") -> list[int]:
    return [assets.add(desk, sample(t, category))[0] for t in tags]
