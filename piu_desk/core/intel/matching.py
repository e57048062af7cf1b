"""Fine scoring of one subject against one watchlist entry, with the reasons in words.

Names: each name is split into canonical tokens (`names.tokens`); the tokens of the shorter
name are paired one to one with the most similar tokens of the longer name, in any order
(family and given names swapped, middle names missing or extra). Two tokens are similar
when equal (1.0), when one is the other's initial (0.9), else by their
optimal-string-alignment similarity (`rapidfuzz`), so a typo or two swapped letters cost
little; below `WEAK_BELOW` a pair counts as different and weighs less still. Tokens
common in the region (Nguyen, Van, Thi, Muhammad, Kim) count half, and a name whose only
agreeing parts are common ones scores at most 0.7. Two neighbouring parts are
also tried written as one, either way round (KIM MINJUN, ZHANGWEI for WEI ZHANG).

The name similarity is then moved by what else is known: the date of birth (equal, one
digit or day/month apart, or only a year known and within `YEAR_TOLERANCE`), the
nationality, and document numbers, which match only exactly (after removing spaces and
dashes) and alone are enough to alert. Dates of birth that clearly differ count strongly
against: the same common name with another date of birth is another person.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from piu_desk.core.intel import names
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

ALERT_AT = 0.85  # the score from which a pair is an alert (tests/core/intel_cases.py)
YEAR_TOLERANCE = 1  # years either way when only the year of birth is known
EXTRA_TOKEN_COST = 0.03  # each name part one side has and the other lacks
WEAK_BELOW = 0.75  # a name part less similar than this counts as different
BEST_SHIFT = 0.08 + 0.03  # the most a date of birth and a nationality add (score_person)
# Below this name similarity only a shared document number can make an alert; the margin
# covers the rounding of the score.
NAME_NEEDED = ALERT_AT - BEST_SHIFT - 0.001


@dataclass(frozen=True)
class PersonProfile:
    """What is compared of a person: names (the first is the main one, others aliases),
    date of birth (ISO, a bare year, or empty), nationality (alpha-3), documents."""

    names: tuple[str, ...]
    date_of_birth: str = ""
    nationality: str = ""
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class VesselProfile:
    names: tuple[str, ...]  # the current name first, then former names
    imo: str = ""
    mmsi: str = ""
    call_sign: str = ""
    flag: str = ""


@dataclass(frozen=True)
class Verdict:
    score: float
    reasons: tuple[Message, ...]

    @property
    def alert(self) -> bool:
        return self.score >= ALERT_AT


def _why(text: str, **args: object) -> Message:
    return Message("Intel", text, dict(args))


def normalise_identifier(text: str) -> str:
    """Documents, IMO and MMSI numbers compare without spaces, dashes, dots or case."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


# -- names --------------------------------------------------------------------------------
def token_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.9 if a[0] == b[0] else 0.0
    sim = float(OSA.normalized_similarity(a, b))
    return sim if sim >= WEAK_BELOW else sim * 0.6


def _weight(token: str) -> float:
    return 0.5 if token in names.COMMON or len(token) == 1 else 1.0


def token_set_similarity(q: tuple[str, ...], e: tuple[str, ...]) -> float:
    """Pair the shorter name's tokens with the longer's, best pairs first (see above)."""
    if not q or not e:
        return 0.0
    short, long_ = (q, e) if len(q) <= len(e) else (e, q)
    pairs = sorted(((token_similarity(s, t), i, j) for i, s in enumerate(short)
                    for j, t in enumerate(long_)), reverse=True)
    used_s: set[int] = set()
    used_l: set[int] = set()
    total = weight = 0.0
    strong = weak = False
    for sim, i, j in pairs:
        if i in used_s or j in used_l:
            continue
        used_s.add(i)
        used_l.add(j)
        w = max(_weight(short[i]), _weight(long_[j]))
        total += sim * w
        weight += w
        strong = strong or (sim >= 0.8 and w == 1.0)
        weak = weak or sim < WEAK_BELOW
    score = total / weight - EXTRA_TOKEN_COST * (len(long_) - len(short))
    if len(short) == 1 and len(long_) > 1:
        score -= 0.1  # one name part says little about who someone is
    if weak and not strong:
        score = min(score, 0.7)  # only common parts agree: Nguyen Van X / Nguyen Van Y
    return max(0.0, score)


def name_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """The best similarity of any name (or alias) of `a` with any of `b`, 0..1."""
    best = 0.0
    for x in a:
        tx = names.tokens(x)
        for y in b:
            ty = names.tokens(y)
            best = max(best, token_set_similarity(tx, ty))
            if len(tx) != len(ty):
                short, long_ = (tx, ty) if len(tx) < len(ty) else (ty, tx)
                for merged in _merges(long_):
                    best = max(best, token_set_similarity(short, merged) - 0.02)
    return min(1.0, best)


def name_bound(a: tuple[str, ...], b: tuple[str, ...], sims: dict[str, dict[str, float]]
               ) -> float:
    """An upper bound of `name_similarity(a, b)`, much cheaper: each part of the shorter
    name is credited with its best similarity to any part of the longer one or to two
    neighbouring parts written as one, and weighted as favourably as `token_set_similarity`
    could weigh it. `sims` caches token similarities from one call to the next."""
    best = 0.0
    for x in a:
        tx = names.tokens(x)
        for y in b:
            ty = names.tokens(y)
            if tx and ty:
                bound = (_set_bound(tx, ty, sims) if len(tx) <= len(ty)
                         else _set_bound(ty, tx, sims))
                best = max(best, bound)
    return best


def _set_bound(short: tuple[str, ...], long_: tuple[str, ...],
               sims: dict[str, dict[str, float]]) -> float:
    n, m = len(short), len(long_)
    pool = long_ if m == n else _with_joins(long_)
    rows: list[tuple[float, float]] = []
    strong = False
    for s in short:
        known = sims.get(s)
        if known is None:
            known = sims[s] = {}
        top = 0.0
        ws = _weight(s)
        for t in pool:
            sim = known.get(t)
            if sim is None:
                sim = known[t] = token_similarity(s, t)
            if sim > top:
                top = sim
                if sim >= 0.8 and (ws == 1.0 or _weight(t) == 1.0):
                    strong = True
            elif sim >= 0.8 and not strong and (ws == 1.0 or _weight(t) == 1.0):
                strong = True
        rows.append((top, ws))
    rows.sort(reverse=True)
    if not strong and rows[-1][0] < WEAK_BELOW:
        return 0.7  # only common parts can agree (token_set_similarity)
    total = sum(sim * w for sim, w in rows)
    weight = sum(w for _, w in rows)
    mean = total / weight
    for sim, w in rows:  # the best parts weighed fully, the others at their least
        total += sim * (1.0 - w)
        weight += 1.0 - w
        mean = max(mean, total / weight)
    cost = EXTRA_TOKEN_COST * (m - n) + (0.1 if n == 1 and m > 1 else 0.0)
    if m > n:  # a merge of the longer name costs 0.02 and leaves it a part shorter
        cost = min(cost, 0.02 + EXTRA_TOKEN_COST * (m - 1 - n)
                   + (0.1 if n == 1 and m > 2 else 0.0))
    return mean - cost


@lru_cache(maxsize=65536)
def _with_joins(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The parts, and every two neighbouring parts written as one either way round."""
    return (*tokens, *(j for a, b in itertools.pairwise(tokens) for j in (a + b, b + a)))


def _merges(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name with two neighbouring parts written as one, either way round (KIM MIN JUN
    / KIM MINJUN; WEI ZHANG / ZHANGWEI)."""
    out = []
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        for joined in (a + b, b + a):
            out.append((*tokens[:i], joined, *tokens[i + 2:]))
    return out


# -- dates of birth -----------------------------------------------------------------------
def _one_digit_apart(a: str, b: str) -> bool:
    """The same year, and the day or month one digit apart or swapped."""
    if a[:4] != b[:4]:
        return False
    if sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return True
    return a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]


def near_births(a: str) -> tuple[str, ...] | None:
    """For a full ISO date of birth, every full ISO date that `compare_births` does not
    count against it: the same date, one digit of the day or month changed, day and month
    swapped. None when `a` is not a full ISO date (then nothing can be left out early)."""
    if len(a) != 10 or not (a[:4] + a[5:7] + a[8:]).isdigit() or a[4] + a[7] != "--":
        return None
    out = {a, f"{a[:5]}{a[8:]}-{a[5:7]}"}
    for pos in (5, 6, 8, 9):
        out.update(a[:pos] + digit + a[pos + 1:] for digit in "0123456789")
    return tuple(sorted(out))


def compare_births(a: str, b: str) -> tuple[float, Message | None]:
    """How much the dates of birth move the score, and the words for it."""
    ya, yb = names.birth_year(a), names.birth_year(b)
    if ya is None or yb is None:
        return 0.0, _why(QT_TRANSLATE_NOOP("Intel", "date of birth not known on one side"))
    if len(a) == 10 and len(b) == 10:
        if a == b:
            return 0.08, _why(QT_TRANSLATE_NOOP("Intel", "date of birth equal"))
        if _one_digit_apart(a, b):
            return 0.0, _why(QT_TRANSLATE_NOOP(
                "Intel", "dates of birth one digit apart ({ours} / {theirs})"),
                ours=a, theirs=b)
        return -0.4, _why(QT_TRANSLATE_NOOP(
            "Intel", "dates of birth differ ({ours} / {theirs})"), ours=a, theirs=b)
    gap = abs(ya - yb)
    if gap == 0:
        return 0.04, _why(QT_TRANSLATE_NOOP("Intel", "year of birth equal"))
    if gap <= YEAR_TOLERANCE:
        return 0.0, _why(QT_TRANSLATE_NOOP(
            "Intel", "years of birth {years} year(s) apart"), years=gap)
    return -0.4, _why(QT_TRANSLATE_NOOP(
        "Intel", "years of birth differ ({ours} / {theirs})"), ours=ya, theirs=yb)


# -- persons and vessels ------------------------------------------------------------------
def score_person(subject: PersonProfile, entry: PersonProfile) -> Verdict:
    name = name_similarity(subject.names, entry.names)
    reasons: list[Message] = []
    shift, birth_reason = compare_births(subject.date_of_birth, entry.date_of_birth)
    if birth_reason is not None:
        reasons.append(birth_reason)
    reasons.append(_why(QT_TRANSLATE_NOOP("Intel", "name similarity {score}"),
                        score=f"{name:.2f}"))
    if subject.nationality and entry.nationality:
        if subject.nationality == entry.nationality:
            shift += 0.03
            reasons.append(_why(QT_TRANSLATE_NOOP("Intel", "nationality equal")))
        else:
            shift -= 0.05
            reasons.append(_why(QT_TRANSLATE_NOOP(
                "Intel", "nationality differs ({ours} / {theirs})"),
                ours=subject.nationality, theirs=entry.nationality))
    score = max(0.0, min(1.0, name + shift))
    theirs = {normalise_identifier(d) for d in entry.documents} - {""}
    same = sorted(theirs & {normalise_identifier(d) for d in subject.documents})
    if same:
        score = max(score, 0.97)
        reasons.insert(0, _why(QT_TRANSLATE_NOOP("Intel", "document number {number} equal"),
                               number=same[0]))
    return Verdict(round(score, 3), tuple(reasons))


def score_vessel(subject: VesselProfile, entry: VesselProfile) -> Verdict:
    reasons: list[Message] = []
    name = max((fuzz.token_sort_ratio(names.fold(a), names.fold(b)) / 100
                for a in subject.names for b in entry.names), default=0.0)
    imo_a, imo_b = normalise_identifier(subject.imo), normalise_identifier(entry.imo)
    mmsi_a, mmsi_b = normalise_identifier(subject.mmsi), normalise_identifier(entry.mmsi)
    if imo_a and imo_a == imo_b:
        score = 1.0
        reasons.append(_why(QT_TRANSLATE_NOOP("Intel", "IMO number equal")))
    elif imo_a and imo_b:
        score = 0.0  # the IMO number never changes: another ship, whatever its name
    elif mmsi_a and mmsi_a == mmsi_b:
        score = 0.95
        reasons.append(_why(QT_TRANSLATE_NOOP("Intel", "MMSI equal")))
    else:
        score = name
        if subject.call_sign and subject.call_sign == entry.call_sign:
            score = min(1.0, score + 0.1)
            reasons.append(_why(QT_TRANSLATE_NOOP("Intel", "call sign equal")))
        if subject.flag and subject.flag == entry.flag:
            reasons.append(_why(QT_TRANSLATE_NOOP("Intel", "flag equal")))
        else:
            score -= 0.1
    reasons.append(_why(QT_TRANSLATE_NOOP("Intel", "name similarity {score}"),
                        score=f"{name:.2f}"))
    return Verdict(round(max(0.0, score), 3), tuple(reasons))


def is_expired(expires: str, today: date) -> bool:
    return bool(expires) and expires < today.isoformat()
