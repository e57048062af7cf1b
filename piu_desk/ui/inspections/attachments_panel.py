"""Photos and scanned documents of an inspection: a grid of thumbnails with Add, Open,
Remove and Save a copy.

Files are read and their thumbnails made on the desk's worker thread, then kept in the
encrypted store; for an inspection not saved yet they wait in memory (`pending_items`) and
are stored with it. Nothing is written to a temporary file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Cancel, Desk, Progress
from piu_desk.core.domain.attachment import OwnerKind, check_file, check_size, clean_file_name
from piu_desk.core.errors import DeskError, FileProblem
from piu_desk.core.records import attachments
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import confirm, error_label, named, tell
from piu_desk.ui.entry_common import not_default
from piu_desk.ui.errors import describe
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.inspections.attachments_model import AttachmentItem, AttachmentsModel
from piu_desk.ui.inspections.thumbnails import make_thumbnail, read_image
from piu_desk.ui.inspections.viewer import ImageViewer, confirm_unencrypted_copy
from piu_desk.ui.tasks import Task, TaskRunner

KIND = OwnerKind.INSPECTION
CHANGED = Changes.of("attachments", "audit")


@dataclass
class _Added:
    stored: int = 0
    pending: list[AttachmentItem] = field(default_factory=list)
    problems: list[DeskError] = field(default_factory=list)


def read_files(desk: Desk, owner_id: int | None, paths: list[Path], progress: Progress,
               cancel: Cancel) -> _Added:
    """Read, check and thumbnail each file; store it with the inspection, or keep it pending.
    One bad file is reported and the others are still added."""
    out = _Added()
    for n, path in enumerate(paths):
        if cancel():
            break
        progress(n, len(paths))
        try:
            check_size(path.name, path.stat().st_size)  # before reading it into memory
            data = path.read_bytes()
            mime = check_file(path.name, data)
            thumbnail = make_thumbnail(data)
            if owner_id is None:
                out.pending.append(AttachmentItem(clean_file_name(path.name), mime, len(data),
                                                  thumbnail, data=data))
            else:
                attachments.add(desk, KIND, owner_id, path.name, data, thumbnail)
                out.stored += 1
        except OSError as exc:
            out.problems.append(FileProblem(str(path), exc.strerror or str(exc)))
        except DeskError as exc:
            out.problems.append(exc)
    progress(len(paths), len(paths))
    return out


class ThumbnailGrid(QListView):
    """Icons in rows; says `placeholder` while there is nothing to show."""

    placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.placeholder)
            painter.end()


class AttachmentsPanel(Retranslating, QWidget):
    """`owner_id` None: the inspection is new and files wait in memory until it is saved."""

    items_changed = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self._desk, self._tasks = desk, tasks
        self._owner_id: int | None = None
        self._editable = False
        self.model = AttachmentsModel(self)
        self.view = self._make_view()
        self.add_button = named(QPushButton(), "addAttachment")
        self.open_button = named(QPushButton(), "openAttachment")
        self.remove_button = named(QPushButton(), "removeAttachment")
        self.copy_button = named(QPushButton(), "copyAttachment")
        not_default(self.add_button, self.open_button, self.remove_button, self.copy_button)
        self.problems = named(error_label(), "attachmentProblems")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.view.activated.connect(lambda index: self.open_item(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.modelReset.connect(lambda: self.items_changed.emit())
        self.model.rowsInserted.connect(lambda *_: self.items_changed.emit())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.copy_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_editable(False)

    def _make_view(self) -> ThumbnailGrid:
        view = named(ThumbnailGrid(), "attachmentsGrid")
        view.setModel(self.model)
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setIconSize(QSize(128, 128))
        view.setGridSize(QSize(156, 168))
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setMovement(QListView.Movement.Static)
        view.setWrapping(True)
        view.setUniformItemSizes(True)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setMinimumHeight(190)
        return view

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add photo or document…"))
        self.add_button.setToolTip(self.tr("JPEG, PNG or TIFF photos and scans, or PDF "
                                           "documents, up to 20 MB each"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.copy_button.setText(self.tr("Save a copy…"))
        self.view.placeholder = self.tr("No photos or documents.")
        self.view.viewport().update()
        self.model.retranslate()

    # -- state ----------------------------------------------------------------------------
    def set_owner(self, owner_id: int | None) -> None:
        self._owner_id = owner_id
        self.reload()

    def set_editable(self, editable: bool) -> None:
        """Add and Remove exist for a draft (or a returned inspection) only."""
        self._editable = editable
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self._update_buttons()

    def reload(self) -> None:
        pending = [item for item in self.model.items() if item.pending]
        if self._owner_id is None:
            self.model.set_items(pending)
            return
        stored = self._tasks.call(lambda: attachments.of_owner(self._desk, KIND,
                                                               self._owner_id or 0), self)
        if stored is not None:
            self.model.set_items([AttachmentItem.of(a) for a in stored] + pending)

    def pending_items(self) -> list[AttachmentItem]:
        return [item for item in self.model.items() if item.pending]

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedIndexes()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        row = self.selected_row()
        item = self.model.item_at(row) if row >= 0 else None
        self.open_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None and self._editable)
        self.copy_button.setEnabled(item is not None and not item.pending)

    # -- adding ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos or scanned documents"), "",
            self.tr("Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"))
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> Task:
        """Read the files on the worker thread; problems are listed under the grid."""
        self.problems.hide()
        desk, owner = self._desk, self._owner_id
        return self._tasks.run(
            lambda progress, cancel: read_files(desk, owner, paths, progress, cancel),
            parent=self, title=self.tr("Reading the files…"), cancellable=True,
            on_done=self._added)

    def _added(self, result: object) -> None:
        assert isinstance(result, _Added)
        if result.stored:
            self._tasks.changed.emit(CHANGED)
            self.reload()
        self.model.append(result.pending)
        if result.problems:
            self.problems.setText("\n".join(describe(p) for p in result.problems))
            self.problems.show()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1))

    # -- opening, copying, removing -------------------------------------------------------
    def open_selected(self) -> None:
        if (row := self.selected_row()) >= 0:
            self.open_item(row)

    def open_item(self, row: int) -> None:
        item = self.model.item_at(row)
        if item.data is not None:
            self._show(item, item.data)
            return
        if not item.is_image:  # nothing to fetch: a document is only saved as a copy
            self._show(item, b"")
            return
        item_id = item.id or 0
        self._tasks.run(lambda progress, cancel: attachments.content(self._desk, item_id),
                        parent=self, title=self.tr("Opening %1…").replace("%1", item.file_name),
                        on_done=lambda data: self._show(item, bytes(data)))

    def _show(self, item: AttachmentItem, data: bytes) -> None:
        image = read_image(data) if item.is_image else None
        if image is not None and not image.isNull():
            save = None if item.pending else (lambda: self.ask_copy(item))
            viewer = ImageViewer(image, item.file_name, item.size, save, self.window())
            viewer.open()
            return
        if item.pending:
            tell(self, item.file_name, self.tr(
                "%1 cannot be shown here. It is kept in the store when the inspection is "
                "saved.").replace("%1", item.file_name))
            return
        self.ask_copy(item, self.tr("PIU Desk does not show this kind of document itself. "
                                    "You can save a copy and open it in another program."))

    def copy_selected(self) -> None:
        if (row := self.selected_row()) >= 0:
            self.ask_copy(self.model.item_at(row))

    def ask_copy(self, item: AttachmentItem, lead: str = "") -> None:
        if item.pending or not confirm_unencrypted_copy(self, item.file_name, lead):
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of %1").replace("%1", item.file_name), item.file_name)
        if path:
            self.save_copy_to(item, Path(path))

    def save_copy_to(self, item: AttachmentItem, target: Path) -> Task:
        item_id = item.id or 0
        return self._tasks.run(
            lambda progress, cancel: attachments.save_copy(self._desk, item_id, target),
            parent=self, title=self.tr("Saving a copy…"))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0 or not self._editable:
            return
        item = self.model.item_at(row)
        if confirm(self, self.tr("Remove %1?").replace("%1", item.file_name),
                   self.tr("The photo or document is taken out of this inspection and "
                           "deleted from the desk."), self.tr("Remove")):
            self.remove(row)

    def remove(self, row: int) -> None:
        item = self.model.item_at(row)
        if item.pending:
            self.model.remove_row(row)
            return
        item_id = item.id or 0
        if self._tasks.call(lambda: attachments.remove(self._desk, item_id), self) is not None:
            self.reload()
