"""Machine-readable zones (ICAO Doc 9303): TD3 passports (2 lines of 44), TD2 (2 of 36), TD1
ID cards (3 of 30), and the visa layouts MRV-A (2 of 44) and MRV-B (2 of 36).

`parse_mrz` reads the text a desk MRZ reader types (CR, LF or CRLF between lines, stray spaces,
lower case from a misconfigured reader) and refuses only what cannot be laid out: a wrong
number of lines or a line of the wrong length, saying which. Everything else — each check
digit, dates, codes, characters — is reported in the result as problems (the zone is wrong)
or notes (worth knowing: expired, truncated name, specimen code), so the officer sees all of
it at once. Pure: `today` is passed in, nothing is read or written.
"""

from __future__ import annotations

import contextlib
import re
import string
from dataclasses import dataclass
from datetime import date

from piu_desk.core.domain.mrz.codes import SPECIMEN_CODE, StateCode, lookup_state
from piu_desk.core.domain.mrz.model import (
    CheckDigit,
    MrzFormat,
    MrzResult,
    Problem,
    check_digit,
)
from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

C = "Mrz"
ALPHABET = frozenset(string.ascii_uppercase + string.digits + "<")
_UPPER = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)


@dataclass(frozen=True)
class _Layout:
    """Where each field sits, as indexes into the lines joined end to end."""

    lines: int
    length: int
    name: tuple[int, int]
    number: int  # 9 characters, then the check digit
    nationality: int
    birth: int  # YYMMDD, then the check digit
    sex: int
    expiry: int
    optional: tuple[int, int]
    optional_check: bool  # TD3: the personal number has its own check digit after it
    optional_2: tuple[int, int] | None
    composite: tuple[tuple[int, int], ...]  # () when the layout has no composite check digit
    overflow: bool  # a document number longer than 9 continues in the optional data


LAYOUTS = {
    MrzFormat.TD3: _Layout(2, 44, (5, 44), 44, 54, 57, 64, 65, (72, 86), True, None,
                           ((44, 54), (57, 64), (65, 87)), False),
    MrzFormat.MRV_A: _Layout(2, 44, (5, 44), 44, 54, 57, 64, 65, (72, 88), False, None, (),
                             False),
    MrzFormat.TD2: _Layout(2, 36, (5, 36), 36, 46, 49, 56, 57, (64, 71), False, None,
                           ((36, 46), (49, 56), (57, 71)), True),
    MrzFormat.MRV_B: _Layout(2, 36, (5, 36), 36, 46, 49, 56, 57, (64, 72), False, None, (),
                             False),
    MrzFormat.TD1: _Layout(3, 30, (60, 90), 5, 45, 30, 37, 38, (15, 30), False, (48, 59),
                           ((5, 30), (30, 37), (38, 45), (48, 59)), True),
}
DOCUMENT_CODES = {MrzFormat.TD3: "P", MrzFormat.TD2: "ACI", MrzFormat.TD1: "ACI",
                  MrzFormat.MRV_A: "V", MrzFormat.MRV_B: "V"}


def _msg(source: str, /, **args: object) -> Message:
    return Message(C, source, dict(args))


# -- lines --------------------------------------------------------------------------------
def split_lines(text: str) -> list[str]:
    """The non-blank lines, trimmed and upper-cased; one line of 88, 72 or 90 characters (a
    reader that sent no line breaks) is cut into its two or three lines."""
    lines = [line.strip().translate(_UPPER) for line in re.split(r"\r\n|\r|\n", text)]
    lines = [line for line in lines if line]
    if len(lines) == 1:
        for count, length in ((2, 44), (2, 36), (3, 30)):
            if len(lines[0]) == count * length:
                return [lines[0][i * length:(i + 1) * length] for i in range(count)]
    return lines


def is_complete(text: str) -> bool:
    """True once `text` holds a whole MRZ (for a form that fills itself as a reader types)."""
    lengths = [len(line) for line in split_lines(text)]
    return lengths in ([44, 44], [36, 36], [30, 30, 30])


def _format_of(lines: list[str]) -> MrzFormat:
    if not lines:
        raise Invalid("mrz", _msg(QT_TRANSLATE_NOOP(
            "Mrz", "No MRZ was given. Scan the document, or type its 2 lines (passport) or 3 "
            "lines (ID card).")))
    if len(lines) == 1:
        raise Invalid("mrz", _msg(QT_TRANSLATE_NOOP(
            "Mrz", "Only one line of {found} characters was given; an MRZ has 2 lines of 44 "
            "(passport) or 3 lines of 30 (ID card). Scan the document again."),
            found=len(lines[0])))
    if len(lines) not in (2, 3):
        raise Invalid("mrz", _msg(QT_TRANSLATE_NOOP(
            "Mrz", "An MRZ has 2 lines (passport: 2 of 44 characters) or 3 lines (ID card: 3 of "
            "30); {count} lines were given. Scan the document again."), count=len(lines)))
    if len(lines) == 3:
        fmt = MrzFormat.TD1
    else:
        longest = max(len(line) for line in lines)
        visa = lines[0].startswith("V")
        if abs(longest - 44) <= abs(longest - 36):
            fmt = MrzFormat.MRV_A if visa else MrzFormat.TD3
        else:
            fmt = MrzFormat.MRV_B if visa else MrzFormat.TD2
    length = LAYOUTS[fmt].length
    wrong = [(n, len(line)) for n, line in enumerate(lines, 1) if len(line) != length]
    if len(wrong) == 1:
        raise Invalid("mrz", _msg(QT_TRANSLATE_NOOP(
            "Mrz", "Line {line} has {found} characters; each line of a {format} MRZ has "
            "{length}. A character was dropped or added in reading: scan the document "
            "again."), line=wrong[0][0], found=wrong[0][1], format=fmt.value, length=length))
    if wrong:
        raise Invalid("mrz", _msg(QT_TRANSLATE_NOOP(
            "Mrz", "Lines {lines} have {found} characters; each line of a {format} MRZ has "
            "{length}. Scan the document again."), lines=", ".join(str(n) for n, _ in wrong),
            found=", ".join(str(f) for _, f in wrong), format=fmt.value, length=length))
    return fmt


# -- the parse ----------------------------------------------------------------------------
_CHECK_TEXT = {
    "document_number": QT_TRANSLATE_NOOP(
        "Mrz", "Document number check digit: expected {expected}, found {found} — the "
        "document number or its check digit was misread."),
    "date_of_birth": QT_TRANSLATE_NOOP(
        "Mrz", "Date of birth check digit: expected {expected}, found {found} — the date or "
        "its check digit was misread."),
    "date_of_expiry": QT_TRANSLATE_NOOP(
        "Mrz", "Date of expiry check digit: expected {expected}, found {found} — the date or "
        "its check digit was misread."),
    "optional_data": QT_TRANSLATE_NOOP(
        "Mrz", "Personal number check digit: expected {expected}, found {found} — the "
        "personal number or its check digit was misread."),
    "composite": QT_TRANSLATE_NOOP(
        "Mrz", "Composite check digit (the last character of line 2): expected {expected}, "
        "found {found} — one of the characters it covers (document number, dates, optional "
        "data and their check digits) or the digit itself was misread."),
}


class _Findings:
    def __init__(self) -> None:
        self.checks: list[CheckDigit] = []
        self.problems: list[Problem] = []
        self.notes: list[Message] = []

    def problem(self, field: str, source: str, **args: object) -> None:
        self.problems.append(Problem(field, _msg(source, **args)))

    def note(self, source: str, **args: object) -> None:
        if (message := _msg(source, **args)) not in self.notes:
            self.notes.append(message)

    def check(self, field: str, data: str, found: str, filler_ok: bool = False) -> None:
        expected = check_digit(data)
        if filler_ok and found == "<" and not data.strip("<"):
            expected = "<"  # an empty personal number may carry a filler as check digit
        self.checks.append(CheckDigit(field, expected, found))
        if expected != found:
            self.problem(field, _CHECK_TEXT[field], expected=expected, found=found)


def parse_mrz(text: str, today: date | None = None) -> MrzResult:
    """Parse and verify an MRZ. Raises `Invalid("mrz", ...)` only when the lines cannot be
    laid out (none, a wrong count or a wrong length); every other fault is in `problems`."""
    today = today or date.today()
    lines = split_lines(text)
    fmt = _format_of(lines)
    lay, z, f = LAYOUTS[fmt], "".join(lines), _Findings()
    _check_characters(lines, f)
    number, optional = _document_number(z, lay, f)
    birth_raw, expiry_raw = z[lay.birth:lay.birth + 6], z[lay.expiry:lay.expiry + 6]
    f.check("date_of_birth", birth_raw, z[lay.birth + 6])
    f.check("date_of_expiry", expiry_raw, z[lay.expiry + 6])
    if lay.optional_check:
        f.check("optional_data", z[lay.optional[0]:lay.optional[1]], z[lay.optional[1]],
                filler_ok=True)
    if lay.composite:
        f.check("composite", "".join(z[a:b] for a, b in lay.composite),
                z[lay.composite[-1][1]])
    born = _birth_date(birth_raw, today, f)
    expires = _expiry_date(expiry_raw, today, f)
    if born and expires and born >= expires:
        f.problem("date_of_birth", QT_TRANSLATE_NOOP(
            "Mrz", "The date of birth ({birth}) is not before the date of expiry ({expiry}) — "
            "one of the dates was misread."), birth=born.isoformat(), expiry=expires.isoformat())
    if expires and expires < today:
        f.note(QT_TRANSLATE_NOOP("Mrz", "The document expired on {date}."),
               date=expires.isoformat())
    primary, secondary = _names(z[lay.name[0]:lay.name[1]], f)
    sex = z[lay.sex]
    if sex not in "MFX<":
        f.problem("sex", QT_TRANSLATE_NOOP(
            "Mrz", "Sex is '{sex}', but it can only be M, F, X or < — the character was "
            "misread."), sex=sex)
    code = z[0:2].rstrip("<")
    if not code or code[0] not in DOCUMENT_CODES[fmt]:
        f.note(QT_TRANSLATE_NOOP(
            "Mrz", "Document code '{code}' is unusual: in a {format} document it starts with "
            "{codes}. Compare it with the data page."), code=z[0:2], format=fmt.value,
            codes=" / ".join(DOCUMENT_CODES[fmt]))
    issuer = _state(z[2:5], "issuing_state", f)
    nationality = _state(z[lay.nationality:lay.nationality + 3], "nationality", f)
    if SPECIMEN_CODE in (issuer.code, nationality.code):
        f.note(QT_TRANSLATE_NOOP(
            "Mrz", "UTO (Utopia) is the code of ICAO's specimen documents: no real document "
            "carries it."))
    optional_2 = z[lay.optional_2[0]:lay.optional_2[1]] if lay.optional_2 else ""
    return MrzResult(
        format=fmt, lines=tuple(lines), document_code=code, issuing_state=issuer,
        primary_identifier=primary, secondary_identifier=secondary, document_number=number,
        nationality=nationality, date_of_birth=born, date_of_birth_raw=birth_raw, sex=sex,
        date_of_expiry=expires, date_of_expiry_raw=expiry_raw,
        expired=bool(expires and expires < today), optional_data=optional.strip("<"),
        optional_data_2=optional_2.strip("<"), checks=tuple(f.checks),
        problems=tuple(f.problems), notes=tuple(f.notes))


def _check_characters(lines: list[str], f: _Findings) -> None:
    for n, line in enumerate(lines, 1):
        bad = [(i, c) for i, c in enumerate(line, 1) if c not in ALPHABET]
        if bad:
            f.problem("lines", QT_TRANSLATE_NOOP(
                "Mrz", "Line {line} has {count} character(s) that cannot be in an MRZ (only "
                "A-Z, 0-9 and <), the first '{char}' at position {position} — the line was "
                "misread or mistyped."), line=n, count=len(bad), char=bad[0][1],
                position=bad[0][0])


def _document_number(z: str, lay: _Layout, f: _Findings) -> tuple[str, str]:
    """The document number and what remains of the optional data. A number longer than 9
    characters (TD1, TD2): its first 9, a filler where the check digit would be, and the rest
    at the start of the optional data followed by the check digit and a filler."""
    field, found = z[lay.number:lay.number + 9], z[lay.number + 9]
    optional = z[lay.optional[0]:lay.optional[1]]
    if lay.overflow and found == "<" and "<" not in field:
        rest = optional.split("<", 1)[0]
        if len(rest) >= 2:
            f.check("document_number", field + rest[:-1], rest[-1])
            return field + rest[:-1], optional[len(rest) + 1:]
        f.checks.append(CheckDigit("document_number", check_digit(field), found))
        f.problem("document_number", QT_TRANSLATE_NOOP(
            "Mrz", "The document number's check digit is a filler (<), which marks a number "
            "longer than 9 characters, but the rest of the number and its check digit are "
            "missing from the optional data — the line was misread."))
        return field, optional
    f.check("document_number", field, found)
    return field.rstrip("<"), optional


def _names(field: str, f: _Findings) -> tuple[str, str]:
    primary, _, secondary = field.partition("<<")
    primary, secondary = (" ".join(part.replace("<", " ").split())
                          for part in (primary, secondary))
    if not primary:
        f.problem("name", QT_TRANSLATE_NOOP(
            "Mrz", "The name field has no surname — the name line was misread."))
    if any(c.isdigit() for c in field):
        f.problem("name", QT_TRANSLATE_NOOP(
            "Mrz", "The name field contains digits, which a name in an MRZ never has — the "
            "name line was misread (0 for O, 1 for I?)."))
    if field[-1] != "<":
        f.note(QT_TRANSLATE_NOOP(
            "Mrz", "The name fills its whole field and may be cut short; take the full name "
            "from the data page."))
    return primary, secondary


def _digits(raw: str) -> tuple[int, int, int] | None:
    if not (raw.isascii() and raw.isdigit()):
        return None
    return int(raw[0:2]), int(raw[2:4]), int(raw[4:6])


def _candidates(yymmdd: tuple[int, int, int]) -> list[date]:
    yy, mm, dd = yymmdd
    found = []
    for century in (1900, 2000, 2100):
        with contextlib.suppress(ValueError):
            found.append(date(century + yy, mm, dd))
    return found


def _birth_date(raw: str, today: date, f: _Findings) -> date | None:
    """Two-digit year: the most recent date that is not in the future."""
    if "<" in raw and set(raw) <= set(string.digits + "<"):
        f.note(QT_TRANSLATE_NOOP(
            "Mrz", "The date of birth is wholly or partly unknown ({raw}): 9303 writes unknown "
            "parts as <."), raw=raw)
        return None
    parts = _digits(raw)
    past = [d for d in _candidates(parts) if d <= today] if parts else []
    if not past:
        f.problem("date_of_birth", QT_TRANSLATE_NOOP(
            "Mrz", "The date of birth '{raw}' is not a valid date (YYMMDD) — a character was "
            "misread."), raw=raw)
        return None
    return max(past)


def _expiry_date(raw: str, today: date, f: _Findings) -> date | None:
    """Two-digit year: the date within 49 years before to 50 years after this year."""
    if raw == "<<<<<<":
        f.note(QT_TRANSLATE_NOOP("Mrz", "The document gives no date of expiry."))
        return None
    parts = _digits(raw)
    window = [d for d in _candidates(parts) if -49 <= d.year - today.year <= 50] if parts else []
    if not window:
        f.problem("date_of_expiry", QT_TRANSLATE_NOOP(
            "Mrz", "The date of expiry '{raw}' is not a valid date (YYMMDD) — a character was "
            "misread."), raw=raw)
        return None
    return window[0]


_UNKNOWN_STATE = {
    "issuing_state": QT_TRANSLATE_NOOP(
        "Mrz", "Issuing state '{code}' is not an ISO 3166-1 or ICAO code — the code was "
        "misread, or the document must be examined."),
    "nationality": QT_TRANSLATE_NOOP(
        "Mrz", "Nationality '{code}' is not an ISO 3166-1 or ICAO code — the code was "
        "misread, or the document must be examined."),
}


def _state(field: str, which: str, f: _Findings) -> StateCode:
    state = lookup_state(field)
    if state.source == "unknown":
        f.problem(which, _UNKNOWN_STATE[which], code=field)
    elif state.source == "former":
        f.note(QT_TRANSLATE_NOOP(
            "Mrz", "{code} is a former country code ({name}), no longer issued; examine the "
            "document."), code=state.code, name=state.name)
    return state
