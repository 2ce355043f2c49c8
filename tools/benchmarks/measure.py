"""What tools/bench and tools/benchmarks/simpy-compare share: the machine's description, timing a
command as a whole process (wall time and peak memory), a scratch folder for run output,
and summaries (min, median, Student-t intervals). Standard library only."""
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KETENSIM = os.path.join(REPO, "build", "bin", "ketensim")


def cpu_model():
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def cores():
    return len(os.sched_getaffinity(0))


def machine():
    """One line: cores, CPU model and the load average now."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{cores()} cores, {cpu_model()}, {platform.system()} {platform.release()}; load average {load}"


def commit():
    try:
        head = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return head + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def scratch_dir():
    """A fresh folder for run output, on tmpfs (/dev/shm) where there is one, so that the
    times do not include a disk. Returns (path, where) with `where` for the report."""
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    path = tempfile.mkdtemp(prefix="ketensim-bench-", dir=base)
    return path, ("tmpfs (/dev/shm)" if base else f"{tempfile.gettempdir()} (not tmpfs)")


def remove(path):
    shutil.rmtree(path, ignore_errors=True)


class Run:
    """A finished command: wall seconds from start to exit, peak resident memory (KiB) and
    its standard output."""

    def __init__(self, wall, max_rss_kib, stdout):
        self.wall, self.max_rss_kib, self.stdout = wall, max_rss_kib, stdout


def timed(command):
    """Runs `command` (a list) to its end; raises RuntimeError when it fails."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        out.seek(0)
        stdout = out.read().decode(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: {stderr.strip()}")
    return Run(wall, usage.ru_maxrss, stdout)


def in_process_seconds(ketensim_stdout):
    """The replications' own time from `ketensim run`'s line 'N events in S s on T thread(s)'
    (the replications and streaming kpis.csv, without loading the scenario or writing the
    summaries and the report)."""
    match = re.search(r"(\d+) events in ([0-9.]+) s on (\d+) threads?", ketensim_stdout)
    if not match:
        raise RuntimeError("ketensim run printed no 'events in ... s' line")
    return int(match.group(1)), float(match.group(2))


def spread(values):
    return min(values), statistics.median(values), max(values)


def student_t_975(df):
    """The 0.975 quantile of Student's t with `df` degrees of freedom, by bisection on its
    distribution function (Simpson's rule on the density)."""
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)

    def cdf(x, steps=2000):
        h = x / steps
        total = 0.0
        for i in range(steps + 1):
            weight = 1 if i in (0, steps) else (4 if i % 2 else 2)
            u = i * h
            total += weight * math.exp(log_c - (df + 1) / 2 * math.log1p(u * u / df))
        return 0.5 + total * h / 3

    low, high = 0.0, 100.0
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if cdf(mid) < 0.975 else (low, mid)
    return (low + high) / 2


def interval_95(values):
    """Mean and 95% Student-t interval (low, high) of the values."""
    n = len(values)
    mean = statistics.fmean(values)
    half = student_t_975(n - 1) * statistics.stdev(values) / math.sqrt(n)
    return mean, mean - half, mean + half
