"""`piu-desk assets ...`: the equipment register from the command line.

    assets import FILE [--dry-run] --donor D --agreement A --date YYYY-MM-DD --document REF
    assets list [--status S] [--json]
    assets labels --out FILE.pdf [--tags T ...] [--layout 3x8|3x7|2x7]
    assets report --out FILE [--kind register|holders|maintenance] [--lang en|km]

A report whose FILE ends in .xlsx is the register as a workbook for the donor.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from piu_desk.core.domain.asset import AssetStatus, usd_text
from piu_desk.core.equipment import assets, custody, maintenance
from piu_desk.core.equipment.handover import import_handover, register_keys
from piu_desk.core.imports.handover import check_rows, read_handover
from piu_desk.core.reports import equipment_reports as er
from piu_desk.core.reports.equipment_labels import LAYOUTS, render_labels
from piu_desk.core.reports.equipment_xlsx import register_xlsx
from piu_desk.core.reports.output import export_pdf
from piu_desk.core.store.atomic import write_atomic

if TYPE_CHECKING:
    from piu_desk.cli import Context


def cmd_import(ctx: Context) -> int:
    a = ctx.args
    preview = read_handover(Path(a.file).expanduser())
    with ctx.login() as desk:
        tags, serials = register_keys(desk)
        report = check_rows(preview, preview.mapping, tags, serials, date.today())
        problems = [{"row": p.sheet_row, "reasons": [str(m) for m in p.reasons]}
                    for p in report.problems]
        text = "\n".join([report.summary()] + [
            f"  row {p.sheet_row}: " + "; ".join(str(m) for m in p.reasons)
            for p in report.problems])
        data: dict[str, Any] = {"file": str(a.file), "valid": len(report.valid),
                                "problems": problems}
        if a.dry_run:
            ctx.emit({**data, "imported": False}, text)
            return 0
        if report.problems and not a.valid_rows_only:
            print(text)
            raise SystemExit(ctx.fail(f"{len(report.problems)} rows have problems; fix the "
                                      "sheet, or import the valid rows with --valid-rows-only"))
        hid, _ = import_handover(desk, report, donor=a.donor, agreement_ref=a.agreement,
                                 handover_date=a.date or date.today().isoformat(),
                                 document_ref=a.document, source_file=Path(a.file).name,
                                 valid_rows_only=a.valid_rows_only)
    ctx.emit({**data, "imported": True, "handover_id": hid},
             text + f"\nImported {len(report.valid)} items as handover {hid}.")
    return 0


def cmd_list(ctx: Context) -> int:
    status = AssetStatus(ctx.args.status) if ctx.args.status else None
    with ctx.login() as desk:
        items = assets.register(desk, status=status)
    rows = [{"tag": x.tag, "category": x.category, "description": x.description,
             "serial_number": x.serial_number, "location": x.location,
             "condition": x.condition.value, "status": x.status.value,
             "value_khr": x.value_khr, "value_usd": usd_text(x.value_usd_cents)} for x in items]
    ctx.emit({"assets": rows}, "\n".join(
        f"{r['tag']:<16} {r['status']:<12} {r['category']:<18} {r['description']}"
        for r in rows) or "No items.")
    return 0


def cmd_labels(ctx: Context) -> int:
    a = ctx.args
    with ctx.login() as desk:
        tags = [x.tag for x in assets.register(
            desk, tags=[t.strip().upper() for t in a.tags] if a.tags else None)]
        pdf = render_labels(tags, desk.station(), LAYOUTS[a.layout])
        target = export_pdf(desk, Path(a.out), pdf, "asset-labels")
    ctx.emit({"out": str(target), "labels": len(tags)}, f"{len(tags)} labels in {target}")
    return 0


def cmd_report(ctx: Context) -> int:
    a = ctx.args
    out = Path(a.out)
    with ctx.login() as desk:
        station = desk.station()
        if out.suffix.lower() == ".xlsx":
            holders = {h.asset.id or 0: h.custody.holder for h in custody.holdings(desk)}
            write_atomic(out, register_xlsx(assets.register(desk), holders))
            desk.mutate(lambda c: desk.audit_in(c, "report.export", "asset-register", out.name))
            ctx.emit({"out": str(out)}, f"Register written to {out}")
            return 0
        if a.kind == "holders":
            pdf = er.render_holders(custody.holdings(desk), station, language=a.lang)
        elif a.kind == "maintenance":
            today = date.today().isoformat()
            pdf = er.render_maintenance_due(maintenance.due_list(desk, today), today, station,
                                            language=a.lang)
        else:
            pdf = er.render_register(assets.register(desk), station, language=a.lang)
        target = export_pdf(desk, out, pdf, f"asset-{a.kind}")
    ctx.emit({"out": str(target)}, f"Report written to {target}")
    return 0


def register(sub: Any, add: Any) -> None:
    """Add `assets import|list|labels|report` to the command line's sub-commands."""
    actions = sub.add_parser("assets", help="equipment register").add_subparsers(
        dest="assets_cmd", metavar="ACTION")
    actions.required = True
    sp: argparse.ArgumentParser = add("import", cmd_import,
                                      "import a donor's handover list (XLSX or CSV)", actions)
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--dry-run", action="store_true", help="report, write nothing")
    sp.add_argument("--valid-rows-only", action="store_true")
    sp.add_argument("--donor", default="")
    sp.add_argument("--agreement", default="")
    sp.add_argument("--date", default="", help="handover date YYYY-MM-DD (default today)")
    sp.add_argument("--document", default="", help="handover document reference")
    sp = add("list", cmd_list, "list the register", actions)
    sp.add_argument("--status", choices=[s.value for s in AssetStatus])
    sp = add("labels", cmd_labels, "print label sheets with QR codes", actions)
    sp.add_argument("--out", required=True, metavar="FILE.pdf")
    sp.add_argument("--tags", nargs="*", metavar="TAG")
    sp.add_argument("--layout", choices=sorted(LAYOUTS), default="3x8")
    sp = add("report", cmd_report, "asset register, holders or maintenance due", actions)
    sp.add_argument("--out", required=True, metavar="FILE")
    sp.add_argument("--kind", choices=("register", "holders", "maintenance"),
                    default="register")
    sp.add_argument("--lang", choices=("en", "km"), default="en")
