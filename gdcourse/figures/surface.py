"""The error over two weights, worked out exactly: it is a quadratic, so its contour lines are lines
(one game: a trough) or ellipses (several games: a bowl), computed rather than traced on a grid.

Worked out on plain floats, one operation at a time in a fixed order (no matrix products, which BLAS
may fuse, and no LAPACK eigen-solver, whose last digits depend on the library), so the browser's twin
(gdcourse/explorers/web/src/surface.js) gives the same doubles. A 2 x 2 symmetric matrix has its
eigenvalues and eigenvectors in closed form, and the unit circle the ellipses are drawn from is built
from two written-out constants by rotation and symmetry.
Numpy only; used by `gdcourse.figures.contour` and `gdcourse.figures.generalized` for chapter 5's pictures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Points per contour ellipse (a closed loop: the last is the first).
ELLIPSE_POINTS = 241
#: cos and sin of a 240th of a turn (1.5 degrees), correctly rounded: the circle is built from them.
_TURN_COS = 0.9996573249755573
_TURN_SIN = 0.026176948307873153


def _unit_circle() -> tuple[np.ndarray, np.ndarray]:
    """cos and sin at ELLIPSE_POINTS even steps round the circle: the first eighth by turning in steps of
    1.5 degrees, the rest by the circle's symmetries, so that the loop closes exactly."""
    eighth = (ELLIPSE_POINTS - 1) // 8
    cos, sin = [1.0], [0.0]
    for _ in range(eighth):
        c, s = cos[-1], sin[-1]
        cos.append(c * _TURN_COS - s * _TURN_SIN)
        sin.append(s * _TURN_COS + c * _TURN_SIN)
    quarter = 2 * eighth  # a quarter turn: the first eighth, then the second mirrored across 45 degrees
    cos, sin = cos + sin[eighth - 1 : 0 : -1], sin + cos[eighth - 1 : 0 : -1]
    xs, ys = [], []
    for k in range(4 * quarter):
        c, s, turn = cos[k % quarter], sin[k % quarter], k // quarter
        xs.append((c, -s, -c, s)[turn])  # turned by `turn` quarters
        ys.append((s, c, -s, -c)[turn])
    return np.array([*xs, 1.0]), np.array([*ys, 0.0])


CIRCLE_COS, CIRCLE_SIN = _unit_circle()


def _w_sum(xs: Sequence[float], ws: Sequence[float]) -> float:
    """The book's weighted sum, added up from 0 in order."""
    out = 0.0
    for x, w in zip(xs, ws, strict=True):
        out += x * w
    return out


def errors_along(
    weights: np.ndarray, index: int, values: np.ndarray, inputs: np.ndarray, goal_preds: np.ndarray
) -> np.ndarray:
    """The error over the games when weight `index` takes each of `values` and the others stay put.

    Each game's prediction is the book's weighted sum (x0 * w0 + x1 * w1 + x2 * w2, from 0 in order),
    its error (pred - goal_pred) squared as x * x, and the games' errors are added from 0 in order.
    """
    held = [float(w) for w in np.asarray(weights, dtype=float)]
    values = np.asarray(values, dtype=float)
    total = np.zeros(len(values))
    with np.errstate(over="ignore", invalid="ignore"):
        for game, goal_pred in zip(
            np.asarray(inputs, dtype=float), np.asarray(goal_preds, dtype=float), strict=True
        ):
            pred = np.zeros(len(values))
            for k, x in enumerate(game):
                pred = pred + (x * values if k == index else np.full(len(values), x * held[k]))
            miss = pred - goal_pred
            total = total + miss * miss
    return total


def slice_quadratic(
    inputs: np.ndarray, goal_preds: np.ndarray, plane: tuple[int, int], held: int, held_value: float
) -> tuple[np.ndarray, np.ndarray, float]:
    """The error over two weights (p = the pair), the third held: E(p) = p.A.p - 2 b.p + c; (A, b, c).

    Each game's target is its goal_pred less the held weight's part, goal_pred - x[held] * held_value;
    the sums over the games are added from 0 in order.
    """
    rows = [[float(v) for v in row] for row in np.asarray(inputs, dtype=float)]
    targets = [
        float(g) - row[held] * held_value
        for row, g in zip(rows, np.asarray(goal_preds, dtype=float), strict=True)
    ]
    us, vs = [row[plane[0]] for row in rows], [row[plane[1]] for row in rows]
    uu, uv, vv = _w_sum(us, us), _w_sum(us, vs), _w_sum(vs, vs)
    return (
        np.array([[uu, uv], [uv, vv]]),
        np.array([_w_sum(us, targets), _w_sum(vs, targets)]),
        _w_sum(targets, targets),
    )


def clip_segment(p: np.ndarray, q: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray | None:
    """The part of the segment p-q inside the box (x0, x1, y0, y1), or None (Liang and Barsky's way)."""
    x0, x1, y0, y1 = box
    px, py, qx, qy = float(p[0]), float(p[1]), float(q[0]), float(q[1])
    dx, dy = qx - px, qy - py
    low, high = 0.0, 1.0
    for delta, start, lo, hi in ((dx, px, x0, x1), (dy, py, y0, y1)):
        if delta == 0:
            if not lo <= start <= hi:
                return None
            continue
        t1, t2 = (lo - start) / delta, (hi - start) / delta
        low, high = max(low, min(t1, t2)), min(high, max(t1, t2))
        if low > high:
            return None
    ends = [(px + low * dx, py + low * dy), (px + high * dx, py + high * dy)]
    # rounding may land a hair outside
    return np.array([[min(max(x, x0), x1), min(max(y, y0), y1)] for x, y in ends])


@dataclass
class Surface:
    """The error over a plane of two weights: a trough (one game) or a bowl (several games)."""

    A: np.ndarray
    b: np.ndarray
    c: float

    def __post_init__(self) -> None:
        (p, q), (_, r) = ((float(v) for v in row) for row in self.A)
        self._pqr = (p, q, r)
        self._b = (float(self.b[0]), float(self.b[1]))
        # A's eigenvalues, and the unit eigenvector of the larger, in closed form
        mean, half_gap = (p + r) * 0.5, (p - r) * 0.5
        radius = math.sqrt(half_gap * half_gap + q * q)
        big = mean + radius
        small = (p * r - q * q) / big if big != 0 else mean - radius
        vx, vy = (half_gap + radius, q) if half_gap >= 0 else (q, radius - half_gap)
        size = math.sqrt(vx * vx + vy * vy)
        self._eigen = (small, big)
        self._normal = (vx / size, vy / size) if size else (1.0, 0.0)

    @property
    def is_trough(self) -> bool:
        """True when a whole line of weight pairs gives the lowest error (one game: rank 1)."""
        small, big = self._eigen
        return small <= 1e-12 * max(big, 1e-300)

    def error_at(self, u: float, v: float) -> float:
        """The error at one (u, v) point: u.(A u) - 2 b.u + c, in that order (inf where it overflows)."""
        p, q, r = self._pqr
        b0, b1 = self._b
        return u * (p * u + q * v) + v * (q * u + r * v) - 2.0 * (u * b0 + v * b1) + self.c

    def at(self, points: np.ndarray) -> np.ndarray:
        """The error at each (u, v) point."""
        p = np.atleast_2d(np.asarray(points, dtype=float))
        return np.array([self.error_at(float(u), float(v)) for u, v in p])

    def across(self) -> tuple[float, float]:
        """The unit direction across the trough (along which the error changes fastest), and A's value
        along it, n.(A n)."""
        p, q, r = self._pqr
        nx, ny = self._normal
        return (nx, ny), nx * (p * nx + q * ny) + ny * (q * nx + r * ny)

    def lowest(self, near: np.ndarray) -> tuple[np.ndarray, float]:
        """Where the error is lowest (for a trough: the point of its bottom line nearest `near`), and it."""
        p, q, r = self._pqr
        b0, b1 = self._b
        if self.is_trough:
            (nx, ny), curvature = self.across()
            level = (b0 * nx + b1 * ny) / curvature
            along = (nx * float(near[0]) + ny * float(near[1])) - level
            foot = (float(near[0]) - along * nx, float(near[1]) - along * ny)
        else:
            det = p * r - q * q
            foot = ((r * b0 - q * b1) / det, (p * b1 - q * b0) / det)
        return np.array(foot), max(self.error_at(*foot), 0.0)

    def bottom_line(self, box: tuple[float, float, float, float], near: np.ndarray) -> np.ndarray:
        """A trough's line of lowest error inside the box: its two ends (none when it misses the box)."""
        bottom, _ = self.lowest(near)
        clipped = self._line_along(float(bottom[0]), float(bottom[1]), box)
        return np.empty((0, 2)) if clipped is None else clipped

    def _line_along(self, cx: float, cy: float, box: tuple[float, float, float, float]) -> np.ndarray | None:
        """The part inside the box of the line through (cx, cy) along the trough, or None."""
        (nx, ny), _ = self.across()
        ax, ay = -ny, nx
        span = 4 * max(abs(box[1] - box[0]), abs(box[3] - box[2])) + (abs(cx) + abs(cy))
        return clip_segment(
            np.array([cx - span * ax, cy - span * ay]), np.array([cx + span * ax, cy + span * ay]), box
        )

    def level_line(
        self, level: float, box: tuple[float, float, float, float], near: np.ndarray
    ) -> np.ndarray:
        """The points at error `level` inside the box, as one polyline (NaN between separate pieces)."""
        bottom, lowest = self.lowest(near)
        spare = level - lowest
        if spare <= 0:
            return np.empty((0, 2))
        bx, by = float(bottom[0]), float(bottom[1])
        (nx, ny), curvature = self.across()
        if self.is_trough:
            offset = math.sqrt(spare / curvature)
            pieces = []
            for side in (-1, 1):
                clipped = self._line_along(bx + side * offset * nx, by + side * offset * ny, box)
                if clipped is not None:
                    pieces += [clipped, np.full((1, 2), np.nan)]
            return np.vstack(pieces) if pieces else np.empty((0, 2))
        small, big = self._eigen
        along_small, along_big = math.sqrt(spare / small), math.sqrt(spare / big)
        sx, sy = -ny, nx  # the smaller eigenvalue's direction: the ellipse's long axis
        c, s = CIRCLE_COS * along_small, CIRCLE_SIN * along_big
        xs = bx + (sx * c + nx * s)
        ys = by + (sy * c + ny * s)
        inside = (xs >= box[0]) & (xs <= box[1]) & (ys >= box[2]) & (ys <= box[3])
        return np.where(inside[:, np.newaxis], np.column_stack([xs, ys]), np.nan)
