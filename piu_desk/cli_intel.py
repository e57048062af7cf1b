"""Intelligence commands: `piu-desk watchlist import FILE [--dry-run]`, `piu-desk watchlist
list`, and `piu-desk screen --crew-list ID | --file SHEET` (a sheet is read with the
crew-list import and screened without storing anything)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from piu_desk.core.domain.watchlist import Origin, WatchEntry
from piu_desk.core.imports.crew_sheet import apply_mapping, read_sheet
from piu_desk.core.imports.watchlist_sheet import WatchlistReport, read_watchlist
from piu_desk.core.intel import alerts, watchlist
from piu_desk.core.records import crew

if TYPE_CHECKING:
    from piu_desk.cli import Context


def _report_text(report: WatchlistReport) -> str:
    lines = [report.summary()]
    lines += [f"  row {p.sheet_row}: " + "; ".join(str(m) for m in p.problems)
              for p in report.problems]
    return "\n".join(lines)


def cmd_watchlist_import(ctx: Context) -> int:
    a = ctx.args
    report = read_watchlist(Path(a.file).expanduser(), today=date.today(),
                            origin=Origin.LOCAL if a.local else Origin.HQ)
    data = {"file": str(a.file), "valid": len(report.valid),
            "problems": [{"row": p.sheet_row, "reasons": [str(m) for m in p.problems]}
                         for p in report.problems]}
    if a.dry_run:
        ctx.emit({**data, "imported": False}, _report_text(report))
        return 0
    if report.problems and not a.valid_rows_only:
        print(_report_text(report))
        raise SystemExit(ctx.fail(f"{len(report.problems)} rows have problems; fix the list, "
                                  "or import the valid rows with --valid-rows-only"))
    with ctx.login() as desk:
        stored, _ = watchlist.import_entries(desk, report, Path(a.file).name)
    ctx.emit({**data, "imported": stored}, _report_text(report) +
             f"\nImported {stored} entries.")
    return 0


def _entry_data(e: WatchEntry, today: date) -> dict[str, Any]:
    return {"id": e.id, "kind": e.kind.value, "names": list(e.names), "dob": e.date_of_birth,
            "nationality": e.nationality, "documents": list(e.documents), "imo": e.imo,
            "mmsi": e.mmsi, "call_sign": e.call_sign, "flag": e.flag, "reason": e.reason,
            "issuer": e.issuer, "issued": e.issued, "expires": e.expires,
            "handling": e.handling.value, "origin": e.origin.value,
            "expired": e.expired(today)}


def cmd_watchlist_list(ctx: Context) -> None:
    today = date.today()
    with ctx.login() as desk:
        entries = watchlist.page(desk, 0, 100_000)
    rows = [_entry_data(e, today) for e in entries]
    lines = [f"{e.id:>6}  {e.kind.value:<6}  {' / '.join(e.names)[:60]:<60}  "
             f"{e.date_of_birth or e.imo:<10}  {e.origin.value:<5}  "
             f"{'EXPIRED' if e.expired(today) else e.expires or '-'}" for e in entries]
    ctx.emit({"entries": rows}, "\n".join(lines) or "The watchlist is empty.")


def cmd_screen(ctx: Context) -> int:
    a = ctx.args
    if bool(a.crew_list) == bool(a.file):
        raise SystemExit(ctx.fail("name either --crew-list ID or --file SHEET"))
    rows: list[dict[str, Any]]
    with ctx.login() as desk:
        if a.crew_list:
            made, _ = alerts.screen_crew_list(desk, a.crew_list)
            on_list = {m.id for m in crew.members(desk, a.crew_list, 0, 10_000)}
            found = [al for al in alerts.page(desk, 0, 10_000)
                     if al.subject_kind == "crew_member" and al.subject_id in on_list]
            rows = [{"alert": al.id, "entry": al.entry_id, "crew_member": al.subject_id,
                     "score": al.score, "why": [str(r) for r in al.reasons],
                     "status": al.status, "new": al.id in made} for al in found]
        else:
            today = date.today()
            preview = read_sheet(Path(a.file).expanduser(), today=today)
            members = list(apply_mapping(preview, preview.mapping, today=today).members)
            hits = alerts.screen_members(desk, members)
            rows = [{"row": m.number, "name": f"{m.family_name} {m.given_names}".strip(),
                     "entry": h.entry.id, "listed": h.entry.name, "score": h.verdict.score,
                     "why": [str(r) for r in h.verdict.reasons]}
                    for m, found_hits in zip(members, hits, strict=True) for h in found_hits]
    text = "\n".join(f"{r.get('name') or r.get('crew_member')}: entry {r['entry']} "
                     f"score {r['score']:.2f} ({'; '.join(r['why'])})" for r in rows)
    ctx.emit({"matches": rows}, text or "No match on the watchlist.")
    return 0


def register(sub: Any, add: Any) -> None:
    """Add `watchlist import|list` and `screen` to the command line's sub-commands."""
    actions = sub.add_parser("watchlist", help="the watchlist").add_subparsers(
        dest="watchlist_cmd", metavar="ACTION")
    actions.required = True
    sp: argparse.ArgumentParser = add(
        "import", cmd_watchlist_import, "import a watchlist (CSV or XLSX)", actions)
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--dry-run", action="store_true", help="report, write nothing")
    sp.add_argument("--valid-rows-only", action="store_true",
                    help="import the valid rows although others have problems")
    sp.add_argument("--local", action="store_true",
                    help="the entries are this desk's own (default: from HQ)")
    add("list", cmd_watchlist_list, "list the watchlist (expired entries marked)", actions)
    sp = add("screen", cmd_screen, "screen a crew list against the watchlist")
    sp.add_argument("--crew-list", type=int, metavar="ID", help="a stored crew list")
    sp.add_argument("--file", metavar="SHEET", help="a crew-list sheet, not stored")
