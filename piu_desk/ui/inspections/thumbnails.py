"""Pictures of attachments, made in memory: thumbnails (JPEG, at most 256 pixels) for the
store, images for the viewer, and a drawn page for documents that have no picture.

Nothing here touches the disk. Reading runs on the desk's worker thread, so only QImage
is used there (QPixmap belongs to the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPen, QPixmap, QPolygonF

from piu_desk.core.domain.attachment import THUMBNAIL_EDGE

JPEG_QUALITY = 85


def read_image(data: bytes, edge: int = 0) -> QImage:
    """The image in `data`, turned upright by its EXIF orientation; scaled while decoding
    so its longer side is at most `edge` (0: full size). Null when Qt cannot read it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if edge and size.isValid() and max(size.width(), size.height()) > edge:
        reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if edge and not image.isNull() and max(image.width(), image.height()) > edge:
        image = image.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def make_thumbnail(data: bytes, edge: int = THUMBNAIL_EDGE) -> bytes | None:
    """A JPEG of at most `edge` pixels, or None when `data` is no image Qt can read (a PDF)."""
    image = read_image(data, edge)
    if image.isNull():
        return None
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))  # JPEG has no transparency: a PNG's clear parts become white
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    if not flat.save(out, "JPG", JPEG_QUALITY):  # type: ignore[call-overload]  # str at run time
        return None
    return bytes(out.data().data())


def thumbnail_pixmap(thumbnail: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(thumbnail, "JPG")
    return pixmap


def document_pixmap(label: str, edge: int = 128) -> QPixmap:
    """A sheet of paper with a folded corner and `label` ("PDF") on it."""
    width, height = int(edge * 0.75), edge
    pixmap = QPixmap(edge, edge)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, fold = (edge - width) / 2, width * 0.28
    page = QPolygonF([QPointF(left, 1), QPointF(left + width - fold, 1),
                      QPointF(left + width - 1, fold), QPointF(left + width - 1, height - 1),
                      QPointF(left, height - 1)])
    painter.setPen(QPen(QColor("#7a7a7a"), 1.5))
    painter.setBrush(QColor("white"))
    painter.drawPolygon(page)
    painter.setBrush(QColor("#dddddd"))
    painter.drawPolygon(QPolygonF([QPointF(left + width - fold, 1),
                                   QPointF(left + width - fold, fold),
                                   QPointF(left + width - 1, fold)]))
    painter.fillRect(QRectF(left + 6, height * 0.55, width - 12, height * 0.2), QColor("#c62828"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(height * 0.14))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(left + 6, height * 0.55, width - 12, height * 0.2),
                     Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap
