"""Where data lives: the platform's user-data folder unless a store folder is named."""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs

APP_NAME = "piu-desk"


def default_store_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "store"


def resolve_store(store: str | Path | None) -> Path:
    return Path(store).expanduser().resolve() if store else default_store_dir()


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def setup_logging() -> Path:
    """Log to a file (never to the officer's screen); returns its path.

    Log records name records and actions, never intelligence content or source identities."""
    folder = log_dir()
    path = folder / "piu-desk.log"
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
