"""Memory stays flat whatever the size: a 50 MB stream is encrypted to a file and
decrypted from it with a peak of Python allocations far below the data's size (one 64 KiB
chunk in each direction, reused)."""

from __future__ import annotations

import hashlib
import io
import tracemalloc
from pathlib import Path

from piu_desk.core.exchange import age

SIZE = 50 * 1024 * 1024
PEAK_LIMIT = 2 * 1024 * 1024


class Generated(io.RawIOBase):
    """`size` bytes of a repeating pattern, produced as they are read."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.pos = 0
        self.pattern = bytes(range(256)) * 1025

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        take = min(len(buffer), self.left, 256 * 1024)
        start = self.pos % 256
        buffer[:take] = self.pattern[start:start + take]
        self.left -= take
        self.pos += take
        return take


class Digest(io.RawIOBase):
    """Hashes what is written and keeps nothing."""

    def __init__(self) -> None:
        self.hash = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: memoryview) -> int:  # type: ignore[override]
        self.hash.update(data)
        self.size += len(data)
        return len(data)


def _expected_digest() -> bytes:
    digest = hashlib.sha256()
    source = Generated(SIZE)
    while chunk := source.read(1 << 20):
        digest.update(chunk)
    return digest.digest()


def test_a_50_mb_stream_encrypts_and_decrypts_in_flat_memory(tmp_path: Path) -> None:
    identity = age.HybridIdentity.generate()
    path = tmp_path / "big.age"
    tracemalloc.start()
    try:
        with path.open("wb") as sink:
            age.encrypt(Generated(SIZE), sink, [identity.recipient()])  # type: ignore[arg-type]
        _, encrypt_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        out = Digest()
        with path.open("rb") as source:
            age.decrypt(source, out, [identity])  # type: ignore[arg-type]
        _, decrypt_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert out.size == SIZE and out.hash.digest() == _expected_digest()
    assert path.stat().st_size > SIZE
    print(f"peaks: encrypt {encrypt_peak} B, decrypt {decrypt_peak} B")
    assert encrypt_peak < PEAK_LIMIT, encrypt_peak
    assert decrypt_peak < PEAK_LIMIT, decrypt_peak
