"""The four ways an age file can fail to open, as the age test kit names them.

Each is a `DeskError` with a message an officer can act on; `detail` says in technical
English which rule was broken, for support and tests.
"""

from __future__ import annotations

from piu_desk.core.errors import DeskError
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class AgeError(DeskError):
    """An age file that cannot be opened; nothing read from it may be trusted."""

    outcome = ""
    """The test kit's name for this failure ("no match", "header failure", ...)."""

    def __init__(self, message: Message, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


class NoMatch(AgeError):
    outcome = "no match"

    def __init__(self, detail: str = "no identity matches any recipient stanza") -> None:
        super().__init__(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "This encrypted file is not addressed to this desk: none of its keys "
            "opens it. Nothing was read from it.")), detail)


class HeaderFailure(AgeError):
    outcome = "header failure"

    def __init__(self, detail: str) -> None:
        super().__init__(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "This file is not an encrypted file this desk can read: its header is "
            "damaged or of an unknown kind. Nothing was read from it. (Technical detail: "
            "{detail})"), {"detail": detail}), detail)


class HmacFailure(AgeError):
    outcome = "HMAC failure"

    def __init__(self, detail: str = "the header MAC does not match") -> None:
        super().__init__(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "This encrypted file's header was altered after it was written. Do not "
            "use it; ask the sender for a new copy.")), detail)


class PayloadFailure(AgeError):
    outcome = "payload failure"

    def __init__(self, detail: str) -> None:
        super().__init__(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "This encrypted file is damaged, cut short or was altered after it was "
            "written. Nothing read from it may be used; ask the sender for a new copy. "
            "(Technical detail: {detail})"), {"detail": detail}), detail)


class InvalidKey(DeskError):
    """A recipient or identity string that cannot be used; `detail` is technical."""

    def __init__(self, detail: str) -> None:
        super().__init__(Message("Errors", QT_TRANSLATE_NOOP(
            "Errors", "This is not a usable encryption key. Check that it was copied whole, "
            "without spaces or line breaks. (Technical detail: {detail})"),
            {"detail": detail}))
        self.detail = detail
