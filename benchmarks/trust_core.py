"""Measurements of the trust core (DESIGN §8): appends, verification, unlock.

Everything goes through the public API the application uses (``vault.create``,
``vault.unlock``, ``Vault.write``, ``Vault.verify``). Large vaults are built once, in bulk
transactions, into ``benchmarks/work/`` and reused while their data key matches.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

import scelle
from benchmarks.reference import FsyncProbe
from scelle.core import crypto, journal, keyslots, projection
from scelle.core import vault as vault_mod
from scelle.core.errors import ScelleError
from scelle.core.permissions import Action

USER = "bench"
PASSWORD = "bench-password"
# A cheap Argon2id for building; the unlock figure subtracts a derive_key with the very
# parameters stored in the slot, so the figure does not depend on this choice.
BUILD_KDF = crypto.KdfParams(memory_kib=1024, iterations=1, lanes=1)
BULK_ACTION = Action.JOURNAL_VIEW

# Bump when the entries the benchmark vaults hold change, so cached vaults are rebuilt.
BENCH_DATA_VERSION = "1"

Log = Callable[[str], None]


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def data_key() -> str:
    """What a cached vault must match to be reused: our data, the core's version and format.

    The format part hashes the journal's domain tag and every table, trigger and index
    the core creates, so a vault built before a schema change is never measured.
    """
    fmt = hashlib.sha256(journal.DOMAIN_TAG)
    for statement in [*journal.SCHEMA, *projection.SCHEMA]:
        fmt.update(statement.encode("utf-8") + b"\x00")
    return (
        f"d{BENCH_DATA_VERSION}-scelle{scelle.__version__}"
        f"-s{vault_mod.SCHEMA_VERSION}-{fmt.hexdigest()[:8]}"
    )


def _uuid(i: int, salt: int) -> str:
    digest = hashlib.blake2b(f"{salt}:{i}".encode(), digest_size=16).digest()
    return str(uuid.UUID(bytes=digest, version=4))


def entry(i: int) -> tuple[str, dict[str, Any]]:
    """The ``i``-th benchmark entry: a subject and a realistic payload of about 200 bytes."""
    case_id = _uuid(i // 50, 1)
    item_id = _uuid(i, 2)
    return f"item:{item_id}", {
        "case_id": case_id,
        "item_id": item_id,
        "view": "custody-log",
        "filter": {"text": f"seal 2026-{i:07d}"},
        "reason": "Review before transfer to the lab",
        "rows": i % 97,
    }


def payload_size() -> int:
    """Bytes of a typical payload, canonically encoded."""
    from scelle.core import canonical

    return len(canonical.encode(entry(123_456)[1]))


# -- building vaults ------------------------------------------------------------------------


def create_vault(path: Path) -> vault_mod.Vault:
    """A new vault at ``path`` with one administrator; returned unlocked."""
    created = vault_mod.create(
        path,
        admin_name=USER,
        admin_password=PASSWORD,
        office="Benchmark office",
        kdf=BUILD_KDF,
    )
    return created.vault


def fill(
    v: vault_mod.Vault, count: int, *, start: int = 0, tx_size: int = 20_000, log: Log = _stderr
) -> None:
    """Append ``count`` entries in bulk transactions of ``tx_size``."""
    done = 0
    t0 = time.perf_counter()
    last_report = t0
    while done < count:
        n = min(tx_size, count - done)
        with v.write() as w:
            for i in range(start + done, start + done + n):
                subject, body = entry(i)
                w.append(BULK_ACTION, subject, body)
        done += n
        now = time.perf_counter()
        if now - last_report > 10 or done == count:
            last_report = now
            log(f"  … {done:,} / {count:,} entries ({done / (now - t0):,.0f}/s)")


def build_vault(path: Path, entries: int, *, tx_size: int = 20_000, log: Log = _stderr) -> None:
    """Build a vault holding exactly ``entries`` entries after one unlock.

    The unlock after the bulk build matters: unlock verifies incrementally from the last
    ``session.unlock`` checkpoint, and a freshly created vault has none, so its first
    unlock walks the whole journal. Every later unlock starts from that checkpoint.
    """
    v = create_vault(path)
    try:
        # vault.create wrote 1 entry; the unlock below writes 1 more.
        fill(v, max(0, entries - v.head().seq - 1), tx_size=tx_size, log=log)
    finally:
        v.close()
    t0 = time.perf_counter()
    vault_mod.unlock(path, USER, PASSWORD).close()
    log(f"  first unlock (a full walk from no checkpoint): {time.perf_counter() - t0:.1f} s")


def prepared_vault(
    workdir: Path, name: str, entries: int, *, cache: bool, log: Log = _stderr
) -> Path:
    """A vault of ``entries`` entries, unlocked once since it was last written in bulk.

    With ``cache`` it lives in ``workdir/<name>-<entries>-<data key>/`` and is reused by
    later runs; a cached vault that no longer unlocks (the format changed) is rebuilt.
    Either way it is unlocked once here, which also warms the page cache, so that the
    measured unlocks start from a checkpoint just behind the head.
    """
    key = data_key()
    folder = workdir / f"{name}-{entries}-{key}"
    path = folder / "vault.scelle"
    meta = folder / "meta.json"
    if cache and meta.is_file():
        try:
            t0 = time.perf_counter()
            vault_mod.unlock(path, USER, PASSWORD).close()
            log(f"reusing {path} (warm-up unlock {time.perf_counter() - t0:.2f} s)")
            return path
        except (ScelleError, sqlcipher3.Error) as exc:
            log(f"cached {path} does not unlock ({exc}); rebuilding it")
    if folder.exists():
        shutil.rmtree(folder)
    if cache:
        for stale in workdir.glob(f"{name}-{entries}-*"):
            log(f"removing stale {stale}")
            shutil.rmtree(stale, ignore_errors=True)
    folder.mkdir(parents=True)
    log(f"building a {entries:,}-entry vault in {path} (once{'' if cache else ', not cached'})")
    t0 = time.perf_counter()
    build_vault(path, entries, log=log)
    meta.write_text(
        json.dumps({"key": key, "entries": entries, "user": USER}, indent=1) + "\n", "utf-8"
    )
    log(f"  built in {time.perf_counter() - t0:.0f} s")
    return path


# -- figure 1: bulk append ------------------------------------------------------------------


def measure_bulk_append(workdir: Path, n: int, repeats: int) -> tuple[list[float], list[float]]:
    """Entries per second of ``repeats`` transactions of ``n`` signed appends each, and
    the cores each kept busy (process CPU time over wall time).

    Payloads are made before the clock starts; the timing covers ``vault.write()`` from
    ``BEGIN IMMEDIATE`` to the durable commit and the witness write.
    """
    path = workdir / "bulk.scelle"
    if path.exists():
        shutil.rmtree(path)
    v = create_vault(path)
    rates = []
    busy = []
    try:
        fill(v, min(n, 500), log=lambda _msg: None)  # warm-up
        start = 1_000_000
        for r in range(repeats):
            batch = [entry(start + r * n + i) for i in range(n)]
            c0 = time.process_time()
            t0 = time.perf_counter()
            with v.write() as w:
                for subject, body in batch:
                    w.append(BULK_ACTION, subject, body)
            dt = time.perf_counter() - t0
            rates.append(n / dt)
            busy.append((time.process_time() - c0) / dt)
    finally:
        v.close()
        shutil.rmtree(path, ignore_errors=True)
    return rates, busy


# -- figure 2: interactive append -----------------------------------------------------------


def measure_interactive(path: Path, n: int, *, warmup: int = 5) -> tuple[list[float], list[float]]:
    """Seconds of ``n`` appends, each its own durable transaction and witness write.

    Each append is followed by the reference, one fsync'd 4 KiB write in the vault's
    folder, so that both see the same disk at the same moments. Returns both lists.
    """
    v = vault_mod.unlock(path, USER, PASSWORD)
    probe = FsyncProbe(path)
    appends: list[float] = []
    fsyncs: list[float] = []
    try:
        for i in range(warmup + n):
            subject, body = entry(2_000_000 + i)
            t0 = time.perf_counter()
            with v.write() as w:
                w.append(BULK_ACTION, subject, body)
            dt = time.perf_counter() - t0
            ref = probe.once()
            if i >= warmup:
                appends.append(dt)
                fsyncs.append(ref)
    finally:
        probe.close()
        v.close()
    return appends, fsyncs


# -- figure 3: full verification ------------------------------------------------------------


def verify_once(v: vault_mod.Vault) -> tuple[float, int, float]:
    """One ``Vault.verify(full=True)``: seconds, entries covered, and cores it kept busy.

    The last is the process's CPU time over the wall time: 2.0 means both cores worked
    throughout; near 1.0 means the run was serial, or other load left it one core.
    """
    c0 = time.process_time()
    t0 = time.perf_counter()
    report = v.verify(full=True)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    if not report.intact:
        first = report.first_problem()
        raise RuntimeError(f"the benchmark vault does not verify: {first}")
    return dt, report.entries, cpu / dt


# -- figure 4: unlock -----------------------------------------------------------------------


def measure_unlock(path: Path, repeats: int) -> tuple[list[float], list[float], int]:
    """``repeats`` rounds of (derive_key, unlock): wall seconds of each, and the entries.

    ``derive_key`` runs with the salt and parameters stored in the user's slot, i.e. the
    very derivation unlock performs, just before each unlock.
    """
    ksf = keyslots.load(path)
    slot = ksf.slot_named(USER)
    assert slot is not None
    secret = PASSWORD.encode("utf-8")
    kdfs: list[float] = []
    unlocks: list[float] = []
    entries = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        crypto.derive_key(secret, slot.salt, slot.kdf)
        t1 = time.perf_counter()
        v = vault_mod.unlock(path, USER, PASSWORD)
        t2 = time.perf_counter()
        entries = v.head().seq
        v.close()
        kdfs.append(t1 - t0)
        unlocks.append(t2 - t1)
    return unlocks, kdfs, entries


def median(xs: list[float]) -> float:
    """The median (of a non-empty list)."""
    return statistics.median(xs)


def percentile(xs: list[float], q: float) -> float:
    """The ``q``-quantile by nearest rank."""
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]
