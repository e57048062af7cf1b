"""Fixtures shared by the core's exchange tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from tests.core.exchange_support import enrolled


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Desk, Desk, Path]]:
    """A station and HQ enrolled with each other, and an empty stick between them."""
    port, hq = enrolled(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    yield port, hq, stick
    port.close()
    hq.close()
