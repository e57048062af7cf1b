"""Switching the language live: English (the source text) or Khmer.

A `Translations` object installs the compiled catalogue `i18n/piu_desk_<lang>.qm`; Qt then
sends every widget a LanguageChange event and each one sets its text again in
`retranslate()`. Dates and numbers follow `QLocale()`, which is set to km_KH for Khmer.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QWidget

import piu_desk
from piu_desk.ui import fonts

log = logging.getLogger(__name__)

ENGLISH, KHMER = "en", "km"
LANGUAGES = (ENGLISH, KHMER)
# Each language is named in itself, so a reader of either can find theirs.
LANGUAGE_NAMES = {ENGLISH: "English", KHMER: "ខ្មែរ"}
LOCALES = {ENGLISH: "en_GB", KHMER: "km_KH"}
SETTINGS_KEY = "language"


def catalogue_dirs() -> list[Path]:
    """Where the compiled catalogues may be: the repository, or a frozen build's bundle."""
    dirs = [Path(piu_desk.__file__).resolve().parents[1] / "i18n"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "i18n")
    return dirs


def catalogue_path(language: str) -> Path | None:
    for folder in catalogue_dirs():
        path = folder / f"piu_desk_{language}.qm"
        if path.is_file():
            return path
    return None


def saved_language(settings: QSettings) -> str:
    """The language chosen on this computer before anyone logs in (not sensitive)."""
    value = str(settings.value(SETTINGS_KEY, ENGLISH))
    return value if value in LANGUAGES else ENGLISH


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


class Translations:
    """The installed catalogues. One per application."""

    def __init__(self) -> None:
        self.language = ENGLISH
        self._installed: list[QTranslator] = []

    @property
    def installed(self) -> bool:
        """Whether a catalogue of ours is installed (False for English, the source text)."""
        return bool(self._installed)

    def switch(self, language: str) -> None:
        """Install `language`'s catalogues and locale; widgets retranslate on the event."""
        if language not in LANGUAGES:
            language = ENGLISH
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        self.language = language
        QLocale.setDefault(QLocale(LOCALES[language]))
        fonts.scale_for_language(language)
        if language != ENGLISH:
            self._install(language)
        # Sent even when no catalogue changed, so locale-formatted text is redone as well.
        app = QCoreApplication.instance()
        if app is not None:
            QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))

    def _install(self, language: str) -> None:
        ours = catalogue_path(language)
        if ours is None:
            log.warning("no catalogue piu_desk_%s.qm in %s", language,
                        ", ".join(map(str, catalogue_dirs())))
        else:
            self._load(str(ours.parent), ours.stem)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(qt_dir, f"qtbase_{language}")  # Qt's own buttons, where Qt has them

    def _load(self, folder: str, name: str) -> None:
        translator = QTranslator()
        if translator.load(name, folder) and QCoreApplication.installTranslator(translator):
            self._installed.append(translator)


if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object


class Retranslating(_WidgetBase):
    """Mix in before a QWidget class: calls `self.retranslate()` on LanguageChange.

    A widget sets ALL its visible text in `retranslate()`, and calls it once at the end of
    its constructor."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class LanguagePicker(QComboBox):
    """English / ខ្មែរ; `chosen` is emitted only when the person picks one."""

    chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePicker")
        for code in LANGUAGES:
            self.addItem(LANGUAGE_NAMES[code], code)
        self.set_language(language)
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index)))

    def set_language(self, language: str) -> None:
        index = self.findData(language)
        if index >= 0:
            self.setCurrentIndex(index)

    def language(self) -> str:
        return str(self.currentData())
