"""`piu-desk search TEXT` and `piu-desk vessel list`: the records from the command line.

Search finds vessels, persons, persons found aboard, port calls, inspections and crew rows
as the search box does (names in any order, IMO, MMSI, call sign, document numbers), one
line per hit: what it is, its title, and the text it was found in.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from piu_desk.core.domain.vessel import Vessel
from piu_desk.core.records import search, vessels
from piu_desk.core.records.search import KIND_LABELS, Kind

if TYPE_CHECKING:
    from piu_desk.cli import Context

KIND_NAMES = {kind: kind.name.lower() for kind in Kind}  # vessel, port_call, ...
DETAIL_WIDTH = 90


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def cmd_search(ctx: Context) -> None:
    a = ctx.args
    kinds = frozenset(Kind[name.upper()] for name in a.kind) if a.kind else None
    with ctx.login() as desk:
        hits = search.search(desk, a.text, a.limit, kinds)
    rows = [{"kind": KIND_NAMES[h.kind], "id": h.ref, "title": h.title.strip(),
             "detail": h.detail} for h in hits]
    if hits:
        text = "\n".join(f"{KIND_LABELS[h.kind]:20} {h.title.strip():34} "
                         f"{_shorten(h.detail, DETAIL_WIDTH)}".rstrip() for h in hits)
    else:
        text = f"Nothing found for '{a.text}'."
    ctx.emit({"query": a.text, "hits": rows}, text)


def _vessel_data(v: Vessel) -> dict[str, Any]:
    return {"id": v.id, "name": v.name, "flag": v.flag, "imo": v.imo, "mmsi": v.mmsi,
            "call_sign": v.call_sign, "ship_type": v.ship_type,
            "gross_tonnage": v.gross_tonnage, "owner_operator": v.owner_operator,
            "former": [{"name": h.name, "flag": h.flag, "since": h.since, "until": h.until}
                       for h in v.history],
            "warnings": [w.render() for w in v.warnings()]}


def cmd_vessel_list(ctx: Context) -> None:
    a = ctx.args
    with ctx.login() as desk:
        total = vessels.count(desk)
        found = vessels.page(desk, a.offset, a.limit)
    lines = [f"{v.name:24} {v.flag:4} {v.imo or '-':8} {v.mmsi or '-':10} "
             f"{v.call_sign or '-':8} {'!' if v.warnings() else ''}".rstrip() for v in found]
    lines.append(f"{len(found)} of {total} vessels"
                 + ("; ! = the MMSI and the flag disagree (see --json)"
                    if any(v.warnings() for v in found) else "") + ".")
    ctx.emit({"total": total, "vessels": [_vessel_data(v) for v in found]}, "\n".join(lines))


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("give a number of 1 or more")
    return value


def register(sub: Any, add: Any) -> None:
    """Add `search` and `vessel list` to the command line's sub-commands."""
    sp: argparse.ArgumentParser = add(
        "search", cmd_search, "find vessels, persons, port calls, inspections and crew rows "
        "by name (any order), IMO, MMSI, call sign or document number")
    sp.add_argument("text", metavar="TEXT")
    sp.add_argument("--limit", type=_positive, default=20, help="at most this many hits (20)")
    sp.add_argument("--kind", action="append", choices=sorted(KIND_NAMES.values()),
                    help="only hits of this kind (may be repeated)")
    vessel = sub.add_parser("vessel", help="vessels").add_subparsers(
        dest="vessel_cmd", metavar="ACTION")
    vessel.required = True
    sp = add("list", cmd_vessel_list, "list registered vessels by name", vessel)
    sp.add_argument("--limit", type=_positive, default=100)
    sp.add_argument("--offset", type=int, default=0)
