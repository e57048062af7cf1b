"""Personal names reduced to comparable forms: folded tokens, canonical variants and
consonant skeletons.

1. `fold`: any script to Latin letters with `anyascii` (Cyrillic, Arabic, Khmer, Vietnamese
   diacritics, Chinese characters), lower case; hyphens and dots separate words, apostrophes
   join them (O'Neill → oneill).
2. `canonical`: a token replaced by the first spelling of its group in `VARIANTS`, a small,
   hand-kept table of spellings of one name that no edit distance would call close
   (Mohammed / Muhamad / Mhd, Yuriy / Iouri, Zhang / Chang, Hussein / Husain, Nguyen / Ng).
   A spelling belongs to one group only; add groups here, never in the scorer.
3. `skeleton`: the canonical token's sound outline, used for blocking (the cheap pre-filter
   before scoring): first letter (any vowel becomes "a"), then the consonants, with
   kh/gh/ph/th/dh/sh simplified, c/q → k, z → s, w → v, h dropped and runs collapsed.
   Mohammed and Muhamad → "md", Hussein and Husain → "asn", Phirum and Firum → "frm".
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# Spellings of one name, the first being the canonical form. Sources: ICAO Doc 9303 part 3
# transliteration notes; common romanisations seen on crew lists (Vietnamese without tones,
# Khmer UNGEGN and French-era spellings, Arabic, pinyin and Wade-Giles / Cantonese, Russian
# passport spellings before and after 2010).
VARIANTS: tuple[tuple[str, ...], ...] = (
    # Arabic
    ("muhammad", "mohammed", "mohammad", "mohamed", "mohamad", "muhamad", "muhammed",
     "mohamud", "mohammod", "mohd", "muhd", "mhd", "md", "mohmmad", "mahomed", "muhamed"),
    ("ahmad", "ahmed", "ahmet", "achmad", "achmed"),
    ("husayn", "hussein", "husain", "hussain", "husein", "hossein", "hosein", "houssein",
     "hussin", "husin"),
    ("hasan", "hassan", "hasen", "hassen"),
    ("abd", "abdul", "abdel", "abdoul", "abdal"),
    ("yusuf", "youssef", "yousef", "yusef", "yousuf", "jusuf", "josef"),
    ("abdullah", "abdallah", "abdulla", "abdoulah"),
    ("mustafa", "mustapha", "moustafa", "mostafa"),
    ("umar", "omar", "omer"),
    ("ali", "aly"),
    ("ibrahim", "ebrahim", "ibraheem", "brahim"),
    ("khalid", "khaled", "halid"),
    ("osman", "othman", "usman", "uthman"),
    ("said", "saeed", "sayed", "saied", "sayeed"),
    # Russian and Ukrainian
    ("yuri", "yuriy", "yury", "iouri", "iurii", "jurij", "yurii", "juri"),
    ("sergei", "sergey", "serguei", "sergiy", "serhiy", "serhii", "sergii"),
    ("aleksandr", "alexander", "alexandr", "oleksandr", "aleksander"),
    ("alexei", "aleksei", "alexey", "aleksey", "oleksiy", "oleksii", "alexej"),
    ("dmitri", "dmitry", "dmitriy", "dmitrii", "dimitri", "dmytro"),
    ("yevgeni", "evgeny", "evgeniy", "yevgeny", "yevgeniy", "evgenii", "ievgen", "yevhen"),
    ("andrei", "andrey", "andriy", "andrii", "andrej"),
    ("nikolai", "nikolay", "mykola", "nicolai"),
    ("mikhail", "mihail", "mykhailo", "michail"),
    ("vasili", "vasily", "vasiliy", "vasyl", "vassili"),
    ("ivanov", "iwanow"),
    ("pyotr", "petr", "piotr"),
    ("fyodor", "fedor", "fiodor"),
    ("ilya", "ilia", "illia"),
    ("tkachenko", "tkatchenko"),
    # Chinese: pinyin, Wade-Giles, Cantonese and Hokkien spellings
    ("zhang", "chang", "cheung", "teo", "teoh", "chong"),
    ("wang", "wong", "ong", "heng"),
    ("li", "lee", "lei", "ly"),
    ("chen", "chan", "tan", "chin"),
    ("zhou", "chou", "chow", "chau"),
    ("xu", "hsu", "hui", "koh"),
    ("huang", "hwang", "wong2", "ng2"),
    ("lin", "lim", "lam"),
    ("wu", "woo", "ng3"),
    ("liu", "lau", "lao"),
    ("zhao", "chao", "chiu"),
    ("qi", "chi"),
    ("xie", "hsieh", "tse", "chia"),
    ("jiang", "chiang", "kiang"),
    ("zheng", "cheng", "tay", "chng"),
    ("guo", "kuo", "kwok", "quek"),
    ("he", "ho", "hoe"),
    # Vietnamese
    ("nguyen", "ng", "nguyn", "nguen", "nguyenn"),
    ("tran", "chan2"),
    ("pham", "fam"),
    ("huynh", "hoang2"),
    ("duong", "zuong"),
    # Khmer romanisations
    ("sok", "sokh"),
    ("chhay", "chay", "chhai", "chai"),
    ("srey", "srei", "sray"),
    ("vanna", "vana", "wanna", "vannak"),
    ("sophea", "sopheap2", "sophia2"),
    ("pheap", "pheab"),
    ("ratana", "rattana", "rathana", "ratanak"),
    ("virak", "veerak", "virakh"),
    ("kosal", "kosol", "kausal"),
    ("chea", "chear"),
    ("seng", "sengh"),
    ("sothea", "sotheara2"),
    ("phirum", "pheareum", "phearum", "phirom"),
    ("dara", "darra", "daran2"),
    ("thy", "thi2", "ty"),
    # Indonesian, Filipino and Burmese
    ("suharto", "soeharto"),
    ("sukarno", "soekarno"),
    ("budi", "boedi"),
    ("joseph", "jose2"),
    ("aung", "aungg"),
    ("myint", "myin"),
)
# A spelling that ends in a digit is a placeholder that keeps a group's row readable
# while the spelling belongs to another group; it never matches a real token.

_CANONICAL = {spelling: group[0] for group in VARIANTS for spelling in group
              if not spelling[-1].isdigit()}

# Tokens too common in the region to say who someone is: they are scored, with half the
# weight, but never used alone to fetch candidates.
COMMON = frozenset({
    "van", "thi", "bin", "binti", "bint", "ibn", "al", "el", "abd", "de", "da", "dos",
    "del", "la", "le", "ul", "ud", "din", "muhammad", "nguyen", "tran", "kim", "lim",
    "lin", "wang", "li", "chen", "zhang", "sok", "md", "mr", "mrs", "ms",
})

_SPLIT = re.compile(r"[^a-z0-9']+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Latin letters, lower case, words separated by single spaces."""
    latin = anyascii(text or "").lower().replace("'", "").replace("`", "")
    return " ".join(t for t in _SPLIT.split(latin) if t)


def canonical(token: str) -> str:
    return _CANONICAL.get(token, token)


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """The canonical tokens of a name, in the order written."""
    return tuple(canonical(t) for t in fold(text).split())


_DIGRAPHS = (("sch", "s"), ("tch", "c"), ("kh", "k"), ("gh", "g"), ("ph", "f"), ("th", "t"),
             ("dh", "d"), ("sh", "s"), ("ch", "c"), ("zh", "j"), ("ck", "k"))
_SINGLE = str.maketrans({"q": "k", "z": "s", "w": "v", "x": "s", "h": None, "y": "i"})
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """The token's sound outline for blocking (see the module's docstring)."""
    t = canonical(token)
    for a, b in _DIGRAPHS:
        t = t.replace(a, b)
    t = t.translate(_SINGLE).replace("c", "k")
    if not t:
        return token[:1]
    first = "a" if t[0] in _VOWELS else t[0]
    out = [first]
    for ch in t[1:]:
        if ch in _VOWELS or ch.isdigit():
            continue
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def blocking_tokens(names: tuple[str, ...]) -> set[str]:
    """The skeletons of a person's name tokens that may fetch candidates: common tokens and
    initials are left out unless nothing else is left."""
    found: set[str] = set()
    fallback: set[str] = set()
    for name in names:
        for token in tokens(name):
            if len(token) < 2:
                continue
            (fallback if token in COMMON else found).add(skeleton(token))
    return found or fallback


def birth_year(date_of_birth: str) -> int | None:
    """The year of an ISO date or of a bare year; None when unknown."""
    head = (date_of_birth or "")[:4]
    return int(head) if head.isdigit() else None
