"""The inspection report: one inspection with its vessel, port call, findings, persons found
aboard, attachments, amendments and a signature block, in English or Khmer.

    data = gather.inspection_report_data(desk, inspection_id, printed_by, printed_at)
    pdf = render_inspection_report(data, translate, "km")  # bytes, written where asked

Everything the report shows is in `InspectionReportData`, so rendering needs no store. Names,
numbers and findings are printed as recorded; labels are translated ("Reports", and the
record labels in "Records").
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from piu_desk.core.domain.crew import VULNERABILITY_LABELS, PersonAboard, Vulnerability
from piu_desk.core.domain.identifiers import ship_type_label
from piu_desk.core.domain.inspection import (
    OUTCOME_LABELS,
    RISK_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    Amendment,
    Inspection,
    Status,
)
from piu_desk.core.domain.station import Station
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.reports import particulars as p
from piu_desk.core.reports.dates import ENGLISH
from piu_desk.core.reports.document import Report, ReportInfo
from piu_desk.core.reports.tables import Align, Column, Signatory, data_table, signature_block
from piu_desk.core.text import QT_TRANSLATE_NOOP, Translate, identity_translate

RECORDS = "Records"
THUMBNAIL = 28 * mm  # the longer side of an attachment's preview
THUMBNAILS_PER_ROW = 5

TITLE = QT_TRANSLATE_NOOP("Reports", "Inspection report")
PRINTED = QT_TRANSLATE_NOOP("Reports", "Printed by {name} on {date}")
NOT_APPROVED = QT_TRANSLATE_NOOP(
    "Reports", "This inspection is not approved ({status}); the record may still change.")
VESSEL = QT_TRANSLATE_NOOP("Reports", "Vessel")
PORT_CALL = QT_TRANSLATE_NOOP("Reports", "Port call")
INSPECTION = QT_TRANSLATE_NOOP("Reports", "Inspection")
FINDINGS = QT_TRANSLATE_NOOP("Reports", "Findings")
NO_FINDINGS = QT_TRANSLATE_NOOP("Reports", "No findings were written.")
ABOARD = QT_TRANSLATE_NOOP("Reports", "Persons found aboard")
ATTACHMENTS = QT_TRANSLATE_NOOP("Reports", "Attachments")
AMENDMENTS = QT_TRANSLATE_NOOP("Reports", "Amendments")
# vessel particulars
NAME = QT_TRANSLATE_NOOP("Reports", "Name")
IMO = QT_TRANSLATE_NOOP("Reports", "IMO number")
MMSI = QT_TRANSLATE_NOOP("Reports", "MMSI")
CALL_SIGN = QT_TRANSLATE_NOOP("Reports", "Call sign")
FLAG = QT_TRANSLATE_NOOP("Reports", "Flag")
TYPE = QT_TRANSLATE_NOOP("Reports", "Type")
TONNAGE = QT_TRANSLATE_NOOP("Reports", "Gross tonnage")
OWNER = QT_TRANSLATE_NOOP("Reports", "Owner / operator")
FORMER = QT_TRANSLATE_NOOP("Reports", "Former names and flags")
# port call
ARRIVAL = QT_TRANSLATE_NOOP("Reports", "Arrival")
DEPARTURE = QT_TRANSLATE_NOOP("Reports", "Departure")
LAST_PORT = QT_TRANSLATE_NOOP("Reports", "Last port")
NEXT_PORT = QT_TRANSLATE_NOOP("Reports", "Next port")
BERTH = QT_TRANSLATE_NOOP("Reports", "Berth")
AGENT = QT_TRANSLATE_NOOP("Reports", "Agent")
VOYAGE = QT_TRANSLATE_NOOP("Reports", "Voyage number")
CREW = QT_TRANSLATE_NOOP("Reports", "Crew")
PASSENGERS = QT_TRANSLATE_NOOP("Reports", "Passengers")
# inspection
STARTED = QT_TRANSLATE_NOOP("Reports", "Date and time")
OFFICERS = QT_TRANSLATE_NOOP("Reports", "Boarding officers")
RISK = QT_TRANSLATE_NOOP("Reports", "Risk level")
OUTCOME = QT_TRANSLATE_NOOP("Reports", "Outcome")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
REVIEWED_BY = QT_TRANSLATE_NOOP("Reports", "Reviewed by")
REVIEWED_ON = QT_TRANSLATE_NOOP("Reports", "Reviewed on")
COMMENT = QT_TRANSLATE_NOOP("Reports", "Review comment")
# tables
NUMBER = QT_TRANSLATE_NOOP("Reports", "No.")
NATIONALITY = QT_TRANSLATE_NOOP("Reports", "Nationality")
BORN_OR_AGE = QT_TRANSLATE_NOOP("Reports", "Date of birth or age")
AGE = QT_TRANSLATE_NOOP("Reports", "{age} years")
GENDER = QT_TRANSLATE_NOOP("Reports", "Gender")
VULNERABILITY = QT_TRANSLATE_NOOP("Reports", "Vulnerability")
CIRCUMSTANCES = QT_TRANSLATE_NOOP("Reports", "Circumstances")
FILE_NAME = QT_TRANSLATE_NOOP("Reports", "File name")
SIZE = QT_TRANSLATE_NOOP("Reports", "Size")
AMENDED_ON = QT_TRANSLATE_NOOP("Reports", "Amended on")
AMENDED_BY = QT_TRANSLATE_NOOP("Reports", "Amended by")
REASON = QT_TRANSLATE_NOOP("Reports", "Reason")
BOARDING_OFFICER = QT_TRANSLATE_NOOP("Reports", "Boarding officer")
REVIEWING_SUPERVISOR = QT_TRANSLATE_NOOP("Reports", "Reviewing supervisor")


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment as the report lists it; `thumbnail` (PNG or JPEG bytes) is shown as a
    small preview when given."""

    file_name: str
    size: int
    mime_type: str = ""
    thumbnail: bytes | None = None


@dataclass(frozen=True)
class InspectionReportData:
    """Everything an inspection report prints. `full_names` maps the user names found in
    the records (boarding officers, reviewer, amendment authors) to full names."""

    station: Station
    vessel: Vessel
    port_call: PortCall
    inspection: Inspection
    full_names: Mapping[str, str] = field(default_factory=dict)
    amendments: Sequence[Amendment] = ()
    persons_aboard: Sequence[PersonAboard] = ()
    attachments: Sequence[AttachmentInfo] = ()
    printed_by: str = ""
    printed_at: datetime | None = None

    def name_of(self, username: str) -> str:
        return self.full_names.get(username) or username

    @property
    def officer_names(self) -> list[str]:
        return [self.name_of(u) for u in self.inspection.officers]

    @property
    def reference(self) -> str:
        """The station's LOCODE and the short form of the inspection's global id."""
        short = (self.inspection.uid[:8] or str(self.inspection.id or 0)).upper()
        return f"{self.station.locode}-INS-{short}"

    def verification_code(self) -> str:
        """Changes with any printed particular of the record, so two printouts can be
        compared (an amendment or an approval gives a new code)."""
        return p.content_code(self.reference, self.vessel, self.port_call, self.inspection,
                              list(self.amendments), list(self.persons_aboard),
                              [(a.file_name, a.size) for a in self.attachments])


def render_inspection_report(data: InspectionReportData,
                             translate: Translate = identity_translate,
                             language: str = ENGLISH) -> bytes:
    """The report as PDF bytes (A4 portrait), in `language` ("en" or "km")."""
    title = translate("Reports", TITLE)
    report = Report(ReportInfo(title=f"{title} — {data.vessel.name}", station=data.station,
                               language=language, reference=data.reference,
                               verification_code=data.verification_code(),
                               author=data.printed_by), translate)
    story: list[Flowable] = [report.paragraph(title, "title"), *_preamble(report, data)]
    story += [*report.heading(report.text(VESSEL)), _vessel(report, data.vessel),
              *report.heading(report.text(PORT_CALL)), _port_call(report, data.port_call),
              *report.heading(report.text(INSPECTION)), _inspection(report, data),
              *report.heading(report.text(FINDINGS)), *_findings(report, data.inspection),
              *report.heading(report.text(ABOARD)), _aboard(report, data.persons_aboard),
              *_attachments(report, data.attachments),
              *report.heading(report.text(AMENDMENTS)), _amendments(report, data),
              _signatures(report, data)]
    return report.render(story)


def _preamble(report: Report, data: InspectionReportData) -> list[Flowable]:
    out: list[Flowable] = []
    if data.printed_at is not None or data.printed_by:
        printed = report.format_datetime(data.printed_at) if data.printed_at else ""
        out.append(report.paragraph(report.text(PRINTED, name=data.printed_by, date=printed),
                                    "subtitle"))
    status = data.inspection.status
    if status != Status.APPROVED:
        out.append(report.paragraph(report.text(
            NOT_APPROVED, status=report.translate(RECORDS, STATUS_LABELS[status])), "body",
            bold=True))
    return out


def _vessel(report: Report, v: Vessel) -> Flowable:
    language, t = report.info.language, report.text
    kind = ""
    if v.ship_type is not None:
        label = ship_type_label(v.ship_type).render(report.translate)
        kind = f"{report.digits(str(v.ship_type))} – {label}"
    tonnage = ""
    if v.gross_tonnage is not None:
        whole = float(v.gross_tonnage).is_integer()
        tonnage = (report.format_number(int(v.gross_tonnage)) if whole
                   else report.digits(f"{v.gross_tonnage:,.1f}"))
    fields = [(t(NAME), v.name), (t(IMO), v.imo or ""), (t(MMSI), v.mmsi or ""),
              (t(CALL_SIGN), v.call_sign or ""),
              (t(FLAG), p.country(v.flag, language, report.translate)), (t(TYPE), kind),
              (t(TONNAGE), tonnage), (t(OWNER), v.owner_operator)]
    if v.history:
        former = "; ".join(f"{h.name} ({h.flag}{', ' + h.since[:4] if h.since else ''}"
                           f"{'–' + h.until[:4] if h.until else ''})" for h in v.history)
        fields.append((t(FORMER), former))
    return p.field_grid(report, fields)


def _port_call(report: Report, pc: PortCall) -> Flowable:
    t = report.text

    def count(value: int | None) -> str:
        return "" if value is None else report.format_number(value)
    return p.field_grid(report, [
        (t(ARRIVAL), p.when(report, pc.arrival)), (t(DEPARTURE), p.when(report, pc.departure)),
        (t(LAST_PORT), p.port(pc.last_port)), (t(NEXT_PORT), p.port(pc.next_port)),
        (t(BERTH), pc.berth), (t(VOYAGE), pc.voyage_number),
        (t(CREW), count(pc.crew_count)), (t(PASSENGERS), count(pc.passenger_count)),
        (t(AGENT), pc.agent)])


def _inspection(report: Report, data: InspectionReportData) -> Flowable:
    i, t, tr = data.inspection, report.text, report.translate
    reviewed = i.status in (Status.APPROVED, Status.RETURNED)
    fields = [(t(STARTED), p.when(report, i.started_at)),
              (t(TYPE), tr(RECORDS, TYPE_LABELS[i.type])),
              (t(OFFICERS), ", ".join(data.officer_names)),
              (t(RISK), tr(RECORDS, RISK_LABELS[i.risk])),
              (t(OUTCOME), tr(RECORDS, OUTCOME_LABELS[i.outcome])),
              (t(STATUS), tr(RECORDS, STATUS_LABELS[i.status])),
              (t(REVIEWED_BY), data.name_of(i.reviewed_by) if reviewed else ""),
              (t(REVIEWED_ON), p.when(report, i.reviewed_at) if reviewed else "")]
    if i.review_comment:
        fields.append((t(COMMENT), i.review_comment))
    return p.field_grid(report, fields)


def _findings(report: Report, i: Inspection) -> list[Flowable]:
    """One paragraph per paragraph written; a long text flows on over the pages."""
    parts = [part for part in i.findings.split("\n") if part.strip()]
    if not parts:
        return [report.paragraph(report.text(NO_FINDINGS))]
    return [report.paragraph(part) for part in parts]


def _aboard(report: Report, persons: Sequence[PersonAboard]) -> Flowable:
    t, tr = report.text, report.translate
    columns = [Column(t(NUMBER), 0.45, Align.RIGHT), Column(t(NAME), 1.9),
               Column(t(NATIONALITY), 1.35), Column(t(BORN_OR_AGE), 1.1),
               Column(t(GENDER), 0.85), Column(t(VULNERABILITY), 2.0),
               Column(t(CIRCUMSTANCES), 2.2)]
    rows = []
    for n, person in enumerate(persons, start=1):
        born = (p.numeric_date(report, person.date_of_birth) if person.date_of_birth else
                t(AGE, age=report.digits(str(person.age))) if person.age is not None else "")
        flags = [tr(RECORDS, VULNERABILITY_LABELS[v]) for v in Vulnerability
                 if v in person.vulnerabilities]
        rows.append((report.digits(str(n)),
                     f"{person.family_name} {person.given_names}".strip(),
                     p.country(person.nationality, report.info.language, tr), born,
                     person.gender, "\n".join(flags), person.circumstances))
    return data_table(report, columns, rows)


def _attachments(report: Report, attachments: Sequence[AttachmentInfo]) -> list[Flowable]:
    """The list, and the previews beneath kept on one page with it and its heading."""
    t = report.text
    heading = report.heading(t(ATTACHMENTS))
    columns = [Column(t(NUMBER), 0.45, Align.RIGHT), Column(t(FILE_NAME), 4.0),
               Column(t(TYPE), 1.6), Column(t(SIZE), 1.0, Align.RIGHT)]
    rows = [(report.digits(str(n)), a.file_name, a.mime_type, p.file_size(report, a.size))
            for n, a in enumerate(attachments, start=1)]
    table = data_table(report, columns, rows)
    previews = _thumbnails(report, attachments)
    if previews is None:
        return [*heading, table]
    return [heading[0], KeepTogether([*heading[1:], table, Spacer(1, 3 * mm), previews])]


def _thumbnails(report: Report, attachments: Sequence[AttachmentInfo]) -> Flowable | None:
    """The previews in rows, each under its number; unreadable image bytes are left out."""
    cells: list[list[Flowable]] = []
    for n, a in enumerate(attachments, start=1):
        if not a.thumbnail:
            continue
        try:
            width, height = ImageReader(io.BytesIO(a.thumbnail)).getSize()
        except Exception:  # a damaged preview must not stop the report
            continue
        scale = THUMBNAIL / max(width, height, 1)
        cells.append([Image(io.BytesIO(a.thumbnail), width * scale, height * scale),
                      report.paragraph(report.digits(str(n)), "small")])
    if not cells:
        return None
    rows: list[list[Any]] = [cells[i:i + THUMBNAILS_PER_ROW]
                             for i in range(0, len(cells), THUMBNAILS_PER_ROW)]
    rows[-1] += [""] * (THUMBNAILS_PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[report.frame_width() / THUMBNAILS_PER_ROW]
                  * THUMBNAILS_PER_ROW, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _amendments(report: Report, data: InspectionReportData) -> Flowable:
    t = report.text
    columns = [Column(t(NUMBER), 0.45, Align.RIGHT), Column(t(AMENDED_ON), 2.0),
               Column(t(AMENDED_BY), 1.6), Column(t(REASON), 4.6)]
    rows = [(report.digits(str(a.seq)), p.when(report, a.at), data.name_of(a.by), a.reason)
            for a in data.amendments]
    return data_table(report, columns, rows)


def _signatures(report: Report, data: InspectionReportData) -> Flowable:
    i = data.inspection
    lead = data.officer_names[0] if data.officer_names else ""
    approved = i.status == Status.APPROVED
    reviewed_on = p.moment(i.reviewed_at) if approved else None
    return signature_block(report, [
        Signatory(report.text(BOARDING_OFFICER), lead),
        Signatory(report.text(REVIEWING_SUPERVISOR),
                  data.name_of(i.reviewed_by) if approved else "", "",
                  report.format_date(reviewed_on.date()) if reviewed_on else "")])
