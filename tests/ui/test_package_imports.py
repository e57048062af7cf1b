"""Every screen package imports on its own, first, in a fresh interpreter: the packages
import each other (records pages list tip-offs and marks, the watchlist import builds on the
crew import's pages), and a cycle shows only when a package other than the usual one is
imported first — as a screenshot script or a test module may do."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import piu_desk.ui

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = sorted(f"piu_desk.ui.{m.name}" for m in pkgutil.iter_modules(piu_desk.ui.__path__)
                  if m.ispkg)


def test_the_screen_packages_are_all_found() -> None:
    assert {"piu_desk.ui.crew_import", "piu_desk.ui.records", "piu_desk.ui.intel",
            "piu_desk.ui.equipment"} <= set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_a_screen_package_imports_first(package: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", f"import {package}"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
