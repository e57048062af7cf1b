"""The manifest and the record stream are read strictly, even when validly signed (a
sender's own bug, or a stolen key): a manifest not byte-identical to its canonical form,
keys missing or extra, entries missing, extra, duplicated, reordered or with a wrong hash,
records out of order, or an unknown version are all refused, with staging left empty."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import bundle as b
from piu_desk.core.exchange.bundle import manifest as manifests
from piu_desk.core.exchange.bundle import records
from piu_desk.core.exchange.bundle.plaintext import PlaintextWriter
from tests.core.bundle_support import Crafted, craft, entries, read, staged_files


def _refused(tmp_path: Path, crafted: Crafted, error: type[DeskError] = b.BundleInvalid,
             **options: Any) -> DeskError:
    staging = tmp_path / "staging"
    with pytest.raises(error) as raised:
        read(io.BytesIO(craft(crafted, **options)), staging)
    assert staged_files(staging) == []
    return raised.value


def _json(**dumps: Any) -> Callable[[dict[str, Any]], bytes]:
    return lambda value: json.dumps(value, **dumps).encode("utf-8")


def test_the_crafting_writer_makes_a_valid_bundle_when_told_nothing(tmp_path: Path) -> None:
    with read(io.BytesIO(craft(Crafted())), tmp_path) as bundle:
        assert len(bundle.entries) == 4


@pytest.mark.parametrize("encode", [
    _json(sort_keys=True),                                   # spaces after , and :
    _json(separators=(",", ":")),                            # keys not sorted
    _json(sort_keys=True, separators=(",", ":"), indent=0),  # line breaks
    lambda v: manifests.canonical(v) + b"\n",
    lambda v: b"\xef\xbb\xbf" + manifests.canonical(v),     # UTF-8 BOM
    lambda v: manifests.canonical(v).replace(b'"sequence":7', b'"sequence":7.0'),
    lambda v: manifests.canonical(v).replace(b'"sequence":7', b'"sequence":7e0'),
    lambda v: manifests.canonical(v).replace(b'"app_version":', b'"app_version":"x",'
                                             b'"app_version":'),
    lambda v: manifests.canonical(v).replace(b'"HQ"', b'"\\u0048Q"'),
    lambda v: manifests.canonical(v).replace(b'"recipient":"HQ"', b'"recipient":"H\xe9"'),
], ids=["spaces", "unsorted", "line breaks", "trailing newline", "BOM", "fraction",
        "exponent", "duplicate key", "needless escape", "not UTF-8"])
def test_a_manifest_not_in_canonical_form_is_refused(
        tmp_path: Path, encode: Callable[[dict[str, Any]], bytes]) -> None:
    _refused(tmp_path, Crafted(encode=encode))


def test_non_ascii_text_is_canonical_as_literal_utf8_and_ascii_escapes_are_not(
        tmp_path: Path) -> None:
    def khmer(value: dict[str, Any]) -> None:
        value["app_version"] = "ក្រុង 1.0"
    with read(io.BytesIO(craft(Crafted(edit=khmer))), tmp_path / "ok") as bundle:
        assert bundle.manifest.app_version == "ក្រុង 1.0"
    escaped = _json(sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    _refused(tmp_path, Crafted(edit=khmer, encode=escaped))


def _set(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def edit(manifest: dict[str, Any]) -> None:
        manifest[key] = value
    return edit


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda manifest: manifest.pop(key) and None


@pytest.mark.parametrize("edit", [
    _drop("audit_head"), _set("note", "hello"), _set("sequence", 0), _set("sequence", True),
    _set("sequence", "7"), _set("bundle_id", "A" * 32), _set("kind", "station-to-station"),
    _set("created_at", "2026-02-30T08:00:00Z"), _set("created_at", "2026-03-01 08:00:00"),
    _set("recipient_keys", []), _set("sender", ""), _set("sender", "KH\nKOS"),
    _set("audit_head", {"sequence": 1}), _set("reference_version", -1),
    _set("sequence", 1 << 64),
], ids=["missing key", "extra key", "sequence 0", "boolean", "string", "upper-case id",
        "unknown kind", "no such day", "not RFC 3339", "no recipients", "empty sender",
        "control character", "audit head incomplete", "negative version", "huge integer"])
def test_a_manifest_without_exactly_the_keys_and_types_of_version_1_is_refused(
        tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    _refused(tmp_path, Crafted(edit=edit))


def test_an_unknown_format_or_magic_names_the_version_found(tmp_path: Path) -> None:
    error = _refused(tmp_path, Crafted(edit=_set("format", "piu-bundle/2")),
                     b.UnsupportedVersion)
    assert "piu-bundle/2" in str(error)
    error = _refused(tmp_path, Crafted(magic=b"piu-bundle/3\n"), b.UnsupportedVersion)
    assert "piu-bundle/3" in str(error)
    _refused(tmp_path, Crafted(magic=b"PK\x03\x04 not a bundle"))


def _listed(change: Callable[[list[b.ManifestEntry]], list[b.ManifestEntry]]) -> Crafted:
    return Crafted(listed=change)


FAKE = b.ManifestEntry("att-extra", "attachment", 3, "00" * 32)


@pytest.mark.parametrize(("crafted", "detail"), [
    (_listed(lambda es: es[:-1]), "4 entries in the bundle, 3 listed"),
    (_listed(lambda es: [*es, FAKE]), "4 entries in the bundle, 5 listed"),
    (_listed(lambda es: [es[1], es[0], *es[2:]]), "where 'att-7f3e9b2c' is listed"),
    (_listed(lambda es: [es[0], dataclasses.replace(es[1], sha256="ab" * 32), *es[2:]]),
     "'att-7f3e9b2c' differs from its manifest line"),
    (_listed(lambda es: [es[0], dataclasses.replace(es[1], size=es[1].size - 1), *es[2:]]),
     "'att-7f3e9b2c' differs from its manifest line"),
    (_listed(lambda es: [*es, es[0]]), "listed twice"),
    (Crafted(after_entries=lambda out: out.entry(entries()[0])), "appears twice"),
    (Crafted(after_entries=lambda out: out.entry(
        b.EntrySource.from_bytes("unlisted", b.ATTACHMENT, b"x"))),
     "5 entries in the bundle, 4 listed"),
], ids=["missing", "extra listed", "reordered", "wrong hash", "wrong size",
        "listed twice", "streamed twice", "extra streamed"])
def test_entries_must_be_exactly_those_listed(tmp_path: Path, crafted: Crafted,
                                             detail: str) -> None:
    error = _refused(tmp_path, crafted)
    assert detail in str(error)


def _closing(write: Callable[[PlaintextWriter, bytes, bytes], None]) -> Crafted:
    return Crafted(closing=write)


def _then(*steps: tuple[bytes, str]) -> Callable[[PlaintextWriter, bytes, bytes], None]:
    def write(out: PlaintextWriter, manifest: bytes, signatures: bytes) -> None:
        bodies = {"M": manifest, "S": signatures, "Z": b"", "x": b"x"}
        for tag, body in steps:
            out.record(tag, bodies[body])
    return write


M, S, Z = records.MANIFEST, records.SIGNATURES, records.END


@pytest.mark.parametrize("write", [
    _then((M, "M"), (S, "S")),                       # no end record
    _then((M, "M")),                                 # no signatures
    _then((S, "S"), (M, "M"), (Z, "Z")),             # signatures first
    _then((M, "M"), (M, "M"), (S, "S"), (Z, "Z")),   # two manifests
    _then((M, "M"), (S, "S"), (Z, "Z"), (Z, "Z")),   # two end records
    _then((M, "M"), (S, "S"), (Z, "x")),             # end record not empty
    _then((M, "M"), (S, "S"), (Z, "Z"), (b"E", "x")),
    _then((M, "M"), (S, "S"), (b"Q", "x"), (Z, "Z")),
    _then((M, "M"), (S, "x"), (Z, "Z")),             # signature record of the wrong size
    lambda out, m, s: (_then((M, "M"), (S, "S"), (Z, "Z"))(out, m, s),
                       out.payload.write(b"\0")),    # a byte after the end record
], ids=["no end", "no signatures", "signatures first", "two manifests", "two ends",
        "end not empty", "entry after end", "unknown tag", "short signatures",
        "byte after end"])
def test_records_out_of_order_or_missing_are_refused(
        tmp_path: Path, write: Callable[[PlaintextWriter, bytes, bytes], None]) -> None:
    _refused(tmp_path, _closing(write))


def test_canonical_encoding_matches_the_spec_examples() -> None:
    value = {"b": [1, "é\n\"\\\x01"], "a": None}
    assert manifests.canonical(value) == '{"a":null,"b":[1,"é\\n\\"\\\\\\u0001"]}'.encode()
