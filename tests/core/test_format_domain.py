"""docs/FORMAT.md §8 (evidence domain) and §14 (case exports) against the code.

The document is what an outsider writes a verifier from; these tests fail when an action,
a projection table, a CSV column or a member of the JSON export is added, renamed or
removed in the code without the document following.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scelle.core import journal, projection
from scelle.core.interop import export
from scelle.core.permissions import MATRIX, Action, Role

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "FORMAT.md"


def _section(doc: str, number: int) -> str:
    """The text of ``## <number>.`` up to the next top-level section."""
    match = re.search(rf"^## {number}\. .*?(?=^## \d+\. |\Z)", doc, re.M | re.S)
    assert match is not None, f"FORMAT.md has no section {number}"
    return match.group(0)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text("utf-8")


@pytest.mark.parametrize("action", [a.value for a in Action])
def test_every_action_is_documented(doc: str, action: str) -> None:
    assert f"`{action}`" in _section(doc, 5) + _section(doc, 8)


def test_evidence_actions_have_their_matrix_row(doc: str) -> None:
    trust_core = {"vault", "session", "auth", "user", "journal", "access"}
    order = [r.value for r in Role]
    rows = {
        m.group(1): m.group(2)
        for m in re.finditer(r"^\| `([a-z_.]+)` \| [^|]+ \| ([a-z, ]+) \|", _section(doc, 8), re.M)
    }
    for action in Action:
        if action.value.split(".")[0] in trust_core:
            continue
        expected = ", ".join(r for r in order if Role(r) in MATRIX[action])
        assert rows.get(action.value) == expected, action.value


def test_every_action_is_applied_or_without_effect(doc: str) -> None:
    section = _section(doc, 8)
    for action in Action:
        if action.value.split(".")[0] in {"vault", "session", "auth", "user", "journal"}:
            continue
        if action.value == "access.denied":
            continue
        # The appliers' table (§8.5) names every evidence action in its first column.
        assert re.search(rf"^\| [^|]*`{re.escape(action.value)}`", section, re.M), action


def test_no_effect_actions_are_listed(doc: str) -> None:
    applied = _section(doc, 5) + _section(doc, 8)
    for action in projection.NO_EFFECT:
        assert f"`{action}`" in applied


@pytest.mark.parametrize("statement", projection.SCHEMA)
def test_every_projection_table_is_created_verbatim(doc: str, statement: str) -> None:
    assert _flat(statement) in _flat(doc)


def test_comparison_order(doc: str) -> None:
    section = _flat(_section(doc, 8))
    listed = ", ".join(f"`{table}` (`{key}`)" for table, key in projection.TABLES.items())
    assert listed in section
    assert "`notes_fts`" in section


def test_export_members(doc: str) -> None:
    section = _section(doc, 14)
    assert f"`{export.FORMAT}`" in section or f'"{export.FORMAT}"' in section
    members = [
        "format",
        "software",
        "vault_id",
        "exported_at",
        "exported_by",
        "head",
        "case",
        "items",
        "notes",
        "reviews",
        "users",
        "redactions",
        "entries",
        "payloads",
    ]
    for member in members:
        assert re.search(rf"^\| `{member}` \|", section, re.M), member
    for member in ("timeline", "cosignatures", "signer"):
        assert member in section


def test_export_members_match_the_code(doc: str) -> None:
    """The members listed are exactly those ``_document`` returns (read from its source)."""
    import inspect

    source = inspect.getsource(export._document)
    returned = source[source.index("return {") :]
    top = set(re.findall(r'^        "([a-z_]+)":', returned, re.M))
    section = _section(doc, 14)
    table = set(re.findall(r"^\| `([a-z_]+)` \|", section, re.M))
    assert len(top) >= 14 and top == table


@pytest.mark.parametrize("column", export.CSV_COLUMNS)
def test_every_csv_column_is_named(doc: str, column: str) -> None:
    assert f"`{column}`" in _section(doc, 14)


def test_csv_formula_prefixes_are_named(doc: str) -> None:
    section = _section(doc, 14)
    assert export.csv_cell("=1+1") == "'=1+1"
    for start in ("=", "+", "-", "@"):
        assert f"`{start}`" in section
    assert "a tab" in section and "a carriage return" in section


def test_key_actions_and_problem_kinds(doc: str) -> None:
    section = _section(doc, 14)
    for action in journal.KEY_ACTIONS:
        assert f"`{action.value}`" in section
    for kind in (
        "malformed",
        "gap",
        "chain",
        "entry_hash",
        "payload",
        "missing",
        "keys",
        "signature",
        "cosignature",
        "head",
        "replay",
        "items",
    ):
        assert f"`{kind}`" in section, kind
