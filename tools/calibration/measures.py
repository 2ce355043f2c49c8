"""Calibration of a GI's measures on its published stocks and flows (JBw Jaarverslag 2020,
Tabel 1 and Bijlage 1), used by tools/calibrate-haaglanden (and, before ketensim calibrate, by the Zuid-West generator).

The measures of one region (or one GI in one region) are described by leaving parameters
per year: a mean stay for the products with exponential stays (preventief, voogdij, JR,
samenloop, overige), and for OTS the share of new OTS that are short (a voorlopige OTS
not followed by an OTS), the share extended at the first anniversary, and at every later
anniversary the shares extended again and turned into voogdij.

First guess: with arrivals spread evenly over a year of T days, the expected outflow of
an exponential product with stock S0 at the start, inflow I and mean stay M is
S0 (1 - e^(-T/M)) + I (1 - (M/T)(1 - e^(-T/M))); OTS < 1 jaar lasts until its first
anniversary unless it is a short one, so its outflow is last year's stock plus the short
ones ending within the year; OTS > 1 jaar leaves at anniversaries.
Correction: the scenario is simulated and each parameter is moved so that the formula,
plus what it leaves out as simulated (children turning 18, waits for a jeugdbeschermer),
gives the published flow.
"""
import math

import yaml

PRODUCTS = ["preventief", "ots_lt1", "ots_gt1", "voogdij", "jr", "samenloop", "overige"]
EXPONENTIAL = ["preventief", "voogdij", "jr", "samenloop", "overige"]  # a mean stay each
FROM_OUTSIDE = ["preventief", "ots_lt1", "jr", "samenloop", "overige"]  # an arrival stream
AGE_OUTS = ["preventief", "voogdij"]  # exponential stays that also end at 18
YEARS = (2019, 2020)
DAYS = {2019: 365, 2020: 366, 2021: 365}
SHORT_OTS_DAYS = 60          # assumption: a voorlopige OTS lasts at most 3 months [BG]
FAMILY = "{empirical: {1: 0.7, 2: 0.2, 3: 0.1}}"  # mean 1.4 (JBw Jaarverslag 2020, §4.1)
CHILDREN_PER_FAMILY = {"preventief": 1.4, "ots_lt1": 1.4, "jr": 1.0, "samenloop": 1.0, "overige": 1.0}


def load_figures(path):
    with open(path) as f:
        data = yaml.safe_load(f)
    return {(i["kpi"], i["subject"], str(i["period"])): i["value"] for i in data["items"]}


def cell(figures, subject):
    """Stocks S, inflows I and outflows O of a measure subject, with the derived S2018."""
    c = {f"{k}{y}": figures[(kpi, subject, str(y))]
         for y in YEARS
         for k, kpi in (("S", "measure_stock_end"), ("I", "measure_inflow"), ("O", "measure_outflow"))}
    c["S2018"] = c["S2019"] - c["I2019"] + c["O2019"]
    return c


def expected_outflow(s0, inflow, mean_days, days):
    x = days / mean_days
    return s0 * (1 - math.exp(-x)) + inflow * (1 - (1 - math.exp(-x)) / x)


def mean_stay(s0, inflow, outflow, days):
    """The mean stay (days) whose expected outflow is `outflow`, by bisection."""
    lo, hi = 1.0, 1e6
    for _ in range(200):
        mid = math.sqrt(lo * hi)
        if expected_outflow(s0, inflow, mid, days) > outflow:
            lo = mid
        else:
            hi = mid
    return math.sqrt(lo * hi)


def short_within_year(days):
    """Share of the short OTS arriving in a year that also end in it."""
    m = SHORT_OTS_DAYS
    return 1 - (m / days) * (1 - math.exp(-days / m))


def clip(x, lo=0.0, hi=1.0):
    return min(hi, max(lo, x))


class MeasureParameters:
    """The leaving parameters of one set of measures and their calibration.

    `subject(product)` names the KPI subject of a product ("ots_lt1/region=haaglanden"),
    `review_stage` the stage of the OTS > 1 jaar anniversaries."""

    def __init__(self, figures, subject, review_stage):
        self.subject, self.review_stage = subject, review_stage
        self.c = {prod: cell(figures, subject(prod)) for prod in PRODUCTS}
        self.preventief_ends = self.c["preventief"]["S2020"] == 0
        self.mean = {prod: {} for prod in EXPONENTIAL}
        for prod in EXPONENTIAL:
            c, s0 = self.c[prod], self.c[prod]["S2018"]
            for y in YEARS:
                self.mean[prod][y] = mean_stay(s0, c[f"I{y}"], min(c[f"O{y}"], 0.999 * (s0 + c[f"I{y}"])), DAYS[y])
                s0 = c[f"S{y}"]
        lt1, gt1, v = self.c["ots_lt1"], self.c["ots_gt1"], self.c["voogdij"]
        self.short, self.extend, self.cont, self.to_voogdij = {}, {}, {}, {}
        for y in YEARS:
            prev = lt1[f"S{y - 1}"]
            self.short[y] = clip((lt1[f"O{y}"] - prev) / (lt1[f"I{y}"] * short_within_year(DAYS[y])))
            self.extend[y] = clip(gt1[f"I{y}"] / (prev - self.short_stock(y - 1)))
            self.cont[y] = clip(1 - gt1[f"O{y}"] / gt1[f"S{y - 1}"])
            self.to_voogdij[y] = clip(v[f"I{y}"] / gt1[f"S{y - 1}"], 0, 1 - self.cont[y])

    def calibrated(self, prod, y):
        """Whether the product's stay in year y is calibrated (ZHZ's preventief ends in 2020)."""
        return not (prod == "preventief" and self.preventief_ends and y == 2020)

    def short_stock(self, year):
        """Short OTS still open on 31-12 of `year` (2018: as in 2019)."""
        y = max(year, 2019)
        return self.short[y] * self.c["ots_lt1"][f"I{y}"] * SHORT_OTS_DAYS / DAYS[y]

    def analytic_outflow(self, prod, y):
        c = self.c[prod]
        return expected_outflow(c[f"S{y - 1}"], c[f"I{y}"], self.mean[prod][y], DAYS[y])

    def targets(self):
        """The calibration's KPIs: every flow, and the OTS > 1 jaar reviews."""
        keys = [(kpi, self.subject(prod), y) for prod in PRODUCTS
                for kpi in ("measure_inflow", "measure_outflow") for y in YEARS]
        return keys + [("stage_inflow", self.review_stage, y) for y in YEARS]

    def errors(self, sim):
        out = []
        for prod in PRODUCTS:
            for kpi, k in (("measure_inflow", "I"), ("measure_outflow", "O")):
                for y in YEARS:
                    target, got = self.c[prod][f"{k}{y}"], sim[(kpi, self.subject(prod), str(y))]
                    out.append((abs(got - target) / max(target, 1), f"{kpi} {self.subject(prod)} {y}: {got:.2f} for {target}"))
        return out

    def update(self, sim, ratios):
        """Each parameter moved so that formula + what it leaves out gives the target."""
        for prod in EXPONENTIAL:
            c, s0 = self.c[prod], self.c[prod]["S2018"]
            for y in YEARS:
                if self.calibrated(prod, y):
                    # Children turning 18 as simulated here; waits as a ratio pooled over
                    # all regions, so that small regions do not follow their sampling noise.
                    if prod in AGE_OUTS:
                        got = sim[("measure_outflow", self.subject(prod), str(y))]
                        wanted = c[f"O{y}"] - (got - self.analytic_outflow(prod, y))
                    else:
                        wanted = c[f"O{y}"] / (1 + ratios[(prod, y)])
                    wanted = min(wanted, 0.999 * (s0 + c[f"I{y}"]))
                    self.mean[prod][y] = mean_stay(s0, c[f"I{y}"], max(wanted, 0.01), DAYS[y])
                s0 = c[f"S{y}"]
        lt1, gt1, v = self.c["ots_lt1"], self.c["ots_gt1"], self.c["voogdij"]
        for y in YEARS:
            out = sim[("measure_outflow", self.subject("ots_lt1"), str(y))]
            self.short[y] = clip(self.short[y] + (lt1[f"O{y}"] - out) / (lt1[f"I{y}"] * short_within_year(DAYS[y])))
            got = sim[("measure_inflow", self.subject("ots_gt1"), str(y))]
            if got > 0:
                self.extend[y] = clip(self.extend[y] * gt1[f"I{y}"] / got)
            reviews = max(1.0, sim[("stage_inflow", self.review_stage, str(y))])
            out = sim[("measure_outflow", self.subject("ots_gt1"), str(y))]
            self.cont[y] = clip(self.cont[y] - (gt1[f"O{y}"] - out) / reviews)
            got = sim[("measure_inflow", self.subject("voogdij"), str(y))]
            if got > 0:
                self.to_voogdij[y] = clip(self.to_voogdij[y] * v[f"I{y}"] / got, 0, 1 - self.cont[y])


def pooled_ratios(sets, sim):
    """Per product and year: (simulated - formula) / formula outflow, over all sets."""
    ratios = {}
    for prod in EXPONENTIAL:
        for y in YEARS:
            used = [m for m in sets if m.calibrated(prod, y)]
            formula = sum(m.analytic_outflow(prod, y) for m in used)
            got = sum(sim[("measure_outflow", m.subject(prod), str(y))] for m in used)
            ratios[(prod, y)] = got / formula - 1
    return ratios


def p(x):
    return f"{x:.6f}".rstrip("0").rstrip(".") if x not in (0, 1) else str(int(x))


def rounded_shares(values):
    """The shares rounded to 6 decimals, the last one 1 minus the others: they sum to 1."""
    r = [round(x, 6) for x in values[:-1]]
    return r + [round(1 - sum(r), 6)]


def branches(pairs):
    """`next` with probabilities that sum to 1 exactly."""
    shares = rounded_shares([x for _, x in pairs])
    return "[" + ", ".join(f"{{to: {to}, p: {p(x)}}}" for (to, _), x in zip(pairs, shares)) + "]"


def set_branches(stage, pairs):
    """Policy lines setting a stage's branch probabilities."""
    shares = rounded_shares([x for _, x in pairs])
    return [f"      \"stages.{stage}.next[{i}].p\": {p(x)}" for i, x in enumerate(shares)]


def days(x):
    return f"{x:.1f}"
