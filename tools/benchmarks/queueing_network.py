#!/usr/bin/python3
"""The SimPy side of the comparison (tools/benchmarks/simpy-compare): the queueing network of
queueing-network.yaml, number for number, in Debian's SimPy (python3-simpy, SimPy 2.3).

Families arrive as a Poisson process of 1,000 a year, spread over each calendar year's own
days as ketensim does; an intake of Exp(mean 14 days) without a resource; three in four go
on to begeleiding, which waits (FIFO) for one of 250 cases and holds it for Exp(mean 90
days); then two in five wait (FIFO) for one of 52 care places for Exp(mean 60 days), still
holding their case; everyone else leaves. Ten years from 2020-01-01, starting empty.

Written as SimPy's documentation advises for speed: the object-oriented API (one
Simulation per replication), no tracing, no Monitors (plain sums), no I/O while a
replication runs. Prints one line per replication when asked (--values), and always
the time the replications took in this process.
"""
import argparse
import datetime
import multiprocessing
import random
import sys
import time

from SimPy.Simulation import Process, Resource, Simulation, hold, release, request

START = datetime.date(2020, 1, 1)
YEARS = 10
FAMILIES_PER_YEAR = 1000.0
INTAKE_MEAN_DAYS = 14.0
BEGELEIDING_MEAN_DAYS = 90.0
CARE_MEAN_DAYS = 60.0
P_BEGELEIDING = 0.75
P_CARE = 0.4
CASES = 250     # 12.5 fte x caseload norm 20
PLACES = 52


def days_since_start(year):
    return float((datetime.date(year, 1, 1) - START).days)


# 1 January of every year of the run and the one after it, in days from the start.
YEAR_STARTS = [days_since_start(START.year + k) for k in range(YEARS + 1)]
HORIZON = YEAR_STARTS[-1]


def next_arrival(now, rng):
    """The next arrival after `now` (> HORIZON when none): the cumulative rate, constant
    within a calendar year at FAMILIES_PER_YEAR / days of that year, inverted with one unit
    exponential, as ketensim's ArrivalProcess does."""
    remaining = rng.expovariate(1.0)
    t = now
    for k in range(len(YEAR_STARTS) - 1):
        begin, end = YEAR_STARTS[k], YEAR_STARTS[k + 1]
        if t >= end:
            continue
        rate = FAMILIES_PER_YEAR / (end - begin)
        if rate * (end - t) >= remaining:
            return t + remaining / rate
        remaining -= rate * (end - t)
        t = end
    return HORIZON + 1.0


class Network:
    """One replication: the simulation, its two resources and the waits observed."""

    def __init__(self, seed):
        self.sim = Simulation()
        self.rng = random.Random(seed)
        self.caseload = Resource(capacity=CASES, name="caseload", sim=self.sim)
        self.care = Resource(capacity=PLACES, name="care_places", sim=self.sim)
        self.waited = {"caseload": [0.0, 0], "care_places": [0.0, 0]}   # sum, count

    def run(self):
        referrals = Referrals(sim=self.sim)
        self.sim.activate(referrals, referrals.arrive(self))
        self.sim.simulate(until=HORIZON)
        return [total / count for total, count in self.waited.values()]


class Referrals(Process):
    def arrive(self, net):
        while True:
            at = next_arrival(self.sim.now(), net.rng)
            if at > HORIZON:
                return
            yield hold, self, at - self.sim.now()
            family = Family(sim=self.sim)
            self.sim.activate(family, family.life(net))


class Family(Process):
    def life(self, net):
        sim, rng = self.sim, net.rng
        yield hold, self, rng.expovariate(1.0 / INTAKE_MEAN_DAYS)
        if rng.random() > P_BEGELEIDING:
            return
        asked = sim.now()
        yield request, self, net.caseload
        net.waited["caseload"][0] += sim.now() - asked
        net.waited["caseload"][1] += 1
        yield hold, self, rng.expovariate(1.0 / BEGELEIDING_MEAN_DAYS)
        if rng.random() <= P_CARE:
            asked = sim.now()
            yield request, self, net.care
            net.waited["care_places"][0] += sim.now() - asked
            net.waited["care_places"][1] += 1
            yield hold, self, rng.expovariate(1.0 / CARE_MEAN_DAYS)
            yield release, self, net.care
        yield release, self, net.caseload


def replicate(replication):
    return Network(seed=replication).run()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replications", type=int, default=100)
    parser.add_argument("--processes", type=int, default=1,
                        help="replications in parallel over this many processes (default 1)")
    parser.add_argument("--values", action="store_true",
                        help="print each replication's mean waits (caseload, care places)")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.processes > 1:
        with multiprocessing.Pool(args.processes) as pool:
            waits = pool.map(replicate, range(args.replications), chunksize=1)
    else:
        waits = [replicate(r) for r in range(args.replications)]
    seconds = time.perf_counter() - started
    if args.values:
        for caseload, care in waits:
            print(f"{caseload!r} {care!r}")
    print(f"seconds {seconds:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
