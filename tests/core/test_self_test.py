"""`piu-desk --self-test` from source, as support would have an officer run it: every check
passes on a sound installation, a broken one is named, and the throw-away store is gone
either way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import piu_desk

pytestmark = pytest.mark.slow
CHECKS = ["store", "records", "screening", "Khmer PDF", "bundle", "audit trail", "window",
          "close store", "delete store"]


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    temp = tmp_path / "temp"
    temp.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp),
           "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "LOCALAPPDATA": str(tmp_path / "local")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen by itself
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          timeout=240, check=False)


def _outcomes(stdout: str) -> dict[str, str]:
    lines = stdout.splitlines()[1:-1]
    return {line[:12].strip(): line[13:] for line in lines}


def test_every_check_passes_from_source(tmp_path: Path) -> None:
    result = _run(["-m", "piu_desk", "--self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    first, *_, last = result.stdout.splitlines()
    assert first.startswith(f"PIU Desk {piu_desk.__version__} self-test (from source")
    outcomes = _outcomes(result.stdout)
    assert list(outcomes) == CHECKS
    assert all(o.startswith("ok: ") for o in outcomes.values()), result.stdout
    assert "one alert expected" in outcomes["screening"]
    assert "sent to a throw-away HQ and applied there equal" in outcomes["bundle"]
    assert "Khmer" in outcomes["window"]
    assert last.startswith("all checks passed")
    assert list((tmp_path / "temp").iterdir()) == []  # the throw-away store is gone
    # nothing of this computer's own desk was created: no store, no language setting
    assert not (tmp_path / "data").exists() and not (tmp_path / "config").exists()


def test_a_broken_check_is_named_and_the_exit_code_says_so(tmp_path: Path) -> None:
    # the page is given no Khmer to draw, as when the Khmer font is missing from a build
    script = ("import sys; from piu_desk import self_test as s; s.KHMER_WORDS = 'no Khmer'; "
              "sys.exit(s.run())")
    result = _run(["-c", script], tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    outcomes = _outcomes(result.stdout)
    assert outcomes["Khmer PDF"].startswith("FAILED: the page holds no Khmer text")
    others = {k: v for k, v in outcomes.items() if k != "Khmer PDF"}
    assert list(outcomes) == CHECKS
    assert all(v.startswith("ok: ") for v in others.values()), result.stdout
    assert result.stdout.splitlines()[-1].startswith("1 check(s) FAILED")
    assert list((tmp_path / "temp").iterdir()) == []


def test_an_exchange_that_fails_is_named_and_its_stores_are_gone(tmp_path: Path) -> None:
    # "HQ" set up as a station: it may not enrol anyone, so no bundle can travel
    script = ("import sys; from piu_desk import self_test as s; "
              "from piu_desk import self_test_exchange as x; "
              "x.HQ = s.Station(name='Not HQ', locode='KHPNH', unit='Self-test'); "
              "sys.exit(s.run())")
    result = _run(["-c", script], tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    outcomes = _outcomes(result.stdout)
    assert outcomes["bundle"].startswith("FAILED: EnrolmentRefused("), result.stdout
    assert "only headquarters enrols stations" in outcomes["bundle"]
    others = {k: v for k, v in outcomes.items() if k != "bundle"}
    assert all(v.startswith("ok: ") for v in others.values()), result.stdout
    assert list((tmp_path / "temp").iterdir()) == []
