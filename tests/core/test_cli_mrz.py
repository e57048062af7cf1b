"""`piu-desk mrz check`: MRZ lines on standard input, a field-by-field report or JSON out,
exit 0 only when every check passes."""

from __future__ import annotations

import io
import json
import sys

import pytest

from piu_desk import cli

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10\r\n")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<\n"
       "7408122F1204159UTO<<<<<<<<<<<6\n"
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<\n")


class Terminal(io.StringIO):
    """Standard input as an officer's terminal with a desk reader typing into it."""

    def isatty(self) -> bool:
        return True


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str],
        stdin: io.StringIO) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", stdin)
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_specimen_passport_report(capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, ["mrz", "check"], io.StringIO(TD3))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Passport (TD3, 2 lines of 44)"
    assert any(line.startswith("Document number") and "L898902C3" in line
               and "check digit 6: correct" in line for line in lines)
    assert any(line.startswith("Date of expiry") and "(expired)" in line for line in lines)
    assert lines[-1] == "Every check passes."


def test_lower_case_id_card(capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, ["mrz", "check"], io.StringIO(TD1.lower()))
    assert code == 0 and out.startswith("Identity card (TD1")


def test_a_failed_check_digit_exits_1_with_the_report(capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    bad = TD3.replace("7408122F", "7408123F")
    code, out, err = run(capsys, monkeypatch, ["mrz", "check"], io.StringIO(bad))
    assert code == 1
    assert "Date of birth check digit: expected 2, found 3" in out
    assert "check digit WRONG: expected 2, found 3" in out
    assert err == "piu-desk: the MRZ has 2 problem(s); see the report\n"


@pytest.mark.parametrize("argv", [["--json", "mrz", "check"], ["mrz", "check", "--json"]])
def test_json(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
              argv: list[str]) -> None:
    code, out, _ = run(capsys, monkeypatch, argv, io.StringIO(TD1))
    data = json.loads(out)
    assert code == 0 and data["ok"] is True and data["valid"] is True
    assert data["format"] == "TD1" and data["document_number"] == "D23145890"
    assert all(c["ok"] for c in data["checks"])
    code, out, _ = run(capsys, monkeypatch, argv, io.StringIO(TD1.replace("<<6\n", "<<5\n")))
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert [p["field"] for p in data["problems"]] == ["composite"]


def test_a_short_line_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    short = TD3.replace("<<<<<10", "<<<<10")
    code, out, err = run(capsys, monkeypatch, ["mrz", "check"], io.StringIO(short))
    assert code == 1 and out == ""
    assert err == ("piu-desk: Line 2 has 43 characters; each line of a TD3 MRZ has 44. A "
                   "character was dropped or added in reading: scan the document again.\n")


def test_nothing_on_stdin(capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, ["mrz", "check"], io.StringIO(""))
    assert code == 1 and err.startswith("piu-desk: No MRZ was given.")


def test_at_a_terminal_it_stops_once_the_zone_is_complete(capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = Terminal(TD3 + "typed after the scan\n")
    code, out, err = run(capsys, monkeypatch, ["mrz", "check"], stdin)
    assert code == 0 and out.splitlines()[-1] == "Every check passes."
    assert err.startswith("Scan the document")
    assert stdin.read() == "typed after the scan\n"


def test_mrz_needs_an_action() -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["mrz"])
    assert caught.value.code == 2
