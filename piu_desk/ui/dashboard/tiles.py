"""Figure tiles and list panels of the first screens, and the way from them to the list
that holds the records: the main window's section of that key, when this user has it."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MUTED = "#5f6368"
MIN_TILE_HEIGHT = 92


def open_section(widget: QWidget, keys: Sequence[str]) -> str:
    """Show the first of the sections `keys` the main window holding `widget` has; its
    key, or "" when it has none of them (this user's roles do not show them)."""
    window = widget.window()
    sections = getattr(window, "sections", None)
    show = getattr(window, "show_section", None)
    if not callable(show) or not isinstance(sections, dict):
        return ""
    key = next((k for k in keys if k in sections), "")
    if key:
        show(key)
    return key


def can_open(widget: QWidget, keys: Sequence[str]) -> bool:
    sections = getattr(widget.window(), "sections", None)
    return isinstance(sections, dict) and any(k in sections for k in keys)


def _tile_style(colour: str) -> str:
    return (f"QPushButton {{ border: 1px solid #c9ccd1; border-top: 4px solid {colour}; "
            "border-radius: 4px; background: #ffffff; text-align: left; }"
            f"QPushButton:hover {{ border-color: {colour}; }}"
            "QPushButton:disabled { background: #ffffff; }")


def _transparent(label: QLabel, style: str = "") -> QLabel:
    label.setStyleSheet(f"border: none; background: transparent; {style}")
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


class FigureTile(QPushButton):
    """A figure, what it counts, a line of detail; clicking it opens the list behind it."""

    def __init__(self, key: str, colour: str, targets: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.targets = key, tuple(targets)
        self.setObjectName(f"tile_{key}")
        self.setStyleSheet(_tile_style(colour))
        self.value = 0
        self.count = _transparent(QLabel("–"), f"font-size: 18pt; font-weight: bold; "
                                                f"color: {colour};")
        self.count.setObjectName("tileCount")
        self.caption = _transparent(QLabel(), "font-weight: bold;")
        self.caption.setWordWrap(True)
        self.detail = _transparent(QLabel(), f"color: {MUTED};")
        self.detail.setWordWrap(True)
        self.detail.setObjectName("tileDetail")
        self.box = box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 8, 8)
        box.setSpacing(1)
        box.addWidget(self.count)
        box.addWidget(self.caption)
        box.addWidget(self.detail)
        box.addStretch(1)
        self.setMinimumHeight(MIN_TILE_HEIGHT)
        self.setMinimumWidth(120)
        self.clicked.connect(lambda: open_section(self, self.targets))

    def set_figure(self, value: int, detail: str = "") -> None:
        self.value = value
        self.count.setText(QLocale().toString(value))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.caption.text()}: {self.count.text()}")

    def update_reach(self, hint: str) -> None:
        """Clickable only when this user has a list to open."""
        reachable = can_open(self, self.targets)
        self.setCursor(Qt.CursorShape.PointingHandCursor if reachable
                       else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if reachable
                            else Qt.FocusPolicy.NoFocus)
        self.setToolTip(hint if reachable else "")


class TileRow(QWidget):
    """Tiles side by side, in as many rows as their captions need: seven in a row where
    they fit, fewer (and more rows) where a language's captions are longer."""

    def __init__(self, tiles: Sequence[FigureTile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = list(tiles)
        self.columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.arrange()

    def set_captions(self, captions: Mapping[str, str]) -> None:
        """Each tile's caption by its key (a language change), then the tiles laid out
        again for the captions' width."""
        for tile in self.tiles:
            tile.caption.setText(captions[tile.key])
        self.columns = 0
        self.arrange()
        self.fit_heights()

    def needed_width(self) -> int:
        """The room a tile needs for the widest piece of a caption that cannot wrap (a
        word; in Khmer, written without spaces, often the whole caption)."""
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        return max((metrics.horizontalAdvance(word) for t in self.tiles
                    for word in t.caption.text().split()), default=0) + 28

    def arrange(self) -> None:
        count = len(self.tiles)
        fit = max(1, min(count, self.width() // max(self.needed_width(), 1)))
        rows = math.ceil(count / fit)
        columns = math.ceil(count / rows)
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for n, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, n // columns, n % columns)
        for column in range(count):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def fit_heights(self) -> None:
        """Every tile as tall as the tallest needs at the width it has (its wrapped lines
        all shown): the grid does not ask a button for its height at a width."""
        if not self.columns:
            return
        spacing = max(self._grid.horizontalSpacing(), 0)
        width = (self.width() - spacing * (self.columns - 1)) // self.columns
        height = max((t.box.totalHeightForWidth(width) for t in self.tiles), default=0)
        for tile in self.tiles:
            tile.setMinimumHeight(max(MIN_TILE_HEIGHT, height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()
        self.fit_heights()


class ListPanel(QGroupBox):
    """A titled list: a summary line, the first few items, and a link to the whole list."""

    def __init__(self, name: str, targets: Sequence[str], shown: int = 5,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.targets, self.shown = tuple(targets), shown
        self.summary = QLabel()
        self.summary.setObjectName("panelSummary")
        self.summary.setWordWrap(True)
        self.rows = [QLabel() for _ in range(shown)]
        self.rest = QLabel()
        self.rest.setObjectName("panelRest")
        self.rest.setStyleSheet(f"color: {MUTED}; padding-left: 6px;")
        self.more = QPushButton()
        self.more.setObjectName("panelOpen")
        self.more.setFlat(True)
        self.more.setStyleSheet("QPushButton { color: #1a5fb4; text-align: left; "
                                "padding: 2px 0; }")
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.clicked.connect(lambda: open_section(self, self.targets))
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        layout.addWidget(self.summary)
        for row in self.rows:
            row.setTextFormat(Qt.TextFormat.PlainText)
            row.setWordWrap(True)
            row.setStyleSheet("padding-left: 6px;")
            layout.addWidget(row)
        layout.addWidget(self.rest)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.more)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def set_items(self, summary: str, items: Sequence[str], link: str = "",
                  total: int | None = None) -> None:
        """The summary (none: hidden), the first `shown` of `items`, and how many more of
        `total` (by default, of the items) there are."""
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        for row, text in zip(self.rows, [*items[:self.shown], *[""] * self.shown],
                             strict=False):
            row.setText("• " + text if text else "")
            row.setVisible(bool(text))
        more = (len(items) if total is None else total) - self.shown
        self.rest.setText(self.tr("and {count} more").replace("{count}",
                                                              QLocale().toString(more))
                          if more > 0 else "")
        self.rest.setVisible(more > 0)
        self.more.setText(link)
        self.more.setVisible(bool(link) and can_open(self, self.targets))

    def shown_items(self) -> list[str]:
        return [r.text()[2:] for r in self.rows if r.text()]

