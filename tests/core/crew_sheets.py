"""Builds realistic crew-list files (IMO FAL Form 5) in a test's folder, as shipping agents
send them: no binary fixture is committed.

`CREW` is the truth the sheets are written from; the tests compare the import's records
with it. Names are the region's: Vietnamese, Indonesian, Filipino, Chinese, Myanmar, Khmer
and Thai.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

TODAY = date(2026, 5, 1)
ARRIVAL = date(2026, 4, 28)


@dataclass(frozen=True)
class Crew:
    number: int
    family: str
    given: str
    rank: str
    nationality: str
    born: date
    place: str
    gender: str
    doc_type: str  # as the record keeps it
    doc_number: str
    issuer: str
    expiry: date


CREW = (
    Crew(1, "NGUYEN", "VAN AN", "Master", "VNM", date(1975, 3, 12), "HAI PHONG", "M",
         "passport", "C1234567", "VNM", date(2030, 5, 1)),
    Crew(2, "TRAN", "THI HOA", "Cook", "VNM", date(1990, 4, 25), "NAM DINH", "F",
         "passport", "C7654321", "VNM", date(2029, 11, 30)),
    Crew(3, "SANTOSO", "BUDI", "Chief Officer", "IDN", date(1983, 8, 17), "SURABAYA", "M",
         "passport", "B9876543", "IDN", date(2028, 2, 14)),
    Crew(4, "DELA CRUZ", "JUAN MIGUEL", "Able Seaman", "PHL", date(1988, 12, 30), "CEBU", "M",
         "seaman's book", "D0123456", "PHL", date(2027, 6, 30)),
    Crew(5, "WANG", "WEI", "Chief Engineer", "CHN", date(1979, 1, 5), "DALIAN", "M",
         "passport", "E12345678", "CHN", date(2031, 9, 9)),
    Crew(6, "ZHANG", "LI", "Second Engineer", "CHN", date(1992, 7, 21), "QINGDAO", "F",
         "passport", "EA7654321", "CHN", date(2032, 1, 15)),
    Crew(7, "AUNG", "KYAW", "Oiler", "MMR", date(1995, 10, 2), "YANGON", "M",
         "passport", "MA123456", "MMR", date(2027, 3, 3)),
    Crew(8, "SOK", "DARA", "Bosun", "KHM", date(1986, 6, 6), "KAMPOT", "M",
         "passport", "N01234567", "KHM", date(2029, 12, 12)),
    Crew(9, "CHAN", "VANNA", "Messman", "KHM", date(1998, 2, 28), "PHNOM PENH", "F",
         "passport", "N07654321", "KHM", date(2030, 8, 8)),
    Crew(10, "PRASERT", "SOMCHAI", "Electrician", "THA", date(1984, 11, 11), "CHON BURI",
         "M", "passport", "AA1234567", "THA", date(2028, 10, 10)),
)

CURRENT_TITLES = (
    "No.", "Family name", "Given names", "Rank or\nrating", "Nationality", "Date of\nbirth",
    "Place of birth", "Gender", "Nature of identity document", "Number of identity\ndocument",
    "Issuing State of identity document", "Expiry date of identity document")
OLDER_TITLES = ("No.", "Family name, given names", "Rank or rating", "Nationality",
                "Date and place of birth", "Nature and No. of identity document")
# The day-first text forms a date is written in, one per row, in turn.
TEXT_DATES = ("{d:%d/%m/%Y}", "{d:%d-%b-%y}", "{d:%d %b %Y}", "{d:%d.%m.%Y}", "{d:%Y-%m-%d}",
              "{d:%d-%m-%Y}")
FOOTER = ("Date and signature by master, authorized agent or officer",)


def text_date(d: date, i: int) -> str:
    return TEXT_DATES[i % len(TEXT_DATES)].format(d=d).upper()


def _doc_text(c: Crew) -> str:
    return {"passport": "PASSPORT", "seaman's book": "SIRB"}[c.doc_type]


def current_row(c: Crew, i: int, excel_dates: bool) -> list[object]:
    born: object = datetime.combine(c.born, datetime.min.time()) if excel_dates else text_date(
        c.born, i)
    expiry: object = c.expiry if excel_dates else text_date(c.expiry, i + 1)
    return [c.number, c.family, c.given, c.rank, c.nationality, born, c.place, c.gender,
            _doc_text(c), c.doc_number, c.issuer, expiry]


def _put(ws: Worksheet, row: int, col: int, value: object, span: int = 1) -> None:
    ws.cell(row=row, column=col, value=value)
    if span > 1:
        ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)


def _particulars(ws: Worksheet, top: int) -> int:
    """Label/value pairs in merged cells, as the official form lays them out."""
    pairs = (("1.1 Name of ship", "MV SEA STAR", "1.2 IMO number", 9074729),
             ("1.3 Call sign", "XUAB3", "1.4 Voyage number", "V.2604"),
             ("2. Port of arrival/departure", "SIHANOUKVILLE", "3. Date of arrival/departure",
              datetime(2026, 4, 28, 0, 0)),
             ("4. Flag State of ship", "CAMBODIA", "5. Last port of call", "VNSGN"))
    for n, (label1, value1, label2, value2) in enumerate(pairs):
        _put(ws, top + n, 1, label1, 2)
        _put(ws, top + n, 3, value1, 3)
        _put(ws, top + n, 7, label2, 2)
        _put(ws, top + n, 9, value2, 2)
    return top + len(pairs)


def current_layout_xlsx(folder: Path, *, name: str = "crew_current.xlsx",
                        crew: Sequence[Crew] = CREW, two_row_header: bool = False,
                        excel_dates_every: int = 2) -> Path:
    """The current layout: title, tick boxes, particulars in merged cells, a blank row
    between crew rows, dates as Excel dates (every other row) and as text, the footer."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Crew list"
    _put(ws, 1, 1, "IMO FAL FORM 5", 12)
    _put(ws, 2, 1, "CREW LIST", 12)
    _put(ws, 3, 1, "Arrival [X]      Departure [ ]", 4)
    row = _particulars(ws, 4) + 1
    if two_row_header:
        for col, title in enumerate(CURRENT_TITLES[:8], 1):
            ws.cell(row=row, column=col, value=title)
            ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
        _put(ws, row, 9, "Identity document", 4)
        for col, title in enumerate(("Nature", "Number", "Issuing State", "Expiry date"), 9):
            ws.cell(row=row + 1, column=col, value=title)
        row += 2
    else:
        for col, title in enumerate(CURRENT_TITLES, 1):
            ws.cell(row=row, column=col, value=title)
        row += 1
    for i, c in enumerate(crew):
        if i == 5:
            row += 1  # a blank row between crew rows
        for col, value in enumerate(current_row(c, i, i % excel_dates_every == 0), 1):
            ws.cell(row=row, column=col, value=value)
        row += 1
    row += 1
    _put(ws, row, 1, FOOTER[0], 6)
    ws.cell(row=row + 1, column=1, value="Capt. NGUYEN VAN AN")
    ws.cell(row=row + 1, column=8, value="28/04/2026")
    path = folder / name
    wb.save(path)
    return path


def older_row(c: Crew, i: int) -> list[object]:
    name = f"{c.family}, {c.given}" if c.nationality in ("THA", "PHL") else (
        f"{c.family} {c.given}")
    nationality = {"VNM": "VIET NAM", "IDN": "Indonesian", "PHL": "Filipino"}.get(
        c.nationality, c.nationality)
    return [c.number, name, c.rank, nationality, f"{text_date(c.born, i)} {c.place}",
            f"{_doc_text(c)} {c.doc_number}"]


def older_layout_xlsx(folder: Path, *, name: str = "crew_older.xlsx",
                      crew: Sequence[Crew] = CREW) -> Path:
    """The older layout: combined columns; particulars as "label: value" in one cell; a
    wrong IMO check digit; names with and without a comma; countries as names and demonyms;
    the form's numbered empty lines after the last crew member, then the signature."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    _put(ws, 1, 1, "CREW LIST", 6)
    lines = ("Name of ship: OCEAN PEARL", "IMO No.: 9074728", "Call sign: 3EAB7",
             "Voyage No.: 12", "Port of arrival: KHKOS", "Date of arrival: 28-Apr-26",
             "Flag State of ship: PAN", "Last port of call: Ho Chi Minh City")
    for n, line in enumerate(lines):
        _put(ws, 2 + n // 2, 1 + 3 * (n % 2), line, 3)
    header = 2 + len(lines) // 2 + 1
    for col, title in enumerate(OLDER_TITLES, 1):
        ws.cell(row=header, column=col, value=title)
    row = header + 1
    for i, c in enumerate(crew):
        for col, value in enumerate(older_row(c, i), 1):
            ws.cell(row=row, column=col, value=value)
        row += 1
    for number in range(len(crew) + 1, len(crew) + 4):
        ws.cell(row=row, column=1, value=number)
        row += 1
    _put(ws, row + 1, 1, "Signature of master: ____________", 4)
    ws.cell(row=row + 2, column=1, value="(ship's stamp)")
    path = folder / name
    wb.save(path)
    return path


def csv_file(folder: Path, *, name: str = "crew.csv", encoding: str = "cp1252",
             delimiter: str = ";", crew: Sequence[Crew] = CREW) -> Path:
    """A CSV as Excel saves it: French particulars labels, synonym column titles."""
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(["LISTE DE L'ÉQUIPAGE / CREW LIST"])
    w.writerow(["Nom du navire", "MEKONG STAR", "", "Numéro OMI", "9074729"])
    w.writerow(["Indicatif d'appel", "XUAB3", "", "Pavillon", "KHM"])
    w.writerow(["Port d'arrivée", "KHKOS", "", "Date d'arrivée", "28.04.2026"])
    w.writerow([])
    w.writerow(["Nr", "Surname", "First name(s)", "Rank", "Nat.", "DOB", "Sex",
                "Passport No.", "Issuing state", "Expiry"])
    for i, c in enumerate(crew):
        given = "JOSÉ MIGUEL" if c.family == "DELA CRUZ" else c.given
        w.writerow([c.number, c.family, given, c.rank, c.nationality, text_date(c.born, i),
                    c.gender, c.doc_number, c.issuer, text_date(c.expiry, i)])
    w.writerow([])
    w.writerow(["Signature of master", "", "", "", "Stamp"])
    path = folder / name
    path.write_bytes(out.getvalue().encode(encoding))
    return path


DAMAGED_ROWS: tuple[tuple[object, ...], ...] = (
    # No., family, given, rank, nat., born, place, gender, type, number, issuer, expiry
    (1, "NGUYEN", "VAN AN", "Master", "VNM", "12/03/1975", "HAI PHONG", "M", "PASSPORT",
     "C1234567", "VNM", "01/01/2026"),  # expired before the arrival: a warning
    (2, "TRAN", "THI HOA", "Cook", "XYZ", "31/02/1990", "NAM DINH", "F", "PASSPORT",
     "C7654321", "VNM", "30/11/2029"),  # nationality XYZ and 31 February
    (3, "", "BUDI", "Oiler", "IDN", "17/08/1983", "SURABAYA", "Q", "PASSPORT", "B9876543",
     "IDN", "14/02/2028"),  # no family name, gender Q
    (4, "WANG", "WEI", "Chief Engineer", "CHN", "05/01/1979", "DALIAN", "M", "PASSPORT",
     "E12#45678", "CHN", "09/09/2031"),  # a character no document number has
    (5, "ZHANG", "LI", "Second Engineer", "CHN", "21/07/1992", "QINGDAO", "F", "PASSPORT",
     "C1234567", "CHN", "15/01/2032"),  # the same document number as row 1
    (6,),  # only the number, between crew rows
    (7, "AUNG", "KYAW", "Oiler", "MMR", "02/10/2031", "YANGON", "M", "PASSPORT",
     "MA123456", "MMR", "unknown"),  # born in the future, an expiry that is no date
    (8, "SOK", "DARA", "Bosun", "KHM", "06/06/1986", "KAMPOT", "M", "PASSPORT",
     "KHM12345678", "KHM", "12/12/2029"),  # the nationality typed into the number
    (8, "CHAN", "VANNA", "Messman", "Cambodian", "28/02/1998", "PHNOM PENH", "F",
     "PASSPORT", "N07654321", "KHM", "08/08/2030"),  # No. 8 again; a demonym
    (9, "PRASERT", "SOMCHAI", "Electrician", "THA", "12/25/1984", "CHON BURI", "M",
     "PASSPORT", "АА1234567", "THA", "10/10/2028"),  # month first; Cyrillic А in the number
)


def damaged_xlsx(folder: Path, *, name: str = "crew_damaged.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["CREW LIST"])
    ws.append(["Name of ship", "SEA STAR", "", "IMO number", "9074729"])
    ws.append(["Date of arrival", "28/04/2026"])
    ws.append([])
    ws.append(list(CURRENT_TITLES))
    ws.append([])
    for values in DAMAGED_ROWS:
        ws.append(list(values))
    ws.append([10])
    ws.append([11])
    ws.append([])
    ws.append(["Total crew: 9"])
    ws.append([FOOTER[0]])
    ws.append(["Capt. NGUYEN VAN AN", "", "", "", "", "", "", "(stamp)"])
    path = folder / name
    wb.save(path)
    return path


def many_rows_csv(folder: Path, rows: int, *, name: str = "many.csv") -> Path:
    lines = [";".join(t.replace("\n", " ") for t in CURRENT_TITLES)]
    for n in range(1, rows + 1):
        c = CREW[n % len(CREW)]
        lines.append(";".join(str(v) for v in (
            n, c.family, c.given, c.rank, c.nationality, text_date(c.born, 0), c.place,
            c.gender, "PASSPORT", f"{c.doc_number[:2]}{n:07d}", c.issuer,
            text_date(c.expiry, 0))))
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def many_rows_xlsx(folder: Path, rows: int, *, name: str = "many.xlsx") -> Path:
    """A narrow sheet (four columns), quick to write and read."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Crew")
    ws.append(["No.", "Family name", "Given names", "Nationality"])
    for n in range(1, rows + 1):
        c = CREW[n % len(CREW)]
        ws.append([n, c.family, c.given, c.nationality])
    path = folder / name
    wb.save(path)
    return path


def empty_xlsx(folder: Path) -> Path:
    wb = openpyxl.Workbook()
    path = folder / "empty.xlsx"
    wb.save(path)
    return path


def ole_file(folder: Path, name: str, *, encrypted: bool) -> Path:
    """The start of an OLE2 compound file, as an encrypted .xlsx or an old .xls begins."""
    stream = "EncryptionInfo" if encrypted else "Workbook"
    data = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + stream.encode("utf-16-le")
            + bytes(1024))
    path = folder / name
    path.write_bytes(data)
    return path


def zip_file(folder: Path, name: str, members: dict[str, bytes]) -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w") as z:
        for member, data in members.items():
            z.writestr(member, data)
    return path
