"""Grades keep their scheme: Admiralty "B2" and UK 3x5x2 "1BP" are never converted."""

from __future__ import annotations

import pytest

from piu_desk.core.domain.grading import (
    ADMIRALTY_INFORMATION,
    ADMIRALTY_SOURCE,
    UK_HANDLING,
    UK_INTELLIGENCE,
    UK_SOURCE,
    AdmiraltyGrade,
    Scheme,
    UkGrade,
    meaning,
    parse_grade,
    validate_grade,
)
from piu_desk.core.errors import Invalid


def test_the_schemes_have_their_sizes() -> None:
    assert (len(ADMIRALTY_SOURCE), len(ADMIRALTY_INFORMATION)) == (6, 6)
    assert (len(UK_SOURCE), len(UK_INTELLIGENCE), len(UK_HANDLING)) == (3, 5, 2)


def test_admiralty_is_written_letter_then_number() -> None:
    g = parse_grade(Scheme.ADMIRALTY, " b2 ")
    assert g == AdmiraltyGrade("B", "2")
    assert (g.code, g.scheme) == ("B2", Scheme.ADMIRALTY)
    assert [m.text for m in meaning(g)] == ["Usually reliable", "Probably true"]


def test_3x5x2_is_written_source_intelligence_handling() -> None:
    g = parse_grade(Scheme.UK_3X5X2, "1bp")
    assert g == UkGrade("1", "B", "P")
    assert (g.code, g.scheme) == ("1BP", Scheme.UK_3X5X2)
    assert [m.text for m in meaning(g)] == [
        "Reliable", "Known indirectly to the source but corroborated",
        "Lawful sharing permitted"]


@pytest.mark.parametrize(("scheme", "code"), [
    (Scheme.ADMIRALTY, "G2"), (Scheme.ADMIRALTY, "B7"), (Scheme.ADMIRALTY, "2B"),
    (Scheme.ADMIRALTY, "1BP"),  # a 3x5x2 grade is not read as Admiralty
    (Scheme.UK_3X5X2, "B2"),  # nor an Admiralty grade as 3x5x2
    (Scheme.UK_3X5X2, "4AP"), (Scheme.UK_3X5X2, "1FP"), (Scheme.UK_3X5X2, "1A3"),
    (Scheme.UK_3X5X2, ""),
])
def test_a_grade_outside_its_scheme_is_refused(scheme: Scheme, code: str) -> None:
    with pytest.raises(Invalid) as exc:
        parse_grade(scheme, code)
    assert exc.value.field == "grade"


def test_validate_checks_each_part() -> None:
    assert validate_grade(AdmiraltyGrade("a", "1")) == AdmiraltyGrade("A", "1")
    with pytest.raises(Invalid):
        validate_grade(AdmiraltyGrade("A", "0"))
    with pytest.raises(Invalid):
        validate_grade(UkGrade("2", "C", "X"))


def test_no_conversion_between_schemes() -> None:
    admiralty, uk = AdmiraltyGrade("A", "1"), UkGrade("1", "A", "P")
    assert admiralty != uk  # the "same-looking" best grades are not the same grade
    for a, b in ((admiralty, uk), (uk, admiralty), (admiralty, admiralty)):
        with pytest.raises(TypeError):
            _ = a < b  # type: ignore[operator]
        with pytest.raises(TypeError):
            _ = a >= b  # type: ignore[operator]
    import piu_desk.core.domain.grading as grading
    assert not [n for n in dir(grading) if "convert" in n.lower() or "to_" in n.lower()]
