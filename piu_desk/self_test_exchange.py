"""The self-test's exchange check: a real exchange between the throw-away store and a
throw-away HQ made beside it. HQ enrols the store by key files (the fingerprints compared
as an officer would read them out), the store's bundle with the records and a rendered page
goes to HQ through a folder, and HQ must then hold exactly the records sent, once, with
nothing left in staging and its audit trail intact."""

from __future__ import annotations

import json
from pathlib import Path

import piu_desk
from piu_desk.core import accounts
from piu_desk.core.desk import EXCHANGE_STAGING, Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.domain.station import Station
from piu_desk.core.exchange import enrolment, export, importing, verify
from piu_desk.core.exchange.sync import capture
from piu_desk.core.records import attachments, inspections
from piu_desk.core.store import exchange_payload
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_schema import families
from piu_desk.self_test import CHEAP_KDF, PASSWORD, STATION, USER, CheckFailed

HQ = Station(name="Self-test HQ", locode="KHPNH", unit="Self-test", is_hq=True)


def _expect(condition: bool, reason: str) -> None:
    if not condition:
        raise CheckFailed(reason)


def exchange(folder: Path, desk: Desk, port_call_id: int, page: bytes) -> str:
    hq = _new_hq(folder / "hq")
    try:
        _as_exchange_officer(desk)
        papers, stick = folder / "papers", folder / "stick"
        papers.mkdir()
        stick.mkdir()
        offer, answer = papers / "station.enrol", papers / "station.keys"
        enrolment.import_enrolment(desk, offer, enrolment.enrol_station(
            hq, STATION.locode, STATION.name, offer))
        enrolment.pin_station(hq, answer, enrolment.export_keys(desk, answer))
        iid, _ = inspections.record(desk, Inspection(None, port_call_id, "2026-11-27T10:00",
                                                     (USER,)))
        attachments.add(desk, OwnerKind.INSPECTION, iid, "page.pdf", page)
        sent = export.export(desk, None, stick)
        seen = verify.verify(hq, sent.path).manifest
        _expect(seen is not None and seen.app_version == piu_desk.__version__,
                "HQ cannot verify the bundle, or it names another version")
        got = importing.import_bundle(hq, sent.path)
        _expect(not got.duplicate and got.applied == sent.records and got.conflicts == 0
                and got.waiting == 0, f"HQ applied {got.applied} of {sent.records} records "
                f"({got.conflicts} conflicts, {got.waiting} waiting)")
        _expect(got.attachments == sent.attachments == 1, "the page did not travel")
        differ = _differing(desk, hq)
        _expect(not differ, f"HQ holds other records than were sent: {differ}")
        _expect(importing.import_bundle(hq, sent.path).duplicate,
                "the same bundle again was applied again")
        staged = [p for d in (desk.folder, hq.folder) for p in
                  (d / EXCHANGE_STAGING).glob("**/*")]
        _expect(not staged, "staged entries were left behind")
        verdict = hq.verify_audit()
        _expect(verdict.ok, f"HQ's audit trail is broken: {verdict.reason}")
    finally:
        hq.close()
    return (f"{sent.records} records and the page sent to a throw-away HQ and applied there "
            f"equal ({sent.path.stat().st_size // 1024} KiB)")


def _new_hq(folder: Path) -> Desk:
    hq, _recovery = Desk.create(folder, HQ, NewUser(USER, "Self Test", PASSWORD, frozenset()),
                                kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    try:
        return _as_exchange_officer(hq)
    except BaseException:
        hq.close()
        raise


def _as_exchange_officer(desk: Desk) -> Desk:
    """The self-test account as the exchange officer and an officer too, logged in again
    with those roles."""
    session = desk.session_or_locked(action="self-test")
    accounts.set_roles(desk, USER, frozenset(session.user.roles) | {Role.EXCHANGE,
                                                                    Role.OFFICER})
    desk.lock()
    desk.unlock(USER, PASSWORD)
    return desk


def _differing(station: Desk, hq: Desk) -> list[str]:
    """The records the station has sent (and HQ not yet confirmed) that HQ does not hold
    exactly as the station does."""
    sent = list(capture.changes_for(station, HQ.locode))

    def held(conn: Connection) -> list[object]:
        fams = families(conn)
        return [exchange_payload.read(conn, fams[str(r["table"])], str(r["uid"]))
                for r in sent]
    return [f"{r['table']} {r['uid']}" for r, there in zip(sent, hq.db(held), strict=True)
            if json.loads(json.dumps(r["payload"])) != json.loads(json.dumps(there))]
