"""A bundle written by one desk reads back whole at its recipient: the same entries, byte
for byte, the manifest the writer made, a random file name and nothing else left behind."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

import piu_desk
from piu_desk.core.errors import Cancelled
from piu_desk.core.exchange import age
from piu_desk.core.exchange import bundle as b
from tests.core.bundle_support import FIELDS, KEYS, Keys, entries, read, staged_files, write


def test_round_trip_gives_every_entry_back_byte_for_byte(tmp_path: Path) -> None:
    stick, staging = tmp_path / "stick", tmp_path / "staging"
    stick.mkdir()
    written = write(stick)
    with read(written.path, staging) as bundle:
        assert bundle.manifest == written.manifest
        sources = entries()
        assert [e.id for e in bundle.entries] == [s.id for s in sources]
        for staged, source in zip(bundle.entries, sources, strict=True):
            with source.open() as f:
                assert staged.path.read_bytes() == f.read()
            assert staged.kind == source.kind
            assert staged.path.parent == bundle.folder
            assert staged.path.is_relative_to(staging)
        assert len(staged_files(staging)) == 4
    assert staged_files(staging) == []


def test_the_manifest_says_who_to_whom_and_what(tmp_path: Path) -> None:
    moment = datetime(2026, 3, 1, 8, 30, 12, 999, tzinfo=UTC)
    fields = b.BundleFields(b.HQ_TO_STATION, "HQ", "KHKOS", 3, b.AuditHead(0, "0" * 64),
                            reference_expires_at=datetime(2026, 4, 1, tzinfo=UTC),
                            reference_version=12, created_at=moment)
    manifest = write(tmp_path, fields=fields).manifest
    assert (manifest.kind, manifest.sender, manifest.recipient, manifest.sequence) == (
        "hq-to-station", "HQ", "KHKOS", 3)
    assert manifest.created_at == "2026-03-01T08:30:12Z"
    assert manifest.reference_expires_at == "2026-04-01T00:00:00Z"
    assert manifest.reference_version == 12
    assert manifest.sender_keys == KEYS.signer.public().fingerprints()
    assert manifest.recipient_keys == tuple(sorted(
        hashlib.sha256(r.public).hexdigest() for r in KEYS.recipients))
    assert re.fullmatch(r"[0-9a-f]{32}", manifest.bundle_id)
    assert manifest.entries[1] == b.ManifestEntry(
        "att-7f3e9b2c", "attachment", 150_000,
        hashlib.sha256(entries()[1].open().read()).hexdigest())
    assert manifest.app_version == piu_desk.__version__


def test_each_bundle_has_its_own_id_and_random_name_and_no_partial_stays(
        tmp_path: Path) -> None:
    first, second = write(tmp_path), write(tmp_path)
    assert first.manifest.bundle_id != second.manifest.bundle_id
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([first.path.name, second.path.name])
    for name in names:
        assert re.fullmatch(r"[a-z2-7]{26}\.piu", name), name
        assert b"KHKOS" not in name.encode()


def test_the_header_hash_in_the_manifest_is_the_files_own(tmp_path: Path) -> None:
    written = write(tmp_path)
    with written.path.open("rb") as f:
        header = age.decrypting(f, [KEYS.hq]).header
    assert written.manifest.age_header_sha256 == header.sha256.hex()


def test_without_an_archive_identity_the_read_back_compares_hashes(tmp_path: Path) -> None:
    keys = Keys()
    written = b.write_bundle(tmp_path, entries(), FIELDS, keys.signer, [keys.hq.recipient()])
    assert written.manifest.recipient_keys == (b.age_fingerprint(keys.hq.recipient()),)
    with read(written.path, tmp_path / "staging", keys) as bundle:
        assert len(bundle.entries) == 4


def test_the_archive_copy_opens_with_the_desks_own_identity(tmp_path: Path) -> None:
    written = write(tmp_path)
    manifest = b.verify_bundle(written.path, [KEYS.archive], KEYS.pins)
    assert manifest == written.manifest
    assert not (tmp_path / "staging").exists()


def test_an_empty_bundle_and_an_entry_over_many_chunks_round_trip(tmp_path: Path) -> None:
    empty = write(tmp_path, items=[])
    with read(empty.path, tmp_path / "s1") as bundle:
        assert bundle.entries == ()
    big = bytes(range(256)) * 4096 * 3  # 3 MiB: 48 age chunks, 3 copy blocks
    written = write(tmp_path, items=[b.EntrySource.from_bytes("big", b.ATTACHMENT, big)])
    with read(written.path, tmp_path / "s2") as bundle:
        assert bundle.entries[0].path.read_bytes() == big


def test_entries_stream_from_files(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8" + bytes(70_000))
    entry = b.EntrySource.from_file("a-1", b.ATTACHMENT, source)
    stick = tmp_path / "stick"
    stick.mkdir()
    written = write(stick, items=[entry])
    with read(written.path, tmp_path / "staging") as bundle:
        assert bundle.entries[0].path.read_bytes() == source.read_bytes()


def test_progress_counts_up_to_the_whole_content_on_both_sides(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    total = sum(e.size for e in entries())
    written = b.write_bundle(tmp_path, entries(), FIELDS, KEYS.signer, KEYS.recipients,
                             KEYS.archive, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    read_seen: list[int] = []
    with read(written.path, tmp_path / "staging",
              progress=lambda d, t: read_seen.append(d)):
        assert read_seen[-1] == total


def test_cancel_leaves_nothing_on_either_side(tmp_path: Path) -> None:
    stick, staging = tmp_path / "stick", tmp_path / "staging"
    stick.mkdir()
    with pytest.raises(Cancelled):
        b.write_bundle(stick, entries(), FIELDS, KEYS.signer, KEYS.recipients,
                       cancel=lambda: True)
    assert list(stick.iterdir()) == []
    written = write(stick)
    with pytest.raises(Cancelled):
        read(written.path, staging, cancel=lambda: True)
    assert staged_files(staging) == []


def test_a_source_that_changed_size_is_refused_and_nothing_exported(tmp_path: Path) -> None:
    short = b.EntrySource("att-1", b.ATTACHMENT, 10, lambda: io.BytesIO(b"x"))
    long = b.EntrySource("att-2", b.ATTACHMENT, 1, lambda: io.BytesIO(b"xy"))
    for wrong in (short, long):
        with pytest.raises(b.BadEntrySource):
            write(tmp_path, items=[wrong])
    assert list(tmp_path.iterdir()) == []


def test_the_writer_refuses_what_a_reader_would(tmp_path: Path) -> None:
    twice = [b.EntrySource.from_bytes("a", b.ATTACHMENT, b"1"),
             b.EntrySource.from_bytes("a", b.ATTACHMENT, b"2")]
    with pytest.raises(ValueError, match="unique"):
        write(tmp_path, items=twice)
    with pytest.raises(b.TooLarge):
        write(tmp_path, items=[b.EntrySource.from_bytes("acks", b.ACKS, bytes(2 << 20))])
    with pytest.raises(ValueError, match="mlkem768x25519"):
        b.write_bundle(tmp_path, [], FIELDS, KEYS.signer,
                       [age.X25519Identity.generate().recipient()])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="kind"):
        b.EntrySource.from_bytes("a", "photo", b"")
    assert list(tmp_path.iterdir()) == []


def test_signing_keys_come_back_from_their_seeds() -> None:
    keys = b.SigningKeys.generate()
    again = b.SigningKeys(*keys.seeds())
    assert again.public() == keys.public()
    message = b"piu-bundle/1 manifest\n{}"
    assert keys.public().verify(message, again.sign(message)) == (True, True)


def test_fingerprints_read_out_by_phone_are_six_groups_of_four() -> None:
    fp = KEYS.signer.public().fingerprints()["ed25519"]
    shown = b.readable_fingerprint(fp)
    assert re.fullmatch(r"([A-Z2-7]{4}-){5}[A-Z2-7]{4}", shown)
    assert b.readable_fingerprint(b.fingerprint(b"other")) != shown
    assert b.readable_fingerprint("00" * 32) == "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"
