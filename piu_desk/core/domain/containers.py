"""Container numbers (ISO 6346): owner code, category, serial number and check digit.

A number is four letters (three for the owner, then the category: U freight container,
J detachable equipment, Z trailer or chassis), six digits and a check digit. Each of the
first ten characters has a value (digits their own; letters from A = 10 upwards, skipping
11, 22 and 33, the multiples of 11) weighted by 2 to the power of its position; the sum
modulo 11, then modulo 10 (so a remainder of 10 gives 0), is the check digit.
"""

from __future__ import annotations

import re
import string

from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

CATEGORIES = frozenset("UJZ")
_SHAPE = re.compile(r"[A-Z]{3}[UJZ][0-9]{7}")


def _letter_values() -> dict[str, int]:
    values: dict[str, int] = {}
    value = 10
    for letter in string.ascii_uppercase:
        if value % 11 == 0:
            value += 1
        values[letter] = value
        value += 1
    return values


LETTER_VALUES = _letter_values()  # A=10, B=12, ..., K=21, L=23, ..., U=32, V=34, ..., Z=38


def normalise(text: str) -> str:
    """Upper case without spaces, dashes, dots or slashes ("CSQU 305438-3" → CSQU3054383)."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


def check_digit(first_ten: str) -> int:
    """The check digit of an owner code, category and serial number (ten characters)."""
    total = 0
    for position, ch in enumerate(first_ten):
        value = int(ch) if ch.isdigit() else LETTER_VALUES[ch]
        total += value << position
    return total % 11 % 10


def is_container_number(text: str) -> bool:
    number = normalise(text)
    return bool(_SHAPE.fullmatch(number)) and check_digit(number[:10]) == int(number[10])


def validate_container_number(text: str, field_name: str = "container") -> str:
    """The number written together in capitals, or Invalid saying what is wrong."""
    number = normalise(text)
    if not _SHAPE.fullmatch(number):
        raise Invalid(field_name, Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A container number is three letters for the owner, U, J or Z, "
            "six digits and a check digit, such as CSQU3054383.")))
    if check_digit(number[:10]) != int(number[10]):
        raise Invalid(field_name, Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The check digit of this container number is wrong: check every "
            "letter and digit against the container.")))
    return number
