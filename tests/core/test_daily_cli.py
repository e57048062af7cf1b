"""`piu-desk report daily` and `piu-desk report verify`: a numbered PDF written where asked,
its code verifying, a wrong code exiting 1, bad dates refused with one line, officers
refused; Khmer labels come from the compiled catalogue."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from piu_desk import cli
from tests.conftest import ADMIN, CHEAP_KDF, OFFICER
from tests.core.daily_support import day_store
from tests.core.reports_support import have_poppler, pdf_pages_text


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    with day_store(path, "quiet"):
        pass
    return path


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path,
        *argv: str, user: tuple[str, str, str] = ADMIN) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(user[2] + "\n"))
    code = cli.main([*argv, "--store", str(folder), "--user", user[0], "--password-stdin"],
                    kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(not have_poppler(), reason="needs poppler-utils")
def test_daily_then_verify(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:
    out_file = tmp_path / "daily"
    code, out, err = run(capsys, monkeypatch, folder, "--json", "report", "daily", "--date",
                         "2026-11-26", "--lang", "en", "--out", str(out_file),
                         "--reviewer", "sopheap")
    assert code == 0, err
    issued = json.loads(out)
    assert issued["out"] == str(tmp_path / "daily.pdf")
    pdf = (tmp_path / "daily.pdf").read_bytes()
    text = " ".join(pdf_pages_text(pdf))
    assert f"Verification code: {issued['code']}" in text and "Keo Sopheap" in text
    code, out, err = run(capsys, monkeypatch, folder, "report", "verify", issued["number"],
                         issued["code"].lower())
    assert code == 0, err
    assert f"Report {issued['number']} was issued by Sok Dara" in out
    code, out, err = run(capsys, monkeypatch, folder, "report", "verify", issued["number"],
                         "AAAA-2222")
    assert code == 1 and out == ""
    assert err.startswith("piu-desk: The verification code does not match")


@pytest.mark.skipif(not have_poppler(), reason="needs poppler-utils")
def test_a_khmer_shift_report(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, folder, "report", "daily", "--date",
                         "2026-11-26", "--from", "22:00", "--until", "06:00", "--lang", "km",
                         "--out", str(tmp_path / "night.pdf"))
    assert code == 0, err
    assert "not encrypted" in out
    text = " ".join(pdf_pages_text((tmp_path / "night.pdf").read_bytes()))
    # labels the catalogue already holds are in Khmer (the daily report's own strings are
    # translated with the next catalogue update)
    assert "Page 1" not in text and "Reference:" not in text and "Boarding officers" not in text
    assert "២២:០០" in text  # the shift's times in Khmer digits


def test_bad_input_is_refused_in_one_line(folder: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.pdf"
    for argv, message in (
            (("--date", "26/11/2026"), "Enter a date such as 2026-11-28."),
            (("--date", "2026-11-26", "--to", "2026-11-20"), "The last day cannot be before"),
            (("--date", "2026-11-26", "--from", "06:00"), "A shift needs both")):
        code, _, err = run(capsys, monkeypatch, folder, "report", "daily", *argv, "--out",
                           str(target))
        assert code == 1 and err.startswith("piu-desk: ") and message in err
        assert len(err.splitlines()) == 1
    assert not target.exists()


def test_officers_are_refused(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, folder, "report", "daily", "--date", "2026-11-26",
                       "--out", str(tmp_path / "x.pdf"), user=OFFICER)
    assert code == 1 and "daily report" in err
    assert not (tmp_path / "x.pdf").exists()
