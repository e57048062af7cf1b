"""The master watchlist's releases at HQ, and the release a station holds.

HQ's watchlist leaves HQ only as a **release**: a supervisor publishes it with an expiry,
and it covers every watchlist change made up to that moment. A change made afterwards waits
for the next release (sync/capture.py holds it back). Each bundle HQ writes names the latest
release (`reference_version`, `reference_expires_at`); a station applies a bundle's
watchlist only when that release is not older than the one it holds and not past its
expiry at import (importing.py), so its watchlist never goes back in version, and it flags
its watchlist once the release it holds has expired.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.errors import DeskError, Invalid
from piu_desk.core.records.common import reader
from piu_desk.core.store import exchange_changes as log
from piu_desk.core.store import releases as repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

ACTION = QT_TRANSLATE_NOOP("Actions", "publish the watchlist")
VIEW = QT_TRANSLATE_NOOP("Actions", "view watchlist")
NOTE_MAX = 500


class NotHq(DeskError):
    def __init__(self) -> None:
        super().__init__(Message("Exchange", QT_TRANSLATE_NOOP(
            "Exchange", "Only headquarters publishes the master watchlist. This desk "
            "receives it from headquarters with the exchange.")))


@dataclass(frozen=True)
class Release:
    version: int
    published_at: str
    published_by: str
    expires_at: str
    entries: int
    """Entries in the master watchlist when it was published."""
    note: str


@dataclass(frozen=True)
class ReferenceStatus:
    """The release of HQ's watchlist this station holds (all None before the first)."""
    version: int | None
    expires_at: str | None
    received_at: str | None
    expired: bool
    days_left: int | None
    """Whole days until the expiry (0 on its last day, negative once past)."""


def expiry_moment(expires_on: date) -> str:
    """A release expiring "on" a date is good until the end of that day where HQ publishes
    it (the desk's local time; 16:59:59Z in Cambodia), written in UTC."""
    end = datetime.combine(expires_on, time(23, 59, 59)).astimezone()
    return end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _release(row: repo.ReleaseRow) -> Release:
    return Release(row.version, row.published_at, row.published_by, row.expires_at,
                   row.entries, row.note)


def publish(desk: Desk, expires_on: date, note: str = "") -> Release:
    """Publish the master watchlist as it stands: the next release, good until the end of
    `expires_on`. HQ only; a supervisor's act."""
    session = desk.session_or_locked(Role.SUPERVISOR, action=ACTION)
    if not desk.station().is_hq:
        raise NotHq()
    today = date.fromisoformat(desk.now()[:10])
    if expires_on <= today:
        raise Invalid("expires", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The release must expire after today ({today}). Choose a later "
            "date."), {"today": today.isoformat()}))
    clean = " ".join(note.split())
    if len(clean) > NOTE_MAX:
        raise Invalid("note", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The note is too long: at most {max} characters."),
            {"max": NOTE_MAX}))

    def run(conn: Connection) -> Release:
        previous = repo.latest(conn)
        changed = repo.recapture(conn, previous.through_seq if previous else 0, desk.now())
        through = log.last_seq(conn)
        total = int(conn.execute("SELECT count(*) FROM watchlist_entries").fetchone()[0])
        row = repo.add(conn, desk.now(), session.username, expiry_moment(expires_on),
                       through, total, clean)
        desk.audit_in(conn, "watchlist.release", f"release {row.version}",
                      f"expires {row.expires_at}; {total} entries, {changed} changed since "
                      f"the previous release; changes through #{through}")
        return _release(row)
    return desk.mutate(run)


def releases(desk: Desk) -> list[Release]:
    """Every release published at this desk, newest first."""
    reader(desk, VIEW)
    return [_release(r) for r in desk.db(repo.releases)]


def unpublished_changes(desk: Desk) -> int:
    """Master-watchlist entries changed since the latest release (all changed entries
    before the first): what the next release would carry."""
    reader(desk, VIEW)

    def run(conn: Connection) -> int:
        latest = repo.latest(conn)
        return repo.changed_entries(conn, latest.through_seq if latest else 0)
    return desk.db(run)


def status_of(row: repo.ReferenceRow | None, now: datetime) -> ReferenceStatus:
    if row is None:
        return ReferenceStatus(None, None, None, False, None)
    expires = parse_moment(row.expires_at)
    return ReferenceStatus(row.version, row.expires_at, row.received_at, now > expires,
                           (expires.date() - now.date()).days)


def reference_status(desk: Desk) -> ReferenceStatus:
    """The release of HQ's watchlist this desk holds, and whether it has expired."""
    reader(desk, VIEW)
    return status_of(desk.db(repo.reference), parse_moment(desk.now()))
