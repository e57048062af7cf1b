"""Export and import between two real stores that pinned each other's keys: what a station
writes on the stick arrives at HQ equal record for record, searchable; the same file again
changes nothing; bundles in any order end in the same state; a lost stick costs nothing;
an acknowledgement stops the resending; attachments travel, or follow later when left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.errors import NotAllowed
from piu_desk.core.exchange import bundle, export, importing, verify
from piu_desk.core.records import attachments, inspections, vessels
from piu_desk.core.store import search
from tests.conftest import ADMIN
from tests.core.exchange_support import audit_details, snapshot
from tests.core.sync_support import count, shared
from tests.core.test_records import a_vessel, arrive
from tests.core.test_sync_apply import PNG


def _vessel_and_call(desk: Desk, **changes: object) -> int:
    vid, _ = vessels.register(desk, a_vessel(**changes))
    arrive(desk, vid)
    return vid


def test_a_station_bundle_arrives_at_hq_equal_and_searchable(pair: tuple[Desk, Desk, Path]
                                                             ) -> None:
    port, hq, stick = pair
    _vessel_and_call(port)
    _vessel_and_call(port, imo="9319466", name="Sea Dragon", mmsi="533123000",
                     call_sign="9MAB2")
    done = export.export(port, None, stick)
    assert (done.peer, done.sequence, done.records) == ("KHPNH", 1, 4)
    assert [p.name for p in stick.iterdir()] == [done.path.name]
    assert done.path.suffix == ".piu" and "khkos" not in done.path.name
    got = importing.import_bundle(hq, done.path)
    assert (got.duplicate, got.applied, got.conflicts, got.waiting) == (False, 4, 0, 0)
    assert shared(hq) == shared(port) and len(shared(hq)) == 4
    hits = hq.db(lambda c: search.query(c, "sea dragon"))
    assert [h.title for h in hits if h.kind is search.Kind.VESSEL] == ["SEA DRAGON"]
    assert not (hq.folder / "exchange-staging").exists() or \
        not any((hq.folder / "exchange-staging").iterdir())


def test_the_same_file_again_changes_nothing(pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    _vessel_and_call(port)
    path = export.export(port, None, stick).path
    importing.import_bundle(hq, path)
    before = snapshot(hq)
    again = importing.import_bundle(hq, path)
    assert again.duplicate and again.applied == 0
    after = snapshot(hq)
    assert after["audit"] == before["audit"] + 1  # the attempt is in the trail
    assert {**after, "audit": 0} == {**before, "audit": 0}


def test_bundles_out_of_order_end_in_the_same_state(pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    vid = _vessel_and_call(port)
    first = export.export(port, None, stick)
    vessels.update(port, a_vessel(id=vid, name="Ocean Star II", flag="LBR"))
    _vessel_and_call(port, imo="9319466", name="Sea Dragon", mmsi="533123000",
                     call_sign="9MAB2")
    second = export.export(port, None, stick)
    assert (first.sequence, second.sequence) == (1, 2)
    late = importing.import_bundle(hq, second.path)
    assert late.applied == 4
    older = importing.import_bundle(hq, first.path)  # older versions change nothing
    assert (older.duplicate, older.applied, older.unchanged) == (False, 0, 2)
    assert shared(hq) == shared(port)
    assert hq.db(lambda c: search.query(c, "ocean star ii"))[0].title == "OCEAN STAR II"


def test_a_lost_bundle_is_carried_again_by_the_next(pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    _vessel_and_call(port)
    lost = export.export(port, None, stick)
    lost.path.unlink()  # the stick went missing
    _vessel_and_call(port, imo="9319466", name="Sea Dragon", mmsi="533123000",
                     call_sign="9MAB2")
    nxt = export.export(port, None, stick)
    assert (nxt.sequence, nxt.records) == (2, 4)
    assert importing.import_bundle(hq, nxt.path).applied == 4
    assert shared(hq) == shared(port)


def test_an_acknowledgement_stops_the_resending(pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    _vessel_and_call(port)
    assert export.export(port, None, stick).records == 2
    resent = export.export(port, None, stick)
    assert resent.records == 2  # nothing is confirmed before HQ says so
    importing.import_bundle(hq, resent.path)
    reply = export.export(hq, "KHKOS", stick)
    assert reply.records == 0  # nothing is echoed back to where it came from
    back = importing.import_bundle(port, reply.path)
    assert back.confirmed_seq > 0
    assert export.export(port, None, stick).records == 0
    vessels.update(port, a_vessel(id=1, name="Ocean Star II"))
    assert export.export(port, None, stick).records == 1


def test_attachments_travel_or_follow_later(pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    vid = _vessel_and_call(port)
    call = port.db(lambda c: c.execute("SELECT id FROM port_calls").fetchone()[0])
    iid, _ = inspections.record(port, Inspection(None, call, "2026-11-27T10:00",
                                                 ("dara",)))
    attachments.add(port, OwnerKind.INSPECTION, iid, "deck.png", PNG)
    light = export.export(port, None, stick, include_attachments=False)
    assert (light.attachments, light.attachments_left) == (0, 1)
    assert importing.import_bundle(hq, light.path).applied == 3
    assert count(hq, "SELECT count(*) FROM attachments") == 0
    importing.import_bundle(port, export.export(hq, "KHKOS", stick).path)  # the ack
    full = export.export(port, None, stick)
    assert (full.records, full.attachments) == (1, 1)  # what was left out, and only that
    assert importing.import_bundle(hq, full.path).attachments == 1
    data = hq.db(lambda c: c.execute("SELECT data FROM attachments").fetchone()[0])
    assert bytes(data) == PNG and shared(hq) == shared(port)
    assert vid == 1


def test_the_audit_trail_names_bundles_never_contents(pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    _vessel_and_call(port)
    done = export.export(port, None, stick)
    importing.import_bundle(hq, done.path)
    for desk, action in ((port, "exchange.export"), (hq, "exchange.import")):
        [(target, detail)] = audit_details(desk, action)
        assert done.bundle_id in detail and f"#{done.sequence}" in detail
        assert target == ("KHPNH" if desk is port else "KHKOS")
        assert "ocean" not in detail.lower() and ("2 records" in detail or "2 applied" in detail)


def test_a_failed_export_spends_its_number_and_marks_nothing(
        pair: tuple[Desk, Desk, Path], tmp_path: Path) -> None:
    port, hq, stick = pair
    _vessel_and_call(port)
    with pytest.raises(bundle.ExportFailed):
        export.export(port, None, tmp_path / "no-such-stick")
    [(_, detail)] = audit_details(port, "exchange.export.failed")
    assert detail.startswith("#1:")
    assert count(port, "SELECT count(*) FROM exchange_bundles_out") == 0
    done = export.export(port, None, stick)
    assert (done.sequence, done.records) == (2, 2)
    assert importing.import_bundle(hq, done.path).applied == 2


def test_verify_tells_who_to_whom_and_what_without_applying(
        pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    _vessel_and_call(port)
    done = export.export(port, None, stick)
    before = snapshot(hq)
    verdict = verify.verify(hq, done.path)
    assert verdict.ok and verdict.manifest is not None
    m = verdict.manifest
    assert (m.sender, m.recipient, m.sequence, m.kind) == ("KHKOS", "KHPNH", 1,
                                                           bundle.STATION_TO_HQ)
    assert verdict.counts() == {"changes": 1, "attachment": 0, "acks": 1,
                                "bytes": sum(e.size for e in m.entries)}
    assert not verdict.applied_before and snapshot(hq) == before
    importing.import_bundle(hq, done.path)
    assert verify.verify(hq, done.path).applied_before


def test_only_an_exchange_officer_exports_and_imports(pair: tuple[Desk, Desk, Path]) -> None:
    port, _hq, stick = pair
    port.lock()
    port.unlock(ADMIN[0], ADMIN[2])
    with pytest.raises(NotAllowed):
        export.export(port, "KHPNH", stick)
    with pytest.raises(NotAllowed):
        importing.import_bundle(port, stick / "x.piu")
    assert not list(stick.iterdir())
