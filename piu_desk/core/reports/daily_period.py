"""The period a daily report covers: one day, a shift with its times, or a range of days.

A period is two local port times, its start (included) and its end (left out): a day is
midnight to midnight, a shift may run past midnight (22:00 to 06:00), a range runs from the
first day's midnight to the midnight after the last day. Records keep their moments in two
ways (parts of the record are as the officer wrote them, in local port time without a zone;
the times the desk recorded something are UTC with a zone), so the period gives both forms
of its bounds. Its `key` ("2026-11-28T00:00/2026-11-29T00:00") is what the audit trail and
the verification code record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from piu_desk.core.errors import Invalid
from piu_desk.core.reports import dates
from piu_desk.core.session import iso
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

LONGEST_RANGE_DAYS = 366
MINUTES = "minutes"


def _invalid(field: str, text: str) -> Invalid:
    return Invalid(field, Message("Validation", text))


@dataclass(frozen=True)
class Period:
    """[start, end) in local port time, naive, to the minute."""

    start: datetime
    end: datetime

    # -- making one ----------------------------------------------------------------------
    @classmethod
    def day(cls, value: date) -> Period:
        start = datetime.combine(value, time())
        return cls(start, start + timedelta(days=1))

    @classmethod
    def days(cls, first: date, last: date) -> Period:
        """The days `first` to `last`, both included."""
        if last < first:
            raise _invalid("to", QT_TRANSLATE_NOOP(
                "Validation", "The last day cannot be before the first day."))
        if (last - first).days + 1 > LONGEST_RANGE_DAYS:
            raise _invalid("to", QT_TRANSLATE_NOOP(
                "Validation", "A report covers at most 366 days."))
        start = datetime.combine(first, time())
        return cls(start, datetime.combine(last, time()) + timedelta(days=1))

    @classmethod
    def shift(cls, value: date, begins: time, ends: time) -> Period:
        """A shift starting on `value` at `begins`; an end at or before the start is on the
        next day (a night shift)."""
        start = datetime.combine(value, begins.replace(second=0, microsecond=0))
        end = datetime.combine(value, ends.replace(second=0, microsecond=0))
        if end <= start:
            end += timedelta(days=1)
        return cls(start, end)

    @classmethod
    def from_key(cls, key: str) -> Period:
        """The period a `key` names (as recorded in the audit trail)."""
        first, _, second = key.partition("/")
        try:
            period = cls(datetime.fromisoformat(first), datetime.fromisoformat(second))
        except ValueError:
            raise _invalid("period", QT_TRANSLATE_NOOP(
                "Validation", "This is not a report period.")) from None
        if period.end <= period.start:
            raise _invalid("period", QT_TRANSLATE_NOOP(
                "Validation", "This is not a report period."))
        return period

    # -- what it is ----------------------------------------------------------------------
    @property
    def key(self) -> str:
        return f"{self.local_start}/{self.local_end}"

    @property
    def whole_days(self) -> bool:
        return self.start.time() == time() and self.end.time() == time()

    @property
    def is_day(self) -> bool:
        return self.whole_days and self.end - self.start == timedelta(days=1)

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        """The last calendar day the period touches."""
        return (self.end - timedelta(minutes=1)).date()

    # -- its bounds in the forms the store keeps -------------------------------------------
    @property
    def local_start(self) -> str:
        """"2026-11-28T00:00": compares as text with moments written in local port time."""
        return self.start.isoformat(timespec=MINUTES)

    @property
    def local_end(self) -> str:
        return self.end.isoformat(timespec=MINUTES)

    def utc_bounds(self, zone: tzinfo | None = None) -> tuple[str, str]:
        """The bounds as the desk writes UTC moments ("2026-11-27T17:00:00+00:00"), the
        local times read in `zone` (the computer's own zone, the port's, by default)."""
        def convert(moment: datetime) -> str:
            aware = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
            return iso(aware.astimezone(UTC))
        return convert(self.start), convert(self.end)

    def day_bounds(self) -> tuple[str, str]:
        """The first and last calendar day as ISO dates, for records dated by the day only
        (equipment events): a shift takes in its whole day."""
        return self.first_day.isoformat(), self.last_day.isoformat()

    # -- as a report prints it --------------------------------------------------------------
    def describe(self, language: str, *, khmer_digits: bool = True) -> str:
        """"Saturday 28 November 2026", "28 November 2026 22:00 – 29 November 2026 06:00",
        "1 November 2026 – 28 November 2026", in the report's language."""
        def day(value: date, weekday: bool = False) -> str:
            return dates.format_date(value, language, khmer_digits=khmer_digits,
                                     weekday=weekday)

        def clock(value: datetime) -> str:
            return dates.format_time(value, language, khmer_digits=khmer_digits)
        if self.is_day:
            return day(self.first_day, weekday=True)
        if self.whole_days:
            return f"{day(self.first_day)} – {day(self.last_day)}"
        if self.start.date() == self.end.date():
            return f"{day(self.first_day)} {clock(self.start)} – {clock(self.end)}"
        return (f"{day(self.start.date())} {clock(self.start)} – "
                f"{day(self.end.date())} {clock(self.end)}")

    def file_stem(self) -> str:
        """"2026-11-28", "2026-11-01-to-2026-11-28", "2026-11-28-2200" for file names."""
        if self.is_day:
            return self.first_day.isoformat()
        if self.whole_days:
            return f"{self.first_day.isoformat()}-to-{self.last_day.isoformat()}"
        return f"{self.first_day.isoformat()}-{self.start:%H%M}"
