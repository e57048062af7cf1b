"""Equipment printouts on the report foundation (English or Khmer): asset register, assets by
holder, maintenance due list, verification report, handover certificate, acceptance form.
Each takes data the equipment services return, and renders PDF bytes."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from piu_desk.core.domain.asset import (
    CONDITION_LABELS,
    STATUS_LABELS,
    Asset,
    Condition,
    usd_text,
)
from piu_desk.core.domain.station import Station
from piu_desk.core.equipment.campaigns import (
    FLAG_LABELS,
    OUTCOME_LABELS,
    CampaignReport,
    Flag,
    Outcome,
)
from piu_desk.core.equipment.custody import Holding
from piu_desk.core.equipment.maintenance import DueItem
from piu_desk.core.reports.document import Orientation, Report, ReportInfo
from piu_desk.core.reports.tables import Align, Column, Signatory, data_table, signature_block
from piu_desk.core.store.assets import Handover
from piu_desk.core.text import QT_TRANSLATE_NOOP, Translate, identity_translate

T_REGISTER = QT_TRANSLATE_NOOP("Reports", "Asset register")
T_HOLDERS = QT_TRANSLATE_NOOP("Reports", "Assets by holder")
T_DUE = QT_TRANSLATE_NOOP("Reports", "Maintenance due")
T_VERIFY = QT_TRANSLATE_NOOP("Reports", "Verification report")
T_HANDOVER = QT_TRANSLATE_NOOP("Reports", "Handover certificate")
T_ACCEPT = QT_TRANSLATE_NOOP("Reports", "Equipment acceptance form")
TAG = QT_TRANSLATE_NOOP("Reports", "Tag")
CATEGORY = QT_TRANSLATE_NOOP("Reports", "Category")
DESCRIPTION = QT_TRANSLATE_NOOP("Reports", "Description")
SERIAL = QT_TRANSLATE_NOOP("Reports", "Serial number")
LOCATION = QT_TRANSLATE_NOOP("Reports", "Location")
CONDITION = QT_TRANSLATE_NOOP("Reports", "Condition")
STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
VALUE_USD = QT_TRANSLATE_NOOP("Reports", "Value (USD)")
VALUE_KHR = QT_TRANSLATE_NOOP("Reports", "Value (KHR)")
HOLDER = QT_TRANSLATE_NOOP("Reports", "Holder")
SINCE = QT_TRANSLATE_NOOP("Reports", "Since")
ACCEPTED = QT_TRANSLATE_NOOP("Reports", "Accepted")
TASK = QT_TRANSLATE_NOOP("Reports", "Task")
DUE_ON = QT_TRANSLATE_NOOP("Reports", "Due")
OVERDUE = QT_TRANSLATE_NOOP("Reports", "Overdue")
OUTCOME = QT_TRANSLATE_NOOP("Reports", "Outcome")
NOT_CHECKED = QT_TRANSLATE_NOOP("Reports", "Not checked")
COUNT = QT_TRANSLATE_NOOP("Reports", "Items")
FLAGGED = QT_TRANSLATE_NOOP("Reports", "Flagged scans")
PROBLEM = QT_TRANSLATE_NOOP("Reports", "Problem")
SCANNED_AT = QT_TRANSLATE_NOOP("Reports", "Scanned at")
TOTAL = QT_TRANSLATE_NOOP("Reports", "{count} items, USD {usd}, KHR {khr}")
HANDOVER_TEXT = QT_TRANSLATE_NOOP(
    "Reports", "The items below were handed over by {donor} under agreement {agreement} on "
    "{date} (document {document}) and received by the unit.")
ACCEPT_TEXT = QT_TRANSLATE_NOOP(
    "Reports", "I, {holder}, have received the items below in the condition stated, and will "
    "keep them safe, use them for official duties only and return them when asked.")
HANDED_OVER_BY = QT_TRANSLATE_NOOP("Reports", "Handed over by")
RECEIVED_BY = QT_TRANSLATE_NOOP("Reports", "Received by")
ISSUED_BY = QT_TRANSLATE_NOOP("Reports", "Issued by")


def _report(title: str, station: Station, translate: Translate, language: str,
            reference: str = "") -> Report:
    return Report(ReportInfo(title=translate("Reports", title), station=station,
                             language=language, reference=reference,
                             orientation=Orientation.LANDSCAPE), translate)


def _t(r: Report, context: str, text: str) -> str:
    return r.translate(context, text)


def _asset_columns(r: Report) -> list[Column]:
    return [Column(r.text(TAG), 1.1, mono=True), Column(r.text(CATEGORY), 1),
            Column(r.text(DESCRIPTION), 2.2), Column(r.text(SERIAL), 1.3, mono=True),
            Column(r.text(LOCATION), 1.4), Column(r.text(CONDITION), 0.9),
            Column(r.text(STATUS), 0.9), Column(r.text(VALUE_USD), 0.9, Align.RIGHT),
            Column(r.text(VALUE_KHR), 1.1, Align.RIGHT)]


def _asset_row(r: Report, a: Asset) -> list[str]:
    return [a.tag, a.category, " ".join(x for x in (a.description, a.make, a.model) if x),
            a.serial_number, a.location, _t(r, "Equipment", CONDITION_LABELS[a.condition]),
            _t(r, "Equipment", STATUS_LABELS[a.status]), r.digits(usd_text(a.value_usd_cents)),
            r.digits(f"{a.value_khr:,}")]


def _total(r: Report, items: Sequence[Asset]) -> Flowable:
    return r.paragraph(r.text(TOTAL, count=r.digits(str(len(items))),
                              usd=r.digits(usd_text(sum(a.value_usd_cents for a in items))),
                              khr=r.digits(f"{sum(a.value_khr for a in items):,}")), bold=True)


def render_register(items: Sequence[Asset], station: Station,
                    translate: Translate = identity_translate, language: str = "en") -> bytes:
    r = _report(T_REGISTER, station, translate, language)
    return r.render([r.paragraph(r.text(T_REGISTER), "title"),
                     data_table(r, _asset_columns(r), [_asset_row(r, a) for a in items]),
                     Spacer(1, 3 * mm), _total(r, items)])


def render_holders(holdings: Sequence[Holding], station: Station,
                   translate: Translate = identity_translate, language: str = "en") -> bytes:
    r = _report(T_HOLDERS, station, translate, language)
    story: list[Flowable] = [r.paragraph(r.text(T_HOLDERS), "title")]
    by_holder: dict[str, list[Holding]] = {}
    for h in holdings:
        by_holder.setdefault(h.custody.holder, []).append(h)
    columns = [Column(r.text(TAG), 1, mono=True), Column(r.text(DESCRIPTION), 2.5),
               Column(r.text(SERIAL), 1.3, mono=True), Column(r.text(SINCE), 1),
               Column(r.text(ACCEPTED), 1), Column(r.text(VALUE_USD), 1, Align.RIGHT)]
    for holder, items in sorted(by_holder.items()):
        story += r.heading(holder)
        story.append(data_table(r, columns, [
            [h.asset.tag, h.asset.description, h.asset.serial_number, h.custody.issued_on,
             h.custody.accepted_at[:10], r.digits(usd_text(h.asset.value_usd_cents))]
            for h in items]))
    return r.render(story)


def render_maintenance_due(due: Sequence[DueItem], as_of: str, station: Station,
                           translate: Translate = identity_translate,
                           language: str = "en") -> bytes:
    r = _report(T_DUE, station, translate, language, as_of)
    columns = [Column(r.text(TAG), 1, mono=True), Column(r.text(DESCRIPTION), 2.2),
               Column(r.text(TASK), 2), Column(r.text(LOCATION), 1.4),
               Column(r.text(DUE_ON), 1), Column(r.text(OVERDUE), 0.8)]
    rows = [[d.asset.tag, d.asset.description, d.schedule.task, d.asset.location,
             r.digits(d.due_on), r.text(OVERDUE) if d.overdue else ""] for d in due]
    return r.render([r.paragraph(r.text(T_DUE), "title"), data_table(r, columns, rows)])


def render_verification(report: CampaignReport, station: Station,
                        translate: Translate = identity_translate,
                        language: str = "en") -> bytes:
    r = _report(T_VERIFY, station, translate, language, report.campaign.name)
    titles = [_t(r, "Equipment", OUTCOME_LABELS[o])
              for o in (Outcome.FOUND, Outcome.DAMAGED, Outcome.MISSING)] + [r.text(NOT_CHECKED)]
    summary_cols = [Column(r.text(LOCATION), 2)] + [Column(t, 1.2, Align.RIGHT) for t in titles]
    rows = []
    for place, totals in sorted(report.by_location.items()):
        cells = [place or "—"]
        for key in ("found", "damaged", "missing", "not_checked"):
            t = totals.get(key)
            cells.append(r.digits(f"{t.count} · USD {usd_text(t.value_usd_cents)}") if t else "")
        rows.append(cells)
    lines = [[x.asset.tag, x.asset.description, x.location,
              _t(r, "Equipment", OUTCOME_LABELS[x.outcome]) if x.outcome
              else r.text(NOT_CHECKED), _condition(r, x.condition),
              r.digits(usd_text(x.asset.value_usd_cents))] for x in report.lines]
    detail_cols = [Column(r.text(TAG), 1, mono=True), Column(r.text(DESCRIPTION), 2.2),
                   Column(r.text(LOCATION), 1.4), Column(r.text(OUTCOME), 1),
                   Column(r.text(CONDITION), 1), Column(r.text(VALUE_USD), 1, Align.RIGHT)]
    flagged = [[c.tag, _t(r, "Equipment", FLAG_LABELS[Flag(c.flag)]), r.digits(c.at[:16])]
               for c in report.flagged]
    story: list[Flowable] = [
        r.paragraph(f"{r.text(T_VERIFY)} — {report.campaign.name}", "title"),
        data_table(r, summary_cols, rows), *r.heading(r.text(T_REGISTER)),
        data_table(r, detail_cols, lines), *r.heading(r.text(FLAGGED)),
        data_table(r, [Column(r.text(TAG), 1, mono=True), Column(r.text(PROBLEM), 1.4),
                       Column(r.text(SCANNED_AT), 1)], flagged),
        signature_block(r, [Signatory(r.text(ISSUED_BY)), Signatory(r.text(RECEIVED_BY))])]
    return r.render(story)


def _condition(r: Report, value: str) -> str:
    """A condition as words in the report's language; an unknown value as it was stored."""
    try:
        return _t(r, "Equipment", CONDITION_LABELS[Condition(value)])
    except ValueError:
        return value


def render_handover_certificate(handover: Handover, items: Sequence[Asset], station: Station,
                                translate: Translate = identity_translate,
                                language: str = "en") -> bytes:
    r = _report(T_HANDOVER, station, translate, language, handover.document_ref)
    return r.render([
        r.paragraph(r.text(T_HANDOVER), "title"),
        r.paragraph(r.text(HANDOVER_TEXT, donor=handover.donor,
                           agreement=handover.agreement_ref,
                           date=r.digits(handover.handover_date),
                           document=handover.document_ref)), Spacer(1, 3 * mm),
        data_table(r, _asset_columns(r), [_asset_row(r, a) for a in items]),
        Spacer(1, 3 * mm), _total(r, items),
        signature_block(r, [Signatory(r.text(HANDED_OVER_BY)),
                            Signatory(r.text(RECEIVED_BY))])])


def render_acceptance_form(holder: str, items: Sequence[Asset], station: Station,
                           translate: Translate = identity_translate,
                           language: str = "en") -> bytes:
    r = _report(T_ACCEPT, station, translate, language)
    return r.render([
        r.paragraph(r.text(T_ACCEPT), "title"), r.paragraph(r.text(ACCEPT_TEXT, holder=holder)),
        Spacer(1, 3 * mm),
        data_table(r, _asset_columns(r), [_asset_row(r, a) for a in items]),
        signature_block(r, [Signatory(r.text(ISSUED_BY)),
                            Signatory(r.text(RECEIVED_BY), holder)])])
