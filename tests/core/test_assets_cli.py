"""`piu-desk assets import|list|labels|report` on a real store."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import openpyxl
import pytest

from piu_desk import cli
from piu_desk.core import accounts
from piu_desk.core.domain.accounts import NewUser, Role
from tests.conftest import ADMIN, CHEAP_KDF, create_store
from tests.core.equipment_support import CUSTODIAN


def _run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path,
         *argv: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(CUSTODIAN[2] + "\n"))
    code = cli.main([*argv, "--store", str(folder), "--user", CUSTODIAN[0],
                     "--password-stdin"], kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    return code, capsys.readouterr().out


def test_import_list_labels_report(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    info = create_store(tmp_path / "store")
    with info.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        accounts.add_user(desk, NewUser(*CUSTODIAN, frozenset({Role.CUSTODIAN})))
    sheet = tmp_path / "handover.csv"
    sheet.write_text("Tag,Category,Description,Serial No,Value USD\n"
                     "MSP-1,Radio,Handheld radio,S1,400\nMSP-2,Camera,Camera,S2,900\n",
                     encoding="utf-8")
    code, out = _run(capsys, monkeypatch, info.folder, "assets", "import", str(sheet),
                     "--dry-run", "--json")
    assert code == 0 and json.loads(out)["valid"] == 2 and not json.loads(out)["imported"]
    code, out = _run(capsys, monkeypatch, info.folder, "assets", "import", str(sheet),
                     "--donor", "MSP", "--agreement", "LoA-1", "--date", "2026-06-02")
    assert code == 0 and "Imported 2 items" in out
    code, out = _run(capsys, monkeypatch, info.folder, "assets", "list", "--json",
                     "--status", "in_store")
    assert [a["tag"] for a in json.loads(out)["assets"]] == ["MSP-1", "MSP-2"]
    code, out = _run(capsys, monkeypatch, info.folder, "assets", "labels", "--out",
                     str(tmp_path / "labels.pdf"), "--tags", "msp-2")
    assert code == 0 and (tmp_path / "labels.pdf").read_bytes().startswith(b"%PDF-")
    code, _ = _run(capsys, monkeypatch, info.folder, "assets", "report", "--out",
                   str(tmp_path / "register.xlsx"))
    ws = openpyxl.load_workbook(tmp_path / "register.xlsx").active
    assert code == 0 and ws is not None and ws["A2"].value == "MSP-1"
