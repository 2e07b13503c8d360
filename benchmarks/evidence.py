"""Benchmarks of the evidence domain (issue #4): hashing, manifest import, note search.

Each figure comes with a reference measured in the same run: ``openssl speed -evp`` for
hashing (16 KiB blocks), the time of MD5 alone for the three-digest read, the bulk append
rate of plain journal entries for the import.

    .venv/bin/python -m benchmarks.evidence [--quick]
"""

from __future__ import annotations

import hashlib
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scelle.core import crypto, hashing, model  # noqa: E402
from scelle.core import vault as vault_mod  # noqa: E402
from scelle.core.interop import importer  # noqa: E402
from scelle.core.permissions import Action, Role  # noqa: E402

CHEAP = crypto.KdfParams(memory_kib=1024, iterations=1, lanes=1)
OPENSSL = "/usr/bin/openssl"


def _fig(value: float, unit: str, target: str = "reference") -> dict[str, Any]:
    """One entry of results.json."""
    return {"value": value, "unit": unit, "target": target}


def _median(xs: list[float]) -> float:
    return statistics.median(xs)


def openssl_evp(algorithm: str, seconds: int = 2) -> float:
    """Bytes/s of ``openssl speed -evp ALGO`` at 16 KiB blocks (one core)."""
    out = subprocess.run(
        [OPENSSL, "speed", "-seconds", str(seconds), "-bytes", "16384", "-evp", algorithm],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    m = re.search(r"^\S+\s+([\d.]+)k\s*$", out, re.MULTILINE)
    if m is None:
        raise ValueError(f"no throughput in openssl speed output: {out!r}")
    return float(m.group(1)) * 1000


def make_file(path: Path, size: int) -> None:
    """A file of ``size`` random-looking bytes (written in 4 MiB chunks)."""
    chunk = os.urandom(4 << 20)
    with open(path, "wb") as fh:
        left = size
        while left > 0:
            fh.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)


def _hash_in_ram(size: int, repeats: int) -> float:
    """Bytes/s of hashlib SHA-256 over ``size`` bytes already in memory, no file at all.

    This is the ceiling for hashing data that is not already in the CPU's cache: unlike
    ``openssl speed``, which hashes the same 16 KiB buffer from L1 over and over, a 1 GiB
    file has to come from RAM whichever way it is read.
    """
    data = bytearray(os.urandom(1 << 20)) * (size >> 20)
    view = memoryview(data)
    times = []
    for _ in range(repeats):
        h = hashlib.sha256()
        t = time.perf_counter()
        for offset in range(0, size, hashing.BLOCK):
            h.update(view[offset : offset + hashing.BLOCK])
        times.append(time.perf_counter() - t)
    view.release()
    return size / _median(times)


def bench_hashing(size: int = 1 << 30, repeats: int = 3) -> dict[str, dict[str, Any]]:
    """SHA-256 alone vs OpenSSL; MD5+SHA-1+SHA-256 in one read vs MD5 alone; memory."""
    with tempfile.TemporaryDirectory(dir=ROOT / "benchmarks") as tmp:
        f = Path(tmp) / "evidence.bin"
        make_file(f, size)
        hashing.hash_file(f, algorithms=("md5",))  # warm the page cache
        times: dict[str, list[float]] = {"sha256": [], "md5": [], "all": []}
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        for _ in range(repeats):
            for name, algos in (
                ("sha256", ("sha256",)),
                ("md5", ("md5",)),
                ("all", hashing.ALGORITHMS),
            ):
                t = time.perf_counter()
                hashing.hash_file(f, algorithms=algos)
                times[name].append(time.perf_counter() - t)
        rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
        ref_sha256 = _median([openssl_evp("sha256") for _ in range(repeats)])
        ref_md5 = _median([openssl_evp("md5") for _ in range(repeats)])
        t = time.perf_counter()
        subprocess.run(["sha256sum", str(f)], check=True, capture_output=True)
        sha256sum = size / (time.perf_counter() - t)
        dgst = []
        for _ in range(repeats):  # OpenSSL hashing the same file: reads included
            t = time.perf_counter()
            subprocess.run([OPENSSL, "dgst", "-sha256", str(f)], check=True, capture_output=True)
            dgst.append(time.perf_counter() - t)
        openssl_file = size / _median(dgst)
        in_ram = _hash_in_ram(size, repeats)
    sha_rate = size / _median(times["sha256"])
    return {
        "hash_sha256_1gib": _fig(round(sha_rate / 1e6, 1), "MB/s", ">= 90 % of openssl_sha256_16k"),
        "openssl_sha256_16k": _fig(round(ref_sha256 / 1e6, 1), "MB/s"),
        "sha256sum_1gib": _fig(round(sha256sum / 1e6, 1), "MB/s"),
        "openssl_dgst_sha256_1gib": _fig(round(openssl_file / 1e6, 1), "MB/s"),
        "hash_sha256_vs_openssl_dgst_file": _fig(round(sha_rate / openssl_file, 3), "×", "info"),
        "hashlib_sha256_1gib_in_ram": _fig(round(in_ram / 1e6, 1), "MB/s"),
        "hash_sha256_vs_in_ram": _fig(round(sha_rate / in_ram, 3), "×", "info"),
        "hash_sha256_vs_openssl": _fig(round(sha_rate / ref_sha256, 3), "×", ">= 0.90"),
        "hash_md5_1gib": _fig(round(size / _median(times["md5"]) / 1e6, 1), "MB/s"),
        "openssl_md5_16k": _fig(round(ref_md5 / 1e6, 1), "MB/s"),
        "hash_three_vs_md5_time": _fig(
            round(_median(times["all"]) / _median(times["md5"]), 3), "×", "<= 1.15"
        ),
        "hash_rss_growth": _fig(round(rss_growth, 1), "MB", "flat (no whole-file read)"),
    }


def _vault(tmp: Path) -> vault_mod.Vault:
    from scelle.core import users

    os.environ["SCELLE_HOME"] = str(tmp / "home")
    created = vault_mod.create(
        tmp / "v", admin_name="alice", admin_password="alice-password", kdf=CHEAP
    )
    with created.vault as admin:
        users.add_user(admin, "bob", Role.INVESTIGATOR, "bob-password")
    return vault_mod.unlock(tmp / "v", "bob", "bob-password")


def bench_import(lines: int = 100_000, repeats: int = 3) -> dict[str, dict[str, Any]]:
    """Manifest import of ``lines`` files: items/s including signing, in one transaction."""
    manifest = "".join(
        f"{hashlib.sha256(str(i).encode()).hexdigest()}  evidence/dir{i % 97}/file_{i:07d}.bin\n"
        for i in range(lines)
    ).encode()
    rates, appends = [], []
    for r in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            v = _vault(Path(tmp))
            model.add_case(v, f"2026-{r + 1:04d}", "Import benchmark")
            t = time.perf_counter()
            result = importer.import_manifest_data(
                v, f"2026-{r + 1:04d}", manifest, name="hashes.sha256"
            )
            rates.append(len(result.exhibits) / (time.perf_counter() - t))
            t = time.perf_counter()
            with v.write() as w:
                for i in range(lines // 5):
                    w.append(Action.JOURNAL_VIEW, "vault:bench", {"since": i})
            appends.append((lines // 5) / (time.perf_counter() - t))
            v.close()
    return {
        "import_100k_items": _fig(round(_median(rates)), "items/s", ">= 15000"),
        "bulk_append_same_run": _fig(round(_median(appends)), "entries/s"),
    }


def bench_note_search(notes: int = 100_000, queries: int = 30) -> dict[str, dict[str, Any]]:
    """Median time of a note search over ``notes`` notes (visible-case filter included)."""
    words = [
        "perquisition",
        "domicile",
        "téléphone",
        "ordinateur",
        "saisie",
        "scellé",
        "véhicule",
        "témoin",
        "audition",
        "expertise",
        "analyse",
        "rapport",
        "bijoux",
        "espèces",
        "clé",
        "document",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        v = _vault(Path(tmp))
        case = model.add_case(v, "2026-0001", "Notes benchmark")
        with v.write() as w:
            for i in range(notes):
                text = " ".join(words[(i * 7 + k) % len(words)] for k in range(12))
                w.append(
                    Action.NOTE_ADD,
                    f"case:{case.id}",
                    {
                        "case_id": case.id,
                        "item_id": None,
                        "text": f"{text} {uuid.UUID(int=i).hex[:8]}",
                        "tz": "UTC",
                    },
                )
        times = []
        for q in range(queries):
            t = time.perf_counter()
            model.search_notes(
                v, f"{words[q % len(words)]} {words[(q * 3 + 1) % len(words)]}", limit=200
            )
            times.append((time.perf_counter() - t) * 1000)
        v.close()
    return {"note_search_100k_median": _fig(round(_median(times), 1), "ms", "<= 50")}


def run(quick: bool = False) -> dict[str, dict[str, Any]]:
    """Every evidence figure (small sizes with ``quick``)."""
    out: dict[str, dict[str, Any]] = {}
    out.update(bench_hashing(size=(64 << 20) if quick else (1 << 30), repeats=1 if quick else 3))
    out.update(bench_import(lines=2_000 if quick else 100_000, repeats=1 if quick else 3))
    out.update(bench_note_search(notes=2_000 if quick else 100_000, queries=5 if quick else 30))
    return out


if __name__ == "__main__":
    for name, fig in run(quick="--quick" in sys.argv).items():
        print(f"{name:<32} {fig['value']:>12} {fig['unit']:<10} target {fig['target']}")
