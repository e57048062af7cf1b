"""Typed errors of the exchange's trust and sync state, with translatable messages."""

from __future__ import annotations

from piu_desk.core.errors import DeskError
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

C = "Exchange"


class UnknownPeer(DeskError):
    def __init__(self, what: str) -> None:
        super().__init__(Message(C, QT_TRANSLATE_NOOP(
            "Exchange", "No station or headquarters with this key ({what}) is known to this "
            "desk. Enrol it first, after comparing fingerprints by phone."), {"what": what}))


class RevokedPeer(DeskError):
    def __init__(self, station: str) -> None:
        super().__init__(Message(C, QT_TRANSLATE_NOOP(
            "Exchange", "The keys of {station} have been revoked on this desk; nothing signed "
            "with them is accepted."), {"station": station}))


class PeerAlreadyPinned(DeskError):
    def __init__(self, station: str) -> None:
        super().__init__(Message(C, QT_TRANSLATE_NOOP(
            "Exchange", "Keys are already pinned for {station}. A change of keys comes as a "
            "rotation signed by the old and the new keys."), {"station": station}))


class RotationInvalid(DeskError):
    def __init__(self, detail: str) -> None:
        super().__init__(Message(C, QT_TRANSLATE_NOOP(
            "Exchange", "The key change is not valid and was not accepted: {detail}"),
            {"detail": detail}))
        self.detail = detail


class ConflictSettled(DeskError):
    def __init__(self) -> None:
        super().__init__(Message(C, QT_TRANSLATE_NOOP(
            "Exchange", "This conflict has already been settled.")))
