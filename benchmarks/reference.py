"""Reference figures measured in the same run as the trust core's, to read them against.

A figure alone says little on a shared, noisy machine; beside what the hardware does for
the same primitive at the same moment it says how far the core is from the floor.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from scelle.core import crypto

OPENSSL = "/usr/bin/openssl"

# `openssl speed ed25519` prints, after its banner,
#                               sign    verify    sign/s verify/s
#  253 bits EdDSA (Ed25519)   0.0000s   0.0001s  32764.8  11852.0
_TABLE_LINE = re.compile(
    r"\(Ed25519\)\s+[\d.]+s\s+[\d.]+s\s+(?P<sign>[\d.]+)\s+(?P<verify>[\d.]+)\s*$",
    re.MULTILINE,
)
# and with -mr:  +F6:0:253:Ed25519:30681.818182:11272.000000 (with -multi, each child's
# line reads "Got: +F6:…" and the table line is their sum, so the anchor matters).
_MR_LINE = re.compile(
    r"^\+F6:\d+:\d+:Ed25519:(?P<sign>[\d.]+):(?P<verify>[\d.]+)\s*$", re.MULTILINE
)


def parse_openssl_speed(output: str) -> tuple[float, float]:
    """(sign/s, verify/s) of Ed25519 from ``openssl speed ed25519``'s output; ValueError."""
    m = _MR_LINE.search(output) or _TABLE_LINE.search(output)
    if m is None:
        raise ValueError("no Ed25519 line in the output of openssl speed")
    return float(m["sign"]), float(m["verify"])


def openssl_available(openssl: str = OPENSSL) -> bool:
    """True when ``openssl`` can be run."""
    return Path(openssl).is_file() or shutil.which(openssl) is not None


def openssl_ed25519(
    seconds: int = 2, *, multi: int = 1, openssl: str = OPENSSL
) -> tuple[float, float]:
    """Run ``openssl speed -seconds N ed25519`` and return (sign/s, verify/s).

    One process, so one core, unless ``multi`` > 1: then ``-multi M`` runs M processes at
    once and the rates are their sum (what the machine gives on M cores right now).
    """
    extra = ["-multi", str(multi)] if multi > 1 else []
    out = subprocess.run(
        [openssl, "speed", *extra, "-seconds", str(seconds), "ed25519"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60 + 4 * seconds,
    )
    return parse_openssl_speed(out.stdout + "\n" + out.stderr)


def python_ed25519_sign_rate(n: int = 5000, repeats: int = 3) -> float:
    """Signatures per second of ``crypto.Identity.sign`` over 32-byte messages (one core)."""
    identity = crypto.Identity.generate()
    messages = [crypto.sha256(i.to_bytes(8, "big")) for i in range(n)]
    rates = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for m in messages:
            identity.sign(m)
        rates.append(n / (time.perf_counter() - t0))
    return statistics.median(rates)


def python_ed25519_verify_rate(n: int = 5000, repeats: int = 3) -> float:
    """Checks per second of ``crypto.signature_valid`` (what the verifier calls), one core."""
    identity = crypto.Identity.generate()
    public = identity.public.ed25519
    messages = [crypto.sha256(i.to_bytes(8, "big")) for i in range(n)]
    work = [(identity.sign(m), m) for m in messages]
    rates = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for signature, m in work:
            crypto.signature_valid(public, signature, m)
        rates.append(n / (time.perf_counter() - t0))
    return statistics.median(rates)


class FsyncProbe:
    """Appends 4 KiB to a file and fsyncs it: what one durable small write costs here."""

    def __init__(self, directory: Path) -> None:
        self.path = Path(directory) / ".bench-fsync-probe"
        self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o600)
        self.block = os.urandom(4096)

    def once(self) -> float:
        """One fsync'd 4 KiB write; return its wall time in seconds."""
        t0 = time.perf_counter()
        os.write(self.fd, self.block)
        os.fsync(self.fd)
        return time.perf_counter() - t0

    def close(self) -> None:
        """Close and remove the probe file."""
        os.close(self.fd)
        self.path.unlink(missing_ok=True)
