"""Grading of tip-offs: each grade carries its scheme and is never converted to another.

Admiralty (NATO, STANAG 2511), the default, written "B2":
  source reliability A completely reliable, B usually reliable, C fairly reliable,
  D not usually reliable, E unreliable, F reliability cannot be judged;
  information credibility 1 confirmed by other sources, 2 probably true, 3 possibly true,
  4 doubtful, 5 improbable, 6 truth cannot be judged.

UK 3x5x2 (College of Policing, Authorised Professional Practice "Intelligence management",
intelligence report), written "1BP":
  source evaluation 1 reliable, 2 untested, 3 not reliable;
  intelligence assessment A known directly to the source, B known indirectly to the source
  but corroborated, C known indirectly to the source, D not known, E suspected to be false;
  handling code P lawful sharing permitted, C lawful sharing permitted with conditions.
The 3x5x2 handling code is part of the grade as the scheme defines it; who may receive a
report on this desk is the tip-off's own handling code (handling.Handling).

The two schemes measure different things (3x5x2 has no "cannot be judged" for a source,
Admiralty no handling), so there is deliberately no conversion: a grade is one of two
types, grades of different schemes never compare equal and cannot be ordered, and a
stored grade is read back in the scheme it was written in, whatever the station's setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class Scheme(StrEnum):
    ADMIRALTY = "admiralty"
    UK_3X5X2 = "uk_3x5x2"


DEFAULT_SCHEME = Scheme.ADMIRALTY

SCHEME_LABELS = {
    Scheme.ADMIRALTY: QT_TRANSLATE_NOOP("Intel", "Admiralty (NATO): source A–F, information 1–6"),
    Scheme.UK_3X5X2: QT_TRANSLATE_NOOP("Intel", "UK 3x5x2: source 1–3, intelligence A–E, "
                                       "handling P or C"),
}

ADMIRALTY_SOURCE = {
    "A": QT_TRANSLATE_NOOP("Intel", "Completely reliable"),
    "B": QT_TRANSLATE_NOOP("Intel", "Usually reliable"),
    "C": QT_TRANSLATE_NOOP("Intel", "Fairly reliable"),
    "D": QT_TRANSLATE_NOOP("Intel", "Not usually reliable"),
    "E": QT_TRANSLATE_NOOP("Intel", "Unreliable"),
    "F": QT_TRANSLATE_NOOP("Intel", "Reliability cannot be judged"),
}
ADMIRALTY_INFORMATION = {
    "1": QT_TRANSLATE_NOOP("Intel", "Confirmed by other sources"),
    "2": QT_TRANSLATE_NOOP("Intel", "Probably true"),
    "3": QT_TRANSLATE_NOOP("Intel", "Possibly true"),
    "4": QT_TRANSLATE_NOOP("Intel", "Doubtful"),
    "5": QT_TRANSLATE_NOOP("Intel", "Improbable"),
    "6": QT_TRANSLATE_NOOP("Intel", "Truth cannot be judged"),
}
UK_SOURCE = {
    "1": QT_TRANSLATE_NOOP("Intel", "Reliable"),
    "2": QT_TRANSLATE_NOOP("Intel", "Untested"),
    "3": QT_TRANSLATE_NOOP("Intel", "Not reliable"),
}
UK_INTELLIGENCE = {
    "A": QT_TRANSLATE_NOOP("Intel", "Known directly to the source"),
    "B": QT_TRANSLATE_NOOP("Intel", "Known indirectly to the source but corroborated"),
    "C": QT_TRANSLATE_NOOP("Intel", "Known indirectly to the source"),
    "D": QT_TRANSLATE_NOOP("Intel", "Not known"),
    "E": QT_TRANSLATE_NOOP("Intel", "Suspected to be false"),
}
UK_HANDLING = {
    "P": QT_TRANSLATE_NOOP("Intel", "Lawful sharing permitted"),
    "C": QT_TRANSLATE_NOOP("Intel", "Lawful sharing permitted with conditions"),
}


class _Grade:
    """Grades of one scheme compare with grades of the same scheme only."""

    scheme: Scheme

    def __lt__(self, other: object) -> bool:
        raise TypeError("grades are not ordered; different schemes are never converted")

    __le__ = __gt__ = __ge__ = __lt__


@dataclass(frozen=True, eq=True)
class AdmiraltyGrade(_Grade):
    source: str  # A–F
    information: str  # 1–6
    scheme = Scheme.ADMIRALTY

    @property
    def code(self) -> str:
        return f"{self.source}{self.information}"


@dataclass(frozen=True, eq=True)
class UkGrade(_Grade):
    source: str  # 1–3
    intelligence: str  # A–E
    handling: str  # P or C
    scheme = Scheme.UK_3X5X2

    @property
    def code(self) -> str:
        return f"{self.source}{self.intelligence}{self.handling}"


Grade = AdmiraltyGrade | UkGrade


def _invalid(text: str) -> Invalid:
    return Invalid("grade", Message("Validation", text))


def validate_grade(grade: Grade) -> Grade:
    """The grade with its parts checked against its own scheme."""
    if isinstance(grade, AdmiraltyGrade):
        source, info = grade.source.strip().upper(), grade.information.strip()
        if source not in ADMIRALTY_SOURCE or info not in ADMIRALTY_INFORMATION:
            raise _invalid(QT_TRANSLATE_NOOP(
                "Validation", "An Admiralty grade is a source letter A to F and an "
                "information number 1 to 6, such as B2."))
        return AdmiraltyGrade(source, info)
    source, intel = grade.source.strip(), grade.intelligence.strip().upper()
    handling = grade.handling.strip().upper()
    if source not in UK_SOURCE or intel not in UK_INTELLIGENCE or handling not in UK_HANDLING:
        raise _invalid(QT_TRANSLATE_NOOP(
            "Validation", "A 3x5x2 grade is a source number 1 to 3, an intelligence letter "
            "A to E and a handling code P or C, such as 1BP."))
    return UkGrade(source, intel, handling)


def parse_grade(scheme: Scheme | str, code: str) -> Grade:
    """A grade written in its scheme's form ("B2" or "1BP"); Invalid for the other form."""
    text = "".join((code or "").split()).upper()
    if Scheme(scheme) == Scheme.ADMIRALTY:
        if len(text) != 2:
            raise _invalid(QT_TRANSLATE_NOOP(
                "Validation", "An Admiralty grade is a source letter A to F and an "
                "information number 1 to 6, such as B2."))
        return validate_grade(AdmiraltyGrade(text[0], text[1]))
    if len(text) != 3:
        raise _invalid(QT_TRANSLATE_NOOP(
            "Validation", "A 3x5x2 grade is a source number 1 to 3, an intelligence letter "
            "A to E and a handling code P or C, such as 1BP."))
    return validate_grade(UkGrade(text[0], text[1], text[2]))


def meaning(grade: Grade) -> tuple[Message, ...]:
    """Each part of the grade in words, in the order it is written."""
    if isinstance(grade, AdmiraltyGrade):
        return (Message("Intel", ADMIRALTY_SOURCE[grade.source]),
                Message("Intel", ADMIRALTY_INFORMATION[grade.information]))
    return (Message("Intel", UK_SOURCE[grade.source]),
            Message("Intel", UK_INTELLIGENCE[grade.intelligence]),
            Message("Intel", UK_HANDLING[grade.handling]))
