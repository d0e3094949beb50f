/**
 * numeric.js: the float arithmetic the explorers share with Python, done the way Python does it.
 *
 * Python is the oracle: every function here returns the same double as its Python (or numpy)
 * counterpart, so the browser's pictures carry the kernel's numbers bit for bit.
 * frexp and ldexp are math.frexp and math.ldexp; linspace is numpy.linspace; square is x ** 2.
 */

const view = new DataView(new ArrayBuffer(8));

/** 2 ** k for a whole k from -1074 to 1023, built from its bits (exact, with no pow involved). */
export function powerOfTwo(k) {
  if (k >= -1022) {
    view.setUint32(0, (k + 1023) << 20);
    view.setUint32(4, 0);
  } else {
    const bit = k + 1074; // a subnormal: one bit of the fraction
    view.setUint32(0, bit >= 32 ? 1 << (bit - 32) : 0);
    view.setUint32(4, bit < 32 ? 2 ** bit : 0);
  }
  return view.getFloat64(0);
}

/** math.frexp(x): [m, e] with x = m * 2 ** e and 0.5 <= |m| < 1 (0, inf and nan give [x, 0]). */
export function frexp(x) {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let shift = 0;
  if (Math.abs(x) < powerOfTwo(-1022)) {
    x *= powerOfTwo(64); // a subnormal: make it normal first
    shift = -64;
  }
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const exponent = ((high >>> 20) & 0x7ff) - 1022;
  view.setUint32(0, (high & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), exponent + shift];
}

/** math.ldexp(m, e): m * 2 ** e rounded once, or infinity with m's sign past the largest float. */
export function ldexp(m, e) {
  let y = m;
  let n = e;
  for (let i = 0; i < 2 && n > 1023; i += 1) {
    y *= powerOfTwo(1023);
    n -= 1023;
  }
  if (n > 1023) n = 1023;
  for (let i = 0; i < 2 && n < -1022; i += 1) {
    y *= powerOfTwo(-1022 + 53); // keep 53 bits in hand so that the last multiply rounds once
    n += 1022 - 53;
  }
  if (n < -1022) n = -1022;
  return y * powerOfTwo(n);
}

/** x ** 2 as Python computes it for a float (a correctly rounded square; inf past the largest). */
export function square(x) {
  return x * x;
}

/** numpy.linspace(low, high, count): low + i * step, the last point exactly high. */
export function linspace(low, high, count) {
  const div = count - 1;
  const delta = high - low;
  const step = delta / div;
  const points = new Array(count);
  for (let i = 0; i < count; i += 1) {
    points[i] = (step === 0 ? (i / div) * delta : i * step) + low;
  }
  if (count > 1) points[count - 1] = high;
  return points;
}

/** numpy.clip for one number (nan stays nan). */
export function clip(x, low, high) {
  return Math.min(Math.max(x, low), high);
}

/** A number from a widget message, where "inf", "-inf" and "nan" stand for what JSON cannot carry. */
export function fromPlain(value) {
  if (value === "inf") return Infinity;
  if (value === "-inf") return -Infinity;
  if (value === "nan") return NaN;
  return value;
}

/** Python's min(values): the first of the smallest. */
export function pyMin(values) {
  let best = values[0];
  for (const v of values.slice(1)) if (v < best) best = v;
  return best;
}

/** Python's max(values): the first of the largest. */
export function pyMax(values) {
  let best = values[0];
  for (const v of values.slice(1)) if (v > best) best = v;
  return best;
}

/** ln 2 in two parts (LN2_HI has 32 significant bits, so k * LN2_HI is exact), and the float nearest it. */
export const LN2_HI = 0.6931471803691238;
export const LN2_LO = 1.9082149292705877e-10;
export const LN2 = 0.6931471805599453;
const SQRT_HALF = 0.7071067811865476;
// 2 / (2j + 1) for j = 1..12, made on first use (so that bundles which never take a log leave it out)
let atanhTerms = null;

/**
 * analysis.portable_log(x): the natural log with + - * / alone (after frexp), in the kernel's order,
 * so it is the kernel's double on every system (Math.log, like np.log, can differ in the last bit).
 * Added for the regime map's step counts.
 */
export function portableLog(x) {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  let [m, k] = frexp(x);
  if (m < SQRT_HALF) {
    m *= 2;
    k -= 1;
  }
  const f = m - 1.0;
  const s = f / (2.0 + f);
  const z = s * s;
  if (atanhTerms === null) atanhTerms = Array.from({ length: 12 }, (_, j) => 2 / (2 * (j + 1) + 1));
  let series = atanhTerms[atanhTerms.length - 1];
  for (let j = atanhTerms.length - 2; j >= 0; j -= 1) series = series * z + atanhTerms[j];
  series = series * z;
  const halfFSquared = 0.5 * f * f;
  return k * LN2_HI + (f + ((s * (halfFSquared + series) - halfFSquared) + k * LN2_LO));
}
