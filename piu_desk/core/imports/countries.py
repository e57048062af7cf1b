"""Nationalities and states as sheets write them: "VNM", "VN", "VIET NAM", "Indonesian",
"Filipino" → ISO 3166-1 alpha-3 (or an ICAO code such as XXA), saying how it was read.

Codes go through the domain's `validate_nationality`; names through pycountry's lookups
(name, official and common name); what pycountry does not know — demonyms and everyday names
("Burma", "Russia", "P.R. China") — through the small tables below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import pycountry

from piu_desk.core.domain.crew import validate_nationality
from piu_desk.core.errors import Invalid
from piu_desk.core.imports.sheet_text import fold

DEMONYMS = {
    "AFGHAN": "AFG", "AMERICAN": "USA", "ARGENTINE": "ARG", "ARGENTINIAN": "ARG",
    "AUSTRALIAN": "AUS", "AZERBAIJANI": "AZE", "BANGLADESHI": "BGD", "BRAZILIAN": "BRA",
    "BRITISH": "GBR", "BRUNEIAN": "BRN", "BULGARIAN": "BGR", "BURMESE": "MMR",
    "CAMBODIAN": "KHM", "CANADIAN": "CAN", "CHILEAN": "CHL", "CHINESE": "CHN",
    "COLOMBIAN": "COL", "CROATIAN": "HRV", "CUBAN": "CUB", "DANISH": "DNK", "DUTCH": "NLD",
    "EAST TIMORESE": "TLS", "EGYPTIAN": "EGY", "EMIRATI": "ARE", "ERITREAN": "ERI",
    "ESTONIAN": "EST", "ETHIOPIAN": "ETH", "FIJIAN": "FJI", "FILIPINA": "PHL",
    "FILIPINO": "PHL", "FINNISH": "FIN", "FRENCH": "FRA", "GEORGIAN": "GEO", "GERMAN": "DEU",
    "GHANAIAN": "GHA", "GREEK": "GRC", "HONDURAN": "HND", "INDIAN": "IND",
    "INDONESIAN": "IDN", "IRANIAN": "IRN", "IRAQI": "IRQ", "ITALIAN": "ITA",
    "JAPANESE": "JPN", "JORDANIAN": "JOR", "KAZAKH": "KAZ", "KENYAN": "KEN", "KHMER": "KHM",
    "KOREAN": "KOR", "LAOTIAN": "LAO", "LATVIAN": "LVA", "LEBANESE": "LBN", "LIBERIAN": "LBR",
    "LITHUANIAN": "LTU", "MALAGASY": "MDG", "MALAYSIAN": "MYS", "MEXICAN": "MEX",
    "MONGOLIAN": "MNG", "MONTENEGRIN": "MNE", "MOROCCAN": "MAR", "MYANMARESE": "MMR",
    "NEPALESE": "NPL", "NEPALI": "NPL", "NIGERIAN": "NGA", "NORTH KOREAN": "PRK",
    "NORWEGIAN": "NOR", "PAKISTANI": "PAK", "PANAMANIAN": "PAN", "PERUVIAN": "PER",
    "PHILIPPINE": "PHL", "POLISH": "POL", "PORTUGUESE": "PRT", "ROMANIAN": "ROU",
    "RUSSIAN": "RUS", "SAMOAN": "WSM", "SAUDI": "SAU", "SINGAPOREAN": "SGP",
    "SOMALI": "SOM", "SOUTH AFRICAN": "ZAF", "SOUTH KOREAN": "KOR", "SPANISH": "ESP",
    "SRI LANKAN": "LKA", "SUDANESE": "SDN", "SWEDISH": "SWE", "SYRIAN": "SYR",
    "TAIWANESE": "TWN", "TANZANIAN": "TZA", "THAI": "THA", "TIMORESE": "TLS", "TONGAN": "TON",
    "TUNISIAN": "TUN", "TURKISH": "TUR", "TUVALUAN": "TUV", "UKRAINIAN": "UKR",
    "UZBEK": "UZB", "VIETNAMESE": "VNM", "YEMENI": "YEM",
}
NAMES = {
    "BURMA": "MMR", "CAPE VERDE": "CPV", "CZECH REPUBLIC": "CZE", "DPRK": "PRK",
    "EAST TIMOR": "TLS", "ENGLAND": "GBR", "GREAT BRITAIN": "GBR", "HOLLAND": "NLD",
    "IVORY COAST": "CIV", "KAMPUCHEA": "KHM", "KINGDOM OF CAMBODIA": "KHM", "KOREA": "KOR",
    "LAO PDR": "LAO", "MICRONESIA": "FSM", "NORTH KOREA": "PRK", "P R CHINA": "CHN",
    "PALESTINE": "PSE", "PEOPLES REPUBLIC OF CHINA": "CHN", "PR CHINA": "CHN", "PRC": "CHN",
    "REPUBLIC OF KOREA": "KOR", "RUSSIA": "RUS", "RUSSIAN FEDERATION": "RUS",
    "SOUTH KOREA": "KOR", "SYRIA": "SYR", "TIMOR LESTE": "TLS", "TURKEY": "TUR",
    "U S A": "USA", "UK": "GBR", "UNITED KINGDOM": "GBR", "UNITED STATES": "USA",
    "UNITED STATES OF AMERICA": "USA", "US": "USA", "USA": "USA", "VIETNAM": "VNM",
}
_NOT_LETTERS = re.compile(r"[^A-Z]+")


class ReadAs(StrEnum):
    CODE = "code"  # already a three-letter (or ICAO) code
    ALPHA2 = "alpha-2"  # a two-letter ISO code, written with three
    NAME = "name"  # a country's name
    DEMONYM = "demonym"  # "Indonesian", "Filipino"


@dataclass(frozen=True)
class CountryMatch:
    code: str
    read_as: ReadAs

    @property
    def mapped(self) -> bool:
        """True when the sheet did not give the code itself: worth telling the officer."""
        return self.read_as is not ReadAs.CODE


def _key(text: str) -> str:
    return " ".join(_NOT_LETTERS.split(fold(text).upper())).strip()


@lru_cache(maxsize=1024)
def country_code(text: str) -> CountryMatch | None:
    """The alpha-3 code for a code, name or demonym; None when it is none of them (also for a
    blank: the caller decides whether blank is allowed)."""
    key = _key(text)
    if not key:
        return None
    if len(key) == 2 and (two := pycountry.countries.get(alpha_2=key)) is not None:
        return CountryMatch(str(two.alpha_3), ReadAs.ALPHA2)
    compact = key.replace(" ", "")
    if len(compact) <= 3:
        try:
            return CountryMatch(validate_nationality(compact), ReadAs.CODE)
        except Invalid:
            pass
    key = key.removeprefix("THE ")
    if key in DEMONYMS:
        return CountryMatch(DEMONYMS[key], ReadAs.DEMONYM)
    if key in NAMES:
        return CountryMatch(NAMES[key], ReadAs.NAME)
    for candidate in (key, " ".join(text.split())):
        try:
            found = pycountry.countries.lookup(candidate)
        except LookupError:
            continue
        return CountryMatch(str(found.alpha_3), ReadAs.NAME)
    return None
