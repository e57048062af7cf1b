"""A crew-list sheet into the store: the vessel and port call are matched or created, the
valid rows saved, and the rows with problems never imported silently."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from piu_desk import cli
from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.imports.crew_sheet import apply_mapping, read_sheet
from piu_desk.core.records import crew, crew_import, port_calls, vessels
from tests.conftest import CHEAP_KDF, OFFICER, StoreInfo
from tests.core import crew_sheets

TODAY = date(2026, 4, 29)


@pytest.fixture
def officer(admin_desk: Desk) -> Desk:
    admin_desk.lock()
    admin_desk.unlock(OFFICER[0], OFFICER[2])
    return admin_desk


def test_first_import_creates_vessel_and_port_call_then_matches_them(
        officer: Desk, tmp_path: Path) -> None:
    sheet = crew_sheets.current_layout_xlsx(tmp_path)
    preview = read_sheet(sheet, today=TODAY)
    report = apply_mapping(preview, preview.mapping, today=TODAY)
    first = crew_import.plan(officer, preview)
    assert first.vessel is None and first.new_vessel is not None
    assert first.new_vessel.imo == "9074729" and first.new_port_call is not None
    list_id, changes = crew_import.commit(officer, preview, report, first, today=TODAY)
    assert changes.touches("crew")
    assert len(crew.members(officer, list_id)) == len(report.valid) > 0
    again = crew_import.plan(officer, preview)
    assert again.vessel is not None and again.vessel_reason == "imo"
    assert again.port_call is not None and again.new_port_call is None
    crew_import.commit(officer, preview, report, again, today=TODAY)
    assert vessels.count(officer) == 1 and port_calls.count(officer) == 1
    call_id = again.port_call.id or 0
    assert len(crew.lists_of_port_call(officer, call_id)) == 2


def test_a_damaged_sheet_imports_only_valid_rows_and_audits_the_counts(
        officer: Desk, tmp_path: Path) -> None:
    sheet = crew_sheets.damaged_xlsx(tmp_path)
    preview = read_sheet(sheet, today=TODAY)
    report = apply_mapping(preview, preview.mapping, today=TODAY)
    assert report.problems and report.valid
    chosen = crew_import.plan(officer, preview)
    assert chosen.problems  # the sheet gives no flag: the officer must choose the port call
    call_id = a_port_call(officer)
    list_id, _ = crew_import.commit(officer, preview, report, chosen, today=TODAY,
                                    port_call_id=call_id)
    assert len(crew.members(officer, list_id)) == len(report.valid)
    officer.lock()
    from tests.conftest import ADMIN
    officer.unlock(ADMIN[0], ADMIN[2])
    entry = officer.audit_page(0, 1, "crew_list.import")[0]
    assert entry.detail == (f"{len(report.valid)} imported, {len(report.problems)} with "
                            f"problems, {len(report.skipped)} skipped")


def test_a_sheet_without_flag_is_matched_by_a_registered_imo_number(
        officer: Desk, tmp_path: Path) -> None:
    """The damaged sheet names SEA STAR and IMO 9074729 but no flag: not enough to register
    a vessel, enough to find the one already registered and its port call."""
    preview = read_sheet(crew_sheets.damaged_xlsx(tmp_path), today=TODAY)
    call_id = a_port_call(officer)
    chosen = crew_import.plan(officer, preview)
    assert not chosen.problems and chosen.vessel_reason == "imo"
    assert chosen.vessel is not None and chosen.vessel.name == "SEA STAR"
    assert chosen.port_call is not None and chosen.port_call.id == call_id


def a_port_call(desk: Desk) -> int:
    vessel_id, _ = vessels.register(desk, Vessel(None, "Sea Star", "KHM", imo="9074729"))
    call_id, _ = port_calls.record_arrival(desk, PortCall(None, vessel_id, "2026-04-28T06:00"))
    return call_id


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        argv: list[str], stdin: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(argv, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_dry_run_and_the_explicit_decision(store: StoreInfo, tmp_path: Path,
                                               capsys, monkeypatch) -> None:
    sheet = crew_sheets.damaged_xlsx(tmp_path)
    with store.open() as desk:
        desk.unlock(OFFICER[0], OFFICER[2])
        call_id = a_port_call(desk)
    as_officer = ["--store", str(store.folder), "--user", OFFICER[0], "--password-stdin"]
    code, out, _ = run(capsys, monkeypatch, ["--json", "crew", "import", str(sheet),
                                             "--dry-run", *as_officer], OFFICER[2] + "\n")
    assert code == 0
    data = json.loads(out)
    assert data["imported"] is False and data["rows"]["with_problems"] > 0
    assert all(p["reasons"] for p in data["rows"]["problems"])
    code, out, err = run(capsys, monkeypatch, ["crew", "import", str(sheet), *as_officer],
                         OFFICER[2] + "\n")
    assert code == 1 and "--valid-rows-only" in err
    code, out, err = run(capsys, monkeypatch, ["crew", "import", str(sheet),
                                               "--valid-rows-only", "--port-call",
                                               str(call_id), *as_officer],
                         OFFICER[2] + "\n")
    assert code == 0, err
    assert "as crew list" in out


def test_cli_reports_an_unreadable_file_in_one_line(store: StoreInfo, tmp_path: Path,
                                                    capsys, monkeypatch) -> None:
    bad = tmp_path / "crew.xlsx"
    bad.write_bytes(b"this is not a workbook")
    code, _, err = run(capsys, monkeypatch, [
        "crew", "import", str(bad), "--store", str(store.folder), "--user", OFFICER[0],
        "--password-stdin"], OFFICER[2] + "\n")
    assert code == 1 and err.startswith("piu-desk: ") and "Traceback" not in err
