"""Every problem of a crew row at once, in the core's own words.

The core's validator stops at the first fault; to mark every wrong cell, the field it named
is replaced by an acceptable stand-in and the row is checked again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from piu_desk.core.domain.crew import CrewMember, validate_crew_member
from piu_desk.core.errors import Invalid
from piu_desk.core.text import Message

FIELDS = ("family_name", "given_names", "rank", "nationality", "date_of_birth",
          "place_of_birth", "gender", "document_type", "document_number", "document_issuer",
          "document_expiry")
# Acceptable values for a field already reported.
STAND_INS = {field: "" for field in FIELDS} | {"family_name": "X"}


def member_of(values: dict[str, str], number: int) -> CrewMember:
    """A crew row from the texts of its cells."""
    return CrewMember(number, **{f: values.get(f, "") for f in FIELDS})  # type: ignore[arg-type]


def row_problems(member: CrewMember, today: date) -> dict[str, Message]:
    """field -> what is wrong with it; empty when the row is valid."""
    problems: dict[str, Message] = {}
    current = member
    for _ in range(len(FIELDS) + 1):
        try:
            validate_crew_member(current, today)
            break
        except Invalid as exc:
            repeated = exc.field in problems
            problems.setdefault(exc.field, exc.message)
            if repeated or exc.field not in STAND_INS:
                break
            current = replace(current, **{exc.field: STAND_INS[exc.field]})  # type: ignore[arg-type]
    return problems
