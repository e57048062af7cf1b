"""A store made by an older build opens in this one: a copy is taken first, the migrations
run, the records are still there and the store checks clean. A store made by a newer
build is refused with a clear message, by the desk and by the command line, and left as
it was. The stores are the fixtures of tests/fixtures/stores/ (made by make_stores.py)."""

from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path

import pytest

from piu_desk import cli
from piu_desk.core import maintenance
from piu_desk.core.desk import Desk
from piu_desk.core.errors import FileProblem, StoreTooNew
from piu_desk.core.records import crew, port_calls, vessels
from piu_desk.core.store import connection, migrations, upgrade_backup
from tests.conftest import ADMIN, CHEAP_KDF, OFFICER, FakeClock
from tests.core.support import all_bytes, raw_open

STORES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
FIXTURES = {int(p.name[1:]): p for p in sorted(STORES.glob("v[0-9][0-9][0-9][0-9]"))}
OLDER = [v for v in FIXTURES if v < migrations.LATEST]


def copy_of(version: int, tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES[version], tmp_path / f"store-v{version}"))


def open_desk(folder: Path, clock: FakeClock | None = None) -> Desk:
    return Desk.open(folder, clock=clock or FakeClock(), kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)


def schema_of(db_folder: Path, key: bytes) -> int:
    conn = raw_open(db_folder, key)
    try:
        return migrations.schema_version(conn)
    finally:
        conn.close()


def test_every_earlier_schema_has_a_fixture_store() -> None:
    missing = [v for v in range(1, migrations.LATEST) if v not in FIXTURES]
    assert not missing, (f"no fixture store of schema {missing}: run "
                         "`.venv/bin/python tests/fixtures/make_stores.py` and commit it")


@pytest.mark.parametrize("version", OLDER)
def test_an_older_store_is_copied_then_upgraded_with_its_records(version: int,
                                                                 tmp_path: Path) -> None:
    folder = copy_of(version, tmp_path)
    clock = FakeClock()
    with open_desk(folder, clock) as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        key = desk.secrets().data_key
        # the copy taken first: a whole store of the old schema, slot file included
        kept = folder / "backups" / upgrade_backup.folder_name(migrations.LATEST, clock.now)
        assert sorted(p.name for p in (folder / "backups").iterdir()) == [kept.name]
        assert sorted(p.name for p in kept.iterdir()) == ["keyslots.json", "piu-desk.db"]
        assert (kept / "keyslots.json").read_bytes() == (
            FIXTURES[version] / "keyslots.json").read_bytes()
        assert schema_of(kept, key) == version
        assert schema_of(folder, key) == migrations.LATEST
        upgrade = desk.audit_page(0, 5, action_prefix="store.upgrade")
        assert [(e.target, e.detail) for e in upgrade] == [(
            f"schema {migrations.LATEST}",
            f"from schema {version}; copy kept in backups/{kept.name}")]
        if version >= 2:
            vessel = vessels.get(desk, 1)
            assert (vessel.name, vessel.flag, vessel.imo) == ("SEA PEARL", "KHM", "9074729")
            assert [h.name for h in vessel.history] == ["BLUE PEARL"]
            assert port_calls.get(desk, 1).last_port == "SGSIN"
            assert [(m.family_name, m.nationality) for m in crew.members(desk, 1)] == [
                ("IVANOV", "RUS"), ("SOK", "KHM")]
        report = maintenance.check(desk)
        assert report.ok, (report.problems, report.audit.reason)
        assert report.audit.entries >= 4
    with open_desk(folder) as desk:  # the officer's slot works too; no second copy
        desk.unlock(OFFICER[0], OFFICER[2])
    assert len(list((folder / "backups").iterdir())) == 1


def test_the_copy_kept_opens_as_the_old_store(tmp_path: Path) -> None:
    version = OLDER[-1]
    folder = copy_of(version, tmp_path)
    with open_desk(folder) as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
    kept = next((folder / "backups").iterdir())
    # as an older build would: the kept folder is a store, and unlocks with the old password
    again = Path(shutil.copytree(kept, tmp_path / "put-back"))
    with open_desk(again) as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        assert maintenance.check(desk).ok


def test_an_upgrade_whose_copy_fails_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    version = OLDER[-1]
    folder = copy_of(version, tmp_path)
    (folder / "backups").write_text("a file where the backups folder would go")
    before = all_bytes(folder)
    with open_desk(folder) as desk:
        with pytest.raises(FileProblem, match="backups"):
            desk.unlock(ADMIN[0], ADMIN[2])
        assert not desk.is_unlocked
    assert all_bytes(folder)["piu-desk.db"] == before["piu-desk.db"]
    assert [p.name for p in folder.iterdir() if p.name.endswith(".partial")] == []


def _made_by_a_newer_build(tmp_path: Path) -> Path:
    """The newest fixture, given a schema number no build knows yet."""
    folder = copy_of(max(FIXTURES), tmp_path)
    with open_desk(folder) as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        key = desk.secrets().data_key
    conn = connection.open_database(folder / connection.DB_NAME, key)
    try:
        conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    finally:
        conn.close()
    shutil.rmtree(folder / "backups", ignore_errors=True)
    return folder


def test_a_store_from_a_newer_build_is_refused_by_the_desk(tmp_path: Path) -> None:
    folder = _made_by_a_newer_build(tmp_path)
    before = all_bytes(folder)
    with open_desk(folder) as desk:
        with pytest.raises(StoreTooNew) as refused:
            desk.unlock(ADMIN[0], ADMIN[2])
        assert not desk.is_unlocked
    assert str(refused.value) == (
        f"This store was made by a newer PIU Desk (schema {migrations.LATEST + 1}; this one "
        f"knows {migrations.LATEST}). Install the newer version.")
    assert all_bytes(folder)["piu-desk.db"] == before["piu-desk.db"]
    assert not (folder / "backups").exists()


def test_a_store_from_a_newer_build_is_refused_by_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _made_by_a_newer_build(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN[2] + "\n"))
    code = cli.main(["check", "--store", str(folder), "--user", ADMIN[0], "--password-stdin"],
                    kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    out, err = capsys.readouterr()
    assert code == cli.EXIT_FAILED and out == ""
    assert re.fullmatch(r"piu-desk: This store was made by a newer PIU Desk \(schema \d+; "
                        r"this one knows \d+\)\. Install the newer version\.\n", err), err
    assert not (folder / "backups").exists()
