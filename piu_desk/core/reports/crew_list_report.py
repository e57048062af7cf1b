"""The crew list in the layout of IMO FAL Form 5, landscape A4, in English or Khmer.

    data = gather.crew_list_data(desk, crew_list_id, printed_by, printed_at)
    pdf = render_crew_list(data, translate, "km")  # bytes, written where asked

The header boxes carry the form's numbered fields (1.1 to 5, and the Arrival / Departure
tick), then the table of crew (fields 6 to 17) with its header row repeated on every page,
then the box for the master's, agent's or officer's date and signature. Labels are translated
("Reports"); names, ranks and document numbers are printed as in the documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from piu_desk.core.domain.crew import CrewList, CrewMember, Direction
from piu_desk.core.domain.station import KNOWN_PORTS, Station
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.reports import particulars as p
from piu_desk.core.reports import styles
from piu_desk.core.reports.dates import ENGLISH
from piu_desk.core.reports.document import Orientation, Report, ReportInfo
from piu_desk.core.reports.tables import CELL_PADDING, Align, Column, data_table
from piu_desk.core.text import QT_TRANSLATE_NOOP, Translate, identity_translate

TITLE = QT_TRANSLATE_NOOP("Reports", "Crew list")
FORM = QT_TRANSLATE_NOOP("Reports", "IMO FAL Form 5")
PRINTED = QT_TRANSLATE_NOOP("Reports", "Printed by {name} on {date}")
SOURCE = QT_TRANSLATE_NOOP("Reports", "Source: {file}")
ARRIVAL = QT_TRANSLATE_NOOP("Reports", "Arrival")
DEPARTURE = QT_TRANSLATE_NOOP("Reports", "Departure")
SIGNATURE = QT_TRANSLATE_NOOP("Reports",
                              "Date and signature by master, authorized agent or officer")

# (item number on the form, label)
HEADER_FIELDS = (
    ("1.1", QT_TRANSLATE_NOOP("Reports", "Name of ship")),
    ("1.2", QT_TRANSLATE_NOOP("Reports", "IMO number")),
    ("1.3", QT_TRANSLATE_NOOP("Reports", "Call sign")),
    ("1.4", QT_TRANSLATE_NOOP("Reports", "Voyage number")),
    ("2", QT_TRANSLATE_NOOP("Reports", "Port of arrival/departure")),
    ("3", QT_TRANSLATE_NOOP("Reports", "Date of arrival/departure")),
    ("4", QT_TRANSLATE_NOOP("Reports", "Flag State of ship")),
    ("5", QT_TRANSLATE_NOOP("Reports", "Last port of call")),
)
# (item number, label, share of the width, alignment, monospace)
TABLE_FIELDS = (
    ("6", QT_TRANSLATE_NOOP("Reports", "No."), 0.5, Align.RIGHT, False),
    ("7", QT_TRANSLATE_NOOP("Reports", "Family name"), 1.35, Align.LEFT, False),
    ("8", QT_TRANSLATE_NOOP("Reports", "Given names"), 1.55, Align.LEFT, False),
    ("9", QT_TRANSLATE_NOOP("Reports", "Rank or rating"), 1.15, Align.LEFT, False),
    ("10", QT_TRANSLATE_NOOP("Reports", "Nationality"), 0.85, Align.LEFT, False),
    ("11", QT_TRANSLATE_NOOP("Reports", "Date of birth"), 1.2, Align.LEFT, False),
    ("12", QT_TRANSLATE_NOOP("Reports", "Place of birth"), 1.1, Align.LEFT, False),
    ("13", QT_TRANSLATE_NOOP("Reports", "Gender"), 0.65, Align.LEFT, False),
    ("14", QT_TRANSLATE_NOOP("Reports", "Nature of identity document"), 1.45, Align.LEFT,
     False),
    ("15", QT_TRANSLATE_NOOP("Reports", "Number of identity document"), 1.2, Align.LEFT,
     True),
    ("16", QT_TRANSLATE_NOOP("Reports", "Issuing State of identity document"), 0.95,
     Align.LEFT, False),
    ("17", QT_TRANSLATE_NOOP("Reports", "Expiry date of identity document"), 1.2, Align.LEFT,
     False),
)
DIRECTION_SHARE = 0.16  # of the header's width, for the Arrival / Departure ticks
TICK = 3.2 * mm


@dataclass(frozen=True)
class CrewListReportData:
    """Everything the crew list prints: the list with its rows, and where it belongs."""

    station: Station
    vessel: Vessel
    port_call: PortCall
    crew_list: CrewList
    printed_by: str = ""
    printed_at: datetime | None = None

    @property
    def reference(self) -> str:
        short = (self.crew_list.uid[:8] or str(self.crew_list.id or 0)).upper()
        return f"{self.station.locode}-CL-{short}"

    def verification_code(self) -> str:
        return p.content_code(self.reference, self.vessel, self.port_call, self.crew_list)


def render_crew_list(data: CrewListReportData, translate: Translate = identity_translate,
                     language: str = ENGLISH) -> bytes:
    """The crew list as PDF bytes (A4 landscape), in `language` ("en" or "km")."""
    title = translate("Reports", TITLE)
    report = Report(ReportInfo(title=f"{title} — {data.vessel.name}", station=data.station,
                               language=language, reference=data.reference,
                               verification_code=data.verification_code(),
                               author=data.printed_by, orientation=Orientation.LANDSCAPE),
                    translate)
    story: list[Flowable] = [
        _title(report, title), _header(report, data), Spacer(1, 3 * mm),
        data_table(report, _columns(report), [_row(report, m) for m in data.crew_list.members],
                   zebra=True),
        _signature(report, data)]
    return report.render(story)


def _title(report: Report, title: str) -> Flowable:
    """The title on the left, the form's name on the right, as the form prints them."""
    half = report.frame_width() / 2
    form = ParagraphStyle("form", parent=report.styles.subtitle, alignment=TA_RIGHT)
    table = Table([[report.paragraph(title, "title", width=half),
                    Paragraph(report.markup(report.text(FORM), style=form, width=half), form)]],
                  colWidths=[half, half], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)]))
    return table


def _label(report: Report, number: str, label: str) -> str:
    return f"{report.digits(number)} {report.text(label)}"


def _columns(report: Report) -> list[Column]:
    return [Column(_label(report, number, label), weight, align, mono)
            for number, label, weight, align, mono in TABLE_FIELDS]


def _row(report: Report, m: CrewMember) -> tuple[str, ...]:
    return (report.digits(str(m.number)), m.family_name, m.given_names, m.rank, m.nationality,
            p.numeric_date(report, m.date_of_birth), m.place_of_birth, m.gender,
            m.document_type, m.document_number, m.document_issuer,
            p.numeric_date(report, m.document_expiry))


def _header_values(report: Report, data: CrewListReportData) -> list[str]:
    v, pc, station = data.vessel, data.port_call, data.station
    moment = pc.arrival if data.crew_list.direction == Direction.ARRIVAL else pc.departure
    name = KNOWN_PORTS.get(station.locode)
    here = f"{name} ({station.locode})" if name else station.locode
    return [v.name, v.imo or "", v.call_sign or "", pc.voyage_number, here,
            p.when(report, moment) if moment else "",
            p.country(v.flag, report.info.language, report.translate), p.port(pc.last_port)]


def _box(report: Report, label: str, value: str, width: float) -> list[Flowable]:
    inner = width - 2 * CELL_PADDING
    return [report.paragraph(label, "small", width=inner),
            report.paragraph(value or p.EMPTY, "body", bold=True, width=inner)]


def _header(report: Report, data: CrewListReportData) -> Flowable:
    """Two rows of four boxes as on the form, and the Arrival / Departure ticks beside."""
    full = report.frame_width()
    tick_width = full * DIRECTION_SHARE
    box = (full - tick_width) / 4
    values = _header_values(report, data)
    cells = [_box(report, _label(report, number, label), value, box)
             for (number, label), value in zip(HEADER_FIELDS, values, strict=True)]
    arriving = data.crew_list.direction == Direction.ARRIVAL
    rows: list[list[Any]] = [
        [*cells[:4], _tick(report, report.text(ARRIVAL), arriving, tick_width)],
        [*cells[4:], _tick(report, report.text(DEPARTURE), not arriving, tick_width)]]
    table = Table(rows, colWidths=[box] * 4 + [tick_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (4, 0), (4, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
        ("GRID", (0, 0), (-1, -1), 0.6, styles.INK),
    ]))
    return table


def _tick(report: Report, label: str, checked: bool, width: float) -> Flowable:
    """A box, crossed when `checked`, and its label."""
    mark = TickBox(checked)
    table = Table([[mark, report.paragraph(label, "body", bold=checked,
                                           width=width - TICK - 4 * CELL_PADDING)]],
                  colWidths=[TICK + 2 * CELL_PADDING, None], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


class TickBox(Flowable):
    """A square tick box as printed forms have, with a cross when checked."""

    def __init__(self, checked: bool, size: float = TICK) -> None:
        super().__init__()
        self.checked, self.size = checked, size
        self.width = self.height = size

    def draw(self) -> None:
        canvas, s = self.canv, self.size
        canvas.saveState()
        canvas.setStrokeColor(styles.INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, s, s)
        if self.checked:
            canvas.setLineWidth(1.2)
            inset = s * 0.2
            canvas.line(inset, inset, s - inset, s - inset)
            canvas.line(inset, s - inset, s - inset, inset)
        canvas.restoreState()


def _signature(report: Report, data: CrewListReportData) -> Flowable:
    """The form's last box, with room to sign, and where this printout came from."""
    full = report.frame_width()
    box = Table([[report.paragraph(report.text(SIGNATURE), "small", width=full / 2)],
                 [Spacer(1, 16 * mm)]], colWidths=[full / 2], hAlign="LEFT")
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, styles.INK),
                             ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                             ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING)]))
    notes = []
    if data.printed_by or data.printed_at is not None:
        printed = report.format_datetime(data.printed_at) if data.printed_at else ""
        notes.append(report.text(PRINTED, name=data.printed_by, date=printed))
    if data.crew_list.source and data.crew_list.source != "manual":
        notes.append(report.text(SOURCE, file=data.crew_list.source))
    flowables: list[Flowable] = [Spacer(1, 5 * mm), box]
    if notes:
        flowables += [Spacer(1, 2 * mm), report.paragraph("\n".join(notes), "small")]
    return KeepTogether(flowables)
