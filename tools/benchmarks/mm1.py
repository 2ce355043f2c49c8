#!/usr/bin/python3
"""The SimPy side of the M/M/1 workload (sim/engine/mm1_model.h, DESIGN.md's engine target):
one server with FIFO waiting, arrival rate 0.9 and service rate 1 (rho 0.9), in Debian's
SimPy (python3-simpy, SimPy 2.3), written as its documentation advises for speed (the
object-oriented API, no tracing, no Monitors, no I/O while it runs).

Each customer waits for exponential interarrival time after the one before, then requests
the server, holds it for an exponential service time and releases it: arrival, start of
service, end of service, departure, the four events ketensim's model dispatches per customer.

    /usr/bin/python3 -O tools/benchmarks/mm1.py [--customers N] [--seed S]

Prints the customers served, their mean wait in queue (about 9 at rho 0.9) and the seconds
the simulation took in this process (the interpreter's start and imports not included).
"""
import argparse
import random
import sys
import time

from SimPy.Simulation import Process, Resource, Simulation, hold, release, request

LAMBDA = 0.9
MU = 1.0


class Queue:
    """One run: the simulation, its server and the waits observed."""

    def __init__(self, seed):
        self.sim = Simulation()
        self.rng = random.Random(seed)
        self.server = Resource(capacity=1, name="server", sim=self.sim)
        self.waited = 0.0
        self.served = 0

    def run(self, customers):
        source = Source(sim=self.sim)
        self.sim.activate(source, source.generate(self, customers))
        self.sim.simulate(until=float("inf"))
        return self.waited / self.served


class Source(Process):
    def generate(self, queue, customers):
        rng = queue.rng
        for _ in range(customers):
            yield hold, self, rng.expovariate(LAMBDA)
            customer = Customer(sim=self.sim)
            self.sim.activate(customer, customer.visit(queue))


class Customer(Process):
    def visit(self, queue):
        sim = self.sim
        arrived = sim.now()
        yield request, self, queue.server
        queue.waited += sim.now() - arrived
        queue.served += 1
        yield hold, self, queue.rng.expovariate(MU)
        yield release, self, queue.server


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    queue = Queue(args.seed)
    wait = queue.run(args.customers)
    seconds = time.perf_counter() - started
    print(f"customers {queue.served}")
    print(f"mean_wait {wait:.4f}")
    print(f"seconds {seconds:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
