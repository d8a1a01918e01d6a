"""Both cores: a function over many items on every core, and one job in a forked process.

Forking hands the data to the other processes as they are, without copying them through a
pipe; where the system cannot fork, or there is too little to do, the work runs here.
"""

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from .errors import FactsheetError

PARALLEL_FROM = 50  # items before more processes pay for their start
MAX_WORKERS = 4


def can_fork(items_count):
    return (items_count >= PARALLEL_FROM and (os.cpu_count() or 1) > 1
            and "fork" in multiprocessing.get_all_start_methods())


def map_on_cores(function, items, on_each=lambda item, result: None, meanwhile=lambda: None):
    """[function(item) for item in items], in order; on_each hears of every result as it comes.
    meanwhile() runs here once the other processes are forked, while they work (work of this
    process's own that the forked ones do not need), else first."""
    items = list(items)
    if not can_fork(len(items)):
        meanwhile()
        results = []
        for item in items:
            results.append(function(item))
            on_each(item, results[-1])
        return results
    global _WORK
    _WORK = (function, items)  # the forked workers find them here: items are not pickled to them
    try:
        with ProcessPoolExecutor(min(os.cpu_count(), MAX_WORKERS), mp_context=multiprocessing.get_context("fork"),
                                 initializer=end_with_parent, initargs=(os.getpid(),)) as pool:
            results = []
            mapped = pool.map(work_on, range(len(items)), chunksize=25)  # forks the workers
            meanwhile()
            for item, result in zip(items, mapped):
                results.append(result)
                on_each(item, result)
            return results
    finally:
        _WORK = None


_WORK = None  # (function, items) of the map_on_cores under way


def work_on(position):
    """In a forked worker: the function on the item at this position."""
    function, items = _WORK
    return function(items[position])


PARENT_CHECK_SECONDS = 0.5


def end_with_parent(parent_id):
    """In a forked process: end once the process that forked it is gone (killed, say), rather
    than work on for minutes for nobody."""
    def watch():
        while os.getppid() == parent_id:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def send_result(connection, function, argument, parent_id):
    """In a forked process: function(argument), or the error, sent back through connection."""
    end_with_parent(parent_id)
    try:
        connection.send((True, function(argument)))
    except FactsheetError as err:  # the user's to fix: raised in the parent as it is
        connection.send((False, err))
    except BaseException as err:  # a bug: reported in the parent, which raises it
        connection.send((False, f"{type(err).__name__}: {err}"))
    finally:
        connection.close()


class Background:
    """function(argument) in a forked process while this one goes on, when there is enough
    to do (size); else it runs here when its result is asked for."""

    def __init__(self, function, argument, size):
        self.function, self.argument, self.process = function, argument, None
        if can_fork(size):
            context = multiprocessing.get_context("fork")
            self.receiver, sender = context.Pipe(duplex=False)
            self.process = context.Process(target=send_result, args=(sender, function, argument, os.getpid()),
                                           daemon=True)
            self.process.start()
            sender.close()

    def result(self):
        if self.process is None:
            return self.function(self.argument)
        ok, value = self.receiver.recv()
        self.process.join()
        if not ok:
            name = getattr(self.function, "func", self.function).__name__  # a partial's function's
            raise value if isinstance(value, FactsheetError) else RuntimeError(f"{name} failed in its process: {value}")
        return value

    def cancel(self):
        if self.process is not None:
            self.process.terminate()
            self.process.join()
