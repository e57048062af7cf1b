"""Issuing-state and nationality codes in an MRZ: ISO 3166-1 alpha-3 (through pycountry) plus
the codes ICAO Doc 9303 Part 3 adds for documents that no ISO country issues."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import pycountry

from piu_desk.core.domain.identifiers import country_name
from piu_desk.core.text import QT_TRANSLATE_NOOP

SPECIMEN_CODE = "UTO"

# Code as printed (fillers removed) → English name, marked for translation. Germany's "D" is
# not here: it is shown and recorded as DEU.
ICAO_CODES: Final[dict[str, str]] = {
    "GBD": QT_TRANSLATE_NOOP("Mrz", "British Overseas Territories Citizen"),
    "GBN": QT_TRANSLATE_NOOP("Mrz", "British National (Overseas)"),
    "GBO": QT_TRANSLATE_NOOP("Mrz", "British Overseas Citizen"),
    "GBP": QT_TRANSLATE_NOOP("Mrz", "British Protected Person"),
    "GBS": QT_TRANSLATE_NOOP("Mrz", "British Subject"),
    "UNO": QT_TRANSLATE_NOOP("Mrz", "United Nations Organization"),
    "UNA": QT_TRANSLATE_NOOP("Mrz", "Specialized agency of the United Nations"),
    "UNK": QT_TRANSLATE_NOOP("Mrz", "Resident of Kosovo (document issued by UNMIK)"),
    "EUE": QT_TRANSLATE_NOOP("Mrz", "European Union"),
    "XBA": QT_TRANSLATE_NOOP("Mrz", "African Development Bank"),
    "XIM": QT_TRANSLATE_NOOP("Mrz", "African Export-Import Bank"),
    "XCC": QT_TRANSLATE_NOOP("Mrz", "Caribbean Community (CARICOM)"),
    "XCE": QT_TRANSLATE_NOOP("Mrz", "Council of Europe"),
    "XCO": QT_TRANSLATE_NOOP("Mrz", "Common Market for Eastern and Southern Africa"),
    "XDC": QT_TRANSLATE_NOOP("Mrz", "Southern African Development Community"),
    "XEC": QT_TRANSLATE_NOOP("Mrz", "Economic Community of West African States"),
    "XES": QT_TRANSLATE_NOOP("Mrz", "Organisation of Eastern Caribbean States"),
    "XMP": QT_TRANSLATE_NOOP("Mrz", "Parliamentary Assembly of the Mediterranean"),
    "XOM": QT_TRANSLATE_NOOP("Mrz", "Sovereign Military Order of Malta"),
    "XPO": QT_TRANSLATE_NOOP("Mrz", "INTERPOL"),
    "XXA": QT_TRANSLATE_NOOP("Mrz", "Stateless person (1954 Convention)"),
    "XXB": QT_TRANSLATE_NOOP("Mrz", "Refugee (1951 Convention)"),
    "XXC": QT_TRANSLATE_NOOP("Mrz", "Refugee (other than under the 1951 Convention)"),
    "XXX": QT_TRANSLATE_NOOP("Mrz", "Nationality unspecified"),
    # Not in 9303's list, but printed by Kosovo's own passports; ISO has no code for Kosovo.
    "RKS": QT_TRANSLATE_NOOP("Mrz", "Kosovo"),
    SPECIMEN_CODE: QT_TRANSLATE_NOOP("Mrz", "Utopia (ICAO specimen documents)"),
}


@dataclass(frozen=True)
class StateCode:
    """An issuing state or nationality. `mrz` as printed ("D"), `code` for records and display
    ("DEU"), `name` in English (None when unknown); `source` is "iso", "icao" (ICAO_CODES,
    the specimen UTO included), "former" (a withdrawn ISO code) or "unknown"."""

    mrz: str
    code: str
    name: str | None
    source: str

    @property
    def known(self) -> bool:
        return self.source != "unknown"


def lookup_state(field: str) -> StateCode:
    """The 3-character field as printed, fillers included ("D<<", "UTO")."""
    mrz = field.rstrip("<")
    code = "DEU" if mrz == "D" else mrz
    if len(code) == 3 and code.isascii() and code.isalpha():
        if (name := country_name(code)) is not None:
            return StateCode(mrz, code, name, "iso")
        if code in ICAO_CODES:
            return StateCode(mrz, code, ICAO_CODES[code], "icao")
        if (former := pycountry.historic_countries.get(alpha_3=code)) is not None:
            return StateCode(mrz, code, str(former.name), "former")
    return StateCode(mrz, code, None, "unknown")
