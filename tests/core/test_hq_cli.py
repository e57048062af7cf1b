"""HQ from the command line: `init --hq`, publishing the master watchlist, one bundle per
station from `exchange export`, the release arriving at a station, the stations overview."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from piu_desk import cli
from piu_desk.core.desk import Desk
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.intel import watchlist
from tests.conftest import CHEAP_KDF, SUPERVISOR
from tests.core.exchange_support import as_exchange_officer, enrolled
from tests.core.sync_support import EXCHANGE, KAMPOT, make_store

ADMIN_PW = "admin-pass-123"


def _cli(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    out, err = capsys.readouterr()
    return code, out, err


def _as(user: tuple[str, str, str], store: Path, *argv: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
        ) -> tuple[int, str, str]:
    return _cli([*argv, "--store", str(store), "--user", user[0], "--password-stdin"],
                f"{user[2]}\n", monkeypatch, capsys)


@pytest.mark.parametrize("hq", [True, False])
def test_init_hq_makes_a_headquarters_store(tmp_path: Path, hq: bool,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "store"
    code, out, err = _cli(["--json", "init", "--store", str(folder), "--station-name",
                           "PIU Headquarters", "--locode", "KHPNH", "--admin", "admin",
                           "--password-stdin"] + (["--hq"] if hq else []), ADMIN_PW + "\n",
                          monkeypatch, capsys)
    assert code == 0, err
    assert json.loads(out)["hq"] is hq
    with Desk.open(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF) as desk:
        desk.unlock("admin", ADMIN_PW)
        assert desk.station().is_hq is hq and desk.station().locode == "KHPNH"


def test_publish_export_to_every_station_and_the_release_at_the_station(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    port, hq = enrolled(tmp_path)
    kampot = as_exchange_officer(make_store(tmp_path / "kmt", KAMPOT))
    peers.pin(hq, "station", keys.own_public(kampot))
    watchlist.add(hq, WatchEntry(None, EntryKind.PERSON, ("TRAN THI HOA",), "Wanted",
                                 "PIU HQ"))
    stores = {d.station().locode: d.folder for d in (port, hq, kampot)}
    for desk in (port, hq, kampot):
        desk.close()
    hq_store, port_store = stores["KHPNH"], stores["KHKOS"]
    stick = tmp_path / "stick"
    stick.mkdir()

    def run(user: tuple[str, str, str], store: Path, *argv: str) -> tuple[int, str, str]:
        return _as(user, store, *argv, monkeypatch=monkeypatch, capsys=capsys)

    code, out, err = run(SUPERVISOR, port_store, "exchange", "publish", "--expires",
                         "2099-12-31")
    assert code == 1 and out == "" and "Only headquarters publishes" in err
    code, out, err = run(SUPERVISOR, hq_store, "exchange", "publish", "--expires", "31/12/2099")
    assert code == 1 and "YYYY-MM-DD" in err and err.count("\n") == 1
    code, out, err = run(SUPERVISOR, hq_store, "exchange", "releases")
    assert code == 0 and "No release yet; 1 watchlist entries waiting." in out
    code, out, err = run(SUPERVISOR, hq_store, "--json", "exchange", "publish", "--expires",
                         "2099-12-31", "--note", "first list")
    assert code == 0, err
    made = json.loads(out)
    assert (made["version"], made["entries"], made["note"]) == (1, 1, "first list")

    code, out, err = run(EXCHANGE, hq_store, "--json", "exchange", "export", "--to",
                         str(stick))
    assert code == 0, err
    assert sorted(b["peer"] for b in json.loads(out)["bundles"]) == ["KHKMT", "KHKOS"]
    code, out, err = run(EXCHANGE, hq_store, "exchange", "export", "--to", str(tmp_path),
                         "--station", "KHKOS")
    assert code == 0 and out.startswith("Bundle #2 for KHKOS written to")

    for_port = sorted(stick.glob("*.piu"))
    code, out, err = run(EXCHANGE, port_store, "exchange", "import", *map(str, for_port))
    assert code == 1  # Kampot's bundle is not for this desk
    assert out.count("watchlist release 1 applied") == 1 and "not imported" in out
    code, out, err = run(EXCHANGE, port_store, "exchange", "releases")
    assert code == 0 and out.startswith("Watchlist release 1 from headquarters, received")
    assert "good until 2099-12-31T23:59:59Z" in out

    code, out, err = run(EXCHANGE, hq_store, "--json", "exchange", "stations")
    assert code == 0, err
    rows = {s["station"]: s for s in json.loads(out)["stations"]}
    assert set(rows) == {"KHKMT", "KHKOS"}
    assert rows["KHKOS"]["last_out_sequence"] == 2 and rows["KHKMT"]["last_out_sequence"] == 1
    assert rows["KHKOS"]["outstanding"] == 1 and rows["KHKOS"]["pinned"]
    code, out, _ = run(EXCHANGE, hq_store, "exchange", "stations")
    assert out.splitlines()[1].startswith("KHKOS") and "1 records not confirmed" in out
