"""The Linux package, installed for real: ``make package-test`` (issue #7).

Installs dist/scelle_*.deb with apt-get (root), runs the installed ``scelle`` (version,
init, verify, the GUI offscreen), then removes the package and checks that nothing is
left. Skipped unless SCELLE_PACKAGE_TEST=1, so ``make test`` does not run it: it needs
root, apt and a built package, and changes the machine while it runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scelle import __version__

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "linux"))

import debdeps  # noqa: E402
from build_deb import debian_version  # noqa: E402

pytestmark = pytest.mark.skipif(
    os.environ.get("SCELLE_PACKAGE_TEST") != "1",
    reason="installs the .deb as root: run by 'make package-test' (SCELLE_PACKAGE_TEST=1)",
)

OPT = Path("/opt/scelle")
BIN = Path("/usr/bin/scelle")
DESKTOP = Path("/usr/share/applications/scelle.desktop")
ICONS = [
    Path("/usr/share/icons/hicolor/scalable/apps/scelle.svg"),
    Path("/usr/share/icons/hicolor/256x256/apps/scelle.png"),
]
SYSTEM_CONFIG = Path("/etc/scelle/scelle.toml")
PASSWORD = "correct horse battery"
CHEAP_KDF = ["--kdf-memory", "1024", "--kdf-iterations", "1", "--kdf-lanes", "1"]
APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


def apt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["apt-get", *args], env=APT_ENV, capture_output=True, text=True, timeout=900
    )


def is_installed() -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Abbrev}", "scelle"], capture_output=True, text=True
    )
    return result.stdout.startswith("ii")


def scelle(
    *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``scelle`` found on PATH, as a user would."""
    return subprocess.run(
        ["scelle", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PATH": "/usr/local/bin:/usr/bin:/bin"},
    )


@pytest.fixture(scope="module")
def deb() -> Path:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.fail("the package test installs a .deb: run it as root on Debian/Ubuntu")
    debs = sorted((ROOT / "dist").glob("scelle_*.deb"))
    if len(debs) != 1:
        pytest.fail(f"expected one dist/scelle_*.deb, found {len(debs)}: run 'make package'")
    return debs[0]


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[Path]:
    """The package installed with apt-get, the way an office would; removed afterwards."""
    if is_installed():  # a left-over from an earlier run: apt would not reinstall it
        apt("purge", "-y", "scelle")
    result = subprocess.run(
        f"apt-get install -y ./dist/{deb.name}",
        shell=True,
        cwd=ROOT,
        env=APT_ENV,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    try:
        yield deb
    finally:
        if is_installed():
            apt("purge", "-y", "scelle")


def test_files_are_in_place(installed: Path) -> None:
    assert (OPT / "scelle").is_file() and os.access(OPT / "scelle", os.X_OK)
    assert BIN.is_symlink() and BIN.resolve() == (OPT / "scelle").resolve()
    assert DESKTOP.is_file()
    desktop = DESKTOP.read_text("utf-8")
    assert "Exec=scelle" in desktop and "Icon=scelle" in desktop
    for icon in ICONS:
        assert icon.is_file(), icon
    assert SYSTEM_CONFIG.is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr


def test_package_metadata(installed: Path) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(installed), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: scelle" in fields
    # the version comes from scelle.__version__ and nowhere else
    assert f"Version: {debian_version(__version__)}\n" in fields
    for name in ("libegl1", "libxkbcommon0", "libfontconfig1", "libxcb-cursor0"):
        assert name in fields
    size_mb = installed.stat().st_size / 2**20
    assert size_mb < 120, f"the .deb is {size_mb:.0f} MiB; the target is under 120 MB"


def test_every_library_is_found(installed: Path) -> None:
    """apt installed Depends:, so the dynamic loader finds every library of the bundle,
    and every system library the bundle links to comes from a package in Depends:."""
    not_found = []
    for path in debdeps.elf_files(OPT):
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        not_found += [f"{path}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert not not_found, "\n".join(not_found)
    depends = subprocess.run(
        ["dpkg-query", "-W", "-f=${Depends}", "scelle"], capture_output=True, text=True, check=True
    ).stdout.split(", ")
    report = debdeps.check(OPT, depends)
    assert report.ok, report.problems()


def test_version(installed: Path) -> None:
    result = scelle("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"scelle {__version__}"


def test_init_and_verify(installed: Path, tmp_path: Path, scelle_home: Path) -> None:
    vault = tmp_path / "Brigade.scelle"
    result = scelle(
        "init", str(vault), "--admin", "alice", "--office", "Test", "--password-stdin",
        *CHEAP_KDF, "--json", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    created = json.loads(result.stdout)
    assert created["recovery_code"] and created["head"]["seq"] >= 1
    assert (vault / "vault.db").is_file()

    result = scelle(
        "verify", "--vault", str(vault), "--user", "alice", "--password-stdin", "--json",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["intact"] is True and report["problems"] == []

    result = scelle("verify", "--vault", str(vault), "--user", "alice", "--password-stdin",
                    stdin=PASSWORD + "\n")  # fmt: skip
    assert result.returncode == 0 and "intact" in result.stdout

    wrong = scelle("verify", "--vault", str(vault), "--user", "alice", "--password-stdin",
                   stdin="wrong password\n")  # fmt: skip
    assert wrong.returncode == 3
    assert "Traceback" not in wrong.stderr and wrong.stderr.startswith("scelle: error: ")


def test_bulk_import_signs_in_the_frozen_helper(
    installed: Path, tmp_path: Path, scelle_home: Path
) -> None:
    """A manifest of several batches is signed by the helper process, which the frozen
    executable must be able to spawn (multiprocessing.freeze_support); it leaves nothing
    running behind."""
    vault = tmp_path / "Bulk.scelle"
    result = scelle(
        "init", str(vault), "--admin", "alice", "--office", "Test", "--password-stdin",
        *CHEAP_KDF, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    result = scelle(
        "user", "add", "bob", "--role", "investigator", "--vault", str(vault), "--user", "alice",
        "--password-stdin", stdin=f"{PASSWORD}\nbob password here\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    as_bob = ["--vault", str(vault), "--user", "bob", "--password-stdin"]
    result = scelle("case", "add", "2026-0001", "Bulk", *as_bob, stdin="bob password here\n")
    assert result.returncode == 0, result.stderr
    manifest = tmp_path / "hashes.sha256"
    manifest.write_text(
        "".join(
            f"{hashlib.sha256(b'%d' % i).hexdigest()}  disk/file_{i:05d}\n" for i in range(3000)
        )
    )
    result = scelle(
        "import-manifest", "2026-0001", str(manifest), *as_bob, "--json",
        stdin="bob password here\n", timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["items"] == 3000
    result = scelle("verify", "--full", *as_bob, "--json", stdin="bob password here\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["intact"] is True
    left = subprocess.run(["pgrep", "-f", str(OPT / "scelle")], capture_output=True, text=True)
    assert left.stdout.strip() == "", "a signing helper outlived its command"


def _gui_stays_up(env: dict[str, str], seconds: float = 3.5) -> None:
    process = subprocess.Popen(
        ["scelle"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        time.sleep(seconds)
        alive = process.poll() is None
    finally:
        process.terminate()
        try:
            _, err = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            _, err = process.communicate()
    assert alive, f"the GUI exited early with {process.returncode}: {err[-2000:]}"
    assert "Traceback" not in err
    assert "could not load the Qt platform plugin" not in err.lower()


def test_gui_starts_offscreen_and_stays_up(installed: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    _gui_stays_up(env)


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_gui_starts_on_x11(installed: Path) -> None:
    """The xcb plugin is what an office desktop uses: its libraries come from Depends."""
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "PATH": "/usr/bin:/bin"}
        _gui_stays_up(env)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_remove_leaves_nothing(installed: Path) -> None:
    result = apt("remove", "-y", "scelle")
    assert result.returncode == 0, result.stderr
    assert not is_installed()
    assert not OPT.exists()
    assert not BIN.exists() and not BIN.is_symlink()
    assert not DESKTOP.exists()
    assert not any(icon.exists() for icon in ICONS)
    # the settings file is a conffile: kept on remove, as Debian does, gone on purge
    assert SYSTEM_CONFIG.exists()
    assert apt("purge", "-y", "scelle").returncode == 0
    assert not SYSTEM_CONFIG.exists()
