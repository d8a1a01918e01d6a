"""Scheduling: work handed to other processes ends when the build that handed it out does."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import parallel

ROOT = Path(__file__).parent.parent

SLOW_WORK = {
    "map_on_cores": "parallel.map_on_cores(slow, range(2))",
    "Background": "parallel.Background(slow, 0, size=parallel.PARALLEL_FROM).result()",
}


def running(process_id):
    """Whether the process is there and not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{process_id}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or sys.platform != "linux", reason="reads /proc")
@pytest.mark.parametrize("how", sorted(SLOW_WORK))
def test_workers_end_soon_after_their_build_is_killed(how):
    script = ("import os, sys, time\nfrom generator import parallel\nparallel.PARALLEL_FROM = 1\n"
              "def slow(item):\n    print(os.getpid(), flush=True)\n    time.sleep(120)\n" + SLOW_WORK[how] + "\n")
    build = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        worker = int(build.stdout.readline())
        assert worker != build.pid and running(worker)
        os.kill(build.pid, signal.SIGKILL)
        build.wait(timeout=10)
        deadline = time.monotonic() + 10
        while running(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not running(worker), "the worker outlived its build"
    finally:
        build.kill()


def square(number):
    return number * number, os.getpid()


@pytest.mark.parametrize("count", [3, parallel.PARALLEL_FROM * 2])
def test_work_of_its_own_runs_once_here_while_the_map_runs_elsewhere(count):
    """map_on_cores' meanwhile: this process's own work (the gazetteer, while sources are
    parsed) runs once, here, and the map's results still come in order."""
    calls = []
    results = parallel.map_on_cores(square, range(count), meanwhile=lambda: calls.append(os.getpid()))
    assert calls == [os.getpid()]
    assert [value for value, _ in results] == [n * n for n in range(count)]
    workers = {pid for _, pid in results}
    assert (os.getpid() in workers) == (not parallel.can_fork(count))
