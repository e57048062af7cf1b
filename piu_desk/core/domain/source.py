"""Human sources of the restricted register (SECURITY.md, "The source register").

A source is known everywhere by its code. Its identity, contact and notes are kept only
as ciphertext under a key that supervisors alone hold; `SourceSecret` is what a supervisor
reads, and it never goes into a tip-off, a report, a bundle, the search index or a log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from piu_desk.core.domain.inspection import clean_text_block
from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{1,23}")


@dataclass(frozen=True)
class Source:
    """What officers may see: the code and whether the source is still in use."""

    id: int | None
    code: str
    active: bool = True
    created_at: str = ""


@dataclass(frozen=True)
class SourceSecret:
    """The sealed part: supervisors only. `repr` hides it, so a stray log line cannot."""

    identity: str = field(repr=False)
    contact: str = field(default="", repr=False)
    notes: str = field(default="", repr=False)


@dataclass(frozen=True)
class Reliability:
    """The source's record, counted from its tip-offs."""

    code: str
    reports: int = 0
    graded: int = 0
    confirmed: int = 0
    not_confirmed: int = 0
    grades: tuple[tuple[str, str, int], ...] = ()  # (scheme, grade code, how many)


def validate_code(code: str) -> str:
    text = "".join((code or "").split()).upper()
    if not _CODE.fullmatch(text):
        raise Invalid("source_code", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A source code is 2 to 24 letters, digits and dashes, such as "
            "PIU-KOS-S01.")))
    return text


def validate_secret(s: SourceSecret) -> SourceSecret:
    identity = clean_text(s.identity, 300)
    if len(identity) < 2:
        raise Invalid("identity", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Enter who the source is.")))
    return SourceSecret(identity, clean_text_block(s.contact, 2000),
                        clean_text_block(s.notes, 20000))
