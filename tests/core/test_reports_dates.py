"""Dates and numbers on printouts, in English and Khmer, with and without Khmer digits."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from piu_desk.core.reports import dates

DAY = date(2026, 11, 28)  # a Saturday


def test_english_dates() -> None:
    assert dates.format_date(DAY, "en") == "28 November 2026"
    assert dates.format_date(DAY, "en", weekday=True) == "Saturday 28 November 2026"
    assert dates.format_date(date(2027, 1, 3), "en", numeric=True) == "03/01/2027"
    assert dates.format_date(DAY, "en", khmer_digits=True) == "28 November 2026"


def test_khmer_dates_use_khmer_month_names_as_qlocale_does() -> None:
    assert dates.format_date(DAY, "km") == "28 វិច្ឆិកា 2026"
    assert dates.format_date(DAY, "km", weekday=True) == "សៅរ៍ 28 វិច្ឆិកា 2026"
    assert [dates.format_date(date(2026, m, 1), "km").split()[1] for m in (1, 2, 12)] == [
        "មករា", "កុម្ភៈ", "ធ្នូ"]


def test_khmer_digits() -> None:
    assert dates.khmer_digits("0123456789") == "០១២៣៤៥៦៧៨៩"
    assert dates.format_date(DAY, "km", khmer_digits=True) == "២៨ វិច្ឆិកា ២០២៦"
    assert dates.format_date(DAY, "km", khmer_digits=True, numeric=True) == "២៨/១១/២០២៦"
    assert dates.format_number(12345, "km", khmer_digits=True) == "១២,៣៤៥"
    assert dates.format_number(12345, "en", khmer_digits=True) == "12,345"


def test_times_are_24_hour() -> None:
    assert dates.format_time(time(8, 5), "en") == "08:05"
    assert dates.format_time(time(20, 5, 9), "km", khmer_digits=True, seconds=True) == \
        "២០:០៥:០៩"
    assert dates.format_datetime(datetime(2026, 11, 28, 17, 30), "en") == \
        "28 November 2026 17:30"
    assert dates.format_datetime(datetime(2026, 11, 28, 17, 30), "km", khmer_digits=True) == \
        "២៨ វិច្ឆិកា ២០២៦ ១៧:៣០"


def test_every_day_of_a_year_formats_in_both_languages() -> None:
    day = date(2028, 1, 1)  # a leap year
    while day.year == 2028:
        for language in dates.LANGUAGES:
            text = dates.format_date(day, language, weekday=True)
            assert str(day.day) in text and "2028" in text
        day = date.fromordinal(day.toordinal() + 1)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        dates.format_date(DAY, "fr")
