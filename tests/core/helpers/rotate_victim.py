"""Test helper, run as a script: rotate a store's data key and die part-way.

    python rotate_victim.py STORE rotate|disable

PIU_TEST_DIE_AT=N ends the process with os._exit at the N-th step point (0: never). The
step points sit before and after every slot-file save, rename, re-key and confirmation;
PIU_TEST_MARKERS names a file that gets one line per point passed ("<label> <time>"), so a
parent that kills at a random moment can tell where the kill landed. Only this script reads
these variables; the core knows nothing of them.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.store import database, keys
from piu_desk.core.store.vault import Vault

CHEAP_KDF = keys.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
DIE_AT = int(os.environ.get("PIU_TEST_DIE_AT", "0"))
MARKERS = os.environ.get("PIU_TEST_MARKERS")
passed = 0


def point(label: str) -> None:
    global passed
    passed += 1
    if MARKERS:
        with open(MARKERS, "a") as fh:
            fh.write(f"{label} {time.monotonic():.6f}\n")
    if passed == DIE_AT:
        os._exit(137)


def around(owner: Any, name: str) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        point(f"before-{name}")
        result = original(*args, **kwargs)
        point(f"after-{name}")
        return result
    setattr(owner, name, wrapped)


def main(folder: Path, mode: str) -> None:
    desk = Desk.open(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    desk.unlock("admin", "admin-password-1")
    for owner, name in ((Vault, "save"), (os, "replace"), (database, "rekey"),
                        (database, "can_open")):
        around(owner, name)
    point("ready")
    if mode == "disable":
        accounts.disable_user(desk, "vanna")
    else:
        accounts.rotate_data_key(desk, "suspected compromise")
    point("rotated")
    desk.close()
    print(passed)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
