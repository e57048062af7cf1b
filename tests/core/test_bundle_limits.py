"""Hard limits hold before anything costly happens: absurd record lengths, entry counts and
sizes, age headers with endless stanzas or lines are refused within a small memory bound
(tracemalloc), and entry ids that look like paths are refused wherever they appear."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, cast

import pytest

from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import age
from piu_desk.core.exchange import bundle as b
from piu_desk.core.exchange.bundle import records
from piu_desk.core.exchange.bundle.plaintext import PlaintextWriter
from tests.core.bundle_support import KEYS, Crafted, Generated, craft, read, staged_files

MiB = 1024 * 1024
BOUND = 4 * MiB
"""Two 1 MiB copy buffers (file and entries), two age chunks, and small change."""


@contextmanager
def _peak_below(limit: int) -> Iterator[None]:
    tracemalloc.start()
    try:
        yield
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < limit, f"peak {peak / MiB:.1f} MiB"


def _record(tag: bytes, length: int, body: bytes = b"") -> Callable[[PlaintextWriter], int]:
    return lambda out: out.payload.write(records.record_head(tag, length) + body)


def _absurd_signatures(out: PlaintextWriter, manifest: bytes, signatures: bytes) -> None:
    out.record(records.MANIFEST, manifest)
    _record(records.SIGNATURES, 1 << 62)(out)


def _absurd_end(out: PlaintextWriter, manifest: bytes, signatures: bytes) -> None:
    out.closing_records(manifest, signatures)  # writes a valid end record...
    _record(records.END, 1 << 62)(out)          # ...then a second, absurd one


def _refused(tmp_path: Path, data: bytes, error: type[DeskError],
             limits: b.Limits = b.DEFAULT_LIMITS) -> DeskError:
    staging = tmp_path / "staging"
    with _peak_below(BOUND), pytest.raises(error) as raised:
        read(io.BytesIO(data), staging, limits=limits)
    assert staged_files(staging) == []
    return raised.value


@pytest.mark.parametrize(("crafted", "error"), [
    (Crafted(after_entries=_record(records.MANIFEST, (1 << 64) - 1, b"{")), b.TooLarge),
    (Crafted(after_entries=_record(records.MANIFEST, 16 * MiB + 1, b"{")), b.TooLarge),
    (Crafted(after_entries=_record(records.ENTRY, (1 << 64) - 1, b"\x01x")), b.TooLarge),
    (Crafted(after_entries=_record(records.ENTRY, (4 << 30) + 3, b"\x01x")), b.TooLarge),
    (Crafted(after_entries=_record(records.ENTRY, 1 << 40, b"\xffx")), b.BundleInvalid),
    (Crafted(after_entries=_record(records.ENTRY, 3, b"\x00")), b.BundleInvalid),
    (Crafted(after_entries=_record(records.ENTRY, 0)), b.BundleInvalid),
    (Crafted(closing=_absurd_signatures), b.BundleInvalid),
    (Crafted(closing=_absurd_end), b.BundleInvalid),
], ids=["manifest 2^64", "manifest 16 MiB + 1", "entry 2^64", "entry 4 GiB + 3",
        "id length beyond", "id length 0", "empty entry record", "signatures 2^62",
        "end 2^62"])
def test_absurd_record_lengths_are_refused_before_reading(
        tmp_path: Path, crafted: Crafted, error: type[DeskError]) -> None:
    _refused(tmp_path, craft(crafted), error)


def test_entry_count_total_and_kind_limits(tmp_path: Path) -> None:
    data = craft(Crafted())
    assert "more than 3 entries" in str(_refused(tmp_path, data, b.TooLarge,
                                                 b.Limits(entries=3)))
    _refused(tmp_path, data, b.TooLarge, b.Limits(total_bytes=100_000))
    _refused(tmp_path, data, b.TooLarge, b.Limits(entry_bytes=100_000))
    small = b.Limits(kind_bytes=(("changes", 1 << 30), ("attachment", 1000), ("acks", 99)))
    assert "attachment entry 'att-7f3e9b2c'" in str(_refused(tmp_path, data, b.TooLarge,
                                                             small))


def _age_file(header_lines: Iterator[bytes]) -> bytes:
    return b"age-encryption.org/v1\n" + b"".join(header_lines)


@pytest.mark.parametrize("data", [
    _age_file(b"-> mlkem768x25519 AAAA\nAAAA\n" for _ in range(100_000)),
    _age_file(iter([b"-> " + b"A" * (50 * MiB)])),
    _age_file(iter([b"-> mlkem768x25519 AAAA\n" + b"A" * 64 + b"\n"] * 10_000)),
], ids=["100,000 stanzas", "a 50 MiB line", "a stanza body of 10,000 lines"])
def test_age_headers_with_absurd_sizes_are_refused_within_the_bound(
        tmp_path: Path, data: bytes) -> None:
    _refused(tmp_path, data, age.HeaderFailure)


def test_a_large_bundle_is_written_and_read_in_flat_memory(tmp_path: Path) -> None:
    """64 MiB through both directions: Python allocations stay at the buffers' size."""
    size = 64 * MiB
    source = b.EntrySource("big", b.ATTACHMENT, size,
                           lambda: cast(BinaryIO, Generated(size)))
    stick = tmp_path / "stick"
    stick.mkdir()
    with _peak_below(BOUND + 2 * MiB):
        written = b.write_bundle(stick, [source], KEYS_FIELDS, KEYS.signer,
                                 KEYS.recipients, KEYS.archive)
        with read(written.path, tmp_path / "staging") as bundle:
            assert bundle.entries[0].path.stat().st_size == size


KEYS_FIELDS = b.BundleFields(b.STATION_TO_HQ, "KHKOS", "HQ", 1, b.AuditHead(1, "f" * 64))

PATHS = ["../x", "a/b", "C:\\x", "C:x", "con", "CON", "nul.txt", "com1", "lpt9.log", "",
         ".hidden", "-rf", "a\x00b", "x" * 65, "Ab", "é", "a b", "a\nb", "/etc/passwd"]


@pytest.mark.parametrize("name", PATHS)
def test_path_like_entry_ids_are_refused_in_the_stream(tmp_path: Path, name: str) -> None:
    raw = name.encode("utf-8")
    record = (records.record_head(records.ENTRY, 1 + len(raw) + 2) + bytes([len(raw)]) + raw
              + b"ab")
    error = _refused(tmp_path, craft(Crafted(after_entries=lambda out: out.payload.write(
        record))), b.BundleInvalid)
    assert "entry id" in str(error) or "id length" in str(error)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["staging"]


@pytest.mark.parametrize("name", PATHS)
def test_path_like_entry_ids_are_refused_in_the_manifest_and_by_the_writer(
        tmp_path: Path, name: str) -> None:
    listed = b.ManifestEntry(name, "attachment", 0, "00" * 32)
    _refused(tmp_path, craft(Crafted(listed=lambda es: [*es, listed])), b.BundleInvalid)
    with pytest.raises(ValueError, match="entry id"):
        b.EntrySource.from_bytes(name, b.ATTACHMENT, b"")
    assert not b.is_entry_id(name)


def test_ordinary_ids_are_names_not_paths() -> None:
    for name in ("changes-0001", "att-7f3e9b2c", "acks", "0", "a.b_c-d", "console", "x" * 64,
                 "com10", "nul-list"):
        assert b.is_entry_id(name), name
