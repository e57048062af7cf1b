"""An entry of HQ's list opens for editing at HQ, which maintains the master watchlist, and
read-only at a station."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.intel import watchlist
from piu_desk.ui.intel.watchlist_dialog import WatchEntryDialog
from piu_desk.ui.tasks import TaskRunner
from tests.core.exchange_support import enrolled
from tests.ui.intel_support import keep


def test_hq_entries_are_editable_at_hq_only(qtbot: QtBot, tmp_path: Path) -> None:
    port, hq = enrolled(tmp_path)
    try:
        for desk, read_only in ((hq, False), (port, True)):
            entry_id, _ = watchlist.add(desk, WatchEntry(
                None, EntryKind.PERSON, ("LE VAN NAM",), "Wanted", "PIU HQ",
                origin=Origin.HQ))
            tasks = TaskRunner(desk)
            dialog = WatchEntryDialog(desk, tasks, watchlist.get(desk, entry_id))
            keep(qtbot, dialog, tasks)
            assert dialog.read_only is read_only
            assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isVisibleTo(
                dialog) is not read_only
    finally:
        port.close()
        hq.close()
