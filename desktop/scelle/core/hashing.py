"""MD5, SHA-1 and SHA-256 of a file in a single read (issue #4 item 5).

The file is read once, in large blocks, into a small ring of reusable buffers; one thread
per algorithm consumes each block (hashlib releases the GIL on large updates, so the three
digests run in parallel on separate cores while the next block is being read). Memory stays
flat whatever the file size: ``BUFFERS × BLOCK`` bytes. Progress is reported after each
block and a ``threading.Event`` cancels the work (``Cancelled``).
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

BLOCK = 1 << 20  # 1 MiB
BUFFERS = 4
ALGORITHMS = ("md5", "sha1", "sha256")

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

    workers = [_Worker(name, consumed) for name in algorithms]
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
                pending[index] = len(workers)
            for w in workers:
                w.jobs.put((index, view))
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
    return Digests(size=total_read, **{a: digests.get(a) for a in ALGORITHMS})
