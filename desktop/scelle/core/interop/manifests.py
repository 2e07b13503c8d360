"""Reading hash manifests: the lists of files and digests investigators bring to a case.

This module only *parses*: it turns the bytes of a manifest into :class:`ManifestEntry`
values, or refuses the whole manifest with one :class:`ManifestError` sentence naming the
line. It touches no vault and no database; creating items from the entries is the
importer's job.

Formats, detected from the content (never from the file name):

``hashdeep``
    ``%%%% HASHDEEP-1.0`` then ``%%%% size,md5,sha256,filename``: the columns may come in
    any order (``size``, ``md5``, ``sha1``, ``sha256``, ``tiger``, ``whirlpool``), but
    ``filename`` must be last, because file names may hold commas and the line is split
    from the left. Tiger and Whirlpool values are checked (hex, 48 and 128 digits) and
    dropped. Lines starting with ``#`` are comments (hashdeep's own reader skips them
    too); a repeated ``%%%% HASHDEEP-1.0`` header (two outputs concatenated) starts a new
    column line. Piecewise output (``hashdeep -p``, ``md5deep -p``: names ending in
    `` offset START-END``) is refused as such: it hashes pieces, not files.
``md5sum``, ``sha1sum``, ``sha256sum`` (and ``checksums`` when one file mixes them)
    GNU coreutils lines ``HEX  NAME`` (text) or ``HEX *NAME`` (binary); the algorithm is
    told by the length (32, 40 or 64 digits). A line starting with ``\\`` has an escaped
    name (``\\\\``, ``\\n`` and, as newer coreutils write, ``\\r``). ``md5deep`` plain output
    is this form. BSD ``md5 -r`` output (``HEX NAME``, one space) is read too.
``bsd-tag``
    ``SHA256 (NAME) = HEX``, ``SHA1 (...)``, ``MD5 (...)`` (``sha256sum --tag``, BSD
    ``sha256``, ``cksum -a``); OpenSSL's ``SHA256(NAME)= HEX`` and ``SHA2-256(...)`` too.
``dfxml``
    ``fileobject`` elements with ``filename``, ``filesize`` and ``hashdigest
    type="md5|sha1|sha256"`` (any case: hashdeep writes ``MD5``), namespaced or not.
    A file holding ``<!DOCTYPE`` or ``<!ENTITY`` is refused before any parsing, so no
    DTD, internal or external, and no entity is ever expanded. Directories and other
    non-regular fileobjects without hashes (fiwalk lists them) are skipped; a fileobject
    whose hashes are only inside ``byte_run`` elements is piecewise and refused; one
    carrying ``<error>`` (a file hashdeep could not read) is refused.
``ftk-imager-csv``
    FTK Imager's "Export File Hash List": a header ``MD5,SHA1,FileNames`` then quoted
    rows. Header names are matched case-insensitively, ignoring spaces, ``-`` and ``_``:
    ``MD5``, ``SHA1``, ``SHA256``, a name column (``FileNames``, ``File Name``,
    ``Filename``, ``Name``, ``Path``, ``File Path``, ``Full Path``) and an optional size
    column (``Size``, ``File Size``, ``Length``).
``powershell-csv``
    ``Get-FileHash | Export-Csv``: Windows PowerShell 5.1 writes a first line
    ``#TYPE Microsoft.PowerShell.Commands.FileHashInfo``, PowerShell 7 does not; then
    ``"Algorithm","Hash","Path"``, one algorithm per row (SHA256, SHA1 or MD5).
    ``Export-Csv -UseCulture`` (``;`` in a French locale) and tabs are read too.
``vics-1.3``, ``vics-2.0`` (``vics`` for another version)
    Project VIC JSON: an OData document with ``odata.metadata`` (1.x) or
    ``@odata.context`` (2.0) and a ``value`` array holding either cases with a ``Media``
    array or media records themselves (2.0 ``#Media`` lists). Keys are matched
    case-insensitively: ``MD5``, ``SHA1``, ``SHA256``, ``AlternativeHashes``
    (``HashName``/``HashValue``), ``MediaSize`` (number or digit string); the name is
    the first of ``RelativeFilePath``, ``FileName``, ``Name``, then the first
    ``MediaFiles`` entry's ``FilePath`` or ``FileName``. A record without a name (the
    bare hash sets national VICS portals distribute) is refused: it describes no file.

Encodings: UTF-8 with or without BOM, UTF-16 LE or BE with BOM (as PowerShell 5.1's
``Out-File`` or ``Export-Csv -Encoding Unicode`` write), BOM-less UTF-16 (told by its NUL
bytes), UTF-32 with BOM; LF or CRLF; hex in either case (returned in lower case). Blank
lines are ignored and trailing spaces, tabs and carriage returns on a line are dropped (so
a name that really ends in a space loses it). Other legacy code pages are refused rather
than guessed.

Every path is NFC-normalised. A path that is empty, holds a NUL or an unpaired surrogate
is refused here; length limits and control characters (a ``\\n`` unescaped from a
sha256sum line is kept as a line break) are left to the importer, which has each entry's
``line`` to name in its own sentence. Entries are returned one per manifest line, in
order, without merging lines that name the same path.

What could and could not be confirmed from public material (no vendor's sample files
were at hand):

* hashdeep: header, column names and lengths, the `` offset START-END`` piecewise suffix,
  the upper-case DFXML ``hashdigest`` types and ``byte_run`` nesting were read in
  hashdeep's source. Confirmed.
* FTK Imager: the unquoted header ``MD5,SHA1,FileNames`` and double-quoted rows
  (``"hex","hex","image.E01\\Partition 1\\NONAME [NTFS]\\[root]\\file"``) appear in
  several independent write-ups, but no AccessData/Exterro document describing the file
  was found. Not confirmed: the encoding FTK Imager uses for non-ASCII names (only UTF-8
  and UTF-16 are read here), whether any version adds a SHA-256 or size column (they are
  accepted if present), and whether a BOM is written.
* PowerShell: Microsoft's documentation confirms the ``#TYPE`` line of 5.1 and its
  absence in 7, and that 5.1's ``Export-Csv`` defaults to ASCII (non-ASCII characters in
  paths are already ``?`` in such files: nothing can recover them) while 7 writes
  UTF-8 without BOM.
* Project VIC: the structures above were seen in several third-party exporters' and
  importers' source (1.3: ``"odata.metadata":
  "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Cases"``, ``MediaSize`` as a
  string; 2.0: ``"@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/
  DataModels/2.0.xml/US/$metadata#Cases"`` or ``...#Media``). The official VICS schema
  was not available, so the name of a SHA-256 field (read as ``SHA256``) is a guess.
* coreutils: the ``\\r`` escape is accepted in case a newer version writes it.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from scelle.core.errors import BadInput

__all__ = [
    "FORMATS",
    "ManifestEntry",
    "ManifestError",
    "parse_manifest",
]

FORMATS: Final = (
    "hashdeep",
    "md5sum",
    "sha1sum",
    "sha256sum",
    "checksums",
    "bsd-tag",
    "dfxml",
    "ftk-imager-csv",
    "powershell-csv",
    "vics-1.3",
    "vics-2.0",
    "vics",
)

SUPPORTED = (
    "hashdeep or md5deep output, sha256sum/sha1sum/md5sum files (also --tag), DFXML, "
    "FTK Imager's Export File Hash List CSV, PowerShell Get-FileHash | Export-Csv, "
    "Project VIC JSON"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ManifestEntry:
    """One file of a manifest."""

    path: str  # file name or path as recorded, NFC-normalised, unescaped
    size: int | None
    md5: str | None  # lower-case hex
    sha1: str | None
    sha256: str | None
    line: int  # 1-based line; for DFXML the fileobject's index, for VICS the media record's


class ManifestError(BadInput):
    """The manifest was refused as a whole; ``str(e)`` is one sentence naming the line.

    For example ``Line 12 of hashes.txt: the SHA-256 has 63 hex digits instead of 64;
    nothing was imported.`` ``line`` is that line number (the record index for JSON and
    DFXML, whose messages say "Record N"), or None when no line is to blame.
    """

    line: int | None

    def __init__(self, message: str, *, line: int | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.line = line


# -- internal failure, turned into a ManifestError naming the file ---------------------------


class _Bad(Exception):
    def __init__(
        self, what: str, line: int | None = None, *, unit: str = "Line", hint: str | None = None
    ) -> None:
        super().__init__(what)
        self.what = what
        self.line = line
        self.unit = unit
        self.hint = hint


def _display_name(name: str) -> str:
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in name)
    return cleaned[:200] or "manifest"


def _error(name: str, bad: _Bad) -> ManifestError:
    shown = _display_name(name)
    if bad.line is None:
        message = f"{shown}: {bad.what}; nothing was imported."
    else:
        message = f"{bad.unit} {bad.line} of {shown}: {bad.what}; nothing was imported."
    return ManifestError(message, line=bad.line, hint=bad.hint)


def _show(value: str, limit: int = 40) -> str:
    """A short, printable quotation of a value for an error sentence."""
    text = "".join(ch if ch.isprintable() else "?" for ch in value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"“{text}”"


# -- values --------------------------------------------------------------------------------

_HEX = re.compile(r"[0-9A-Fa-f]+")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_DIGITS = re.compile(r"[0-9]+")
_WS = " \t\r\f\v"
_PIECEWISE = re.compile(r" offset [0-9]+-[0-9]+\Z")

# canonical key, label in sentences, hex digits
_ALGOS: Final = {
    "md5": ("MD5", 32),
    "sha1": ("SHA-1", 40),
    "sha256": ("SHA-256", 64),
}
_BY_LENGTH: Final = {32: "md5", 40: "sha1", 64: "sha256"}
_OTHER_LENGTHS: Final = {
    8: "a CRC-32",
    56: "a SHA-224",
    96: "a SHA-384",
    128: "a SHA-512 or BLAKE2b",
}
_IGNORED_HASHDEEP: Final = {"tiger": ("Tiger", 48), "whirlpool": ("Whirlpool", 128)}
MAX_SIZE: Final = 2**64 - 1
PIECEWISE_HINT = "Hash the whole files again without -p and import that list."


def _not_hex(value: str) -> str:
    """Where ``value`` stops being hex, for an error sentence."""
    at = next((i for i, ch in enumerate(value) if ch not in _HEX_DIGITS), 0)
    return f"has {_show(value[at])}, which is not a hex digit, at character {at + 1}"


def _hex(value: str, label: str, length: int | None, line: int | None, unit: str = "Line") -> str:
    """``value`` checked as hex of ``length`` digits, lower-cased."""
    if not value:
        raise _Bad(f"the {label} is empty", line, unit=unit)
    if not _HEX.fullmatch(value):
        raise _Bad(f"the {label} {_not_hex(value)}", line, unit=unit)
    if length is not None and len(value) != length:
        raise _Bad(f"the {label} has {len(value)} hex digits instead of {length}", line, unit=unit)
    return value.lower()


def _size(value: str, line: int | None, unit: str = "Line") -> int:
    if not _DIGITS.fullmatch(value) or len(value) > 20 or int(value) > MAX_SIZE:
        raise _Bad(f"the size {_show(value)} is not a whole number of bytes", line, unit=unit)
    return int(value)


def _path(raw: str, line: int | None, unit: str = "Line") -> str:
    """``raw`` as a recorded path: not empty, no NUL, no unpaired surrogate, NFC."""
    if not raw or raw.isspace():
        raise _Bad("the file name is empty or only white space", line, unit=unit)
    if raw.isascii():
        if "\x00" in raw:
            raise _Bad("the file name contains a NUL character", line, unit=unit)
        return raw
    if "\x00" in raw:
        raise _Bad("the file name contains a NUL character", line, unit=unit)
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise _Bad("the file name contains an unpaired UTF-16 surrogate", line, unit=unit) from None
    return unicodedata.normalize("NFC", raw)


def _entry(
    path: str, size: int | None, hashes: dict[str, str], line: int, unit: str = "Line"
) -> ManifestEntry:
    if not hashes:
        raise _Bad("there is no MD5, SHA-1 or SHA-256 for this file", line, unit=unit)
    return ManifestEntry(
        path=path,
        size=size,
        md5=hashes.get("md5"),
        sha1=hashes.get("sha1"),
        sha256=hashes.get("sha256"),
        line=line,
    )


# -- bytes to text -------------------------------------------------------------------------

_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32-le", 4),
    (b"\x00\x00\xfe\xff", "utf-32-be", 4),
    (b"\xef\xbb\xbf", "utf-8", 1),
    (b"\xff\xfe", "utf-16-le", 2),
    (b"\xfe\xff", "utf-16-be", 2),
)


_LABELS: Final = {
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32-le": "UTF-32 LE",
    "utf-32-be": "UTF-32 BE",
}


def _decode(data: bytes) -> str:
    encoding, body, unit = "utf-8", data, 1
    for bom, enc, width in _BOMS:
        if data.startswith(bom):
            encoding, body, unit = enc, data[len(bom) :], width
            break
    else:
        sample = data[:4096]
        if b"\x00" in sample and len(sample) >= 2:
            even, odd = sample[0::2].count(0), sample[1::2].count(0)
            half = len(sample) // 2
            if odd >= half // 4 and odd > 4 * even:
                encoding, unit = "utf-16-le", 2
            elif even >= half // 4 and even > 4 * odd:
                encoding, unit = "utf-16-be", 2
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        start = exc.start - exc.start % unit
        line = body[:start].decode(encoding, errors="replace").count("\n") + 1
        if encoding == "utf-8":
            what = (
                f"byte {exc.start + len(data) - len(body) + 1} is not UTF-8; save the "
                "manifest as UTF-8 or UTF-16 (other code pages are not guessed)"
            )
        else:
            what = f"the text is not valid {_LABELS[encoding]} ({exc.reason})"
        raise _Bad(what, line) from None
    if text.startswith("\ufeff"):  # a BOM written twice
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        raise _Bad(
            "the file contains NUL characters, so it is not a text manifest",
            text.count("\n", 0, nul) + 1,
        )
    return text


# -- detection -----------------------------------------------------------------------------

_CSV_DELIMITERS = (",", ";", "\t")
_TAG_START = re.compile(r"([A-Za-z][A-Za-z0-9-]*) ?\(")
_TAG_TAIL = re.compile(r" ?= ?([^\s]*)")
_HEXISH_START = re.compile(r"\\?[0-9A-Za-z]{16,} ")


def _canon_header(cell: str) -> str:
    return re.sub(r"[\s_\-]+", "", cell.strip().strip('"').strip().lower())


_CSV_ROLES: Final = {
    "md5": "md5",
    "sha1": "sha1",
    "sha256": "sha256",
    "filenames": "path",
    "filename": "path",
    "name": "path",
    "path": "path",
    "filepath": "path",
    "fullpath": "path",
    "size": "size",
    "filesize": "size",
    "length": "size",
    "algorithm": "algorithm",
    "hash": "hash",
}
_ROLE_LABELS: Final = {
    "md5": "MD5",
    "sha1": "SHA-1",
    "sha256": "SHA-256",
    "path": "file name",
    "size": "size",
    "algorithm": "algorithm",
    "hash": "hash",
}
_CSV_HASHY = {"md5", "sha1", "sha256", "algorithm", "hash"}


def _delimiter(header: str) -> str | None:
    counts = {d: header.count(d) for d in _CSV_DELIMITERS}
    best = max(_CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else None


def _looks_like_csv(line: str) -> bool:
    delim = _delimiter(line)
    if delim is None:
        return False
    cells = [_canon_header(c) for c in line.split(delim)]
    return any(c in _CSV_HASHY for c in cells) or all(c in _CSV_ROLES for c in cells)


def parse_manifest(data: bytes, *, name: str = "manifest") -> tuple[str, list[ManifestEntry]]:
    """Detect the manifest's format and parse it; return ``(format_name, entries)``.

    ``format_name`` is one of :data:`FORMATS`. Raise :class:`ManifestError` (exit status
    2) naming the line for anything malformed, for an unknown format and for a manifest
    that lists no file; nothing else is raised, whatever the bytes.
    """
    try:
        if not isinstance(data, bytes | bytearray | memoryview):
            raise _Bad("the manifest must be given as bytes")
        fmt, entries = _parse(_decode(bytes(data)))
    except _Bad as bad:
        raise _error(name, bad) from None
    if not entries:
        raise _error(name, _Bad("the manifest lists no file"))
    return fmt, entries


def _parse(text: str) -> tuple[str, list[ManifestEntry]]:
    head = text.lstrip(_WS + "\n")
    if not head:
        raise _Bad("the manifest is empty")
    if head.startswith("<"):
        return "dfxml", _parse_dfxml(text)
    if head.startswith(("{", "[")):
        return _parse_vics(text)
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip(_WS)), 0)
    line = lines[first].strip(_WS)
    if line.startswith("%%%%"):
        return "hashdeep", _parse_hashdeep(lines)
    if line.startswith(("#TYPE", '"')):
        return _parse_csv(lines, first)
    # before the looser CSV test: "HEX  name,md5" is a checksum line, not a header
    if _TAG_START.match(line.lstrip("\\")) or _HEXISH_START.match(line):
        return _parse_checksums(lines)
    if _looks_like_csv(line):
        return _parse_csv(lines, first)
    raise _Bad(
        "this is not a manifest Scellé can read: it should be " + SUPPORTED,
        hint="Export the hash list again in one of these formats.",
    )


# -- hashdeep ------------------------------------------------------------------------------

_HASHDEEP_COLUMNS: Final = {"size", "md5", "sha1", "sha256", "tiger", "whirlpool", "filename"}


def _hashdeep_columns(body: str, line: int) -> list[str]:
    columns: list[str] = []
    for raw in body.split(","):
        col = raw.strip().lower().replace("-", "")
        if col not in _HASHDEEP_COLUMNS:
            raise _Bad(
                f"the column {_show(raw.strip())} is not a hashdeep column "
                "(size, md5, sha1, sha256, tiger, whirlpool, filename)",
                line,
            )
        if col in columns:
            raise _Bad(f"the column {col} appears twice", line)
        columns.append(col)
    if "filename" not in columns:
        raise _Bad("the column line has no filename column", line)
    if columns[-1] != "filename":
        raise _Bad("the filename column must be the last one (file names may hold commas)", line)
    if not any(c in _ALGOS for c in columns):
        raise _Bad("the column line names no MD5, SHA-1 or SHA-256", line)
    return columns


def _parse_hashdeep(lines: list[str]) -> list[ManifestEntry]:
    entries: list[ManifestEntry] = []
    columns: list[str] | None = None
    want_columns = False
    seen_header = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip(_WS)
        if not line.strip():
            continue
        if line.startswith("%%%%"):
            body = line[4:].strip()
            if body == "HASHDEEP-1.0":
                want_columns, seen_header, columns = True, True, None
                continue
            if want_columns:
                columns = _hashdeep_columns(body, number)
                want_columns = False
                continue
            raise _Bad(
                f"the header line {_show(line)} is not a hashdeep header "
                "(%%%% HASHDEEP-1.0 then %%%% and the columns)",
                number,
            )
        if line.startswith("#"):
            continue
        if not seen_header:
            raise _Bad("the first line is not %%%% HASHDEEP-1.0", number)
        if want_columns:
            raise _Bad(
                "the %%%% column line (like %%%% size,md5,sha256,filename) is missing "
                "after %%%% HASHDEEP-1.0",
                number,
            )
        assert columns is not None
        fields = line.split(",", len(columns) - 1)
        if len(fields) < len(columns):
            raise _Bad(
                f"the line is truncated: it has {len(fields)} of the "
                f"{len(columns)} fields the column line names",
                number,
            )
        size: int | None = None
        hashes: dict[str, str] = {}
        path = ""
        for col, value in zip(columns, fields, strict=True):
            if col == "filename":
                path = value
            elif col == "size":
                size = _size(value.strip(), number)
            elif col in _ALGOS:
                label, length = _ALGOS[col]
                hashes[col] = _hex(value.strip(), label, length, number)
            else:
                label, length = _IGNORED_HASHDEEP[col]
                _hex(value.strip(), label, length, number)
        if _PIECEWISE.search(path):
            raise _Bad(
                "this is hashdeep piecewise output (-p): each line hashes a piece "
                "of a file, not a whole file",
                number,
                hint=PIECEWISE_HINT,
            )
        entries.append(_entry(_path(path, number), size, hashes, number))
    if want_columns:
        raise _Bad("the %%%% column line is missing after %%%% HASHDEEP-1.0")
    return entries


# -- sha256sum, md5sum, sha1sum, md5deep, --tag ----------------------------------------------

_TAG_ALGOS: Final = {
    "MD5": "md5",
    "SHA1": "sha1",
    "SHA-1": "sha1",
    "SHA256": "sha256",
    "SHA-256": "sha256",
    "SHA2-256": "sha256",
}
_ESCAPE = re.compile(r"\\(.?)", re.DOTALL)
_ESCAPES: Final = {"\\": "\\", "n": "\n", "r": "\r"}


def _unescape(name: str, line: int) -> str:
    def sub(m: re.Match[str]) -> str:
        ch = m.group(1)
        if ch in _ESCAPES:
            return _ESCAPES[ch]
        if not ch:
            raise _Bad("the escaped file name ends with a lone backslash", line)
        shown = ch if ch.isprintable() else "?"
        raise _Bad(
            f"the escaped file name has an unknown escape \\{shown} (only \\\\, \\n and \\r exist)",
            line,
        )

    return _ESCAPE.sub(sub, name)


def _length_problem(digits: int, seen: set[str]) -> str:
    other = _OTHER_LENGTHS.get(digits)
    if other:
        return (
            f"the hash has {digits} hex digits, so it looks like {other}, which Scellé "
            "does not record (MD5, SHA-1 and SHA-256 only)"
        )
    if len(seen) == 1:
        label, length = _ALGOS[next(iter(seen))]
        return (
            f"the hash has {digits} hex digits where the other lines' {label} hashes have {length}"
        )
    return f"the hash has {digits} hex digits, which is no MD5 (32), SHA-1 (40) or SHA-256 (64)"


def _parse_tag(line: str, number: int) -> tuple[str, str, str] | None:
    """(algorithm, raw name, hex) of a BSD/OpenSSL tagged line, or None if it is not one."""
    m = _TAG_START.match(line)
    if not m:
        return None
    rest = line[m.end() :]
    close = rest.rfind(")")
    if close < 0:
        return None
    tail = _TAG_TAIL.fullmatch(rest[close + 1 :])
    if not tail:
        return None
    token = m.group(1)
    algo = _TAG_ALGOS.get(token.upper())
    if algo is None and _HEX.fullmatch(token):
        return None  # BSD ``md5 -r`` style: HEX NAME, with a name like "(1) = x"
    if algo is None:
        raise _Bad(
            f"the algorithm {_show(token)} is not one Scellé records (MD5, SHA1 or SHA256)", number
        )
    return algo, rest[:close], tail.group(1)


def _parse_checksums(lines: list[str]) -> tuple[str, list[ManifestEntry]]:
    entries: list[ManifestEntry] = []
    seen: set[str] = set()
    tagged = untagged = 0
    for number, raw in enumerate(lines, 1):
        line = raw.strip(_WS)
        if not line:
            continue
        escaped = line.startswith("\\")
        if escaped:
            line = line[1:]
        tag = _parse_tag(line, number)
        if tag is not None:
            algo, name, digits = tag
            label, length = _ALGOS[algo]
            value = _hex(digits, label, length, number)
            tagged += 1
        else:
            space = line.find(" ")
            token = line if space < 0 else line[:space]
            if not _HEX.fullmatch(token):
                if _TAG_START.match(line):
                    raise _Bad("the line is not of the form ALGORITHM (NAME) = HEX", number)
                if len(token) >= 16 and token.isalnum():
                    raise _Bad(f"the hash {_not_hex(token)}", number)
                raise _Bad("the line is neither HASH  NAME nor ALGORITHM (NAME) = HASH", number)
            name = "" if space < 0 else line[space + 1 :]
            if name[:1] in (" ", "*"):
                name = name[1:]
            if not name:
                raise _Bad("the line is truncated: there is no file name after the hash", number)
            algo_or_none = _BY_LENGTH.get(len(token))
            if algo_or_none is None:
                raise _Bad(_length_problem(len(token), seen), number)
            algo, value = algo_or_none, token.lower()
            untagged += 1
        if escaped:
            name = _unescape(name, number)
        if _PIECEWISE.search(name):
            raise _Bad(
                "this is md5deep/hashdeep piecewise output (-p): each line hashes a "
                "piece of a file, not a whole file",
                number,
                hint=PIECEWISE_HINT,
            )
        seen.add(algo)
        entries.append(_entry(_path(name, number), None, {algo: value}, number))
    if tagged and not untagged:
        fmt = "bsd-tag"
    elif untagged and not tagged and len(seen) == 1:
        fmt = f"{next(iter(seen))}sum"
    else:
        fmt = "checksums"
    return fmt, entries


# -- CSV: FTK Imager, PowerShell -----------------------------------------------------------

POWERSHELL_TYPE = "Microsoft.PowerShell.Commands.FileHashInfo"
_PS_ALGOS: Final = {"MD5": "md5", "SHA1": "sha1", "SHA256": "sha256"}


def _csv_rows(lines: list[str], start: int, delim: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each CSV record from ``lines[start]`` on."""
    source = (line + "\n" for line in lines[start:])
    reader = csv.reader(source, delimiter=delim, quotechar='"', strict=True)
    consumed = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _Bad(f"the CSV is malformed ({exc})", start + reader.line_num) from None
        first = start + consumed + 1
        consumed = reader.line_num
        yield first, row


def _parse_csv(lines: list[str], first: int) -> tuple[str, list[ManifestEntry]]:
    start = first
    typed = False
    head = lines[first].strip(_WS)
    if head.startswith("#TYPE"):
        declared = head[len("#TYPE") :].strip()
        if declared.lower() != POWERSHELL_TYPE.lower():
            raise _Bad(
                f"the CSV holds {_show(declared)} objects, not Get-FileHash results "
                f"({POWERSHELL_TYPE})",
                first + 1,
            )
        typed = True
        start = first + 1
        while start < len(lines) and not lines[start].strip(_WS):
            start += 1
        if start == len(lines):
            raise _Bad("the CSV ends after its #TYPE line, with no header", first + 1)
    delim = _delimiter(lines[start]) or ","
    rows = _csv_rows(lines, start, delim)
    header_line, header = next(rows, (start + 1, []))
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        role = _CSV_ROLES.get(_canon_header(cell))
        if role is None:
            raise _Bad(
                f"the column {_show(cell.strip())} is not one Scellé reads (MD5, SHA1, "
                "SHA256, FileNames or Path, Size; or Algorithm, Hash, Path)",
                header_line,
            )
        if role in roles:
            what = _ROLE_LABELS[role]
            raise _Bad(
                f"two columns give the {what} ({_show(header[roles[role]].strip())} "
                f"and {_show(cell.strip())})",
                header_line,
            )
        roles[role] = index
    if "path" not in roles:
        raise _Bad("the header has no file name column (FileNames or Path)", header_line)
    powershell = "algorithm" in roles or "hash" in roles
    if powershell:
        if "algorithm" not in roles or "hash" not in roles:
            raise _Bad("the header needs both Algorithm and Hash columns", header_line)
        for other in ("md5", "sha1", "sha256", "size"):
            if other in roles:
                raise _Bad(
                    "the header mixes Algorithm/Hash with per-algorithm columns", header_line
                )
    elif typed:
        raise _Bad("the header is not Algorithm, Hash, Path as Get-FileHash writes it", header_line)
    elif not any(a in roles for a in _ALGOS):
        raise _Bad("the header has no MD5, SHA1 or SHA256 column", header_line)

    entries: list[ManifestEntry] = []
    width = len(header)
    for number, row in rows:
        if not any(cell.strip(_WS) for cell in row):
            continue
        if len(row) != width:
            if len(row) < width:
                raise _Bad(
                    f"the row is truncated: it has {len(row)} of the {width} columns", number
                )
            raise _Bad(f"the row has {len(row)} columns where the header has {width}", number)
        path = _path(row[roles["path"]].strip(_WS), number)
        hashes: dict[str, str] = {}
        size: int | None = None
        if powershell:
            algorithm = row[roles["algorithm"]].strip(_WS)
            algo = _PS_ALGOS.get(algorithm.upper())
            if algo is None:
                if not algorithm:
                    raise _Bad("the Algorithm cell is empty", number)
                raise _Bad(
                    f"the algorithm {_show(algorithm)} is not one Scellé records "
                    "(SHA256, SHA1 or MD5)",
                    number,
                )
            label, length = _ALGOS[algo]
            value = row[roles["hash"]].strip(_WS)
            if not value:
                raise _Bad("there is no hash on this row", number)
            hashes[algo] = _hex(value, label, length, number)
        else:
            for algo, (label, length) in _ALGOS.items():
                if algo in roles:
                    value = row[roles[algo]].strip(_WS)
                    if value:
                        hashes[algo] = _hex(value, label, length, number)
            if "size" in roles:
                cell = row[roles["size"]].strip(_WS)
                size = _size(cell, number) if cell else None
        entries.append(_entry(path, size, hashes, number))
    return ("powershell-csv" if powershell else "ftk-imager-csv"), entries


# -- DFXML ---------------------------------------------------------------------------------

_DTD = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_FEED = 1 << 20


def _local(tag: object) -> str:
    if not isinstance(tag, str):  # comments and processing instructions
        return ""
    return tag.rsplit("}", 1)[-1]


def _parse_dfxml(text: str) -> list[ManifestEntry]:
    dtd = _DTD.search(text)
    if dtd:
        raise _Bad(
            "the XML declares a DTD or entities (<!DOCTYPE or <!ENTITY), which Scellé refuses "
            "because they can expand without bound or read other files",
            text.count("\n", 0, dtd.start()) + 1,
            hint="Export the DFXML again without a DOCTYPE.",
        )
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    entries: list[ManifestEntry] = []
    state = {"root": False, "index": 0}

    def drain() -> None:
        for item in parser.read_events():
            event, element = item[0], item[-1]
            if not isinstance(element, ET.Element):
                continue
            tag = _local(element.tag)
            if event == "start":
                if not state["root"]:
                    state["root"] = True
                    if tag != "dfxml":
                        raise _Bad(
                            f"this XML is not DFXML (its root is {_show(tag)}, not "
                            "dfxml); Scellé reads " + SUPPORTED
                        )
                continue
            if tag == "fileobject":
                state["index"] += 1
                entry = _fileobject(element, state["index"])
                if entry is not None:
                    entries.append(entry)
                element.clear()

    try:
        for offset in range(0, len(text), _FEED):
            parser.feed(text[offset : offset + _FEED])
            drain()
        parser.close()
        drain()
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        reason = str(exc).split(":", 1)[0]
        raise _Bad(f"the XML is malformed ({reason})", line) from None
    return entries


def _fileobject(element: ET.Element, index: int) -> ManifestEntry | None:
    unit = "Record"
    single: dict[str, str] = {}
    hashes: dict[str, str] = {}
    piece_hashes = False
    for child in element:
        tag = _local(child.tag)
        if tag in ("filename", "filesize", "name_type", "meta_type", "error"):
            if tag in single:
                raise _Bad(f"the fileobject has two {tag} elements", index, unit=unit)
            single[tag] = child.text or ""
        elif tag == "hashdigest":
            kind = (child.get("type") or "").strip().lower().replace("-", "")
            value = (child.text or "").strip()
            if not kind:
                raise _Bad("a hashdigest has no type", index, unit=unit)
            if kind in _ALGOS:
                label, length = _ALGOS[kind]
                if kind in hashes:
                    raise _Bad(f"the fileobject has two {label} hashdigests", index, unit=unit)
                hashes[kind] = _hex(value, label, length, index, unit)
            else:
                _hex(value, f"{kind} hashdigest", None, index, unit)
        elif tag in ("byte_run", "byte_runs") and any(
            _local(x.tag) == "hashdigest" for x in child.iter()
        ):
            piece_hashes = True
    if "error" in single and not hashes:
        raise _Bad(
            f"the fileobject records an error instead of hashes "
            f"({_show(single['error'].strip(), 60)})",
            index,
            unit=unit,
        )
    if not hashes:
        if piece_hashes:
            raise _Bad(
                "this is piecewise DFXML (hashdeep -p): its hashes cover pieces of "
                "files, not whole files",
                index,
                unit=unit,
                hint=PIECEWISE_HINT,
            )
        name_type = single.get("name_type", "").strip()
        meta_type = single.get("meta_type", "").strip()
        if (name_type and name_type != "r") or meta_type == "2":
            return None  # a directory, link or virtual file: nothing to import
    if "filename" not in single:
        raise _Bad("the fileobject has no filename", index, unit=unit)
    path = _path(single["filename"], index, unit)
    size_text = single.get("filesize", "").strip()
    size = _size(size_text, index, unit) if size_text else None
    return _entry(path, size, hashes, index, unit)


# -- Project VIC JSON ----------------------------------------------------------------------

_VICS_VERSION = re.compile(r"/([0-9]+\.[0-9]+)\.xml")
_VICS_NAMED = {"1.3": "vics-1.3", "2.0": "vics-2.0"}


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Bad(f"a JSON object has the key {_show(key)} twice")
            seen.add(key)
    return result


def _ci(obj: dict[str, Any], index: int | None, unit: str = "Record") -> dict[str, Any]:
    """``obj`` with lower-cased keys; two keys differing only in case are refused."""
    lowered: dict[str, Any] = {}
    for key, value in obj.items():
        low = key.lower()
        if low in lowered:
            raise _Bad(f"the key {_show(key)} appears twice (in different case)", index, unit=unit)
        lowered[low] = value
    return lowered


def _parse_vics(text: str) -> tuple[str, list[ManifestEntry]]:
    try:
        doc = json.loads(text, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        raise _Bad(f"the JSON is malformed ({exc.msg})", exc.lineno) from None
    except RecursionError:
        raise _Bad("the JSON is nested too deeply to be a Project VIC file") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise _Bad(f"the JSON holds a value that cannot be read ({exc})") from None
    if not isinstance(doc, dict):
        raise _Bad("this JSON is not a Project VIC (VICS) document: its top level is not an object")
    top = _ci(doc, None)
    context = top.get("@odata.context", top.get("odata.metadata"))
    if not isinstance(context, str) or "value" not in top:
        raise _Bad(
            "this JSON is not a Project VIC (VICS) document: it has no "
            "odata.metadata or @odata.context and value"
        )
    value = top["value"]
    if not isinstance(value, list):
        raise _Bad("the VICS value is not an array")
    version = _VICS_VERSION.search(context)
    fmt = _VICS_NAMED.get(version.group(1), "vics") if version else "vics"

    entries: list[ManifestEntry] = []
    index = 0
    for position, item in enumerate(value, 1):
        if not isinstance(item, dict):
            raise _Bad(f"item {position} of the VICS value is not an object")
        media_keys = [key for key in item if key.lower() == "media"]
        if len(media_keys) > 1:
            raise _Bad(f"case {position} of the VICS value has Media twice (in different case)")
        if media_keys:
            media = item[media_keys[0]]
            if media is None:
                continue
            if not isinstance(media, list):
                raise _Bad(f"the Media of case {position} is not an array")
            records: Iterable[Any] = media
        else:
            records = (item,)
        for record in records:
            index += 1
            if not isinstance(record, dict):
                raise _Bad("the media record is not an object", index, unit="Record")
            entries.append(_media(_ci(record, index), index))
    return fmt, entries


def _json_text(value: Any, what: str, index: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"the {what} is not a string", index, unit="Record")
    return value


def _media(record: dict[str, Any], index: int) -> ManifestEntry:
    unit = "Record"
    hashes: dict[str, str] = {}
    for algo, (label, length) in _ALGOS.items():
        raw = _json_text(record.get(algo), label, index)
        if raw and raw.strip():
            hashes[algo] = _hex(raw.strip(), label, length, index, unit)
    alternatives = record.get("alternativehashes")
    if alternatives is not None:
        if not isinstance(alternatives, list):
            raise _Bad("AlternativeHashes is not an array", index, unit=unit)
        for alt in alternatives:
            if not isinstance(alt, dict):
                raise _Bad("an AlternativeHashes entry is not an object", index, unit=unit)
            fields = _ci(alt, index)
            kind = _json_text(fields.get("hashname"), "HashName", index) or ""
            algo = kind.strip().lower().replace("-", "")
            if algo not in _ALGOS:
                continue  # PhotoDNA and others: not recorded
            label, length = _ALGOS[algo]
            raw = _json_text(fields.get("hashvalue"), "HashValue", index) or ""
            value = _hex(raw.strip(), label, length, index, unit)
            if hashes.get(algo, value) != value:
                raise _Bad(f"the record gives two different {label} hashes", index, unit=unit)
            hashes[algo] = value

    size: int | None = None
    raw_size = record.get("mediasize")
    if isinstance(raw_size, bool) or not isinstance(raw_size, int | str | None):
        raise _Bad("the MediaSize is not a whole number", index, unit=unit)
    if isinstance(raw_size, int):
        if not 0 <= raw_size <= MAX_SIZE:
            raise _Bad("the MediaSize is not a possible size", index, unit=unit)
        size = raw_size
    elif isinstance(raw_size, str) and raw_size.strip():
        size = _size(raw_size.strip(), index, unit)

    name: str | None = None
    for key in ("relativefilepath", "filename", "name"):
        name = _json_text(record.get(key), key, index)
        if name and name.strip():
            break
    else:
        files = record.get("mediafiles")
        if isinstance(files, list) and files and isinstance(files[0], dict):
            first = _ci(files[0], index)
            for key in ("filepath", "filename"):
                name = _json_text(first.get(key), key, index)
                if name and name.strip():
                    break
    if not name or not name.strip():
        raise _Bad(
            "the media record has no file name (RelativeFilePath, FileName or "
            "MediaFiles): a bare hash set describes no file to import",
            index,
            unit=unit,
        )
    return _entry(_path(name, index, unit), size, hashes, index, unit)
