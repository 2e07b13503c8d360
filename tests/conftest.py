"""Shared fixtures: offscreen Qt, a private SCELLE_HOME per test, cheap-KDF vaults."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from scelle.core import crypto
from scelle.core import vault as vault_mod

CHEAP_KDF = crypto.KdfParams(memory_kib=1024, iterations=1, lanes=1)
ADMIN = ("alice", "alice-password")
PASSWORDS = {
    "alice": "alice-password",
    "bob": "bob-password",
    "carol": "carol-password",
    "dave": "dave-password",
}


def pytest_report_header(config: pytest.Config) -> list[str]:
    import cryptography
    import sqlcipher3

    lines = [f"cryptography {cryptography.__version__}, SQLite {sqlcipher3.sqlite_version}"]
    conn = sqlcipher3.connect(":memory:")
    lines.append(f"SQLCipher {conn.execute('PRAGMA cipher_version').fetchone()[0]}")
    try:
        import PySide6

        lines.append(f"PySide6 {PySide6.__version__}")
    except ImportError:
        pass
    return lines


@pytest.fixture(autouse=True)
def scelle_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory (witnesses, logs)."""
    home = tmp_path / "home"
    monkeypatch.setenv("SCELLE_HOME", str(home))
    for var in (
        "SCELLE_VAULT",
        "SCELLE_USER",
        "SCELLE_PASSWORD",
        "SCELLE_NEW_PASSWORD",
        "SCELLE_RECEIVER_PASSWORD",
    ):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault built once per run: admin alice, investigator bob, supervisor carol,
    auditor dave. Copy it with the ``vault_path`` fixture; never use it directly."""
    from scelle.core import users
    from scelle.core.permissions import Role

    base = tmp_path_factory.mktemp("template")
    home = base / "home"
    old = os.environ.get("SCELLE_HOME")
    os.environ["SCELLE_HOME"] = str(home)
    try:
        created = vault_mod.create(
            base / "vault.scelle",
            admin_name=ADMIN[0],
            admin_password=ADMIN[1],
            office="Test office",
            kdf=CHEAP_KDF,
        )
        with created.vault as v:
            users.add_user(v, "bob", Role.INVESTIGATOR, PASSWORDS["bob"])
            users.add_user(v, "carol", Role.SUPERVISOR, PASSWORDS["carol"])
            users.add_user(v, "dave", Role.AUDITOR, PASSWORDS["dave"])
        (base / "recovery-code").write_text(created.recovery_code)
    finally:
        if old is None:
            os.environ.pop("SCELLE_HOME", None)
        else:
            os.environ["SCELLE_HOME"] = old
    return base / "vault.scelle"


@pytest.fixture
def vault_path(vault_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template vault (its witness starts empty for this test)."""
    dest = tmp_path / "vault.scelle"
    shutil.copytree(vault_template, dest)
    return dest


@pytest.fixture
def recovery_code(vault_template: Path) -> str:
    return (vault_template.parent / "recovery-code").read_text()


@pytest.fixture
def vault(vault_path: Path) -> Iterator[vault_mod.Vault]:
    """The copied vault, unlocked as alice (admin)."""
    v = vault_mod.unlock(vault_path, *ADMIN)
    yield v
    v.close()


def open_as(path: Path, name: str) -> vault_mod.Vault:
    """Unlock ``path`` as one of the template's users."""
    return vault_mod.unlock(path, name, PASSWORDS[name])
