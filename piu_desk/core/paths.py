"""Where data lives: the platform's user-data folder unless a store folder is named."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "piu-desk"


def default_store_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "store"


def resolve_store(store: str | Path | None) -> Path:
    return Path(store).expanduser().resolve() if store else default_store_dir()
