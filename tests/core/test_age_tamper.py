"""An age file changed in any way after it was written does not open (SECURITY.md, "Tests
that must exist"): cut short anywhere, extended, chunks reordered, dropped or repeated,
any single bit flipped, opened with the wrong identity. Whatever a failed decryption had
already written is a prefix of the true plaintext, never altered bytes."""

from __future__ import annotations

import io
import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from piu_desk.core.exchange import age
from piu_desk.core.exchange.age.stream import SEALED_CHUNK

CHUNK = age.CHUNK
IDENTITY = age.HybridIdentity.generate()
PLAIN = random.Random(5).randbytes(3 * CHUNK + 100)


def _seal(plain: bytes) -> tuple[bytes, int]:
    """The file and where its payload (after header and nonce) starts."""
    sealed = io.BytesIO()
    header = age.encrypt(io.BytesIO(plain), sealed, [IDENTITY.recipient()])
    return sealed.getvalue(), len(header.raw) + 16


FILE, PAYLOAD_AT = _seal(PLAIN)
CHUNK_STARTS = [PAYLOAD_AT + i * SEALED_CHUNK for i in range(4)]


def _open(data: bytes) -> tuple[type[Exception] | None, bytes]:
    out = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(data), out, [IDENTITY])
    except age.AgeError as exc:
        return type(exc), out.getvalue()
    return None, out.getvalue()


def test_the_untouched_file_opens() -> None:
    assert _open(FILE) == (None, PLAIN)


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(0, len(FILE) - 1))
@example(cut=CHUNK_STARTS[3])  # exactly the last chunk gone
@example(cut=CHUNK_STARTS[1])
@example(cut=PAYLOAD_AT)  # header and nonce only
@example(cut=PAYLOAD_AT - 1)
@example(cut=len(FILE) - 1)
def test_cut_short_anywhere_fails(cut: int) -> None:
    failure, written = _open(FILE[:cut])
    expected = age.PayloadFailure if cut >= PAYLOAD_AT else age.HeaderFailure
    assert failure is expected
    assert PLAIN.startswith(written)


@settings(max_examples=60, deadline=None)
@given(extra=st.binary(min_size=1, max_size=SEALED_CHUNK + 20))
@example(extra=FILE[CHUNK_STARTS[3]:])  # the final chunk once more
@example(extra=FILE[CHUNK_STARTS[0]:CHUNK_STARTS[1]])  # a whole chunk
def test_anything_appended_fails(extra: bytes) -> None:
    failure, written = _open(FILE + extra)
    assert failure is age.PayloadFailure
    assert PLAIN.startswith(written)


def _chunks(data: bytes) -> list[bytes]:
    return [data[s:e] for s, e in zip(CHUNK_STARTS, [*CHUNK_STARTS[1:], len(data)],
                                      strict=True)]


@settings(max_examples=40, deadline=None)
@given(order=st.permutations(range(4)).filter(lambda p: list(p) != [0, 1, 2, 3]))
def test_chunks_reordered_fail(order: list[int]) -> None:
    chunks = _chunks(FILE)
    failure, written = _open(FILE[:PAYLOAD_AT] + b"".join(chunks[i] for i in order))
    assert failure is age.PayloadFailure
    assert PLAIN.startswith(written)


@pytest.mark.parametrize("keep", [[0, 1, 3], [0, 2, 3], [1, 2, 3], [0, 1, 1, 2, 3],
                                  [0, 1, 2], [0, 1, 2, 3, 3]])
def test_chunks_dropped_or_repeated_fail(keep: list[int]) -> None:
    chunks = _chunks(FILE)
    failure, written = _open(FILE[:PAYLOAD_AT] + b"".join(chunks[i] for i in keep))
    assert failure is age.PayloadFailure
    assert PLAIN.startswith(written)


@settings(max_examples=200, deadline=None)
@given(bit=st.integers(0, 8 * len(FILE) - 1))
@example(bit=8 * (PAYLOAD_AT - 1))  # last nonce byte
@example(bit=8 * (len(FILE) - 1))  # last tag byte
@example(bit=8 * (PAYLOAD_AT - 17) - 9)  # inside the MAC
def test_any_flipped_bit_fails(bit: int) -> None:
    data = bytearray(FILE)
    data[bit // 8] ^= 1 << (bit % 8)
    failure, written = _open(bytes(data))
    if bit // 8 >= PAYLOAD_AT - 16:  # nonce or payload
        assert failure is age.PayloadFailure
    else:
        assert failure in (age.HeaderFailure, age.HmacFailure, age.NoMatch)
    assert PLAIN.startswith(written)


def test_a_stanza_from_another_file_fails_the_header_mac() -> None:
    other, _ = _seal(b"other")
    other_stanza = other[:other.index(b"\n---")]
    forged = other_stanza + FILE[FILE.index(b"\n---"):]
    assert _open(forged)[0] is age.HmacFailure


def test_the_wrong_identity_finds_no_match() -> None:
    for wrong in ([age.HybridIdentity.generate()], [age.X25519Identity.generate()], []):
        with pytest.raises(age.NoMatch) as failure:
            age.decrypt(io.BytesIO(FILE), io.BytesIO(), wrong)
        assert "not addressed to this desk" in failure.value.render()


def test_failures_are_desk_errors_with_a_message_and_a_detail() -> None:
    failure, _ = _open(FILE[:-1])
    assert failure is age.PayloadFailure
    with pytest.raises(age.PayloadFailure) as caught:
        age.decrypt(io.BytesIO(FILE[:-1]), io.BytesIO(), [IDENTITY])
    text = caught.value.render()
    assert "ask the sender for a new copy" in text and caught.value.detail in text


def test_a_reader_can_refuse_classic_stanzas_before_trying_any_key() -> None:
    classic = age.X25519Identity.generate()
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(b"x"), sealed, [classic.recipient()])
    with pytest.raises(age.HeaderFailure, match="'X25519' is not allowed"):
        age.decrypt(io.BytesIO(sealed.getvalue()), io.BytesIO(), [classic],
                    only_types={"mlkem768x25519"})
    out = io.BytesIO()
    age.decrypt(io.BytesIO(FILE), out, [IDENTITY], only_types={"mlkem768x25519"})
    assert out.getvalue() == PLAIN
