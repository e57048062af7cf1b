"""ARCHITECTURE.md rule 1: nothing in piu_desk.core imports PySide6 or piu_desk.ui."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from tests.core.support import run_python

CORE = Path(__file__).resolve().parents[2] / "piu_desk" / "core"

IMPORT_ALL = """
import json, pkgutil, importlib, sys
import piu_desk.core
names = [m.name for m in pkgutil.walk_packages(piu_desk.core.__path__, "piu_desk.core.")]
for name in names:
    importlib.import_module(name)
after_core = sorted(sys.modules)
try:  # control: the same check does see Qt once something imports it
    importlib.import_module("PySide6.QtCore")
except ImportError:
    pass
print(json.dumps({"imported": names, "modules": after_core, "control": sorted(sys.modules)}))
"""


def _import_everything() -> dict[str, list[str]]:
    result = run_python(["-c", IMPORT_ALL])
    assert result.returncode == 0, result.stderr
    found: dict[str, list[str]] = json.loads(result.stdout)
    return found


def _qt(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6")
            or m.startswith("piu_desk.ui")]


@pytest.mark.slow
def test_importing_every_core_module_loads_no_qt() -> None:
    found = _import_everything()
    assert len(found["imported"]) > 20
    assert {"piu_desk.core.desk", "piu_desk.core.store.vault"} <= set(found["imported"])
    assert _qt(found["modules"]) == []
    if _qt(found["control"]) == []:
        pytest.skip("PySide6 is not installed, so the control could not run")
    assert "PySide6.QtCore" in _qt(found["control"])


def test_no_core_source_names_qt() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {n}" for n in names
                          if n.split(".")[0] in ("PySide6", "shiboken6")
                          or n.startswith("piu_desk.ui")]
    assert offenders == []
