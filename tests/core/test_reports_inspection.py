"""The inspection report: every particular printed and extractable, findings flowing over
pages, persons aboard with their vulnerability flags, amendments and signatures; shaped Khmer;
gathered from a real store with the reader's role checked; nothing written to disk."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.domain.crew import PersonAboard
from piu_desk.core.domain.inspection import Inspection, InspectionType, Outcome, Risk, Status
from piu_desk.core.errors import Locked, NotAllowed
from piu_desk.core.records import attachments, crew, inspections, port_calls, vessels
from piu_desk.core.reports import fonts
from piu_desk.core.reports.document import MARGIN_SIDE
from piu_desk.core.reports.gather import inspection_report_data
from piu_desk.core.reports.inspection_report import (
    AttachmentInfo,
    InspectionReportData,
    render_inspection_report,
)
from piu_desk.core.reports.particulars import moment
from tests.conftest import ADMIN, OFFICER, SUPERVISOR
from tests.core.reports_records_support import (
    KHMER_REPORTS,
    PRINTED_AT,
    jpeg,
    pdf_words,
    sample_inspection_data,
    sample_port_call,
    sample_vessel,
    translate_records_km,
)
from tests.core.reports_support import (
    cmap_glyphs,
    harfbuzz_glyphs,
    have_poppler,
    pdf_fonts,
    pdf_glyphs,
    pdf_pages_text,
    render_watching_files,
)

pytestmark = pytest.mark.skipif(not have_poppler(), reason="needs poppler-utils")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def english() -> bytes:
    return render_inspection_report(sample_inspection_data(thumbnails=True))


@pytest.fixture(scope="module")
def khmer() -> bytes:
    return render_inspection_report(sample_inspection_data(), translate_records_km, "km")


def test_the_pdf_is_valid_and_named_after_the_vessel(english: bytes) -> None:
    assert english.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(english))
    assert reader.metadata is not None
    assert reader.metadata.title == "Inspection report — OCEAN STAR"
    assert reader.metadata.author == "Keo Sopheap"
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in reader.pages}
    assert sizes == {(595, 842)}  # A4 portrait


def test_every_page_carries_reference_code_and_page_x_of_y(english: bytes) -> None:
    pages = pdf_pages_text(english)
    data = sample_inspection_data(thumbnails=True)
    assert data.reference == "KHKOS-INS-3F9A2C1B"
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Reference: KHKOS-INS-3F9A2C1B" in text
        assert f"Verification code: {data.verification_code()}" in text
        assert "Inspection report — OCEAN STAR" in text


def test_vessel_port_call_and_inspection_particulars_are_printed(english: bytes) -> None:
    first = flat(pdf_pages_text(english)[0])
    reviewed = moment("2026-11-28T03:10:00+00:00")
    assert reviewed is not None
    for expected in (
            "Inspection report", "Printed by Keo Sopheap on 28 November 2026 16:45",
            "Name OCEAN STAR", "IMO number 9074729", "MMSI 357123000", "Call sign 3EAB7",
            "Flag PAN – Panama", "Type 70 – Cargo ship", "Gross tonnage 12,500",
            "Owner / operator Star Line Shipping S.A., Panama", "SEA PEARL (LBR, 2015–2021)",
            "Arrival 27 November 2026 08:30", "Departure 29 November 2026 18:00",
            "Last port VNSGN", "Next port THBKK", "Berth B3", "Voyage number V-112",
            "Crew 60", "Agent Kampuchea Shipping Agency",
            "Date and time 27 November 2026 09:40", "Type Targeted",
            "Boarding officers Lim Rithy, Chan Vanna", "Risk level High",
            "Outcome Persons taken off the vessel", "Status Approved",
            "Reviewed by Keo Sopheap",
            f"Reviewed on {reviewed.day} November 2026 {reviewed:%H:%M}"):
        assert expected in first, expected
    assert "not approved" not in first


def test_long_findings_wrap_and_flow_across_pages() -> None:
    paragraphs = [f"Finding {n:03d}: " + "the aft store room was searched again and " * 12
                  for n in range(1, 41)]
    pdf = render_inspection_report(sample_inspection_data("\n".join(paragraphs)))
    pages = pdf_pages_text(pdf)
    seen = [int(m) for text in pages for m in re.findall(r"Finding (\d{3}):", text)]
    assert seen == list(range(1, 41))  # every paragraph once, in order
    holding = [i for i, text in enumerate(pages) if "Finding " in text]
    assert len(holding) >= 3  # the findings run on over several pages
    right = 595.3 - MARGIN_SIDE + 1  # wrapped within the frame: nothing runs off the side
    assert all(word[2] <= right for page in pdf_words(pdf) for word in page)


def test_persons_found_aboard_with_their_vulnerability_flags(english: bytes) -> None:
    text = flat(" ".join(pdf_pages_text(english)))
    assert re.search(r"Persons found aboard No\. Name Nationality Date of birth", text)
    assert "1 NGUYEN VAN AN VNM – Vietnam 14/02/1998 M" in text
    assert re.search(r"2 TRAN MINH VNM – Vietnam 15 years M Minor", text)
    assert "Possible victim of" in text and "Needs medical care" in text


def test_attachments_are_listed_with_previews(english: bytes) -> None:
    text = flat(" ".join(pdf_pages_text(english)))
    assert "1 store-room-aft.jpg image/jpeg 2.4 MB" in text
    assert "2 statement-chief-officer.pdf application/pdf 179.2 KB" in text
    images = [img for page in PdfReader(io.BytesIO(english)).pages for img in page.images]
    assert len(images) == 2  # the two attachments with a thumbnail


def test_a_damaged_preview_is_left_out() -> None:
    data = sample_inspection_data("Short.")
    broken = InspectionReportData(**{**data.__dict__, "attachments": (
        AttachmentInfo("photo.jpg", 10, "image/jpeg", b"not an image"),)})
    pdf = render_inspection_report(broken)
    assert "photo.jpg" in " ".join(pdf_pages_text(pdf))
    assert all(not page.images for page in PdfReader(io.BytesIO(pdf)).pages)


def test_amendments_and_the_signature_block(english: bytes) -> None:
    last = flat(pdf_pages_text(english)[-1])
    amended = moment("2026-11-28T06:20:00+00:00")
    assert amended is not None
    assert re.search(r"Amendments No\. Amended on Amended by Reason", last)
    assert f"1 28 November 2026 {amended:%H:%M} Chan Vanna The younger person's age" in last
    assert "Boarding officer Reviewing supervisor" in last
    assert "Name: Lim Rithy Name: Keo Sopheap" in last
    assert f"Date: {amended.day} November 2026" in last


def test_a_draft_says_it_is_not_approved_and_leaves_the_reviewer_blank() -> None:
    data = sample_inspection_data("", status=Status.DRAFT)
    empty = InspectionReportData(**{**data.__dict__, "amendments": (), "persons_aboard": (),
                                    "attachments": ()})
    text = flat(" ".join(pdf_pages_text(render_inspection_report(empty))))
    assert ("This inspection is not approved (Draft); the record may still change."
            in text)
    assert "Reviewed by — Reviewed on —" in text
    assert "No findings were written." in text
    assert text.count("None") == 3  # persons aboard, attachments, amendments
    assert "Name: Keo Sopheap" not in text


def test_khmer_report_is_shaped_and_in_khmer(khmer: bytes) -> None:
    names = pdf_fonts(khmer)
    assert any(n.endswith("+NotoSansKhmer-Bold") for n in names)
    assert any(n.endswith("+NotoSansKhmer-Regular") for n in names)
    title = KHMER_REPORTS["Inspection report"]
    shaped = harfbuzz_glyphs(title, fonts.KHMER_BOLD)
    assert shaped != cmap_glyphs(title, fonts.KHMER_BOLD)  # the title needs shaping at all
    assert pdf_glyphs(khmer, fonts.KHMER_BOLD)[:len(shaped)] == shaped
    pages = pdf_pages_text(khmer)
    text = " ".join(pages)
    assert "Boarding officers" not in text and "Reviewed by" not in text
    for latin in ("OCEAN STAR", "9074729", "Lim Rithy, Chan Vanna", "KHKOS-INS-3F9A2C1B",
                  "NGUYEN VAN AN"):
        assert latin in text  # names and numbers as recorded, still searchable
    assert "១២,៥០០" in text  # the tonnage in Khmer digits


def test_record_labels_are_translated_in_the_records_context() -> None:
    calls: list[tuple[str, str]] = []

    def spy(context: str, text: str) -> str:
        calls.append((context, text))
        return translate_records_km(context, text)

    render_inspection_report(sample_inspection_data("x"), spy, "km")
    for label in ("Targeted", "High", "Approved", "Minor", "Persons taken off the vessel"):
        assert ("Records", label) in calls
    assert ("Validation", "Cargo ship") in calls
    assert ("Reports", "Inspection report") in calls


# -- gathered from a real store ------------------------------------------------------------
def _record_inspection(desk: Desk) -> int:
    """As the officer: vessel, port call, two persons aboard (one a minor), an inspection
    submitted; as the supervisor: approved; as the officer again: amended."""
    desk.unlock(OFFICER[0], OFFICER[2])
    v = sample_vessel()
    vid, _ = vessels.register(desk, v.__class__(**{**v.__dict__, "id": None, "uid": ""}))
    pc = sample_port_call()
    pid, _ = port_calls.record_arrival(desk, pc.__class__(**{**pc.__dict__, "id": None,
                                                             "vessel_id": vid, "uid": ""}))
    crew.record_person_aboard(desk, PersonAboard(None, pid, "Nguyen", "Van An", "VNM",
                                                 "1998-02-14", gender="M"), date(2026, 11, 28))
    crew.record_person_aboard(desk, PersonAboard(None, pid, "Tran", "Minh", "VNM", age=15,
                                                 gender="M"), date(2026, 11, 28))
    iid, _ = inspections.record(desk, Inspection(
        None, pid, "2026-11-27T09:40", ("vanna",), InspectionType.TARGETED,
        "Two persons found in the aft store room.", Risk.HIGH, Outcome.PERSONS_REMOVED))
    attachments.add(desk, OwnerKind.INSPECTION, iid, "store-room.jpg",
                    jpeg((90, 120, 160), (1600, 1200)), jpeg((90, 120, 160)))
    attachments.add(desk, OwnerKind.INSPECTION, iid, "statement.pdf", b"%PDF-1.4\n%%EOF\n")
    inspections.submit(desk, iid)
    desk.lock()
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    inspections.approve(desk, iid)
    desk.lock()
    desk.unlock(OFFICER[0], OFFICER[2])
    approved = inspections.get(desk, iid)
    inspections.amend(desk, Inspection(
        iid, pid, approved.started_at, approved.officers, approved.type,
        approved.findings + "\nThe younger one is 15.", approved.risk, approved.outcome),
        "Age confirmed with an interpreter.")
    return iid


def test_gathered_from_the_store_through_the_services(
        desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    iid = _record_inspection(desk)
    data = inspection_report_data(desk, iid, "Chan Vanna", PRINTED_AT)
    assert data.vessel.name == "OCEAN STAR" and data.port_call.voyage_number == "V-112"
    assert data.inspection.status == Status.APPROVED
    assert data.officer_names == ["Chan Vanna"]
    assert data.name_of(data.inspection.reviewed_by) == "Keo Sopheap"
    assert [a.reason for a in data.amendments] == ["Age confirmed with an interpreter."]
    assert data.name_of(data.amendments[0].by) == "Chan Vanna"
    assert [p.family_name for p in data.persons_aboard] == ["NGUYEN", "TRAN"]
    assert data.reference.startswith("KHKOS-INS-")
    assert [(a.file_name, a.mime_type, a.thumbnail is not None) for a in data.attachments] \
        == [("store-room.jpg", "image/jpeg", True), ("statement.pdf", "application/pdf", False)]
    pdf = render_inspection_report(data)
    assert sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages) == 1
    text = flat(" ".join(pdf_pages_text(pdf)))
    assert "Boarding officers Chan Vanna" in text and "Reviewed by Keo Sopheap" in text
    assert "2 TRAN MINH VNM – Vietnam 15 years M Minor" in text
    assert "The younger one is 15." in text and "Age confirmed with an interpreter." in text
    assert "1 store-room.jpg image/jpeg" in text and "2 statement.pdf application/pdf" in text
    plain = inspection_report_data(desk, iid, "Chan Vanna", PRINTED_AT, previews=False)
    assert all(a.thumbnail is None for a in plain.attachments)


def test_gathering_checks_the_role_and_the_lock(desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    iid = _record_inspection(desk)
    desk.lock()
    with pytest.raises(Locked):
        inspection_report_data(desk, iid, "x", PRINTED_AT)
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.add_user(desk, NewUser("chenda", "Meas Chenda", "custodian-pass-1",
                                    frozenset({Role.CUSTODIAN})))
    desk.lock()
    desk.unlock("chenda", "custodian-pass-1")
    with pytest.raises(NotAllowed):
        inspection_report_data(desk, iid, "Meas Chenda", datetime(2026, 11, 28))


# -- nothing on disk -----------------------------------------------------------------------
RENDER_SETUP = """
from piu_desk.core.reports.crew_list_report import render_crew_list
from piu_desk.core.reports.inspection_report import render_inspection_report
from tests.core.reports_records_support import (
    sample_crew_list_data, sample_inspection_data, translate_records_km)
data = sample_inspection_data(thumbnails=True)
crew = sample_crew_list_data(60)
"""
RENDER_SIZES = """[len(render_inspection_report(data)),
         len(render_inspection_report(data, translate_records_km, "km")),
         len(render_crew_list(crew)), len(render_crew_list(crew, translate_records_km, "km"))]"""


def test_rendering_writes_no_file_and_nothing_in_the_temp_folder(tmp_path: Path) -> None:
    """A fresh process renders both printouts in both languages (previews included) with
    the temp folder pointed at an empty folder: it stays empty, and no file is opened for
    writing anywhere."""
    temp = tmp_path / "temp"
    temp.mkdir()
    result = render_watching_files(RENDER_SETUP, RENDER_SIZES, temp, timeout=180)
    assert result["tempdir"] == str(temp)
    assert all(size > 10_000 for size in result["sizes"])
    assert result["events"] == []
    assert list(temp.iterdir()) == []
