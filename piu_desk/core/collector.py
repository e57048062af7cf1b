"""Python's cycle collector held off while a large result is built in one go."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside the block. Building tens of thousands of row tuples (which
    hold no cycles) would otherwise set off one collection after another, each walking every
    object the desk holds: on the register screen, nearly half the time of reading the
    register. Back on afterwards, whatever happens; nested or on two threads, it ends on
    as long as it was on before the first."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
