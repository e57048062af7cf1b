"""ISO 6346 container numbers: shape, letter values and the check digit."""

from __future__ import annotations

import pytest

from piu_desk.core.domain.containers import (
    LETTER_VALUES,
    check_digit,
    is_container_number,
    validate_container_number,
)
from piu_desk.core.errors import Invalid


def test_letter_values_skip_multiples_of_eleven() -> None:
    assert (LETTER_VALUES["A"], LETTER_VALUES["B"], LETTER_VALUES["K"],
            LETTER_VALUES["L"], LETTER_VALUES["U"], LETTER_VALUES["V"],
            LETTER_VALUES["Z"]) == (10, 12, 21, 23, 32, 34, 38)
    assert not {11, 22, 33} & set(LETTER_VALUES.values())


def test_the_standard_example_by_hand() -> None:
    # C=13 S=30 Q=28 U=32 then the digits, each times 2 to the power of its position
    values = [13, 30, 28, 32, 3, 0, 5, 4, 3, 8]
    total = sum(v * 2 ** i for i, v in enumerate(values))
    assert total % 11 % 10 == 3 == check_digit("CSQU305438")


@pytest.mark.parametrize("number", [
    "CSQU3054383",  # ISO 6346's own example
    "MSKU1234565", "MSCU6639870", "TGHU2143395", "HLXU1234561", "APZU3211480",
    "csqu 305438 3", "CSQU-305438-3",  # written with spaces, dashes, lower case
    "ABCJ1234563", "ABCZ0000005",  # detachable equipment, trailer
])
def test_valid_numbers(number: str) -> None:
    assert is_container_number(number)
    assert len(validate_container_number(number)) == 11


def test_a_remainder_of_ten_gives_zero() -> None:
    # find a number whose sum mod 11 is 10 and check its digit is 0
    for serial in range(1000):
        first = f"ABCU{serial:06d}"
        total = sum((int(c) if c.isdigit() else LETTER_VALUES[c]) << i
                    for i, c in enumerate(first))
        if total % 11 == 10:
            assert check_digit(first) == 0
            assert is_container_number(first + "0")
            return
    pytest.fail("no example found")


@pytest.mark.parametrize("number", [
    "CSQU3054384",  # wrong check digit
    "MSKU1234566",
    "CSQX3054383",  # category not U, J or Z
    "CS1U3054383",  # digit in the owner code
    "CSQU305438",  # too short
    "CSQU30543833",  # too long
    "", "1234567890A",
])
def test_invalid_numbers(number: str) -> None:
    assert not is_container_number(number)
    with pytest.raises(Invalid) as exc:
        validate_container_number(number)
    assert exc.value.field == "container"


def test_a_transposition_is_caught() -> None:
    assert not is_container_number("CSQU3045383")
