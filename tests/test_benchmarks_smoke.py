"""Smoke test of the benchmark suite (benchmarks/run.py) on tiny sizes.

It checks that every measurement runs through the public API and that results.json has
its documented shape. It never asserts on timing: figures are for ``make bench``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from benchmarks import reference, run

TINY = run.Sizes(
    bulk_n=50,
    bulk_repeats=2,
    interactive_n=5,
    verify_entries=100,
    verify_repeats=1,
    unlock_entries=200,
    unlock_repeats=2,
    sign_n=50,
    openssl_runs=1,
    openssl_seconds=1,
)

FIGURES = {
    "bulk_append",
    "bulk_append_cores_busy",
    "interactive_append_median",
    "interactive_append_p90",
    "fsync_4k_write_median",
    "full_verify",
    "full_verify_entries",
    "full_verify_vs_openssl_1core",
    "full_verify_cores_busy",
    "openssl_ed25519_verify_1core",
    "openssl_ed25519_verify_all_cores",
    "openssl_ed25519_sign_1core",
    "cryptography_ed25519_sign_1core",
    "cryptography_ed25519_verify_1core",
    "unlock_beyond_kdf",
    "unlock_total",
    "kdf_derive_key",
    "unlock_entries",
    "load_average_at_start",
    "load_average_at_end",
}
OPENSSL_FIGURES = {
    "openssl_ed25519_verify_1core",
    "openssl_ed25519_verify_all_cores",
    "openssl_ed25519_sign_1core",
    "full_verify_vs_openssl_1core",
}


def test_suite_runs_and_writes_the_results_shape(tmp_path: Path) -> None:
    res = run.run_suite(TINY, workdir=tmp_path / "work", cache=False, echo=lambda _line: None)
    out = tmp_path / "results.json"
    run.write_results(res, out)
    doc = json.loads(out.read_text("utf-8"))

    assert set(doc) == FIGURES
    for name, figure in doc.items():
        assert set(figure) == {"value", "unit", "target"}, name
        assert isinstance(figure["unit"], str) and figure["unit"], name
        assert isinstance(figure["target"], str) and figure["target"], name
        if name in OPENSSL_FIGURES and not reference.openssl_available():
            assert figure["value"] is None
            continue
        assert isinstance(figure["value"], int | float), name
        assert math.isfinite(figure["value"]), name
    for name in run.TARGETS:
        assert doc[name]["target"] not in ("reference", "info")
    # Counts, not timings: the vaults hold what was asked (plus the unlocks' entries).
    assert doc["full_verify_entries"]["value"] >= TINY.verify_entries
    assert doc["unlock_entries"]["value"] >= TINY.unlock_entries


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        (" 253 bits EdDSA (Ed25519)   0.0000s   0.0001s  32764.8  11852.0\n", (32764.8, 11852.0)),
        (
            "+DTP:253:sign:Ed25519:1\n+F6:0:253:Ed25519:30681.818182:11272.000000\n",
            (30681.818182, 11272.0),
        ),
        (  # -multi 2: each child's line, then their sum in the table
            "Got: +F6:0:253:Ed25519:22135.000000:9712.000000 from 0\n"
            "Got: +F6:0:253:Ed25519:20087.128713:9913.000000 from 1\n"
            "                              sign    verify    sign/s verify/s\n"
            " 253 bits EdDSA (Ed25519)   0.0000s   0.0001s  42222.1  19625.0\n",
            (42222.1, 19625.0),
        ),
    ],
)
def test_openssl_speed_output_is_parsed(output: str, expected: tuple[float, float]) -> None:
    assert reference.parse_openssl_speed("banner\n" + output) == expected


def test_openssl_speed_without_ed25519_line_is_refused() -> None:
    with pytest.raises(ValueError):
        reference.parse_openssl_speed("Doing ed25519 sign ops\n")
