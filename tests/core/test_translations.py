"""The Qt Linguist catalogues: complete, placeholders kept, glossary terms used.

Reads the .ts XML directly, so it needs no Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KHMER_TS = ROOT / "i18n" / "piu_desk_km.ts"
ENGLISH_TS = ROOT / "i18n" / "piu_desk_en.ts"
GLOSSARY = ROOT / "i18n" / "GLOSSARY.md"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d+|%n")
KHMER = re.compile(r"[\u1780-\u17FF]")


def messages(path: Path = KHMER_TS) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def translation_texts(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def checked_terms() -> list[tuple[str, str]]:
    terms = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[2] == "✓":
            for en, km in zip(cells[0].split(" / "), cells[1].split(" / "), strict=True):
                # ការ only turns a verb into a noun ("backup" ការបម្រុងទុក, "backup file"
                # ឯកសារបម្រុងទុក), so the term is checked without it.
                terms.append((re.sub(r"\s*\(.*\)", "", en), km.removeprefix("ការ")))
    return terms


@pytest.fixture(scope="module")
def catalogue() -> list[tuple[str, str, ET.Element]]:
    assert KHMER_TS.exists(), "i18n/piu_desk_km.ts is missing"
    found = messages()
    assert len(found) > 50
    return found


def test_every_khmer_string_is_translated(catalogue) -> None:
    missing = [(ctx, src) for ctx, src, m in catalogue
               if m.find("translation") is not None
               and m.find("translation").get("type") in ("unfinished", "vanished")]  # type: ignore[union-attr]
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:5]}"


def test_translations_are_khmer(catalogue) -> None:
    # Placeholders are names, not English: "{status} · {grade}" has nothing to translate.
    latin_only = [(ctx, src) for ctx, src, m in catalogue
                  if any(ch.isalpha() for ch in PLACEHOLDER.sub("", src))
                  and not any(KHMER.search(t) for t in translation_texts(m))
                  and not PLACEHOLDER.sub("", src).isupper() and src not in KEEP_AS_IS]
    assert not latin_only, latin_only[:10]


KEEP_AS_IS = {"PIU Desk", "UN/LOCODE", "English", "OK", "IMO", "MMSI", "SQLCipher",
              "Admiralty", "UK 3x5x2"}  # grading scheme names stay as written


def test_placeholders_survive_translation(catalogue) -> None:
    broken = []
    for ctx, src, m in catalogue:
        wanted = sorted(PLACEHOLDER.findall(src))
        for text in translation_texts(m):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                broken.append((ctx, src, text))
    assert not broken, broken[:5]


def test_glossary_terms_are_used_consistently(catalogue) -> None:
    wrong = []
    for en, km in checked_terms():
        pattern = re.compile(rf"\b{re.escape(en)}s?\b", re.IGNORECASE)
        for ctx, src, m in catalogue:
            # A placeholder's name is not English text: "There is no account {user}." names
            # an account, not a user.
            english = PLACEHOLDER.sub(" ", src)
            if pattern.search(english) and not any(km in t for t in translation_texts(m)):
                wrong.append((en, km, ctx, src))
    assert not wrong, f"{len(wrong)} translations miss a glossary term, e.g. {wrong[:5]}"


def test_english_catalogue_is_complete() -> None:
    """The source-language catalogue is compiled too: each entry is finished and is the
    source text itself, so nothing in English depends on an empty or stale translation.
    A plural (%n) entry has one form per plural category; each of them is the source."""
    assert ENGLISH_TS.exists(), "i18n/piu_desk_en.ts is missing"
    wrong = [(ctx, src) for ctx, src, m in messages(ENGLISH_TS)
             if m.find("translation").get("type") in ("unfinished", "vanished")  # type: ignore[union-attr]
             or any(text != src for text in translation_texts(m))]
    assert not wrong, f"{len(wrong)} English entries differ from their source, e.g. {wrong[:5]}"
