"""Every ScelleError has a sentence; unexpected exceptions never show a traceback."""

from __future__ import annotations

import importlib
import logging
import pkgutil

import pytest

import scelle.core
from scelle.core.errors import BadInput, Cancelled, NotFound, ScelleError
from scelle.gui import dialogs, errors


def _subclasses(cls: type) -> set[type]:
    out = set()
    for sub in cls.__subclasses__():
        out.add(sub)
        out |= _subclasses(sub)
    return out


def test_every_scelle_error_has_a_translated_sentence() -> None:
    for info in pkgutil.walk_packages(scelle.core.__path__, "scelle.core."):
        importlib.import_module(info.name)
    table = errors.messages()
    missing = [
        errors.class_key(cls)
        for cls in {ScelleError, *_subclasses(ScelleError)}
        if errors.class_key(cls) not in table and cls.__module__.startswith("scelle.")
    ]
    assert missing == [], f"add a sentence to scelle/gui/errors.py for: {missing}"


def test_scelle_error_shows_its_sentence_and_the_cores_detail() -> None:
    errors.show_error(None, NotFound("There is no case 2026-0042."))
    shown = dialogs.shown[-1]
    assert shown.kind == "critical"
    assert shown.text == "It does not exist, or no longer exists."
    assert shown.detail == "There is no case 2026-0042."


def test_cancelled_is_silent() -> None:
    errors.show_error(None, Cancelled("stopped"))
    assert dialogs.shown == []


def test_unexpected_error_logs_the_traceback_and_shows_one_sentence(
    caplog: pytest.LogCaptureFixture,
) -> None:
    try:
        {}["missing"]  # a bug, on purpose
    except KeyError as exc:
        with caplog.at_level(logging.ERROR):
            errors.show_error(None, exc)
    shown = dialogs.shown[-1]
    assert shown.text == "Something unexpected went wrong; details are in the log file."
    assert shown.detail is None
    assert "Traceback" not in shown.text and "KeyError" not in shown.text
    assert "KeyError" in caplog.text


def test_a_subclass_without_its_own_entry_uses_its_base() -> None:
    class Odd(BadInput):
        pass

    assert errors.sentence(Odd("x")) == "Please correct what you typed."
