/**
 * surface.js: the error over two of chapter 5's weights (the third held), worked out exactly.
 *
 * The twin of gdcourse/figures/surface.py (Python is the oracle): the error is a quadratic in the two
 * weights, so its contour lines are two straight lines (one game: a trough) or ellipses (several games:
 * a bowl). Every number is worked out in the kernel's order, one operation at a time: the 2 x 2
 * eigenvalues in closed form, the unit circle turned from two written-out constants, so the browser's
 * contour lines are the kernel's to the last bit.
 */

export const ELLIPSE_POINTS = 241;
const TURN_COS = 0.9996573249755573; // cos and sin of 1.5 degrees, correctly rounded
const TURN_SIN = 0.026176948307873153;

/** surface._unit_circle: cos and sin at ELLIPSE_POINTS even steps round the circle, the loop closed. */
function unitCircle() {
  const eighth = (ELLIPSE_POINTS - 1) / 8;
  let cos = [1.0];
  let sin = [0.0];
  for (let k = 0; k < eighth; k += 1) {
    const c = cos[cos.length - 1];
    const s = sin[sin.length - 1];
    cos.push(c * TURN_COS - s * TURN_SIN);
    sin.push(s * TURN_COS + c * TURN_SIN);
  }
  const quarter = 2 * eighth;
  const mirrored = (list) => list.slice(1, eighth).reverse(); // Python's list[eighth - 1 : 0 : -1]
  [cos, sin] = [cos.concat(mirrored(sin)), sin.concat(mirrored(cos))];
  const xs = [];
  const ys = [];
  for (let k = 0; k < 4 * quarter; k += 1) {
    const c = cos[k % quarter];
    const s = sin[k % quarter];
    const turn = Math.floor(k / quarter);
    xs.push([c, -s, -c, s][turn]);
    ys.push([s, c, -s, -c][turn]);
  }
  xs.push(1.0);
  ys.push(0.0);
  return [xs, ys];
}

export const [CIRCLE_COS, CIRCLE_SIN] = unitCircle();

/** Python's max(a, b) and min(a, b) for floats: the first unless the second is larger (smaller). */
export const pyMax2 = (a, b) => (b > a ? b : a);
export const pyMin2 = (a, b) => (b < a ? b : a);

/** The book's weighted sum, added up from 0 in order. */
export function wSum(xs, ws) {
  let out = 0.0;
  for (let k = 0; k < xs.length; k += 1) out += xs[k] * ws[k];
  return out;
}

/** surface.errors_along: the error over the games as weight `index` takes each of `values`. */
export function errorsAlong(weights, index, values, inputs, goalPreds) {
  return values.map((value) => {
    let total = 0.0;
    inputs.forEach((game, g) => {
      let pred = 0.0;
      game.forEach((x, k) => {
        pred += k === index ? x * value : x * weights[k];
      });
      const miss = pred - goalPreds[g];
      total += miss * miss;
    });
    return total;
  });
}

/** surface.slice_quadratic: [[uu, uv, vv], [bu, bv], c] for E(p) = p.A.p - 2 b.p + c. */
export function sliceQuadratic(inputs, goalPreds, plane, held, heldValue) {
  const targets = inputs.map((row, g) => goalPreds[g] - row[held] * heldValue);
  const us = inputs.map((row) => row[plane[0]]);
  const vs = inputs.map((row) => row[plane[1]]);
  return [[wSum(us, us), wSum(us, vs), wSum(vs, vs)], [wSum(us, targets), wSum(vs, targets)], wSum(targets, targets)];
}

/** surface.clip_segment: the part of the segment p-q inside the box [x0, x1, y0, y1], or null. */
export function clipSegment(p, q, box) {
  const [x0, x1, y0, y1] = box;
  const [px, py] = p;
  const [qx, qy] = q;
  const dx = qx - px;
  const dy = qy - py;
  let low = 0.0;
  let high = 1.0;
  for (const [delta, start, lo, hi] of [[dx, px, x0, x1], [dy, py, y0, y1]]) {
    if (delta === 0) {
      if (!(lo <= start && start <= hi)) return null;
      continue;
    }
    const t1 = (lo - start) / delta;
    const t2 = (hi - start) / delta;
    low = pyMax2(low, pyMin2(t1, t2));
    high = pyMin2(high, pyMax2(t1, t2));
    if (low > high) return null;
  }
  return [[px + low * dx, py + low * dy], [px + high * dx, py + high * dy]].map(([x, y]) => [
    pyMin2(pyMax2(x, x0), x1),
    pyMin2(pyMax2(y, y0), y1),
  ]);
}

/** surface.Surface: the error over a plane of two weights, a trough or a bowl. */
export class Surface {
  constructor([[p, q, r], [b0, b1], c]) {
    Object.assign(this, { p, q, r, b0, b1, c });
    const mean = (p + r) * 0.5;
    const halfGap = (p - r) * 0.5;
    const radius = Math.sqrt(halfGap * halfGap + q * q);
    const big = mean + radius;
    const small = big !== 0 ? (p * r - q * q) / big : mean - radius;
    const [vx, vy] = halfGap >= 0 ? [halfGap + radius, q] : [q, radius - halfGap];
    const size = Math.sqrt(vx * vx + vy * vy);
    this.small = small;
    this.big = big;
    this.normal = size ? [vx / size, vy / size] : [1.0, 0.0];
  }

  get isTrough() {
    return this.small <= 1e-12 * pyMax2(this.big, 1e-300);
  }

  /** The error at (u, v): u.(A u) - 2 b.u + c, in that order. */
  errorAt(u, v) {
    const { p, q, r, b0, b1, c } = this;
    return u * (p * u + q * v) + v * (q * u + r * v) - 2.0 * (u * b0 + v * b1) + c;
  }

  /** [unit normal across the trough, n.(A n)]. */
  across() {
    const { p, q, r } = this;
    const [nx, ny] = this.normal;
    return [[nx, ny], nx * (p * nx + q * ny) + ny * (q * nx + r * ny)];
  }

  /** [where the error is lowest (a trough: the foot nearest `near`), the lowest error]. */
  lowest(near) {
    const { p, q, r, b0, b1 } = this;
    let foot;
    if (this.isTrough) {
      const [[nx, ny], curvature] = this.across();
      const level = (b0 * nx + b1 * ny) / curvature;
      const along = nx * near[0] + ny * near[1] - level;
      foot = [near[0] - along * nx, near[1] - along * ny];
    } else {
      const det = p * r - q * q;
      foot = [(r * b0 - q * b1) / det, (p * b1 - q * b0) / det];
    }
    return [foot, pyMax2(this.errorAt(foot[0], foot[1]), 0.0)];
  }

  /** The part inside the box of the line through (cx, cy) along the trough, or null. */
  lineAlong(cx, cy, box) {
    const [[nx, ny]] = this.across();
    const [ax, ay] = [-ny, nx];
    const span = 4 * pyMax2(Math.abs(box[1] - box[0]), Math.abs(box[3] - box[2])) + (Math.abs(cx) + Math.abs(cy));
    return clipSegment([cx - span * ax, cy - span * ay], [cx + span * ax, cy + span * ay], box);
  }

  /** A trough's line of lowest error inside the box: its two ends, or none. */
  bottomLine(box, near) {
    const [bottom] = this.lowest(near);
    return this.lineAlong(bottom[0], bottom[1], box) || [];
  }

  /** The points at error `level` inside the box, one polyline with [NaN, NaN] between pieces. */
  levelLine(level, box, near) {
    const [bottom, lowest] = this.lowest(near);
    const spare = level - lowest;
    if (spare <= 0) return [];
    const [bx, by] = bottom;
    const [[nx, ny], curvature] = this.across();
    if (this.isTrough) {
      const offset = Math.sqrt(spare / curvature);
      const pieces = [];
      for (const side of [-1, 1]) {
        const clipped = this.lineAlong(bx + side * offset * nx, by + side * offset * ny, box);
        if (clipped !== null) pieces.push(...clipped, [NaN, NaN]);
      }
      return pieces;
    }
    const alongSmall = Math.sqrt(spare / this.small);
    const alongBig = Math.sqrt(spare / this.big);
    const [sx, sy] = [-ny, nx];
    return CIRCLE_COS.map((cosine, k) => {
      const c = cosine * alongSmall;
      const s = CIRCLE_SIN[k] * alongBig;
      const x = bx + (sx * c + nx * s);
      const y = by + (sy * c + ny * s);
      const inside = x >= box[0] && x <= box[1] && y >= box[2] && y <= box[3];
      return inside ? [x, y] : [NaN, NaN];
    });
  }
}

/** The unit circle's cos and sin, for the tests that hold them to the kernel's. */
export function unitCircleOf() {
  return [CIRCLE_COS, CIRCLE_SIN];
}

/** One surface's facts, for the tests: built from the games and the held weight, at one point and box. */
export function surfaceFacts(inputs, goalPreds, plane, held, heldValue, near, box, level) {
  const surface = new Surface(sliceQuadratic(inputs, goalPreds, plane, held, heldValue));
  const [bottom, lowest] = surface.lowest(near);
  const values = [];
  for (let k = 0; k < 9; k += 1) values.push(k === 8 ? 2 : -2 + k * 0.5); // numpy.linspace(-2, 2, 9)
  return {
    trough: surface.isTrough,
    bottom: [bottom[0], bottom[1], lowest],
    at: surface.errorAt(near[0], near[1]),
    level: surface.levelLine(level, box, near),
    line: surface.isTrough ? surface.bottomLine(box, near) : [],
    along: errorsAlong([0.1, 0.2, heldValue], held, values, inputs, goalPreds),
  };
}
