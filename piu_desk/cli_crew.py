"""`piu-desk crew import FILE`: a crew-list sheet into the store, from the command line.

`--dry-run` prints what would happen (the matched or new vessel and port call, and every
row: imported, with its problems, or skipped with the reason) and writes nothing. Rows with
problems are never imported; while there are some, the valid rows are imported only with
`--valid-rows-only`, the officer's explicit decision.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from piu_desk.core.imports.crew_sheet import RowReport, apply_mapping, read_sheet
from piu_desk.core.records import crew_import

if TYPE_CHECKING:
    from piu_desk.cli import Context


def _plan_data(p: crew_import.ImportPlan) -> dict[str, Any]:
    return {
        "direction": p.direction.value,
        "vessel": ({"id": p.vessel.id, "name": p.vessel.name, "matched_by": p.vessel_reason}
                   if p.vessel else None),
        "new_vessel": ({"name": p.new_vessel.name, "flag": p.new_vessel.flag,
                        "imo": p.new_vessel.imo} if p.new_vessel else None),
        "port_call": ({"id": p.port_call.id, "arrival": p.port_call.arrival}
                      if p.port_call else None),
        "new_port_call": {"arrival": p.new_port_call.arrival} if p.new_port_call else None,
        "problems": [str(m) for m in p.problems],
    }


def _rows_data(report: RowReport) -> dict[str, Any]:
    return {
        "valid": len(report.valid), "with_problems": len(report.problems),
        "skipped": len(report.skipped),
        "problems": [{"row": r.sheet_row, "reasons": [str(m) for m in r.problems]}
                     for r in report.problems],
        "skipped_rows": [{"row": r.sheet_row, "reason": str(r.reason)} for r in report.skipped],
    }


def _text(p: crew_import.ImportPlan, report: RowReport) -> str:
    lines = []
    if p.vessel:
        lines.append(f"Vessel: {p.vessel.name} (registered; matched by {p.vessel_reason})")
    elif p.new_vessel:
        lines.append(f"Vessel: {p.new_vessel.name}, flag {p.new_vessel.flag} (new)")
    if p.port_call:
        lines.append(f"Port call: arrival {p.port_call.arrival} (registered)")
    elif p.new_port_call:
        lines.append(f"Port call: arrival {p.new_port_call.arrival} (new)")
    lines += [f"Problem: {m}" for m in p.problems]
    lines.append(report.summary())
    for r in report.problems:
        lines.append(f"  row {r.sheet_row}: " + "; ".join(str(m) for m in r.problems))
    for s in report.skipped:
        lines.append(f"  row {s.sheet_row} skipped: {s.reason}")
    return "\n".join(lines)


def cmd_crew_import(ctx: Context) -> int:
    a = ctx.args
    today = date.today()
    preview = read_sheet(Path(a.file).expanduser(), sheet=a.sheet, today=today)
    report = apply_mapping(preview, preview.mapping, today=today)
    with ctx.login() as desk:
        chosen = crew_import.plan(desk, preview)
        data = {"file": str(a.file), "plan": _plan_data(chosen), "rows": _rows_data(report)}
        if a.dry_run:
            ctx.emit({**data, "imported": False}, _text(chosen, report))
            return 0
        if report.problems and not a.valid_rows_only:
            print(_text(chosen, report))
            raise SystemExit(ctx.fail(f"{len(report.problems)} rows have problems; fix the "
                                      "sheet, or import the valid rows with --valid-rows-only"))
        list_id, _ = crew_import.commit(desk, preview, report, chosen, today=today,
                                        port_call_id=a.port_call)
    ctx.emit({**data, "imported": True, "crew_list_id": list_id},
             _text(chosen, report) + f"\nImported {len(report.valid)} rows as crew list "
                                     f"{list_id}.")
    return 0


def register(sub: Any, add: Any) -> None:
    """Add `crew import` to the command line's sub-commands."""
    crew_actions = sub.add_parser("crew", help="crew lists").add_subparsers(
        dest="crew_cmd", metavar="ACTION")
    crew_actions.required = True
    sp: argparse.ArgumentParser = add(
        "import", cmd_crew_import, "import a crew-list sheet (XLSX or CSV, FAL Form 5)",
        crew_actions)
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--dry-run", action="store_true", help="report, write nothing")
    sp.add_argument("--valid-rows-only", action="store_true",
                    help="import the valid rows although others have problems")
    sp.add_argument("--port-call", type=int, metavar="ID",
                    help="the port call the list belongs to (else matched from the sheet)")
    sp.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read")
