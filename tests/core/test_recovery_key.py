"""The recovery key as printed: grouped base32 with a check character per group.

A typo must be caught, and its group named, before any key derivation runs."""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piu_desk.core.errors import RecoveryKeyInvalid
from piu_desk.core.store import keys, recovery
from piu_desk.core.store.vault import Vault
from tests.conftest import StoreInfo
from tests.core.support import spy

KEYS = st.binary(min_size=32, max_size=32)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
FIXED_KEYS = [bytes(32), b"\xff" * 32, bytes(range(32)),
              *(random.Random(seed).randbytes(32) for seed in range(5))]


def groups_named(exc: pytest.ExceptionInfo[RecoveryKeyInvalid]) -> set[int]:
    match = re.search(r"group ([\d, ]+) has a typo", str(exc.value))
    assert match, str(exc.value)
    return {int(n) for n in match.group(1).split(",")}


@given(KEYS)
def test_round_trip(key: bytes) -> None:
    text = recovery.encode(key)
    assert re.fullmatch(r"([A-Z2-7]{5}-){13}[A-Z2-7]{5}", text)
    assert recovery.decode(text) == key


@given(KEYS, st.sampled_from([
    str.lower,
    lambda t: t.replace("-", " "),
    lambda t: t.replace("-", ""),
    lambda t: "  " + t.replace("-", " - ") + "\n",
    lambda t: t.replace("-", "--").swapcase(),
    lambda t: " ".join(t.replace("-", "")),
]))
def test_case_spaces_and_dashes_do_not_matter(key: bytes, variant: Callable[[str], str]) -> None:
    assert recovery.decode(variant(recovery.encode(key))) == key


def test_look_alike_digits_read_as_letters() -> None:
    for key in FIXED_KEYS:
        text = recovery.encode(key)
        typed = text.replace("O", "0").replace("I", "1").replace("B", "8").replace("G", "9")
        assert recovery.decode(typed) == key


@pytest.mark.parametrize("key", FIXED_KEYS[:4], ids=lambda k: k.hex()[:8])
def test_every_single_character_typo_is_caught_and_its_group_named(key: bytes) -> None:
    text = recovery.encode(key)
    tried = 0
    for pos, original in enumerate(text):
        if original == "-":
            continue
        group = text[:pos].count("-") + 1
        for typed in ALNUM:
            typo = text[:pos] + typed + text[pos + 1:]
            if recovery.normalise(typo) == recovery.normalise(text):
                continue  # the same character, or its look-alike digit
            with pytest.raises(RecoveryKeyInvalid) as exc:
                recovery.decode(typo)
            assert groups_named(exc) == {group}, (pos, typed, str(exc.value))
            tried += 1
    assert tried > 70 * 30


@settings(max_examples=300)
@given(KEYS, st.integers(0, 69), st.sampled_from(ALNUM), st.booleans())
def test_a_typo_in_any_key_is_named(key: bytes, index: int, typed: str, lower: bool) -> None:
    text = recovery.encode(key)
    pos = index + index // 5  # skip the dashes
    typo = text[:pos] + typed + text[pos + 1:]
    if recovery.normalise(typo) == recovery.normalise(text):
        return
    with pytest.raises(RecoveryKeyInvalid) as exc:
        recovery.decode(typo.lower() if lower else typo)
    assert groups_named(exc) == {index // 5 + 1}


@pytest.mark.parametrize("key", FIXED_KEYS[:3], ids=lambda k: k.hex()[:8])
def test_swapped_groups_are_caught_and_both_named(key: bytes) -> None:
    groups = recovery.encode(key).split("-")
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if groups[i] == groups[j]:
                continue
            swapped = list(groups)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            with pytest.raises(RecoveryKeyInvalid) as exc:
                recovery.decode("-".join(swapped))
            assert groups_named(exc) == {i + 1, j + 1}


@pytest.mark.parametrize("key", FIXED_KEYS[:3], ids=lambda k: k.hex()[:8])
def test_neighbouring_letters_swapped_inside_a_group_are_named(key: bytes) -> None:
    text = recovery.encode(key)
    for group in range(14):
        for k in range(3):  # the four key characters of the group
            pos = group * 6 + k
            if text[pos] == text[pos + 1]:
                continue
            typo = text[:pos] + text[pos + 1] + text[pos] + text[pos + 2:]
            with pytest.raises(RecoveryKeyInvalid) as exc:
                recovery.decode(typo)
            assert groups_named(exc) == {group + 1}


@pytest.mark.parametrize("cut", [1, 5, 40])
def test_missing_characters_are_counted(cut: int) -> None:
    text = recovery.encode(os.urandom(32))
    with pytest.raises(RecoveryKeyInvalid, match=f"it has {70 - cut} letters"):
        recovery.decode(text.replace("-", "")[cut:])


def test_characters_outside_the_alphabet_are_named() -> None:
    text = recovery.encode(os.urandom(32))
    with pytest.raises(RecoveryKeyInvalid) as exc:
        recovery.decode(text[:7] + "É" + text[8:])
    assert groups_named(exc) == {2}


def test_a_typo_fails_before_any_key_derivation(store: StoreInfo,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    hkdf = spy(monkeypatch, keys, "derive_recovery_kek")
    argon = spy(monkeypatch, keys, "derive_password_kek")
    vault_unlock = spy(monkeypatch, Vault, "unlock_recovery")
    text = store.recovery_key
    typo = text[:12] + ("B" if text[12] != "B" else "C") + text[13:]
    with store.open() as desk:
        with pytest.raises(RecoveryKeyInvalid) as exc:
            desk.unlock_with_recovery(typo)
        assert groups_named(exc) == {3}
        assert (vault_unlock.calls, hkdf.calls, argon.calls) == (0, 0, 0)
        assert not desk.is_unlocked
        # The spies do see the real path: the right key derives once and opens the desk.
        session = desk.unlock_with_recovery(text.lower().replace("-", " "))
        assert (vault_unlock.calls, hkdf.calls, argon.calls) == (1, 1, 0)
        assert session.via_recovery
        assert [e.action for e in desk.audit_page(0, 1)] == ["recovery.use"]


def test_a_well_formed_key_of_another_store_is_refused(store: StoreInfo,
                                                       monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    hkdf = spy(monkeypatch, keys, "derive_recovery_kek")
    with store.open() as desk:
        with pytest.raises(RecoveryKeyInvalid, match="does not open this store"):
            desk.unlock_with_recovery(recovery.encode(os.urandom(32)))
        assert hkdf.calls == 1
        assert not desk.is_unlocked


def test_a_new_recovery_key_retires_the_old_one(store: StoreInfo) -> None:
    from piu_desk.core import accounts
    from tests.conftest import ADMIN
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        new_text = accounts.new_recovery_key(desk)
        desk.lock()
        with pytest.raises(RecoveryKeyInvalid, match="does not open this store"):
            desk.unlock_with_recovery(store.recovery_key)
        assert desk.unlock_with_recovery(new_text).via_recovery

