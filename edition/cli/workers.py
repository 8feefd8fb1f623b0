"""Several builds at once, in forked worker processes that stop at once when told to.

The parent imports the pipeline (WeasyPrint, the readings model: a build's fixed cost) before
it forks, so every worker starts warm and the imports are paid once (bench/editions.py measures
this against a pool that imports in each worker, and against one process building in turn).
Workers only compute: each sends its result back through a pipe and the parent alone writes
files, so a run that is stopped never replaces an output with a late one.

Stopping: SIGINT (Ctrl-C) or SIGTERM in the parent raises :class:`Stopped` there; every worker
is sent SIGTERM, which ends it at once (SIGKILL after :data:`GRACE_SECONDS` if not), is reaped,
and its private temporary folder is removed. A worker also dies with its parent
(``PR_SET_PDEATHSIG``), so even a parent killed outright leaves none behind. Linux and macOS
(``os.fork``); the pipeline must not have started threads before the fork.
"""

from __future__ import annotations

import ctypes
import logging
import os
import pickle
import select
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

log = logging.getLogger(__name__)

GRACE_SECONDS = 2.0  # between SIGTERM and SIGKILL when workers are stopped
_PR_SET_PDEATHSIG = 1
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived: the run stops. ``signum`` says which (exit 128 + signum)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@dataclass(slots=True)
class Failure:
    """A worker that gave no result: its exception (``error``, with the worker's traceback in
    ``detail``), or the signal that ended it (``signum``)."""

    error: BaseException | None = None
    detail: str = ""
    signum: int | None = None


def cpus() -> int:
    """Processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS
        return os.cpu_count() or 1


def _raise_stopped(signum: int, _frame) -> None:
    raise Stopped(signum)


@contextmanager
def stop_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise :class:`Stopped` (previous handlers restored)."""
    previous = {s: signal.signal(s, _raise_stopped) for s in STOP_SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextmanager
def private_tempdir() -> Iterator[None]:
    """Temporary files made during the block (WeasyPrint's font folders, which it removes only
    when its FontConfiguration is freed) go to a folder removed at the end."""
    previous = tempfile.tempdir
    try:
        tempfile.tempdir = tempfile.mkdtemp(prefix="edition-")
    except OSError:  # nowhere to write: the build reports it where it needs a temporary file
        yield
        return
    try:
        yield
    finally:
        shutil.rmtree(tempfile.tempdir, ignore_errors=True)
        tempfile.tempdir = previous


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM during the block (an output being written is finished and
    recorded first); they are delivered when it ends."""
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the parent's stop() still reaps them
        pass


def _worker(task: Callable[[], object], out: int, parent: int, tmp: str) -> None:
    """Body of a forked worker: run ``task``, send ``("ok", result)`` or ``("error", exc,
    traceback)`` pickled to the fd ``out``, and leave with ``os._exit``.

    SIGINT and SIGTERM end it at once (their default action): it writes no file, and its
    temporary files are in ``tmp``, which the parent removes.
    """
    code = 70
    try:
        _die_with_parent()
        if os.getppid() != parent:  # the parent died before the line above
            return
        if tmp:
            tempfile.tempdir = tmp
        for s in STOP_SIGNALS:
            signal.signal(s, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
        try:
            message: tuple = ("ok", task())
        except BaseException as exc:  # everything goes back to the parent
            message = ("error", exc, traceback.format_exc())
        _send(out, message)
        code = 0
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)


def _send(out: int, message: tuple) -> None:
    try:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that cannot be pickled goes as its text
        error = RuntimeError(f"{type(message[1]).__name__}: {message[1]}")
        data = pickle.dumps(("error", error, message[-1]))
    view = memoryview(data)
    while view:
        view = view[os.write(out, view) :]


@dataclass(slots=True)
class _Running:
    index: int
    pid: int
    fd: int
    tmp: str
    chunks: list[bytes]


def run(
    tasks: Sequence[Callable[[], object]],
    processes: int,
    deliver: Callable[[int, object | Failure], None],
) -> None:
    """Run each task in a forked worker, at most ``processes`` at a time.

    ``deliver(index, outcome)`` is called in the parent as each worker finishes (in the order
    they finish), with SIGINT and SIGTERM held: ``outcome`` is the task's return value, or a
    :class:`Failure`. Call it within :func:`stop_signals`: on :class:`Stopped` every worker is
    stopped and reaped before the exception goes on, and nothing more is delivered.
    """
    pending = list(range(len(tasks)))
    running: dict[int, _Running] = {}
    try:
        while pending or running:
            while pending and len(running) < processes:
                index = pending.pop(0)
                # Held until the worker is on the list: a signal then finds it there to stop,
                # and the worker sets its own handlers before it takes one.
                with signals_held():
                    w = _fork(tasks[index], index)
                    running[w.fd] = w
            ready, _, _ = select.select(list(running), [], [])
            for fd in ready:
                w = running[fd]
                chunk = os.read(fd, 1 << 20)
                if chunk:
                    w.chunks.append(chunk)
                    continue
                del running[fd]
                os.close(fd)
                _, status = os.waitpid(w.pid, 0)
                if w.tmp:
                    shutil.rmtree(w.tmp, ignore_errors=True)
                outcome = _outcome(b"".join(w.chunks), status)
                with signals_held():
                    deliver(w.index, outcome)
    except BaseException:
        with signals_held():  # a second Ctrl-C does not cut the stopping short
            stop([w.pid for w in running.values()])
            for w in running.values():
                os.close(w.fd)
                if w.tmp:
                    shutil.rmtree(w.tmp, ignore_errors=True)
        raise


def _fork(task: Callable[[], object], index: int) -> _Running:
    parent = os.getpid()
    try:
        tmp = tempfile.mkdtemp(prefix="edition-worker-")
    except OSError:  # nowhere to write: the build reports it where it needs a temporary file
        tmp = ""
    read_end, write_end = os.pipe()
    for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
        stream.flush()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _worker(task, write_end, parent, tmp)
    os.close(write_end)
    log.debug("worker %d started for task %d", pid, index)
    return _Running(index, pid, read_end, tmp, [])


def _outcome(data: bytes, status: int) -> object | Failure:
    if data:
        try:
            message = pickle.loads(data)
        except Exception as exc:  # a truncated message: the worker died while sending
            return Failure(error=exc, detail="the worker's result could not be read")
        if message[0] == "ok":
            return message[1]
        return Failure(error=message[1], detail=message[2])
    if os.WIFSIGNALED(status):
        return Failure(signum=os.WTERMSIG(status))
    code = os.waitstatus_to_exitcode(status)
    if code > 128:
        return Failure(signum=code - 128)
    return Failure(error=RuntimeError(f"a worker process exited with status {code}"))


def stop(pids: list[int]) -> None:
    """SIGTERM to each worker, SIGKILL to those still there after the grace period; reap all."""
    for pid in pids:
        _kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + GRACE_SECONDS
    left = list(pids)
    while left and time.monotonic() < deadline:
        left = [pid for pid in left if not _reaped(pid)]
        if left:
            time.sleep(0.02)
    for pid in left:
        _kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def _kill(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def _reaped(pid: int) -> bool:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done == pid
