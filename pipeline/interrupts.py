"""Ctrl-C: one clean stop of the whole run.

A terminal sends SIGINT to every process of the foreground group, workers included. The
workers must not react (each would print a traceback); the main process alone stops them
(pipeline/workers.py) and exits.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterator


@contextmanager
def _sigint_handler(handler: Callable | int) -> Iterator[None]:
    """SIGINT handled by `handler` while inside; outside the main thread signals cannot be
    set and nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def sigint_ignored():
    """Processes started inside inherit the ignored SIGINT (Python keeps an inherited SIG_IGN),
    and a short step (renaming the outputs into place) is not cut in half."""
    return _sigint_handler(signal.SIG_IGN)


@contextmanager
def sigint_noted() -> Iterator[list]:
    """Ctrl-C only noted (the list gets an item), for the caller to act on at a safe point:
    a KeyboardInterrupt raised anywhere could cut a message to or from a worker in half."""
    noted: list = []
    with _sigint_handler(lambda *_: noted.append(True)):
        yield noted

