"""Fonts: the system sans for Latin, Noto Sans Khmer (shipped with the app) for Khmer.

Qt shapes Khmer with HarfBuzz; it only needs a font that has the glyphs. The application
font lists both families, so each character is drawn from the first family that has it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

log = logging.getLogger(__name__)

KHMER_FAMILY = "Noto Sans Khmer"
# Khmer letters, with their stacked subscripts, are small for their point size; when the
# interface is in Khmer the whole application font is made this much larger.
KHMER_SCALE = 1.2
_loaded: list[str] = []
_base: list[QFont] = []


def khmer_font_file() -> Path | None:
    """The variable TTF inside the installed `fontpkg_noto_sans_khmer` package."""
    try:
        import fontpkg_noto_sans_khmer as package
    except ImportError:
        return None
    files = sorted((Path(package.__file__).resolve().parent / "files").glob("*.ttf"))
    return files[0] if files else None


def load_khmer_font() -> str | None:
    """Register Noto Sans Khmer with Qt once; the family name, or None when missing."""
    if _loaded:
        return _loaded[0]
    path = khmer_font_file()
    if path is None:
        log.warning("Noto Sans Khmer is not installed; Khmer text may show as boxes")
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load the Khmer font from %s", path)
        return None
    _loaded.append(families[0])
    return families[0]


def with_khmer(font: QFont) -> QFont:
    """`font` with the Khmer family as fall-back after its own family.

    The family is resolved first: an alias such as "Sans Serif" or "monospace" in a family
    list would be passed over in favour of the Khmer font, Latin letters included."""
    out = QFont(font)
    family = QFontInfo(font).family()
    khmer = _loaded[0] if _loaded else KHMER_FAMILY
    out.setFamilies([family, khmer] if family != khmer else [khmer])
    return out


def install(app: QGuiApplication) -> None:
    """Load the Khmer font and make it the fall-back of the application font."""
    load_khmer_font()
    base = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    base.setPointSizeF(max(app.font().pointSizeF(), base.pointSizeF()))
    _base[:] = [with_khmer(base)]
    app.setFont(_base[0])


def scale_for_language(language: str) -> None:
    """A larger application font for Khmer; the installed size for English."""
    app = QGuiApplication.instance()
    if not _base or not isinstance(app, QGuiApplication):
        return  # fonts were not installed (some tests): leave the font alone
    font = QFont(_base[0])
    if language == "km":
        font.setPointSizeF(_base[0].pointSizeF() * KHMER_SCALE)
    app.setFont(font)


def monospace(point_size: int, bold: bool = False) -> QFont:
    """A fixed-pitch font (recovery keys), still able to draw Khmer captions."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(bold)
    return with_khmer(font)
