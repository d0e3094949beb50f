"""svg.js's clippedPath draws exactly the part of a line that falls inside its panel (grown by a margin).

A steep parabola's arms run thousands of pixels past its panel; the panel's clip hides them, but the
browser would still dash, stroke and rasterize them on every frame of a drag. clippedPath cuts each
segment to the box first. The picture must not change: every bit of the line inside the box is drawn,
and nothing else is, checked on random lines in Node (the browser's own module).
"""

from __future__ import annotations

import math
from pathlib import Path

from tests.node_js import run_script

SVG = Path(__file__).resolve().parents[1] / "gdcourse" / "explorers" / "web" / "src" / "svg.js"

#: Random polylines (some points huge, some not numbers) cut to a box; for each, the drawn segments
#: (parsed back from the path data) are held to the line: sampled points of the line inside the box
#: lie on a drawn segment, drawn segments lie on the line, and nothing is drawn outside the box.
CHECK = r"""
const { clippedPath } = await import(process.argv[1]);
let seed = 12345;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const box = { left: 100, top: 50, width: 300, height: 200 };
const margin = 8;
const grown = [
  box.left - margin, box.left + box.width + margin, box.top - margin, box.top + box.height + margin,
];
const near = (p, a, b) => {  // distance from point p to segment ab
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const along = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy);
  const t = dx || dy ? Math.max(0, Math.min(1, along)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
};
const inside = ([x, y], slack) =>
  x > grown[0] + slack && x < grown[1] - slack && y > grown[2] + slack && y < grown[3] - slack;
const problems = [];
let drawnSegments = 0;
for (let line = 0; line < 400; line += 1) {
  const count = 2 + Math.floor(random() * 12);
  const points = [];
  for (let k = 0; k < count; k += 1) {
    const r = random();
    const coordinate = (low, size) => (r < 0.1 ? (random() - 0.5) * 1e7 : low - size + random() * 3 * size);
    points.push(r > 0.97 ? [NaN, 1] : [coordinate(box.left, box.width), coordinate(box.top, box.height)]);
  }
  const d = clippedPath(points, (v) => v, (v) => v, box, margin);
  const segments = [];
  let pen = null;
  for (const [, op, x, y] of d.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)/g)) {
    const here = [Number(x), Number(y)];
    if (op === "L") segments.push([pen, here]);
    pen = here;
  }
  drawnSegments += segments.length;
  const original = [];
  points.forEach((p, k) => {
    const before = points[k - 1];
    if (k > 0 && before.every(Number.isFinite) && p.every(Number.isFinite)) original.push([before, p]);
  });
  for (const [a, b] of segments) {
    for (const p of [a, b]) if (!inside(p, -0.01)) problems.push(["drawn outside the box", line, p]);
    const middle = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const on = original.some(([u, v]) => near(middle, u, v) < 0.02);
    if (!on) problems.push(["drawn off the line", line, middle]);
  }
  for (const [u, v] of original) {
    for (let k = 0; k <= 200; k += 1) {
      const t = k / 200;
      const p = [u[0] + t * (v[0] - u[0]), u[1] + t * (v[1] - u[1])];
      const drawn = segments.some(([a, b]) => near(p, a, b) < 0.02);
      if (inside(p, 0.05) && !drawn) problems.push(["part of the line missing", line, p]);
    }
  }
}
const same = (v) => v;
const none = clippedPath([[0, 0], [10, 10], [NaN, 3]], same, same, box, margin);
const straight = clippedPath([[150, 100], [200, 120], [250, 90]], same, same, box, margin);
const gap = [[150, 100], [200, 120], [null, 1], [250, 90], [260, 95]];
const broken = clippedPath(gap, same, (v) => (v === 1 ? null : v), box, margin);
const out = { problems: problems.slice(0, 10), drawnSegments, none, straight, broken };
process.stdout.write(JSON.stringify(out));
"""


def test_a_cut_line_draws_all_of_the_line_inside_its_box_and_nothing_else():
    out = run_script(CHECK, SVG.as_uri(), timeout=120)
    assert out["drawnSegments"] > 300, "the random lines cross the box often enough to test something"
    assert out["problems"] == []
    assert out["none"] == "M0,0", "a line wholly outside draws nothing"
    assert out["straight"] == "M150.00,100.00L200.00,120.00L250.00,90.00", "a line inside is drawn as it is"
    assert out["broken"] == "M150.00,100.00L200.00,120.00M250.00,90.00L260.00,95.00", (
        "a missing point breaks it"
    )


#: A dense run (a thousand points over a few hundred pixels, as hot and cold's 1101 iterations) as a
#: points attribute: every point left out lies within `near` pixels of one kept, the ends are kept.
THINNED = r"""
const { points } = await import(process.argv[1]);
const same = (v) => v;
const run = Array.from({ length: 1101 }, (_, k) => [10 + k * 0.25, 200 - 150 * Math.exp(-k / 300)]);
const bad = [[NaN, 1], ...run.slice(0, 3), [5, Infinity]];
const kept = points(run, same, same).split(" ").map((p) => p.split(",").map(Number));
const near = ([x, y]) => kept.some(([u, v]) => Math.abs(u - x) < 0.506 && Math.abs(v - y) < 0.506);
const far = run.filter((p) => !near(p));
const clean = points(bad, same, same) === points(run.slice(0, 3), same, same);
const out = { count: kept.length, first: kept[0], last: kept[kept.length - 1], far: far.length, bad: clean };
process.stdout.write(JSON.stringify(out));
"""


def test_a_dense_line_keeps_its_ends_and_every_point_within_half_a_pixel():
    out = run_script(THINNED, SVG.as_uri(), timeout=60)
    assert out["first"] == [10, 50] and out["last"] == [285, round(200 - 150 * math.exp(-1100 / 300), 2)]
    assert out["far"] == 0, "a point left out is within half a pixel of one drawn"
    assert out["count"] < 700, f"{out['count']} of 1101 points drawn"
    assert out["bad"] is True, "points that are not numbers are left out"


#: A run that settles into going back and forth (hot and cold past its goal): each segment it draws
#: once; the segments drawn, parsed back from the path data, are exactly the distinct segments of the
#: thinned line, in order, and a lifted pen starts again where the next new segment begins.
RETRACED = r"""
const { points, strokes } = await import(process.argv[1]);
const same = (v) => v;
const run = [];
for (let k = 0; k < 1101; k += 1) {
  run.push(k < 40 ? [10 + 3 * k, 300 - 5 * k] : [k % 2 ? 127 : 130, k % 2 ? 105 : 100]);
}
run.push([200, 50], [130, 100], [127, 105], [200, 50], [210, 40]);
const parse = (d) => {
  const segments = [];
  let pen = null;
  for (const [, op, x, y] of d.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)/g)) {
    const at = [Number(x), Number(y)];
    if (op === "L") segments.push([pen, at]);
    pen = at;
  }
  return segments;
};
const line = points(run, same, same).split(" ").map((p) => p.split(",").map(Number));
const wanted = [];
const seen = new Set();
for (let k = 1; k < line.length; k += 1) {
  const key = JSON.stringify([line[k - 1], line[k]].sort());
  if (!seen.has(key)) wanted.push([line[k - 1], line[k]]);
  seen.add(key);
}
const drawn = parse(strokes(run, same, same));
process.stdout.write(JSON.stringify({ drawn, wanted, empty: strokes([], same, same) }));
"""


def test_a_retraced_line_draws_each_segment_once():
    out = run_script(RETRACED, SVG.as_uri(), timeout=60)
    assert out["drawn"] == out["wanted"]
    assert 40 < len(out["drawn"]) < 50, "the settled back and forth is one segment, drawn once"
    assert out["empty"] == ""
