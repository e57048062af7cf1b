"""What a bundle carries: entries of three kinds, each named by an opaque id.

An entry id is a name, never a path: 1 to 64 characters of `a-z 0-9 . _ -`, starting with a
letter or digit, and not one of the names Windows reserves for devices (`con`, `nul.txt`,
...). A reader never builds a file name from it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHANGES = "changes"
"""JSON lines of captured change records, in capture order (produced by the sync code)."""
ATTACHMENT = "attachment"
"""An attachment's bytes; the entry id is the attachment's global id."""
ACKS = "acks"
"""JSON confirming what the sender has applied from the recipient."""
KINDS = (CHANGES, ATTACHMENT, ACKS)

MAX_ID_CHARS = 64
_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"{stem}{n}" for stem in ("com", "lpt") for n in "0123456789"])


def entry_id_problem(entry_id: object) -> str | None:
    """Why `entry_id` is not a valid entry id, or None when it is."""
    if not isinstance(entry_id, str):
        return "an entry id is not a string"
    if not _ID.fullmatch(entry_id):
        return f"entry id {entry_id[:80]!r} is not 1-64 characters of a-z 0-9 . _ -"
    if entry_id.split(".", 1)[0] in _WINDOWS_DEVICES:
        return f"entry id {entry_id!r} is a device name"
    return None


def is_entry_id(entry_id: object) -> bool:
    return entry_id_problem(entry_id) is None


@dataclass(frozen=True)
class EntrySource:
    """One entry to write: `open()` gives its content, exactly `size` bytes, read as the
    entry is written (so a bundle never holds an attachment whole in memory, and only one
    source is open at a time)."""

    id: str
    kind: str
    size: int
    open: Callable[[], BinaryIO]
    sha256: str | None = None
    """The content's hash when the source already knows it (the store keeps each
    attachment's): a writer whose read-back decrypts and verifies the whole bundle uses it
    instead of hashing the bytes a second time; that read-back then catches a wrong one."""

    def __post_init__(self) -> None:
        problem = entry_id_problem(self.id)
        if problem is not None:
            raise ValueError(problem)
        if self.kind not in KINDS:
            raise ValueError(f"unknown entry kind {self.kind!r}")
        if self.size < 0:
            raise ValueError("an entry size cannot be negative")

    @classmethod
    def from_bytes(cls, entry_id: str, kind: str, data: bytes) -> EntrySource:
        return cls(entry_id, kind, len(data), lambda: io.BytesIO(data))

    @classmethod
    def from_file(cls, entry_id: str, kind: str, path: Path) -> EntrySource:
        return cls(entry_id, kind, path.stat().st_size, lambda: path.open("rb"))
