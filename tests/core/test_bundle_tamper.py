"""A bundle changed in any way after it was written is refused, and leaves nothing in
staging (SECURITY.md, "Tests that must exist"): cut short, extended, chunks reordered, any
bit flipped (property-based over positions); opened by the wrong desk; decrypted and
re-encrypted to someone else by a holder of the plaintext (forwarded)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import age
from piu_desk.core.exchange import bundle as b
from piu_desk.core.exchange.age.stream import SEALED_CHUNK
from tests.core.bundle_support import KEYS, Crafted, Keys, craft, read, staged_files

BUNDLE = craft(Crafted())
HEADER = age.decrypting(io.BytesIO(BUNDLE), [KEYS.hq]).header
PAYLOAD_AT = len(HEADER.raw) + 16
CHUNKS = -(-(len(BUNDLE) - PAYLOAD_AT) // SEALED_CHUNK)


def _refusal(data: bytes) -> type[DeskError] | None:
    """The error reading `data` gives (None if it reads), checking staging stays clean."""
    with tempfile.TemporaryDirectory() as folder:
        staging = Path(folder) / "staging"
        try:
            read(io.BytesIO(data), staging).remove()
        except DeskError as exc:
            assert staged_files(staging) == []
            return type(exc)
        return None


def test_the_untouched_bundle_reads_and_spans_several_chunks() -> None:
    assert _refusal(BUNDLE) is None
    assert CHUNKS >= 3


@settings(max_examples=120, deadline=None)
@given(cut=st.integers(0, len(BUNDLE) - 1))
@example(cut=PAYLOAD_AT)
@example(cut=PAYLOAD_AT + SEALED_CHUNK)
@example(cut=len(BUNDLE) - 1)
def test_cut_short_anywhere_is_refused(cut: int) -> None:
    expected = age.PayloadFailure if cut >= PAYLOAD_AT else age.HeaderFailure
    assert _refusal(BUNDLE[:cut]) is expected


@settings(max_examples=60, deadline=None)
@given(tail=st.binary(min_size=1, max_size=SEALED_CHUNK + 20))
@example(tail=BUNDLE[PAYLOAD_AT:PAYLOAD_AT + SEALED_CHUNK])  # a whole chunk repeated
def test_anything_appended_is_refused(tail: bytes) -> None:
    assert _refusal(BUNDLE + tail) is age.PayloadFailure


@settings(max_examples=200, deadline=None)
@given(position=st.integers(0, len(BUNDLE) - 1), bit=st.integers(0, 7))
@example(position=len(HEADER.raw) - 5, bit=0)  # the MAC
@example(position=len(BUNDLE) - 1, bit=7)  # the final tag
def test_any_bit_flipped_is_refused(position: int, bit: int) -> None:
    data = bytearray(BUNDLE)
    data[position] ^= 1 << bit
    refused = _refusal(bytes(data))
    assert refused is not None
    assert issubclass(refused, age.AgeError)


@settings(max_examples=30, deadline=None)
@given(order=st.permutations(range(3)).filter(lambda p: list(p) != [0, 1, 2]))
def test_full_chunks_reordered_are_refused(order: list[int]) -> None:
    chunks = [BUNDLE[PAYLOAD_AT + i * SEALED_CHUNK:PAYLOAD_AT + (i + 1) * SEALED_CHUNK]
              for i in range(3)]
    rest = BUNDLE[PAYLOAD_AT + 3 * SEALED_CHUNK:]
    data = BUNDLE[:PAYLOAD_AT] + b"".join(chunks[i] for i in order) + rest
    assert _refusal(data) is age.PayloadFailure


def test_a_chunk_dropped_is_refused() -> None:
    data = BUNDLE[:PAYLOAD_AT] + BUNDLE[PAYLOAD_AT + SEALED_CHUNK:]
    assert _refusal(data) is age.PayloadFailure


def test_another_desk_cannot_open_it(tmp_path: Path) -> None:
    other = Keys()
    with pytest.raises(age.NoMatch):
        b.read_bundle(io.BytesIO(BUNDLE), [other.hq], KEYS.pins, tmp_path / "staging")
    assert staged_files(tmp_path / "staging") == []


def test_a_bundle_for_another_station_is_refused(tmp_path: Path) -> None:
    with pytest.raises(b.NotForThisDesk, match="addressed to 'HQ'"):
        b.read_bundle(io.BytesIO(BUNDLE), [KEYS.hq], KEYS.pins, tmp_path / "s",
                      station="KHPNH")
    assert staged_files(tmp_path / "s") == []


def _reencrypted(recipients: list[age.HybridRecipient]) -> bytes:
    plain = io.BytesIO()
    age.decrypt(io.BytesIO(BUNDLE), plain, [KEYS.hq])
    plain.seek(0)
    forwarded = io.BytesIO()
    age.encrypt(plain, forwarded, recipients)
    return forwarded.getvalue()


def test_a_forwarded_bundle_is_refused(tmp_path: Path) -> None:
    """HQ (or anyone holding the plaintext) re-encrypts a station's signed bundle to a
    third desk: the signature still verifies, but not for this header and this desk."""
    third = age.HybridIdentity.generate()
    data = _reencrypted([third.recipient()])
    with pytest.raises(b.NotForThisDesk, match="age header"):
        b.read_bundle(io.BytesIO(data), [third], KEYS.pins, tmp_path / "s", station="HQ")
    assert staged_files(tmp_path / "s") == []


def test_a_bundle_re_encrypted_to_its_own_recipient_is_refused(tmp_path: Path) -> None:
    """Even to the right desk: a new header means it did not come as signed."""
    data = _reencrypted([KEYS.hq.recipient()])
    with pytest.raises(b.NotForThisDesk, match="age header"):
        read(io.BytesIO(data), tmp_path / "s")


def test_a_classic_x25519_stanza_is_refused_before_any_key_is_tried(tmp_path: Path) -> None:
    classic = age.X25519Identity.generate()
    data = craft(Crafted(), recipients=[classic.recipient()])
    with pytest.raises(age.HeaderFailure, match="'X25519' is not allowed"):
        b.read_bundle(io.BytesIO(data), [KEYS.hq], KEYS.pins, tmp_path / "s")
