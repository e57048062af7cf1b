"""`piu-desk watchlist import|list` and `piu-desk screen` on a real store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from piu_desk import cli
from tests.conftest import CHEAP_KDF, OFFICER, StoreInfo

LIST = ("type,names,dob,nationality,reason,issuer,expires\n"
        "person,Iouri Ivanov; Yuri Ivanov,1970,RUS,Arms,PIU HQ,\n"
        "person,Old Case,1960,RUS,Fraud,PIU HQ,2020-01-01\n"
        "person,,1960,RUS,No name,PIU HQ,\n")


def run(store: StoreInfo, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(OFFICER[2] + "\n"))
    return cli.main([*argv, "--store", str(store.folder), "--user", OFFICER[0],
                     "--password-stdin"], kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)


def test_import_list_and_screen_a_sheet(store: StoreInfo, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "hq.csv"
    sheet.write_text(LIST, encoding="utf-8")
    assert run(store, monkeypatch, "watchlist", "import", str(sheet), "--dry-run") == 0
    assert "row 4" in capsys.readouterr().out
    assert run(store, monkeypatch, "watchlist", "import", str(sheet)) != 0
    assert run(store, monkeypatch, "watchlist", "import", str(sheet),
               "--valid-rows-only") == 0
    capsys.readouterr()
    assert run(store, monkeypatch, "watchlist", "list", "--json") == 0
    entries = json.loads(capsys.readouterr().out)["entries"]
    assert [e["expired"] for e in entries] == [False, True]
    crew_sheet = tmp_path / "crew.csv"
    crew_sheet.write_text("No,Family name,Given names,Nationality,Date of birth\n"
                          "1,IVANOV,YURIY,RUS,21/08/1970\n2,SOK,DARA,KHM,01/01/1980\n",
                          encoding="utf-8")
    assert run(store, monkeypatch, "screen", "--file", str(crew_sheet), "--json") == 0
    matches = json.loads(capsys.readouterr().out)["matches"]
    assert [m["row"] for m in matches] == [1]
