"""A correction to reportlab's text rise, without which shaped Khmer is drawn wrong.

HarfBuzz moves marks up or down (a vowel below a subscript consonant, as in ក្នុង); reportlab
draws each such glyph with a text rise (`Ts`) and sets the rise back afterwards. When two
rises follow each other, `PDFTextObject.setRise` merges them into one operator but forgets
to remember the new rise, so it believes the baseline is back at 0 while the page still has
it lowered: the consonants after the mark sink below the line ("ក្នុងទូ" prints with ង and ទ
dropped). Checked against reportlab 5.1; `apply` replaces the method with one that always
records the rise, and is a no-op when called again.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.textobject import PDFTextObject

_MARK = "_piu_desk_rise_fixed"
ORIGINAL = PDFTextObject.setRise


def _set_rise(self: Any, rise: float) -> None:
    """Move the baseline by `rise` (absolute, like the PDF operator)."""
    operator = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):
        self._y += self._rise  # undo the rise being replaced
        self._code[-1] = operator
    else:
        self._code.append(operator)
    self._rise = rise
    self._y -= rise


def apply() -> None:
    if not getattr(PDFTextObject.setRise, _MARK, False):
        setattr(_set_rise, _MARK, True)
        PDFTextObject.setRise = _set_rise  # type: ignore[method-assign]
