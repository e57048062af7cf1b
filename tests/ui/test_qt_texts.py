"""Qt's standard buttons speak Khmer through the desk's own catalogue (Qt has no Khmer)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from piu_desk.ui.i18n import Translations, catalogue_dirs, catalogue_path
from piu_desk.ui.qt_texts import GNOME_THEME, PLATFORM_THEME

KHMER = range(0x1780, 0x1800)


@pytest.fixture
def khmer(qtbot: QtBot) -> Iterator[Translations]:
    if catalogue_path("km") is None:
        pytest.skip("piu_desk_km.qm is missing from " + ", ".join(map(str, catalogue_dirs()))
                    + " (run `make i18n`)")
    translations = Translations()
    translations.switch("km")
    yield translations
    translations.switch("en")


def is_khmer(text: str) -> bool:
    return any(ord(ch) in KHMER for ch in text)


def test_standard_buttons_of_a_dialog_and_a_message_box_are_khmer(
        khmer: Translations, qtbot: QtBot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert len(texts) == 3 and all(is_khmer(t) for t in texts), texts
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "បោះបង់"
    message = QMessageBox()
    qtbot.addWidget(message)
    yes = message.addButton(QMessageBox.StandardButton.Yes)
    no = message.addButton(QMessageBox.StandardButton.No)
    assert is_khmer(yes.text()) and is_khmer(no.text()) and yes.text() != no.text()


def test_every_marked_qt_text_has_a_khmer_translation(khmer: Translations) -> None:
    contexts = [("QPlatformTheme", t) for t in PLATFORM_THEME] + \
        [("QGnomeTheme", t) for t in GNOME_THEME]
    english = [(c, t) for c, t in contexts if not is_khmer(QCoreApplication.translate(c, t))]
    assert not english, english
