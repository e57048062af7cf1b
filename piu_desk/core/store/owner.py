"""The one thread that owns the database connection (ARCHITECTURE.md, rule 3).

Every database call is run on this thread. A caller on another thread waits for the result
(`call`) or takes a future (`submit`); a caller already on the owner thread runs inline, so
façade methods may call each other without dead-locking.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class DbOwner:
    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="piu-db")
        self._ident: int | None = None
        self._pool.submit(self._remember).result()

    def _remember(self) -> None:
        self._ident = threading.get_ident()

    def on_owner(self) -> bool:
        return threading.get_ident() == self._ident

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        if self.on_owner():
            fut: Future[T] = Future()
            try:
                fut.set_result(fn())
            except BaseException as exc:
                fut.set_exception(exc)
            return fut
        return self._pool.submit(fn)

    def call(self, fn: Callable[[], T]) -> T:
        if self.on_owner():
            return fn()
        return self._pool.submit(fn).result()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
