"""The age header parser: hard limits hold against absurd input under a memory bound, and
the rules the test kit does not spell out (stanza count, line length, header size) give a
header failure without reading further than the limit."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Iterator

import pytest

from piu_desk.core.exchange import age
from piu_desk.core.exchange.age.header import (
    MAX_HEADER_BYTES,
    MAX_LINE_BYTES,
    MAX_STANZAS,
    read_header,
    stanza_text,
)

MAC_LINE = b"--- " + b"A" * 43 + b"\n"


class Endless(io.RawIOBase):
    """A source that repeats `pattern` for ever, counting what was taken from it."""

    def __init__(self, head: bytes, pattern: bytes) -> None:
        self.head, self.pattern, self.taken = head, pattern, 0

    def readable(self) -> bool:
        return True

    def _stream(self) -> Iterator[int]:
        yield from self.head
        while True:
            yield from self.pattern

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if not hasattr(self, "_it"):
            self._it = self._stream()
        for i in range(len(buffer)):
            buffer[i] = next(self._it)
        self.taken += len(buffer)
        return len(buffer)


@pytest.mark.parametrize(("pattern", "why"), [
    (b"-> grease\n\n", f"more than {MAX_STANZAS} recipient stanzas"),
    (b"A" * 64 + b"\n", "larger than"),
    (b"A", "too long"),
    (b"-> " + b"x" * 63 + b" ", "too long"),
])
def test_absurd_headers_fail_within_the_limits(pattern: bytes, why: str) -> None:
    head = b"age-encryption.org/v1\n" + (b"-> big\n" if pattern.startswith(b"A") else b"")
    source = io.BufferedReader(Endless(head, pattern), buffer_size=4096)
    tracemalloc.start()
    try:
        with pytest.raises(age.HeaderFailure, match=why):
            read_header(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert source.raw.taken <= MAX_HEADER_BYTES + MAX_LINE_BYTES + 8192
    assert peak < 4 * MAX_HEADER_BYTES


def _header(*stanzas: bytes) -> bytes:
    return b"age-encryption.org/v1\n" + b"".join(stanzas) + MAC_LINE


def test_exactly_the_limits_still_parse() -> None:
    many = _header(*[b"-> grease\n\n"] * MAX_STANZAS)
    assert len(read_header(io.BytesIO(many)).stanzas) == MAX_STANZAS
    longest = b"-> " + b"x" * (MAX_LINE_BYTES - 3) + b"\n\n"  # the line, LF aside
    assert read_header(io.BytesIO(_header(longest))).stanzas[0].type == "x" * (
        MAX_LINE_BYTES - 3)
    with pytest.raises(age.HeaderFailure, match="too long"):
        read_header(io.BytesIO(_header(b"-> " + b"x" * (MAX_LINE_BYTES - 2) + b"\n\n")))


def test_the_header_parser_reads_nothing_past_the_mac_line() -> None:
    source = io.BytesIO(_header(b"-> grease\n\n") + b"NONCE...")
    header = read_header(source)
    assert source.read() == b"NONCE..."
    assert header.mac_input == header.raw[:header.raw.rindex(b"---") + 3]
    assert header.stanzas == (age.Stanza(("grease",), b""),)


@pytest.mark.parametrize("body", [b"", b"x", b"y" * 47, b"z" * 48, b"w" * 96, b"v" * 100])
def test_stanza_bodies_wrap_at_64_columns_and_end_short(body: bytes) -> None:
    text = stanza_text(age.Stanza(("t", "a"), body))
    lines = text.split(b"\n")[1:-1]
    assert all(len(line) == 64 for line in lines[:-1]) and len(lines[-1]) < 64
    parsed = read_header(io.BytesIO(_header(text)))
    assert parsed.stanzas == (age.Stanza(("t", "a"), body),)


@pytest.mark.parametrize("args", [(), ("",), ("a b",), ("é",), ("tab\t",)])
def test_stanzas_with_bad_arguments_are_never_written(args: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="invalid stanza arguments"):
        stanza_text(age.Stanza(args, b""))


def test_recipients_must_be_given_and_not_mixed() -> None:
    with pytest.raises(ValueError, match="at least one recipient"):
        age.encrypt(io.BytesIO(b"x"), io.BytesIO(), [])
    mixed: list[age.Recipient] = [age.HybridIdentity.generate().recipient(),
                                  age.X25519Identity.generate().recipient()]
    with pytest.raises(ValueError, match="cannot be mixed"):
        age.encrypt(io.BytesIO(b"x"), io.BytesIO(), mixed)
