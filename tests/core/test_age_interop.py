"""Interoperability with Debian's `age` command (packaging/debian-packages.txt): files we
write to an X25519 recipient open with `age -d`, files `age` writes open with our reader,
both ways with keys made on either side. For mlkem768x25519 the same runs when the
installed `age` knows that recipient type; Debian's 1.1.1 does not, and the
test says so in its skip reason."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from piu_desk.core.exchange import age

AGE = shutil.which("age")
KEYGEN = shutil.which("age-keygen")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(AGE is None or KEYGEN is None,
                       reason="the age package is not installed (make setup installs it)"),
]
SIZES = [0, 1, age.CHUNK, age.CHUNK + 1, 3 * age.CHUNK + 17]


def _age(*args: str, data: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    assert AGE is not None
    return subprocess.run([AGE, *args], input=data, capture_output=True, timeout=60,
                          check=False)


def _plain(size: int) -> bytes:
    return random.Random(size).randbytes(size)


@pytest.fixture(scope="module")
def keygen_identity(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "key.txt"
    assert KEYGEN is not None
    subprocess.run([KEYGEN, "-o", str(path)], check=True, capture_output=True, timeout=30)
    return path


@pytest.mark.parametrize("size", SIZES)
def test_age_opens_what_we_encrypt_to_its_key(keygen_identity: Path, size: int) -> None:
    identity = age.parse_identity_file(keygen_identity.read_text())[0]
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(_plain(size)), sealed, [identity.recipient()])
    opened = _age("-d", "-i", str(keygen_identity), data=sealed.getvalue())
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == _plain(size)


@pytest.mark.parametrize("size", SIZES)
def test_we_open_what_age_encrypts_to_our_key(tmp_path: Path, size: int) -> None:
    identity = age.X25519Identity.generate()
    sealed = _age("-r", identity.recipient().encode(), data=_plain(size))
    assert sealed.returncode == 0, sealed.stderr
    out = io.BytesIO()
    age.decrypt(io.BytesIO(sealed.stdout), out, [identity])
    assert out.getvalue() == _plain(size)
    key_file = tmp_path / "ours.txt"
    key_file.write_text(f"# ours\n{identity.encode()}\n")
    mine = io.BytesIO()
    age.encrypt(io.BytesIO(_plain(size)), mine, [identity.recipient()])
    assert _age("-d", "-i", str(key_file), data=mine.getvalue()).stdout == _plain(size)


def test_age_refuses_what_we_tampered_with(keygen_identity: Path) -> None:
    identity = age.parse_identity_file(keygen_identity.read_text())[0]
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(_plain(1000)), sealed, [identity.recipient()])
    data = bytearray(sealed.getvalue())
    data[-5] ^= 1
    assert _age("-d", "-i", str(keygen_identity), data=bytes(data)).returncode != 0


def _age_knows_hybrid(recipient: str) -> bool:
    return _age("-r", recipient, data=b"probe").returncode == 0


@pytest.mark.parametrize("size", [0, age.CHUNK + 1])
def test_hybrid_both_ways_when_age_supports_it(tmp_path: Path, size: int) -> None:
    identity = age.HybridIdentity.generate()
    recipient = identity.recipient().encode()
    if not _age_knows_hybrid(recipient):
        version = _age("--version").stdout.decode().strip()
        pytest.skip(f"the installed age {version} has no mlkem768x25519 recipients "
                    "(newer age releases have them)")
    sealed = _age("-r", recipient, data=_plain(size))
    out = io.BytesIO()
    age.decrypt(io.BytesIO(sealed.stdout), out, [identity])
    assert out.getvalue() == _plain(size)
    key_file = tmp_path / "pq.txt"
    key_file.write_text(identity.encode() + "\n")
    mine = io.BytesIO()
    age.encrypt(io.BytesIO(_plain(size)), mine, [identity.recipient()])
    assert _age("-d", "-i", str(key_file), data=mine.getvalue()).stdout == _plain(size)
