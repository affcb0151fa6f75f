"""GeoNames' numbered first-level regions matched to their ISO 3166-2 codes, for the gazetteer build.

GeoNames numbers the regions of most countries ("AU.07" is Victoria, "CA.10" Quebec) while the
article's own region names read as ISO codes ("AU-VIC"); until they meet, "western Victoria"
could not vote for the Hamilton in Victoria. No installed package maps the two, so the build
matches them by place: each numbered region to the ISO region whose point lies nearest its towns
on average, one to one over the whole country (the nearest point alone sends Brisbane's towns to
New South Wales and Quebec's to New Brunswick, whose points are closer to their biggest towns).
"""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Callable

SAMPLE = 200   # towns of a numbered region whose mean distance stands for all of them
# The least share of a country's ISO first-level regions its numbers must cover to be the same
# division: France's 13 numbered regions of its 26 (overseas ones too) are, the West Bank's and
# Gaza's 2 of Palestine's 16 governorates are not.
MIN_SHARE = 0.45


def numbered_to_iso(cities: dict, first_level: dict[str, dict[str, tuple[float, float]]], skip: frozenset[str],
                    km: Callable[[float, float, float, float], float]) -> dict[tuple[str, str], str]:
    """(country, GeoNames region number) -> ISO 3166-2 code, for the countries not in `skip`
    whose towns fall in no more numbered regions than the country has ISO first-level regions,
    and not far fewer (MIN_SHARE). `first_level`: country -> ISO code -> (lat, lon); `km`: the
    distance of two points."""
    towns: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for c in cities.values():
        if c["countrycode"] not in skip and c["admin1code"]:
            towns[c["countrycode"]][c["admin1code"]].append((c["latitude"], c["longitude"]))
    found: dict[tuple[str, str], str] = {}
    for cc, by_number in towns.items():
        regions = sorted(first_level.get(cc, {}).items())
        numbers = sorted(by_number)
        if not regions or not MIN_SHARE * len(regions) <= len(numbers) <= len(regions):
            continue   # two numbers for Serbia's twenty ISO regions are another division
        sample = {n: by_number[n][::max(1, len(by_number[n]) // SAMPLE)] for n in numbers}   # a build-time bound
        cost = [[sum(km(lat, lon, *point) for lat, lon in sample[n]) / len(sample[n]) for _, point in regions]
                for n in numbers]
        for n, column in zip(numbers, _min_cost_assignment(cost)):
            found[(cc, n)] = regions[column][0]
    return found


def _min_cost_assignment(cost: list[list[float]]) -> list[int]:
    """The column of each row that makes the total cost least, no column twice (rows <= columns):
    the Hungarian method with potentials, O(rows² × columns)."""
    rows, cols = len(cost), len(cost[0])
    u, v = [0.0] * (rows + 1), [0.0] * (cols + 1)
    owner, way = [0] * (cols + 1), [0] * (cols + 1)   # owner[j]: the row holding column j (1-based)
    for i in range(1, rows + 1):
        owner[0], j0 = i, 0
        least, used = [math.inf] * (cols + 1), [False] * (cols + 1)
        while owner[j0]:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            for j in range(1, cols + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    column = [0] * rows
    for j in range(1, cols + 1):
        if owner[j]:
            column[owner[j] - 1] = j - 1
    return column
