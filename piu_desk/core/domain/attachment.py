"""Attachments: photos and scanned documents, kept inside the encrypted store.

A file is accepted by what it is, not by what it is called: its first bytes must be those of
a JPEG, PNG, TIFF or PDF file. Its size is limited so that one scan cannot swell the store
(and every bundle to headquarters). The thumbnail is made by the UI and checked here to be
a small JPEG; the core never decodes an image.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

MB = 1024 * 1024
MAX_SIZE = 20 * MB
MAX_THUMBNAIL = 256 * 1024  # a 256-pixel JPEG is a few kilobytes; this is generous
THUMBNAIL_EDGE = 256  # pixels, the longer side
MAX_NAME = 200


class OwnerKind(StrEnum):
    INSPECTION = "inspection"


JPEG, PNG, TIFF, PDF = "image/jpeg", "image/png", "image/tiff", "application/pdf"
# Leading bytes of each accepted type (TIFF in both byte orders).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"%PDF-", PDF),
)


@dataclass(frozen=True)
class Attachment:
    """What is listed about an attachment; its content is fetched on its own."""

    id: int | None
    owner_kind: OwnerKind
    owner_id: int
    file_name: str
    mime_type: str
    size: int
    sha256: str
    thumbnail: bytes | None = None
    added_by: str = ""
    added_at: str = ""
    uid: str = ""

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


def _invalid(field_name: str, text: str, **args: object) -> Invalid:
    return Invalid(field_name, Message("Validation", text, dict(args)))


def sniff(data: bytes) -> str | None:
    """The MIME type the content shows, or None when it is none of the accepted ones."""
    for magic, mime in MAGIC:
        if data.startswith(magic):
            return mime
    return None


def clean_file_name(name: str) -> str:
    """The name alone, never a path; control characters removed, length bounded."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return base[-MAX_NAME:] or "attachment"


def megabytes(size: int) -> str:
    """A size in MB with one decimal, the way the limit is stated (20 MB)."""
    return f"{size / MB:.1f}"


def check_size(file_name: str, size: int) -> None:
    """Refuse an empty or an oversized file before it is read into memory."""
    name = clean_file_name(file_name)
    if size <= 0:
        raise _invalid("file", QT_TRANSLATE_NOOP(
            "Validation", "{name} is empty: there is nothing to attach."), name=name)
    if size > MAX_SIZE:
        raise _invalid("file", QT_TRANSLATE_NOOP(
            "Validation", "{name} is {size} MB; an attachment can be at most {limit} MB. "
            "Scan the document at a lower resolution, or save the photo smaller, and add "
            "it again."), name=name, size=megabytes(size), limit=MAX_SIZE // MB)


def check_file(file_name: str, data: bytes) -> str:
    """The MIME type of an acceptable file; Invalid("file") with the reason otherwise."""
    check_size(file_name, len(data))
    mime = sniff(data)
    if mime is None:
        raise _invalid("file", QT_TRANSLATE_NOOP(
            "Validation", "{name} is not a photo or scanned document that PIU Desk keeps: "
            "only JPEG, PNG, TIFF and PDF files are accepted, and the file's content is "
            "checked, not its name."), name=clean_file_name(file_name))
    return mime


def check_thumbnail(thumbnail: bytes | None) -> bytes | None:
    """A thumbnail is a small JPEG, or there is none (a PDF, an image Qt cannot read)."""
    if not thumbnail:
        return None
    if len(thumbnail) > MAX_THUMBNAIL or sniff(thumbnail) != JPEG:
        raise _invalid("thumbnail", QT_TRANSLATE_NOOP(
            "Validation", "The preview picture of this file could not be made; add the file "
            "again."))
    return thumbnail
