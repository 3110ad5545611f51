"""Helper processes of a build that never outlive it.

A killed build must leave nothing behind: a forked helper would keep the index
lock's descriptor (flock is shared across fork) and, blocked on a queue whose
parent is gone, would hold it forever. Every helper asks the kernel to kill it
when its parent dies (Linux prctl PR_SET_PDEATHSIG).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal

from whoosh.multiproc import MpWriter, SubWriterTask

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """In a child process: be killed when the parent dies (no-op where unsupported)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


class _Task(SubWriterTask):
    def run(self):
        die_with_parent()
        super().run()


class BoundWriter(MpWriter):
    """Whoosh's multi-process writer whose sub-writers die with the build."""

    def _new_task(self):
        task = _Task(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment)
        self.tasks.append(task)
        task.start()
        return task
