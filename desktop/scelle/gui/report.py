"""Chain-of-custody reports and evidence labels as PDF, drawn with Qt (issue #6, item 4).

Both documents are drawn with Qt's own PDF writer (``QPdfWriter`` and ``QPainter``); the
QR codes come from ``segno`` and are drawn as vector rectangles. The source is the case
export of :func:`scelle.core.interop.export.build_case_export`, and the signatures are
checked with :func:`~scelle.core.interop.export.verify_export`, so a report says only
what the export itself proves.

A report is laid out in two passes: the first measures every block and cuts the pages,
the second paints them, so that each page can say "Page X of Y" and carry the journal head
(as text and as a QR code ``scelle:<vault_id>:<seq>:<entry_hash>``). Files are written to
a temporary file beside the target and renamed into place: nothing half-written is left.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import segno
from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from scelle import __version__
from scelle.core.errors import BadInput
from scelle.core.fsutil import fsync_dir
from scelle.core.interop.export import verify_export

__all__ = [
    "LABEL_LAYOUTS",
    "PAGE_SIZES",
    "check_output_path",
    "ensure_application",
    "head_qr_text",
    "render_case_report",
    "render_labels",
]

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
DPI = 600  # device units per inch of the PDF writer (coordinates are floats anyway)
CHECK = "\u2713"  # ✓
CROSS = "\u2717"  # ✗
DASH = "\u2014"  # —

_SANS = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"]
_SERIF = ["DejaVu Serif", "Noto Serif", "Liberation Serif", "Times New Roman", "Times"]
_MONO = ["DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Consolas", "Courier New"]

# key: (families, point size, bold, italic)
_FONTS: dict[str, tuple[list[str], float, bool, bool]] = {
    "office": (_SANS, 8.5, True, False),
    "title": (_SERIF, 20.0, True, False),
    "subtitle": (_SERIF, 12.5, False, False),
    "h2": (_SERIF, 12.0, True, False),
    "h3": (_SERIF, 10.5, True, False),
    "body": (_SANS, 8.5, False, False),
    "body_b": (_SANS, 8.5, True, False),
    "note": (_SANS, 7.5, False, True),
    "cell": (_SANS, 7.5, False, False),
    "cell_b": (_SANS, 7.5, True, False),
    "head": (_SANS, 6.8, True, False),
    "mono": (_MONO, 7.5, False, False),
    "mono_s": (_MONO, 6.6, False, False),
    "mark": (_SANS, 9.0, True, False),
    "run": (_SANS, 7.0, False, False),
    "run_b": (_SANS, 7.0, True, False),
    "run_mono": (_MONO, 7.0, False, False),
    "page": (_SANS, 8.5, True, False),
    "lab_id": (_SANS, 14.0, True, False),
    "lab": (_SANS, 7.2, False, False),
    "lab_b": (_SANS, 7.2, True, False),
}

# pens: key -> (width in points, grey level 0-255)
_PENS: dict[str, tuple[float, int]] = {
    "rule": (0.6, 0),
    "thin": (0.35, 0),
    "hair": (0.25, 140),
    "guide": (0.25, 190),
}

_app: QCoreApplication | None = None


# -- application and files --------------------------------------------------------------------


def ensure_application() -> QCoreApplication:
    """The running Qt application, or a new one (offscreen on a Linux console).

    QPdfWriter needs a GUI application for its fonts; the command line has none, and on a
    Linux machine without a screen the offscreen platform works everywhere. The new one is
    a QApplication, so that windows can still be opened in the same process later.
    """
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    _app = QApplication(["scelle"])
    return _app


def check_output_path(path: Path) -> Path:
    """``path`` if a file can be created there; raise BadInput (one sentence) if not."""
    path = Path(path)
    if path.is_dir():
        raise BadInput(f"{path} is a folder; give a file name.")
    if path.parent.exists() and not path.parent.is_dir():
        raise BadInput(f"{path.parent} is not a folder; nothing was written.")
    if not path.parent.is_dir():
        raise BadInput(f"The folder {path.parent} does not exist; nothing was written.")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise BadInput(f"{path} cannot be written (permission denied); nothing was written.")
    return path


def _write_pdf(
    path: Path,
    page_size: QPageSize.PageSizeId,
    title: str,
    paint: Callable[[QPdfWriter, QPainter], None],
) -> None:
    """Run ``paint`` on a PDF writer over a temporary file beside ``path``, then rename it."""
    path = check_output_path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise BadInput(
            f"{path} cannot be written ({exc.strerror or exc}); nothing was written."
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(DPI)
        writer.setCreator(f"Scellé {__version__}")
        writer.setTitle(title)
        writer.setPdfVersion(QPdfWriter.PdfVersion.PdfVersion_A1b)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(page_size),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        painter = QPainter()
        if not painter.begin(writer):
            raise BadInput(f"{path} cannot be written; nothing was written.")
        try:
            paint(writer, painter)
        finally:
            painter.end()
        del writer
        with open(tmp, "rb+") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 64))
            if size == 0 or b"%%EOF" not in fh.read():
                raise BadInput(f"{path} could not be written completely; nothing was written.")
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


# -- text and time ------------------------------------------------------------------------------


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _utc(value: str | None) -> str:
    """``2026-11-27 15:04:05 UTC``."""
    moment = _parse_time(value)
    if moment is None:
        return value or DASH
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$")


@lru_cache(maxsize=256)
def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        pass
    m = _OFFSET.match(name.strip())
    if m:
        delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
        return timezone(-delta if m.group(1) == "-" else delta)
    return None


def _local(value: str | None, tz: str | None) -> str:
    """The same moment in the zone the workstation recorded: ``local 16:04:05 +01:00 …``."""
    moment = _parse_time(value)
    if moment is None or not tz:
        return ""
    zone = _zone(tz)
    if zone is None:
        return f"zone {tz}"
    local = moment.astimezone(zone)
    if local.utcoffset() == timedelta(0):
        return f"(zone {tz})"
    offset = local.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else ""
    fmt = "%H:%M:%S" if local.date() == moment.astimezone(UTC).date() else "%Y-%m-%d %H:%M:%S"
    return f"local {local.strftime(fmt)} {offset} {tz}".strip()


def _when(value: str | None, tz: str | None) -> str:
    local = _local(value, tz)
    return _utc(value) + (f"\n{local}" if local else "")


def _s(value: Any) -> str:
    if value is None or value == "":
        return DASH
    return str(value)


def head_qr_text(doc: dict[str, Any]) -> str:
    """What the QR code on every page of a report says: ``scelle:<vault>:<seq>:<hash>``."""
    head = doc["head"]
    return f"scelle:{doc['vault_id']}:{int(head['seq'])}:{head['entry_hash']}"


def _office(doc: dict[str, Any]) -> str:
    """The office's name, from the vault's first entry (when the export carries it)."""
    for raw in doc.get("entries", [])[:50]:
        if raw.get("action") == "vault.create":
            body = doc.get("payloads", {}).get(str(raw.get("seq")))
            if body:
                with contextlib.suppress(ValueError, TypeError, AttributeError):
                    return str(json.loads(body).get("office") or "")
            break
    return ""


# -- QR codes -------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _qr_modules(content: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """A QR code as its width in modules (with the quiet zone) and its dark runs."""
    code = segno.make(content, error="m", micro=False)
    border = 4
    matrix = code.matrix
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(matrix):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r + border, start + border, c - start))
            else:
                c += 1
    return len(matrix) + 2 * border, tuple(runs)


@lru_cache(maxsize=16)
def _qr_path(content: str, size: float) -> QPainterPath:
    width, runs = _qr_modules(content)
    m = size / width
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, col, length in runs:
        path.addRect(QRectF(col * m, row * m, length * m, m))
    return path


def _draw_qr(painter: QPainter, content: str, x: float, y: float, size: float) -> None:
    """A QR code (quiet zone included) as filled vector rectangles in a ``size`` square."""
    painter.save()
    painter.translate(x, y)
    painter.fillPath(_qr_path(content, size), QColor(0, 0, 0))
    painter.restore()


# -- layout -------------------------------------------------------------------------------------


def _font(families: list[str], size: float, bold: bool, italic: bool) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(True)
    if hasattr(QFont, "setFeature"):  # Qt 6.7+: no "fi" ligatures, so the text searches
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
    hint = QFont.StyleHint.SansSerif
    if families is _SERIF:
        hint = QFont.StyleHint.Serif
    elif families is _MONO:
        hint = QFont.StyleHint.TypeWriter
        font.setFixedPitch(True)
    font.setStyleHint(hint)
    return font


Op = tuple[Any, ...]


class _Block:
    """Drawing operations relative to the block's top, and the block's height."""

    __slots__ = ("height", "ops")

    def __init__(self, height: float = 0.0, ops: list[Op] | None = None) -> None:
        self.height = height
        self.ops: list[Op] = ops if ops is not None else []


class _Canvas:
    """Fonts and text measurement for one paint device (device units throughout)."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiX())
        self.fonts = {k: _font(*spec) for k, spec in _FONTS.items()}
        self.fm = {k: QFontMetricsF(f, device) for k, f in self.fonts.items()}
        self.pens: dict[str, QPen] = {}
        for key, (width, grey) in _PENS.items():
            pen = QPen(QColor(grey, grey, grey))
            pen.setWidthF(self.pt(width))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self.pens[key] = pen
        self._wrap_option = QTextOption()
        self._wrap_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def pt(self, value: float) -> float:
        return value * self.dpi / 72.0

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def width(self, font: str, text: str) -> float:
        return self.fm[font].horizontalAdvance(text)

    def line(self, font: str) -> float:
        return self.fm[font].lineSpacing()

    def ascent(self, font: str) -> float:
        return self.fm[font].ascent()

    def wrap(self, text: str, font: str, width: float) -> list[str]:
        """``text`` cut into lines no wider than ``width`` (at spaces, or anywhere)."""
        fm = self.fm[font]
        out: list[str] = []
        for para in text.split("\n"):
            if fm.horizontalAdvance(para) <= width:
                out.append(para)
                continue
            units = para.encode("utf-16-le")  # QTextLayout counts UTF-16 code units
            layout = QTextLayout(para, self.fonts[font], self.device)
            layout.setTextOption(self._wrap_option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start, length = line.textStart(), line.textLength()
                out.append(units[2 * start : 2 * (start + length)].decode("utf-16-le").rstrip())
            layout.endLayout()
        return out

    def elide(self, text: str, font: str, width: float) -> str:
        return self.fm[font].elidedText(text, Qt.TextElideMode.ElideRight, width)

    def fit(self, text: str, font: str, width: float, smallest: float) -> QFont:
        """``font`` shrunk (not below ``smallest`` points) until ``text`` fits ``width``."""
        base = QFont(self.fonts[font])
        size = base.pointSizeF()
        while size > smallest:
            base.setPointSizeF(size)
            if QFontMetricsF(base, self.device).horizontalAdvance(text) <= width:
                return base
            size -= 0.5
        base.setPointSizeF(smallest)
        return base

    # blocks

    def paragraph(self, text: str, font: str, x: float, width: float, after: float = 0) -> _Block:
        lines = self.wrap(text, font, width)
        lh, asc = self.line(font), self.ascent(font)
        ops: list[Op] = [("t", x, asc + i * lh, font, s) for i, s in enumerate(lines)]
        return _Block(len(lines) * lh + after, ops)

    def row(
        self,
        cells: Sequence[tuple[str, str]],
        xs: Sequence[float],
        widths: Sequence[float],
        *,
        aligns: Sequence[str] | None = None,
        pad_x: float,
        pad_y: float,
        rule: str | None,
        rule_x: tuple[float, float] | None = None,
    ) -> _Block:
        """One table row; each cell is ``(text, font)``; a rule under it if ``rule``."""
        ops: list[Op] = []
        height = 0.0
        for i, (text, font) in enumerate(cells):
            inner = widths[i] - 2 * pad_x
            lines = self.wrap(text, font, inner)
            lh, asc = self.line(font), self.ascent(font)
            align = aligns[i] if aligns else "l"
            for n, s in enumerate(lines):
                x = xs[i] + pad_x
                if align == "c":
                    x = xs[i] + (widths[i] - self.width(font, s)) / 2
                elif align == "r":
                    x = xs[i] + widths[i] - pad_x - self.width(font, s)
                ops.append(("t", x, pad_y + asc + n * lh, font, s))
            height = max(height, len(lines) * lh)
        height += 2 * pad_y
        if rule:
            x0, x1 = rule_x or (xs[0], xs[-1] + widths[-1])
            ops.append(("l", x0, height, x1, height, rule))
        return _Block(height, ops)


class _Flow:
    """Places blocks down the pages' body, starting new pages as needed."""

    def __init__(self, first_top: float, top: float, bottom: float) -> None:
        self.top = top
        self.bottom = bottom
        self.y = first_top
        self.pages: list[list[Op]] = [[]]
        self.ascent = 0.0  # room above and below a baseline, to cut a block between lines
        self.descent = 0.0

    @property
    def at_top(self) -> bool:
        return self.y <= self.top + 0.5

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom + 0.5

    def space(self, height: float) -> None:
        if not self.at_top:
            self.y = min(self.y + height, self.bottom)

    def _emit(self, block: _Block) -> None:
        dy = self.y
        page = self.pages[-1]
        for op in block.ops:
            if op[0] == "t":
                page.append(("t", op[1], op[2] + dy, op[3], op[4]))
            elif op[0] == "l":
                page.append(("l", op[1], op[2] + dy, op[3], op[4] + dy, op[5]))
            else:
                page.append(op)
        self.y += block.height

    def place(self, block: _Block, repeat: Callable[[], list[_Block]] | None = None) -> None:
        """Put ``block`` here, or on a new page (where ``repeat()`` blocks come first)."""
        taller_than_a_page = block.height > self.bottom - self.top
        room = self.bottom - self.y
        if not self.at_top and (
            (not taller_than_a_page and block.height > room)
            or (taller_than_a_page and room < 3 * (self.ascent + self.descent))
        ):
            self.new_page()
            for head in repeat() if repeat else []:
                self._emit(head)
        if self.fits(block.height):
            self._emit(block)
        else:
            self._emit_split(block, repeat)

    def _emit_split(self, block: _Block, repeat: Callable[[], list[_Block]] | None) -> None:
        """A block taller than a page: its lines go on as many pages as they need."""
        texts = sorted((op for op in block.ops if op[0] == "t"), key=lambda op: op[2])
        offset, i = 0.0, 0  # offset: the block's y at the top of this page's part
        fresh = self.at_top  # on a fresh page, at least one line is placed (no endless loop)
        dy = self.y
        while i < len(texts):
            dy = self.y - offset
            limit = offset + (self.bottom - self.y) - self.descent
            page = self.pages[-1]
            start = i
            while i < len(texts) and (texts[i][2] <= limit or (i == start and fresh)):
                op = texts[i]
                page.append(("t", op[1], op[2] + dy, op[3], op[4]))
                i += 1
            if i < len(texts):
                self.new_page()
                for head in repeat() if repeat else []:
                    self._emit(head)
                fresh = True
                offset = texts[i][2] - self.ascent
        for op in block.ops:
            if op[0] == "l":
                y = min(op[2] + dy, self.bottom)
                self.pages[-1].append(("l", op[1], y, op[3], y, op[5]))
        self.y = min(dy + block.height, self.bottom)

    def keep(
        self,
        blocks: Iterable[_Block],
        extra: float = 0.0,
        repeat: Callable[[], list[_Block]] | None = None,
    ) -> None:
        """Keep ``blocks`` (and ``extra`` height after them) on one page when they fit one;
        when they cannot, keep all but the last with a few lines of it. ``repeat`` is for
        the last block, as in :meth:`place`."""
        blocks = list(blocks)
        total = sum(b.height for b in blocks) + extra
        if total > self.bottom - self.top and len(blocks) > 1:
            self.keep(blocks[:-1], extra=3 * (self.ascent + self.descent))
            self.place(blocks[-1], repeat)
            return
        if not self.fits(total) and not self.at_top:
            self.new_page()
        for b in blocks[:-1]:
            self.place(b)
        if blocks:
            self.place(blocks[-1], repeat)


# -- the report ---------------------------------------------------------------------------------

_EVENT_NAMES = {
    "seizure": "Seizure",
    "receipt": "Receipt",
    "transfer": "Transfer",
    "checkout": "Check-out",
    "checkin": "Check-in",
    "move": "Move",
    "seal": "Seal",
    "reseal": "Reseal",
    "hash_verify": "Hash verification",
    "disposition_request": "Disposition requested",
    "disposition": "Disposition approved",
}
_STATUS = {
    "in_custody": "in custody",
    "checked_out": "checked out",
    "transferred": "transferred out",
    "released": "released",
    "destroyed": "destroyed",
}
_METHODS = {
    "returned": "return to owner",
    "released": "release",
    "destroyed": "destruction",
    "transferred": "transfer to another service",
}


@dataclass(frozen=True, slots=True)
class _Col:
    title: str
    share: float
    align: str = "l"


class _Report:
    """Lays out and paints one case report."""

    def __init__(self, doc: dict[str, Any], canvas: _Canvas, page_w: float, page_h: float):
        self.doc = doc
        self.c = canvas
        c = canvas
        self.page_w, self.page_h = page_w, page_h
        self.left = c.mm(18)
        self.right = page_w - c.mm(18)
        self.width = self.right - self.left
        self.top = c.mm(13)
        self.head_band = c.mm(9)
        self.qr_size = c.mm(21)
        self.foot_top = page_h - c.mm(10) - self.qr_size - c.mm(3)
        self.body_bottom = self.foot_top - c.mm(4)
        self.pad_x, self.pad_y = c.pt(2.2), c.pt(2.0)
        self.users = {u["id"]: u["name"] for u in doc.get("users", [])}
        self.verification = verify_export(doc)
        self.bad = {p.seq for p in self.verification.problems if p.seq is not None}
        self.case = doc["case"]
        self.office = _office(doc)
        self.qr_text = head_qr_text(doc)
        self.flow = _Flow(self.top, self.top + self.head_band, self.body_bottom)
        self.flow.ascent, self.flow.descent = c.pt(9), c.pt(3)
        widest = c.width("cell_b", f"#{doc['head']['seq']}") + 2 * self.pad_x + c.pt(1)
        self.seq_share = max(6.0, 100.0 * widest / self.width)
        stamp = c.width("cell", "2026-12-31 23:59:59 UTC") + 2 * self.pad_x + c.pt(2)
        self.when_share = max(18.0, 100.0 * stamp / self.width)

    # helpers

    def name(self, user_id: str | None) -> str:
        if not user_id:
            return DASH
        return str(self.users.get(user_id, user_id))

    def mark(self, seq: int) -> str:
        return CROSS if seq in self.bad else CHECK

    def cols(self, cols: Sequence[_Col]) -> tuple[list[float], list[float]]:
        total = sum(col.share for col in cols)
        widths = [self.width * col.share / total for col in cols]
        xs, x = [], self.left
        for w in widths:
            xs.append(x)
            x += w
        return xs, widths

    def table(
        self,
        cols: Sequence[_Col],
        rows: Iterable[Sequence[tuple[str, str]]],
        *,
        continued: str | None = None,
        lead: Sequence[_Block] = (),
    ) -> None:
        """A table with its header repeated (after a "continued" line) on each new page."""
        c = self.c
        xs, widths = self.cols(cols)
        aligns = [col.align for col in cols]
        header = c.row(
            [(col.title.upper(), "head") for col in cols],
            xs,
            widths,
            aligns=aligns,
            pad_x=self.pad_x,
            pad_y=self.pad_y,
            rule="thin",
        )

        def repeat() -> list[_Block]:
            blocks = []
            if continued:
                blocks.append(c.paragraph(continued, "note", self.left, self.width, c.pt(2)))
            blocks.append(header)
            return blocks

        first = True
        for cells in rows:
            block = c.row(
                cells, xs, widths, aligns=aligns, pad_x=self.pad_x, pad_y=self.pad_y, rule="hair"
            )
            if first:
                self.flow.keep([*lead, header, block], repeat=repeat)
                first = False
            else:
                self.flow.place(block, repeat)
        if first:
            self.flow.keep([*lead, header])

    def heading(self, text: str, font: str = "h2", before: float = 5.0) -> _Block:
        c = self.c
        block = c.paragraph(text, font, self.left, self.width)
        block.height += c.pt(2.5)
        block.ops.append(("l", self.left, block.height, self.right, block.height, "rule"))
        block.height += c.pt(4)
        self.flow.space(c.pt(before))
        return block

    def fields(self, pairs: Iterable[tuple[str, str, str]], label_w: float) -> list[_Block]:
        """Label/value lines: ``(label, value, value font)``."""
        c = self.c
        xs = [self.left, self.left + label_w]
        widths = [label_w, self.width - label_w]
        return [
            c.row(
                [(label, "body_b"), (value, font)],
                xs,
                widths,
                pad_x=0.0,
                pad_y=c.pt(1.1),
                rule=None,
            )
            for label, value, font in pairs
        ]

    # sections

    def build(self) -> None:
        self.title_page()
        self.inventory()
        for item in self.doc["items"]:
            self.item(item)
        self.reviews()
        self.problems()
        c = self.c
        self.flow.space(c.pt(10))
        self.flow.place(
            c.paragraph(
                f"End of the report on case {self.case['ref']}.", "note", self.left, self.width
            )
        )

    def title_page(self) -> None:
        c, doc, case = self.c, self.doc, self.case
        flow = self.flow
        if self.office:
            office = c.paragraph(self.office.upper(), "office", self.left, self.width, c.pt(6))
            flow.place(office)
        flow.place(c.paragraph("Chain-of-custody report", "title", self.left, self.width, c.pt(4)))
        flow.place(
            c.paragraph(
                f"Case {case['ref']} {DASH} {case['title']}",
                "subtitle",
                self.left,
                self.width,
                c.pt(6),
            )
        )
        flow.place(_Block(c.pt(8), [("l", self.left, 0, self.right, 0, "rule")]))
        events = sum(len(it.get("timeline") or []) for it in doc["items"])
        head = doc["head"]
        v = self.verification
        if v.intact:
            verdict = (
                f"{CHECK} Intact: the {v.entries} journal entries carried by this export link "
                "into one chain, and every signature, countersignature and payload verifies."
            )
        else:
            verdict = (
                f"{CROSS} NOT intact: {len(v.problems)} problem(s) found; see "
                "“Verification problems” at the end of this report."
            )
        opened = f"{_utc(case.get('opened_at'))}, by {_s(case.get('created_by'))}"
        exported_by = doc.get("exported_by") or {}
        pairs = [
            ("Case reference", _s(case.get("ref")), "body_b"),
            ("Title", _s(case.get("title")), "body"),
            ("Status", _s(case.get("status")), "body"),
            ("Opened", opened, "body"),
            ("Assigned", ", ".join(case.get("members") or []) or DASH, "body"),
            ("Retention", _s(case.get("retention")), "body"),
            ("Items", f"{len(doc['items'])} exhibits, {events} custody events", "body"),
            (
                "Report drawn",
                f"{_utc(doc.get('exported_at'))}, by {_s(exported_by.get('name'))}, "
                f"from {doc.get('software') or 'Scellé'}",
                "body",
            ),
            ("Vault", _s(doc.get("vault_id")), "mono"),
            ("Journal head", f"entry #{head['seq']}", "body"),
            ("Head entry hash", str(head["entry_hash"]), "mono"),
            ("Verification", verdict, "body_b"),
        ]
        for block in self.fields(pairs, c.mm(34)):
            flow.place(block)
        flow.space(c.pt(6))
        how = (
            "How to check this report. Every page carries, as text and as a QR code "
            "(scelle:vault:entry:hash), the journal head this report was drawn from. "
            "On the vault, “scelle verify” checks the whole journal, and “scelle journal” shows "
            f"entry #{head['seq']}: its hash must be the one printed here. A later change to "
            "any earlier entry would change that hash. In the custody tables, "
            f"{CHECK} means that the entry's signature, its countersignatures and its payload "
            f"verify against the keys recorded in the journal; {CROSS} means that a check failed. "
            "Times are in UTC, with the local time of the workstation that recorded them."
        )
        flow.place(c.paragraph(how, "note", self.left, self.width))

    def inventory(self) -> None:
        cols = [
            _Col("Exhibit", 13),
            _Col("Description", 33),
            _Col("Seal", 12),
            _Col("Status", 11),
            _Col("Custodian", 11),
            _Col("Location", 20),
        ]
        lead = [self.heading("Exhibits", before=10)]
        rows = (
            [
                (str(it["exhibit_id"]), "cell_b"),
                (_s(it.get("description")), "cell"),
                (_s(it.get("seal")), "cell"),
                (_STATUS.get(it.get("status") or "", _s(it.get("status"))), "cell"),
                (_s(it.get("custodian_name")), "cell"),
                (_s(it.get("location")), "cell"),
            ]
            for it in self.doc["items"]
        )
        if not self.doc["items"]:
            self.flow.place(lead[0])
            self.flow.place(
                self.c.paragraph("The case has no items.", "body", self.left, self.width)
            )
            return
        self.table(cols, rows, continued="Exhibits (continued)", lead=lead)

    def seal_history(self, item: dict[str, Any]) -> str:
        steps: list[str] = []
        for ev in item.get("timeline") or []:
            d = ev.get("details") or {}
            if ev["kind"] in ("seizure", "receipt"):
                seal = (d.get("item") or {}).get("seal")
                if seal:
                    steps.append(f"{seal} (at {ev['kind']}, #{ev['seq']})")
            elif ev["kind"] in ("seal", "reseal"):
                steps.append(f"{d.get('new_seal')} ({ev['kind']}, #{ev['seq']})")
        return " \u2192 ".join(steps)

    def item(self, item: dict[str, Any]) -> None:
        c = self.c
        title = f"Exhibit {item['exhibit_id']}"
        if item.get("label") and item["label"] != item["exhibit_id"]:
            title += f" {DASH} {item['label']}"
        head = self.heading(title, "h3", before=12)
        status = _STATUS.get(item.get("status") or "", _s(item.get("status")))
        if item.get("hash_mismatch"):
            status += f" {DASH} HASH MISMATCH RECORDED"
        if item.get("disposition_request") is not None:
            status += f" {DASH} disposition awaiting approval (#{item['disposition_request']})"
        if item.get("status") == "checked_out":
            status += f" {DASH} for {_s(item.get('checkout_purpose'))}"
            if item.get("checkout_due"):
                status += f", due {item['checkout_due']}"
        seized = [
            _utc(item["seized_at"]) if item.get("seized_at") else "",
            f"at {item['seized_where']}" if item.get("seized_where") else "",
            f"from {item['seized_from']}" if item.get("seized_from") else "",
            f"by {item['seized_by']}" if item.get("seized_by") else "",
        ]
        pairs = [
            ("Description", _s(item.get("description")), "body"),
            ("Kind, status", f"{_s(item.get('kind'))}, {status}", "body"),
            ("Custodian", _s(item.get("custodian_name")), "body"),
            ("Location", _s(item.get("location")), "body"),
            ("Seized", " ".join(s for s in seized if s) or DASH, "body"),
            ("Seal", _s(item.get("seal")), "body_b"),
        ]
        history = self.seal_history(item)
        if history and history.count("\u2192") >= 1:
            pairs.append(("Seal history", history, "body"))
        if item.get("flags"):
            pairs.append(("Flags", ", ".join(item["flags"]), "body"))
        if any(item.get(k) for k in ("md5", "sha1", "sha256")):
            size = item.get("size")
            pairs += [
                ("MD5", _s(item.get("md5")), "mono"),
                ("SHA-1", _s(item.get("sha1")), "mono"),
                ("SHA-256", _s(item.get("sha256")), "mono"),
                (
                    "Hashed",
                    f"{_utc(item.get('hashed_at'))}, by {self.name(item.get('hashed_by'))}"
                    + (f"; {size:,} bytes".replace(",", "\u202f") if size is not None else ""),
                    "body",
                ),
            ]
        elif item.get("kind") == "digital":
            pairs.append(("Hashes", "none recorded", "body"))
        lead = [head, *self.fields(pairs, c.mm(28)), _Block(c.pt(4))]
        cols = [
            _Col("Entry", self.seq_share),
            _Col("Event", 11),
            _Col("When (UTC / local)", self.when_share),
            _Col("By", 13),
            _Col("Where", 17),
            _Col("Particulars", 54 - self.seq_share - self.when_share),
            _Col("Sig.", 5, "c"),
        ]
        timeline = item.get("timeline") or []
        rows = (self.event_cells(ev, item) for ev in timeline)
        self.table(cols, rows, continued=f"Exhibit {item['exhibit_id']} (continued)", lead=lead)

    def event_cells(self, ev: dict[str, Any], item: dict[str, Any]) -> list[tuple[str, str]]:
        kind = ev["kind"]
        d = ev.get("details") or {}
        by = ev.get("actor_name") or DASH
        if ev.get("cosigned_by"):
            by += "\ncountersigned: " + ", ".join(ev["cosigned_by"])
        where = ev.get("location") or ""
        parts: list[str] = []
        if kind in ("seizure", "receipt"):
            it = d.get("item") or {}
            if it.get("seized_where"):
                where = f"{it['seized_where']}" + (f"\nstored: {where}" if where else "")
            if it.get("seized_from"):
                parts.append(f"From {it['seized_from']}")
            if it.get("seized_at"):
                parts.append(f"seized {_utc(it['seized_at'])}")
            if it.get("seized_by") and it["seized_by"] != ev.get("actor_name"):
                parts.append(f"by {it['seized_by']}")
            if it.get("seal"):
                parts.append(f"seal {it['seal']}")
            if it.get("hashes"):
                parts.append("hashes recorded")
        elif kind == "transfer":
            parts.append(f"From {self.name(d.get('from'))} to {_s(ev.get('counterpart'))}")
        elif kind == "checkout":
            parts.append(f"Purpose: {_s(ev.get('purpose'))}")
            if d.get("due"):
                parts.append(f"due {d['due']}")
        elif kind == "move":
            parts.append(f"From {_s(d.get('from_location'))}")
        elif kind in ("seal", "reseal"):
            old = d.get("old_seal")
            parts.append(
                f"Seal {old} \u2192 {d.get('new_seal')}" if old else f"Sealed {d.get('new_seal')}"
            )
        elif kind == "hash_verify":
            match = d.get("match")
            if match is None:
                parts.append("First hashes recorded")
            elif match:
                parts.append("Hashes match the record")
            else:
                parts.append("HASH MISMATCH with the record")
        elif kind == "disposition_request":
            parts.append(f"Asked: {_METHODS.get(d.get('method', ''), _s(d.get('method')))}")
            parts.append(f"authority {_s(ev.get('authority'))}")
            parts.append(f"witness {_s(ev.get('counterpart'))}")
        elif kind == "disposition":
            parts.append(f"Approved: {_METHODS.get(d.get('method', ''), _s(d.get('method')))}")
            if d.get("request_seq"):
                parts.append(f"request #{d['request_seq']}")
            if ev.get("authority"):
                parts.append(f"authority {ev['authority']}")
            if d.get("comment"):
                parts.append(f"comment: {d['comment']}")
        text = "; ".join(parts)
        if ev.get("reason"):
            text = (text + ". " if text else "") + f"Reason: {ev['reason']}"
        seq = int(ev["seq"])
        return [
            (f"#{seq}", "cell_b"),
            (_EVENT_NAMES.get(kind, kind), "cell"),
            (_when(ev.get("at"), ev.get("tz")), "cell"),
            (by, "cell"),
            (where or DASH, "cell"),
            (text or DASH, "cell"),
            (self.mark(seq), "mark"),
        ]

    def reviews(self) -> None:
        c = self.c
        reviews = self.doc.get("reviews") or []
        lead = [self.heading("Supervisor reviews", before=14)]
        if not reviews:
            self.flow.keep(lead)
            self.flow.place(
                c.paragraph(
                    "No supervisor has signed off this case's log.", "body", self.left, self.width
                )
            )
            return
        payloads = self.doc.get("payloads") or {}
        cols = [
            _Col("Entry", self.seq_share),
            _Col("Reviewer", 18 - self.seq_share),
            _Col("Signed (UTC / local)", self.when_share),
            _Col("Covers the journal up to", 44 - self.when_share),
            _Col("Anomalies", 11, "c"),
            _Col("Comment", 22),
            _Col("Sig.", 5, "c"),
        ]
        rows = []
        for r in reviews:
            tz = None
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                tz = json.loads(payloads.get(str(r["seq"]), "{}")).get("tz")
            rows.append(
                [
                    (f"#{r['seq']}", "cell_b"),
                    (_s(r.get("reviewer")), "cell"),
                    (_when(r.get("at"), tz), "cell"),
                    (f"entry #{r['up_to_seq']}\n{r['up_to_hash']}", "mono_s"),
                    (str(r.get("anomalies", 0)), "cell"),
                    (_s(r.get("comment")), "cell"),
                    (self.mark(int(r["seq"])), "mark"),
                ]
            )
        self.table(cols, rows, continued="Supervisor reviews (continued)", lead=lead)

    def problems(self) -> None:
        problems = self.verification.problems
        if not problems:
            return
        shown = problems[:200]
        rows = [
            [
                (f"#{p.seq}" if p.seq is not None else DASH, "cell_b"),
                (p.kind, "cell"),
                (p.detail, "cell"),
            ]
            for p in shown
        ]
        if len(problems) > len(shown):
            rows.append([("", "cell"), ("", "cell"), (f"… and {len(problems) - 200} more", "cell")])
        cols = [_Col("Entry", self.seq_share), _Col("Check", 14), _Col("Problem", 86)]
        lead = [self.heading(f"Verification problems ({len(problems)})", before=14)]
        self.table(cols, rows, continued="Verification problems (continued)", lead=lead)

    # painting

    def decorate(self, painter: QPainter, number: int, total: int) -> None:
        c, doc = self.c, self.doc
        if number > 1:
            y = self.top + c.ascent("run")
            left = f"Chain-of-custody report {DASH} case {self.case['ref']}"
            right = self.office
            right_w = c.width("run", right) if right else 0.0
            left = c.elide(left, "run", self.width - right_w - c.mm(6))
            self.text(painter, self.left, y, "run", left)
            if right:
                self.text(painter, self.right - right_w, y, "run", right)
            self.hline(painter, self.top + c.mm(5), "thin")
        self.hline(painter, self.foot_top, "thin")
        qy = self.foot_top + c.mm(2.5)
        _draw_qr(painter, self.qr_text, self.left - c.mm(1), qy, self.qr_size)
        tx = self.left + self.qr_size + c.mm(2)
        head = doc["head"]
        by = (doc.get("exported_by") or {}).get("name") or DASH
        y = qy + c.mm(3) + c.ascent("run_b")
        self.text(painter, tx, y, "run_b", f"Journal head: entry #{head['seq']}")
        y += c.line("run_b") + c.pt(1)
        self.text(painter, tx, y, "run_mono", str(head["entry_hash"]))
        y += c.line("run_mono") + c.pt(1)
        self.text(painter, tx, y, "run", f"Vault {doc.get('vault_id')}")
        y += c.line("run")
        self.text(
            painter, tx, y, "run", f"Drawn {_utc(doc.get('exported_at'))} by {by}, case export"
        )
        page = f"Page {number} of {total}"
        py = qy + c.mm(3) + c.ascent("page")
        self.text(painter, self.right - c.width("page", page), py, "page", page)
        ref = f"Case {self.case['ref']}"
        self.text(
            painter, self.right - c.width("run", ref), py + c.line("page") + c.pt(1), "run", ref
        )

    def text(self, painter: QPainter, x: float, y: float, font: str, s: str) -> None:
        painter.setFont(self.c.fonts[font])
        painter.drawText(QPointF(x, y), s)

    def hline(self, painter: QPainter, y: float, pen: str) -> None:
        painter.setPen(self.c.pens[pen])
        painter.drawLine(QPointF(self.left, y), QPointF(self.right, y))
        painter.setPen(QPen(QColor(0, 0, 0)))

    def paint(self, writer: QPdfWriter, painter: QPainter) -> None:
        _paint_pages(self.c, writer, painter, self.flow.pages, self.decorate)


def _paint_pages(
    canvas: _Canvas,
    writer: QPdfWriter,
    painter: QPainter,
    pages: list[list[Op]],
    decorate: Callable[[QPainter, int, int], None] | None,
) -> None:
    black = QPen(QColor(0, 0, 0))
    total = len(pages)
    for index, ops in enumerate(pages):
        if index:
            writer.newPage()
        painter.setPen(black)
        if decorate is not None:
            decorate(painter, index + 1, total)
        painter.setPen(black)
        font = None
        for op in ops:
            kind = op[0]
            if kind == "t":
                if op[3] != font:
                    font = op[3]
                    painter.setFont(canvas.fonts[font])
                painter.drawText(QPointF(op[1], op[2]), op[4])
            elif kind == "l":
                painter.setPen(canvas.pens[op[5]])
                painter.drawLine(QPointF(op[1], op[2]), QPointF(op[3], op[4]))
                painter.setPen(black)
            elif kind == "f":  # a QFont of its own (labels' shrunk ids)
                painter.setFont(op[4])
                font = None
                painter.drawText(QPointF(op[1], op[2]), op[3])
            elif kind == "q":
                _draw_qr(painter, op[4], op[1], op[2], op[3])
            elif kind == "r":
                painter.setPen(canvas.pens[op[5]])
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(op[1], op[2], op[3], op[4]), op[6], op[6])
                painter.setPen(black)


def _page_size(name: str) -> QPageSize.PageSizeId:
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise BadInput(f"The page size is one of {', '.join(PAGE_SIZES)}, not {name!r}.") from None


def _device_size(writer: QPdfWriter) -> tuple[float, float]:
    rect = writer.pageLayout().fullRectPixels(writer.resolution())
    return float(rect.width()), float(rect.height())


def render_case_report(doc: dict[str, Any], path: Path, *, page_size: str = "A4") -> None:
    """Write the chain-of-custody report of a case export ``doc`` as a PDF at ``path``.

    ``page_size`` is ``"A4"`` or ``"Letter"``. The file is replaced atomically; raise
    BadInput (one sentence, nothing written) if ``path`` cannot be written.
    """
    size = _page_size(page_size)
    ensure_application()

    def paint(writer: QPdfWriter, painter: QPainter) -> None:
        report = _Report(doc, _Canvas(writer), *_device_size(writer))
        report.build()
        report.paint(writer, painter)

    _write_pdf(Path(path), size, f"Chain-of-custody report, case {doc['case']['ref']}", paint)


# -- labels -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """A sheet of labels: page, grid, label size and the sheet's margins (millimetres)."""

    page: str
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    column_gap: float = 0.0
    row_gap: float = 0.0


LABEL_LAYOUTS: dict[str, LabelLayout] = {
    # 24 labels of 70 × 37 mm on A4 (e.g. Avery 3474, Herma 4453)
    "A4-3x8": LabelLayout("A4", 3, 8, 70.0, 37.0, 0.0, 0.5),
    # 14 labels of 99.1 × 38.1 mm on A4 (e.g. Avery L7163)
    "A4-2x7": LabelLayout("A4", 2, 7, 99.1, 38.1, 4.65, 15.15, 2.5),
    # 10 labels of 4 × 2 in on US Letter (e.g. Avery 5163)
    "Letter-2x5": LabelLayout("Letter", 2, 5, 101.6, 50.8, 3.97, 12.7, 4.76),
}


def _label_ops(
    c: _Canvas,
    item: dict[str, Any],
    case_ref: str,
    x: float,
    y: float,
    lay: LabelLayout,
    *,
    context: str | None = None,
    footer: str | None = None,
) -> list[Op]:
    """One label: QR code on the left; id, case, description and seal on the right.

    ``context`` and ``footer`` replace the case line and the seal line (location labels).
    """
    w, h = c.mm(lay.width), c.mm(lay.height)
    pad = c.mm(3)
    inset = c.mm(0.6)
    ops: list[Op] = [("r", x + inset, y + inset, w - 2 * inset, h - 2 * inset, "guide", c.mm(2))]
    qr = min(h - 2 * pad, c.mm(28))
    exhibit = str(item["exhibit_id"])
    ops.append(("q", x + pad - c.mm(0.5), y + (h - qr) / 2, qr, exhibit))
    tx = x + pad + qr + c.mm(1.5)
    tw = x + w - pad - tx
    top, bottom = y + pad, y + h - pad
    font = c.fit(exhibit, "lab_id", tw, 7.0)
    fm = QFontMetricsF(font, c.device)
    ty = top + fm.ascent()
    ops.append(("f", tx, ty, exhibit, font))
    ty += fm.descent() + c.pt(2.5)
    seal = (
        footer
        if footer is not None
        else (f"Seal {item['seal']}" if item.get("seal") else "Not sealed")
    )
    seal_y = bottom - c.fm["lab_b"].descent()
    lines: list[tuple[str, str]] = []
    if item.get("label") and item["label"] != exhibit:
        lines.append((str(item["label"]), "lab_b"))
    lines.append((context if context is not None else f"Case {case_ref}", "lab"))
    room = int((seal_y - c.line("lab_b") - ty) // c.line("lab")) - len(lines) + 1
    description = " ".join(str(item.get("description") or "").split())
    desc = c.wrap(description, "lab", tw) if description else []
    if room >= 1 and len(desc) > room:
        desc = [*desc[: room - 1], c.elide(" ".join(desc[room - 1 :]), "lab", tw)]
    lines += [(s, "lab") for s in desc[: max(room, 0)]]
    for text, key in lines:
        ty += c.ascent(key)
        if ty + c.fm[key].descent() > seal_y - c.ascent("lab_b"):
            break
        ops.append(("t", tx, ty, key, c.elide(text, key, tw)))
        ty += c.line(key) - c.ascent(key)
    ops.append(("t", tx, seal_y, "lab_b", c.elide(seal, "lab_b", tw)))
    return ops


def _label_layout(name: str) -> LabelLayout:
    """The layout called ``name``; raise BadInput naming the ones there are."""
    try:
        return LABEL_LAYOUTS[name]
    except KeyError:
        raise BadInput(
            f"The label layout is one of {', '.join(LABEL_LAYOUTS)}, not {name!r}."
        ) from None


def _label_pages(
    c: _Canvas, lay: LabelLayout, count: int, ops: Callable[[int, float, float], list[Op]]
) -> list[list[Op]]:
    """``count`` labels laid out on pages: ``ops(n, x, y)`` draws label n at (x, y)."""
    per_page = lay.columns * lay.rows
    pages: list[list[Op]] = []
    for n in range(count):
        if n % per_page == 0:
            pages.append([])
        row, col = divmod(n % per_page, lay.columns)
        x = c.mm(lay.left + col * (lay.width + lay.column_gap))
        y = c.mm(lay.top + row * (lay.height + lay.row_gap))
        pages[-1].extend(ops(n, x, y))
    return pages


def render_labels(
    doc: dict[str, Any],
    path: Path,
    *,
    exhibits: list[str] | None = None,
    layout: str = "A4-3x8",
) -> None:
    """Write a sheet (or sheets) of evidence labels for the items of a case export.

    Each label has the exhibit id in large type, the case, a short description, the seal
    and a QR code that reads back exactly as the exhibit id. ``exhibits`` limits the labels
    to those items (in that order); an exhibit not in the case raises BadInput.
    """
    lay = _label_layout(layout)
    items = list(doc["items"])
    if exhibits is not None:
        by_id = {str(it["exhibit_id"]): it for it in items}
        missing = [e for e in exhibits if e not in by_id]
        if missing:
            raise BadInput(
                f"Case {doc['case']['ref']} has no item {missing[0]}; no labels were printed."
            )
        items = [by_id[e] for e in dict.fromkeys(exhibits)]
    if not items:
        raise BadInput(f"Case {doc['case']['ref']} has no items to label.")
    ensure_application()
    case_ref = str(doc["case"]["ref"])

    def paint(writer: QPdfWriter, painter: QPainter) -> None:
        c = _Canvas(writer)
        pages = _label_pages(
            c, lay, len(items), lambda n, x, y: _label_ops(c, items[n], case_ref, x, y, lay)
        )
        _paint_pages(c, writer, painter, pages, None)

    _write_pdf(Path(path), _page_size(lay.page), f"Evidence labels, case {case_ref}", paint)


def render_location_labels(
    locations: Sequence[tuple[str, str, str]],
    path: Path,
    *,
    layout: str = "A4-3x8",
    office: str = "",
) -> None:
    """Labels for storage locations ``(code, name, kind)``: the QR code reads back as exactly
    the code, which an inventory scan types into the inventory dialog."""
    lay = _label_layout(layout)
    if not locations:
        raise BadInput("There are no storage locations to label.")
    ensure_application()

    def paint(writer: QPdfWriter, painter: QPainter) -> None:
        c = _Canvas(writer)

        def ops(n: int, x: float, y: float) -> list[Op]:
            code, name, kind = locations[n]
            return _label_ops(
                c,
                {"exhibit_id": code, "description": name},
                "",
                x,
                y,
                lay,
                context=f"Storage location ({kind})",
                footer=office or "Evidence store",
            )

        _paint_pages(c, writer, painter, _label_pages(c, lay, len(locations), ops), None)

    _write_pdf(Path(path), _page_size(lay.page), "Storage location labels", paint)
