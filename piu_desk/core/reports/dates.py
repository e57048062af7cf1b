"""Dates and numbers in English and Khmer for printouts, without Qt.

The forms follow what `QLocale("km_KH")` shows in the UI (long date "សៅរ៍ 28 វិច្ឆិកា 2026",
Khmer month names), with Khmer digits (០១២៣៤៥៦៧៨៩) on request. Times are 24-hour.
"""

from __future__ import annotations

from datetime import date, datetime, time

ENGLISH = "en"
KHMER = "km"
LANGUAGES = (ENGLISH, KHMER)

MONTHS = {
    ENGLISH: ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    KHMER: ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
            "តុលា", "វិច្ឆិកា", "ធ្នូ"),
}
WEEKDAYS = {  # Monday first, as date.weekday()
    ENGLISH: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    KHMER: ("ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ"),
}
_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unknown report language {language!r}; use one of {LANGUAGES}")
    return language


def khmer_digits(text: str) -> str:
    """Western digits replaced by Khmer digits; everything else kept."""
    return text.translate(_KHMER_DIGITS)


def digits(text: str, language: str, use_khmer_digits: bool) -> str:
    return khmer_digits(text) if language == KHMER and use_khmer_digits else text


def format_date(value: date, language: str, *, khmer_digits: bool = False,
                weekday: bool = False, numeric: bool = False) -> str:
    """28 November 2026 / 28 វិច្ឆិកា 2026; with the weekday first when asked
    ("Saturday 28 November 2026"); numeric is day/month/year ("28/11/2026")."""
    check_language(language)
    if numeric:
        text = f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    else:
        text = f"{value.day} {MONTHS[language][value.month - 1]} {value.year:04d}"
        if weekday:
            text = f"{WEEKDAYS[language][value.weekday()]} {text}"
    return digits(text, language, khmer_digits)


def format_time(value: time | datetime, language: str, *, khmer_digits: bool = False,
                seconds: bool = False) -> str:
    check_language(language)
    text = f"{value.hour:02d}:{value.minute:02d}"
    if seconds:
        text += f":{value.second:02d}"
    return digits(text, language, khmer_digits)


def format_datetime(value: datetime, language: str, *, khmer_digits: bool = False,
                    numeric: bool = False) -> str:
    """The date then the 24-hour time: "28 November 2026 08:30"."""
    day = format_date(value.date(), language, khmer_digits=khmer_digits, numeric=numeric)
    return f"{day} {format_time(value, language, khmer_digits=khmer_digits)}"


def format_number(value: int, language: str, *, khmer_digits: bool = False) -> str:
    """An integer with thousands grouped by commas (as QLocale does for both languages)."""
    check_language(language)
    return digits(f"{value:,}", language, khmer_digits)
