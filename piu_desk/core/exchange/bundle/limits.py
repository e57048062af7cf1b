"""Hard limits of a bundle reader, checked before anything costly is read or allocated.

The age header's own limits (256 KiB, 64 stanzas, 8 KiB lines) are the age layer's
(`age.header`); these bound the inner layer. A writer refuses to exceed them too, so that
what one desk writes another accepts.
"""

from __future__ import annotations

from dataclasses import dataclass

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB


@dataclass(frozen=True)
class Limits:
    manifest_bytes: int = 16 * MiB
    """The manifest record's body (canonical JSON)."""
    entries: int = 50_000
    """Entries per bundle; 50,000 entries of the longest form fit in the manifest."""
    entry_bytes: int = 4 * GiB
    """One entry's content, whatever its kind (checked as its record starts)."""
    kind_bytes: tuple[tuple[str, int], ...] = (
        ("changes", 1 * GiB), ("attachment", 4 * GiB), ("acks", 1 * MiB))
    """Per kind, checked against the manifest once it is read."""
    total_bytes: int = 64 * GiB
    """All entries' content together: what staging may have to hold."""

    def for_kind(self, kind: str) -> int:
        return dict(self.kind_bytes).get(kind, 0)


DEFAULT_LIMITS = Limits()
