"""Who is at the desk, what changed, and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from piu_desk.core.domain.accounts import Role, User
from piu_desk.core.errors import NotAllowed

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Changes:
    """What a mutating call changed; views refresh from this one record."""

    topics: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *topics: str) -> Changes:
        return cls(frozenset(topics))

    def touches(self, topic: str) -> bool:
        return topic in self.topics


NONE = Changes()

# Warnings raised at log-in, as keys the UI and CLI translate.
WARNING_SLOT_FILE_ALTERED = "slot-file-altered"
WARNING_OLDER_DATABASE = "older-database"


@dataclass
class Session:
    user: User
    via_recovery: bool = False
    must_change_password: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def username(self) -> str:
        return self.user.username

    def has(self, role: Role) -> bool:
        return self.user.has(role)

    def require(self, *roles: Role, action: str) -> None:
        """Refuse unless the user holds one of `roles`. Every service call checks this."""
        if not any(self.user.has(r) for r in roles):
            raise NotAllowed(action)
