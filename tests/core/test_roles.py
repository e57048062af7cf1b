"""Every service checks the caller's role itself; a locked desk refuses everything."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from piu_desk.core import accounts, maintenance
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.errors import Locked, NotAllowed
from tests.conftest import ADMIN, OFFICER, SUPERVISOR, StoreInfo
from tests.core.support import all_bytes

Call = Callable[[Desk, Path], Any]
NEW = NewUser("intruder", "Not Welcome", "intruder-password-1", frozenset({Role.ADMIN}))

ADMIN_ONLY: dict[str, Call] = {
    "add_user": lambda d, _t: accounts.add_user(d, NEW),
    "set_roles": lambda d, _t: accounts.set_roles(d, OFFICER[0], frozenset(Role)),
    "set_full_name": lambda d, _t: accounts.set_full_name(d, ADMIN[0], "Someone Else"),
    "disable_user": lambda d, _t: accounts.disable_user(d, ADMIN[0]),
    "enable_user": lambda d, _t: accounts.enable_user(d, ADMIN[0], "new-password-123"),
    "reset_password": lambda d, _t: accounts.reset_password(d, ADMIN[0], "new-password-123"),
    "rotate_data_key": lambda d, _t: accounts.rotate_data_key(d, "because"),
    "new_recovery_key": lambda d, _t: accounts.new_recovery_key(d),
    "clear_password_change": lambda d, _t: accounts.clear_password_change(d, [ADMIN[0]]),
    "set_idle_lock_minutes": lambda d, _t: d.set_idle_lock_minutes(60),
}
SUPERVISOR_OR_ADMIN: dict[str, Call] = {
    "backup_to": lambda d, t: maintenance.backup_to(d, t / "stolen.piu-backup"),
    "check": lambda d, _t: maintenance.check(d),
    "audit_page": lambda d, _t: d.audit_page(0, 10),
    "audit_count": lambda d, _t: d.audit_count(),
    "verify_audit": lambda d, _t: d.verify_audit(),
    "users": lambda d, _t: d.users(),
}
SUPERVISOR_ONLY: dict[str, Call] = {
    "supervisor_key": lambda d, _t: d.supervisor_key(),
}
EVERYONE: dict[str, Call] = {
    "station": lambda d, _t: d.station(),
    "idle_lock_minutes": lambda d, _t: d.idle_lock_minutes(),
    "set_language": lambda d, _t: d.set_language("km"),
    "change_password": lambda d, _t: d.change_password("x" * 12, "y" * 12),
}
REFUSED_TO_OFFICER = ADMIN_ONLY | SUPERVISOR_OR_ADMIN | SUPERVISOR_ONLY
REFUSED_TO_SUPERVISOR = ADMIN_ONLY


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the store, where a refused backup must not appear."""
    path = tmp_path / "outside"
    path.mkdir()
    return path


def _snapshot(store: StoreInfo, outside: Path) -> tuple[dict[str, bytes], list[str]]:
    return all_bytes(store.folder), sorted(p.name for p in outside.iterdir())


@pytest.mark.parametrize("name", sorted(REFUSED_TO_OFFICER))
def test_an_officer_calling_a_service_directly_is_refused(
        desk_factory: Callable[[], Desk], store: StoreInfo, outside: Path, name: str) -> None:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    before = _snapshot(store, outside)
    with pytest.raises(NotAllowed):
        REFUSED_TO_OFFICER[name](desk, outside)
    assert _snapshot(store, outside) == before  # nothing written, not even to the audit


@pytest.mark.parametrize("name", sorted(REFUSED_TO_SUPERVISOR))
def test_a_supervisor_cannot_administer(desk_factory: Callable[[], Desk], store: StoreInfo,
                                        outside: Path, name: str) -> None:
    desk = desk_factory()
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    before = _snapshot(store, outside)
    with pytest.raises(NotAllowed):
        REFUSED_TO_SUPERVISOR[name](desk, outside)
    assert _snapshot(store, outside) == before


def test_a_supervisor_may_read_the_audit_and_back_up(desk_factory: Callable[[], Desk],
                                                     outside: Path) -> None:
    desk = desk_factory()
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    for call in (SUPERVISOR_OR_ADMIN | SUPERVISOR_ONLY).values():
        call(desk, outside)
    assert (outside / "stolen.piu-backup").exists()


def test_a_refusal_names_the_action(desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    with pytest.raises(NotAllowed, match="add account"):
        accounts.add_user(desk, NEW)


ALL_CALLS = REFUSED_TO_OFFICER | EVERYONE


@pytest.mark.parametrize("name", sorted(ALL_CALLS))
def test_a_locked_desk_refuses_every_service(desk_factory: Callable[[], Desk], outside: Path,
                                             name: str) -> None:
    desk = desk_factory()
    with pytest.raises(Locked):
        ALL_CALLS[name](desk, outside)
    desk.unlock(ADMIN[0], ADMIN[2])
    desk.lock()  # locked again after a session
    with pytest.raises(Locked):
        ALL_CALLS[name](desk, outside)
    assert list(outside.iterdir()) == []


def test_roles_are_read_from_the_database_not_the_slot_file(
        desk_factory: Callable[[], Desk]) -> None:
    """Promote the officer in the database only: the same slot now carries the new rights,
    and a demotion takes them away at once."""
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.set_roles(desk, OFFICER[0], frozenset({Role.OFFICER, Role.ADMIN}))
    desk.unlock(OFFICER[0], OFFICER[2])
    accounts.set_full_name(desk, SUPERVISOR[0], "Keo Sopheap Renamed")
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.set_roles(desk, OFFICER[0], frozenset({Role.OFFICER}))
    desk.unlock(OFFICER[0], OFFICER[2])
    with pytest.raises(NotAllowed):
        accounts.set_full_name(desk, SUPERVISOR[0], "Keo Sopheap")
