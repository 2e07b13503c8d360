"""The one door from widgets to the core: ``run_task`` on a QThreadPool (STYLE §6).

``fn`` runs on a worker thread and never touches widgets; ``on_done(result)`` or
``on_error(exc)`` run on the GUI thread, delivered through a receiver that is a child of
``parent``: a window closed meanwhile gets nothing. Vault operations (``vault=True``, the
default) go to a pool of one thread so that they run one at a time, in order (Anki:
collection operations "are serialized"); hashing goes to the shared pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_vault_pool: QThreadPool | None = None
_running = 0
_running_lock = threading.Lock()


def vault_pool() -> QThreadPool:
    """The single-thread pool on which every vault operation runs."""
    global _vault_pool
    if _vault_pool is None:
        _vault_pool = QThreadPool()
        _vault_pool.setMaxThreadCount(1)
        _vault_pool.setObjectName("scelle-vault")
    return _vault_pool


def running() -> int:
    """How many tasks have been started and not yet delivered (tests wait for 0)."""
    return _running


class _Settled:
    """Counts a task as finished once: delivered, or its window gone before delivery."""

    def __init__(self) -> None:
        self.done = False

    def settle(self, *_args: object) -> None:
        global _running
        with _running_lock:
            if not self.done:
                self.done = True
                _running -= 1


class _Emitter(QObject):
    """Lives on the GUI thread; the worker emits through it (queued to the receiver)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Receiver(QObject):
    """A child of the caller's widget: destroyed with it, so callbacks stop with it."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self.settled = _Settled()
        self.destroyed.connect(self.settled.settle)

    def _settle(self) -> None:
        self.settled.settle()
        self.finished.emit()
        self.deleteLater()

    @Slot(object)
    def deliver_done(self, result: object) -> None:
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self._settle()

    @Slot(object)
    def deliver_error(self, exc: object) -> None:
        try:
            if self._on_error is not None and isinstance(exc, BaseException):
                self._on_error(exc)
            elif isinstance(exc, BaseException):
                from scelle.gui.errors import show_error

                show_error(None, exc)
        finally:
            self._settle()


class Task(QRunnable):
    """One call of ``fn`` on a worker thread; ``finished`` fires after the callback ran."""

    def __init__(self, fn: Callable[[], Any], receiver: _Receiver) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.receiver = receiver
        self.emitter = _Emitter()
        self.emitter.succeeded.connect(receiver.deliver_done)
        self.emitter.failed.connect(receiver.deliver_error)
        self.finished = receiver.finished

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            if not _is_user_error(exc):
                log.error("task %r failed", getattr(self.fn, "__name__", self.fn), exc_info=exc)
            self._emit(self.emitter.failed, exc)
        else:
            self._emit(self.emitter.succeeded, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the emitter was deleted: nobody is waiting any more
            log.debug("task result dropped: its window is gone")


def _is_user_error(exc: BaseException) -> bool:
    from scelle.core.errors import ScelleError

    return isinstance(exc, ScelleError)


_keep: set[Task] = set()


def run_task(
    parent: QObject,
    fn: Callable[[], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    vault: bool = True,
) -> Task:
    """Run ``fn()`` off the GUI thread; deliver its result or exception on the GUI thread.

    ``vault=True`` serialises it with every other vault operation. Without ``on_error`` an
    error is shown by :func:`scelle.gui.errors.show_error`.
    """
    global _running
    receiver = _Receiver(parent, on_done, on_error)
    task = Task(fn, receiver)
    _keep.add(task)
    receiver.destroyed.connect(lambda *_: _keep.discard(task))
    with _running_lock:
        _running += 1
    (vault_pool() if vault else QThreadPool.globalInstance()).start(task)
    return task
