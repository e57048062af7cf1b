"""The removable drives an exchange can go through: mounted, ready, writable, and not the
system's own disk. On Linux a USB stick is mounted under /media, /run/media or /mnt; on
Windows it has a drive letter other than the system drive's; on macOS it is under
/Volumes."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from PySide6.QtCore import QStorageInfo

LINUX_MOUNTS = ("/media", "/run/media", "/mnt")
MAC_MOUNTS = ("/Volumes",)


@dataclass(frozen=True)
class Drive:
    path: str
    name: str
    free: int


def is_removable(root: str, platform: str = sys.platform,
                 system_drive: str | None = None) -> bool:
    """Whether a volume mounted at `root` is where a stick would be on `platform`."""
    if platform.startswith("win"):
        drive = PureWindowsPath(root).drive.upper()
        system = (system_drive or os.environ.get("SYSTEMDRIVE", "C:")).upper().rstrip("\\")
        return bool(drive) and drive != system
    path = PurePosixPath(root)
    bases = MAC_MOUNTS if platform == "darwin" else LINUX_MOUNTS
    return any(path != PurePosixPath(b) and path.is_relative_to(b) for b in bases)


def removable_drives() -> list[Drive]:
    system = QStorageInfo.root().rootPath()
    out = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or \
                volume.isRoot() or root == system or not is_removable(root):
            continue
        out.append(Drive(root, volume.displayName() or root, volume.bytesAvailable()))
    return sorted(out, key=lambda d: d.path)
