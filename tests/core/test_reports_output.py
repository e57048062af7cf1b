"""A printout is written only where asked, whole or not at all, and its export is audited."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DiskFull, Locked
from piu_desk.core.reports.output import export_pdf, with_pdf_suffix, write_pdf
from piu_desk.core.reports.printouts import file_name
from tests.conftest import ADMIN, OFFICER

PDF = b"%PDF-1.4\n" + b"x" * 2000 + b"\n%%EOF\n"


def test_the_pdf_suffix_is_added_when_missing() -> None:
    assert with_pdf_suffix(Path("a/report")) == Path("a/report.pdf")
    assert with_pdf_suffix(Path("a/report.PDF")) == Path("a/report.PDF")
    assert with_pdf_suffix(Path("a/crew.list")) == Path("a/crew.list.pdf")


def test_written_whole_with_no_partial_file_left(tmp_path: Path) -> None:
    target = tmp_path / "inspection"
    assert write_pdf(target, PDF) == tmp_path / "inspection.pdf"
    assert (tmp_path / "inspection.pdf").read_bytes() == PDF
    write_pdf(tmp_path / "inspection.pdf", PDF + b"2")  # replaced, not appended
    assert (tmp_path / "inspection.pdf").read_bytes() == PDF + b"2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inspection.pdf"]


def test_only_a_pdf_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_pdf(tmp_path / "x.pdf", b"not a pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_keeps_the_old_file_and_says_so(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "crew.pdf"
    target.write_bytes(PDF)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull):
        write_pdf(target, PDF + b"new")
    assert target.read_bytes() == PDF
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crew.pdf"]


def test_an_export_is_audited_with_the_reference_and_file_name(
        desk_factory: Callable[[], Desk], tmp_path: Path) -> None:
    desk = desk_factory()
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(Locked):
        export_pdf(desk, out / "x.pdf", PDF, "KHKOS-INS-1")
    assert list(out.iterdir()) == []
    desk.unlock(OFFICER[0], OFFICER[2])
    written = export_pdf(desk, out / "inspection KHKOS", PDF, "KHKOS-INS-3F9A2C1B")
    assert written == out / "inspection KHKOS.pdf" and written.read_bytes() == PDF
    desk.lock()
    desk.unlock(ADMIN[0], ADMIN[2])
    entries = desk.audit_page(0, 10, "report.export")
    assert [(e.actor, e.target, e.detail) for e in entries] == [
        ("vanna", "KHKOS-INS-3F9A2C1B", "inspection KHKOS.pdf")]


def test_suggested_file_names_are_portable() -> None:
    assert file_name("inspection", "OCEAN STAR", "2026-11-27") == \
        "inspection-OCEAN-STAR-2026-11-27.pdf"
    assert file_name("crew-list", "Nguyễn Phú 08", language="km") == \
        "crew-list-Nguyen-Phu-08-km.pdf"
    assert file_name("../..", "a/b\\c:d") == "a-b-c-d.pdf"
    assert file_name("ខ្មែរ") == "printout.pdf"
