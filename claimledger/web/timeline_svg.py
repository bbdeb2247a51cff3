"""The estimate timeline as SVG written by hand: inline in the page, or as a file of its own.

The pages run no script at all (their policy is `script-src 'none'`), so everything the chart
does is SVG and CSS: each point is an SVG link (keyboard focusable) holding a `<title>` (the
browser's tooltip on hover), an aria-label (what a screen reader says) and a details box that
the stylesheet shows on hover and on keyboard focus. The box is drawn in a band above the plot,
where no later point can cover it (SVG paints in document order and has no z-index). The boxes
are hidden by a `display` presentation attribute, which any stylesheet rule overrides, so that
without the stylesheet the chart is still whole and quiet.

Inline, the page's own stylesheet (static/timeline.css) styles it; its policy forbids inline
styles, and the chart uses none: colours are presentation attributes. The standalone file
(`/timeline.svg`, served under a policy of its own that allows inline styles only) carries the
same stylesheet in a `<style>` element.

Every text in the chart (speakers, sources, outlets, counted names, the query) comes from
report text or the user, so every one is escaped, in text and in attributes alike, and cut to
a bounded length; characters XML forbids are dropped so that the standalone file stays
well-formed whatever a report holds.

Colours and shapes by status are the CLI chart's (claimledger/chart.py), so both charts read
the same; shape and colour both mark the status, so colour is never the only signal.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from markupsafe import Markup, escape

from claimledger.chart import STATUS_STYLE

WIDTH = 900
HEIGHT = 480
# The details band above the plot, the plot, and the legend under the date labels.
PANEL_TOP, PANEL_HEIGHT = 6, 80
PLOT_LEFT, PLOT_RIGHT = 84, WIDTH - 24
PLOT_TOP, PLOT_BOTTOM = 108, HEIGHT - 100
LEGEND_Y = HEIGHT - 46

MAX_DRAWN = 500  # points drawn; the table holds every point the page has
MAX_FIELD = 110  # characters of one text field in a details line
MAX_LABEL = 400  # characters of a whole aria-label or tooltip
MAX_OUTLETS = 3  # outlets named in a point's details
# Figures beyond this are no estimate of a count anyone makes, and would flatten every other
# point against the axis: they are listed in the table, not drawn.
MAX_VALUE = 1e15

STYLESHEET = Path(__file__).parent / "static" / "timeline.css"

# Unknown statuses (a record from elsewhere) get a plus sign in a dark grey.
OTHER_STYLE = ("#4a5561", "+")
STATUS_ORDER = list(STATUS_STYLE)
LOWER_BOUNDS = {"at least", "more than"}
UPPER_BOUNDS = {"up to"}

# XML 1.0 forbids these (and lone surrogates); HTML shows them as nothing useful either.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SLUG = re.compile(r"[^a-z]+")


def clean(value: object, limit: int = MAX_FIELD) -> str:
    """`value` as one line of at most `limit` characters, without characters XML forbids."""
    text = " ".join(_NOT_XML.sub("", "" if value is None else str(value)).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _e(value: object, limit: int = MAX_FIELD) -> str:
    return str(escape(clean(value, limit)))


def figure_text(p: dict) -> str:
    """A point's figure as the table writes it: "about 4,000", "3,000–5,000"."""
    if p.get("value") is not None:
        text = number(p["value"])
    else:
        text = f"{number(p.get('low'))}–{number(p.get('high'))}"
    return f"{p['bound']} {text}" if p.get("bound") else text


def number(v: object) -> str:
    if not isinstance(v, int | float) or isinstance(v, bool) or not math.isfinite(v):
        return "?"
    if float(v).is_integer() and abs(v) < MAX_VALUE:
        return f"{v:,.0f}"
    return f"{v:,.6g}"


def status_style(status: object) -> tuple[str, str, str]:
    """(colour, shape, CSS class) of a status; the class is a known status or `other`."""
    if isinstance(status, str) and status in STATUS_STYLE:
        colour, shape = STATUS_STYLE[status]
        return colour, shape, "status-" + _SLUG.sub("-", status)
    return (*OTHER_STYLE, "status-other")


def _day(value: object) -> date | None:
    """The first day an ISO date of any precision covers ("2025", "2025-03", "2025-03-06...")."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        if re.fullmatch(r"\d{4}", s):
            return date(int(s), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            return date(int(s[:4]), int(s[5:]), 1)
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _finite(v: object) -> float | None:
    if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) and abs(v) < MAX_VALUE:
        return float(v)
    return None


@dataclass
class _Mark:
    index: int  # the point's place in the list (and in the table under the chart)
    point: dict
    day: date
    low: float
    high: float
    x: float = 0.0


def _marks(points: Sequence[dict]) -> tuple[list[_Mark], int]:
    """The drawable points (a date and a finite figure), with how many could not be drawn."""
    marks: list[_Mark] = []
    for i, p in enumerate(points):
        day = _day(p.get("date"))
        if p.get("value") is not None:
            lo = hi = _finite(p.get("value"))
        else:
            lo, hi = _finite(p.get("low")), _finite(p.get("high"))
        if day is None or lo is None or hi is None or len(marks) >= MAX_DRAWN:
            continue
        marks.append(_Mark(i, p, day, min(lo, hi), max(lo, hi)))
    return marks, len(points) - len(marks)


# -- axes -------------------------------------------------------------------------------


def nice_ticks(lo: float, hi: float, most: int = 6) -> list[float]:
    """Round values from at or below `lo` to at or above `hi`, at most `most` + 1 of them."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / most
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    ticks = [first]
    while ticks[-1] < hi - step * 1e-9:
        ticks.append(first + len(ticks) * step)
    return ticks


def _tick_label(v: float, step: float) -> str:
    if step >= 1 or v == 0:
        return f"{v:,.0f}"
    decimals = min(6, max(0, -math.floor(math.log10(step))))
    return f"{v:,.{decimals}f}"


def date_ticks(first: date, last: date, most: int = 8) -> tuple[list[date], str]:
    """Dates for the axis between `first` and `last`, and how to write them (strftime)."""
    span = (last - first).days
    for days in (1, 2, 7, 14):
        if span / days <= most:
            return [first + timedelta(days=k) for k in range(0, span + 1, days)], "%Y-%m-%d"
    for months in (1, 2, 3, 6):
        if span / (30.4 * months) <= most:
            ticks = []
            y, m = first.year, first.month
            while date(y, m, 1) <= last:
                if date(y, m, 1) >= first and (m - 1) % months == 0:
                    ticks.append(date(y, m, 1))
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            return ticks, "%Y-%m"
    years = next(n for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10000) if span / (365.25 * n) <= most)
    start = first.year + (-first.year) % years
    if date(first.year, 1, 1) < first and start == first.year:
        start += years
    return [date(y, 1, 1) for y in range(start, last.year + 1, years)], "%Y"


# -- shapes -----------------------------------------------------------------------------


def marker(shape: str, x: float, y: float, colour: str, open_: bool, r: float = 6.5) -> str:
    """One marker: filled for a figure as stated, open (white inside) for a bound."""
    fill = "#ffffff" if open_ else colour
    stroke = colour if open_ else "#ffffff"
    width = 2 if open_ else 1
    paint = f'fill="{fill}" stroke="{stroke}" stroke-width="{width}"'
    if shape == "s":
        s = r * 0.9
        return f'<rect class="mark" x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}" {paint}/>'
    if shape in ("^", "v", "D"):
        if shape == "^":
            pts = [(x, y - r * 1.15), (x + r, y + r * 0.75), (x - r, y + r * 0.75)]
        elif shape == "v":
            pts = [(x, y + r * 1.15), (x + r, y - r * 0.75), (x - r, y - r * 0.75)]
        else:
            pts = [(x, y - r * 1.2), (x + r, y), (x, y + r * 1.2), (x - r, y)]
        return f'<polygon class="mark" points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in pts)}" {paint}/>'
    if shape in ("x", "+"):
        d = r * 0.85
        if shape == "x":
            path = f"M{x - d:.1f},{y - d:.1f}L{x + d:.1f},{y + d:.1f}M{x - d:.1f},{y + d:.1f}L{x + d:.1f},{y - d:.1f}"
        else:
            path = f"M{x - r:.1f},{y:.1f}L{x + r:.1f},{y:.1f}M{x:.1f},{y - r:.1f}L{x:.1f},{y + r:.1f}"
        # A cross has no inside to leave open: a bound is drawn thinner.
        return (
            f'<path class="mark" d="{path}" fill="none" stroke="{colour}" '
            f'stroke-width="{2 if open_ else 3.2}" stroke-linecap="round"/>'
        )
    return f'<circle class="mark" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {paint}/>'


def _bound_arrow(bound: str, x: float, y: float, colour: str) -> str:
    """A short arrow from an open marker the way the true figure lies ("at least": up)."""
    if bound in LOWER_BOUNDS:
        tip, base = y - 19, y - 9
    elif bound in UPPER_BOUNDS:
        tip, base = y + 19, y + 9
    else:
        return ""
    head = 4 if tip < base else -4
    return (
        f'<path class="arrow" d="M{x:.1f},{base:.1f}L{x:.1f},{tip:.1f}'
        f'M{x - 3.5:.1f},{tip + head:.1f}L{x:.1f},{tip:.1f}L{x + 3.5:.1f},{tip + head:.1f}" '
        f'fill="none" stroke="{colour}" stroke-width="1.6"/>'
    )


# -- the chart --------------------------------------------------------------------------


def details(p: dict, reports: Sequence[dict] = ()) -> list[str]:
    """A point's details, one line each (plain text, not yet escaped): figure and date, who
    said it, on whose authority, and the reports that carry it."""
    when = clean(p.get("date") or "no date") + ("" if p.get("dated", True) else " (report undated)")
    first = f"{figure_text(p)} {clean(p.get('counted'))} · {when} · {clean(p.get('status'))}"
    n = len(p.get("reports") or ())
    outlets = list(dict.fromkeys(clean(r.get("outlet"), 40) for r in reports if r.get("outlet")))
    named = ", ".join(outlets[:MAX_OUTLETS])
    more = n - min(len(outlets), MAX_OUTLETS)
    carried = f"{n} report{'s' if n != 1 else ''}"
    if named:
        carried += f": {named}" + (f" and {more} more" if more > 0 else "")
    return [
        first,
        f"Said by: {clean(p.get('speaker')) or 'unknown'}",
        f"On whose authority: {clean(p.get('cited_source')) or 'not given'}",
        f"Carried by {carried}",
    ]


def render(
    points: Sequence[dict],
    title: str,
    *,
    link: Callable[[dict], str],
    reports_of: Callable[[dict], Sequence[dict]] = lambda p: (),
    standalone: bool = False,
    base: str = "",
) -> Markup:
    """The chart of `points` (queries.timeline's) as SVG markup.

    link(point) is the (already safe, same-site) href of a point; reports_of(point) the first
    reports carrying it ({outlet}); standalone adds the XML prolog and the stylesheet.
    """
    marks, undrawn = _marks(points)
    out: list[str] = []
    if standalone:
        out.append('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="group" aria-labelledby="tl-title" '
        f'aria-describedby="tl-desc" font-family="system-ui, sans-serif" font-size="12">'
    )
    counted = {clean(p.get("counted")) for p in points}
    heading = f"Estimates: {clean(title, 200)}"
    out.append(f'<title id="tl-title">{escape(heading)}</title>')
    out.append(
        f'<desc id="tl-desc">{len(marks)} of {len(points)} points by date: figures as shapes, ranges '
        "as vertical bars, bounds (at least, up to) as open shapes; colour and shape by status. "
        "Each point links to its claim; the table under the chart holds the same points.</desc>"
    )
    if standalone:
        css = STYLESHEET.read_text(encoding="utf-8").replace("]]>", "")
        out.append(f"<style><![CDATA[\n{css}]]></style>")
    out.append(f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>')
    # The details band: a hint until a point is hovered or focused.
    out.append(
        f'<rect class="panel" x="8" y="{PANEL_TOP}" width="{WIDTH - 16}" height="{PANEL_HEIGHT}" rx="4" '
        'fill="#f6f7f9" stroke="#dde2e8"/>'
        f'<text class="hint" x="20" y="{PANEL_TOP + 22}" fill="#5b6673">{escape(heading)}</text>'
        f'<text class="hint" x="20" y="{PANEL_TOP + 42}" fill="#5b6673">Point at a mark, or move to it '
        "with the Tab key, to see its figure, speaker, source and reports here; follow it to its claim."
        "</text>"
    )
    if not marks:
        out.append(
            f'<text x="{WIDTH / 2:.0f}" y="{(PLOT_TOP + PLOT_BOTTOM) / 2:.0f}" text-anchor="middle" '
            'fill="#5b6673">No point with a date and a figure to draw.</text></svg>'
        )
        return Markup("".join(out))

    # The date axis, padded so that no point sits on the frame.
    d0 = min(m.day for m in marks)
    d1 = max(m.day for m in marks)
    pad = max(1, round((d1 - d0).days * 0.04))
    x0, x1 = d0 - timedelta(days=pad), d1 + timedelta(days=pad)
    span_days = (x1 - x0).days

    def xof(d: date) -> float:
        return PLOT_LEFT + (d - x0).days / span_days * (PLOT_RIGHT - PLOT_LEFT)

    lo = min(0.0, min(m.low for m in marks))
    hi = max(m.high for m in marks)
    yticks = nice_ticks(lo, hi * 1.08 if hi > 0 else hi + 1)
    ylo, yhi = yticks[0], yticks[-1]
    ystep = yticks[1] - yticks[0] if len(yticks) > 1 else 1.0

    def yof(v: float) -> float:
        return PLOT_BOTTOM - (v - ylo) / (yhi - ylo) * (PLOT_BOTTOM - PLOT_TOP)

    axes = ['<g class="axes" fill="#5b6673">']
    for v in yticks:
        y = yof(v)
        axes.append(
            f'<line x1="{PLOT_LEFT}" x2="{PLOT_RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e6e9ed"/>'
            f'<text x="{PLOT_LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{_tick_label(v, ystep)}</text>'
        )
    dticks, fmt = date_ticks(x0, x1)
    for d in dticks:
        x = xof(d)
        if not PLOT_LEFT - 1 <= x <= WIDTH - 40:
            continue  # its label would leave the picture
        axes.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{PLOT_BOTTOM}" y2="{PLOT_BOTTOM + 5}" stroke="#5b6673"/>'
            f'<text x="{x:.1f}" y="{PLOT_BOTTOM + 19}" text-anchor="middle">{d.strftime(fmt)}</text>'
        )
    axes.append(
        f'<line x1="{PLOT_LEFT}" x2="{PLOT_RIGHT}" y1="{PLOT_BOTTOM}" y2="{PLOT_BOTTOM}" stroke="#5b6673"/>'
        f'<line x1="{PLOT_LEFT}" x2="{PLOT_LEFT}" y1="{PLOT_TOP}" y2="{PLOT_BOTTOM}" stroke="#5b6673"/>'
    )
    yname = next(iter(counted)) if len(counted) == 1 else clean(title, 60)
    cy = (PLOT_TOP + PLOT_BOTTOM) / 2
    axes.append(
        f'<text x="18" y="{cy:.0f}" text-anchor="middle" transform="rotate(-90 18 {cy:.0f})">'
        f"{_e(yname, 60)}</text>"
        f'<text x="{(PLOT_LEFT + PLOT_RIGHT) / 2:.0f}" y="{PLOT_BOTTOM + 38}" text-anchor="middle">'
        "date first stated</text>"
    )
    axes.append("</g>")
    out.extend(axes)

    # Points of one day side by side, not on top of one another.
    by_day: dict[date, list[_Mark]] = {}
    for m in marks:
        by_day.setdefault(m.day, []).append(m)
    for group in by_day.values():
        step = min(13.0, 130.0 / len(group))
        for k, m in enumerate(group):
            m.x = xof(m.day) + (k - (len(group) - 1) / 2) * step

    out.append('<g class="points">')
    for m in marks:
        out.append(_point(m, yof, link, reports_of))
    out.append("</g>")
    out.append(_legend(marks))
    if undrawn:
        out.append(
            f'<text x="{PLOT_RIGHT}" y="{PLOT_TOP - 8}" text-anchor="end" fill="#5b6673">'
            f"{undrawn} point{'s' if undrawn != 1 else ''} without a drawable date or figure: "
            "see the table</text>"
        )
    out.append("</svg>")
    return Markup("".join(out))


def _point(
    m: _Mark,
    yof: Callable[[float], float],
    link: Callable[[dict], str],
    reports_of: Callable[[dict], Sequence[dict]],
) -> str:
    p = m.point
    colour, shape, cls = status_style(p.get("status"))
    bound = p.get("bound") if isinstance(p.get("bound"), str) else None
    open_ = bool(bound) and bound != "about"
    is_range = p.get("value") is None
    x = m.x
    lines = details(p, reports_of(p))
    label = clean("; ".join(lines), MAX_LABEL)
    tooltip = "\n".join(clean(line, MAX_FIELD) for line in lines)
    kind = "range" if is_range else "figure"
    parts = [
        f'<a class="point {cls} {kind}{" bound" if open_ else ""}" id="tl-point-{m.index}" '
        f'href="{escape(link(p))}" aria-label="{escape(label)}">',
        f"<title>{escape(tooltip)}</title>",
    ]
    top = bottom = 0.0
    if is_range:
        top, bottom = yof(m.high), yof(m.low)
        if bottom - top < 3:
            top, bottom = top - 1.5, bottom + 1.5
        parts.append(
            f'<rect class="bar" x="{x - 5:.1f}" y="{top:.1f}" width="10" height="{bottom - top:.1f}" '
            f'fill="{colour}" fill-opacity="0.28" stroke="{colour}" stroke-width="1.5"/>'
        )
    y = yof((m.low + m.high) / 2)
    # The ring that shows keyboard focus (the stylesheet shows it), drawn under the marker.
    parts.append(
        f'<circle class="halo" cx="{x:.1f}" cy="{y:.1f}" r="12" fill="none" stroke="#1d232b" '
        'stroke-width="2" display="none"/>'
    )
    parts.append(marker(shape, x, y, colour, open_, r=5 if is_range else 6.5))
    if is_range:
        # Caps at both ends, over the marker, so that a range short on the scale still reads as one.
        parts.append(
            f'<path class="caps" d="M{x - 8:.1f},{top:.1f}H{x + 8:.1f}M{x - 8:.1f},{bottom:.1f}H{x + 8:.1f}" '
            f'stroke="{colour}" stroke-width="2"/>'
        )
    if open_ and bound:
        parts.append(_bound_arrow(bound, x, y, colour))
    # The details box: over the hint band, shown on hover and on focus.
    box = [
        f'<g class="tip" display="none"><rect x="8" y="{PANEL_TOP}" width="{WIDTH - 16}" '
        f'height="{PANEL_HEIGHT}" rx="4" fill="#ffffff" stroke="{colour}" stroke-width="2"/>',
        marker(shape, 28, PANEL_TOP + 16, colour, open_, r=6),
    ]
    for k, line in enumerate(lines):
        weight = ' font-weight="600"' if k == 0 else ""
        box.append(
            f'<text x="{44 if k == 0 else 20}" y="{PANEL_TOP + 21 + 17 * k}" fill="#1d232b" font-size="13"{weight}>'
            f"{_e(line, 130)}</text>"
        )
    box.append("</g>")
    parts.extend(box)
    parts.append("</a>")
    return "".join(parts)


def _legend(marks: list[_Mark]) -> str:
    statuses = list(dict.fromkeys(str(m.point.get("status")) for m in marks))
    statuses.sort(key=lambda s: (STATUS_ORDER.index(s) if s in STATUS_ORDER else len(STATUS_ORDER), s))
    out = [f'<g class="legend" fill="#1d232b"><text x="{PLOT_LEFT}" y="{LEGEND_Y + 4}">status:</text>']
    x = PLOT_LEFT + 62.0
    for s in statuses[:12]:
        colour, shape, cls = status_style(s)
        name = clean(s, 24) if s in STATUS_STYLE else "other"
        out.append(f'<g class="legend-{cls}">{marker(shape, x, LEGEND_Y, colour, False, r=5.5)}')
        out.append(f'<text x="{x + 10:.1f}" y="{LEGEND_Y + 4}">{_e(name, 24)}</text></g>')
        x += 24 + 7 * len(name)
    y2 = LEGEND_Y + 24
    out.append(
        f'<rect x="{PLOT_LEFT + 58}" y="{y2 - 8}" width="8" height="16" fill="#5b6673" fill-opacity="0.28" '
        f'stroke="#5b6673" stroke-width="1.5"/><text x="{PLOT_LEFT + 72}" y="{y2 + 4}">a bar: a range, low to high</text>'
        f"{marker('o', PLOT_LEFT + 292, y2, '#5b6673', True, r=5.5)}"
        f'<text x="{PLOT_LEFT + 304}" y="{y2 + 4}">open: a bound, with an arrow up (at least, more than) or '
        "down (up to)</text>"
    )
    out.append("</g>")
    return "".join(out)


def badge(status: object, size: int = 14) -> Markup:
    """A status's marker alone, for a table cell beside the status's name (decorative)."""
    colour, shape, _ = status_style(status)
    half = size / 2
    return Markup(
        f'<svg class="badge" width="{size}" height="{size}" viewBox="0 0 {size} {size}" aria-hidden="true" '
        f'focusable="false">{marker(shape, half, half, colour, False, r=half - 1.5)}</svg>'
    )
