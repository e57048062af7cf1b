"""`piu-desk exchange stations|publish|releases`: the stations overview, and HQ's master
watchlist releases (or, at a station, the release it holds)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from piu_desk.core.errors import Invalid
from piu_desk.core.exchange import releases, stations
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from piu_desk.cli import Context


def _line(s: stations.StationStatus) -> str:
    state = "revoked" if s.revoked else "pinned" if s.pinned else "expected (keys not pinned)"
    came = f"in #{s.last_in_sequence} {s.last_in_at}" if s.last_in_at else "nothing in yet"
    went = f"out #{s.last_out_sequence} {s.last_out_at}" if s.last_out_at else \
        "nothing out yet"
    missing = (f"; missing bundles {', '.join(str(n) for n in s.missing_sequences)}"
               if s.missing_sequences else "")
    return (f"{s.station:8} {s.name} [{state}]: {came}; {went}{missing}; "
            f"{s.outstanding} records not confirmed, {s.records} records of its own here, "
            f"{s.conflicts} conflicts, {s.parked} waiting")


def cmd_stations(ctx: Context) -> None:
    with ctx.login() as desk:
        found = stations.station_statuses(desk)
    ctx.emit({"stations": [asdict(s) for s in found]},
             "\n".join(_line(s) for s in found) or "No station enrolled or pinned yet.")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid("expires", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Give the expiry as a date, YYYY-MM-DD."))) from None


def cmd_publish(ctx: Context) -> None:
    a = ctx.args
    expires = _date(a.expires)
    with ctx.login() as desk:
        made = releases.publish(desk, expires, a.note or "")
    ctx.emit(asdict(made), f"Watchlist release {made.version} published: {made.entries} "
                           f"entries, good until {made.expires_at}. Each station receives it "
                           f"with its next bundle.")


def cmd_releases(ctx: Context) -> None:
    with ctx.login() as desk:
        if desk.station().is_hq:
            found, waiting = releases.releases(desk), releases.unpublished_changes(desk)
            held = None
        else:
            found, waiting, held = [], 0, releases.reference_status(desk)
    if held is not None:
        text = (f"Watchlist release {held.version} from headquarters, received "
                f"{held.received_at}, good until {held.expires_at}"
                + (" — EXPIRED" if held.expired else f" ({held.days_left} days left)")
                if held.version is not None else
                "No watchlist release has been received from headquarters yet.")
        ctx.emit({"reference": asdict(held)}, text)
        return
    lines = [f"#{r.version:<4} {r.published_at}  by {r.published_by:10} until "
             f"{r.expires_at}  {r.entries} entries  {r.note}".rstrip() for r in found]
    lines.append(f"{waiting} watchlist entries changed since the latest release."
                 if found else f"No release yet; {waiting} watchlist entries waiting.")
    ctx.emit({"releases": [asdict(r) for r in found], "unpublished_changes": waiting},
             "\n".join(lines))


def register(actions: Any, add: Any) -> None:
    add("stations", cmd_stations, "each station's last exchange, missing bundles and "
        "what it has not confirmed", actions)
    sp: argparse.ArgumentParser = add(
        "publish", cmd_publish, "HQ: publish the master watchlist as the next release",
        actions)
    sp.add_argument("--expires", required=True, metavar="YYYY-MM-DD",
                    help="the last day the stations may rely on this release")
    sp.add_argument("--note", default="", help="what changed, for the stations")
    add("releases", cmd_releases, "HQ: the watchlist releases; a station: the one it holds",
        actions)
