"""The fields of the watchlist entry dialog: one-line texts, lists written one item a line
(aliases or former names, documents), codes with completion (nationality, flag), and the
reason. `EntryFields` fills them from an entry and reads them back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.ui.admin.common import named
from piu_desk.ui.records.fields import CodeEdit, country_edit

PERSON_ONLY = ("date_of_birth", "nationality", "documents")
VESSEL_ONLY = ("imo", "mmsi", "call_sign", "flag")
IDENTITY = ("name", "aliases", *PERSON_ONLY, *VESSEL_ONLY)
LISTING = ("reason", "issuer", "issued", "expires")
LINES = ("aliases", "documents", "reason")  # several lines of text
CODES = ("nationality", "flag")


def lines_of(edit: QPlainTextEdit) -> tuple[str, ...]:
    """The non-empty lines of a list field, trimmed."""
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _lines_edit(name: str, lines: int) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(), name)
    edit.setTabChangesFocus(True)
    height = QFontMetrics(edit.font()).lineSpacing() * lines + 12
    edit.setFixedHeight(height)
    return edit


class EntryFields:
    """`widgets` by field key (the core's `Invalid.field` names, "name" for the names)."""

    def __init__(self) -> None:
        self.edits: dict[str, QLineEdit] = {
            key: named(QLineEdit(), key)
            for key in (*IDENTITY, *LISTING) if key not in LINES and key not in CODES}
        self.edits_multi: dict[str, QPlainTextEdit] = {
            "aliases": _lines_edit("aliases", 3), "documents": _lines_edit("documents", 2),
            "reason": _lines_edit("reason", 4)}
        self.codes: dict[str, CodeEdit] = {key: country_edit(key) for key in CODES}
        self.widgets: dict[str, QWidget] = {**self.edits, **self.edits_multi, **self.codes}
        for key in ("date_of_birth", "issued", "expires", "imo", "mmsi", "call_sign"):
            self.edits[key].setMaximumWidth(220)
        self.read_only = False

    def text(self, key: str) -> str:
        return self.edits[key].text()

    def code(self, key: str) -> str:
        return self.codes[key].code()

    def fill(self, e: WatchEntry) -> None:
        self.edits["name"].setText(e.name)
        self.edits_multi["aliases"].setPlainText("\n".join(e.names[1:]))
        self.edits_multi["reason"].setPlainText(e.reason)
        for key in ("issuer", "issued", "expires"):
            self.edits[key].setText(getattr(e, key))
        if e.kind is EntryKind.PERSON:
            self.edits["date_of_birth"].setText(e.date_of_birth)
            self.codes["nationality"].setText(e.nationality)
            self.edits_multi["documents"].setPlainText("\n".join(e.documents))
        else:
            for key in ("imo", "mmsi", "call_sign"):
                self.edits[key].setText(getattr(e, key))
            self.codes["flag"].setText(e.flag)

    def set_read_only(self) -> None:
        """Shown, not edited (an entry from HQ): no hints of what to type either."""
        self.read_only = True
        for edit in (*self.edits.values(), *self.codes.values()):
            edit.setReadOnly(True)
            edit.setPlaceholderText("")
        for multi in self.edits_multi.values():
            multi.setReadOnly(True)
            multi.setPlaceholderText("")

    def retranslate(self) -> None:
        if self.read_only:
            return
        for key, text in placeholders().items():
            widget = self.widgets[key]
            assert isinstance(widget, QLineEdit | QPlainTextEdit)
            widget.setPlaceholderText(text)


def placeholders() -> dict[str, str]:
    date_hint = QCoreApplication.translate("Watchlist", "year-month-day, e.g. 2026-04-25")
    return {
        "aliases": QCoreApplication.translate(
            "Watchlist", "One a line: other spellings, other orders, names run together"),
        "date_of_birth": QCoreApplication.translate(
            "Watchlist", "1985-04-25, or the year only: 1985"),
        "nationality": QCoreApplication.translate("Watchlist", "3 letters, e.g. VNM"),
        "documents": QCoreApplication.translate(
            "Watchlist", "Passport or seafarer's book numbers, one a line"),
        "imo": QCoreApplication.translate("Watchlist", "7 digits"),
        "mmsi": QCoreApplication.translate("Watchlist", "9 digits"),
        "flag": QCoreApplication.translate("Watchlist", "3 letters, e.g. KHM"),
        "reason": QCoreApplication.translate(
            "Watchlist", "Why this entry is on the watchlist, and what to do on a match"),
        "issued": date_hint,
        "expires": date_hint,
    }
