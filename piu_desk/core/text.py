"""Translatable text in the Qt-free core.

`QT_TRANSLATE_NOOP(context, text)` marks a source string for `pyside6-lupdate` (which knows
this name) and returns it unchanged. The UI translates it later through Qt Linguist with the
same context; the command line and reports use a `Translate` callable.
Placeholders are `{name}` and are filled *after* translation with `fill()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Translate = Callable[[str, str], str]
"""translate(context, source_text) -> translated text."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def identity_translate(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message with its placeholder values, rendered late."""

    context: str
    text: str
    args: dict[str, object] = field(default_factory=dict)

    def render(self, translate: Translate = identity_translate) -> str:
        """Translate, then fill the placeholders; a value that is itself a Message (a
        translatable fragment such as the name of an action) is translated too."""
        args = {k: v.render(translate) if isinstance(v, Message) else v
                for k, v in self.args.items()}
        return fill(translate(self.context, self.text), args)

    def __str__(self) -> str:
        return self.render()


def fill(template: str, args: dict[str, object]) -> str:
    """Replace `{name}` placeholders; unknown braces are left as they are."""
    out = template
    for key, value in args.items():
        out = out.replace("{" + key + "}", str(value))
    return out
