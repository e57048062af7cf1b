"""One crew row, read through a column mapping into a `CrewMember` — or every reason it
cannot be one.

Each field is read and checked on its own so that a row reports all that is wrong with it,
not only the first fault; a row with none is then passed through the domain's
`validate_crew_member`, which decides what a crew member is. Warnings do not stop a row:
a nationality or issuing state given as a name ("VIET NAM", "Indonesian") and read as a code,
a document expired before the list's date, a passport number longer than an MRZ holds or
starting with the nationality code, an improbable age, a missing or unreadable No.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

import pycountry

from piu_desk.core.domain.crew import (
    CrewMember,
    age_on,
    normalise_document_number,
    validate_crew_member,
    validate_nationality,
)
from piu_desk.core.domain.identifiers import country_name
from piu_desk.core.errors import Invalid
from piu_desk.core.imports import crew_fields as cf
from piu_desk.core.imports.countries import country_code
from piu_desk.core.imports.crew_columns import FIELD_LABELS, Field
from piu_desk.core.imports.sheet_dates import Century, parse_date, split_date
from piu_desk.core.imports.sheet_text import clean, msg
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

MIN_AGE, MAX_AGE = 16, 80
MRZ_NUMBER_LENGTH = 9
Getter = Callable[[Field], str]


@dataclass(frozen=True)
class RawRow:
    """A non-blank sheet row below the header: its sheet row number and cell texts."""

    sheet_row: int
    cells: tuple[str, ...]

    def value(self, col: int | None) -> str:
        if col is None or not 0 <= col < len(self.cells):
            return ""
        return clean(self.cells[col])


@dataclass(frozen=True)
class RowContext:
    """What every row is checked against."""

    mapping: Mapping[Field, int | None]
    today: date
    list_date: date  # the arrival/departure date, else today: expiry is judged against it
    implied_type: str  # what the document-number column's title says ("passport"), or ""


@dataclass(frozen=True)
class CheckedRow:
    sheet_row: int
    member: CrewMember | None  # None when the row has problems
    problems: tuple[Message, ...]
    warnings: tuple[Message, ...]
    name_rule: cf.NameRule
    number: int | None  # the No. cell's number; None when blank or not a number
    document_number: str  # normalised, also for a row with problems ("" when none)


class _Findings:
    def __init__(self) -> None:
        self.problems: list[Message] = []
        self.warnings: list[Message] = []

    def bad(self, field: Field, problem: Message) -> None:
        self.problems.append(_about(field, problem))

    def warn(self, field: Field, warning: Message) -> None:
        self.warnings.append(_about(field, warning))


def _about(field: Field, text: Message) -> Message:
    return msg(QT_TRANSLATE_NOOP("Import", "{field}: {text}"),
               field=Message("Import", FIELD_LABELS[field]), text=text)


def check_row(row: RawRow, position: int, ctx: RowContext,
              first: Message | None = None) -> CheckedRow:
    """`position` numbers the row when its No. cell does not (1 for the first crew row);
    `first` is a problem the caller found before (it is listed first)."""
    f = _Findings()
    if first is not None:
        f.problems.append(first)

    def get(field: Field) -> str:
        return row.value(ctx.mapping.get(field))

    number, number_given = _number(get(Field.NUMBER), position, f)
    family, given, rule = _names(get, f)
    nationality = _country(get(Field.NATIONALITY), Field.NATIONALITY, f)
    birth_text, place = get(Field.DATE_OF_BIRTH), get(Field.PLACE_OF_BIRTH)
    if not birth_text and not place and (both := get(Field.BIRTH)):
        birth_text, place = _split_birth(both, f)
    born = _date(birth_text, Field.DATE_OF_BIRTH, Century.PAST, ctx.today, f)
    if born:
        _check_birth(born, ctx.today, f)
    sex = cf.gender(get(Field.GENDER))
    if sex is None:
        f.bad(Field.GENDER, msg(QT_TRANSLATE_NOOP(
            "Import", "'{text}' is not a gender; write M, F or X."), text=get(Field.GENDER)))
    kind, doc_number = _document(get, ctx.implied_type, f)
    issuer = _country(get(Field.DOCUMENT_ISSUER), Field.DOCUMENT_ISSUER, f)
    expiry = _date(get(Field.DOCUMENT_EXPIRY), Field.DOCUMENT_EXPIRY, Century.NEAR, ctx.today, f)
    _check_expiry(expiry, born, ctx.list_date, f)
    _check_number_vs_codes(doc_number, {nationality, issuer} - {""}, f)
    member = None
    if not f.problems:
        try:
            member = validate_crew_member(CrewMember(
                number=number, family_name=family, given_names=given, rank=get(Field.RANK),
                nationality=nationality, date_of_birth=born.isoformat() if born else "",
                place_of_birth=place, gender=sex or "", document_type=kind,
                document_number=doc_number, document_issuer=issuer,
                document_expiry=expiry.isoformat() if expiry else ""), ctx.today)
        except Invalid as exc:
            f.problems.append(exc.message)
    return CheckedRow(row.sheet_row, member, tuple(f.problems), tuple(f.warnings), rule,
                      number if number_given else None, doc_number)


def _number(text: str, position: int, f: _Findings) -> tuple[int, bool]:
    if not text:
        return position, False
    value = cf.number_of(text)
    if value is None:
        f.warn(Field.NUMBER, msg(QT_TRANSLATE_NOOP(
            "Import", "'{text}' is not a number; the row is numbered {number} by its place in "
            "the list."), text=text, number=position))
        return position, False
    return value, True


def _names(get: Getter, f: _Findings) -> tuple[str, str, cf.NameRule]:
    family, given = get(Field.FAMILY_NAME), get(Field.GIVEN_NAMES)
    rule = cf.NameRule.SEPARATE
    if not family and not given and (full := get(Field.FULL_NAME)):
        split = cf.split_name(full)
        family, given, rule = split.family, split.given, split.rule
    if not family:
        f.bad(Field.FAMILY_NAME, msg(QT_TRANSLATE_NOOP(
            "Import", "missing; enter the family name as in the identity document.")))
    for field, text in ((Field.FAMILY_NAME, family), (Field.GIVEN_NAMES, given)):
        if any(ch.isdigit() for ch in text):
            f.bad(field, msg(QT_TRANSLATE_NOOP(
                "Import", "'{text}' has digits, which a name never has."), text=text))
    return family, given, rule


def _country(text: str, field: Field, f: _Findings) -> str:
    if not text:
        return ""
    match = country_code(text)
    if match is None:
        compact = "".join(text.split()).upper()
        problem = None
        if len(compact) <= 3:
            try:
                validate_nationality(compact, field.value)
            except Invalid as exc:
                problem = exc.message
        f.bad(field, problem or msg(QT_TRANSLATE_NOOP(
            "Import", "'{text}' is neither a nationality code nor a country name; write the "
            "three letters of the passport (for example KHM, VNM, IDN)."), text=text))
        return ""
    if match.mapped:
        f.warn(field, msg(QT_TRANSLATE_NOOP(
            "Import", "'{text}' read as {code} ({country})."), text=text, code=match.code,
            country=country_name(match.code) or match.code))
    return match.code


def _split_birth(text: str, f: _Findings) -> tuple[str, str]:
    found = split_date(text)
    if found is None:
        f.bad(Field.BIRTH, msg(QT_TRANSLATE_NOOP(
            "Import", "no date found in '{text}'; write the date first, then the place, for "
            "example 25/04/1990 HAI PHONG."), text=text))
        return "", ""
    return found


def _date(text: str, field: Field, century: Century, today: date, f: _Findings
          ) -> date | None:
    parsed = parse_date(text, century, today)
    if parsed.problem is not None:
        f.bad(field, parsed.problem)
    return parsed.value


def _check_birth(born: date, today: date, f: _Findings) -> None:
    if born > today:
        f.bad(Field.DATE_OF_BIRTH, msg(QT_TRANSLATE_NOOP(
            "Import", "{date} is in the future."), date=born.isoformat()))
        return
    age = age_on(born.isoformat(), today) or 0
    if not MIN_AGE <= age <= MAX_AGE:
        f.warn(Field.DATE_OF_BIRTH, msg(QT_TRANSLATE_NOOP(
            "Import", "born {date}, the crew member would be {age} years old; check the "
            "date."), date=born.isoformat(), age=age))


def _document(get: Getter, implied: str, f: _Findings) -> tuple[str, str]:
    kind, raw = get(Field.DOCUMENT_TYPE), get(Field.DOCUMENT_NUMBER)
    if not kind and not raw and (both := get(Field.DOCUMENT)):
        split = cf.split_document(both)
        kind, raw = split.kind, split.number
        if not raw:
            f.bad(Field.DOCUMENT, msg(QT_TRANSLATE_NOOP(
                "Import", "no document number found in '{text}'."), text=both))
        if split.extra:
            f.warn(Field.DOCUMENT, msg(QT_TRANSLATE_NOOP(
                "Import", "'{text}' holds more than one number; {number} was taken as the "
                "document number."), text=both, number=split.number))
    kind = cf.document_type(kind) if kind else implied
    if raw and (bad := cf.bad_document_chars(raw)):
        f.bad(Field.DOCUMENT_NUMBER, msg(QT_TRANSLATE_NOOP(
            "Import", "'{text}' has characters a document number cannot have ({chars}): only "
            "letters A-Z and digits. Copy it again from the document."), text=raw, chars=bad))
    number = normalise_document_number(raw)
    if kind == "passport" and len(number) > MRZ_NUMBER_LENGTH:
        f.warn(Field.DOCUMENT_NUMBER, msg(QT_TRANSLATE_NOOP(
            "Import", "{number} has {count} characters; a passport number has at most 9. "
            "Check it against the passport."), number=number, count=len(number)))
    elif number and len(number) < 5:
        f.warn(Field.DOCUMENT_NUMBER, msg(QT_TRANSLATE_NOOP(
            "Import", "{number} is very short for a document number; check it."),
            number=number))
    return kind, number


def _check_expiry(expiry: date | None, born: date | None, list_date: date, f: _Findings
                  ) -> None:
    if expiry is None:
        return
    if born is not None and expiry <= born:
        f.bad(Field.DOCUMENT_EXPIRY, msg(QT_TRANSLATE_NOOP(
            "Import", "{expiry} is not after the date of birth {birth}."),
            expiry=expiry.isoformat(), birth=born.isoformat()))
    elif expiry < list_date:
        f.warn(Field.DOCUMENT_EXPIRY, msg(QT_TRANSLATE_NOOP(
            "Import", "the document expired on {expiry}, before the crew list's date "
            "{date}."), expiry=expiry.isoformat(), date=list_date.isoformat()))


def _check_number_vs_codes(number: str, codes: set[str], f: _Findings) -> None:
    """A number that starts with the nationality's or issuer's code (VNM…, VN…) may have had
    the code typed into it."""
    for code in sorted(codes):
        iso = pycountry.countries.get(alpha_3=code)
        for prefix in (code, str(iso.alpha_2) if iso is not None else code):
            if number.startswith(prefix) and len(number) - len(prefix) >= 6:
                f.warn(Field.DOCUMENT_NUMBER, msg(QT_TRANSLATE_NOOP(
                    "Import", "{number} starts with {prefix}, the code of {country}: check "
                    "that the code was not typed into the number."), number=number,
                    prefix=prefix, country=country_name(code) or code))
                return
