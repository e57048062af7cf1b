"""The supervisor key (for the source register) lives only in supervisors' slots."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.errors import NotAllowed
from piu_desk.core.store.keys import KEY_BYTES
from piu_desk.core.store.vault import Vault
from tests.conftest import ADMIN, CHEAP_KDF, OFFICER, SUPERVISOR, StoreInfo
from tests.core.support import read_slots, who

NEW_SUP = NewUser("dara", "Pich Dara", "dara-password-12", frozenset({Role.SUPERVISOR}))


def _slot_secrets(store: StoreInfo, username: str, password: str) -> list[object]:
    """What the user's own slot holds, unwrapped with their password."""
    return [s.supervisor_key for s in
            Vault.load(store.folder).unlock_user(username, password, CHEAP_KDF)]


def _sup_grants(store: StoreInfo, username: str) -> list[dict[str, object]]:
    to = who(store.folder, username)
    return [g for g in read_slots(store.folder)["grants"]
            if g["to"] == to and g["kind"] == "sup"]


def _key_of(desk: Desk, username: str, password: str) -> bytes:
    desk.unlock(username, password)
    return desk.supervisor_key()


def test_only_supervisors_hold_the_key(store: StoreInfo,
                                       desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    admin_key = _key_of(desk, ADMIN[0], ADMIN[2])
    assert len(admin_key) == KEY_BYTES
    assert _key_of(desk, SUPERVISOR[0], SUPERVISOR[2]) == admin_key
    desk.unlock(OFFICER[0], OFFICER[2])
    with pytest.raises(NotAllowed):
        desk.supervisor_key()
    desk.lock()
    assert _slot_secrets(store, OFFICER[0], OFFICER[2]) == [None]
    assert _sup_grants(store, OFFICER[0]) == []
    assert _slot_secrets(store, SUPERVISOR[0], SUPERVISOR[2]) == [admin_key]
    assert _slot_secrets(store, ADMIN[0], ADMIN[2]) == [admin_key]


def test_a_new_supervisor_receives_it_through_a_grant(store: StoreInfo,
                                                      desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    admin_key = _key_of(desk, ADMIN[0], ADMIN[2])
    accounts.add_user(desk, NEW_SUP)
    desk.lock()
    # Before the first log-in: a sealed grant waits; the slot itself does not hold the key.
    assert len(_sup_grants(store, NEW_SUP.username)) == 1
    assert _slot_secrets(store, NEW_SUP.username, NEW_SUP.password) == [None]
    assert _key_of(desk, NEW_SUP.username, NEW_SUP.password) == admin_key
    desk.lock()
    assert _sup_grants(store, NEW_SUP.username) == []
    assert _slot_secrets(store, NEW_SUP.username, NEW_SUP.password) == [admin_key]


def test_a_promoted_officer_receives_it(store: StoreInfo,
                                        desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    admin_key = _key_of(desk, ADMIN[0], ADMIN[2])
    accounts.set_roles(desk, OFFICER[0], frozenset({Role.OFFICER, Role.SUPERVISOR}))
    assert _key_of(desk, OFFICER[0], OFFICER[2]) == admin_key


def test_removing_the_role_strips_the_key_at_the_next_login(
        store: StoreInfo, desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    sup_key = _key_of(desk, SUPERVISOR[0], SUPERVISOR[2])
    desk.lock()
    assert _slot_secrets(store, SUPERVISOR[0], SUPERVISOR[2]) == [sup_key]
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.set_roles(desk, SUPERVISOR[0], frozenset({Role.OFFICER}))
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    with pytest.raises(NotAllowed):
        desk.supervisor_key()
    desk.lock()
    assert _slot_secrets(store, SUPERVISOR[0], SUPERVISOR[2]) == [None]


def test_a_role_removed_before_the_first_login_never_delivers_it(
        store: StoreInfo, desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.add_user(desk, NEW_SUP)
    accounts.set_roles(desk, NEW_SUP.username, frozenset({Role.OFFICER}))
    desk.unlock(NEW_SUP.username, NEW_SUP.password)
    desk.lock()
    assert _slot_secrets(store, NEW_SUP.username, NEW_SUP.password) == [None]
    assert _sup_grants(store, NEW_SUP.username) == []


def test_the_key_survives_a_data_key_rotation(store: StoreInfo,
                                              desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    admin_key = _key_of(desk, ADMIN[0], ADMIN[2])
    accounts.rotate_data_key(desk, "routine")
    assert desk.supervisor_key() == admin_key
    assert _key_of(desk, SUPERVISOR[0], SUPERVISOR[2]) == admin_key
    desk.unlock(OFFICER[0], OFFICER[2])
    desk.lock()
    assert _slot_secrets(store, OFFICER[0], OFFICER[2]) == [None]
