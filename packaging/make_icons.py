"""Render resources/icons/scelle.svg into the raster icons the installers need.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

writes, beside the SVG: scelle.png (256 px: the Linux menu icon), scelle.ico (16–256 px:
the Windows executable and installer) and scelle.icns (16–1024 px: the macOS .app). The
SVG is rendered with Qt; the .ico and .icns containers hold PNG images (supported since
Windows Vista and Mac OS X 10.7), written here directly, so no other tool is needed. The
results are committed; run this again only when the SVG changes.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types that hold PNG data, with their pixel sizes.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)  # fmt: skip


def png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG rendered at ``size`` × ``size`` pixels, as PNG bytes."""
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICONDIR, its entries, then the PNG images (size 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(images: list[tuple[bytes, bytes]]) -> bytes:
    """The 'icns' header, then one (type, length, PNG) element per image."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (image plugins need an application)
    renderer = QSvgRenderer(str(ICONS / "scelle.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/scelle.svg is not a valid SVG")
    cache: dict[int, bytes] = {}

    def at(size: int) -> bytes:
        if size not in cache:
            cache[size] = png(renderer, size)
        return cache[size]

    (ICONS / "scelle.png").write_bytes(at(256))
    (ICONS / "scelle.ico").write_bytes(ico({s: at(s) for s in ICO_SIZES}))
    (ICONS / "scelle.icns").write_bytes(icns([(kind, at(s)) for kind, s in ICNS_TYPES]))
    for name in ("scelle.png", "scelle.ico", "scelle.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
