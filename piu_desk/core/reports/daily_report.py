"""The supervisor's daily report as PDF, in English or Khmer (chosen per report).

    data = daily_figures.daily_data(desk, period)
    pdf = render_daily_report(data, translate, "km", number="KHKOS-DR-2026-0042",
                              code="7F3K-92QD")

Page 1 opens with the title, the period and a header block (unit, station, period, report
number, prepared by, issued on), then the summary figures side by side; the sections with
their detail rows follow, then the pending items carried over and the signature block. Every
page has the desk's header and a footer with the station, the report number, the short
verification code and "Page X of Y" (document.Report). Without a number the copy is a draft
and says so. Issuing (number, code, audit) is daily_register's.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from piu_desk.core.domain.accounts import ROLE_LABELS, Role
from piu_desk.core.domain.inspection import OUTCOME_LABELS
from piu_desk.core.domain.tipoff import STATUS_LABELS as TIPOFF_STATUS_LABELS
from piu_desk.core.reports import particulars as p
from piu_desk.core.reports import styles
from piu_desk.core.reports.daily_figures import DailyData, Figures, Signer
from piu_desk.core.reports.daily_labels import DISPOSITION_LABELS, GRADE_NONE, GRADED, T
from piu_desk.core.reports.daily_sections import Sections, label
from piu_desk.core.reports.dates import ENGLISH
from piu_desk.core.reports.document import HEADING_ROOM, Report, ReportInfo
from piu_desk.core.reports.tables import CELL_PADDING, Signatory, signatories, signature_block
from piu_desk.core.text import Translate, identity_translate

GAP = 6 * mm  # between the two columns of the summary
Group = tuple[str, int | None, list[tuple[str, int]]]  # title, total, (label, count) rows


def render_daily_report(data: DailyData, translate: Translate = identity_translate,
                        language: str = ENGLISH, *, number: str = "", code: str = "") -> bytes:
    """The report as PDF bytes (A4 portrait). `number` and `code` are the issued report's;
    without them the copy is marked as a draft."""
    title = translate("Reports", T.TITLE)
    report = Report(ReportInfo(title=title, station=data.station, language=language,
                               reference=number, verification_code=code,
                               author=data.prepared_by.full_name), translate)
    period = data.period.describe(language, khmer_digits=report.info.khmer_digits)
    story: list[Flowable] = [report.paragraph(title, "title"),
                             report.paragraph(period, "subtitle")]
    if not number:
        story.append(report.paragraph(report.text(T.DRAFT), "body", bold=True))
    story += [_header(report, data, period, number), Spacer(1, 2 * mm),
              report.paragraph(report.text(T.VERIFY_NOTE), "small") if number else Spacer(1, 0),
              *report.heading(report.text(T.SUMMARY)), _summary(report, data.figures)]
    story += Sections(report, data).all(report.heading, lambda text: _subheading(report, text))
    story.append(_signatures(report, data))
    return report.render(story)


def _subheading(report: Report, text: str) -> list[Flowable]:
    """A heading under "Pending items", kept off the foot of a page as headings are."""
    return [CondPageBreak(HEADING_ROOM), Spacer(1, 2 * mm),
            report.paragraph(text, "body", bold=True)]


def _header(report: Report, data: DailyData, period: str, number: str) -> Flowable:
    t, station = report.text, data.station
    issued = p.when(report, data.issued_at)
    return p.field_grid(report, [
        (t(T.UNIT), station.unit or station.name),
        (t(T.STATION), f"{station.name} ({station.locode})"),
        (t(T.PERIOD), period), (t(T.REPORT_NUMBER), number or t(T.NOT_ISSUED)),
        (t(T.PREPARED_BY), _who(report, data.prepared_by)), (t(T.ISSUED_ON), issued)])


def _who(report: Report, signer: Signer) -> str:
    return f"{signer.full_name or signer.username}, {_role(report, signer)}"


def _role(report: Report, signer: Signer) -> str:
    try:
        return report.translate("Roles", ROLE_LABELS[Role(signer.role)])
    except ValueError:
        return signer.role


# -- the summary ----------------------------------------------------------------------------
def _groups(report: Report, f: Figures) -> tuple[list[Group], list[Group]]:
    t = report.text
    outcomes = [(label(report, "Records", OUTCOME_LABELS, k), n)
                for k, n in f.inspections_by_outcome]
    dispositions = [(label(report, "Reports", DISPOSITION_LABELS, k), n)
                    for k, n in f.alerts_by_disposition]
    statuses = [(label(report, "Intel", TIPOFF_STATUS_LABELS, k), n)
                for k, n in f.tipoffs_by_status]
    grades = [(t(GRADED, grade=k) if k else t(GRADE_NONE), n) for k, n in f.tipoffs_by_grade]
    left: list[Group] = [
        (t(T.VESSELS), None, [(t(T.ARRIVED), f.arrived), (t(T.DEPARTED), f.departed)]),
        (t(T.INSPECTIONS), f.inspections, outcomes),
        (t(T.CREW_SCREENED), f.crew_screened, [(t(T.CREW_LISTS), f.crew_lists)]),
        (t(T.ABOARD), f.aboard, [(t(T.MINORS), f.minors), (t(T.VICTIMS), f.possible_victims)]),
    ]
    right: list[Group] = [
        (t(T.ALERTS_RAISED), f.alerts, dispositions),
        (t(T.TIPOFFS), f.tipoffs, statuses + grades),
        (t(T.EQUIPMENT), None, [(t(T.ISSUED), f.equipment_issued),
                                (t(T.RETURNED), f.equipment_returned),
                                (t(T.LOST), f.equipment_lost)]),
        (t(T.PENDING), None, [(t(T.AWAITING), f.awaiting_approval),
                              (t(T.OPEN_ALERTS), f.open_alerts),
                              (t(T.OVERDUE), f.overdue_returns)]),
    ]
    return left, right


def _summary(report: Report, figures: Figures) -> Flowable:
    """The figures in two columns of groups: a group's title and total, then its parts."""
    half = (report.frame_width() - GAP) / 2
    left, right = _groups(report, figures)
    outer = Table([[_column(report, left, half), "", _column(report, right, half)]],
                  colWidths=[half, GAP, half], hAlign="LEFT")
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _column(report: Report, groups: list[Group], width: float) -> Flowable:
    value_width = 16 * mm
    text_width = width - value_width - 2 * CELL_PADDING
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BOX", (0, 0), (-1, -1), 0.4, styles.RULE),
    ]
    for title, total, parts in groups:
        top = len(rows)
        commands += [("BACKGROUND", (0, top), (-1, top), styles.HEADER_FILL),
                     ("LINEABOVE", (0, top), (-1, top), 0.4, styles.RULE)]
        rows.append([report.paragraph(title, "table_header", width=text_width),
                     _count(report, total, bold=True)])
        for text, count in parts:
            rows.append([report.paragraph(text, "table_text", width=text_width - 4 * mm),
                         _count(report, count)])
            commands.append(("LEFTPADDING", (0, len(rows) - 1), (0, len(rows) - 1),
                             CELL_PADDING + 4 * mm))
    table = Table(rows, colWidths=[width - value_width, value_width], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _count(report: Report, value: int | None, *, bold: bool = False) -> Flowable:
    text = "" if value is None else report.format_number(value)
    return report.paragraph(text, "table_number", bold=bold)


# -- signatures ----------------------------------------------------------------------------------
def _signatures(report: Report, data: DailyData) -> Flowable:
    prepared = data.prepared_by
    issued = p.moment(data.issued_at)
    reviewed = data.reviewed_by
    return signature_block(report, signatories(
        report,
        Signatory("", prepared.full_name or prepared.username, _role(report, prepared),
                  report.format_date(issued.date()) if issued else ""),
        Signatory("", reviewed.full_name or reviewed.username, _role(report, reviewed))
        if reviewed else None))
