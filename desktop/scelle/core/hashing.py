"""MD5, SHA-1 and SHA-256 of a file in a single read (issue #4 item 5).

The file is read once, in blocks of 256 KiB, into a small ring of reusable buffers. The
reading thread hashes each block itself with the slowest algorithm requested, right after
the kernel copied it, while the block is still in this core's cache; every other algorithm
has its own thread (hashlib releases the GIL on large updates, so they run on the other
cores). Measured on the reference machine: handing *every* digest to worker threads made
SHA-256 alone 25 % slower, because a block written by one core and hashed on another is
read back from the shared cache; 256 KiB blocks beat 1 MiB ones for the same reason
(docs/DESIGN-NOTES.md, "Hashing"). Memory stays flat whatever the file size:
``BUFFERS × BLOCK`` bytes. Progress is reported after each block and a
``threading.Event`` cancels the work (``Cancelled``).
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scelle.core.errors import BadInput, Cancelled

BLOCK = 1 << 18  # 256 KiB: the copy and the hash of a block stay in one core's cache
BUFFERS = 4
ALGORITHMS = ("md5", "sha1", "sha256")
# Slowest first: the reading thread takes the first requested algorithm of this order.
_BY_COST = ("md5", "sha1", "sha256")

Progress = Callable[[int, int], None]


class HashingFailed(BadInput):
    """The file could not be read to the end; nothing was recorded."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Digests:
    """The digests of one file, in lower-case hex."""

    size: int | None
    md5: str | None = None
    sha1: str | None = None
    sha256: str | None = None

    def as_dict(self) -> dict[str, str]:
        """The digests that were computed, by algorithm name."""
        return {a: v for a in ALGORITHMS if (v := getattr(self, a)) is not None}


class _Worker(threading.Thread):
    def __init__(self, name: str, done: Callable[[int], None]) -> None:
        super().__init__(name=f"hash-{name}", daemon=True)
        self.hasher = hashlib.new(name, usedforsecurity=name == "sha256")
        self.jobs: queue.SimpleQueue[tuple[int, memoryview] | None] = queue.SimpleQueue()
        self.done = done

    def run(self) -> None:
        while (job := self.jobs.get()) is not None:
            index, view = job
            self.hasher.update(view)
            self.done(index)


def hash_file(
    path: Path | str,
    *,
    algorithms: tuple[str, ...] = ALGORITHMS,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    block: int = BLOCK,
) -> Digests:
    """Hash ``path`` with ``algorithms`` in one read; raise HashingFailed or Cancelled.

    A file that vanishes, shrinks or cannot be read part-way raises HashingFailed with one
    sentence; the caller records nothing.
    """
    unknown = set(algorithms) - set(ALGORITHMS)
    if unknown or not algorithms:
        raise BadInput(f"Unknown hash algorithm: {', '.join(sorted(unknown))}.")
    path = Path(path)
    try:
        fh = open(path, "rb", buffering=0)  # noqa: SIM115 - closed in finally
    except FileNotFoundError:
        raise HashingFailed(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise HashingFailed(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise HashingFailed(f"{path} cannot be read: {exc.strerror}.") from None
    buffers = [bytearray(block) for _ in range(BUFFERS)]
    free: queue.SimpleQueue[int] = queue.SimpleQueue()
    for i in range(BUFFERS):
        free.put(i)
    pending = [0] * BUFFERS
    lock = threading.Lock()

    def consumed(index: int) -> None:
        with lock:
            pending[index] -= 1
            if pending[index] == 0:
                free.put(index)

    inline_name = next(a for a in _BY_COST if a in algorithms)
    inline = hashlib.new(inline_name, usedforsecurity=inline_name == "sha256")
    workers = [_Worker(name, consumed) for name in algorithms if name != inline_name]
    for w in workers:
        w.start()
    total_read = 0
    try:
        try:
            total = os.fstat(fh.fileno()).st_size
        except OSError:
            total = 0
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled("Hashing was cancelled; nothing was recorded.")
            index = free.get()
            try:
                n = fh.readinto(buffers[index])
            except OSError as exc:
                raise HashingFailed(
                    f"{path} could not be read to the end ({exc.strerror}); nothing was recorded."
                ) from None
            if not n:
                free.put(index)
                break
            total_read += n
            view = memoryview(buffers[index])[:n]
            with lock:
                pending[index] = len(workers) + 1
            for w in workers:
                w.jobs.put((index, view))
            inline.update(view)
            consumed(index)
            if progress is not None:
                progress(total_read, max(total, total_read))
        if total_read < total:
            raise HashingFailed(f"{path} shrank while it was read; nothing was recorded.")
        if not path.exists():
            raise HashingFailed(f"{path} vanished while it was read; nothing was recorded.")
    finally:
        for w in workers:
            w.jobs.put(None)
        for w in workers:
            w.join()
        fh.close()
    digests = {w.hasher.name: w.hasher.hexdigest() for w in workers}
    digests[inline.name] = inline.hexdigest()
    return Digests(size=total_read, **{a: digests.get(a) for a in ALGORITHMS})
