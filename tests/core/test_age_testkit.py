"""The age layer against the Community Cryptography Test Vectors for age
(tests/fixtures/age-testkit, from C2SP CCTV): every vector whose features are implemented opens with
exactly its expected outcome, its payload hash (also the partial output before a payload
failure) and its file key; and every well-formed header and STREAM payload re-encodes to
the very same bytes. Skips are by feature (passphrase recipients, ASCII armor), read from
the vector's own header, never by name."""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from piu_desk.core.exchange import age
from piu_desk.core.exchange.age.header import header_with_mac, mac_input_of, read_header
from piu_desk.core.exchange.age.primitives import payload_key
from piu_desk.core.exchange.age.stream import PayloadReader, PayloadWriter

# A copy of ../shared/testdata/age-testkit (C2SP CCTV; its licence allows copying), kept
# in the repository so a clean checkout tests against it wherever it lands.
TESTKIT = Path(__file__).resolve().parents[1] / "fixtures" / "age-testkit"
OUTCOMES: dict[str, type[age.AgeError] | None] = {
    "success": None,
    "no match": age.NoMatch,
    "header failure": age.HeaderFailure,
    "HMAC failure": age.HmacFailure,
    "payload failure": age.PayloadFailure,
}
UNIMPLEMENTED = {"passphrase": "scrypt (passphrase) recipients", "armored": "ASCII armor"}


@dataclass
class Vector:
    name: str
    expect: str
    file: bytes
    identities: list[str] = field(default_factory=list)
    payload: bytes | None = None
    file_key: bytes | None = None
    features: set[str] = field(default_factory=set)


def load(path: Path) -> Vector:
    data = path.read_bytes()
    head, _, body = data.partition(b"\n\n")
    vector = Vector(path.name, "", body)
    compressed = False
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        if key == "expect":
            vector.expect = value
        elif key == "payload":
            vector.payload = bytes.fromhex(value)
        elif key == "file key":
            vector.file_key = bytes.fromhex(value)
        elif key == "identity":
            vector.identities.append(value)
        elif key in UNIMPLEMENTED:
            vector.features.add(key)
        elif key == "compressed":
            assert value == "zlib", f"{path.name}: unknown compression {value}"
            compressed = True
        else:
            assert key == "comment", f"{path.name}: unknown vector key {key!r}"
    if compressed:
        vector.file = zlib.decompress(body)
    return vector


VECTORS = [load(p) for p in sorted(TESTKIT.iterdir()) if p.name != "README.md"]


def _param(vector: Vector) -> object:
    missing = sorted(UNIMPLEMENTED[f] for f in vector.features)
    marks = [pytest.mark.skip(reason="not implemented: " + ", ".join(missing))] if missing else []
    return pytest.param(vector, id=vector.name, marks=marks)


PARAMS = [_param(v) for v in VECTORS]


def test_the_testkit_is_there_and_mostly_applicable() -> None:
    assert len(VECTORS) == 143
    applicable = [v for v in VECTORS if not v.features]
    assert len(applicable) == 85
    assert {v.expect for v in applicable} == set(OUTCOMES)
    assert sum(v.name.startswith("hybrid") for v in applicable) == 18


class Collected(io.BytesIO):
    """The plaintext a decryption wrote, up to wherever it stopped."""


@pytest.mark.parametrize("vector", PARAMS)
def test_vector_gives_its_expected_outcome(vector: Vector) -> None:
    identities = [age.parse_identity(i) for i in vector.identities]
    out = Collected()
    expected = OUTCOMES[vector.expect]
    if expected is None:
        age.decrypt(io.BytesIO(vector.file), out, identities)
    else:
        with pytest.raises(age.AgeError) as failure:
            age.decrypt(io.BytesIO(vector.file), out, identities)
        assert type(failure.value) is expected, failure.value.detail
        assert failure.value.outcome == vector.expect
    if vector.payload is not None and expected in (None, age.PayloadFailure):
        assert hashlib.sha256(out.getvalue()).digest() == vector.payload
    if expected in (age.HeaderFailure, age.NoMatch, age.HmacFailure):
        assert out.getvalue() == b""


@pytest.mark.parametrize("vector", [p for p, v in zip(PARAMS, VECTORS, strict=True)
                                    if v.expect in ("success", "HMAC failure",
                                                    "payload failure")])
def test_vector_file_key_is_the_one_unwrapped(vector: Vector) -> None:
    header = read_header(io.BytesIO(vector.file))
    identities = [age.parse_identity(i) for i in vector.identities]
    assert age.unwrap_file_key(header.stanzas, identities) == vector.file_key


@pytest.mark.parametrize("vector", [p for p, v in zip(PARAMS, VECTORS, strict=True)
                                    if v.expect != "header failure"])
def test_vector_header_re_encodes_identically(vector: Vector) -> None:
    header = read_header(io.BytesIO(vector.file))
    again = header_with_mac(header.stanzas, mac_input_of(header.stanzas), header.mac)
    assert again.raw == header.raw == vector.file[:len(header.raw)]
    assert again.mac_input == header.mac_input


@pytest.mark.parametrize("vector", [p for p, v in zip(PARAMS, VECTORS, strict=True)
                                    if v.expect == "success"])
def test_vector_payload_re_encrypts_identically(vector: Vector) -> None:
    assert vector.file_key is not None
    source = io.BytesIO(vector.file)
    read_header(source)
    nonce, sealed = source.read(16), source.read()
    key = payload_key(vector.file_key, nonce)
    plaintext = PayloadReader(io.BytesIO(sealed), key).read()
    again = io.BytesIO()
    with PayloadWriter(again, key) as writer:
        writer.write(plaintext)
    assert again.getvalue() == sealed
