"""A daily report's language is chosen per report, whatever language the window is in: the
labels of a Khmer report come from the compiled Khmer catalogue, loaded for it alone (not
installed in the application, so the window keeps its language)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from piu_desk.core.reports.dates import KHMER
from piu_desk.core.text import Translate, identity_translate
from piu_desk.ui.i18n import catalogue_path


class ReportTranslator:
    """Holds the loaded catalogue (it must outlive the rendering that uses it)."""

    def __init__(self) -> None:
        self._loaded: dict[str, QTranslator] = {}

    def translate_for(self, language: str) -> Translate:
        if language != KHMER:
            return identity_translate
        found = self._loaded.get(language)
        if found is None:
            path = catalogue_path(language)
            found = QTranslator()
            if path is None or not found.load(str(path)):
                return identity_translate
            self._loaded[language] = found
        catalogue = found

        def translate(context: str, text: str) -> str:
            return catalogue.translate(context, text) or text
        return translate
