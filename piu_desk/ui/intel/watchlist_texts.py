"""What the watchlist screens say about an entry: kind, origin and handling code in the UI
language, its date of birth or IMO number, its nationality or flag, its documents, and the
colours that mark an expired entry. Also who may do what on these screens (the core checks
again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.handling import HANDLING_LABELS, Handling
from piu_desk.core.domain.watchlist import (
    KIND_LABELS,
    ORIGIN_LABELS,
    EntryKind,
    Origin,
    WatchEntry,
)
from piu_desk.core.intel.watchlist import EDITORS
from piu_desk.ui.errors import tr_core
from piu_desk.ui.records.common import country_text, format_date

# (background, text) of an expired entry's row, and the text of its "expired" mark.
EXPIRED_COLOURS = ("#f1f3f4", "#6b6b6b")
EXPIRED_MARK = "#a50e0e"


def intel_text(source: str) -> str:
    """A label the core marked in context "Intel"."""
    return tr_core("Intel", source)


def kind_text(kind: EntryKind) -> str:
    return intel_text(KIND_LABELS[kind])


def origin_text(origin: Origin) -> str:
    return intel_text(ORIGIN_LABELS[origin])


def handling_text(handling: Handling) -> str:
    return intel_text(HANDLING_LABELS[handling])


def names_text(e: WatchEntry) -> str:
    """The main name, then the aliases or former names: "NGUYEN VAN AN / NGUYEN AN"."""
    return " / ".join(e.names)


def names_tooltip(e: WatchEntry) -> str:
    if len(e.names) < 2:
        return e.name
    if e.kind is EntryKind.PERSON:
        label = QCoreApplication.translate("Watchlist", "Aliases:")
    else:
        label = QCoreApplication.translate("Watchlist", "Former names:")
    return e.name + "\n" + label + " " + ", ".join(e.names[1:])


def birth_text(iso: str) -> str:
    """A full date of birth in the UI language; a year alone as it is."""
    return iso if len(iso) == 4 else format_date(iso)


def born_or_imo(e: WatchEntry) -> str:
    if e.kind is EntryKind.PERSON:
        return birth_text(e.date_of_birth)
    if not e.imo:
        return ""
    return QCoreApplication.translate("Watchlist", "IMO {imo}").replace("{imo}", e.imo)


def country_code(e: WatchEntry) -> str:
    return e.nationality if e.kind is EntryKind.PERSON else e.flag


def documents_text(e: WatchEntry) -> str:
    """A person's document numbers; a vessel's MMSI and call sign."""
    if e.kind is EntryKind.PERSON:
        return ", ".join(e.documents)
    parts = []
    if e.mmsi:
        text = QCoreApplication.translate("Watchlist", "MMSI {mmsi}")
        parts.append(text.replace("{mmsi}", e.mmsi))
    if e.call_sign:
        text = QCoreApplication.translate("Watchlist", "call sign {call_sign}")
        parts.append(text.replace("{call_sign}", e.call_sign))
    return " · ".join(parts)


def expires_text(e: WatchEntry, expired: bool) -> str:
    when = format_date(e.expires)
    if not expired:
        return when
    return QCoreApplication.translate("Watchlist", "EXPIRED {date}").replace("{date}", when)


def country_tooltip(e: WatchEntry) -> str:
    return country_text(country_code(e))


def may_edit(desk: Desk) -> bool:
    """Officers, supervisors and exchange officers keep the watchlist."""
    session = desk.session
    return session is not None and any(session.has(r) for r in EDITORS)


def may_rebuild(desk: Desk) -> bool:
    session = desk.session
    return session is not None and (session.has(Role.SUPERVISOR) or session.has(Role.ADMIN))
