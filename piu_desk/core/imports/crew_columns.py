"""The columns of a FAL Form 5 crew table: which field each column holds, guessed from its
title, with a confidence.

A title is compared by its words (`sheet_text.tokens`: case, accents, punctuation, line
breaks, box numbers and plurals ignored) with the synonyms below: the same words score 1.0;
a title holding all of a synonym's words scores 0.6 to 0.95 by how much of the title they
cover ("Seaman's book No." holds "seaman book"); a near spelling ("Nationalty") scores up to
0.9. Each column goes to at most one field and each field to one column, best scores first;
below 0.6 a column is left unmapped. The header row is the row (within the first rows of the
sheet) whose titles map the most fields, with at least three fields and a name among them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

from piu_desk.core.imports.sheet_text import tokens
from piu_desk.core.text import QT_TRANSLATE_NOOP

MIN_SCORE = 0.6
MIN_FIELDS = 3


class Field(StrEnum):
    """The FAL Form 5 columns, the older layout's combined ones included."""

    NUMBER = "number"
    FAMILY_NAME = "family_name"
    GIVEN_NAMES = "given_names"
    FULL_NAME = "full_name"  # older layout: "Family name, given names"
    RANK = "rank"
    NATIONALITY = "nationality"
    DATE_OF_BIRTH = "date_of_birth"
    PLACE_OF_BIRTH = "place_of_birth"
    BIRTH = "birth"  # older layout: "Date and place of birth"
    GENDER = "gender"
    DOCUMENT_TYPE = "document_type"
    DOCUMENT_NUMBER = "document_number"
    DOCUMENT = "document"  # older layout: "Nature and No. of identity document"
    DOCUMENT_ISSUER = "document_issuer"
    DOCUMENT_EXPIRY = "document_expiry"


COMBINED = {Field.FULL_NAME: (Field.FAMILY_NAME, Field.GIVEN_NAMES),
            Field.BIRTH: (Field.DATE_OF_BIRTH, Field.PLACE_OF_BIRTH),
            Field.DOCUMENT: (Field.DOCUMENT_TYPE, Field.DOCUMENT_NUMBER)}
NAME_FIELDS = (Field.FAMILY_NAME, Field.FULL_NAME)

FIELD_LABELS = {
    Field.NUMBER: QT_TRANSLATE_NOOP("Import", "No."),
    Field.FAMILY_NAME: QT_TRANSLATE_NOOP("Import", "Family name"),
    Field.GIVEN_NAMES: QT_TRANSLATE_NOOP("Import", "Given names"),
    Field.FULL_NAME: QT_TRANSLATE_NOOP("Import", "Family name, given names"),
    Field.RANK: QT_TRANSLATE_NOOP("Import", "Rank or rating"),
    Field.NATIONALITY: QT_TRANSLATE_NOOP("Import", "Nationality"),
    Field.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("Import", "Date of birth"),
    Field.PLACE_OF_BIRTH: QT_TRANSLATE_NOOP("Import", "Place of birth"),
    Field.BIRTH: QT_TRANSLATE_NOOP("Import", "Date and place of birth"),
    Field.GENDER: QT_TRANSLATE_NOOP("Import", "Gender"),
    Field.DOCUMENT_TYPE: QT_TRANSLATE_NOOP("Import", "Nature of identity document"),
    Field.DOCUMENT_NUMBER: QT_TRANSLATE_NOOP("Import", "Number of identity document"),
    Field.DOCUMENT: QT_TRANSLATE_NOOP("Import", "Nature and No. of identity document"),
    Field.DOCUMENT_ISSUER: QT_TRANSLATE_NOOP("Import", "Issuing state of identity document"),
    Field.DOCUMENT_EXPIRY: QT_TRANSLATE_NOOP("Import", "Expiry date of identity document"),
}

# Synonym, optionally with a weight below 1 when another field's synonym should win a tie.
_SYNONYMS: dict[Field, tuple[str | tuple[str, float], ...]] = {
    Field.NUMBER: ("no", "number", "nr", "sr no", "s no", "sl no", "serial no", "serial",
                   "item", "stt", "n°", "no crew", "numero"),
    Field.FAMILY_NAME: ("family name", "surname", "last name", "nom", "nom de famille",
                        "family names", "ho", "nama keluarga"),
    Field.GIVEN_NAMES: ("given names", "given name", "first name", "first names", "forenames",
                        "forename", "prenoms", "prenom", "other names", "middle and first name",
                        "ten"),
    Field.FULL_NAME: ("family name given names", "surname given names", "surname first name",
                      "name", "names", "full name", "name of crew", "crew name",
                      "name of crew member", "nom prenoms", "nom de famille prenoms",
                      "ho va ten", "ho ten", "nama", "last name first name",
                      "surname and given names", "crew member"),
    Field.RANK: ("rank or rating", "rank", "rating", "rank rating", "capacity", "position",
                 "function", "designation", "grade ou fonction", "grade", "fonction",
                 "chuc danh", "jabatan", "occupation"),
    Field.NATIONALITY: ("nationality", "nat", "citizenship", "nationalite", "quoc tich",
                        "kebangsaan", "nation"),
    Field.DATE_OF_BIRTH: ("date of birth", "dob", "d o b", "birth date", "born",
                          "date de naissance", "ngay sinh", "tanggal lahir", "birthday"),
    Field.PLACE_OF_BIRTH: ("place of birth", "pob", "p o b", "birth place", "birthplace",
                           "lieu de naissance", "noi sinh", "tempat lahir"),
    Field.BIRTH: ("date and place of birth", "dob pob", "date place of birth",
                  "date et lieu de naissance", "birth date and place", "born on at",
                  "ngay va noi sinh", "tempat tanggal lahir"),
    Field.GENDER: ("gender", "sex", "sexe", "m f", "gioi tinh", "jenis kelamin"),
    Field.DOCUMENT_TYPE: ("nature of identity document", "doc type", "document type",
                          "type of document", "type of identity document", "id type",
                          "type", "nature", "nature du document d identite",
                          "identity document type", "kind of document", "doc"),
    Field.DOCUMENT_NUMBER: ("number of identity document", "passport no", "passport number",
                            "passport", "document no", "document number", "doc no", "id no",
                            "identity document no", "identity document number",
                            "numero du document d identite", "so ho chieu", "no paspor",
                            ("seaman book", 0.95), ("seaman book no", 0.95),
                            ("seamans book no", 0.95), ("seaman s book no", 0.95),
                            ("seaman book number", 0.95), ("sirb", 0.95), ("sirb no", 0.95),
                            ("seafarer id", 0.95), ("seafarer id no", 0.95),
                            ("cdc no", 0.95), ("cdc", 0.95), ("discharge book", 0.95),
                            ("sid no", 0.95)),
    Field.DOCUMENT: ("nature and no of identity document", "nature no identity document",
                     "nature number identity document", "identity document",
                     "nature and number of identity document", "type and no of document",
                     "document type and no", "document type and number", "passport seaman book",
                     "passport seaman book no", "id document", "travel document",
                     "nature et numero du document d identite"),
    Field.DOCUMENT_ISSUER: ("issuing state of identity document", "issuing state",
                            "issuing country", "issued by", "country of issue", "issuer",
                            "place of issue", "issuing authority", "state of issue",
                            "etat de delivrance", "noi cap", "issuing state of document"),
    Field.DOCUMENT_EXPIRY: ("expiry date of identity document", "expiry date", "date of expiry",
                            "expiry", "expiration date", "valid until", "validity", "exp date",
                            "expires", "date d expiration", "ngay het han", "expiry of document",
                            "valid till", "expire date"),
}
_NOT_CREW = frozenset({"ship", "vessel", "navire", "port", "voyage", "imo", "call", "flag",
                       "master", "signature", "agent", "arrival", "departure"})

SYNONYMS: dict[Field, tuple[tuple[tuple[str, ...], float], ...]] = {
    f: tuple((tokens(s), 1.0) if isinstance(s, str) else (tokens(s[0]), s[1]) for s in syns)
    for f, syns in _SYNONYMS.items()
}
# "N°" and "#" lose their symbol in `tokens`; a title of only a symbol is the row number.
_NUMBER_SYMBOLS = frozenset({"#", "n°", "no.", "nº", "n"})


def _exact_score(title: tuple[str, ...], synonym: tuple[str, ...]) -> float:
    if title == synonym:
        return 1.0
    words = set(title)
    if set(synonym) <= words:
        return 0.6 + 0.35 * len(set(synonym)) / len(words)
    return 0.0


def _near_score(title: str, synonym: str) -> float:
    """A near spelling ("Nationalty"): 0.9 × similarity, when the similarity is 0.85 or more
    (the cheap upper bounds first: most titles are nowhere near)."""
    if 2 * min(len(title), len(synonym)) < 0.85 * (len(title) + len(synonym)):
        return 0.0
    matcher = SequenceMatcher(None, title, synonym, autojunk=False)
    if matcher.real_quick_ratio() < 0.85 or matcher.quick_ratio() < 0.85:
        return 0.0
    ratio = matcher.ratio()
    return 0.9 * ratio if ratio >= 0.85 else 0.0


@lru_cache(maxsize=4096)
def field_scores(title: str) -> Mapping[Field, float]:
    """How well a column title fits each field (0 to 1); fields below MIN_SCORE left out."""
    if title.strip().lower() in _NUMBER_SYMBOLS:
        return MappingProxyType({Field.NUMBER: 1.0})
    words = tokens(title)
    if not words or len(words) > 12 or _NOT_CREW & set(words):
        return MappingProxyType({})
    joined = " ".join(words)
    out = {}
    for field, synonyms in SYNONYMS.items():
        best = max(_exact_score(words, syn) * weight for syn, weight in synonyms)
        if best < MIN_SCORE:
            best = max(_near_score(joined, " ".join(syn)) * weight for syn, weight in synonyms)
        if best >= MIN_SCORE:
            out[field] = round(best, 3)
    return MappingProxyType(out)


def guess_mapping(titles: Sequence[str]) -> tuple[dict[Field, int | None], dict[Field, float]]:
    """The mapping (every field, None where no column fits) and each mapped field's score."""
    pairs = [(score, -list(Field).index(field), -col, field, col)
             for col, title in enumerate(titles)
             for field, score in field_scores(title).items()]
    mapping: dict[Field, int | None] = dict.fromkeys(Field)
    confidence = dict.fromkeys(Field, 0.0)
    used: set[int] = set()
    for score, _, _, field, col in sorted(pairs, reverse=True):
        if mapping[field] is None and col not in used:
            mapping[field], confidence[field] = col, score
            used.add(col)
    return mapping, confidence


def header_quality(mapping: Mapping[Field, int | None], confidence: Mapping[Field, float]
                   ) -> float:
    """The sum of the mapped fields' scores; 0 when the row cannot be a crew table's header."""
    mapped = [f for f, col in mapping.items() if col is not None]
    if len(mapped) < MIN_FIELDS or not any(f in mapped for f in NAME_FIELDS):
        return 0.0
    return sum(confidence[f] for f in mapped)


def implied_document_type(title: str) -> str:
    """What a document-number column's title says the documents are ("Passport No.")."""
    words = set(tokens(title))
    if "passport" in words or "paspor" in words:
        return "passport"
    if words & {"seaman", "seamen", "sirb", "cdc", "discharge"}:
        return "seaman's book"
    if words & {"seafarer", "sid"}:
        return "seafarer's identity document"
    return ""


class Layout(StrEnum):
    CURRENT = "current"  # separate columns for names, birth and document
    OLDER = "older"  # the combined columns of the older FAL Form 5
    MIXED = "mixed"  # some of each


def layout_of(mapping: Mapping[Field, int | None]) -> Layout:
    combined = any(mapping.get(f) is not None for f in COMBINED)
    separate = any(mapping.get(p) is not None for parts in COMBINED.values() for p in parts)
    if combined and separate:
        return Layout.MIXED
    return Layout.OLDER if combined else Layout.CURRENT
