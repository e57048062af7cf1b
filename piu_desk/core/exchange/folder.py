"""One exchange through a folder (a USB stick or a shared folder): every bundle found there
is imported, each on its own and all or nothing, then this desk's next bundle is written
to the same folder.

A bundle that cannot be opened with this desk's keys, that is addressed to another
station, or that this desk wrote itself (the last exchange's, still on the stick) is
"not for this desk" and skipped; one that is damaged or forged is refused with its error,
nothing of it applied, and the others go on. A folder that cannot be read (the stick was
pulled) stops the exchange with an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import bundle, rotation
from piu_desk.core.exchange.age.errors import NoMatch
from piu_desk.core.exchange.bundle.errors import DriveUnreadable, NotForThisDesk, UnknownSigner
from piu_desk.core.exchange.export import ExportResult, bundle_peers, export, export_all
from piu_desk.core.exchange.importing import ImportResult, import_bundle
from piu_desk.core.exchange.sync.errors import UnknownPeer
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

ACTION = QT_TRANSLATE_NOOP("Actions", "exchange")
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
STEPS = 100
"""Progress steps per bundle read and for the bundle written."""


class FolderMissing(DeskError):
    def __init__(self, folder: Path) -> None:
        super().__init__(Message("Exchange", QT_TRANSLATE_NOOP(
            "Exchange", "The folder {folder} cannot be found. Plug the stick in again or "
            "choose another folder; nothing was changed."), {"folder": str(folder)}))


@dataclass(frozen=True)
class Refused:
    name: str
    error: DeskError


@dataclass
class FolderExchange:
    folder: Path
    imported: list[tuple[str, ImportResult]] = field(default_factory=list)
    not_for_desk: list[str] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    exports: list[ExportResult] = field(default_factory=list)
    """The bundles written: one at a station, one per station at HQ."""
    rotations: list[rotation.Accepted] = field(default_factory=list)
    """Peers' key rotations read before the bundles (docs/bundle-format.md, 4.4)."""

    @property
    def exported(self) -> ExportResult | None:
        """The bundle written when there was exactly one (a station's exchange)."""
        return self.exports[0] if len(self.exports) == 1 else None

    @property
    def applied(self) -> list[ImportResult]:
        return [r for _, r in self.imported if not r.duplicate]

    @property
    def replays(self) -> list[str]:
        return [name for name, r in self.imported if r.duplicate]


def bundles_in(folder: Path) -> list[Path]:
    """The finished bundles in `folder` (not `.partial` ones), oldest first: a sender's
    bundles then arrive in the order they were written."""
    if not folder.is_dir():
        raise FolderMissing(folder)
    try:
        found = [p for p in folder.iterdir()
                 if p.suffix.lower() == bundle.BUNDLE_SUFFIX and p.is_file()]
        return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))
    except OSError as exc:
        raise DriveUnreadable(str(exc)) from exc


def _not_for_me(desk: Desk, exc: DeskError) -> bool:
    if isinstance(exc, NoMatch):
        return True  # encrypted to other keys
    if isinstance(exc, NotForThisDesk):
        return exc.detail.startswith("the bundle is addressed to")
    # this desk's own earlier bundle: it opens (archive key) but its signer is not a peer
    return isinstance(exc, UnknownSigner) and repr(desk.station().locode) in exc.detail


def _rotations_in(desk: Desk, folder: Path, outcome: FolderExchange) -> None:
    """Pin the key rotations on the stick first: the bundles after them may be signed with
    the new keys."""
    try:
        found = sorted(folder.glob("*" + rotation.SUFFIX))
    except OSError as exc:
        raise DriveUnreadable(str(exc)) from exc
    for path in found:
        try:
            accepted = rotation.accept_file(desk, path)
        except UnknownPeer:  # another station's, on a shared folder
            outcome.not_for_desk.append(path.name)
            continue
        except DeskError as exc:
            outcome.refused.append(Refused(path.name, exc))
            continue
        if accepted.generations:
            outcome.rotations.append(accepted)


def _scaled(report: Progress, parts: int) -> Progress:
    """`report` expects STEPS per part; export_all reports over all its parts."""
    return lambda done, total: report(done * parts, total)


def exchange_through(desk: Desk, folder: Path, *, peer_station_id: str | None = None,
                     include_attachments: bool = True, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> FolderExchange:
    """Import every bundle in `folder` addressed to this desk, then write this desk's next
    bundle there: for `peer_station_id`, or for its one peer at a station, or for every
    pinned station at HQ (export.export_all)."""
    desk.session_or_locked(Role.EXCHANGE, action=ACTION)
    folder = Path(folder)
    found = bundles_in(folder)
    outcome = FolderExchange(folder)
    every = peer_station_id is None and desk.station().is_hq
    writes = len(bundle_peers(desk)) if every else 1
    total = (len(found) + writes) * STEPS

    def step(base: int) -> Progress:
        def report(done: int, all_: int) -> None:
            if progress is not None:
                progress(base + (done * STEPS // all_ if all_ else 0), total)
        return report
    _rotations_in(desk, folder, outcome)
    for i, path in enumerate(found):
        if cancel is not None and cancel():
            break
        try:
            result = import_bundle(desk, path, progress=step(i * STEPS), cancel=cancel)
        except DriveUnreadable:
            raise
        except DeskError as exc:
            if _not_for_me(desk, exc):
                outcome.not_for_desk.append(path.name)
            else:
                outcome.refused.append(Refused(path.name, exc))
            continue
        outcome.imported.append((path.name, result))
    if cancel is None or not cancel():
        rotation.write_rotations(desk, folder)
        if every:
            outcome.exports = export_all(desk, folder, include_attachments=include_attachments,
                                         progress=_scaled(step(len(found) * STEPS), writes),
                                         cancel=cancel)
        else:
            outcome.exports = [export(desk, peer_station_id, folder,
                                      include_attachments=include_attachments,
                                      progress=step(len(found) * STEPS), cancel=cancel)]
    return outcome
