"""Plain text to reportlab paragraph markup, one font per word, with Khmer line breaks.

reportlab shapes text one *word* (a run between spaces) at a time, with the font of the word's
first fragment and the script HarfBuzz guesses from its first letter. A word that mixes two
fonts crashes the shaper, and a word that starts with Latin letters and goes on in Khmer is
shaped as Latin (subscripts and pre-base vowels come out wrong). So every word here gets one
font, and a word that changes script is cut in two at the change.

Khmer writes no spaces between words, and reportlab breaks lines only at spaces (its
long-word splitting cuts shaped Khmer clusters apart, so it is off in our styles). So a
zero-width break opportunity is put where a line may end: at a ZERO WIDTH SPACE (what the
Khmer keyboard's space bar types between words) and, inside a word too long for the line
(`Fit`), between its clusters: before each Khmer consonant that does not follow a COENG, or
between Latin letters. The break is a space in a 0.1 pt font: reportlab takes the width of
the space after a word from the word's last fragment, so it is invisible. Text is assumed
left-aligned (justification would stretch those spaces).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from xml.sax.saxutils import escape

ZWSP = "\u200b"
COENG = "\u17d2"
FINAL_SIGNS = ("\u17cb", "\u17cd")  # BANTOC, TOANDAKHIAT: the consonant before ends a syllable
BREAK = '<font size="0.1"> </font>'
_WHITESPACE = re.compile(r"(\s+)")


class Script(Enum):
    LATIN = "latin"
    KHMER = "khmer"


@dataclass(frozen=True)
class Faces:
    """The reportlab font names to use for each script in one weight."""

    latin: str
    khmer: str

    def of(self, script: Script) -> str:
        return self.khmer if script is Script.KHMER else self.latin


@dataclass(frozen=True)
class Fit:
    """The line width words must fit in, and how wide a text is in a face (in points, at the
    paragraph's size). A word wider than the line may break between its clusters."""

    width: float
    measure: Callable[[str, str], float]
    em: float  # the font size; no character is wider than 1.2 em, so shorter words fit

    def fits(self, text: str, face: str) -> bool:
        return len(text) * self.em * 1.2 <= self.width or self.measure(text, face) <= self.width


def is_khmer(ch: str) -> bool:
    code = ord(ch)
    return 0x1780 <= code <= 0x17FF or 0x19E0 <= code <= 0x19FF


def _is_khmer_letter(ch: str) -> bool:
    """A consonant, an independent vowel or the avakrahasanya: where a syllable starts."""
    code = ord(ch)
    return 0x1780 <= code <= 0x17B3 or code == 0x17DC


def _strong_script(ch: str) -> Script | None:
    """The script a character forces on its run: every Khmer character (the Latin font has
    none of them), other letters are Latin; None for digits, punctuation and joiners."""
    if is_khmer(ch):
        return Script.KHMER
    return Script.LATIN if ch.isalpha() else None


def script_runs(word: str) -> list[tuple[Script, str]]:
    """Cut a word (no spaces) where its script changes; neutral characters (digits,
    punctuation, joiners) stay with the run before them, or join the first run."""
    runs: list[tuple[Script, str]] = []
    current: Script | None = None
    pending = ""
    for ch in word:
        script = _strong_script(ch)
        if script is None or script is current:
            pending += ch
            continue
        if current is not None:
            runs.append((current, pending))
            pending = ""
        current = script
        pending += ch
    if pending:
        runs.append((current or Script.LATIN, pending))
    return runs


def clusters(run: str, script: Script) -> list[str]:
    """Cut a run where a line may break inside a word. Khmer: before a consonant or
    independent vowel that does not follow a COENG or a joiner, nor carries a final sign
    ("ពង់", "ណ៍" end a syllable), so subscripts, vowels and signs stay with their base and
    "ទី២៨" or "ខ្មែរ។" stay whole. Latin: between letters, never before a combining mark."""
    pieces: list[str] = []
    start = 0
    for i in range(1, len(run)):
        if script is Script.KHMER:
            cut = (_is_khmer_letter(run[i]) and run[i - 1] not in (COENG, "\u200c", "\u200d")
                   and run[i + 1:i + 2] not in FINAL_SIGNS)
        else:
            cut = not unicodedata.combining(run[i]) and run[i] not in "\u200c\u200d"
        if cut:
            pieces.append(run[start:i])
            start = i
    pieces.append(run[start:])
    return pieces


class _Runs:
    """Collects (face, escaped text) pieces and joins neighbours of one face in one tag."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.face: str | None = None

    def text(self, face: str, text: str) -> None:
        if face != self.face:
            if self.face is not None:
                self.parts.append("</font>")
            self.parts.append(f'<font face="{face}">')
            self.face = face
        self.parts.append(text)

    def separator(self, text: str) -> None:
        self.parts.append(text)

    def close(self) -> str:
        if self.face is not None:
            self.parts.append("</font>")
        out = "".join(self.parts)
        self.parts, self.face = [], None
        return out


def _word(runs: _Runs, word: str, faces: Faces, fit: Fit | None) -> None:
    for index, (script, run) in enumerate(script_runs(word)):
        face = faces.of(script)
        pieces = [run] if fit is None or fit.fits(run, face) else clusters(run, script)
        if index:
            runs.separator(BREAK)
        runs.text(face, BREAK.join(escape(p) for p in pieces))


def markup(text: str, faces: Faces, fit: Fit | None = None) -> str:
    """Escape `text` and put each word in the font of its script (neighbouring words of one
    script share a tag). Newlines become line breaks; a ZERO WIDTH SPACE becomes an
    invisible break opportunity; with `fit`, a word too long for the line may break between
    its clusters."""
    lines = []
    runs = _Runs()
    for line in text.split("\n"):
        for token in _WHITESPACE.split(line):
            if not token:
                continue
            if token.isspace():
                runs.separator(" ")
                continue
            for index, word in enumerate(w for w in token.split(ZWSP) if w):
                if index:
                    runs.separator(BREAK)
                _word(runs, word, faces, fit)
        lines.append(runs.close())
    return "<br/>".join(lines)
