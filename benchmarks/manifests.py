"""Parse throughput of hash manifests (``core/interop/manifests.py``), for ``make bench``.

Parsing is only part of a manifest import (the issue's target, 15 000 items/s, includes
signing and writing), so these figures are informational: they show how much of the
import's time budget the parser leaves. Manifests are generated in memory, with realistic
paths and digests, and each figure is the median of three parses.

    .venv/bin/python -m benchmarks.manifests [N]
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from scelle.core.interop.manifests import parse_manifest

REPEATS = 3


def _path(i: int) -> str:
    return f"/mnt/evidence/Users/enquêteur/DCIM/{i // 1000:03d}APPLE/IMG_{i:06d}.JPG"


def _digests(i: int) -> tuple[str, str]:
    seed = i.to_bytes(8, "little")
    return hashlib.md5(seed).hexdigest(), hashlib.sha256(seed).hexdigest()


def sha256sum_manifest(n: int) -> bytes:
    """``n`` lines as ``sha256sum`` writes them."""
    return "".join(f"{_digests(i)[1]}  {_path(i)}\n" for i in range(n)).encode()


def hashdeep_manifest(n: int) -> bytes:
    """``n`` file lines as ``hashdeep -r`` writes them, with its header."""
    head = "%%%% HASHDEEP-1.0\n%%%% size,md5,sha256,filename\n## $ hashdeep -r /mnt/evidence\n##\n"
    body = "".join(
        f"{1000 + i},{md5},{sha256},{_path(i)}\n"
        for i in range(n)
        for md5, sha256 in (_digests(i),)
    )
    return (head + body).encode()


def _lines_per_second(data: bytes, n: int) -> float:
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        _, entries = parse_manifest(data, name="bench")
        timings.append(time.perf_counter() - start)
        if len(entries) != n:
            raise AssertionError(f"parsed {len(entries)} entries, expected {n}")
    return n / statistics.median(timings)


def bench_parse(n: int = 100_000) -> dict[str, dict[str, Any]]:
    """Parse throughput of an ``n``-line sha256sum manifest and an ``n``-line hashdeep one.

    Return ``{"manifest_parse_sha256sum": {"value": lines_per_s, "unit": "lines/s",
    "target": "informational"}, "manifest_parse_hashdeep": {...}}``.
    """
    builders: dict[str, Callable[[int], bytes]] = {
        "manifest_parse_sha256sum": sha256sum_manifest,
        "manifest_parse_hashdeep": hashdeep_manifest,
    }
    results: dict[str, dict[str, Any]] = {}
    for name, build in builders.items():
        rate = _lines_per_second(build(n), n)
        results[name] = {"value": round(rate, 1), "unit": "lines/s", "target": "informational"}
    return results


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for key, figure in bench_parse(size).items():
        print(f"{key}: {figure['value']:,.0f} {figure['unit']}")
