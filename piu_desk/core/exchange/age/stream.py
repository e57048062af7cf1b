"""The age payload: STREAM with ChaCha20-Poly1305 over 64 KiB chunks (C2SP age, "Payload").

Chunk i is sealed under the payload key with the nonce `i` (11 bytes, big endian) followed
by 0x01 for the final chunk and 0x00 before it, so a file cut short, reordered or extended
fails to open. The final chunk is never empty unless the whole payload is. Both directions
hold a few chunks (BATCH) in preallocated buffers, whatever the size of the file.
"""

from __future__ import annotations

from types import TracebackType
from typing import BinaryIO, Self

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from piu_desk.core.exchange.age.errors import PayloadFailure

CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
BATCH = 4
"""Chunks a writer seals per write to its sink: fewer system calls, 512 KiB of buffers."""
COUNTER_LIMIT = 1 << 88


def chunk_nonce(counter: int, last: bool) -> bytes:
    if counter >= COUNTER_LIMIT:
        raise OverflowError("STREAM chunk counter exhausted")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def write_all(sink: BinaryIO, data: memoryview) -> None:
    """Write every byte, also to a raw file whose write() may take fewer."""
    while data:
        written = sink.write(data)
        if written is None:
            raise BlockingIOError("the output cannot take data without blocking")
        data = data[written:]


def read_full(source: BinaryIO, into: memoryview) -> int:
    """Fill `into` as far as the source goes; fewer bytes than asked means end of file."""
    done = 0
    while done < len(into):
        got = source.readinto(into[done:])  # type: ignore[attr-defined]
        if not got:
            break
        done += got
    return done


class PayloadWriter:
    """Encrypts what is written to it into `sink`. Plaintext gathers in a buffer of
    BATCH chunks; when more follows a full buffer, all of it is sealed as non-final chunks
    and written in one call. close() seals what is left, the last chunk as final (the sink
    stays open)."""

    def __init__(self, sink: BinaryIO, key: bytes) -> None:
        self._sink = sink
        self._aead = ChaCha20Poly1305(key)
        self._plain = bytearray(BATCH * CHUNK)
        self._sealed = bytearray(BATCH * SEALED_CHUNK)
        self._fill = 0
        self._counter = 0
        self._closed = False
        self.size = 0
        """Plaintext bytes written so far."""

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed age payload")
        view = memoryview(data).cast("B")
        total, pos, room = len(view), 0, len(self._plain)
        while pos < total:
            if self._fill == room:
                self._seal(last=False)
            take = min(room - self._fill, total - pos)
            self._plain[self._fill:self._fill + take] = view[pos:pos + take]
            self._fill += take
            pos += take
        self.size += total
        return total

    def fill_from(self, source: BinaryIO) -> None:
        """Encrypt everything `source` holds, reading straight into the chunk buffer."""
        plain, room = memoryview(self._plain), len(self._plain)
        while True:
            if self._fill == room:
                peek = source.read(1)
                if not peek:
                    return
                self._seal(last=False)
                self._plain[0] = peek[0]
                self._fill, self.size = 1, self.size + 1
            got = read_full(source, plain[self._fill:])
            self._fill += got
            self.size += got
            if self._fill < room:
                return

    def _seal(self, last: bool) -> None:
        """Seal the buffered plaintext as chunks and write them; with `last`, the final
        chunk is the last one (an empty one only when nothing at all was written)."""
        plain, sealed = memoryview(self._plain), memoryview(self._sealed)
        chunks = max(1, -(-self._fill // CHUNK))
        out = 0
        for i in range(chunks):
            start = i * CHUNK
            size = min(CHUNK, self._fill - start)
            self._aead.encrypt_into(chunk_nonce(self._counter, last and i == chunks - 1),
                                    plain[start:start + size], None,
                                    sealed[out:out + size + TAG])
            out += size + TAG
            self._counter += 1
        write_all(self._sink, sealed[:out])
        self._fill = 0

    def close(self) -> None:
        if not self._closed:
            self._seal(last=True)
            self._closed = True

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:
            self._closed = True  # an aborted file gets no final chunk: it cannot open


class PayloadReader:
    """Decrypts the payload from `source` chunk by chunk. read()/readinto() return
    plaintext; PayloadFailure as soon as a chunk fails, and at the end unless a valid final
    chunk was read. Plaintext handed out before a failure must be thrown away."""

    def __init__(self, source: BinaryIO, key: bytes) -> None:
        self._source = source
        self._aead = ChaCha20Poly1305(key)
        self._sealed = bytearray(BATCH * SEALED_CHUNK + 1)
        self._window = (0, 0)  # sealed bytes read ahead, not yet decrypted
        self._eof = False
        self._plain = bytearray(CHUNK)
        self._start = self._end = 0
        self._counter = 0
        self._failure: PayloadFailure | None = None
        self.finished = False
        """True once the final chunk has been read and verified."""

    def _next_chunk(self) -> bool:
        """Decrypt the next chunk into the plain buffer; False once the final chunk is."""
        if self._failure is not None:
            raise self._failure
        if self.finished:
            return False
        sealed = self._read_ahead()
        got = len(sealed)
        size = min(got, SEALED_CHUNK)
        if size < TAG:
            raise PayloadFailure("the payload is cut short" if self._counter or size
                                 else "the payload has no chunk")
        if size == TAG and self._counter:
            raise PayloadFailure("the final chunk is empty")
        # A full chunk may be the last; a shorter one must be. As the reference does, a
        # full chunk is first tried as not last (so its plaintext counts even when the
        # file ends right after it, and that is reported next).
        last = self._open(sealed[:size], size < SEALED_CHUNK)
        if last and got > SEALED_CHUNK:
            self._failure = PayloadFailure("data follows the final chunk")
        self._window = (self._window[0] + size, self._window[1])
        self._start, self._end = 0, size - TAG
        self._counter += 1
        self.finished = last
        return True

    def _read_ahead(self) -> memoryview:
        """The sealed bytes at hand, at least one chunk and one byte more (to tell whether
        the chunk is the last) unless the file ends first; read BATCH chunks at a time."""
        start, end = self._window
        if end - start <= SEALED_CHUNK and not self._eof:
            self._sealed[:end - start] = self._sealed[start:end]
            end -= start
            start = 0
            got = read_full(self._source, memoryview(self._sealed)[end:])
            self._eof = end + got < len(self._sealed)
            end += got
            self._window = (start, end)
        return memoryview(self._sealed)[start:end]

    def _open(self, sealed: memoryview, must_be_last: bool) -> bool:
        """Decrypt one chunk; whether it was the final one."""
        plain = memoryview(self._plain)[:len(sealed) - TAG]
        for last in ((True,) if must_be_last else (False, True)):
            try:
                self._aead.decrypt_into(chunk_nonce(self._counter, last), sealed, None, plain)
                return last
            except InvalidTag:
                continue
        raise PayloadFailure(f"chunk {self._counter} does not authenticate (damaged, "
                             "reordered, cut short or extended)")

    def readinto(self, into: bytearray | memoryview) -> int:
        out = memoryview(into).cast("B")
        while self._start == self._end:
            if not self._next_chunk():
                return 0
        take = min(len(out), self._end - self._start)
        out[:take] = memoryview(self._plain)[self._start:self._start + take]
        self._start += take
        return take

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            parts = []
            while chunk := self.read(CHUNK):
                parts.append(chunk)
            return b"".join(parts)
        buffer = bytearray(size)
        got = self.readinto(buffer)
        return bytes(buffer[:got])

    def copy_to(self, sink: BinaryIO) -> int:
        """Write all remaining plaintext to `sink`; the number of bytes written."""
        total = self._end - self._start
        write_all(sink, memoryview(self._plain)[self._start:self._end])
        self._start = self._end
        while self._next_chunk():
            write_all(sink, memoryview(self._plain)[:self._end])
            total += self._end
            self._start = self._end
        return total
