"""The ship particulars above a crew table: name of ship, IMO number, call sign, voyage
number, port and date of arrival/departure, flag state, last port of call, and whether the
list is for arrival or departure.

A label is a cell that starts with one of the phrases below (English, French, a few
Vietnamese and Indonesian), after any box number ("1.1", "2."). Its value is what follows in
the same cell ("Name of ship: SEA STAR"), else the next non-empty cell to its right, else the
cell below it — never another label. Arrival or departure is read from tick boxes ("Arrival
[X] Departure [ ]", ☒/☐, or an X in the cell beside the word), else from a label that names
only one of them ("Port of arrival"), else from the title ("CREW LIST - ARRIVAL").
Every value is kept as written and, where it can be, validated with the vessel's own rules;
what is wrong is said, never fatal: the officer confirms the vessel and port call anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from piu_desk.core.domain.crew import Direction
from piu_desk.core.domain.identifiers import country_name, validate_call_sign, validate_imo
from piu_desk.core.domain.station import KNOWN_PORTS, validate_locode
from piu_desk.core.errors import Invalid
from piu_desk.core.imports.countries import country_code
from piu_desk.core.imports.crew_table import Cells
from piu_desk.core.imports.sheet_dates import Century, parse_date
from piu_desk.core.imports.sheet_text import clean, fold, msg
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class Particular(StrEnum):
    SHIP_NAME = "ship_name"
    IMO = "imo"
    CALL_SIGN = "call_sign"
    VOYAGE = "voyage"
    PORT = "port"
    DATE = "date"
    FLAG = "flag"
    LAST_PORT = "last_port"
    DIRECTION = "direction"


PARTICULAR_LABELS = {
    Particular.SHIP_NAME: QT_TRANSLATE_NOOP("Import", "Name of ship"),
    Particular.IMO: QT_TRANSLATE_NOOP("Import", "IMO number"),
    Particular.CALL_SIGN: QT_TRANSLATE_NOOP("Import", "Call sign"),
    Particular.VOYAGE: QT_TRANSLATE_NOOP("Import", "Voyage number"),
    Particular.PORT: QT_TRANSLATE_NOOP("Import", "Port of arrival/departure"),
    Particular.DATE: QT_TRANSLATE_NOOP("Import", "Date of arrival/departure"),
    Particular.FLAG: QT_TRANSLATE_NOOP("Import", "Flag State of ship"),
    Particular.LAST_PORT: QT_TRANSLATE_NOOP("Import", "Last port of call"),
    Particular.DIRECTION: QT_TRANSLATE_NOOP("Import", "Arrival or departure"),
}

_PHRASES: dict[Particular, tuple[str, ...]] = {
    Particular.SHIP_NAME: ("name of ship", "name of vessel", "ship name", "ship's name",
                           "vessel name", "vessel's name", "vessel", "ship", "nom du navire",
                           "navire", "ten tau", "nama kapal"),
    Particular.IMO: ("imo number", "imo no", "imo nr", "imo", "numero omi", "no omi", "omi",
                     "so imo"),
    Particular.CALL_SIGN: ("call sign", "callsign", "call-sign", "indicatif d'appel",
                           "indicatif", "ho hieu", "tanda panggilan"),
    Particular.VOYAGE: ("voyage number", "voyage no", "voy no", "voyage", "numero du voyage",
                        "voyage nr", "chuyen"),
    Particular.PORT: ("port of arrival/departure", "port of arrival / departure",
                      "port of arrival", "port of departure", "port d'arrivee/de depart",
                      "port d'arrivee", "port de depart", "arrival port", "departure port",
                      "port", "cang den"),
    Particular.DATE: ("date of arrival/departure", "date of arrival / departure",
                      "date of arrival", "date of departure", "arrival date", "departure date",
                      "date d'arrivee/de depart", "date d'arrivee", "date de depart", "eta",
                      "etd", "date", "ngay den"),
    Particular.FLAG: ("flag state of ship", "flag state", "flag of ship", "flag",
                      "nationality of ship", "etat du pavillon", "pavillon", "quoc tich tau",
                      "bendera"),
    Particular.LAST_PORT: ("last port of call", "last port", "previous port of call",
                           "previous port", "port of last call", "dernier port d'escale",
                           "cang truoc"),
}
_BOX_NUMBER = r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?"
_LABELS = sorted(
    ((key, phrase, re.compile(_BOX_NUMBER + r"\W+".join(map(re.escape, re.split(r"\W+", phrase)))
                              + r"(?=\W|$)"))
     for key, phrases in _PHRASES.items() for phrase in phrases),
    key=lambda item: -len(item[1]))
_ARRIVAL = re.compile(r"\b(arrival|arrivee|arrive)\b")
_DEPARTURE = re.compile(r"\b(departure|depart)\b")
_TICKED = r"(\[\s*[xv✓✔■●]\s*\]|\(\s*[xv✓✔]\s*\)|[☒☑✓✔✗✘■])"
_UNTICKED = r"(\[\s*\]|\(\s*\)|[☐□])"
_TICK_TEXT = frozenset({"x", "v", "✓", "✔", "☒", "☑", "✗", "✘", "■", "●", "true", "yes"})
_VESSEL_PREFIX = re.compile(r"^(M/V|M\.V\.|MV|M/T|M\.T\.|MT)\s+", re.IGNORECASE)
_PORT_NAMES = {fold(name).upper(): code for code, name in KNOWN_PORTS.items()} | {
    "KAMPONG SAOM": "KHKOS", "KOMPONG SOM": "KHKOS", "KOMPONG SAOM": "KHKOS",
    "SIHANOUKVILLE PORT": "KHKOS", "PHNOM PENH PORT": "KHPNH"}


@dataclass(frozen=True)
class ParticularValue:
    """One particular: as written (`raw`, with the sheet row and label it came from) and
    normalised (`value`, "" when missing or not valid), with what is wrong or worth knowing."""

    key: Particular
    raw: str = ""
    value: str = ""
    sheet_row: int | None = None
    label: str = ""
    problems: tuple[Message, ...] = ()
    notes: tuple[Message, ...] = ()


@dataclass(frozen=True)
class Particulars:
    values: tuple[ParticularValue, ...] = field(default=())

    def __getitem__(self, key: Particular) -> ParticularValue:
        return next((v for v in self.values if v.key is key), ParticularValue(key))

    def value(self, key: Particular) -> str:
        return self[key].value

    @property
    def problems(self) -> tuple[Message, ...]:
        return tuple(p for v in self.values for p in v.problems)


def _label_at(text: str) -> tuple[Particular, str, str] | None:
    """(key, label as written, value after it in the same cell). A one-word label ("Flag",
    "Port") counts only alone or before a separator ("Flag: PANAMA"), so that "Ship's
    particulars" or "Port of Sihanoukville" are not read as labels; "IMO 9074729" is."""
    folded = fold(text)
    for key, phrase, pattern in _LABELS:
        if not (m := pattern.match(folded)):
            continue
        tail = text[m.end():]
        rest = tail.strip(" \t\n:：-–=.")
        one_word = " " not in phrase
        if (rest and one_word and tail.lstrip()[:1] not in tuple(":：-–=.")
                and not (key is Particular.IMO and rest[:1].isdigit())):
            continue
        return key, text[:m.end()].strip(), rest
    return None


def _is_label(text: str) -> bool:
    return bool(text) and _label_at(text) is not None


def find_particulars(cells: Cells, header_row: int, today: date) -> Particulars:
    found: dict[Particular, tuple[str, int, str]] = {}
    rows = sorted(r for r in cells.rows if r < header_row)
    for row in rows:
        for col in range(cells.width):
            text = clean(cells.at(row, col))
            hit = _label_at(text) if text else None
            if hit is None or found.get(hit[0], ("",))[0]:
                continue
            key, label, value = hit
            if not value:
                value = _value_beside(cells, row, col, header_row)
            if value or key not in found:
                found[key] = (value, row, label)
    values = [_normalise(key, *found.get(key, ("", None, "")), today=today)
              for key in Particular if key is not Particular.DIRECTION]
    values.append(_direction(cells, rows, found))
    return Particulars(tuple(values))


def _value_beside(cells: Cells, row: int, col: int, header_row: int) -> str:
    for right in range(col + 1, cells.width):
        text = clean(cells.at(row, right))
        if text:
            return "" if _is_label(text) or _ticks(text) else text
    below = clean(cells.at(row + 1, col))
    if row + 1 < header_row and below and not _is_label(below):
        return below
    return ""


def _normalise(key: Particular, raw: str, row: int | None, label: str, *, today: date
               ) -> ParticularValue:
    value, problems, notes = "", [], []
    try:
        if not raw:
            pass
        elif key is Particular.SHIP_NAME:
            value = _VESSEL_PREFIX.sub("", raw).upper()
        elif key is Particular.IMO:
            value = validate_imo(raw) or ""
        elif key is Particular.CALL_SIGN:
            value = validate_call_sign(raw) or ""
        elif key is Particular.VOYAGE:
            value = raw[:40]
        elif key in (Particular.PORT, Particular.LAST_PORT):
            value = _port(raw)
            if not value:
                problems.append(msg(QT_TRANSLATE_NOOP(
                    "Import", "'{text}' is not a UN/LOCODE (such as KHKOS or VNSGN) nor a port "
                    "this desk knows; choose the port when the port call is created."),
                    text=raw))
        elif key is Particular.DATE:
            parsed = parse_date(raw, Century.NEAR, today)
            value = parsed.value.isoformat() if parsed.value else ""
            if parsed.problem:
                problems.append(parsed.problem)
        elif key is Particular.FLAG:
            match = country_code(raw)
            value = match.code if match else ""
            if match is None:
                problems.append(msg(QT_TRANSLATE_NOOP(
                    "Import", "Flag State '{text}' is neither a country code nor a country "
                    "name; write its three letters, for example KHM."), text=raw))
            elif match.mapped:
                notes.append(msg(QT_TRANSLATE_NOOP(
                    "Import", "Flag State '{text}' read as {code} ({country})."), text=raw,
                    code=match.code, country=country_name(match.code) or match.code))
    except Invalid as exc:
        problems.append(exc.message)
    return ParticularValue(key, raw, value, row, label, tuple(problems), tuple(notes))


def _port(raw: str) -> str:
    name = fold(raw).upper().strip()
    if name in _PORT_NAMES:
        return _PORT_NAMES[name]
    for word in re.findall(r"[A-Za-z0-9]{2}\s?[A-Za-z2-9]{3}", raw):
        try:
            code = validate_locode(word)
        except Invalid:
            continue
        if country_code(code[:2]) is not None:
            return code
    return ""


# -- arrival or departure -----------------------------------------------------------------
def _ticks(text: str) -> dict[Direction, bool]:
    """The tick boxes written beside the words in one cell: direction → ticked. Boxes are
    read after the words ("Arrival [X] Departure [ ]"), or before them when the cell starts
    with one ("[X] Arrival [ ] Departure")."""
    folded = fold(text)
    words = [(direction, m) for direction, word in ((Direction.ARRIVAL, _ARRIVAL),
                                                    (Direction.DEPARTURE, _DEPARTURE))
             for m in word.finditer(folded)]
    after = {d: folded[m.end():m.end() + 8] for d, m in words}
    before = {d: folded[max(0, m.start() - 8):m.start()] for d, m in words}
    use_after = not re.match(r"\s*(" + _TICKED + "|" + _UNTICKED + ")", folded)
    out: dict[Direction, bool] = {}
    for direction, _ in words:
        if use_after:
            box = re.match(r"\W{0,3}(" + _TICKED + "|" + _UNTICKED + ")", after[direction])
        else:
            box = re.search("(" + _TICKED + "|" + _UNTICKED + r")\W{0,3}$", before[direction])
        if box:
            out[direction] = out.get(direction, False) or bool(re.fullmatch(
                _TICKED, box[1].strip()))
    return out


def _direction(cells: Cells, rows: list[int], found: dict[Particular, tuple[str, int, str]]
               ) -> ParticularValue:
    ticked: dict[Direction, tuple[int, str]] = {}
    for row in rows:
        for col in range(cells.width):
            text = clean(cells.at(row, col))
            if not text:
                continue
            marks = _ticks(text)
            word = fold(text).strip(" :.")
            if not marks and word in ("arrival", "departure", "arrivee", "depart"):
                beside = fold(clean(cells.at(row, col + 1)))
                if beside in _TICK_TEXT:
                    marks = {Direction.ARRIVAL if word.startswith("arriv")
                             else Direction.DEPARTURE: True}
            for direction, on in marks.items():
                if on:
                    ticked.setdefault(direction, (row, text))
    if len(ticked) == 1:
        direction, (row, text) = next(iter(ticked.items()))
        return ParticularValue(Particular.DIRECTION, text, direction.value, row)
    if len(ticked) == 2:
        text = " / ".join(t for _, t in ticked.values())
        return ParticularValue(Particular.DIRECTION, text, "", None, problems=(msg(
            QT_TRANSLATE_NOOP("Import", "Both Arrival and Departure are ticked; choose which "
                              "this crew list is for when importing it.")),))
    return _direction_from_words(cells, rows, found)


DIRECTION_WORDS = {
    Direction.ARRIVAL: QT_TRANSLATE_NOOP("Import", "arrival"),
    Direction.DEPARTURE: QT_TRANSLATE_NOOP("Import", "departure"),
}


def _direction_from_words(cells: Cells, rows: list[int],
                          found: dict[Particular, tuple[str, int, str]]) -> ParticularValue:
    """No tick: a label naming one direction only, or a title such as CREW LIST - ARRIVAL."""
    texts = [(row, label) for _, row, label in found.values()]
    texts += [(row, clean(cells.at(row, col))) for row in rows[:3] for col in range(cells.width)]
    for row, text in texts:
        folded = fold(text)
        arrival, departure = bool(_ARRIVAL.search(folded)), bool(_DEPARTURE.search(folded))
        if arrival != departure:
            direction = Direction.ARRIVAL if arrival else Direction.DEPARTURE
            return ParticularValue(Particular.DIRECTION, text, direction.value, row, notes=(msg(
                QT_TRANSLATE_NOOP("Import", "Arrival or departure was not ticked; taken as "
                                  "{direction} from '{text}'."),
                direction=Message("Import", DIRECTION_WORDS[direction]), text=text),))
    return ParticularValue(Particular.DIRECTION, problems=(msg(QT_TRANSLATE_NOOP(
        "Import", "The sheet does not say whether the crew list is for arrival or departure; "
        "choose it when importing.")),))
