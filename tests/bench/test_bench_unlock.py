"""Where the time of a log-in goes: the production Argon2id, unwrapping the slot, and
opening SQLCipher with the raw data key (SECURITY.md: ~0.4 s, microseconds, ~1 ms)."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
import sqlcipher3
from pytest_benchmark.fixture import BenchmarkFixture

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser
from piu_desk.core.store import connection, database, keys
from piu_desk.core.store.vault import Secrets, Vault
from tests.bench import figures
from tests.conftest import ADMIN, STATION

PASSWORD = "a-long-enough-password"
TIMES: dict[str, float] = {}


def _median(benchmark: BenchmarkFixture) -> float:
    assert benchmark.stats is not None
    return float(benchmark.stats.stats.median)


def test_kdf_argon2id_default(benchmark: BenchmarkFixture) -> None:
    salt = os.urandom(16)
    kek = benchmark.pedantic(keys.derive_password_kek, args=(PASSWORD, salt, keys.DEFAULT_KDF),
                             rounds=3, warmup_rounds=1)
    assert len(kek) == keys.KEY_BYTES
    TIMES["kdf"] = _median(benchmark)
    figures.add("unlock: Argon2id, DEFAULT_KDF (256 MiB, t=3, p=2)",
                figures.ms(TIMES["kdf"]), "about 0.4 s on a 2-core desk (SECURITY.md)")


def test_slot_unwrap(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    """Everything the vault does after the KDF: key check value, AES-256-GCM, parsing."""
    vault = Vault.new(tmp_path)
    secrets = Secrets(keys.random_key(), 1, keys.new_agreement_key()[0], keys.random_key())
    vault.put_user_slot("admin", PASSWORD, secrets, keys.MINIMUM_KDF)
    slot = vault.slots_of(vault.who("admin"))
    kdf = slot[0]["kdf"]
    kek = keys.derive_password_kek(PASSWORD, base64.b64decode(kdf["salt"]),
                                   keys.KdfParams(kdf["m"], kdf["t"], kdf["p"]))
    opened = benchmark.pedantic(vault._open_slots, args=(slot, lambda _s: kek),
                                rounds=2000, iterations=1)
    assert opened[0].data_key == secrets.data_key
    TIMES["unwrap"] = _median(benchmark)
    figures.add("unlock: slot unwrap after the KDF (check value, AES-GCM)",
                figures.ms(TIMES["unwrap"]))


@pytest.fixture
def db_and_key(tmp_path: Path) -> tuple[Path, bytes]:
    key = keys.random_key()
    conn = database.create(tmp_path, key)
    conn.close()
    return database.db_path(tmp_path), key


def test_sqlcipher_open_with_raw_key(benchmark: BenchmarkFixture,
                                     db_and_key: tuple[Path, bytes]) -> None:
    path, key = db_and_key
    benchmark.pedantic(lambda: connection.open_database(path, key).close(), rounds=200,
                       warmup_rounds=5)
    TIMES["open"] = _median(benchmark)
    figures.add("unlock: SQLCipher open with the raw data key", figures.ms(TIMES["open"]),
                "about 1 ms (SECURITY.md)")


def test_sqlcipher_open_with_passphrase_for_comparison(benchmark: BenchmarkFixture,
                                                       tmp_path: Path) -> None:
    """What the raw key saves: SQLCipher's own PBKDF2 on every open of a passphrase."""
    path = tmp_path / "passphrase.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = 'a passphrase'")
    conn.execute("CREATE TABLE t(x)")
    conn.close()

    def open_close() -> None:
        c = sqlcipher3.connect(str(path))
        c.execute("PRAGMA key = 'a passphrase'")
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()
        c.close()
    benchmark.pedantic(open_close, rounds=3, warmup_rounds=1)
    figures.add("  for comparison: SQLCipher open with a passphrase (not used)",
                figures.ms(_median(benchmark)))


def test_full_unlock_production(benchmark: BenchmarkFixture,
                                tmp_path: Path) -> None:
    """Desk.unlock end to end with a production-cost slot: KDF, unwrap, open, migrations
    check, log-in audit entry and the signed slot file."""
    desk, _ = Desk.create(tmp_path / "store", STATION,
                          NewUser(ADMIN[0], ADMIN[1], ADMIN[2], frozenset()))
    try:
        def relock() -> None:
            desk.lock()
        relock()
        benchmark.pedantic(desk.unlock, args=(ADMIN[0], ADMIN[2]), setup=relock, rounds=3)
        assert desk.is_unlocked
    finally:
        desk.close()
    total = _median(benchmark)
    figures.add("unlock: Desk.unlock end to end, production slot", figures.ms(total))
    if len(TIMES) == 3:
        parts = TIMES["kdf"] + TIMES["unwrap"] + TIMES["open"]
        figures.add("SUMMARY unlock split: KDF / unwrap / open",
                    f"{TIMES['kdf'] / parts:.1%} / {TIMES['unwrap'] / parts:.3%} / "
                    f"{TIMES['open'] / parts:.2%}")
