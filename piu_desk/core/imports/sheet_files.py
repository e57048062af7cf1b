"""Opening a crew-list file: an .xlsx workbook (openpyxl) or a CSV text file, as a `Grid` of
cell texts with the sheet's merged ranges.

What a file is comes from its first bytes, not its name. Refused with a message that says
what to do (`Invalid("file", ...)`), never a trace: a file over 20 MB, an empty file, a
password-protected workbook, an old .xls or .ods, a damaged or renamed .xlsx, a zip that
unpacks to more than 200 MB, a sheet with data below row 5,000, a binary file that is no CSV.

Workbooks whose sheets unpack small are opened in openpyxl's normal mode, which knows merged
cells; larger ones in read-only mode (streamed, little memory), with the merged ranges read
from the sheet's XML here, since read-only mode does not report them.

CSV: the encoding from the byte-order mark (UTF-8, UTF-16), else strict UTF-8, else Windows
cp1252, else Latin-1 (which reads anything); the delimiter among , ; and tab is the one that
splits most lines into the same, largest number of fields.
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import openpyxl

from piu_desk.core.errors import Cancelled, FileProblem, Invalid
from piu_desk.core.imports.sheet_text import cell_text, msg
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
NORMAL_MODE_MAX_SHEET_BYTES = 8 * 1024 * 1024
PROGRESS_EVERY = 100

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with BOM)", "utf-16": "UTF-16",
                  "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
                  "cp1252": "Windows-1252", "latin-1": "Latin-1"}


@dataclass(frozen=True)
class Merge:
    """A merged range: sheet rows (1-based) and column indexes (0-based), both inclusive."""

    top: int
    left: int
    bottom: int
    right: int


@dataclass(frozen=True)
class Grid:
    """The non-blank rows of one sheet: (sheet row number, cell texts), merged cells holding
    their text in the top-left cell only."""

    kind: str  # "xlsx" or "csv"
    sheet_name: str
    sheets: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    merges: tuple[Merge, ...] = ()
    encoding: str = ""
    delimiter: str = ""
    notes: tuple[Message, ...] = ()


def _invalid(message: Message) -> Invalid:
    return Invalid("file", message)


def _step(done: int, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
    if done % PROGRESS_EVERY and done != 1:
        return
    if cancel is not None and cancel():
        raise Cancelled()
    if progress is not None:
        progress(done, max(total, done))


def _too_many_rows(sheet: str, row: int) -> Invalid:
    return _invalid(msg(QT_TRANSLATE_NOOP(
        "Import", "The sheet '{sheet}' has data down to row {row}; a crew list import takes at "
        "most {limit} rows. Check that this is the crew list, or delete the rows that are not "
        "crew and import it again."), sheet=sheet, row=row, limit=f"{MAX_ROWS:,}"))


def _collect(sheet: str, rows: Iterable[tuple[int, tuple[str, ...]]], total: int,
             progress: Progress | None, cancel: Cancel | None
             ) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The non-blank rows, trailing empty cells cut; refuses data below MAX_ROWS."""
    out = []
    for done, (number, cells) in enumerate(rows, 1):
        _step(done, total, progress, cancel)
        width = len(cells)
        while width and not cells[width - 1]:
            width -= 1
        if not width:
            continue
        if number > MAX_ROWS:
            raise _too_many_rows(sheet, number)
        out.append((number, cells[:width]))
    if progress is not None:
        progress(total, total)
    return tuple(out)


# -- the file as a whole ------------------------------------------------------------------
def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _invalid(msg(QT_TRANSLATE_NOOP(
                "Import", "{name} is {size} MB; a crew list import takes files of up to {limit} "
                "MB. A crew list is far smaller: check that this is the right file, or save "
                "only the crew sheet in a new file."), name=path.name,
                size=f"{size / 1024 / 1024:.1f}", limit=MAX_FILE_BYTES // 1024 // 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise FileProblem(str(path), exc.strerror or str(exc)) from None
    if not data.strip():
        raise _invalid(msg(QT_TRANSLATE_NOOP(
            "Import", "{name} is empty. Ask the agent to send the crew list again."),
            name=path.name))
    return data


def refuse_office_binary(name: str, data: bytes) -> Invalid:
    """An OLE2 compound file: a password-protected .xlsx, or an old .xls / .doc."""
    if "Encrypt".encode("utf-16-le") in data:  # the EncryptionInfo / EncryptedPackage streams
        return _invalid(msg(QT_TRANSLATE_NOOP(
            "Import", "{name} is protected by a password, so it cannot be read. Open it in "
            "Excel with the password, save a copy without one, and import that copy."),
            name=name))
    return _invalid(msg(QT_TRANSLATE_NOOP(
        "Import", "{name} is an old Excel 97-2003 workbook (.xls) or another older Office file, "
        "which this import does not read. Open it in Excel or LibreOffice and save it as .xlsx "
        "(Excel Workbook) or as CSV UTF-8, then import that file."), name=name))


def damaged_workbook(name: str, detail: str) -> Invalid:
    return _invalid(msg(QT_TRANSLATE_NOOP(
        "Import", "{name} cannot be read as an .xlsx workbook: it is damaged, cut short, or "
        "another kind of file renamed. Open and save it again in Excel, or ask the agent to "
        "send it again. (Technical detail: {detail})"), name=name, detail=detail))


def empty_workbook(name: str) -> Invalid:
    return _invalid(msg(QT_TRANSLATE_NOOP(
        "Import", "{name} holds no data: its sheets are empty. Ask the agent to send the crew "
        "list again."), name=name))


# -- xlsx ---------------------------------------------------------------------------------
class Workbook:
    """An opened .xlsx; `grid(name)` reads one sheet."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        self._data = data
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise damaged_workbook(name, str(exc)) from None
        names = {i.filename for i in infos}
        if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
            raise _invalid(msg(QT_TRANSLATE_NOOP(
                "Import", "{name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice "
                "or Excel and save it as .xlsx (Excel Workbook), then import that file."),
                name=name))
        if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
            raise _invalid(msg(QT_TRANSLATE_NOOP(
                "Import", "{name} unpacks to more than {limit} MB, far more than any crew list; "
                "it was not opened."), name=name, limit=MAX_UNPACKED_BYTES // 1024 // 1024))
        self._archive = archive
        sheet_bytes = max((i.file_size for i in infos
                           if i.filename.startswith("xl/worksheets/")), default=0)
        self.read_only = sheet_bytes > NORMAL_MODE_MAX_SHEET_BYTES
        self._book: Any = self._guard(lambda: openpyxl.load_workbook(
            io.BytesIO(data), read_only=self.read_only, data_only=True))
        self.sheets: tuple[str, ...] = tuple(ws.title for ws in self._book.worksheets)
        if not self.sheets:
            raise empty_workbook(name)
        self.active: str = getattr(self._book.active, "title", self.sheets[0])

    def _guard(self, work: Callable[[], Any]) -> Any:
        """openpyxl raises what its parts raise on a damaged file: any of them is the
        file's fault here, and becomes a message to the officer."""
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return work()
        except (Invalid, Cancelled):
            raise
        except Exception as exc:
            raise damaged_workbook(self.name, f"{type(exc).__name__}: {exc}") from None

    def close(self) -> None:
        self._book.close()
        self._archive.close()

    def grid(self, sheet: str, progress: Progress | None = None, cancel: Cancel | None = None
             ) -> Grid:
        ws = self._book[sheet]
        if self.read_only:
            ws.reset_dimensions()  # a wrong <dimension> must not pad every row to XFD
            merges = self._guard(lambda: _merges_from_xml(self._archive, sheet))
        else:
            merges = tuple(Merge(r.min_row, r.min_col - 1, r.max_row, r.max_col - 1)
                           for r in ws.merged_cells.ranges)
        total = ws.max_row or 0

        def rows() -> Iterator[tuple[int, tuple[str, ...]]]:
            for number, values in enumerate(ws.iter_rows(values_only=True), 1):
                yield number, tuple(cell_text(v) for v in values)

        found = self._guard(lambda: _collect(sheet, rows(), total, progress, cancel))
        return Grid("xlsx", sheet, self.sheets, found, merges)


def _merges_from_xml(archive: zipfile.ZipFile, sheet: str) -> tuple[Merge, ...]:
    """The <mergeCell ref="A1:C2"/> elements of one sheet, found through the workbook's
    relationships (read-only mode does not load them)."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rid = next((s.get(f"{_REL}id") for s in book.iter(f"{_MAIN}sheet")
                if s.get("name") == sheet), None)
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next((r.get("Target", "") for r in rels.iter(f"{_PKG_REL}Relationship")
                   if r.get("Id") == rid), "")
    if not target:
        return ()
    part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    out = []
    with archive.open(posixpath.normpath(part)) as xml:
        for _, element in ElementTree.iterparse(xml):
            if element.tag == f"{_MAIN}mergeCell" and (ref := element.get("ref")):
                if merge := _parse_ref(ref):
                    out.append(merge)
            elif element.tag == f"{_MAIN}row":
                element.clear()
    return tuple(out)


def _parse_ref(ref: str) -> Merge | None:
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)", ref.upper())
    if not m:
        return None
    cols = [0, 0]
    for i, letters in enumerate((m[1], m[3])):
        for ch in letters:
            cols[i] = cols[i] * 26 + ord(ch) - 64
    return Merge(int(m[2]), cols[0] - 1, int(m[4]), cols[1] - 1)


# -- CSV ----------------------------------------------------------------------------------
def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding used)."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        head = data[:4096]
        odd, even = head[1::2].count(0), head[0::2].count(0)
        candidates = ["utf-8", "cp1252", "latin-1"]
        if odd > len(head) // 4:
            candidates.insert(0, "utf-16-le")
        elif even > len(head) // 4:
            candidates.insert(0, "utf-16-be")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\r\n")
        if "\x00" not in text and controls <= len(text[:20000]) // 100:
            return text, encoding
    raise _invalid(msg(QT_TRANSLATE_NOOP(
        "Import", "{name} is neither an .xlsx workbook nor a CSV text file. Save the crew list "
        "from Excel as .xlsx (Excel Workbook) or as CSV UTF-8, then import that file."),
        name=name))


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()][:60]
    best, best_score = ",", -1
    for delimiter in (",", ";", "\t"):
        counts: dict[int, int] = {}
        for fields in csv.reader(lines, delimiter=delimiter):
            counts[len(fields)] = counts.get(len(fields), 0) + 1
        width, lines_of_width = max(((w, n) for w, n in counts.items() if w > 1),
                                    key=lambda wn: (wn[1] * wn[0], wn[0]), default=(1, 0))
        if lines_of_width * width > best_score:
            best, best_score = delimiter, lines_of_width * width
    return best


def csv_grid(path: Path, data: bytes, progress: Progress | None = None,
             cancel: Cancel | None = None) -> Grid:
    text, encoding = decode_text(path.name, data)
    delimiter = sniff_delimiter(text)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    total = text.count("\n") + 1
    rows = ((n, tuple(cell_text(c) for c in fields)) for n, fields in enumerate(records, 1))
    try:
        found = _collect(path.stem, rows, total, progress, cancel)
    except csv.Error as exc:
        raise _invalid(msg(QT_TRANSLATE_NOOP(
            "Import", "{name} is not a well-formed CSV file ({detail}). Save it again from "
            "Excel as CSV UTF-8."), name=path.name, detail=str(exc))) from None
    notes = []
    if encoding in ("cp1252", "latin-1"):
        notes.append(msg(QT_TRANSLATE_NOOP(
            "Import", "The file is not UTF-8; it was read as {encoding}. If letters in names "
            "look wrong, save the sheet from Excel as 'CSV UTF-8' and import it again."),
            encoding=ENCODING_NAMES[encoding]))
    if not found:
        raise empty_workbook(path.name)
    return Grid("csv", path.stem, (path.stem,), found, (), encoding, delimiter, tuple(notes))

