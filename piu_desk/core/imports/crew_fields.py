"""The older layout's combined cells taken apart, and the crew fields a sheet writes loosely
(gender, kind of document) read into the record's terms.

Names ("Family name, given names"): split at the first comma (or slash) when there is one —
"DELA CRUZ, JUAN MIGUEL". Without one, the first word is the family name and the rest the
given names — "NGUYEN VAN AN" → NGUYEN / VAN AN, as Vietnamese, Chinese, Khmer and Korean
names are written and as agents write the others — except that a leading particle (DE, DEL,
DELA, DELOS, DE LA, DOS, VAN, VON, SAN, STA, ...) joins the word after it: "DELA CRUZ JUAN" →
DELA CRUZ / JUAN. A name without a comma is a guess for names written given-name first (Thai,
Indonesian, Myanmar): the report says the first-word rule was used.

"Date and place of birth": a date at the start or the end of the cell, the rest is the place
("25/04/1990 HAI PHONG", "HAI PHONG, 25/04/1990").

"Nature and No. of identity document": the number is the first word holding a digit (a lone
letter just before it belongs to it: "C 1234567"); the words before it, less "No."/"Number",
are the kind of document, else the words after it ("PASSPORT C1234567", "SIRB: VN123456",
"C1234567 (PASSPORT)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from piu_desk.core.imports.sheet_text import clean, fold

PARTICLES = frozenset({"DE", "DEL", "DELA", "DELOS", "DELAS", "LOS", "LAS", "DOS", "DAS",
                       "VAN", "VON", "DER", "DEN", "SAN", "SANTA", "STA", "STO", "ST"})
_NUMBER_WORDS = frozenset({"NO", "NR", "NUMBER", "NUM", "N", "NUMERO", "#", "NO."})
_DOC_TOKEN = re.compile(r"[^\s:;,()#/\[\]]+")

GENDERS = {"M": "M", "MALE": "M", "MAN": "M", "MASCULIN": "M", "H": "M", "HOMME": "M",
           "F": "F", "FEMALE": "F", "WOMAN": "F", "FEMININ": "F", "FEMME": "F",
           "X": "X", "OTHER": "X", "UNSPECIFIED": "X"}
DOCUMENT_TYPES = {
    "passport": ("P", "PP", "PASSPORT", "PASSPORT NO", "PASS", "PASSEPORT", "PASPOR",
                 "NATIONAL PASSPORT", "HO CHIEU"),
    "seaman's book": ("SB", "SEAMAN BOOK", "SEAMANS BOOK", "SEAMAN S BOOK", "SEAMEN BOOK",
                      "SEAMAN'S BOOK", "SEAMANBOOK", "SIRB", "CDC", "DISCHARGE BOOK",
                      "CONTINUOUS DISCHARGE CERTIFICATE", "BUKU PELAUT", "LIVRET MARITIME",
                      "SO THUYEN VIEN"),
    "seafarer's identity document": ("SID", "SEAFARER ID", "SEAFARERS ID", "SEAFARER S ID",
                                     "SEAFARER'S ID", "SEAFARER'S IDENTITY DOCUMENT",
                                     "SEAFARERS IDENTITY DOCUMENT", "SEAFARER IDENTITY DOCUMENT"),
    "identity card": ("ID", "ID CARD", "IDENTITY CARD", "NATIONAL ID", "NIC"),
}
_DOCUMENT_TYPE_OF = {key: kind for kind, keys in DOCUMENT_TYPES.items() for key in keys}


class NameRule(StrEnum):
    SEPARATE = "separate"  # the sheet had its own columns
    COMMA = "comma"
    FIRST_WORD = "first-word"
    ONE_WORD = "one-word"


@dataclass(frozen=True)
class SplitName:
    family: str
    given: str
    rule: NameRule


def split_name(text: str) -> SplitName:
    full = clean(text)
    for mark in (",", "/"):
        if mark in full:
            family, _, given = full.partition(mark)
            return SplitName(clean(family), clean(given.replace(mark, " ")), NameRule.COMMA)
    words = full.split()
    if len(words) <= 1:
        return SplitName(full, "", NameRule.ONE_WORD)
    take = 0
    while take < len(words) - 1 and words[take].upper().strip(".") in PARTICLES:
        take += 1
    take += 1
    if take >= len(words):  # all particles and a name: the whole is the family name
        return SplitName(full, "", NameRule.ONE_WORD)
    return SplitName(" ".join(words[:take]), " ".join(words[take:]), NameRule.FIRST_WORD)


@dataclass(frozen=True)
class SplitDocument:
    kind: str
    number: str
    extra: str  # another word with digits after the number: worth a question


def split_document(text: str) -> SplitDocument:
    words = _DOC_TOKEN.findall(clean(text))
    at = next((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)), None)
    if at is None:
        return SplitDocument(" ".join(words), "", "")
    start = at
    lone = words[at - 1].upper() if at > 0 else ""
    if len(lone) == 1 and lone.isalpha() and lone not in _DOCUMENT_TYPE_OF:
        start = at - 1  # "PASSPORT C 1234567": the lone letter belongs to the number
    number = "".join(words[start:at + 1])
    before = [w for w in words[:start] if w.upper().strip(".") not in _NUMBER_WORDS]
    after = words[at + 1:]
    extra = " ".join(w for w in after if any(ch.isdigit() for ch in w))
    kind_words = before or [w for w in after if not any(ch.isdigit() for ch in w)]
    return SplitDocument(" ".join(kind_words), number, extra)


def document_type(text: str) -> str:
    """"PP", "Passport No." → "passport"; "SIRB" → "seaman's book"; others as written."""
    key = " ".join(re.sub(r"[^A-Z0-9']+", " ", fold(text).upper()).split())
    return _DOCUMENT_TYPE_OF.get(key, _DOCUMENT_TYPE_OF.get(key.replace("'", " "),
                                                            clean(text)))[:40]


def gender(text: str) -> str | None:
    """M, F, X or "" (blank); None when the text is no gender."""
    key = fold(clean(text)).upper().strip(" .")
    if not key:
        return ""
    return GENDERS.get(key)


def number_of(text: str) -> int | None:
    """The row's "No." cell: "1", "01", "1.", "1.0" → 1."""
    m = re.fullmatch(r"\s*0*(\d{1,5})(?:\.0*)?\s*", text)
    return int(m[1]) if m else None


_DOCUMENT_CHARS = re.compile(r"[A-Za-z0-9 \-.]")


def bad_document_chars(text: str) -> str:
    """The characters a document number cannot have (only A-Z and 0-9; spaces, dashes and
    dots are taken out), as written; "" when there are none. A Cyrillic С that looks like a
    Latin C is one of them."""
    seen: list[str] = []
    for ch in text:
        if not _DOCUMENT_CHARS.fullmatch(ch) and ch not in seen:
            seen.append(ch)
    return "".join(seen)
