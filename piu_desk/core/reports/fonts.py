"""The fonts of every printout, shipped as Python packages and registered with reportlab once.

- Khmer: Noto Sans Khmer (`fontpkg-noto-sans-khmer`). It is a variable font; reportlab reads
  only the default outlines, which are the Regular. The Bold is cut from it in memory with
  the fontTools instancer (about a second, once per process).
- Latin: Lato 2 (`fontpkg-lato`), static Regular and Bold, with Latin, Vietnamese, Greek and
  Cyrillic, for names from crew lists and shipping papers.
- Monospace: IBM Plex Mono (`fontpkg-ibm-plex-mono`), static, for recovery keys and codes.

All three are under the SIL Open Font License 1.1 and are embedded (subset) in each PDF.
Text is shaped by HarfBuzz (`uharfbuzz`) when a paragraph style has `shaping=1`; without it
Khmer subscript consonants and pre-base vowels come out wrong. Nothing here writes a file.
"""

from __future__ import annotations

import importlib
import io
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from piu_desk.core.reports import rlpatch
from piu_desk.core.reports.markup import Faces

LATIN = "PIULatin"
LATIN_BOLD = "PIULatin-Bold"
KHMER = "PIUKhmer"
KHMER_BOLD = "PIUKhmer-Bold"
MONO = "PIUMono"
MONO_BOLD = "PIUMono-Bold"

REGULAR_FACES = Faces(latin=LATIN, khmer=KHMER)
BOLD_FACES = Faces(latin=LATIN_BOLD, khmer=KHMER_BOLD)
MONO_FACES = Faces(latin=MONO, khmer=KHMER)
MONO_BOLD_FACES = Faces(latin=MONO_BOLD, khmer=KHMER_BOLD)

_lock = threading.Lock()
_data: dict[str, bytes] = {}
_hb_fonts: dict[str, Any] = {}


class FontsMissing(RuntimeError):
    """A font package or the shaping engine is not installed: an installation fault."""


@dataclass(frozen=True)
class FontSource:
    package: str
    pattern: str
    licence: str = "OFL-1.1"


SOURCES = {
    KHMER: FontSource("fontpkg_noto_sans_khmer", "NotoSansKhmer*.ttf"),
    LATIN: FontSource("fontpkg_lato", "Lato-Regular.ttf"),
    LATIN_BOLD: FontSource("fontpkg_lato", "Lato-Bold.ttf"),
    MONO: FontSource("fontpkg_ibm_plex_mono", "IBMPlexMono-Regular.ttf"),
    MONO_BOLD: FontSource("fontpkg_ibm_plex_mono", "IBMPlexMono-Bold.ttf"),
}


def font_file(name: str) -> Path:
    """The TTF inside the installed font package behind a registered name."""
    source = SOURCES[KHMER if name == KHMER_BOLD else name]
    try:
        package = importlib.import_module(source.package)
    except ImportError as exc:
        raise FontsMissing(f"the font package {source.package} is not installed") from exc
    root = Path(package.__file__ or ".").resolve().parent
    files = sorted((root / "files").glob(source.pattern))
    if not files:
        raise FontsMissing(f"{source.package} has no file {source.pattern}")
    return files[0]


def _instance(path: Path, weight: int, style_name: str) -> bytes:
    """A static instance of a variable font at `weight`, renamed so reportlab and PDF
    readers keep it apart from the Regular."""
    from fontTools.ttLib import TTFont as FontToolsFont
    from fontTools.varLib import instancer

    font = FontToolsFont(io.BytesIO(path.read_bytes()))
    axes = {axis.axisTag: axis.defaultValue for axis in font["fvar"].axes}
    axes["wght"] = weight
    static = instancer.instantiateVariableFont(font, axes, updateFontNames=False)
    name_table = static["name"]
    family = name_table.getDebugName(1) or "Font"
    ps_family = family.replace(" ", "")
    for record in name_table.names:
        if record.nameID in (2, 17):
            record.string = style_name
        elif record.nameID == 4:
            record.string = f"{family} {style_name}"
        elif record.nameID == 6:
            record.string = f"{ps_family}-{style_name}"
    name_table.removeNames(nameID=3)  # the unique ID still names the Regular
    out = io.BytesIO()
    static.save(out)
    return out.getvalue()


def _without_ligatures(data: bytes) -> bytes:
    """The Latin font without ligatures. reportlab's shaping turns on discretionary ones
    (Lato joins "st" with an arc), and a ligature glyph such as "ti" has no character of its
    own, so "Inspections" would no longer be found or copied from the PDF. Emptying the
    features keeps the font otherwise whole."""
    from fontTools.ttLib import TTFont as FontToolsFont

    font = FontToolsFont(io.BytesIO(data))
    if "GSUB" not in font:
        return data
    for record in font["GSUB"].table.FeatureList.FeatureRecord:
        if record.FeatureTag in ("liga", "dlig", "clig"):
            record.Feature.LookupListIndex = []
            record.Feature.LookupCount = 0
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _load(name: str) -> bytes:
    if name not in _data:
        if name == KHMER_BOLD:
            _data[name] = _instance(font_file(KHMER), 700, "Bold")
        elif name in (LATIN, LATIN_BOLD):
            _data[name] = _without_ligatures(font_file(name).read_bytes())
        else:
            _data[name] = font_file(name).read_bytes()
    return _data[name]


def font_data(name: str) -> bytes:
    """The bytes reportlab embeds for a registered name (tests shape with the same font)."""
    with _lock:
        return _load(name)


def register_fonts() -> None:
    """Register the six faces and their families with reportlab, once per process (again
    after a reportlab reset). Thread-safe."""
    rlpatch.apply()
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name in (LATIN, LATIN_BOLD, KHMER, KHMER_BOLD, MONO, MONO_BOLD):
            if name in registered:
                continue
            font = TTFont(name, io.BytesIO(_load(name)))
            if not font.shapable:
                raise FontsMissing("uharfbuzz is not installed, so Khmer cannot be shaped")
            pdfmetrics.registerFont(font)
        for regular, bold in ((LATIN, LATIN_BOLD), (KHMER, KHMER_BOLD), (MONO, MONO_BOLD)):
            pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular,
                                          boldItalic=bold)


def _hb_font(name: str) -> Any:
    font = _hb_fonts.get(name)
    if font is None:
        import uharfbuzz

        face = uharfbuzz.Face(uharfbuzz.Blob(font_data(name)))
        font = _hb_fonts[name] = (uharfbuzz.Font(face), face.upem)
    return font


def text_width(text: str, name: str, size: float) -> float:
    """The width in points of `text` in the registered face `name`, shaped by HarfBuzz as
    reportlab will shape it."""
    import uharfbuzz

    font, upem = _hb_font(name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
    return float(sum(p.x_advance for p in buffer.glyph_positions) * size / upem)


def faces(*, bold: bool = False, mono: bool = False) -> Faces:
    if mono:
        return MONO_BOLD_FACES if bold else MONO_FACES
    return BOLD_FACES if bold else REGULAR_FACES
