"""The error over two weights, worked out exactly: it is a quadratic, so its contour lines are lines
(one game: a trough) or ellipses (several games: a bowl), computed rather than traced on a grid.

Numpy only; used by `gdcourse.figures.contour` for chapter 5's pictures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: Points per contour ellipse.
ELLIPSE_POINTS = 241


def errors_along(
    weights: np.ndarray, index: int, values: np.ndarray, inputs: np.ndarray, goals: np.ndarray
) -> np.ndarray:
    """The error over the games when weight `index` takes each of `values` and the others stay put."""
    grid = np.repeat(np.asarray(weights, dtype=float)[np.newaxis, :], len(values), axis=0)
    grid[:, index] = values
    with np.errstate(over="ignore", invalid="ignore"):
        return ((grid @ np.asarray(inputs, dtype=float).T - np.asarray(goals, dtype=float)) ** 2).sum(axis=1)


def slice_quadratic(
    inputs: np.ndarray, goals: np.ndarray, plane: tuple[int, int], held: int, held_value: float
) -> tuple[np.ndarray, np.ndarray, float]:
    """The error over two weights (p = the pair), the third held: E(p) = p.A.p - 2 b.p + c; (A, b, c)."""
    x = np.asarray(inputs, dtype=float)
    pair = x[:, list(plane)]
    target = np.asarray(goals, dtype=float) - x[:, held] * held_value
    return pair.T @ pair, pair.T @ target, float(target @ target)


def clip_segment(p: np.ndarray, q: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray | None:
    """The part of the segment p-q inside the box (x0, x1, y0, y1), or None (Liang and Barsky's way)."""
    x0, x1, y0, y1 = box
    d = q - p
    low, high = 0.0, 1.0
    for delta, start, lo, hi in ((d[0], p[0], x0, x1), (d[1], p[1], y0, y1)):
        if delta == 0:
            if not lo <= start <= hi:
                return None
            continue
        t1, t2 = (lo - start) / delta, (hi - start) / delta
        low, high = max(low, min(t1, t2)), min(high, max(t1, t2))
        if low > high:
            return None
    ends = np.array([p + low * d, p + high * d])
    return np.clip(ends, [x0, y0], [x1, y1])  # rounding may land a hair outside


@dataclass
class Surface:
    """The error over a plane of two weights: a trough (one game) or a bowl (several games)."""

    A: np.ndarray
    b: np.ndarray
    c: float

    @property
    def is_trough(self) -> bool:
        """True when a whole line of weight pairs gives the lowest error (one game: rank 1)."""
        eigen = np.linalg.eigvalsh(self.A)
        return bool(eigen[0] <= 1e-12 * max(eigen[1], 1e-300))

    def at(self, points: np.ndarray) -> np.ndarray:
        """The error at each (u, v) point."""
        p = np.atleast_2d(np.asarray(points, dtype=float))
        with np.errstate(over="ignore", invalid="ignore"):
            return np.einsum("ni,ij,nj->n", p, self.A, p) - 2 * p @ self.b + self.c

    def lowest(self, near: np.ndarray) -> tuple[np.ndarray, float]:
        """Where the error is lowest (for a trough: the point of its bottom line nearest `near`), and it."""
        if self.is_trough:
            normal = self._normal()
            level = self.b @ normal / (normal @ self.A @ normal)
            foot = near - (normal @ near - level) * normal
            return foot, max(float(self.at(foot)[0]), 0.0)
        centre = np.linalg.solve(self.A, self.b)
        return centre, max(float(self.at(centre)[0]), 0.0)

    def _normal(self) -> np.ndarray:
        """The unit direction across the trough (the only one along which the error changes)."""
        return np.linalg.eigh(self.A)[1][:, 1]

    def level_line(
        self, level: float, box: tuple[float, float, float, float], near: np.ndarray
    ) -> np.ndarray:
        """The points at error `level` inside the box, as one polyline (NaN between separate pieces)."""
        bottom, lowest = self.lowest(near)
        spare = level - lowest
        if spare <= 0:
            return np.empty((0, 2))
        if self.is_trough:
            normal = self._normal()
            along = np.array([-normal[1], normal[0]])
            span = 4 * max(abs(box[1] - box[0]), abs(box[3] - box[2])) + abs(bottom).sum()
            offset = math.sqrt(spare / (normal @ self.A @ normal))
            pieces = []
            for side in (-1, 1):
                centre = bottom + side * offset * normal
                clipped = clip_segment(centre - span * along, centre + span * along, box)
                if clipped is not None:
                    pieces += [clipped, np.full((1, 2), np.nan)]
            return np.vstack(pieces) if pieces else np.empty((0, 2))
        eigen, vectors = np.linalg.eigh(self.A)
        angle = np.linspace(0, 2 * math.pi, ELLIPSE_POINTS)
        radii = np.sqrt(spare / eigen)
        points = bottom + (vectors @ np.vstack([radii[0] * np.cos(angle), radii[1] * np.sin(angle)])).T
        inside = (
            (points[:, 0] >= box[0])
            & (points[:, 0] <= box[1])
            & (points[:, 1] >= box[2])
            & (points[:, 1] <= box[3])
        )
        return np.where(inside[:, np.newaxis], points, np.nan)
