"""Benchmarks of the trust core against DESIGN §8 (``make bench``).

Each figure is printed beside a reference measured in the same run (OpenSSL's Ed25519
rates, an fsync'd 4 KiB write, the key derivation), because on a shared machine a figure
alone says little. Every figure is a median of several trials. The results also go to
``benchmarks/results.json`` as ``{"name": {"value": v, "unit": "...", "target": "..."}}``;
reference and context figures have the target ``"reference"`` or ``"info"``.

    .venv/bin/python benchmarks/run.py            # the real sizes (builds vaults once)
    .venv/bin/python benchmarks/run.py --quick    # a small smoke run, nothing cached

The 200 000- and 1 000 000-entry vaults are built once into ``benchmarks/work/``
(gitignored) and reused while their data key (see ``trust_core.data_key``) matches.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import reference  # noqa: E402
from benchmarks import trust_core as tc  # noqa: E402

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
RESULTS = HERE / "results.json"

Echo = Callable[[str], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class Sizes:
    """How much each measurement does."""

    bulk_n: int  # entries per bulk transaction
    bulk_repeats: int
    interactive_n: int  # interactive appends (each one transaction)
    verify_entries: int  # entries in the vault verified in full
    verify_repeats: int
    unlock_entries: int  # entries in the vault unlocked
    unlock_repeats: int
    sign_n: int  # signatures for the Python signing reference
    openssl_runs: int
    openssl_seconds: int


FULL = Sizes(
    bulk_n=20_000,
    bulk_repeats=5,
    interactive_n=200,
    verify_entries=200_000,
    verify_repeats=5,
    unlock_entries=1_000_000,
    unlock_repeats=5,
    sign_n=10_000,
    openssl_runs=3,
    openssl_seconds=2,
)

QUICK = Sizes(
    bulk_n=2_000,
    bulk_repeats=3,
    interactive_n=30,
    verify_entries=5_000,
    verify_repeats=3,
    unlock_entries=20_000,
    unlock_repeats=5,
    sign_n=2_000,
    openssl_runs=1,
    openssl_seconds=1,
)

# name -> (comparison, bound, unit) for the figures with a target (DESIGN §8)
TARGETS: dict[str, tuple[str, float, str]] = {
    "bulk_append": (">=", 15_000, "entries/s"),
    "interactive_append_median": ("<=", 20, "ms"),
    "full_verify": (">=", 12_000, "entries/s"),
    "unlock_beyond_kdf": ("<=", 0.3, "s"),
}


def _target_text(name: str) -> str:
    op, bound, _ = TARGETS[name]
    return f"{'≥' if op == '>=' else '≤'} {bound:g}"


def met(name: str, value: float | None) -> bool | None:
    """Whether ``value`` meets the target of ``name`` (None: no target or no value)."""
    if name not in TARGETS or value is None:
        return None
    op, bound, _ = TARGETS[name]
    return value >= bound if op == ">=" else value <= bound


@contextlib.contextmanager
def scelle_home() -> Iterator[Path]:
    """A private SCELLE_HOME (witnesses, logs) for the run; the previous one is restored."""
    old = os.environ.get("SCELLE_HOME")
    with tempfile.TemporaryDirectory(prefix="scelle-bench-home-") as home:
        os.environ["SCELLE_HOME"] = home
        try:
            yield Path(home)
        finally:
            if old is None:
                os.environ.pop("SCELLE_HOME", None)
            else:
                os.environ["SCELLE_HOME"] = old


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit in ("entries/s", "sign/s", "verify/s", "entries"):
        return f"{value:,.0f} {unit}".replace(",", " ")
    if unit == "ms":
        return f"{value:.2f} ms"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "cores":
        return f"{value:.2f} cores"
    return f"{value:g} {unit}"


def _environment() -> str:
    import cryptography
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    return (
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"cryptography {cryptography.__version__}, SQLite {sqlcipher3.sqlite_version}, "
        f"SQLCipher {cipher}, load average {os.getloadavg()[0]:.2f}"
    )


def run_suite(
    sizes: Sizes,
    *,
    workdir: Path,
    cache: bool,
    openssl: str = reference.OPENSSL,
    echo: Echo = print,
) -> dict[str, dict[str, Any]]:
    """Run every measurement and return the results (the document of results.json)."""
    workdir.mkdir(parents=True, exist_ok=True)
    log: tc.Log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    res: dict[str, dict[str, Any]] = {}

    def put(name: str, value: float | None, unit: str, target: str | None = None) -> None:
        res[name] = {
            "value": None if value is None else round(value, 6),
            "unit": unit,
            "target": target if target is not None else _target_text(name),
        }

    put("load_average_at_start", os.getloadavg()[0], "load", "info")
    echo(f"Scellé trust-core benchmarks: {_environment()}")
    echo(f"payload {tc.payload_size()} bytes (canonical JSON), action {tc.BULK_ACTION.value}")
    with scelle_home():
        # References that need no vault.
        log("reference: cryptography Ed25519 sign rate")
        py_sign = reference.python_ed25519_sign_rate(sizes.sign_n)
        put("cryptography_ed25519_sign_1core", py_sign, "sign/s", "reference")
        log("reference: cryptography Ed25519 verify rate (crypto.signature_valid)")
        py_verify = reference.python_ed25519_verify_rate(sizes.sign_n)
        put("cryptography_ed25519_verify_1core", py_verify, "verify/s", "reference")

        # 1. Bulk append.
        log(f"bulk append: {sizes.bulk_repeats} transactions of {sizes.bulk_n:,} entries")
        bulk, bulk_busy = tc.measure_bulk_append(workdir, sizes.bulk_n, sizes.bulk_repeats)
        for rate, busy in zip(bulk, bulk_busy, strict=True):
            log(f"  {rate:,.0f} entries/s, {busy:.2f} cores busy")
        put("bulk_append", tc.median(bulk), "entries/s")
        put("bulk_append_cores_busy", tc.median(bulk_busy), "cores", "info")

        # 3. Full verification, each trial beside a run of openssl speed.
        verify_path = tc.prepared_vault(workdir, "verify", sizes.verify_entries, cache=cache)
        have_openssl = reference.openssl_available(openssl)
        if not have_openssl:
            log(f"{openssl} not found: the OpenSSL references are left out")
        cores = os.cpu_count() or 1
        ssl_sign: list[float] = []
        ssl_verify: list[float] = []
        ssl_verify_all: list[float] = []
        verify_rates: list[float] = []
        verify_cores: list[float] = []
        verified_entries = 0
        v = tc.vault_mod.unlock(verify_path, tc.USER, tc.PASSWORD)
        try:
            for i in range(max(sizes.verify_repeats, sizes.openssl_runs)):
                if have_openssl and i < sizes.openssl_runs:
                    log(f"openssl speed -seconds {sizes.openssl_seconds} ed25519 ({i + 1})")
                    s, vr = reference.openssl_ed25519(sizes.openssl_seconds, openssl=openssl)
                    ssl_sign.append(s)
                    ssl_verify.append(vr)
                    log(f"  sign {s:,.0f}/s, verify {vr:,.0f}/s")
                    if cores > 1:
                        log(
                            f"openssl speed -multi {cores} -seconds {sizes.openssl_seconds} ed25519"
                        )
                        _, vr = reference.openssl_ed25519(
                            sizes.openssl_seconds, multi=cores, openssl=openssl
                        )
                        ssl_verify_all.append(vr)
                        log(f"  verify {vr:,.0f}/s")
                if i < sizes.verify_repeats:
                    log(f"full verification ({i + 1})")
                    dt, verified_entries, busy = tc.verify_once(v)
                    verify_rates.append(verified_entries / dt)
                    verify_cores.append(busy)
                    log(
                        f"  {verified_entries / dt:,.0f} entries/s, {busy:.2f} cores busy,"
                        f" load average {os.getloadavg()[0]:.2f}"
                    )
        finally:
            v.close()
        ssl_sign_m = statistics.median(ssl_sign) if ssl_sign else None
        ssl_verify_m = statistics.median(ssl_verify) if ssl_verify else None
        put("openssl_ed25519_sign_1core", ssl_sign_m, "sign/s", "reference")
        put("openssl_ed25519_verify_1core", ssl_verify_m, "verify/s", "reference")
        put(
            "openssl_ed25519_verify_all_cores",
            statistics.median(ssl_verify_all) if ssl_verify_all else ssl_verify_m,
            "verify/s",
            "reference",
        )
        put("full_verify", tc.median(verify_rates), "entries/s")
        put(
            "full_verify_vs_openssl_1core",
            tc.median(verify_rates) / ssl_verify_m if ssl_verify_m else None,
            "×",
            "info",
        )
        put("full_verify_cores_busy", tc.median(verify_cores), "cores", "info")
        put("full_verify_entries", verified_entries, "entries", "info")

        # 4. Unlock of the large vault (its warm-up unlock happened in prepared_vault).
        unlock_path = tc.prepared_vault(workdir, "unlock", sizes.unlock_entries, cache=cache)
        log(f"unlock: {sizes.unlock_repeats} rounds of derive_key + unlock")
        unlocks, kdfs, unlock_entries = tc.measure_unlock(unlock_path, sizes.unlock_repeats)
        beyond = [u - k for u, k in zip(unlocks, kdfs, strict=True)]
        put("unlock_beyond_kdf", tc.median(beyond), "s")
        put("unlock_total", tc.median(unlocks), "s", "info")
        put("kdf_derive_key", tc.median(kdfs), "s", "reference")
        put("unlock_entries", unlock_entries, "entries", "info")

        # 2. Interactive appends, on the large vault, each beside an fsync'd 4 KiB write.
        log(f"interactive append: {sizes.interactive_n} transactions of one entry")
        appends, fsyncs = tc.measure_interactive(unlock_path, sizes.interactive_n)
        put("interactive_append_median", tc.median(appends) * 1000, "ms")
        put("interactive_append_p90", tc.percentile(appends, 0.9) * 1000, "ms", "info")
        put("fsync_4k_write_median", tc.median(fsyncs) * 1000, "ms", "reference")

    put("load_average_at_end", os.getloadavg()[0], "load", "info")
    echo("")
    echo(_report(res, sizes))
    return res


def _row(label: str, name: str, res: dict[str, dict[str, Any]], ref: str) -> str:
    r = res[name]
    ok = met(name, r["value"])
    status = "met" if ok else "MISSED"
    value = _fmt(r["value"], r["unit"])
    return f"{label:<42} {value:>18}  target {r['target']:>7}  {status:<6}  | {ref}"


def _report(res: dict[str, dict[str, Any]], sizes: Sizes) -> str:
    def f(name: str) -> str:
        return _fmt(res[name]["value"], res[name]["unit"])

    ratio = res["full_verify_vs_openssl_1core"]["value"]
    lines = [
        f"{'figure (median)':<42} {'value':>18}  {'':>14}  {'':<6}  | reference, same run",
        _row(
            f"1. bulk append, {sizes.bulk_n:,} entries in one tx",
            "bulk_append",
            res,
            f"openssl Ed25519 sign, 1 core: {f('openssl_ed25519_sign_1core')}; "
            f"cryptography sign: {f('cryptography_ed25519_sign_1core')}; "
            f"append kept {f('bulk_append_cores_busy')} busy",
        ),
        _row(
            f"2. interactive append ({sizes.interactive_n} × 1 tx)",
            "interactive_append_median",
            res,
            f"fsync'd 4 KiB write: {f('fsync_4k_write_median')}; "
            f"append p90 {f('interactive_append_p90')}",
        ),
        _row(
            f"3. verify(full=True), {res['full_verify_entries']['value']:,} entries",
            "full_verify",
            res,
            f"openssl Ed25519 verify, 1 core: {f('openssl_ed25519_verify_1core')}"
            + (f" (ratio {ratio:.2f}×)" if ratio is not None else "")
            + f"; cryptography verify: {f('cryptography_ed25519_verify_1core')}"
            + f"; openssl on all {os.cpu_count()} cores: {f('openssl_ed25519_verify_all_cores')}"
            + f"; verify kept {f('full_verify_cores_busy')} busy",
        ),
        _row(
            f"4. unlock beyond KDF, {res['unlock_entries']['value']:,} entries",
            "unlock_beyond_kdf",
            res,
            f"derive_key: {f('kdf_derive_key')}; whole unlock: {f('unlock_total')}",
        ),
    ]
    lines.append(
        f"load average {res['load_average_at_start']['value']:.2f} at the start, "
        f"{res['load_average_at_end']['value']:.2f} at the end ({os.cpu_count()} cores)"
    )
    missed = [n for n in TARGETS if n in res and met(n, res[n]["value"]) is False]
    lines.append("")
    lines.append("targets missed: " + (", ".join(missed) if missed else "none"))
    return "\n".join(lines)


def write_results(res: dict[str, dict[str, Any]], path: Path) -> None:
    """Write the results document (sorted keys, one figure per line)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(res, indent=1, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    """The command line: run the suite, print the table, write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, nothing cached")
    parser.add_argument("--output", type=Path, help="where to write the results (JSON)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if args.quick:
        with tempfile.TemporaryDirectory(prefix="scelle-bench-") as tmp:
            res = run_suite(QUICK, workdir=Path(tmp), cache=False)
        out = args.output or WORK / "results-quick.json"
    else:
        res = run_suite(FULL, workdir=WORK, cache=True)
        out = args.output or RESULTS
    res.update(_other_suites(quick=args.quick))
    write_results(res, out)
    print(f"\nresults written to {out} ({time.perf_counter() - t0:.0f} s in all)")
    return 0


def _other_suites(*, quick: bool) -> dict[str, dict[str, Any]]:
    """The evidence (issue #4), report and journal-browser (issue #6) figures."""
    from benchmarks import evidence

    out: dict[str, dict[str, Any]] = {}
    suites: list[tuple[str, Callable[[], dict[str, dict[str, Any]]]]] = [
        ("evidence: hashing, manifest import, note search", lambda: evidence.run(quick=quick)),
    ]
    if not quick:
        from benchmarks import report

        suites.append(("chain-of-custody report", report.bench_report))
        try:
            from benchmarks import browser

            suites.append(("journal browser over 1 000 000 entries", browser.bench_browser))
        except ImportError:
            pass
    for title, fn in suites:
        print(f"\n{title}")
        figures = fn()
        for name, fig in figures.items():
            print(f"  {name:<34} {fig['value']:>12} {fig['unit']:<10} target {fig['target']}")
        out.update(figures)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
