from __future__ import annotations

import hashlib
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from scelle.core.errors import Cancelled
from scelle.core.hashing import HashingFailed, hash_file


@pytest.mark.parametrize("size", [0, 1, 4095, 1 << 20, (1 << 20) * 3 + 7])
def test_digests_equal_hashlib(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    f = tmp_path / "f"
    f.write_bytes(data)
    d = hash_file(f, block=1 << 16)
    assert d.size == size
    assert d.md5 == hashlib.md5(data).hexdigest()
    assert d.sha1 == hashlib.sha1(data).hexdigest()
    assert d.sha256 == hashlib.sha256(data).hexdigest()


def test_only_requested_algorithms(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"abc")
    d = hash_file(f, algorithms=("sha256",))
    assert d.as_dict() == {"sha256": hashlib.sha256(b"abc").hexdigest()}


def test_progress_is_reported_to_the_end(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(os.urandom(5 * 65536 + 3))
    seen: list[tuple[int, int]] = []
    hash_file(f, block=65536, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) == 6
    assert seen[-1] == (f.stat().st_size, f.stat().st_size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_cancel(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(os.urandom(10 * 65536))
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 2 * 65536:
            cancel.set()

    with pytest.raises(Cancelled):
        hash_file(f, block=65536, progress=progress, cancel=cancel)
    assert threading.active_count() < 10  # worker threads ended


def test_file_shrinking_mid_read(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(os.urandom(10 * 65536))

    def progress(done: int, total: int) -> None:
        if done == 65536:
            os.truncate(f, 3 * 65536)

    with pytest.raises(HashingFailed, match="shrank"):
        hash_file(f, block=65536, progress=progress)


def test_file_vanishing_mid_read(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(os.urandom(4 * 65536))

    def progress(done: int, total: int) -> None:
        if done == 65536 and f.exists():
            f.unlink()

    with pytest.raises(HashingFailed, match="vanished"):
        hash_file(f, block=65536, progress=progress)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(HashingFailed, match="does not exist"):
        hash_file(tmp_path / "nope")
    with pytest.raises(HashingFailed, match="folder"):
        hash_file(tmp_path)


def test_memory_stays_flat(tmp_path: Path) -> None:
    """64 MiB hashed with 1 MiB blocks: Python allocations stay near BUFFERS × BLOCK."""
    f = tmp_path / "big"
    with open(f, "wb") as fh:
        chunk = os.urandom(1 << 20)
        for _ in range(64):
            fh.write(chunk)
    tracemalloc.start()
    hash_file(f)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * (1 << 20), peak
