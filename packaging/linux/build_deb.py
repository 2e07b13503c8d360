"""Pack the PyInstaller bundle (dist/scelle) into dist/scelle_<version>_<arch>.deb.

    .venv/bin/python packaging/linux/build_deb.py [--bundle dist/scelle] [--out dist]

Run by ``make package`` after PyInstaller. The package installs

    /opt/scelle/                      the one-folder bundle (scelle + _internal/)
    /usr/bin/scelle                   → /opt/scelle/scelle
    /usr/share/applications/scelle.desktop
    /usr/share/icons/hicolor/{scalable,256x256}/apps/scelle.{svg,png}
    /etc/scelle/scelle.toml           the commented system-wide settings (a conffile)
    /usr/share/doc/scelle/copyright

The version is scelle.__version__ (PEP 440, turned into a Debian version: 1.2.0rc1 →
1.2.0~rc1). Depends: comes from depends.txt, checked against the libraries the bundle
links to (debdeps.py); the build fails if one is not covered. Built with dpkg-deb, files
owned by root, no maintainer scripts: the icon cache and the desktop database are
refreshed by the triggers of hicolor-icon-theme and desktop-file-utils.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "desktop"))

import debdeps  # noqa: E402

from scelle import __version__  # noqa: E402

PACKAGE = "scelle"
MAINTAINER = "Scellé packaging <packaging@scelle.invalid>"
DESCRIPTION = """\
Evidence custody with an encrypted vault and a signed journal
 Scellé records cases, evidence items, contemporaneous notes and every change
 of custody in an encrypted vault. Each action is one entry of an append-only,
 hash-chained journal signed by the user who did it, so that any edit,
 deletion, reordering or roll-back can be detected and verified independently.
 .
 This package carries its own Python, Qt and SQLCipher in /opt/scelle; the
 scelle command starts the application, or runs the command line with a command."""


def debian_version(version: str) -> str:
    """PEP 440 → Debian: pre-releases and dev releases sort before the release."""
    version = version.lower().lstrip("v")
    version = re.sub(r"[.-]?(a|alpha|b|beta|rc|c|dev)\.?(\d*)", r"~\1\2", version)
    version = re.sub(r"[.-]?post\.?(\d*)", r"+post\1", version)
    version = version.replace("+local.", "+").replace("_", ".")
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~]*", version):
        raise SystemExit(f"cannot turn version {version!r} into a Debian version")
    return version


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def normalise_modes(tree: Path) -> None:
    """Directories and executables 0755, everything else 0644 (Debian policy 10.9)."""
    for dirpath, _dirnames, filenames in os.walk(tree):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            path = Path(dirpath, name)
            if path.is_symlink():
                continue
            shared_lib = name.endswith(".so") or ".so." in name
            executable = bool(path.stat().st_mode & 0o111) and not shared_lib
            os.chmod(path, 0o755 if executable else 0o644)


def du_kib(tree: Path) -> int:
    """Installed-Size: the sum of file sizes in KiB, as dpkg-gencontrol counts it."""
    total = 0
    for dirpath, _, filenames in os.walk(tree):
        for name in filenames:
            path = Path(dirpath, name)
            total += path.lstat().st_size if not path.is_symlink() else 1
    return (total + 1023) // 1024


def stage(bundle: Path, staging: Path, depends: list[str], version: str, arch: str) -> None:
    if staging.exists():
        shutil.rmtree(staging)
    opt = staging / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)

    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")

    share = staging / "usr" / "share"
    apps = share / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(HERE / "scelle.desktop", apps / "scelle.desktop")
    icons = ROOT / "resources" / "icons"
    for subdir, name in (("scalable", "scelle.svg"), ("256x256", "scelle.png")):
        target = share / "icons" / "hicolor" / subdir / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / name, target / name)
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copy2(HERE / "copyright", doc / "copyright")

    etc = staging / "etc" / PACKAGE
    etc.mkdir(parents=True)
    shutil.copy2(HERE.parent / "scelle.toml", etc / "scelle.toml")

    normalise_modes(staging)
    control_dir = staging / "DEBIAN"
    control_dir.mkdir()
    control = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(du_kib(staging)),
        "Depends": ", ".join(depends),
        "Section": "utils",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    text = "".join(f"{key}: {value}\n" for key, value in control.items())
    (control_dir / "control").write_text(text, encoding="utf-8")
    (control_dir / "conffiles").write_text(f"/etc/{PACKAGE}/scelle.toml\n", encoding="utf-8")
    for name in ("control", "conffiles"):
        os.chmod(control_dir / name, 0o644)
    os.chmod(control_dir, 0o755)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--staging", type=Path, default=ROOT / "build" / "deb")
    args = parser.parse_args(argv)

    if not (args.bundle / PACKAGE).is_file():
        raise SystemExit(f"{args.bundle / PACKAGE} is missing: run PyInstaller first")
    depends = debdeps.read_depends()
    report = debdeps.check(args.bundle, depends)
    if not report.ok:
        print("build_deb: the Depends list does not cover the bundle:", file=sys.stderr)
        for problem in report.problems():
            print(f"  - {problem}", file=sys.stderr)
        return 1
    if report.unused:
        print(f"build_deb: note: not linked directly: {', '.join(report.unused)}")

    version = debian_version(__version__)
    arch = architecture()
    staging = args.staging / f"{PACKAGE}_{version}_{arch}"
    stage(args.bundle, staging, depends, version, arch)

    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob(f"{PACKAGE}_*.deb"):
        old.unlink()
    deb = args.out / f"{PACKAGE}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(
        f"build_deb: {deb}: {deb.stat().st_size / 2**20:.1f} MiB, installed size "
        f"{du_kib(staging) / 1024:.1f} MiB, {len(depends)} packages in Depends"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
