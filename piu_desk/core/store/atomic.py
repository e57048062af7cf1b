"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from piu_desk.core.errors import DiskFull, FileProblem


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Windows has no directory fsync; its rename is journalled."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def translate_os_error(exc: OSError, path: Path) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(str(path))
    return FileProblem(str(path), exc.strerror or str(exc))


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise translate_os_error(exc, path) from exc


def remove_partials(folder: Path) -> None:
    """Clean up temp files left by a write that was interrupted."""
    for leftover in folder.glob(".*.partial"):
        leftover.unlink(missing_ok=True)
