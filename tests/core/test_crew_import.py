"""Crew-list import (FAL Form 5) from xlsx and CSV: both layouts, particulars, the guessed
and changed mapping, damaged rows (every reason, nothing lost), encodings, limits, corrupt
files, cancelling, speed."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from piu_desk.core.domain.crew import CrewMember, validate_nationality
from piu_desk.core.errors import Cancelled, Invalid
from piu_desk.core.imports import sheet_files
from piu_desk.core.imports.crew_columns import field_scores
from piu_desk.core.imports.crew_sheet import (
    Field,
    Layout,
    Particular,
    RowReport,
    SheetPreview,
    apply_mapping,
    read_sheet,
)
from piu_desk.core.imports.sheet_text import fold
from tests.core import crew_sheets as cs
from tests.core.crew_sheets import CREW, TODAY

CURRENT_MAPPING = {
    Field.NUMBER: 0, Field.FAMILY_NAME: 1, Field.GIVEN_NAMES: 2, Field.RANK: 3,
    Field.NATIONALITY: 4, Field.DATE_OF_BIRTH: 5, Field.PLACE_OF_BIRTH: 6, Field.GENDER: 7,
    Field.DOCUMENT_TYPE: 8, Field.DOCUMENT_NUMBER: 9, Field.DOCUMENT_ISSUER: 10,
    Field.DOCUMENT_EXPIRY: 11}


def read(path: Path, **kwargs: object) -> tuple[SheetPreview, RowReport]:
    preview = read_sheet(path, today=TODAY, **kwargs)  # type: ignore[arg-type]
    return preview, apply_mapping(preview, preview.mapping, today=TODAY)


def expected(c: cs.Crew, **changes: object) -> CrewMember:
    member = CrewMember(
        number=c.number, family_name=c.family, given_names=c.given, rank=c.rank,
        nationality=c.nationality, date_of_birth=c.born.isoformat(), place_of_birth=c.place,
        gender=c.gender, document_type=c.doc_type, document_number=c.doc_number,
        document_issuer=c.issuer, document_expiry=c.expiry.isoformat())
    return replace(member, **changes)  # type: ignore[arg-type]


def rendered(messages: object) -> list[str]:
    return [m.render() for m in messages]  # type: ignore[attr-defined]


def accounted_for(preview: SheetPreview, report: RowReport) -> None:
    """Every non-blank row below the header is valid, a problem or skipped — once."""
    rows = [r.sheet_row for r in preview.raw_rows]
    seen = ([v.sheet_row for v in report.valid] + [p.sheet_row for p in report.problems]
            + [s.sheet_row for s in report.skipped])
    assert sorted(seen) == rows
    assert report.total == len(rows)


def non_blank_rows_below(path: Path, header_row: int) -> int:
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    return sum(1 for n, values in enumerate(ws.iter_rows(values_only=True), 1)
               if n > header_row and any(v not in (None, "") for v in values))


# -- the current layout -------------------------------------------------------------------
@pytest.mark.parametrize("two_row_header", [False, True])
def test_current_layout_gives_every_crew_member(tmp_path: Path, two_row_header: bool) -> None:
    path = cs.current_layout_xlsx(tmp_path, two_row_header=two_row_header)
    preview, report = read(path)
    assert preview.kind == "xlsx" and preview.sheet_name == "Crew list"
    assert preview.layout is Layout.CURRENT
    assert dict(preview.mapping) == {**dict.fromkeys(Field), **CURRENT_MAPPING}
    assert all(preview.confidence[f] >= 0.9 for f in CURRENT_MAPPING)
    assert report.members == tuple(expected(c) for c in CREW)
    assert report.problem_count == 0 and report.warning_count == 0
    assert [s.kind.value for s in report.skipped] == ["footer", "footer"]
    assert non_blank_rows_below(path, preview.header_row) == report.total
    accounted_for(preview, report)
    if two_row_header:
        assert preview.columns[9] == "Identity document / Number"


def test_current_layout_particulars(tmp_path: Path) -> None:
    preview, _ = read(cs.current_layout_xlsx(tmp_path))
    p = preview.particulars
    assert {k.value: p.value(k) for k in Particular} == {
        "ship_name": "SEA STAR", "imo": "9074729", "call_sign": "XUAB3", "voyage": "V.2604",
        "port": "KHKOS", "date": "2026-04-28", "flag": "KHM", "last_port": "VNSGN",
        "direction": "arrival"}
    assert p[Particular.SHIP_NAME].raw == "MV SEA STAR"
    assert p[Particular.SHIP_NAME].sheet_row == 4
    assert rendered(p[Particular.FLAG].notes) == ["Flag State 'CAMBODIA' read as KHM (Cambodia)."]
    assert p.problems == ()


def test_departure_ticked_in_the_cell_beside_the_word(tmp_path: Path) -> None:
    path = cs.current_layout_xlsx(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws.unmerge_cells("A3:D3")
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "Arrival", None, "Departure", "X"
    wb.save(path)
    preview, _ = read(path)
    assert preview.particulars.value(Particular.DIRECTION) == "departure"


def test_a_cell_merged_down_a_column_counts_for_each_row(tmp_path: Path) -> None:
    path = cs.current_layout_xlsx(tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None and ws["B10"].value == "NGUYEN" and ws["B11"].value == "TRAN"
    ws["E11"] = None
    ws.merge_cells("E10:E11")  # one "VNM" for both Vietnamese crew members
    ws.merge_cells("B12:C12")  # across columns: stays in the first cell only
    wb.save(path)
    _, report = read(path)
    assert [m.nationality for m in report.members[:2]] == ["VNM", "VNM"]
    assert report.members[2].given_names == ""


# -- the older layout ---------------------------------------------------------------------
def test_older_layout_splits_the_combined_columns(tmp_path: Path) -> None:
    preview, report = read(cs.older_layout_xlsx(tmp_path))
    assert preview.layout is Layout.OLDER
    assert {f: c for f, c in preview.mapping.items() if c is not None} == {
        Field.NUMBER: 0, Field.FULL_NAME: 1, Field.RANK: 2, Field.NATIONALITY: 3,
        Field.BIRTH: 4, Field.DOCUMENT: 5}
    assert report.members == tuple(
        expected(c, gender="", document_issuer="", document_expiry="") for c in CREW)
    warned = {v.member.family_name: rendered(v.warnings) for v in report.valid if v.warnings}
    assert warned == {
        "NGUYEN": ["Nationality: 'VIET NAM' read as VNM (Vietnam)."],
        "TRAN": ["Nationality: 'VIET NAM' read as VNM (Vietnam)."],
        "SANTOSO": ["Nationality: 'Indonesian' read as IDN (Indonesia)."],
        "DELA CRUZ": ["Nationality: 'Filipino' read as PHL (Philippines)."]}
    assert "first word was taken as the family name" in report.notes[0].render()
    assert [s.kind.value for s in report.skipped] == ["unused_line"] * 3 + ["footer"] * 2
    accounted_for(preview, report)


def test_older_layout_particulars_are_checked(tmp_path: Path) -> None:
    preview, _ = read(cs.older_layout_xlsx(tmp_path))
    p = preview.particulars
    assert p[Particular.IMO].raw == "9074728" and p.value(Particular.IMO) == ""
    assert rendered(p[Particular.IMO].problems) == [
        "The IMO number's check digit should be 9, not 8 — check the number on the ship's "
        "certificate."]
    assert p.value(Particular.SHIP_NAME) == "OCEAN PEARL"
    assert p.value(Particular.DATE) == "2026-04-28"  # 28-Apr-26
    assert p.value(Particular.FLAG) == "PAN" and p.value(Particular.PORT) == "KHKOS"
    assert p[Particular.LAST_PORT].raw == "Ho Chi Minh City"
    assert "not a UN/LOCODE" in rendered(p[Particular.LAST_PORT].problems)[0]
    assert p.value(Particular.DIRECTION) == "arrival"  # from "Port of arrival"


# -- CSV ----------------------------------------------------------------------------------
def test_csv_with_semicolons_in_cp1252(tmp_path: Path) -> None:
    preview, report = read(cs.csv_file(tmp_path))
    assert (preview.kind, preview.encoding, preview.delimiter) == ("csv", "cp1252", ";")
    assert "read as Windows-1252" in rendered(preview.notes)[0]
    assert preview.columns[:3] == ("Nr", "Surname", "First name(s)")
    assert report.members[3].given_names == "JOSÉ MIGUEL"
    assert report.members[0] == expected(CREW[0], place_of_birth="")
    assert preview.particulars.value(Particular.SHIP_NAME) == "MEKONG STAR"  # Nom du navire
    assert preview.particulars.value(Particular.IMO) == "9074729"  # Numéro OMI
    assert preview.particulars.value(Particular.CALL_SIGN) == "XUAB3"  # Indicatif d'appel
    assert [s.kind.value for s in report.skipped] == ["footer"]
    accounted_for(preview, report)


@pytest.mark.parametrize(("encoding", "delimiter", "reported"), [
    ("utf-8", ",", "utf-8"), ("utf-8-sig", ";", "utf-8-sig"), ("utf-16", "\t", "utf-16"),
    ("utf-16-le", "\t", "utf-16-le"), ("latin-1", ";", "cp1252")])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str,
                                      reported: str) -> None:
    path = cs.csv_file(tmp_path, encoding=encoding, delimiter=delimiter)
    preview, report = read(path)
    assert (preview.encoding, preview.delimiter) == (reported, delimiter)
    assert report.valid_count == len(CREW) and report.members[3].given_names == "JOSÉ MIGUEL"
    assert bool(preview.notes) == (reported in ("cp1252", "latin-1"))


def test_csv_bytes_that_are_not_cp1252_fall_back_to_latin1(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"No.;Family name;Given names;Nationality\n1;NGUY\x81N;AN;VNM\n")
    preview, report = read(path)
    assert preview.encoding == "latin-1"
    assert report.members[0].family_name == "NGUY\x81N"


# -- damaged rows -------------------------------------------------------------------------
def test_damaged_sheet_reports_every_reason_and_loses_nothing(tmp_path: Path) -> None:
    path = cs.damaged_xlsx(tmp_path)
    preview, report = read(path)
    accounted_for(preview, report)
    assert non_blank_rows_below(path, preview.header_row) == report.total == 15
    problems = {p.sheet_row: rendered(p.problems) for p in report.problems}
    assert problems == {
        8: ["Nationality: XYZ is not a nationality code; use the three letters of the passport "
            "(for example KHM, VNM, IDN).",
            "Date of birth: '31/02/1990' is not a real date: there is no day 31 in month 2 of "
            "1990."],
        9: ["Family name: missing; enter the family name as in the identity document.",
            "Gender: 'Q' is not a gender; write M, F or X."],
        10: ["Number of identity document: 'E12#45678' has characters a document number "
             "cannot have (#): only letters A-Z and digits. Copy it again from the document."],
        12: ["only the No. is filled in; the crew member's details are missing (were they "
             "deleted?).",
             "Family name: missing; enter the family name as in the identity document."],
        13: ["Date of birth: 2031-10-02 is in the future.",
             "Expiry date of identity document: 'unknown' is not a date this import can read; "
             "write it day first, for example 25/04/1990, 25 APR 1990 or 1990-04-25."],
        16: ["Date of birth: '12/25/1984' would have month 25: dates are read day first "
             "(day/month/year). If it was written month first, correct the sheet.",
             "Number of identity document: 'АА1234567' has characters a document number "
             "cannot have (А): only letters A-Z and digits. Copy it again from the "
             "document."]}
    warnings = {v.sheet_row: rendered(v.warnings) for v in report.valid}
    assert warnings == {
        7: ["Expiry date of identity document: the document expired on 2026-01-01, before "
            "the crew list's date 2026-04-28.",
            "Number of identity document: C1234567 is also on sheet row 11."],
        11: ["Number of identity document: C1234567 is also on sheet row 7."],
        14: ["Number of identity document: KHM12345678 has 11 characters; a passport number "
             "has at most 9. Check it against the passport.",
             "Number of identity document: KHM12345678 starts with KHM, the code of Cambodia: "
             "check that the code was not typed into the number.",
             "No.: 8 is also used on sheet row 15."],
        15: ["Nationality: 'Cambodian' read as KHM (Cambodia).",
             "No.: 8 is also used on sheet row 14."]}
    assert [(s.sheet_row, s.kind.value) for s in report.skipped] == [
        (17, "unused_line"), (18, "unused_line"), (20, "footer"), (21, "footer"),
        (22, "footer")]
    assert report.problems[0].raw_values[:5] == ("2", "TRAN", "THI HOA", "Cook", "XYZ")


def test_summary_counts_and_translates(tmp_path: Path) -> None:
    _, report = read(cs.damaged_xlsx(tmp_path))
    text = report.summary()
    assert text.splitlines()[0] == (
        "15 rows below the column titles: 4 crew members valid (4 with warnings), 6 rows "
        "with problems, 5 rows skipped as not crew.")
    assert "Row 16: Date of birth: '12/25/1984'" in text
    assert "Row 22 skipped: signature or footer of the form, not a crew member" in text
    assert "{" not in text
    marked = report.summary(lambda context, source: f"<{context}>{source}")
    assert marked.startswith("<Import>15 rows") and "<Import>Row 16: <Import>" in marked


def test_a_crew_row_is_never_taken_for_a_footer(tmp_path: Path) -> None:
    """A master's row says "Master"; a row after the signature with crew details is crew."""
    path = tmp_path / "late.csv"
    lines = ["No.;Family name;Given names;Rank;Nationality",
             "1;NGUYEN;VAN AN;Master;VNM", "Signature of master", "Capt. NGUYEN VAN AN",
             "2;SOK;DARA;Bosun (signed on 20/04);KHM"]
    path.write_text("\n".join(lines), encoding="utf-8")
    _, report = read(path)
    assert [m.family_name for m in report.members] == ["NGUYEN", "SOK"]
    assert [s.sheet_row for s in report.skipped] == [3, 4]


def test_repeated_titles_and_column_numbers_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "pages.csv"
    titles = "No.;Family name;Given names;Nationality;Date of birth"
    path.write_text("\n".join([titles, "1;2;3;4;5", "1;WANG;WEI;CHN;05/01/1979", titles,
                               "2;ZHANG;LI;CHN;21/07/1992"]), encoding="utf-8")
    _, report = read(path)
    assert report.valid_count == 2
    assert [s.kind.value for s in report.skipped] == ["column_numbers", "repeated_header"]


# -- the mapping --------------------------------------------------------------------------
def test_a_changed_mapping_checks_the_rows_again(tmp_path: Path) -> None:
    preview, first = read(cs.current_layout_xlsx(tmp_path))
    swapped = dict(preview.mapping)
    swapped[Field.DATE_OF_BIRTH], swapped[Field.PLACE_OF_BIRTH] = 6, 5
    report = apply_mapping(preview, swapped, today=TODAY)
    assert report.valid_count == 0 and report.problem_count == len(CREW)
    assert "'HAI PHONG' is not a date" in rendered(report.problems[0].problems)[0]
    combined = dict(preview.mapping)
    combined.update({Field.FAMILY_NAME: None, Field.GIVEN_NAMES: None, Field.FULL_NAME: 3})
    as_rank = apply_mapping(preview, combined, today=TODAY)
    assert as_rank.layout is Layout.MIXED
    assert as_rank.members[0].family_name == "MASTER" and as_rank.members[2].given_names == (
        "OFFICER")
    no_name = dict(preview.mapping) | {Field.FAMILY_NAME: None}
    nameless = apply_mapping(preview, no_name, today=TODAY)
    assert nameless.valid_count == 0
    assert "No column is chosen for the family name" in nameless.notes[0].render()
    stateless = apply_mapping(preview, dict(preview.mapping) | {Field.NATIONALITY: None},
                              today=TODAY)
    assert stateless.valid_count == len(CREW)  # a crew member may lack it, but it is said
    assert rendered(stateless.notes) == [
        "No column is chosen for Nationality: the crew members are saved without it, and "
        "none of them can be linked automatically to a person seen before."]
    assert apply_mapping(preview, preview.mapping, today=TODAY) == first
    with pytest.raises(Invalid) as caught:
        apply_mapping(preview, {Field.RANK: 12}, today=TODAY)
    assert caught.value.field == "mapping"
    assert caught.value.render() == (
        "Rank or rating is set to column 13, but the sheet has 12 columns.")


def test_preview_cannot_be_changed_in_place(tmp_path: Path) -> None:
    preview, _ = read(cs.current_layout_xlsx(tmp_path))
    with pytest.raises(TypeError):
        preview.mapping[Field.RANK] = None  # type: ignore[index]
    assert isinstance(preview.raw_rows, tuple) and isinstance(preview.columns, tuple)


@pytest.mark.parametrize(("title", "field"), [
    ("Surname", Field.FAMILY_NAME), ("First name(s)", Field.GIVEN_NAMES),
    ("Rank", Field.RANK), ("Nat.", Field.NATIONALITY), ("DOB", Field.DATE_OF_BIRTH),
    ("Passport No.", Field.DOCUMENT_NUMBER), ("Seaman book", Field.DOCUMENT_NUMBER),
    ("Doc. type", Field.DOCUMENT_TYPE), ("Sex", Field.GENDER), ("N°", Field.NUMBER),
    ("FAMILY\nNAME", Field.FAMILY_NAME), ("Nationalty", Field.NATIONALITY),
    ("Date & place of birth", Field.BIRTH), ("Nom, prénoms", Field.FULL_NAME),
    ("Nature and No. of identity document", Field.DOCUMENT), ("Valid until", Field.DOCUMENT_EXPIRY),
    ("Issuing country", Field.DOCUMENT_ISSUER)])
def test_column_titles_and_their_synonyms(title: str, field: Field) -> None:
    scores = field_scores(title)
    assert max(scores, key=lambda f: scores[f]) is field, dict(scores)


def test_a_workbook_whose_crew_table_is_on_another_sheet(tmp_path: Path) -> None:
    path = cs.current_layout_xlsx(tmp_path)
    wb = openpyxl.load_workbook(path)
    cover = wb.create_sheet("Cover", 0)
    cover["A1"] = "Documents for the arrival of MV SEA STAR"
    wb.active = 0
    wb.save(path)
    preview, report = read(path)
    assert preview.sheet_name == "Crew list" and preview.sheets == ("Cover", "Crew list")
    assert "sheet 'Crew list' of 2 sheets" in rendered(preview.notes)[0]
    assert report.valid_count == len(CREW)
    with pytest.raises(Invalid, match="has no sheet 'Crew'"):
        read_sheet(path, sheet="Crew")


def test_read_only_mode_reads_the_same_as_normal_mode(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = cs.current_layout_xlsx(tmp_path, two_row_header=True)
    normal = read_sheet(path, today=TODAY)
    monkeypatch.setattr(sheet_files, "NORMAL_MODE_MAX_SHEET_BYTES", 0)
    streamed = read_sheet(path, today=TODAY)
    assert streamed == normal


# -- limits and damaged files ---------------------------------------------------------------
def refused(path: Path, *phrases: str) -> str:
    with pytest.raises(Invalid) as caught:
        read_sheet(path, today=TODAY)
    assert caught.value.field == "file"
    text = caught.value.render()
    assert "{" not in text and "Traceback" not in text
    for phrase in phrases:
        assert phrase in text, text
    return text


def test_a_file_over_20_mb_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    refused(path, "huge.xlsx is 20.0 MB", "up to 20 MB")


@pytest.mark.parametrize("builder", [cs.many_rows_csv, cs.many_rows_xlsx])
def test_a_sheet_over_5000_rows_is_refused(tmp_path: Path, builder: object) -> None:
    path = builder(tmp_path, 5000)  # type: ignore[operator]
    refused(path, "has data down to row 5001", "at most 5,000 rows")


def test_a_sheet_of_5000_rows_is_read(tmp_path: Path) -> None:
    preview, report = read(cs.many_rows_csv(tmp_path, 4999))
    assert len(preview.raw_rows) == report.valid_count == 4999


def test_corrupt_and_foreign_files_say_what_to_do(tmp_path: Path) -> None:
    good = cs.current_layout_xlsx(tmp_path).read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(good[: len(good) // 2])
    refused(tmp_path / "cut.xlsx", "cannot be read as an .xlsx workbook", "send it again")
    (tmp_path / "text.xlsx").write_text("No.;Family name\n", encoding="utf-8")
    refused(tmp_path / "text.xlsx", "not a zip archive")
    refused(cs.ole_file(tmp_path, "locked.xlsx", encrypted=True), "protected by a password",
            "save a copy without one")
    refused(cs.ole_file(tmp_path, "old.xls", encrypted=False), "Excel 97-2003",
            "save it as .xlsx")
    refused(cs.empty_xlsx(tmp_path), "holds no data")
    (tmp_path / "nothing.csv").write_bytes(b"")
    refused(tmp_path / "nothing.csv", "nothing.csv is empty")
    refused(cs.zip_file(tmp_path, "other.xlsx", {"readme.txt": b"hello"}),
            "cannot be read as an .xlsx workbook")
    refused(cs.zip_file(tmp_path, "sheet.ods", {
        "mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}), "OpenDocument")
    (tmp_path / "photo.csv").write_bytes(bytes(range(256)) * 40)
    refused(tmp_path / "photo.csv", "neither an .xlsx workbook nor a CSV text file")
    (tmp_path / "letter.csv").write_text("Dear agent,\nplease find the list.\n")
    refused(tmp_path / "letter.csv", "No crew table was found", "Family name")
    with pytest.raises(Exception) as missing:
        read_sheet(tmp_path / "absent.xlsx")
    assert "Cannot use" in str(missing.value)


# -- progress, cancel, speed ----------------------------------------------------------------
def test_progress_is_reported_and_cancel_stops_the_read(tmp_path: Path) -> None:
    path = cs.many_rows_csv(tmp_path, 450)
    seen: list[tuple[int, int]] = []
    read_sheet(path, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(Cancelled):
        read_sheet(path, today=TODAY, cancel=lambda: True)
    calls = iter([False, False, True])  # asked at the first row, then every 100 rows
    with pytest.raises(Cancelled):
        read_sheet(cs.many_rows_xlsx(tmp_path, 450), cancel=lambda: next(calls, True))


def test_a_40_row_sheet_is_read_and_checked_fast(tmp_path: Path) -> None:
    crew = [replace(CREW[n % len(CREW)], number=n + 1,
                    doc_number=f"{CREW[n % len(CREW)].doc_number[:2]}{n:06d}")
            for n in range(40)]
    path = cs.current_layout_xlsx(tmp_path, crew=crew)
    read(path)  # warm the caches the first import fills (pycountry, synonyms)
    started = time.perf_counter()
    _, report = read(path)
    elapsed = time.perf_counter() - started
    assert report.valid_count == 40
    print(f"\n40-row crew list: read and checked in {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0


# -- pieces -----------------------------------------------------------------------------------
def test_country_names_are_not_cut_into_codes() -> None:
    with pytest.raises(Invalid):
        validate_nationality("INDONESIA")  # it used to become IND, India
    assert validate_nationality("idn") == "IDN"


def test_fold_keeps_one_character_per_character() -> None:
    for text in ("Numéro OMI", "Đặng Thị Hoa", "Nom du navire", "İstanbul", "ﬁle"):
        assert len(fold(text)) == len(text)
    assert fold("Đặng") == "dang"


def test_dates_are_read_day_first_with_the_century_rule() -> None:
    from piu_desk.core.imports.sheet_dates import Century, parse_date

    def born(text: str) -> date | None:
        return parse_date(text, Century.PAST, TODAY).value

    assert {born(t) for t in ("25/04/1990", "25-04-1990", "25.04.1990", "25 APR 1990",
                              "25-Apr-90", "1990-04-25", "25th April 1990", "April 25, 1990",
                              "32988")} == {date(1990, 4, 25)}
    assert born("04/05/1990") == date(1990, 5, 4)
    assert born("01/02/05") == date(2005, 2, 1) and born("01/02/27") == date(1927, 2, 1)
    assert parse_date("01/02/30", Century.NEAR, TODAY).value == date(2030, 2, 1)
    assert parse_date("01/02/76", Century.NEAR, TODAY).value == date(2076, 2, 1)
    assert parse_date("01/02/77", Century.NEAR, TODAY).value == date(1977, 2, 1)
    assert born("") is None and parse_date("", Century.PAST, TODAY).problem is None
    for bad in ("31/02/1990", "12/25/1990", "25 Foo 1990", "soon"):
        assert parse_date(bad, Century.PAST, TODAY).problem is not None


def test_combined_cells_are_taken_apart() -> None:
    from piu_desk.core.imports.crew_fields import split_document, split_name
    from piu_desk.core.imports.sheet_dates import split_date

    def name(text: str) -> tuple[str, str, str]:
        split = split_name(text)
        return split.family, split.given, split.rule.value

    def document(text: str) -> tuple[str, str]:
        split = split_document(text)
        return split.kind, split.number

    assert name("NGUYEN VAN AN") == ("NGUYEN", "VAN AN", "first-word")
    assert name("DELA CRUZ JUAN MIGUEL") == ("DELA CRUZ", "JUAN MIGUEL", "first-word")
    assert name("DE LOS SANTOS MARIA") == ("DE LOS SANTOS", "MARIA", "first-word")
    assert name("PRASERT, SOMCHAI") == ("PRASERT", "SOMCHAI", "comma")
    assert name("LE THI HOA") == ("LE", "THI HOA", "first-word")
    assert name("SOK") == ("SOK", "", "one-word")
    assert split_date("25/04/1990 HAI PHONG") == ("25/04/1990", "HAI PHONG")
    assert split_date("PHNOM PENH, 1998-02-28") == ("1998-02-28", "PHNOM PENH")
    assert document("PASSPORT C1234567") == ("PASSPORT", "C1234567")
    assert document("SIRB VN123456") == ("SIRB", "VN123456")
    assert document("C1234567 (PASSPORT)") == ("PASSPORT", "C1234567")
    assert document("Passport No. C 1234567") == ("Passport", "C1234567")
    assert document("PP: B1234567") == ("PP", "B1234567")


def test_nationalities_written_as_names() -> None:
    from piu_desk.core.imports.countries import ReadAs, country_code

    assert country_code("VIET NAM") is not None
    found = {t: country_code(t) for t in ("VIET NAM", "Indonesian", "Filipino", "VN", "KHM",
                                          "Burma", "Chinese", "Lao", "xyz")}
    assert {t: (m.code, m.read_as) if m else None for t, m in found.items()} == {
        "VIET NAM": ("VNM", ReadAs.NAME), "Indonesian": ("IDN", ReadAs.DEMONYM),
        "Filipino": ("PHL", ReadAs.DEMONYM), "VN": ("VNM", ReadAs.ALPHA2),
        "KHM": ("KHM", ReadAs.CODE), "Burma": ("MMR", ReadAs.NAME),
        "Chinese": ("CHN", ReadAs.DEMONYM), "Lao": ("LAO", ReadAs.CODE), "xyz": None}
