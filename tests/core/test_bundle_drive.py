"""A stick pulled out while a bundle is read or written (a file that fails after N bytes)
gives a clear error and leaves nothing behind: no `.partial` or half bundle on the stick,
no staging files on the desk. A drive that garbles what it stored is caught by the
read-back, and the bundle removed."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from piu_desk.core.exchange import bundle as b
from piu_desk.core.exchange.bundle import files
from tests.core.bundle_support import (
    FIELDS,
    KEYS,
    Crafted,
    FailingReader,
    FailingWriter,
    craft,
    entries,
    read,
    staged_files,
    write,
)

BUNDLE = craft(Crafted())


@settings(max_examples=40, deadline=None)
@given(budget=st.integers(0, len(BUNDLE) - 1))
@example(budget=0)
@example(budget=len(BUNDLE) - 1)
def test_a_stick_pulled_mid_read_leaves_staging_clean(budget: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        staging = Path(folder) / "staging"
        with pytest.raises(b.DriveUnreadable) as raised:
            read(FailingReader(BUNDLE, budget), staging)  # type: ignore[arg-type]
        assert staged_files(staging) == []
        assert list(staging.iterdir()) == []
    assert str(raised.value).startswith("The drive was removed or could not be read; "
                                        "nothing was imported.")
    assert "Input/output error" in str(raised.value)


def test_a_bundle_file_that_is_gone_is_a_drive_problem(tmp_path: Path) -> None:
    with pytest.raises(b.DriveUnreadable):
        read(tmp_path / "gone.piu", tmp_path / "staging")


SIZE = len(BUNDLE)


@pytest.mark.parametrize("budget", [0, 10, 3000, 5000, 70_000, 150_000, SIZE - 100, SIZE - 1])
def test_a_stick_pulled_mid_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 budget: int) -> None:
    def failing(path: Path) -> BinaryIO:
        return FailingWriter(path.open("xb"), budget)  # type: ignore[return-value]
    monkeypatch.setattr(files, "open_new", failing)
    with pytest.raises(b.ExportFailed) as raised:
        write(tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert str(raised.value).startswith("The drive was removed or could not be written; "
                                        "nothing was exported.")


def test_a_stick_that_fails_to_flush_leaves_no_file(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(file: BinaryIO) -> None:
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(files, "flush_to_device", fail)
    with pytest.raises(b.ExportFailed):
        write(tmp_path)
    assert list(tmp_path.iterdir()) == []


def _garble_after_rename(monkeypatch: pytest.MonkeyPatch, offset: int) -> None:
    """The drive acknowledges the write, then holds other bytes than it was given."""
    flush = files.flush_folder

    def garbling(folder: Path) -> None:
        flush(folder)
        (bundle,) = folder.glob("*.piu")
        data = bytearray(bundle.read_bytes())
        data[offset % len(data)] ^= 0x40
        bundle.write_bytes(bytes(data))
    monkeypatch.setattr(files, "flush_folder", garbling)


@pytest.mark.parametrize("offset", [100, 5000, -10])
@pytest.mark.parametrize("archive", [True, False], ids=["decrypted", "hashed"])
def test_the_read_back_catches_a_drive_that_garbles(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    offset: int, archive: bool) -> None:
    _garble_after_rename(monkeypatch, offset)
    with pytest.raises(b.ExportNotVerified):
        b.write_bundle(tmp_path, entries(), FIELDS, KEYS.signer, KEYS.recipients,
                       KEYS.archive if archive else None)
    assert list(tmp_path.iterdir()) == []


def test_a_read_back_that_cannot_read_the_drive_is_an_export_failure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flush = files.flush_folder

    def pulled(folder: Path) -> None:
        flush(folder)
        (bundle,) = folder.glob("*.piu")
        bundle.write_bytes(b"")
        bundle.chmod(0)
    monkeypatch.setattr(files, "flush_folder", pulled)
    with pytest.raises((b.ExportFailed, b.ExportNotVerified)):
        write(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_this_desks_disk_failing_under_staging_is_told_apart(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []

    def full_disk(self: files.Staging, index: int) -> BinaryIO:
        opened.append(self.path_for(index))
        return FailingWriter(self.path_for(index).open("xb"), 1000)  # type: ignore
    monkeypatch.setattr(files.Staging, "open", full_disk)
    staging = tmp_path / "staging"
    with pytest.raises(b.StagingFailed, match="disk could not hold"):
        read(io.BytesIO(BUNDLE), staging)
    assert opened and staged_files(staging) == []
    blocked = tmp_path / "a-file"
    blocked.write_bytes(b"")
    with pytest.raises(b.StagingFailed):
        read(io.BytesIO(BUNDLE), blocked / "staging")
