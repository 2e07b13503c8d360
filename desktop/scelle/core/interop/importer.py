"""``scelle import-manifest``: one digital item per file listed in a hash manifest."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from scelle.core import model, text
from scelle.core.errors import BadInput
from scelle.core.hashing import Digests
from scelle.core.interop.manifests import ManifestEntry, ManifestError, parse_manifest
from scelle.core.vault import Vault

MAX_MANIFEST_BYTES = 1 << 30


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportResult:
    """What an import recorded."""

    format: str
    exhibits: list[str]


def _digests(entry: ManifestEntry) -> Digests:
    return Digests(size=entry.size, md5=entry.md5, sha1=entry.sha1, sha256=entry.sha256)


def import_manifest_data(vault: Vault, case_ref: str, data: bytes, *, name: str) -> ImportResult:
    """Parse ``data`` and record every file, in one transaction; raise ManifestError."""
    fmt, entries = parse_manifest(data, name=name)
    for entry in entries:  # the item's own checks, but naming the manifest's line
        try:
            text.clean(entry.path, "description", label="file name", multiline=False)
        except BadInput as exc:
            raise ManifestError(
                f"Line {entry.line} of {name}: {exc} Nothing was imported.", line=entry.line
            ) from None
    exhibits = model.import_items(
        vault,
        case_ref,
        ((e.path, _digests(e)) for e in entries),
        source=name,
        source_sha256=hashlib.sha256(data).hexdigest(),
        fmt=fmt,
    )
    return ImportResult(format=fmt, exhibits=exhibits)


def import_manifest_file(vault: Vault, case_ref: str, path: Path) -> ImportResult:
    """Read ``path`` and import it (see :func:`import_manifest_data`)."""
    try:
        size = path.stat().st_size
        if size > MAX_MANIFEST_BYTES:
            raise BadInput(f"{path} is larger than 1 GiB; split the manifest.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"The manifest {path} does not exist.") from None
    except IsADirectoryError:
        raise BadInput(f"{path} is a folder, not a manifest file.") from None
    except OSError as exc:
        raise BadInput(f"The manifest {path} cannot be read: {exc.strerror}.") from None
    return import_manifest_data(vault, case_ref, data, name=path.name)
