"""Bundle files on a stick or in a folder, and the staging folder an import reads into.

A bundle is written as `<name>.partial`, flushed to the device, renamed to `<name>.piu` and
its folder flushed too (not on Windows, which cannot open a folder for fsync and makes the
rename durable itself). `<name>` is 16 random bytes in lower-case base32 (26 characters):
it says nothing of sender, recipient or content.
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
from pathlib import Path
from typing import BinaryIO

from piu_desk.core.store.atomic import fsync_dir

BUNDLE_SUFFIX = ".piu"
PARTIAL_SUFFIX = ".partial"


def random_name() -> str:
    return base64.b32encode(os.urandom(16)).decode("ascii").rstrip("=").lower()


def open_new(path: Path) -> BinaryIO:
    """A new file for writing; never replaces one that exists."""
    return path.open("xb")


def flush_to_device(file: BinaryIO) -> None:
    file.flush()
    os.fsync(file.fileno())


def flush_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (the store's own way; nothing on Windows)."""
    fsync_dir(folder)


def forget_cached(path: Path) -> None:
    """Ask the system to drop its cached pages of `path`, so that a read-back reads the
    device and not memory (where the system supports it; otherwise nothing)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def remove_quietly(path: Path) -> None:
    """Remove a file if it is there; a drive that is gone leaves nothing to remove."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


class Staging:
    """A fresh folder of its own inside `parent`, holding one import's entries as
    numbered files (`0.entry`, `1.entry`, ...: never named after an entry id)."""

    def __init__(self, parent: Path) -> None:
        parent.mkdir(parents=True, exist_ok=True)
        self.folder = parent / f"import-{random_name()}"
        self.folder.mkdir()

    def path_for(self, index: int) -> Path:
        return self.folder / f"{index}.entry"

    def open(self, index: int) -> BinaryIO:
        return open_new(self.path_for(index))

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
