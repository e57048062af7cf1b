"""User accounts and roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    CUSTODIAN = "custodian"
    EXCHANGE = "exchange"
    ADMIN = "administrator"

    @property
    def label(self) -> str:
        """Untranslated label; the UI translates it in context "Roles"."""
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "Officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    Role.CUSTODIAN: QT_TRANSLATE_NOOP("Roles", "Equipment custodian"),
    Role.EXCHANGE: QT_TRANSLATE_NOOP("Roles", "Exchange officer"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}

USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 10


@dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    disabled: bool
    created_at: str
    language: str = "en"

    def has(self, role: Role) -> bool:
        return role in self.roles and not self.disabled


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    password: str
    roles: frozenset[Role]


def validate_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME_RE.match(name):
        raise Invalid("username", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A user name is 2 to 32 characters: lower-case letters, digits, "
            "dot, dash or underscore, starting with a letter.")))
    return name


def validate_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise Invalid("password", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A password needs at least {n} characters."), {"n": MIN_PASSWORD}))
    if password.strip() != password:
        raise Invalid("password", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A password may not begin or end with a space.")))
    return password


def validate_full_name(full_name: str) -> str:
    name = " ".join(full_name.split())
    if not 2 <= len(name) <= 120:
        raise Invalid("full_name", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Enter the person's full name (2 to 120 characters).")))
    return name


def validate_roles(roles: frozenset[Role]) -> frozenset[Role]:
    if not roles:
        raise Invalid("roles", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Give the account at least one role.")))
    return roles
