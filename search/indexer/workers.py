"""Helper processes of a build that never outlive it, and start light.

A killed build must leave nothing behind: a helper blocked on a queue whose parent is
gone would wait forever. Every helper asks the kernel to kill it when its parent dies
(Linux prctl PR_SET_PDEATHSIG).

The helpers are spawned (a fresh interpreter), not forked: a forked helper starts as a copy
of the build (its modules, its parsed questions, its arrays: ~100 MB at 50,000 questions),
pages it then copies as it touches them, and the index lock's descriptor (flock is shared
across fork). A spawned one imports Whoosh and the French analyzer only (~25 MB) and
inherits no descriptor. Nor does it import the program's main module, as a spawned process
otherwise does: a helper needs none of it, and a script that builds without an
`if __name__ == "__main__":` guard would build again in each helper.

A helper that dies fails the build, which publishes nothing: Whoosh's writer would wait forever
to hand a dead helper its next batch, or, at the commit, leave its documents out without a word.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import queue
import signal
import sys
import threading
import types
from multiprocessing.context import SpawnProcess

from whoosh.multiproc import MpWriter, SubWriterTask

from ..errors import BuildError
from ..index.failpoints import checkpoint

SPAWN = multiprocessing.get_context("spawn")

PR_SET_PDEATHSIG = 1


def libc():
    """The C library (OSError where there is none to load)."""
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def die_with_parent() -> None:
    """In a child process: be killed when the parent dies (no-op where unsupported)."""
    try:
        libc().prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


_STARTING = threading.Lock()


def _spawn_without_main(process_obj):
    """Start `process_obj` in a fresh interpreter that does not import this program's `__main__` (the
    spawn start method re-imports it to find what the child runs; a helper's run() is in this module)."""
    with _STARTING:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")  # no __spec__, no __file__: nothing to re-import
        try:
            return SpawnProcess._Popen(process_obj)
        finally:
            sys.modules["__main__"] = main


class _Task(SubWriterTask):
    _Popen = staticmethod(_spawn_without_main)  # Whoosh's task is a default-context Process: started spawned

    def run(self):
        die_with_parent()
        super().run()

    def _process_file(self, filename, doc_count):
        checkpoint("helper-batch")  # the crash tests' way to kill a helper half-way
        return super()._process_file(filename, doc_count)


class _Jobs:
    """The helpers' job queue as the build puts into it: waiting for room only while every helper lives."""

    def __init__(self, jobs, tasks: list):
        self.jobs, self.tasks = jobs, tasks

    def put(self, item) -> None:
        while True:
            try:
                self.jobs.put(item, timeout=0.5)
                return
            except queue.Full:
                _check_alive(self.tasks)


def _check_alive(tasks: list) -> None:
    dead = [t.exitcode for t in tasks if t.exitcode not in (None, 0)]
    if dead:
        raise BuildError(f"a build helper process died (exit code {dead[0]}); nothing was published, the live "
                         f"index is unchanged")


class BoundWriter(MpWriter):
    """Whoosh's multi-process writer whose sub-writers are spawned, die with the build, and fail it when
    one of them dies."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        # a spawned process can only be given queues of the spawn context
        self.helper_jobs, self.resultqueue = SPAWN.Queue(self.procs * 4), SPAWN.Queue()
        self.jobqueue = _Jobs(self.helper_jobs, self.tasks)

    def _new_task(self):
        task = _Task(self.storage, self.indexname, self.helper_jobs, self.resultqueue, self.subargs,
                     self.multisegment)
        self.tasks.append(task)
        task.start()
        return task

    def _commit(self, mergetype, optimize, merge):
        super()._commit(mergetype, optimize, merge)
        _check_alive(self.tasks)  # Whoosh skips a dead helper's segment; the build must not

    def cancel(self):
        """A failed build's helpers go with it (Whoosh's cancel only tells its own copy of them)."""
        for task in self.tasks:
            if task.is_alive():
                task.terminate()
        for task in self.tasks:
            task.join(5)
        super().cancel()
