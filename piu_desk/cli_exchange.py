"""`piu-desk exchange export|import|verify|stations|publish|releases` and `piu-desk keys
show`: bundles, the stations overview, HQ's watchlist releases and this desk's exchange keys
from the command line.

    piu-desk exchange export --to DIR [--station ID] [--no-attachments] --user NAME
                                                     # at HQ: one bundle per station
    piu-desk exchange import FILE... --user NAME     # each verified, then applied whole
    piu-desk exchange verify FILE --user NAME        # nothing applied
    piu-desk exchange stations --user NAME           # each peer's last exchange and backlog
    piu-desk exchange publish --expires YYYY-MM-DD [--note TEXT] --user NAME   # HQ
    piu-desk exchange releases --user NAME           # HQ: releases; a station: the one held
    piu-desk keys show --user NAME                   # fingerprints, to read out by phone
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from piu_desk import cli_enrolment, cli_releases
from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import export, importing, rotation, verify
from piu_desk.core.exchange.sync import keys

if TYPE_CHECKING:
    from piu_desk.cli import Context


def _exported(done: export.ExportResult) -> tuple[dict[str, Any], str]:
    later = (f"; {done.attachments_left} attachments follow in a later bundle"
             if done.attachments_left else "")
    return ({"path": str(done.path), "bundle_id": done.bundle_id, "peer": done.peer,
             "sequence": done.sequence, "records": done.records,
             "attachments": done.attachments, "attachments_left": done.attachments_left},
            f"Bundle #{done.sequence} for {done.peer} written to {done.path}: "
            f"{done.records} records, {done.attachments} attachments{later}.")


def cmd_export(ctx: Context) -> None:
    a = ctx.args
    with ctx.login() as desk:
        every = a.peer is None and desk.station().is_hq
        attach = not a.no_attachments
        done = export.export_all(desk, Path(a.to), include_attachments=attach) if every \
            else [export.export(desk, a.peer, Path(a.to), include_attachments=attach)]
        # this desk's key rotations go beside its bundles, as "Exchange now" writes them
        rotations = rotation.write_rotations(desk, Path(a.to))
    told = f"\nkey rotations: {rotations}" if rotations else ""
    if not every:
        data, line = _exported(done[0])
        ctx.emit({**data, "rotations": str(rotations or "")}, line + told)
        return
    shown = [_exported(d) for d in done]
    ctx.emit({"bundles": [data for data, _ in shown], "rotations": str(rotations or "")},
             "\n".join(line for _, line in shown) + told)


def _imported(r: importing.ImportResult) -> tuple[dict[str, Any], str]:
    data = {"bundle_id": r.bundle_id, "sender": r.sender, "sequence": r.sequence,
            "duplicate": r.duplicate, "applied": r.applied, "unchanged": r.unchanged,
            "conflicts": r.conflicts, "waiting": r.waiting, "attachments": r.attachments,
            "reference": r.reference, "reference_version": r.reference_version,
            "alerts": r.alerts}
    if r.duplicate:
        return data, f"bundle #{r.sequence} from {r.sender}: already applied, nothing changed"
    said = {"applied": "; watchlist release {v} applied",
            "older": "; watchlist release {v} NOT applied: this desk holds a newer one",
            "expired": "; watchlist release {v} NOT applied: it had expired"}
    reference = said.get(r.reference, "").replace("{v}", str(r.reference_version))
    reference += f"; {r.alerts} alerts raised by screening here" if r.alerts else ""
    return data, (f"bundle #{r.sequence} from {r.sender}: {r.applied} applied, {r.unchanged} "
                  f"unchanged, {r.conflicts} conflicts, {r.waiting} waiting, "
                  f"{r.attachments} attachments{reference}")


def _rotated(accepted: rotation.Accepted) -> tuple[dict[str, Any], str]:
    data = {"rotation_of": accepted.station, "pinned_generations": accepted.generations}
    if not accepted.generations:
        return data, f"key rotations of {accepted.station}: nothing new"
    return data, (f"key rotations of {accepted.station}: generation "
                  f"{', '.join(map(str, accepted.generations))} pinned")


def cmd_import(ctx: Context) -> int:
    results: list[dict[str, Any]] = []
    lines, failed = [], 0
    # key rotations first: the bundles after them may be signed with the new keys
    names = sorted(ctx.args.files, key=lambda n: not n.endswith(rotation.SUFFIX))
    with ctx.login() as desk:
        for name in names:
            try:
                data, line = _rotated(rotation.accept_file(desk, Path(name))) \
                    if name.endswith(rotation.SUFFIX) else \
                    _imported(importing.import_bundle(desk, Path(name)))
            except DeskError as exc:
                failed += 1
                data, line = {"error": str(exc)}, f"not imported: {exc}"
            results.append({"file": name, **data})
            lines.append(f"{name}: {line}")
    ctx.emit({"bundles": results, "failed": failed}, "\n".join(lines))
    return 1 if failed else 0


def cmd_verify(ctx: Context) -> int:
    with ctx.login() as desk:
        verdict = verify.verify(desk, Path(ctx.args.file))
    m = verdict.manifest
    if m is None:
        ctx.emit({"status": verdict.status, "error": str(verdict.error)},
                 f"NOT VALID ({verdict.status}): {verdict.error}")
        return 1
    counts = verdict.counts()
    ctx.emit({"status": verdict.status, "bundle_id": m.bundle_id, "kind": m.kind,
              "sender": m.sender, "recipient": m.recipient, "sequence": m.sequence,
              "created_at": m.created_at, "entries": counts,
              "applied_before": verdict.applied_before, "app_version": m.app_version},
             f"Valid bundle: both signatures verify against the pinned keys of {m.sender}.\n"
             f"from {m.sender} to {m.recipient}, sequence {m.sequence}, made {m.created_at}\n"
             f"entries: {counts['changes']} changes, {counts['attachment']} attachments, "
             f"{counts['acks']} acknowledgements, {counts['bytes']} bytes\n"
             + ("already applied here" if verdict.applied_before else "not applied yet"))
    return 0


def cmd_keys_show(ctx: Context) -> None:
    with ctx.login() as desk:
        public = keys.own_public(desk)
    readable = public.readable()
    ctx.emit({"station": public.station, "generation": public.generation,
              "fingerprints": public.fingerprints(), "readable": readable},
             f"Exchange keys of {public.station} (generation {public.generation})\n"
             + "\n".join(f"  {name:10} {text}" for name, text in readable.items()))


def register(sub: Any, add: Any) -> None:
    """Add `exchange export|import|verify` and `keys show` to the sub-commands."""
    ex = sub.add_parser("exchange", help="signed, encrypted bundles with HQ or stations")
    actions = ex.add_subparsers(dest="exchange_cmd", metavar="ACTION")
    actions.required = True
    sp: argparse.ArgumentParser = add("export", cmd_export, "write this desk's next bundle",
                                      actions)
    sp.add_argument("--to", required=True, metavar="DIR", help="the stick or exchange folder")
    sp.add_argument("--station", "--peer", dest="peer", metavar="ID", help="the station to "
                    "write for (default: at HQ every pinned station, one bundle each; at a "
                    "station its HQ)")
    sp.add_argument("--no-attachments", action="store_true",
                    help="leave attachments' bytes for a later bundle")
    sp = add("import", cmd_import, "verify and apply bundles", actions)
    sp.add_argument("files", nargs="+", metavar="FILE",
                    help="bundles (.piu) and key-rotation files (.piukeys), rotations first")
    sp = add("verify", cmd_verify, "check a bundle without applying it", actions)
    sp.add_argument("file", metavar="FILE")
    cli_releases.register(actions, add)
    key_actions = sub.add_parser("keys", help="this desk's exchange keys").add_subparsers(
        dest="keys_cmd", metavar="ACTION")
    key_actions.required = True
    add("show", cmd_keys_show, "this desk's key fingerprints, to compare by phone",
        key_actions)
    cli_enrolment.register(key_actions, add)
