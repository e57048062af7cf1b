"""Export and import at the desk's level against Debian's `age` on as many bytes (issue 5:
goal at least 0.8x age's throughput, peak memory flat under 200 MB whatever the size).

A station's SQLCipher store holds BENCH_EXCHANGE changes not yet sent ("changes:MB",
default 20000:300: vessels, port calls, and inspections each with a 3 MB JPEG-like
attachment; exchange_data.py builds and caches it). In the same run:

* export: `export.export()` to a folder, read-back included (SECURITY.md: the desk decrypts
  and verifies what it wrote, twice an encryption's work by design); and the same with the
  read-back left out in this measurement only, the one pass `age -r` compares with;
* import: `importing.import_bundle()` of that bundle into a copy of HQ's store, every check
  made and every record applied in one transaction; its two halves (read, verify and stage;
  apply) are timed inside the same run;
* `age -r` / `age -d` (X25519; Debian's 1.1.1 has no hybrid keys) on a file of the
  bundle's size, file to file;
* a second size, BENCH_EXCHANGE_LARGE (default 80000:600; empty to leave out), exported and
  imported once, for the peak RSS whatever the size.

Each operation runs in a process of its own (the age benchmark's launcher) so its peak RSS
can be read; a process that only opens and unlocks the store gives the floor. Ours is timed
inside its process around the call (the desk runs it in the started application), `age` as
a whole process. Best of ROUNDS interleaved rounds; CPU time is given too, as it holds
steady when other work shares the machine and the wall clock does not.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from piu_desk.core.exchange import age
from tests.bench import figures
from tests.bench.exchange_data import ATTACHMENT_BYTES, ExchangeStores, exchange_stores
from tests.bench.test_bench_age import AGE, Run, _age, _launch
from tests.conftest import CHEAP_KDF
from tests.core.sync_support import EXCHANGE

MB = 1024 * 1024
ROUNDS = 3
RATIO_GOAL = 0.8
RSS_GOAL = 200 * MB


def _size(env: str, default: str) -> tuple[int, int] | None:
    value = os.environ.get(env, default).strip()
    if not value:
        return None
    changes, mb = value.split(":")
    return int(changes), int(mb)


SIZE = _size("BENCH_EXCHANGE", "20000:300")
LARGE = _size("BENCH_EXCHANGE_LARGE", "80000:600")

OURS = """
import json, sys, time
from pathlib import Path
from piu_desk.core.desk import Desk
from piu_desk.core.exchange import export, importing
from piu_desk.core.exchange.bundle import writer
from piu_desk.core.store.keys import KdfParams
mode, store, path, user, password = sys.argv[1:6]
store, path, kdf = Path(store), Path(path), KdfParams(**json.loads(sys.argv[6]))
desk = Desk.open(store, kdf=kdf, kdf_floor=kdf)
desk.unlock(user, password)
halves = {}
if mode == "export-no-read-back":
    writer._read_back = lambda *args: None  # this measurement only
if mode == "import":
    apply = importing._apply
    def timed(*args):
        halves["read"] = time.perf_counter() - wall
        started = time.perf_counter()
        try:
            return apply(*args)
        finally:
            halves["apply"] = time.perf_counter() - started
    importing._apply = timed
wall, cpu = time.perf_counter(), time.process_time()
if mode == "open":
    out = {}
elif mode == "import":
    done = importing.import_bundle(desk, path)
    out = {"applied": done.applied, "waiting": done.waiting, "attachments": done.attachments}
else:
    done = export.export(desk, None, path)
    out = {"records": done.records, "attachments": done.attachments, "path": str(done.path)}
out.update(wall=time.perf_counter() - wall, cpu=time.process_time() - cpu, **halves)
desk.close()
print(json.dumps(out))
"""


def _ours(mode: str, store: Path, path: Path) -> tuple[Run, dict[str, object]]:
    measured, lines = _launch([sys.executable, "-c", OURS, mode, str(store), str(path),
                               EXCHANGE[0], EXCHANGE[2], json.dumps(dataclasses.asdict(CHEAP_KDF))])
    inner = json.loads(lines[-1])
    return Run(inner["wall"], inner["cpu"], int(measured["rss"])), inner


class Sized:
    """One size's stores, copies to work on, and the steps measured on them."""

    def __init__(self, stores: ExchangeStores, work: Path) -> None:
        self.stores, self.work = stores, work
        self.station = stores.copy(stores.station, work / "station")
        self.hq = work / "hq"
        self.bundle: Path | None = None
        self.attachments = stores.attachment_bytes // ATTACHMENT_BYTES

    def export(self, mode: str) -> Run:
        stick = self.work / mode
        shutil.rmtree(stick, ignore_errors=True)
        stick.mkdir()
        run, out = _ours(mode, self.station, stick)
        assert (out["records"], out["attachments"]) == (self.stores.changes, self.attachments)
        if mode == "export":
            self.bundle = Path(str(out["path"]))
        return run

    def import_(self) -> tuple[Run, dict[str, object]]:
        assert self.bundle is not None
        self.stores.copy(self.stores.hq, self.hq)
        run, out = _ours("import", self.hq, self.bundle)
        assert (out["applied"], out["waiting"], out["attachments"]) == (
            self.stores.changes, 0, self.attachments)
        return run, out

    def floor(self) -> Run:
        return _ours("open", self.station, self.work)[0]


def _label(stores: ExchangeStores) -> str:
    return f"exchange: {stores.changes:,} changes + {stores.attachment_bytes // MB} MB"


def _mb_s(size: int, seconds: float) -> float:
    return size / MB / seconds


@pytest.mark.skipif(AGE is None or not hasattr(os, "fork") or SIZE is None,
                    reason="needs the age package and a POSIX system")
def test_export_and_import_at_the_desk_against_the_age_command(
        benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    assert SIZE is not None
    main = Sized(exchange_stores(*SIZE), tmp_path / "main")
    main.export("export")
    assert main.bundle is not None
    size = main.bundle.stat().st_size
    plain = tmp_path / "plain.bin"
    block = os.urandom(MB)
    with plain.open("wb") as f:
        for i in range(size // MB):
            f.write(block[i % 7:] + block[:i % 7])
        f.write(os.urandom(size % MB))
    classic = age.X25519Identity.generate()
    key = tmp_path / "age-key.txt"
    key.write_text(classic.encode() + "\n")
    a_age, a_out = str(tmp_path / "a.age"), str(tmp_path / "a.out")
    halves: dict[str, list[float]] = {"read": [], "apply": []}

    def import_step() -> Run:
        run, out = main.import_()
        for half in halves:
            halves[half].append(float(str(out[half])))
        return run

    steps: dict[str, Callable[[], Run]] = {
        "age encrypt": lambda: _age(["-r", classic.recipient().encode(), "-o", a_age,
                                     str(plain)]),
        "export": lambda: main.export("export"),
        "export, read-back left out": lambda: main.export("export-no-read-back"),
        "age decrypt": lambda: _age(["-d", "-i", str(key), "-o", a_out, a_age]),
        "import": import_step,
    }

    def interleaved() -> dict[str, list[Run]]:
        runs: dict[str, list[Run]] = {k: [] for k in steps}
        for _ in range(ROUNDS):
            for name, step in steps.items():
                os.sync()
                runs[name].append(step())
        return runs

    runs = benchmark.pedantic(interleaved, rounds=1,  # type: ignore[no-untyped-call]
                              iterations=1)
    floor = main.floor()

    def best(name: str) -> Run:
        return Run(min(r.wall for r in runs[name]), min(r.cpu for r in runs[name]),
                   max(r.rss for r in runs[name]))

    label = _label(main.stores)
    figures.add(f"{label}: bundle size", f"{size / MB:.0f} MB")
    for ours, theirs in (("export", "age encrypt"), ("export, read-back left out",
                                                     "age encrypt"),
                         ("import", "age decrypt")):
        o, t = best(ours), best(theirs)
        ratio = t.wall / o.wall
        goal = ours == "import"
        figures.add(f"{label}: {ours} vs {theirs} ({_mb_s(size, o.wall):.0f} vs "
                    f"{_mb_s(size, t.wall):.0f} MB/s)", f"{ratio:.2f}x",
                    f">= {RATIO_GOAL}x age" if goal else "", ratio >= RATIO_GOAL if goal else None)
        figures.add(f"{label}: {ours} vs {theirs} in CPU time ({o.cpu:.2f} vs "
                    f"{t.cpu:.2f} s)", f"{t.cpu / o.cpu:.2f}x")
        figures.add(f"{label}: {ours} peak RSS", f"{o.rss / MB:.0f} MB",
                    f"< {RSS_GOAL // MB} MB", o.rss < RSS_GOAL)
    decrypt = best("age decrypt").wall
    figures.add(f"{label}: import, read + verify + stage vs age decrypt "
                f"({min(halves['read']):.2f} vs {decrypt:.2f} s)",
                f"{decrypt / min(halves['read']):.2f}x")
    figures.add(f"{label}: import, apply in one transaction", f"{min(halves['apply']):.2f} s")
    for theirs in ("age encrypt", "age decrypt"):
        figures.add(f"{label}: {theirs} peak RSS", f"{best(theirs).rss / MB:.0f} MB")
    figures.add(f"{label}: peak RSS floor (open and unlock the store)",
                f"{floor.rss / MB:.0f} MB")
    if LARGE is not None:
        _flat(main, best("export").rss, best("import").rss, tmp_path / "large")


def _flat(main: Sized, export_rss: int, import_rss: int, work: Path) -> None:
    """The peak RSS at the second size, once each, beside the first size's."""
    assert LARGE is not None
    large = Sized(exchange_stores(*LARGE), work)
    exported = large.export("export")
    assert large.bundle is not None
    size = large.bundle.stat().st_size
    imported, _ = large.import_()
    label = _label(large.stores)
    for what, run, before in (("export", exported, export_rss),
                              ("import", imported, import_rss)):
        figures.add(f"{label}: {what} ({_mb_s(size, run.wall):.0f} MB/s, CPU "
                    f"{run.cpu:.1f} s) peak RSS", f"{run.rss / MB:.0f} MB",
                    f"< {RSS_GOAL // MB} MB", run.rss < RSS_GOAL)
        figures.add(f"exchange: {what} peak RSS, {_label(main.stores)[10:]} -> "
                    f"{label[10:]}", f"{before / MB:.0f} -> {run.rss / MB:.0f} MB")
