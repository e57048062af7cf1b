"""Cell values as text, and text folded for matching labels and column titles.

`fold` keeps one character for each character of its input (accents dropped, lower case), so
a match found in the folded text has the same span in the original. `tokens` is what column
titles are compared by: folded words without punctuation, box numbers ("1.1", "6.") or small
linking words, without a plural "s", and with "Nr", "Number", "Numéro" all read as "no".
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from functools import lru_cache

from piu_desk.core.text import Message

C = "Import"
CellValue = str | int | float | bool | date | datetime | time | None

_SPECIAL = {"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ı": "i", "ß": "s"}
_STOPWORDS = frozenset({"of", "the", "and", "or", "et", "ou", "de", "du", "des", "la", "le",
                        "d", "l", "a", "in", "en", "s"})
_NON_WORD = re.compile(r"[^0-9a-z]+")
_SAME = {"nr": "no", "nbr": "no", "num": "no", "number": "no", "numero": "no", "nos": "no"}


def msg(text: str, /, **args: object) -> Message:
    """A message in the "Import" context; `text` is marked where it is written."""
    return Message(C, text, dict(args))


@lru_cache(maxsize=2048)
def fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """Lower case without accents, one character for each character of `text`."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(ch) for ch in text)


def tokens(text: str) -> tuple[str, ...]:
    """The words a column title is recognised by: "6. Family name(s)" → ("family", "name")."""
    words = _NON_WORD.split(fold(text.replace("&", " and ")))
    out = []
    for word in words:
        if not word or word.isdigit() or word in _STOPWORDS:
            continue
        word = _SAME.get(word, word)
        out.append(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return tuple(out)


def clean(text: str) -> str:
    """White space (line breaks in a cell included) collapsed to single spaces."""
    return " ".join(text.split())


def cell_text(value: CellValue) -> str:
    """A cell as the text the import works from: real dates as ISO text (1990-04-25), whole
    numbers without ".0", booleans (a tick box's linked cell) as TRUE/FALSE."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    return str(value).replace("\x00", "").strip()
