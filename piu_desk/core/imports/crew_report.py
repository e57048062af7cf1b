"""Every non-blank row below the header, accounted for: a crew member (with warnings), a row
with problems (with all of them), or a row skipped as not crew (with the reason). Nothing
else: valid + problems + skipped is the number of non-blank rows below the header.

A row is skipped only when it is plainly not a crew member:
- footer: fewer than three of the mapped crew columns (No. aside) hold anything, and its text
  says signature, signed, stamp, seal, certify, declare, hereby, authorised agent, prepared
  by, total, remarks, "page 1 of 2", "nothing follows" (or the French, Vietnamese and
  Indonesian for signature and stamp). After such a row, any row of at most two filled cells
  that is no crew row is footer too ("Capt. LE VAN BINH" under "Signature of master").
  A row that has three crew fields filled in is never footer, whatever it says.
- column numbers: a row of three or more consecutive numbers (1 2 3 ... under the titles).
- repeated titles: three or more cells hold their column's title again (a sheet pasted
  together from several printed pages).
- unused line: a row with only its No. filled in, after the last crew row (the form's
  numbered empty lines). Such a row *between* crew rows is a problem: the details are missing.
Duplicate document numbers and duplicate No.s are reported on every row that has them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from piu_desk.core.domain.crew import CrewMember
from piu_desk.core.imports.crew_columns import FIELD_LABELS, Field, Layout
from piu_desk.core.imports.crew_fields import NameRule, number_of
from piu_desk.core.imports.crew_rows import CheckedRow, RawRow, RowContext, check_row
from piu_desk.core.imports.sheet_text import fold, msg
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message, Translate, identity_translate

FOOTER_RE = re.compile(
    r"\b(signature|signed|sign here|stamp|seal|hereby|certify|certified|declare|declaration"
    r"|authori[sz]ed agent|prepared by|total|remarks?|page \d+ of \d+|nothing follows"
    r"|end of (?:the )?list|cachet|visa du capitaine|ky ten|ky va|dong dau|tanda tangan"
    r"|cap kapal)\b")


class SkipKind(StrEnum):
    FOOTER = "footer"
    COLUMN_NUMBERS = "column_numbers"
    REPEATED_HEADER = "repeated_header"
    UNUSED_LINE = "unused_line"


SKIP_REASONS = {
    SkipKind.FOOTER: QT_TRANSLATE_NOOP(
        "Import", "signature or footer of the form, not a crew member"),
    SkipKind.COLUMN_NUMBERS: QT_TRANSLATE_NOOP("Import", "the column numbers of the form"),
    SkipKind.REPEATED_HEADER: QT_TRANSLATE_NOOP("Import", "the column titles, repeated"),
    SkipKind.UNUSED_LINE: QT_TRANSLATE_NOOP(
        "Import", "a numbered line of the form left empty, after the last crew member"),
}


@dataclass(frozen=True)
class ValidRow:
    sheet_row: int
    member: CrewMember
    warnings: tuple[Message, ...]
    raw_values: tuple[str, ...]


@dataclass(frozen=True)
class RowProblem:
    sheet_row: int
    raw_values: tuple[str, ...]
    problems: tuple[Message, ...]  # every reason, not only the first
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True)
class SkippedRow:
    sheet_row: int
    raw_values: tuple[str, ...]
    kind: SkipKind

    @property
    def reason(self) -> Message:
        return Message("Import", SKIP_REASONS[self.kind])


@dataclass(frozen=True)
class RowReport:
    layout: Layout
    valid: tuple[ValidRow, ...]
    problems: tuple[RowProblem, ...]
    skipped: tuple[SkippedRow, ...]
    notes: tuple[Message, ...]  # about the sheet as a whole (mapping, name rule)

    @property
    def members(self) -> tuple[CrewMember, ...]:
        return tuple(v.member for v in self.valid)

    @property
    def valid_count(self) -> int:
        return len(self.valid)

    @property
    def problem_count(self) -> int:
        return len(self.problems)

    @property
    def skipped_count(self) -> int:
        return len(self.skipped)

    @property
    def warning_count(self) -> int:
        return sum(1 for v in self.valid if v.warnings)

    @property
    def total(self) -> int:
        return self.valid_count + self.problem_count + self.skipped_count

    def summary(self, translate: Translate = identity_translate) -> str:
        """The counts first, then every problem, skipped row, warning and note, a line each."""
        lines = [msg(QT_TRANSLATE_NOOP(
            "Import", "{total} rows below the column titles: {valid} crew members valid "
            "({warned} with warnings), {problems} rows with problems, {skipped} rows skipped "
            "as not crew."), total=self.total, valid=self.valid_count,
            warned=self.warning_count, problems=self.problem_count,
            skipped=self.skipped_count).render(translate)]
        lines += [n.render(translate) for n in self.notes]
        for p in self.problems:
            lines += [_row_line(p.sheet_row, m, translate) for m in p.problems + p.warnings]
        for v in self.valid:
            lines += [_row_line(v.sheet_row, m, translate) for m in v.warnings]
        for s in self.skipped:
            lines.append(msg(QT_TRANSLATE_NOOP(
                "Import", "Row {row} skipped: {reason} ({text})."), row=s.sheet_row,
                reason=s.reason, text=" | ".join(c for c in s.raw_values if c)
            ).render(translate))
        return "\n".join(lines)


def _row_line(row: int, text: Message, translate: Translate) -> str:
    return msg(QT_TRANSLATE_NOOP("Import", "Row {row}: {text}"), row=row, text=text
               ).render(translate)


# -- classifying the rows -----------------------------------------------------------------
def _crew_cells(row: RawRow, mapping: Mapping[Field, int | None]) -> int:
    cols = {c for f, c in mapping.items() if c is not None and f is not Field.NUMBER}
    return sum(1 for c in cols if row.value(c))


def _is_column_numbers(filled: list[str]) -> bool:
    numbers = [n for n in map(number_of, filled) if n is not None]
    if len(filled) < 3 or len(numbers) != len(filled):
        return False
    return all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _only_number(row: RawRow, filled: list[str], mapping: Mapping[Field, int | None]) -> bool:
    if len(filled) != 1 or number_of(filled[0]) is None:
        return False
    col = mapping.get(Field.NUMBER)
    return col is None or bool(row.value(col))


def _repeats_titles(row: RawRow, titles: Sequence[str]) -> bool:
    """At least three cells hold their column's title (case, accents and spacing aside);
    `titles` folded already."""
    same = sum(1 for col, title in enumerate(titles) if title and title == fold(row.value(col)))
    return same >= 3


def classify(rows: Sequence[RawRow], mapping: Mapping[Field, int | None],
             titles: Sequence[str]) -> list[SkipKind | str | None]:
    """For each row: a SkipKind, None for a crew row, or "number" for a row with only its
    No. (decided afterwards: skipped after the last crew row, else a problem)."""
    kinds: list[SkipKind | str | None] = []
    titles = [fold(" ".join(t.split())) for t in titles]
    footer_seen = False
    for row in rows:
        filled = [c.strip() for c in row.cells if c.strip()]
        crew = _crew_cells(row, mapping)
        if _is_column_numbers(filled):
            kinds.append(SkipKind.COLUMN_NUMBERS)
        elif _repeats_titles(row, titles):
            kinds.append(SkipKind.REPEATED_HEADER)
        elif crew < 3 and FOOTER_RE.search(fold(" ".join(filled))):
            kinds.append(SkipKind.FOOTER)
            footer_seen = True
        elif footer_seen and crew < 3 and len(filled) <= 2:
            kinds.append(SkipKind.FOOTER)
        elif _only_number(row, filled, mapping):
            kinds.append("number")
        else:
            kinds.append(None)
    last_crew = max((i for i, k in enumerate(kinds) if k is None), default=-1)
    return [SkipKind.UNUSED_LINE if k == "number" and i > last_crew else k
            for i, k in enumerate(kinds)]


def build_report(rows: Sequence[RawRow], columns: Sequence[str], layout: Layout,
                 ctx: RowContext, notes: Sequence[Message]) -> RowReport:
    kinds = classify(rows, ctx.mapping, columns)
    checked: list[tuple[RawRow, CheckedRow]] = []
    skipped = []
    for row, kind in zip(rows, kinds, strict=True):
        if isinstance(kind, SkipKind):
            skipped.append(SkippedRow(row.sheet_row, row.cells, kind))
            continue
        first = None
        if kind == "number":
            first = msg(QT_TRANSLATE_NOOP(
                "Import", "only the No. is filled in; the crew member's details are missing "
                "(were they deleted?)."))
        checked.append((row, check_row(row, len(checked) + 1, ctx, first)))
    extra = _duplicates([c for _, c in checked])
    valid, problems = [], []
    for row, c in checked:
        warnings = c.warnings + extra.get(c.sheet_row, ())
        if c.member is not None:
            valid.append(ValidRow(c.sheet_row, c.member, warnings, row.cells))
        else:
            problems.append(RowProblem(c.sheet_row, row.cells, c.problems, warnings))
    return RowReport(layout, tuple(valid), tuple(problems), tuple(skipped),
                     tuple(notes) + _name_notes(checked, columns, ctx))


def _duplicates(checked: Sequence[CheckedRow]) -> dict[int, tuple[Message, ...]]:
    """Document numbers and No.s found on more than one row, reported on each of them."""
    by_document: dict[object, list[int]] = {}
    by_number: dict[object, list[int]] = {}
    for c in checked:
        if c.document_number:
            by_document.setdefault(c.document_number, []).append(c.sheet_row)
        if c.number is not None:
            by_number.setdefault(c.number, []).append(c.sheet_row)
    out: dict[int, list[Message]] = {}
    for seen, text in ((by_document, QT_TRANSLATE_NOOP(
            "Import", "Number of identity document: {value} is also on sheet row {rows}.")),
                       (by_number, QT_TRANSLATE_NOOP(
            "Import", "No.: {value} is also used on sheet row {rows}."))):
        for value, at in seen.items():
            for row in at if len(at) > 1 else ():
                others = ", ".join(str(r) for r in at if r != row)
                out.setdefault(row, []).append(msg(text, value=value, rows=others))
    return {row: tuple(messages) for row, messages in out.items()}


def _name_notes(checked: Sequence[tuple[RawRow, CheckedRow]], columns: Sequence[str],
                ctx: RowContext) -> tuple[Message, ...]:
    if not any(c.name_rule is NameRule.FIRST_WORD for _, c in checked):
        return ()
    col = ctx.mapping.get(Field.FULL_NAME)
    title = columns[col] if col is not None and col < len(columns) else ""
    return (msg(QT_TRANSLATE_NOOP(
        "Import", "Some names in the column '{column}' have no comma between family name and "
        "given names: the first word was taken as the family name (with DE, DELA, VAN and the "
        "like joined to the word after them). Check names written given name first."),
        column=title or Message("Import", FIELD_LABELS[Field.FULL_NAME])),)
