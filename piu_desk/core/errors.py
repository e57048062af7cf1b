"""Typed errors for faults of the environment, each with a message an officer can act on.

Anything that is not a `DeskError` is a bug: it is logged with its trace and shown as an
internal error, never as a stack trace.
"""

from __future__ import annotations

from piu_desk.core.text import QT_TRANSLATE_NOOP, Message, Translate, identity_translate

C = "Errors"


class DeskError(Exception):
    """A known fault with a translatable message saying what happened and what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message

    def render(self, translate: Translate = identity_translate) -> str:
        return self.message.render(translate)


def _msg(text: str, **args: object) -> Message:
    return Message(C, text, dict(args))


class WrongPassword(DeskError):
    def __init__(self) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "Wrong user name or password. Check the keyboard language and Caps Lock, "
            "then try again.")))


class LoginBackoff(DeskError):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "Too many failed log-ins. Try again in {seconds} s."), seconds=seconds))


class AccountDisabled(DeskError):
    def __init__(self, username: str) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "The account {user} is disabled. Ask an administrator."), user=username))


class SlotTampered(DeskError):
    def __init__(self) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "This account's key slot has been altered and cannot be trusted. "
            "Log in with another account or the recovery key, and report it to your "
            "supervisor.")))


class RecoveryKeyInvalid(DeskError):
    """`detail` is one of the translatable reasons below."""

    def __init__(self, detail: Message) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "The recovery key is not valid: {detail} Check each group against the "
            "printed sheet."), detail=detail))

    @classmethod
    def wrong_length(cls, found: int, expected: int) -> RecoveryKeyInvalid:
        return cls(_msg(QT_TRANSLATE_NOOP(
            "Errors", "it has {found} letters and digits, not {expected}."),
            found=found, expected=expected))

    @classmethod
    def typo_in(cls, groups: list[int]) -> RecoveryKeyInvalid:
        return cls(_msg(QT_TRANSLATE_NOOP("Errors", "group {groups} has a typo."),
                        groups=", ".join(map(str, groups))))

    @classmethod
    def wrong_order(cls) -> RecoveryKeyInvalid:
        return cls(_msg(QT_TRANSLATE_NOOP("Errors", "the groups are in the wrong order.")))

    @classmethod
    def not_this_store(cls) -> RecoveryKeyInvalid:
        return cls(_msg(QT_TRANSLATE_NOOP(
            "Errors", "it is well formed but does not open this store (is it the sheet of "
            "another desk, or an older key that was replaced?).")))


class StoreInUse(DeskError):
    def __init__(self, holder: str) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "PIU Desk is already open on this store ({holder}). Switch to that "
            "window, or close it first."), holder=holder))


class StoreNotFound(DeskError):
    def __init__(self, path: str) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "No PIU Desk store at {path}. Create one with 'piu-desk init', or "
            "name the right folder with --store."), path=path))


class StoreExists(DeskError):
    def __init__(self, path: str) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "A PIU Desk store already exists at {path}. Choose an empty folder."),
            path=path))


class StoreDamaged(DeskError):
    """`detail` is technical, for support; it is shown as it is."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "The store is damaged and cannot be used safely. Do not write to it; "
            "restore the latest backup or call support. (Technical detail: {detail})"),
            detail=detail))


class StoreTooNew(DeskError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "This store was made by a newer PIU Desk (schema {found}; this one "
            "knows {known}). Install the newer version."), found=found, known=known))


class DiskFull(DeskError):
    def __init__(self, path: str) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "The disk holding {path} is full. Nothing was saved; free some space "
            "and try again."), path=path))


class FileProblem(DeskError):
    """`reason` is the operating system's own words, shown as they are."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "Cannot use {path}. Check that the drive is still connected and "
            "writable, then try again. (System message: {reason})"), path=path, reason=reason))


class NotAllowed(DeskError):
    """`action` is marked QT_TRANSLATE_NOOP("Actions", ...) where the check is made."""

    def __init__(self, action: str) -> None:
        self.action = action
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "Your account may not do this ({action}). Ask a user who holds the "
            "right role."), action=Message("Actions", action)))


class Locked(DeskError):
    def __init__(self) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "The desk is locked. Log in again to continue.")))


class Invalid(DeskError):
    """Input that breaks a rule; `field` names the field for inline messages."""

    def __init__(self, field: str, message: Message) -> None:
        self.field = field
        super().__init__(message)


class BackupInvalid(DeskError):
    """`reason` is one of BACKUP_REASONS, translated when shown."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(_msg(QT_TRANSLATE_NOOP(
            "Errors", "This backup file cannot be used: {reason}. Nothing was changed."),
            reason=Message("Errors", reason)))


BACKUP_REASONS = (
    QT_TRANSLATE_NOOP("Errors", "it is not a PIU Desk backup"),
    QT_TRANSLATE_NOOP("Errors", "it is cut short"),
    QT_TRANSLATE_NOOP("Errors", "its header is too large"),
    QT_TRANSLATE_NOOP("Errors", "its header is damaged"),
    QT_TRANSLATE_NOOP("Errors", "its database part is damaged or cut short"),
    QT_TRANSLATE_NOOP("Errors", "its key slots are damaged"),
)


class Cancelled(DeskError):
    def __init__(self) -> None:
        super().__init__(_msg(QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was changed.")))
