"""Checking a bundle without applying anything (`piu-desk exchange verify`): who sent it, to
whom, its sequence number, what it carries and whether its signatures hold against the
sender's pinned keys. Nothing is staged and nothing in the store changes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import bundle
from piu_desk.core.exchange.importing import Source, pin_lookup
from piu_desk.core.exchange.sync import keys
from piu_desk.core.store import exchange_changes as log
from piu_desk.core.text import QT_TRANSLATE_NOOP

ACTION = QT_TRANSLATE_NOOP("Actions", "exchange")
VALID = "valid"


@dataclass(frozen=True)
class Verdict:
    status: str
    """`valid`, or the name of the rule broken (the error's class)."""
    error: DeskError | None = None
    manifest: bundle.Manifest | None = None
    applied_before: bool = False

    @property
    def ok(self) -> bool:
        return self.status == VALID

    def counts(self) -> dict[str, int]:
        """Entries by kind, and their bytes."""
        if self.manifest is None:
            return {}
        kinds = Counter(e.kind for e in self.manifest.entries)
        return {**{k: kinds.get(k, 0) for k in bundle.KINDS},
                "bytes": sum(e.size for e in self.manifest.entries)}


def verify(desk: Desk, source: Source | str) -> Verdict:
    """Read and check the whole bundle as an import would (steps 1-7), without applying
    or keeping anything. A bundle that fails gives its error in the verdict."""
    desk.session_or_locked(Role.EXCHANGE, action=ACTION)
    identities = keys.identities(desk)
    path = Path(source) if isinstance(source, str) else source
    try:
        manifest = bundle.verify_bundle(path, identities, pin_lookup(desk),
                                        station=desk.station().locode)
    except DeskError as exc:
        return Verdict(type(exc).__name__, exc)
    before = desk.db(lambda c: log.was_applied(c, manifest.bundle_id))
    return Verdict(VALID, None, manifest, before)
