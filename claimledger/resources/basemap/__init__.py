"""Country outlines for the map: Natural Earth 1:110m from the npm package world-atlas 2.0.2
(see NOTICE and build.py), loaded once per process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    name: str
    iso2: str | None
    numeric: str | None
    bbox: tuple[float, float, float, float]  # west, south, east, north in degrees
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat) in degrees


def _ring(flat: list[int], scale: int) -> tuple[tuple[float, float], ...]:
    x = y = 0
    points = []
    for i in range(0, len(flat) - 1, 2):
        x += flat[i]
        y += flat[i + 1]
        points.append((x / scale, y / scale))
    return tuple(points)


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    doc = json.loads(resources.files(__package__).joinpath("countries.json").read_text(encoding="utf-8"))
    scale = doc["scale"]
    return tuple(
        Country(
            name=c["name"],
            iso2=c["iso2"],
            numeric=c["numeric"],
            bbox=(c["bbox"][0] / scale, c["bbox"][1] / scale, c["bbox"][2] / scale, c["bbox"][3] / scale),
            rings=tuple(_ring(r, scale) for r in c["rings"]),
        )
        for c in doc["countries"]
    )
