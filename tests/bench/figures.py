"""Figures the benchmarks report, printed as one table at the end of `make bench`."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    what: str
    value: str
    goal: str = ""
    met: bool | None = None


FIGURES: list[Figure] = []


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 200 values is the 190th smallest)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * fraction // 1))
    return ordered[int(rank) - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def add(what: str, value: str, goal: str = "", met: bool | None = None) -> None:
    FIGURES.append(Figure(what, value, goal, met))


def table() -> list[str]:
    width = max([len(f.what) for f in FIGURES] + [10])
    lines = [f"{'figure':{width}}  {'value':>16}  goal"]
    for f in FIGURES:
        verdict = "" if f.met is None else ("  met" if f.met else "  MISSED")
        lines.append(f"{f.what:{width}}  {f.value:>16}  {f.goal}{verdict}")
    return lines
