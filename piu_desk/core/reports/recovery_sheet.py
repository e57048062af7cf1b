"""The printed recovery-key sheet: the store's last way in, kept in the safe.

Printed from the first-run wizard and the administration screen. The key is shown in numbered
groups of large monospace type, as on screen, because the desk names a mistyped group by its
number. The PDF is built in memory; it holds the key, so the caller sends it to the printer or
to a file the user chose, and never to the temp folder.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from piu_desk.core.domain.station import Station
from piu_desk.core.reports import styles
from piu_desk.core.reports.dates import ENGLISH
from piu_desk.core.reports.document import Report, ReportInfo
from piu_desk.core.reports.tables import Signatory, signature_block
from piu_desk.core.text import QT_TRANSLATE_NOOP, Translate, identity_translate

COLUMNS = 7

TITLE = QT_TRANSLATE_NOOP("Reports", "PIU Desk recovery key")
STATION = QT_TRANSLATE_NOOP("Reports", "Station:")
UNIT = QT_TRANSLATE_NOOP("Reports", "Unit:")
PRINTED_ON = QT_TRANSLATE_NOOP("Reports", "Printed on:")
KEEP_SAFE = QT_TRANSLATE_NOOP(
    "Reports", "Keep this sheet in the safe. Anyone holding it can open the store and read "
    "everything in it.")
WHEN_NEEDED = QT_TRANSLATE_NOOP(
    "Reports", "The key is needed only when every administrator password is lost. Type the "
    "groups in order; a group typed wrong is named by its number.")
REPLACED = QT_TRANSLATE_NOOP(
    "Reports", "When a new recovery key is made, this one stops working: destroy this sheet.")
STORED_BY = QT_TRANSLATE_NOOP("Reports", "Placed in the safe by")


def key_groups(key_text: str) -> list[str]:
    return [g for g in key_text.replace(" ", "-").split("-") if g]


def render_recovery_sheet(key_text: str, station: Station, printed_on: date,
                          translate: Translate = identity_translate,
                          language: str = ENGLISH) -> bytes:
    """The sheet as PDF bytes, in `language` ("en" or "km")."""
    report = Report(ReportInfo(title=translate("Reports", TITLE), station=station,
                               language=language), translate)
    story: list[Flowable] = [
        report.paragraph(report.text(TITLE), "title"),
        _particulars(report, station, printed_on),
        Spacer(1, 6 * mm),
        _key_table(report, key_groups(key_text)),
        Spacer(1, 8 * mm),
        report.paragraph(report.text(KEEP_SAFE), "heading"),
        report.paragraph(report.text(WHEN_NEEDED)),
        report.paragraph(report.text(REPLACED)),
        Spacer(1, 10 * mm),
        signature_block(report, [Signatory(report.text(STORED_BY))],
                        width=report.frame_width() / 2),
    ]
    return report.render(story)


def _particulars(report: Report, station: Station, printed_on: date) -> Flowable:
    lines = [(STATION, f"{station.name} ({station.locode})")]
    if station.unit:
        lines.append((UNIT, station.unit))
    lines.append((PRINTED_ON, report.format_date(printed_on)))
    return Paragraph("<br/>".join(
        report.markup(report.text(label), bold=True) + " " + report.markup(value)
        for label, value in lines), report.styles.body)


def _key_table(report: Report, groups: list[str]) -> Flowable:
    st = report.styles
    rows: list[list[Paragraph | str]] = []
    for start in range(0, len(groups), COLUMNS):
        chunk = groups[start:start + COLUMNS]
        blank: list[Paragraph | str] = [""] * (COLUMNS - len(chunk))
        numbers: list[Paragraph | str] = [
            Paragraph(report.markup(report.digits(str(start + i + 1))), st.key_number)
            for i in range(len(chunk))]
        keys: list[Paragraph | str] = [
            Paragraph(report.markup(g, bold=True, mono=True), st.key) for g in chunk]
        rows += [numbers + blank, keys + blank]
    width = report.frame_width()
    table = Table(rows, colWidths=[width / COLUMNS] * COLUMNS, hAlign="CENTER")
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 1.2, styles.INK),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for row in range(0, len(rows), 2):
        commands += [("TOPPADDING", (0, row), (-1, row), 4 * mm),
                     ("BOTTOMPADDING", (0, row + 1), (-1, row + 1), 4 * mm)]
    table.setStyle(TableStyle(commands))
    return table
