"""The crew list as IMO FAL Form 5: landscape pages, the form's header boxes, every row once
and in order under a header row repeated on each page, columns that fit the page, the
signature box; shaped Khmer labels with the names left as in the documents; gathered from a
real store."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date

import pytest
from pypdf import PdfReader

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.crew import CrewList, Direction
from piu_desk.core.errors import Invalid, NotAllowed
from piu_desk.core.records import crew, port_calls, vessels
from piu_desk.core.reports import fonts
from piu_desk.core.reports.crew_list_report import (
    TABLE_FIELDS,
    CrewListReportData,
    render_crew_list,
)
from piu_desk.core.reports.document import MARGIN_BOTTOM, MARGIN_SIDE
from piu_desk.core.reports.gather import crew_list_data
from piu_desk.core.reports.tables import CELL_PADDING, Column, column_widths
from tests.conftest import ADMIN, OFFICER
from tests.core.reports_records_support import (
    FAMILY,
    KHMER_REPORTS,
    PRINTED_AT,
    Word,
    crew_rows,
    pdf_words,
    sample_crew_list_data,
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
)

pytestmark = pytest.mark.skipif(not have_poppler(), reason="needs poppler-utils")

LANDSCAPE = (842, 595)
HEADER_ROW = re.compile(r"6 No\.\s+7 Family name\s+8 Given names\s+9 Rank or\s+10\s+"
                        r"11 Date of birth\s+12 Place of\s+13\s+14 Nature of\s+15 Number of\s+"
                        r"16 Issuing\s+17 Expiry date")
ROW = re.compile(r"^\s*(\d+)\s+(" + "|".join(FAMILY) + r")\s+(\S.*?)\s{2,}", re.MULTILINE)
SIGNATURE = "Date and signature by master, authorized agent or officer"


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def english() -> bytes:
    return render_crew_list(sample_crew_list_data(60))


@pytest.fixture(scope="module")
def khmer() -> bytes:
    return render_crew_list(sample_crew_list_data(60), translate_records_km, "km")


def test_sixty_rows_print_on_four_landscape_pages(english: bytes) -> None:
    assert english.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(english))
    assert reader.metadata is not None and reader.metadata.title == "Crew list — OCEAN STAR"
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in reader.pages]
    assert sizes == [LANDSCAPE] * 4
    for number, text in enumerate(pdf_pages_text(english), start=1):
        assert f"Page {number} of 4" in text and "Reference: KHKOS-CL-CCCCCCCC" in text


def test_the_header_row_repeats_on_every_page_and_every_row_is_there_in_order(
        english: bytes) -> None:
    pages = pdf_pages_text(english)
    seen: list[int] = []
    for text in pages:
        assert len(HEADER_ROW.findall(text)) == 1
        seen += [int(m[1]) for m in ROW.finditer(text)]
    assert seen == list(range(1, 61))
    rows = [(int(m[1]), m[2], m[3]) for text in pages for m in ROW.finditer(text)]
    assert rows == [(m.number, m.family_name, m.given_names) for m in crew_rows(60)]
    documents = re.findall(r"C\d{7}", " ".join(pages))
    assert documents == [m.document_number for m in crew_rows(60)]


def test_the_form_header_boxes_are_on_the_first_page(english: bytes) -> None:
    pages = pdf_pages_text(english)
    first = flat(pages[0])
    for expected in ("Crew list", "IMO FAL Form 5", "1.1 Name of ship", "OCEAN STAR",
                     "1.2 IMO number", "9074729", "1.3 Call sign", "3EAB7",
                     "1.4 Voyage number", "V-112", "2 Port of arrival/departure",
                     "Sihanoukville (KHKOS)", "3 Date of arrival/departure",
                     "27 November 2026 08:30", "4 Flag State of ship", "PAN – Panama",
                     "5 Last port of call", "VNSGN", "Arrival", "Departure"):
        assert expected in first, expected
    assert all("1.1 Name of ship" not in text for text in pages[1:])
    last = flat(pages[-1])
    assert SIGNATURE in last and all(SIGNATURE not in text for text in pages[:-1])
    assert "Printed by Chan Vanna on 28 November 2026 16:45" in last
    assert "Source: crew-list-ocean-star.xlsx" in last


def test_row_values_are_printed_as_in_the_documents(english: bytes) -> None:
    first = crew_rows(1)[0]
    assert first.date_of_birth == "1970-01-05" and first.document_expiry == "2027-03-01"
    line = next(line for line in pdf_pages_text(english)[0].splitlines()
                if re.match(r"\s+1 NGUYEN", line))
    assert line.split() == ["1", "NGUYEN", "VAN", "AN", "Master", "VNM", "05/01/1970", "Hai",
                            "Phong", "M", "Seafarer's", "identity", "C4471200", "VNM",
                            "01/03/2027"]


def test_a_departure_list_shows_the_departure_date() -> None:
    pdf = render_crew_list(sample_crew_list_data(3, Direction.DEPARTURE))
    first = flat(pdf_pages_text(pdf)[0])
    assert "29 November 2026 18:00" in first and "27 November 2026" not in first


def body_words(page: list[Word], height: float) -> list[Word]:
    """The words of the crew table on a page: from its header row (found by item 17's
    number at the right) down to the signature box (whose label starts at the frame's left
    edge, where no cell text does) or the footer."""
    top = min(w[1] for w in page if w[4] in ("17", "១៧") and w[0] > 700)
    left = MARGIN_SIDE + CELL_PADDING
    bottom = min([w[1] for w in page if w[1] > top and abs(w[0] - left) < 0.5]
                 + [height - MARGIN_BOTTOM])
    return [w for w in page if top - 1 <= w[1] < bottom]


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_table_fits_the_page_and_no_text_crosses_a_column(
        language: str, english: bytes, khmer: bytes) -> None:
    pdf = english if language == "en" else khmer
    width, height = LANDSCAPE
    columns = [Column(label, weight) for _, label, weight, _, _ in TABLE_FIELDS]
    edges, x = [], MARGIN_SIDE
    for w in column_widths(columns, width - 2 * MARGIN_SIDE):
        x += w
        edges.append(x)
    assert abs(edges[-1] - (width - MARGIN_SIDE)) < 0.01
    for page in pdf_words(pdf):
        assert all(w[0] >= MARGIN_SIDE - 1 and w[2] <= width - MARGIN_SIDE + 1 for w in page)
        words = body_words(page, height)
        assert len(words) > 30
        crossing = [w for w in words for edge in edges[:-1] if w[0] < edge - 0.5 < w[2]]
        assert crossing == []


def test_khmer_labels_are_shaped_and_the_names_stay_latin(khmer: bytes) -> None:
    names = pdf_fonts(khmer)
    assert any(n.endswith("+NotoSansKhmer-Bold") for n in names)
    assert any(n.endswith("+NotoSansKhmer-Regular") for n in names)
    title = KHMER_REPORTS["Crew list"]
    shaped = harfbuzz_glyphs(title, fonts.KHMER_BOLD)
    assert shaped != cmap_glyphs(title, fonts.KHMER_BOLD)
    assert pdf_glyphs(khmer, fonts.KHMER_BOLD)[:len(shaped)] == shaped
    pages = pdf_pages_text(khmer)
    text = " ".join(pages)
    assert "Family name" not in text and SIGNATURE not in text
    for member in crew_rows(60):
        assert member.document_number in text
    assert "SERGEI PETROVICH" in text and "DELA CRUZ" in text and "Seafarer's" in text
    assert "០៥/០១/១៩៧០" in text  # dates in the report's (Khmer) digits
    assert len(pages) == 5
    for page in pdf_words(khmer):  # a header row on every page: item 17's number on the right
        assert sum(1 for w in page if w[4] == "១៧" and w[0] > 700) == 1


def test_an_empty_list_prints_its_header_and_says_none() -> None:
    data = sample_crew_list_data(0)
    text = flat(" ".join(pdf_pages_text(render_crew_list(data))))
    assert "1.1 Name of ship" in text and "OCEAN STAR" in text and SIGNATURE in text
    assert re.search(r"identity document( document)* None Date and signature", text)


# -- gathered from a real store ------------------------------------------------------------
def test_gathered_from_the_store_with_every_row(desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    v = sample_vessel()
    vid, _ = vessels.register(desk, v.__class__(**{**v.__dict__, "id": None, "uid": ""}))
    pc = sample_port_call()
    pid, _ = port_calls.record_arrival(desk, pc.__class__(**{**pc.__dict__, "id": None,
                                                             "vessel_id": vid, "uid": ""}))
    list_id, _ = crew.save_list(desk, CrewList(None, pid, Direction.ARRIVAL, "agent.xlsx",
                                               crew_rows(60)), date(2026, 11, 28))
    data = crew_list_data(desk, list_id, "Chan Vanna", PRINTED_AT)
    assert isinstance(data, CrewListReportData)
    assert data.vessel.imo == "9074729" and data.port_call.id == pid
    assert [m.number for m in data.crew_list.members] == list(range(1, 61))
    assert [m.document_number for m in data.crew_list.members] == \
        [m.document_number for m in crew_rows(60)]
    pages = pdf_pages_text(render_crew_list(data))
    assert [int(m[1]) for text in pages for m in ROW.finditer(text)] == list(range(1, 61))
    assert "Source: agent.xlsx" in flat(pages[-1])
    with pytest.raises(Invalid, match="no longer exists"):
        crew_list_data(desk, list_id + 99, "Chan Vanna", PRINTED_AT)
    desk.lock()
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.add_user(desk, NewUser("chenda", "Meas Chenda", "custodian-pass-1",
                                    frozenset({Role.CUSTODIAN})))
    desk.lock()
    desk.unlock("chenda", "custodian-pass-1")
    with pytest.raises(NotAllowed):
        crew_list_data(desk, list_id, "Meas Chenda", PRINTED_AT)
