"""Dates as shipping agents write them: always read day first.

Read: a real Excel date (already ISO text, see `sheet_text.cell_text`); 1990-04-25 (year
first, also with / or . and with a time after it); 25/04/1990, 25-04-1990, 25.04.1990 (day,
month, year; one or two digits for day and month); 25 APR 1990, 25-Apr-90, 25th April 1990
(English, French and Indonesian month names and their short forms); April 25, 1990; and an
Excel day number (5 digits, such as 32988) that lost its date format on the way.

Never guessed: 04/05/1990 is the 4th of May. A date whose day-first reading is impossible but
whose month-first reading is not (12/25/1990) is refused with a hint, not turned around.

Century rule for two-digit years, as for the MRZ: a date of birth takes the latest century
that does not put it in the future (25-Apr-90 → 1990, 01/02/05 → 2005); any other date
(document expiry, arrival) takes the year within 49 years before to 50 years after today's
year (30 → 2030, 88 → 1988). An improbable age that results is reported by the row checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from piu_desk.core.imports.sheet_text import fold, msg
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

MONTHS = {
    **dict.fromkeys(("jan", "january", "janv", "janvier", "januari"), 1),
    **dict.fromkeys(("feb", "february", "fev", "fevr", "fevrier", "februari", "pebruari"), 2),
    **dict.fromkeys(("mar", "march", "mars", "maret"), 3),
    **dict.fromkeys(("apr", "april", "avr", "avril"), 4),
    **dict.fromkeys(("may", "mai", "mei"), 5),
    **dict.fromkeys(("jun", "june", "juin", "juni"), 6),
    **dict.fromkeys(("jul", "july", "juil", "juillet", "juli"), 7),
    **dict.fromkeys(("aug", "august", "aout", "agu", "agt", "agustus"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre"), 9),
    **dict.fromkeys(("oct", "october", "octobre", "okt", "oktober"), 10),
    **dict.fromkeys(("nov", "november", "novembre", "nop", "nopember"), 11),
    **dict.fromkeys(("dec", "december", "decembre", "des", "desember"), 12),
}
EXCEL_EPOCH = date(1899, 12, 30)

_ISO = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})"
                  r"(?:[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_NUMERIC = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})")
_DAY_NAME = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})")
_NAME_DAY = re.compile(r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_SERIAL = re.compile(r"(\d{5})(?:\.0+)?")

# The same shapes, unanchored, to find a date at either end of "25/04/1990 HAI PHONG".
_ANY_DATE = (r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
             r"|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:\d{4}|\d{2})(?!\d)"
             r"|\d{1,2}(?:st|nd|rd|th)?[\s\-/.]*[a-z]{3,9}\.?[\s\-/.,]*(?:\d{4}|\d{2})(?!\d)")
_DATE_FIRST = re.compile(rf"\s*({_ANY_DATE})(?=\W|$)")
_DATE_LAST = re.compile(rf"(?:^|(?<=\W))({_ANY_DATE})\W*$")


class Century(Enum):
    PAST = "past"  # dates of birth: the latest century not in the future
    NEAR = "near"  # expiry and arrival: within -49 .. +50 years of today


@dataclass(frozen=True)
class ParsedDate:
    value: date | None
    problem: Message | None = None


def _year(two_or_four: str, month: int, day: int, century: Century, today: date) -> int:
    year = int(two_or_four)
    if len(two_or_four) == 4:
        return year
    if century is Century.PAST:
        for base in (2000, 1900):
            try:
                if date(base + year, month, day) <= today:
                    return base + year
            except ValueError:
                return base + year  # an impossible date is reported by the caller
        return 1900 + year
    low = today.year - 49
    full = (low // 100) * 100 + year
    return full if full >= low else full + 100


def _build(text: str, y: int, m: int, d: int, day_first: bool = True) -> ParsedDate:
    if day_first and 12 < m <= 31 and 1 <= d <= 12:
        return ParsedDate(None, msg(QT_TRANSLATE_NOOP(
            "Import", "'{text}' would have month {month}: dates are read day first "
            "(day/month/year). If it was written month first, correct the sheet."),
            text=text, month=m))
    try:
        return ParsedDate(date(y, m, d))
    except ValueError:
        return ParsedDate(None, msg(QT_TRANSLATE_NOOP(
            "Import", "'{text}' is not a real date: there is no day {day} in month {month} of "
            "{year}."), text=text, day=d, month=m, year=y))


def parse_date(text: str, century: Century, today: date) -> ParsedDate:
    """A date written in a sheet cell; `ParsedDate(None)` for a blank cell."""
    raw = " ".join(text.split())
    if not raw:
        return ParsedDate(None)
    s = fold(raw)
    if m := _ISO.fullmatch(s):
        return _build(raw, int(m[1]), int(m[2]), int(m[3]), day_first=False)
    if m := _NUMERIC.fullmatch(s):
        d, mo = int(m[1]), int(m[2])
        return _build(raw, _year(m[3], mo, d, century, today), mo, d)
    if (m := _DAY_NAME.fullmatch(s)) or (m := _NAME_DAY.fullmatch(s)):
        day_first = m.re is _DAY_NAME
        day, at, year = (m[1], 2, m[3]) if day_first else (m[2], 1, m[3])
        month = MONTHS.get(m[at])
        if month is None:
            return ParsedDate(None, msg(QT_TRANSLATE_NOOP(
                "Import", "'{text}': '{word}' is not the name of a month."), text=raw,
                word=raw[m.start(at):m.end(at)]))
        return _build(raw, _year(year, month, int(day), century, today), month, int(day))
    if (m := _SERIAL.fullmatch(s)) and 367 <= int(m[1]) <= 73050:
        return ParsedDate(EXCEL_EPOCH + timedelta(days=int(m[1])))
    return ParsedDate(None, msg(QT_TRANSLATE_NOOP(
        "Import", "'{text}' is not a date this import can read; write it day first, for "
        "example 25/04/1990, 25 APR 1990 or 1990-04-25."), text=raw))


def split_date(text: str) -> tuple[str, str] | None:
    """A date at the start or the end of a cell, and the rest: "25/04/1990 HAI PHONG" →
    ("25/04/1990", "HAI PHONG"); None when neither end holds one."""
    raw = " ".join(text.split())
    s = fold(raw)
    if m := _DATE_FIRST.match(s):
        return raw[m.start(1):m.end(1)], raw[m.end(1):].strip(" ,;/-–()")
    if m := _DATE_LAST.search(s):
        return raw[m.start(1):m.end(1)], raw[:m.start(1)].strip(" ,;/-–()")
    return None
