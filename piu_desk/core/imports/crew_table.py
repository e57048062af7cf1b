"""Where the crew table sits in a sheet: its header row, its column titles, its rows.

The header is the row whose titles map the most FAL Form 5 fields (`crew_columns`). A header
printed on two rows — "Identity document" merged over four columns with "Nature", "Number",
"Issuing State", "Expiry date" below it — is read as one: each column's title is the text of
both rows. Merged cells: in the header every cell of a merged range carries its text; among
the crew rows only a range within one column is carried down (a nationality merged over three
rows is each row's nationality); a range across columns keeps its text in its first cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from piu_desk.core.imports.crew_columns import Field, guess_mapping, header_quality
from piu_desk.core.imports.sheet_files import Grid, Merge
from piu_desk.core.imports.sheet_text import clean

HEADER_SEARCH_ROWS = 60  # the header is looked for among the first non-blank rows
MERGE_CELLS_MAX = 20_000  # cells of merged ranges indexed; a larger range is clipped
TWO_ROW_MARGIN = 0.5


class Cells:
    """Cell texts by sheet row and column, merged ranges resolved."""

    def __init__(self, grid: Grid) -> None:
        self.rows = dict(grid.rows)
        self.width = max((len(cells) for _, cells in grid.rows), default=0)
        self._merge: dict[tuple[int, int], Merge] = {}
        budget = MERGE_CELLS_MAX
        for m in grid.merges:
            for row in range(m.top, m.bottom + 1):
                for col in range(m.left, min(m.right, m.left + self.width) + 1):
                    self._merge[row, col] = m
                    budget -= 1
                    if budget <= 0:
                        return

    def at(self, row: int, col: int) -> str:
        cells = self.rows.get(row, ())
        return cells[col] if 0 <= col < len(cells) else ""

    def merge_of(self, row: int, col: int) -> Merge | None:
        return self._merge.get((row, col))

    def filled(self, row: int, col: int) -> str:
        """The cell's text, or its merged range's."""
        m = self.merge_of(row, col)
        return self.at(m.top, m.left) if m else self.at(row, col)

    def carried(self, row: int, col: int) -> str:
        """For crew rows: a range within one column is carried down, no other."""
        m = self.merge_of(row, col)
        if m and m.left == m.right:
            return self.at(m.top, m.left)
        return self.at(row, col)

    def is_merge_tail(self, row: int, col: int) -> bool:
        """True for a cell that a merged range covers but does not start."""
        m = self.merge_of(row, col)
        return m is not None and (m.top, m.left) != (row, col)


@dataclass(frozen=True)
class Header:
    row: int  # the sheet row of the header (its lower row when printed on two)
    titles: tuple[str, ...]
    mapping: Mapping[Field, int | None]
    confidence: Mapping[Field, float]
    quality: float


def _titles(cells: Cells, rows: tuple[int, ...]) -> tuple[str, ...]:
    out = []
    for col in range(cells.width):
        parts: list[str] = []
        for row in rows:
            text = clean(cells.filled(row, col))
            if text and text not in parts:
                parts.append(text)
        out.append(" / ".join(parts))
    return tuple(out)


def header_at(cells: Cells, rows: tuple[int, ...]) -> Header:
    titles = _titles(cells, rows)
    mapping, confidence = guess_mapping(titles)
    return Header(rows[-1], titles, mapping, confidence, header_quality(mapping, confidence))


def find_header(cells: Cells) -> Header | None:
    """The best header among the first rows; None when no row looks like one."""
    numbers = sorted(cells.rows)[:HEADER_SEARCH_ROWS]
    best: Header | None = None
    for number in numbers:
        candidates = [header_at(cells, (number,))]
        if number - 1 in cells.rows:
            pair = header_at(cells, (number - 1, number))
            if pair.quality > candidates[0].quality + TWO_ROW_MARGIN:
                candidates.append(pair)
        for header in candidates:
            if header.quality > 0 and (best is None or header.quality > best.quality):
                best = header
    return best


def row_texts(cells: Cells, row: int, width: int) -> tuple[str, ...]:
    """A crew row's cell texts, `width` wide, merged ranges within a column carried down."""
    return tuple(cells.carried(row, col) for col in range(width))
