"""How tip-offs read on screen: channels, statuses, handling codes and grades in the UI
language. A grade is always shown with its scheme ("B2 · Admiralty"), never converted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from piu_desk.core.domain.grading import Grade, Scheme, meaning
from piu_desk.core.domain.handling import HANDLING_LABELS, Handling
from piu_desk.core.domain.tipoff import (
    CHANNEL_LABELS,
    CONFIRMATION_LABELS,
    LINKED,
    STATUS_LABELS,
    SUBJECT_LABELS,
    Channel,
    Confirmation,
    Status,
    StatusMove,
    Subject,
    TipOff,
)
from piu_desk.core.text import QT_TRANSLATE_NOOP
from piu_desk.ui.admin.common import local_time
from piu_desk.ui.errors import tr_core
from piu_desk.ui.records.common import MOMENT_FORMAT

CONTEXT = "TipOffs"
# The schemes' short names, for a list column and a matrix title.
SCHEME_NAMES = {
    Scheme.ADMIRALTY: QT_TRANSLATE_NOOP("TipOffs", "Admiralty"),
    Scheme.UK_3X5X2: QT_TRANSLATE_NOOP("TipOffs", "UK 3x5x2"),
}
SUBJECTS_SHOWN = 3


def tr(text: str) -> str:
    """A text marked in context "TipOffs" elsewhere (SCHEME_NAMES)."""
    return QCoreApplication.translate(CONTEXT, text)


def channel_text(channel: Channel) -> str:
    return tr_core("Intel", CHANNEL_LABELS[Channel(channel)])


def status_text(status: Status) -> str:
    return tr_core("Intel", STATUS_LABELS[Status(status)])


def handling_text(handling: Handling) -> str:
    return tr_core("Intel", HANDLING_LABELS[Handling(handling)])


def confirmation_text(confirmation: Confirmation) -> str:
    return tr_core("Intel", CONFIRMATION_LABELS[Confirmation(confirmation)])


def scheme_name(scheme: Scheme) -> str:
    return tr(SCHEME_NAMES[Scheme(scheme)])


def grade_text(grade: Grade | None) -> str:
    """"B2 · Admiralty", or "Not graded"."""
    if grade is None:
        return QCoreApplication.translate("TipOffs", "Not graded")
    return f"{grade.code} · {scheme_name(grade.scheme)}"


def grade_meaning(grade: Grade | None) -> str:
    """Each part of the grade in words: "Usually reliable; Probably true"."""
    if grade is None:
        return ""
    return "; ".join(m.render(tr_core) for m in meaning(grade))


def channel_line(t: TipOff) -> str:
    """The channel, with the source's code for a human source (never more of it)."""
    if t.channel == Channel.HUMAN_SOURCE and t.source_code:
        return f"{channel_text(t.channel)} · {t.source_code}"
    return channel_text(t.channel)


def subject_text(s: Subject) -> str:
    """"Vessel: HAI PHONG STAR", "Container: CSQU3054383"."""
    kind = tr_core("Intel", SUBJECT_LABELS[s.kind])
    name = s.text or (f"#{s.ref}" if s.kind in LINKED else "")
    return (QCoreApplication.translate("TipOffs", "{kind}: {name}")
            .replace("{kind}", kind).replace("{name}", name))


def subjects_summary(t: TipOff) -> str:
    """The first few subjects' names, and how many more."""
    names = [s.text or subject_text(s) for s in t.subjects[:SUBJECTS_SHOWN]]
    more = len(t.subjects) - SUBJECTS_SHOWN
    if more > 0:
        names.append(QCoreApplication.translate("TipOffs", "+{n} more").replace("{n}", str(more)))
    return ", ".join(names)


def stamp_text(iso: str) -> str:
    """When something was done (a UTC time stamp), as local time to the minute."""
    moment = local_time(iso)
    return QLocale().toString(moment, MOMENT_FORMAT) if moment.isValid() else iso


def move_text(m: StatusMove, names: dict[str, str] | None = None) -> str:
    """"Assessed — Keo Sopheap, 28 Nov 2026 08:00"."""
    who = (names or {}).get(m.by, m.by)
    return (QCoreApplication.translate("TipOffs", "{status} — {who}, {when}")
            .replace("{status}", status_text(m.status)).replace("{who}", who)
            .replace("{when}", stamp_text(m.at)))
