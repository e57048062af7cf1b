"""The command line: real stores, real output, exit codes and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from piu_desk import __version__, cli
from piu_desk.core.store import backup
from tests.conftest import CHEAP_KDF

ADMIN_PW = "admin-pass-123"


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str],
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(argv, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str],
              monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "store"
    code, out, err = run(capsys, monkeypatch, [
        "init", "--store", str(folder), "--station-name", "Koh Kong PIU", "--locode", "khkkz",
        "--admin", "dara", "--admin-name", "Sok Dara", "--password-stdin"], ADMIN_PW + "\n")
    assert code == 0, err
    assert "RECOVERY KEY" in out
    return folder


def as_admin(folder: Path, *argv: str) -> list[str]:
    return [*argv, "--store", str(folder), "--user", "dara", "--password-stdin"]


def test_init_prints_the_recovery_key_once_as_json(tmp_path: Path, capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, [
        "--json", "init", "--store", str(tmp_path / "s"), "--station-name", "Kampot PIU",
        "--locode", "KHKMT", "--admin", "admin", "--password-stdin"], ADMIN_PW + "\n")
    assert code == 0
    data = json.loads(out)
    assert data["ok"] is True and len(data["recovery_key"].split("-")) == 14


def test_init_rejects_a_bad_locode_in_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    code, out, err = run(capsys, monkeypatch, [
        "init", "--store", str(tmp_path / "s"), "--station-name", "X port",
        "--locode", "KH1", "--admin", "admin", "--password-stdin"], ADMIN_PW + "\n")
    assert code == 1 and out == ""
    assert err.startswith("piu-desk: A UN/LOCODE is 5 characters") and err.count("\n") == 1
    assert not (tmp_path / "s" / "keyslots.json").exists()


def test_user_add_list_roles_disable(store_dir: Path, capsys, monkeypatch) -> None:
    code, _, err = run(capsys, monkeypatch, as_admin(
        store_dir, "user", "add", "vanna", "--full-name", "Chan Vanna", "--role", "officer"),
        f"{ADMIN_PW}\nofficer-pass-1\n")
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, as_admin(
        store_dir, "user", "roles", "vanna", "--role", "officer", "--role", "exchange"),
        ADMIN_PW + "\n")
    assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, ["--json", *as_admin(store_dir, "user", "list")],
                       ADMIN_PW + "\n")
    users = {u["user"]: u for u in json.loads(out)["users"]}
    assert users["vanna"]["roles"] == ["exchange", "officer"]
    code, out, _ = run(capsys, monkeypatch, as_admin(store_dir, "user", "disable", "vanna"),
                       ADMIN_PW + "\n")
    assert code == 0 and "rotated" in out
    code, _, err = run(capsys, monkeypatch, [
        "user", "list", "--store", str(store_dir), "--user", "vanna", "--password-stdin"],
        "officer-pass-1\n")
    assert code == 1 and "Wrong user name or password" in err


def test_officer_is_refused_administration(store_dir: Path, capsys, monkeypatch) -> None:
    run(capsys, monkeypatch, as_admin(
        store_dir, "user", "add", "vanna", "--full-name", "Chan Vanna", "--role", "officer"),
        f"{ADMIN_PW}\nofficer-pass-1\n")
    code, _, err = run(capsys, monkeypatch, [
        "user", "add", "evil", "--full-name", "Evil Person", "--role", "administrator",
        "--store", str(store_dir), "--user", "vanna", "--password-stdin"],
        "officer-pass-1\nsomething-long-1\n")
    assert code == 1 and "may not do this" in err


def test_audit_verify_check_backup_restore(store_dir: Path, tmp_path: Path, capsys,
                                           monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, ["--json", *as_admin(store_dir, "audit", "verify")],
                       ADMIN_PW + "\n")
    assert code == 0 and json.loads(out)["valid"] is True
    code, out, _ = run(capsys, monkeypatch, as_admin(store_dir, "check"), ADMIN_PW + "\n")
    assert code == 0 and "healthy" in out
    target = tmp_path / "b.piubak"
    code, _, err = run(capsys, monkeypatch, as_admin(store_dir, "backup", "--to", str(target)),
                       ADMIN_PW + "\n")
    assert code == 0, err
    assert backup.read_header(target).db_size > 0
    code, out, err = run(capsys, monkeypatch, as_admin(store_dir, "restore", "--from",
                                                       str(target)), ADMIN_PW + "\n")
    assert code == 0, err
    assert "moved to" in out and list(store_dir.glob("replaced-*"))
    code, out, _ = run(capsys, monkeypatch, ["--json", *as_admin(store_dir, "audit", "list")],
                       ADMIN_PW + "\n")
    assert "store.restore" in [e["action"] for e in json.loads(out)["entries"]]


def test_audit_verify_fails_on_an_edited_row(store_dir: Path, capsys, monkeypatch) -> None:
    import sqlcipher3

    from piu_desk.core.store.connection import apply_key
    from piu_desk.core.store.vault import Vault

    secrets = Vault.load(store_dir).unlock_user("dara", ADMIN_PW, CHEAP_KDF)[0]
    conn = sqlcipher3.connect(str(store_dir / "piu-desk.db"), isolation_level=None)
    apply_key(conn, secrets.data_key)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET detail = 'nothing to see' WHERE seq = 2")
    conn.close()
    code, _, err = run(capsys, monkeypatch, as_admin(store_dir, "audit", "verify"),
                       ADMIN_PW + "\n")
    assert code == 1 and "entry 2 was altered" in err


def test_a_missing_store_and_a_missing_user_option(tmp_path: Path, capsys, monkeypatch) -> None:
    code, _, err = run(capsys, monkeypatch, ["check", "--store", str(tmp_path / "none"),
                                             "--user", "x", "--password-stdin"], "pw\n")
    assert code == 1 and "No PIU Desk store" in err
    code, _, err = run(capsys, monkeypatch, ["check", "--store", str(tmp_path)])
    assert code == 2 and "--user" in err


def test_demo_store_has_every_role(tmp_path: Path, capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, ["--json", "demo", "--store", str(tmp_path / "d")])
    assert code == 0
    names = [a["user"] for a in json.loads(out)["accounts"]]
    code, out, _ = run(capsys, monkeypatch, [
        "--json", "user", "list", "--store", str(tmp_path / "d"), "--user", "admin",
        "--password-stdin"], "demo-admin-2026\n")
    listed = json.loads(out)["users"]
    assert sorted(u["user"] for u in listed) == sorted(names)
    roles = {r for u in listed for r in u["roles"]}
    assert roles == {"officer", "supervisor", "custodian", "exchange", "administrator"}


# -- the real console script, production key derivation -----------------------------------
def script(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "piu_desk", *argv], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_version() -> None:
    result = script("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"PIU Desk {__version__}"


@pytest.mark.slow
def test_wrong_password_second_instance_and_no_traceback(tmp_path: Path) -> None:
    folder = str(tmp_path / "s")
    made = script("init", "--store", folder, "--station-name", "Phnom Penh PIU", "--locode",
                  "KHPNH", "--admin", "admin", "--password-stdin", stdin=ADMIN_PW + "\n")
    assert made.returncode == 0, made.stderr
    wrong = script("check", "--store", folder, "--user", "admin", "--password-stdin",
                   stdin="not-the-password\n")
    assert wrong.returncode == 1
    assert wrong.stderr == ("piu-desk: Wrong user name or password. Check the keyboard "
                            "language and Caps Lock, then try again.\n")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from piu_desk.core.desk import Desk; "
        f"d = Desk.open(Path({folder!r})); print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        second = script("check", "--store", folder, "--user", "admin", "--password-stdin",
                        stdin=ADMIN_PW + "\n")
        assert second.returncode == 3
        assert "already open on this store" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    after = script("check", "--store", folder, "--user", "admin", "--password-stdin",
                   stdin=ADMIN_PW + "\n")
    assert after.returncode == 0, after.stderr
