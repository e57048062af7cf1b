"""Export and import in flat memory: an export makes its `changes` entries page by page as
the writer reaches them, the writer checks entries made on the way one at a time, the apply
reads the staged records again instead of holding them, and an attachment entry beyond what
a desk takes in is refused before anything is applied."""

from __future__ import annotations

import hashlib
import io
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.domain.vessel import Vessel
from piu_desk.core.exchange import bundle, export, importing
from piu_desk.core.exchange.bundle.plaintext import PlaintextWriter
from piu_desk.core.exchange.sync import applying, capture, keys
from piu_desk.core.records import attachments, inspections, vessels
from piu_desk.core.store import bulk, database
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_payload import ChangeInvalid
from tests.core.bundle_support import FIELDS, KEYS
from tests.core.sync_support import count, records_for, shared
from tests.core.test_records import a_vessel, arrive
from tests.core.test_sync_apply import PNG


def _fleet(desk: Desk, first: int, n: int) -> None:
    """`n` vessels more, through the bulk loader (the capture triggers log each)."""
    def fill(conn: Connection) -> None:
        with bulk.loading(conn, database.db_path(desk.folder)):
            bulk.vessels(conn, [Vessel(i, f"VESSEL {i}", "PAN", owner_operator="Star Line "
                                       + "x" * 300, uid=f"v{i:09d}", origin="KHKOS")
                                for i in range(first, first + n)],
                         "2026-11-30T12:00:00+00:00", "bench")
    desk.db(fill)


def _entries(path: Path, hq: Desk) -> list[tuple[str, int]]:
    manifest = bundle.verify_bundle(path, keys.identities(hq), importing.pin_lookup(hq))
    return [(e.kind, e.size) for e in manifest.entries]


def test_changes_go_in_entries_of_bounded_size_and_all_arrive(
        pair: tuple[Desk, Desk, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    port, hq, stick = pair
    _fleet(port, 1, 23)
    monkeypatch.setattr(export, "LINES_PER_ENTRY", 5)
    monkeypatch.setattr(capture, "PAGE", 4)  # pages that do not line up with the entries
    done = export.export(port, None, stick)
    assert done.records == 23
    assert [kind for kind, _ in _entries(done.path, hq)] == ["changes"] * 5 + ["acks"]
    got = importing.import_bundle(hq, done.path)
    assert (got.applied, got.waiting) == (23, 0) and shared(hq) == shared(port)
    monkeypatch.setattr(export, "ENTRY_BYTES", 1000)  # lines of 400-600 bytes
    again = export.export(port, None, stick)
    sizes = [size for kind, size in _entries(again.path, hq) if kind == "changes"]
    assert len(sizes) > 5 and sum(sizes) == sum(s for k, s in _entries(done.path, hq)
                                                 if k == "changes")
    assert all(1000 <= size < 1000 + 700 for size in sizes[:-1]), sizes


def test_an_export_makes_each_entry_only_when_the_writer_reaches_it(
        pair: tuple[Desk, Desk, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    port, _hq, stick = pair
    _fleet(port, 1, 12)
    monkeypatch.setattr(export, "LINES_PER_ENTRY", 4)
    events: list[str] = []
    scan, entry = capture.scan, PlaintextWriter.entry

    def scanning(*args: object, **kwargs: object) -> capture.Batch:
        batch = scan(*args, **kwargs)  # type: ignore[arg-type]
        events.append(f"scan {len(batch.records)}")
        return batch

    def writing(self: object, source: bundle.EntrySource, *args: object) -> object:
        events.append(f"write {source.id}")
        return entry(self, source, *args)  # type: ignore[arg-type]
    monkeypatch.setattr(capture, "scan", scanning)
    monkeypatch.setattr(capture, "PAGE", 4)
    monkeypatch.setattr(PlaintextWriter, "entry", writing)
    export.export(port, None, stick)
    assert events == ["scan 4", "write changes-0001", "scan 4", "write changes-0002",
                      "scan 4", "write changes-0003", "scan 0", "write acks"]


def test_export_and_import_memory_does_not_grow_with_the_records(
        pair: tuple[Desk, Desk, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Peak Python memory for 400 records, then for 1,600 more: one page and one entry at
    a time, however many (the database's own cache is not Python memory)."""
    port, hq, stick = pair
    monkeypatch.setattr(export, "LINES_PER_ENTRY", 100)
    monkeypatch.setattr(capture, "PAGE", 50)
    peaks = []
    for first, n in ((1, 400), (401, 1600)):
        _fleet(port, first, n)
        tracemalloc.start()
        try:
            done = export.export(port, None, stick)
            out = tracemalloc.get_traced_memory()[1]
            tracemalloc.reset_peak()
            got = importing.import_bundle(hq, done.path)
            peaks.append((out, tracemalloc.get_traced_memory()[1]))
        finally:
            tracemalloc.stop()
        assert got.applied == n and done.records == n
        importing.import_bundle(port, export.export(hq, "KHKOS", stick).path)  # the ack
    (small_out, small_in), (large_out, large_in) = peaks
    # held whole, 1,200 records more would take over 2 MB (~2 KB each as objects)
    assert large_out < small_out + 700_000, peaks
    assert large_in < small_in + 700_000, peaks


def test_entries_made_on_the_way_are_checked_before_they_are_written(
        tmp_path: Path) -> None:
    made: list[str] = []

    def entries(*sizes: tuple[str, str, int]) -> Iterator[bundle.EntrySource]:
        for entry_id, kind, size in sizes:
            made.append(entry_id)
            yield bundle.EntrySource.from_bytes(entry_id, kind, b"x" * size)
    small = bundle.Limits(entries=2, kind_bytes=(("changes", 10), ("attachment", 10),
                                                 ("acks", 10)))
    for case, error in ((entries(("a", "changes", 3), ("b", "changes", 11)), bundle.TooLarge),
                        (entries(("a", "changes", 3), ("a", "acks", 2)), ValueError),
                        (entries(("a", "changes", 3), ("b", "acks", 2), ("c", "acks", 2)),
                         bundle.TooLarge)):
        with pytest.raises(error):
            bundle.write_bundle(tmp_path, case, FIELDS, KEYS.signer, KEYS.recipients,
                                KEYS.archive, limits=small)
        assert list(tmp_path.iterdir()) == []  # nothing half-written left behind
    assert made == ["a", "b", "a", "a", "a", "b", "c"]


def test_an_attachment_beyond_the_intake_limit_is_refused_before_applying(
        pair: tuple[Desk, Desk, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    port, hq, stick = pair
    vid, _ = vessels.register(port, a_vessel())
    iid, _ = inspections.record(port, Inspection(None, arrive(port, vid), "2026-11-27T10:00",
                                                 ("dara",)))
    attachments.add(port, OwnerKind.INSPECTION, iid, "deck.png", PNG)
    path = export.export(port, None, stick).path
    monkeypatch.setattr(importing, "MAX_ATTACHMENT", len(PNG) - 1)
    with pytest.raises(bundle.TooLarge) as refused:
        importing.import_bundle(hq, path)
    assert "attachment" in refused.value.detail
    assert count(hq, "SELECT count(*) FROM vessels") == 0
    assert count(hq, "SELECT count(*) FROM exchange_bundles_in") == 0
    monkeypatch.undo()
    assert importing.import_bundle(hq, path).attachments == 1


def test_apply_takes_records_read_again_and_a_one_pass_iterator(
        pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, _stick = pair
    vid, _ = vessels.register(port, a_vessel())
    arrive(port, vid)
    records = records_for(port, "KHPNH")
    passes: list[int] = []

    class Again:
        def __iter__(self) -> Iterator[object]:
            passes.append(1)
            yield from reversed(records)  # the call before its vessel: still in order
    first = applying.apply_bundle(hq, "KHKOS", "01" * 16, 1, Again())
    assert (len(first.report.applied), first.report.parked) == (2, 0) and len(passes) >= 3
    vessels.update(port, a_vessel(id=vid, name="Ocean Star II"))
    second = applying.apply_bundle(hq, "KHKOS", "02" * 16, 2,
                                   iter(records_for(port, "KHPNH")))
    assert (len(second.report.applied), second.report.skipped) == (1, 1)  # the call as it was
    assert shared(hq) == shared(port)


def test_a_parked_record_sent_again_is_applied_or_parked_once(
        pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, _stick = pair
    vid, _ = vessels.register(port, a_vessel())
    arrive(port, vid)
    vessel, call = records_for(port, "KHPNH")
    applying.apply_bundle(hq, "KHKOS", "01" * 16, 1, [call])
    applying.apply_bundle(hq, "KHKOS", "02" * 16, 2, [call])  # parked and sent again
    assert count(hq, "SELECT count(*) FROM exchange_parked") == 1
    done = applying.apply_bundle(hq, "KHKOS", "03" * 16, 3, [call, vessel])
    assert (len(done.report.applied), done.report.skipped, done.report.parked) == (2, 0, 0)
    assert shared(hq) == shared(port)


def test_staged_records_sort_by_kind_on_the_first_pass(tmp_path: Path) -> None:
    lines = [{"table": t, "op": op, "n": n} for n, (t, op) in enumerate(
        [("vessels", "create"), ("port_calls", "update"), ("vessels", "delete"),
         ("vessels", "update"), ("watchlist_entries", "create")])]
    entry = tmp_path / "0.entry"
    entry.write_bytes(b"".join(json.dumps(r).encode() + b"\n\n" for r in lines))
    staged = importing._Staged([entry, entry], tmp_path)
    assert list(staged) == lines * 2  # in stream order, each entry in turn
    assert [r["n"] for r in staged.of("vessels", False)] == [0, 3, 0, 3]  # type: ignore
    assert [r["n"] for r in staged.of("vessels", True)] == [2, 2]  # type: ignore
    assert list(staged.of("crew_lists", False)) == []
    assert list(staged) == lines * 2  # again, from the entries
    kept = staged.without("watchlist_entries")
    assert [r["n"] for r in kept.of("port_calls", False)] == [1, 1]  # type: ignore
    assert list(kept.of("watchlist_entries", False)) == []
    assert len(list(kept)) == 8
    entry.write_bytes(b'{"table": "vessels"}\nnot json\n')
    with pytest.raises(ChangeInvalid, match="line 2"):
        list(importing._Staged([entry], tmp_path))


def test_a_known_hash_is_taken_only_where_the_read_back_verifies_it(tmp_path: Path) -> None:
    """The store's own hash of an attachment spares hashing its bytes again when the
    bundle is read back whole; a wrong one fails that read-back and leaves nothing."""
    data = b"photo bytes" * 1000
    right, wrong = hashlib.sha256(data).hexdigest(), hashlib.sha256(b"other").hexdigest()
    for known in (right, wrong):
        entry = bundle.EntrySource(right, bundle.ATTACHMENT, len(data),
                                   lambda: io.BytesIO(data), sha256=known)
        if known == wrong:
            with pytest.raises(bundle.ExportNotVerified):
                bundle.write_bundle(tmp_path, [entry], FIELDS, KEYS.signer, KEYS.recipients,
                                    KEYS.archive)
            assert list(tmp_path.iterdir()) == []
        else:
            written = bundle.write_bundle(tmp_path, [entry], FIELDS, KEYS.signer,
                                          KEYS.recipients, KEYS.archive)
            assert written.manifest.entries[0].sha256 == right
            written.path.unlink()
        # without the archive identity the read-back only compares the file: bytes hashed
        plain = bundle.write_bundle(tmp_path, [entry], FIELDS, KEYS.signer, KEYS.recipients)
        assert plain.manifest.entries[0].sha256 == right
        plain.path.unlink()
