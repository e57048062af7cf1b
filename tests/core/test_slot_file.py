"""The key-slot file is untrusted: altered slots are refused (or read as a wrong password
where the two cannot be told apart), other users still log in and are warned, absurd key
derivation parameters are refused without running Argon2, and a garbled file is reported
as damage rather than a crash."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError, SlotTampered, StoreDamaged, WrongPassword
from piu_desk.core.store import keys
from tests.conftest import ADMIN, CHEAP_KDF, OFFICER, SUPERVISOR, StoreInfo, create_store
from tests.core.support import (
    flip_b64,
    flip_hex,
    only_slot,
    read_slots,
    slot_path,
    spy,
    who,
    write_slots,
)

Tamper = Callable[[dict[str, Any]], None]


def _set(field: str, value: object) -> Tamper:
    def tamper(slot: dict[str, Any]) -> None:
        slot[field] = value
    return tamper


def _flip(field: str) -> Tamper:
    def tamper(slot: dict[str, Any]) -> None:
        slot[field] = flip_b64(slot[field])
    return tamper


def _kdf(field: str, value: Callable[[Any], Any]) -> Tamper:
    def tamper(slot: dict[str, Any]) -> None:
        slot["kdf"][field] = value(slot["kdf"][field])
    return tamper


# (tamper, error for the slot's owner, why)
CASES: dict[str, tuple[Tamper, type[DeskError]]] = {
    # The password is right (the key check value matches) but the AEAD tag fails.
    "ciphertext": (_flip("ct"), SlotTampered),
    "nonce": (_flip("nonce"), SlotTampered),
    # Bound into the associated data: the tag fails under the right key.
    "generation": (lambda s: s.update(gen=s["gen"] + 1), SlotTampered),
    "slot-id": (lambda s: s.update(id=flip_hex(s["id"], 3)), SlotTampered),
    "kind": (_set("kind", "recovery"), SlotTampered),
    # The key check value itself: the slot still opens under the right key, so the
    # change is seen as tampering, not as a wrong password (which would also back off).
    "key-check-value": (_flip("kcv"), SlotTampered),
    # The slot is no longer addressed to the user: to the desk the user has no slot, the
    # same as an unknown name, so it can only say "wrong user name or password".
    "who": (lambda s: s.update(who=flip_hex(s["who"])), WrongPassword),
    # The salt or a cost parameter (within bounds) feeds Argon2: another key comes out, which
    # is exactly what a wrong password looks like.
    "salt": (_kdf("salt", flip_b64), WrongPassword),
    "memory-cost": (_kdf("m", lambda m: m + 1), WrongPassword),
    "iterations": (_kdf("t", lambda t: t + 1), WrongPassword),
}


def _tamper_slot(folder: Path, username: str, tamper: Tamper) -> None:
    obj = read_slots(folder)
    tamper(only_slot(obj, who(folder, username)))
    write_slots(folder, obj)


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_changed_slot_field_is_refused_and_others_still_log_in(store: StoreInfo,
                                                                 case: str) -> None:
    tamper, expected = CASES[case]
    _tamper_slot(store.folder, OFFICER[0], tamper)
    with store.open() as desk:
        with pytest.raises(expected):
            desk.unlock(OFFICER[0], OFFICER[2])
        assert not desk.is_unlocked
        session = desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
        assert session.warnings == ["slot-file-altered"]
        warning = desk.audit_page(0, 10, action_prefix="store.warning")
        assert [(e.actor, e.detail) for e in warning] == [("sopheap", "slot-file-altered")]
        desk.unlock(ADMIN[0], ADMIN[2])  # the file is signed afresh by that log-in
        assert desk.session is not None and desk.session.warnings == []


def test_an_untouched_file_gives_no_warning(store: StoreInfo) -> None:
    with store.open() as desk:
        for name, _full, password in (OFFICER, SUPERVISOR, ADMIN):
            assert desk.unlock(name, password).warnings == []


@pytest.mark.parametrize("part", ["other-slot", "grant", "state", "mac", "demo"])
def test_changing_any_signed_part_warns_at_the_next_login(store: StoreInfo, part: str) -> None:
    obj = read_slots(store.folder)
    if part == "other-slot":
        only_slot(obj, who(store.folder, OFFICER[0]))["ct"] = flip_b64(
            only_slot(obj, who(store.folder, OFFICER[0]))["ct"])
    elif part == "grant":
        obj["grants"].append({"to": "recovery", "kind": "data", "gen": 7, "epk": "AA==",
                              "nonce": "AA==", "ct": "AA=="})
    elif part == "state":
        obj["state"]["counter"] -= 1
    elif part == "mac":
        obj["mac"] = flip_hex(obj["mac"])
    else:
        obj["demo"] = True
    write_slots(store.folder, obj)
    with store.open() as desk:
        assert desk.unlock(ADMIN[0], ADMIN[2]).warnings == ["slot-file-altered"]
        assert desk.audit_page(0, 10, action_prefix="store.warning")[0].detail == \
            "slot-file-altered"


@pytest.mark.parametrize("field,value", [
    ("m", 2 ** 40), ("m", 4 * 1024 * 1024 + 1), ("m", -1), ("m", 0), ("m", float("inf")),
    ("m", float("nan")), ("m", "lots"), ("m", None), ("m", [8192]),
    ("t", 10 ** 9), ("t", 0), ("p", 0), ("p", 4096), ("p", -2),
    ("alg", "pbkdf2"), ("salt", "AAAA"), ("salt", "not base64!"),
])
def test_absurd_kdf_parameters_are_refused_without_running_argon2(
        store: StoreInfo, monkeypatch: pytest.MonkeyPatch, field: str, value: object) -> None:
    _tamper_slot(store.folder, ADMIN[0], _kdf(field, lambda _old: value))
    argon2 = spy(monkeypatch, keys, "derive_password_kek")
    with store.open() as desk:
        with pytest.raises(SlotTampered):
            desk.unlock(ADMIN[0], ADMIN[2])
        assert argon2.calls == 0
        desk.unlock(OFFICER[0], OFFICER[2])
        assert argon2.calls == 1


def test_slots_weaker_than_the_floor_are_refused(store: StoreInfo,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The test store's cheap slots are below the production floor: a desk opened with the
    production floor refuses them, so nobody can weaken a slot by editing the file."""
    argon2 = spy(monkeypatch, keys, "derive_password_kek")
    with Desk.open(store.folder, clock=store.clock) as desk, pytest.raises(SlotTampered):
        desk.unlock(ADMIN[0], ADMIN[2])
    assert argon2.calls == 0


@pytest.mark.parametrize("content", [
    b"", b"\x00" * 100, b"\xff\xfe garbage \x80\x81", b'{"format": "piu-keyslots/1", "db',
    b"[]", b'{"format": "piu-keyslots/9", "db_id": "00"}', b'{"format": "piu-keyslots/1"}',
    b'{"format": "piu-keyslots/1", "db_id": "not hex"}',
    b'{"format": "piu-keyslots/1", "db_id": "00", "slots": 7}',
])
def test_a_garbled_slot_file_is_reported_as_damage(store: StoreInfo, content: bytes) -> None:
    slot_path(store.folder).write_bytes(content)
    for _ in range(2):  # and the failed open let go of the store
        with pytest.raises(StoreDamaged, match="key-slot file unreadable"):
            store.open()


def test_random_bytes_over_the_slot_file_are_damage(store: StoreInfo) -> None:
    path = slot_path(store.folder)
    data = bytearray(path.read_bytes())
    for i in range(0, len(data), 7):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged) as exc:
        store.open()
    assert "damaged" in str(exc.value)
    assert "key-slot file unreadable" in str(exc.value)


# -- property: no change to the file's structure ends in anything but a DeskError --------
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=6)


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> StoreInfo:
    info = create_store(tmp_path_factory.mktemp("template") / "store")
    # A failed log-in, so the file has a failures entry too.
    with info.open() as desk, pytest.raises(WrongPassword):
        desk.unlock(SUPERVISOR[0], "wrong-password-x")
    return info


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_structural_change_to_the_slot_file_is_a_desk_error(
        template: StoreInfo, tmp_path_factory: pytest.TempPathFactory,
        data: st.DataObject) -> None:
    original = read_slots(template.folder)
    paths = _paths(original)
    obj = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        value = data.draw(JSON_VALUES)
        if not path:
            obj = value
            break
        parent = obj
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    folder = tmp_path_factory.mktemp("fuzz") / "store"
    shutil.copytree(template.folder, folder)
    (folder / "keyslots.json").write_text(json.dumps(obj))
    for name, _full, password in (ADMIN, OFFICER, SUPERVISOR):
        try:
            desk = Desk.open(folder, clock=template.clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        except DeskError:
            return
        try:
            desk.unlock(name, password)
            desk.lock()
        except DeskError:
            pass
        finally:
            desk.close()


def test_backoff_state_read_from_the_file_cannot_hang_or_lock_out(store: StoreInfo) -> None:
    admin, officer, sup = (who(store.folder, u[0]) for u in (ADMIN, OFFICER, SUPERVISOR))
    now = store.clock().isoformat()
    obj = read_slots(store.folder)
    obj["failures"] = {
        admin: {"count": 10 ** 30, "last": now},  # 2 ** 10 ** 30 would never finish
        officer: {"count": 9, "last": "2099-01-01T00:00:00+00:00"},  # a clock set ahead
        sup: {"count": "many", "last": "2026-11-28T08:00:00", "times": 3},  # no zone, junk
    }
    write_slots(store.folder, obj)
    with store.open() as desk:
        assert desk.backoff_seconds(ADMIN[0]) == 900
        assert desk.backoff_seconds(OFFICER[0]) == 0
        assert desk.backoff_seconds(SUPERVISOR[0]) == 0
        with pytest.raises(WrongPassword):
            desk.unlock(SUPERVISOR[0], "wrong-password-x")
        desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
        failed = desk.audit_page(0, 10, action_prefix="login.failed")
        assert [(e.target, e.at) for e in failed] == [("sopheap", store.clock().isoformat())]


def test_only_real_times_from_the_file_reach_the_audit_trail(store: StoreInfo) -> None:
    obj = read_slots(store.folder)
    obj["failures"] = {who(store.folder, SUPERVISOR[0]): {
        "count": 3, "last": "2026-11-28T07:00:00+00:00",
        "times": ["2026-11-28T07:00:00+00:00", "login forged by an editor", 12, None]}}
    write_slots(store.folder, obj)
    with store.open() as desk:
        desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
        failed = desk.audit_page(0, 10, action_prefix="login.failed")
        assert [e.at for e in failed] == ["2026-11-28T07:00:00+00:00"]
