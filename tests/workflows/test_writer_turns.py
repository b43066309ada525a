"""`WriterTurns`: one SQLite writer at a time in a process, receiving before processing."""

from __future__ import annotations

import threading
import time

from workflows.writer_turns import WriterTurns

TIMEOUT = 10.0


def _wait_until(predicate, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.001)


def _writer(turns: WriterTurns, name: str, order: list[str], *, urgent: bool) -> threading.Thread:
    def write() -> None:
        with turns.turn(urgent=urgent):
            order.append(name)

    thread = threading.Thread(target=write)
    thread.start()
    return thread


def test_an_urgent_writer_goes_before_writers_that_queued_earlier():
    turns, order = WriterTurns(), []
    release = threading.Event()
    holder_in = threading.Event()

    def hold() -> None:
        with turns.turn():
            holder_in.set()
            release.wait(TIMEOUT)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holder_in.wait(TIMEOUT)
    processing = _writer(turns, "processing", order, urgent=False)
    _wait_until(lambda: turns.waiting == 1, "the processing writer to queue")
    receiving = _writer(turns, "receiving", order, urgent=True)
    _wait_until(lambda: turns.waiting == 2, "the receiving writer to queue")
    release.set()
    for thread in (holder, processing, receiving):
        thread.join(TIMEOUT)
    assert order == ["receiving", "processing"]


def test_a_holder_may_take_its_turn_again_and_only_one_writes_at_a_time():
    turns = WriterTurns()
    with turns.turn(), turns.turn(urgent=True):  # nested in one thread: no deadlock
        pass
    inside, most = [0], [0]
    lock = threading.Lock()

    def write() -> None:
        for _ in range(200):
            with turns.turn(urgent=threading.get_ident() % 2 == 0):
                with lock:
                    inside[0] += 1
                    most[0] = max(most[0], inside[0])
                with lock:
                    inside[0] -= 1

    threads = [threading.Thread(target=write) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT)
    assert most[0] == 1 and turns.waiting == 0
