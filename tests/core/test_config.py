"""Per-machine settings: the system-wide file, then the user's (scelle.core.config)."""

from __future__ import annotations

import dataclasses
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scelle.core import config as config_mod
from scelle.core.config import Config, load_config
from scelle.core.errors import BadInput

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "scelle.toml"


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A system-wide and a user settings file (not yet written), named by the env."""
    system = tmp_path / "etc" / "scelle.toml"
    user = tmp_path / "home" / "scelle.toml"
    system.parent.mkdir()
    user.parent.mkdir(exist_ok=True)
    monkeypatch.setenv("SCELLE_SYSTEM_CONFIG", str(system))
    monkeypatch.setenv("SCELLE_CONFIG", str(user))
    return system, user


def one_sentence(message: str) -> bool:
    return "\n" not in message and message.endswith(".") and "Traceback" not in message


# -- defaults and precedence ----------------------------------------------------------------


def test_defaults_without_files(files: tuple[Path, Path]) -> None:
    config = load_config()
    assert config == Config()
    assert config.default_vault is None
    assert config.idle_lock_minutes == 10
    assert config.exhibit_style == "{case}/{n}"
    assert (config.kdf_memory_kib, config.kdf_iterations, config.kdf_lanes) == (65536, 3, 4)
    assert config.language is None
    assert config.sources == ()


def test_system_file_then_user_file(files: tuple[Path, Path]) -> None:
    system, user = files
    system.write_text(
        'default_vault = "/srv/evidence/Brigade.scelle"\n'
        "idle_lock_minutes = 5\n"
        'exhibit_style = "Scellé n° {n}"\n'
        'language = "fr"\n'
        "kdf_memory_kib = 131072\n",
        encoding="utf-8",
    )
    user.write_text("idle_lock_minutes = 15\nkdf_iterations = 4\n", encoding="utf-8")
    config = load_config()
    assert config.idle_lock_minutes == 15  # the user's value wins
    assert config.kdf_iterations == 4
    assert config.default_vault == Path("/srv/evidence/Brigade.scelle")  # the system's stays
    assert config.exhibit_style == "Scellé n° {n}"
    assert config.language == "fr"
    assert config.kdf_memory_kib == 131072
    assert config.kdf_lanes == 4  # default
    assert config.sources == (system, user)


def test_user_file_alone(files: tuple[Path, Path]) -> None:
    _, user = files
    user.write_text('exhibit_style = "JD/{n}"\n', encoding="utf-8")
    config = load_config()
    assert config.exhibit_style == "JD/{n}"
    assert config.exhibit_id("2026-0042", 3) == "JD/3"
    assert config.sources == (user,)


def test_user_can_clear_office_defaults(files: tuple[Path, Path]) -> None:
    system, user = files
    system.write_text('default_vault = "/srv/v.scelle"\nlanguage = "fr"\n', encoding="utf-8")
    user.write_text('default_vault = ""\nlanguage = "system"\n', encoding="utf-8")
    config = load_config()
    assert config.default_vault is None
    assert config.language is None


def test_explicit_paths_win_over_environment(files: tuple[Path, Path], tmp_path: Path) -> None:
    system, _ = files
    system.write_text("idle_lock_minutes = 5\n", encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text("idle_lock_minutes = 7\n", encoding="utf-8")
    assert load_config(user=other).idle_lock_minutes == 7
    assert load_config(system=other, user=tmp_path / "missing.toml").sources == (other,)


def test_home_directory_is_expanded(files: tuple[Path, Path]) -> None:
    _, user = files
    user.write_text('default_vault = "~/Brigade.scelle"\n', encoding="utf-8")
    assert load_config().default_vault == Path.home() / "Brigade.scelle"


def test_exhibit_style_with_case_and_format_spec(files: tuple[Path, Path]) -> None:
    _, user = files
    user.write_text('exhibit_style = "{case} — item {n:03d}"\n', encoding="utf-8")
    assert load_config().exhibit_id("2026-0042", 7) == "2026-0042 — item 007"


def test_config_is_frozen() -> None:
    config = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.idle_lock_minutes = 1  # type: ignore[misc]


# -- where the files are --------------------------------------------------------------------


def test_default_locations(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SCELLE_SYSTEM_CONFIG", raising=False)
    monkeypatch.delenv("SCELLE_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert config_mod.system_config_path() == Path("/etc/scelle/scelle.toml")
        assert config_mod.user_config_path() == tmp_path / "xdg" / "Scelle" / "scelle.toml"
    assert config_mod.system_config_path().name == "scelle.toml"
    assert config_mod.user_config_path().name == "scelle.toml"


def test_environment_names_the_files(files: tuple[Path, Path]) -> None:
    system, user = files
    assert config_mod.system_config_path() == system
    assert config_mod.user_config_path() == user


# -- malformed files and bad values ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('idle_lock_minutes = 5\nexhibit_style = "{case}/{n}\n', 2),  # unterminated string
        ("idle_lock_minutes = 5\n\nlanguage = fr\n", 3),  # bare word
        ("[settings\nidle_lock_minutes = 5\n", 1),
        ("idle_lock_minutes = 5\nidle_lock_minutes = 6\n", 2),  # set twice
        ("kdf_lanes =\n", 1),
    ],
)
def test_malformed_file_names_file_and_line(files: tuple[Path, Path], text: str, line: int) -> None:
    system, _ = files
    system.write_text(text, encoding="utf-8")
    with pytest.raises(BadInput) as err:
        load_config()
    message = str(err.value)
    assert str(system) in message
    assert f"line {line}" in message
    assert one_sentence(message)
    assert err.value.exit_code == 2


def test_malformed_user_file_is_named(files: tuple[Path, Path]) -> None:
    system, user = files
    system.write_text("idle_lock_minutes = 5\n", encoding="utf-8")
    user.write_text("idle_lock_minutes = = 3\n", encoding="utf-8")
    with pytest.raises(BadInput, match=re.escape(str(user)) + ".*line 1"):
        load_config()


def test_file_that_is_not_utf8(files: tuple[Path, Path]) -> None:
    _, user = files
    user.write_bytes(b'idle_lock_minutes = 5\nexhibit_style = "Scell\xe9 {n}"\n')
    with pytest.raises(BadInput) as err:
        load_config()
    assert str(user) in str(err.value)
    assert "line 2" in str(err.value)
    assert one_sentence(str(err.value))


def test_file_that_is_a_directory(files: tuple[Path, Path]) -> None:
    system, _ = files
    system.mkdir()
    with pytest.raises(BadInput, match="cannot be read") as err:
        load_config()
    assert str(system) in str(err.value)
    assert one_sentence(str(err.value))


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('idle_lock_minutes = "ten"', "idle_lock_minutes"),
        ("idle_lock_minutes = true", "idle_lock_minutes"),
        ("idle_lock_minutes = 2.5", "idle_lock_minutes"),
        ("idle_lock_minutes = 0", "idle_lock_minutes"),
        ("idle_lock_minutes = 100000", "idle_lock_minutes"),
        ("kdf_memory_kib = 4", "kdf_memory_kib"),
        ('kdf_iterations = "3"', "kdf_iterations"),
        ("kdf_lanes = 65", "kdf_lanes"),
        ("exhibit_style = 3", "exhibit_style"),
        ('exhibit_style = "{case}"', "exhibit_style"),
        ('exhibit_style = "{case}/{item}/{n}"', "exhibit_style"),
        ('exhibit_style = "{n"', "exhibit_style"),
        ('exhibit_style = "{n:zz}"', "exhibit_style"),
        ("language = 7", "language"),
        ('language = "le français"', "language"),
        ("default_vault = 5", "default_vault"),
        ('default_vault = ["/a", "/b"]', "default_vault"),
    ],
)
def test_bad_values_are_refused(files: tuple[Path, Path], line: str, key: str) -> None:
    system, _ = files
    system.write_text(f"# office settings\n{line}\n", encoding="utf-8")
    with pytest.raises(BadInput) as err:
        load_config()
    message = str(err.value)
    assert str(system) in message
    assert key in message
    assert "line 2" in message
    assert one_sentence(message)


def test_kdf_memory_must_cover_the_lanes(files: tuple[Path, Path]) -> None:
    system, user = files
    system.write_text("kdf_memory_kib = 64\n", encoding="utf-8")
    user.write_text("kdf_lanes = 16\n", encoding="utf-8")
    with pytest.raises(BadInput, match="8 KiB per lane") as err:
        load_config()
    assert str(system) in str(err.value) and str(user) in str(err.value)


def test_unknown_keys_are_ignored_with_a_warning(
    files: tuple[Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    system, _ = files
    system.write_text(
        'idle_lock_minutes = 3\ntheme = "dark"\n[printer]\nname = "HP"\n', encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING, logger="scelle.core.config"):
        config = load_config()
    assert config.idle_lock_minutes == 3
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("'theme'" in w and str(system) in w and "line 2" in w for w in warnings)
    assert any("'printer'" in w for w in warnings)


# -- the example the .deb installs, and the rule that the core never imports Qt -------------


def test_shipped_example_gives_the_defaults(files: tuple[Path, Path]) -> None:
    system, _ = files
    system.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert dataclasses.replace(load_config(), sources=()) == Config()


def test_shipped_example_settings_are_valid_when_enabled(files: tuple[Path, Path]) -> None:
    system, _ = files
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    enabled = [re.sub(r"^# (\w+ = )", r"\1", line) for line in lines]
    assert sum(a != b for a, b in zip(lines, enabled, strict=True)) == 7  # every setting
    system.write_text("\n".join(enabled) + "\n", encoding="utf-8")
    config = load_config()
    assert config.default_vault == Path("/srv/evidence/Brigade.scelle")
    assert config.language is None


def test_config_module_does_not_import_qt() -> None:
    code = (
        "import sys, scelle.core.config as c; c.load_config; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
