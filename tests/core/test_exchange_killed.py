"""A process killed at random points of an import: `piu-desk exchange import` runs in a
subprocess on a fresh copy of HQ's store and is killed after N milliseconds, for N spread
from before the store is opened to after the import ends. Every time, the store opened
again is either untouched or fully applied, its integrity check is clean, and nothing is
left of the staging folder or of partial files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from piu_desk.core import maintenance
from piu_desk.core.desk import Desk
from piu_desk.core.exchange import export
from piu_desk.core.records import vessels
from tests.conftest import ADMIN, CHEAP_KDF
from tests.core.exchange_support import enrolled, snapshot
from tests.core.sync_support import EXCHANGE
from tests.core.test_records import a_vessel, arrive

POINTS = 52
ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ("import sys; from piu_desk import cli; from tests.conftest import CHEAP_KDF; "
          "sys.exit(cli.main(sys.argv[1:], kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF))")
STORE_FILES = {"piu-desk.db", "keyslots.json", "desk.lock", "piu-desk.db-wal",
               "piu-desk.db-shm"}


def _start(store: Path, bundle: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, "exchange", "import", str(bundle), "--store", str(store),
         "--user", EXCHANGE[0], "--password-stdin"], cwd=ROOT, stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _state(store: Path) -> tuple[dict[str, Any], bool]:
    """What the store holds, and whether its integrity check is clean (opened again, as
    the desk does at start-up)."""
    desk = Desk.open(store, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    try:
        desk.unlock(ADMIN[0], ADMIN[2])
        report = maintenance.check(desk)
        held = snapshot(desk)
        held.pop("audit")  # the log-in that looks adds its own entry
        return held, report.ok
    finally:
        desk.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("killed")
    port, hq = enrolled(folder)
    for n in range(12):
        vid, _ = vessels.register(port, a_vessel(imo=None, mmsi=None, call_sign=None,
                                                 name=f"Kill Test {n}"))
        arrive(port, vid)
    stick = folder / "stick"
    stick.mkdir()
    bundle = export.export(port, None, stick).path
    port.close()
    hq.close()
    pristine = folder / "hq"
    untouched, _ = _state(pristine)
    runs = []
    for attempt in range(2):  # the second run is warm, like the killed ones
        done = folder / f"done-{attempt}"
        shutil.copytree(pristine, done)
        started = time.monotonic()
        proc = _start(done, bundle)
        _, err = proc.communicate(f"{EXCHANGE[2]}\n".encode(), timeout=120)
        runs.append(time.monotonic() - started)
        assert proc.returncode == 0, err.decode()
    took = min(runs)
    applied, ok = _state(done)
    assert ok and applied != untouched and applied["exchange_bundles_in"] == 1
    return {"folder": folder, "bundle": bundle, "pristine": pristine, "took": took,
            "untouched": untouched, "applied": applied}


@pytest.mark.slow
def test_an_import_killed_anywhere_applies_all_or_nothing(prepared: dict[str, Any]) -> None:
    outcomes: Counter[str] = Counter()
    for i in range(POINTS):
        store = prepared["folder"] / f"kill-{i}"
        shutil.copytree(prepared["pristine"], store)
        proc = _start(store, prepared["bundle"])
        assert proc.stdin is not None
        proc.stdin.write(f"{EXCHANGE[2]}\n".encode())
        proc.stdin.close()
        # from the interpreter starting up to just after the import has ended
        time.sleep(prepared["took"] * (0.15 + 1.05 * i / (POINTS - 1)))
        proc.kill()
        proc.wait(timeout=60)
        assert proc.stderr is not None
        proc.stderr.close()
        staging = store / "exchange-staging"
        outcomes["mid-read"] += staging.exists() and any(staging.iterdir())
        held, ok = _state(store)  # opening again cleans the staging folder
        assert ok, f"integrity check failed after a kill at point {i}"
        if held == prepared["untouched"]:
            outcomes["untouched"] += 1
        else:
            assert held == prepared["applied"], f"half applied at point {i}"
            outcomes["applied"] += 1
        assert {p.name for p in store.iterdir()} <= STORE_FILES
        shutil.rmtree(store)
    assert outcomes["untouched"] + outcomes["applied"] == POINTS
    assert outcomes["untouched"] > 0 and outcomes["applied"] > 0, outcomes
