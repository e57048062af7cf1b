"""`piu-desk search` and `piu-desk vessel list` on a demo store: text for people, --json for
scripts, one-line errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from piu_desk import cli
from piu_desk.core.demo import DEMO_ADMIN, create_demo
from tests.conftest import CHEAP_KDF, FakeClock

PASSWORD = DEMO_ADMIN.password + "\n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "demo"
    create_demo(folder, clock=FakeClock(), kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    return folder


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path,
        *argv: str, stdin: str = PASSWORD, user: str = "admin") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main([*argv, "--store", str(folder), "--user", user, "--password-stdin"],
                    kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_kind_title_and_detail(demo: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, demo, "search", "lucky star", "--limit", "5")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("Vessel ") and "LUCKY STAR 88" in lines[0]
    assert "357884000" in lines[0]  # the detail: the text it was found in
    assert any(line.startswith("Person found aboard ") for line in lines)


def test_search_as_json_with_kinds(demo: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, demo, "--json", "search", "Lucky Star",
                       "--kind", "port_call", "--kind", "vessel")
    assert code == 0
    data = json.loads(out)
    assert data["ok"] is True and data["query"] == "Lucky Star"
    kinds = [h["kind"] for h in data["hits"]]
    assert kinds[0] == "vessel" and set(kinds) == {"vessel", "port_call"}
    vessel = data["hits"][0]
    assert vessel["title"] == "LUCKY STAR 88" and isinstance(vessel["id"], int)
    assert "357884000" in vessel["detail"]
    code, out, _ = run(capsys, monkeypatch, demo, "--json", "search", f"IMO {vessel_imo(out)}")
    assert json.loads(out)["hits"][0]["id"] == vessel["id"]


def vessel_imo(json_out: str) -> str:
    detail = str(json.loads(json_out)["hits"][0]["detail"])
    return next(word for word in detail.split() if len(word) == 7 and word.isdigit())


def test_search_names_in_any_order(
        demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, demo, "--json", "search", "zaw myo",
                       "--kind", "person_aboard")
    assert code == 0
    assert [h["title"] for h in json.loads(out)["hits"]] == ["MYO ZAW"]


def test_nothing_found_is_said_not_an_error(demo: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, demo, "search", "zzqx")
    assert (code, out, err) == (0, "Nothing found for 'zzqx'.\n", "")
    code, out, _ = run(capsys, monkeypatch, demo, "--json", "search", "zzqx")
    assert json.loads(out)["hits"] == []


def test_search_needs_a_user_and_a_sensible_limit(
        demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code = cli.main(["search", "star", "--store", str(demo)], kdf=CHEAP_KDF,
                    kdf_floor=CHEAP_KDF)
    _, err = capsys.readouterr()
    assert code == 2 and err == "piu-desk: this command acts as a user: add --user NAME\n"
    with pytest.raises(SystemExit) as usage:
        run(capsys, monkeypatch, demo, "search", "star", "--limit", "0")
    assert usage.value.code == 2 and "1 or more" in capsys.readouterr().err


def test_a_custodian_may_not_search(demo: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, demo, "user", "add", "keeper", "--full-name",
                       "Equipment Keeper", "--role", "custodian",
                       stdin=PASSWORD + "keeper-pass-12\nkeeper-pass-12\n")
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, demo, "search", "star", user="keeper",
                         stdin="keeper-pass-12\n")
    assert code == 1 and out == ""
    assert err.startswith("piu-desk: ") and err.count("\n") == 1


def test_vessel_list_marks_the_mmsi_flag_mismatch(
        demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, demo, "vessel", "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[-1].startswith("40 of 40 vessels; ! = the MMSI and the flag disagree")
    flagged = [line for line in lines[:-1] if line.endswith("!")]
    assert len(flagged) == 1 and flagged[0].startswith("HAI XIANG 68 ")
    code, out, _ = run(capsys, monkeypatch, demo, "--json", "vessel", "list", "--limit", "3",
                       "--offset", "1")
    data = json.loads(out)
    assert data["total"] == 40 and len(data["vessels"]) == 3
    assert {"name", "flag", "imo", "mmsi", "call_sign", "former", "warnings"} <= set(
        data["vessels"][0])
    code, out, _ = run(capsys, monkeypatch, demo, "--json", "vessel", "list")
    mismatch = [v for v in json.loads(out)["vessels"] if v["warnings"]]
    assert [v["name"] for v in mismatch] == ["HAI XIANG 68"]
    assert "MID 412" in mismatch[0]["warnings"][0]
    assert mismatch[0]["former"][0]["name"] == "MIN LONG YU 68"
