"""Round trips through the age layer: any size, above all around the 64 KiB chunk
boundaries, written and read in any slicing, to both recipient types; the streaming
writer and reader give the same bytes as the whole-file functions."""

from __future__ import annotations

import io
import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from piu_desk.core.exchange import age
from piu_desk.core.exchange.age.stream import SEALED_CHUNK

CHUNK = age.CHUNK
HYBRID = age.HybridIdentity.generate()
CLASSIC = age.X25519Identity.generate()
BOUNDARIES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK - 1, 2 * CHUNK, 2 * CHUNK + 1]


def _bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _sizes() -> st.SearchStrategy[int]:
    near = st.builds(lambda b, d: max(0, b + d), st.sampled_from(BOUNDARIES),
                     st.integers(-2, 2))
    return st.one_of(near, st.integers(0, 3 * CHUNK + 7))


def _sealed_size(plain: int) -> int:
    chunks = max(1, -(-plain // CHUNK))
    return plain + chunks * (SEALED_CHUNK - CHUNK)


@pytest.mark.parametrize("size", BOUNDARIES)
@pytest.mark.parametrize("identity", [HYBRID, CLASSIC], ids=["mlkem768x25519", "X25519"])
def test_every_chunk_boundary_round_trips(size: int,
                                          identity: age.HybridIdentity | age.X25519Identity
                                          ) -> None:
    plain = _bytes(size, size)
    sealed = io.BytesIO()
    header = age.encrypt(io.BytesIO(plain), sealed, [identity.recipient()])
    assert len(sealed.getvalue()) == len(header.raw) + 16 + _sealed_size(size)
    out = io.BytesIO()
    again = age.decrypt(io.BytesIO(sealed.getvalue()), out, [identity])
    assert out.getvalue() == plain
    assert again.raw == header.raw and again.sha256 == header.sha256


@settings(max_examples=40, deadline=None)
@given(size=_sizes(), seed=st.integers(0, 2**32), writes=st.lists(st.integers(1, 3 * CHUNK),
                                                                    min_size=1, max_size=8),
       reads=st.lists(st.integers(1, 3 * CHUNK), min_size=1, max_size=8))
@example(size=2 * CHUNK, seed=1, writes=[CHUNK], reads=[CHUNK])
@example(size=CHUNK, seed=2, writes=[1, CHUNK - 1], reads=[CHUNK + 1])
def test_streamed_in_any_slicing_round_trips(size: int, seed: int, writes: list[int],
                                              reads: list[int]) -> None:
    plain = _bytes(size, seed)
    sealed = io.BytesIO()
    header, writer = age.encrypting(sealed, [HYBRID.recipient()])
    pos, turn = 0, 0
    while pos < size:
        step = writes[turn % len(writes)]
        assert writer.write(plain[pos:pos + step]) == len(plain[pos:pos + step])
        pos, turn = pos + step, turn + 1
    writer.close()
    assert writer.size == size
    sealed.seek(0)
    opened = age.decrypting(sealed, [CLASSIC, HYBRID])
    assert opened.header.raw == header.raw
    got, turn = bytearray(), 0
    while piece := opened.payload.read(reads[turn % len(reads)]):
        got += piece
        turn += 1
    assert bytes(got) == plain
    assert opened.payload.finished


@settings(max_examples=10, deadline=None)
@given(size=_sizes(), seed=st.integers(0, 2**32))
def test_both_recipient_types_each_open_a_file_to_several(size: int, seed: int) -> None:
    others = [age.HybridIdentity.generate() for _ in range(2)]
    plain = _bytes(size, seed)
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(plain), sealed, [o.recipient() for o in others]
                + [HYBRID.recipient()])
    for identity in [*others, HYBRID]:
        out = io.BytesIO()
        age.decrypt(io.BytesIO(sealed.getvalue()), out, [identity])
        assert out.getvalue() == plain


def test_each_file_has_its_own_file_key_nonce_and_stanzas() -> None:
    first, second = io.BytesIO(), io.BytesIO()
    age.encrypt(io.BytesIO(b"same"), first, [HYBRID.recipient()])
    age.encrypt(io.BytesIO(b"same"), second, [HYBRID.recipient()])
    assert first.getvalue() != second.getvalue()
    assert first.getvalue()[-20:] != second.getvalue()[-20:]


def test_one_stanza_per_recipient_and_only_the_type_in_clear() -> None:
    sealed = io.BytesIO()
    others = [age.HybridIdentity.generate() for _ in range(2)]
    header = age.encrypt(io.BytesIO(b"x"), sealed, [o.recipient() for o in others])
    assert [s.type for s in header.stanzas] == ["mlkem768x25519"] * 2
    assert all(len(s.args) == 2 and len(s.body) == 32 for s in header.stanzas)
    text = header.raw.decode("ascii")
    assert all(o.recipient().encode()[7:40] not in text for o in others)


def test_an_aborted_writer_leaves_a_file_that_does_not_open() -> None:
    sealed = io.BytesIO()
    with pytest.raises(RuntimeError):
        _header, writer = age.encrypting(sealed, [HYBRID.recipient()])
        with writer:
            writer.write(b"x" * (CHUNK + 10))
            raise RuntimeError("the stick was pulled")
    with pytest.raises(age.PayloadFailure):
        age.decrypt(io.BytesIO(sealed.getvalue()), io.BytesIO(), [HYBRID])
    with pytest.raises(ValueError, match="closed"):
        writer.write(b"more")
