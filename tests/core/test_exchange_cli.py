"""`piu-desk exchange export|import|verify` and `keys show` on real stores: a station's
bundle written to a folder, checked and imported at HQ, a second import a replay, a damaged
file refused with a non-zero exit and one line, fingerprints in phone groups."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from piu_desk import cli
from piu_desk.core.desk import Desk
from piu_desk.core.exchange.sync import keys
from piu_desk.core.records import vessels
from tests.conftest import CHEAP_KDF
from tests.core.exchange_support import enrolled
from tests.core.sync_support import EXCHANGE, shared
from tests.core.test_records import a_vessel, arrive


def _run(store: Path, *argv: str, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{EXCHANGE[2]}\n"))
    code = cli.main([*argv, "--store", str(store), "--user", EXCHANGE[0], "--password-stdin"],
                    kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    out, err = capsys.readouterr()
    return code, out, err


def test_export_verify_import_from_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    port, hq = enrolled(tmp_path)
    vid, _ = vessels.register(port, a_vessel())
    arrive(port, vid)
    expected = shared(port)
    port.close()
    hq.close()
    stick = tmp_path / "stick"
    stick.mkdir()

    def run(store: str, *argv: str) -> tuple[int, str, str]:
        return _run(tmp_path / store, *argv, monkeypatch=monkeypatch, capsys=capsys)

    code, out, _ = run("khkos", "exchange", "export", "--to", str(stick), "--json")
    written = json.loads(out)
    assert code == 0 and (written["sequence"], written["records"]) == (1, 2)
    code, out, _ = run("hq", "exchange", "verify", written["path"])
    assert code == 0 and "from KHKOS to KHPNH, sequence 1" in out and "not applied" in out
    code, out, _ = run("hq", "exchange", "import", written["path"])
    assert code == 0 and "2 applied" in out
    code, out, _ = run("hq", "exchange", "import", written["path"])
    assert code == 0 and "already applied, nothing changed" in out
    damaged = stick / "damaged.piu"
    data = bytearray(Path(written["path"]).read_bytes())
    data[-40] ^= 1
    damaged.write_bytes(bytes(data))
    code, out, _ = run("hq", "exchange", "verify", str(damaged))
    assert code == 1 and out.startswith("NOT VALID")
    code, out, _ = run("hq", "exchange", "import", str(damaged))
    assert code == 1 and "not imported" in out
    code, out, _ = run("hq", "keys", "show")
    assert code == 0 and len(re.findall(r"(?:[A-Z2-7]{4}-){5}[A-Z2-7]{4}", out)) == 3
    with Desk.open(tmp_path / "hq", kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF) as desk:
        desk.unlock(EXCHANGE[0], EXCHANGE[2])
        assert shared(desk) == expected


def test_a_key_rotation_travels_from_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A desk exchanging only by the command line rotates its keys: `export` writes the
    rotation file beside the bundle, and `import` given both pins the new keys first, so
    the bundle they signed opens (in whatever order the files are named)."""
    port, hq = enrolled(tmp_path)
    vid, _ = vessels.register(port, a_vessel())
    arrive(port, vid)
    keys.rotate(port)
    port.close()
    hq.close()
    stick = tmp_path / "stick"
    stick.mkdir()

    def run(store: str, *argv: str) -> tuple[int, str, str]:
        return _run(tmp_path / store, *argv, monkeypatch=monkeypatch, capsys=capsys)

    code, out, _ = run("khkos", "exchange", "export", "--to", str(stick), "--json")
    written = json.loads(out)
    assert code == 0 and written["rotations"].endswith(".piukeys")
    code, out, _ = run("hq", "exchange", "import", written["path"])
    assert code == 1 and "not imported" in out  # signed by keys HQ has not pinned yet
    code, out, _ = run("hq", "exchange", "import", written["path"], written["rotations"])
    assert code == 0 and "key rotations of KHKOS: generation 2 pinned" in out
    assert "2 applied" in out
    code, out, _ = run("hq", "exchange", "import", written["rotations"])
    assert code == 0 and "nothing new" in out
