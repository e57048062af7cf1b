"""A disabled account's password opens nothing any more, whatever is put back in the file."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.errors import AccountDisabled, Invalid, StoreDamaged, WrongPassword
from piu_desk.core.store import database
from piu_desk.core.store.vault import Vault
from tests.conftest import ADMIN, CHEAP_KDF, OFFICER, SUPERVISOR, StoreInfo
from tests.core.support import read_slots, slots_for, who, write_slots


def test_a_disabled_users_password_opens_nothing(store: StoreInfo,
                                                 desk_factory: Callable[[], Desk]) -> None:
    before = read_slots(store.folder)
    vanna = who(store.folder, OFFICER[0])
    old_slots = copy.deepcopy(slots_for(before, vanna))
    old_key = Vault.load(store.folder).unlock_user(OFFICER[0], OFFICER[2],
                                                   CHEAP_KDF)[0].data_key
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.disable_user(desk, OFFICER[0])
    assert [u.disabled for u in desk.users() if u.username == OFFICER[0]] == [True]
    desk.lock()

    after = read_slots(store.folder)
    assert slots_for(after, vanna) == []
    assert [g for g in after["grants"] if g["to"] == vanna] == []
    with pytest.raises(WrongPassword):
        desk.unlock(OFFICER[0], OFFICER[2])
    # The old key she may have kept no longer opens the re-keyed database.
    assert not database.can_open(store.folder, old_key)

    # Put her old slot back into the file: it unwraps, but only the retired key.
    after["slots"] += old_slots
    write_slots(store.folder, after)
    opened = Vault.load(store.folder).unlock_user(OFFICER[0], OFFICER[2], CHEAP_KDF)
    assert [s.data_key for s in opened] == [old_key]
    desk.close()
    with store.open() as desk:
        with pytest.raises(StoreDamaged, match="no key opens the database"):
            desk.unlock(OFFICER[0], OFFICER[2])
        assert not desk.is_unlocked
        # Everyone else still gets in (and is told the file was edited).
        assert desk.unlock(SUPERVISOR[0], SUPERVISOR[2]).warnings == ["slot-file-altered"]


def test_the_whole_old_slot_file_put_back_opens_nothing(store: StoreInfo,
                                                        desk_factory: Callable[[], Desk]
                                                        ) -> None:
    old_file = read_slots(store.folder)
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.disable_user(desk, OFFICER[0])
    desk.close()
    write_slots(store.folder, old_file)
    with store.open() as desk2:
        for name, _full, password in (OFFICER, ADMIN):
            with pytest.raises(StoreDamaged):
                desk2.unlock(name, password)


def test_a_disabled_user_with_a_slot_is_still_refused(store: StoreInfo,
                                                      desk_factory: Callable[[], Desk]) -> None:
    """Enabling gives a new password; disabling again refuses at once."""
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.disable_user(desk, OFFICER[0])
    accounts.enable_user(desk, OFFICER[0], "officer-new-pass-1")
    desk.unlock(OFFICER[0], "officer-new-pass-1")
    desk.unlock(ADMIN[0], ADMIN[2])
    with pytest.raises(Invalid):
        accounts.disable_user(desk, ADMIN[0])  # not one's own account
    accounts.disable_user(desk, OFFICER[0])
    for password in (OFFICER[2], "officer-new-pass-1"):
        with pytest.raises((WrongPassword, AccountDisabled)):
            desk.unlock(OFFICER[0], password)
