"""Record versions: a version vector per record, `{"KHKOS": 3, "HQ": 1}`.

Each station counts the changes it made to a record. One version is newer than another
when it counts at least as many changes from every station and more from one; two versions
neither of which is newer were made apart, on both sides: a conflict. Applying a received
change only when it is newer makes the order of arrival irrelevant and a repeat harmless.
"""

from __future__ import annotations

import json
from enum import Enum

Version = dict[str, int]


class Order(Enum):
    EQUAL = "equal"
    NEWER = "newer"
    OLDER = "older"
    CONCURRENT = "concurrent"


def parse(text: str) -> Version:
    value = json.loads(text)
    return {str(k): int(v) for k, v in value.items()}


def dump(version: Version) -> str:
    return json.dumps(version, sort_keys=True, separators=(",", ":"))


def is_version(value: object) -> bool:
    return isinstance(value, dict) and bool(value) and all(
        isinstance(k, str) and 0 < len(k) <= 16 and type(v) is int and v > 0
        for k, v in value.items())


def compare(theirs: Version, ours: Version) -> Order:
    """How `theirs` stands to `ours`."""
    names = set(theirs) | set(ours)
    ahead = any(theirs.get(n, 0) > ours.get(n, 0) for n in names)
    behind = any(theirs.get(n, 0) < ours.get(n, 0) for n in names)
    if ahead and behind:
        return Order.CONCURRENT
    if ahead:
        return Order.NEWER
    return Order.OLDER if behind else Order.EQUAL


def merged(a: Version, b: Version) -> Version:
    """The least version at least as new as both."""
    return {n: max(a.get(n, 0), b.get(n, 0)) for n in sorted(set(a) | set(b))}
