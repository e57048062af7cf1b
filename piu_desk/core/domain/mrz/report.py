"""An MRZ result as a field-by-field text report (for `piu-desk mrz check` and support) and as
JSON-ready data (`--json`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from piu_desk.core.domain.mrz.codes import StateCode
from piu_desk.core.domain.mrz.model import CheckDigit, MrzFormat, MrzResult
from piu_desk.core.text import QT_TRANSLATE_NOOP, Translate, fill

C = "Mrz"

_FORMAT_TEXT = {
    MrzFormat.TD3: QT_TRANSLATE_NOOP("Mrz", "Passport (TD3, 2 lines of 44)"),
    MrzFormat.TD2: QT_TRANSLATE_NOOP("Mrz", "Travel document (TD2, 2 lines of 36)"),
    MrzFormat.TD1: QT_TRANSLATE_NOOP("Mrz", "Identity card (TD1, 3 lines of 30)"),
    MrzFormat.MRV_A: QT_TRANSLATE_NOOP("Mrz", "Visa (MRV-A, 2 lines of 44)"),
    MrzFormat.MRV_B: QT_TRANSLATE_NOOP("Mrz", "Visa (MRV-B, 2 lines of 36)"),
}
_SEX_TEXT = {
    "M": QT_TRANSLATE_NOOP("Mrz", "M (male)"),
    "F": QT_TRANSLATE_NOOP("Mrz", "F (female)"),
    "X": QT_TRANSLATE_NOOP("Mrz", "X (unspecified)"),
    "<": QT_TRANSLATE_NOOP("Mrz", "< (unspecified)"),
}


def format_report(result: MrzResult, translate: Translate) -> str:
    """The format, then every field with its value and, where it has one, its check digit;
    then the notes and problems, and a last line saying whether every check passed."""
    def t(source: str, **args: object) -> str:
        return fill(translate(C, source), args)

    def state(s: StateCode) -> str:
        name = translate(C, s.name) if s.source == "icao" and s.name else s.name
        shown = s.code if s.code == s.mrz else f"{s.mrz} ({s.code})"  # D (DEU)
        return f"{shown}  {name}" if name else f"{shown}  " + t(QT_TRANSLATE_NOOP(
            "Mrz", "(unknown code)"))

    def day(d: date | None, raw: str) -> str:
        return d.isoformat() if d else raw

    def verdict(check: CheckDigit | None) -> str:
        if check is None:
            return ""
        if check.ok:
            return t(QT_TRANSLATE_NOOP("Mrz", "check digit {found}: correct"), found=check.found)
        return t(QT_TRANSLATE_NOOP("Mrz", "check digit WRONG: expected {expected}, found "
                                          "{found}"), expected=check.expected, found=check.found)

    r = result
    optional_label = (QT_TRANSLATE_NOOP("Mrz", "Personal number") if r.format is MrzFormat.TD3
                      else QT_TRANSLATE_NOOP("Mrz", "Optional data"))
    expiry = day(r.date_of_expiry, r.date_of_expiry_raw)
    rows: list[tuple[str, str, str]] = [
        (QT_TRANSLATE_NOOP("Mrz", "Document code"), r.document_code, ""),
        (QT_TRANSLATE_NOOP("Mrz", "Issuing state"), state(r.issuing_state), ""),
        (QT_TRANSLATE_NOOP("Mrz", "Surname"), r.primary_identifier, ""),
        (QT_TRANSLATE_NOOP("Mrz", "Given names"), r.secondary_identifier, ""),
        (QT_TRANSLATE_NOOP("Mrz", "Document number"), r.document_number,
         verdict(r.check("document_number"))),
        (QT_TRANSLATE_NOOP("Mrz", "Nationality"), state(r.nationality), ""),
        (QT_TRANSLATE_NOOP("Mrz", "Date of birth"), day(r.date_of_birth, r.date_of_birth_raw),
         verdict(r.check("date_of_birth"))),
        (QT_TRANSLATE_NOOP("Mrz", "Sex"), t(_SEX_TEXT.get(r.sex, r.sex)), ""),
        (QT_TRANSLATE_NOOP("Mrz", "Date of expiry"),
         expiry + ("  " + t(QT_TRANSLATE_NOOP("Mrz", "(expired)")) if r.expired else ""),
         verdict(r.check("date_of_expiry"))),
        (optional_label, r.optional_data, verdict(r.check("optional_data"))),
    ]
    if r.format is MrzFormat.TD1:
        rows.append((QT_TRANSLATE_NOOP("Mrz", "Optional data, line 2"), r.optional_data_2, ""))
    if (composite := r.check("composite")) is not None:
        rows.append((QT_TRANSLATE_NOOP("Mrz", "Composite"), "", verdict(composite)))
    labels = [t(label) for label, _, _ in rows]
    width = max(len(label) for label in labels) + 2
    value_width = max(len(value) for _, value, _ in rows) + 2
    out = [t(_FORMAT_TEXT[r.format]), ""]
    out += [f"{label:<{width}}{value:<{value_width}}{check}".rstrip()
            for label, (_, value, check) in zip(labels, rows, strict=True)]
    for heading, messages in ((QT_TRANSLATE_NOOP("Mrz", "Notes:"), list(r.notes)),
                              (QT_TRANSLATE_NOOP("Mrz", "Problems:"),
                               [p.message for p in r.problems])):
        if messages:
            out += ["", t(heading)] + [f"  - {m.render(translate)}" for m in messages]
    out.append("")
    out.append(t(QT_TRANSLATE_NOOP("Mrz", "Every check passes.")) if r.ok else
               t(QT_TRANSLATE_NOOP("Mrz", "{count} problem(s): the MRZ was misread, or the "
                                          "document must be examined."), count=len(r.problems)))
    return "\n".join(out)


def to_json(result: MrzResult) -> dict[str, Any]:
    """The result as JSON-ready data: dates in ISO 8601, messages rendered in English."""
    def state(s: StateCode) -> dict[str, Any]:
        return {"mrz": s.mrz, "code": s.code, "name": s.name, "source": s.source}

    def day(d: date | None) -> str | None:
        return d.isoformat() if d else None

    r = result
    return {
        "valid": r.ok, "format": r.format.value, "lines": list(r.lines),
        "document_code": r.document_code, "issuing_state": state(r.issuing_state),
        "primary_identifier": r.primary_identifier,
        "secondary_identifier": r.secondary_identifier, "document_number": r.document_number,
        "nationality": state(r.nationality), "date_of_birth": day(r.date_of_birth),
        "date_of_birth_raw": r.date_of_birth_raw, "sex": r.sex,
        "date_of_expiry": day(r.date_of_expiry), "date_of_expiry_raw": r.date_of_expiry_raw,
        "expired": r.expired, "optional_data": r.optional_data,
        "optional_data_2": r.optional_data_2,
        "checks": [{"field": c.field, "expected": c.expected, "found": c.found, "ok": c.ok}
                   for c in r.checks],
        "problems": [{"field": p.field, "message": p.message.render()} for p in r.problems],
        "notes": [n.render() for n in r.notes],
    }
