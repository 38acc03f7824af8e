"""Worker processes for the local engine: each loads the model once, and all stop at once.

concurrent.futures' ProcessPoolExecutor cannot be stopped in the middle of a document:
terminating a worker can cut its result message in half, and the pool's manager thread
then waits forever for the rest (and the interpreter's exit with it). Here each worker
has its own pipe and holds one document at a time; the pipe of a stopped or dead worker
is never read again, and a worker that dies (killed for memory) fails its document only.
"""
from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterator, TypeVar

from .interrupts import sigint_ignored, sigint_noted

POLL_SECONDS = 0.5  # how soon a Ctrl-C is acted on
STOP_SECONDS = 5  # a worker not gone this long after SIGTERM gets SIGKILL
READY = "ready"

P = TypeVar("P", bound=tuple)
R = TypeVar("R")


def _serve(conn: Connection, warm: Callable[[], None], work: Callable) -> None:
    """A worker: load, say ready, then answer each payload until the parent closes the pipe."""
    warm()
    conn.send(READY)
    try:
        while True:
            conn.send(work(conn.recv()))
    except EOFError:
        return


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: Connection
    payload: tuple | None = None  # the document it holds

    def stop(self) -> None:
        self.process.terminate()
        self.process.join(STOP_SECONDS)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _start(count: int, warm: Callable[[], None], work: Callable) -> list[_Worker]:
    context = multiprocessing.get_context("spawn")
    workers = []
    with sigint_ignored():  # inherited: only this process reacts to Ctrl-C, and it stops them
        for _ in range(count):
            parent, child = context.Pipe()
            process = context.Process(target=_serve, args=(child, warm, work), daemon=True)
            process.start()
            child.close()
            workers.append(_Worker(process, parent))
    return workers


def run_workers(payloads: list[P], count: int, work: Callable[[P], R], warm: Callable[[], None],
                lost: Callable[[P, str], R]) -> Iterator[R]:
    """`work(payload)` for every payload in `count` processes, results as they come, in the
    order given to start; `lost(payload, problem)` stands for the result of a payload whose
    worker died. Ctrl-C (KeyboardInterrupt) stops every worker within about a second."""
    todo = list(reversed(payloads))
    workers = _start(min(count, len(payloads)), warm, work)
    try:
        with sigint_noted() as interrupted:
            while workers and (todo or any(w.payload for w in workers)) and not interrupted:
                ready = wait([w.conn for w in workers], timeout=POLL_SECONDS)
                for worker in [w for w in workers if w.conn in ready]:
                    try:
                        message = worker.conn.recv()
                    except EOFError:  # the process is gone
                        workers.remove(worker)
                        worker.stop()
                        if worker.payload:
                            yield lost(worker.payload, f"worker process died (exit code {worker.process.exitcode})")
                        continue
                    if message != READY:
                        yield message
                    worker.payload = todo.pop() if todo else None
                    if worker.payload:
                        worker.conn.send(worker.payload)
        if interrupted:
            raise KeyboardInterrupt
        for payload in reversed(todo):  # every worker died
            yield lost(payload, "no worker process left to process it")
    finally:
        for worker in workers:
            worker.stop()
