"""What the record screens share: dates in the UI language, flags, ports and ship types
as an officer reads them, the optional dialogs of other packages, and calling the core with
inline messages for invalid input."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QTableView,
    QWidget,
)
from shiboken6 import isValid

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.identifiers import country_name, ship_type_label
from piu_desk.core.domain.places import port_name
from piu_desk.core.errors import Invalid
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import read_only
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")
TableT = TypeVar("TableT", bound=QTableView)
MOMENT_FORMAT = "d MMM yyyy HH:mm"
DATE_FORMAT = "d MMM yyyy"
RECORD_ROLE = Qt.ItemDataRole.UserRole + 10
DASH = "—"
MUTED_STYLE = "color: #5f6368;"
# Room above for stacked marks (Vietnamese Ễ, Khmer vowels above) at a large size.
TITLE_STYLE = "font-size: 15pt; font-weight: bold; padding: 5px 0 0 0;"

# Dialogs built in other packages, opened from the port-call page when they exist.
CREW_LIST_DIALOG = "piu_desk.ui.crew_entry:CrewListDialog"
PERSON_ABOARD_DIALOG = "piu_desk.ui.crew_entry:PersonAboardDialog"
INSPECTION_DIALOG = "piu_desk.ui.inspections:InspectionDialog"
CREW_IMPORT_DIALOG = "piu_desk.ui.crew_import:CrewImportDialog"


@dataclass(frozen=True)
class Target:
    """A record to open: its kind (VESSEL, PORT_CALL, PERSON), its id, and for a port call
    the tab to show (CREW, ABOARD, INSPECTIONS; empty for the first)."""

    kind: str
    id: int
    tab: str = ""


VESSEL, PORT_CALL, PERSON = "vessel", "port_call", "person"
CREW, ABOARD, INSPECTIONS = "crew", "aboard", "inspections"


def can_edit(desk: Desk) -> bool:
    """Officers and supervisors record; exchange officers only read. (The core checks.)"""
    session = desk.session
    return session is not None and (session.has(Role.OFFICER) or session.has(Role.SUPERVISOR))


def format_moment(iso: str) -> str:
    """A port-local ISO date-time ("2026-11-27T08:30") in the UI language."""
    if not iso:
        return ""
    try:  # Python parses a thousand of these in the time Qt's format parser takes for ten
        parsed = datetime.fromisoformat(iso[:16])
    except ValueError:
        return iso
    moment = QDateTime(QDate(parsed.year, parsed.month, parsed.day),
                       QTime(parsed.hour, parsed.minute))
    return QLocale().toString(moment, MOMENT_FORMAT)


def format_date(iso: str) -> str:
    if not iso:
        return ""
    try:
        parsed = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return QLocale().toString(QDate(parsed.year, parsed.month, parsed.day), DATE_FORMAT)


def format_number(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(int(value))


def country_text(code: str) -> str:
    """"Vietnam (VNM)"; the code alone when it is not a country (an ICAO code such as XXA)."""
    if not code:
        return ""
    name = country_name(code)
    return f"{name} ({code})" if name else code


def port_text(code: str) -> str:
    """"VNSGN Ho Chi Minh City" for a known port, the UN/LOCODE alone otherwise."""
    if not code:
        return ""
    name = port_name(code)
    return f"{code} {name}" if name else code


def ship_type_text(code: int | None) -> str:
    if code is None:
        return ""
    return f"{code} — {ship_type_label(code).render(tr_core)}"


def optional_dialog(target: str) -> Callable[..., QDialog] | None:
    """The dialog class `package.module:Class`, or None while that package is not there.

    A package that exists but fails to import is a bug there: it is logged, and the button
    that would open it stays hidden rather than breaking this screen."""
    module_name, _, name = target.partition(":")
    try:
        if importlib.util.find_spec(module_name) is None:
            return None
        found: Callable[..., QDialog] | None = getattr(importlib.import_module(module_name),
                                                       name, None)
    except Exception:  # someone else's module: never take this screen down with it
        log.exception("cannot load %s", target)
        return None
    return found


class _Relay(QObject):
    done = Signal(object, object)  # result, error


def in_background(desk: Desk, work: Callable[[], T], parent: QWidget,
                  on_done: Callable[[T | None, BaseException | None], None]) -> None:
    """Run `work` on the database thread without a progress dialog (a read that may take
    a moment on a large store); `on_done(result, error)` runs on the GUI thread, unless
    `parent` was deleted meanwhile."""
    relay = _Relay()

    def deliver(result: Any, error: Any) -> None:
        relay.deleteLater()
        if isValid(parent):
            on_done(result, error)

    relay.done.connect(deliver, Qt.ConnectionType.QueuedConnection)
    future: Future[T] = desk.submit(work)  # type: ignore[assignment]

    def settle(fut: Future[T]) -> None:
        error = fut.exception()
        relay.done.emit(None if error else fut.result(), error)
    future.add_done_callback(settle)


def attempt(tasks: TaskRunner, parent: QWidget | None, work: Callable[[], T],
            on_invalid: Callable[[Invalid], None]) -> T | None:
    """A quick core call on the GUI thread. Invalid input goes to `on_invalid` (an inline
    message); other errors are shown; the `Changes` it returns (alone or as the last item
    of a tuple) reach every screen. None when it failed."""
    try:
        result = work()
    except Invalid as exc:
        on_invalid(exc)
        return None
    except Exception as exc:  # every error reaches the officer or the log
        show_error(parent, exc)
        return None
    changes: Any = result[-1] if isinstance(result, tuple) and result else result
    if isinstance(changes, Changes):
        tasks.changed.emit(changes)
    return result


def today(desk: Desk) -> QDate:
    """The desk clock's date here (tests set the clock; port times are local)."""
    moment = QDateTime.fromString(desk.now(), Qt.DateFormat.ISODate)
    return moment.toLocalTime().date() if moment.isValid() else QDate.currentDate()


def record_table(name: str, parent: QWidget | None = None) -> QTableView:
    """A read-only table of records: whole rows selected, one at a time."""
    table = QTableView(parent)
    table.setObjectName(name)
    return configured(table)


def configured(table: TableT) -> TableT:
    read_only(table)
    table.horizontalHeader().setHighlightSections(False)
    # Columns fitted to the rows in sight, not to a thousand of them on every change.
    table.horizontalHeader().setResizeContentsPrecision(0)
    return table


def value_label(name: str = "") -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    # Room for stacked marks above capitals (Vietnamese Ễ). Not selectable: Qt clips a
    # selectable label's text to its lines, which cuts those marks off.
    label.setContentsMargins(0, 3, 0, 0)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class Particulars(QWidget):
    """Labelled values in columns, as on a form; the labels are set by `set_labels`."""

    def __init__(self, keys: list[str], columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.labels = {key: QLabel() for key in keys}
        self.values = {key: value_label(f"value_{key}") for key in keys}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        rows = (len(keys) + columns - 1) // columns
        for i, key in enumerate(keys):
            row, col = i % rows, (i // rows) * 2
            self.labels[key].setStyleSheet(MUTED_STYLE)
            self.labels[key].setAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.labels[key], row, col)
            grid.addWidget(self.values[key], row, col + 1)
            grid.setColumnStretch(col + 1, 1)

    def set_labels(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            self.labels[key].setText(text)

    def set_values(self, values: dict[str, str]) -> None:
        for key, text in values.items():
            self.values[key].setText(text or DASH)

    def value(self, key: str) -> str:
        return self.values[key].text()
