from __future__ import annotations

import re
import time
import uuid

from scelle.core import ids


def test_new_ids_are_version_7_uuids_in_canonical_text() -> None:
    for _ in range(200):
        text = ids.new_id()
        assert re.fullmatch(
            r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", text
        )
        parsed = uuid.UUID(text)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == text


def test_new_ids_carry_the_time_and_sort_by_it() -> None:
    before = time.time_ns() // 1_000_000
    first = ids.new_id()
    time.sleep(0.003)
    second = ids.new_id()
    after = time.time_ns() // 1_000_000
    stamp = int(first.replace("-", "")[:12], 16)
    assert before <= stamp <= after
    assert first < second  # later ids sort after earlier ones: indexes append at the end


def test_new_ids_do_not_repeat() -> None:
    batch = [ids.new_id() for _ in range(20_000)]  # many within one millisecond
    assert len(set(batch)) == len(batch)
    same_ms = [b for b in batch if b[:13] == batch[0][:13]]
    assert len({b[14:] for b in same_ms}) == len(same_ms)  # the random part differs


def test_a_forked_child_does_not_repeat_its_parents_ids() -> None:
    import os

    ids.new_id()  # the parent's pool holds unused random bytes
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: report its next ids
        os.close(read)
        os.write(write, " ".join(ids.new_id() for _ in range(5)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as fh:
        child = fh.read().split()
    os.waitpid(pid, 0)
    parent = [ids.new_id() for _ in range(5)]
    assert len(child) == 5
    assert {c[14:] for c in child}.isdisjoint(p[14:] for p in parent)
