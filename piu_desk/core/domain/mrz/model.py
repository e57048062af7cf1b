"""What a parsed MRZ is: the result record, its check digits and problems, and the 9303
check-digit rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from piu_desk.core.domain.mrz.codes import StateCode
from piu_desk.core.text import Message

WEIGHTS = (7, 3, 1)


class MrzFormat(StrEnum):
    TD1 = "TD1"  # ID card: 3 lines of 30
    TD2 = "TD2"  # 2 lines of 36
    TD3 = "TD3"  # passport: 2 lines of 44
    MRV_A = "MRV-A"  # visa: 2 lines of 44
    MRV_B = "MRV-B"  # visa: 2 lines of 36


@dataclass(frozen=True)
class CheckDigit:
    field: str  # document_number, date_of_birth, date_of_expiry, optional_data, composite
    expected: str
    found: str

    @property
    def ok(self) -> bool:
        return self.expected == self.found


@dataclass(frozen=True)
class Problem:
    """Something wrong in the zone; `field` names the field for inline display."""

    field: str
    message: Message


@dataclass(frozen=True)
class MrzResult:
    format: MrzFormat
    lines: tuple[str, ...]
    document_code: str  # "P", "I", "ID", ... (fillers removed)
    issuing_state: StateCode
    primary_identifier: str  # surname(s), fillers as spaces
    secondary_identifier: str  # given name(s)
    document_number: str  # in full, also when longer than 9 characters
    nationality: StateCode
    date_of_birth: date | None  # None when unknown or unreadable
    date_of_birth_raw: str  # YYMMDD as printed
    sex: str  # M, F, X, or < (unspecified)
    date_of_expiry: date | None
    date_of_expiry_raw: str
    expired: bool
    optional_data: str  # TD3: the personal number; TD1: line 1's optional data
    optional_data_2: str  # TD1: line 2's optional data; "" elsewhere
    checks: tuple[CheckDigit, ...]
    problems: tuple[Problem, ...]
    notes: tuple[Message, ...]  # worth knowing, not wrong: expired, specimen, truncated name

    @property
    def ok(self) -> bool:
        """Every check digit and field is right (an expired document can be ok)."""
        return not self.problems

    def check(self, field: str) -> CheckDigit | None:
        return next((c for c in self.checks if c.field == field), None)


def char_value(char: str) -> int:
    """0-9 as themselves, A-Z as 10-35, the filler < as 0. Anything else counts 0: it is
    reported as a misread character before any check digit is judged."""
    if "0" <= char <= "9":
        return ord(char) - ord("0")
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    return 0


def check_digit(data: str) -> str:
    """The 9303 check digit: weights 7, 3, 1 repeated, sum modulo 10.

    It sees any change of one character to another whose value differs modulo 10, but not,
    say, 0 ↔ A ↔ K ↔ U ↔ < (values 0, 10, 20, 30, 0): that is the standard's own limit."""
    return str(sum(char_value(c) * WEIGHTS[i % 3] for i, c in enumerate(data)) % 10)
