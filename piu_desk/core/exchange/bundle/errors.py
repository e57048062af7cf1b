"""Why a bundle could not be written or read, each with a message an officer can act on.

Every error is a `DeskError`; `detail` says in technical English which rule was broken, for
support and tests. The age layer's own errors (`NoMatch`, `HeaderFailure`, `HmacFailure`,
`PayloadFailure`) pass through unchanged: they are `DeskError`s too.
"""

from __future__ import annotations

from piu_desk.core.errors import DeskError
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class BundleError(DeskError):
    """A bundle that could not be written or may not be used."""

    def __init__(self, message: Message, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


def _message(text: str, **args: object) -> Message:
    return Message("Errors", text, dict(args))


class BundleInvalid(BundleError):
    """Opened, but its content breaks the format: damaged or made by a forger."""

    def __init__(self, detail: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "This exchange bundle is damaged or was altered: nothing from it was "
            "used. Ask the sender for a new bundle. (Technical detail: {detail})"),
            detail=detail), detail)


class UnsupportedVersion(BundleError):
    def __init__(self, found: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "This exchange bundle is of version {version}, which this PIU Desk "
            "cannot read. Install the newer PIU Desk; nothing from it was used."),
            version=found), f"unknown bundle version {found!r}")


class TooLarge(BundleError):
    """A length or count beyond the reader's limits, refused before it is read."""

    def __init__(self, detail: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "This exchange bundle is larger than this desk accepts: nothing from "
            "it was used. (Technical detail: {detail})"), detail=detail), detail)


class UnknownSigner(BundleError):
    def __init__(self, sender: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "This exchange bundle is signed with keys this desk does not know for "
            "{sender}. Nothing from it was used. If {sender} has new keys, enrol them "
            "after checking their fingerprints by phone."), sender=sender),
            f"no pinned key pair of {sender!r} matches the manifest's sender keys")


class RevokedSigner(BundleError):
    def __init__(self, sender: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "This exchange bundle is signed with a key of {sender} that was "
            "revoked. Nothing from it was used; report it to your supervisor."),
            sender=sender), f"the signing keys of {sender!r} are revoked")


class BadSignature(BundleError):
    def __init__(self, detail: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "The signatures of this exchange bundle do not match its sender's "
            "keys: it was altered or forged. Nothing from it was used; report it to your "
            "supervisor. (Technical detail: {detail})"), detail=detail), detail)


class NotForThisDesk(BundleError):
    """Signed by a known sender but addressed elsewhere, or re-encrypted and forwarded."""

    def __init__(self, detail: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "This exchange bundle was not sent to this desk by its signer (it was "
            "forwarded or re-addressed). Nothing from it was used; report it to your "
            "supervisor. (Technical detail: {detail})"), detail=detail), detail)


class DriveUnreadable(BundleError):
    """The source failed under the reader (stick pulled, bad sector)."""

    def __init__(self, reason: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "The drive was removed or could not be read; nothing was imported. "
            "Put the drive back and try again. (System message: {reason})"),
            reason=reason), reason)


class ExportFailed(BundleError):
    """The target failed under the writer (stick pulled, full, read-only)."""

    def __init__(self, reason: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "The drive was removed or could not be written; nothing was exported. "
            "Check the drive and try again. (System message: {reason})"),
            reason=reason), reason)


class StagingFailed(BundleError):
    """This desk's own staging folder could not take the entries (disk full...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "This computer's disk could not hold the bundle while it was checked; "
            "nothing was imported. Free some space and try again. (System message: "
            "{reason})"), reason=reason), reason)


class BadEntrySource(BundleError):
    """An entry's content did not have the size announced for it (the file changed while
    it was exported)."""

    def __init__(self, entry: str, detail: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "The data for {entry} changed while it was being exported; nothing "
            "was exported. Try again."), entry=entry), detail)


class ExportNotVerified(BundleError):
    """The bundle was written but did not read back as written (a failing drive)."""

    def __init__(self, detail: str) -> None:
        super().__init__(_message(QT_TRANSLATE_NOOP(
            "Errors", "The bundle written to the drive did not read back correctly, so it "
            "was removed; nothing was exported. Try another drive. (Technical detail: "
            "{detail})"), detail=detail), detail)
