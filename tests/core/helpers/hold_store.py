"""Test helper, run as a script: hold a store open (as the app does) until killed.

    python hold_store.py STORE

Prints "held <pid>" once the instance lock is taken, then sleeps.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.store import keys

CHEAP_KDF = keys.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)

if __name__ == "__main__":
    desk = Desk.open(Path(sys.argv[1]), kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    print(f"held {os.getpid()}", flush=True)
    while True:
        time.sleep(60)
