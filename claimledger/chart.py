"""The chart of an estimate timeline, as SVG or PNG bytes (matplotlib, no display needed).

Points by the date they were first stated, ranges as vertical bars, bounds as open markers,
colour and marker shape by status (so colour is never the only signal), each labelled with its
figure. Used by `claimledger timeline --format svg|png`; the web chart (web/timeline_svg.py)
shares its STATUS_STYLE.
"""

from __future__ import annotations

import io
from datetime import date

STATUS_STYLE = {
    "claimed": ("#1f77b4", "o"),
    "estimated": ("#2ca02c", "s"),
    "expected": ("#9467bd", "^"),
    "confirmed": ("#d62728", "D"),
    "denied": ("#7f7f7f", "x"),
    "reported": ("#8c564b", "v"),
}


def timeline_chart(points: list[dict], title: str, fmt: str = "svg") -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4.5), dpi=100)
    seen: set[str] = set()
    for p in points:
        try:
            # matplotlib's own day numbers: its stubs take numbers, and xaxis_date shows dates
            when = float(mdates.date2num(date.fromisoformat((p["date"] or "")[:10])))
        except ValueError:
            continue
        colour, marker = STATUS_STYLE.get(p["status"], ("#17becf", "o"))
        label = p["status"] if p["status"] not in seen else None
        seen.add(p["status"])
        if p.get("value") is None and p.get("low") is not None:
            ax.vlines(when, p["low"], p["high"], colors=colour, linewidth=4, alpha=0.6)
            y = (p["low"] + p["high"]) / 2
            text = f"{p['low']:,.0f}-{p['high']:,.0f}"
        else:
            y = p["value"]
            text = f"{y:,.0f}"
        if p.get("bound"):
            text = f"{p['bound']} {text}"
        ax.scatter([when], [y], c=colour, marker=marker, s=60, label=label, zorder=3)
        ax.annotate(text, (when, y), textcoords="offset points", xytext=(6, 4), fontsize=8)
    ax.set_title(f"Estimates: {title}", fontsize=11)
    ax.set_ylabel(points[0]["counted"] if points else "")
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.grid(True, alpha=0.3)
    top = max((p["high"] if p.get("value") is None else p["value"]) or 0 for p in points) if points else 1
    ax.set_ylim(0, top * 1.15 or 1)  # room above the highest point for its label
    if seen:
        ax.legend(title="status", fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
    plt.close(fig)
    return buf.getvalue()
