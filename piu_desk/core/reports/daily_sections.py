"""The daily report's sections: one table of detail rows behind each figure, and the pending
items carried over. Each table splits across pages with its header row repeated; an empty
one says "None". Labels are translated in "Reports"; the records' own labels (outcomes,
statuses, dispositions, vulnerabilities, equipment events, roles) in their contexts."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable

from piu_desk.core.domain.asset import EVENT_LABELS
from piu_desk.core.domain.crew import VULNERABILITY_LABELS, Vulnerability
from piu_desk.core.domain.handling import HANDLING_LABELS
from piu_desk.core.domain.inspection import OUTCOME_LABELS, STATUS_LABELS, TYPE_LABELS
from piu_desk.core.domain.tipoff import CHANNEL_LABELS
from piu_desk.core.domain.tipoff import STATUS_LABELS as TIPOFF_STATUS_LABELS
from piu_desk.core.reports import particulars as p
from piu_desk.core.reports.daily_figures import DailyData
from piu_desk.core.reports.daily_labels import (
    AGE,
    BY,
    DIRECTION_LABELS,
    DISPOSITION_LABELS,
    GRADE_NONE,
    SUBJECT_LABELS,
    T,
)
from piu_desk.core.reports.daily_table import Cells
from piu_desk.core.reports.document import Report
from piu_desk.core.reports.tables import Align, Column
from piu_desk.core.store.daily import AlertRow, CallRow, InspectionRow

SUMMARY_CHARS = 240  # of a tip-off's text
TIME_WEIGHT, MOMENT_WEIGHT = 0.9, 1.55  # a column of times of day, or of dates and times



def label(report: Report, context: str, labels: Mapping[Any, str], value: str) -> str:
    """A stored value's label (labels are keyed by str enums or strings) in the report's
    language; the value itself when unknown."""
    found = labels.get(value)
    return report.translate(context, found) if found else value


class Sections:
    """The section tables of one report."""

    def __init__(self, report: Report, data: DailyData) -> None:
        self.report, self.data = report, data
        self.cells = Cells(report)

    # -- how cells are written ------------------------------------------------------------
    def when(self, text: str) -> str:
        """A moment as a cell shows it: the time alone on a one-day report when it falls on
        that day, otherwise the numeric date and the time; local port time."""
        value = p.moment(text)
        if value is None:
            return text
        return self.at(value)

    def at(self, value: datetime) -> str:
        time = self.report.digits(f"{value:%H:%M}")
        period = self.data.period
        if period.is_day and value.date() == period.first_day:
            return time
        return f"{p.numeric_date(self.report, value.date().isoformat())} {time}"

    def moment_weight(self, pending: bool = False) -> float:
        """How wide a column of moments is: times alone fit a narrow one."""
        return TIME_WEIGHT if self.data.period.is_day and not pending else MOMENT_WEIGHT

    def day(self, text: str) -> str:
        return p.numeric_date(self.report, text)

    def number(self, value: int) -> str:
        return self.report.format_number(value)

    def officers(self, names: Sequence[str]) -> str:
        return ", ".join(self.data.name_of(n) for n in names)

    def table(self, columns: Sequence[tuple[str, float] | tuple[str, float, Align]],
              rows: Sequence[Sequence[str]]) -> Flowable:
        """Numbered rows under translated column titles ("No." first)."""
        t = self.report.text
        cols = [Column(t(T.NUMBER), 0.55, Align.RIGHT)] + [
            Column(t(c[0]), c[1], c[2] if len(c) > 2 else Align.LEFT) for c in columns]
        return self.cells.table(cols, [(self.report.digits(str(n)), *row)
                                       for n, row in enumerate(rows, start=1)])

    # -- the sections --------------------------------------------------------------------------
    def calls(self, rows: Sequence[CallRow], departing: bool) -> Flowable:
        moment = T.DEPARTURE if departing else T.ARRIVAL
        port = T.NEXT_PORT if departing else T.LAST_PORT
        return self.table(
            [(moment, self.moment_weight()), (T.VESSEL, 2.4), (T.IMO, 1.0), (T.FLAG, 0.7),
             (T.BERTH, 1.4), (port, 1.35)],
            [(self.when(r.departure if departing else r.arrival), r.vessel, r.imo, r.flag,
              r.berth, r.next_port if departing else r.last_port) for r in rows])

    def inspections(self, rows: Sequence[InspectionRow], *, pending: bool = False
                    ) -> Flowable:
        columns: list[tuple[str, float]] = [(T.STARTED, self.moment_weight(pending)),
                                            (T.VESSEL, 2.0), (T.IMO, 1.0)]
        if not pending:
            columns.append((T.TYPE, 1.2))
        columns += [(T.OUTCOME, 1.6), (T.OFFICERS, 1.9)]
        if not pending:
            columns.insert(5, (T.STATUS, 1.3))
        out = []
        for r in rows:
            row = [self.when(r.started_at), r.vessel, r.imo]
            if not pending:
                row.append(label(self.report, "Records", TYPE_LABELS, r.type))
            row.append(label(self.report, "Records", OUTCOME_LABELS, r.outcome))
            if not pending:
                row.append(label(self.report, "Records", STATUS_LABELS, r.status))
            row.append(self.officers(r.officers))
            out.append(row)
        return self.table(columns, out)

    def crew_lists(self) -> Flowable:
        return self.table(
            [(T.RECORDED, self.moment_weight()), (T.VESSEL, 2.4), (T.IMO, 1.0), (T.DIRECTION, 1.2),
             (T.CREW_MEMBERS, 1.1, Align.RIGHT), (T.ALERTS, 0.9, Align.RIGHT)],
            [(self.when(r.created_at), r.vessel, r.imo,
              label(self.report, "Reports", DIRECTION_LABELS, r.direction),
              self.number(r.members), self.number(r.alerts)) for r in self.data.crew_lists])

    def alerts(self, rows: Sequence[AlertRow], *, pending: bool = False) -> Flowable:
        columns: list[tuple[str, float] | tuple[str, float, Align]] = [
            (T.RAISED, self.moment_weight(pending)), (T.SUBJECT, 2.2), (T.VESSEL, 1.8),
            (T.ENTRY, 2.0), (T.SCORE, 0.8, Align.RIGHT)]
        if not pending:
            columns.append((T.DISPOSITION, 1.7))
        out = []
        for r in rows:
            kind = label(self.report, "Reports", SUBJECT_LABELS, r.subject_kind)
            row = [self.when(r.created_at), f"{r.subject}\n{kind}", r.vessel,
                   r.entry.replace("\n", "; "), self.report.digits(f"{r.score:.2f}")]
            if not pending:
                row.append(self.disposition(r))
            out.append(row)
        return self.table(columns, out)

    def disposition(self, r: AlertRow) -> str:
        text = label(self.report, "Reports", DISPOSITION_LABELS, r.status)
        if r.disposed_by:
            text += "\n" + self.report.text(BY, name=self.data.name_of(r.disposed_by))
        return text

    def aboard(self) -> Flowable:
        t = self.report.text
        rows = []
        for r in self.data.aboard:
            born = (self.day(r.date_of_birth) if r.date_of_birth else
                    t(AGE, age=self.report.digits(str(r.age))) if r.age is not None else "")
            flags = [label(self.report, "Records", VULNERABILITY_LABELS, v.value)
                     for v in Vulnerability if v.value in r.vulnerabilities]
            rows.append((f"{r.family_name} {r.given_names}".strip(), r.vessel, r.nationality,
                         born, r.gender, "\n".join(flags)))
        return self.table([(T.NAME, 2.2), (T.VESSEL, 2.0), (T.NATIONALITY, 1.1),
                           (T.BORN_OR_AGE, 1.2), (T.GENDER, 0.8), (T.VULNERABILITY, 2.2)],
                          rows)

    def tipoffs(self) -> Flowable:
        t = self.report.text
        rows = []
        for r in self.data.tipoffs:
            text = " ".join(r.text.split())
            if len(text) > SUMMARY_CHARS:
                text = text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
            rows.append((self.when(r.received_at),
                         label(self.report, "Intel", CHANNEL_LABELS, r.channel),
                         r.source_code, r.grade or t(GRADE_NONE),
                         label(self.report, "Intel", HANDLING_LABELS, r.handling),
                         label(self.report, "Intel", TIPOFF_STATUS_LABELS, r.status),
                         text))
        return self.table([(T.RECEIVED, self.moment_weight()), (T.CHANNEL, 1.2),
                           (T.SOURCE, 1.4),
                           (T.GRADE, 0.8), (T.HANDLING, 1.4), (T.STATUS, 1.0),
                           (T.SUMMARY, 2.9)], rows)

    def equipment(self) -> Flowable:
        return self.table(
            [(T.DATE, 1.1), (T.TAG, 1.3), (T.ITEM, 2.4), (T.EVENT, 1.4), (T.HOLDER, 1.5),
             (T.RECORDED_BY, 1.5)],
            [(self.day(r.on_date), r.tag, r.description,
              label(self.report, "Equipment", EVENT_LABELS, r.kind),
              self.data.name_of(r.holder), self.data.name_of(r.by_user))
             for r in self.data.equipment])

    def overdue(self) -> Flowable:
        return self.table(
            [(T.TAG, 1.3), (T.ITEM, 2.6), (T.HOLDER, 1.8), (T.ISSUED_ON, 1.2),
             (T.EXPECTED_BACK, 1.2)],
            [(r.tag, r.description, self.data.name_of(r.holder), self.day(r.issued_on),
              self.day(r.expected_return)) for r in self.data.overdue])

    def all(self, heading: Callable[[str], list[Flowable]],
            subheading: Callable[[str], list[Flowable]]) -> list[Flowable]:
        """Every section under its heading, in the report's order."""
        d, t = self.data, self.report.text
        sections: list[tuple[str, Callable[[], Flowable]]] = [
            (T.S_ARRIVED, lambda: self.calls(d.arrivals, False)),
            (T.S_DEPARTED, lambda: self.calls(d.departures, True)),
            (T.S_INSPECTIONS, lambda: self.inspections(d.inspections)),
            (T.S_CREW, self.crew_lists),
            (T.S_ALERTS, lambda: self.alerts(d.alerts)),
            (T.S_ABOARD, self.aboard),
            (T.S_TIPOFFS, self.tipoffs),
            (T.S_EQUIPMENT, self.equipment)]
        pending: list[tuple[str, Callable[[], Flowable]]] = [
            (T.P_APPROVAL, lambda: self.inspections(d.awaiting_approval, pending=True)),
            (T.P_ALERTS, lambda: self.alerts(d.open_alerts, pending=True)),
            (T.P_OVERDUE, self.overdue)]
        out: list[Flowable] = []
        for title, table in sections:
            out += [*heading(t(title)), table()]
        out += heading(t(T.S_PENDING))
        for title, table in pending:
            out += [*subheading(t(title)), table()]
        return out

