"""Smoke test of the journal browser benchmark (benchmarks/browser.py) on a tiny vault.

It checks that the vault builds through the public API (in a child process, as the real
run does) and that every figure comes back in the shape of benchmarks/results.json. It
never asserts on timing: the figures are for ``python -m benchmarks.browser``.
"""

from __future__ import annotations

import math
from pathlib import Path

from benchmarks import browser


def test_browser_benchmark_runs_and_returns_its_figures(qapp, tmp_path: Path) -> None:
    res = browser.bench_browser(3_000, workdir=tmp_path, cache=False, log=lambda _msg: None)
    assert set(res) == {
        "browser_open",
        "browser_filter_median",
        "browser_rss",
        "browser_index_1m",
    }
    for figure in res.values():
        assert set(figure) == {"value", "unit", "target"}
        assert math.isfinite(figure["value"]) and figure["value"] > 0
    assert res["browser_open"]["unit"] == "s" and res["browser_open"]["target"] == "<= 0.5"
    assert res["browser_filter_median"]["unit"] == "ms"
    assert res["browser_rss"]["unit"] == "MB"
    assert res["browser_index_1m"]["target"] == "info"
    assert not (tmp_path / "browser-run").exists()  # the run's copy is removed
