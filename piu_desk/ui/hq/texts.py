"""Words the HQ screens share: a station's state of enrolment, a moment with a bundle's
number, the version and validity of a watchlist release.

Imports no other screen package: the watchlist section imports the banner, which uses
these, and the record screens import the watchlist section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

if TYPE_CHECKING:
    from piu_desk.core.exchange.stations import StationStatus

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
MOMENT_FORMAT = "d MMM yyyy HH:mm"
DATE_FORMAT = "d MMM yyyy"
DASH = "—"


def fill(text: str, **values: object) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


def moment(iso: str | None) -> str:
    """A UTC time of the exchange as local time, to the minute; a dash when none."""
    if not iso:
        return DASH
    local = QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime()
    return QLocale().toString(local, MOMENT_FORMAT) if local.isValid() else iso


def format_date(iso: str | None) -> str:
    """The date of an ISO date or moment (an expiry: the day as written, not shifted)."""
    if not iso:
        return DASH
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, DATE_FORMAT) if day.isValid() else iso


def moment_text(iso: str | None, sequence: int | None) -> str:
    if not iso:
        return DASH
    if sequence is None:
        return moment(iso)
    return fill(translate("HqTexts", "{time}, no. {number}"), time=moment(iso),
                number=sequence)


def state_text(status: StationStatus) -> str:
    if status.revoked:
        return translate("HqTexts", "Revoked")
    if status.pinned:
        return translate("HqTexts", "Keys pinned")
    if status.expected:
        return translate("HqTexts", "Enrolled, keys not yet pinned")
    return DASH


def state_help(status: StationStatus) -> str:
    """What the state means and what to do about it."""
    if status.revoked:
        return translate("HqTexts", "Its keys were revoked: its bundles are refused and none "
                                    "is written for it.")
    if status.pinned:
        return translate("HqTexts", "Bundles go both ways.")
    if status.expected:
        return translate("HqTexts", "Its enrolment file was written; pin its keys when its "
                                    "key file comes back, after comparing the fingerprint "
                                    "read out by phone.")
    return ""


def valid_until(version: int, expires_at: str) -> str:
    return fill(translate("HqTexts", "Version {version}, valid until {date}"),
                version=version, date=format_date(expires_at))
