"""Which Debian packages a PyInstaller bundle needs: the job of dpkg-shlibdeps, small.

For every ELF file in the bundle, read its DT_NEEDED entries; a library the bundle does
not carry itself must come from the system, and ``dpkg -S`` names the package that
installed it. ``check()`` compares that with packaging/linux/depends.txt. Used by
build_deb.py before packing and by tests/packaging/test_deb.py after installing.
Linux only, 64-bit little-endian ELF (amd64, arm64).
"""

from __future__ import annotations

import re
import struct
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DEPENDS_FILE = Path(__file__).with_name("depends.txt")
_DT_NEEDED = 1
_SHT_DYNAMIC = 6


def read_depends(path: Path = DEPENDS_FILE) -> list[str]:
    """The entries of depends.txt, e.g. ``["libc6 (>= 2.35)", "libgcc-s1", …]``."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def package_name(entry: str) -> str:
    """``"libc6 (>= 2.35)"`` → ``"libc6"``."""
    return entry.split("(", 1)[0].strip()


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def elf_files(root: Path) -> list[Path]:
    """Every regular ELF file under ``root`` (symbolic links are not followed)."""
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def needed(path: Path) -> list[str]:
    """The DT_NEEDED sonames of the ELF file ``path``, read from its section headers."""
    data = path.read_bytes()
    if data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: only 64-bit little-endian ELF is supported")
    shoff, shentsize, shnum = (
        struct.unpack_from("<Q", data, 0x28)[0],
        *struct.unpack_from("<HH", data, 0x3A),
    )
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    names: list[str] = []
    for _, sh_type, _, _, offset, size, link, _, _, _ in sections:
        if sh_type != _SHT_DYNAMIC:
            continue
        strtab = sections[link][4]
        for pos in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, pos)
            if tag == 0:
                break
            if tag == _DT_NEEDED:
                end = data.index(b"\0", strtab + value)
                names.append(data[strtab + value : end].decode())
    return names


def max_symbol_version(files: Iterable[Path], prefix: str) -> str | None:
    """The highest symbol version named ``prefix``x.y.z in ``files`` (e.g. GLIBC_2.35)."""
    pattern = re.compile(re.escape(prefix.encode()) + rb"(\d+(?:\.\d+)*)")
    best: tuple[int, ...] = ()
    for path in files:
        for match in pattern.finditer(path.read_bytes()):
            version = tuple(int(x) for x in match.group(1).split(b"."))
            best = max(best, version)
    return prefix + ".".join(map(str, best)) if best else None


@cache
def package_of(soname: str) -> str | None:
    """The installed Debian package that ships the library ``soname``, if any."""
    result = subprocess.run(
        ["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True, check=False
    )
    for line in result.stdout.splitlines():
        owners, _, path = line.partition(": ")
        if Path(path.strip()).name == soname and not owners.startswith("diversion"):
            return owners.split(",")[0].split(":")[0].strip()
    return None


@dataclass
class Report:
    """What a bundle needs from the system, against a Depends list."""

    system_libs: dict[str, list[str]] = field(default_factory=dict)  # soname → users
    packages: dict[str, list[str]] = field(default_factory=dict)  # package → sonames
    unowned: dict[str, list[str]] = field(default_factory=dict)  # no package found
    missing: dict[str, list[str]] = field(default_factory=dict)  # package → sonames
    unused: list[str] = field(default_factory=list)  # listed, not needed directly

    @property
    def ok(self) -> bool:
        return not self.unowned and not self.missing

    def problems(self) -> list[str]:
        out = [
            f"{soname} (needed by {', '.join(users[:3])}) is not installed, so its package "
            "is unknown: install the runtime libraries first"
            for soname, users in sorted(self.unowned.items())
        ]
        out += [
            f"package {pkg} (for {', '.join(sonames)}) is missing from depends.txt"
            for pkg, sonames in sorted(self.missing.items())
        ]
        return out


def check(root: Path, depends: Iterable[str]) -> Report:
    """Find the system libraries the bundle at ``root`` links to and their packages."""
    files = elf_files(root)
    carried = {p.name for p in root.rglob("*")}
    report = Report()
    for path in files:
        for soname in needed(path):
            if soname not in carried:
                report.system_libs.setdefault(soname, []).append(str(path.relative_to(root)))
    for soname, users in sorted(report.system_libs.items()):
        pkg = package_of(soname)
        if pkg is None:
            report.unowned[soname] = users
        else:
            report.packages.setdefault(pkg, []).append(soname)
    listed = {package_name(entry) for entry in depends}
    report.missing = {p: s for p, s in report.packages.items() if p not in listed}
    report.unused = sorted(listed - set(report.packages))
    return report
