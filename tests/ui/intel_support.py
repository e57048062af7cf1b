"""Helpers for the Tip-offs and Sources screen tests: sections on a real desk, sources
registered by the supervisor, tip-offs logged through the core."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import Grade
from piu_desk.core.domain.source import SourceSecret
from piu_desk.core.domain.tipoff import Channel, Subject, TipOff
from piu_desk.core.records import sources, tipoffs
from piu_desk.ui.intel import SourcesSection, TipOffsSection
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER, SUPERVISOR

IDENTITIES = {
    "PIU-KOS-S01": SourceSecret("Zyxwort Quenbadil", "+855 12 998 877", "Paid per report."),
    "PIU-KOS-S02": SourceSecret("Marvolt Ekkerdine", "Through the chandlery", ""),
}


def with_sources(desk_factory: Callable[[], Desk]) -> Desk:
    """A desk whose register holds two sources (added by the supervisor), left logged in
    as the supervisor."""
    desk = desk_factory()
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    for code, secret in IDENTITIES.items():
        sources.add(desk, code, secret)
    return desk


def as_officer(desk: Desk) -> Desk:
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def log(desk: Desk, text: str = "Cigarettes moved to a truck at night.",
        channel: Channel = Channel.HOTLINE, grade: Grade | None = None,
        subjects: tuple[Subject, ...] = (), source_code: str = "",
        received_at: str = "2026-11-27T21:15") -> int:
    tid, _ = tipoffs.log(desk, TipOff(None, received_at, channel, OFFICER[0], text, subjects,
                                      source_code, grade))
    return tid


def keep(qtbot: QtBot, widget: QWidget, tasks: TaskRunner) -> None:
    """Close `widget` at the end of the test, once the work it started has reported back."""
    def settle(_widget: object, keep: QWidget = widget) -> None:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=10_000)
    qtbot.addWidget(widget, before_close_func=settle)


def tipoffs_section(qtbot: QtBot, desk: Desk) -> TipOffsSection:
    """The section as the main window uses it: its runner's changes refresh it."""
    tasks = TaskRunner(desk)
    section = TipOffsSection(desk, tasks)
    tasks.changed.connect(section.refresh)
    keep(qtbot, section, tasks)
    section.resize(1200, 700)
    section.show()
    return section


def sources_section(qtbot: QtBot, desk: Desk) -> SourcesSection:
    tasks = TaskRunner(desk)
    section = SourcesSection(desk, tasks)
    tasks.changed.connect(section.refresh)
    keep(qtbot, section, tasks)
    section.resize(1200, 700)
    section.show()
    return section
