"""`piu-desk tipoff list [--status S]`: the tip-offs, newest first, from the command line.

One line per tip-off: number, received, status, channel, grade (with its scheme), handling
code, source code (a human source is only ever named by its code) and the start of the text.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from piu_desk.core.domain.tipoff import Status, TipOff
from piu_desk.core.records import tipoffs

if TYPE_CHECKING:
    from piu_desk.cli import Context

TEXT_WIDTH = 60


def _data(t: TipOff) -> dict[str, Any]:
    return {"id": t.id, "received_at": t.received_at, "channel": t.channel.value,
            "reporting_officer": t.reporting_officer, "source_code": t.source_code,
            "grade": t.grade.code if t.grade else None,
            "grade_scheme": t.grade.scheme.value if t.grade else None,
            "handling": t.handling.value, "status": t.status.value,
            "confirmation": t.confirmation.value,
            "subjects": [{"kind": s.kind.value, "ref": s.ref, "text": s.text}
                         for s in t.subjects],
            "moves": [{"status": m.status.value, "by": m.by, "at": m.at} for m in t.moves],
            "inspections": list(t.inspection_ids), "text": t.text}


def _line(t: TipOff) -> str:
    first = " ".join(t.text.split())
    first = first if len(first) <= TEXT_WIDTH else first[:TEXT_WIDTH - 1].rstrip() + "…"
    grade = f"{t.grade.code} ({t.grade.scheme.value})" if t.grade else "ungraded"
    return (f"{t.id:>5}  {t.received_at:16}  {t.status.value:8}  {t.channel.value:15}  "
            f"{grade:17}  {t.handling.value:9}  {t.source_code or '-':12}  {first}")


def cmd_tipoff_list(ctx: Context) -> None:
    status = Status(ctx.args.status) if ctx.args.status else None
    with ctx.login() as desk:
        total = tipoffs.count(desk, status)
        found = tipoffs.page(desk, 0, 100_000, status)
    lines = [_line(t) for t in found]
    lines.append(f"{len(found)} of {total} tip-offs.")
    ctx.emit({"total": total, "tipoffs": [_data(t) for t in found]}, "\n".join(lines))


def register(sub: Any, add: Any) -> None:
    """Add `tipoff list` to the command line's sub-commands."""
    actions = sub.add_parser("tipoff", help="tip-offs (information reports)").add_subparsers(
        dest="tipoff_cmd", metavar="ACTION")
    actions.required = True
    sp: argparse.ArgumentParser = add("list", cmd_tipoff_list,
                                      "list tip-offs, newest first", actions)
    sp.add_argument("--status", choices=[s.value for s in Status],
                    help="only tip-offs in this status")
