from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scelle.core import canonical
from scelle.core.errors import BadInput


def test_sorted_keys_no_whitespace_utf8() -> None:
    assert canonical.dumps({"b": 1, "a": [True, None, "é"]}) == '{"a":[true,null,"é"],"b":1}'
    assert canonical.encode({"a": "é"}) == b'{"a":"\xc3\xa9"}'


def test_nfc_normalisation() -> None:
    decomposed = "e\u0301"  # e + combining acute
    assert canonical.dumps({"a": decomposed}) == canonical.dumps({"a": "\u00e9"})


def test_control_characters_escaped_like_rfc8785() -> None:
    assert canonical.dumps({"a": '\b\t\n\f\r\x01\x1f\x7f"\\'}) == (
        '{"a":"\\b\\t\\n\\f\\r\\u0001\\u001f\x7f\\"\\\\"}'
    )


@pytest.mark.parametrize(
    "bad",
    [{"a": 1.5}, {"A": 1}, {"a-b": 1}, {"a": 2**53}, {"a": "\ud800"}, {"a": b"bytes"}, {1: 2}],
)
def test_refused_values(bad: object) -> None:
    with pytest.raises(BadInput):
        canonical.dumps(bad)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.text(st.characters(blacklist_categories=("Cs",))),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True), children, max_size=4
        )
    ),
    max_leaves=12,
)


@given(json_values)
def test_round_trip_is_stable(value: object) -> None:
    text = canonical.dumps(value)
    assert canonical.is_canonical(text)
    assert canonical.dumps(json.loads(text)) == text


@given(st.dictionaries(st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True), json_values))
def test_the_fast_encoder_writes_what_the_standard_one_writes(value: dict[str, object]) -> None:
    """dumps_normalised keeps one C encoder for every entry; its bytes are json.dumps's."""
    normalised = canonical.normalise(value)
    expected = json.dumps(
        normalised, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    assert canonical.dumps_normalised(normalised) == expected
    assert canonical.dumps(value) == expected
