"""Build `countries.json`, the map's country outlines, from the npm package world-atlas.

    python -m claimledger.resources.basemap.build [--check] [--tarball PATH]

Source: world-atlas 2.0.2 (ISC licence, LICENSE beside this file), Natural Earth's 1:110m
Admin 0 country boundaries (public domain) as TopoJSON (`countries-110m.json`). Without
`--tarball` the package is fetched with `npm pack world-atlas@2.0.2` into a temporary folder;
either way its sha512 must be the one pinned here, so the same bytes always go in.

TopoJSON keeps each shared border once, as an "arc" of quantized, delta-encoded points; a
country's rings list the arcs they are made of (a negative index ~i means arc i reversed). The
build decodes the arcs into degrees, stitches every ring, rounds to hundredths of a degree and
drops the points that rounding made repeat; rings that cross the antimeridian are unwrapped
(see `unwrap`). Equirectangular projection needs nothing more: the
map (web/geomap.py) scales longitude by the cosine of the view's middle latitude per request.

Output, compact JSON: {"source": ..., "scale": 100, "countries": [{"name", "iso2", "numeric",
"bbox": [west, south, east, north], "rings": [[lon0, lat0, dlon1, dlat1, ...], ...]}]} where a
ring's first point is absolute and each later one a difference from the one before, all in
hundredths of a degree. `--check` builds in memory and fails when the shipped file differs.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import itertools
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
OUT_FILE = "countries.json"
PACKAGE = "world-atlas"
VERSION = "2.0.2"
INTEGRITY = "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
MEMBER = "package/countries-110m.json"
SCALE = 100  # hundredths of a degree: about 1 km, finer than the 1:110m outlines themselves


class BuildError(Exception):
    pass


def fetch_tarball(offline: bool = False) -> bytes:
    """The package's tarball from the npm registry (or npm's cache when `offline`)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"]
        if offline:
            cmd.append("--offline")
        try:
            proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.SubprocessError) as e:
            raise BuildError(f"npm pack failed: {e}") from None
        found = list(Path(tmp).glob("*.tgz"))
        if proc.returncode != 0 or len(found) != 1:
            raise BuildError(f"npm pack failed: {proc.stderr.strip()[-500:]}")
        return found[0].read_bytes()


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def read_topology(tarball: bytes) -> dict:
    if integrity(tarball) != INTEGRITY:
        raise BuildError(f"the tarball is not {PACKAGE}@{VERSION} (its sha512 differs)")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        member = tar.extractfile(MEMBER)
        if member is None:
            raise BuildError(f"{MEMBER} missing from the tarball")
        return json.loads(member.read())


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Every arc as points in degrees: undo the delta encoding, then the quantization."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def stitch(ring_arcs: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """One closed ring from its arc indices; each arc begins where the one before ended."""
    points: list[tuple[float, float]] = []
    for i in ring_arcs:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian made continuous: Natural Earth's 1:110m Russia and
    Fiji step from 179.x to -180 and back; here they run on past 180 instead, and the map
    draws such a country a second time 360 degrees west. A ring around a pole (Antarctica)
    cannot close that way and is kept as it is: its step along -180..180 is its edge."""
    out = [points[0]]
    offset = 0.0
    for lon, lat in points[1:]:
        step = lon + offset - out[-1][0]
        if step > 180:
            offset -= 360
        elif step < -180:
            offset += 360
        out.append((lon + offset, lat))
    if abs(out[-1][0] - out[0][0]) > 180:
        return points
    return out


def _rounded(points: list[tuple[float, float]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lon, lat in points:
        p = (round(lon * SCALE), round(lat * SCALE))
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()  # closed by the path, not by a repeated point
    return out


def _delta(points: list[tuple[int, int]]) -> list[int]:
    flat = [points[0][0], points[0][1]]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        flat += [x1 - x0, y1 - y0]
    return flat


def _iso2(numeric: str | None) -> str | None:
    import pycountry

    if not numeric:
        return None
    found = pycountry.countries.get(numeric=numeric)
    return found.alpha_2 if found is not None else None


def build(tarball: bytes) -> bytes:
    topology = read_topology(tarball)
    arcs = decode_arcs(topology)
    countries = []
    for geom in topology["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polygons = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["arcs"]
        else:
            continue
        rings = []
        for polygon in polygons:
            for ring in polygon:
                points = _rounded(unwrap(stitch(ring, arcs)))
                if len(points) >= 3:  # rings that rounding shrank to a dot or a line are gone
                    rings.append(points)
        if not rings:
            continue
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        numeric = geom.get("id")
        countries.append(
            {
                "name": geom.get("properties", {}).get("name") or "",
                "iso2": _iso2(numeric),
                "numeric": numeric,
                "bbox": [min(xs), min(ys), max(xs), max(ys)],
                "rings": [_delta(r) for r in rings],
            }
        )
    countries.sort(key=lambda c: (c["name"], c["numeric"] or ""))
    doc = {
        "source": f"{PACKAGE}@{VERSION} {MEMBER.split('/')[-1]} (Natural Earth 1:110m Admin 0, public domain)",
        "integrity": INTEGRITY,
        "scale": SCALE,
        "countries": countries,
    }
    return (json.dumps(doc, separators=(",", ":"), ensure_ascii=False) + "\n").encode("utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--check", action="store_true", help="fail when the shipped file is not what the build gives"
    )
    ap.add_argument("--tarball", type=Path, help=f"a local {PACKAGE}-{VERSION}.tgz instead of npm pack")
    ap.add_argument("--offline", action="store_true", help="npm pack from npm's cache only")
    ap.add_argument("--out", type=Path, default=HERE, help="directory to write to (default: the package)")
    args = ap.parse_args(argv)
    try:
        tarball = args.tarball.read_bytes() if args.tarball else fetch_tarball(offline=args.offline)
        data = build(tarball)
    except (BuildError, OSError) as e:
        print(f"basemap build failed: {e}", file=sys.stderr)
        return 2
    target = args.out / OUT_FILE
    if args.check:
        ok = target.exists() and target.read_bytes() == data
        print("basemap is up to date" if ok else "basemap differs from a fresh build", file=sys.stderr)
        return 0 if ok else 1
    target.write_bytes(data)
    print(f"wrote {target} ({len(data):,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
