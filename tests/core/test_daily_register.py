"""Issuing daily reports and verifying paper copies: the issue is recorded in the audit trail
with the PDF's SHA-256; the code printed on every page verifies against its number and no
other; a wrong code, an unknown number, or a code forged into the audit record is refused;
a failed render uses no number; officers may neither issue nor verify."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.errors import NotAllowed
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.reports.daily_register import (
    IssuedReport,
    daily_printout,
    issue_daily_report,
    issued_reports,
    make_code,
    normal_code,
    verify_file,
    verify_printed,
)
from tests.conftest import OFFICER
from tests.core.daily_support import DAY, day_store
from tests.core.reports_support import have_poppler, pdf_pages_text


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, IssuedReport]]:
    with day_store(tmp_path_factory.mktemp("register"), "quiet") as (desk, _):
        yield desk, issue_daily_report(desk, Period.day(DAY), "en", reviewed_by="sopheap")


def test_the_issue_is_recorded_with_the_pdf_hash(issued: tuple[Desk, IssuedReport]) -> None:
    desk, report = issued
    number, code, pdf = report  # unpacks as (number, code, PDF bytes)
    assert number == "KHKOS-DR-2026-0001"
    entry = next(e for e in desk.audit_page(0, 50, "report.daily.issue"))
    assert (entry.actor, entry.target) == ("admin", number)
    detail = json.loads(entry.detail)
    assert detail["pdf_sha256"] == hashlib.sha256(pdf).hexdigest() == report.sha256
    assert detail["code"] == code and detail["period"] == Period.day(DAY).key
    assert detail["language"] == "en" and len(detail["content_sha256"]) == 64
    assert desk.verify_audit().ok


@pytest.mark.skipif(not have_poppler(), reason="needs poppler-utils")
def test_the_printed_code_is_the_issued_one(issued: tuple[Desk, IssuedReport]) -> None:
    _, report = issued
    pages = pdf_pages_text(report.pdf)
    assert all(f"Verification code: {report.code}" in p for p in pages)


def test_the_right_code_verifies_with_who_when_and_what(issued: tuple[Desk, IssuedReport]
                                                        ) -> None:
    desk, report = issued
    result = verify_printed(desk, report.number, report.code)
    assert result.ok and result.why is None
    assert (result.issued_by, result.issued_by_name) == ("admin", "Sok Dara")
    assert result.period == Period.day(DAY) and result.language == "en"
    assert result.issued_at.startswith("2026-11-27")
    assert "was issued by Sok Dara" in result.message().render()
    # as typed from paper: lower case, spaces, 0 for O and 1 for I
    typed = report.code.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    assert verify_printed(desk, f" {report.number.lower()} ", typed).ok


def test_a_wrong_code_or_an_altered_number_is_refused(issued: tuple[Desk, IssuedReport]
                                                      ) -> None:
    desk, report = issued
    other = "AAAA-AAAA" if report.code != "AAAA-AAAA" else "BBBB-BBBB"
    wrong = verify_printed(desk, report.number, other)
    assert not wrong.ok and wrong.why is not None
    assert "does not match" in wrong.why.render() and wrong.issued_by == "admin"
    altered = verify_printed(desk, report.number.replace("0001", "0007"), report.code)
    assert not altered.ok and altered.why is not None and altered.issued_by == ""
    assert "has not issued" in altered.why.render()
    short = verify_printed(desk, report.number, "7F3K")
    assert not short.ok and short.why is not None and "8 letters" in short.why.render()
    checks = [e.detail for e in desk.audit_page(0, 50, "report.daily.verify")]
    assert checks.count("no match") >= 3 and "match" in checks


def test_each_report_has_its_own_number_and_code(issued: tuple[Desk, IssuedReport]) -> None:
    desk, first = issued
    second = issue_daily_report(desk, Period.day(DAY), "en")
    assert second.number.endswith("-0002") and second.code != first.code
    assert not verify_printed(desk, second.number, first.code).ok
    assert verify_printed(desk, second.number, second.code).ok
    listed = issued_reports(desk)
    assert [r.number for r in listed[:2]] == [second.number, first.number]


def test_the_pdf_file_is_checked_byte_for_byte(issued: tuple[Desk, IssuedReport]) -> None:
    desk, report = issued
    assert verify_file(desk, report.number, report.pdf)
    assert not verify_file(desk, report.number, report.pdf + b"\n")
    assert not verify_file(desk, "KHKOS-DR-2026-0099", report.pdf)


def test_a_code_made_without_the_desk_key_does_not_verify(
        issued: tuple[Desk, IssuedReport]) -> None:
    """Knowing the number, the period and every figure is not enough to make a code: it is a
    MAC under a key kept inside the encrypted store."""
    desk, report = issued
    entry = next(e for e in desk.audit_page(0, 50, "report.daily.issue")
                 if e.target == report.number)
    detail = json.loads(entry.detail)
    assert make_code(desk_key(desk), report.number, detail["period"],
                     detail["content_sha256"]) == report.code
    for key in (bytes(32), hashlib.sha256(b"KHKOS").digest()):
        guess = make_code(key, report.number, detail["period"], detail["content_sha256"])
        assert guess != report.code and not verify_printed(desk, report.number, guess).ok


def desk_key(desk: Desk) -> bytes:
    return desk.db(lambda conn: bytes.fromhex(str(conn.execute(
        "SELECT value FROM settings WHERE key = 'daily_report_key'").fetchone()[0])))


def test_a_failed_render_uses_no_number(tmp_path: Path) -> None:
    with day_store(tmp_path, "empty") as (desk, _):
        def broken(context: str, text: str) -> str:
            raise RuntimeError("catalogue damaged")
        with pytest.raises(RuntimeError):
            issue_daily_report(desk, Period.day(DAY), "km", broken)
        assert desk.audit_count("report.daily.issue") == 0
        printout = daily_printout(desk, Period.day(DAY), "en")
        assert printout.reference.endswith("-0001")
        assert printout.file_name == "daily-report-KHKOS-DR-2026-0001.pdf"


def test_officers_may_neither_issue_nor_verify(issued: tuple[Desk, IssuedReport]) -> None:
    desk, report = issued
    desk.unlock(OFFICER[0], OFFICER[2])
    try:
        with pytest.raises(NotAllowed):
            issue_daily_report(desk, Period.day(DAY), "en")
        with pytest.raises(NotAllowed):
            verify_printed(desk, report.number, report.code)
    finally:
        desk.unlock("admin", "admin-password-1")


def test_codes_read_from_paper_are_normalised() -> None:
    assert normal_code("7f3k 92qd") == "7F3K-92QD"
    assert normal_code("0I8B-2345") == "OIBB-2345"
    assert normal_code("7F3K") == "7F3K"
