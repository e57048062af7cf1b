"""`piu-desk report ...`: the supervisor's daily report from the command line.

    report daily --date YYYY-MM-DD [--to YYYY-MM-DD | --from HH:MM --until HH:MM]
                 --lang km|en --out FILE.pdf [--reviewer USER]
    report verify NUMBER CODE

`daily` issues a report (numbered, its code recorded in the audit trail) and writes the PDF
where asked (atomically; the file is not encrypted). A Khmer report takes its labels from
the compiled Khmer catalogue. `verify` says whether a paper copy's number and code match
what the desk issued; it exits 1 when they do not.
"""

from __future__ import annotations

import argparse
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from piu_desk.core.errors import Invalid
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.reports.daily_register import issue_daily_report, verify_printed
from piu_desk.core.reports.dates import ENGLISH, KHMER
from piu_desk.core.reports.output import export_pdf
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message, Translate, identity_translate

if TYPE_CHECKING:
    from piu_desk.cli import Context


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid(option, Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Enter a date such as 2026-11-28."))) from None


def _clock(text: str, option: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise Invalid(option, Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Enter a time such as 14:30."))) from None


def period_of(args: argparse.Namespace) -> Period:
    """The period the options name: a day, a shift on that day, or a range of days."""
    first = _day(args.date, "date")
    if args.start or args.until:
        if not (args.start and args.until) or args.to:
            raise Invalid("from", Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "A shift needs both --from and --until, and no --to.")))
        return Period.shift(first, _clock(args.start, "from"), _clock(args.until, "until"))
    return Period.days(first, _day(args.to, "to")) if args.to else Period.day(first)


def translator(language: str) -> Translate:
    """The Khmer catalogue the window uses (loaded only for a Khmer report)."""
    if language != KHMER:
        return identity_translate
    from PySide6.QtCore import QTranslator

    from piu_desk.ui.i18n import catalogue_path

    path = catalogue_path(KHMER)
    found = QTranslator()
    if path is None or not found.load(str(path)):
        return identity_translate

    def translate(context: str, text: str) -> str:
        return found.translate(context, text) or text
    return translate


def cmd_daily(ctx: Context) -> int:
    a = ctx.args
    period = period_of(a)
    with ctx.login() as desk:
        issued = issue_daily_report(desk, period, a.lang, translator(a.lang),
                                    reviewed_by=a.reviewer or "")
        target = export_pdf(desk, Path(a.out).expanduser(), issued.pdf, issued.number)
    ctx.emit({"number": issued.number, "code": issued.code, "out": str(target),
              "period": period.key, "sha256": issued.sha256},
             f"Report {issued.number} (code {issued.code}) written to {target}.\n"
             "The PDF file is not encrypted: keep it safe.")
    return 0


def cmd_verify(ctx: Context) -> int:
    a = ctx.args
    with ctx.login() as desk:
        result = verify_printed(desk, a.number, a.code)
    data: dict[str, Any] = {"match": result.ok, "number": result.number,
                            "issued_by": result.issued_by, "issued_at": result.issued_at,
                            "period": result.period.key if result.period else "",
                            "pdf_sha256": result.pdf_sha256}
    if result.ok:
        ctx.emit(data, str(result.message()))
        return 0
    if a.json:
        ctx.emit({**data, "ok": False, "reason": str(result.message())}, "")
        return 1
    return ctx.fail(str(result.message()))


def register(sub: Any, add: Any) -> None:
    """Add `report daily|verify` to the command line's sub-commands."""
    actions = sub.add_parser("report", help="the supervisor's daily report").add_subparsers(
        dest="report_cmd", metavar="ACTION")
    actions.required = True
    sp: argparse.ArgumentParser = add("daily", cmd_daily,
                                      "issue the daily report for a day, shift or range",
                                      actions)
    sp.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the (first) day")
    sp.add_argument("--to", metavar="YYYY-MM-DD", help="the last day of a range")
    sp.add_argument("--from", dest="start", metavar="HH:MM", help="a shift's start")
    sp.add_argument("--until", metavar="HH:MM", help="a shift's end (next day if earlier)")
    sp.add_argument("--lang", choices=(ENGLISH, KHMER), default=ENGLISH)
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
    sp.add_argument("--reviewer", metavar="USER", help="the reviewing supervisor's user name")
    sp = add("verify", cmd_verify, "check a paper copy's number and verification code",
             actions)
    sp.add_argument("number", metavar="NUMBER")
    sp.add_argument("code", metavar="CODE")
