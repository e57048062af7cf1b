"""What the record printouts share: label–value boxes, countries and ports named in the
report's language, moments read from the store's ISO text, and a verification code.

Records keep their times as ISO 8601 text: a port call's arrival in local port time without
a zone, a review or an amendment in UTC with one. A moment with a zone is shown in the desk's
local time (the port's), one without as it was written.
"""

from __future__ import annotations

import base64
import gettext
import hashlib
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import pycountry
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from piu_desk.core.domain.identifiers import country_name
from piu_desk.core.domain.mrz import lookup_state
from piu_desk.core.domain.station import KNOWN_PORTS
from piu_desk.core.reports import styles
from piu_desk.core.reports.dates import KHMER
from piu_desk.core.reports.document import Report
from piu_desk.core.reports.tables import CELL_PADDING
from piu_desk.core.text import Translate, identity_translate

EMPTY = "—"  # a field with nothing recorded
LABEL_SHARE = 0.36  # of each label–value pair's width


@lru_cache(maxsize=4)
def _country_catalogue(language: str) -> gettext.NullTranslations:
    """pycountry's own translations of the ISO 3166 names (Khmer among them)."""
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language],
                               fallback=True)


def country(code: str, language: str, translate: Translate = identity_translate) -> str:
    """"PAN – Panama", in Khmer "PAN – ប៉ាណាម៉ា"; an ICAO code (XXA, UNO…) with its name
    translated in the context "Mrz"; the code alone when no name is known."""
    if not code:
        return ""
    found = pycountry.countries.get(alpha_3=code.upper())
    if found is not None:
        name = str(found.name)
        translated = _country_catalogue(language).gettext(name) if language == KHMER else ""
        if not translated or translated == name:
            translated = country_name(code) or name
        return f"{code} – {translated}"
    state = lookup_state(code)
    return f"{code} – {translate('Mrz', state.name)}" if state.known and state.name else code


def port(locode: str) -> str:
    """A UN/LOCODE, with the port's name when the desk knows it: "KHKOS (Sihanoukville)"."""
    name = KNOWN_PORTS.get(locode)
    return f"{locode} ({name})" if name else locode


def moment(text: str) -> datetime | None:
    """A stored ISO date-time, in local time when it carries a zone; None when blank or
    unreadable."""
    try:
        value = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if value is not None and value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value


def day(text: str) -> date | None:
    """A stored ISO date ("1985-04-25"), or the date of a date-time."""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def when(report: Report, text: str) -> str:
    """A stored date-time as the report writes it, or the text as stored when unreadable."""
    value = moment(text)
    return report.format_datetime(value) if value is not None else text


def numeric_date(report: Report, text: str) -> str:
    """25/04/1985 (in the report's digits), or the text as stored when unreadable."""
    value = day(text)
    if value is None:
        return text
    return report.digits(f"{value.day:02d}/{value.month:02d}/{value.year:04d}")


def file_size(report: Report, size: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return report.digits(f"{size / scale:.1f} {unit}")
    return report.digits(f"{size} B")


def content_code(*parts: object) -> str:
    """Eight characters that change whenever any part changes ("7F3K-92QD"): two printouts
    with the same code show the same version of the record."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    text = base64.b32encode(digest).decode()[:8]
    return f"{text[:4]}-{text[4:]}"


def field_grid(report: Report, fields: Sequence[tuple[str, str]], *, columns: int = 2,
               width: float | None = None) -> Flowable:
    """Labelled values in `columns` label–value pairs per row, as on a form; labels are
    already translated, an empty value shows a dash."""
    full = width or report.frame_width()
    pair = full / columns
    widths = [pair * LABEL_SHARE, pair * (1 - LABEL_SHARE)] * columns
    rows: list[list[Paragraph | str]] = []
    for start in range(0, len(fields), columns):
        row: list[Paragraph | str] = []
        for label, value in fields[start:start + columns]:
            row += [report.paragraph(label, "table_header", width=widths[0] - 2 * CELL_PADDING),
                    report.paragraph(value or EMPTY, "table_text",
                                     width=widths[1] - 2 * CELL_PADDING)]
        rows.append(row + [""] * (2 * columns - len(row)))
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOX", (0, 0), (-1, -1), 0.4, styles.RULE),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, styles.RULE),
    ]
    for col in range(0, 2 * columns, 2):
        commands.append(("BACKGROUND", (col, 0), (col, -1), styles.ZEBRA_FILL))
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitByRow=1)
    table.setStyle(TableStyle(commands))
    return table
