"""Enrolment between two real stores by files: HQ writes a station's enrolment file, the
station pins HQ after the phone check and answers with its signed key file, HQ pins it after
the same check, and then bundles flow both ways. A wrong fingerprint, a changed file, a file
for another station, a station HQ never enrolled and a role without rights are refused with
nothing pinned."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk import cli
from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.errors import NotAllowed
from piu_desk.core.exchange import enrolment, export, importing
from piu_desk.core.exchange.enrolment import EnrolmentRefused
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.exchange.sync.errors import UnknownPeer
from piu_desk.core.records import vessels
from piu_desk.core.store import exchange_keys as keys_repo
from tests.conftest import ADMIN, CHEAP_KDF, OFFICER, STATION, FakeClock
from tests.core.exchange_support import as_exchange_officer, audit_details
from tests.core.sync_support import EXCHANGE, HQ, KAMPOT, make_store, shared
from tests.core.test_records import a_vessel, arrive


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    clock = FakeClock()
    port = as_exchange_officer(make_store(tmp_path / "khkos", STATION, clock))
    hq = as_exchange_officer(make_store(tmp_path / "hq", HQ, clock))
    yield port, hq
    port.close()
    hq.close()


def _pinned(desk: Desk) -> list[tuple[str, str]]:
    return desk.db(lambda c: [(r.station, r.role) for r in keys_repo.peers(c)])


def _spaced(fp: str) -> str:
    """As someone types what they heard: lower case, spaces instead of dashes."""
    return fp.replace("-", " ").lower()


def test_enrolment_by_files_then_bundles_both_ways(pair: tuple[Desk, Desk],
                                                   tmp_path: Path) -> None:
    port, hq = pair
    offer = tmp_path / "khkos.enrol"
    hq_fp = enrolment.enrol_station(hq, "khkos", "Sihanoukville PIU", offer)
    assert hq_fp == enrolment.phone_fingerprint(keys.own_public(hq)) and _pinned(hq) == []
    got = enrolment.import_enrolment(port, offer, _spaced(hq_fp))
    assert got == keys.own_public(hq) and _pinned(port) == [("KHPNH", "hq")]
    answer = tmp_path / "khkos.keys"
    port_fp = enrolment.export_keys(port, answer)
    assert enrolment.pin_station(hq, answer, port_fp) == keys.own_public(port)
    assert _pinned(hq) == [("KHKOS", "station")]
    assert audit_details(hq, "exchange.enrol.prepare") == [
        ("KHKOS", f"Sihanoukville PIU, {hq_fp}")]
    assert audit_details(port, "exchange.enrol.import") == [
        ("KHPNH", f"hq, generation 1, {hq_fp}")]
    assert audit_details(port, "exchange.keys.export") == [("KHKOS", port_fp)]
    assert audit_details(hq, "exchange.enrol.pin") == [
        ("KHKOS", f"station, generation 1, {port_fp}")]

    stick = tmp_path / "stick"
    stick.mkdir()
    vid, _ = vessels.register(port, a_vessel())
    arrive(port, vid)
    done = export.export(port, None, stick)
    assert importing.import_bundle(hq, done.path).applied == 2
    assert shared(hq) == shared(port)
    back = export.export(hq, "KHKOS", stick)
    assert importing.import_bundle(port, back.path).sender == "KHPNH"


def test_a_wrong_fingerprint_pins_nothing(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    port, hq = pair
    offer = tmp_path / "khkos.enrol"
    hq_fp = enrolment.enrol_station(hq, "KHKOS", "Sihanoukville PIU", offer)
    misheard = ("B" if hq_fp[0] != "B" else "C") + hq_fp[1:]
    with pytest.raises(EnrolmentRefused, match="fingerprint"):
        enrolment.import_enrolment(port, offer, misheard)
    with pytest.raises(EnrolmentRefused, match="fingerprint"):
        enrolment.import_enrolment(port, offer, hq_fp[:-5])
    answer = tmp_path / "khkos.keys"
    port_fp = enrolment.export_keys(port, answer)
    with pytest.raises(EnrolmentRefused, match="fingerprint"):
        enrolment.pin_station(hq, answer, hq_fp)  # HQ's own, not the station's
    assert _pinned(port) == [] and _pinned(hq) == []
    assert audit_details(port, "exchange.enrol.import") == []
    enrolment.pin_station(hq, answer, port_fp)
    assert _pinned(hq) == [("KHKOS", "station")]


def _rewrite(path: Path, change: dict[str, object]) -> None:
    doc = json.loads(path.read_bytes())
    doc["body"].update(change)
    path.write_bytes(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())


def test_a_changed_enrolment_file_is_refused(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    port, hq = pair
    offer = tmp_path / "khkos.enrol"
    hq_fp = enrolment.enrol_station(hq, "KHKOS", "Sihanoukville PIU", offer)
    original = offer.read_bytes()
    _rewrite(offer, {"station_name": "Somewhere else"})
    with pytest.raises(EnrolmentRefused, match="signatures"):
        enrolment.import_enrolment(port, offer, hq_fp)
    # someone else's keys put in, with the fingerprint they would read out: HQ's
    # signatures no longer verify against the keys in the file
    other = make_store(tmp_path / "other", KAMPOT)
    try:
        forged = keys.own_public(other)
        offer.write_bytes(original)
        _rewrite(offer, {"keys": {
            "ed25519": base64.b64encode(forged.signer.ed25519).decode(),
            "ml-dsa-65": base64.b64encode(forged.signer.mldsa65).decode(),
            "age": forged.recipient.encode()}})
        with pytest.raises(EnrolmentRefused, match="signatures"):
            enrolment.import_enrolment(port, offer, enrolment.phone_fingerprint(forged))
    finally:
        other.close()
    doc = json.loads(original)
    signatures = bytearray(base64.b64decode(doc["signatures"]))
    signatures[100] ^= 1  # the ML-DSA-65 signature, the Ed25519 one intact
    doc["signatures"] = base64.b64encode(bytes(signatures)).decode()
    offer.write_bytes(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())
    with pytest.raises(EnrolmentRefused, match="signatures"):
        enrolment.import_enrolment(port, offer, hq_fp)
    offer.write_bytes(b"not a key file")
    with pytest.raises(EnrolmentRefused, match="not a key file"):
        enrolment.import_enrolment(port, offer, hq_fp)
    assert _pinned(port) == []
    offer.write_bytes(original)
    enrolment.import_enrolment(port, offer, hq_fp)
    assert _pinned(port) == [("KHPNH", "hq")]


def test_an_enrolment_for_another_station_is_refused(pair: tuple[Desk, Desk],
                                                    tmp_path: Path) -> None:
    port, hq = pair
    offer = tmp_path / "khkmt.enrol"
    hq_fp = enrolment.enrol_station(hq, "KHKMT", "Kampot PIU", offer)
    with pytest.raises(EnrolmentRefused, match="KHKMT"):
        enrolment.import_enrolment(port, offer, hq_fp)
    assert _pinned(port) == []
    # and HQ pins only a station it enrolled: KHKOS was never expected
    answer = tmp_path / "khkos.keys"
    port_fp = enrolment.export_keys(port, answer)
    with pytest.raises(EnrolmentRefused, match="not been enrolled"):
        enrolment.pin_station(hq, answer, port_fp)
    assert _pinned(hq) == []
    with pytest.raises(UnknownPeer):
        export.export(port, "KHPNH", tmp_path)
    with pytest.raises(EnrolmentRefused, match="only headquarters"):
        enrolment.enrol_station(port, "KHKMT", "Kampot PIU", tmp_path / "by-a-port.enrol")
    assert not (tmp_path / "by-a-port.enrol").exists()


def test_an_officer_can_not_enrol(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    port, hq = pair
    offer = tmp_path / "khkos.enrol"
    hq_fp = enrolment.enrol_station(hq, "KHKOS", "Sihanoukville PIU", offer)
    answer = tmp_path / "khkos.keys"
    port_fp = enrolment.export_keys(port, answer)
    for desk in (port, hq):
        desk.lock()
        desk.unlock(ADMIN[0], ADMIN[2])
        accounts.add_user(desk, NewUser(*OFFICER, frozenset({Role.OFFICER})))
        desk.lock()
        desk.unlock(OFFICER[0], OFFICER[2])
    with pytest.raises(NotAllowed):
        enrolment.enrol_station(hq, "KHKMT", "Kampot PIU", tmp_path / "khkmt.enrol")
    with pytest.raises(NotAllowed):
        enrolment.import_enrolment(port, offer, hq_fp)
    with pytest.raises(NotAllowed):
        enrolment.export_keys(port, tmp_path / "again.keys")
    with pytest.raises(NotAllowed):
        enrolment.pin_station(hq, answer, port_fp)
    assert not (tmp_path / "khkmt.enrol").exists() and not (tmp_path / "again.keys").exists()
    assert peers.listing(port) == [] and peers.listing(hq) == []


def test_enrolment_from_the_command_line(pair: tuple[Desk, Desk], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    port, hq = pair
    port.close()
    hq.close()

    def run(store: str, *argv: str) -> tuple[int, dict[str, object]]:
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{EXCHANGE[2]}\n"))
        code = cli.main([*argv, "--store", str(tmp_path / store), "--user", EXCHANGE[0],
                         "--password-stdin", "--json"], kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        out = capsys.readouterr().out
        return code, (json.loads(out) if code == 0 else {"out": out})

    offer, answer = tmp_path / "offer.enrol", tmp_path / "answer.keys"
    code, made = run("hq", "keys", "enrol-station", "--station-id", "KHKOS", "--name",
                     "Sihanoukville PIU", "--out", str(offer))
    assert code == 0 and made["station"] == "KHKOS"
    code, _ = run("khkos", "keys", "import-enrolment", str(offer), "--fingerprint",
                  "AAAA AAAA AAAA AAAA AAAA AAAA")
    assert code == 1
    code, pinned = run("khkos", "keys", "import-enrolment", str(offer), "--fingerprint",
                       _spaced(str(made["fingerprint"])))
    assert code == 0 and (pinned["station"], pinned["role"]) == ("KHPNH", "hq")
    code, sent = run("khkos", "keys", "export", "--out", str(answer))
    assert code == 0
    code, pinned = run("hq", "keys", "pin-station", str(answer), "--fingerprint",
                       str(sent["fingerprint"]))
    assert code == 0 and (pinned["station"], pinned["role"]) == ("KHKOS", "station")
