"""`piu-desk keys enrol-station|import-enrolment|export|pin-station`: enrolling a station
with HQ by files and a fingerprint read out by phone (docs/bundle-format.md, 4).

    piu-desk keys enrol-station --station-id ID --name NAME --out FILE   # at HQ
    piu-desk keys import-enrolment FILE --fingerprint "XXXX XXXX ..."    # at the station
    piu-desk keys export --out FILE                                      # at the station
    piu-desk keys pin-station FILE --fingerprint "XXXX XXXX ..."         # at HQ
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from piu_desk.core.exchange import enrolment
from piu_desk.core.exchange.sync.keys import PublicKeys

if TYPE_CHECKING:
    from piu_desk.cli import Context


def cmd_enrol_station(ctx: Context) -> None:
    a = ctx.args
    with ctx.login() as desk:
        fp = enrolment.enrol_station(desk, a.station_id, a.name, Path(a.out))
    ctx.emit({"path": a.out, "station": a.station_id.strip().upper(), "fingerprint": fp},
             f"Enrolment file for {a.station_id.strip().upper()} written to {a.out}.\n"
             f"Read this fingerprint out to the station by phone:\n  {fp}")


def _pinned(ctx: Context, keys: PublicKeys, role: str) -> None:
    fp = enrolment.phone_fingerprint(keys)
    ctx.emit({"station": keys.station, "role": role, "generation": keys.generation,
              "fingerprint": fp},
             f"Keys of {keys.station} pinned ({role}, generation {keys.generation}, {fp}).")


def cmd_import_enrolment(ctx: Context) -> None:
    with ctx.login() as desk:
        keys = enrolment.import_enrolment(desk, Path(ctx.args.file), ctx.args.fingerprint)
    _pinned(ctx, keys, "hq")


def cmd_export_keys(ctx: Context) -> None:
    with ctx.login() as desk:
        fp = enrolment.export_keys(desk, Path(ctx.args.out))
    ctx.emit({"path": ctx.args.out, "fingerprint": fp},
             f"Key file written to {ctx.args.out}.\n"
             f"Read this fingerprint out to headquarters by phone:\n  {fp}")


def cmd_pin_station(ctx: Context) -> None:
    with ctx.login() as desk:
        keys = enrolment.pin_station(desk, Path(ctx.args.file), ctx.args.fingerprint)
    _pinned(ctx, keys, "station")


def register(key_actions: Any, add: Any) -> None:
    """Add the enrolment commands under `keys`."""
    sp = add("enrol-station", cmd_enrol_station,
             "at HQ: write a station's enrolment file and expect its keys", key_actions)
    sp.add_argument("--station-id", required=True, metavar="ID", help="e.g. KHKOS")
    sp.add_argument("--name", required=True)
    sp.add_argument("--out", required=True, metavar="FILE")
    sp = add("import-enrolment", cmd_import_enrolment,
             "at a station: pin HQ from its enrolment file after the phone check",
             key_actions)
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--fingerprint", required=True, help="as read out by HQ by phone")
    sp = add("export", cmd_export_keys, "write this desk's signed key file for HQ",
             key_actions)
    sp.add_argument("--out", required=True, metavar="FILE")
    sp = add("pin-station", cmd_pin_station,
             "at HQ: pin a station from its key file after the phone check", key_actions)
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--fingerprint", required=True, help="as read out by the station")
