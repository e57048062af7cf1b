"""Machine-readable zones (ICAO Doc 9303): parse, verify every check digit, explain exactly
which field is wrong, and report it field by field.

`parse` reads and verifies, `model` is the result record and the check-digit rule, `codes`
the issuing-state and nationality codes, `report` the text and JSON output.
"""

from piu_desk.core.domain.mrz.codes import ICAO_CODES, StateCode, lookup_state
from piu_desk.core.domain.mrz.model import (
    CheckDigit,
    MrzFormat,
    MrzResult,
    Problem,
    char_value,
    check_digit,
)
from piu_desk.core.domain.mrz.parse import LAYOUTS, is_complete, parse_mrz, split_lines
from piu_desk.core.domain.mrz.report import format_report, to_json

__all__ = [
    "ICAO_CODES", "LAYOUTS", "CheckDigit", "MrzFormat", "MrzResult", "Problem", "StateCode",
    "char_value", "check_digit", "format_report", "is_complete", "lookup_state", "parse_mrz",
    "split_lines", "to_json",
]
