"""The map as server-rendered SVG: country outlines and the places named in reports.

No JavaScript (the site's CSP forbids every script): the SVG is inlined in the page, so its
`<title>` tooltips show on hover and its `<a>` markers take keyboard focus and lead to the
place pages. The view is fitted to the places (with a margin; the whole world when there are
none), in an equirectangular projection whose longitudes are scaled by the cosine of the view's
middle latitude, so that a country far from the equator keeps its shape.

Dense places are merged by clustering in screen space (grid-indexed, see `cluster`): places
within CELL pixels of a cluster's first place become one numbered marker, whose tooltip lists
its places with the most reports first and whose link zooms the map to them.

Place names and mentions come from report text, which is hostile: everything textual here goes
through markupsafe's escape, in element text and in attributes alike. Colour is never the only
signal: a marker's size grows with its reports, a cluster is a numbered ring, the largest
places are labelled by name, and the table under the map says all of it in words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from claimledger.resources.basemap import countries

WIDTH = 960
HEIGHT = 500
CELL = 34  # pixels: markers closer than about this merge into a cluster
WORLD = (-180.0, -58.0, 180.0, 84.0)  # west, south, east, north: the world without Antarctica
MIN_SPAN = 5.0  # degrees: the smallest view, around a single place
MIN_ZOOM_SPAN = 0.2  # degrees: the smallest view a zoom link asks for (a town's suburbs)
MARGIN = 0.12  # of the places' extent, on every side
MAX_LABELS = 12
MAX_TOOLTIP_PLACES = 8
MAX_LABEL_CHARS = 40
MAX_TOOLTIP_CHARS = 120

BBox = tuple[float, float, float, float]


@dataclass
class View:
    """Degrees to pixels: x = (lon - west) * k * scale + ox, y = (north - lat) * scale + oy."""

    west: float
    south: float
    east: float
    north: float
    width: int
    height: int
    k: float = field(init=False)
    scale: float = field(init=False)
    ox: float = field(init=False)
    oy: float = field(init=False)

    def __post_init__(self) -> None:
        middle = max(-60.0, min(60.0, (self.south + self.north) / 2))
        self.k = math.cos(math.radians(middle))
        w = (self.east - self.west) * self.k
        h = self.north - self.south
        self.scale = min(self.width / w, self.height / h)
        # A box wider than the canvas (the world) makes the canvas lower, not the sea wider.
        self.height = min(self.height, math.ceil(h * self.scale))
        self.ox = (self.width - w * self.scale) / 2
        self.oy = (self.height - h * self.scale) / 2

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.west) * self.k * self.scale + self.ox, (self.north - lat) * self.scale + self.oy

    def visible(self) -> BBox:
        """The whole area the canvas shows, beyond the fitted box when aspects differ."""
        west = self.west - self.ox / (self.k * self.scale)
        east = self.west + (self.width - self.ox) / (self.k * self.scale)
        north = self.north + self.oy / self.scale
        south = self.north - (self.height - self.oy) / self.scale
        return west, south, east, north


def _clamp_range(lo: float, hi: float, floor: float, ceiling: float) -> tuple[float, float]:
    """Shift [lo, hi] inside [floor, ceiling], cutting it only when it is wider."""
    if hi - lo >= ceiling - floor:
        return floor, ceiling
    if lo < floor:
        return floor, hi + (floor - lo)
    if hi > ceiling:
        return lo - (hi - ceiling), ceiling
    return lo, hi


def fit(
    points: Sequence[tuple[float, float]],
    width: int = WIDTH,
    height: int = HEIGHT,
    min_span: float = MIN_SPAN,
) -> View:
    """The view of the (lon, lat) points with a margin, widened to the canvas' shape; the
    world when there are none."""
    if not points:
        return View(*WORLD, width, height)
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad_x = max((east - west) * MARGIN, (min_span - (east - west)) / 2, 0)
    pad_y = max((north - south) * MARGIN, (min_span - (north - south)) / 2, 0)
    west, east = _clamp_range(west - pad_x, east + pad_x, -180, 180)
    south, north = _clamp_range(south - pad_y, north + pad_y, -85, 85)
    # Widen the short side so the canvas is filled (then the basemap has no empty bands).
    k = math.cos(math.radians(max(-60.0, min(60.0, (south + north) / 2))))
    w, h = (east - west) * k, north - south
    if w / h < width / height:
        extra = (h * width / height / k - (east - west)) / 2
        west, east = _clamp_range(west - extra, east + extra, -180, 180)
    else:
        extra = (w * height / width - h) / 2
        south, north = _clamp_range(south - extra, north + extra, -85, 85)
    return View(west, south, east, north, width, height)


def view_of(bbox: BBox, width: int = WIDTH, height: int = HEIGHT) -> View:
    """The view of a box the user asked for (a cluster's zoom link)."""
    west, south, east, north = bbox
    return fit([(west, south), (east, north)], width, height, min_span=MIN_ZOOM_SPAN)


# -- the basemap ----------------------------------------------------------------------------


def _ring_path(ring, view: View, shift: float = 0.0) -> str:
    out: list[str] = []
    last = None
    for lon, lat in ring:
        x, y = view.xy(lon + shift, lat)
        # A point within a pixel of the last one drawn adds nothing that shows.
        if last is not None and abs(x - last[0]) < 1 and abs(y - last[1]) < 1:
            continue
        last = (x, y)
        out.append(f"{x:.0f} {y:.0f}")
    if len(out) < 3:
        return ""
    return "M" + "L".join(out) + "Z"


def basemap(view: View) -> str:
    """The outlines of the countries the view shows, one `<path>` each."""
    west, south, east, north = view.visible()
    paths = []
    for c in countries():
        cw, cs, ce, cn = c.bbox
        # A country that runs on past the antimeridian (Russia, Fiji) shows on both sides.
        shifts = [0.0] + ([-360.0] if ce > 180 else []) + ([360.0] if cw < -180 else [])
        shifts = [s for s in shifts if not (ce + s < west or cw + s > east or cn < south or cs > north)]
        d = "".join(_ring_path(r, view, s) for s in shifts for r in c.rings)
        if d:
            paths.append(f'<path class="country" d="{d}"><title>{escape(c.name)}</title></path>')
    return "".join(paths)


# -- markers --------------------------------------------------------------------------------


@dataclass
class Marker:
    x: float
    y: float
    places: list[dict]

    @property
    def reports(self) -> int:
        return sum(_n(p.get("reports")) for p in self.places)


def _n(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _located(place: dict) -> bool:
    lat, lon = place.get("lat"), place.get("lon")
    return (
        isinstance(lat, int | float)
        and isinstance(lon, int | float)
        and math.isfinite(lat)
        and math.isfinite(lon)
        and -90 <= lat <= 90
        and -180 <= lon <= 180
    )


def cluster(places: Sequence[dict], view: View, cell: int = CELL) -> list[Marker]:
    """Places merged in screen space: taking places with the most reports first, each joins
    the first cluster whose seed lies within `cell` pixels, found through a grid of cells of
    that size (so the work stays linear), or seeds a cluster of its own. A plain grid would
    split two touching markers across a cell border; this cannot. A cluster sits at the mean
    of its places' positions, weighted by their reports. Places outside the view are left out."""
    located = []
    for p in places:
        if not _located(p):
            continue
        x, y = view.xy(p["lon"], p["lat"])
        if 0 <= x <= view.width and 0 <= y <= view.height:
            located.append((x, y, p))
    located.sort(key=lambda m: (-_n(m[2].get("reports")), -_n(m[2].get("mentions")), str(m[2].get("name"))))
    seeds: list[tuple[float, float, list]] = []
    grid: dict[tuple[int, int], list[int]] = {}
    for x, y, p in located:
        gx, gy = int(x // cell), int(y // cell)
        home = None
        for i in sorted(
            i for dx in (-1, 0, 1) for dy in (-1, 0, 1) for i in grid.get((gx + dx, gy + dy), ())
        ):
            sx, sy, _ = seeds[i]
            if (sx - x) ** 2 + (sy - y) ** 2 <= cell * cell:
                home = i
                break
        if home is None:
            grid.setdefault((gx, gy), []).append(len(seeds))
            seeds.append((x, y, [(x, y, p)]))
        else:
            seeds[home][2].append((x, y, p))
    markers = []
    for _, _, members in seeds:
        weights = [max(1, _n(p.get("reports"))) for _, _, p in members]
        total = sum(weights)
        mx = sum(w * m[0] for w, m in zip(weights, members, strict=True)) / total
        my = sum(w * m[1] for w, m in zip(weights, members, strict=True)) / total
        markers.append(Marker(mx, my, [m[2] for m in members]))
    # Big markers first, so that small ones are drawn over them and stay reachable.
    markers.sort(key=lambda m: (-len(m.places), -m.reports, m.x, m.y))
    return markers


def _short(text, limit: int) -> str:
    s = " ".join(str(text or "").split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def describe(place: dict) -> str:
    """A place in words, for its tooltip and its accessible name (plain text; escape it)."""
    name = _short(place.get("name") or "unnamed place", MAX_TOOLTIP_CHARS)
    country = _short(place.get("country"), 8)
    reports, statements = _n(place.get("reports")), _n(place.get("statements"))
    parts = [f"{name} ({country})" if country else name, f"GeoNames {_n(place.get('geonames_id'))}"]
    parts.append(f"{reports} report{'s' if reports != 1 else ''}")
    parts.append(f"{statements} statement{'s' if statements != 1 else ''}")
    return ", ".join(parts)


def _radius(reports: int, cluster_size: int) -> float:
    if cluster_size > 1:
        return 11 + min(11.0, 2.5 * math.sqrt(cluster_size))
    return 5 + min(9.0, 2.0 * math.sqrt(max(reports, 1) - 1))


def _bbox_of(places: Sequence[dict]) -> BBox:
    lons = [p["lon"] for p in places]
    lats = [p["lat"] for p in places]
    return min(lons), min(lats), max(lons), max(lats)


def markers_svg(
    markers: Sequence[Marker],
    place_href: Callable[[dict], str],
    zoom_href: Callable[[BBox], str] | None = None,
    max_labels: int = MAX_LABELS,
) -> str:
    out = []
    singles = sorted(
        (m for m in markers if len(m.places) == 1),
        key=lambda m: (-m.reports, -_n(m.places[0].get("mentions"))),
    )
    labelled = {id(m) for m in singles[:max_labels]}
    for m in markers:
        n = len(m.places)
        r = _radius(m.reports, n)
        cx, cy = f"{m.x:.1f}", f"{m.y:.1f}"
        if n == 1:
            place = m.places[0]
            text = describe(place)
            href = place_href(place)
            body = f'<circle class="place" cx="{cx}" cy="{cy}" r="{r:.1f}"/>'
            if id(m) in labelled:
                body += (
                    f'<text class="label" x="{m.x + r + 3:.1f}" y="{m.y + 4:.1f}">'
                    f"{escape(_short(place.get('name'), MAX_LABEL_CHARS))}</text>"
                )
            out.append(
                f'<a class="marker" href="{escape(href)}" aria-label="{escape(text)}">'
                f"<title>{escape(text)}</title>{body}</a>"
            )
            continue
        shown = m.places[:MAX_TOOLTIP_PLACES]
        lines = [f"{n} places, {m.reports} report mentions:"] + [f"• {describe(p)}" for p in shown]
        if n > len(shown):
            lines.append(f"… and {n - len(shown)} more")
        tooltip = "\n".join(lines)
        label = f"Cluster of {n} places: " + "; ".join(describe(p) for p in shown)
        if n > len(shown):
            label += f"; and {n - len(shown)} more"
        href = zoom_href(_bbox_of(m.places)) if zoom_href is not None else place_href(m.places[0])
        out.append(
            f'<a class="marker cluster" href="{escape(href)}" aria-label="{escape(label)}">'
            f"<title>{escape(tooltip)}</title>"
            f'<circle class="cluster-ring" cx="{cx}" cy="{cy}" r="{r:.1f}"/>'
            f'<circle class="cluster-core" cx="{cx}" cy="{cy}" r="{r - 4:.1f}"/>'
            f'<text class="count" x="{cx}" y="{m.y + 4:.1f}" text-anchor="middle">{n}</text></a>'
        )
    return "".join(out)


def render_map(
    places: Sequence[dict],
    place_href: Callable[[dict], str],
    *,
    zoom_href: Callable[[BBox], str] | None = None,
    bbox: BBox | None = None,
    title: str = "Map of the places named in the reports",
    width: int = WIDTH,
    height: int = HEIGHT,
    cell: int = CELL,
) -> tuple[Markup, dict]:
    """The map's SVG markup, and what it shows: {view: [west, south, east, north], markers,
    clusters, places} (the places drawn; those outside `bbox` are not)."""
    located = [p for p in places if _located(p)]
    view = (
        view_of(bbox, width, height)
        if bbox is not None
        else fit([(p["lon"], p["lat"]) for p in located], width, height)
    )
    markers = cluster(located, view, cell)
    desc = (
        f"{sum(len(m.places) for m in markers)} places as {len(markers)} markers; "
        "a bigger circle means more reports; a numbered ring is a cluster of that many places "
        "and zooms in; every marker links to its place."
    )
    svg = (
        f'<svg class="geomap" viewBox="0 0 {view.width} {view.height}" width="{view.width}" height="{view.height}" '
        f'xmlns="http://www.w3.org/2000/svg" role="group" aria-labelledby="map-title map-desc">'
        f'<title id="map-title">{escape(title)}</title><desc id="map-desc">{escape(desc)}</desc>'
        f'<rect class="sea" x="0" y="0" width="{view.width}" height="{view.height}"/>'
        f'<g class="basemap" aria-hidden="true">{basemap(view)}</g>'
        f'<g class="markers">{markers_svg(markers, place_href, zoom_href)}</g>'
        "</svg>"
    )
    shown = {
        "view": [round(v, 4) for v in view.visible()],
        "markers": len(markers),
        "clusters": sum(1 for m in markers if len(m.places) > 1),
        "places": sum(len(m.places) for m in markers),
    }
    return Markup(svg), shown
